//! The predicate syntax tree. Names start unresolved and are bound to variables or
//! parameters by the type checker, so evaluation does no name lookups.

use crate::value::Value;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Pred {
    pub kind: PredKind,
    /// Byte range in the predicate text (for clause reporting).
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PredKind {
    /// `a => b` (lowest precedence, right-associative).
    Implies(Box<Pred>, Box<Pred>),
    Or(Vec<Pred>),
    And(Vec<Pred>),
    Not(Box<Pred>),
    /// `empty(x)`: absent, null, `''` or `[]`.
    Empty(Ref),
    /// A bare boolean operand (a `bool` variable, a bool parameter, `true`, `false`).
    Test(Operand),
    Cmp(Operand, CmpOp, Operand),
    /// `x in [...]`, `x not in [...]`, `'a' in list_var`.
    In {
        lhs: Operand,
        set: SetExpr,
        negated: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operand {
    pub kind: OperandKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OperandKind {
    Status,
    Ref(Ref),
    /// `Type[ref].status`: the status of the related entity whose id is in `ref`.
    Related {
        entity_type: String,
        by: Ref,
    },
    /// `len(x)` of a list or string.
    Len(Ref),
    Lit(Value),
}

#[derive(Debug, Clone, PartialEq)]
pub enum SetExpr {
    Lits(Vec<Value>),
    Ref(Ref),
}

/// A name in a predicate or effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ref {
    /// As parsed; the checker replaces it.
    Unresolved(String),
    /// A declared state variable, by position.
    Var(usize, String),
    /// `params.<name>`.
    Param(String),
}

impl Ref {
    pub fn name(&self) -> &str {
        match self {
            Ref::Unresolved(n) | Ref::Var(_, n) | Ref::Param(n) => n,
        }
    }
}
