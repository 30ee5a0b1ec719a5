//! SQLite's value model, as far as the SQL that [`crate::build_select`] emits can observe it:
//! the storage classes (NULL, integer, real, text), `json_extract` of a projection's fields,
//! comparison across classes, truthiness, and the text form of a number. The in-memory
//! evaluator computes with these so it selects and orders exactly the rows the SQL would.

use serde_json::Value as Json;
use std::cmp::Ordering;

/// One SQLite value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Value {
    /// `json_extract(fields, '$."a"."b"')`: JSON `null` and a missing member are NULL, booleans
    /// are 1/0, numbers keep their class (an integer beyond `i64` is a real), strings are text,
    /// arrays and objects are their minified JSON text.
    pub fn from_json(json: Option<&Json>) -> Value {
        match json {
            None | Some(Json::Null) => Value::Null,
            Some(Json::Bool(b)) => Value::Int(i64::from(*b)),
            Some(Json::Number(n)) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => n.as_f64().map_or(Value::Null, Value::Real),
            },
            Some(Json::String(s)) => Value::Text(s.clone()),
            Some(other) => Value::Text(other.to_string()),
        }
    }

    pub fn bool(b: bool) -> Value {
        Value::Int(i64::from(b))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The value as text, as SQLite converts a number for a string function (`instr`,
    /// `substr`, `lower`, `length`); NULL stays `None`.
    pub fn text(&self) -> Option<String> {
        match self {
            Value::Null => None,
            Value::Int(i) => Some(i.to_string()),
            Value::Real(f) => Some(real_text(*f)),
            Value::Text(s) => Some(s.clone()),
        }
    }

    /// The truth of a value in `WHERE`, `NOT`, `AND`, `OR`: NULL is unknown (`None`); a number
    /// is true when non-zero; text is true when its numeric prefix is non-zero.
    pub fn truth(&self) -> Option<bool> {
        match self {
            Value::Null => None,
            Value::Int(i) => Some(*i != 0),
            Value::Real(f) => Some(*f != 0.0),
            Value::Text(s) => Some(numeric_prefix(s) != 0.0),
        }
    }

    /// The value converted for a column of TEXT affinity (`id`, `status`): numbers become text.
    pub fn with_text_affinity(self) -> Value {
        match self {
            Value::Int(_) | Value::Real(_) => Value::Text(self.text().unwrap_or_default()),
            other => other,
        }
    }

    fn class(&self) -> u8 {
        match self {
            Value::Null => 0,
            Value::Int(_) | Value::Real(_) => 1,
            Value::Text(_) => 2,
        }
    }
}

/// SQLite's total order of values (as `ORDER BY` uses it): NULL, then numbers (integers and
/// reals compared by value), then text (byte-wise, the BINARY collation).
pub fn order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Int(x), Value::Real(y)) => cmp_real(*x as f64, *y),
        (Value::Real(x), Value::Int(y)) => cmp_real(*x, *y as f64),
        (Value::Real(x), Value::Real(y)) => cmp_real(*x, *y),
        (Value::Text(x), Value::Text(y)) => x.as_bytes().cmp(y.as_bytes()),
        _ => a.class().cmp(&b.class()),
    }
}

fn cmp_real(x: f64, y: f64) -> Ordering {
    x.partial_cmp(&y).unwrap_or(Ordering::Equal)
}

/// A comparison operator (`=`, `<`, …) over two values: NULL when either is NULL, else 1/0.
pub fn compare(a: &Value, b: &Value, holds: impl Fn(Ordering) -> bool) -> Value {
    if a.is_null() || b.is_null() { Value::Null } else { Value::bool(holds(order(a, b))) }
}

/// `a IS b`: NULLs compare as values, never unknown.
pub fn is(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        _ => order(a, b) == Ordering::Equal,
    }
}

/// The text SQLite gives a real (`%!.15g`): `2.0` stays `2.0`, `0.1` is `0.1`.
fn real_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 { format!("{f:.1}") } else { format!("{f}") }
}

/// The numeric value of the longest numeric prefix of `s` (0 when there is none), as SQLite
/// reads text in a boolean context.
fn numeric_prefix(s: &str) -> f64 {
    let t = s.trim_start();
    let end = (0..=t.len()).rev().find(|&i| t.is_char_boundary(i) && t[..i].parse::<f64>().is_ok());
    end.and_then(|i| t[..i].parse::<f64>().ok()).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_extract_classes() {
        assert_eq!(Value::from_json(None), Value::Null);
        assert_eq!(Value::from_json(Some(&json!(null))), Value::Null);
        assert_eq!(Value::from_json(Some(&json!(true))), Value::Int(1));
        assert_eq!(Value::from_json(Some(&json!(3))), Value::Int(3));
        assert_eq!(Value::from_json(Some(&json!(1.5))), Value::Real(1.5));
        assert_eq!(Value::from_json(Some(&json!(["a", "b"]))), Value::Text(r#"["a","b"]"#.into()));
    }

    #[test]
    fn sqlite_order_across_classes() {
        let mut vs =
            vec![Value::Text("b".into()), Value::Real(2.5), Value::Null, Value::Int(2), Value::Text("B".into())];
        vs.sort_by(order);
        assert_eq!(
            vs,
            [Value::Null, Value::Int(2), Value::Real(2.5), Value::Text("B".into()), Value::Text("b".into())]
        );
        assert_eq!(order(&Value::Int(2), &Value::Real(2.0)), Ordering::Equal);
    }

    #[test]
    fn truth_and_text() {
        assert_eq!(Value::Text("12abc".into()).truth(), Some(true));
        assert_eq!(Value::Text("abc".into()).truth(), Some(false));
        assert_eq!(Value::Null.truth(), None);
        assert_eq!(Value::Real(2.0).text().as_deref(), Some("2.0"));
        assert_eq!(compare(&Value::Null, &Value::Int(1), Ordering::is_eq), Value::Null);
        assert!(is(&Value::Null, &Value::Null));
    }
}
