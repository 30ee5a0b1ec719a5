//! The transition table: a compiled automaton and the one function that decides an action.
//! Pure and deterministic — no clock, no randomness, no I/O — so the runtime, the verifier
//! and the simulator get the same answer for the same input.

use crate::ir::*;
use crate::predicate::{Env, Related, Ty, eval, failing_clause};
use crate::value::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

mod apply;
mod step;
pub use step::{Lean, Prepared};

/// A compiled automaton, ready to evaluate.
#[derive(Debug, Clone)]
pub struct Machine {
    /// Content hash of the sources it was compiled from.
    pub id: String,
    pub aut: Automaton,
    /// The entity set serving this type, when a data model was given.
    pub entity_set: Option<String>,
    actions: HashMap<String, usize>,
    /// `allowed[action][state]`.
    allowed: Vec<Vec<bool>>,
}

/// One request to decide.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub entity_id: &'a str,
    pub seq: u64,
    pub status: &'a str,
    pub vars: &'a [Value],
    pub action: &'a str,
    pub params: &'a [(String, Value)],
    pub related: &'a [Related],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    pub action: String,
    pub from: String,
    pub to: String,
    pub params: Vec<(String, Value)>,
    pub vars: Vec<Value>,
    /// Variables the effects changed: `(name, new value)`, in declaration order.
    pub changes: Vec<(String, Value)>,
    pub outputs: Vec<Output>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Schedule { action: String, after_seconds: Option<u64>, at: Option<Value> },
    Spawn { entity_type: String, action: String, child_id: String, params: Vec<(String, Value)> },
    Trigger(FiredTrigger),
    ArmTimeout { state: String, after_seconds: u64, action: String, max_occurrences: u32, args: Vec<(String, Value)> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FiredTrigger {
    pub name: String,
    pub kind: TriggerKind,
    pub target_entity: Option<String>,
    pub target_action: Option<String>,
    pub resolve: Option<&'static str>,
    pub target_id: Option<String>,
    pub module: Option<String>,
    pub on_success: Option<String>,
    pub on_failure: Option<String>,
    pub url: Option<String>,
    pub args: Vec<(String, Value)>,
    pub config: Vec<(String, String)>,
    /// `principal = "..."` of an entity trigger: who its dispatch runs as.
    pub principal: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    UnknownAction { action: String, known: Vec<String> },
    NotAllowed { action: String, status: String, allowed_from: Vec<String> },
    GuardFailed { action: String, clause: String, guard: String },
    InvariantViolated { action: String, invariant: String, assert: String },
    BadParameter { action: String, param: String, reason: String },
    BadState(String),
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::UnknownAction { action, known } => {
                write!(f, "unknown action `{action}`; actions are {}", quoted(known))
            }
            Rejection::NotAllowed { action, status, allowed_from } => {
                write!(f, "`{action}` is not allowed from `{status}`; it is allowed from {}", quoted(allowed_from))
            }
            Rejection::GuardFailed { action, clause, guard } => {
                write!(f, "guard of `{action}` is false: `{clause}` does not hold (guard: `{guard}`)")
            }
            Rejection::InvariantViolated { action, invariant, assert } => {
                write!(f, "`{action}` would violate invariant `{invariant}` (`{assert}`)")
            }
            Rejection::BadParameter { action, param, reason } => {
                write!(f, "bad parameter `{param}` for `{action}`: {reason}")
            }
            Rejection::BadState(why) => write!(f, "bad state: {why}"),
        }
    }
}

fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        return "nowhere".into();
    }
    items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

impl Machine {
    pub fn new(id: String, aut: Automaton, entity_set: Option<String>) -> Self {
        let actions = aut.actions.iter().enumerate().map(|(i, a)| (a.name.clone(), i)).collect();
        let allowed =
            aut.actions.iter().map(|a| (0..aut.states.len()).map(|s| a.from.contains(&s)).collect()).collect();
        Self { id, aut, entity_set, actions, allowed }
    }

    /// The state a new entity starts in: the initial status and every variable's initial value.
    pub fn initial(&self) -> (String, Vec<Value>) {
        (self.aut.states[self.aut.initial].clone(), self.aut.vars.iter().map(|v| v.initial.clone()).collect())
    }

    /// Decides one action: the new state and the event, or why not.
    /// Every `[[invariant]]` in `status` with `vars`: a write that is not an action (a create
    /// with given fields, a PATCH) must leave the entity in a state the invariants accept.
    /// `write` names the write in the rejection (`create`, `update`).
    /// What creating an entity in `status` with `vars` arms: the `[[state_timeout]]`s of that
    /// state, as entering it through an action would.
    pub fn created(&self, entity_id: &str, status: &str, vars: &[Value]) -> Result<Vec<Output>, Rejection> {
        let Some(s) = self.aut.states.iter().position(|x| x == status) else {
            return Err(Rejection::BadState(format!("unknown status `{status}`")));
        };
        Ok(self
            .aut
            .timeouts
            .iter()
            .filter(|t| t.state == s)
            .map(|t| Output::ArmTimeout {
                state: status.to_string(),
                after_seconds: t.after_seconds,
                action: t.on_timeout.clone(),
                max_occurrences: t.max_occurrences,
                args: t.args.iter().map(|(k, a)| (k.clone(), arg_value(a, entity_id, vars, &[]))).collect(),
            })
            .collect())
    }

