//! Bounds and domains. A counter (or a list's length) is bounded by the largest literal it
//! meets — raised by one where that is needed for a comparison to come out both ways — and by
//! what is assigned to it, shared with whatever it is compared with, never below the default.
//! A parameter's domain is the literals it meets (with their neighbours, for numbers), the
//! values of what it is compared with or flows into, and one fresh value.

use std::collections::{BTreeMap, BTreeSet};
use temper_spec::ir::Automaton;
use temper_spec::predicate::Ty;
use temper_spec::predicate::ast::CmpOp;
use temper_spec::value::{Value, VarType};

use crate::groups::{Groups, param_ty, string_groups};
use crate::model::Options;
use crate::scan::{Facts, Meet, Subject};

/// A computed domain: its values, and whether it was cut to `max-param-values`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Domain {
    pub values: Vec<Value>,
    pub truncated: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Domains {
    /// Per variable: the bound of a counter or of a list's length, and what set it.
    pub bounds: Vec<Option<(u64, String)>>,
    /// Per variable (see `variable-model.domain`).
    pub vars: Vec<Domain>,
    /// Per action, per declared parameter.
    pub params: Vec<Vec<Domain>>,
}

/// The bound a comparison `subject op l` needs so that it can come out both ways.
fn need(op: CmpOp, l: i64) -> i64 {
    match op {
        CmpOp::Lt | CmpOp::Ge => l,
        CmpOp::Le | CmpOp::Gt => l.saturating_add(1),
        CmpOp::Eq | CmpOp::Ne => l.max(1),
    }
}

/// The numbers worth trying against `subject op l`: both sides of the comparison.
fn neighbours(op: CmpOp, l: i64) -> [i64; 2] {
    match op {
        CmpOp::Lt | CmpOp::Ge => [l.saturating_sub(1), l],
        CmpOp::Le | CmpOp::Gt | CmpOp::Eq | CmpOp::Ne => [l, l.saturating_add(1)],
    }
}

fn is_bounded(aut: &Automaton, s: &Subject) -> bool {
    match s {
        Subject::Var(i) => aut.vars[*i].ty == VarType::Counter,
        Subject::Len(i) => aut.vars[*i].ty == VarType::List,
        Subject::Param(..) => false,
    }
}

fn var_name(aut: &Automaton, s: &Subject) -> String {
    match s {
        Subject::Var(i) => format!("`{}`", aut.vars[*i].name),
        Subject::Len(i) => format!("`len({})`", aut.vars[*i].name),
        Subject::Param(ai, p) => format!("`params.{p}` of `{}`", aut.actions[*ai].name),
    }
}

