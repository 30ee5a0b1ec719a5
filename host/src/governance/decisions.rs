//! Pending decisions: opened (or counted into) on a denial, decided by a human, awaited by the
//! agent. Each is a journaled record `<tenant>/_Decision/<PD id>`; the open ones are indexed
//! by dedup key in memory, and waiters are woken on every change.

use super::component::{DecisionStatus, Denial, GovernanceComponent, GovernanceError, PendingDecision, Policy, Scope};
use super::journal::{self, Change, now_ms};
use super::policies::{Policies, PolicyChangeError, StoredPolicy};
use crate::authz::Authorizer;
use crate::storage::{Backend, StreamId};
use serde_json::json;
use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};
use std::time::Duration;

pub const DECISION_TYPE: &str = "_Decision";

#[derive(Default)]
struct Inner {
    /// tenant → id → (seq, decision).
    by_tenant: HashMap<String, HashMap<String, (u64, PendingDecision)>>,
    /// dedup key → id of the pending decision.
    open: HashMap<String, (String, String)>,
}

#[derive(Default)]
pub struct Decisions {
    inner: RwLock<Inner>,
    write: tokio::sync::Mutex<()>,
    changed: tokio::sync::Notify,
}

#[derive(Debug)]
pub enum DecideError {
    NotFound(String),
    /// The governance component refused (bad scope, already decided, unsafe value).
    Refused(GovernanceError),
    /// The generated policy was refused by Cedar or storage; the decision stays pending.
    Policy(PolicyChangeError),
    Storage(anyhow::Error),
}

impl std::fmt::Display for DecideError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound(id) => write!(f, "no decision `{id}` in this tenant"),
            Self::Refused(e) => write!(f, "{}", super::component::describe(e)),
            Self::Policy(e) => write!(f, "the generated policy was not installed: {e}"),
            Self::Storage(e) => write!(f, "{e:#}"),
        }
    }
}

fn status_str(s: DecisionStatus) -> &'static str {
    super::component::status_name(s)
}

impl Decisions {
    /// Loads the stored decisions of `tenants`.
    pub async fn restore<B: Backend>(
        &self,
        store: &B,
        gov: &GovernanceComponent,
        tenants: &[String],
    ) -> anyhow::Result<usize> {
        let mut n = 0;
        for t in tenants {
            let all: Vec<(u64, PendingDecision)> = journal::scan(store, t, DECISION_TYPE).await?;
            for (seq, d) in all {
                self.index(gov, seq, d)?;
                n += 1;
            }
        }
        Ok(n)
    }

    fn index(&self, gov: &GovernanceComponent, seq: u64, d: PendingDecision) -> anyhow::Result<()> {
        let key = gov.dedup_key(&denial_of(&d))?;
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        if d.status == DecisionStatus::Pending {
            inner.open.insert(key, (d.tenant.clone(), d.id.clone()));
        } else if inner.open.get(&key).is_some_and(|(t, id)| *t == d.tenant && *id == d.id) {
            inner.open.remove(&key);
        }
        inner.by_tenant.entry(d.tenant.clone()).or_default().insert(d.id.clone(), (seq, d));
        Ok(())
    }

