//! L2 of the verification cascade: deterministic multi-entity simulation with seeded fault
//! injection, against the production interpreter component and the in-memory storage backend.
//!
//! Per seed, simulated agents drive several entities of each type concurrently through a
//! simulated network to a simulated server that commits through the real `Backend`; post-commit
//! work (timers, schedules, spawns, entity triggers, wasm integrations answered by a simulated
//! service) is delivered at least once by a drainer and applied at most once by its idempotency
//! key. Faults: delayed, dropped and duplicated messages, server crashes (all in-memory state
//! lost; the store survives) and agent crashes (the agent stops for good). Checks: every
//! committed state keeps every invariant (`check-state`), the store replays to its projection,
//! nothing acknowledged is lost, post-commit work applies once, and after a quiescent wind-down
//! every `[[liveness]]` property holds for every entity.
//!
//! Determinism: a run is a pure function of (specs, options, seed) — one PRNG, one virtual
//! clock, one ordered event queue, no wall clock, no hash-map iteration — so
//! `temper-host verify <files> --level L2 --seed N` replays a counterexample exactly.

mod agent;
mod check;
pub mod model;
mod report;
pub mod rng;
mod server;
mod shrink;
mod work;
mod world;

use super::report::LevelReport;
use crate::runtime::frontend::SpecModel;
use crate::runtime::interpreter::Interpreter;
use anyhow::{Result, anyhow};
use model::SpecInfo;
pub use report::SeedRun;

/// Per-fault probabilities (0 turns a fault off).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    /// Per message: lost in the network.
    pub drop: f64,
    /// Per message: delivered twice.
    pub duplicate: f64,
    /// Per message: held back 0.1–3 s (so it is reordered).
    pub delay: f64,
    /// Per event handled: the server crashes and restarts 50–500 ms later.
    pub server_crash: f64,
    /// Per agent step: the agent crashes for good (at least one agent always survives).
    pub agent_crash: f64,
}

impl Default for Rates {
    fn default() -> Self {
        Self { drop: 0.03, duplicate: 0.03, delay: 0.05, server_crash: 0.003, agent_crash: 0.01 }
    }
}

impl Rates {
    /// Network faults and server crashes only.
    pub fn without_agent_crashes(self) -> Self {
        Self { agent_crash: 0.0, ..self }
    }

    /// Network faults only.
    pub fn without_crashes(self) -> Self {
        Self { agent_crash: 0.0, server_crash: 0.0, ..self }
    }
}

/// How much to simulate. The defaults finish a bundled app in well under a second (release).
#[derive(Debug, Clone, PartialEq)]
pub struct SimOptions {
    pub seeds: Vec<u64>,
    /// Entities of each type, and agents (agent `i` drives entity `i` of every type).
    pub entities_per_type: usize,
    /// New client requests per seed before the wind-down.
    pub max_steps: u64,
    /// Master switch of every fault.
    pub faults: bool,
    pub rates: Rates,
    /// An agent resends an unanswered request after 1–2× this (virtual ms).
    pub retry_ms: u64,
    /// The drainer hands out uncompleted work again after this (virtual ms).
    pub redeliver_ms: u64,
    /// Per agent step: a pause of up to 1.5× the longest timer seen, so timeouts race actions.
    pub long_pause: f64,
    /// Most wind-down rounds (each: run to quiescence, then steer toward liveness targets).
    pub wind_down_rounds: usize,
    /// The command that verifies these specs; ` --level L2 --seed N` is appended.
    pub replay: String,
}

impl Default for SimOptions {
    fn default() -> Self {
        Self {
            seeds: (1..=8).collect(),
            entities_per_type: 3,
            max_steps: 200,
            faults: true,
            rates: Rates::default(),
            retry_ms: 300,
            redeliver_ms: 1000,
            long_pause: 0.03,
            wind_down_rounds: 100,
            replay: "temper-host verify <files>".into(),
        }
    }
}