pub fn compute(aut: &Automaton, facts: &Facts, opts: &Options) -> Domains {
    let n = aut.vars.len();
    let max_values = opts.max_param_values.max(1) as usize;
    // Counters and list lengths: groups of what is compared with what.
    let bounded: Vec<Subject> =
        (0..n).flat_map(|i| [Subject::Var(i), Subject::Len(i)]).filter(|s| is_bounded(aut, s)).collect();
    let mut groups = Groups::new(bounded.clone());
    for f in &facts.links {
        groups.union(&f.item.0, &f.item.1);
    }
    for f in &facts.flows {
        groups.union(&f.item.0, &Subject::Var(f.item.1));
    }
    // Each bounded subject's own need from literals and its initial value.
    let mut own: BTreeMap<Subject, (u64, String)> = BTreeMap::new();
    for s in &bounded {
        let i = match s {
            Subject::Var(i) | Subject::Len(i) => *i,
            Subject::Param(..) => continue,
        };
        let mut best = (opts.default_bound, format!("the default ({})", opts.default_bound));
        let initial = match &aut.vars[i].initial {
            Value::Int(v) => (*v).max(0) as u64,
            Value::List(items) => items.len() as u64,
            _ => 0,
        };
        if initial > best.0 {
            best = (initial, format!("its initial value ({initial})"));
        }
        for f in facts.meets.iter().filter(|f| f.item.0 == *s) {
            let v = match &f.item.1 {
                Meet::Cmp(op, Value::Int(l)) => need(*op, *l),
                Meet::Assigned(Value::Int(l)) => *l,
                _ => continue,
            };
            if v > 0 && v as u64 > best.0 {
                best = (v as u64, format!("`{}`", f.text));
            }
        }
        own.insert(s.clone(), best);
    }
    let mut out = Domains { bounds: vec![None; n], vars: vec![Domain::default(); n], params: Vec::new() };
    // Numeric parameters and bounds depend on each other (`c = params.n`, `params.n == c`):
    // iterate to a fixed point (domains are capped, so this ends quickly).
    let mut params = BTreeMap::new();
    for _ in 0..6 {
        let mut changed = false;
        for s in &bounded {
            let mut best = (0u64, String::new());
            for m in groups.members(s) {
                if let Some((v, why)) = own.get(&m)
                    && (*v > best.0 || best.1.is_empty())
                {
                    let why = if m == *s { why.clone() } else { format!("{why}, through {}", var_name(aut, &m)) };
                    best = (*v, why);
                }
            }
            let i = match s {
                Subject::Var(i) | Subject::Len(i) => *i,
                Subject::Param(..) => continue,
            };
            // Lists grow their state space exponentially in their length, counters linearly:
            // both are capped, lists much lower.
            let cap = match aut.vars[i].ty {
                VarType::List => opts.max_bound,
                _ => opts.max_counter_bound,
            }
            .max(opts.default_bound);
            if best.0 > cap {
                best = (cap, format!("{}, cut from {} to the largest bound {cap}", best.1, best.0));
            }
            if out.bounds[i].as_ref() != Some(&best) {
                out.bounds[i] = Some(best);
                changed = true;
            }
        }
        params = numeric_params(aut, facts, &out.bounds, max_values);
        for f in &facts.flows {
            let (src, dst) = (&f.item.0, Subject::Var(f.item.1));
            let Some(d) = params.get(src) else { continue };
            let max = d.values.iter().filter_map(|v| if let Value::Int(x) = v { Some(*x) } else { None }).max();
            if let (Some(max), Some(cur)) = (max, own.get_mut(&dst))
                && max > 0
                && max as u64 > cur.0
            {
                *cur = (max as u64, format!("`{}`", f.text));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let strings = string_groups(aut, facts);
    out.params = aut
        .actions
        .iter()
        .enumerate()
        .map(|(ai, a)| {
            a.params
                .iter()
                .map(|p| {
                    let s = Subject::Param(ai, p.name.clone());
                    if !p.required {
                        return Domain::default();
                    }
                    match p.ty {
                        Some(Ty::Bool) => {
                            Domain { values: vec![Value::Bool(false), Value::Bool(true)], truncated: false }
                        }
                        Some(Ty::Num) => params.get(&s).cloned().unwrap_or_default(),
                        Some(Ty::List) => {
                            let items = strings.values_for(&s, max_values.saturating_sub(1));
                            let mut values = vec![Value::List(Vec::new())];
                            values.extend(items.values.into_iter().filter_map(|v| match v {
                                Value::Str(s) => Some(Value::List(vec![s])),
                                _ => None,
                            }));
                            Domain { values, truncated: items.truncated }
                        }
                        Some(Ty::Str) | Some(Ty::Null) | None => strings.values_for(&s, max_values),
                    }
                })
                .collect()
        })
        .collect();
    for (i, v) in aut.vars.iter().enumerate() {
        let s = Subject::Var(i);
        out.vars[i] = match v.ty {
            VarType::String | VarType::List => strings.values_for(&s, max_values),
            VarType::Int => int_values(facts, &s, &v.initial, max_values),
            VarType::Counter | VarType::Bool => Domain::default(),
        };
    }
    out
}

/// Numeric parameters: both sides of every literal comparison, 0, the values of the counters
/// and list lengths they are compared with (or change), and one value above every literal.
fn numeric_params(
    aut: &Automaton,
    facts: &Facts,
    bounds: &[Option<(u64, String)>],
    max_values: usize,
) -> BTreeMap<Subject, Domain> {
    let mut out = BTreeMap::new();
    for s in crate::scan::params_of(aut) {
        let Some((Some(Ty::Num), non_negative)) = param_ty(aut, &s) else { continue };
        let mut wanted: Vec<i64> = Vec::new();
        let mut top = 0i64;
        for f in facts.meets.iter().filter(|f| f.item.0 == s) {
            if let Meet::Cmp(op, Value::Int(l)) = &f.item.1 {
                wanted.extend(neighbours(*op, *l));
                top = top.max(*l);
            }
        }
        wanted.push(0);
        for f in &facts.links {
            let other = if f.item.0 == s {
                &f.item.1
            } else if f.item.1 == s {
                &f.item.0
            } else {
                continue;
            };
            match other {
                Subject::Var(i) | Subject::Len(i) => {
                    if let Some((b, _)) = &bounds[*i] {
                        wanted.extend((0..=(*b).min(max_values as u64)).map(|v| v as i64));
                    }
                }
                Subject::Param(..) => {}
            }
        }
        out.insert(s, numbers(wanted, top, non_negative, max_values));
    }
    out
}

fn int_values(facts: &Facts, s: &Subject, initial: &Value, max_values: usize) -> Domain {
    let mut wanted: Vec<i64> = match initial {
        Value::Int(v) => vec![*v],
        _ => Vec::new(),
    };
    let mut top = wanted.first().copied().unwrap_or(0);
    for f in facts.meets.iter().filter(|f| f.item.0 == *s) {
        match &f.item.1 {
            Meet::Cmp(op, Value::Int(l)) => {
                wanted.extend(neighbours(*op, *l));
                top = top.max(*l);
            }
            Meet::Assigned(Value::Int(l)) => {
                wanted.push(*l);
                top = top.max(*l);
            }
            _ => {}
        }
    }
    numbers(wanted, top, false, max_values)
}

/// A numeric domain: `wanted` in order, unique, cut to leave room for the fresh value (one
/// above the largest literal `top`, unless already there), sorted.
fn numbers(wanted: Vec<i64>, top: i64, non_negative: bool, max_values: usize) -> Domain {
    let fresh = top.max(0).saturating_add(1);
    let mut seen = BTreeSet::new();
    let mut kept: Vec<i64> =
        wanted.into_iter().filter(|v| !non_negative || *v >= 0).filter(|v| seen.insert(*v)).collect();
    let room = if kept.contains(&fresh) { max_values } else { max_values.saturating_sub(1) };
    let truncated = kept.len() > room;
    kept.truncate(room);
    if !kept.contains(&fresh) {
        kept.push(fresh);
    }
    kept.sort_unstable();
    Domain { values: kept.into_iter().map(Value::Int).collect(), truncated }
}
