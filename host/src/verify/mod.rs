//! The verification cascade's bridge to the production interpreter: a [`temper_verifier::Kernel`]
//! whose every step is decided by the interpreter component (one `evaluate-batch` crossing per
//! state), so the model checker verifies the exact binary that serves requests.

pub mod cascade;
pub mod gate;
pub mod l0;
pub mod l3;
pub mod report;
pub mod sim;

pub use l0::run_l0;

use crate::runtime::interpreter::{EntityState, EvalRequest, Interpreter, NamedValue, Rejection, Value};
use temper_verifier::{Kernel, Move, State, Step};

/// The interpreter component, for one loaded spec.
pub struct ComponentKernel<'a> {
    pub interp: &'a mut Interpreter,
    pub spec: String,
    /// The spec's variables in declaration order, and which a create/PATCH may set.
    pub var_names: Vec<String>,
    pub patchable: Vec<bool>,
}

impl<'a> ComponentKernel<'a> {
    /// The kernel of a loaded spec whose front-end model is `model`.
    pub fn new(interp: &'a mut Interpreter, spec: &str, model: &SpecModel) -> Self {
        Self {
            interp,
            spec: spec.to_string(),
            var_names: model.variables.iter().map(|v| v.name.clone()).collect(),
            patchable: model.variables.iter().map(|v| matches!(v.representation, Representation::Values)).collect(),
        }
    }
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

impl ComponentKernel<'_> {
    /// An environment move through the component's `check-state` (see
    /// [`temper_verifier::native::patch`] for the semantics); `None` when it does not apply.
    fn patch(&mut self, state: &State, mv: &Move) -> Result<Step, String> {
        let [(name, value)] = mv.params.as_slice() else { return Ok(Step::Refused) };
        let Some(i) = self.var_names.iter().position(|n| n == name) else { return Ok(Step::Refused) };
        if !self.patchable.get(i).copied().unwrap_or(false) || state.vars.get(i) == Some(value) {
            return Ok(Step::Refused);
        }
        let mut vars = state.vars.clone();
        vars[i] = value.clone();
        let wstate = EntityState { status: state.status.clone(), vars: vars.iter().map(to_wit).collect() };
        match self.interp.check_state(&self.spec, "update", &wstate).map_err(|e| format!("{e:#}"))? {
            Ok(()) => Ok(Step::Next(State { status: state.status.clone(), vars })),
            Err(Rejection::UnknownSpec(id)) => Err(format!("the interpreter does not have spec {id} loaded")),
            Err(_) => Ok(Step::Refused),
        }
    }
}

impl Kernel for ComponentKernel<'_> {
    fn steps(&mut self, state: &State, moves: &[Move]) -> Result<Vec<Step>, String> {
        let wstate = EntityState { status: state.status.clone(), vars: state.vars.iter().map(to_wit).collect() };
        type Indexed<'m> = Vec<(usize, &'m Move)>;
        let (env, actions): (Indexed<'_>, Indexed<'_>) =
            moves.iter().enumerate().partition(|(_, m)| m.is_environment());
        let reqs: Vec<EvalRequest> = actions
            .iter()
            .map(|(_, m)| EvalRequest {
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
        let mut out: Vec<Option<Step>> = vec![None; moves.len()];
        for (i, m) in env {
            out[i] = Some(self.patch(state, m)?);
        }
        let decided: Vec<Step> = results
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
            .collect::<Result<_, String>>()?;
        for ((i, _), step) in actions.iter().zip(decided) {
            out[*i] = Some(step);
        }
        Ok(out.into_iter().map(|s| s.unwrap_or(Step::Refused)).collect())
    }
}

use crate::runtime::frontend::{self, PropertyKind, Representation, SpecModel};
use temper_verifier::l1::Liveness;

/// A front-end value as the verifier holds it.
pub(crate) fn from_front(v: &frontend::Value) -> temper_verifier::Value {
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
/// domains (the front-end bounds their number), then the environment's: a create/PATCH of each
/// tracked `string`/`int` variable to each value of its domain.
pub fn moves(model: &SpecModel) -> Vec<Move> {
    let mut out = action_moves(model);
    for v in model.variables.iter().filter(|v| v.relevant && matches!(v.representation, Representation::Values)) {
        // One value per class: the others lead to the same reduced state.
        let values = if v.canonical.is_empty() { &v.domain } else { &v.canonical };
        let mut seen: Vec<temper_verifier::Value> = Vec::new();
        for d in values.iter().map(from_front) {
            if !seen.contains(&d) {
                out.push(Move::patch(&v.name, d.clone()));
                seen.push(d);
            }
        }
    }
    out
}

/// The action moves alone (see [`moves`]).
pub fn action_moves(model: &SpecModel) -> Vec<Move> {
    let mut out = Vec::new();
    for a in &model.actions {
        let mut combos: Vec<Vec<(String, temper_verifier::Value)>> = vec![Vec::new()];
        for p in a.params.iter().filter(|p| p.required && !p.domain.is_empty()) {
            // One value per class (the front-end's representatives), in domain order.
            let source = if p.canonical.len() == p.domain.len() { &p.canonical } else { &p.domain };
            let mut values: Vec<temper_verifier::Value> = Vec::new();
            for v in source.iter().map(from_front) {
                if !values.contains(&v) {
                    values.push(v);
                }
            }
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    values.iter().map(move |v| {
                        let mut c = c.clone();
                        c.push((p.name.clone(), v.clone()));
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
                // An int grows by arithmetic past any literal: expand it within its domain.
                Representation::Values if v.type_name == "int" => v
                    .domain
                    .iter()
                    .filter_map(|d| if let frontend::Value::Integer(n) = d { Some(n.unsigned_abs()) } else { None })
                    .max(),
                _ => None,
            })
            .collect(),
        liveness: liveness
            .into_iter()
            .map(|l| LivenessCheck { name: l.name, from: l.from, reaches: l.reaches, has_actions: l.has_actions })
            .collect(),
        max_states: max_states as u64,
        max_traces: 5,
        untracked: model.variables.iter().map(|v| !v.relevant).collect(),
        canonical: model
            .variables
            .iter()
            .map(|v| {
                let pairs = v.domain.iter().zip(&v.canonical).map(|(d, c)| (from_front(d), from_front(c)));
                pairs.filter(|(d, c)| d != c).map(|(d, c)| (to_wit(&d), to_wit(&c))).collect()
            })
            .collect(),
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
