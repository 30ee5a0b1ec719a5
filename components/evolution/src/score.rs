//! How a finding is weighed: its trend, its category (friction or workaround) and its
//! priority.
//!
//! - **Trend**: the rows in the later half of `[first, last]` (after the midpoint) against
//!   those in the earlier half (up to it): rising when later > 1.5 × earlier, falling when
//!   later < 0.67 × earlier, steady otherwise (and when all rows share one time).
//! - **Workaround**: a failed row is worked around when, within [`WORKAROUND_WINDOW_MS`] after
//!   it, the same agent succeeds on the same entity (same tenant, entity type and id) with a
//!   different action. A friction finding (guard rejection, denial, repeated failure) is a
//!   workaround when at least half of its rows were worked around.
//! - **Priority**, 0..=100, volume × impact × trend, rounded:
//!   - volume: `observed / (4 × threshold)`, at most 1 (4× the threshold weighs fully); for a
//!     spike, the failure rate itself (`observed / 100`);
//!   - impact by pattern: error spike 1.0, unmet intent 0.9, authz denial 0.8, guard
//!     rejection 0.7, repeated failure 0.6;
//!   - trend: rising 1.0, steady 0.8, falling 0.6.

use crate::detect::{Pattern, Row, Trend};
use std::collections::BTreeMap;

/// How soon after a failure a different successful action on the same entity counts as
/// going around it.
pub const WORKAROUND_WINDOW_MS: u64 = 120_000;

/// The trend of rows over their own time span.
pub fn trend(times: &[u64]) -> Trend {
    let (Some(&first), Some(&last)) = (times.iter().min(), times.iter().max()) else { return Trend::Steady };
    if first == last {
        return Trend::Steady;
    }
    let mid = first + (last - first) / 2;
    let later = times.iter().filter(|&&t| t > mid).count() as u64;
    let earlier = times.len() as u64 - later;
    if later * 100 > earlier * 150 {
        Trend::Rising
    } else if later * 100 < earlier * 67 {
        Trend::Falling
    } else {
        Trend::Steady
    }
}

/// Successful rows on an entity, by (tenant, agent, entity type, entity id), oldest first:
/// what [`Successes::worked_around`] looks through.
pub struct Successes<'a> {
    by_entity: BTreeMap<EntityOf<'a>, Vec<&'a Row>>,
}

type EntityOf<'a> = (&'a str, &'a str, Option<&'a str>, &'a str);

impl<'a> Successes<'a> {
    pub fn new(all: &'a [Row]) -> Self {
        let mut by_entity: BTreeMap<EntityOf<'a>, Vec<&'a Row>> = BTreeMap::new();
        for r in all.iter().filter(|r| r.ok && r.action.is_some()) {
            if let Some(id) = r.entity_id.as_deref() {
                by_entity.entry((&r.tenant, &r.agent, r.entity_type.as_deref(), id)).or_default().push(r);
            }
        }
        for rows in by_entity.values_mut() {
            rows.sort_by(|a, b| a.order().cmp(&b.order()));
        }
        Self { by_entity }
    }

    /// Whether `failure` was followed, within the window, by the same agent's success with a
    /// different action on the same entity.
    pub fn worked_around(&self, failure: &Row) -> bool {
        let Some(id) = failure.entity_id.as_deref() else { return false };
        let entity = (failure.tenant.as_str(), failure.agent.as_str(), failure.entity_type.as_deref(), id);
        let Some(rows) = self.by_entity.get(&entity) else { return false };
        let after = failure.order();
        let start = rows.partition_point(|r| r.order() <= after);
        rows[start..]
            .iter()
            .take_while(|r| r.time_ms.saturating_sub(failure.time_ms) <= WORKAROUND_WINDOW_MS)
            .any(|r| r.action != failure.action)
    }

    /// Whether at least half of `rows` were worked around.
    pub fn mostly_worked_around(&self, rows: &[&Row]) -> bool {
        let n = rows.iter().filter(|r| self.worked_around(r)).count();
        !rows.is_empty() && 2 * n >= rows.len()
    }
}

