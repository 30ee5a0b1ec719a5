//! Storage commits as operations see them: a span per commit (tenant, stream, events, outbox
//! items, the seq it reached or why it was refused) around the wait for the group-commit
//! writer, and the commit, refusal and trajectory counters.

use super::metrics::metrics;
use crate::storage::{CommitRequest, StorageError};
use std::time::Instant;
use tracing::Span;
use tracing::field::Empty;

/// A commit on its way to the writer.
pub struct CommitObs {
    pub span: Span,
    tenant: String,
    /// The origin of the trajectory row the commit carries, if any.
    trajectory: Option<String>,
    started: Instant,
}

impl CommitObs {
    pub fn start(req: &CommitRequest) -> Self {
        let s = &req.stream;
        let span = tracing::info_span!(
            "storage.commit",
            otel.status_code = Empty,
            temper.tenant = %s.tenant,
            temper.stream = %format_args!("{}/{}/{}", s.tenant, s.entity_type, s.entity_id),
            temper.expected_seq = req.expected_seq,
            temper.events = req.events.len(),
            temper.outbox = req.outbox.len(),
            temper.seq = Empty,
            error.type = Empty,
        );
        Self {
            span,
            tenant: s.tenant.clone(),
            trajectory: req.trajectory.as_ref().map(|t| t.origin.clone()),
            started: Instant::now(),
        }
    }

    /// Records how the commit ended.
    pub fn finish(self, r: &Result<u64, StorageError>) {
        let m = metrics();
        match r {
            Ok(seq) => {
                self.span.record("temper.seq", seq);
                m.commits.get(self.tenant).inc();
                m.commit_duration.get(()).observe(self.started.elapsed());
                if let Some(origin) = self.trajectory {
                    m.trajectories.get(origin).inc();
                }
            }
            Err(e) => {
                let reason = match e {
                    StorageError::Conflict(_) => "conflict",
                    StorageError::NotFound => "not_found",
                    StorageError::Invalid(_) => "invalid",
                    StorageError::Unavailable(_) => "unavailable",
                };
                self.span.record("error.type", reason);
                // A conflict is the optimistic-concurrency answer a caller retries, not a fault.
                if reason != "conflict" {
                    self.span.record("otel.status_code", "ERROR");
                }
                m.commit_errors.get((self.tenant, reason)).inc();
            }
        }
    }
}

/// A trajectory row written on its own (a dispatch that committed nothing).
pub fn trajectory_recorded(origin: &str) {
    metrics().trajectories.get(origin.to_string()).inc();
}
