//! The evolution component, typed: one instance behind a lock ([`Pure`]). It finds patterns
//! in trajectory rows, compares two versions of a tenant's state machines, and diffs and
//! patches spec files; the host reads the rows and specs and records what comes back.

use crate::runtime::engine::Runtime;
use crate::runtime::pure::{self, Pure};
use anyhow::{Context, Result};

mod bindings {
    wasmtime::component::bindgen!({
        world: "evolution-component",
        path: "../wit/kernel",
    });
}

pub use bindings::exports::temper::kernel::evolution::{
    ActionShape, File, Finding, GuardChange, InsightCategory, Known, Machine, Move, Pattern, Refinement, Thresholds,
    Trajectory, Trend,
};

/// Memory one instance may use: a detection pass over tens of thousands of rows, or a diff of
/// large spec files, stays well under it.
const INSTANCE_MEMORY: usize = 256 << 20;

pub struct EvolutionComponent {
    inner: Pure<bindings::EvolutionComponent>,
}

impl EvolutionComponent {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let pre = bindings::EvolutionComponentPre::new(pure::link(runtime, wasm, "evolution")?)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/evolution")?;
        let inner = Pure::new(&runtime.engine, "evolution", INSTANCE_MEMORY, move |store| pre.instantiate(store));
        Ok(Self { inner })
    }

    /// Loads `evolution.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        Self::new(runtime, &pure::locate("evolution", dir)?).context("loading evolution.wasm")
    }

    /// The patterns in `rows` over `thresholds`, given the observations on record; sorted by
    /// priority (highest first), then key.
    pub fn detect(
        &self,
        rows: &[Trajectory],
        thresholds: Thresholds,
        known: &[Known],
        now_ms: u64,
    ) -> Result<Vec<Finding>> {
        self.inner
            .call(|store, inst| inst.temper_kernel_evolution().call_detect(store, rows, thresholds, known, now_ms))
    }

    /// What changes per entity type from `old` to `new` (unchanged types left out).
    pub fn refine(&self, old: &[Machine], new: &[Machine]) -> Result<Vec<Refinement>> {
        self.inner.call(|store, inst| inst.temper_kernel_evolution().call_refine(store, old, new))
    }

    /// The unified diff from `old` to `new`.
    pub fn diff(&self, old: &[File], new: &[File]) -> Result<String> {
        self.inner.call(|store, inst| inst.temper_kernel_evolution().call_diff(store, old, new))
    }

    /// `files` with `patch` applied, or why it does not apply.
    pub fn apply(&self, files: &[File], patch: &str) -> Result<std::result::Result<Vec<File>, String>> {
        self.inner.call(|store, inst| inst.temper_kernel_evolution().call_apply(store, files, patch))
    }
}
