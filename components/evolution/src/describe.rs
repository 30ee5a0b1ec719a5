//! A group of rows over its threshold, as a [`Finding`]: its evidence (the newest
//! [`MAX_EVIDENCE`] cursors), agents (all distinct agents of its rows, sorted), time span,
//! the platform API query that lists the rows, one sentence for humans, and its weight
//! ([`crate::score`]).

use crate::classify::{self, Class};
use crate::detect::{Category, Finding, MAX_EVIDENCE, Pattern, Row};
use crate::score::{self, Successes};
use std::collections::BTreeMap;

/// Longest quote of an agent's words in a statement.
const MAX_QUOTE: usize = 120;

/// The finding for `rows` (oldest first, at least one) of one pattern and subject.
pub fn finding(
    key: String,
    known: bool,
    class: Class,
    rows: &[&Row],
    observed: u32,
    threshold: u32,
    successes: &Successes<'_>,
) -> Finding {
    let times: Vec<u64> = rows.iter().map(|r| r.time_ms).collect();
    let trend = score::trend(&times);
    let tenant = rows.first().map(|r| r.tenant.clone()).unwrap_or_default();
    let agents = agents(rows);
    let intents = rows.iter().filter(|r| classify::is_intent(r)).count();
    let mut q = Query::new();
    if intents == 0 {
        q.push("failed", "true");
    } else if intents == rows.len() {
        q.push("origin", "intent");
    }
    if let Some(t) = &class.entity_type {
        q.push("entity_type", t);
    }
    if let Some(a) = &class.action {
        q.push("action", a);
    }
    let (first_ms, last_ms) = span(rows);
    q.common(&agents, first_ms, last_ms);
    let category = match class.pattern {
        Pattern::UnmetIntent => Category::UnmetIntent,
        _ if successes.mostly_worked_around(rows) => Category::Workaround,
        _ => Category::Friction,
    };
    let error_code = most_common_code(rows);
    let statement = statement(&class, rows, &agents, intents);
    Finding {
        key,
        known,
        pattern: class.pattern,
        tenant: tenant.clone(),
        priority: score::priority(class.pattern, observed, threshold, trend),
        subject: class.subject,
        entity_type: class.entity_type,
        entity_set: class.entity_set,
        action: class.action,
        agent_type: class.agent_type,
        clause: class.clause,
        error_code,
        observed,
        threshold,
        evidence: evidence(rows),
        agents,
        first_ms,
        last_ms,
        evidence_query: q.url(&tenant),
        statement,
        category,
        trend,
    }
}

/// The cursors of the newest rows (of `rows`, oldest first), newest first.
pub fn evidence(rows: &[&Row]) -> Vec<String> {
    rows.iter().rev().take(MAX_EVIDENCE).map(|r| r.cursor.clone()).collect()
}

/// The distinct agents of `rows`, sorted.
pub fn agents(rows: &[&Row]) -> Vec<String> {
    let mut a: Vec<String> = rows.iter().map(|r| r.agent.clone()).collect();
    a.sort_unstable();
    a.dedup();
    a
}

/// The earliest and latest time of `rows`.
pub fn span(rows: &[&Row]) -> (u64, u64) {
    let first = rows.iter().map(|r| r.time_ms).min().unwrap_or(0);
    let last = rows.iter().map(|r| r.time_ms).max().unwrap_or(0);
    (first, last)
}

/// The most frequent error code of `rows` (the first by name on a tie), if any has one.
fn most_common_code(rows: &[&Row]) -> Option<String> {
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    for c in rows.iter().filter_map(|r| r.error_code.as_deref()) {
        *n.entry(c).or_default() += 1;
    }
    let best = n.values().copied().max()?;
    n.into_iter().find(|&(_, k)| k == best).map(|(c, _)| c.to_string())
}

