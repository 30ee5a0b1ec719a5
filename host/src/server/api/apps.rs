//! `/api/tenants/{tenant}/apps`: the tenant's app catalog, installs by reference
//! (`POST …/apps?reference=<registry>/<ns>/<name>:<tag>|@sha256:…[&upgrade=true]`) and
//! rollbacks (`POST …/apps/{app}/rollback`). Installing is `install_app` on
//! `Registry::"<registry>/<namespace>"` — decided before anything is pulled — so a tenant
//! installs only from registries its policies allow. With `Accept: application/x-ndjson` the
//! answer streams each step as a JSON line, then `{"result": …}` or `{"error": …}`.

use super::Call;
use super::events::ChannelBody;
use crate::apps::install::{self, InstallError, InstallRequest, Source};
use crate::apps::oci::AppRef;
use crate::authz::EntityRef;
use crate::server::Server;
use crate::server::respond::{Bad, Reply, error, json, query_pairs};
use anyhow::Result;
use http_body_util::BodyExt;
use hyper::body::Bytes;
use hyper::{Response, StatusCode};
use serde_json::{Value as Json, json};

pub fn list(call: &Call<'_>) -> Reply {
    let apps = call.server.shared.apps.list(Some(&call.tenant));
    json(StatusCode::OK, &json!({"tenant": call.tenant, "apps": apps}))
}

/// `?include=docs` adds the app's `README.md` and `docs/` from its pinned artifact.
pub fn show(call: &Call<'_>, query: Option<&str>) -> Reply {
    let app = call.m.param("app");
    match call.server.shared.apps.get(&call.tenant, app) {
        Some(e) => {
            let mut body = json!(e);
            if crate::server::respond::query_param(query, "include") == Some("docs") {
                body["docs"] = json!(docs(call, &e.pin.artifact_digest));
            }
            json(StatusCode::OK, &body)
        }
        None => error(
            StatusCode::NOT_FOUND,
            "NotFound",
            &format!(
                "app `{app}` is not installed in tenant `{}`; `GET /api/tenants/{}/apps` lists what is",
                call.tenant, call.tenant
            ),
        ),
    }
}

/// The pinned artifact's documentation files (`README.md`, `docs/…`), as text.
fn docs(call: &Call<'_>, artifact_digest: &str) -> Vec<Json> {
    let bytes = match call.server.shared.apps.cache.get(artifact_digest) {
        Ok(Some(b)) => b,
        _ => return Vec::new(),
    };
    let Ok(bundle) = crate::apps::artifact::read(&bytes) else { return Vec::new() };
    bundle
        .files
        .iter()
        .filter(|(name, _)| name.as_str() == "README.md" || name.starts_with("docs/"))
        .map(|(name, content)| json!({"name": name, "content": String::from_utf8_lossy(content)}))
        .collect()
}

fn params(query: Option<&str>) -> Result<(String, bool), Bad> {
    let pairs = query_pairs(query, &["reference", "upgrade"])?;
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let Some(reference) = get("reference").filter(|r| !r.is_empty()) else {
        return Err(Bad(
            StatusCode::BAD_REQUEST,
            "InvalidQuery",
            "name the app: `?reference=<registry>/<namespace>/<name>:<tag>` (or `@sha256:<digest>`, or `dir:<app>` for the development apps dir)".into(),
        ));
    };
    let upgrade = match get("upgrade").as_deref() {
        None | Some("false") => false,
        Some("true") | Some("") => true,
        Some(other) => {
            return Err(Bad(
                StatusCode::BAD_REQUEST,
                "InvalidQuery",
                format!("`upgrade={other}`: use `true` or `false`"),
            ));
        }
    };
    Ok((reference, upgrade))
}

/// The Cedar resource of an install: `Registry::"<registry>/<namespace>"` of the reference
/// (`Registry::"dir"` for the development apps dir). A reference that does not parse is
/// decided on `Registry::""` (no policy names it) and refused by the handler.
pub(super) fn registry_of(query: Option<&str>) -> (EntityRef, Json) {
    let reference = params(query).map(|(r, _)| r).unwrap_or_default();
    registry_resource(&reference)
}

fn registry_resource(reference: &str) -> (EntityRef, Json) {
    if reference.starts_with("dir:") {
        return (EntityRef::new("Registry", "dir"), json!({"registry": "dir"}));
    }
    match reference.parse::<AppRef>() {
        Ok(r) => {
            (EntityRef::new("Registry", r.namespace()), json!({"registry": r.registry, "repository": r.repository}))
        }
        Err(_) => (EntityRef::new("Registry", ""), json!({})),
    }
}

