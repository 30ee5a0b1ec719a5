//! What the model represents: which variables, parameters and predicate clauses are modelled,
//! and in words why not. The SMT translation and the model's gap lists both ask here, so they
//! cannot disagree.
//!
//! Modelled exactly everywhere: the status, `counter`s and `bool`s. Modelled by L1–L3 but not
//! by L0: `list` contents (L0 sees the length), `string` and `int` variables (L1–L3 hold values
//! from their domains, changed by actions, create and PATCH) and string, list and untyped
//! parameters (L1–L3 try their domains). Not modelled at all: related entities' statuses.

use temper_spec::ir::{Automaton, ParamDecl};
use temper_spec::predicate::Ty;
use temper_spec::predicate::ast::{Operand, OperandKind, Pred, PredKind, Ref, SetExpr};
use temper_spec::value::VarType;

/// How well the model represents a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Support {
    Exact,
    /// Modelled (L1 checks it exactly) but unknown to L0.
    L0Only(String),
    /// Reads something the model does not hold.
    Unmodelled(String),
}

impl Support {
    fn rank(&self) -> u8 {
        match self {
            Support::Exact => 0,
            Support::L0Only(_) => 1,
            Support::Unmodelled(_) => 2,
        }
    }

    /// The worse of the two; the first on a tie.
    fn worst(self, other: Support) -> Support {
        if other.rank() > self.rank() { other } else { self }
    }

    pub fn reason(&self) -> Option<&str> {
        match self {
            Support::Exact => None,
            Support::L0Only(r) | Support::Unmodelled(r) => Some(r),
        }
    }
}

/// Why L0 does not see a variable of this type; `None` when it does.
pub fn l0_blind_type(t: VarType) -> Option<&'static str> {
    match t {
        VarType::String => Some("strings are unbounded, and create and PATCH write them directly"),
        VarType::Int => Some("ints are unbounded, and create and PATCH write them directly"),
        VarType::Counter | VarType::Bool | VarType::List => None,
    }
}

/// `a string`, `an int`, … for messages.
pub fn a_type(t: VarType) -> String {
    let name = t.name();
    if name.starts_with('i') { format!("an {name}") } else { format!("a {name}") }
}

/// The leaf clauses of a predicate (comparisons, tests, membership, `empty`), in order.
pub fn atoms(p: &Pred) -> Vec<&Pred> {
    let mut out = Vec::new();
    collect(p, &mut out);
    out
}

fn collect<'a>(p: &'a Pred, out: &mut Vec<&'a Pred>) {
    match &p.kind {
        PredKind::Implies(a, b) => {
            collect(a, out);
            collect(b, out);
        }
        PredKind::Or(items) | PredKind::And(items) => items.iter().for_each(|i| collect(i, out)),
        PredKind::Not(inner) => collect(inner, out),
        _ => out.push(p),
    }
}

/// The text of a clause, from the predicate's source (without enclosing parentheses).
pub fn clause_text(text: &str, p: &Pred) -> String {
    let mut t = text.get(p.span.clone()).unwrap_or(text).trim();
    while let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')'))
        && balanced(inner)
    {
        t = inner.trim();
    }
    t.to_string()
}

/// Whether no `)` in `s` closes more than `s` opened (quoted text aside).
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Names a clause reads: `status` and state variables (parameters are not listed).
pub fn reads(aut: &Automaton, p: &Pred, out: &mut Vec<String>) {
    let mut push = |name: &str| {
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    };
    let operand = |o: &Operand, push: &mut dyn FnMut(&str)| match &o.kind {
        OperandKind::Status => push("status"),
        OperandKind::Ref(Ref::Var(i, _)) | OperandKind::Len(Ref::Var(i, _)) => push(&aut.vars[*i].name),
        OperandKind::Related { by: Ref::Var(i, _), .. } => push(&aut.vars[*i].name),
        _ => {}
    };
    for atom in atoms(p) {
        match &atom.kind {
            PredKind::Test(o) => operand(o, &mut push),
            PredKind::Cmp(a, _, b) => {
                operand(a, &mut push);
                operand(b, &mut push);
            }
            PredKind::In { lhs, set, .. } => {
                operand(lhs, &mut push);
                if let SetExpr::Ref(Ref::Var(i, _)) = set {
                    push(&aut.vars[*i].name);
                }
            }
            PredKind::Empty(Ref::Var(i, _)) => push(&aut.vars[*i].name),
            _ => {}
        }
    }
}

