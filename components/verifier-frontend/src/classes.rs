//! Value classes of `string` and `int` variables. A variable that every guard and invariant
//! only compares with literals (`title != ''`, `priority in [...]`, `due_at > 0`) and whose
//! value flows nowhere cannot tell apart two values on which all those comparisons agree: L1
//! keeps one representative per class, an exact reduction (the states it merges are
//! bisimilar). A variable compared with another variable or a parameter, or copied into one,
//! keeps every value of its domain. Likewise a `list` read only through `len` and `empty`: its
//! items cannot be told apart, so each is replaced by one representative item.

use crate::classify::atoms;
use temper_spec::effect::{Arg, Effect};
use temper_spec::ir::Automaton;
use temper_spec::predicate::ast::{Operand, OperandKind, Pred, PredKind, Ref, SetExpr};
use temper_spec::predicate::eval::{Env, eval};
use temper_spec::value::{Value, VarType};

/// What one clause reads: the variables (by index), and whether it reads anything else than
/// them and literals (a parameter, the status, a related entity).
fn clause_reads(p: &Pred) -> (Vec<usize>, bool) {
    let mut vars = Vec::new();
    let mut other = false;
    let mut operand = |o: &Operand| match &o.kind {
        OperandKind::Lit(_) => {}
        OperandKind::Ref(Ref::Var(i, _)) | OperandKind::Len(Ref::Var(i, _)) => vars.push(*i),
        _ => other = true,
    };
    match &p.kind {
        PredKind::Test(o) => operand(o),
        PredKind::Cmp(a, _, b) => {
            operand(a);
            operand(b);
        }
        PredKind::In { lhs, set, .. } => {
            operand(lhs);
            match set {
                SetExpr::Lits(_) => {}
                SetExpr::Ref(Ref::Var(i, _)) => vars.push(*i),
                SetExpr::Ref(_) => other = true,
            }
        }
        PredKind::Empty(Ref::Var(i, _)) => vars.push(*i),
        PredKind::Empty(_) => other = true,
        PredKind::Implies(..) | PredKind::Or(_) | PredKind::And(_) | PredKind::Not(_) => other = true,
    }
    (vars, other)
}

/// Whether a clause reads list `i` other than through `len(...)` / `empty(...)` (a membership
/// test, a comparison of the whole list).
fn reads_items(p: &Pred, i: usize) -> bool {
    let whole = |o: &Operand| matches!(&o.kind, OperandKind::Ref(Ref::Var(j, _)) if *j == i);
    match &p.kind {
        PredKind::Test(o) => whole(o),
        PredKind::Cmp(a, _, b) => whole(a) || whole(b),
        PredKind::In { lhs, set, .. } => whole(lhs) || matches!(set, SetExpr::Ref(Ref::Var(j, _)) if *j == i),
        _ => false,
    }
}

/// Per variable (declaration order), parallel to `domains[i]`: the representative of each
/// value's class (for a list, of each item); empty when the variable keeps every value.
pub fn canonical(aut: &Automaton, domains: &[Vec<Value>]) -> Vec<Vec<Value>> {
    let mut preds: Vec<&Pred> = aut.invariants.iter().map(|i| &i.assert.item).collect();
    for a in &aut.actions {
        preds.extend(a.guard.iter().map(|g| &g.item));
        preds.extend(a.triggers.iter().filter_map(|t| t.guard.as_ref()).map(|g| &g.item));
    }
    let clauses: Vec<&Pred> = preds.into_iter().flat_map(atoms).collect();
    let mut coupled = vec![false; aut.vars.len()];
    let mut own: Vec<Vec<&Pred>> = vec![Vec::new(); aut.vars.len()];
    for c in &clauses {
        let (vars, other) = clause_reads(c);
        let alone = !other && vars.iter().all(|v| *v == vars[0]);
        for &v in &vars {
            if alone {
                own[v].push(c);
            } else {
                coupled[v] = true;
            }
        }
    }
    for e in aut.actions.iter().flat_map(|a| a.effects.iter()) {
        if let Effect::Assign { arg: Arg::Var(src), .. }
        | Effect::Append { arg: Arg::Var(src), .. }
        | Effect::RemoveAt { arg: Arg::Var(src), .. } = &e.item
        {
            coupled[*src] = true;
        }
    }
    let initial: Vec<Value> = aut.vars.iter().map(|v| v.initial.clone()).collect();
    aut.vars
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let domain = domains.get(i).map(Vec::as_slice).unwrap_or_default();
            if v.ty == VarType::List {
                let flows = aut.actions.iter().flat_map(|a| a.effects.iter()).any(|e| {
                    matches!(&e.item, Effect::Assign { arg: Arg::Var(s), .. } | Effect::Append { arg: Arg::Var(s), .. } | Effect::RemoveAt { arg: Arg::Var(s), .. } if *s == i)
                });
                if flows || domain.is_empty() || clauses.iter().any(|c| reads_items(c, i)) {
                    return Vec::new();
                }
                return vec![domain[0].clone(); domain.len()];
            }
            if coupled[i] || !matches!(v.ty, VarType::String | VarType::Int) || domain.is_empty() {
                return Vec::new();
            }
            let signature = |value: &Value| -> Vec<bool> {
                let mut vars = initial.clone();
                vars[i] = value.clone();
                let env = Env { status: "", vars: &vars, params: &[], related: &[] };
                own[i].iter().map(|c| eval(c, &env)).collect()
            };
            let sigs: Vec<Vec<bool>> = domain.iter().map(signature).collect();
            sigs.iter().map(|s| domain[sigs.iter().position(|t| t == s).unwrap_or(0)].clone()).collect()
        })
        .collect()
}

