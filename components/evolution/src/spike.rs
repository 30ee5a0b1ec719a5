//! The error-rate spike of one tenant: the window `[now - spike-window-ms, now]` holds at
//! least `spike-min-requests` rows, at least `spike-rate-percent` of them failed, and that rate
//! is at least `spike-factor-percent`/100 times the rate of the rows before the window (0 when
//! there are none). Rows after `now` are ignored. The comparisons are exact (cross-multiplied),
//! the reported rate is rounded down. Evidence: the failed rows of the window.

use crate::describe::{self, Query};
use crate::detect::{Category, Finding, Pattern, Row, Thresholds};
use crate::score;

/// The subject of every spike: the tenant's error rate as a whole.
pub const SUBJECT: &str = "error-rate";

/// The spike finding of `rows` (one tenant's, any order), if there is one.
pub fn spike(key: String, known: bool, tenant: &str, rows: &[&Row], th: &Thresholds, now_ms: u64) -> Option<Finding> {
    let start = now_ms.saturating_sub(th.spike_window_ms);
    let mut window: Vec<&Row> = rows.iter().copied().filter(|r| r.time_ms >= start && r.time_ms <= now_ms).collect();
    let before: Vec<&Row> = rows.iter().copied().filter(|r| r.time_ms < start).collect();
    let total = window.len() as u64;
    if total == 0 || total < u64::from(th.spike_min_requests) {
        return None;
    }
    window.sort_by(|a, b| a.order().cmp(&b.order()));
    let failed: Vec<&Row> = window.iter().copied().filter(|r| !r.ok).collect();
    let fails = failed.len() as u64;
    if fails == 0 || fails * 100 < u64::from(th.spike_rate_percent) * total {
        return None;
    }
    let (before_total, before_fails) = (before.len() as u64, before.iter().filter(|r| !r.ok).count() as u64);
    // fails/total >= factor/100 × before_fails/before_total, cross-multiplied.
    if before_total > 0
        && u128::from(fails) * u128::from(before_total) * 100
            < u128::from(th.spike_factor_percent) * u128::from(before_fails) * u128::from(total)
    {
        return None;
    }
    let observed = u32::try_from(fails * 100 / total).unwrap_or(100);
    let before_rate = (before_total > 0).then(|| before_fails * 100 / before_total);
    let agents = describe::agents(&failed);
    let (first_ms, last_ms) = describe::span(&failed);
    let times: Vec<u64> = failed.iter().map(|r| r.time_ms).collect();
    let trend = score::trend(&times);
    let mut q = Query::new();
    q.push("failed", "true");
    q.push("since", &start.to_string());
    q.push("until", &now_ms.saturating_add(1).to_string());
    let against =
        before_rate.map_or_else(|| "with no earlier dispatches".to_string(), |r| format!("against {r}% before"));
    let statement = format!(
        "{fails} of {total} dispatches of tenant {tenant} failed in the last {} ({observed}%), {against}, from {}.",
        minutes(th.spike_window_ms),
        describe::who(&agents)
    );
    Some(Finding {
        key,
        known,
        pattern: Pattern::ErrorSpike,
        tenant: tenant.to_string(),
        subject: SUBJECT.to_string(),
        entity_type: None,
        entity_set: None,
        action: None,
        agent_type: None,
        clause: None,
        error_code: None,
        observed,
        threshold: th.spike_rate_percent,
        evidence: describe::evidence(&failed),
        agents,
        first_ms,
        last_ms,
        evidence_query: q.url(tenant),
        statement,
        category: Category::Friction,
        trend,
        priority: score::priority(Pattern::ErrorSpike, observed, th.spike_rate_percent, trend),
    })
}

fn minutes(ms: u64) -> String {
    let s = ms / 1000;
    if s.is_multiple_of(3600) && s >= 3600 {
        format!("{} h", s / 3600)
    } else if s.is_multiple_of(60) && s >= 60 {
        format!("{} min", s / 60)
    } else {
        format!("{s} s")
    }
}
