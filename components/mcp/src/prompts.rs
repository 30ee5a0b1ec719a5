//! Prompts: one, `operate`, which primes an agent to work in a tenant — how Temper answers
//! (denials, decisions, guards) and what the tenant offers (its entity sets, states, actions
//! and hints, read as the agent: a tenant it may not read says so).

use crate::platform::{Platform, encode};
use crate::protocol::{INVALID_PARAMS, RpcError};
use crate::tools::{message, transport};
use serde_json::{Value as Json, json};

pub fn list() -> Json {
    json!([{
        "name": "operate",
        "title": "Operate a Temper tenant",
        "description": "How to act in a tenant through Temper's tools, with the tenant's entity types, states and actions.",
        "arguments": [{"name": "tenant", "description": "The tenant to work in (see the `discover` tool).", "required": true}],
    }])
}

const GUIDE: &str = "You are operating the Temper tenant `{tenant}`. Entities are state machines: an action moves an entity only if the spec's guard holds (a refusal says which clause failed). Every call is authorized by Cedar: a denial names a pending decision — wait for a human with the `decision` tool, then retry. If what you need does not exist, say so with `report_intent`.";

pub fn get(p: &dyn Platform, name: &str, args: &Json) -> Result<Json, RpcError> {
    if name != "operate" {
        return Err(RpcError::new(INVALID_PARAMS, format!("unknown prompt `{name}`; prompts: operate")));
    }
    let Some(tenant) = args.get("tenant").and_then(Json::as_str).filter(|t| !t.is_empty()) else {
        return Err(RpcError::new(INVALID_PARAMS, "prompt `operate` needs the argument `tenant`"));
    };
    let specs = p.send("GET", &format!("/api/tenants/{}/specs", encode(tenant)), None).map_err(transport)?;
    let what = if specs.ok() {
        let types: Vec<String> = specs.json()["specs"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| {
                let actions: Vec<String> = s["actions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|a| {
                        let n = a["name"].as_str()?;
                        Some(a["hint"].as_str().map_or_else(|| n.to_string(), |h| format!("{n} ({h})")))
                    })
                    .collect();
                format!(
                    "- {} (entity set `{}`), states {}; actions: {}",
                    s["entity_type"].as_str().unwrap_or("?"),
                    s["entity_set"].as_str().unwrap_or("?"),
                    s["states"],
                    actions.join("; ")
                )
            })
            .collect();
        format!("The tenant's entity types:\n{}", types.join("\n"))
    } else {
        format!("You cannot read this tenant's specs yet ({}).", message(&specs))
    };
    let text = format!("{}\n\n{what}", GUIDE.replace("{tenant}", tenant));
    Ok(json!({"description": format!("Operate tenant `{tenant}`"),
        "messages": [{"role": "user", "content": {"type": "text", "text": text}}]}))
}
