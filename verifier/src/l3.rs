//! L3: property tests. Random sequences of actions with random parameters (mostly values from
//! the model's domains, sometimes random ints and strings outside them) run from the initial
//! state through the [`Kernel`] — at each step every action is called with its random
//! parameters (one kernel crossing) and one of the calls the state lets through is taken; a
//! call the kernel reports as breaking an invariant fails the case (the spec's guard let through a call that the runtime must refuse). Proptest's
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
    /// Calls the kernel evaluated, over all runs (every action at every step).
    pub steps: u64,
    /// Steps taken: calls the kernel applied, one per step of a case until nothing applies.
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
                "L3 property tests PASSED: {} cases, {} actions applied ({} calls evaluated), no invariant broken (seed {seed})",
                self.passed_cases, self.applied, self.steps
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
    let (names, gens): (Vec<String>, Vec<BoxedStrategy<Value>>) =
        a.params.iter().filter_map(|p| Some((p.name.clone(), param_strategy(p)?))).unzip();
    let action = a.action.clone();
    gens.prop_map(move |vals| Move { action: action.clone(), params: names.iter().cloned().zip(vals).collect() })
        .boxed()
}

/// One step of a case: a call of every action (with its random parameters) and a pick among
/// those the current state lets through. Choosing among the enabled calls, not blindly, keeps
/// every step of a sequence an applied action; shrinking moves `pick` towards the first one.
#[derive(Debug, Clone)]
struct Choice {
    pick: u32,
    moves: Vec<Move>,
}

fn choice_strategy(actions: &[ActionSpace]) -> impl Strategy<Value = Choice> + use<> {
    let moves: Vec<BoxedStrategy<Move>> = actions.iter().map(action_strategy).collect();
    (proptest::num::u32::ANY, moves).prop_map(|(pick, moves)| Choice { pick, moves })
}

/// What one sequence does: the states it passes through, the moves that applied, and the move
/// that breaks an invariant (with the invariant and its assertion), if one does.
struct Run {
    states: Vec<State>,
    applied: Vec<Move>,
    broken: Option<(Move, String, String)>,
    tried: u64,
}

fn replay(kernel: &mut dyn Kernel, initial: &State, choices: &[Choice]) -> Result<Run, String> {
    let mut run = Run { states: vec![initial.clone()], applied: Vec::new(), broken: None, tried: 0 };
    for c in choices {
        let state = run.states.last().cloned().unwrap_or_else(|| initial.clone());
        run.tried += c.moves.len() as u64;
        let steps = kernel.steps(&state, &c.moves)?;
        if steps.len() != c.moves.len() {
            return Err(format!("the kernel answered {} of {} moves", steps.len(), c.moves.len()));
        }
        // Calls the spec lets through: those that apply, and those whose result the runtime
        // refuses because it breaks an invariant (the failures L3 looks for).
        let enabled: Vec<(usize, Step)> =
            steps.into_iter().enumerate().filter(|(_, s)| !matches!(s, Step::Refused)).collect();
        if enabled.is_empty() {
            // No call with these parameters applies; the next step draws new ones (a real dead
            // end is L1's concern).
            continue;
        }
        let (i, step) = &enabled[c.pick as usize % enabled.len()];
        let m = &c.moves[*i];
        match step {
            Step::Next(s) => {
                run.applied.push(m.clone());
                run.states.push(s.clone());
            }
            Step::Violates { invariant, assert } => {
                run.broken = Some((m.clone(), invariant.clone(), assert.clone()));
                return Ok(run);
            }
            Step::Refused => {}
        }
    }
    Ok(run)
}

const KERNEL_ERROR: &str = "kernel error: ";

/// One proptest search: its counts, and the shrunk failing case (or the kernel's error).
struct Search {
    runs: u64,
    tried: u64,
    applied: u64,
    /// Cases that passed before the first failure.
    passed: u64,
    outcome: Result<Option<Vec<Choice>>, String>,
}

fn search(model: &Model<'_>, kernel: &mut dyn Kernel, opts: &Options, max_steps: usize, seed: u64) -> Search {
    let cases = proptest::collection::vec(choice_strategy(model.actions), 1..=max_steps.max(1));
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
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(seed)));
    let kernel = RefCell::new(kernel);
    let (runs, tried, applied) = (Cell::new(0u64), Cell::new(0u64), Cell::new(0u64));
    let first_failure: Cell<Option<u64>> = Cell::new(None);
    let result = runner.run(&cases, |choices| {
        runs.set(runs.get() + 1);
        let outcome = replay(&mut **kernel.borrow_mut(), &model.initial, &choices)
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
    let outcome = match result {
        Ok(()) => Ok(None),
        Err(TestError::Abort(why)) => Err(why.to_string()),
        Err(TestError::Fail(why, minimal)) => match why.to_string().strip_prefix(KERNEL_ERROR) {
            Some(e) => Err(e.to_string()),
            None => Ok(Some(minimal)),
        },
    };
    Search {
        runs: runs.get(),
        tried: tried.get(),
        applied: applied.get(),
        passed: first_failure.get().unwrap_or(u64::from(opts.cases)),
        outcome,
    }
}

/// Runs the property tests (a model without actions has nothing to test and passes 0 cases).
/// After a failure is shrunk, searches again (with derived seeds) for a failing case with fewer
/// steps than the shortest so far, until none is found: proptest's shrinking only removes and
/// simplifies, so it can stop at a local minimum a shorter sequence beats.
pub fn check(model: &Model<'_>, kernel: &mut dyn Kernel, opts: &Options) -> Report {
    let mut report = Report { seed: opts.seed, ..Report::default() };
    if model.actions.is_empty() {
        return report;
    }
    let add = |r: &mut Report, s: &Search| {
        r.runs += s.runs;
        r.steps += s.tried;
        r.applied += s.applied;
    };
    let first = search(model, kernel, opts, opts.max_steps, opts.seed);
    add(&mut report, &first);
    report.passed_cases = u32::try_from(first.passed).unwrap_or(u32::MAX);
    let mut best = match first.outcome {
        Err(e) => {
            report.error = Some(e);
            return report;
        }
        Ok(None) => return report,
        Ok(Some(c)) => c,
    };
    let mut round = 1u64;
    while best.len() > 1 {
        let s = search(model, kernel, opts, best.len() - 1, opts.seed.wrapping_add(round));
        add(&mut report, &s);
        round += 1;
        match s.outcome {
            Ok(Some(c)) if c.len() < best.len() => best = c,
            _ => break,
        }
    }
    match replay(kernel, &model.initial, &best) {
        Ok(run) => report.failure = trace_of(model, run),
        Err(e) => report.error = Some(e),
    }
    if report.failure.is_none() && report.error.is_none() {
        report.error = Some("the minimal case did not fail again on replay".into());
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
