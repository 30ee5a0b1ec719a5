//! One conformance suite, run against every storage backend (libSQL on a real file, and
//! in-memory): journal contiguity, optimistic concurrency, atomic commits with outbox and
//! idempotency records, key/value, tenant isolation, and concurrent writers; then, each on a
//! fresh backend, the outbox work lifecycle (`work`), the app catalog (`catalog`),
//! trajectories (`trajectories`) and the tenant event feed (`feed`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "storage_conformance/catalog.rs"]
mod catalog;
#[path = "storage_conformance/feed.rs"]
mod feed;
#[path = "storage_conformance/trajectories.rs"]
mod trajectories;
#[path = "storage_conformance/work.rs"]
mod work;

use std::sync::Arc;
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig};
use temper_host::storage::memory::MemoryBackend;
use temper_host::storage::*;

pub fn stream(tenant: &str, id: &str) -> StreamId {
    StreamId::new(tenant, "Task", id)
}

pub fn event(seq: u64, id: &str) -> Event {
    Event {
        seq,
        kind: "action".into(),
        payload: format!("{{\"action\":\"Step\",\"n\":{seq}}}"),
        meta: EventMeta {
            event_id: format!("{id}-{seq}"),
            causation_id: String::new(),
            correlation_id: "c".into(),
            actor: "Agent::\"bot\"".into(),
            time_ms: 1000 + seq,
        },
    }
}

pub fn commit(s: &StreamId, expected: u64, n: u64) -> CommitRequest {
    let events: Vec<Event> = (1..=n).map(|i| event(expected + i, &format!("{}-{}", s.tenant, s.entity_id))).collect();
    let seq = expected + n;
    CommitRequest {
        stream: s.clone(),
        expected_seq: expected,
        events,
        projection: ProjectionRow {
            id: s.entity_id.clone(),
            status: format!("S{seq}"),
            fields: format!("{{\"n\":{seq}}}"),
            seq,
            deleted: false,
        },
        outbox: Vec::new(),
        idempotency: None,
        trajectory: None,
    }
}

async fn journal_is_contiguous_and_conflicts_change_nothing<B: Backend>(b: &B) {
    let s = stream("t1", "a");
    assert_eq!(b.load(&s).await, Err(StorageError::NotFound));
    assert_eq!(b.commit(commit(&s, 0, 1)).await, Ok(1));
    assert_eq!(b.commit(commit(&s, 1, 2)).await, Ok(3));
    // A stale writer: conflict carrying the actual seq, and nothing written.
    assert_eq!(b.commit(commit(&s, 1, 1)).await, Err(StorageError::Conflict(3)));
    let evs = b.read_events(&s, 0, 100).await.unwrap();
    assert_eq!(evs.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![1, 2, 3]);
    let row = b.load(&s).await.unwrap();
    assert_eq!((row.seq, row.status.as_str()), (3, "S3"));
    // Paging through the journal.
    assert_eq!(b.read_events(&s, 1, 1).await.unwrap().iter().map(|e| e.seq).collect::<Vec<_>>(), vec![2]);
    assert_eq!(evs[0].meta.actor, "Agent::\"bot\"");
}

async fn malformed_commits_are_refused_and_change_nothing<B: Backend>(b: &B) {
    let s = stream("t1", "bad");
    let mut gap = commit(&s, 0, 2);
    gap.events[1].seq = 5;
    assert!(matches!(b.commit(gap).await, Err(StorageError::Invalid(m)) if m.contains("contiguous")));
    let mut wrong_proj = commit(&s, 0, 1);
    wrong_proj.projection.seq = 7;
    assert!(matches!(b.commit(wrong_proj).await, Err(StorageError::Invalid(_))));
    let mut not_json = commit(&s, 0, 1);
    not_json.projection.fields = "[1,2]".into();
    assert!(matches!(b.commit(not_json).await, Err(StorageError::Invalid(m)) if m.contains("JSON object")));
    let mut empty = commit(&s, 0, 1);
    empty.events.clear();
    assert!(matches!(b.commit(empty).await, Err(StorageError::Invalid(_))));
    assert_eq!(b.load(&s).await, Err(StorageError::NotFound));
    assert!(b.read_events(&s, 0, 10).await.unwrap().is_empty());
}

