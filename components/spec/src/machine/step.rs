//! The lean transition function for model checkers: the same decision as
//! [`Machine::evaluate`] (same guard, effects, invariants, same result state), without what
//! only a runtime needs — no `Transition` (changes, outputs, names), no name lookups per call,
//! parameters checked once per move rather than once per state, and the result written into a
//! caller's buffer.

use super::{Machine, Output, Request};
use crate::predicate::{Env, eval};
use crate::value::Value;

/// An action with its parameters, resolved and validated once (see [`Machine::prepare`]).
#[derive(Debug, Clone)]
pub struct Prepared {
    action: usize,
    params: Vec<(String, Value)>,
}

/// What one prepared action does from one state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// Refused: not allowed from the status, guard false, or an effect refused a value.
    Refused,
    /// Applies: the new status (index into `aut.states`); the variables are in the buffer.
    Next(usize),
    /// Applies, but the result breaks this invariant (index into `aut.invariants`).
    Violates(usize),
}

impl Machine {
    /// The action named `action` with `params`, ready for [`Machine::step`]; `None` when
    /// [`Machine::evaluate`] would refuse it in every state (unknown action, bad parameters).
    pub fn prepare(&self, action: &str, params: &[(String, Value)]) -> Option<Prepared> {
        let &ai = self.actions.get(action)?;
        let params = self.check_params(&self.aut.actions[ai], params).ok()?;
        Some(Prepared { action: ai, params })
    }

    /// Whether `vars` is a state [`Machine::evaluate`] accepts (right number, right types):
    /// [`Machine::step`] assumes it.
    pub fn vars_ok(&self, vars: &[Value]) -> bool {
        self.check_vars(vars).is_ok()
    }

    /// Decides `p` from status index `status` with `vars` (checked by [`Machine::vars_ok`]) for
    /// entity `entity_id` at event `seq`; on `Next`, `out` holds the new variables. `outputs`
    /// is scratch space (cleared).
    pub fn step(
        &self,
        (entity_id, seq): (&str, u64),
        status: usize,
        vars: &[Value],
        p: &Prepared,
        out: &mut Vec<Value>,
        outputs: &mut Vec<Output>,
    ) -> Lean {
        let aut = &self.aut;
        let action = &aut.actions[p.action];
        if !self.allowed[p.action].get(status).copied().unwrap_or(false) {
            return Lean::Refused;
        }
        let status_name = &aut.states[status];
        let env = Env { status: status_name, vars, params: &p.params, related: &[] };
        if let Some(guard) = &action.guard
            && !eval(&guard.item, &env)
        {
            return Lean::Refused;
        }
        crate::value::assign(out, vars);
        outputs.clear();
        let req = Request {
            entity_id,
            seq,
            status: status_name,
            vars,
            action: &action.name,
            params: &p.params,
            related: &[],
        };
        for (i, e) in action.effects.iter().enumerate() {
            if self.apply(&e.item, i, &req, &p.params, out, outputs).is_err() {
                return Lean::Refused;
            }
        }
        let to = action.to.unwrap_or(status);
        let post = Env { status: &aut.states[to], vars: out, params: &[], related: &[] };
        match aut.invariants.iter().position(|inv| !eval(&inv.assert.item, &post)) {
            Some(k) => Lean::Violates(k),
            None => Lean::Next(to),
        }
    }
}
