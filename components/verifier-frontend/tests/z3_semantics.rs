//! The L0 encoding agrees with the runtime (`temper_spec::machine`). On a spec built to probe
//! each effect rule (counter clamping at 0, a negative counter assignment rejected, `append`,
//! `remove_at` out of range, bool parameters) z3 must give the expected answers; every `sat`
//! counterexample of an exact query must replay through the machine as a real violation; and
//! for every exact `unsat` induction query, an exhaustive search over small states finds none.
//! Needs the `z3` binary; without it the expectations are still checked for shape.

mod common;

use common::{TestResult, model, z3};
use std::collections::BTreeMap;
use temper_spec::machine::{Machine, Request};
use temper_spec::predicate::{Env, eval};
use temper_spec::value::Value;
use temper_spec::{SourceFile, load};
use temper_verifier_frontend::model::{QueryKind, SmtQuery};

const SPEC: &str = r#"
[automaton]
name = "Probe"
states = ["Open", "Busy", "Done"]
initial = "Open"
terminal = ["Done"]

[[state]]
name = "c"
type = "counter"
initial = 0

[[state]]
name = "flag"
type = "bool"
initial = false

[[state]]
name = "items"
type = "list"
initial = []

[[state]]
name = "note"
type = "string"
initial = ""

[[action]]
name = "Inc"
from = ["Open", "Busy"]
guard = "c < 3"
effect = ["c += 1"]

[[action]]
name = "Bump"
from = ["Open"]
params = [{ name = "n", type = "int" }]
effect = ["c += params.n"]

[[action]]
name = "Drain"
from = ["Busy"]
to = "Done"
guard = "c <= 100"
effect = ["c -= 100"]

[[action]]
name = "SetC"
from = ["Open"]
params = [{ name = "n", type = "int" }]
guard = "params.n <= 3"
effect = ["c = params.n"]

[[action]]
name = "Add"
from = ["Open"]
params = [{ name = "x", type = "string" }]
effect = ["append(items, params.x)"]

[[action]]
name = "Pop"
from = ["Open"]
params = [{ name = "i", type = "int" }]
effect = ["remove_at(items, params.i)"]

[[action]]
name = "Flip"
from = ["Open", "Busy"]
params = [{ name = "b", type = "bool" }]
effect = ["flag = params.b"]

[[action]]
name = "Dead"
from = ["Open"]
guard = "c > 3 && c < 2"

[[action]]
name = "Start"
from = ["Open"]
to = "Busy"
guard = "!flag"

[[invariant]]
name = "Small"
assert = "c <= 3"

[[invariant]]
name = "DoneIsZero"
assert = "status == 'Done' => c == 0"

[[invariant]]
name = "FewItems"
assert = "len(items) <= 2"

[[invariant]]
name = "FlagOnlyOpen"
assert = "flag => status == 'Open'"
"#;

/// (query id, the answer z3 must give).
const EXPECTED: &[(&str, &str)] = &[
    ("guard/Inc", "sat"),
    ("guard/Dead", "unsat"),
    ("guard/SetC", "sat"),
    ("initial/Small", "unsat"),
    ("inductive/Small/Inc", "unsat"),
    ("inductive/Small/Bump", "sat"),
    // `c = params.n` with `params.n <= 3`: a negative n is rejected, so c stays in 0..=3.
    ("inductive/Small/SetC", "unsat"),
    // `c -= 100` stops at 0.
    ("inductive/DoneIsZero/Drain", "unsat"),
    ("inductive/FewItems/Add", "sat"),
    // `remove_at` never lengthens a list (an index out of range removes nothing).
    ("inductive/FewItems/Pop", "unsat"),
    ("inductive/FlagOnlyOpen/Flip", "sat"),
    ("inductive/FlagOnlyOpen/Start", "unsat"),
];

fn query<'a>(qs: &'a [SmtQuery], id: &str) -> TestResult<&'a SmtQuery> {
    qs.iter().find(|q| q.id == id).ok_or_else(|| format!("no query {id}").into())
}

fn machine() -> TestResult<Machine> {
    let loaded = load(&[SourceFile::new("T.ioa.toml", SPEC)]).map_err(|d| format!("{d:?}"))?;
    loaded.machines.into_iter().next().ok_or_else(|| "no machine".into())
}

/// The machine without its invariants: evaluate then yields the post-state of any transition.
fn unchecked(m: &Machine) -> Machine {
    let mut aut = m.aut.clone();
    aut.invariants.clear();
    Machine::new(m.id.clone(), aut, None)
}