async fn outbox_and_idempotency_commit_atomically<B: Backend>(b: &B) {
    let s = stream("t2", "o");
    let mut c = commit(&s, 0, 1);
    c.outbox = vec![
        OutboxItem {
            kind: "trigger".into(),
            idempotency_key: "t2/o/1/0".into(),
            payload: "{}".into(),
            not_before_ms: 0,
        },
        OutboxItem {
            kind: "timer".into(),
            idempotency_key: "t2/o/1/1".into(),
            payload: "{}".into(),
            not_before_ms: 10_000,
        },
    ];
    c.idempotency = Some(IdempotencyRecord {
        tenant: "t2".into(),
        key: "k-1".into(),
        request_hash: "h".into(),
        status: 201,
        response: "{\"id\":\"o\"}".into(),
    });
    assert_eq!(b.commit(c).await, Ok(1));
    let due = b.pending_work(5_000, 10).await.unwrap();
    assert_eq!(due.iter().map(|w| w.item.kind.as_str()).collect::<Vec<_>>(), vec!["trigger"]);
    assert_eq!(b.pending_work(20_000, 10).await.unwrap().len(), 2);
    let rec = b.idempotency("t2", "k-1").await.unwrap().unwrap();
    assert_eq!((rec.status, rec.response.as_str()), (201, "{\"id\":\"o\"}"));
    assert_eq!(b.idempotency("t1", "k-1").await.unwrap(), None, "idempotency keys are per tenant");
    // Reusing the key: the whole commit is refused — no event, no outbox item.
    let mut again = commit(&s, 1, 1);
    again.outbox = vec![OutboxItem {
        kind: "trigger".into(),
        idempotency_key: "t2/o/2/0".into(),
        payload: "{}".into(),
        not_before_ms: 0,
    }];
    again.idempotency = Some(IdempotencyRecord {
        tenant: "t2".into(),
        key: "k-1".into(),
        request_hash: "h2".into(),
        status: 200,
        response: "{}".into(),
    });
    assert!(matches!(b.commit(again).await, Err(StorageError::Invalid(m)) if m.contains("already used")));
    assert_eq!(b.load(&s).await.unwrap().seq, 1);
    assert_eq!(b.pending_work(20_000, 10).await.unwrap().len(), 2);
    // Completing work removes it; the same derived key is never enqueued twice.
    let first = due[0].id;
    b.complete_work(first).await.unwrap();
    assert_eq!(b.pending_work(20_000, 10).await.unwrap().len(), 1);
    let mut dup = commit(&s, 1, 1);
    dup.outbox = vec![OutboxItem {
        kind: "timer".into(),
        idempotency_key: "t2/o/1/1".into(),
        payload: "{}".into(),
        not_before_ms: 0,
    }];
    assert_eq!(b.commit(dup).await, Ok(2));
    assert_eq!(b.pending_work(20_000, 10).await.unwrap().len(), 1);
    assert_eq!(b.complete_work(999_999).await, Err(StorageError::NotFound));
}

async fn duplicate_event_ids_are_refused<B: Backend>(b: &B) {
    let s1 = stream("t3", "x");
    let s2 = stream("t3", "y");
    assert_eq!(b.commit(commit(&s1, 0, 1)).await, Ok(1));
    let mut c = commit(&s2, 0, 1);
    c.events[0].meta.event_id = "t3-x-1".into();
    assert!(matches!(b.commit(c).await, Err(StorageError::Invalid(m)) if m.contains("already journaled")));
    assert_eq!(b.load(&s2).await, Err(StorageError::NotFound));
}

async fn tenants_are_isolated<B: Backend>(b: &B) {
    let a = stream("ta", "same");
    let z = stream("tz", "same");
    assert_eq!(b.commit(commit(&a, 0, 2)).await, Ok(2));
    assert_eq!(b.load(&z).await, Err(StorageError::NotFound));
    assert_eq!(b.commit(commit(&z, 0, 1)).await, Ok(1));
    assert_eq!(b.load(&a).await.unwrap().seq, 2);
    assert_eq!(b.scan_projection("tz", "Task", "", 10).await.unwrap().len(), 1);
    b.kv_set("ta", "k", b"one").await.unwrap();
    assert_eq!(b.kv_get("tz", "k").await.unwrap(), None);
}

