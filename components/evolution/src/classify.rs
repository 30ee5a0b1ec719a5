//! Which pattern one row belongs to, and its subject. A row belongs to at most one pattern,
//! the first that applies in this order, so one cause is not reported twice:
//!
//! 1. **unmet-intent**: the row asked for something the specs lack — error code
//!    `EntitySetNotFound` (subject: the set), `ActionNotFound` (subject: `Type.Action`) — or
//!    is an agent's reported intent (origin `intent` or code `UnmetIntent`, counted whether or
//!    not the row is marked failed; subject `Type.Action`, `Type`, or the agent's words when
//!    it named neither). An intent for `Task.Archive` and a call of the missing action
//!    `Task.Archive` are one subject.
//! 2. **authz-denial**: a failed row with code `AuthorizationDenied` or decision `deny`
//!    (subject `<agent type>: <action> <resource type>`, `untyped` without an agent type).
//! 3. **guard-rejection**: a failed row with code `GuardRejected` (or `GuardFailed`), or
//!    whose message says `guard clause `…` is false` (subject `Type.Action [guard: clause]`).
//! 4. **repeated-failure**: every other failed row, by entity type, action and error code
//!    (`ActionNotAllowed`, `InvariantViolated`, bad parameters, server errors…; subject
//!    `Type.Action (Code)`, `HTTP <status>` standing in for a missing code).
//!
//! Successful rows belong to no pattern (they still count for spikes and workarounds).

use crate::detect::{Pattern, Row};

/// A row's pattern, subject and the facts of that subject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub pattern: Pattern,
    pub subject: String,
    pub entity_type: Option<String>,
    pub entity_set: Option<String>,
    pub action: Option<String>,
    pub agent_type: Option<String>,
    pub clause: Option<String>,
}

pub const ENTITY_SET_NOT_FOUND: &str = "EntitySetNotFound";
pub const ACTION_NOT_FOUND: &str = "ActionNotFound";
pub const UNMET_INTENT: &str = "UnmetIntent";
pub const AUTHORIZATION_DENIED: &str = "AuthorizationDenied";
pub const GUARD_CODES: &[&str] = &["GuardRejected", "GuardFailed"];

/// Longest subject taken from an agent's own words.
const MAX_WORDS: usize = 60;

/// Whether the row is an agent's reported intent.
pub fn is_intent(row: &Row) -> bool {
    row.origin == "intent" || row.error_code.as_deref() == Some(UNMET_INTENT)
}

/// The row's pattern and subject, or `None` for a row that belongs to none.
pub fn classify(row: &Row) -> Option<Class> {
    let code = row.error_code.as_deref();
    let thing = row.entity_type.clone().or_else(|| row.entity_set.clone());
    let thing_name = thing.clone().unwrap_or_else(|| "?".into());
    let base = Class {
        pattern: Pattern::UnmetIntent,
        subject: String::new(),
        entity_type: row.entity_type.clone(),
        entity_set: row.entity_set.clone(),
        action: row.action.clone(),
        agent_type: None,
        clause: None,
    };
    if is_intent(row) {
        let subject = match (&thing, &row.action) {
            (Some(t), Some(a)) => format!("{t}.{a}"),
            (Some(t), None) => t.clone(),
            (None, Some(a)) => format!("?.{a}"),
            (None, None) => words(row.error.as_deref().unwrap_or("")),
        };
        return Some(Class { subject, ..base });
    }
    if row.ok {
        return None;
    }
    if code == Some(ENTITY_SET_NOT_FOUND) {
        let set = row.entity_set.clone().or_else(|| row.entity_type.clone());
        let subject = set.clone().unwrap_or_else(|| "?".into());
        return Some(Class { subject, entity_set: set, entity_type: None, ..base });
    }
    if code == Some(ACTION_NOT_FOUND) {
        let subject = format!("{thing_name}.{}", row.action.as_deref().unwrap_or("?"));
        return Some(Class { subject, ..base });
    }
    if code == Some(AUTHORIZATION_DENIED) || row.authz_decision.as_deref() == Some("deny") {
        let agent_type = row.agent_type.as_deref().unwrap_or("untyped");
        let action = row.action.as_deref().unwrap_or("access");
        let subject = format!("{agent_type}: {action} {thing_name}");
        return Some(Class { pattern: Pattern::AuthzDenial, subject, agent_type: row.agent_type.clone(), ..base });
    }
    let clause = row.error.as_deref().and_then(guard_clause);
    if code.is_some_and(|c| GUARD_CODES.contains(&c)) || clause.is_some() {
        let guard = clause.as_deref().map_or_else(|| "[guard]".to_string(), |c| format!("[guard: {c}]"));
        let subject = format!("{thing_name}.{} {guard}", row.action.as_deref().unwrap_or("?"));
        return Some(Class { pattern: Pattern::GuardRejection, subject, clause, ..base });
    }
    let code = failure_code(row);
    let subject = match &row.action {
        Some(a) => format!("{thing_name}.{a} ({code})"),
        None => format!("{thing_name} ({code})"),
    };
    Some(Class { pattern: Pattern::RepeatedFailure, subject, ..base })
}

