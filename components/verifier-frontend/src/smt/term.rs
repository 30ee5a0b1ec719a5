//! Predicates as SMT terms, with the evaluator's semantics (`machine.rs`/`eval.rs`): a clause
//! the model represents becomes its exact term; any other clause becomes a fresh boolean (an
//! unknown), so both of its outcomes stay possible.

use temper_spec::ir::ParamDecl;
use temper_spec::predicate::ast::{CmpOp, Operand, OperandKind, Pred, PredKind, Ref, SetExpr};
use temper_spec::value::{Value, VarType};

use super::script::{Script, numeral, state};
use crate::classify::{Support, atom_support, clause_text};

/// One state as SMT terms: the status, and per variable its modelled term (a counter's or
/// bool's value, a list's length; `None` when unmodelled).
#[derive(Debug, Clone)]
pub struct Frame {
    pub status: String,
    pub vars: Vec<Option<String>>,
    /// The lists' items, when the state is concrete (the initial state): membership tests are
    /// then exact.
    pub lists: Option<Vec<Value>>,
}

impl Frame {
    /// The symbolic pre-state.
    pub fn pre(s: &mut Script<'_>) -> Self {
        let vars = (0..s.aut.vars.len()).map(|i| s.pre_var(i)).collect();
        Frame { status: s.pre_status(), vars, lists: None }
    }

    /// The declared initial state, as constants.
    pub fn initial(s: &Script<'_>) -> Self {
        let aut = s.aut;
        let vars = aut.vars.iter().map(|v| super::script::constant(v.ty, &v.initial)).collect();
        Frame {
            status: state(&aut.states[aut.initial]),
            vars,
            lists: Some(aut.vars.iter().map(|v| v.initial.clone()).collect()),
        }
    }
}

/// An operand's term, by sort.
enum Term {
    Int(String),
    Bool(String),
    Status(String),
    Str(String),
    Null,
    /// A value no clause can equal (predicates have no list literals).
    Opaque,
}

/// Translates `p` (whose source is `text`) in `frame`; `params` are the action's (empty for
/// invariants).
pub fn pred(s: &mut Script<'_>, frame: &Frame, params: &[ParamDecl], text: &str, p: &Pred) -> String {
    match &p.kind {
        PredKind::Implies(a, b) => {
            format!("(=> {} {})", pred(s, frame, params, text, a), pred(s, frame, params, text, b))
        }
        PredKind::Or(items) => nary(s, frame, params, text, "or", items),
        PredKind::And(items) => nary(s, frame, params, text, "and", items),
        PredKind::Not(inner) => format!("(not {})", pred(s, frame, params, text, inner)),
        _ => atom(s, frame, params, text, p),
    }
}

fn nary(s: &mut Script<'_>, frame: &Frame, params: &[ParamDecl], text: &str, op: &str, items: &[Pred]) -> String {
    let terms: Vec<String> = items.iter().map(|i| pred(s, frame, params, text, i)).collect();
    match terms.len() {
        0 => (if op == "and" { "true" } else { "false" }).to_string(),
        1 => terms.into_iter().next().unwrap_or_default(),
        _ => format!("({op} {})", terms.join(" ")),
    }
}

fn atom(s: &mut Script<'_>, frame: &Frame, params: &[ParamDecl], text: &str, p: &Pred) -> String {
    let support = atom_support(s.aut, params, p);
    if let (Some(lists), Support::L0Only(_)) = (&frame.lists, &support)
        && let Some(t) = concrete_membership(s, frame, lists, p)
    {
        return t;
    }
    if let Some(why) = support.reason() {
        return s.unknown_bool(&format!("`{}` {why}", clause_text(text, p)));
    }
    match &p.kind {
        PredKind::Test(o) => match operand(s, frame, params, o) {
            Some(Term::Bool(t)) => t,
            _ => "false".into(),
        },
        PredKind::Cmp(a, op, b) => {
            let (a, b) = (operand(s, frame, params, a), operand(s, frame, params, b));
            compare(&s.aut.states, a, *op, b)
        }
        PredKind::In { lhs, set: SetExpr::Lits(lits), negated } => {
            let l = operand(s, frame, params, lhs);
            let terms: Vec<String> =
                lits.iter().map(|v| compare(&s.aut.states, copy(&l), CmpOp::Eq, Some(lit(v)))).collect();
            let any = match terms.len() {
                0 => "false".to_string(),
                1 => terms.into_iter().next().unwrap_or_default(),
                _ => format!("(or {})", terms.join(" ")),
            };
            if *negated { format!("(not {any})") } else { any }
        }
        PredKind::Empty(Ref::Var(i, _)) => match &frame.vars[*i] {
            Some(len) => format!("(= {len} 0)"),
            None => "false".into(),
        },
        _ => "false".into(),
    }
}

