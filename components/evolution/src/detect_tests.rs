//! Unit tests of [`super::detect`]: thresholds, precedence, `known`, spikes, workarounds.
#![allow(clippy::unwrap_used)]

use super::*;

const TH: Thresholds = Thresholds {
    repeated_failures: 5,
    guard_rejections: 3,
    authz_denials: 3,
    unmet_intents: 2,
    spike_min_requests: 10,
    spike_rate_percent: 50,
    spike_factor_percent: 300,
    spike_window_ms: 60_000,
};

/// A `now` long after the rows of the tests that are not about spikes.
const LATER: u64 = 10_000_000;

/// A failed row at `t` of agent `a`.
fn fail(t: u64, pos: u64, a: &str, ty: &str, action: &str, code: &str) -> Row {
    Row {
        tenant: "acme".into(),
        time_ms: t,
        cursor: format!("{t}.{pos}"),
        agent: format!("Agent::\"{a}\""),
        origin: "request".into(),
        entity_type: Some(ty.into()),
        entity_id: Some(format!("e{pos}")),
        action: Some(action.into()),
        http_status: 409,
        error_code: Some(code.into()),
        ..Row::default()
    }
}

fn guard(t: u64, pos: u64) -> Row {
    let mut r = fail(t, pos, "bot", "Task", "Start", "GuardRejected");
    r.error = Some("`Start` refused: guard clause `assignee != ''` is false (guard: `assignee != ''`)".into());
    r
}

fn only(findings: &[Finding], pattern: Pattern) -> Vec<&Finding> {
    findings.iter().filter(|f| f.pattern == pattern).collect()
}

#[test]
fn a_threshold_is_met_exactly() {
    let rows: Vec<Row> = (0..3).map(|i| guard(1000 + i, i)).collect();
    let f = detect(&rows, &TH, &[], LATER);
    assert_eq!(f.len(), 1, "{f:#?}");
    let f = &f[0];
    assert_eq!(f.key, "guard-rejection:acme:Task.Start [guard: assignee != '']");
    assert_eq!((f.observed, f.threshold, f.known), (3, 3, false));
    assert_eq!(f.clause.as_deref(), Some("assignee != ''"));
    assert_eq!(f.evidence, ["1002.2", "1001.1", "1000.0"]);
    assert_eq!(f.agents, ["Agent::\"bot\""]);
    assert_eq!((f.first_ms, f.last_ms), (1000, 1002));
    assert_eq!(
        f.evidence_query,
        "/api/tenants/acme/trajectories?failed=true&entity_type=Task&action=Start&agent=Agent%3A%3A%22bot%22&since=1000&until=1003"
    );
    assert_eq!(f.category, Category::Friction);
    assert!(f.statement.contains("assignee != ''") && f.statement.contains("3 requests"), "{}", f.statement);
    assert!(detect(&rows[..2], &TH, &[], LATER).is_empty());
}

#[test]
fn a_guard_rejection_is_not_also_a_repeated_failure() {
    let rows: Vec<Row> = (0..8).map(|i| guard(1000 + i, i)).collect();
    let f = detect(&rows, &TH, &[], LATER);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].pattern, Pattern::GuardRejection);
}

#[test]
fn repeated_failures_group_by_type_action_and_code() {
    let mut rows: Vec<Row> = (0..5).map(|i| fail(1000 + i, i, "a", "Task", "Close", "InvariantViolated")).collect();
    rows.extend((0..4).map(|i| fail(2000 + i, 10 + i, "b", "Task", "Close", "ActionNotAllowed")));
    let f = detect(&rows, &TH, &[], LATER);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].key, "repeated-failure:acme:Task.Close (InvariantViolated)");
    assert_eq!(f[0].error_code.as_deref(), Some("InvariantViolated"));
}

#[test]
fn evidence_is_the_newest_twenty() {
    let rows: Vec<Row> = (0..30).rev().map(|i| fail(1000 + i, i, "a", "Task", "Close", "X")).collect();
    let f = &detect(&rows, &TH, &[], LATER)[0];
    assert_eq!(f.observed, 30);
    assert_eq!(f.evidence.len(), MAX_EVIDENCE);
    assert_eq!(f.evidence[0], "1029.29");
    assert_eq!(f.evidence[19], "1010.10");
}

#[test]
fn open_known_keys_update_and_closed_ones_need_newer_rows() {
    let rows: Vec<Row> = (0..4).map(|i| guard(1000 + i * 10, i)).collect();
    let k = "guard-rejection:acme:Task.Start [guard: assignee != '']";
    let open = [Known { key: k.into(), open: true, closed_at_ms: 0 }];
    let f = detect(&rows, &TH, &open, LATER);
    assert_eq!((f.len(), f[0].known, f[0].observed), (1, true, 4));
    // Closed after the second row: two newer rows are under the threshold of 3.
    let closed = [Known { key: k.into(), open: false, closed_at_ms: 1010 }];
    assert!(detect(&rows, &TH, &closed, LATER).is_empty());
    // Closed before the first: all four count, as a new observation.
    let closed = [Known { key: k.into(), open: false, closed_at_ms: 999 }];
    let f = detect(&rows, &TH, &closed, LATER);
    assert_eq!((f.len(), f[0].known, f[0].observed), (1, false, 4));
    // Open wins over an older closed record of the same key.
    let both = [Known { key: k.into(), open: false, closed_at_ms: 5000 }, open[0].clone()];
    assert!(detect(&rows, &TH, &both, LATER)[0].known);
}

