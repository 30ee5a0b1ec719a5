//! The native back end of the verification cascade: L0, the front-end's SMT queries on the
//! linked Z3 ([`l0`], feature `smt`); L1, exhaustive model checking of a spec's bounded state
//! space ([`l1`]); L3, property tests with shrinking ([`l3`], feature `proptest`). L1 and L3
//! drive whatever [`Kernel`] they are given — in production the interpreter component, so the
//! verified code is the code that serves — and report counterexamples as minimal
//! action-labelled traces ([`trace`]). Without its features the crate has no native
//! dependency, so L1 also compiles into the interpreter component.

#[cfg(feature = "smt")]
pub mod l0;
pub mod l1;
#[cfg(feature = "proptest")]
pub mod l3;
pub mod native;
pub mod trace;

pub use temper_spec::value::Value;

/// One state of one entity: its status and its variables in declaration order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct State {
    pub status: String,
    pub vars: Vec<Value>,
}

/// An action with concrete parameters: one edge label of the state graph. A move whose action
/// starts with `$` is the environment's, not the spec's: [`PATCH`] sets one `string`/`int`
/// variable, as a create or PATCH may.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Move {
    pub action: String,
    pub params: Vec<(String, Value)>,
}

/// The environment move that sets the variable named by its one parameter to its value.
pub const PATCH: &str = "$patch";

impl Move {
    /// A create/PATCH of one variable.
    pub fn patch(var: &str, value: Value) -> Self {
        Self { action: PATCH.to_string(), params: vec![(var.to_string(), value)] }
    }

    /// Made by the environment (a client writing fields), not an action of the spec.
    pub fn is_environment(&self) -> bool {
        self.action.starts_with('$')
    }
}

/// What one move does from one state.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The action applies; the entity reaches this state.
    Next(State),
    /// The action does not apply here (wrong status, guard false, parameter refused).
    Refused,
    /// The action applies but its result breaks this invariant (the runtime refuses it; the
    /// model checker reports the state and move that reach it).
    Violates { invariant: String, assert: String },
}

impl Step {
    /// The step, borrowed.
    pub fn as_ref(&self) -> StepRef<'_> {
        match self {
            Step::Next(s) => StepRef::Next { status: &s.status, vars: &s.vars },
            Step::Refused => StepRef::Refused,
            Step::Violates { invariant, assert } => StepRef::Violates { invariant, assert },
        }
    }
}

/// A [`Step`] borrowed from a kernel's buffers (see [`Stepper`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StepRef<'a> {
    Next { status: &'a str, vars: &'a [Value] },
    Refused,
    Violates { invariant: &'a str, assert: &'a str },
}

/// The semantics the checker explores: the interpreter, through whatever boundary.
pub trait Kernel {
    /// What each of `moves` does from `state`, in order (one boundary crossing for all).
    fn steps(&mut self, state: &State, moves: &[Move]) -> Result<Vec<Step>, String>;

    /// The same function for a search that tries the same `moves` in every state: a kernel
    /// may prepare them once and lend its results instead of building [`Step`]s. By default,
    /// [`Kernel::steps`].
    fn stepper<'k>(&'k mut self, moves: &'k [Move]) -> Box<dyn Stepper + 'k> {
        Box::new(Batch { kernel: self, moves })
    }
}

/// A kernel bound to a fixed list of moves (see [`Kernel::stepper`]).
pub trait Stepper {
    /// Calls `f(m, step)` for each move `m`, in order, with what it does from `state`.
    fn each(&mut self, state: &State, f: &mut dyn FnMut(usize, StepRef<'_>)) -> Result<(), String>;
}

struct Batch<'k, K: ?Sized> {
    kernel: &'k mut K,
    moves: &'k [Move],
}

impl<K: Kernel + ?Sized> Stepper for Batch<'_, K> {
    fn each(&mut self, state: &State, f: &mut dyn FnMut(usize, StepRef<'_>)) -> Result<(), String> {
        for (m, step) in self.kernel.steps(state, self.moves)?.iter().enumerate() {
            f(m, step.as_ref());
        }
        Ok(())
    }
}