/// The row's error code, or `HTTP <status>` when it has none.
pub fn failure_code(row: &Row) -> String {
    row.error_code.clone().unwrap_or_else(|| format!("HTTP {}", row.http_status))
}

/// The clause of a message like ``… guard clause `assignee != ''` is false (guard: …)``.
pub fn guard_clause(message: &str) -> Option<String> {
    const START: &str = "guard clause `";
    let rest = &message[message.find(START)? + START.len()..];
    let end = rest.find("` is false").or_else(|| rest.find('`'))?;
    let clause = rest[..end].trim();
    (!clause.is_empty()).then(|| clause.to_string())
}

/// An agent's words as a stable subject: lower case, single spaces, no trailing punctuation,
/// at most [`MAX_WORDS`] characters.
pub fn words(text: &str) -> String {
    let lower = text.to_lowercase();
    let joined = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = joined.chars().take(MAX_WORDS).collect();
    let trimmed = cut.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    if trimmed.is_empty() { "(unspecified)".to_string() } else { trimmed.to_string() }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn failed(code: &str) -> Row {
        Row {
            tenant: "acme".into(),
            origin: "request".into(),
            entity_type: Some("Task".into()),
            action: Some("Start".into()),
            http_status: 409,
            error_code: Some(code.into()),
            ..Row::default()
        }
    }

    #[test]
    fn the_clause_is_read_from_the_message() {
        let m = "`Start` refused: guard clause `assignee != ''` is false (guard: `assignee != '' && x`)";
        assert_eq!(guard_clause(m).as_deref(), Some("assignee != ''"));
        assert_eq!(guard_clause("guard clause `a`b` is false").as_deref(), Some("a`b"));
        assert_eq!(guard_clause("no clause here"), None);
        assert_eq!(guard_clause("guard clause `` is false"), None);
    }

    #[test]
    fn each_row_gets_one_pattern_and_a_stable_subject() {
        let mut g = failed("GuardRejected");
        g.error = Some("`Start` refused: guard clause `assignee != ''` is false (guard: `g`)".into());
        let c = classify(&g).unwrap();
        assert_eq!((c.pattern, c.subject.as_str()), (Pattern::GuardRejection, "Task.Start [guard: assignee != '']"));
        assert_eq!(c.clause.as_deref(), Some("assignee != ''"));

        let c = classify(&failed("InvariantViolated")).unwrap();
        assert_eq!((c.pattern, c.subject.as_str()), (Pattern::RepeatedFailure, "Task.Start (InvariantViolated)"));

        let mut d = failed("AuthorizationDenied");
        d.agent_type = Some("planner".into());
        d.action = Some("delete".into());
        let c = classify(&d).unwrap();
        assert_eq!((c.pattern, c.subject.as_str()), (Pattern::AuthzDenial, "planner: delete Task"));

        let mut s = failed(ENTITY_SET_NOT_FOUND);
        (s.entity_type, s.entity_set, s.action) = (None, Some("Invoices".into()), None);
        let c = classify(&s).unwrap();
        assert_eq!((c.pattern, c.subject.as_str()), (Pattern::UnmetIntent, "Invoices"));

        let mut i = failed(UNMET_INTENT);
        (i.origin, i.entity_type, i.action) = ("intent".into(), None, None);
        i.error = Some("  I wanted to ARCHIVE   old tasks!! ".into());
        assert_eq!(classify(&i).unwrap().subject, "i wanted to archive old tasks");

        let mut ok = failed("GuardRejected");
        ok.ok = true;
        assert_eq!(classify(&ok), None);
        let mut none = failed("x");
        none.error_code = None;
        assert_eq!(classify(&none).unwrap().subject, "Task.Start (HTTP 409)");
    }
}
