//! Shrinking a liveness counterexample. A run's journal carries every detour the random agents
//! took; dropping windows of steps while the rest still replays through the interpreter
//! (every step accepted) and still ends in the same state — then in the same status, which is
//! what a liveness failure is about — leaves a short trace that shows the same failure. The run's own journal is kept beside it.

use super::model::{self, SpecInfo};
use super::report::Counterexample;
use crate::runtime::interpreter::{EntityState, EvalRequest, Interpreter};
use anyhow::Result;
use temper_verifier::Move;
use temper_verifier::trace::Trace;

/// Most replays one shrink may try (each is one `evaluate` per step).
const MAX_REPLAYS: usize = 2000;

/// The states a sequence of moves passes through from the initial state, if every move is accepted.
fn replay(interp: &mut Interpreter, spec: &SpecInfo, moves: &[Move]) -> Result<Option<Vec<EntityState>>> {
    let mut states = vec![spec.initial.clone()];
    for (i, m) in moves.iter().enumerate() {
        let Some(state) = states.last().cloned() else { return Ok(None) };
        if m.action == model::PATCH {
            match model::patched(spec, &state, m) {
                Some(next) if interp.check_state(&spec.spec, "update", &next)?.is_ok() => states.push(next),
                _ => return Ok(None),
            }
            continue;
        }
        let req = EvalRequest {
            spec: spec.spec.clone(),
            entity_id: "shrink".into(),
            seq: i as u64 + 1,
            state,
            action: m.action.clone(),
            params: model::move_params(m),
            related: Vec::new(),
        };
        match interp.evaluate(&req)? {
            Ok(t) => states.push(t.state),
            Err(_) => return Ok(None),
        }
    }
    Ok(Some(states))
}

/// Window sizes to try dropping, largest first: n-1, n/2, n/4, ..., 2, 1.
fn sizes(n: usize) -> Vec<usize> {
    let mut out = vec![n.saturating_sub(1)];
    let mut k = n / 2;
    while k > 0 {
        out.push(k);
        k /= 2;
    }
    out.push(2);
    out.push(1);
    out.retain(|k| *k > 0 && *k < n);
    out.sort_unstable_by(|a, b| b.cmp(a));
    out.dedup();
    out
}

/// Drops windows of steps while the remaining moves replay and end in a state `goal` accepts.
fn minimize(
    interp: &mut Interpreter,
    spec: &SpecInfo,
    mut moves: Vec<Move>,
    goal: &dyn Fn(&EntityState) -> bool,
) -> Result<Vec<Move>> {
    let mut budget = MAX_REPLAYS;
    'outer: while budget > 0 {
        for size in sizes(moves.len()) {
            for start in 0..=moves.len() - size {
                if budget == 0 {
                    break 'outer;
                }
                budget -= 1;
                let mut fewer = moves.clone();
                fewer.drain(start..start + size);
                if let Some(states) = replay(interp, spec, &fewer)?
                    && states.last().is_some_and(goal)
                {
                    moves = fewer;
                    continue 'outer;
                }
            }
        }
        break;
    }
    Ok(moves)
}

/// Replaces a liveness counterexample's trace by a shorter one ending in the same state, or
/// shorter still in the same status (said in its `what`); the run's journal moves to `run`.
pub fn shrink(interp: &mut Interpreter, specs: &[SpecInfo], cx: &mut Counterexample) -> Result<()> {
    let Some((ty, end)) = &cx.end else { return Ok(()) };
    let Some(spec) = specs.iter().find(|s| &s.entity_type == ty) else { return Ok(()) };
    if cx.trace.kind != "liveness" {
        return Ok(());
    }
    let moves: Vec<Move> = cx.trace.steps.iter().filter_map(|s| s.action.clone()).collect();
    let exact = format!("{end:?}");
    let same_state = minimize(interp, spec, moves.clone(), &|s| format!("{s:?}") == exact)?;
    let same_status = minimize(interp, spec, same_state.clone(), &|s| s.status == end.status)?;
    let (short, note) = if same_status.len() < same_state.len() {
        (same_status, Some(format!(" (shown: a shorter path to `{}`)", end.status)))
    } else {
        (same_state, None)
    };
    if short.len() >= moves.len() {
        return Ok(());
    }
    let Some(states) = replay(interp, spec, &short)? else { return Ok(()) };
    let states: Vec<_> = states.iter().map(|s| spec.trace_state(s)).collect();
    let mut trace =
        Trace { steps: temper_verifier::trace::steps(&spec.var_names, &states, &short), ..cx.trace.clone() };
    if let Some(note) = note {
        trace.what.push_str(&note);
    }
    cx.run = Some(std::mem::replace(&mut cx.trace, trace));
    cx.by.clear();
    Ok(())
}