/// What a clause reads of an action: whether it reads parameter `p`, and whether it reads
/// anything besides `p` and literals.
fn param_clause(c: &Pred, p: &str) -> (bool, bool) {
    let (mut mine, mut other) = (false, false);
    let mut operand = |o: &Operand| match &o.kind {
        OperandKind::Lit(_) => {}
        OperandKind::Ref(Ref::Param(n)) | OperandKind::Len(Ref::Param(n)) if n == p => mine = true,
        _ => other = true,
    };
    match &c.kind {
        PredKind::Test(o) => operand(o),
        PredKind::Cmp(a, _, b) => {
            operand(a);
            operand(b);
        }
        PredKind::In { lhs, set, .. } => {
            operand(lhs);
            if let SetExpr::Ref(r) = set {
                match r {
                    Ref::Param(n) if n == p => mine = true,
                    _ => other = true,
                }
            }
        }
        PredKind::Empty(Ref::Param(n)) if n == p => mine = true,
        _ => other = true,
    }
    (mine, other)
}

/// One variable as the parameter classes see it.
pub struct VarView<'a> {
    pub relevant: bool,
    pub domain: &'a [Value],
    pub canonical: &'a [Value],
}

/// Parallel to `domain`: each value's class representative for parameter `p` of action `ai` —
/// the first value that its guard clauses (comparing it with literals only) and the variables
/// it flows into cannot tell apart from it. A parameter compared with anything else, or used in
/// arithmetic or as an index, keeps every value (each is its own representative).
pub fn param_values(aut: &Automaton, ai: usize, p: &str, domain: &[Value], vars: &[VarView<'_>]) -> Vec<Value> {
    let a = &aut.actions[ai];
    let mut own = Vec::new();
    if let Some(g) = &a.guard {
        for c in atoms(&g.item) {
            match param_clause(c, p) {
                (true, true) => return domain.to_vec(),
                (true, false) => own.push(c),
                _ => {}
            }
        }
    }
    // Where the value goes: (variable, whether it is an item of a list).
    let mut flows = Vec::new();
    for e in &a.effects {
        match &e.item {
            Effect::Assign { var, op, arg: Arg::Param(n) } if n == p => {
                if !matches!(op, temper_spec::effect::AssignOp::Set) {
                    return domain.to_vec();
                }
                flows.push(*var);
            }
            Effect::Append { var, arg: Arg::Param(n) } if n == p => flows.push(*var),
            Effect::RemoveAt { arg: Arg::Param(n), .. } if n == p => return domain.to_vec(),
            _ => {}
        }
    }
    let initial: Vec<Value> = aut.vars.iter().map(|v| v.initial.clone()).collect();
    let mut sigs: Vec<Vec<Value>> = Vec::new();
    let mut out = Vec::new();
    for value in domain {
        let mut sig: Vec<Value> = Vec::new();
        let params = [(p.to_string(), value.clone())];
        let env = Env { status: "", vars: &initial, params: &params, related: &[] };
        sig.extend(own.iter().map(|c| Value::Bool(eval(c, &env))));
        for &v in &flows {
            let Some(view) = vars.get(v) else { return domain.to_vec() };
            if !view.relevant {
                continue;
            }
            if view.canonical.is_empty() {
                return domain.to_vec();
            }
            // A list's canonical pairs name items; anything else, whole values.
            let rep = view.domain.iter().position(|d| d == value).map(|k| view.canonical[k].clone());
            sig.push(rep.unwrap_or_else(|| value.clone()));
        }
        let rep = sigs.iter().position(|s| *s == sig).map_or_else(|| value.clone(), |k| domain[k].clone());
        sigs.push(sig);
        out.push(rep);
    }
    out
}
