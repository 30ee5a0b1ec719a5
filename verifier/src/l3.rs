//! L3: property tests. Random sequences of actions with random parameters (mostly values from
//! the model's domains, sometimes random ints and strings outside them) run from the initial
//! state through the [`Kernel`]; a move the kernel reports as breaking an invariant fails the
//! case (the spec's guard let through a call that the runtime must refuse). Proptest's
//! `TestRunner`, seeded from a fixed seed so a run replays exactly, shrinks a failure to a
//! minimal sequence, reported as an action-labelled trace with the state diff at each step.

use crate::trace::{self, Trace};
use crate::{Kernel, Move, State, Step, Value};
use proptest::strategy::{BoxedStrategy, Strategy, Union};
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use std::cell::{Cell, RefCell};

/// Random values a parameter is also given, beyond its domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    /// Only the domain.
    None,
    /// Random integers (small ones around zero, and any `i64`).
    Int,
    /// Random lower-case strings of up to 8 characters (the empty one included).
    Str,
}

/// One parameter of an action: the values tried.
#[derive(Debug, Clone)]
pub struct ParamSpace {
    pub name: String,
    pub domain: Vec<Value>,
    pub extra: Extra,
}

/// One action and its parameters: a case picks an action, then a value for each parameter.
#[derive(Debug, Clone)]
pub struct ActionSpace {
    pub action: String,
    pub params: Vec<ParamSpace>,
}

/// What to test.
pub struct Model<'a> {
    pub initial: State,
    /// Variable names, in `State::vars` order (for the traces).
    pub var_names: &'a [String],
    pub actions: &'a [ActionSpace],
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Passing cases needed for a pass.
    pub cases: u32,
    /// Most actions in one case (each case has 1 to this many).
    pub max_steps: usize,
    /// Seeds the random generator (ChaCha): the same seed, model and kernel give the same run.
    pub seed: u64,
    /// Most shrinking steps after a failure.
    pub max_shrink_iters: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self { cases: 1000, max_steps: 30, seed: 0x7e3, max_shrink_iters: 10_000 }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub seed: u64,
    /// Cases run (including the shrinking runs after a failure).
    pub runs: u64,
    /// Passing cases before the failure (all of them on a pass).
    pub passed_cases: u32,
    /// Moves sent to the kernel, over all runs.
    pub steps: u64,
    /// Moves the kernel applied (the others were refused: wrong status, guard false).
    pub applied: u64,
    /// The minimal failing sequence, if any.
    pub failure: Option<Trace>,
    /// The kernel failed (not a property): nothing is proven.
    pub error: Option<String>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.failure.is_none() && self.error.is_none()
    }

    /// `L3 property tests PASSED: 1000 cases, … (seed 2019)` or why not.
    pub fn summary(&self) -> String {
        let seed = self.seed;
        if let Some(e) = &self.error {
            return format!("L3 property tests ERROR after {} cases: {e} (seed {seed})", self.passed_cases);
        }
        match &self.failure {
            None => format!(
                "L3 property tests PASSED: {} cases, {} actions tried, {} applied, no invariant broken (seed {seed})",
                self.passed_cases, self.steps, self.applied
            ),
            Some(t) => format!(
                "L3 property tests FAILED: `{}` broken after {} passing cases; shrunk to {} action(s) (seed {seed})",
                t.property,
                self.passed_cases,
                t.steps.len().saturating_sub(1)
            ),
        }
    }
}

/// The ChaCha seed of a `u64` seed (its bytes, repeated).
fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = seed.to_le_bytes()[i % 8];
    }
    out
}

fn param_strategy(p: &ParamSpace) -> Option<BoxedStrategy<Value>> {
    let extra: Option<BoxedStrategy<Value>> = match p.extra {
        Extra::None => None,
        Extra::Int => Some(
            Union::new_weighted(vec![(3, (-3i64..=12).boxed()), (1, proptest::num::i64::ANY.boxed())])
                .prop_map(Value::Int)
                .boxed(),
        ),
        Extra::Str => Some(
            proptest::collection::vec(proptest::char::range('a', 'z'), 0..=8)
                .prop_map(|cs| Value::Str(cs.into_iter().collect()))
                .boxed(),
        ),
    };
    let domain = (!p.domain.is_empty()).then(|| proptest::sample::select(p.domain.clone()).boxed());
    match (domain, extra) {
        (Some(d), Some(e)) => Some(Union::new_weighted(vec![(4, d), (1, e)]).boxed()),
        (Some(d), None) => Some(d),
        (None, e) => e,
    }
}

