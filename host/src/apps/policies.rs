//! An app's Cedar policies (`policies/*.cedar` in its bundle): each file becomes the tenant
//! policy `app:<app>:<file stem>`, checked with the tenant's whole set before the install
//! changes anything, added (or replaced) after, and the app's earlier policies that the new
//! version no longer has are removed.

use super::install::{InstallError, Planned};
use crate::governance::policies::StoredPolicy;
use crate::server::Server;
use std::collections::BTreeMap;

fn prefix(app: &str) -> String {
    format!("app:{app}:")
}

/// Every planned app's policies as `(id, text)`, validated together with the tenant's set.
pub fn planned(
    server: &Server,
    tenant: &str,
    plan: &[Planned],
) -> Result<BTreeMap<String, Vec<(String, String)>>, InstallError> {
    let s = &server.shared;
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for p in plan {
        let app = &p.bundle.manifest.name;
        let mut list = Vec::new();
        for (path, bytes) in p.bundle.files.iter().filter(|(f, _)| f.starts_with("policies/") && f.ends_with(".cedar"))
        {
            let stem = path.trim_start_matches("policies/").trim_end_matches(".cedar").replace('/', ".");
            let text = std::str::from_utf8(bytes)
                .map_err(|_| InstallError::Invalid(format!("app `{app}`: `{path}` is not UTF-8 text")))?;
            list.push((format!("{}{stem}", prefix(app)), text.to_string()));
        }
        out.insert(app.clone(), list);
    }
    // The tenant's set as it will be: its own policies (minus the planned apps' old ones) and
    // the new ones, checked by Cedar in one go.
    let planned_prefixes: Vec<String> = out.keys().map(|a| prefix(a)).collect();
    let mut all: Vec<(String, String)> = s
        .governance
        .policies
        .list(tenant)
        .into_iter()
        .filter(|p| !planned_prefixes.iter().any(|pre| p.id.starts_with(pre)))
        .map(|p| (p.id, p.text))
        .collect();
    all.extend(out.values().flatten().cloned());
    s.authorizer
        .validate(&all)
        .map_err(|e| InstallError::Invalid(format!("the app's Cedar policies do not load: {e}")))?;
    Ok(out)
}

/// Adds the app's policies and removes its stale ones; returns the ids it has now.
pub async fn apply(
    server: &Server,
    tenant: &str,
    app: &str,
    policies: Vec<(String, String)>,
) -> Result<Vec<String>, InstallError> {
    let s = &server.shared;
    let actor = format!("System::\"app:{app}\"");
    let keep: Vec<String> = policies.iter().map(|(id, _)| id.clone()).collect();
    let now = s.clock.now_ms();
    for (id, text) in policies {
        let policy = StoredPolicy {
            id: id.clone(),
            text,
            origin: format!("app:{app}"),
            created_by: actor.clone(),
            created_ms: now,
            reason: format!("installed with app `{app}`"),
        };
        s.governance
            .policies
            .add(&s.store, &s.authorizer, tenant, policy, true, &actor)
            .await
            .map_err(|e| InstallError::Internal(anyhow::anyhow!("adding policy `{id}`: {e}")))?;
    }
    let stale: Vec<String> = s
        .governance
        .policies
        .list(tenant)
        .into_iter()
        .filter(|p| p.id.starts_with(&prefix(app)) && !keep.contains(&p.id))
        .map(|p| p.id)
        .collect();
    for id in stale {
        s.governance
            .policies
            .remove(&s.store, &s.authorizer, tenant, &id, "no longer part of the app", &actor)
            .await
            .map_err(|e| InstallError::Internal(anyhow::anyhow!("removing policy `{id}`: {e}")))?;
    }
    Ok(keep)
}
