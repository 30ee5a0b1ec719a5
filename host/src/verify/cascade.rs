//! The verification cascade as one call: the front-end's model of every spec, then L0 (SMT),
//! L1 (model checking in the interpreter component), L2 (simulation) and L3 (property tests),
//! each a [`LevelReport`]. The terminal (`temper-host verify`) and the deploy gate
//! ([`super::gate`]) both run exactly this, so they cannot disagree.

use super::report::{LevelReport, Outcome};
use crate::runtime::frontend::{Frontend, Severity, SourceFile as FSource, SpecModel};
use crate::runtime::interpreter::{Interpreter, SourceFile};
use anyhow::{Result, anyhow};
use std::time::Instant;

/// Budgets and bounds; the defaults finish the bundled apps in seconds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CascadeOptions {
    /// Most distinct states L1 explores per spec; reaching it is "incomplete", never a pass.
    pub max_states: usize,
    /// Run only this level (`L0`..`L3`); none: all.
    pub only: Option<String>,
    /// The L2 seed to run alone (replaying a counterexample); none: the default seeds.
    pub seed: Option<u64>,
    /// Overrides of the front-end's bounds (none: its defaults — 2, lists 3, counters 16).
    pub default_bound: Option<u64>,
    pub max_list_bound: Option<u64>,
    pub max_counter_bound: Option<u64>,
    /// How to name this run in replay commands, e.g. `temper-host verify apps/tasks/specs`.
    pub command: String,
    /// L2 also crashes agents for good (off by default: a liveness property that needs the
    /// crashed agent's next action then fails — worth knowing, not always a reason to refuse).
    pub agent_crashes: bool,
}

impl Default for CascadeOptions {
    fn default() -> Self {
        Self {
            max_states: 1_000_000,
            only: None,
            seed: None,
            default_bound: None,
            max_list_bound: None,
            max_counter_bound: None,
            agent_crashes: false,
            command: "temper-host verify <files>".into(),
        }
    }
}

/// One spec's cascade.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SpecReport {
    pub spec: String,
    pub file: String,
    pub spec_id: String,
    pub passed: bool,
    /// Errors of the model (e.g. an invariant no level can check): any one fails the spec.
    pub errors: Vec<String>,
    /// What the model does not represent exactly (`place: text — reason`).
    pub gaps: Vec<String>,
    pub levels: Vec<LevelReport>,
}

/// Every spec's cascade.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct CascadeReport {
    pub passed: bool,
    pub specs: Vec<SpecReport>,
    pub elapsed_ms: u64,
    /// Served from the cache (the same files were verified before, with the same options).
    #[serde(default)]
    pub cached: bool,
}

impl CascadeReport {
    /// The report as text: per spec, each level's summary and its counterexamples.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.specs {
            out.push_str(&format!("{} ({})  spec {}\n", s.spec, s.file, &s.spec_id[..12.min(s.spec_id.len())]));
            for e in &s.errors {
                out.push_str(&format!("  error     {e}\n"));
            }
            for l in &s.levels {
                out.push_str(&format!("  {}  ({} ms)\n", l.summary, l.elapsed_ms));
                for line in l.text.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
            }
            out.push_str(&format!("  verdict   {}\n", if s.passed { "PASSED" } else { "FAILED" }));
        }
        out
    }
}

/// A level decides a spec's verdict unless it did not run.
fn level_passes(l: &LevelReport) -> bool {
    matches!(l.outcome, Outcome::Passed | Outcome::Skipped)
}

/// Runs the cascade over `files` (any number of `*.ioa.toml`, at most one `*.csdl.xml`).
/// `progress` hears one line as each level starts. `Err` only for a host failure; specs that
/// do not load give a failing report with their diagnostics. With a second interpreter
/// instance (`l3`), L3 runs on its own thread while L0–L2 run on this one (the levels are
/// independent; the report is the same).
pub fn run(
    frontend: &mut Frontend,
    interp: &mut Interpreter,
    l3: Option<&mut Interpreter>,
    files: &[SourceFile],
    opts: &CascadeOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<CascadeReport> {
    let started = Instant::now();
    let fsources: Vec<FSource> =
        files.iter().map(|f| FSource { name: f.name.clone(), content: f.content.clone() }).collect();
    let mut options = frontend.default_options()?;
    if let Some(b) = opts.default_bound {
        options.default_bound = b;
    }
    if let Some(b) = opts.max_list_bound {
        options.max_bound = b;
    }
    if let Some(b) = opts.max_counter_bound {
        options.max_counter_bound = b;
    }
    let models = match frontend.build_model(&fsources, options)? {
        Ok(m) => m,
        Err(diags) => {
            let errors = diags.iter().map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message)).collect();
            let spec = SpecReport {
                spec: "(specs)".into(),
                file: String::new(),
                spec_id: String::new(),
                passed: false,
                errors,
                gaps: Vec::new(),
                levels: Vec::new(),
            };
            return Ok(CascadeReport { passed: false, specs: vec![spec], elapsed_ms: ms(started), cached: false });
        }
    };
    let loaded = interp
        .load(files)?
        .map_err(|d| anyhow!("the interpreter refused specs the front-end accepted: {} diagnostics", d.len()))?;
    let want = |level: &str| opts.only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(level));
    let ids: Vec<(String, String)> = loaded.iter().map(|s| (s.name.clone(), s.id.clone())).collect();
    let id_of = |name: &str| ids.iter().find(|(n, _)| n == name).map(|(_, id)| id.clone());
    std::thread::scope(|scope| {
        // L3 of every spec on a second instance, concurrently, when there is one.
        let parallel_l3 = match l3.filter(|_| want("L3")) {
            Some(i3) => {
                i3.load(files)?.map_err(|d| {
                    anyhow!("the interpreter refused specs the front-end accepted: {} diagnostics", d.len())
                })?;
                let (models, id_of) = (&models, &id_of);
                Some(scope.spawn(move || {
                    models
                        .iter()
                        .filter_map(|m| Some((m, id_of(&m.name)?)))
                        .map(|(m, id)| {
                            Ok((m.name.clone(), super::l3::run(i3, m, &id, &super::l3::L3Options::default())?))
                        })
                        .collect::<Result<Vec<(String, LevelReport)>>>()
                }))
            }
            None => None,
        };
        let mut specs = sequential(interp, &models, &loaded, opts, parallel_l3.is_none(), progress)?;
        if let Some(handle) = parallel_l3 {
            progress("L3 property tests (on a second instance)");
            let done = handle.join().map_err(|_| anyhow!("the L3 thread panicked"))??;
            for (name, level) in done {
                if let Some(spec) = specs.iter_mut().find(|s| s.spec == name) {
                    spec.passed = spec.passed && level_passes(&level);
                    spec.levels.push(level);
                }
            }
        }
        let passed = !specs.is_empty() && specs.iter().all(|s| s.passed);
        Ok(CascadeReport { passed, specs, elapsed_ms: ms(started), cached: false })
    })
}

