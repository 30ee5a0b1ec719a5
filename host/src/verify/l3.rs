//! L3 for one spec: property tests through the production interpreter component
//! ([`super::ComponentKernel`]) — random action sequences with parameters from the front-end's
//! domains plus random ints and strings outside them, shrunk to a minimal failing sequence —
//! as the cascade's one report shape, with the seed that replays the run.

use super::ComponentKernel;
use super::report::{LevelReport, Outcome};
use crate::runtime::frontend::SpecModel;
use crate::runtime::interpreter::Interpreter;
use anyhow::{Context, Result, anyhow};
use serde_json::json;
use temper_verifier::State;
use temper_verifier::l3::{self, ActionSpace, Extra, Model, ParamSpace};

/// How many cases, how long, which seed (defaults: 1000 cases of up to 30 actions).
pub use temper_verifier::l3::Options as L3Options;

/// Each action with its required parameters: the front-end's domain, plus random values of the
/// parameter's type outside it (ints for `int`/`counter`, strings for `string`/`any`).
pub fn action_spaces(model: &SpecModel) -> Vec<ActionSpace> {
    model
        .actions
        .iter()
        .map(|a| ActionSpace {
            action: a.name.clone(),
            params: a
                .params
                .iter()
                .filter(|p| p.required)
                .map(|p| ParamSpace {
                    name: p.name.clone(),
                    domain: p.domain.iter().map(super::from_front).collect(),
                    extra: match p.type_name.as_str() {
                        "int" | "counter" => Extra::Int,
                        "string" | "any" => Extra::Str,
                        _ => Extra::None,
                    },
                })
                .collect(),
        })
        .collect()
}

/// What L3 does not try: required parameters it has no value for (the action is called
/// without them) and domains the front-end cut.
fn unchecked(model: &SpecModel, spaces: &[ActionSpace]) -> Vec<String> {
    let mut out = vec!["writes outside the actions (create with fields, PATCH) are not generated".to_string()];
    for (a, s) in model.actions.iter().zip(spaces) {
        for p in &s.params {
            if p.domain.is_empty() && p.extra == Extra::None {
                out.push(format!("`{}`: no values for parameter `{}`; it is called without it", a.name, p.name));
            }
        }
        for p in a.params.iter().filter(|p| p.truncated) {
            out.push(format!("`{}`: the domain of `{}` was cut to {} values", a.name, p.name, p.domain.len()));
        }
    }
    out
}

/// Runs L3 on one loaded spec (`spec_id` as the interpreter names it) through the interpreter
/// component.
pub fn run(interp: &mut Interpreter, model: &SpecModel, spec_id: &str, opts: &L3Options) -> Result<LevelReport> {
    let started = std::time::Instant::now();
    let init = interp
        .initial_state(spec_id)?
        .map_err(|r| anyhow!("the interpreter has no initial state for {}: {r:?}", model.name))
        .context("L3")?;
    let initial = State { status: init.status, vars: init.vars.into_iter().map(super::value_from_wit).collect() };
    let var_names: Vec<String> = model.variables.iter().map(|v| v.name.clone()).collect();
    let spaces = action_spaces(model);
    let m = Model { initial, var_names: &var_names, actions: &spaces };
    let mut kernel = ComponentKernel::new(interp, spec_id, model);
    let r = l3::check(&m, &mut kernel, opts);
    Ok(report(model, &spaces, &r, started.elapsed().as_millis() as u64))
}

/// The report of one spec's L3 run.
pub fn report(model: &SpecModel, spaces: &[ActionSpace], r: &l3::Report, elapsed_ms: u64) -> LevelReport {
    let outcome = if r.passed() { Outcome::Passed } else { Outcome::Failed };
    let mut text = String::new();
    let mut examples = Vec::new();
    if let Some(t) = &r.failure {
        text = t.to_text().lines().map(|l| format!("  {l}\n")).collect();
        text.push_str(&format!("  replay: seed {}\n", r.seed));
        examples.push(json!({"seed": r.seed, "trace": t.to_json()}));
    }
    if let Some(e) = &r.error {
        text.push_str(&format!("  error: {e} (seed {})\n", r.seed));
    }
    LevelReport {
        level: "L3".into(),
        outcome,
        summary: r.summary(),
        counts: vec![
            ("cases".into(), u64::from(r.passed_cases)),
            ("runs".into(), r.runs),
            ("actions".into(), r.steps),
            ("applied".into(), r.applied),
        ],
        elapsed_ms,
        text,
        details: json!({"counterexamples": examples, "warnings": [], "seed": r.seed, "error": r.error}),
        unchecked: unchecked(model, spaces),
    }
}
