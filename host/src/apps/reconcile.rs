//! Bringing the catalog back after a restart: the catalog in libSQL — not the server's image
//! or apps directory — decides which apps exist. Each pinned artifact comes from the local
//! content-addressed cache (pulled by its pinned digest only when missing); its integration
//! modules are installed again and its subscriptions registered. The specs and policies the
//! installs put in place were persisted with the tenant and are already restored. An app whose
//! artifact cannot be brought back is marked `failed` with the reason, loudly.

use super::artifact::Bundle;
use super::install::read_artifact;
use crate::server::Server;
use crate::storage::Backend;
use std::collections::BTreeMap;

/// What a reconcile found.
#[derive(Debug, Default)]
pub struct Reconciled {
    pub apps: usize,
    /// Artifacts that had to be pulled (missing from the cache).
    pub pulled: usize,
    /// `(tenant, app, why)` of each app that could not be brought back.
    pub failed: Vec<(String, String, String)>,
}

pub async fn run(server: &Server) -> anyhow::Result<Reconciled> {
    let s = &server.shared;
    let entries = s.store.catalog_list(None).await.map_err(|e| anyhow::anyhow!("reading the app catalog: {e}"))?;
    let mut out = Reconciled::default();
    let mut by_tenant: BTreeMap<String, Vec<Bundle>> = BTreeMap::new();
    for mut e in entries {
        let cached = s.apps.cache.get(&e.pin.artifact_digest).ok().flatten().is_some();
        let quiet = |_: &str, _: &str| {};
        let restored = match super::fetch::artifact_bytes(server, &e.pin, &quiet).await {
            Ok(bytes) => read_artifact(&bytes).map_err(|x| x.to_string()),
            Err(x) => Err(x.to_string()),
        };
        let result = restored.and_then(|b| {
            for m in &b.manifest.wasm_modules {
                let bytes =
                    b.modules.get(&m.name).ok_or_else(|| format!("module `{}` missing from the artifact", m.name))?;
                s.integrations.install(&e.tenant, &m.name, bytes, m.budgets).map_err(|x| format!("{x:#}"))?;
            }
            Ok(b)
        });
        match result {
            Ok(b) => {
                out.apps += 1;
                if !cached {
                    out.pulled += 1;
                }
                if e.status != "installed" {
                    e.status = "installed".into();
                    e.error = None;
                    s.store.catalog_put(e.clone()).await.map_err(|x| anyhow::anyhow!("{x}"))?;
                }
                by_tenant.entry(e.tenant.clone()).or_default().push(b);
            }
            Err(why) => {
                tracing::warn!(
                    app = %e.app,
                    tenant = %e.tenant,
                    reference = %e.pin.reference,
                    error = %why,
                    "an app of the catalog could not be restored"
                );
                out.failed.push((e.tenant.clone(), e.app.clone(), why.clone()));
                e.status = "failed".into();
                e.error = Some(why);
                s.store.catalog_put(e.clone()).await.map_err(|x| anyhow::anyhow!("{x}"))?;
            }
        }
        s.apps.remember(e);
    }
    for (tenant, bundles) in &by_tenant {
        let refs: Vec<&Bundle> = bundles.iter().collect();
        super::subscribe::refresh(server, tenant, &refs);
    }
    Ok(out)
}
