//! Per-agent activity from trajectory rows, for the dashboard's Agents view: dispatches,
//! failures, denials and their rate, what each agent did most, when it was last seen, and its
//! most recent rows.

use crate::storage::TrajectoryRow;
use serde::Serialize;
use std::collections::BTreeMap;

/// One agent's activity over the rows read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentActivity {
    /// The principal's Cedar uid, e.g. `Agent::"bot-1"`.
    pub agent: String,
    pub dispatches: u64,
    /// Rows that did not succeed (denials included).
    pub failures: u64,
    /// Rows Cedar denied.
    pub denials: u64,
    /// `denials / dispatches`, 0 when there are none.
    pub denial_rate: f64,
    pub first_seen_ms: u64,
    pub last_seen_ms: u64,
    /// How often each action (or `origin` when a row names none) was tried, most first.
    pub actions: Vec<(String, u64)>,
    /// Decisions its denials opened (distinct, newest first).
    pub decisions: Vec<String>,
    /// Its newest rows, newest first.
    pub recent: Vec<TrajectoryRow>,
}

/// Whether Cedar refused the row.
pub fn denied(row: &TrajectoryRow) -> bool {
    row.authz_decision.as_deref() == Some("deny") || row.error_code.as_deref() == Some("AuthorizationDenied")
}

/// Activity per agent from rows given newest first; at most `recent` rows kept per agent.
/// Agents are ordered by last seen (newest first), then by uid.
pub fn summarize(rows: &[TrajectoryRow], recent: usize) -> Vec<AgentActivity> {
    let mut by: BTreeMap<&str, (AgentActivity, BTreeMap<String, u64>)> = BTreeMap::new();
    for row in rows {
        let (a, actions) = by.entry(row.agent.as_str()).or_insert_with(|| {
            (
                AgentActivity {
                    agent: row.agent.clone(),
                    dispatches: 0,
                    failures: 0,
                    denials: 0,
                    denial_rate: 0.0,
                    first_seen_ms: row.time_ms,
                    last_seen_ms: row.time_ms,
                    actions: Vec::new(),
                    decisions: Vec::new(),
                    recent: Vec::new(),
                },
                BTreeMap::new(),
            )
        });
        a.dispatches += 1;
        a.failures += u64::from(!row.ok);
        a.denials += u64::from(denied(row));
        a.first_seen_ms = a.first_seen_ms.min(row.time_ms);
        a.last_seen_ms = a.last_seen_ms.max(row.time_ms);
        let what = row.action.clone().unwrap_or_else(|| format!("({})", row.origin));
        *actions.entry(what).or_default() += 1;
        if let Some(d) = &row.decision_id
            && !a.decisions.contains(d)
        {
            a.decisions.push(d.clone());
        }
        if a.recent.len() < recent {
            a.recent.push(row.clone());
        }
    }
    let mut out: Vec<AgentActivity> = by
        .into_values()
        .map(|(mut a, actions)| {
            a.denial_rate = if a.dispatches == 0 { 0.0 } else { a.denials as f64 / a.dispatches as f64 };
            let mut counted: Vec<(String, u64)> = actions.into_iter().collect();
            counted.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
            a.actions = counted;
            a
        })
        .collect();
    out.sort_by(|x, y| y.last_seen_ms.cmp(&x.last_seen_ms).then_with(|| x.agent.cmp(&y.agent)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(agent: &str, t: u64, action: &str, ok: bool, deny: bool) -> TrajectoryRow {
        TrajectoryRow {
            id: format!("r{t}"),
            tenant: "t".into(),
            time_ms: t,
            agent: agent.into(),
            origin: "request".into(),
            action: (!action.is_empty()).then(|| action.to_string()),
            ok,
            http_status: if ok {
                200
            } else if deny {
                403
            } else {
                409
            },
            authz_decision: Some(if deny { "deny" } else { "allow" }.into()),
            decision_id: deny.then(|| "PD-1".to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn counts_rates_actions_and_recent_rows_per_agent() {
        // Newest first, as the store returns them.
        let rows = vec![
            row("Agent::\"a\"", 50, "create", true, false),
            row("Agent::\"b\"", 40, "Start", false, false),
            row("Agent::\"a\"", 30, "create", false, true),
            row("Agent::\"a\"", 20, "create", false, true),
            row("Agent::\"a\"", 10, "", true, false),
        ];
        let s = summarize(&rows, 2);
        assert_eq!(s.len(), 2);
        let a = &s[0];
        assert_eq!(a.agent, "Agent::\"a\"");
        assert_eq!((a.dispatches, a.failures, a.denials), (4, 2, 2));
        assert!((a.denial_rate - 0.5).abs() < 1e-9);
        assert_eq!((a.first_seen_ms, a.last_seen_ms), (10, 50));
        assert_eq!(a.actions, vec![("create".to_string(), 3), ("(request)".to_string(), 1)]);
        assert_eq!(a.decisions, vec!["PD-1".to_string()]);
        assert_eq!(a.recent.iter().map(|r| r.time_ms).collect::<Vec<_>>(), vec![50, 30]);
        let b = &s[1];
        assert_eq!((b.dispatches, b.failures, b.denials, b.denial_rate), (1, 1, 0, 0.0));
        assert!(summarize(&[], 5).is_empty());
    }
}
