//! Trajectories: rows recorded alone or with a commit (all-or-nothing), every filter, newest
//! first, paging by cursor, tenant isolation, and rows that are refused.

use super::*;

fn row(id: &str, tenant: &str, time_ms: u64, agent: &str, ok: bool) -> TrajectoryRow {
    TrajectoryRow {
        id: id.into(),
        tenant: tenant.into(),
        time_ms,
        agent: format!("Agent::\"{agent}\""),
        origin: "request".into(),
        correlation_id: format!("corr-{id}"),
        entity_type: Some("Task".into()),
        entity_id: Some("t-1".into()),
        action: Some("Start".into()),
        ok,
        http_status: if ok { 200 } else { 409 },
        ..TrajectoryRow::default()
    }
}

fn ids(p: &TrajectoryPage) -> Vec<&str> {
    p.rows.iter().map(|r| r.id.as_str()).collect()
}

async fn ask<B: Backend>(b: &B, q: TrajectoryQuery) -> Vec<String> {
    b.query_trajectories(&q).await.unwrap().rows.into_iter().map(|r| r.id).collect()
}

pub async fn filters_order_and_pages<B: Backend>(b: &B) {
    let full = TrajectoryRow {
        session: Some("s-1".into()),
        params: Some("{\"reason\":\"ready\"}".into()),
        from_status: Some("Open".into()),
        to_status: Some("Started".into()),
        error: None,
        authz_decision: Some("allow".into()),
        policies: vec!["builtin:admins".into(), "manual:7".into()],
        decision_id: Some("PD-1".into()),
        ..row("r1", "ta", 1_000, "bot-1", true)
    };
    b.record_trajectory(full.clone()).await.unwrap();
    let mut denied = row("r2", "ta", 2_000, "bot-2", false);
    denied.error_code = Some("AuthorizationDenied".into());
    denied.error = Some("`Start` on Task denied".into());
    denied.authz_decision = Some("deny".into());
    denied.http_status = 403;
    b.record_trajectory(denied.clone()).await.unwrap();
    let mut timer = row("r3", "ta", 3_000, "bot-1", true);
    timer.origin = "timer".into();
    timer.entity_id = Some("t-2".into());
    timer.action = Some("Expire".into());
    b.record_trajectory(timer).await.unwrap();
    let mut guard = row("r4", "ta", 3_000, "bot-1", false);
    guard.error_code = Some("GuardFailed".into());
    guard.correlation_id = "shared".into();
    b.record_trajectory(guard).await.unwrap();
    b.record_trajectory(row("other", "tb", 2_500, "bot-1", true)).await.unwrap();

    // Every field survives the round trip.
    let by_agent = TrajectoryQuery { agent: Some(full.agent.clone()), ..TrajectoryQuery::new("ta") };
    let got = b.query_trajectories(&by_agent).await.unwrap();
    assert_eq!(got.rows.last(), Some(&full));
    assert_eq!(got.rows.iter().find(|r| r.id == "r2"), None, "another agent's row is filtered out");
    // Newest first; rows of the same millisecond in the reverse order they were recorded.
    assert_eq!(ask(b, TrajectoryQuery::new("ta")).await, ["r4", "r3", "r2", "r1"]);
    assert_eq!(ask(b, TrajectoryQuery::new("tb")).await, ["other"], "tenants are isolated");
    assert!(ask(b, TrajectoryQuery::new("tc")).await.is_empty());
    let q = |f: fn(&mut TrajectoryQuery)| {
        let mut q = TrajectoryQuery::new("ta");
        f(&mut q);
        q
    };
    assert_eq!(ask(b, q(|q| q.agent = Some("Agent::\"bot-2\"".into()))).await, ["r2"]);
    assert_eq!(ask(b, q(|q| q.entity_id = Some("t-2".into()))).await, ["r3"]);
    assert_eq!(
        ask(b, q(|q| (q.entity_type, q.entity_id) = (Some("Task".into()), Some("t-1".into())))).await,
        ["r4", "r2", "r1"]
    );
    assert!(ask(b, q(|q| q.entity_type = Some("Order".into()))).await.is_empty());
    assert_eq!(ask(b, q(|q| q.action = Some("Expire".into()))).await, ["r3"]);
    assert_eq!(ask(b, q(|q| q.origin = Some("timer".into()))).await, ["r3"]);
    assert_eq!(ask(b, q(|q| q.failed_only = true)).await, ["r4", "r2"]);
    assert_eq!(ask(b, q(|q| q.since_ms = Some(2_000))).await, ["r4", "r3", "r2"]);
    assert_eq!(ask(b, q(|q| q.until_ms = Some(2_000))).await, ["r1"], "until is exclusive");
    assert_eq!(ask(b, q(|q| (q.since_ms, q.until_ms) = (Some(1_500), Some(3_000)))).await, ["r2"]);
    assert_eq!(ask(b, q(|q| q.correlation_id = Some("shared".into()))).await, ["r4"]);
    assert_eq!(ask(b, q(|q| (q.failed_only, q.agent) = (true, Some("Agent::\"bot-1\"".into())))).await, ["r4"]);

    // Paging: each page's `next` continues exactly where it stopped, with no row twice.
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let q = TrajectoryQuery { limit: 3, after, ..TrajectoryQuery::new("ta") };
        let page = b.query_trajectories(&q).await.unwrap();
        assert!(page.rows.len() <= 3);
        seen.extend(ids(&page).into_iter().map(String::from));
        match page.next {
            Some(c) => after = Some(c),
            None => break,
        }
    }
    assert_eq!(seen, ["r4", "r3", "r2", "r1"]);
    let first = b.query_trajectories(&TrajectoryQuery { limit: 2, ..TrajectoryQuery::new("ta") }).await.unwrap();
    let cursor = first.next.unwrap();
    assert_eq!(cursor.to_string().parse::<TrajectoryCursor>(), Ok(cursor), "the cursor round-trips as text");
    let exact = b.query_trajectories(&TrajectoryQuery { limit: 4, ..TrajectoryQuery::new("ta") }).await.unwrap();
    assert_eq!((exact.rows.len(), exact.next), (4, None), "a page that ends the results has no next");

    // The default page is 100 rows, and no page is larger than 1000.
    for i in 0..105u64 {
        b.record_trajectory(row(&format!("bulk-{i}"), "td", 10_000 + i, "bot-9", true)).await.unwrap();
    }
    let page = b.query_trajectories(&TrajectoryQuery::new("td")).await.unwrap();
    assert_eq!((page.rows.len(), page.rows[0].id.as_str()), (100, "bulk-104"));
    let rest = b.query_trajectories(&TrajectoryQuery { after: page.next, ..TrajectoryQuery::new("td") }).await.unwrap();
    assert_eq!((ids(&rest), rest.next), (vec!["bulk-4", "bulk-3", "bulk-2", "bulk-1", "bulk-0"], None));
    assert_eq!(TrajectoryQuery { limit: 5_000, ..TrajectoryQuery::new("td") }.effective_limit(), 1000);
}

