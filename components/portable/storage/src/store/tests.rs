//! The storage component's rules, natively: seqs, conflicts, all-or-nothing commits,
//! idempotency records, outbox dedup, kv and queries.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests

use super::*;
use crate::exports::temper::host::storage::EventMeta;

fn stream(id: &str) -> StreamId {
    StreamId { tenant: "t".into(), entity_type: "Task".into(), entity_id: id.into() }
}

fn commit(id: &str, expected: u64, n: u64, fields: &str) -> CommitRequest {
    let events = (1..=n)
        .map(|i| Event {
            seq: expected + i,
            kind: "created".into(),
            payload: "{}".into(),
            meta: EventMeta {
                event_id: format!("{id}-{}", expected + i),
                causation_id: String::new(),
                correlation_id: "r".into(),
                actor: "Admin::\"a\"".into(),
                time_ms: 1,
            },
        })
        .collect();
    CommitRequest {
        stream: stream(id),
        expected_seq: expected,
        events,
        projection: ProjectionRow {
            id: id.into(),
            status: "Open".into(),
            fields: fields.into(),
            seq: expected + n,
            deleted: false,
        },
        outbox: Vec::new(),
        idempotency: None,
    }
}

#[test]
fn seqs_are_contiguous_and_a_stale_commit_conflicts_without_writing() {
    let mut s = State::default();
    assert_eq!(s.commit(commit("a", 0, 1, "{}")), Ok(1));
    assert_eq!(s.commit(commit("a", 1, 2, r#"{"x":1}"#)), Ok(3));
    let stale = s.commit(commit("a", 1, 1, r#"{"x":2}"#));
    assert!(matches!(stale, Err(StorageError::Conflict(3))), "{stale:?}");
    assert_eq!(s.load(&stream("a")).map(|r| r.fields), Ok(r#"{"x":1}"#.to_string()));
    assert_eq!(s.read_events(&stream("a"), 1, 10).iter().map(|e| e.seq).collect::<Vec<_>>(), [2, 3]);
    assert!(matches!(s.load(&stream("zz")), Err(StorageError::NotFound)));
}

#[test]
fn malformed_commits_are_invalid_and_change_nothing() {
    let mut s = State::default();
    let mut gap = commit("a", 0, 1, "{}");
    gap.events[0].seq = 2;
    let mut not_object = commit("a", 0, 1, "[]");
    not_object.projection.fields = "[]".into();
    let mut other_id = commit("a", 0, 1, "{}");
    other_id.projection.id = "b".into();
    for bad in [gap, not_object, other_id] {
        assert!(matches!(s.commit(bad), Err(StorageError::Invalid(_))));
    }
    assert!(s.events.is_empty() && s.projections.is_empty());
}

#[test]
fn idempotency_keys_event_ids_and_outbox_keys_are_used_once() {
    let mut s = State::default();
    let mut first = commit("a", 0, 1, "{}");
    let record = IdempotencyRecord {
        tenant: "t".into(),
        key: "k".into(),
        request_hash: "h".into(),
        status: 201,
        response: "{}".into(),
    };
    first.idempotency = Some(record.clone());
    let item =
        OutboxItem { kind: "timer".into(), idempotency_key: "o1".into(), payload: "{}".into(), not_before_ms: 0 };
    first.outbox = vec![item.clone(), item.clone()];
    assert_eq!(s.commit(first), Ok(1));
    assert_eq!(s.idempotency.get(&("t".into(), "k".into())), Some(&record));
    assert_eq!(s.outbox.len(), 1, "the same outbox key is kept once");
    let mut again = commit("b", 0, 1, "{}");
    again.idempotency = Some(record);
    assert!(matches!(s.commit(again), Err(StorageError::Invalid(m)) if m.contains("already used")));
    let mut same_event = commit("b", 0, 1, "{}");
    same_event.events[0].meta.event_id = "a-1".into();
    assert!(matches!(s.commit(same_event), Err(StorageError::Invalid(m)) if m.contains("already journaled")));
    assert!(s.load(&stream("b")).is_err(), "a refused commit wrote nothing");
}

#[test]
fn queries_run_in_memory_over_one_tenant_and_type() {
    let mut s = State::default();
    for (id, pts) in [("a", 3), ("b", 1), ("c", 8)] {
        s.commit(commit(id, 0, 1, &format!(r#"{{"points":{pts}}}"#))).map(|_| ()).unwrap_or_else(|e| panic!("{e:?}"));
    }
    let mut other = commit("d", 0, 1, r#"{"points":9}"#);
    other.stream.tenant = "u".into();
    assert_eq!(s.commit(other), Ok(1));
    let opts = temper_odata_query::parse_query("$filter=points gt 2&$orderby=points desc&$count=true")
        .unwrap_or_else(|e| panic!("{e}"));
    let q = serde_json::json!({"options": opts, "schema": {"points": "Int"}, "page_size": 100}).to_string();
    let res = crate::query::run(&s, "t", "Task", &q).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(res.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["c", "a"]);
    assert_eq!((res.count, res.more), (Some(2), false));
    let opts = temper_odata_query::parse_query("$orderby=nope").unwrap_or_else(|e| panic!("{e}"));
    let q = serde_json::json!({"options": opts, "schema": {}, "page_size": 1}).to_string();
    let bad = crate::query::run(&s, "t", "Task", &q);
    assert!(matches!(bad, Err(StorageError::Invalid(m)) if m.contains("nope")), "unknown property");
    assert!(
        matches!(crate::query::run(&s, "t", "Task", "{"), Err(StorageError::Invalid(m)) if m.starts_with("malformed"))
    );
}
