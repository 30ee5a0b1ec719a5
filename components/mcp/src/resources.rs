//! Resources, so an agent can read what it operates: each tenant's deployed spec files
//! (`temper://{tenant}/specs/{file}`, IOA TOML and CSDL as deployed) and each installed app's
//! documentation (`temper://{tenant}/apps/{app}/{file}`, README and `docs/`). Reading is
//! decided by Cedar like the API calls behind it (`read_specs`, `read_apps`).

use crate::platform::{Answer, Platform, encode};
use crate::protocol::{INVALID_PARAMS, RpcError};
use crate::tools::{message, transport};
use serde_json::{Value as Json, json};

fn get(p: &dyn Platform, path: &str) -> Result<Answer, RpcError> {
    p.send("GET", path, None).map_err(transport)
}

fn mime(name: &str) -> &'static str {
    if name.ends_with(".toml") {
        "application/toml"
    } else if name.ends_with(".xml") {
        "application/xml"
    } else if name.ends_with(".md") {
        "text/markdown"
    } else {
        "text/plain"
    }
}

fn files(a: &Answer, key: &str) -> Vec<(String, String)> {
    a.json()[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| Some((f["name"].as_str()?.to_string(), f["content"].as_str()?.to_string())))
        .collect()
}

fn specs(p: &dyn Platform, tenant: &str) -> Result<Answer, RpcError> {
    get(p, &format!("/api/tenants/{}/specs?include=files", encode(tenant)))
}

fn app_docs(p: &dyn Platform, tenant: &str, app: &str) -> Result<Answer, RpcError> {
    get(p, &format!("/api/tenants/{}/apps/{}?include=docs", encode(tenant), encode(app)))
}

/// Every resource the caller may read.
pub fn list(p: &dyn Platform) -> Result<Vec<Json>, RpcError> {
    let tenants = get(p, "/api/tenants")?;
    let mut out = Vec::new();
    for t in tenants.json()["tenants"].as_array().into_iter().flatten() {
        let Some(tenant) = t["tenant"].as_str() else { continue };
        let s = specs(p, tenant)?;
        for (name, content) in files(&s, "files") {
            out.push(json!({"uri": format!("temper://{tenant}/specs/{name}"), "name": format!("{tenant}/{name}"),
                "title": format!("{name} ({tenant})"), "mimeType": mime(&name), "size": content.len(),
                "description": format!("A spec file deployed in tenant `{tenant}`.")}));
        }
        for app in t["apps"].as_array().into_iter().flatten().filter_map(Json::as_str) {
            let d = app_docs(p, tenant, app)?;
            for (name, content) in files(&d, "docs") {
                out.push(json!({"uri": format!("temper://{tenant}/apps/{app}/{name}"), "name": format!("{tenant}/{app}/{name}"),
                    "title": format!("{app}: {name}"), "mimeType": mime(&name), "size": content.len(),
                    "description": format!("Documentation of app `{app}` in tenant `{tenant}`.")}));
            }
        }
    }
    Ok(out)
}

pub fn templates() -> Json {
    json!([
        {"uriTemplate": "temper://{tenant}/specs/{file}", "name": "spec-file", "title": "A deployed spec file",
         "description": "An IOA TOML spec or the CSDL data model of a tenant, as deployed."},
        {"uriTemplate": "temper://{tenant}/apps/{app}/{file}", "name": "app-doc", "title": "An app's documentation",
         "description": "README.md or a file under docs/ of an installed app."},
    ])
}

fn not_found(uri: &str, why: &str) -> RpcError {
    RpcError::new(INVALID_PARAMS, format!("Resource not found: {uri} ({why})")).with_data(json!({"uri": uri}))
}

/// Reads one resource.
pub fn read(p: &dyn Platform, uri: &str) -> Result<Vec<Json>, RpcError> {
    let Some(rest) = uri.strip_prefix("temper://") else {
        return Err(not_found(
            uri,
            "Temper resources are `temper://{tenant}/specs/{file}` or `temper://{tenant}/apps/{app}/{file}`",
        ));
    };
    let parts: Vec<&str> = rest.splitn(4, '/').collect();
    let (answer, wanted, key) = match parts.as_slice() {
        [tenant, "specs", file] => (specs(p, tenant)?, (*file).to_string(), "files"),
        [tenant, "apps", app, file] => (app_docs(p, tenant, app)?, (*file).to_string(), "docs"),
        _ => return Err(not_found(uri, "not a spec file or app document URI")),
    };
    if !answer.ok() {
        return Err(not_found(uri, &message(&answer)));
    }
    match files(&answer, key).into_iter().find(|(n, _)| *n == wanted) {
        Some((name, text)) => Ok(vec![json!({"uri": uri, "mimeType": mime(&name), "text": text})]),
        None => Err(not_found(uri, "no such file")),
    }
}
