//! L1: exhaustive breadth-first exploration of a spec's bounded state space. Every reachable
//! state within the bounds is expanded by every move (action × parameter values) through the
//! [`Kernel`]; a move that breaks an invariant, a non-terminal state where nothing applies, and
//! a `[[liveness]]` property that can fail are reported with the shortest trace that shows it.
//! States are deduplicated exactly (hash set of full states). A state budget stops the search
//! with an honest "incomplete", never a pass. No clock is read (it runs inside the
//! interpreter component too): callers time it.

use crate::trace::{self, Trace};
use crate::{Kernel, Move, State, Step, Value};
use std::collections::{HashMap, HashSet, VecDeque};

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
        for (i, v) in s.vars.iter_mut().enumerate() {
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

/// The explored graph. States are stored compactly: each value (and status) is interned once,
/// a state is the list of their ids — a tenth of the memory of the states themselves, so large
/// spaces fit in one component instance.
struct Graph {
    values: Vec<Value>,
    value_ids: HashMap<Value, u32>,
    states: Vec<Box<[u32]>>,
    index: HashMap<Box<[u32]>, u32>,
    /// The BFS parent of each state and the move from it.
    parent: Vec<Option<(u32, u32)>>,
    /// Successors of expanded states with the move to each; `None` for a state never expanded.
    succ: Vec<Option<Vec<(u32, u32)>>>,
}

impl Graph {
    fn new() -> Self {
        Self {
            values: Vec::new(),
            value_ids: HashMap::new(),
            states: Vec::new(),
            index: HashMap::new(),
            parent: Vec::new(),
            succ: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.states.len()
    }

    fn intern(&mut self, v: &Value) -> u32 {
        if let Some(&id) = self.value_ids.get(v) {
            return id;
        }
        let id = self.values.len() as u32;
        self.values.push(v.clone());
        self.value_ids.insert(v.clone(), id);
        id
    }

    fn encode(&mut self, s: &State) -> Box<[u32]> {
        let status = self.intern(&Value::Str(s.status.clone()));
        let mut ids = Vec::with_capacity(s.vars.len() + 1);
        ids.push(status);
        for v in &s.vars {
            ids.push(self.intern(v));
        }
        ids.into_boxed_slice()
    }

    fn state(&self, i: usize) -> State {
        let ids = &self.states[i];
        State {
            status: self.status(i).to_string(),
            vars: ids[1..].iter().map(|&id| self.values[id as usize].clone()).collect(),
        }
    }

    fn status(&self, i: usize) -> &str {
        match &self.values[self.states[i][0] as usize] {
            Value::Str(s) => s,
            _ => "",
        }
    }

    /// The state's index, and whether it is new.
    fn insert(&mut self, s: &State, parent: Option<(u32, u32)>) -> (usize, bool) {
        let key = self.encode(s);
        if let Some(&i) = self.index.get(&key) {
            return (i as usize, false);
        }
        let i = self.states.len();
        self.index.insert(key.clone(), i as u32);
        self.states.push(key);
        self.parent.push(parent);
        self.succ.push(None);
        (i, true)
    }

    fn contains(&mut self, s: &State) -> Option<usize> {
        let key = self.encode(s);
        self.index.get(&key).map(|&i| i as usize)
    }

    fn successors(&self, i: usize) -> &[(u32, u32)] {
        self.succ[i].as_deref().unwrap_or(&[])
    }

    fn path(&self, mut i: usize, moves: &[Move]) -> (Vec<State>, Vec<Move>) {
        let mut states = vec![self.state(i)];
        let mut taken = Vec::new();
        while let Some((p, m)) = self.parent[i] {
            states.push(self.state(p as usize));
            taken.push(moves[m as usize].clone());
            i = p as usize;
        }
        states.reverse();
        taken.reverse();
        (states, taken)
    }
}

/// Explores `model` through `kernel`.
pub fn check(model: &Model<'_>, kernel: &mut dyn Kernel, opts: &Options) -> Result<Report, String> {
    let mut g = Graph::new();
    let mut initial = model.initial.clone();
    model.reduce(&mut initial);
    g.insert(&initial, None);
    let mut report = Report { complete: true, ..Report::default() };
    let mut queue = VecDeque::from([0usize]);
    let mut seen_violation: HashSet<String> = HashSet::new();
    let mut deadlock_statuses: HashSet<String> = HashSet::new();
    'search: while let Some(i) = queue.pop_front() {
        let state = g.state(i);
        if !(model.within)(&state) {
            report.beyond_bounds += 1;
            continue;
        }
        let steps = kernel.steps(&state, model.moves)?;
        let mut next = Vec::new();
        let mut an_action_applies = false;
        for (m, step) in steps.into_iter().enumerate() {
            match step {
                Step::Next(mut s) => {
                    report.transitions += 1;
                    an_action_applies |= !model.moves[m].is_environment();
                    model.reduce(&mut s);
                    let j = match g.contains(&s) {
                        Some(j) => j,
                        None => {
                            if g.len() >= opts.max_states {
                                report.complete = false;
                                g.succ[i] = Some(next);
                                break 'search;
                            }
                            let (j, _) = g.insert(&s, Some((i as u32, m as u32)));
                            queue.push_back(j);
                            j
                        }
                    };
                    next.push((j as u32, m as u32));
                }
                Step::Violates { invariant, assert } => {
                    if seen_violation.insert(invariant.clone())
                        && report.violations.iter().filter(|t| t.kind == "invariant").count() < opts.max_traces
                    {
                        let (mut states, mut moves) = g.path(i, model.moves);
                        moves.push(model.moves[m].clone());
                        states.push(state.clone());
                        let mut steps = trace::steps(model.var_names, &states, &moves);
                        // The last step is refused by the runtime: its state is the pre-state.
                        if let Some(last) = steps.last_mut() {
                            last.changes.clear();
                            last.refused = true;
                        }
                        report.violations.push(Trace {
                            kind: "invariant",
                            property: invariant.clone(),
                            what: format!("`{}` breaks `{assert}`", model.moves[m].action),
                            steps,
                        });
                    }
                }
                Step::Refused => {}
            }
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
        g.succ[i] = Some(next);
    }
    report.states = g.len();
    for l in model.liveness {
        if let Some(t) = liveness(&g, model, l) {
            report.violations.push(t);
        }
    }
    Ok(report)
}

/// A liveness failure, if any. `has_actions`: a reachable `from` state where no action applies
/// (environment moves do not count).
/// `reaches`: from every state reachable from a `from` state without passing a target, some
/// run must still be able to reach a target (a trap — a loop or a dead end from which no
/// target is reachable any more — fails; a loop that can still leave for a target does not:
/// runs are assumed fair).
/// States never expanded (at the bounds, or past the budget) count as able: unknown, not failed.
fn liveness(g: &Graph, model: &Model<'_>, l: &Liveness) -> Option<Trace> {
    let in_from = |i: usize| l.from.iter().any(|f| f == g.status(i));
    let is_target = |i: usize| l.reaches.iter().any(|r| r == g.status(i));
    if l.has_actions
        && let Some(i) = (0..g.len()).find(|&i| {
            in_from(i)
                && g.succ[i].as_ref().is_some_and(|s| s.iter().all(|&(_, m)| model.moves[m as usize].is_environment()))
        })
    {
        let (states, moves) = g.path(i, model.moves);
        return Some(Trace {
            kind: "liveness",
            property: l.name.clone(),
            what: format!("`{}` is a dead end: no action applies", g.status(i)),
            steps: trace::steps(model.var_names, &states, &moves),
        });
    }
    if l.reaches.is_empty() {
        return None;
    }
    // can(s): some run from s reaches a target — a backward search from the targets (and from
    // the states never expanded, which count as able), over the reversed graph.
    let n = g.len();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        for &(j, _) in g.successors(i) {
            preds[j as usize].push(i);
        }
    }
    let mut can: Vec<bool> = (0..n).map(|i| is_target(i) || g.succ[i].is_none()).collect();
    let mut work: Vec<usize> = (0..n).filter(|&i| can[i]).collect();
    while let Some(j) = work.pop() {
        for &i in &preds[j] {
            if !can[i] {
                can[i] = true;
                work.push(i);
            }
        }
    }
    // One forward search from every `from` state at once, for a state that cannot reach.
    let sources: Vec<usize> = (0..n).filter(|&i| in_from(i)).collect();
    let mut parent: HashMap<usize, (usize, u32)> = HashMap::new();
    let mut seen: HashSet<usize> = sources.iter().copied().collect();
    let mut queue: VecDeque<usize> = sources.into_iter().collect();
    while let Some(i) = queue.pop_front() {
        if !can[i] {
            // The path: to the `from` state this search started at, then on to `i`.
            let mut tail = Vec::new();
            let mut at = i;
            while let Some(&(p, m)) = parent.get(&at) {
                tail.push((at, m));
                at = p;
            }
            let (mut states, mut moves) = g.path(at, model.moves);
            for (j, m) in tail.into_iter().rev() {
                states.push(g.state(j));
                moves.push(model.moves[m as usize].clone());
            }
            let what = format!(
                "from `{}` no run can reach {} any more",
                g.status(i),
                l.reaches.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(" or ")
            );
            return Some(Trace {
                kind: "liveness",
                property: l.name.clone(),
                what,
                steps: trace::steps(model.var_names, &states, &moves),
            });
        }
        // Reaching a target discharges the obligation: the search does not go past it.
        if is_target(i) {
            continue;
        }
        for &(j, m) in g.successors(i) {
            let j = j as usize;
            if seen.insert(j) {
                parent.insert(j, (i, m));
                queue.push_back(j);
            }
        }
    }
    None
}
