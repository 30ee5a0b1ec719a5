//! Values of state variables and parameters, and the spec's variable types.

use std::fmt;

/// The type of a declared state variable (`[[state]] type = …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VarType {
    /// Free text; an unmodeled field mirror (set by create/PATCH, or assigned by effects).
    String,
    Bool,
    /// A non-negative integer; `-=` stops at 0.
    Counter,
    /// A signed 64-bit integer.
    Int,
    /// A list of strings.
    List,
}

impl VarType {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "string" => Self::String,
            "bool" => Self::Bool,
            "counter" => Self::Counter,
            "int" => Self::Int,
            "list" => Self::List,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Bool => "bool",
            Self::Counter => "counter",
            Self::Int => "int",
            Self::List => "list",
        }
    }

    /// The value a variable of this type has when `initial` is not given.
    pub fn zero(self) -> Value {
        match self {
            Self::String => Value::Str(String::new()),
            Self::Bool => Value::Bool(false),
            Self::Counter | Self::Int => Value::Int(0),
            Self::List => Value::List(Vec::new()),
        }
    }

    /// Whether `v` is a well-formed value of this type (`null` is not).
    pub fn admits(self, v: &Value) -> bool {
        matches!(
            (self, v),
            (Self::String, Value::Str(_))
                | (Self::Bool, Value::Bool(_))
                | (Self::Int, Value::Int(_))
                | (Self::List, Value::List(_))
        ) || matches!((self, v), (Self::Counter, Value::Int(n)) if *n >= 0)
    }
}

pub const VAR_TYPES: &str = "`string`, `bool`, `counter`, `int` or `list`";

/// A runtime value.
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<String>),
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Self {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(n) => Value::Int(*n),
            Value::Str(s) => Value::Str(s.clone()),
            Value::List(l) => Value::List(l.clone()),
        }
    }

    /// Reuses the text's or list's allocation when both are of that kind.
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        match (&mut *self, source) {
            (Value::Str(d), Value::Str(s)) => d.clone_from(s),
            (Value::List(d), Value::List(s)) => d.clone_from(s),
            (d, s) => *d = s.clone(),
        }
    }
}

/// Makes `dst` a copy of `src`, reusing its allocations (a model checker's scratch buffers).
pub fn assign(dst: &mut Vec<Value>, src: &[Value]) {
    dst.truncate(src.len());
    let n = dst.len();
    dst.clone_from_slice(&src[..n]);
    dst.extend_from_slice(&src[n..]);
}

impl Value {
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "integer",
            Value::Str(_) => "string",
            Value::List(_) => "list",
        }
    }

    /// `empty(x)`: absent, null, `''` or `[]`.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Null => true,
            Value::Str(s) => s.is_empty(),
            Value::List(l) => l.is_empty(),
            Value::Bool(_) | Value::Int(_) => false,
        }
    }
}

impl fmt::Display for Value {
    /// Predicate-literal syntax: `null`, `true`, `3`, `'text'`, `['a', 'b']`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(n) => write!(f, "{n}"),
            Value::Str(s) => write!(f, "'{s}'"),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, s) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "'{s}'")?;
                }
                f.write_str("]")
            }
        }
    }
}
