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

/// Checks the bundle's seed files against its own data model before the install changes
/// anything: each file names an entity set of the app, holds an array of objects, each with
/// its key as a string and only properties the entity type declares. (The create itself still
/// decides the rest — types, what the state machine accepts.)
pub fn check(b: &Bundle) -> Result<(), InstallError> {
    let app = &b.manifest.name;
    let seeds: Vec<(&String, &Vec<u8>)> =
        b.files.iter().filter(|(p, _)| p.starts_with("seed/") && p.ends_with(".json")).collect();
    if seeds.is_empty() {
        return Ok(());
    }
    let model = b
        .files
        .iter()
        .find(|(p, _)| p.starts_with("specs/") && p.ends_with(".csdl.xml"))
        .and_then(|(p, bytes)| temper_spec::csdl::parse_csdl(p, std::str::from_utf8(bytes).ok()?).ok());
    let Some(model) = model else {
        return Err(InstallError::Invalid(format!("app `{app}` has seed data but no data model that loads")));
    };
    for (path, bytes) in seeds {
        let bad = |why: String| InstallError::Invalid(format!("app `{app}`: `{path}`: {why}; nothing was installed"));
        let set_name = path.trim_start_matches("seed/").trim_end_matches(".json");
        let Some(set) = model.entity_sets().find(|s| s.name == set_name) else {
            let sets: Vec<&str> = model.entity_sets().map(|s| s.name.as_str()).collect();
            return Err(bad(format!("`{set_name}` is not an entity set of the app (its sets: {})", sets.join(", "))));
        };
        let Some(ty) = model.entity_type(&set.entity_type) else { continue };
        let list: Vec<Json> = match serde_json::from_slice(bytes) {
            Ok(Json::Array(l)) => l,
            Ok(_) => return Err(bad("must be a JSON array of entity bodies".into())),
            Err(e) => return Err(bad(format!("not JSON: {e}"))),
        };
        for (i, entity) in list.iter().enumerate() {
            let Some(fields) = entity.as_object() else { return Err(bad(format!("entry {i} is not an object"))) };
            for k in &ty.keys {
                if !fields.get(k).is_some_and(Json::is_string) {
                    return Err(bad(format!("entry {i} has no string key `{k}`")));
                }
            }
            if let Some(unknown) = fields.keys().find(|f| !ty.properties.iter().any(|p| &p.name == *f)) {
                let known: Vec<&str> = ty.properties.iter().map(|p| p.name.as_str()).collect();
                return Err(bad(format!(
                    "entry {i}: `{unknown}` is not a property of {} ({})",
                    ty.name,
                    known.join(", ")
                )));
            }
        }
    }
    Ok(())
}

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
