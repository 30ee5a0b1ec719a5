//! L0 for one spec: the front-end's `smt-query`s converted for the verifier's linked-Z3 runner
//! (`temper_verifier::l0`), the status graph for its unreachable-state check, and the answers
//! as the cascade's one report shape (failures with their witness or counterexample; inexact
//! counterexamples, counterexamples to induction and unreachable states as warnings; the
//! model's abstractions as unchecked).

use super::report::{LevelReport, Outcome};
use crate::runtime::frontend::{QueryKind, SatAnswer, SpecModel};
use serde_json::{Value as Json, json};
use std::collections::BTreeMap;
use temper_verifier::l0::{self, Answer, Edge, Options, Query, QueryResult, Verdict};

fn kind_name(k: QueryKind) -> &'static str {
    match k {
        QueryKind::GuardSatisfiable => "guard-satisfiable",
        QueryKind::InvariantInitial => "invariant-initial",
        QueryKind::InvariantInductive => "invariant-inductive",
        QueryKind::TerminalStays => "terminal-stays",
    }
}

/// The model's queries, as the runner takes them.
pub fn queries(model: &SpecModel) -> Vec<Query> {
    model
        .queries
        .iter()
        .map(|q| Query {
            id: q.id.clone(),
            kind: kind_name(q.kind).to_string(),
            action: q.action.clone(),
            property: q.property.clone(),
            script: q.script.clone(),
            symbols: l0::get_value_symbols(&q.counterexample),
            pass: match q.pass {
                SatAnswer::Sat => Answer::Sat,
                SatAnswer::Unsat => Answer::Unsat,
            },
            exact: q.exact,
            failure: q.failure.clone(),
            post_status: q
                .action
                .as_ref()
                .and_then(|a| model.actions.iter().find(|m| &m.name == a))
                .and_then(|a| a.to.clone()),
        })
        .collect()
}

/// The status graph: each action from each of its `from` states to its `to` (or back).
pub fn edges(model: &SpecModel) -> Vec<Edge> {
    model
        .actions
        .iter()
        .flat_map(|a| {
            a.from.iter().map(|f| Edge {
                action: a.name.clone(),
                from: f.clone(),
                to: a.to.clone().unwrap_or(f.clone()),
            })
        })
        .collect()
}

/// Runs L0 on one spec's model with the default options.
pub fn run_l0(model: &SpecModel) -> LevelReport {
    run(model, &Options::default())
}

/// Runs L0 on one spec's model: every query on one Z3 solver, then the unreachable states.
pub fn run(model: &SpecModel, opts: &Options) -> LevelReport {
    let mut r = l0::run(&queries(model), opts);
    r.mark_unreachable(&model.states, &model.initial, &edges(model));
    report(model, &r)
}

fn map_json(m: &BTreeMap<String, String>) -> Json {
    Json::Object(m.iter().map(|(k, v)| (k.clone(), json!(v))).collect())
}

fn map_text(m: &BTreeMap<String, String>) -> String {
    m.iter().map(|(k, v)| format!("{k} = {v}")).collect::<Vec<_>>().join(", ")
}

/// A query's witness or counterexample: the state before (and after, for a transition), the
/// parameters, and every symbol's value.
fn example_json(r: &QueryResult) -> Json {
    let (pre, post) = r.pre_post();
    let params: BTreeMap<String, String> =
        r.values.iter().filter_map(|(k, v)| Some((k.strip_prefix("param_")?.to_string(), v.clone()))).collect();
    let transition = r.kind == "invariant-inductive" || r.kind == "terminal-stays";
    json!({
        "id": r.id,
        "kind": r.kind,
        "action": r.action,
        "property": r.property,
        "verdict": verdict_name(r.verdict),
        "answer": r.answer.name(),
        "exact": r.exact,
        "failure": r.failure,
        "pre": map_json(&pre),
        "post": if transition { map_json(&post) } else { Json::Null },
        "params": map_json(&params),
        "values": map_json(&r.values),
    })
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Passed => "passed",
        Verdict::Failed => "failed",
        Verdict::Warning => "warning",
        Verdict::Unknown => "unknown",
    }
}