    pub fn check_state(&self, write: &str, status: &str, vars: &[Value]) -> Result<(), Rejection> {
        if !self.aut.states.iter().any(|s| s == status) {
            return Err(Rejection::BadState(format!("unknown status `{status}`")));
        }
        if vars.len() != self.aut.vars.len() {
            return Err(Rejection::BadState(format!(
                "{} variables given, the spec declares {}",
                vars.len(),
                self.aut.vars.len()
            )));
        }
        self.check_invariants(write, &Env { status, vars, params: &[], related: &[] })
    }

    fn check_invariants(&self, action: &str, env: &Env<'_>) -> Result<(), Rejection> {
        for inv in &self.aut.invariants {
            if !eval(&inv.assert.item, env) {
                return Err(Rejection::InvariantViolated {
                    action: action.to_string(),
                    invariant: inv.name.clone(),
                    assert: inv.assert.text.clone(),
                });
            }
        }
        Ok(())
    }

    pub fn evaluate(&self, req: &Request<'_>) -> Result<Transition, Rejection> {
        let aut = &self.aut;
        let Some(status) = aut.state_index(req.status) else {
            return Err(Rejection::BadState(format!(
                "`{}` is not a state of `{}`; states are {}",
                req.status,
                aut.name,
                quoted(&aut.states)
            )));
        };
        self.check_vars(req.vars)?;
        let Some(&ai) = self.actions.get(req.action) else {
            return Err(Rejection::UnknownAction {
                action: req.action.to_string(),
                known: aut.actions.iter().map(|a| a.name.clone()).collect(),
            });
        };
        let action = &aut.actions[ai];
        if !self.allowed[ai][status] {
            return Err(Rejection::NotAllowed {
                action: action.name.clone(),
                status: req.status.to_string(),
                allowed_from: action.from.iter().map(|s| aut.states[*s].clone()).collect(),
            });
        }
        let params = self.check_params(action, req.params)?;
        let env = Env { status: req.status, vars: req.vars, params: &params, related: req.related };
        if let Some(guard) = &action.guard
            && !eval(&guard.item, &env)
        {
            let span = failing_clause(&guard.item, &env);
            let clause = guard.text.get(span).unwrap_or(&guard.text).trim().to_string();
            return Err(Rejection::GuardFailed { action: action.name.clone(), clause, guard: guard.text.clone() });
        }
        let mut vars = req.vars.to_vec();
        let mut outputs = Vec::new();
        for (i, e) in action.effects.iter().enumerate() {
            self.apply(&e.item, i, req, &params, &mut vars, &mut outputs)?;
        }
        let to = action.to.unwrap_or(status);
        let to_name = &aut.states[to];
        let post = Env { status: to_name, vars: &vars, params: &[], related: req.related };
        self.check_invariants(&action.name, &post)?;
        let post = Env { params: &params, ..post };
        for t in &action.triggers {
            if t.guard.as_ref().is_none_or(|g| eval(&g.item, &post)) {
                outputs.push(Output::Trigger(self.fire(t, req, &params, &vars)));
            }
        }
        for t in &aut.timeouts {
            let entering = t.state == to && (to != status || t.reset_on.contains(&action.name));
            if entering {
                let args =
                    t.args.iter().map(|(k, a)| (k.clone(), arg_value(a, req.entity_id, &vars, &params))).collect();
                outputs.push(Output::ArmTimeout {
                    state: to_name.clone(),
                    after_seconds: t.after_seconds,
                    action: t.on_timeout.clone(),
                    max_occurrences: t.max_occurrences,
                    args,
                });
            }
        }
        let changes = aut
            .vars
            .iter()
            .zip(req.vars.iter().zip(vars.iter()))
            .filter(|(_, (a, b))| a != b)
            .map(|(d, (_, b))| (d.name.clone(), b.clone()))
            .collect();
        Ok(Transition {
            action: action.name.clone(),
            from: req.status.to_string(),
            to: to_name.clone(),
            params,
            vars,
            changes,
            outputs,
        })
    }

    fn check_vars(&self, vars: &[Value]) -> Result<(), Rejection> {
        let decls = &self.aut.vars;
        if vars.len() != decls.len() {
            return Err(Rejection::BadState(format!(
                "`{}` has {} state variables, {} were given",
                self.aut.name,
                decls.len(),
                vars.len()
            )));
        }
        for (d, v) in decls.iter().zip(vars) {
            if !d.ty.admits(v) {
                return Err(Rejection::BadState(format!(
                    "variable `{}` is a {}, but the state holds {v}",
                    d.name,
                    d.ty.name()
                )));
            }
        }
        Ok(())
    }