/// `'lit' in list` over a concrete list (the initial state).
fn concrete_membership(s: &Script<'_>, _frame: &Frame, lists: &[Value], p: &Pred) -> Option<String> {
    let PredKind::In { lhs, set: SetExpr::Ref(Ref::Var(i, _)), negated } = &p.kind else { return None };
    let OperandKind::Lit(Value::Str(x)) = &lhs.kind else { return None };
    if s.aut.vars[*i].ty != VarType::List {
        return None;
    }
    let Value::List(items) = &lists[*i] else { return None };
    Some((items.contains(x) != *negated).to_string())
}

fn copy(t: &Option<Term>) -> Option<Term> {
    t.as_ref().map(|t| match t {
        Term::Int(x) => Term::Int(x.clone()),
        Term::Bool(x) => Term::Bool(x.clone()),
        Term::Status(x) => Term::Status(x.clone()),
        Term::Str(x) => Term::Str(x.clone()),
        Term::Null => Term::Null,
        Term::Opaque => Term::Opaque,
    })
}

fn lit(v: &Value) -> Term {
    match v {
        Value::Null => Term::Null,
        Value::Bool(b) => Term::Bool(b.to_string()),
        Value::Int(n) => Term::Int(numeral(*n)),
        Value::Str(x) => Term::Str(x.clone()),
        Value::List(_) => Term::Opaque,
    }
}

fn operand(s: &mut Script<'_>, frame: &Frame, params: &[ParamDecl], o: &Operand) -> Option<Term> {
    match &o.kind {
        OperandKind::Status => Some(Term::Status(frame.status.clone())),
        OperandKind::Lit(v) => Some(lit(v)),
        OperandKind::Ref(Ref::Var(i, _)) => {
            let t = frame.vars[*i].clone()?;
            match s.aut.vars[*i].ty {
                VarType::Counter => Some(Term::Int(t)),
                VarType::Bool => Some(Term::Bool(t)),
                _ => None,
            }
        }
        OperandKind::Ref(Ref::Param(name)) => {
            let p = params.iter().find(|p| p.name == *name)?;
            let t = s.param(p)?;
            match p.ty {
                Some(temper_spec::predicate::Ty::Bool) => Some(Term::Bool(t)),
                _ => Some(Term::Int(t)),
            }
        }
        OperandKind::Len(Ref::Var(i, _)) => frame.vars[*i].clone().map(Term::Int),
        _ => None,
    }
}

/// `a op b` as the evaluator decides it: equality of values, ordering of integers only.
fn compare(states: &[String], a: Option<Term>, op: CmpOp, b: Option<Term>) -> String {
    let eq = |t: String| match op {
        CmpOp::Eq => t,
        CmpOp::Ne => format!("(not {t})"),
        _ => "false".into(),
    };
    let constant = |same: bool| {
        match op {
            CmpOp::Eq => same,
            CmpOp::Ne => !same,
            _ => false,
        }
        .to_string()
    };
    match (a, b) {
        (Some(Term::Int(x)), Some(Term::Int(y))) => match op {
            CmpOp::Eq => format!("(= {x} {y})"),
            CmpOp::Ne => format!("(not (= {x} {y}))"),
            CmpOp::Lt => format!("(< {x} {y})"),
            CmpOp::Le => format!("(<= {x} {y})"),
            CmpOp::Gt => format!("(> {x} {y})"),
            CmpOp::Ge => format!("(>= {x} {y})"),
        },
        (Some(Term::Bool(x)), Some(Term::Bool(y))) | (Some(Term::Status(x)), Some(Term::Status(y))) => {
            eq(format!("(= {x} {y})"))
        }
        (Some(Term::Status(x)), Some(Term::Str(st))) | (Some(Term::Str(st)), Some(Term::Status(x))) => {
            if states.contains(&st) { eq(format!("(= {x} {})", state(&st))) } else { constant(false) }
        }
        (Some(Term::Str(x)), Some(Term::Str(y))) => constant(x == y),
        (Some(Term::Null), Some(Term::Null)) => constant(true),
        // A modelled value is never null, and values of different kinds are never equal.
        _ => constant(false),
    }
}
