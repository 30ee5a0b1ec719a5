//! Counterexamples: the minimal action-labelled path from the initial state, with what changed
//! at each step, as JSON and as text a person reads.

use crate::{Move, State, Value};
use serde_json::{Value as Json, json};

/// One step of a trace: the move taken (none for the initial state) and the state reached.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceStep {
    pub action: Option<Move>,
    pub state: State,
    /// `(variable, before, after)` for each variable the step changed.
    pub changes: Vec<(String, Value, Value)>,
    /// The move breaks an invariant, so the runtime refuses it: `state` is still the state
    /// before it.
    pub refused: bool,
}

/// A path that shows a property failing, and what failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// `invariant`, `deadlock`, `liveness`.
    pub kind: &'static str,
    /// The property, e.g. the invariant's name.
    pub property: String,
    /// One sentence: what goes wrong at the end of the path.
    pub what: String,
    pub steps: Vec<TraceStep>,
}

/// Builds the steps from the states along a path and the moves between them.
pub fn steps(var_names: &[String], states: &[State], moves: &[Move]) -> Vec<TraceStep> {
    let mut out = Vec::with_capacity(states.len());
    for (i, s) in states.iter().enumerate() {
        let (action, changes) = if i == 0 {
            (None, Vec::new())
        } else {
            let prev = &states[i - 1];
            let changes = var_names
                .iter()
                .zip(prev.vars.iter().zip(&s.vars))
                .filter(|(_, (a, b))| a != b)
                .map(|(n, (a, b))| (n.clone(), a.clone(), b.clone()))
                .collect();
            (moves.get(i - 1).cloned(), changes)
        };
        out.push(TraceStep { action, state: s.clone(), changes, refused: false });
    }
    out
}

fn value_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => json!(b),
        Value::Int(n) => json!(n),
        Value::Str(s) => json!(s),
        Value::List(l) => json!(l),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(n) => n.to_string(),
        Value::Str(s) => format!("'{s}'"),
        Value::List(l) => format!("[{}]", l.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")),
    }
}

fn move_text(m: &Move) -> String {
    if m.action == crate::PATCH {
        let ps: Vec<String> = m.params.iter().map(|(k, v)| format!("{k} = {}", value_text(v))).collect();
        return format!("PATCH({})", ps.join(", "));
    }
    if m.params.is_empty() {
        return m.action.clone();
    }
    let ps: Vec<String> = m.params.iter().map(|(k, v)| format!("{k} = {}", value_text(v))).collect();
    format!("{}({})", m.action, ps.join(", "))
}

impl Trace {
    pub fn to_json(&self) -> Json {
        let steps: Vec<Json> = self
            .steps
            .iter()
            .map(|s| {
                json!({
                    "action": s.action.as_ref().map(|m| m.action.clone()),
                    "params": s.action.as_ref().map(|m| m.params.iter().map(|(k, v)| (k.clone(), value_json(v))).collect::<serde_json::Map<_, _>>()),
                    "status": s.state.status,
                    "refused": s.refused,
                    "changes": s.changes.iter().map(|(n, a, b)| json!({"var": n, "from": value_json(a), "to": value_json(b)})).collect::<Vec<_>>(),
                })
            })
            .collect();
        json!({"kind": self.kind, "property": self.property, "what": self.what, "steps": steps})
    }

    /// `Draft --Submit(amount = 3)--> Review   total: 0 -> 3`, one line per step.
    pub fn to_text(&self) -> String {
        let mut out = format!("{} `{}`: {}\n", self.kind, self.property, self.what);
        for (i, s) in self.steps.iter().enumerate() {
            let changes: Vec<String> =
                s.changes.iter().map(|(n, a, b)| format!("{n}: {} -> {}", value_text(a), value_text(b))).collect();
            let line = match &s.action {
                None => format!("  0. start in {}", s.state.status),
                Some(m) if s.refused => format!("  {i}. --{}--> refused: {}", move_text(m), self.what),
                Some(m) => format!("  {i}. --{}--> {}", move_text(m), s.state.status),
            };
            if changes.is_empty() {
                out.push_str(&format!("{line}\n"));
            } else {
                out.push_str(&format!("{line}   {}\n", changes.join(", ")));
            }
        }
        out
    }
}
