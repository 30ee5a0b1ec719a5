//! L1: exhaustive breadth-first exploration of a spec's bounded state space. Every reachable
//! state within the bounds is expanded by every move (action × parameter values) through the
//! [`Kernel`]; a move that breaks an invariant, a non-terminal state where nothing applies, and
//! a `[[liveness]]` property that can fail are reported with the shortest trace that shows it.
//! States are deduplicated exactly (hash set of full states). A state budget stops the search
//! with an honest "incomplete", never a pass. No clock is read (it runs inside the
//! interpreter component too): callers time it.

mod graph;
mod liveness;

use crate::trace::{self, Trace};
use crate::{Kernel, Move, State, StepRef, Value};
use graph::Graph;
use std::collections::HashSet;

/// A `[[liveness]]` property.
#[derive(Debug, Clone)]
pub struct Liveness {
    pub name: String,
    pub from: Vec<String>,
    /// Every run from a `from` state eventually reaches one of these (empty: not asked).
    pub reaches: Vec<String>,
    /// No `from` state is a dead end.
    pub has_actions: bool,
}

/// What to explore.
pub struct Model<'a> {
    pub initial: State,
    /// Variable names, in `State::vars` order (for the traces).
    pub var_names: &'a [String],
    /// Every move tried in every state.
    pub moves: &'a [Move],
    pub terminal: &'a [String],
    pub liveness: &'a [Liveness],
    /// Whether a state is within the bounds (only those are expanded).
    pub within: &'a dyn Fn(&State) -> bool,
    /// Per variable: outside the cone of influence, so reset to its initial value after every
    /// step (empty: every variable is tracked).
    pub untracked: &'a [bool],
    /// Per variable: `(value, representative)` pairs; a value the checks cannot tell from its
    /// representative is replaced by it after every step (for a list: each item; empty: values
    /// are kept).
    pub canonical: &'a [Vec<(Value, Value)>],
}

