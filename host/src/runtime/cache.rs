//! The precompiled-component cache. Compiling a component with Cranelift takes tens of
//! milliseconds to seconds; loading a precompiled artifact takes well under one. Entries are
//! keyed by the component's sha256 and the engine's compatibility hash (its configuration and
//! the wasmtime version), because an artifact is only valid for exactly that combination.

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use wasmtime::Engine;
use wasmtime::component::Component;

/// How a component was obtained (reported by `--verbose` and the benchmark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Compiled,
    Cached,
}

/// The cache key of `bytes` under `engine`: the component's sha256 and the engine's
/// compatibility hash, which covers the engine configuration *and* the wasmtime version.
pub fn key(engine: &Engine, bytes: &[u8]) -> String {
    let mut h = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    let engine_hash = h.finish();
    let digest = hex::encode(Sha256::digest(bytes));
    format!("{digest}-{engine_hash:016x}")
}

/// Loads a component, from the cache when a valid artifact exists, otherwise compiling it
/// and storing the artifact (written atomically; a broken entry is replaced, never trusted).
pub fn load(engine: &Engine, bytes: &[u8], cache_dir: Option<&Path>) -> Result<(Component, Source)> {
    let Some(dir) = cache_dir else {
        return Ok((
            Component::new(engine, bytes).map_err(anyhow::Error::from).context("compiling component")?,
            Source::Compiled,
        ));
    };
    let path = dir.join(format!("{}.cwasm", key(engine, bytes)));
    // Read into memory rather than mmap the file: a cache file replaced or truncated by
    // another process while mapped would fault (SIGBUS) instead of failing cleanly.
    if let Ok(artifact) = std::fs::read(&path) {
        // SAFETY: the file is one we wrote from `Component::serialize` for this exact engine
        // configuration and wasmtime version (both are in its name); wasmtime re-checks the
        // compatibility header on load and a mismatch or corruption is an error, handled below.
        #[allow(unsafe_code, reason = "loading our own precompiled artifact, keyed by engine config")]
        let loaded = unsafe { Component::deserialize(engine, &artifact) };
        if let Ok(c) = loaded {
            return Ok((c, Source::Cached));
        }
    }
    let component = Component::new(engine, bytes).map_err(anyhow::Error::from).context("compiling component")?;
    if let Err(e) = store(&component, dir, &path) {
        // The cache is an optimisation; failing to write it must not fail the host.
        eprintln!("warning: cannot cache compiled component at {}: {e:#}", path.display());
    }
    Ok((component, Source::Compiled))
}

fn store(component: &Component, dir: &Path, path: &PathBuf) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    let bytes = component.serialize()?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}
