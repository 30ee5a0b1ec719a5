//! Rendering of interpreter values, summaries, transitions and rejections — as text for people
//! and as JSON for programs — and parsing of JSON states and parameters.

use crate::runtime::interpreter::{
    Diagnostic, EffectOutput, NamedValue, Rejection, Severity, SpecSummary, Transition, Value,
};
use anyhow::{Result, bail};
use serde_json::{Map, Value as Json, json};

pub fn value_from_json(v: &Json, what: &str) -> Result<Value> {
    Ok(match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Boolean(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => bail!("{what}: `{n}` is not a 64-bit integer"),
        },
        Json::String(s) => Value::Text(s.clone()),
        Json::Array(items) => {
            let mut out = Vec::new();
            for i in items {
                match i {
                    Json::String(s) => out.push(s.clone()),
                    other => bail!("{what}: lists hold strings, found `{other}`"),
                }
            }
            Value::Texts(out)
        }
        Json::Object(_) => {
            bail!("{what}: objects are not values; use a string, integer, boolean, null or a list of strings")
        }
    })
}

pub fn value_to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Boolean(b) => json!(b),
        Value::Integer(n) => json!(n),
        Value::Text(s) => json!(s),
        Value::Texts(l) => json!(l),
    }
}

/// Predicate-literal spelling: `''`, `0`, `true`, `['a']`, `null`.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Boolean(b) => b.to_string(),
        Value::Integer(n) => n.to_string(),
        Value::Text(s) => format!("'{s}'"),
        Value::Texts(l) => format!("[{}]", l.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")),
    }
}

pub fn named_json(items: &[NamedValue]) -> Json {
    Json::Object(items.iter().map(|n| (n.name.clone(), value_to_json(&n.value))).collect::<Map<_, _>>())
}

fn named_text(items: &[NamedValue]) -> String {
    items.iter().map(|n| format!("{} = {}", n.name, value_text(&n.value))).collect::<Vec<_>>().join(", ")
}

pub fn params_from_json(text: &str) -> Result<Vec<NamedValue>> {
    let v: Json = serde_json::from_str(text).map_err(|e| anyhow::anyhow!("the parameters are not valid JSON: {e}"))?;
    let Json::Object(map) = v else { bail!("the parameters must be a JSON object, e.g. '{{\"amount\": 3}}'") };
    map.iter()
        .map(|(k, v)| Ok(NamedValue { name: k.clone(), value: value_from_json(v, &format!("parameter `{k}`"))? }))
        .collect()
}

pub fn diagnostic_text(d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut s = format!("{sev}: {}", d.file);
    if d.line > 0 {
        s.push_str(&format!(":{}:{}", d.line, d.column));
    }
    s.push_str(": ");
    if !d.section.is_empty() {
        s.push_str(&format!("{}: ", d.section));
    }
    if !d.key.is_empty() {
        s.push_str(&format!("{}: ", d.key));
    }
    s.push_str(&d.message);
    if !d.help.is_empty() {
        s.push_str(&format!("\n  help: {}", d.help));
    }
    s
}

pub fn diagnostic_json(d: &Diagnostic) -> Json {
    json!({
        "severity": if matches!(d.severity, Severity::Error) { "error" } else { "warning" },
        "file": d.file, "line": d.line, "column": d.column,
        "section": d.section, "key": d.key, "message": d.message, "help": d.help,
    })
}

