//! The spec library's own machine as a [`Kernel`] (for the verifier's tests and as the
//! reference the component is compared with), and the parts of an L1 model read straight off
//! a compiled spec: variable names, terminal states, liveness properties, the initial state,
//! and one parameterless move per action.

use crate::l1::Liveness;
use crate::{Kernel, Move, State, Step, StepRef, Stepper, Value};
use temper_spec::machine::{Lean, Machine, Output, Prepared, Rejection, Request};

/// The native machine of one spec.
pub struct NativeKernel(pub Machine);

impl Kernel for NativeKernel {
    fn steps(&mut self, state: &State, moves: &[Move]) -> Result<Vec<Step>, String> {
        MachineKernel(&self.0).steps(state, moves)
    }

    fn stepper<'k>(&'k mut self, moves: &'k [Move]) -> Box<dyn Stepper + 'k> {
        Box::new(MachineStepper::new(&self.0, moves))
    }
}

/// A borrowed machine as a kernel (inside the interpreter component, its compiled specs).
pub struct MachineKernel<'a>(pub &'a Machine);

/// What an environment move (a create/PATCH of one variable) does: the new state, or
/// `Refused` when it changes nothing, names no `string`/`int` variable, or breaks an invariant
/// (the runtime answers that PATCH with 409).
pub fn patch(m: &Machine, state: &State, mv: &Move) -> Step {
    use temper_spec::value::VarType;
    let [(name, value)] = mv.params.as_slice() else { return Step::Refused };
    let Some(i) = m.aut.vars.iter().position(|v| v.name == *name && matches!(v.ty, VarType::String | VarType::Int))
    else {
        return Step::Refused;
    };
    if state.vars.get(i) == Some(value) {
        return Step::Refused;
    }
    let mut vars = state.vars.clone();
    vars[i] = value.clone();
    match m.check_state("update", &state.status, &vars) {
        Ok(()) => Step::Next(State { status: state.status.clone(), vars }),
        Err(_) => Step::Refused,
    }
}

impl Kernel for MachineKernel<'_> {
    fn steps(&mut self, state: &State, moves: &[Move]) -> Result<Vec<Step>, String> {
        Ok(moves
            .iter()
            .map(|m| {
                if m.is_environment() {
                    return patch(self.0, state, m);
                }
                let req = Request {
                    entity_id: "e-1",
                    seq: 1,
                    status: &state.status,
                    vars: &state.vars,
                    action: &m.action,
                    params: &m.params,
                    related: &[],
                };
                match self.0.evaluate(&req) {
                    Ok(t) => Step::Next(State { status: t.to, vars: t.vars }),
                    Err(Rejection::InvariantViolated { invariant, assert, .. }) => Step::Violates { invariant, assert },
                    Err(_) => Step::Refused,
                }
            })
            .collect())
    }

    fn stepper<'k>(&'k mut self, moves: &'k [Move]) -> Box<dyn Stepper + 'k> {
        Box::new(MachineStepper::new(self.0, moves))
    }
}

/// The machine's lean transition function over moves prepared once: the same steps as
/// [`MachineKernel::steps`], into reused buffers.
struct MachineStepper<'a> {
    m: &'a Machine,
    moves: &'a [Move],
    /// Per move: prepared, or `None` (an environment move, or refused in every state).
    prepared: Vec<Option<Prepared>>,
    out: Vec<Value>,
    outputs: Vec<Output>,
}

impl<'a> MachineStepper<'a> {
    fn new(m: &'a Machine, moves: &'a [Move]) -> Self {
        let prepared =
            moves.iter().map(|mv| if mv.is_environment() { None } else { m.prepare(&mv.action, &mv.params) }).collect();
        Self { m, moves, prepared, out: Vec::new(), outputs: Vec::new() }
    }
}

impl Stepper for MachineStepper<'_> {
    fn each(&mut self, state: &State, f: &mut dyn FnMut(usize, StepRef<'_>)) -> Result<(), String> {
        let aut = &self.m.aut;
        // An unknown status or ill-typed variables: `evaluate` refuses every action.
        let status = aut.state_index(&state.status).filter(|_| self.m.vars_ok(&state.vars));
        for (k, (mv, p)) in self.moves.iter().zip(&self.prepared).enumerate() {
            if mv.is_environment() {
                f(k, patch(self.m, state, mv).as_ref());
                continue;
            }
            let (Some(status), Some(p)) = (status, p) else {
                f(k, StepRef::Refused);
                continue;
            };
            match self.m.step(("e-1", 1), status, &state.vars, p, &mut self.out, &mut self.outputs) {
                Lean::Refused => f(k, StepRef::Refused),
                Lean::Next(to) => f(k, StepRef::Next { status: &aut.states[to], vars: &self.out }),
                Lean::Violates(i) => {
                    let inv = &aut.invariants[i];
                    f(k, StepRef::Violates { invariant: &inv.name, assert: &inv.assert.text })
                }
            }
        }
        Ok(())
    }
}

/// What an L1 model takes from the spec itself.
pub struct SpecParts {
    pub initial: State,
    pub var_names: Vec<String>,
    pub terminal: Vec<String>,
    pub liveness: Vec<Liveness>,
    /// Each action once, without parameters.
    pub moves: Vec<Move>,
}

impl SpecParts {
    /// The L1 model of these parts, expanding the states `within` accepts.
    pub fn model<'a>(&'a self, within: &'a dyn Fn(&State) -> bool) -> crate::l1::Model<'a> {
        crate::l1::Model {
            initial: self.initial.clone(),
            var_names: &self.var_names,
            moves: &self.moves,
            terminal: &self.terminal,
            liveness: &self.liveness,
            within,
            untracked: &[],
            canonical: &[],
        }
    }
}

pub fn spec_parts(m: &Machine) -> SpecParts {
    let a = &m.aut;
    let name = |i: &usize| a.states[*i].clone();
    let (status, vars) = m.initial();
    SpecParts {
        initial: State { status, vars },
        var_names: a.vars.iter().map(|v| v.name.clone()).collect(),
        terminal: a.terminal.iter().map(name).collect(),
        liveness: a
            .liveness
            .iter()
            .map(|l| Liveness {
                name: l.name.clone(),
                from: l.from.iter().map(name).collect(),
                reaches: l.reaches.iter().map(name).collect(),
                has_actions: l.has_actions,
            })
            .collect(),
        moves: a.actions.iter().map(|x| Move { action: x.name.clone(), params: Vec::new() }).collect(),
    }
}
