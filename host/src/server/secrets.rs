//! Tenant secrets: named values (API keys) an integration module may read through the
//! `secrets` interface when Cedar permits it. An admin sets them over the platform API; they
//! are never returned by it, never logged and never written to a trajectory. Stored in the
//! tenant's key/value space (`secret/<name>`, with the list of names under `secrets`) and held
//! in memory for the integrations' synchronous host calls.

use crate::storage::Backend;
use crate::storage::libsql::LibsqlBackend;
use anyhow::{Result, anyhow};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{PoisonError, RwLock};

const INDEX: &str = "secrets";

#[derive(Default)]
pub struct Secrets {
    values: RwLock<BTreeMap<(String, String), String>>,
}

/// Secret names: 1–64 characters of `A-Z a-z 0-9 _ - .`.
pub fn check_name(name: &str) -> std::result::Result<(), String> {
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    if name.is_empty() || name.len() > 64 || !name.chars().all(ok) {
        return Err(format!(
            "secret name `{}` is not valid: use 1–64 letters, digits, `_`, `-` or `.`",
            name.escape_default()
        ));
    }
    Ok(())
}

impl Secrets {
    pub fn get(&self, tenant: &str, name: &str) -> Option<String> {
        self.values.read().unwrap_or_else(PoisonError::into_inner).get(&(tenant.to_string(), name.to_string())).cloned()
    }

    /// The names set for a tenant (never the values).
    pub fn names(&self, tenant: &str) -> Vec<String> {
        let v = self.values.read().unwrap_or_else(PoisonError::into_inner);
        v.keys().filter(|(t, _)| t == tenant).map(|(_, n)| n.clone()).collect()
    }

    async fn write_index(&self, store: &LibsqlBackend, tenant: &str) -> Result<()> {
        let names: BTreeSet<String> = self.names(tenant).into_iter().collect();
        let text = serde_json::to_vec(&names)?;
        store.kv_set(tenant, INDEX, &text).await.map_err(|e| anyhow!("storing the secret names: {e}"))
    }

    pub async fn put(&self, store: &LibsqlBackend, tenant: &str, name: &str, value: &str) -> Result<()> {
        store
            .kv_set(tenant, &format!("secret/{name}"), value.as_bytes())
            .await
            .map_err(|e| anyhow!("storing secret `{name}`: {e}"))?;
        self.values
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert((tenant.to_string(), name.to_string()), value.to_string());
        self.write_index(store, tenant).await
    }

    /// Removes a secret; false if it was not set.
    pub async fn delete(&self, store: &LibsqlBackend, tenant: &str, name: &str) -> Result<bool> {
        let had = self
            .values
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&(tenant.to_string(), name.to_string()))
            .is_some();
        if had {
            store
                .kv_delete(tenant, &format!("secret/{name}"))
                .await
                .map_err(|e| anyhow!("deleting secret `{name}`: {e}"))?;
            self.write_index(store, tenant).await?;
        }
        Ok(had)
    }

    /// Loads every tenant's secrets from storage (at start).
    pub async fn restore(&self, store: &LibsqlBackend, tenants: &[String]) -> Result<()> {
        for t in tenants {
            let Some(index) = store.kv_get(t, INDEX).await.map_err(|e| anyhow!("reading secret names: {e}"))? else {
                continue;
            };
            let names: Vec<String> = serde_json::from_slice(&index)?;
            for n in names {
                if let Some(v) = store.kv_get(t, &format!("secret/{n}")).await.map_err(|e| anyhow!("{e}"))? {
                    let v = String::from_utf8(v).map_err(|_| anyhow!("secret `{n}` of `{t}` is not UTF-8"))?;
                    self.values.write().unwrap_or_else(PoisonError::into_inner).insert((t.clone(), n), v);
                }
            }
        }
        Ok(())
    }
}