async fn key_value<B: Backend>(b: &B) {
    assert_eq!(b.kv_get("t4", "k").await.unwrap(), None);
    b.kv_set("t4", "k", b"v1").await.unwrap();
    b.kv_set("t4", "k", b"v2").await.unwrap();
    assert_eq!(b.kv_get("t4", "k").await.unwrap().as_deref(), Some(&b"v2"[..]));
    b.kv_delete("t4", "k").await.unwrap();
    assert_eq!(b.kv_get("t4", "k").await.unwrap(), None);
}

async fn scan_is_ordered_and_pages<B: Backend>(b: &B) {
    for id in ["c", "a", "b", "d"] {
        b.commit(commit(&stream("t5", id), 0, 1)).await.unwrap();
    }
    let first: Vec<String> = b.scan_projection("t5", "Task", "", 2).await.unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(first, ["a", "b"]);
    let rest: Vec<String> = b.scan_projection("t5", "Task", "b", 10).await.unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(rest, ["c", "d"]);
}

/// Writers race on one stream with re-load-and-retry; every acknowledged commit is in the
/// journal exactly once and seqs stay contiguous.
async fn concurrent_writers<B: Backend + 'static>(b: Arc<B>) {
    let s = stream("t6", "hot");
    let mut handles = Vec::new();
    for w in 0..16u64 {
        let b = b.clone();
        let s = s.clone();
        handles.push(tokio::spawn(async move {
            let mut acked = 0;
            for i in 0..10u64 {
                loop {
                    let cur = match b.load(&s).await {
                        Ok(r) => r.seq,
                        Err(StorageError::NotFound) => 0,
                        Err(e) => panic!("{e}"),
                    };
                    let mut c = commit(&s, cur, 1);
                    c.events[0].meta.event_id = format!("w{w}-{i}");
                    match b.commit(c).await {
                        Ok(_) => {
                            acked += 1;
                            break;
                        }
                        Err(StorageError::Conflict(_)) => tokio::task::yield_now().await,
                        Err(e) => panic!("{e}"),
                    }
                }
            }
            acked
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    let evs = b.read_events(&s, 0, 10_000).await.unwrap();
    assert_eq!(total, 160);
    assert_eq!(evs.len(), 160);
    assert!(evs.iter().enumerate().all(|(i, e)| e.seq == i as u64 + 1));
    let mut ids: Vec<&str> = evs.iter().map(|e| e.meta.event_id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 160);
    assert_eq!(b.load(&s).await.unwrap().seq, 160);
}

/// Read-your-writes under load: once a commit is acknowledged, every later read sees it, even
/// while other readers are in the middle of long scans. (A reader connection shared by a scan
/// in flight would answer from the scan's older snapshot.)
async fn reads_see_every_acknowledged_commit<B: Backend + 'static>(b: Arc<B>) {
    for i in 0..400 {
        b.commit(commit(&stream("t8", &format!("bulk{i:04}")), 0, 1)).await.unwrap();
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut scanners = Vec::new();
    for _ in 0..6 {
        let (b, stop) = (b.clone(), stop.clone());
        scanners.push(tokio::spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                assert_eq!(b.scan_projection("t8", "Task", "", 1000).await.unwrap().len(), 400);
                tokio::task::yield_now().await;
            }
        }));
    }
    let mut writers = Vec::new();
    for w in 0..6 {
        let b = b.clone();
        writers.push(tokio::spawn(async move {
            for i in 0..60 {
                let s = stream("t9", &format!("new-{w}-{i}"));
                b.commit(commit(&s, 0, 1)).await.unwrap();
                let row = b.load(&s).await;
                assert!(row.is_ok(), "{s} was acknowledged but a read right after found {row:?}");
                assert_eq!(b.read_events(&s, 0, 10).await.unwrap().len(), 1, "{s}: its event is readable");
            }
        }));
    }
    for w in writers {
        w.await.unwrap();
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for s in scanners {
        s.await.unwrap();
    }
}

async fn suite<B: Backend + 'static>(b: Arc<B>) {
    journal_is_contiguous_and_conflicts_change_nothing(&*b).await;
    malformed_commits_are_refused_and_change_nothing(&*b).await;
    outbox_and_idempotency_commit_atomically(&*b).await;
    duplicate_event_ids_are_refused(&*b).await;
    tenants_are_isolated(&*b).await;
    key_value(&*b).await;
    scan_is_ordered_and_pages(&*b).await;
    concurrent_writers(b.clone()).await;
    reads_see_every_acknowledged_commit(b).await;
}

