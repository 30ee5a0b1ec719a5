//! Type checking of `$filter`, `$select` and `$orderby` against an entity type's properties:
//! unknown properties, incompatible comparisons and ill-typed function arguments are errors.
//!
//! `Id` and `Status` always exist (they are columns of the projection table) and are strings,
//! unless the schema says otherwise.

use crate::error::QueryError;
use crate::filter::{CompareOp, Expr, Func, Literal};
use crate::options::QueryOptions;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The primitive types a property can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PropType {
    String,
    Int,
    Decimal,
    Bool,
    DateTime,
    Date,
    StringList,
    Guid,
}

/// The properties of the entity type a request targets.
pub trait Schema {
    fn property(&self, name: &str) -> Option<PropType>;
    /// Known property names, for "did you mean" lists in errors.
    fn property_names(&self) -> Vec<String> {
        Vec::new()
    }
}

impl Schema for BTreeMap<String, PropType> {
    fn property(&self, name: &str) -> Option<PropType> {
        self.get(name).copied()
    }
    fn property_names(&self) -> Vec<String> {
        self.keys().cloned().collect()
    }
}

impl Schema for HashMap<String, PropType> {
    fn property(&self, name: &str) -> Option<PropType> {
        self.get(name).copied()
    }
    fn property_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.keys().cloned().collect();
        names.sort();
        names
    }
}

/// A static table, e.g. `&[("Name", PropType::String)]`.
impl Schema for &[(&str, PropType)] {
    fn property(&self, name: &str) -> Option<PropType> {
        self.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)
    }
    fn property_names(&self) -> Vec<String> {
        self.iter().map(|(n, _)| n.to_string()).collect()
    }
}

impl<const N: usize> Schema for [(&str, PropType); N] {
    fn property(&self, name: &str) -> Option<PropType> {
        self.as_slice().property(name)
    }
    fn property_names(&self) -> Vec<String> {
        self.as_slice().property_names()
    }
}

/// The type of a filter sub-expression: a property type, or `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Prop(PropType),
    Null,
}

fn err(option: &str, message: impl Into<String>, help: impl Into<String>) -> QueryError {
    QueryError::new(option, 0, message, help)
}

/// Resolves a property name, including the implicit `Id` and `Status`.
pub fn resolve_property(schema: &dyn Schema, name: &str, option: &str) -> Result<PropType, QueryError> {
    if let Some(t) = schema.property(name) {
        return Ok(t);
    }
    if matches!(name, "Id" | "Status" | "status") {
        return Ok(PropType::String);
    }
    let declared = schema.property_names();
    let mut known: Vec<String> =
        ["Id", "Status"].into_iter().filter(|i| !declared.iter().any(|k| k == i)).map(String::from).collect();
    known.extend(declared);
    let near: Vec<&String> = known.iter().filter(|k| k.eq_ignore_ascii_case(name)).collect();
    let help = match near.first() {
        Some(n) => format!("property names are case-sensitive: did you mean `{n}`?"),
        None => format!("known properties: {}", known.join(", ")),
    };
    Err(err(option, format!("unknown property `{name}`"), help))
}

/// Checks that `filter` is a well-typed boolean expression over `schema`'s properties.
pub fn check_filter(filter: &Expr, schema: &dyn Schema) -> Result<(), QueryError> {
    match type_of(filter, schema)? {
        Ty::Prop(PropType::Bool) => Ok(()),
        other => Err(err(
            "$filter",
            format!("$filter must be a boolean condition, but `{filter}` is {}", ty_name(other)),
            "compare it with something, e.g. `Name eq 'x'`",
        )),
    }
}

/// Checks `$filter`, `$select` and `$orderby` of `opts` against `schema`. (`$expand` targets
/// other entity types and is checked by the caller.)
pub fn check_options(opts: &QueryOptions, schema: &dyn Schema) -> Result<(), QueryError> {
    if let Some(f) = &opts.filter {
        check_filter(f, schema)?;
    }
    for p in opts.select.iter().flatten() {
        resolve_property(schema, p, "$select")?;
    }
    for key in &opts.orderby {
        if resolve_property(schema, &key.property, "$orderby")? == PropType::StringList {
            return Err(err(
                "$orderby",
                format!("cannot order by the list property `{}`", key.property),
                "order by a single-valued property",
            ));
        }
    }
    Ok(())
}

fn ty_name(t: Ty) -> &'static str {
    match t {
        Ty::Null => "null",
        Ty::Prop(PropType::String) => "a string",
        Ty::Prop(PropType::Int) => "an integer",
        Ty::Prop(PropType::Decimal) => "a decimal",
        Ty::Prop(PropType::Bool) => "a boolean",
        Ty::Prop(PropType::DateTime) => "a date-time",
        Ty::Prop(PropType::Date) => "a date",
        Ty::Prop(PropType::StringList) => "a string list",
        Ty::Prop(PropType::Guid) => "a GUID",
    }
}

