//! Wasm integrations as the drainer runs them: the module is invoked (sandboxed, budgeted,
//! Cedar-gated; `crate::integrations`) with the source entity's context; the integrations
//! kernel component plans what its answer dispatches — `on_success` with the module's params,
//! or `on_failure` with the error — and the host dispatches it on the source entity, through
//! the interpreter and Cedar like any action. A module cannot dispatch anything itself;
//! without a callback the outcome is only recorded.

use super::Server;
use super::dispatch;
use super::drainer::work::{Item, Step, act, settle, text};
use crate::integrations::Invocation;
use crate::runtime::callbacks::{Answer, Param, Trigger};
use crate::storage::{Backend, TrajectoryRow};
use anyhow::Result;
use serde_json::{Value as Json, json};
use std::collections::BTreeMap;

/// The module's answer: params for `on_success`, or the reason it failed.
pub type Outcome = std::result::Result<Json, String>;

pub(super) async fn run(server: &Server, item: &Item<'_>) -> Result<Step> {
    let out = &item.output;
    let module = text(out, "module").unwrap_or_default().to_string();
    let outcome = invoke(server, item, &module).await?;
    let answer = match &outcome {
        Ok(params) => Answer::Ok(params.to_string()),
        Err(why) => Answer::Failed(why.clone()),
    };
    let trigger = Trigger {
        name: text(out, "name").unwrap_or_default().to_string(),
        module: module.clone(),
        on_success: text(out, "on_success").map(str::to_string),
        on_failure: text(out, "on_failure").map(str::to_string),
        success_params: declared(server, item, text(out, "on_success")),
        failure_params: declared(server, item, text(out, "on_failure")),
    };
    let Some(cb) = server.shared.callbacks.plan_callback(&trigger, &answer)? else {
        if let Err(why) = &outcome {
            tracing::warn!(module = %module, source = %item.source, error = %why, "integration failed (no on_failure)");
        }
        return Ok(Step::Done);
    };
    let params: Json = serde_json::from_str(&cb.params).unwrap_or_else(|_| json!({}));
    let caller = dispatch::system(&format!("integration:{module}"));
    let a = act(server, item, &item.source, &cb.action, params, caller, item.key, item.next("integration")).await?;
    Ok(settle(&a))
}

/// Runs the module on a thread allowed to block (the runtime drives its fiber from there and
/// answers its Cedar and secret requests), and records the call as a trajectory row. Not
/// installed is a failure like any other (the callback says so).
async fn invoke(server: &Server, item: &Item<'_>, module: &str) -> Result<Outcome> {
    let inv = invocation(server, item, module).await?;
    let shared = &server.shared;
    let started = shared.clock.now_ms();
    // On this worker thread, turned into a blocking one: no hand-off to the blocking pool and
    // back (the drainer runs on the multi-threaded runtime).
    let r = tokio::task::block_in_place(|| shared.integrations.invoke(&inv, shared.as_ref()));
    let row = call_row(server, item, &inv, &r, started);
    if let Err(e) = server.shared.store.record_trajectory(row).await {
        tracing::warn!(module = %module, error = %e, "recording an integration call failed");
    }
    Ok(match r {
        Ok(o) => Ok(o.params),
        Err(f) => Err(f.to_string()),
    })
}

