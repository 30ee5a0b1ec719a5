//! `[[liveness]]` properties over the explored graph: a dead end among the `from` states, or
//! a state from which no run can reach a target any more.

use super::graph::Graph;
use super::{Liveness, Model};
use crate::trace::{self, Trace};
use std::collections::{HashMap, HashSet, VecDeque};

/// A liveness failure, if any. `has_actions`: a reachable `from` state where no action applies
/// (environment moves do not count).
/// `reaches`: from every state reachable from a `from` state without passing a target, some
/// run must still be able to reach a target (a trap — a loop or a dead end from which no
/// target is reachable any more — fails; a loop that can still leave for a target does not:
/// runs are assumed fair).
/// States never expanded (at the bounds, or past the budget) count as able: unknown, not failed.
pub fn liveness(g: &Graph, model: &Model<'_>, l: &Liveness) -> Option<Trace> {
    let in_from = |i: usize| l.from.iter().any(|f| f == g.status(i));
    let is_target = |i: usize| l.reaches.iter().any(|r| r == g.status(i));
    if l.has_actions
        && let Some(i) = (0..g.len()).find(|&i| {
            in_from(i)
                && g.expanded(i)
                && g.successors(i).iter().all(|&(_, m)| model.moves[m as usize].is_environment())
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
    let mut can: Vec<bool> = (0..n).map(|i| is_target(i) || !g.expanded(i)).collect();
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
