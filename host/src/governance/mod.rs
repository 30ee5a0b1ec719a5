//! Governance on the host side: who a caller is (tokens), what a tenant allows (persisted
//! policy sets), and what a denial becomes (pending decisions) — persisted and journaled here,
//! while every rule about decisions and the Cedar text they generate lives in the governance
//! component.

pub mod component;
pub mod decisions;
pub mod identity;
pub mod journal;
pub mod policies;
pub mod tokens;

use crate::authz::{Authorizer, AuthzRequest, AuthzResponse};
use crate::storage::Backend;
use anyhow::Result;
use component::{Denial, EntityRef, GovernanceComponent, PendingDecision};
use identity::Identity;
use std::collections::{BTreeSet, HashMap};
use std::sync::{PoisonError, RwLock};

/// The platform's own policy scope (spec deployment, tokens).
pub const PLATFORM: &str = "_platform";

const SYSTEM: &str = "_system";
const TENANTS_KEY: &str = "governance-tenants";

/// Temper's built-in permits (see `builtins.cedar`), as `(id, text)`.
pub fn builtins() -> Vec<(String, String)> {
    let src = include_str!("builtins.cedar");
    // Each policy starts at its `@id("…")` line; the text before the first is comments.
    let mut out = Vec::new();
    for chunk in src.split("@id(\"").skip(1) {
        let Some((id, rest)) = chunk.split_once("\")") else { continue };
        out.push((format!("builtin:{id}"), rest.trim().to_string()));
    }
    out
}

/// Actions whose denial opens no decision: asking to decide or to read decisions is not
/// something a human approves for an agent.
const NOT_APPROVABLE: &[&str] = &["read_decision", "list_decisions", "decide"];

/// An authenticated caller: who, with which token, in which session.
#[derive(Debug, Clone)]
pub struct Caller {
    pub identity: Identity,
    pub token_id: Option<String>,
    pub session: Option<String>,
}

pub struct Governance {
    pub component: GovernanceComponent,
    pub tokens: tokens::Tokens,
    pub policies: policies::Policies,
    pub decisions: decisions::Decisions,
    /// session id → the principal it belongs to.
    sessions: RwLock<HashMap<String, String>>,
    /// Tenants with governance records (restored at start).
    tenants: RwLock<BTreeSet<String>>,
}

impl Governance {
    pub fn new(component: GovernanceComponent) -> Self {
        Self {
            component,
            tokens: Default::default(),
            policies: Default::default(),
            decisions: Default::default(),
            sessions: Default::default(),
            tenants: Default::default(),
        }
    }

    /// Loads tokens, policy sets and decisions; `tenants` are the deployed ones.
    pub async fn restore<B: Backend>(&self, store: &B, authz: &Authorizer, tenants: &[String]) -> Result<()> {
        self.tokens.restore(store).await?;
        let mut all: BTreeSet<String> = tenants.iter().cloned().collect();
        all.insert(PLATFORM.to_string());
        if let Some(bytes) = store.kv_get(SYSTEM, TENANTS_KEY).await? {
            let stored: Vec<String> = serde_json::from_slice(&bytes)
                .map_err(|e| anyhow::anyhow!("the stored list of governance tenants is corrupt: {e}"))?;
            all.extend(stored);
        }
        let list: Vec<String> = all.iter().cloned().collect();
        self.policies.restore(store, authz, &list).await?;
        self.decisions.restore(store, &self.component, &list).await?;
        *self.tenants.write().unwrap_or_else(PoisonError::into_inner) = all;
        Ok(())
    }

    /// Remembers that `tenant` has governance records, so they are restored at start.
    pub async fn touch_tenant<B: Backend>(&self, store: &B, tenant: &str) -> Result<()> {
        let list = {
            let mut t = self.tenants.write().unwrap_or_else(PoisonError::into_inner);
            if !t.insert(tenant.to_string()) {
                return Ok(());
            }
            t.iter().cloned().collect::<Vec<_>>()
        };
        store.kv_set(SYSTEM, TENANTS_KEY, &serde_json::to_vec(&list)?).await?;
        Ok(())
    }

    /// Binds a session id to the principal that first uses it; another principal may not
    /// present it. `Err` says why the session is refused.
    pub async fn bind_session<B: Backend>(&self, store: &B, session: &str, who: &Identity) -> Result<(), String> {
        identity::check_name("the session id (`Temper-Session` header)", session)?;
        let uid = who.uid();
        let known = self.sessions.read().unwrap_or_else(PoisonError::into_inner).get(session).cloned();
        let owner = match known {
            Some(o) => o,
            None => {
                let key = format!("session:{session}");
                let stored = store.kv_get(PLATFORM, &key).await.map_err(|e| e.to_string())?;
                let owner = match stored {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => {
                        store.kv_set(PLATFORM, &key, uid.as_bytes()).await.map_err(|e| e.to_string())?;
                        uid.clone()
                    }
                };
                self.sessions
                    .write()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(session.to_string(), owner.clone());
                owner
            }
        };
        if owner != uid {
            return Err(format!("session `{session}` belongs to another principal; start a new session id"));
        }
        Ok(())
    }

    /// After a denial: opens (or counts into) a pending decision, unless a guardrail decided
    /// (no approval can lift it) or the action is itself governance. Returns the decision and
    /// its remedy JSON.
    #[allow(clippy::too_many_arguments)]
    pub async fn on_denied<B: Backend>(
        &self,
        store: &B,
        req: &AuthzRequest,
        resp: &AuthzResponse,
        caller: &Caller,
        request_line: &str,
        request_id: &str,
        base_url: &str,
    ) -> Result<Option<(PendingDecision, String)>> {
        if resp.policies.iter().any(|p| p.starts_with(crate::authz::GUARDRAIL_PREFIX))
            || NOT_APPROVABLE.contains(&req.action.as_str())
        {
            return Ok(None);
        }
        let denial = Denial {
            tenant: req.tenant.clone(),
            principal: EntityRef { entity_type: req.principal.entity_type.clone(), id: req.principal.id.clone() },
            principal_attrs: caller.identity.attrs().to_string(),
            action: req.action.clone(),
            resource: EntityRef { entity_type: req.resource.entity_type.clone(), id: req.resource.id.clone() },
            session: caller.session.clone(),
            request: request_line.to_string(),
            request_id: request_id.to_string(),
            time_ms: journal::now_ms(),
        };
        self.touch_tenant(store, &req.tenant).await?;
        let d = self.decisions.record(store, &self.component, &denial).await?;
        let remedy = self.component.remedy(&d, base_url)?;
        Ok(Some((d, remedy)))
    }
}