/// The module's context: the source entity as the triggering commit left it.
async fn invocation(server: &Server, item: &Item<'_>, module: &str) -> Result<Invocation> {
    let out = &item.output;
    let events = server
        .shared
        .store
        .read_events(&item.source, 0, u32::try_from(item.seq).unwrap_or(u32::MAX))
        .await
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", item.source))?;
    let folded = super::replay::fold(&events)?;
    let last: Json = events.last().and_then(|e| serde_json::from_str(&e.payload).ok()).unwrap_or(Json::Null);
    let config = match out.get("config") {
        Some(Json::Object(m)) => {
            m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect()
        }
        _ => BTreeMap::new(),
    };
    let mut fields = folded.fields.clone();
    fields.insert("Id".into(), json!(item.source.entity_id));
    Ok(Invocation {
        tenant: item.tenant.clone(),
        module: module.to_string(),
        trigger: text(out, "name").unwrap_or_default().to_string(),
        entity_type: item.source.entity_type.clone(),
        entity_id: item.source.entity_id.clone(),
        action: text(&last, "action").unwrap_or_default().to_string(),
        status: folded.status.clone(),
        params: last.get("params").cloned().unwrap_or_else(|| json!({})),
        fields: Json::Object(fields),
        config,
        principal: item.cause.identity.uid(),
        idempotency_key: item.key.to_string(),
    })
}

/// The call as a trajectory row: `Integration::"<module>"` acting on the source entity, with
/// the Cedar decisions of its outbound requests (never headers, bodies or secret values).
fn call_row(
    server: &Server,
    item: &Item<'_>,
    inv: &Invocation,
    r: &std::result::Result<crate::integrations::Outcome, crate::integrations::Failure>,
    started: u64,
) -> TrajectoryRow {
    let now = server.shared.clock.now_ms();
    let mut row = TrajectoryRow {
        id: format!("{}#call-{now}", item.key),
        tenant: item.tenant.clone(),
        time_ms: now,
        agent: format!("Integration::\"{}\"", inv.module),
        origin: "integration".into(),
        correlation_id: item.cause.origin.correlation.clone(),
        entity_type: Some(inv.entity_type.clone()),
        entity_id: Some(inv.entity_id.clone()),
        action: Some(format!("{}:{}", inv.trigger, inv.module)),
        from_status: Some(inv.status.clone()),
        to_status: Some(inv.status.clone()),
        ..TrajectoryRow::default()
    };
    match r {
        Ok(o) => {
            row.ok = true;
            row.http_status = 200;
            row.params = Some(o.params.to_string());
            row.policies = o.http.iter().filter_map(|c| c.decision.as_ref()).flat_map(|d| d.policies.clone()).collect();
            row.authz_decision = (!o.http.is_empty()).then(|| "allow".to_string());
        }
        Err(f) => {
            row.http_status = 502;
            row.error = Some(format!("{f} (after {} ms)", now.saturating_sub(started)));
            row.error_code = Some(failure_code(f).to_string());
            if let crate::integrations::Failure::HttpDenied { policies, .. } = f {
                row.authz_decision = Some("deny".into());
                row.policies = policies.clone();
            }
        }
    }
    row
}

fn failure_code(f: &crate::integrations::Failure) -> &'static str {
    use crate::integrations::Failure as F;
    match f {
        F::NotInstalled { .. } => "ModuleNotInstalled",
        F::Module(_) => "ModuleFailed",
        F::OutOfFuel { .. } => "FuelExhausted",
        F::WallTime { .. } => "WallTimeExceeded",
        F::Memory { .. } => "MemoryExceeded",
        F::Trap(_) => "ModuleTrapped",
        F::HttpDenied { .. } => "HttpDenied",
        F::ResponseTooLarge { .. } => "ResponseTooLarge",
        F::Timeout { .. } => "HttpTimeout",
        F::Transport { .. } => "HttpTransport",
        F::Host(_) => "HostError",
    }
}

/// The declared parameters of a callback action of the source's spec.
fn declared(server: &Server, item: &Item<'_>, action: Option<&str>) -> Vec<Param> {
    let Some(action) = action else { return Vec::new() };
    server
        .shared
        .registry
        .get(&item.tenant)
        .and_then(|t| {
            t.summaries.iter().find(|s| s.name == item.source.entity_type).and_then(|s| {
                s.actions.iter().find(|a| a.name == action).map(|a| {
                    a.params.iter().map(|p| Param { name: p.name.clone(), type_name: p.type_name.clone() }).collect()
                })
            })
        })
        .unwrap_or_default()
}
