//! Conversions between JSON and the interpreter's WIT values, spec variables, and effect
//! outputs as JSON (journal payloads and outbox items).

use crate::entity::VarInfo;
use crate::temper::kernel::interpreter::{EffectOutput, SpecSummary};
use crate::temper::kernel::types::{NamedValue, Value};
use serde_json::{Map, Value as Json, json};

/// JSON → value: string → text, integer → integer, bool → boolean, null → null, array of
/// strings → texts; anything else is an error naming the JSON kind.
pub fn to_value(v: &Json) -> Result<Value, String> {
    Ok(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Boolean(*b),
        Json::String(s) => Value::Text(s.clone()),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => return Err(format!("`{n}` is not a 64-bit integer (only integers are supported)")),
        },
        Json::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                match x.as_str() {
                    Some(s) => out.push(s.to_string()),
                    None => return Err("only arrays of strings are supported".into()),
                }
            }
            Value::Texts(out)
        }
        Json::Object(_) => return Err("objects are not supported".into()),
    })
}

pub fn to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Boolean(b) => Json::Bool(*b),
        Value::Integer(i) => Json::from(*i),
        Value::Text(s) => Json::String(s.clone()),
        Value::Texts(t) => Json::from(t.clone()),
    }
}

pub fn named_to_json(values: &[NamedValue]) -> Json {
    Json::Object(values.iter().map(|n| (n.name.clone(), to_json(&n.value))).collect::<Map<_, _>>())
}

/// The spec's variables in `entity-state.vars` order.
pub fn vars(summary: &SpecSummary) -> Vec<VarInfo> {
    summary
        .variables
        .iter()
        .map(|v| VarInfo { name: v.name.clone(), type_name: v.type_name.clone(), initial: to_json(&v.initial) })
        .collect()
}

/// An output as (outbox kind, JSON, delay in ms or absolute time in ms).
pub fn output(o: &EffectOutput, now_ms: u64) -> (&'static str, Json, u64) {
    let after = |s: u64| now_ms.saturating_add(s.saturating_mul(1000));
    match o {
        EffectOutput::Schedule(s) => {
            // `schedule_at` reads seconds since the epoch, or an RFC 3339 string.
            let at = match &s.at {
                Some(Value::Integer(secs)) if *secs > 0 => u64::try_from(*secs).unwrap_or(0).saturating_mul(1000),
                Some(Value::Text(t)) => temper_odata_query::sql::datetime_epoch_ms(t)
                    .and_then(|ms| u64::try_from(ms).ok())
                    .unwrap_or(now_ms),
                _ => after(s.after_seconds.unwrap_or(0)),
            };
            let j = json!({"type": "schedule", "action": s.action, "after_seconds": s.after_seconds,
                "at": s.at.as_ref().map(to_json)});
            ("schedule", j, at)
        }
        EffectOutput::Spawn(c) => (
            "spawn",
            json!({"type": "spawn", "entity_type": c.entity_type, "action": c.action, "child_id": c.child_id,
                "params": named_to_json(&c.params)}),
            0,
        ),
        EffectOutput::Trigger(t) => (
            "trigger",
            json!({"type": "trigger", "name": t.name, "kind": t.kind, "target_entity": t.target_entity,
                "target_action": t.target_action, "resolve": t.resolve, "target_id": t.target_id,
                "module": t.module, "on_success": t.on_success, "on_failure": t.on_failure, "url": t.url,
                "args": named_to_json(&t.args), "principal": t.principal,
                "config": t.config.iter().map(|(k, v)| (k.clone(), Json::String(v.clone()))).collect::<Map<_, _>>()}),
            0,
        ),
        EffectOutput::ArmTimeout(t) => (
            "timer",
            json!({"type": "timer", "state": t.state, "after_seconds": t.after_seconds, "action": t.action,
                "max_occurrences": t.max_occurrences, "args": named_to_json(&t.args)}),
            after(t.after_seconds),
        ),
    }
}
