//! Bearer tokens: minted, listed, rotated and revoked by admins. Only a token's sha256 is
//! stored; the token itself is shown once, when it is created or rotated. Every change is a
//! journal event in `_platform/_Token/<token id>`; the live set is held in memory.

use super::identity::{Identity, Kind, check_name};
use super::journal::{self, Change, now_ms, random_hex};
use crate::storage::{Backend, StreamId};
use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

pub const TOKEN_TYPE: &str = "_Token";

/// A stored token (no secret: only its hash).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenRecord {
    pub token_id: String,
    pub identity: Identity,
    #[serde(default)]
    pub label: String,
    /// Hex sha256 of the current token.
    pub hash: String,
    pub created_ms: u64,
    pub created_by: String,
    #[serde(default)]
    pub rotated_ms: Option<u64>,
    #[serde(default)]
    pub revoked_ms: Option<u64>,
}

impl TokenRecord {
    /// The public view (no hash).
    pub fn view(&self) -> Json {
        json!({
            "token_id": self.token_id,
            "principal": self.identity.uid(),
            "kind": self.identity.kind,
            "id": self.identity.id,
            "agent_type": self.identity.agent_type,
            "role": self.identity.role,
            "verified": self.identity.verified,
            "label": self.label,
            "created_ms": self.created_ms,
            "created_by": self.created_by,
            "rotated_ms": self.rotated_ms,
            "revoked_ms": self.revoked_ms,
            "status": if self.revoked_ms.is_some() { "revoked" } else { "active" },
        })
    }
}

/// What a new token stands for, as the admin API receives it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    pub kind: String,
    pub id: String,
    #[serde(default)]
    pub agent_type: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub verified: Option<bool>,
    #[serde(default)]
    pub label: Option<String>,
}

impl NewToken {
    /// The identity, or what is wrong with the request.
    pub fn identity(&self) -> Result<Identity, String> {
        let kind = Kind::parse(&self.kind)
            .ok_or_else(|| format!("`kind` is `{}`; use `agent` or `admin`", self.kind.escape_default()))?;
        check_name("`id`", &self.id)?;
        for (what, v) in [("`agent_type`", &self.agent_type), ("`role`", &self.role)] {
            if let Some(v) = v {
                check_name(what, v)?;
            }
        }
        if kind == Kind::Admin && (self.agent_type.is_some() || self.role.is_some()) {
            return Err("an admin token has no `agent_type` or `role`".into());
        }
        Ok(Identity {
            kind,
            id: self.id.clone(),
            agent_type: self.agent_type.clone(),
            role: self.role.clone(),
            verified: self.verified.unwrap_or(true),
        })
    }
}

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[derive(Default)]
struct Inner {
    by_id: HashMap<String, (u64, TokenRecord)>,
    /// Active tokens by hash.
    by_hash: HashMap<String, String>,
}

/// The live token set.
#[derive(Default)]
pub struct Tokens {
    inner: RwLock<Inner>,
    /// Serialises changes (each is a read-modify-commit of one record).
    write: tokio::sync::Mutex<()>,
}

#[derive(Debug)]
pub enum TokenError {
    /// The request is wrong; the text says how.
    Invalid(String),
    NotFound(String),
    Storage(anyhow::Error),
}

impl Tokens {
    /// Loads every stored token.
    pub async fn restore<B: Backend>(&self, store: &B) -> anyhow::Result<usize> {
        let all: Vec<(u64, TokenRecord)> = journal::scan(store, super::PLATFORM, TOKEN_TYPE).await?;
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        for (seq, r) in all {
            if r.revoked_ms.is_none() {
                inner.by_hash.insert(r.hash.clone(), r.token_id.clone());
            }
            inner.by_id.insert(r.token_id.clone(), (seq, r));
        }
        Ok(inner.by_id.len())
    }

    /// The identity an active token stands for.
    pub fn resolve(&self, token: &str) -> Option<(String, Identity)> {
        let h = hash(token);
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        let id = inner.by_hash.get(&h)?;
        let (_, r) = inner.by_id.get(id)?;
        Some((r.token_id.clone(), r.identity.clone()))
    }

