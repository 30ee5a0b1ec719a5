//! The evolution loop's host side: what agents failed to do becomes records of the platform
//! tenant (`temper-system`), proposals are verified, and approved changes go live through the
//! same deployment gate as any spec submission. The logic that can be pure — pattern
//! detection, the refinement between two spec versions, spec diffs — is the `evolution`
//! component (`components/evolution`); this module reads storage, runs the cascade, and
//! writes every record through the OData component as `System::"evolution"` (or as the human
//! who decides), so each write is a Cedar-authorized, journaled dispatch.
//!
//! - [`runner`]: trajectories → observations, problems and insights (on a schedule and on
//!   demand).
//! - [`proposals`]: an agent's analysis with a spec diff → verification → a pending decision.
//! - [`decide`]: approve / reject / defer, and the deployment of approved changes (also those
//!   approved straight through OData, found by [`decide::sweep`]).

pub mod decide;
pub mod proposals;
pub mod records;
pub mod runner;

use crate::runtime::evolution::{EvolutionComponent, Thresholds};
use std::time::Duration;

/// The platform tenant holding the records (the bundled app `apps/temper-system`).
pub const TENANT: &str = "temper-system";

/// The principal the runner and the deployer act as.
pub const PRINCIPAL: &str = "evolution";

/// How the runner looks at trajectories.
#[derive(Debug, Clone)]
pub struct Config {
    pub thresholds: Thresholds,
    /// Only rows this recent are read.
    pub window: Duration,
    /// How often the runner runs by itself (`None`: only on demand).
    pub interval: Option<Duration>,
    /// Most rows read per tenant and run.
    pub max_rows: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            thresholds: Thresholds {
                repeated_failures: 5,
                guard_rejections: 3,
                authz_denials: 3,
                unmet_intents: 3,
                spike_min_requests: 20,
                spike_rate_percent: 50,
                spike_factor_percent: 200,
                spike_window_ms: 5 * 60 * 1000,
            },
            window: Duration::from_secs(24 * 3600),
            interval: Some(Duration::from_secs(60)),
            max_rows: 20_000,
        }
    }
}

/// The evolution component and the runner's configuration, shared by the server.
pub struct Evolution {
    pub component: Option<EvolutionComponent>,
    pub config: Config,
    /// One run (or deployment) at a time: records are read, then written.
    pub lock: tokio::sync::Mutex<()>,
}

impl Evolution {
    pub fn new(component: Option<EvolutionComponent>, config: Config) -> Self {
        Self { component, config, lock: tokio::sync::Mutex::new(()) }
    }

    /// The component, or why there is none.
    pub fn component(&self) -> Result<&EvolutionComponent, String> {
        self.component.as_ref().ok_or_else(|| {
            "the evolution component is not loaded: build it with `cargo xtask components` (evolution.wasm)".to_string()
        })
    }
}

/// A short id suffix: the first 10 hex digits of sha256 over `parts`.
pub fn short_id(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    hex::encode(h.finalize())[..10].to_string()
}

/// Milliseconds since the epoch on the platform clock.
pub fn now_ms(server: &crate::server::Server) -> u64 {
    server.shared.clock.now_ms()
}
