//! The L0 queries: one self-contained SMT-LIB 2 script per check, with the answer that means
//! it passed and what a failure means.

use temper_spec::effect::Effect;
use temper_spec::ir::{Action, Automaton};

use super::effects::{apply, treatment};
use super::script::{Script, state};
use super::term::{Frame, pred};
use crate::classify::reads;
use crate::model::{EffectTreatment, QueryKind, SatAnswer, SmtQuery};

/// What every query of one automaton shares.
pub struct Ctx<'a> {
    pub aut: &'a Automaton,
    /// Per variable, the bound L0 adds to the pre-state (all `None` unless `bounded-l0`).
    pub bounds: Vec<Option<u64>>,
    /// The invariants the model can check (indices into `aut.invariants`).
    pub checkable: Vec<usize>,
}

fn states_text(aut: &Automaton, ix: &[usize]) -> String {
    ix.iter().map(|i| aut.states[*i].as_str()).collect::<Vec<_>>().join(", ")
}

/// `status ∈ ix` over the pre-state (nothing when `ix` is every state).
fn status_in(s: &mut Script<'_>, pre: &Frame, ix: &[usize], what: &str) {
    let aut = s.aut;
    if ix.len() == aut.states.len() {
        s.comment(&format!("{what} every state"));
        return;
    }
    s.comment(&format!("{what} {}", states_text(aut, ix)));
    let terms: Vec<String> = ix.iter().map(|i| format!("(= {} {})", pre.status, state(&aut.states[*i]))).collect();
    let t = match terms.len() {
        0 => "false".to_string(),
        1 => terms.concat(),
        _ => format!("(or {})", terms.join(" ")),
    };
    s.assert(&t);
}

fn guard(s: &mut Script<'_>, pre: &Frame, a: &Action) {
    if let Some(g) = &a.guard {
        s.comment(&format!("guard: {}", g.text));
        let t = pred(s, pre, &a.params, &g.text, &g.item);
        s.assert(&t);
    }
}

#[allow(clippy::too_many_arguments)]
fn finish(
    s: Script<'_>,
    id: String,
    kind: QueryKind,
    action: Option<&str>,
    property: Option<&str>,
    pass: SatAnswer,
    question: &str,
    failure: String,
) -> SmtQuery {
    let exact = s.unknowns() == 0;
    let title = vec![
        format!("temper verifier L0, {}: {question}", s.aut.name),
        format!(
            "pass: {}; {}",
            pass.name(),
            if exact { "exact" } else { "inexact (unknowns stand for clauses the model does not hold)" }
        ),
    ];
    let (script, counterexample) = s.finish(&title);
    SmtQuery {
        id,
        kind,
        action: action.map(str::to_string),
        property: property.map(str::to_string),
        script,
        counterexample,
        pass,
        exact,
        failure,
    }
}

/// Some state `a` fires from satisfies its guard.
pub fn guard_satisfiable(cx: &Ctx<'_>, ai: usize) -> SmtQuery {
    let a = &cx.aut.actions[ai];
    let mut s = Script::new(cx.aut, cx.bounds.clone());
    let pre = Frame::pre(&mut s);
    status_in(&mut s, &pre, &a.from, &format!("`{}` fires from", a.name));
    guard(&mut s, &pre, a);
    finish(
        s,
        format!("guard/{}", a.name),
        QueryKind::GuardSatisfiable,
        Some(&a.name),
        None,
        SatAnswer::Sat,
        &format!("can the guard of `{}` hold?", a.name),
        format!("the guard of `{}` never holds in a state it fires from: the action is dead", a.name),
    )
}

