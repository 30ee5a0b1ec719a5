//! The deploy gate: specs go live only after the cascade passes. Reports are cached by content
//! hash (the files, the cascade's options and the verifier's own components) in the store's
//! key/value space, so an unchanged spec is not re-verified — across restarts too.

use super::cascade::{self, CascadeOptions, CascadeReport};
use crate::runtime::Runtime;
use crate::runtime::frontend::Frontend;
use crate::runtime::interpreter::SourceFile;
use crate::server::kernel::Kernel;
use crate::storage::Backend;
use anyhow::{Context, Result, anyhow};
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// Where cached reports live (`kv` of this tenant, key `verify/<sha256>`).
const CACHE_TENANT: &str = "_platform";

pub struct Gate {
    frontend: Mutex<Frontend>,
    options: CascadeOptions,
    /// sha256 of the front-end and interpreter components: new verifier code, new verdicts.
    salt: String,
}

impl Gate {
    /// The gate with the components found as [`crate::runtime::engine::locate_component`] finds them.
    pub fn locate(runtime: &Runtime, components: Option<&std::path::Path>, options: CascadeOptions) -> Result<Self> {
        let mut h = Sha256::new();
        for name in ["verifier", "interpreter"] {
            let path = crate::runtime::engine::locate_component(name, components)?;
            h.update(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
        }
        Ok(Self { frontend: Mutex::new(Frontend::locate(runtime, components)?), options, salt: hex(&h.finalize()) })
    }

    /// The cache key of a file set: independent of the files' order.
    pub fn key(&self, files: &[SourceFile]) -> String {
        let mut sorted: Vec<&SourceFile> = files.iter().collect();
        sorted.sort_by(|a, b| a.name.cmp(&b.name));
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        h.update(serde_json::to_string(&self.options).unwrap_or_default().as_bytes());
        for f in sorted {
            h.update((f.name.len() as u64).to_le_bytes());
            h.update(f.name.as_bytes());
            h.update((f.content.len() as u64).to_le_bytes());
            h.update(f.content.as_bytes());
        }
        hex(&h.finalize())
    }

    /// The cascade's report for `files`: from the cache, or run now (on a blocking thread, with
    /// an interpreter instance of `kernel`) and cached when it is a definite verdict.
    pub async fn check<B: Backend>(
        self: &Arc<Self>,
        kernel: &Arc<Kernel>,
        store: &B,
        files: &[SourceFile],
    ) -> Result<CascadeReport> {
        let key = format!("verify/{}", self.key(files));
        if let Some(bytes) = store.kv_get(CACHE_TENANT, &key).await.map_err(|e| anyhow!("{e}"))?
            && let Ok(mut report) = serde_json::from_slice::<CascadeReport>(&bytes)
        {
            report.cached = true;
            return Ok(report);
        }
        let (gate, kernel, owned) = (self.clone(), kernel.clone(), files.to_vec());
        let report = tokio::task::spawn_blocking(move || {
            let mut frontend = gate.frontend.lock().map_err(|_| anyhow!("the verifier front-end is poisoned"))?;
            kernel.with(|interp| cascade::run(&mut frontend, interp, &owned, &gate.options, &mut |_| {}))
        })
        .await
        .map_err(|e| anyhow!("the verification task failed: {e}"))??;
        store.kv_set(CACHE_TENANT, &key, &serde_json::to_vec(&report)?).await.map_err(|e| anyhow!("{e}"))?;
        Ok(report)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
