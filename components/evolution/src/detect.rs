//! Pattern detection over trajectory rows: the types, and the pass that groups rows by pattern
//! and subject, applies what is already on record (`known`), and turns each group over its
//! threshold into a [`Finding`].
//!
//! Each failed row belongs to at most one pattern ([`crate::classify`] decides which), so one
//! cause is never reported twice; the error-rate spike ([`crate::spike`]) reads every row of a
//! tenant on its own. How a finding is scored and described lives in [`crate::describe`].
//!
//! Known keys: an open one comes back with `known = true` (counted over all its rows), a
//! closed one only from its rows after `closed-at-ms`, as a new observation (`known = false`);
//! either way a finding needs its threshold. A key both open and closed in `known` is open.
//! A finding's `agents` are the distinct agents of all its rows, not only of the newest 20.

use crate::classify::{self, Class};
use crate::describe;
use crate::score::Successes;
use std::collections::BTreeMap;

/// One trajectory row, as detection reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub tenant: String,
    pub time_ms: u64,
    /// `<time_ms>.<position>`.
    pub cursor: String,
    pub agent: String,
    pub agent_type: Option<String>,
    pub origin: String,
    pub entity_type: Option<String>,
    pub entity_set: Option<String>,
    pub entity_id: Option<String>,
    pub action: Option<String>,
    pub ok: bool,
    pub http_status: u16,
    pub error: Option<String>,
    pub error_code: Option<String>,
    pub authz_decision: Option<String>,
}

impl Row {
    /// The row's place among its tenant's rows: time, then the cursor's position (rows whose
    /// cursor does not parse sort by its text after those that do, at the same time).
    pub fn order(&self) -> (u64, u64, &str) {
        let position = self.cursor.split_once('.').and_then(|(_, p)| p.parse::<u64>().ok()).unwrap_or(u64::MAX);
        (self.time_ms, position, &self.cursor)
    }
}

/// When a pattern becomes an observation (see the WIT's `thresholds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    pub repeated_failures: u32,
    pub guard_rejections: u32,
    pub authz_denials: u32,
    pub unmet_intents: u32,
    pub spike_min_requests: u32,
    pub spike_rate_percent: u32,
    pub spike_factor_percent: u32,
    pub spike_window_ms: u64,
}

/// An observation on record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub key: String,
    pub open: bool,
    pub closed_at_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pattern {
    RepeatedFailure,
    GuardRejection,
    AuthzDenial,
    UnmetIntent,
    ErrorSpike,
}

impl Pattern {
    /// The name used in keys, as the WIT spells the case.
    pub fn name(self) -> &'static str {
        match self {
            Self::RepeatedFailure => "repeated-failure",
            Self::GuardRejection => "guard-rejection",
            Self::AuthzDenial => "authz-denial",
            Self::UnmetIntent => "unmet-intent",
            Self::ErrorSpike => "error-spike",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    UnmetIntent,
    Friction,
    Workaround,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Rising,
    Steady,
    Falling,
}

/// A pattern over its threshold (see the WIT's `finding`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub key: String,
    pub known: bool,
    pub pattern: Pattern,
    pub tenant: String,
    pub subject: String,
    pub entity_type: Option<String>,
    pub entity_set: Option<String>,
    pub action: Option<String>,
    pub agent_type: Option<String>,
    pub clause: Option<String>,
    pub error_code: Option<String>,
    pub observed: u32,
    pub threshold: u32,
    pub evidence: Vec<String>,
    pub agents: Vec<String>,
    pub first_ms: u64,
    pub last_ms: u64,
    pub evidence_query: String,
    pub statement: String,
    pub category: Category,
    pub trend: Trend,
    pub priority: u32,
}

/// Most cursors a finding carries as evidence.
pub const MAX_EVIDENCE: usize = 20;

/// The key of a pattern's subject in a tenant.
pub fn key(pattern: Pattern, tenant: &str, subject: &str) -> String {
    format!("{}:{tenant}:{subject}", pattern.name())
}

/// What the record says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    /// Not on record: a new observation.
    New,
    /// Open: the finding updates it (`known = true`), from all rows.
    Open,
    /// Closed at this time: only later rows count, towards a new observation.
    ClosedAt(u64),
}

/// The record of every key in `known`: open wins over closed, the latest close counts.
pub fn records(known: &[Known]) -> BTreeMap<&str, Record> {
    let mut out: BTreeMap<&str, Record> = BTreeMap::new();
    for k in known {
        let entry = out.entry(k.key.as_str()).or_insert(Record::New);
        *entry = match (*entry, k.open) {
            (_, true) | (Record::Open, false) => Record::Open,
            (Record::ClosedAt(t), false) => Record::ClosedAt(t.max(k.closed_at_ms)),
            (Record::New, false) => Record::ClosedAt(k.closed_at_ms),
        };
    }
    out
}

/// Whether a row counts under a key's record.
pub fn counts(record: Record, row: &Row) -> bool {
    match record {
        Record::New | Record::Open => true,
        Record::ClosedAt(t) => row.time_ms > t,
    }
}

/// The patterns in `rows` over `th`, given `known`; sorted by priority (highest first), then key.
pub fn detect(rows: &[Row], th: &Thresholds, known: &[Known], now_ms: u64) -> Vec<Finding> {
    let record = records(known);
    let record_of = |key: &str| record.get(key).copied().unwrap_or(Record::New);
    let mut groups: BTreeMap<String, (Class, Vec<&Row>)> = BTreeMap::new();
    for row in rows {
        let Some(class) = classify::classify(row) else { continue };
        let k = key(class.pattern, &row.tenant, &class.subject);
        if !counts(record_of(&k), row) {
            continue;
        }
        groups.entry(k).or_insert_with(|| (class, Vec::new())).1.push(row);
    }
    let successes = Successes::new(rows);
    let mut findings = Vec::new();
    for (k, (class, mut group)) in groups {
        let threshold = match class.pattern {
            Pattern::RepeatedFailure => th.repeated_failures,
            Pattern::GuardRejection => th.guard_rejections,
            Pattern::AuthzDenial => th.authz_denials,
            Pattern::UnmetIntent | Pattern::ErrorSpike => th.unmet_intents,
        };
        let observed = u32::try_from(group.len()).unwrap_or(u32::MAX);
        if observed < threshold {
            continue;
        }
        group.sort_by(|a, b| a.order().cmp(&b.order()));
        let known = record_of(&k) == Record::Open;
        findings.push(describe::finding(k, known, class, &group, observed, threshold, &successes));
    }
    let mut tenants: Vec<&str> = rows.iter().map(|r| r.tenant.as_str()).collect();
    tenants.sort_unstable();
    tenants.dedup();
    for tenant in tenants {
        let k = key(Pattern::ErrorSpike, tenant, crate::spike::SUBJECT);
        let rec = record_of(&k);
        let mine: Vec<&Row> = rows.iter().filter(|r| r.tenant == tenant && counts(rec, r)).collect();
        if let Some(f) = crate::spike::spike(k, rec == Record::Open, tenant, &mine, th, now_ms) {
            findings.push(f);
        }
    }
    findings.sort_by(|a, b| b.priority.cmp(&a.priority).then_with(|| a.key.cmp(&b.key)));
    findings
}

#[cfg(test)]
#[path = "detect_tests.rs"]
mod tests;
