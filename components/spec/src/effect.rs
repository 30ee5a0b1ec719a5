//! Effect statements: what an action does to state variables, and the post-commit work it
//! asks for (schedule, spawn).
//!
//! ```text
//! effect = assign | call
//! assign = name ("=" | "+=" | "-=") arg
//! call   = "append(" name "," arg ")" | "remove_at(" name "," arg ")"
//!        | "schedule('Action'," int ")" | "schedule_at('Action'," name ")"
//!        | "spawn('Type','Action'" [ "," name [ "," arg ] ] ")"
//! arg    = int | 'string' | true | false | name | params.<p>
//! ```

use crate::predicate::Ref;
use crate::predicate::check::{ParamTypes, Ty, list};
use crate::predicate::lexer::{SyntaxError, Tok, lex};
use crate::predicate::parser::Parser;
use crate::value::{Value, VarType};

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Lit(Value),
    Var(usize),
    Param(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Assign { var: usize, op: AssignOp, arg: Arg },
    Append { var: usize, arg: Arg },
    RemoveAt { var: usize, arg: Arg },
    Schedule { action: String, after_seconds: u64 },
    ScheduleAt { action: String, var: usize },
    Spawn { entity_type: String, action: String, store: Option<usize>, id: Option<Arg> },
}

/// What an effect statement may refer to.
pub struct EffectScope<'a> {
    pub vars: &'a [(String, VarType)],
    pub params: &'a mut ParamTypes,
    pub actions: &'a [String],
}