/// One sentence: what happened, how often, to whom.
fn statement(class: &Class, rows: &[&Row], agents: &[String], intents: usize) -> String {
    let (first, last) = span(rows);
    let lasting = within(last - first);
    let how = format!("{} {lasting}", times(rows.len()));
    let thing = class.entity_type.as_deref().or(class.entity_set.as_deref()).unwrap_or("?");
    let what = match &class.action {
        Some(a) => format!("{thing}.{a}"),
        None => thing.to_string(),
    };
    let who = who(agents);
    let refused = requests(rows.len());
    match class.pattern {
        Pattern::RepeatedFailure => {
            let code = rows.first().map(|r| classify::failure_code(r)).unwrap_or_default();
            format!("{what} failed with {code} {how}, for {who}.")
        }
        Pattern::GuardRejection => match &class.clause {
            Some(c) => format!("The guard clause `{c}` of {what} refused {refused} {lasting}, from {who}."),
            None => format!("The guard of {what} refused {refused} {lasting}, from {who}."),
        },
        Pattern::AuthzDenial => {
            let agents_of = class
                .agent_type
                .as_deref()
                .map_or_else(|| "Agents without an agent type".to_string(), |t| format!("Agents of type {t}"));
            let action = class.action.as_deref().unwrap_or("access");
            format!("{agents_of} were denied {action} on {thing} {how}: {who}.")
        }
        Pattern::UnmetIntent => {
            let tenant = rows.first().map_or("", |r| r.tenant.as_str());
            let reported = match intents {
                n if n == 0 || n == rows.len() => String::new(),
                n => format!(" ({n} of them reported as intents)"),
            };
            let has = |code: &str| rows.iter().any(|r| r.error_code.as_deref() == Some(code));
            if has(classify::ENTITY_SET_NOT_FOUND) {
                let set = class.entity_set.as_deref().unwrap_or(&class.subject);
                format!(
                    "Requests named the entity set {set}, which tenant {tenant} does not have, {how}, from {who}{reported}."
                )
            } else if has(classify::ACTION_NOT_FOUND) {
                let action = class.action.as_deref().unwrap_or("?");
                format!(
                    "Requests called the action {action}, which {thing} does not have, {how}, from {who}{reported}."
                )
            } else {
                let latest = rows.last().and_then(|r| r.error.as_deref()).map(quote).unwrap_or_default();
                let latest = if latest.is_empty() { String::new() } else { format!("; the latest said: \"{latest}\"") };
                format!("Agents reported wanting {} {how}, from {who}{latest}.", class.subject)
            }
        }
        Pattern::ErrorSpike => format!("{what} failed {how}, for {who}."),
    }
}

/// `once`, `twice`, `N times`.
pub fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

fn requests(n: usize) -> String {
    if n == 1 { "1 request".into() } else { format!("{n} requests") }
}

/// A span of time, roughly: `within 3 min`.
pub fn within(ms: u64) -> String {
    let s = ms.div_ceil(1000);
    match s {
        0 => "at the same moment".into(),
        1..60 => format!("within {s} s"),
        60..3600 => format!("within {} min", s.div_ceil(60)),
        3600..86_400 => format!("within {} h", s.div_ceil(3600)),
        _ => format!("within {} days", s.div_ceil(86_400)),
    }
}

/// The agents, the first three by name: `1 agent (A)`, `4 agents (A, B, C and 1 more)`.
pub fn who(agents: &[String]) -> String {
    let shown = agents.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    match agents.len() {
        0 => "no known agent".into(),
        1 => format!("1 agent ({shown})"),
        n if n <= 3 => format!("{n} agents ({shown})"),
        n => format!("{n} agents ({shown} and {} more)", n - 3),
    }
}

/// An agent's words on one line, at most [`MAX_QUOTE`] characters.
fn quote(text: &str) -> String {
    let one = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut q: String = one.chars().take(MAX_QUOTE).collect();
    if one.chars().count() > MAX_QUOTE {
        q.push('…');
    }
    q.replace('"', "'")
}

/// A query of `GET /api/tenants/{tenant}/trajectories`.
pub struct Query {
    params: Vec<(&'static str, String)>,
}

impl Query {
    pub fn new() -> Self {
        Self { params: Vec::new() }
    }

    pub fn push(&mut self, name: &'static str, value: &str) {
        self.params.push((name, value.to_string()));
    }

    /// The agent when there is exactly one, and the time range `[first, last]` (`until` is
    /// exclusive).
    pub fn common(&mut self, agents: &[String], first_ms: u64, last_ms: u64) {
        if let [agent] = agents {
            self.push("agent", agent);
        }
        self.push("since", &first_ms.to_string());
        self.push("until", &last_ms.saturating_add(1).to_string());
    }

    pub fn url(&self, tenant: &str) -> String {
        let q: Vec<String> = self.params.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("/api/tenants/{}/trajectories?{}", encode(tenant), q.join("&"))
    }
}

impl Default for Query {
    fn default() -> Self {
        Self::new()
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_percent_encoded() {
        assert_eq!(encode("Agent::\"bot 1\"/é"), "Agent%3A%3A%22bot%201%22%2F%C3%A9");
        let mut q = Query::new();
        q.push("failed", "true");
        q.common(&["Agent::\"a\"".into()], 5, 9);
        assert_eq!(
            q.url("acme co"),
            "/api/tenants/acme%20co/trajectories?failed=true&agent=Agent%3A%3A%22a%22&since=5&until=10"
        );
    }

    #[test]
    fn words_for_people() {
        assert_eq!(within(0), "at the same moment");
        assert_eq!(within(1), "within 1 s");
        assert_eq!(within(90_000), "within 2 min");
        assert_eq!(within(7_200_000), "within 2 h");
        assert_eq!(times(2), "twice");
        let a: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
        assert_eq!(who(&a), "4 agents (a, b, c and 1 more)");
        assert_eq!(who(&a[..1]), "1 agent (a)");
    }
}
