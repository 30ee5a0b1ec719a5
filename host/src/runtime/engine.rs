//! The shared wasmtime engine: component model on, the pooling instance allocator (instances
//! are created per request and must be cheap), and locating component files.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, ProfilingStrategy};

/// Upper bounds of the instance pool. Memory is reserved lazily (virtual address space),
/// so generous slots cost nothing until used.
const POOL_INSTANCES: u32 = 256;
const POOL_MAX_MEMORY: usize = 2 << 30;

/// The engine plus where compiled components are cached.
#[derive(Clone)]
pub struct Runtime {
    pub engine: Engine,
    pub cache_dir: Option<PathBuf>,
}

impl Runtime {
    /// An engine with the pooling allocator; `cache_dir` (if any) keeps precompiled components.
    pub fn new(cache_dir: Option<PathBuf>) -> Result<Self> {
        let mut config = Config::new();
        config.wasm_component_model(true);
        let mut pool = PoolingAllocationConfig::default();
        pool.total_component_instances(POOL_INSTANCES)
            .total_core_instances(POOL_INSTANCES * 2)
            .total_memories(POOL_INSTANCES)
            .total_tables(POOL_INSTANCES * 2)
            .max_memory_size(POOL_MAX_MEMORY);
        config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        profiling(&mut config);
        let engine = Engine::new(&config).map_err(anyhow::Error::from).context("configuring the wasmtime engine")?;
        Ok(Self { engine, cache_dir })
    }

    /// The default cache directory: `$TEMPER_CACHE_DIR`, else `$XDG_CACHE_HOME/temper`,
    /// else `~/.cache/temper`.
    pub fn default_cache_dir() -> Option<PathBuf> {
        if let Some(d) = std::env::var_os("TEMPER_CACHE_DIR") {
            return Some(PathBuf::from(d));
        }
        if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
            return Some(PathBuf::from(d).join("temper"));
        }
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/temper"))
    }
}

/// `TEMPER_WASM_PROFILE=perfmap` names the guests' compiled functions for `perf` (writes
/// `/tmp/perf-<pid>.map`); a developer's knob for profiling, off by default.
pub fn profiling(config: &mut Config) {
    if std::env::var("TEMPER_WASM_PROFILE").is_ok_and(|v| v == "perfmap") {
        config.profiler(ProfilingStrategy::PerfMap);
    }
}

/// Finds a built component: `$TEMPER_COMPONENTS_DIR/<name>.wasm`, else next to the binary
/// (`<exe-dir>/../components/`, where `cargo xtask components` puts them in the target dir).
pub fn locate_component(name: &str, dir: Option<&Path>) -> Result<PathBuf> {
    let file = format!("{name}.wasm");
    let mut tried = Vec::new();
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(d) = dir {
        candidates.push(d.join(&file));
    }
    if let Some(d) = std::env::var_os("TEMPER_COMPONENTS_DIR") {
        candidates.push(PathBuf::from(d).join(&file));
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(bin_dir) = exe.parent()
    {
        // target/<profile>/temper-host and target/<profile>/deps/<test> → target/components
        for up in [bin_dir.parent(), bin_dir.parent().and_then(Path::parent)].into_iter().flatten() {
            candidates.push(up.join("components").join(&file));
        }
    }
    for c in candidates {
        if c.is_file() {
            return Ok(c);
        }
        tried.push(c.display().to_string());
    }
    anyhow::bail!(
        "component `{name}` not found (looked in {}); build it with `cargo xtask components` or set TEMPER_COMPONENTS_DIR",
        tried.join(", ")
    )
}
