//! What the simulator knows of each entity type (its spec id, variables, the moves agents try,
//! its liveness properties) and the conversions between interpreter values, the journal's JSON
//! and the verifier's trace values — written the way the OData component writes them, so the
//! host's journal fold (`server::replay::fold`) replays the simulator's store too.

use crate::runtime::frontend::{PropertyKind, SpecModel};
use crate::runtime::interpreter::{EffectOutput, EntityState, Interpreter, NamedValue, Value};
use anyhow::{Result, anyhow};
use serde_json::{Map, Value as Json, json};
use temper_verifier::Move;

/// A `[[liveness]]` property with `reaches` states (the kind L2 checks after its wind-down).
#[derive(Debug, Clone)]
pub struct Liveness {
    pub name: String,
    pub from: Vec<String>,
    pub reaches: Vec<String>,
}

/// The pseudo-action of a client's `PATCH` of one `string` or `int` state variable (the only
/// ones PATCH may write): a move `PATCH(var = value)`.
pub const PATCH: &str = "PATCH";

/// One simulated entity type.
#[derive(Debug, Clone)]
pub struct SpecInfo {
    pub entity_type: String,
    pub spec: String,
    pub var_names: Vec<String>,
    pub initial: EntityState,
    /// Input actions with every parameter combination L1 tries: what agents send (every
    /// action when the spec declares no input action).
    pub agent_moves: Vec<Move>,
    /// Every move, internal actions included: callbacks take their parameters from these.
    pub all_moves: Vec<Move>,
    pub liveness: Vec<Liveness>,
    pub terminal: Vec<String>,
    pub states: Vec<String>,
    /// `PATCH` moves: each `string`/`int` variable with each value of its model domain.
    pub patches: Vec<Move>,
}

impl SpecInfo {
    pub fn new(interp: &mut Interpreter, model: &SpecModel, entity_type: &str, spec: &str) -> Result<Self> {
        let summary = interp.describe(spec)?.map_err(|r| anyhow!("the interpreter does not describe {spec}: {r:?}"))?;
        let initial = interp.initial_state(spec)?.map_err(|r| anyhow!("no initial state for {entity_type}: {r:?}"))?;
        let all_moves = super::super::moves(model);
        // Clients send input actions; a spec that declares none (the legacy dialect, where an
        // action without `kind` is internal, yet the OData API runs it) is driven by all of them.
        let mut inputs: Vec<&str> =
            model.actions.iter().filter(|a| a.kind == "input").map(|a| a.name.as_str()).collect();
        if inputs.is_empty() {
            inputs = model.actions.iter().map(|a| a.name.as_str()).collect();
        }
        let agent_moves = all_moves.iter().filter(|m| inputs.contains(&m.action.as_str())).cloned().collect();
        let liveness = model
            .properties
            .iter()
            .filter_map(|p| match &p.kind {
                PropertyKind::Liveness(l) if !l.reaches.is_empty() => {
                    Some(Liveness { name: p.name.clone(), from: l.from.clone(), reaches: l.reaches.clone() })
                }
                _ => None,
            })
            .collect();
        Ok(Self {
            entity_type: entity_type.to_string(),
            spec: spec.to_string(),
            var_names: summary.variables.iter().map(|v| v.name.clone()).collect(),
            initial,
            agent_moves,
            all_moves,
            liveness,
            terminal: model.terminal.clone(),
            states: model.states.clone(),
            patches: model
                .variables
                .iter()
                .filter(|v| matches!(v.type_name.as_str(), "string" | "int"))
                .flat_map(|v| {
                    v.domain.iter().map(|d| Move {
                        action: PATCH.into(),
                        params: vec![(v.name.clone(), super::super::value_from_wit(from_front(d)))],
                    })
                })
                .collect(),
        })
    }

    /// The entity state a projection row's fields hold (a missing variable keeps its initial value).
    pub fn state_of(&self, status: &str, fields: &Map<String, Json>) -> EntityState {
        let vars = self
            .var_names
            .iter()
            .zip(&self.initial.vars)
            .map(|(n, init)| fields.get(n).map_or_else(|| init.clone(), from_json))
            .collect();
        EntityState { status: status.to_string(), vars }
    }