#[test]
fn denials_group_by_agent_type_action_and_resource() {
    let mut rows: Vec<Row> = (0..3)
        .map(|i| {
            let mut r = fail(1000 + i, i, &format!("p{i}"), "Task", "delete", "AuthorizationDenied");
            r.agent_type = Some("planner".into());
            r.http_status = 403;
            r
        })
        .collect();
    rows[2].error_code = None;
    rows[2].authz_decision = Some("deny".into());
    let f = detect(&rows, &TH, &[], LATER);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].key, "authz-denial:acme:planner: delete Task");
    assert_eq!(f[0].agents.len(), 3);
    assert!(
        f[0].statement.starts_with("Agents of type planner were denied delete on Task 3 times"),
        "{}",
        f[0].statement
    );
}

#[test]
fn unknown_sets_missing_actions_and_intents_are_unmet_intents() {
    let mut set = fail(1000, 0, "a", "x", "x", "EntitySetNotFound");
    (set.entity_type, set.entity_set, set.action) = (None, Some("Invoices".into()), None);
    let mut set2 = set.clone();
    set2.cursor = "1001.1".into();
    let missing = fail(2000, 2, "a", "Task", "Archive", "ActionNotFound");
    let mut intent = fail(2001, 3, "b", "Task", "Archive", "UnmetIntent");
    intent.origin = "intent".into();
    intent.error = Some("I want to archive finished tasks".into());
    let f = detect(&[set, set2, missing, intent], &TH, &[], LATER);
    let keys: Vec<&str> = f.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(keys.contains(&"unmet-intent:acme:Invoices") && keys.contains(&"unmet-intent:acme:Task.Archive"));
    for f in &f {
        assert_eq!(f.category, Category::UnmetIntent);
    }
    let archive = f.iter().find(|f| f.subject == "Task.Archive").unwrap();
    assert!(!archive.evidence_query.contains("failed=true"), "intents need not be failed: {}", archive.evidence_query);
    assert!(archive.statement.contains("1 of them reported as intents"), "{}", archive.statement);
    let invoices = f.iter().find(|f| f.subject == "Invoices").unwrap();
    assert_eq!(invoices.entity_set.as_deref(), Some("Invoices"));
    assert!(invoices.statement.contains("entity set Invoices"), "{}", invoices.statement);
}

#[test]
fn a_failure_then_another_action_on_the_entity_is_a_workaround() {
    let mut rows = Vec::new();
    for i in 0..5 {
        let mut r = fail(1000 + i * 1000, i * 2, "a", "Task", "Close", "InvariantViolated");
        r.entity_id = Some(format!("t{i}"));
        let mut ok = r.clone();
        (ok.ok, ok.action, ok.error_code, ok.cursor) =
            (true, Some("Cancel".into()), None, format!("{}.{}", 1500 + i * 1000, i * 2 + 1));
        ok.time_ms = 1500 + i * 1000;
        rows.push(r);
        rows.push(ok);
    }
    let f = detect(&rows, &TH, &[], LATER);
    let f = only(&f, Pattern::RepeatedFailure);
    assert_eq!(f[0].category, Category::Workaround);
}

#[test]
fn spikes_compare_the_window_with_before() {
    let now = 1_000_000;
    let ok = |t: u64, pos: u64| Row { ok: true, error_code: None, ..fail(t, pos, "a", "Task", "Read", "") };
    let mut rows: Vec<Row> = (0..20).map(|i| ok(now - 600_000 + i, i)).collect();
    rows.push(fail(now - 500_000, 100, "a", "Task", "Read", "Boom"));
    // In the window: 10 rows, 5 failed (50%), against 1 of 21 before: a spike.
    for i in 0..10 {
        rows.push(if i % 2 == 0 {
            fail(now - 30_000 + i, 200 + i, "b", "Job", "Run", "Boom")
        } else {
            ok(now - 30_000 + i, 200 + i)
        });
    }
    let f = detect(&rows, &TH, &[], now);
    let s = only(&f, Pattern::ErrorSpike);
    assert_eq!(s.len(), 1, "{f:#?}");
    assert_eq!((s[0].observed, s[0].threshold), (50, 50));
    assert_eq!(s[0].key, "error-spike:acme:error-rate");
    assert_eq!(s[0].evidence.len(), 5);
    assert!(
        s[0].statement
            .starts_with("5 of 10 dispatches of tenant acme failed in the last 1 min (50%), against 4% before"),
        "{}",
        s[0].statement
    );
    // One fewer failure in the window: 40%, under the rate.
    let mut fewer = rows.clone();
    fewer.retain(|r| r.cursor != format!("{}.200", now - 30_000));
    fewer.push(ok(now - 30_000, 200));
    assert!(only(&detect(&fewer, &TH, &[], now), Pattern::ErrorSpike).is_empty());
    // Nine rows in the window: under the minimum.
    let nine: Vec<Row> = rows.iter().filter(|r| r.cursor != format!("{}.209", now - 30_000 + 9)).cloned().collect();
    assert!(only(&detect(&nine, &TH, &[], now), Pattern::ErrorSpike).is_empty());
    // An earlier rate as bad: no spike.
    let mut bad_before = rows.clone();
    for r in bad_before.iter_mut().filter(|r| r.time_ms < now - 60_000) {
        r.ok = false;
    }
    assert!(only(&detect(&bad_before, &TH, &[], now), Pattern::ErrorSpike).is_empty());
}

#[test]
fn findings_are_sorted_by_priority_then_key() {
    let mut rows: Vec<Row> = (0..3).map(|i| guard(1000 + i, i)).collect();
    rows.extend((0..20).map(|i| fail(1000 + i, 100 + i, "a", "Task", "Close", "X")));
    let f = detect(&rows, &TH, &[], LATER);
    assert_eq!(f.len(), 2);
    assert!(f[0].priority >= f[1].priority);
    assert_eq!(f[0].pattern, Pattern::RepeatedFailure, "{f:#?}");
}
