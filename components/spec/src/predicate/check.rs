//! Type checking and name resolution for predicates. Runs once at load; evaluation trusts it.

use super::ast::*;
use super::lexer::SyntaxError;
use crate::value::{Value, VarType};
use std::collections::BTreeMap;

/// The type of a predicate operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Str,
    Num,
    Bool,
    List,
    Null,
}

impl Ty {
    pub fn of_var(t: VarType) -> Ty {
        match t {
            VarType::String => Ty::Str,
            VarType::Bool => Ty::Bool,
            VarType::Counter | VarType::Int => Ty::Num,
            VarType::List => Ty::List,
        }
    }

    pub fn of_value(v: &Value) -> Ty {
        match v {
            Value::Null => Ty::Null,
            Value::Bool(_) => Ty::Bool,
            Value::Int(_) => Ty::Num,
            Value::Str(_) => Ty::Str,
            Value::List(_) => Ty::List,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Ty::Str => "string",
            Ty::Num => "number",
            Ty::Bool => "bool",
            Ty::List => "list",
            Ty::Null => "null",
        }
    }
}

/// The parameters of one action as the checker sees them: declared names, and their types
/// as declared or as inferred from how guards, effects and triggers read them.
#[derive(Debug, Clone, Default)]
pub struct ParamTypes {
    pub entries: BTreeMap<String, ParamEntry>,
}

#[derive(Debug, Clone, Default)]
pub struct ParamEntry {
    pub ty: Option<Ty>,
    pub declared_type: bool,
    pub used: bool,
}

impl ParamTypes {
    /// Records a use of `name` as `ty`; an error if it was already read as another kind.
    pub fn use_as(&mut self, name: &str, ty: Option<Ty>, offset: usize) -> Result<Option<Ty>, SyntaxError> {
        let Some(e) = self.entries.get_mut(name) else {
            return Err(SyntaxError::new(
                offset,
                format!("unknown parameter `{name}`"),
                format!("declare it in the action's `params`, e.g. `params = [\"{name}\"]`"),
            ));
        };
        e.used = true;
        match (e.ty, ty) {
            (Some(a), Some(b)) if a != b && b != Ty::Null => Err(SyntaxError::new(
                offset,
                format!("parameter `{name}` is used as a {} here but as a {} elsewhere", b.name(), a.name()),
                "a parameter has one type; declare it with `{ name = ..., type = ... }`",
            )),
            (None, Some(b)) if b != Ty::Null => {
                e.ty = Some(b);
                Ok(Some(b))
            }
            (a, _) => Ok(a),
        }
    }
}

/// What a predicate may refer to.
pub struct Scope<'a> {
    /// Declared state variables, in order.
    pub vars: &'a [(String, VarType)],
    /// The automaton's states (to check `status == 'X'` literals).
    pub states: &'a [String],
    /// The action's parameters; `None` where parameters are out of scope (invariants).
    pub params: Option<&'a mut ParamTypes>,
    /// Whether `Type[ref].status` may be used.
    pub allow_related: bool,
}

pub fn check(pred: &mut Pred, scope: &mut Scope<'_>) -> Vec<SyntaxError> {
    let mut errs = Vec::new();
    check_pred(pred, scope, &mut errs);
    errs
}

