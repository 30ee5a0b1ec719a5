//! Effects: how an action's `effect` lines change the variables (and what they schedule or
//! spawn), shared by [`Machine::evaluate`] and the model checker's [`Machine::step`].

use super::{Machine, Output, Rejection, Request, derived_id};
use crate::effect::{AssignOp, Effect};
use crate::value::{Value, VarType};

impl Machine {
    pub(super) fn apply(
        &self,
        e: &Effect,
        index: usize,
        req: &Request<'_>,
        params: &[(String, Value)],
        vars: &mut [Value],
        outputs: &mut Vec<Output>,
    ) -> Result<(), Rejection> {
        let value = |a: &crate::effect::Arg, vars: &[Value]| -> Value {
            match a {
                crate::effect::Arg::Lit(v) => v.clone(),
                crate::effect::Arg::Var(i) => vars.get(*i).cloned().unwrap_or(Value::Null),
                crate::effect::Arg::Param(p) => {
                    params.iter().find(|(n, _)| n == p).map_or(Value::Null, |(_, v)| v.clone())
                }
            }
        };
        let action = req.action;
        match e {
            Effect::Assign { var, op, arg } => {
                // Borrowed: the new value is built before the variable is written.
                let v = match arg {
                    crate::effect::Arg::Lit(v) => v,
                    crate::effect::Arg::Var(i) => vars.get(*i).unwrap_or(&NULL),
                    crate::effect::Arg::Param(p) => params.iter().find(|(n, _)| n == p).map_or(&NULL, |(_, v)| v),
                };
                let decl = &self.aut.vars[*var];
                let new = match (op, &vars[*var], v) {
                    (AssignOp::Set, _, Value::Null) => {
                        return Err(Rejection::BadParameter {
                            action: action.into(),
                            param: arg_name(arg),
                            reason: format!("needed to set `{}`, but it is absent", decl.name),
                        });
                    }
                    (AssignOp::Set, _, v) => v.clone(),
                    (AssignOp::Add, Value::Int(a), Value::Int(b)) => Value::Int(a.saturating_add(*b)),
                    (AssignOp::Sub, Value::Int(a), Value::Int(b)) => Value::Int(a.saturating_sub(*b)),
                    (_, _, v) => {
                        return Err(Rejection::BadParameter {
                            action: action.into(),
                            param: arg_name(arg),
                            reason: format!("expected an integer, found {v}"),
                        });
                    }
                };
                let new = match (decl.ty, new) {
                    (VarType::Counter, Value::Int(n)) if n < 0 => {
                        if matches!(op, AssignOp::Set) {
                            return Err(Rejection::BadParameter {
                                action: action.into(),
                                param: arg_name(arg),
                                reason: format!("counter `{}` cannot be set to {n}", decl.name),
                            });
                        }
                        Value::Int(0)
                    }
                    (_, v) => v,
                };
                if !decl.ty.admits(&new) {
                    return Err(Rejection::BadParameter {
                        action: action.into(),
                        param: arg_name(arg),
                        reason: format!("`{}` is a {}, cannot hold {new}", decl.name, decl.ty.name()),
                    });
                }
                vars[*var] = new;
            }
            Effect::Append { var, arg } => match (value(arg, vars), &mut vars[*var]) {
                (Value::Str(s), Value::List(items)) => items.push(s),
                (v, _) => {
                    return Err(Rejection::BadParameter {
                        action: action.into(),
                        param: arg_name(arg),
                        reason: format!("append needs a string, found {v}"),
                    });
                }
            },
            Effect::RemoveAt { var, arg } => match (value(arg, vars), &mut vars[*var]) {
                (Value::Int(i), Value::List(items)) => {
                    if i >= 0 && (i as usize) < items.len() {
                        items.remove(i as usize);
                    }
                }
                (v, _) => {
                    return Err(Rejection::BadParameter {
                        action: action.into(),
                        param: arg_name(arg),
                        reason: format!("remove_at needs an index, found {v}"),
                    });
                }
            },
            Effect::Schedule { action, after_seconds } => {
                outputs.push(Output::Schedule { action: action.clone(), after_seconds: Some(*after_seconds), at: None })
            }
            Effect::ScheduleAt { action, var } => outputs.push(Output::Schedule {
                action: action.clone(),
                after_seconds: None,
                at: Some(vars[*var].clone()),
            }),
            Effect::Spawn { entity_type, action: child_action, store, id } => {
                let child_id = match id.as_ref().map(|a| value(a, vars)) {
                    Some(Value::Str(s)) if !s.is_empty() => s,
                    Some(Value::Null) | None => derived_id(entity_type, req.entity_id, req.seq, index),
                    Some(v) => {
                        return Err(Rejection::BadParameter {
                            action: action.into(),
                            param: "spawn id".into(),
                            reason: format!("a child id is a non-empty string, found {v}"),
                        });
                    }
                };
                if let Some(s) = store {
                    match &mut vars[*s] {
                        Value::List(items) => items.push(child_id.clone()),
                        slot => *slot = Value::Str(child_id.clone()),
                    }
                }
                let mut params: Vec<(String, Value)> = params.to_vec();
                params.push(("parent_type".into(), Value::Str(self.aut.name.clone())));
                params.push(("parent_id".into(), Value::Str(req.entity_id.into())));
                params.push((format!("{}_id", self.aut.name.to_lowercase()), Value::Str(req.entity_id.into())));
                outputs.push(Output::Spawn {
                    entity_type: entity_type.clone(),
                    action: child_action.clone(),
                    child_id,
                    params,
                });
            }
        }
        Ok(())
    }
}

static NULL: Value = Value::Null;

fn arg_name(a: &crate::effect::Arg) -> String {
    match a {
        crate::effect::Arg::Param(p) => p.clone(),
        crate::effect::Arg::Var(_) | crate::effect::Arg::Lit(_) => "value".into(),
    }
}