pub async fn commit_atomically<B: Backend>(b: &B) {
    let s = stream("tc", "e");
    let mut c = commit(&s, 0, 1);
    c.trajectory = Some(row("with-commit", "tc", 5, "bot-1", true));
    assert_eq!(b.commit(c).await, Ok(1));
    assert_eq!(ask(b, TrajectoryQuery::new("tc")).await, ["with-commit"]);
    // A conflicting commit writes no trajectory row (nor anything else).
    let mut stale = commit(&s, 0, 1);
    stale.trajectory = Some(row("stale", "tc", 6, "bot-1", true));
    assert_eq!(b.commit(stale).await, Err(StorageError::Conflict(1)));
    assert_eq!(ask(b, TrajectoryQuery::new("tc")).await, ["with-commit"]);
    // A trajectory id recorded before refuses the whole commit: no event is journaled.
    let mut dup = commit(&s, 1, 1);
    dup.trajectory = Some(row("with-commit", "tc", 7, "bot-1", true));
    assert!(matches!(b.commit(dup).await, Err(StorageError::Invalid(m)) if m.contains("already recorded")));
    assert_eq!(b.load(&s).await.unwrap().seq, 1);
    assert_eq!(b.read_events(&s, 0, 10).await.unwrap().len(), 1);
    // A row of another tenant cannot ride on this tenant's commit.
    let mut foreign = commit(&s, 1, 1);
    foreign.trajectory = Some(row("foreign", "elsewhere", 8, "bot-1", true));
    assert!(matches!(b.commit(foreign).await, Err(StorageError::Invalid(m)) if m.contains("tenant")));
    assert!(ask(b, TrajectoryQuery::new("elsewhere")).await.is_empty());
    assert_eq!(b.load(&s).await.unwrap().seq, 1);
}

pub async fn refuse_bad_rows<B: Backend>(b: &B) {
    b.record_trajectory(row("once", "tr", 1, "bot-1", true)).await.unwrap();
    let dup = b.record_trajectory(row("once", "tr", 2, "bot-1", false)).await;
    assert!(matches!(dup, Err(StorageError::Invalid(m)) if m.contains("already recorded")));
    let mut bad_origin = row("o", "tr", 3, "bot-1", true);
    bad_origin.origin = "whim".into();
    assert!(matches!(b.record_trajectory(bad_origin).await, Err(StorageError::Invalid(m)) if m.contains("origin")));
    let mut bad_params = row("p", "tr", 4, "bot-1", true);
    bad_params.params = Some("{not json".into());
    assert!(matches!(b.record_trajectory(bad_params).await, Err(StorageError::Invalid(m)) if m.contains("params")));
    let no_tenant = row("n", "", 5, "bot-1", true);
    assert!(matches!(b.record_trajectory(no_tenant).await, Err(StorageError::Invalid(_))));
    let page = b.query_trajectories(&TrajectoryQuery::new("tr")).await.unwrap();
    assert_eq!((ids(&page), page.rows[0].ok), (vec!["once"], true), "only the first row was kept");
}