/// The priority, per the formula above.
pub fn priority(pattern: Pattern, observed: u32, threshold: u32, trend: Trend) -> u32 {
    let (num, den) = match pattern {
        Pattern::ErrorSpike => (u64::from(observed.min(100)), 100),
        _ => {
            let full = 4 * u64::from(threshold.max(1));
            (u64::from(observed).min(full), full)
        }
    };
    let impact: u64 = match pattern {
        Pattern::ErrorSpike => 100,
        Pattern::UnmetIntent => 90,
        Pattern::AuthzDenial => 80,
        Pattern::GuardRejection => 70,
        Pattern::RepeatedFailure => 60,
    };
    let trend: u64 = match trend {
        Trend::Rising => 100,
        Trend::Steady => 80,
        Trend::Falling => 60,
    };
    let den = den * 100 * 100;
    let p = (100 * num * impact * trend + den / 2) / den;
    u32::try_from(p.min(100)).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trends_compare_the_halves_of_the_span() {
        assert_eq!(trend(&[]), Trend::Steady);
        assert_eq!(trend(&[5, 5, 5]), Trend::Steady);
        assert_eq!(trend(&[0, 100]), Trend::Steady);
        assert_eq!(trend(&[0, 90, 95, 100]), Trend::Rising);
        assert_eq!(trend(&[0, 1, 2, 100]), Trend::Falling);
        // 3 later against 2 earlier is exactly 1.5×: not rising.
        assert_eq!(trend(&[0, 10, 60, 70, 100]), Trend::Steady);
    }

    #[test]
    fn priority_follows_volume_impact_and_trend() {
        assert_eq!(priority(Pattern::RepeatedFailure, 5, 5, Trend::Steady), 12);
        assert_eq!(priority(Pattern::RepeatedFailure, 20, 5, Trend::Rising), 60);
        assert_eq!(priority(Pattern::RepeatedFailure, 500, 5, Trend::Rising), 60);
        assert_eq!(priority(Pattern::UnmetIntent, 20, 5, Trend::Rising), 90);
        assert_eq!(priority(Pattern::ErrorSpike, 100, 50, Trend::Rising), 100);
        assert_eq!(priority(Pattern::ErrorSpike, 60, 50, Trend::Falling), 36);
        assert!(
            priority(Pattern::GuardRejection, 8, 4, Trend::Rising)
                > priority(Pattern::GuardRejection, 8, 4, Trend::Falling)
        );
    }

    #[test]
    fn a_different_successful_action_on_the_entity_soon_after_is_a_workaround() {
        let row = |cursor: &str, t: u64, action: &str, ok: bool, agent: &str| Row {
            tenant: "t".into(),
            time_ms: t,
            cursor: cursor.into(),
            agent: agent.into(),
            entity_type: Some("Task".into()),
            entity_id: Some("1".into()),
            action: Some(action.into()),
            ok,
            ..Row::default()
        };
        let fail = row("1000.1", 1000, "Close", false, "a");
        let around = |other: Row| Successes::new(&[fail.clone(), other]).worked_around(&fail);
        assert!(around(row("2000.2", 2000, "Cancel", true, "a")));
        // The same action succeeding is a retry, not a way around.
        assert!(!around(row("2000.2", 2000, "Close", true, "a")));
        // Another agent, a failure, too late, or before the failure: no.
        assert!(!around(row("2000.2", 2000, "Cancel", true, "b")));
        assert!(!around(row("2000.2", 2000, "Cancel", false, "a")));
        let late = 1000 + WORKAROUND_WINDOW_MS + 1;
        assert!(!around(row(&format!("{late}.2"), late, "Cancel", true, "a")));
        assert!(around(row(&format!("{}.2", late - 1), late - 1, "Cancel", true, "a")));
        assert!(!around(row("900.0", 900, "Cancel", true, "a")));
        let all = [fail.clone(), row("2000.2", 2000, "Cancel", true, "a"), row("5000.0", 5000, "Close", false, "a")];
        let s = Successes::new(&all);
        assert!(s.mostly_worked_around(&[&all[0], &all[2]]));
        assert!(!s.mostly_worked_around(&[&all[2]]));
    }
}
