//! The verification cascade's bridge to the production interpreter: a [`temper_verifier::Kernel`]
//! whose every step is decided by the interpreter component (one `evaluate-batch` crossing per
//! state), so the model checker verifies the exact binary that serves requests.

pub mod report;
pub mod sim;

use crate::runtime::interpreter::{EntityState, EvalRequest, Interpreter, NamedValue, Rejection, Value};
use temper_verifier::{Kernel, Move, State, Step};

/// The interpreter component, for one loaded spec.
pub struct ComponentKernel<'a> {
    pub interp: &'a mut Interpreter,
    pub spec: String,
}

fn to_wit(v: &temper_verifier::Value) -> Value {
    Value::from(v)
}

/// An interpreter value as the verifier holds it.
pub fn value_from_wit(v: Value) -> temper_verifier::Value {
    use temper_verifier::Value as V;
    match v {
        Value::Null => V::Null,
        Value::Boolean(b) => V::Bool(b),
        Value::Integer(n) => V::Int(n),
        Value::Text(s) => V::Str(s),
        Value::Texts(l) => V::List(l),
    }
}

impl Kernel for ComponentKernel<'_> {
    fn steps(&mut self, state: &State, moves: &[Move]) -> Result<Vec<Step>, String> {
        let wstate = EntityState { status: state.status.clone(), vars: state.vars.iter().map(to_wit).collect() };
        let reqs: Vec<EvalRequest> = moves
            .iter()
            .map(|m| EvalRequest {
                spec: self.spec.clone(),
                entity_id: "e-1".into(),
                seq: 1,
                state: wstate.clone(),
                action: m.action.clone(),
                params: m.params.iter().map(|(k, v)| NamedValue { name: k.clone(), value: to_wit(v) }).collect(),
                related: Vec::new(),
            })
            .collect();
        let results = self.interp.evaluate_batch(&reqs).map_err(|e| format!("{e:#}"))?;
        results
            .into_iter()
            .map(|r| match r {
                Ok(t) => Ok(Step::Next(State {
                    status: t.to_status,
                    vars: t.state.vars.into_iter().map(value_from_wit).collect(),
                })),
                Err(Rejection::InvariantViolated(v)) => Ok(Step::Violates { invariant: v.invariant, assert: v.assert }),
                Err(Rejection::UnknownSpec(id)) => Err(format!("the interpreter does not have spec {id} loaded")),
                Err(Rejection::BadState(why)) => Err(format!("the model produced a state the spec refuses: {why}")),
                Err(_) => Ok(Step::Refused),
            })
            .collect()
    }
}

use crate::runtime::frontend::{self, PropertyKind, Representation, SatAnswer, SpecModel};
use temper_verifier::l1::Liveness;

fn from_front(v: &frontend::Value) -> temper_verifier::Value {
    use temper_verifier::Value as V;
    match v {
        frontend::Value::Null => V::Null,
        frontend::Value::Boolean(b) => V::Bool(*b),
        frontend::Value::Integer(n) => V::Int(*n),
        frontend::Value::Text(s) => V::Str(s.clone()),
        frontend::Value::Texts(l) => V::List(l.clone()),
    }
}

/// Every move L1 tries: each action with every combination of its required parameters'
/// domains (the front-end bounds their number).
pub fn moves(model: &SpecModel) -> Vec<Move> {
    let mut out = Vec::new();
    for a in &model.actions {
        let mut combos: Vec<Vec<(String, temper_verifier::Value)>> = vec![Vec::new()];
        for p in a.params.iter().filter(|p| p.required && !p.domain.is_empty()) {
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    p.domain.iter().map(move |v| {
                        let mut c = c.clone();
                        c.push((p.name.clone(), from_front(v)));
                        c
                    })
                })
                .collect();
        }
        out.extend(combos.into_iter().map(|params| Move { action: a.name.clone(), params }));
    }
    out
}

/// The `model-check` request for a spec's model: every move, the bounds of its counters and
/// lists, its liveness properties.
pub fn check_request(
    model: &SpecModel,
    spec: &str,
    max_states: usize,
) -> crate::runtime::interpreter::ModelCheckRequest {
    use crate::runtime::interpreter::{CheckMove, LivenessCheck, ModelCheckRequest};
    let (_, liveness) = properties(model);
    ModelCheckRequest {
        spec: spec.to_string(),
        initial: None,
        moves: moves(model)
            .into_iter()
            .map(|m| CheckMove {
                action: m.action,
                params: m.params.iter().map(|(k, v)| NamedValue { name: k.clone(), value: to_wit(v) }).collect(),
            })
            .collect(),
        bounds: model
            .variables
            .iter()
            .map(|v| match v.representation {
                Representation::Counter(b) | Representation::List(b) => Some(b),
                _ => None,
            })
            .collect(),
        liveness: liveness
            .into_iter()
            .map(|l| LivenessCheck { name: l.name, from: l.from, reaches: l.reaches, has_actions: l.has_actions })
            .collect(),
        max_states: max_states as u64,
        max_traces: 5,
    }
}

/// The model's terminal states and liveness properties, as L1 reads them.
pub fn properties(model: &SpecModel) -> (Vec<String>, Vec<Liveness>) {
    let mut liveness = Vec::new();
    for p in &model.properties {
        if let PropertyKind::Liveness(l) = &p.kind {
            liveness.push(Liveness {
                name: p.name.clone(),
                from: l.from.clone(),
                reaches: l.reaches.clone(),
                has_actions: l.has_actions,
            });
        }
    }
    (model.terminal.clone(), liveness)
}

/// One L0 answer.
pub struct L0Result {
    pub id: String,
    pub passed: bool,
    pub exact: bool,
    pub answer: String,
    pub failure: String,
}

/// Runs every L0 query through the `z3` binary (`z3 -smt2 -in`). `None` when z3 is missing.
pub fn run_l0(model: &SpecModel) -> Option<Vec<L0Result>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut out = Vec::new();
    for q in &model.queries {
        let mut child = Command::new("z3")
            .args(["-smt2", "-in", "-T:10"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(q.script.as_bytes());
        }
        let output = child.wait_with_output().ok()?;
        let answer = String::from_utf8_lossy(&output.stdout).lines().next().unwrap_or("").trim().to_string();
        let want = match q.pass {
            SatAnswer::Sat => "sat",
            SatAnswer::Unsat => "unsat",
        };
        out.push(L0Result {
            id: q.id.clone(),
            passed: answer == want,
            exact: q.exact,
            answer,
            failure: q.failure.clone(),
        });
    }
    Some(out)
}
