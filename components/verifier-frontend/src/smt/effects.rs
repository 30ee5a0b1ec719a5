//! Effects as SMT: the post-state as a function of the pre-state, statement by statement, with
//! `Machine::apply`'s semantics — `+=`/`-=` saturate at the i64 range and a counter that would
//! go below 0 stops at 0; setting a counter to a negative parameter rejects the action;
//! `append` adds one item; `remove_at` removes one only when the index is in range.

use temper_spec::effect::{Arg, AssignOp, Effect};
use temper_spec::ir::{Action, Automaton};
use temper_spec::value::VarType;

use super::script::{I64_MAX, Script, numeral, state};
use super::term::Frame;
use crate::classify::{a_type, l0_blind_type};
use crate::model::EffectTreatment;

/// How L0 treats one effect statement of `aut`.
pub fn treatment(aut: &Automaton, e: &Effect) -> EffectTreatment {
    let var = |i: usize| &aut.vars[i];
    let unmodelled_arg = |a: &Arg| match a {
        Arg::Var(j) => l0_blind_type(var(*j).ty).map(|_| format!("`{}`, {}", var(*j).name, a_type(var(*j).ty))),
        _ => None,
    };
    match e {
        Effect::Assign { var: i, .. } if l0_blind_type(var(*i).ty).is_some() => {
            let v = var(*i);
            EffectTreatment::Ignored(format!("changes only `{}`, {} (L0 does not see it)", v.name, a_type(v.ty)))
        }
        Effect::Assign { arg, .. } => match unmodelled_arg(arg) {
            Some(what) => {
                EffectTreatment::Abstracted(format!("the value comes from {what}, which the model does not hold"))
            }
            None => EffectTreatment::Exact,
        },
        Effect::RemoveAt { arg, .. } => match unmodelled_arg(arg) {
            Some(what) => {
                EffectTreatment::Abstracted(format!("the index comes from {what}, which the model does not hold"))
            }
            None => EffectTreatment::Exact,
        },
        Effect::Append { .. } => EffectTreatment::Exact,
        Effect::Spawn { store: Some(i), .. } if var(*i).ty == VarType::List => EffectTreatment::Exact,
        Effect::Spawn { entity_type, store, .. } => EffectTreatment::Ignored(match store {
            Some(i) => {
                format!("post-commit work: spawns a `{entity_type}`; its id goes to `{}`, a string", var(*i).name)
            }
            None => format!("post-commit work: spawns a `{entity_type}`"),
        }),
        Effect::Schedule { action, .. } | Effect::ScheduleAt { action, .. } => {
            EffectTreatment::Ignored(format!("post-commit work: schedules `{action}`"))
        }
    }
}

fn clamp(x: &str) -> String {
    format!("(ite (< {x} 0) 0 (ite (> {x} {I64_MAX}) {I64_MAX} {x}))")
}

/// Writes `action`'s effects into `s` (assertions defining intermediate values) and returns
/// the post-state. Conditions under which the runtime would reject the action (a negative
/// value set into a counter) are asserted too: a rejected action makes no transition.
pub fn apply(s: &mut Script<'_>, action: &Action, pre: &Frame) -> Frame {
    let aut = s.aut;
    let mut cur = pre.clone();
    cur.lists = None;
    for e in &action.effects {
        let treatment = treatment(aut, &e.item);
        if matches!(treatment, EffectTreatment::Ignored(_)) {
            continue;
        }
        s.comment(&format!("effect: {}", e.text));
        let value = |s: &mut Script<'_>, cur: &Frame, a: &Arg| -> Option<String> {
            match a {
                Arg::Lit(v) => match v {
                    temper_spec::value::Value::Int(n) => Some(numeral(*n)),
                    temper_spec::value::Value::Bool(b) => Some(b.to_string()),
                    _ => None,
                },
                Arg::Var(j) => cur.vars[*j].clone(),
                Arg::Param(p) => action.params.iter().find(|d| d.name == *p).and_then(|d| s.param(d)),
            }
        };
        match &e.item {
            Effect::Assign { var, op, arg } => {
                let v = &aut.vars[*var];
                let old = cur.vars[*var].clone().unwrap_or_default();
                let amount = value(s, &cur, arg);
                let new = match (v.ty, op, amount) {
                    (VarType::Bool, _, Some(b)) => b,
                    (VarType::Bool, _, None) => s.unknown_bool(&format!("the value `{}` sets", e.text)),
                    (_, _, None) => s.unknown_int(&format!("the value `{}` sets", e.text), true),
                    (_, AssignOp::Set, Some(x)) => {
                        if matches!(arg, Arg::Param(_)) {
                            s.comment("the runtime rejects a negative value for a counter");
                            s.assert(&format!("(>= {x} 0)"));
                        }
                        x
                    }
                    (_, AssignOp::Add, Some(x)) => clamp(&format!("(+ {old} {x})")),
                    (_, AssignOp::Sub, Some(x)) => clamp(&format!("(- {old} {x})")),
                };
                let sort = if v.ty == VarType::Bool { "Bool" } else { "Int" };
                let m = s.mid(&v.name, sort, &format!("`{}` after `{}`", v.name, e.text));
                s.assert(&format!("(= {m} {new})"));
                cur.vars[*var] = Some(m);
            }
            Effect::Append { var, .. } | Effect::Spawn { store: Some(var), .. } => {
                let name = &aut.vars[*var].name;
                let old = cur.vars[*var].clone().unwrap_or_default();
                let m = s.mid(&format!("len_{name}"), "Int", &format!("len({name}) after `{}`", e.text));
                s.assert(&format!("(= {m} (+ {old} 1))"));
                cur.vars[*var] = Some(m);
            }
            Effect::RemoveAt { var, arg } => {
                let name = &aut.vars[*var].name;
                let old = cur.vars[*var].clone().unwrap_or_default();
                let i = match value(s, &cur, arg) {
                    Some(i) => i,
                    None => s.unknown_int(&format!("the index `{}` removes", e.text), false),
                };
                let m = s.mid(&format!("len_{name}"), "Int", &format!("len({name}) after `{}`", e.text));
                s.assert(&format!("(= {m} (ite (and (<= 0 {i}) (< {i} {old})) (- {old} 1) {old}))"));
                cur.vars[*var] = Some(m);
            }
            Effect::Spawn { .. } | Effect::Schedule { .. } | Effect::ScheduleAt { .. } => {}
        }
    }
    if let Some(to) = action.to {
        cur.status = state(&aut.states[to]);
    }
    cur
}
