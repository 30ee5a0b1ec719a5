//! Each tenant's own Cedar policies, persisted as one journaled record per tenant
//! (`<tenant>/_PolicySet/current`): every add and remove is an event (who, when, why), and the
//! whole set is validated by Cedar before it is committed and swapped in atomically — a bad
//! policy is refused with Cedar's own error and the old set keeps serving.

use super::journal::{self, Change, now_ms};
use crate::authz::{Authorizer, PolicyError};
use crate::storage::{Backend, StreamId};
use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};
use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

pub const POLICY_SET_TYPE: &str = "_PolicySet";
const POLICY_SET_ID: &str = "current";

/// Id prefixes reserved for policies Temper writes itself.
pub use crate::authz::RESERVED_PREFIXES;

/// One policy of a tenant's set.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredPolicy {
    pub id: String,
    pub text: String,
    /// `manual`, or `decision:<PD id>` for a policy an approval generated.
    pub origin: String,
    pub created_by: String,
    pub created_ms: u64,
    #[serde(default)]
    pub reason: String,
}

impl StoredPolicy {
    pub fn view(&self) -> Json {
        json!({"id": self.id, "text": self.text, "origin": self.origin, "created_by": self.created_by,
               "created_ms": self.created_ms, "reason": self.reason})
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct PolicySetRecord {
    policies: Vec<StoredPolicy>,
}

#[derive(Debug)]
pub enum PolicyChangeError {
    /// Cedar (or an id rule) refused the text; nothing changed.
    Invalid(PolicyError),
    /// A policy with this id exists already.
    Exists(String),
    NotFound(String),
    Storage(anyhow::Error),
}

impl std::fmt::Display for PolicyChangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid(e) => write!(f, "{e}"),
            Self::Exists(id) => write!(f, "a policy `{id}` exists already; remove it first or choose another id"),
            Self::NotFound(id) => write!(f, "no policy `{id}` in this tenant"),
            Self::Storage(e) => write!(f, "{e:#}"),
        }
    }
}

/// The persisted sets, mirrored in memory (with each record's seq for compare-and-swap).
#[derive(Default)]
pub struct Policies {
    sets: RwLock<HashMap<String, (u64, PolicySetRecord)>>,
    write: tokio::sync::Mutex<()>,
}

fn pairs(list: &[StoredPolicy]) -> Vec<(String, String)> {
    list.iter().map(|p| (p.id.clone(), p.text.clone())).collect()
}

impl Policies {
    /// Loads the stored sets of `tenants` into the authorizer.
    pub async fn restore<B: Backend>(
        &self,
        store: &B,
        authz: &Authorizer,
        tenants: &[String],
    ) -> anyhow::Result<usize> {
        let mut n = 0;
        for t in tenants {
            let stream = StreamId::new(t, POLICY_SET_TYPE, POLICY_SET_ID);
            if let Some((seq, rec)) = journal::load::<B, PolicySetRecord>(store, &stream).await? {
                authz
                    .set_policies(t, &pairs(&rec.policies))
                    .map_err(|e| anyhow::anyhow!("the stored policies of tenant `{t}` do not load: {e}"))?;
                n += rec.policies.len();
                self.sets.write().unwrap_or_else(PoisonError::into_inner).insert(t.clone(), (seq, rec));
            }
        }
        Ok(n)
    }

    pub fn list(&self, tenant: &str) -> Vec<StoredPolicy> {
        self.sets
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(tenant)
            .map(|(_, r)| r.policies.clone())
            .unwrap_or_default()
    }

    pub fn get(&self, tenant: &str, id: &str) -> Option<StoredPolicy> {
        self.list(tenant).into_iter().find(|p| p.id == id)
    }

    /// Checks an id and a text as `add` would, changing nothing.
    pub fn validate(authz: &Authorizer, id: &str, text: &str) -> Result<(), PolicyError> {
        check_id(id)?;
        authz.validate(&[(id.to_string(), text.to_string())])
    }

