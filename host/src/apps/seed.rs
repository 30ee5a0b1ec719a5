//! An app's seed entities (`seed/<EntitySet>.json`: a JSON array of `POST` bodies, each with
//! an `Id`): created through the kernel like any create — the interpreter and Cedar decide —
//! once per app, with an idempotency key per entity, so a reinstall or a restart never
//! creates one twice and never overwrites what agents changed since.

use super::artifact::Bundle;
use super::install::{InstallError, Progress};
use crate::server::Server;
use crate::server::dispatch::{self, Dispatch, Origin};
use hyper::Method;
use serde_json::{Value as Json, json};

/// Creates the bundle's seed entities; returns `{created, existing}`.
pub async fn run(server: &Server, tenant: &str, b: &Bundle, progress: Progress<'_>) -> Result<Json, InstallError> {
    let app = &b.manifest.name;
    let (mut created, mut existing) = (0u32, 0u32);
    for (path, bytes) in b.files.iter().filter(|(p, _)| p.starts_with("seed/") && p.ends_with(".json")) {
        let set = path.trim_start_matches("seed/").trim_end_matches(".json");
        let bad = |why: String| InstallError::Invalid(format!("app `{app}`: `{path}`: {why}"));
        let list: Vec<Json> = match serde_json::from_slice(bytes) {
            Ok(Json::Array(l)) => l,
            Ok(_) => return Err(bad("must be a JSON array of entity bodies".into())),
            Err(e) => return Err(bad(format!("not JSON: {e}"))),
        };
        for body in list {
            let Some(id) = ["Id", "id"].iter().find_map(|k| body.get(*k).and_then(Json::as_str)).map(str::to_string)
            else {
                return Err(bad("every seed entity needs its key as a string `Id`".into()));
            };
            let key = format!("app-seed:{app}:{set}:{id}");
            let exists = server
                .dispatch(Dispatch {
                    tenant: tenant.into(),
                    method: Method::GET,
                    path: format!("{set}('{}')", id.replace('\'', "''")),
                    body: None,
                    caller: dispatch::system(&format!("app:{app}")),
                    idempotency_key: None,
                    origin: Origin::request(&key),
                })
                .await?;
            if exists.ok() {
                existing += 1;
                continue;
            }
            let a = server
                .dispatch(Dispatch {
                    tenant: tenant.into(),
                    method: Method::POST,
                    path: set.to_string(),
                    body: Some(body),
                    caller: dispatch::system(&format!("app:{app}")),
                    idempotency_key: Some(key.clone()),
                    origin: Origin::request(&key),
                })
                .await?;
            if !a.ok() {
                return Err(bad(format!("seed entity `{id}` was refused ({}): {}", a.status, a.error())));
            }
            created += 1;
        }
    }
    if created + existing > 0 {
        progress("seed", &format!("{app}: {created} entit(ies) created, {existing} already there"));
    }
    Ok(json!({"created": created, "existing": existing}))
}