pub fn temp_db(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("storage-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir.join("temper.db")
}

/// A new, empty backend of one kind (the checks of the lifecycle, trajectory and feed modules
/// each get their own: pending work and positions are global to a backend).
pub trait Fresh: Backend + Sized + 'static {
    fn fresh(name: &str) -> impl std::future::Future<Output = Self>;
}

impl Fresh for MemoryBackend {
    async fn fresh(_: &str) -> Self {
        MemoryBackend::new()
    }
}

impl Fresh for LibsqlBackend {
    async fn fresh(name: &str) -> Self {
        LibsqlBackend::open(LibsqlConfig::new(temp_db(name))).await.unwrap()
    }
}

async fn fresh_suite<B: Fresh>() {
    work::lifecycle(&B::fresh("work").await).await;
    catalog::pins_history_and_isolation(&B::fresh("catalog").await).await;
    trajectories::filters_order_and_pages(&B::fresh("traj").await).await;
    trajectories::commit_atomically(&B::fresh("traj-commit").await).await;
    trajectories::refuse_bad_rows(&B::fresh("traj-bad").await).await;
    feed::orders_isolates_and_resumes(&B::fresh("feed").await).await;
    feed::signals_each_commit(&B::fresh("feed-signal").await).await;
    feed::concurrent_commits_get_distinct_increasing_positions(Arc::new(B::fresh("feed-race").await)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn memory_backend_work_trajectories_and_feed_conform() {
    fresh_suite::<MemoryBackend>().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn libsql_backend_work_trajectories_and_feed_conform() {
    fresh_suite::<LibsqlBackend>().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn memory_backend_conforms() {
    suite(Arc::new(MemoryBackend::new())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn libsql_backend_conforms() {
    let b = LibsqlBackend::open(LibsqlConfig::new(temp_db("conform"))).await.unwrap();
    suite(Arc::new(b)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn libsql_survives_reopening_the_file() {
    let path = temp_db("reopen");
    {
        let b = LibsqlBackend::open(LibsqlConfig::new(&path)).await.unwrap();
        b.commit(commit(&stream("t7", "p"), 0, 3)).await.unwrap();
        b.kv_set("t7", "k", b"v").await.unwrap();
        b.close().await;
    }
    let b = LibsqlBackend::open(LibsqlConfig::new(&path)).await.unwrap();
    assert_eq!(b.load(&stream("t7", "p")).await.unwrap().seq, 3);
    assert_eq!(b.read_events(&stream("t7", "p"), 0, 10).await.unwrap().len(), 3);
    assert_eq!(b.kv_get("t7", "k").await.unwrap().as_deref(), Some(&b"v"[..]));
    // Journaling continues where it stopped.
    assert_eq!(b.commit(commit(&stream("t7", "p"), 0, 1)).await, Err(StorageError::Conflict(3)));
    assert_eq!(b.commit(commit(&stream("t7", "p"), 3, 1)).await, Ok(4));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn libsql_group_commit_answers_every_writer() {
    let b = Arc::new(LibsqlBackend::open(LibsqlConfig::new(temp_db("group"))).await.unwrap());
    let mut handles = Vec::new();
    for i in 0..200 {
        let b = b.clone();
        handles.push(tokio::spawn(async move { b.commit(commit(&stream("t8", &format!("e{i}")), 0, 1)).await }));
    }
    for h in handles {
        assert_eq!(h.await.unwrap(), Ok(1));
    }
    assert_eq!(b.scan_projection("t8", "Task", "", 1000).await.unwrap().len(), 200);
    let rows = b
        .query_projection(
            "t8",
            "Task",
            "SELECT count(*) FROM {table} WHERE json_extract(fields, '$.n') = ?1",
            vec![::libsql::Value::Integer(1)],
        )
        .await
        .unwrap();
    assert_eq!(rows[0][0], ::libsql::Value::Integer(200));
}
