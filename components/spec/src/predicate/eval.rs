//! Predicate evaluation over a checked tree. Pure: no allocation on the common paths.

use super::ast::*;
use crate::value::Value;

/// The status of a related entity, as supplied by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub entity_type: String,
    pub id: String,
    pub status: String,
}

/// What a predicate reads.
pub struct Env<'a> {
    pub status: &'a str,
    pub vars: &'a [Value],
    /// Action parameters by name (absent = `null`).
    pub params: &'a [(String, Value)],
    pub related: &'a [Related],
}

static NULL: Value = Value::Null;

impl Env<'_> {
    fn param(&self, name: &str) -> &Value {
        self.params.iter().find(|(n, _)| n == name).map_or(&NULL, |(_, v)| v)
    }

    fn get(&self, r: &Ref) -> &Value {
        match r {
            Ref::Var(i, _) => self.vars.get(*i).unwrap_or(&NULL),
            Ref::Param(n) => self.param(n),
            Ref::Unresolved(_) => &NULL,
        }
    }

    fn related_status(&self, entity_type: &str, id: &str) -> Value {
        self.related
            .iter()
            .find(|r| r.entity_type == entity_type && r.id == id)
            .map_or(Value::Null, |r| Value::Str(r.status.clone()))
    }
}

pub fn eval(p: &Pred, env: &Env<'_>) -> bool {
    match &p.kind {
        PredKind::Implies(a, b) => !eval(a, env) || eval(b, env),
        PredKind::Or(items) => items.iter().any(|i| eval(i, env)),
        PredKind::And(items) => items.iter().all(|i| eval(i, env)),
        PredKind::Not(inner) => !eval(inner, env),
        PredKind::Empty(r) => env.get(r).is_empty(),
        PredKind::Test(op) => with_values(op, env, |v| matches!(v, Value::Bool(true))),
        PredKind::Cmp(a, op, b) => match (plain(a, env), plain(b, env)) {
            (Some(x), Some(y)) => compare(x, *op, y),
            _ => with_values(a, env, |x| with_values(b, env, |y| compare(x, *op, y))),
        },
        PredKind::In { lhs, set, negated } => with_values(lhs, env, |x| {
            let found = match set {
                SetExpr::Lits(lits) => lits.iter().any(|l| l == x),
                SetExpr::Ref(r) => match (env.get(r), x) {
                    (Value::List(items), Value::Str(s)) => items.iter().any(|i| i == s),
                    _ => false,
                },
            };
            found != *negated
        }),
    }
}

/// The first clause that makes a guard false, as a byte range of its text: descends into
/// conjunctions, so `a && (b && c)` with `c` false reports `c`.
pub fn failing_clause(p: &Pred, env: &Env<'_>) -> std::ops::Range<usize> {
    match &p.kind {
        PredKind::And(items) => items.iter().find(|i| !eval(i, env)).map_or(p.span.clone(), |i| failing_clause(i, env)),
        _ => p.span.clone(),
    }
}

fn compare(x: &Value, op: CmpOp, y: &Value) -> bool {
    match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        _ => match (x, y) {
            (Value::Int(a), Value::Int(b)) => match op {
                CmpOp::Lt => a < b,
                CmpOp::Le => a <= b,
                CmpOp::Gt => a > b,
                CmpOp::Ge => a >= b,
                CmpOp::Eq | CmpOp::Ne => false,
            },
            _ => false,
        },
    }
}

/// The value of a literal or a reference (the common operands), read without a callback.
#[inline]
fn plain<'e>(op: &'e Operand, env: &'e Env<'_>) -> Option<&'e Value> {
    match &op.kind {
        OperandKind::Lit(v) => Some(v),
        OperandKind::Ref(r) => Some(env.get(r)),
        _ => None,
    }
}

/// Calls `f` with the operand's value; a related-entity operand over a list of ids holds only
/// if `f` holds for every related entity.
fn with_values(op: &Operand, env: &Env<'_>, mut f: impl FnMut(&Value) -> bool) -> bool {
    match &op.kind {
        OperandKind::Status => f(&Value::Str(env.status.to_string())),
        OperandKind::Lit(v) => f(v),
        OperandKind::Ref(r) => f(env.get(r)),
        OperandKind::Len(r) => {
            let n = match env.get(r) {
                Value::List(l) => l.len() as i64,
                Value::Str(s) => s.chars().count() as i64,
                _ => 0,
            };
            f(&Value::Int(n))
        }
        OperandKind::Related { entity_type, by } => match env.get(by) {
            Value::Str(id) if !id.is_empty() => f(&env.related_status(entity_type, id)),
            Value::List(ids) if !ids.is_empty() => ids.iter().all(|id| f(&env.related_status(entity_type, id))),
            _ => f(&Value::Null),
        },
    }
}
