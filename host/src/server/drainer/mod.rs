//! The drainer: runs the post-commit work the outbox journaled — reactions, wasm integrations
//! and their callbacks, timers, schedules, spawned children — after the action that caused it
//! committed, and again after a restart if the process died first. Each item is dispatched
//! with an `Idempotency-Key` derived from its source event, so a redelivered item is answered
//! from the stored record, never applied twice. Transient failures are retried with backoff;
//! a refusal (the target's guard, Cedar) is final and recorded like any dispatch.
//!
//! The loop wakes when a commit enqueued work, when the clock is advanced, or when the next
//! item comes due; items in flight are never started twice within the process.

mod timer;
pub(crate) mod work;

pub use work::MAX_DEPTH;

use super::Server;
use crate::storage::Backend;
use std::collections::{HashSet, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tokio::sync::{Notify, Semaphore};

/// How many items run at once.
const CONCURRENCY: usize = 16;
/// Items fetched per scan.
const BATCH: u32 = 64;
/// Longest sleep between scans when nothing is known to be due.
const IDLE: Duration = Duration::from_millis(1000);
/// How many finished keys are remembered for `?await_integration=true`.
const REMEMBERED: usize = 4096;

/// Signals between committers, the drainer and waiters.
#[derive(Default)]
pub struct WorkSignals {
    ready: Notify,
    done_changed: Notify,
    done: Mutex<(HashSet<String>, VecDeque<String>)>,
}

impl WorkSignals {
    /// A commit enqueued work.
    pub fn committed(&self) {
        self.ready.notify_one();
    }

    fn finished(&self, key: &str) {
        {
            let mut d = self.done.lock().unwrap_or_else(PoisonError::into_inner);
            if d.0.insert(key.to_string()) {
                d.1.push_back(key.to_string());
                if d.1.len() > REMEMBERED
                    && let Some(old) = d.1.pop_front()
                {
                    d.0.remove(&old);
                }
            }
        }
        self.done_changed.notify_waiters();
    }

    fn all_done(&self, keys: &[String]) -> bool {
        let d = self.done.lock().unwrap_or_else(PoisonError::into_inner);
        keys.iter().all(|k| d.0.contains(k))
    }

    /// Waits until every key's item has run (or `timeout` passed); true if they all ran.
    pub async fn wait_done(&self, keys: &[String], timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let changed = self.done_changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if self.all_done(keys) {
                return true;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return self.all_done(keys);
            }
        }
    }
}

/// Starts the drainer on the current runtime; it runs until the server is dropped.
pub fn spawn(server: Arc<Server>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(run(server))
}

async fn run(server: Arc<Server>) {
    let inflight: Arc<Mutex<HashSet<i64>>> = Arc::default();
    let permits = Arc::new(Semaphore::new(CONCURRENCY));
    loop {
        let s = &server.shared;
        let now = s.clock.now_ms();
        let items = match s.store.pending_work(now, BATCH).await {
            Ok(items) => items,
            Err(e) => {
                tracing::warn!(error = %e, "reading pending work failed");
                tokio::time::sleep(IDLE).await;
                continue;
            }
        };
        let mut started = 0;
        for w in items {
            if !inflight.lock().unwrap_or_else(PoisonError::into_inner).insert(w.id) {
                continue;
            }
            let Ok(permit) = permits.clone().acquire_owned().await else { return };
            started += 1;
            let (server, inflight) = (server.clone(), inflight.clone());
            tokio::spawn(async move {
                let id = w.id;
                work::run(&server, w).await;
                inflight.lock().unwrap_or_else(PoisonError::into_inner).remove(&id);
                drop(permit);
                server.shared.work.ready.notify_one();
            });
        }
        if started > 0 {
            continue;
        }
        // Sleep until the next item is due (on the platform clock), new work is committed, an
        // item finishes, or the clock is advanced.
        let nap = match s.store.next_due().await {
            Ok(Some(due)) if due > now => IDLE.min(Duration::from_millis(due - now)),
            Ok(Some(_)) => Duration::from_millis(20),
            _ => IDLE,
        };
        let ready = s.work.ready.notified();
        let advanced = s.clock.advanced.notified();
        tokio::select! {
            _ = ready => {},
            _ = advanced => {},
            _ = tokio::time::sleep(nap) => {},
        }
    }
}