    pub fn list(&self) -> Vec<TokenRecord> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        let mut v: Vec<TokenRecord> = inner.by_id.values().map(|(_, r)| r.clone()).collect();
        v.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.token_id.cmp(&b.token_id)));
        v
    }

    /// Mints a token; returns it (shown once) and its record.
    pub async fn create<B: Backend>(
        &self,
        store: &B,
        new: &NewToken,
        actor: &str,
    ) -> Result<(String, TokenRecord), TokenError> {
        let identity = new.identity().map_err(TokenError::Invalid)?;
        let label = new.label.clone().unwrap_or_default();
        if label.len() > 200 {
            return Err(TokenError::Invalid("`label` is at most 200 characters".into()));
        }
        let _w = self.write.lock().await;
        let token_id = format!("tok_{}", random_hex(6).map_err(TokenError::Storage)?);
        let token = format!("tmp_{}", random_hex(24).map_err(TokenError::Storage)?);
        let record = TokenRecord {
            token_id: token_id.clone(),
            identity,
            label,
            hash: hash(&token),
            created_ms: now_ms(),
            created_by: actor.to_string(),
            rotated_ms: None,
            revoked_ms: None,
        };
        let seq = journal::append(
            store,
            Change {
                stream: StreamId::new(super::PLATFORM, TOKEN_TYPE, &token_id),
                expected_seq: 0,
                kind: "token.created",
                payload: json!({"token_id": token_id, "principal": record.identity.uid(), "label": record.label}),
                actor,
                record: &record,
                status: "active",
            },
        )
        .await
        .map_err(|e| TokenError::Storage(e.into()))?;
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        inner.by_hash.insert(record.hash.clone(), token_id.clone());
        inner.by_id.insert(token_id, (seq, record.clone()));
        Ok((token, record))
    }

    /// Replaces a token's secret: the old token stops working at once.
    pub async fn rotate<B: Backend>(
        &self,
        store: &B,
        token_id: &str,
        actor: &str,
    ) -> Result<(String, TokenRecord), TokenError> {
        let _w = self.write.lock().await;
        let (seq, mut record) = self.get(token_id)?;
        if record.revoked_ms.is_some() {
            return Err(TokenError::Invalid(format!("token `{token_id}` is revoked; create a new one")));
        }
        let token = format!("tmp_{}", random_hex(24).map_err(TokenError::Storage)?);
        let old_hash = std::mem::replace(&mut record.hash, hash(&token));
        record.rotated_ms = Some(now_ms());
        let seq = self.commit(store, seq, &record, "token.rotated", actor).await?;
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        inner.by_hash.remove(&old_hash);
        inner.by_hash.insert(record.hash.clone(), token_id.to_string());
        inner.by_id.insert(token_id.to_string(), (seq, record.clone()));
        Ok((token, record))
    }

    /// Revokes a token: requests with it are 401 from now on.
    pub async fn revoke<B: Backend>(&self, store: &B, token_id: &str, actor: &str) -> Result<TokenRecord, TokenError> {
        let _w = self.write.lock().await;
        let (seq, mut record) = self.get(token_id)?;
        if record.revoked_ms.is_some() {
            return Ok(record);
        }
        record.revoked_ms = Some(now_ms());
        let seq = self.commit(store, seq, &record, "token.revoked", actor).await?;
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        inner.by_hash.remove(&record.hash);
        inner.by_id.insert(token_id.to_string(), (seq, record.clone()));
        Ok(record)
    }

    fn get(&self, token_id: &str) -> Result<(u64, TokenRecord), TokenError> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        inner.by_id.get(token_id).cloned().ok_or_else(|| {
            TokenError::NotFound(format!("no token `{}`; list them with GET /api/tokens", token_id.escape_default()))
        })
    }

    async fn commit<B: Backend>(
        &self,
        store: &B,
        seq: u64,
        record: &TokenRecord,
        kind: &str,
        actor: &str,
    ) -> Result<u64, TokenError> {
        let status = if record.revoked_ms.is_some() { "revoked" } else { "active" };
        journal::append(
            store,
            Change {
                stream: StreamId::new(super::PLATFORM, TOKEN_TYPE, &record.token_id),
                expected_seq: seq,
                kind,
                payload: json!({"token_id": record.token_id, "principal": record.identity.uid()}),
                actor,
                record,
                status,
            },
        )
        .await
        .map_err(|e| TokenError::Storage(e.into()))
    }
}
