//! `$filter` evaluated over one projection row. It follows [`crate::sql`]'s translation node
//! for node — the same null handling (`IS`/`IS NOT`, `coalesce(…, 0)` under `not`), the same
//! functions (`instr`, `substr`, ASCII-only `lower`/`upper`), the same column affinity — so a
//! row matches here exactly when the SQL would select it.

use super::value::{self, Value};
use crate::error::QueryError;
use crate::filter::{CompareOp, Expr, Func, Literal};
use crate::sql::normalize_datetime;
use serde_json::{Map, Value as Json};
use std::cmp::Ordering;

/// One projection row as the evaluator reads it (the columns of the projection table).
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub id: &'a str,
    pub status: &'a str,
    /// The entity's fields (the `fields` JSON object).
    pub fields: &'a Map<String, Json>,
    pub deleted: bool,
}

/// Whether `row` satisfies `filter` (`WHERE (filter)` selects it: true, not false or NULL).
pub fn matches(filter: &Expr, row: &Record<'_>) -> Result<bool, QueryError> {
    Ok(Eval { row }.predicate(filter, true)?.truth() == Some(true))
}

/// The value a property path has in `row`: `Id` and `Status`/`status` are columns; anything
/// else is `json_extract` of the fields.
pub fn property(row: &Record<'_>, path: &[String]) -> Value {
    match path {
        [p] if p == "Id" => Value::Text(row.id.to_string()),
        [p] if p == "Status" || p == "status" => Value::Text(row.status.to_string()),
        [first, rest @ ..] => {
            let mut at = row.fields.get(first);
            for seg in rest {
                at = at.and_then(Json::as_object).and_then(|o| o.get(seg));
            }
            Value::from_json(at)
        }
        [] => Value::Null,
    }
}

/// Whether the expression is a column of TEXT affinity (`id`, `status`), whose comparisons
/// convert a number on the other side to text.
fn is_text_column(e: &Expr) -> bool {
    matches!(e, Expr::Property(p) if matches!(p.as_slice(), [x] if x == "Id" || x == "Status" || x == "status"))
}

struct Eval<'r, 'a> {
    row: &'r Record<'a>,
}

impl Eval<'_, '_> {
    /// A boolean expression; `positive` as in the SQL builder (reached through `and`/`or`
    /// only, where unknown and false select the same rows).
    fn predicate(&self, e: &Expr, positive: bool) -> Result<Value, QueryError> {
        Ok(match e {
            Expr::And(l, r) => and(&self.predicate(l, positive)?, &self.predicate(r, positive)?),
            Expr::Or(l, r) => or(&self.predicate(l, positive)?, &self.predicate(r, positive)?),
            Expr::Not(x) => match self.predicate(x, false)?.truth() {
                None => Value::Null,
                Some(t) => Value::bool(!t),
            },
            Expr::Compare { op, left, right } => self.compare(*op, left, right, positive)?,
            Expr::In { value, list } => {
                let v = self.value(value)?;
                let column = is_text_column(value);
                let mut items = Vec::with_capacity(list.len());
                for l in list {
                    let item = literal(l)?;
                    items.push(if column { item.with_text_affinity() } else { item });
                }
                two_valued(in_list(&v, &items), positive)
            }
            Expr::Literal(_) | Expr::Property(_) | Expr::Call { .. } => self.value(e)?,
        })
    }

    fn compare(&self, op: CompareOp, left: &Expr, right: &Expr, positive: bool) -> Result<Value, QueryError> {
        let is_null = |e: &Expr| matches!(e, Expr::Literal(Literal::Null));
        let is_value_literal = |e: &Expr| matches!(e, Expr::Literal(l) if *l != Literal::Null);
        if is_null(left) || is_null(right) {
            let other = self.value(if is_null(left) { right } else { left })?;
            return Ok(Value::bool(if op == CompareOp::Eq { other.is_null() } else { !other.is_null() }));
        }
        let (mut l, mut r) = (self.value(left)?, self.value(right)?);
        match (is_text_column(left), is_text_column(right)) {
            (true, false) => r = r.with_text_affinity(),
            (false, true) => l = l.with_text_affinity(),
            _ => {}
        }
        Ok(match op {
            CompareOp::Eq if positive && (is_value_literal(left) || is_value_literal(right)) => {
                value::compare(&l, &r, Ordering::is_eq)
            }
            CompareOp::Eq => Value::bool(value::is(&l, &r)),
            CompareOp::Ne => Value::bool(!value::is(&l, &r)),
            CompareOp::Gt => two_valued(value::compare(&l, &r, Ordering::is_gt), positive),
            CompareOp::Ge => two_valued(value::compare(&l, &r, Ordering::is_ge), positive),
            CompareOp::Lt => two_valued(value::compare(&l, &r, Ordering::is_lt), positive),
            CompareOp::Le => two_valued(value::compare(&l, &r, Ordering::is_le), positive),
        })
    }

