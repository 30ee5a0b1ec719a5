//! SMT-LIB 2 generation for L0: the `Status` datatype, counters and list lengths as `Int`,
//! bools as `Bool`, parameters as constants, pre/intermediate/post values per transition, and
//! a fresh unknown for every clause or value the model does not hold.

pub mod effects;
pub mod queries;
pub mod script;
pub mod term;

use crate::model::SmtQuery;
use queries::Ctx;

/// Every L0 query of one automaton: guard satisfiability per guarded action, then per checkable
/// invariant its initial check and its induction over each action that can change what it
/// reads, then any action that could leave a terminal state.
pub fn all_queries(cx: &Ctx<'_>) -> Vec<SmtQuery> {
    let aut = cx.aut;
    let mut out = Vec::new();
    for (ai, a) in aut.actions.iter().enumerate() {
        if a.guard.is_some() && !a.from.is_empty() {
            out.push(queries::guard_satisfiable(cx, ai));
        }
    }
    for &ii in &cx.checkable {
        out.push(queries::invariant_initial(cx, ii));
        for (ai, a) in aut.actions.iter().enumerate() {
            if queries::affects(aut, a, ii) {
                out.push(queries::invariant_inductive(cx, ii, ai));
            }
        }
    }
    for (ai, a) in aut.actions.iter().enumerate() {
        let leaving: Vec<usize> = match a.to {
            Some(to) => a.from.iter().copied().filter(|f| *f != to && aut.is_terminal(*f)).collect(),
            None => Vec::new(),
        };
        if !leaving.is_empty() {
            out.push(queries::terminal_stays(cx, ai, &leaving));
        }
    }
    out
}
