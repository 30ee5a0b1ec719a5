//! What one seed's run leaves (its event log, faults, counterexamples with traces, warnings)
//! and the L2 [`LevelReport`] built from all seeds: one counterexample per failed property (the
//! shortest trace over the seeds), each with its seed, fault schedule and replay command.

use super::SimOptions;
use super::model::SpecInfo;
use super::world::World;
use crate::runtime::interpreter::EntityState;
use crate::verify::report::{LevelReport, Outcome};
use anyhow::Result;
use serde_json::{Value as Json, json};
use std::collections::{BTreeMap, BTreeSet};
use temper_verifier::trace::{Trace, TraceStep};

/// A failed check, with the trace of the entity it failed on.
#[derive(Debug, Clone)]
pub struct Counterexample {
    pub seed: u64,
    /// `Type/id`, when the failure is about one entity.
    pub entity: Option<String>,
    pub trace: Trace,
    /// Who caused each step (`agent a1`, `timer`, `trigger <name>`, `callback <module>`) and when.
    pub by: Vec<String>,
    /// The seed's fault schedule.
    pub faults: Vec<String>,
    pub replay: String,
    /// When `trace` was shortened (see `shrink.rs`), the run's own journal.
    pub run: Option<Trace>,
    /// The failing entity's type and final state (what shrinking aims at).
    pub end: Option<(String, EntityState)>,
}

impl Counterexample {
    pub fn to_json(&self) -> Json {
        let mut j = self.trace.to_json();
        if let Some(o) = j.as_object_mut() {
            o.insert("seed".into(), json!(self.seed));
            o.insert("entity".into(), json!(self.entity));
            o.insert("by".into(), json!(self.by));
            o.insert("faults".into(), json!(self.faults));
            o.insert("replay".into(), json!(self.replay));
            if let Some(run) = &self.run {
                o.insert("run_steps".into(), run.to_json()["steps"].clone());
            }
        }
        j
    }

    pub fn to_text(&self) -> String {
        let on = self.entity.as_ref().map_or_else(String::new, |e| format!(" on {e}"));
        let mut out = format!("seed {}{on}: {}", self.seed, self.trace.to_text());
        match &self.run {
            Some(run) => out.push_str(&format!(
                "  (shortened: the run's own journal took {} steps: `run_steps` in the JSON)\n",
                run.steps.len().saturating_sub(1)
            )),
            None if !self.by.is_empty() => out.push_str(&format!("  steps caused by: {}\n", self.by.join("; "))),
            None => {}
        }
        let shown = 8;
        out.push_str(&format!("  faults in this run ({}):\n", self.faults.len()));
        for f in self.faults.iter().take(shown) {
            out.push_str(&format!("    {f}\n"));
        }
        if self.faults.len() > shown {
            out.push_str(&format!("    ... {} more in the JSON details\n", self.faults.len() - shown));
        }
        out.push_str(&format!("  replay: {}\n", self.replay));
        out
    }
}

/// A refused trigger or callback (or work the simulator cannot run), seen `count` times.
#[derive(Debug, Clone)]
pub struct SimWarning {
    pub what: String,
    pub seed: u64,
    pub count: u64,
    pub trace: Option<Trace>,
}

/// One seed's run.
#[derive(Debug, Clone)]
pub struct SeedRun {
    pub seed: u64,
    /// Every event handled, in order, with its virtual time: equal for equal seeds.
    pub log: Vec<String>,
    pub faults: Vec<String>,
    pub transitions: u64,
    pub events: u64,
    pub entities: u64,
    /// Every (entity type, status) some commit reached.
    pub reached: BTreeSet<(String, String)>,
    pub counterexamples: Vec<Counterexample>,
    pub warnings: Vec<SimWarning>,
}

impl SeedRun {
    pub fn passed(&self) -> bool {
        self.counterexamples.is_empty()
    }
}