    pub fn get(&self, tenant: &str, id: &str) -> Option<PendingDecision> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        inner.by_tenant.get(tenant)?.get(id).map(|(_, d)| d.clone())
    }

    /// A tenant's decisions, newest first, optionally only those with `status`.
    pub fn list(&self, tenant: &str, status: Option<DecisionStatus>) -> Vec<PendingDecision> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        let mut v: Vec<PendingDecision> = inner
            .by_tenant
            .get(tenant)
            .map(|m| m.values().map(|(_, d)| d.clone()).filter(|d| status.is_none_or(|s| d.status == s)).collect())
            .unwrap_or_default();
        v.sort_by(|a, b| b.created_ms.cmp(&a.created_ms).then(a.id.cmp(&b.id)));
        v
    }

    /// Records a denial: opens a pending decision, or counts the denial into the open one with
    /// the same dedup key. Durable before it returns.
    pub async fn record<B: Backend>(
        &self,
        store: &B,
        gov: &GovernanceComponent,
        denial: &Denial,
    ) -> anyhow::Result<PendingDecision> {
        let key = gov.dedup_key(denial)?;
        let _w = self.write.lock().await;
        let existing = {
            let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
            inner.open.get(&key).and_then(|(t, id)| inner.by_tenant.get(t)?.get(id).cloned())
        };
        let (seq, prior) = match &existing {
            Some((seq, d)) => (*seq, Some(d)),
            None => (0, None),
        };
        let d = gov.open(denial, prior)?;
        let (expected, kind) =
            if prior.is_some_and(|p| p.id == d.id) { (seq, "decision.denied-again") } else { (0, "decision.opened") };
        let change = Change {
            stream: StreamId::new(&d.tenant, DECISION_TYPE, &d.id),
            expected_seq: expected,
            kind,
            payload: json!({"id": d.id, "request": d.request, "denials": d.denials}),
            actor: &principal_uid(&d),
            record: &d,
            status: status_str(d.status),
        };
        let seq = journal::append(store, change).await?;
        self.index(gov, seq, d.clone())?;
        self.changed.notify_waiters();
        Ok(d)
    }

    /// Approves a pending decision at `scope`: installs the generated policy (validated by
    /// Cedar, atomically), then records the decision. A policy that fails leaves it pending.
    #[allow(clippy::too_many_arguments)]
    pub async fn approve<B: Backend>(
        &self,
        store: &B,
        gov: &GovernanceComponent,
        authz: &Authorizer,
        policies: &Policies,
        tenant: &str,
        id: &str,
        scope: Scope,
        by: &str,
        reason: &str,
    ) -> Result<(PendingDecision, Policy), DecideError> {
        let _w = self.write.lock().await;
        let (seq, d) = self.current(tenant, id)?;
        let (decided, policy) = gov
            .approve(&d, scope, by, reason, now_ms())
            .map_err(DecideError::Storage)?
            .map_err(DecideError::Refused)?;
        let stored = StoredPolicy {
            id: policy.id.clone(),
            text: policy.text.clone(),
            origin: format!("decision:{}", d.id),
            created_by: by.to_string(),
            created_ms: now_ms(),
            reason: reason.to_string(),
        };
        policies.add(store, authz, tenant, stored, true, by).await.map_err(DecideError::Policy)?;
        let payload = json!({"id": d.id, "policy_id": policy.id, "scope": decided.scope, "reason": reason});
        self.finish(store, gov, seq, &decided, "decision.approved", payload, by).await?;
        Ok((decided, policy))
    }

    /// Denies a pending decision; the agent's requests stay denied.
    pub async fn deny<B: Backend>(
        &self,
        store: &B,
        gov: &GovernanceComponent,
        tenant: &str,
        id: &str,
        by: &str,
        reason: &str,
    ) -> Result<PendingDecision, DecideError> {
        let _w = self.write.lock().await;
        let (seq, d) = self.current(tenant, id)?;
        let decided =
            gov.deny(&d, by, reason, now_ms()).map_err(DecideError::Storage)?.map_err(DecideError::Refused)?;
        let payload = json!({"id": d.id, "reason": reason});
        self.finish(store, gov, seq, &decided, "decision.denied", payload, by).await?;
        Ok(decided)
    }

    fn current(&self, tenant: &str, id: &str) -> Result<(u64, PendingDecision), DecideError> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        inner
            .by_tenant
            .get(tenant)
            .and_then(|m| m.get(id))
            .cloned()
            .ok_or_else(|| DecideError::NotFound(id.to_string()))
    }

    #[allow(clippy::too_many_arguments)]
    async fn finish<B: Backend>(
        &self,
        store: &B,
        gov: &GovernanceComponent,
        seq: u64,
        d: &PendingDecision,
        kind: &str,
        payload: serde_json::Value,
        by: &str,
    ) -> Result<(), DecideError> {
        let change = Change {
            stream: StreamId::new(&d.tenant, DECISION_TYPE, &d.id),
            expected_seq: seq,
            kind,
            payload,
            actor: by,
            record: d,
            status: status_str(d.status),
        };
        let seq = journal::append(store, change).await.map_err(|e| DecideError::Storage(e.into()))?;
        self.index(gov, seq, d.clone()).map_err(DecideError::Storage)?;
        self.changed.notify_waiters();
        Ok(())
    }

    /// The decision once it is no longer pending, or as it is after `timeout`.
    pub async fn wait(&self, tenant: &str, id: &str, timeout: Duration) -> Option<PendingDecision> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let d = self.get(tenant, id)?;
            if d.status != DecisionStatus::Pending {
                return Some(d);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return self.get(tenant, id);
            }
        }
    }
}

/// `Agent::"bot-1"` for the decision's principal.
pub fn principal_uid(d: &PendingDecision) -> String {
    format!("{}::{}", d.principal.entity_type, super::identity::cedar_string(&d.principal.id))
}

/// The denial a decision stands for (to recompute its dedup key).
fn denial_of(d: &PendingDecision) -> Denial {
    Denial {
        tenant: d.tenant.clone(),
        principal: d.principal.clone(),
        principal_attrs: d.principal_attrs.clone(),
        action: d.action.clone(),
        resource: d.resource.clone(),
        session: d.session.clone(),
        request: d.request.clone(),
        request_id: String::new(),
        time_ms: d.created_ms,
    }
}
