//! Conversions between the WIT types and the spec library's types.

use crate::exports::temper::kernel::interpreter::{
    ActionSummary, BadParameter, EffectOutput, EntityState, FiredTrigger, GuardFailed, InvariantSummary,
    InvariantViolated, NotAllowed, ParamDecl, Rejection, ScheduledAction, SpawnedChild, SpecSummary, StateTimeout,
    Transition, UnknownAction, VariableDecl,
};
use crate::temper::kernel::types::{Diagnostic, NamedValue, Severity, Value as WValue};
use temper_spec::machine::{self, Machine, Output};
use temper_spec::value::Value;

pub fn to_wit(v: Value) -> WValue {
    match v {
        Value::Null => WValue::Null,
        Value::Bool(b) => WValue::Boolean(b),
        Value::Int(n) => WValue::Integer(n),
        Value::Str(s) => WValue::Text(s),
        Value::List(l) => WValue::Texts(l),
    }
}

pub fn from_wit(v: WValue) -> Value {
    match v {
        WValue::Null => Value::Null,
        WValue::Boolean(b) => Value::Bool(b),
        WValue::Integer(n) => Value::Int(n),
        WValue::Text(s) => Value::Str(s),
        WValue::Texts(l) => Value::List(l),
    }
}

fn named(items: Vec<(String, Value)>) -> Vec<NamedValue> {
    items.into_iter().map(|(name, value)| NamedValue { name, value: to_wit(value) }).collect()
}

pub fn diagnostic(d: &temper_spec::diag::Diagnostic) -> Diagnostic {
    Diagnostic {
        severity: if d.is_error() { Severity::Error } else { Severity::Warning },
        file: d.file.clone(),
        line: d.line,
        column: d.column,
        section: d.section.clone(),
        key: d.key.clone(),
        message: d.message.clone(),
        help: d.help.clone(),
    }
}

pub fn summary(m: &Machine) -> SpecSummary {
    let a = &m.aut;
    let states = |ix: &[usize]| ix.iter().map(|i| a.states[*i].clone()).collect::<Vec<_>>();
    SpecSummary {
        id: m.id.clone(),
        name: a.name.clone(),
        states: a.states.clone(),
        initial: a.states[a.initial].clone(),
        terminal: states(&a.terminal),
        variables: a
            .vars
            .iter()
            .map(|v| VariableDecl {
                name: v.name.clone(),
                type_name: v.ty.name().into(),
                initial: to_wit(v.initial.clone()),
            })
            .collect(),
        actions: a
            .actions
            .iter()
            .map(|x| ActionSummary {
                name: x.name.clone(),
                kind: x.kind.name().into(),
                from: states(&x.from),
                to: x.to.map(|t| a.states[t].clone()),
                params: x
                    .params
                    .iter()
                    .map(|p| ParamDecl {
                        name: p.name.clone(),
                        type_name: param_type(p).into(),
                        required: p.required,
                        source: p.source.clone(),
                    })
                    .collect(),
                guard: x.guard.as_ref().map(|g| g.text.clone()),
                hint: x.hint.clone(),
                effects: x.effects.iter().map(|e| e.text.clone()).collect(),
                implicit: x.implicit,
            })
            .collect(),
        invariants: a
            .invariants
            .iter()
            .map(|i| InvariantSummary { name: i.name.clone(), assert: i.assert.text.clone() })
            .collect(),
        liveness: a.liveness.iter().map(|l| l.name.clone()).collect(),
        entity_set: m.entity_set.clone(),
        warnings: a.warnings.iter().map(diagnostic).collect(),
    }
}

pub fn transition(t: machine::Transition) -> Transition {
    Transition {
        action: t.action,
        from_status: t.from,
        to_status: t.to.clone(),
        params: named(t.params),
        state: EntityState { status: t.to, vars: t.vars.into_iter().map(to_wit).collect() },
        changes: named(t.changes),
        outputs: t.outputs.into_iter().map(output).collect(),
    }
}

pub fn output(o: Output) -> EffectOutput {
    match o {
        Output::Schedule { action, after_seconds, at } => {
            EffectOutput::Schedule(ScheduledAction { action, after_seconds, at: at.map(to_wit) })
        }
        Output::Spawn { entity_type, action, child_id, params } => {
            EffectOutput::Spawn(SpawnedChild { entity_type, action, child_id, params: named(params) })
        }
        Output::Trigger(t) => EffectOutput::Trigger(FiredTrigger {
            name: t.name,
            kind: t.kind.name().into(),
            target_entity: t.target_entity,
            target_action: t.target_action,
            resolve: t.resolve.map(str::to_string),
            target_id: t.target_id,
            module: t.module,
            on_success: t.on_success,
            on_failure: t.on_failure,
            url: t.url,
            args: named(t.args),
            config: t.config,
            principal: t.principal,
        }),
        Output::ArmTimeout { state, after_seconds, action, max_occurrences, args } => {
            EffectOutput::ArmTimeout(StateTimeout { state, after_seconds, action, max_occurrences, args: named(args) })
        }
    }
}

pub fn rejection(r: machine::Rejection) -> Rejection {
    match r {
        machine::Rejection::UnknownAction { action, known } => {
            Rejection::UnknownAction(UnknownAction { action, known })
        }
        machine::Rejection::NotAllowed { action, status, allowed_from } => {
            Rejection::NotAllowed(NotAllowed { action, status, allowed_from })
        }
        machine::Rejection::GuardFailed { action, clause, guard } => {
            Rejection::GuardFailed(GuardFailed { action, clause, guard })
        }
        machine::Rejection::InvariantViolated { action, invariant, assert } => {
            Rejection::InvariantViolated(InvariantViolated { action, invariant, assert })
        }
        machine::Rejection::BadParameter { action, param, reason } => {
            Rejection::BadParameter(BadParameter { action, param, reason })
        }
        machine::Rejection::BadState(s) => Rejection::BadState(s),
    }
}

/// A parameter's type in spec vocabulary (`string`, `bool`, `int`, `counter`, `list`, `any`).
fn param_type(p: &temper_spec::ir::ParamDecl) -> &'static str {
    use temper_spec::predicate::Ty;
    match p.ty {
        None | Some(Ty::Null) => "any",
        Some(Ty::Num) if p.non_negative => "counter",
        Some(Ty::Num) => "int",
        Some(Ty::Str) => "string",
        Some(Ty::Bool) => "bool",
        Some(Ty::List) => "list",
    }
}