/// L2 over all specs, then per spec L0, L1 (and L3 when `with_l3`).
fn sequential(
    interp: &mut Interpreter,
    models: &[SpecModel],
    loaded: &[crate::runtime::interpreter::SpecSummary],
    opts: &CascadeOptions,
    with_l3: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<SpecReport>> {
    let want = |level: &str| opts.only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(level));
    // L2 simulates every entity type together: one report, shared by the specs it covers.
    let simulation = if want("L2") {
        progress("L2 simulation (all entity types together)");
        let specs: Vec<(String, String)> = loaded.iter().map(|s| (s.name.clone(), s.id.clone())).collect();
        // Network faults and server crashes; agent crashes only when asked (the report says
        // which).
        let mut sim = super::sim::SimOptions { replay: opts.command.clone(), ..Default::default() };
        if !opts.agent_crashes {
            sim.rates = sim.rates.without_agent_crashes();
        }
        if let Some(seed) = opts.seed {
            sim.seeds = vec![seed];
        }
        let mut l2 = super::sim::run(interp, models, &specs, &sim)?;
        if !opts.agent_crashes {
            l2.unchecked.push("agent crashes (an agent that stops for good): run with `--agent-crashes`".into());
        }
        Some(l2)
    } else {
        None
    };
    let mut specs = Vec::new();
    for model in models {
        let Some(summary) = loaded.iter().find(|s| s.name == model.name) else { continue };
        let errors: Vec<String> = model
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{}:{}: {}: {}", d.file, d.line, d.section, d.message))
            .collect();
        let gaps = model.gaps.iter().map(|g| format!("{}: {} — {}", g.place, g.text, g.reason)).collect();
        let mut levels = Vec::new();
        if want("L0") {
            progress(&format!("{}: L0 SMT", model.name));
            levels.push(super::l0::run_l0(model));
        }
        if want("L1") {
            progress(&format!("{}: L1 model check", model.name));
            levels.push(l1_level(interp, model, &summary.id, opts)?);
        }
        if let Some(l2) = &simulation {
            levels.push(l2.clone());
        }
        if with_l3 && want("L3") {
            progress(&format!("{}: L3 property tests", model.name));
            levels.push(super::l3::run(interp, model, &summary.id, &super::l3::L3Options::default())?);
        }
        let passed = errors.is_empty() && levels.iter().all(level_passes);
        specs.push(SpecReport {
            spec: model.name.clone(),
            file: model.file.clone(),
            spec_id: summary.id.clone(),
            passed,
            errors,
            gaps,
            levels,
        });
    }
    Ok(specs)
}

fn ms(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}

/// L1 through the interpreter component's `model-check` (the whole search inside it).
fn l1_level(interp: &mut Interpreter, model: &SpecModel, spec: &str, opts: &CascadeOptions) -> Result<LevelReport> {
    let req = super::check_request(model, spec, opts.max_states);
    let started = Instant::now();
    let r = interp.model_check(&req)?.map_err(|r| anyhow!("the model check was refused: {r:?}"))?;
    let outcome = if !r.complete {
        Outcome::Incomplete
    } else if r.passed {
        Outcome::Passed
    } else {
        Outcome::Failed
    };
    let mut untracked: Vec<String> = model
        .variables
        .iter()
        .filter(|v| !v.relevant)
        .map(|v| format!("`{}` is not tracked by L1: no guard or invariant reads it", v.name))
        .collect();
    // Other entities are not in a one-entity model: such a clause sees no related entity.
    for a in &model.actions {
        for c in a.abstracted.iter().filter(|c| c.reason.contains("related")) {
            untracked.push(format!(
                "`{}`: the clause `{}` is evaluated with no related entity, so L1 never fires the action where it needs one",
                a.name, c.text
            ));
        }
    }
    let counterexamples: serde_json::Value = serde_json::from_str(&r.counterexamples).unwrap_or_default();
    Ok(LevelReport {
        level: "L1".into(),
        outcome,
        summary: r.summary,
        counts: vec![
            ("states".into(), r.states),
            ("transitions".into(), r.transitions),
            ("beyond_bounds".into(), r.beyond_bounds),
        ],
        elapsed_ms: ms(started),
        text: r.text,
        details: serde_json::json!({
            "counterexamples": counterexamples,
            "warnings": [],
            "replay": format!("{} --level L1 --max-states {}", opts.command, opts.max_states),
        }),
        unchecked: untracked,
    })
}