    /// The projection fields of a state.
    pub fn fields_of(&self, state: &EntityState) -> Map<String, Json> {
        self.var_names.iter().zip(&state.vars).map(|(n, v)| (n.clone(), to_json(v))).collect()
    }

    /// A state as the verifier's traces hold it.
    pub fn trace_state(&self, state: &EntityState) -> temper_verifier::State {
        temper_verifier::State {
            status: state.status.clone(),
            vars: state.vars.iter().cloned().map(super::super::value_from_wit).collect(),
        }
    }
}

fn from_front(v: &crate::runtime::frontend::Value) -> Value {
    use crate::runtime::frontend::Value as F;
    match v {
        F::Null => Value::Null,
        F::Boolean(b) => Value::Boolean(*b),
        F::Integer(n) => Value::Integer(*n),
        F::Text(s) => Value::Text(s.clone()),
        F::Texts(l) => Value::Texts(l.clone()),
    }
}

/// The state after a `PATCH` move (none if it names no variable of the spec).
pub fn patched(spec: &SpecInfo, state: &EntityState, m: &Move) -> Option<EntityState> {
    let (name, value) = m.params.first()?;
    let i = spec.var_names.iter().position(|n| n == name)?;
    let mut next = state.clone();
    *next.vars.get_mut(i)? = Value::from(value);
    Some(next)
}

/// A value as JSON (the CLI's spelling, shared).
pub use crate::cli::json::value_to_json as to_json;

pub fn from_json(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Boolean(*b),
        Json::Number(n) => n.as_i64().map_or_else(|| Value::Text(n.to_string()), Value::Integer),
        Json::String(s) => Value::Text(s.clone()),
        Json::Array(items) => {
            Value::Texts(items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string)).collect())
        }
        Json::Object(_) => Value::Text(j.to_string()),
    }
}

pub fn named_to_json(params: &[NamedValue]) -> Json {
    Json::Object(params.iter().map(|p| (p.name.clone(), to_json(&p.value))).collect())
}

/// Named values from a JSON object (a trigger's `args`, a journaled event's `params`).
pub fn named_from_json(j: Option<&Json>) -> Vec<NamedValue> {
    j.and_then(Json::as_object)
        .map(|o| o.iter().map(|(k, v)| NamedValue { name: k.clone(), value: from_json(v) }).collect())
        .unwrap_or_default()
}

pub fn move_params(m: &Move) -> Vec<NamedValue> {
    m.params.iter().map(|(k, v)| NamedValue { name: k.clone(), value: Value::from(v) }).collect()
}

/// A journaled event's action as a trace move.
pub fn move_of(action: &str, params: &[NamedValue]) -> Move {
    Move {
        action: action.to_string(),
        params: params.iter().map(|p| (p.name.clone(), super::super::value_from_wit(p.value.clone()))).collect(),
    }
}

/// An effect output as (outbox kind, JSON, not-before time in ms) — as the OData component's
/// `convert::output` writes it.
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
            now_ms,
        ),
        EffectOutput::Trigger(t) => (
            "trigger",
            json!({"type": "trigger", "name": t.name, "kind": t.kind, "target_entity": t.target_entity,
                "target_action": t.target_action, "resolve": t.resolve, "target_id": t.target_id,
                "module": t.module, "on_success": t.on_success, "on_failure": t.on_failure, "url": t.url,
                "args": named_to_json(&t.args),
                "config": t.config.iter().map(|(k, v)| (k.clone(), Json::String(v.clone()))).collect::<Map<_, _>>()}),
            now_ms,
        ),
        EffectOutput::ArmTimeout(t) => (
            "timer",
            json!({"type": "timer", "state": t.state, "after_seconds": t.after_seconds, "action": t.action,
                "max_occurrences": t.max_occurrences, "args": named_to_json(&t.args)}),
            after(t.after_seconds),
        ),
    }
}

/// A string field of a JSON object.
pub fn text<'a>(j: &'a Json, key: &str) -> Option<&'a str> {
    j.get(key).and_then(Json::as_str)
}
