//! The server's view of the app catalog: the libSQL rows mirrored in memory (so a Cedar
//! decision can name the registry of a pinned app without a query), the artifact cache and
//! registry client, the tenant-wide subscriptions of installed apps, and the lock that makes
//! installs into the server one at a time.

use super::cache::Cache;
use super::oci::OciClient;
use super::sections::Subscription;
use crate::storage::CatalogEntry;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};

/// A subscription of an app installed in a tenant, with the entity types of that app (its
/// own actions never trigger it).
#[derive(Debug, Clone)]
pub struct TenantSubscription {
    pub app: String,
    pub own_types: Vec<String>,
    pub sub: Subscription,
}

pub struct Apps {
    pub cache: Cache,
    pub oci: OciClient,
    /// Where built integration components are found when a directory app is packed.
    pub components: Option<PathBuf>,
    /// The development apps dir (`dir:<app>` references resolve in it).
    pub apps_dir: Option<PathBuf>,
    entries: RwLock<BTreeMap<(String, String), CatalogEntry>>,
    subscriptions: RwLock<HashMap<String, Arc<Vec<TenantSubscription>>>>,
    /// One install (or rollback, or reconcile) at a time: each reads and rewrites a tenant's
    /// whole spec set.
    pub lock: tokio::sync::Mutex<()>,
}

impl Apps {
    pub fn new(cache_root: PathBuf, components: Option<PathBuf>, apps_dir: Option<PathBuf>) -> anyhow::Result<Self> {
        Ok(Self {
            cache: Cache::at(cache_root),
            oci: OciClient::from_env()?,
            components,
            apps_dir,
            entries: RwLock::default(),
            subscriptions: RwLock::default(),
            lock: tokio::sync::Mutex::new(()),
        })
    }

    pub fn get(&self, tenant: &str, app: &str) -> Option<CatalogEntry> {
        self.entries.read().unwrap_or_else(PoisonError::into_inner).get(&(tenant.into(), app.into())).cloned()
    }

    /// A tenant's entries (or every entry), by tenant then app.
    pub fn list(&self, tenant: Option<&str>) -> Vec<CatalogEntry> {
        let e = self.entries.read().unwrap_or_else(PoisonError::into_inner);
        e.values().filter(|e| tenant.is_none_or(|t| e.tenant == t)).cloned().collect()
    }

    pub fn remember(&self, entry: CatalogEntry) {
        let key = (entry.tenant.clone(), entry.app.clone());
        self.entries.write().unwrap_or_else(PoisonError::into_inner).insert(key, entry);
    }

    /// The subscriptions of the apps installed in a tenant.
    pub fn subscriptions(&self, tenant: &str) -> Option<Arc<Vec<TenantSubscription>>> {
        self.subscriptions.read().unwrap_or_else(PoisonError::into_inner).get(tenant).cloned()
    }

    pub fn set_subscriptions(&self, tenant: &str, subs: Vec<TenantSubscription>) {
        let mut m = self.subscriptions.write().unwrap_or_else(PoisonError::into_inner);
        if subs.is_empty() {
            m.remove(tenant);
        } else {
            m.insert(tenant.to_string(), Arc::new(subs));
        }
    }
}
