//! `model-check`: L1 (the verifier's breadth-first exploration) run inside the component over
//! this instance's compiled spec, so every step is the production transition function and no
//! step crosses the component boundary.

use crate::convert::from_wit;
use crate::exports::temper::kernel::interpreter::{ModelCheckReport, ModelCheckRequest, Rejection};
use temper_spec::machine::Machine;
use temper_verifier::l1::{self, Liveness, Model, Options};
use temper_verifier::native::{MachineKernel, spec_parts};
use temper_verifier::{Move, State, Value};

pub fn run(m: &Machine, req: ModelCheckRequest) -> Result<ModelCheckReport, Rejection> {
    let parts = spec_parts(m);
    let initial = match req.initial {
        Some(s) => State { status: s.status, vars: s.vars.into_iter().map(from_wit).collect() },
        None => parts.initial,
    };
    if initial.vars.len() != parts.var_names.len() || req.bounds.len() != parts.var_names.len() {
        return Err(Rejection::BadState(format!(
            "the spec has {} variables; the request gives {} initial values and {} bounds",
            parts.var_names.len(),
            initial.vars.len(),
            req.bounds.len()
        )));
    }
    let moves: Vec<Move> = req
        .moves
        .into_iter()
        .map(|mv| Move {
            action: mv.action,
            params: mv.params.into_iter().map(|p| (p.name, from_wit(p.value))).collect(),
        })
        .collect();
    let liveness: Vec<Liveness> = req
        .liveness
        .into_iter()
        .map(|l| Liveness { name: l.name, from: l.from, reaches: l.reaches, has_actions: l.has_actions })
        .collect();
    if !req.untracked.is_empty() && req.untracked.len() != parts.var_names.len() {
        return Err(Rejection::BadState(format!(
            "the spec has {} variables; the request marks {} as tracked or not",
            parts.var_names.len(),
            req.untracked.len()
        )));
    }
    let canonical: Vec<Vec<(Value, Value)>> = req
        .canonical
        .into_iter()
        .map(|pairs| pairs.into_iter().map(|(v, r)| (from_wit(v), from_wit(r))).collect())
        .collect();
    let bounds = req.bounds;
    let within = |s: &State| {
        s.vars.iter().zip(&bounds).all(|(v, b)| match (v, b) {
            (Value::Int(n), Some(b)) => n.unsigned_abs() <= *b,
            (Value::List(l), Some(b)) => (l.len() as u64) <= *b,
            _ => true,
        })
    };
    let model = Model {
        initial,
        var_names: &parts.var_names,
        moves: &moves,
        terminal: &parts.terminal,
        liveness: &liveness,
        within: &within,
        untracked: &req.untracked,
        canonical: &canonical,
    };
    let opts = Options { max_states: req.max_states as usize, max_traces: req.max_traces as usize };
    let report = l1::check(&model, &mut MachineKernel(m), &opts).map_err(Rejection::BadState)?;
    let json = serde_json::Value::Array(report.violations.iter().map(|t| t.to_json()).collect());
    Ok(ModelCheckReport {
        states: report.states as u64,
        transitions: report.transitions as u64,
        beyond_bounds: report.beyond_bounds as u64,
        complete: report.complete,
        passed: report.passed(),
        summary: report.summary(),
        counterexamples: json.to_string(),
        text: report.violations.iter().map(|t| t.to_text()).collect(),
    })
}
