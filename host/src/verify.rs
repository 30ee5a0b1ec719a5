//! The verification cascade's bridge to the production interpreter: a [`temper_verifier::Kernel`]
//! whose every step is decided by the interpreter component (one `evaluate-batch` crossing per
//! state), so the model checker verifies the exact binary that serves requests.

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

fn from_wit(v: Value) -> temper_verifier::Value {
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
                    vars: t.state.vars.into_iter().map(from_wit).collect(),
                })),
                Err(Rejection::InvariantViolated(v)) => Ok(Step::Violates { invariant: v.invariant, assert: v.assert }),
                Err(Rejection::UnknownSpec(id)) => Err(format!("the interpreter does not have spec {id} loaded")),
                Err(Rejection::BadState(why)) => Err(format!("the model produced a state the spec refuses: {why}")),
                Err(_) => Ok(Step::Refused),
            })
            .collect()
    }
}
