//! What one invocation of an integration module may spend, and how the host enforces it: fuel
//! (instructions), linear memory (a `ResourceLimiter` that remembers refusing), wall time (an
//! epoch ticker; HTTP timeouts), and the size of each HTTP response body.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use wasmtime::{Engine, ResourceLimiter};

/// One module's budgets. Every field is per invocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budgets {
    /// Wasm fuel (roughly instructions).
    pub fuel: u64,
    /// Most linear memory, in bytes. A Rust module starts at about 1.1 MiB.
    pub memory_bytes: usize,
    /// Most wall time from instantiation to the answer, waiting on HTTP included.
    pub wall_ms: u64,
    /// Most bytes of one HTTP response body.
    pub max_response_bytes: u64,
}

impl Default for Budgets {
    fn default() -> Self {
        Self { fuel: 1_000_000_000, memory_bytes: 64 << 20, wall_ms: 30_000, max_response_bytes: 1 << 20 }
    }
}

/// Bounds a manifest may set (inclusive); outside them a budget is refused with its range.
pub const FUEL_RANGE: (u64, u64) = (10_000, 1_000_000_000_000);
pub const MEMORY_MB_RANGE: (u64, u64) = (2, 4096);
pub const WALL_MS_RANGE: (u64, u64) = (1, 600_000);
pub const RESPONSE_BYTES_RANGE: (u64, u64) = (1, 1 << 30);

impl Budgets {
    /// Checks every budget is within its range (what `install` accepts).
    pub fn validate(&self) -> Result<(), String> {
        let mem_mb = (self.memory_bytes >> 20) as u64;
        let checks = [
            ("fuel", self.fuel, FUEL_RANGE),
            ("memory_mb", mem_mb, MEMORY_MB_RANGE),
            ("timeout_ms", self.wall_ms, WALL_MS_RANGE),
            ("max_response_bytes", self.max_response_bytes, RESPONSE_BYTES_RANGE),
        ];
        for (name, value, (lo, hi)) in checks {
            if !(lo..=hi).contains(&value) {
                return Err(format!("budget `{name}` = {value} is outside {lo}..={hi}"));
            }
        }
        Ok(())
    }

    pub fn wall(&self) -> Duration {
        Duration::from_millis(self.wall_ms)
    }
}

/// The store's memory limiter: refuses growth beyond the budget and remembers that it did, so a
/// module that then aborts is reported as out of memory rather than as a bare trap.
pub struct Limiter {
    pub memory_bytes: usize,
    pub refused: Arc<AtomicBool>,
}

/// Most table elements a module may have (function tables of Rust modules are small).
const MAX_TABLE_ELEMENTS: usize = 100_000;

impl ResourceLimiter for Limiter {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        if desired > self.memory_bytes {
            self.refused.store(true, Ordering::Relaxed);
            return Ok(false);
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS)
    }
}

/// How often the epoch advances; wall-time deadlines are counted in these ticks.
pub const TICK: Duration = Duration::from_millis(10);

/// The epoch ticker: a thread advancing the engine's epoch every [`TICK`] until dropped.
pub struct Ticker {
    stop: Arc<AtomicBool>,
}

impl Ticker {
    pub fn start(engine: &Engine) -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let (engine, flag) = (engine.clone(), Arc::clone(&stop));
        std::thread::Builder::new().name("temper-integration-epoch".into()).spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(TICK);
                engine.increment_epoch();
            }
        })?;
        Ok(Self { stop })
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Epoch ticks for `wall` (at least one, rounded up).
pub fn ticks(wall: Duration) -> u64 {
    let tick = TICK.as_millis().max(1) as u64;
    (wall.as_millis() as u64).div_ceil(tick).max(1)
}