pub fn summary_text(s: &SpecSummary) -> String {
    let mut out = s.name.clone();
    if let Some(set) = &s.entity_set {
        out.push_str(&format!(" (entity set {set})"));
    }
    out.push_str(&format!("  spec {}\n", &s.id[..12.min(s.id.len())]));
    let states: Vec<String> =
        s.states.iter().map(|st| if *st == s.initial { format!("{st} (initial)") } else { st.clone() }).collect();
    out.push_str(&format!("  states      {}\n", states.join(", ")));
    if !s.terminal.is_empty() {
        out.push_str(&format!("  terminal    {}\n", s.terminal.join(", ")));
    }
    for (i, v) in s.variables.iter().enumerate() {
        let label = if i == 0 { "variables" } else { "" };
        out.push_str(&format!("  {label:<11} {}: {} = {}\n", v.name, v.type_name, value_text(&v.initial)));
    }
    for (i, a) in s.actions.iter().enumerate() {
        let label = if i == 0 { "actions" } else { "" };
        let from = if a.from.len() == s.states.len() - s.terminal.len() && a.from.len() > 1 {
            "any".to_string()
        } else {
            a.from.join("|")
        };
        let to = a.to.clone().unwrap_or_else(|| "(same)".into());
        let mut line = format!("  {label:<11} {} [{}] {from} -> {to}", a.name, a.kind);
        if !a.params.is_empty() {
            let ps: Vec<String> = a
                .params
                .iter()
                .map(|p| format!("{}: {}{}", p.name, p.type_name, if p.required { "" } else { "?" }))
                .collect();
            line.push_str(&format!("  params({})", ps.join(", ")));
        }
        if let Some(g) = &a.guard {
            line.push_str(&format!("  guard `{g}`"));
        }
        if !a.effects.is_empty() {
            line.push_str(&format!("  effect `{}`", a.effects.join("; ")));
        }
        if a.implicit {
            line.push_str("  (implicit)");
        }
        out.push_str(&line);
        out.push('\n');
    }
    for (i, inv) in s.invariants.iter().enumerate() {
        let label = if i == 0 { "invariants" } else { "" };
        out.push_str(&format!("  {label:<11} {}: {}\n", inv.name, inv.assert));
    }
    if !s.liveness.is_empty() {
        out.push_str(&format!("  liveness    {}\n", s.liveness.join(", ")));
    }
    out
}

