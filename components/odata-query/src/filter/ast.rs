//! The typed `$filter` AST and its canonical OData rendering (`Display`), which parses back to
//! the same AST. The AST is serde-serializable because it crosses the WIT boundary as JSON.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A `$filter` expression. [`crate::Filter`] is an alias.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expr {
    Literal(Literal),
    /// A property path: `Name` is `["Name"]`, `Address/City` is `["Address", "City"]`.
    Property(Vec<String>),
    Compare {
        op: CompareOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Call {
        func: Func,
        args: Vec<Expr>,
    },
    /// `value in (l1, l2, ...)`; the list is never empty.
    In {
        value: Box<Expr>,
        list: Vec<Literal>,
    },
}

/// A primitive literal. Decimals, dates, date-times and GUIDs keep their source text (already
/// validated by the lexer) so rendering is exact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Literal {
    Null,
    Bool(bool),
    Int(i64),
    /// e.g. `1.5`, `-2.0e3`.
    Decimal(String),
    String(String),
    /// `2026-01-02`.
    Date(String),
    /// `2026-01-02T03:04:05Z`, `2026-01-02T03:04:05.5+02:00`.
    DateTime(String),
    /// `01234567-89ab-cdef-0123-456789abcdef`.
    Guid(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompareOp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

impl CompareOp {
    pub fn keyword(self) -> &'static str {
        match self {
            CompareOp::Eq => "eq",
            CompareOp::Ne => "ne",
            CompareOp::Gt => "gt",
            CompareOp::Ge => "ge",
            CompareOp::Lt => "lt",
            CompareOp::Le => "le",
        }
    }

    pub fn from_keyword(s: &str) -> Option<Self> {
        Some(match s {
            "eq" => CompareOp::Eq,
            "ne" => CompareOp::Ne,
            "gt" => CompareOp::Gt,
            "ge" => CompareOp::Ge,
            "lt" => CompareOp::Lt,
            "le" => CompareOp::Le,
            _ => return None,
        })
    }

    /// `eq`/`ne` (equality) bind looser than `gt ge lt le` (relational), as in OData.
    pub fn is_equality(self) -> bool {
        matches!(self, CompareOp::Eq | CompareOp::Ne)
    }
}

/// The supported canonical functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Func {
    Contains,
    StartsWith,
    EndsWith,
    ToLower,
    ToUpper,
    Length,
}

impl Func {
    pub const ALL: [Func; 6] =
        [Func::Contains, Func::StartsWith, Func::EndsWith, Func::ToLower, Func::ToUpper, Func::Length];

    pub fn name(self) -> &'static str {
        match self {
            Func::Contains => "contains",
            Func::StartsWith => "startswith",
            Func::EndsWith => "endswith",
            Func::ToLower => "tolower",
            Func::ToUpper => "toupper",
            Func::Length => "length",
        }
    }

    pub fn from_name(s: &str) -> Option<Self> {
        Func::ALL.into_iter().find(|f| f.name() == s)
    }

    pub fn arity(self) -> usize {
        match self {
            Func::Contains | Func::StartsWith | Func::EndsWith => 2,
            Func::ToLower | Func::ToUpper | Func::Length => 1,
        }
    }
}

/// Binding strength, loosest first; used by the printer to place parentheses.
pub(crate) mod prec {
    pub const OR: u8 = 1;
    pub const AND: u8 = 2;
    pub const EQUALITY: u8 = 3;
    pub const RELATIONAL: u8 = 4;
    pub const UNARY: u8 = 5;
    pub const PRIMARY: u8 = 6;
}

impl Expr {
    fn precedence(&self) -> u8 {
        match self {
            Expr::Or(..) => prec::OR,
            Expr::And(..) => prec::AND,
            Expr::Compare { op, .. } if op.is_equality() => prec::EQUALITY,
            Expr::Compare { .. } | Expr::In { .. } => prec::RELATIONAL,
            Expr::Not(_) => prec::UNARY,
            Expr::Literal(_) | Expr::Property(_) | Expr::Call { .. } => prec::PRIMARY,
        }
    }

    /// Convenience constructor for a single-segment property.
    pub fn property(name: &str) -> Expr {
        Expr::Property(vec![name.to_string()])
    }

    /// The number of nodes in the tree (literals in an `in` list count as one node each).
    pub fn node_count(&self) -> usize {
        match self {
            Expr::Literal(_) | Expr::Property(_) => 1,
            Expr::Compare { left, right, .. } | Expr::And(left, right) | Expr::Or(left, right) => {
                1 + left.node_count() + right.node_count()
            }
            Expr::Not(e) => 1 + e.node_count(),
            Expr::Call { args, .. } => 1 + args.iter().map(Expr::node_count).sum::<usize>(),
            Expr::In { value, list } => 1 + value.node_count() + list.len(),
        }
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, min: u8) -> fmt::Result {
        let paren = self.precedence() < min;
        if paren {
            f.write_str("(")?;
        }
        match self {
            Expr::Literal(l) => write!(f, "{l}")?,
            Expr::Property(path) => f.write_str(&path.join("/"))?,
            Expr::Compare { op, left, right } => {
                let p = self.precedence();
                left.write(f, p)?;
                write!(f, " {} ", op.keyword())?;
                right.write(f, p + 1)?;
            }
            Expr::And(l, r) => {
                l.write(f, prec::AND)?;
                f.write_str(" and ")?;
                r.write(f, prec::AND + 1)?;
            }
            Expr::Or(l, r) => {
                l.write(f, prec::OR)?;
                f.write_str(" or ")?;
                r.write(f, prec::OR + 1)?;
            }
            Expr::Not(e) => {
                f.write_str("not ")?;
                e.write(f, prec::UNARY)?;
            }
            Expr::Call { func, args } => {
                write!(f, "{}(", func.name())?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    a.write(f, prec::OR)?;
                }
                f.write_str(")")?;
            }
            Expr::In { value, list } => {
                value.write(f, prec::UNARY)?;
                f.write_str(" in (")?;
                for (i, l) in list.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{l}")?;
                }
                f.write_str(")")?;
            }
        }
        if paren {
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// Canonical OData text with the fewest parentheses; parses back to the same AST.
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, prec::OR)
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Null => f.write_str("null"),
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Int(i) => write!(f, "{i}"),
            Literal::Decimal(s) | Literal::Date(s) | Literal::DateTime(s) | Literal::Guid(s) => f.write_str(s),
            Literal::String(s) => write!(f, "'{}'", s.replace('\'', "''")),
        }
    }
}