/// How well the model represents one leaf clause of a guard (`params` = the action's) or of an
/// invariant (`params` empty).
pub fn atom_support(aut: &Automaton, params: &[ParamDecl], atom: &Pred) -> Support {
    match &atom.kind {
        PredKind::Test(o) => operand_support(aut, params, o),
        PredKind::Cmp(a, _, b) => operand_support(aut, params, a).worst(operand_support(aut, params, b)),
        PredKind::In { lhs, set, .. } => {
            let l = operand_support(aut, params, lhs);
            match set {
                SetExpr::Lits(_) => l,
                SetExpr::Ref(Ref::Var(i, name)) if aut.vars[*i].ty == VarType::List => l.worst(Support::L0Only(
                    format!("tests membership in the list `{name}` (L0 sees only a list's length)"),
                )),
                SetExpr::Ref(r) => l.worst(ref_support(aut, params, r)),
            }
        }
        PredKind::Empty(Ref::Var(i, _)) if aut.vars[*i].ty == VarType::List => Support::Exact,
        PredKind::Empty(r) => ref_support(aut, params, r),
        PredKind::Implies(..) | PredKind::Or(_) | PredKind::And(_) | PredKind::Not(_) => Support::Exact,
    }
}

fn operand_support(aut: &Automaton, params: &[ParamDecl], o: &Operand) -> Support {
    match &o.kind {
        OperandKind::Status | OperandKind::Lit(_) => Support::Exact,
        OperandKind::Ref(Ref::Var(i, name)) if aut.vars[*i].ty == VarType::List => {
            Support::L0Only(format!("compares the whole list `{name}` (L0 sees only a list's length)"))
        }
        OperandKind::Ref(r) => ref_support(aut, params, r),
        OperandKind::Len(Ref::Var(i, _)) if aut.vars[*i].ty == VarType::List => Support::Exact,
        OperandKind::Len(r) => ref_support(aut, params, r),
        OperandKind::Related { entity_type, .. } => Support::Unmodelled(format!(
            "reads the status of a related `{entity_type}` (other entities are not modelled)"
        )),
    }
}

fn ref_support(aut: &Automaton, params: &[ParamDecl], r: &Ref) -> Support {
    match r {
        Ref::Var(i, name) => match l0_blind_type(aut.vars[*i].ty) {
            Some(_) => Support::L0Only(format!(
                "reads `{name}`, {} (L1–L3 check it over its domain; L0 does not see it)",
                a_type(aut.vars[*i].ty)
            )),
            None => Support::Exact,
        },
        Ref::Param(name) => {
            let ty = params.iter().find(|p| p.name == *name).and_then(|p| p.ty);
            match ty {
                Some(Ty::Num | Ty::Bool) => Support::Exact,
                Some(Ty::Str) => Support::L0Only(format!(
                    "reads `params.{name}`, a string parameter (L1–L3 try its domain; L0 does not see it)"
                )),
                Some(Ty::List) => Support::L0Only(format!(
                    "reads `params.{name}`, a list parameter (L1–L3 try its domain; L0 does not see it)"
                )),
                Some(Ty::Null) | None => Support::L0Only(format!(
                    "reads `params.{name}`, an untyped parameter (L1–L3 try its domain; L0 does not see it)"
                )),
            }
        }
        Ref::Unresolved(name) => Support::Unmodelled(format!("reads `{name}`, which the checker did not resolve")),
    }
}

/// The worst support of any clause of `p`, and every clause that is not exact (text, reason).
pub fn pred_support(aut: &Automaton, params: &[ParamDecl], text: &str, p: &Pred) -> (Support, Vec<(String, Support)>) {
    let mut worst = Support::Exact;
    let mut gaps = Vec::new();
    for atom in atoms(p) {
        let s = atom_support(aut, params, atom);
        if s != Support::Exact {
            gaps.push((clause_text(text, atom), s.clone()));
        }
        worst = worst.worst(s);
    }
    (worst, gaps)
}
