//! The app catalog's row: which app a tenant has installed, from which reference, pinned to
//! which digest, and what the install put in place — the source of truth for which apps exist
//! (a restart reconciles from it, never from the server's image).

use super::{Result, StorageError};
use serde::{Deserialize, Serialize};

/// One earlier pin of an app, kept so a rollback is one command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub reference: String,
    /// The OCI manifest digest (`sha256:…`) the reference resolved to.
    pub digest: String,
    /// The artifact's own sha256 (the manifest's one layer), the cache's key.
    pub artifact_digest: String,
    pub version: String,
    pub installed_at_ms: u64,
}

/// `(tenant, app) → (reference, pinned digest, version, installed at, status, what it installed)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub tenant: String,
    pub app: String,
    /// The current pin.
    pub pin: Pin,
    /// `installed`, or `failed` when a restart could not bring the pinned artifact back
    /// (the reason is in `error`).
    pub status: String,
    pub error: Option<String>,
    /// What the install put in place: entity sets, modules, policies, seeds, subscriptions.
    pub installed: serde_json::Value,
    /// Earlier pins, newest last (at most [`HISTORY`]).
    pub history: Vec<Pin>,
}

/// Most earlier pins kept per app.
pub const HISTORY: usize = 16;

impl CatalogEntry {
    /// Checks the fields every backend relies on.
    pub fn validate(&self) -> Result<()> {
        let bad = |what: &str| Err(StorageError::Invalid(format!("catalog entry: {what}")));
        if self.tenant.is_empty() || self.app.is_empty() {
            return bad("tenant and app must not be empty");
        }
        if !self.pin.digest.starts_with("sha256:") || !self.pin.artifact_digest.starts_with("sha256:") {
            return bad("digests must be `sha256:<hex>`");
        }
        Ok(())
    }
}