fn example_text(r: &QueryResult) -> String {
    let (pre, post) = r.pre_post();
    if pre.is_empty() {
        return String::new();
    }
    let params: BTreeMap<String, String> =
        r.values.iter().filter_map(|(k, v)| Some((k.strip_prefix("param_")?.to_string(), v.clone()))).collect();
    let with = if params.is_empty() { String::new() } else { format!(" with {}", map_text(&params)) };
    if r.kind == "invariant-inductive" || r.kind == "terminal-stays" {
        let act = r.action.as_deref().unwrap_or("?");
        format!("\n      before: {}\n      {act}{with}\n      after:  {}", map_text(&pre), map_text(&post))
    } else {
        format!("\n      state: {}{with}", map_text(&pre))
    }
}

/// The report of one spec's L0 answers.
pub fn report(model: &SpecModel, r: &l0::Report) -> LevelReport {
    let mut text = String::new();
    let mut examples = Vec::new();
    let mut warnings = Vec::new();
    let mut unknown = Vec::new();
    for q in &r.results {
        let ms = q.elapsed_us as f64 / 1000.0;
        match q.verdict {
            Verdict::Passed => {}
            Verdict::Failed => {
                text.push_str(&format!(
                    "  failed  {}: {} [z3: {}, {ms:.1} ms]{}\n",
                    q.id,
                    q.failure,
                    q.answer.name(),
                    example_text(q)
                ));
                examples.push(example_json(q));
            }
            Verdict::Warning => {
                let msg = if q.exact {
                    format!("{} (a counterexample to induction; not a failure unless L1 reaches it)", q.failure)
                } else {
                    format!("{} (inexact: the counterexample may be spurious)", q.failure)
                };
                text.push_str(&format!("  warning {}: {msg} [z3: sat]{}\n", q.id, example_text(q)));
                warnings.push(json!({"id": q.id, "message": msg}));
                examples.push(example_json(q));
            }
            Verdict::Unknown => {
                let why = q.reason.clone().unwrap_or_else(|| "no reason given".into());
                text.push_str(&format!("  unknown {}: z3 could not answer ({why}); not a pass\n", q.id));
                unknown.push(json!({"id": q.id, "reason": why}));
            }
        }
    }
    for s in &r.unreachable {
        let msg =
            format!("state `{s}` is unreachable: no action whose guard can hold leads to it from `{}`", model.initial);
        text.push_str(&format!("  warning {msg}\n"));
        warnings.push(json!({"id": format!("unreachable/{s}"), "state": s, "message": msg}));
    }
    let outcome = if r.count(Verdict::Failed) > 0 {
        Outcome::Failed
    } else if r.count(Verdict::Unknown) > 0 {
        Outcome::Incomplete
    } else {
        Outcome::Passed
    };
    let queries: Vec<Json> = r
        .results
        .iter()
        .map(|q| json!({"id": q.id, "verdict": verdict_name(q.verdict), "answer": q.answer.name(), "exact": q.exact, "us": q.elapsed_us}))
        .collect();
    LevelReport {
        level: "L0".into(),
        outcome,
        summary: r.summary(),
        counts: vec![
            ("queries".into(), r.results.len() as u64),
            ("passed".into(), r.count(Verdict::Passed) as u64),
            ("failed".into(), r.count(Verdict::Failed) as u64),
            ("warnings".into(), warnings.len() as u64),
            ("unknown".into(), r.count(Verdict::Unknown) as u64),
        ],
        elapsed_ms: r.elapsed_us / 1000,
        text,
        details: json!({
            "counterexamples": examples,
            "warnings": warnings,
            "unknown": unknown,
            "unreachable": r.unreachable,
            "queries": queries,
        }),
        unchecked: model.gaps.iter().map(|g| format!("{}: `{}` ({})", g.place, g.text, g.reason)).collect(),
    }
}
