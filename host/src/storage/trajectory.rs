//! Trajectories: one row per dispatch — an agent's (or the kernel's) attempt to act — with
//! what it asked, what the authorizer and the state machine answered, and how it ended. A
//! dispatch that commits writes its row in the same transaction as its events
//! ([`super::CommitRequest::trajectory`]); one that commits nothing (a denial, a failed guard)
//! is recorded on its own ([`super::Backend::record_trajectory`]).

use super::{Result, StorageError};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// Where a dispatch came from.
pub const ORIGINS: &[&str] = &["request", "integration", "reaction", "timer", "schedule", "spawn", "intent"];

/// Most rows one query returns; the default is [`DEFAULT_TRAJECTORY_LIMIT`].
pub const MAX_TRAJECTORY_LIMIT: u32 = 1000;
pub const DEFAULT_TRAJECTORY_LIMIT: u32 = 100;

/// One dispatch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct TrajectoryRow {
    /// Unique (e.g. the request id).
    pub id: String,
    pub tenant: String,
    pub time_ms: u64,
    /// The principal's Cedar uid, e.g. `Agent::"bot-1"`.
    pub agent: String,
    pub session: Option<String>,
    /// One of [`ORIGINS`].
    pub origin: String,
    pub correlation_id: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub action: Option<String>,
    /// JSON text.
    pub params: Option<String>,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub ok: bool,
    pub http_status: u16,
    pub error: Option<String>,
    /// e.g. `EntitySetNotFound`, `AuthorizationDenied`, `GuardFailed`.
    pub error_code: Option<String>,
    /// `allow` or `deny`.
    pub authz_decision: Option<String>,
    /// The ids of the policies that decided.
    pub policies: Vec<String>,
    pub decision_id: Option<String>,
}

/// Where the next page of a trajectory query starts: rows are ordered newest first by
/// `(time_ms, position)`, `position` being the order rows were recorded in. Written
/// `<time_ms>.<position>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TrajectoryCursor {
    pub time_ms: u64,
    pub position: u64,
}

impl fmt::Display for TrajectoryCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.time_ms, self.position)
    }
}

impl FromStr for TrajectoryCursor {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let bad = || format!("`{s}` is not a cursor: pass the `next` of the previous page (`<time_ms>.<position>`)");
        let (t, p) = s.split_once('.').ok_or_else(bad)?;
        Ok(Self { time_ms: t.parse().map_err(|_| bad())?, position: p.parse().map_err(|_| bad())? })
    }
}

/// A trajectory query: `tenant` is required, every other filter is optional and they all
/// must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrajectoryQuery {
    pub tenant: String,
    pub agent: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub action: Option<String>,
    pub origin: Option<String>,
    /// Only rows with `ok == false`.
    pub failed_only: bool,
    /// `time_ms >= since_ms`.
    pub since_ms: Option<u64>,
    /// `time_ms < until_ms`.
    pub until_ms: Option<u64>,
    pub correlation_id: Option<String>,
    /// 0 means [`DEFAULT_TRAJECTORY_LIMIT`]; at most [`MAX_TRAJECTORY_LIMIT`].
    pub limit: u32,
    /// Continue after this row (the previous page's `next`).
    pub after: Option<TrajectoryCursor>,
}

impl TrajectoryQuery {
    pub fn new(tenant: impl Into<String>) -> Self {
        Self { tenant: tenant.into(), ..Self::default() }
    }

    /// The page size actually used.
    pub fn effective_limit(&self) -> u32 {
        match self.limit {
            0 => DEFAULT_TRAJECTORY_LIMIT,
            n => n.min(MAX_TRAJECTORY_LIMIT),
        }
    }

    /// Whether `row` (recorded at `position`) passes every filter, the cursor included.
    pub fn matches(&self, row: &TrajectoryRow, position: u64) -> bool {
        fn eq(want: &Option<String>, have: &str) -> bool {
            want.as_deref().is_none_or(|w| w == have)
        }
        fn eq_opt(want: &Option<String>, have: &Option<String>) -> bool {
            want.as_ref().is_none_or(|w| have.as_ref() == Some(w))
        }
        row.tenant == self.tenant
            && eq(&self.agent, &row.agent)
            && eq_opt(&self.entity_type, &row.entity_type)
            && eq_opt(&self.entity_id, &row.entity_id)
            && eq_opt(&self.action, &row.action)
            && eq(&self.origin, &row.origin)
            && eq(&self.correlation_id, &row.correlation_id)
            && !(self.failed_only && row.ok)
            && self.since_ms.is_none_or(|s| row.time_ms >= s)
            && self.until_ms.is_none_or(|u| row.time_ms < u)
            && self.after.is_none_or(|c| TrajectoryCursor { time_ms: row.time_ms, position } < c)
    }
}

/// One page of a trajectory query, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrajectoryPage {
    pub rows: Vec<TrajectoryRow>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<TrajectoryCursor>,
}

/// Validates a row the same way in every backend.
pub fn validate_trajectory(row: &TrajectoryRow) -> Result<()> {
    if row.id.is_empty() || row.tenant.is_empty() {
        return Err(StorageError::Invalid("a trajectory row needs an id and a tenant".into()));
    }
    if !ORIGINS.contains(&row.origin.as_str()) {
        return Err(StorageError::Invalid(format!(
            "trajectory origin `{}` is not one of {}",
            row.origin,
            ORIGINS.join(", ")
        )));
    }
    if let Some(p) = &row.params
        && serde_json::from_str::<serde_json::Value>(p).is_err()
    {
        return Err(StorageError::Invalid("trajectory params must be JSON text".into()));
    }
    if row.time_ms > i64::MAX as u64 {
        return Err(StorageError::Invalid("trajectory time_ms is out of range".into()));
    }
    Ok(())
}

/// The error both backends give for a trajectory id recorded twice.
pub fn duplicate_trajectory(id: &str) -> StorageError {
    StorageError::Invalid(format!("trajectory `{id}` was already recorded"))
}
