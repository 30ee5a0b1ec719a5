//! Shrinking a counterexample: the shortest path (breadth-first over the entity's moves, agent
//! and internal, through the interpreter) from the initial state to the exact state the failing
//! entity ended in. A run's journal carries every detour the random agents took; the shortest
//! path shows the same failure in the fewest steps. Bounded: beyond the bounds the journal stays.

use super::model::{self, SpecInfo};
use super::report::Counterexample;
use crate::runtime::interpreter::{EntityState, EvalRequest, Interpreter};
use anyhow::Result;
use std::collections::{HashMap, VecDeque};
use temper_verifier::Move;
use temper_verifier::trace::Trace;

const MAX_DEPTH: usize = 8;
const MAX_STATES: usize = 1000;
/// States whose moves are tried (each costs one `evaluate-batch` of every move).
const MAX_EXPANDED: usize = 200;
const PER_ACTION: usize = 8;

fn key(s: &EntityState) -> String {
    format!("{s:?}")
}

/// Up to `PER_ACTION` moves of each action, spread over its parameter combinations.
fn moves(spec: &SpecInfo) -> Vec<Move> {
    let mut out = Vec::new();
    let mut names: Vec<&str> = spec.all_moves.iter().map(|m| m.action.as_str()).collect();
    names.dedup();
    for name in names {
        let all: Vec<&Move> = spec.all_moves.iter().filter(|m| m.action == name).collect();
        out.extend(all.iter().step_by(all.len().div_ceil(PER_ACTION).max(1)).map(|m| (*m).clone()));
    }
    out
}

/// The states and moves of a shortest path from the initial state to a state `goal` accepts,
/// if one is found within the bounds and is shorter than `than` steps.
pub fn shortest(
    interp: &mut Interpreter,
    spec: &SpecInfo,
    goal: &dyn Fn(&EntityState) -> bool,
    than: usize,
) -> Result<Option<(Vec<EntityState>, Vec<Move>)>> {
    let start = spec.initial.clone();
    if goal(&start) {
        return Ok((than > 0).then(|| (vec![start], Vec::new())));
    }
    let moves = moves(spec);
    // state key -> (parent key, move index), for walking the path back.
    let mut parent: HashMap<String, (String, usize)> = HashMap::new();
    let mut states: HashMap<String, EntityState> = HashMap::from([(key(&start), start.clone())]);
    let mut queue = VecDeque::from([(start, 0usize)]);
    let mut expanded = 0;
    while let Some((state, depth)) = queue.pop_front() {
        expanded += 1;
        if expanded > MAX_EXPANDED {
            break;
        }
        if depth + 1 >= than.min(MAX_DEPTH + 1) {
            continue;
        }
        let reqs: Vec<EvalRequest> = moves
            .iter()
            .map(|m| EvalRequest {
                spec: spec.spec.clone(),
                entity_id: "shrink".into(),
                seq: depth as u64 + 1,
                state: state.clone(),
                action: m.action.clone(),
                params: model::move_params(m),
                related: Vec::new(),
            })
            .collect();
        let from = key(&state);
        for (i, r) in interp.evaluate_batch(&reqs)?.into_iter().enumerate() {
            let Ok(t) = r else { continue };
            let k = key(&t.state);
            if states.contains_key(&k) || states.len() >= MAX_STATES {
                continue;
            }
            parent.insert(k.clone(), (from.clone(), i));
            states.insert(k.clone(), t.state.clone());
            if goal(&t.state) {
                return Ok(Some(walk_back(&parent, &states, &moves, k)));
            }
            queue.push_back((t.state, depth + 1));
        }
    }
    Ok(None)
}

fn walk_back(
    parent: &HashMap<String, (String, usize)>,
    states: &HashMap<String, EntityState>,
    moves: &[Move],
    mut at: String,
) -> (Vec<EntityState>, Vec<Move>) {
    let (mut path, mut taken) = (Vec::new(), Vec::new());
    while let Some((prev, i)) = parent.get(&at) {
        path.extend(states.get(&at).cloned());
        taken.push(moves[*i].clone());
        at = prev.clone();
    }
    path.extend(states.get(&at).cloned());
    path.reverse();
    taken.reverse();
    (path, taken)
}

/// Replaces a liveness counterexample's trace by a shortest path to the same final state when
/// one is found (the run's journal is kept in `run`).
pub fn shrink(interp: &mut Interpreter, specs: &[SpecInfo], cx: &mut Counterexample) -> Result<()> {
    let Some((ty, end)) = &cx.end else { return Ok(()) };
    let Some(spec) = specs.iter().find(|s| &s.entity_type == ty) else { return Ok(()) };
    if cx.trace.kind != "liveness" {
        return Ok(());
    }
    let than = cx.trace.steps.len().saturating_sub(1);
    let exact = key(end);
    let mut found = shortest(interp, spec, &|s| key(s) == exact, than)?;
    if found.is_none() {
        // The same status with other variable values: the run's own path may be long.
        found = shortest(interp, spec, &|s| s.status == end.status, than)?;
        if found.is_some() {
            cx.trace.what.push_str(&format!(" (shown: a shortest path to `{}`)", end.status));
        }
    }
    let Some((states, taken)) = found else { return Ok(()) };
    let states: Vec<_> = states.iter().map(|s| spec.trace_state(s)).collect();
    let short = Trace { steps: temper_verifier::trace::steps(&spec.var_names, &states, &taken), ..cx.trace.clone() };
    cx.run = Some(std::mem::replace(&mut cx.trace, short));
    cx.by.clear();
    Ok(())
}