impl SimOptions {
    /// The same options with one seed (how a counterexample is replayed).
    pub fn with_seed(&self, seed: u64) -> Self {
        Self { seeds: vec![seed], ..self.clone() }
    }
}

/// Everything [`run`] needs for some spec files.
pub struct Prepared {
    /// An interpreter instance with the specs loaded.
    pub interp: Interpreter,
    /// The verifier front-end's models.
    pub models: Vec<SpecModel>,
    /// Each entity type with its spec id.
    pub specs: Vec<(String, String)>,
}

/// Loads spec files into a fresh interpreter and builds their models; diagnostics are an error.
pub fn prepare(
    runtime: &crate::runtime::Runtime,
    components: Option<&std::path::Path>,
    files: &[crate::runtime::interpreter::SourceFile],
) -> Result<Prepared> {
    use crate::runtime::frontend::{Frontend, SourceFile};
    let mut frontend = Frontend::locate(runtime, components)?;
    let options = frontend.default_options()?;
    let sources: Vec<SourceFile> =
        files.iter().map(|f| SourceFile { name: f.name.clone(), content: f.content.clone() }).collect();
    let models = frontend.build_model(&sources, options)?.map_err(|d| {
        anyhow!("the specs do not load: {}", d.first().map_or(String::new(), |d| format!("{}: {}", d.file, d.message)))
    })?;
    let mut interp = crate::runtime::interpreter::InterpreterPool::locate(runtime, components)?.instantiate()?;
    let loaded =
        interp.load(files)?.map_err(|d| anyhow!("the interpreter refused the specs: {} diagnostics", d.len()))?;
    let specs = loaded.iter().map(|s| (s.name.clone(), s.id.clone())).collect();
    Ok(Prepared { interp, models, specs })
}

/// The simulator's view of each spec: `specs` pairs an entity type with the interpreter's spec
/// id (the specs must be loaded in `interp`); `models` are the front-end's models (the
/// parameter domains and liveness properties).
pub fn spec_infos(interp: &mut Interpreter, models: &[SpecModel], specs: &[(String, String)]) -> Result<Vec<SpecInfo>> {
    specs
        .iter()
        .map(|(ty, id)| {
            let model = models.iter().find(|m| &m.name == ty).ok_or_else(|| anyhow!("no model of `{ty}`"))?;
            SpecInfo::new(interp, model, ty, id)
        })
        .collect()
}

/// L2: simulates every seed of `opts` over all `specs` together (triggers cross types) and
/// reports the level: counterexamples (seed, fault schedule, the failing entity's trace, the
/// replay command) and warnings (refused triggers and callbacks) in `details`.
pub fn run(
    interp: &mut Interpreter,
    models: &[SpecModel],
    specs: &[(String, String)],
    opts: &SimOptions,
) -> Result<LevelReport> {
    let started = std::time::Instant::now();
    if specs.is_empty() || opts.seeds.is_empty() {
        return Ok(LevelReport::skipped("L2", "no spec or no seed to simulate"));
    }
    let infos = spec_infos(interp, models, specs)?;
    let mut runs = Vec::with_capacity(opts.seeds.len());
    for &seed in &opts.seeds {
        runs.push(simulate(interp, &infos, opts, seed)?);
    }
    let mut best = report::best(&runs);
    for cx in &mut best {
        shrink::shrink(interp, &infos, cx)?;
    }
    Ok(report::level(&runs, &best, &infos, opts, started.elapsed().as_millis() as u64))
}

/// One seed, with its full event log (for replay and the determinism test).
pub fn run_seed(
    interp: &mut Interpreter,
    models: &[SpecModel],
    specs: &[(String, String)],
    opts: &SimOptions,
    seed: u64,
) -> Result<SeedRun> {
    let infos = spec_infos(interp, models, specs)?;
    simulate(interp, &infos, opts, seed)
}

fn simulate(interp: &mut Interpreter, infos: &[SpecInfo], opts: &SimOptions, seed: u64) -> Result<SeedRun> {
    let mut world = world::World::new(interp, infos, opts, seed)?;
    world.run()?;
    report::seed_run(&world)
}