fn check_pred(p: &mut Pred, scope: &mut Scope<'_>, errs: &mut Vec<SyntaxError>) {
    match &mut p.kind {
        PredKind::Implies(a, b) => {
            check_pred(a, scope, errs);
            check_pred(b, scope, errs);
        }
        PredKind::Or(items) | PredKind::And(items) => items.iter_mut().for_each(|i| check_pred(i, scope, errs)),
        PredKind::Not(inner) => check_pred(inner, scope, errs),
        PredKind::Empty(r) => {
            let off = p.span.start;
            match resolve(r, scope, off) {
                Ok(Some(Ty::Str | Ty::List)) | Ok(None) => {}
                Ok(Some(t)) => errs.push(SyntaxError::new(
                    off,
                    format!("`empty({})` needs a string or list, but `{}` is a {}", r.name(), r.name(), t.name()),
                    "compare numbers and bools explicitly, e.g. `count == 0`",
                )),
                Err(e) => errs.push(e),
            }
        }
        PredKind::Test(op) => match operand_ty(op, scope, Some(Ty::Bool)) {
            Ok(Some(Ty::Bool)) | Ok(None) => {}
            Ok(Some(t)) => errs.push(SyntaxError::new(
                op.span.start,
                format!("a bare {} is not a condition", t.name()),
                "only bools stand alone; compare other values explicitly, e.g. `x != ''` or `n > 0`",
            )),
            Err(e) => errs.push(e),
        },
        PredKind::Cmp(a, op, b) => {
            let ta = match operand_ty(a, scope, None) {
                Ok(t) => t,
                Err(e) => return errs.push(e),
            };
            let tb = match operand_ty(b, scope, ta) {
                Ok(t) => t,
                Err(e) => return errs.push(e),
            };
            // Infer a's type from b when a is an untyped parameter.
            let ta = match (ta, tb) {
                (None, Some(t)) => match operand_ty(a, scope, Some(t)) {
                    Ok(t) => t,
                    Err(e) => return errs.push(e),
                },
                _ => ta,
            };
            let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
            match (ta, tb) {
                (Some(Ty::Null), _) | (_, Some(Ty::Null)) if ordering => errs.push(SyntaxError::new(
                    p.span.start,
                    format!("`{}` cannot order against `null`", op.symbol()),
                    "test absence with `x == null` or `empty(x)`",
                )),
                (Some(Ty::Null), _) | (_, Some(Ty::Null)) => {}
                (Some(x), Some(y)) if x != y => errs.push(SyntaxError::new(
                    p.span.start,
                    format!("cannot compare a {} with a {}", x.name(), y.name()),
                    "both sides of a comparison must have the same type",
                )),
                (Some(x), _) if ordering && x != Ty::Num => errs.push(SyntaxError::new(
                    p.span.start,
                    format!("`{}` needs numbers, found a {}", op.symbol(), x.name()),
                    "order only counters, ints, `len(...)` and integer literals",
                )),
                _ => {}
            }
            check_status_literal(a, b, scope, errs);
            check_status_literal(b, a, scope, errs);
        }
        PredKind::In { lhs, set, .. } => {
            let tl = match operand_ty(lhs, scope, None) {
                Ok(t) => t,
                Err(e) => return errs.push(e),
            };
            match set {
                SetExpr::Lits(lits) => {
                    for v in lits.iter() {
                        let tv = Ty::of_value(v);
                        if let Some(t) = tl
                            && tv != t
                            && tv != Ty::Null
                        {
                            errs.push(SyntaxError::new(
                                p.span.start,
                                format!("set element {v} is a {}, but the left side is a {}", tv.name(), t.name()),
                                "every element of the set must have the left side's type",
                            ));
                        }
                        if matches!(lhs.kind, OperandKind::Status)
                            && let Value::Str(s) = v
                            && !scope.states.iter().any(|st| st == s)
                        {
                            errs.push(unknown_state(p.span.start, s, scope.states));
                        }
                    }
                    if tl.is_none()
                        && let Some(first) = lits.first()
                        && let Err(e) = operand_ty(lhs, scope, Some(Ty::of_value(first)))
                    {
                        errs.push(e);
                    }
                }
                SetExpr::Ref(r) => {
                    match resolve(r, scope, p.span.start) {
                        Ok(Some(Ty::List)) | Ok(None) => {}
                        Ok(Some(t)) => errs.push(SyntaxError::new(
                            p.span.start,
                            format!("`in {}` needs a list, but `{}` is a {}", r.name(), r.name(), t.name()),
                            "use `in [...]` with literals, or a `list` variable",
                        )),
                        Err(e) => errs.push(e),
                    }
                    match tl {
                        Some(Ty::Str) => {}
                        None => {
                            if let Err(e) = operand_ty(lhs, scope, Some(Ty::Str)) {
                                errs.push(e);
                            }
                        }
                        Some(t) => errs.push(SyntaxError::new(
                            p.span.start,
                            format!("lists hold strings, but the left side is a {}", t.name()),
                            "test membership of a string, e.g. `'tag' in tags`",
                        )),
                    }
                }
            }
        }
    }
}

