//! `GET|POST /api/tenants/{tenant}/specs`: read a tenant's deployed specs, or deploy new ones
//! (checked by the interpreter and the verification cascade; live without a restart).

use super::Call;
use crate::runtime::interpreter::{SourceFile, SpecSummary};
use crate::server::ReqBody;
use crate::server::registry::DeployError;
use crate::server::respond::{Reply, error, json, read_json};
use anyhow::Result;
use hyper::{Request, StatusCode};
use serde_json::{Value as Json, json};

fn specs_json(call: &Call<'_>) -> Vec<Json> {
    let t = call.server.shared.registry.get(&call.tenant);
    t.iter()
        .flat_map(|t| t.specs.iter())
        .map(|s| json!({"entity_type": s.entity_type, "entity_set": s.entity_set, "spec": s.spec}))
        .collect()
}

/// What an agent needs to operate a spec: its states, fields and actions (with their
/// parameters, guards and hints).
fn summary_json(s: &SpecSummary, namespace: &str) -> Json {
    let actions: Vec<Json> = s
        .actions
        .iter()
        .map(|a| {
            let params: Vec<Json> =
                a.params.iter().map(|p| json!({"name": p.name, "type": p.type_name, "required": p.required})).collect();
            json!({"name": a.name, "kind": a.kind, "from": a.from, "to": a.to, "params": params,
                "guard": a.guard, "hint": a.hint, "call": format!("{namespace}.{}", a.name)})
        })
        .collect();
    let fields: Vec<Json> = s.variables.iter().map(|v| json!({"name": v.name, "type": v.type_name})).collect();
    json!({"states": s.states, "initial": s.initial, "terminal": s.terminal, "fields": fields, "actions": actions})
}

/// `?include=files` adds the source files (specs and data model) as deployed.
pub fn read(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let Some(t) = call.server.shared.registry.get(&call.tenant) else {
        return Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("tenant `{}` has no specs", call.tenant)));
    };
    let mut specs = specs_json(call);
    for (spec, deployed) in specs.iter_mut().zip(t.specs.iter()) {
        spec["namespace"] = json!(deployed.namespace);
        if let Some(s) = t.summaries.iter().find(|s| s.name == deployed.entity_type)
            && let (Json::Object(m), Json::Object(extra)) = (spec, summary_json(s, &deployed.namespace))
        {
            m.extend(extra);
        }
    }
    let mut body = json!({"tenant": call.tenant, "version": t.version, "specs": specs});
    if crate::server::respond::query_param(query, "include") == Some("files") {
        let files: Vec<Json> = t.files.iter().map(|f| json!({"name": f.name, "content": f.content})).collect();
        body["files"] = json!(files);
    }
    Ok(json(StatusCode::OK, &body))
}

/// The body is `{"files": {"name": "content", ...}, "force": false}`.
pub async fn submit(call: &Call<'_>, req: Request<ReqBody>) -> Result<Reply> {
    // A tenant is served by its apps or by specs deployed here, never both.
    let apps: Vec<String> = call.server.shared.apps.list(Some(&call.tenant)).into_iter().map(|e| e.app).collect();
    if !apps.is_empty() {
        return Ok(error(
            StatusCode::CONFLICT,
            "TenantManagedByApps",
            &format!(
                "tenant `{}` is served by its apps ({}): install or upgrade an app (`POST /api/tenants/{}/apps?reference=…`), or deploy these specs into another tenant",
                call.tenant,
                apps.join(", "),
                call.tenant
            ),
        ));
    }
    let body = match read_json(req).await {
        Ok(b) => b,
        Err(bad) => return Ok(bad.reply()),
    };
    let Some(files) = body.get("files").and_then(|f| f.as_object()) else {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "InvalidBody",
            "send `{\"files\": {\"Task.ioa.toml\": \"...\", \"model.csdl.xml\": \"...\"}}`",
        ));
    };
    let mut list = Vec::new();
    for (name, content) in files {
        let Some(c) = content.as_str() else {
            return Ok(error(StatusCode::BAD_REQUEST, "InvalidBody", &format!("file `{name}` must be a string")));
        };
        list.push(SourceFile { name: name.clone(), content: c.to_string() });
    }
    let force = body.get("force").and_then(|f| f.as_bool()).unwrap_or(false);
    match call.server.deploy(&call.tenant, list, force).await? {
        Ok(report) => Ok(json(
            StatusCode::OK,
            &json!({"deployed": true, "tenant": call.tenant, "specs": specs_json(call),
                "checks": ["parse", "type-check", "csdl-cross-check", "verification"],
                "verification": report}),
        )),
        Err(DeployError::Unverified(report)) => {
            let failed: Vec<String> = report.specs.iter().filter(|s| !s.passed).map(|s| s.spec.clone()).collect();
            Ok(json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({"error": {"code": "VerificationFailed",
                    "message": format!("the verification cascade failed for {}; nothing was deployed — fix the spec so the counterexamples in `report` no longer happen", failed.join(", ")),
                    "report": report}}),
            ))
        }
        Err(DeployError::Invalid(diags)) => {
            let ds: Vec<_> = diags
                .iter()
                .map(|d| json!({"file": d.file, "line": d.line, "column": d.column, "section": d.section, "key": d.key, "message": d.message, "help": d.help}))
                .collect();
            Ok(json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({"error": {"code": "InvalidSpec", "message": "the specs do not load; nothing was deployed", "details": ds}}),
            ))
        }
        Err(DeployError::Refused(why)) => Ok(error(StatusCode::UNPROCESSABLE_ENTITY, "InvalidSpec", &why)),
        Err(DeployError::Stranded(list)) => {
            let ds: Vec<_> = list.iter().map(|(t, id, st)| json!({"entity_type": t, "id": id, "status": st})).collect();
            Ok(json(
                StatusCode::CONFLICT,
                &json!({"error": {"code": "StrandedEntities",
                "message": format!("the new specs remove states that {} live entities are in; nothing was deployed (send `\"force\": true` to deploy anyway)", list.len()),
                "details": ds}}),
            ))
        }
    }
}