pub fn parse_effect(src: &str, scope: &mut EffectScope<'_>) -> Result<Effect, SyntaxError> {
    let toks = lex(src)?;
    let mut p = Parser { toks: &toks, pos: 0, src_len: src.len(), depth: 0 };
    let first = p
        .peek()
        .cloned()
        .ok_or_else(|| SyntaxError::new(0, "empty effect", "write a statement, e.g. `count += 1`, or remove it"))?;
    let Tok::Ident(word) = &first.tok else {
        return Err(SyntaxError::new(
            first.span.start,
            format!("an effect starts with a name, found {}", first.tok.describe()),
            HELP,
        ));
    };
    let is_call = p.toks.get(1).map(|t| &t.tok) == Some(&Tok::LParen);
    let effect = if is_call {
        p.pos = 2;
        match word.as_str() {
            "append" | "remove_at" => {
                let (var, t) = target_var(&mut p, scope)?;
                if t != VarType::List {
                    return Err(SyntaxError::new(
                        first.span.start,
                        format!("`{word}` needs a list variable, but it is a {}", t.name()),
                        "declare the variable with `type = \"list\"`",
                    ));
                }
                p.expect(Tok::Comma, "`,`")?;
                let want = if word == "append" { Ty::Str } else { Ty::Num };
                let arg = arg(&mut p, scope, want)?;
                if word == "append" { Effect::Append { var, arg } } else { Effect::RemoveAt { var, arg } }
            }
            "schedule" | "schedule_at" => {
                let action = action_name(&mut p, scope)?;
                p.expect(Tok::Comma, "`,`")?;
                if word == "schedule" {
                    let off = p.offset();
                    match p.bump().map(|t| &t.tok) {
                        Some(Tok::Int(n)) if *n >= 0 => Effect::Schedule { action, after_seconds: *n as u64 },
                        _ => {
                            return Err(SyntaxError::new(
                                off,
                                "expected a delay in whole seconds",
                                "write e.g. `schedule('Remind', 3600)`",
                            ));
                        }
                    }
                } else {
                    let (var, t) = target_var(&mut p, scope)?;
                    if !matches!(t, VarType::Int | VarType::Counter | VarType::String) {
                        return Err(SyntaxError::new(
                            p.offset(),
                            "`schedule_at` needs a time variable (int seconds since the epoch, or an RFC 3339 string)",
                            "declare it as `int` or `string`",
                        ));
                    }
                    Effect::ScheduleAt { action, var }
                }
            }
            "spawn" => {
                let entity_type = quoted(&mut p, "the child's entity type, e.g. `'Task'`")?;
                p.expect(Tok::Comma, "`,`")?;
                let off = p.offset();
                let action = quoted(&mut p, "the child's initial action, e.g. `'Create'`")?;
                if action.is_empty() {
                    return Err(SyntaxError::new(off, "empty action name", "name the child's initial action"));
                }
                let mut store = None;
                let mut id = None;
                if matches!(p.peek().map(|t| &t.tok), Some(Tok::Comma)) {
                    p.bump();
                    let (var, t) = target_var(&mut p, scope)?;
                    if !matches!(t, VarType::String | VarType::List) {
                        return Err(SyntaxError::new(
                            p.offset(),
                            "the child id is stored in a string or list variable",
                            "declare it as `string` (one child) or `list` (many)",
                        ));
                    }
                    store = Some(var);
                    if matches!(p.peek().map(|t| &t.tok), Some(Tok::Comma)) {
                        p.bump();
                        id = Some(arg(&mut p, scope, Ty::Str)?);
                    }
                }
                Effect::Spawn { entity_type, action, store, id }
            }
            "emit" | "trigger" => {
                return Err(SyntaxError::new(
                    first.span.start,
                    format!("`{word}` is not an effect"),
                    "declare outgoing calls as `[[action.triggers]]`",
                ));
            }
            other => return Err(SyntaxError::new(first.span.start, format!("unknown effect `{other}(...)`"), HELP)),
        }
    } else {
        let (var, t) = target_var(&mut p, scope)?;
        let off = p.offset();
        let op = match p.bump().map(|t| &t.tok) {
            Some(Tok::Assign) => AssignOp::Set,
            Some(Tok::PlusAssign) => AssignOp::Add,
            Some(Tok::MinusAssign) => AssignOp::Sub,
            Some(Tok::EqEq) => return Err(SyntaxError::new(off, "`==` compares; effects assign", "write `=`")),
            _ => return Err(SyntaxError::new(off, "expected `=`, `+=` or `-=`", HELP)),
        };
        match (op, t) {
            (AssignOp::Add | AssignOp::Sub, VarType::Counter | VarType::Int) => {}
            (AssignOp::Add | AssignOp::Sub, _) => {
                return Err(SyntaxError::new(
                    off,
                    format!("`+=`/`-=` need a counter or int, but `{}` is a {}", scope.vars[var].0, t.name()),
                    "use `=` or declare the variable as `counter`",
                ));
            }
            (AssignOp::Set, VarType::List) => {
                return Err(SyntaxError::new(
                    off,
                    "lists change through `append(...)` and `remove_at(...)`",
                    "write `append(list, value)`",
                ));
            }
            _ => {}
        }
        let want = match t {
            VarType::String => Ty::Str,
            VarType::Bool => Ty::Bool,
            VarType::Counter | VarType::Int | VarType::List => Ty::Num,
        };
        let arg = arg(&mut p, scope, want)?;
        if let (VarType::Counter, Arg::Lit(Value::Int(n))) = (t, &arg)
            && *n < 0
        {
            return Err(SyntaxError::new(
                off,
                "a counter cannot go negative",
                "use `-=` with a positive amount (it stops at 0)",
            ));
        }
        Effect::Assign { var, op, arg }
    };
    if let Some(t) = p.peek() {
        if is_call && t.tok == Tok::RParen {
            let Some(extra) = toks.get(p.pos + 1) else { return Ok(effect) };
            return Err(SyntaxError::new(
                extra.span.start,
                format!("unexpected {} after the statement", extra.tok.describe()),
                "write one statement per list entry",
            ));
        }
        if is_call {
            return Err(SyntaxError::new(t.span.start, format!("expected `)`, found {}", t.tok.describe()), HELP));
        }
        return Err(SyntaxError::new(
            t.span.start,
            format!("unexpected {} after the statement", t.tok.describe()),
            "write one statement per list entry",
        ));
    }
    if is_call {
        return Err(SyntaxError::new(src.len(), "expected `)`, found the end", "close the call with `)`"));
    }
    Ok(effect)
}