/// A rollback is decided on the registry of the pin it returns to.
pub(super) fn registry_of_pin(server: &Server, tenant: &str, app: &str) -> (EntityRef, Json) {
    let previous = server.shared.apps.get(tenant, app).and_then(|e| e.history.last().cloned());
    registry_resource(&previous.map(|p| p.reference).unwrap_or_default())
}

fn source(server: &Server, reference: &str) -> Result<Source, InstallError> {
    if let Some(name) = reference.strip_prefix("dir:") {
        let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let Some(dir) = server.shared.apps.apps_dir.as_ref().filter(|_| ok) else {
            return Err(InstallError::BadReference(format!(
                "`dir:{name}`: name an app of the server's development apps dir (`up --apps-dir`), e.g. `dir:tasks`"
            )));
        };
        return Ok(Source::Dir(dir.join(name)));
    }
    Source::parse(reference)
}

pub fn failure(e: &InstallError) -> (StatusCode, Json) {
    let status = match e {
        InstallError::BadReference(_) => StatusCode::BAD_REQUEST,
        InstallError::Registry(_) => StatusCode::BAD_GATEWAY,
        InstallError::Conflict(_) | InstallError::Tenant(_) => StatusCode::CONFLICT,
        InstallError::Dependency(_) => StatusCode::FAILED_DEPENDENCY,
        InstallError::Integrity(_) | InstallError::Invalid(_) | InstallError::Unverified(_) => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        InstallError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    let mut err = json!({"code": e.code(), "message": format!("{e}; the tenant was not changed")});
    if let InstallError::Unverified(r) = e {
        err["report"] = json!(r);
    }
    (status, json!({"error": err}))
}

fn streams(headers: &hyper::HeaderMap) -> bool {
    headers.get(hyper::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("ndjson"))
}

pub async fn install(call: &Call<'_>, headers: &hyper::HeaderMap, query: Option<&str>) -> Result<Reply> {
    let streamed = streams(headers);
    let (reference, upgrade) = match params(query) {
        Ok(p) => p,
        Err(bad) => return Ok(bad.reply()),
    };
    let source = match source(call.server, &reference) {
        Ok(s) => s,
        Err(e) => {
            let (status, body) = failure(&e);
            return Ok(json(status, &body));
        }
    };
    let request = InstallRequest { tenant: call.tenant.clone(), source, upgrade, actor: call.actor() };
    Ok(run(call.server, streamed, Job::Install(request)).await)
}

pub async fn rollback(call: &Call<'_>, headers: &hyper::HeaderMap) -> Result<Reply> {
    let job = Job::Rollback(call.tenant.clone(), call.m.param("app").to_string());
    let streamed = streams(headers);
    Ok(run(call.server, streamed, job).await)
}

enum Job {
    Install(InstallRequest),
    Rollback(String, String),
}

async fn execute(server: &Server, job: Job, progress: install::Progress<'_>) -> Result<install::Report, InstallError> {
    match job {
        Job::Install(r) => install::install(server, r, progress).await,
        Job::Rollback(tenant, app) => install::rollback(server, &tenant, &app, progress).await,
    }
}

fn line(v: &Json) -> Bytes {
    let mut s = v.to_string();
    s.push('\n');
    Bytes::from(s)
}

/// Runs an install or rollback: streamed as NDJSON when asked (and the server is shared, as
/// it is when serving), else answered once with the report. The server's log shows each step.
async fn run(server: &Server, stream: bool, job: Job) -> Reply {
    if stream && let Some(server) = server.shared_self() {
        let (tx, rx) = tokio::sync::mpsc::channel(1024);
        tokio::spawn(async move {
            let lines = tx.clone();
            let progress = move |step: &str, detail: &str| {
                println!("  app      {step}: {detail}");
                let _ = lines.try_send(line(&json!({"step": step, "detail": detail})));
            };
            let last = match execute(&server, job, &progress).await {
                Ok(r) => json!({"result": r}),
                Err(e) => failure(&e).1,
            };
            let _ = tx.send(line(&last)).await;
        });
        let mut r = Response::new(ChannelBody(rx).map_err(|never| match never {}).boxed_unsync());
        r.headers_mut()
            .insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/x-ndjson"));
        return r;
    }
    let log = |step: &str, detail: &str| println!("  app      {step}: {detail}");
    match execute(server, job, &log).await {
        Ok(r) => json(StatusCode::OK, &json!({"result": r})),
        Err(e) => {
            let (status, body) = failure(&e);
            json(status, &body)
        }
    }
}