    /// Validates parameters against the action's declarations; returns them with declared
    /// ones first (in declaration order), then undeclared ones (merged into fields by callers).
    fn check_params(&self, action: &Action, given: &[(String, Value)]) -> Result<Vec<(String, Value)>, Rejection> {
        let bad = |param: &str, reason: String| Rejection::BadParameter {
            action: action.name.clone(),
            param: param.to_string(),
            reason,
        };
        for (i, (name, _)) in given.iter().enumerate() {
            if given[..i].iter().any(|(n, _)| n == name) {
                return Err(bad(name, "given twice".into()));
            }
        }
        let mut out = Vec::with_capacity(given.len());
        for p in &action.params {
            let v = given.iter().find(|(n, _)| *n == p.name).map(|(_, v)| v);
            match v {
                None | Some(Value::Null) if p.required => return Err(bad(&p.name, "missing; it is required".into())),
                None => continue,
                Some(v) => {
                    let ok = match (p.ty, v) {
                        (None, _) | (_, Value::Null) => true,
                        (Some(Ty::Str), Value::Str(_))
                        | (Some(Ty::Bool), Value::Bool(_))
                        | (Some(Ty::List), Value::List(_)) => true,
                        (Some(Ty::Num), Value::Int(n)) => !p.non_negative || *n >= 0,
                        _ => false,
                    };
                    if !ok {
                        let want = match (p.ty, p.non_negative) {
                            (Some(Ty::Num), true) => "a non-negative integer",
                            (Some(Ty::Num), false) => "an integer",
                            (Some(Ty::Str), _) => "a string",
                            (Some(Ty::Bool), _) => "a boolean",
                            (Some(Ty::List), _) => "a list of strings",
                            _ => "a value",
                        };
                        return Err(bad(&p.name, format!("expected {want}, found {} {v}", v.kind_name())));
                    }
                    out.push((p.name.clone(), v.clone()));
                }
            }
        }
        for (name, v) in given {
            if action.params.iter().any(|p| p.name == *name) {
                continue;
            }
            if self.aut.strict_params {
                let declared: Vec<String> = action.params.iter().map(|p| p.name.clone()).collect();
                return Err(bad(
                    name,
                    format!("not declared (strict_action_params); declared parameters are {}", quoted(&declared)),
                ));
            }
            out.push((name.clone(), v.clone()));
        }
        Ok(out)
    }

    fn fire(&self, t: &Trigger, req: &Request<'_>, params: &[(String, Value)], vars: &[Value]) -> FiredTrigger {
        let text = |i: usize| match vars.get(i) {
            Some(Value::Str(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        };
        let target_id = match &t.resolve {
            Some(Resolve::Field(i)) => text(*i),
            Some(Resolve::SameId) => Some(req.entity_id.to_string()),
            Some(Resolve::Static(s)) => Some(s.clone()),
            Some(Resolve::CreateIfMissing(i)) => Some(text(*i).unwrap_or_else(|| format!("{}-derived", req.entity_id))),
            Some(Resolve::Create) => {
                Some(derived_id(t.target_entity.as_deref().unwrap_or("entity"), req.entity_id, req.seq, usize::MAX))
            }
            None => None,
        };
        FiredTrigger {
            name: t.name.clone(),
            kind: t.kind,
            target_entity: t.target_entity.clone(),
            target_action: t.target_action.clone(),
            resolve: t.resolve.as_ref().map(Resolve::name),
            target_id,
            module: t.module.clone().or_else(|| t.adapter.clone()).or_else(|| t.hook.clone()),
            on_success: t.on_success.clone(),
            on_failure: t.on_failure.clone(),
            url: t.url.clone(),
            args: t.args.iter().map(|(k, a)| (k.clone(), arg_value(a, req.entity_id, vars, params))).collect(),
            config: t.config.clone(),
            principal: t.principal.clone(),
        }
    }
}

fn arg_value(a: &ArgExpr, entity_id: &str, vars: &[Value], params: &[(String, Value)]) -> Value {
    match a {
        ArgExpr::Lit(v) => v.clone(),
        ArgExpr::EntityId => Value::Str(entity_id.to_string()),
        ArgExpr::Var(i) => vars.get(*i).cloned().unwrap_or(Value::Null),
        ArgExpr::Param(p) => params.iter().find(|(n, _)| n == p).map_or(Value::Null, |(_, v)| v.clone()),
    }
}

/// A child id derived from the parent event, so replays and retries name the same child.
fn derived_id(entity_type: &str, parent_id: &str, seq: u64, index: usize) -> String {
    let mut h = Sha256::new();
    h.update(parent_id.as_bytes());
    h.update([0]);
    h.update(seq.to_le_bytes());
    h.update((index as u64).to_le_bytes());
    let digest = hex::encode(h.finalize());
    format!("{}-{}", entity_type.to_lowercase(), &digest[..16])
}
