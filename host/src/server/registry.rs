//! The registry of deployed specs per tenant: checked by the interpreter component, persisted
//! in storage (key/value), restored at start, and read by the OData component.

use super::kernel::Kernel;
use crate::runtime::interpreter::{Diagnostic, SourceFile, SpecSummary};
use crate::storage::Backend;
use anyhow::{Context, Result, anyhow};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

const SYSTEM_TENANT: &str = "_system";
const TENANTS_KEY: &str = "tenants";
const SPECS_KEY: &str = "specs";

#[derive(Debug, Clone)]
pub struct DeployedSpec {
    pub entity_type: String,
    pub entity_set: String,
    pub spec: String,
    pub namespace: String,
}

#[derive(Debug, Clone)]
pub struct TenantSpecs {
    pub version: u64,
    pub specs: Vec<DeployedSpec>,
    pub csdl: String,
    pub files: Vec<SourceFile>,
    pub summaries: Vec<SpecSummary>,
}

#[derive(Serialize, Deserialize)]
struct Persisted {
    version: u64,
    files: Vec<(String, String)>,
}

/// Why a deployment was refused.
pub enum DeployError {
    /// The specs do not load: every diagnostic.
    Invalid(Vec<Diagnostic>),
    /// A rule of deployment (e.g. a missing data model); the text says which.
    Refused(String),
    /// The change removes states (or whole entity types) that live entities are in:
    /// `(entity type, id, status)` of each. Deploy with `force` to strand them anyway.
    Stranded(Vec<(String, String, String)>),
    /// The verification cascade did not pass: its report.
    Unverified(Box<crate::verify::cascade::CascadeReport>),
}

#[derive(Default)]
pub struct Registry {
    tenants: RwLock<HashMap<String, Arc<TenantSpecs>>>,
}

pub fn valid_tenant(t: &str) -> bool {
    let b = t.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

impl Registry {
    pub fn get(&self, tenant: &str) -> Option<Arc<TenantSpecs>> {
        self.tenants.read().ok()?.get(tenant).cloned()
    }

    pub fn tenants(&self) -> Vec<String> {
        let mut v: Vec<String> = self.tenants.read().map(|t| t.keys().cloned().collect()).unwrap_or_default();
        v.sort();
        v
    }

    /// Checks `files` through the interpreter component and makes them the tenant's specs.
    /// `persist` is false when restoring what storage already holds.
    pub async fn deploy<B: Backend>(
        &self,
        kernel: &Kernel,
        store: &B,
        tenant: &str,
        files: Vec<SourceFile>,
        persist: bool,
        force: bool,
    ) -> Result<std::result::Result<Arc<TenantSpecs>, DeployError>> {
        if !valid_tenant(tenant) {
            return Ok(Err(DeployError::Refused(format!(
                "`{tenant}` is not a valid tenant id: use 1–63 lowercase letters, digits and `-`"
            ))));
        }
        let Some(csdl) = files.iter().find(|f| f.name.ends_with(".csdl.xml")).map(|f| f.content.clone()) else {
            return Ok(Err(DeployError::Refused(
                "a deployment needs the data model: include one `*.csdl.xml` file".into(),
            )));
        };
        let summaries = match kernel.with(|i| i.load(&files))? {
            Ok(s) => s,
            Err(d) => return Ok(Err(DeployError::Invalid(d))),
        };
        let model = temper_spec::csdl::parse_csdl("model.csdl.xml", &csdl)
            .map_err(|d| anyhow!("the data model passed the interpreter but not the host: {d}"))?;
        let mut specs = Vec::new();
        for s in &summaries {
            let Some(set) = s.entity_set.clone() else {
                return Ok(Err(DeployError::Refused(format!(
                    "no EntitySet serves `{}`; add one to the EntityContainer",
                    s.name
                ))));
            };
            let namespace = model.entity_type(&s.name).map(|t| t.namespace.clone()).unwrap_or_default();
            specs.push(DeployedSpec { entity_type: s.name.clone(), entity_set: set, spec: s.id.clone(), namespace });
        }
        if !force && let Some(old) = self.get(tenant) {
            let stranded = stranded_entities(store, tenant, &old.summaries, &summaries).await?;
            if !stranded.is_empty() {
                return Ok(Err(DeployError::Stranded(stranded)));
            }
        }
        let version = self.get(tenant).map_or(1, |t| t.version + 1);
        if persist {
            let p = Persisted { version, files: files.iter().map(|f| (f.name.clone(), f.content.clone())).collect() };
            store
                .kv_set(tenant, SPECS_KEY, &serde_json::to_vec(&p)?)
                .await
                .map_err(|e| anyhow!("{e}"))
                .context("persisting the specs")?;
            let mut all = self.tenants();
            if !all.iter().any(|t| t == tenant) {
                all.push(tenant.to_string());
                all.sort();
            }
            store.kv_set(SYSTEM_TENANT, TENANTS_KEY, &serde_json::to_vec(&all)?).await.map_err(|e| anyhow!("{e}"))?;
        }
        kernel.remember(files.clone());
        let t = Arc::new(TenantSpecs { version, specs, csdl, files, summaries });
        self.tenants.write().map_err(|_| anyhow!("registry poisoned"))?.insert(tenant.to_string(), t.clone());
        Ok(Ok(t))
    }

    /// Restores every tenant's specs from storage.
    pub async fn restore<B: Backend>(&self, kernel: &Kernel, store: &B) -> Result<usize> {
        let tenants: Vec<String> = match store.kv_get(SYSTEM_TENANT, TENANTS_KEY).await.map_err(|e| anyhow!("{e}"))? {
            Some(bytes) => serde_json::from_slice(&bytes)?,
            None => Vec::new(),
        };
        let mut n = 0;
        for t in tenants {
            let Some(bytes) = store.kv_get(&t, SPECS_KEY).await.map_err(|e| anyhow!("{e}"))? else { continue };
            let p: Persisted = serde_json::from_slice(&bytes)?;
            let files = p.files.into_iter().map(|(name, content)| SourceFile { name, content }).collect();
            match self.deploy(kernel, store, &t, files, false, true).await? {
                Ok(_) => n += 1,
                Err(_) => {
                    tracing::warn!(tenant = %t, "the stored specs of the tenant no longer load; it serves nothing")
                }
            }
        }
        Ok(n)
    }
}

/// Live entities whose status (or whole entity type) the new specs no longer have.
pub async fn stranded_entities<B: Backend>(
    store: &B,
    tenant: &str,
    old: &[SpecSummary],
    new: &[SpecSummary],
) -> Result<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    for o in old {
        let kept: Vec<&String> =
            new.iter().find(|n| n.name == o.name).map(|n| n.states.iter().collect()).unwrap_or_default();
        if o.states.iter().all(|s| kept.contains(&s)) {
            continue;
        }
        let mut after = String::new();
        loop {
            let rows = store.scan_projection(tenant, &o.name, &after, 500).await.map_err(|e| anyhow!("{e}"))?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            for r in rows.into_iter().filter(|r| !r.deleted && !kept.contains(&&r.status)) {
                out.push((o.name.clone(), r.id, r.status));
            }
        }
    }
    Ok(out)
}