fn literal_type(l: &Literal) -> Ty {
    Ty::Prop(match l {
        Literal::Null => return Ty::Null,
        Literal::Bool(_) => PropType::Bool,
        Literal::Int(_) => PropType::Int,
        Literal::Decimal(_) => PropType::Decimal,
        Literal::String(_) => PropType::String,
        Literal::Date(_) => PropType::Date,
        Literal::DateTime(_) => PropType::DateTime,
        Literal::Guid(_) => PropType::Guid,
    })
}

/// Can values of types `a` and `b` be compared with `op`?
fn comparable(a: Ty, b: Ty, op: CompareOp) -> bool {
    use PropType::*;
    let (a, b) = match (a, b) {
        (Ty::Null, _) | (_, Ty::Null) => return op.is_equality(),
        (Ty::Prop(a), Ty::Prop(b)) => (a, b),
    };
    match (a, b) {
        (StringList, _) | (_, StringList) => false,
        (Bool, Bool) | (Guid, Guid) | (Guid, String) | (String, Guid) => op.is_equality(),
        (Int | Decimal, Int | Decimal) => true,
        (a, b) => a == b,
    }
}

fn type_of(e: &Expr, schema: &dyn Schema) -> Result<Ty, QueryError> {
    const OPT: &str = "$filter";
    let boolean = |x: &Expr| -> Result<(), QueryError> {
        match type_of(x, schema)? {
            Ty::Prop(PropType::Bool) => Ok(()),
            t => Err(err(
                OPT,
                format!("`{x}` is {}, but `and`, `or` and `not` need booleans", ty_name(t)),
                "compare values with `eq`, `gt`, ... before combining them; write `not (A eq B)` to negate a comparison",
            )),
        }
    };
    Ok(match e {
        Expr::Literal(l) => literal_type(l),
        Expr::Property(path) => match path.as_slice() {
            [name] => Ty::Prop(resolve_property(schema, name, OPT)?),
            _ => {
                return Err(err(
                    OPT,
                    format!("property path `{}` is not supported", path.join("/")),
                    "filter on the entity's own properties",
                ));
            }
        },
        Expr::And(l, r) | Expr::Or(l, r) => {
            boolean(l)?;
            boolean(r)?;
            Ty::Prop(PropType::Bool)
        }
        Expr::Not(x) => {
            boolean(x)?;
            Ty::Prop(PropType::Bool)
        }
        Expr::Compare { op, left, right } => {
            let (lt, rt) = (type_of(left, schema)?, type_of(right, schema)?);
            if !comparable(lt, rt, *op) {
                let help = if lt == Ty::Prop(PropType::StringList) || rt == Ty::Prop(PropType::StringList) {
                    "list properties can only be compared with `null`"
                } else if !op.is_equality() && (lt == Ty::Null || rt == Ty::Null) {
                    "only `eq` and `ne` may compare with `null`"
                } else {
                    "compare values of the same type; strings need quotes, dates look like `2026-01-02`"
                };
                return Err(err(
                    OPT,
                    format!("cannot compare {} with {} using `{}` in `{e}`", ty_name(lt), ty_name(rt), op.keyword()),
                    help,
                ));
            }
            Ty::Prop(PropType::Bool)
        }
        Expr::In { value, list } => {
            let vt = type_of(value, schema)?;
            for l in list {
                let lt = literal_type(l);
                if lt == Ty::Null || !comparable(vt, lt, CompareOp::Eq) {
                    return Err(err(
                        OPT,
                        format!("`{l}` is {}, which cannot be in a list matched against {}", ty_name(lt), ty_name(vt)),
                        "list literals of the same type as the value; test for null with `eq null`",
                    ));
                }
            }
            Ty::Prop(PropType::Bool)
        }
        Expr::Call { func, args } => {
            for a in args {
                let t = type_of(a, schema)?;
                if t != Ty::Prop(PropType::String) && t != Ty::Null {
                    return Err(err(
                        OPT,
                        format!("`{}` needs string arguments, but `{a}` is {}", func.name(), ty_name(t)),
                        "apply string functions to string properties and quoted strings",
                    ));
                }
            }
            Ty::Prop(match func {
                Func::Contains | Func::StartsWith | Func::EndsWith => PropType::Bool,
                Func::ToLower | Func::ToUpper => PropType::String,
                Func::Length => PropType::Int,
            })
        }
    })
}