    /// Adds a policy (`replace`: an existing one with the same id is replaced, as a repeated
    /// approval does). Validated with the whole set, committed, then swapped in.
    pub async fn add<B: Backend>(
        &self,
        store: &B,
        authz: &Authorizer,
        tenant: &str,
        policy: StoredPolicy,
        replace: bool,
        actor: &str,
    ) -> Result<(), PolicyChangeError> {
        check_id(&policy.id).map_err(PolicyChangeError::Invalid)?;
        let _w = self.write.lock().await;
        let (seq, mut rec) = self.current(tenant);
        if let Some(i) = rec.policies.iter().position(|p| p.id == policy.id) {
            if !replace {
                return Err(PolicyChangeError::Exists(policy.id));
            }
            rec.policies.remove(i);
        }
        let payload = json!({"id": policy.id, "text": policy.text, "origin": policy.origin, "reason": policy.reason});
        rec.policies.push(policy);
        self.commit(store, authz, tenant, seq, rec, "policy.added", payload, actor).await
    }

    /// Removes a policy; requests it permitted are denied from now on.
    pub async fn remove<B: Backend>(
        &self,
        store: &B,
        authz: &Authorizer,
        tenant: &str,
        id: &str,
        reason: &str,
        actor: &str,
    ) -> Result<StoredPolicy, PolicyChangeError> {
        let _w = self.write.lock().await;
        let (seq, mut rec) = self.current(tenant);
        let Some(i) = rec.policies.iter().position(|p| p.id == id) else {
            return Err(PolicyChangeError::NotFound(id.to_string()));
        };
        let removed = rec.policies.remove(i);
        let payload = json!({"id": id, "reason": reason});
        self.commit(store, authz, tenant, seq, rec, "policy.removed", payload, actor).await?;
        Ok(removed)
    }

    fn current(&self, tenant: &str) -> (u64, PolicySetRecord) {
        self.sets.read().unwrap_or_else(PoisonError::into_inner).get(tenant).cloned().unwrap_or_default()
    }

    #[allow(clippy::too_many_arguments)]
    async fn commit<B: Backend>(
        &self,
        store: &B,
        authz: &Authorizer,
        tenant: &str,
        seq: u64,
        rec: PolicySetRecord,
        kind: &str,
        payload: Json,
        actor: &str,
    ) -> Result<(), PolicyChangeError> {
        let list = pairs(&rec.policies);
        authz.validate(&list).map_err(PolicyChangeError::Invalid)?;
        let change = Change {
            stream: StreamId::new(tenant, POLICY_SET_TYPE, POLICY_SET_ID),
            expected_seq: seq,
            kind,
            payload,
            actor,
            record: &rec,
            status: "active",
        };
        let new_seq = journal::append(store, change).await.map_err(|e| PolicyChangeError::Storage(e.into()))?;
        authz.set_policies(tenant, &list).map_err(PolicyChangeError::Invalid)?;
        self.sets.write().unwrap_or_else(PoisonError::into_inner).insert(tenant.to_string(), (new_seq, rec));
        Ok(())
    }
}

/// Policy ids: 1–128 characters of `A-Z a-z 0-9 . _ - : @`, not a reserved prefix.
pub fn check_id(id: &str) -> Result<(), PolicyError> {
    let bad = |m: String| PolicyError { policy_id: id.to_string(), message: m };
    super::identity::check_name("a policy id", id).map_err(bad)?;
    if let Some(p) = RESERVED_PREFIXES.iter().find(|p| id.starts_with(**p)) {
        return Err(bad(format!("the id prefix `{p}` is reserved for Temper's own policies")));
    }
    Ok(())
}

/// A fresh id for a policy added by hand: `manual:<ms>`.
pub fn manual_id() -> String {
    format!("manual:{}", now_ms())
}