fn unknown_state(offset: usize, s: &str, states: &[String]) -> SyntaxError {
    SyntaxError::new(offset, format!("`{s}` is not a state of this automaton"), format!("states are {}", list(states)))
}

pub fn list(items: &[String]) -> String {
    items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

fn check_status_literal(a: &Operand, b: &Operand, scope: &Scope<'_>, errs: &mut Vec<SyntaxError>) {
    if let (OperandKind::Status, OperandKind::Lit(Value::Str(s))) = (&a.kind, &b.kind)
        && !scope.states.iter().any(|st| st == s)
    {
        errs.push(unknown_state(b.span.start, s, scope.states));
    }
}

/// The type of an operand; `want` is the type the context expects (used to infer untyped
/// parameters). `Ok(None)` means "still unknown" (an untyped parameter with no hint).
fn operand_ty(op: &mut Operand, scope: &mut Scope<'_>, want: Option<Ty>) -> Result<Option<Ty>, SyntaxError> {
    let off = op.span.start;
    match &mut op.kind {
        OperandKind::Status => Ok(Some(Ty::Str)),
        OperandKind::Lit(v) => Ok(Some(Ty::of_value(v))),
        OperandKind::Ref(r) => {
            if let Ref::Param(name) = r {
                let name = name.clone();
                let params = scope.params.as_deref_mut().ok_or_else(|| params_out_of_scope(off))?;
                return params.use_as(&name, want, off);
            }
            resolve(r, scope, off)
        }
        OperandKind::Len(r) => match resolve(r, scope, off)? {
            Some(Ty::Str | Ty::List) | None => Ok(Some(Ty::Num)),
            Some(t) => Err(SyntaxError::new(
                off,
                format!("`len({})` needs a list or string, found a {}", r.name(), t.name()),
                "use `len` on lists and strings",
            )),
        },
        OperandKind::Related { by, entity_type } => {
            if !scope.allow_related {
                return Err(SyntaxError::new(
                    off,
                    format!("`{entity_type}[...].status` is not allowed here"),
                    "related-entity status may be read by action guards only",
                ));
            }
            match resolve(by, scope, off)? {
                Some(Ty::Str | Ty::List) | None => Ok(Some(Ty::Str)),
                Some(t) => Err(SyntaxError::new(
                    off,
                    format!("`{}` holds a {}, not an entity id", by.name(), t.name()),
                    "reference related entities through a string or list variable",
                )),
            }
        }
    }
}

fn params_out_of_scope(off: usize) -> SyntaxError {
    SyntaxError::new(off, "parameters are not in scope here", "invariants see only `status` and state variables")
}

/// Binds a name to a variable (or a parameter) and returns its type.
fn resolve(r: &mut Ref, scope: &mut Scope<'_>, off: usize) -> Result<Option<Ty>, SyntaxError> {
    match r {
        Ref::Var(i, _) => Ok(scope.vars.get(*i).map(|(_, t)| Ty::of_var(*t))),
        Ref::Param(name) => {
            let name = name.clone();
            let params = scope.params.as_deref_mut().ok_or_else(|| params_out_of_scope(off))?;
            let e = params.use_as(&name, None, off)?;
            Ok(e)
        }
        Ref::Unresolved(name) => {
            if let Some(i) = scope.vars.iter().position(|(n, _)| n == name) {
                let t = Ty::of_var(scope.vars[i].1);
                *r = Ref::Var(i, name.clone());
                return Ok(Some(t));
            }
            let names: Vec<String> = scope.vars.iter().map(|(n, _)| n.clone()).collect();
            let mut help = if names.is_empty() {
                "this automaton declares no state variables; add a `[[state]]` entry".to_string()
            } else {
                format!("declared variables are {}", list(&names))
            };
            if scope.params.as_ref().is_some_and(|p| p.entries.contains_key(name.as_str())) {
                help = format!("to read the parameter, write `params.{name}`");
            }
            Err(SyntaxError::new(off, format!("unknown variable `{name}`"), help))
        }
    }
}