    /// An expression used as a value (operand of a comparison or a function).
    fn value(&self, e: &Expr) -> Result<Value, QueryError> {
        Ok(match e {
            Expr::Literal(l) => literal(l)?,
            Expr::Property(path) => property(self.row, path),
            Expr::Call { func, args } => {
                let args = args.iter().map(|a| self.value(a)).collect::<Result<Vec<_>, _>>()?;
                call(*func, &args)
            }
            Expr::Compare { .. } | Expr::And(..) | Expr::Or(..) | Expr::Not(_) | Expr::In { .. } => {
                self.predicate(e, false)?
            }
        })
    }
}

/// A literal as the SQL builder binds it.
fn literal(l: &Literal) -> Result<Value, QueryError> {
    Ok(match l {
        Literal::Null => Value::Null,
        Literal::Bool(b) => Value::bool(*b),
        Literal::Int(i) => Value::Int(*i),
        Literal::Decimal(s) => match s.parse::<f64>() {
            Ok(v) if v.is_finite() => Value::Real(v),
            _ => {
                return Err(QueryError::new(
                    "$filter",
                    0,
                    format!("decimal `{s}` is out of range"),
                    "use a decimal within ±1.7e308",
                ));
            }
        },
        Literal::String(s) | Literal::Date(s) => Value::Text(s.clone()),
        Literal::DateTime(s) => Value::Text(normalize_datetime(s)),
        Literal::Guid(s) => Value::Text(s.to_ascii_lowercase()),
    })
}

/// A canonical function over its argument values (NULL in, NULL out).
fn call(func: Func, args: &[Value]) -> Value {
    let text = |i: usize| args.get(i).and_then(Value::text);
    match func {
        // `instr({0}, {1}) > 0` and `instr({0}, {1}) = 1`.
        Func::Contains | Func::StartsWith => match (text(0), text(1)) {
            (Some(a), Some(b)) => {
                let at = a.find(b.as_str());
                Value::bool(if func == Func::Contains { at.is_some() } else { at == Some(0) })
            }
            _ => Value::Null,
        },
        // `substr({0}, length({0}) - length({1}) + 1) = {1}`: text never equals a number.
        Func::EndsWith => match (text(0), args.get(1)) {
            (Some(a), Some(Value::Text(b))) => Value::bool(a.ends_with(b.as_str())),
            (Some(_), Some(Value::Int(_) | Value::Real(_))) => Value::bool(false),
            _ => Value::Null,
        },
        // SQLite's `lower`/`upper` fold ASCII only (no ICU).
        Func::ToLower => text(0).map_or(Value::Null, |s| Value::Text(s.to_ascii_lowercase())),
        Func::ToUpper => text(0).map_or(Value::Null, |s| Value::Text(s.to_ascii_uppercase())),
        Func::Length => text(0).map_or(Value::Null, |s| Value::Int(s.chars().count() as i64)),
    }
}

/// `coalesce(v, 0)` where an unknown would be observable.
fn two_valued(v: Value, positive: bool) -> Value {
    if positive || !v.is_null() { v } else { Value::Int(0) }
}

fn and(a: &Value, b: &Value) -> Value {
    match (a.truth(), b.truth()) {
        (Some(false), _) | (_, Some(false)) => Value::Int(0),
        (None, _) | (_, None) => Value::Null,
        _ => Value::Int(1),
    }
}

fn or(a: &Value, b: &Value) -> Value {
    match (a.truth(), b.truth()) {
        (Some(true), _) | (_, Some(true)) => Value::Int(1),
        (None, _) | (_, None) => Value::Null,
        _ => Value::Int(0),
    }
}

/// `v IN (items)`: 1 on a match; otherwise NULL if `v` or any item is NULL, else 0.
fn in_list(v: &Value, items: &[Value]) -> Value {
    if v.is_null() {
        return Value::Null;
    }
    if items.iter().any(|i| !i.is_null() && value::order(v, i) == Ordering::Equal) {
        Value::Int(1)
    } else if items.iter().any(Value::is_null) {
        Value::Null
    } else {
        Value::Int(0)
    }
}