fn state_of(values: &BTreeMap<String, String>) -> TestResult<(String, Vec<Value>)> {
    let status = values.get("pre_status").and_then(|s| s.strip_prefix("S_")).unwrap_or("Open").to_string();
    let c = values.get("pre_c").and_then(|v| z3::int(v)).unwrap_or(0);
    let flag = values.get("pre_flag").is_some_and(|v| v == "true");
    let len = values.get("pre_len_items").and_then(|v| z3::int(v)).unwrap_or(0);
    let items = (0..len).map(|i| format!("item{i}")).collect();
    Ok((status, vec![Value::Int(c), Value::Bool(flag), Value::List(items), Value::Str(String::new())]))
}

fn params_of(values: &BTreeMap<String, String>, action: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for (k, v) in values {
        if let Some(name) = k.strip_prefix("param_") {
            let value = if v == "true" || v == "false" {
                Value::Bool(v == "true")
            } else {
                Value::Int(z3::int(v).unwrap_or(0))
            };
            out.push((name.to_string(), value));
        }
    }
    if action == "Add" {
        out.push(("x".into(), Value::Str("x".into())));
    }
    out
}

fn holds(m: &Machine, invariant: &str, status: &str, vars: &[Value]) -> TestResult<bool> {
    let inv = m.aut.invariants.iter().find(|i| i.name == invariant).ok_or("no invariant")?;
    Ok(eval(&inv.assert.item, &Env { status, vars, params: &[], related: &[] }))
}

#[test]
fn the_probe_spec_has_the_expected_queries() -> TestResult {
    let m = model(SPEC)?;
    for (id, _) in EXPECTED {
        let q = query(&m.queries, id)?;
        assert!(q.exact, "{id} should be exact");
    }
    assert!(!m.has_errors(), "{:?}", m.diagnostics);
    Ok(())
}

#[test]
fn z3_answers_match_the_runtime() -> TestResult {
    if !z3::available() {
        return Ok(());
    }
    let m = model(SPEC)?;
    let mach = machine()?;
    let free = unchecked(&mach);
    for (id, want) in EXPECTED {
        let q = query(&m.queries, id)?;
        assert_eq!(z3::answer(&q.script)?, *want, "{id}\n{}", q.script);
    }
    for q in m.queries.iter().filter(|q| q.exact) {
        let answer = z3::answer(&q.script)?;
        let Some(action) = &q.action else { continue };
        if answer == "sat" && q.kind == QueryKind::InvariantInductive {
            // Replay the counterexample: the transition happens, and breaks the invariant.
            let values: BTreeMap<String, String> = z3::values(&q.script, &q.counterexample)?.into_iter().collect();
            let (status, vars) = state_of(&values)?;
            let params = params_of(&values, action);
            let req =
                Request { entity_id: "e", seq: 1, status: &status, vars: &vars, action, params: &params, related: &[] };
            let t = free.evaluate(&req).map_err(|r| format!("{}: replay rejected: {r}", q.id))?;
            let property = q.property.as_deref().unwrap_or_default();
            assert!(!holds(&mach, property, &t.to, &t.vars)?, "{}: the replayed step keeps {property}", q.id);
        }
        if answer == "unsat" && q.kind == QueryKind::InvariantInductive {
            exhaustive(&mach, &free, q, action)?;
        }
    }
    Ok(())
}

/// No small state where every invariant holds has a step of `action` that breaks the query's
/// invariant.
fn exhaustive(mach: &Machine, free: &Machine, q: &SmtQuery, action: &str) -> TestResult {
    let property = q.property.as_deref().unwrap_or_default();
    let names: Vec<&str> = mach.aut.invariants.iter().map(|i| i.name.as_str()).collect();
    for status in ["Open", "Busy", "Done"] {
        for c in 0..=6i64 {
            for flag in [false, true] {
                for len in 0..=3usize {
                    let vars = vec![
                        Value::Int(c),
                        Value::Bool(flag),
                        Value::List((0..len).map(|i| format!("i{i}")).collect()),
                        Value::Str(String::new()),
                    ];
                    let mut ok = true;
                    for n in &names {
                        ok &= holds(mach, n, status, &vars)?;
                    }
                    if !ok {
                        continue;
                    }
                    for p in -5..=5i64 {
                        let params: Vec<(String, Value)> = match action {
                            "Bump" | "SetC" => vec![("n".into(), Value::Int(p))],
                            "Pop" => vec![("i".into(), Value::Int(p))],
                            "Flip" => vec![("b".into(), Value::Bool(p > 0))],
                            "Add" => vec![("x".into(), Value::Str("x".into()))],
                            _ => Vec::new(),
                        };
                        let req = Request {
                            entity_id: "e",
                            seq: 1,
                            status,
                            vars: &vars,
                            action,
                            params: &params,
                            related: &[],
                        };
                        if let Ok(t) = free.evaluate(&req) {
                            assert!(
                                holds(mach, property, &t.to, &t.vars)?,
                                "{}: {status} c={c} flag={flag} len={len} p={p} breaks {property}",
                                q.id
                            );
                        }
                    }
                }
            }
        }
    }
    Ok(())
}
