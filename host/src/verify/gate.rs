//! The deploy gate: specs go live only after the cascade passes. Reports are cached by content
//! hash (the files, the cascade's options and the verifier's own components) in the store's
//! key/value space, so an unchanged spec is not re-verified — across restarts too — and in the
//! runtime's cache directory (next to precompiled components), shared by data directories.

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
    /// `<runtime cache dir>/verify`, if the runtime has one.
    disk: Option<std::path::PathBuf>,
}

impl Gate {
    /// The gate with the components found as [`crate::runtime::engine::locate_component`] finds them.
    pub fn locate(runtime: &Runtime, components: Option<&std::path::Path>, options: CascadeOptions) -> Result<Self> {
        let mut h = Sha256::new();
        for name in ["verifier", "interpreter"] {
            let path = crate::runtime::engine::locate_component(name, components)?;
            h.update(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
        }
        Ok(Self {
            frontend: Mutex::new(Frontend::locate(runtime, components)?),
            options,
            salt: hex(&h.finalize()),
            disk: runtime.cache_dir.as_ref().map(|d| d.join("verify")),
        })
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
    /// an interpreter instance of `kernel`) and cached when it is a definite verdict. Each
    /// check is a span (`verify.run`: files, cached, result); runs count in the metrics.
    pub async fn check<B: Backend>(
        self: &Arc<Self>,
        kernel: &Arc<Kernel>,
        store: &B,
        files: &[SourceFile],
    ) -> Result<CascadeReport> {
        use tracing::Instrument;
        let span = tracing::info_span!(
            "verify.run",
            otel.status_code = tracing::field::Empty,
            temper.files = files.len(),
            temper.cached = tracing::field::Empty,
            temper.result = tracing::field::Empty,
        );
        let started = std::time::Instant::now();
        let r = self.check_uncounted(kernel, store, files).instrument(span.clone()).await;
        let m = crate::telemetry::metrics::metrics();
        let result = match &r {
            Ok(report) if report.passed => "passed",
            Ok(_) => "failed",
            Err(_) => "error",
        };
        span.record("temper.result", result);
        if result == "error" {
            span.record("otel.status_code", "ERROR");
        }
        match &r {
            Ok(report) if report.cached => {
                span.record("temper.cached", true);
                m.verification_cache_hits.get(()).inc();
            }
            _ => {
                span.record("temper.cached", false);
                m.verification_runs.get(result).inc();
                m.verification_duration.get(()).observe(started.elapsed());
            }
        }
        r
    }

    async fn check_uncounted<B: Backend>(
        self: &Arc<Self>,
        kernel: &Arc<Kernel>,
        store: &B,
        files: &[SourceFile],
    ) -> Result<CascadeReport> {
        let hash = self.key(files);
        let key = format!("verify/{hash}");
        let on_disk = self.disk.as_ref().map(|d| d.join(format!("{hash}.json")));
        let mut cached = store.kv_get(CACHE_TENANT, &key).await.map_err(|e| anyhow!("{e}"))?;
        if cached.is_none() {
            cached = on_disk.as_ref().and_then(|p| std::fs::read(p).ok());
        }
        if let Some(bytes) = cached
            && let Ok(mut report) = serde_json::from_slice::<CascadeReport>(&bytes)
        {
            report.cached = true;
            return Ok(report);
        }
        let (gate, kernel, owned) = (self.clone(), kernel.clone(), files.to_vec());
        let span = tracing::Span::current();
        let report = tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut frontend = gate.frontend.lock().map_err(|_| anyhow!("the verifier front-end is poisoned"))?;
            // Two instances: L3 runs beside L0–L2.
            kernel.with(|interp| {
                kernel.with(|l3| cascade::run(&mut frontend, interp, Some(l3), &owned, &gate.options, &mut |_| {}))
            })
        })
        .await
        .map_err(|e| anyhow!("the verification task failed: {e}"))??;
        let bytes = serde_json::to_vec(&report)?;
        store.kv_set(CACHE_TENANT, &key, &bytes).await.map_err(|e| anyhow!("{e}"))?;
        if let Some(path) = on_disk {
            // Best effort (the store holds the report anyway): written whole, then renamed.
            let tmp = path.with_extension("tmp");
            let written = path.parent().is_some_and(|d| std::fs::create_dir_all(d).is_ok())
                && std::fs::write(&tmp, &bytes).is_ok()
                && std::fs::rename(&tmp, &path).is_ok();
            if !written {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        Ok(report)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