pub fn seed_run(w: &World<'_>) -> Result<SeedRun> {
    let replay = format!("{} --level L2 --seed {}", w.opts.replay, w.seed);
    let mut best: BTreeMap<(&'static str, String), Counterexample> = BTreeMap::new();
    for f in w.failures.clone() {
        let (mut trace, by) = match &f.stream {
            Some(s) => w.trace(s, f.kind, &f.property, &f.what)?,
            None => (Trace { kind: f.kind, property: f.property.clone(), what: f.what.clone(), steps: vec![] }, vec![]),
        };
        if let (Some(step), Some(last)) = (&f.step, trace.steps.last()) {
            let state = last.state.clone();
            trace.steps.push(TraceStep { action: Some(step.clone()), state, changes: Vec::new(), refused: true });
        }
        let end = match &f.stream {
            Some(s) => {
                let folded = crate::server::replay::fold(&w.journal(s)?)?;
                w.spec(&s.entity_type)
                    .map(|spec| (spec.entity_type.clone(), spec.state_of(&folded.status, &folded.fields)))
            }
            None => None,
        };
        let cx = Counterexample {
            seed: w.seed,
            entity: f.stream.as_ref().map(|s| format!("{}/{}", s.entity_type, s.entity_id)),
            trace,
            by,
            faults: w.faults.clone(),
            replay: replay.clone(),
            run: None,
            end,
        };
        let key = (f.kind, f.property.clone());
        if best.get(&key).is_none_or(|b| cx.trace.steps.len() < b.trace.steps.len()) {
            best.insert(key, cx);
        }
    }
    let mut warnings: BTreeMap<String, SimWarning> = BTreeMap::new();
    for x in &w.warnings {
        match warnings.get_mut(&x.what) {
            Some(e) => e.count += 1,
            None => {
                let trace = match &x.stream {
                    Some(s) => Some(w.trace(s, "warning", "post-commit work", &x.what)?.0),
                    None => None,
                };
                warnings.insert(x.what.clone(), SimWarning { what: x.what.clone(), seed: w.seed, count: 1, trace });
            }
        }
    }
    Ok(SeedRun {
        seed: w.seed,
        log: w.log.clone(),
        faults: w.faults.clone(),
        transitions: w.transitions,
        events: w.events,
        entities: w.owners.len() as u64,
        reached: w.reached.clone(),
        counterexamples: best.into_values().collect(),
        warnings: warnings.into_values().collect(),
    })
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One counterexample per failed (kind, property): the shortest over every seed's run.
pub fn best(runs: &[SeedRun]) -> Vec<Counterexample> {
    let mut best: BTreeMap<(&'static str, String), &Counterexample> = BTreeMap::new();
    for cx in runs.iter().flat_map(|r| &r.counterexamples) {
        let key = (cx.trace.kind, cx.trace.property.clone());
        if best.get(&key).is_none_or(|b| cx.trace.steps.len() < b.trace.steps.len()) {
            best.insert(key, cx);
        }
    }
    best.into_values().cloned().collect()
}

/// The level's report over every seed's run and its chosen counterexamples.
pub fn level(
    runs: &[SeedRun],
    best: &[Counterexample],
    specs: &[SpecInfo],
    opts: &SimOptions,
    elapsed_ms: u64,
) -> LevelReport {
    let sum = |f: fn(&SeedRun) -> u64| runs.iter().map(f).sum::<u64>();
    let transitions = sum(|r| r.transitions);
    let faults = sum(|r| r.faults.len() as u64);
    let count = |what: &str| runs.iter().flat_map(|r| &r.faults).filter(|f| f.contains(what)).count() as u64;
    let (server_crashes, agent_crashes) = (count("server crashed"), count("crashed for good"));
    let mut warnings: BTreeMap<&str, SimWarning> = BTreeMap::new();
    for x in runs.iter().flat_map(|r| &r.warnings) {
        match warnings.get_mut(x.what.as_str()) {
            Some(e) => e.count += x.count,
            None => {
                warnings.insert(&x.what, x.clone());
            }
        }
    }
    let stats = format!(
        "{} seeds, {} transitions, {} faults ({server_crashes} server crashes, {agent_crashes} agent crashes)",
        runs.len(),
        thousands(transitions),
        thousands(faults)
    );
    let failed = !best.is_empty();
    let summary = if failed {
        let what: Vec<String> = best.iter().map(|c| format!("{} `{}`", c.trace.kind, c.trace.property)).collect();
        format!("L2 simulation FAILED: {}; {stats}", what.join(", "))
    } else {
        format!("L2 simulation PASSED: {stats}, {} warnings", warnings.len())
    };
    let mut text = String::new();
    for cx in best {
        text.push_str(&cx.to_text());
    }
    for x in warnings.values() {
        text.push_str(&format!("warning (seed {}, {}x): {}\n", x.seed, x.count, x.what));
    }
    let cx_json: Vec<Json> = best.iter().map(|c| c.to_json()).collect();
    let warn_json: Vec<Json> = warnings
        .values()
        .map(|x| {
            json!({"what": x.what, "seed": x.seed, "count": x.count,
                "steps": x.trace.as_ref().map(|t| t.to_json()["steps"].clone())})
        })
        .collect();
    let mut unchecked = vec![
        "`has_actions` liveness properties (L1 checks them)".to_string(),
        "`Type[ref].status` guard clauses: the simulator supplies no related statuses".to_string(),
        "parameters take only the values of the model's domains".to_string(),
        "liveness is judged after a finite run and a wind-down in which live agents steer toward the `reaches` states"
            .to_string(),
    ];
    let reached: BTreeSet<&(String, String)> = runs.iter().flat_map(|r| &r.reached).collect();
    let total: usize = specs.iter().map(|s| s.states.len()).sum();
    let missed: Vec<String> = specs
        .iter()
        .flat_map(|s| s.states.iter().map(move |st| (s.entity_type.clone(), st.clone())))
        .filter(|k| !reached.contains(k))
        .map(|(t, st)| format!("{t}.{st}"))
        .collect();
    if !missed.is_empty() {
        unchecked.push(format!("states no seed reached (nothing from them was simulated): {}", missed.join(", ")));
    }
    if !opts.faults {
        unchecked.push("faults were off".into());
    }
    LevelReport {
        level: "L2".into(),
        outcome: if failed { Outcome::Failed } else { Outcome::Passed },
        summary,
        counts: vec![
            ("seeds".into(), runs.len() as u64),
            ("transitions".into(), transitions),
            ("events".into(), sum(|r| r.events)),
            ("entities".into(), sum(|r| r.entities)),
            ("states_reached".into(), (total - missed.len()) as u64),
            ("states".into(), total as u64),
            ("faults".into(), faults),
            ("server_crashes".into(), server_crashes),
            ("agent_crashes".into(), agent_crashes),
            ("warnings".into(), warnings.len() as u64),
        ],
        elapsed_ms,
        text,
        details: json!({"counterexamples": cx_json, "warnings": warn_json}),
        unchecked,
    }
}
