//! The host's wall clock, behind the `clock` WIT interface and the drainer: system time plus
//! an offset. Only a server started with `--test-clock` lets an admin advance it (tests and
//! demos of timers); the offset only ever grows, so time never goes backwards.

use std::sync::atomic::{AtomicU64, Ordering};

pub struct Clock {
    offset_ms: AtomicU64,
    adjustable: bool,
    /// Woken when the clock is advanced, so timers that just came due run at once.
    pub advanced: tokio::sync::Notify,
}

impl Clock {
    /// The system clock; `adjustable` enables [`Clock::advance`].
    pub fn new(adjustable: bool) -> Self {
        Self { offset_ms: AtomicU64::new(0), adjustable, advanced: tokio::sync::Notify::new() }
    }

    /// Milliseconds since the Unix epoch, as the platform sees them.
    pub fn now_ms(&self) -> u64 {
        system_ms().saturating_add(self.offset_ms.load(Ordering::Relaxed))
    }

    pub fn adjustable(&self) -> bool {
        self.adjustable
    }

    /// Moves the clock forward by `ms`; returns the new time, or `None` when this clock is the
    /// system clock (the server was not started with `--test-clock`).
    pub fn advance(&self, ms: u64) -> Option<u64> {
        if !self.adjustable {
            return None;
        }
        self.offset_ms.fetch_add(ms, Ordering::Relaxed);
        self.advanced.notify_waiters();
        Some(self.now_ms())
    }

    /// How far the clock is ahead of the system clock.
    pub fn offset_ms(&self) -> u64 {
        self.offset_ms.load(Ordering::Relaxed)
    }
}

fn system_ms() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_test_clock_moves() {
        let c = Clock::new(false);
        assert_eq!(c.advance(1000), None);
        assert_eq!(c.offset_ms(), 0);
        let t = Clock::new(true);
        let before = t.now_ms();
        let after = t.advance(3_600_000).unwrap_or(0);
        assert!(after >= before + 3_600_000);
    }
}