pub fn summary_json(s: &SpecSummary) -> Json {
    json!({
        "id": s.id, "name": s.name, "entity_set": s.entity_set, "states": s.states, "initial": s.initial,
        "terminal": s.terminal,
        "variables": s.variables.iter().map(|v| json!({"name": v.name, "type": v.type_name, "initial": value_to_json(&v.initial)})).collect::<Vec<_>>(),
        "actions": s.actions.iter().map(|a| json!({
            "name": a.name, "kind": a.kind, "from": a.from, "to": a.to, "guard": a.guard, "effects": a.effects, "hint": a.hint,
            "implicit": a.implicit,
            "params": a.params.iter().map(|p| json!({"name": p.name, "type": p.type_name, "required": p.required})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "invariants": s.invariants.iter().map(|i| json!({"name": i.name, "assert": i.assert})).collect::<Vec<_>>(),
        "liveness": s.liveness,
        "warnings": s.warnings.iter().map(diagnostic_json).collect::<Vec<_>>(),
    })
}

fn output_text(o: &EffectOutput) -> String {
    match o {
        EffectOutput::Schedule(s) => match (&s.after_seconds, &s.at) {
            (Some(secs), _) => format!("schedule {} in {secs}s", s.action),
            (None, Some(at)) => format!("schedule {} at {}", s.action, value_text(at)),
            (None, None) => format!("schedule {}", s.action),
        },
        EffectOutput::Spawn(c) => {
            format!("spawn {}('{}') via {} with {}", c.entity_type, c.child_id, c.action, named_text(&c.params))
        }
        EffectOutput::Trigger(t) => {
            let mut s = format!("trigger {} ({})", t.name, t.kind);
            if let (Some(e), Some(a)) = (&t.target_entity, &t.target_action) {
                s.push_str(&format!(" -> {e}('{}').{a}", t.target_id.clone().unwrap_or_default()));
            }
            if let Some(m) = &t.module {
                s.push_str(&format!(" module {m}"));
            }
            if let Some(a) = &t.on_success {
                s.push_str(&format!(", on success {a}"));
            }
            if let Some(a) = &t.on_failure {
                s.push_str(&format!(", on failure {a}"));
            }
            if !t.args.is_empty() {
                s.push_str(&format!(" args {}", named_text(&t.args)));
            }
            s
        }
        EffectOutput::ArmTimeout(t) => {
            format!("arm timeout: {} after {}s in {} (max {})", t.action, t.after_seconds, t.state, t.max_occurrences)
        }
    }
}

fn output_json(o: &EffectOutput) -> Json {
    match o {
        EffectOutput::Schedule(s) => {
            json!({"schedule": {"action": s.action, "after_seconds": s.after_seconds, "at": s.at.as_ref().map(value_to_json)}})
        }
        EffectOutput::Spawn(c) => {
            json!({"spawn": {"entity_type": c.entity_type, "action": c.action, "child_id": c.child_id, "params": named_json(&c.params)}})
        }
        EffectOutput::Trigger(t) => json!({"trigger": {
            "name": t.name, "kind": t.kind, "target_entity": t.target_entity, "target_action": t.target_action,
            "resolve": t.resolve, "target_id": t.target_id, "module": t.module, "on_success": t.on_success,
            "on_failure": t.on_failure, "url": t.url, "args": named_json(&t.args),
            "config": Json::Object(t.config.iter().map(|(k, v)| (k.clone(), json!(v))).collect()),
        }}),
        EffectOutput::ArmTimeout(t) => {
            json!({"arm_timeout": {"state": t.state, "after_seconds": t.after_seconds, "action": t.action, "max_occurrences": t.max_occurrences, "args": named_json(&t.args)}})
        }
    }
}

pub fn transition_text(t: &Transition) -> String {
    let mut s = format!("{} --{}--> {}", t.from_status, t.action, t.to_status);
    if !t.params.is_empty() {
        s.push_str(&format!("  params {}", named_text(&t.params)));
    }
    s.push('\n');
    if !t.changes.is_empty() {
        s.push_str(&format!("  changes  {}\n", named_text(&t.changes)));
    }
    for o in &t.outputs {
        s.push_str(&format!("  output   {}\n", output_text(o)));
    }
    s
}

pub fn transition_json(t: &Transition, vars: &[String]) -> Json {
    let state: Map<String, Json> = std::iter::once(("status".to_string(), json!(t.state.status)))
        .chain(vars.iter().zip(&t.state.vars).map(|(n, v)| (n.clone(), value_to_json(v))))
        .collect();
    json!({
        "ok": true, "action": t.action, "from": t.from_status, "to": t.to_status, "params": named_json(&t.params),
        "changes": named_json(&t.changes), "state": state, "outputs": t.outputs.iter().map(output_json).collect::<Vec<_>>(),
    })
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        return "nowhere".into();
    }
    items.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
}

pub fn rejection_text(r: &Rejection) -> String {
    match r {
        Rejection::UnknownSpec(id) => format!("unknown spec `{id}`"),
        Rejection::UnknownAction(u) => format!("unknown action `{}`; actions are {}", u.action, list(&u.known)),
        Rejection::NotAllowed(n) => {
            format!("`{}` is not allowed from `{}`; it is allowed from {}", n.action, n.status, list(&n.allowed_from))
        }
        Rejection::GuardFailed(g) => {
            format!("guard of `{}` is false: `{}` does not hold (guard: `{}`)", g.action, g.clause, g.guard)
        }
        Rejection::InvariantViolated(i) => {
            format!("`{}` would violate invariant `{}`: `{}`", i.action, i.invariant, i.assert)
        }
        Rejection::BadParameter(b) => format!("bad parameter `{}` for `{}`: {}", b.param, b.action, b.reason),
        Rejection::BadState(s) => format!("bad state: {s}"),
    }
}

pub fn rejection_json(r: &Rejection) -> Json {
    let (kind, detail) = match r {
        Rejection::UnknownSpec(id) => ("unknown-spec", json!({"spec": id})),
        Rejection::UnknownAction(u) => ("unknown-action", json!({"action": u.action, "known": u.known})),
        Rejection::NotAllowed(n) => {
            ("not-allowed", json!({"action": n.action, "status": n.status, "allowed_from": n.allowed_from}))
        }
        Rejection::GuardFailed(g) => {
            ("guard-failed", json!({"action": g.action, "clause": g.clause, "guard": g.guard}))
        }
        Rejection::InvariantViolated(i) => {
            ("invariant-violated", json!({"action": i.action, "invariant": i.invariant, "assert": i.assert}))
        }
        Rejection::BadParameter(b) => {
            ("bad-parameter", json!({"action": b.action, "param": b.param, "reason": b.reason}))
        }
        Rejection::BadState(s) => ("bad-state", json!({"reason": s})),
    };
    json!({"ok": false, "rejection": kind, "detail": detail, "message": rejection_text(r)})
}