fn action_strategy(a: &ActionSpace) -> BoxedStrategy<Move> {
    let names: Vec<String> = a.params.iter().map(|p| p.name.clone()).collect();
    let gens: Vec<BoxedStrategy<Value>> = a.params.iter().filter_map(param_strategy).collect();
    let kept: Vec<String> =
        a.params.iter().zip(&names).filter(|(p, _)| param_strategy(p).is_some()).map(|(_, n)| n.clone()).collect();
    let action = a.action.clone();
    gens.prop_map(move |vals| Move { action: action.clone(), params: kept.iter().cloned().zip(vals).collect() }).boxed()
}

/// What one sequence does: the states it passes through, the moves that applied, and the move
/// that breaks an invariant (with the invariant and its assertion), if one does.
struct Run {
    states: Vec<State>,
    applied: Vec<Move>,
    broken: Option<(Move, String, String)>,
    tried: u64,
}

fn replay(kernel: &mut dyn Kernel, initial: &State, moves: &[Move]) -> Result<Run, String> {
    let mut run = Run { states: vec![initial.clone()], applied: Vec::new(), broken: None, tried: 0 };
    for m in moves {
        let state = run.states.last().cloned().unwrap_or_else(|| initial.clone());
        run.tried += 1;
        let step = kernel.steps(&state, std::slice::from_ref(m))?.into_iter().next();
        match step {
            Some(Step::Next(s)) => {
                run.applied.push(m.clone());
                run.states.push(s);
            }
            Some(Step::Violates { invariant, assert }) => {
                run.broken = Some((m.clone(), invariant, assert));
                return Ok(run);
            }
            Some(Step::Refused) => {}
            None => return Err(format!("the kernel gave no answer for `{}`", m.action)),
        }
    }
    Ok(run)
}

const KERNEL_ERROR: &str = "kernel error: ";

/// Runs the property tests (a model without actions has nothing to test and passes 0 cases).
pub fn check(model: &Model<'_>, kernel: &mut dyn Kernel, opts: &Options) -> Report {
    let mut report = Report { seed: opts.seed, ..Report::default() };
    if model.actions.is_empty() {
        return report;
    }
    let moves = Union::new(model.actions.iter().map(action_strategy));
    let cases = proptest::collection::vec(moves, 1..=opts.max_steps.max(1));
    let config = Config {
        cases: opts.cases,
        max_shrink_iters: opts.max_shrink_iters,
        max_shrink_time: 0,
        failure_persistence: None,
        fork: false,
        timeout: 0,
        verbose: 0,
        rng_algorithm: RngAlgorithm::ChaCha,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(opts.seed)));
    let kernel = RefCell::new(kernel);
    let (runs, tried, applied) = (Cell::new(0u64), Cell::new(0u64), Cell::new(0u64));
    let first_failure: Cell<Option<u64>> = Cell::new(None);
    let result = runner.run(&cases, |moves| {
        runs.set(runs.get() + 1);
        let outcome = replay(&mut **kernel.borrow_mut(), &model.initial, &moves)
            .map_err(|e| TestCaseError::fail(format!("{KERNEL_ERROR}{e}")))
            .and_then(|run| {
                tried.set(tried.get() + run.tried);
                applied.set(applied.get() + run.applied.len() as u64);
                match run.broken {
                    Some((m, inv, _)) => Err(TestCaseError::fail(format!("`{}` breaks `{inv}`", m.action))),
                    None => Ok(()),
                }
            });
        if outcome.is_err() && first_failure.get().is_none() {
            first_failure.set(Some(runs.get() - 1));
        }
        outcome
    });
    report.runs = runs.get();
    report.steps = tried.get();
    report.applied = applied.get();
    report.passed_cases = opts.cases;
    match result {
        Ok(()) => {}
        Err(TestError::Abort(why)) => report.error = Some(why.to_string()),
        Err(TestError::Fail(why, minimal)) => {
            report.passed_cases = first_failure.get().map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX));
            let why = why.to_string();
            if let Some(e) = why.strip_prefix(KERNEL_ERROR) {
                report.error = Some(e.to_string());
                return report;
            }
            match replay(&mut **kernel.borrow_mut(), &model.initial, &minimal) {
                Ok(run) => report.failure = trace_of(model, run),
                Err(e) => report.error = Some(e),
            }
            if report.failure.is_none() && report.error.is_none() {
                report.error = Some(format!("the minimal case did not fail again on replay ({why})"));
            }
        }
    }
    report
}

fn trace_of(model: &Model<'_>, run: Run) -> Option<Trace> {
    let (m, invariant, assert) = run.broken?;
    let mut states = run.states;
    let mut moves = run.applied;
    let before = states.last()?.clone();
    moves.push(m.clone());
    states.push(before);
    let mut steps = trace::steps(model.var_names, &states, &moves);
    if let Some(last) = steps.last_mut() {
        last.refused = true;
        last.changes.clear();
    }
    Some(Trace { kind: "invariant", property: invariant, what: format!("`{}` breaks `{assert}`", m.action), steps })
}