const HELP: &str = "effects are `x = v`, `n += v`, `n -= v`, `append(list, v)`, `remove_at(list, i)`, `schedule('Action', secs)`, `schedule_at('Action', var)`, `spawn('Type', 'Action'[, var[, id]])`";

fn target_var(p: &mut Parser<'_>, scope: &EffectScope<'_>) -> Result<(usize, VarType), SyntaxError> {
    let off = p.offset();
    match p.name_ref("a state variable")? {
        Ref::Unresolved(name) => {
            scope.vars.iter().position(|(n, _)| *n == name).map(|i| (i, scope.vars[i].1)).ok_or_else(|| {
                let names: Vec<String> = scope.vars.iter().map(|(n, _)| n.clone()).collect();
                SyntaxError::new(
                    off,
                    format!("unknown variable `{name}`"),
                    format!("declared variables are {}", list(&names)),
                )
            })
        }
        _ => Err(SyntaxError::new(off, "parameters cannot be assigned", "assign to a state variable")),
    }
}

fn quoted(p: &mut Parser<'_>, what: &str) -> Result<String, SyntaxError> {
    let off = p.offset();
    match p.bump().map(|t| &t.tok) {
        Some(Tok::Str(s)) => Ok(s.clone()),
        _ => Err(SyntaxError::new(off, format!("expected {what}"), "quote names with single quotes")),
    }
}

fn action_name(p: &mut Parser<'_>, scope: &EffectScope<'_>) -> Result<String, SyntaxError> {
    let off = p.offset();
    let a = quoted(p, "an action name, e.g. `'Expire'`")?;
    if !scope.actions.contains(&a) {
        return Err(SyntaxError::new(
            off,
            format!("unknown action `{a}`"),
            format!("scheduled actions must be declared; actions are {}", list(scope.actions)),
        ));
    }
    Ok(a)
}

fn arg(p: &mut Parser<'_>, scope: &mut EffectScope<'_>, want: Ty) -> Result<Arg, SyntaxError> {
    let off = p.offset();
    let t = p.peek().map(|t| t.tok.clone());
    let (arg, ty) = match t {
        Some(Tok::Int(n)) => {
            p.bump();
            (Arg::Lit(Value::Int(n)), Ty::Num)
        }
        Some(Tok::Str(s)) => {
            p.bump();
            (Arg::Lit(Value::Str(s)), Ty::Str)
        }
        Some(Tok::Ident(w)) if w == "true" || w == "false" => {
            p.bump();
            (Arg::Lit(Value::Bool(w == "true")), Ty::Bool)
        }
        _ => match p.name_ref("a value")? {
            Ref::Param(name) => {
                let ty = scope.params.use_as(&name, Some(want), off)?.unwrap_or(want);
                (Arg::Param(name), ty)
            }
            Ref::Unresolved(name) => {
                let i = scope.vars.iter().position(|(n, _)| *n == name).ok_or_else(|| {
                    let mut help = "a value is a literal, a state variable or `params.<name>`".to_string();
                    if scope.params.entries.contains_key(&name) {
                        help = format!("to read the parameter, write `params.{name}`");
                    }
                    SyntaxError::new(off, format!("unknown variable `{name}`"), help)
                })?;
                (Arg::Var(i), ast_ty(scope.vars[i].1))
            }
            Ref::Var(i, _) => (Arg::Var(i), ast_ty(scope.vars[i].1)),
        },
    };
    if ty != want {
        return Err(SyntaxError::new(
            off,
            format!("expected a {} here, found a {}", want.name(), ty.name()),
            "the value must have the variable's type",
        ));
    }
    Ok(arg)
}

fn ast_ty(t: VarType) -> Ty {
    crate::predicate::check::Ty::of_var(t)
}