impl Model<'_> {
    /// The state with untracked variables reset and values replaced by their representatives.
    pub fn reduce(&self, s: &mut State) {
        self.reduce_vars(&mut s.vars);
    }

    /// [`Model::reduce`] on the variables alone.
    pub fn reduce_vars(&self, vars: &mut [Value]) {
        for (i, v) in vars.iter_mut().enumerate() {
            if self.untracked.get(i).copied().unwrap_or(false) {
                if let Some(init) = self.initial.vars.get(i) {
                    v.clone_from(init);
                }
            } else if let Some(classes) = self.canonical.get(i).filter(|c| !c.is_empty()) {
                match v {
                    // A list's pairs name items.
                    Value::List(items) => {
                        for item in items.iter_mut() {
                            if let Some((_, Value::Str(rep))) =
                                classes.iter().find(|(value, _)| matches!(value, Value::Str(s) if s == item))
                            {
                                item.clone_from(rep);
                            }
                        }
                    }
                    _ => {
                        if let Some((_, rep)) = classes.iter().find(|(value, _)| value == v) {
                            v.clone_from(rep);
                        }
                    }
                }
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Most distinct states kept; reaching it ends the search incomplete.
    pub max_states: usize,
    /// Most counterexamples kept per kind.
    pub max_traces: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { max_states: 1_000_000, max_traces: 5 }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub states: usize,
    pub transitions: usize,
    /// States reached but not expanded because they lie outside the bounds.
    pub beyond_bounds: usize,
    /// False when the state budget ended the search: nothing was proven.
    pub complete: bool,
    pub violations: Vec<Trace>,
}

impl Report {
    /// Passed: the whole bounded space was explored and nothing failed.
    pub fn passed(&self) -> bool {
        self.complete && self.violations.is_empty()
    }

    /// `L1 model check PASSED: 1234 states, 5678 transitions …` or why not.
    pub fn summary(&self) -> String {
        let beyond = if self.beyond_bounds > 0 {
            format!(", {} states at the bounds not expanded", self.beyond_bounds)
        } else {
            String::new()
        };
        if !self.complete {
            return format!(
                "L1 model check INCOMPLETE after {} states ({} transitions{beyond}): the state budget ran out, nothing is proven",
                self.states, self.transitions
            );
        }
        if self.violations.is_empty() {
            format!(
                "L1 model check PASSED: {} states, {} transitions{beyond}, all properties hold",
                self.states, self.transitions
            )
        } else {
            format!(
                "L1 model check FAILED: {} counterexample(s) in {} states, {} transitions{beyond}",
                self.violations.len(),
                self.states,
                self.transitions
            )
        }
    }
}

/// Explores `model` through `kernel`.
pub fn check(model: &Model<'_>, kernel: &mut dyn Kernel, opts: &Options) -> Result<Report, String> {
    let width = model.initial.vars.len();
    let mut g = Graph::new(width);
    let mut initial = model.initial.clone();
    model.reduce(&mut initial);
    let mut key = Vec::with_capacity(width + 1);
    g.encode(&initial, &mut key);
    g.push(&key, None);
    let mut report = Report { complete: true, ..Report::default() };
    let mut seen_violation: HashSet<String> = HashSet::new();
    let mut deadlock_statuses: HashSet<String> = HashSet::new();
    let environment: Vec<bool> = model.moves.iter().map(Move::is_environment).collect();
    let reduces = !model.untracked.is_empty() || model.canonical.iter().any(|c| !c.is_empty());
    let mut stepper = kernel.stepper(model.moves);
    // The state being expanded, decoded once, and its ids: a successor's value equal to the
    // state's reuses its id without interning.
    let mut state = initial;
    let mut ids: Vec<u32> = Vec::with_capacity(width + 1);
    let mut reduced: Vec<Value> = Vec::new();
    let mut wrong_width = None;
    let mut pending = Pending::default();
    // The edges are kept for the liveness properties only.
    let edges = !model.liveness.is_empty();
    // Breadth first: states are numbered in the order they are found, so the queue is the
    // numbers not yet expanded. They are expanded a batch at a time, the batch's successors
    // looked up together (their table slots fetched at once); traces are taken at once, so
    // they come in the order of a one-by-one search.
    let mut i = 0;
    'search: while i < g.len() {
        let end = g.len().min(i + BATCH);
        while i < end {
            g.decode_into(i, &mut state);
            if !(model.within)(&state) {
                report.beyond_bounds += 1;
                pending.states.push((i as u32, Some(false), pending.moves.len() as u32));
                i += 1;
                continue;
            }
            pending.states.push((i as u32, Some(true), pending.moves.len() as u32));
            ids.clear();
            ids.extend_from_slice(g.key(i));
            let mut an_action_applies = false;
            let mut stop = false;
            stepper.each(&state, &mut |m, step| {
                if stop {
                    return;
                }
                match step {
                    StepRef::Next { status, vars } => {
                        report.transitions += 1;
                        an_action_applies |= !environment[m];
                        let vars = if reduces {
                            temper_spec::value::assign(&mut reduced, vars);
                            model.reduce_vars(&mut reduced);
                            &reduced[..]
                        } else {
                            vars
                        };
                        if vars.len() != width {
                            wrong_width = Some(vars.len());
                            stop = true;
                            return;
                        }
                        pending.keys.push(if status == state.status { ids[0] } else { g.intern_status(status) });
                        for (v, (old, &id)) in vars.iter().zip(state.vars.iter().zip(&ids[1..])) {
                            pending.keys.push(if v == old { id } else { g.intern(v) });
                        }
                        pending.moves.push(m as u32);
                        // When the budget could run out on the successors pending: in order, now
                        // (only this last one can find it spent).
                        if g.len() + pending.moves.len() > opts.max_states {
                            if settle(&mut g, &mut pending, opts.max_states, edges) {
                                pending.states.push((i as u32, None, 0));
                            } else {
                                report.complete = false;
                                stop = true;
                            }
                        }
                    }
                    StepRef::Violates { invariant, assert } => {
                        if !seen_violation.contains(invariant) {
                            seen_violation.insert(invariant.to_string());
                            if report.violations.iter().filter(|t| t.kind == "invariant").count() < opts.max_traces {
                                report.violations.push(refused(&g, model, i, m, &state, invariant, assert));
                            }
                        }
                    }
                    StepRef::Refused => {}
                }
            })?;
            if let Some(n) = wrong_width {
                return Err(format!("the kernel returned a state with {n} variables; the model has {width}"));
            }
            if stop {
                break 'search;
            }
            if !an_action_applies
                && !model.terminal.contains(&state.status)
                && deadlock_statuses.insert(state.status.clone())
                && deadlock_statuses.len() <= opts.max_traces
            {
                let (states, moves) = g.path(i, model.moves);
                report.violations.push(Trace {
                    kind: "deadlock",
                    property: "no deadlock".into(),
                    what: format!("no action applies in `{}`, which is not terminal", state.status),
                    steps: trace::steps(model.var_names, &states, &moves),
                });
            }
            i += 1;
        }
        if !settle(&mut g, &mut pending, opts.max_states, edges) {
            report.complete = false;
            break;
        }
    }
    drop(stepper);
    report.states = g.len();
    for l in model.liveness {
        if let Some(t) = liveness::liveness(&g, model, l) {
            report.violations.push(t);
        }
    }
    Ok(report)
}

/// States expanded before their successors are looked up.
const BATCH: usize = 16;

/// Looks up the `pending` successors in order, adding the new ones; false (and the rest
/// dropped) when one is new and the graph holds `max_states` already.
fn settle(g: &mut Graph, pending: &mut Pending, max_states: usize, edges: bool) -> bool {
    g.prefetch(&pending.keys, &mut pending.hashes);
    let w = g.width();
    let mut within_budget = true;
    'all: for (k, &(s, begin, first)) in pending.states.iter().enumerate() {
        if let Some(expanded) = begin {
            g.begin(expanded);
        }
        let last = pending.states.get(k + 1).map_or(pending.moves.len(), |e| e.2 as usize);
        for r in first as usize..last {
            let (key, h, m) = (&pending.keys[r * w..(r + 1) * w], pending.hashes[r], pending.moves[r]);
            let j = match g.find_hashed(key, h) {
                Some(j) => j,
                None if g.len() >= max_states => {
                    within_budget = false;
                    break 'all;
                }
                None => g.push_hashed(key, h, Some((s, m))),
            };
            if edges {
                g.edge(j, m as usize);
            }
        }
    }
    pending.states.clear();
    pending.keys.clear();
    pending.moves.clear();
    within_budget
}

/// Expanded states whose successors are not yet looked up.
#[derive(Default)]
struct Pending {
    /// Per state: its number, whether it was expanded (`None`: continued after a lookup in
    /// the middle of its moves), and its first successor's row.
    states: Vec<(u32, Option<bool>, u32)>,
    /// The successors' ids, one row each.
    keys: Vec<u32>,
    hashes: Vec<u64>,
    moves: Vec<u32>,
}

/// The trace of move `m` from state `i` (decoded: `state`) breaking `invariant`.
fn refused(g: &Graph, model: &Model<'_>, i: usize, m: usize, state: &State, invariant: &str, assert: &str) -> Trace {
    let (mut states, mut moves) = g.path(i, model.moves);
    moves.push(model.moves[m].clone());
    states.push(state.clone());
    let mut steps = trace::steps(model.var_names, &states, &moves);
    // The last step is refused by the runtime: its state is the pre-state.
    if let Some(last) = steps.last_mut() {
        last.changes.clear();
        last.refused = true;
    }
    Trace {
        kind: "invariant",
        property: invariant.to_string(),
        what: format!("`{}` breaks `{assert}`", model.moves[m].action),
        steps,
    }
}