/// The invariant holds in the declared initial state.
pub fn invariant_initial(cx: &Ctx<'_>, ii: usize) -> SmtQuery {
    let inv = &cx.aut.invariants[ii];
    let mut s = Script::new(cx.aut, cx.bounds.clone());
    let init = Frame::initial(&s);
    s.comment(&format!("`{}` fails in the initial state: {}", inv.name, inv.assert.text));
    let t = pred(&mut s, &init, &[], &inv.assert.text, &inv.assert.item);
    s.assert(&format!("(not {t})"));
    finish(
        s,
        format!("initial/{}", inv.name),
        QueryKind::InvariantInitial,
        None,
        Some(&inv.name),
        SatAnswer::Unsat,
        &format!("does `{}` hold initially?", inv.name),
        format!("invariant `{}` does not hold in the initial state", inv.name),
    )
}

/// Whether `a` can change anything invariant `ii` reads (if not, it trivially preserves it).
pub fn affects(aut: &Automaton, a: &Action, ii: usize) -> bool {
    let mut names = Vec::new();
    reads(aut, &aut.invariants[ii].assert.item, &mut names);
    let moves = a.to.is_some_and(|t| a.from.iter().any(|f| *f != t));
    if moves && names.iter().any(|n| n == "status") {
        return true;
    }
    a.effects.iter().any(|e| {
        let var = match &e.item {
            Effect::Assign { var, .. } | Effect::Append { var, .. } | Effect::RemoveAt { var, .. } => *var,
            Effect::Spawn { store: Some(var), .. } => *var,
            _ => return false,
        };
        !matches!(treatment(aut, &e.item), EffectTreatment::Ignored(_)) && names.contains(&aut.vars[var].name)
    })
}

/// From any state where every checkable invariant holds, `a` cannot break invariant `ii`.
pub fn invariant_inductive(cx: &Ctx<'_>, ii: usize, ai: usize) -> SmtQuery {
    let (inv, a) = (&cx.aut.invariants[ii], &cx.aut.actions[ai]);
    let mut s = Script::new(cx.aut, cx.bounds.clone());
    let pre = Frame::pre(&mut s);
    status_in(&mut s, &pre, &a.from, &format!("`{}` fires from", a.name));
    guard(&mut s, &pre, a);
    for j in &cx.checkable {
        let other = &cx.aut.invariants[*j];
        s.comment(&format!("invariant {} holds before: {}", other.name, other.assert.text));
        let t = pred(&mut s, &pre, &[], &other.assert.text, &other.assert.item);
        s.assert(&t);
    }
    let post = apply(&mut s, a, &pre);
    s.comment(&format!("`{}` fails after `{}`", inv.name, a.name));
    let t = pred(&mut s, &post, &[], &inv.assert.text, &inv.assert.item);
    s.assert(&format!("(not {t})"));
    finish(
        s,
        format!("inductive/{}/{}", inv.name, a.name),
        QueryKind::InvariantInductive,
        Some(&a.name),
        Some(&inv.name),
        SatAnswer::Unsat,
        &format!("can `{}` break `{}`?", a.name, inv.name),
        format!(
            "`{}` can break invariant `{}` from a state where every invariant holds (not inductive; L1 decides whether such a state is reachable)",
            a.name, inv.name
        ),
    )
}

/// `a` cannot leave the terminal states in `leaving` (its `from` came from a timeout).
pub fn terminal_stays(cx: &Ctx<'_>, ai: usize, leaving: &[usize]) -> SmtQuery {
    let a = &cx.aut.actions[ai];
    let mut s = Script::new(cx.aut, cx.bounds.clone());
    let pre = Frame::pre(&mut s);
    status_in(&mut s, &pre, leaving, "terminal states it would leave:");
    guard(&mut s, &pre, a);
    apply(&mut s, a, &pre);
    finish(
        s,
        format!("terminal/{}", a.name),
        QueryKind::TerminalStays,
        Some(&a.name),
        Some("terminal"),
        SatAnswer::Unsat,
        &format!("can `{}` leave {}?", a.name, states_text(cx.aut, leaving)),
        format!("`{}` can leave terminal state {}", a.name, states_text(cx.aut, leaving)),
    )
}
