//! Contributor tasks that cargo alone cannot express.
//!
//! `cargo xtask components` builds every guest component: the crate is compiled for
//! `wasm32-unknown-unknown` (so no WASI imports sneak into the deterministic kernel) and the core
//! module is wrapped into a component with `wit-component`. Output:
//! `<target-dir>/components/<name>.wasm`; integration modules go to
//! `<target-dir>/components/integrations/<name>.wasm`.
//!
//! `cargo xtask portable [--app apps/tasks]` builds the OData and interpreter components the same
//! way, the portable stand-ins for the host, and composes them into one self-contained
//! `wasi:http` component ([`portable`]).

mod portable;

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Guest components: (crate name, output name).
const COMPONENTS: &[(&str, &str)] = &[
    ("temper-interpreter", "interpreter"),
    ("temper-odata", "odata"),
    ("temper-governance", "governance"),
    ("temper-verifier-frontend", "verifier"),
    ("temper-reactions", "reactions"),
    ("temper-evolution", "evolution"),
    ("temper-integrations", "integrations"),
    ("temper-mcp", "mcp"),
    // Integration modules (worlds `temper:kernel/integration-module`), under `integrations/`.
    ("temper-app-orders-payments", "integrations/payments"),
    ("temper-app-knowledge-indexer", "integrations/indexer"),
    ("temper-app-notifications-deliver", "integrations/deliver"),
    ("temper-integration-testkit", "integrations/testkit"),
];

const USAGE: &str = "usage: cargo xtask components                   # the guest components into <target>/components/
       cargo xtask portable [--app <dir>]       # one self-contained wasi:http component into <target>/portable/";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("components") => build_components(COMPONENTS, &[]),
        Some("portable") => portable::run(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            bail!("unknown or missing task")
        }
    }
}

/// The checkout `cargo xtask` runs in. Cargo names it at run time; the compile-time path can
/// be another checkout that shares the target directory (and last built this binary).
fn workspace_root() -> PathBuf {
    let dir =
        std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    dir.join("../..")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace_root().join("target"), PathBuf::from)
}

/// Builds `crates` for wasm (`env` set for their build scripts) and wraps each into
/// `<target>/components/<name>.wasm`.
fn build_components(crates: &[(&str, &str)], env: &[(&str, &Path)]) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.current_dir(workspace_root()).args(["build", "--profile", "wasm", "--target", "wasm32-unknown-unknown"]);
    for (krate, _) in crates {
        cmd.args(["-p", krate]);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let status = cmd.status().context("running cargo build for the guest components")?;
    if !status.success() {
        bail!("building the guest components failed");
    }
    let out_dir = target_dir().join("components");
    std::fs::create_dir_all(&out_dir).with_context(|| format!("creating {}", out_dir.display()))?;
    for (krate, name) in crates {
        let core = target_dir().join("wasm32-unknown-unknown/wasm").join(format!("{}.wasm", krate.replace('-', "_")));
        let bytes = std::fs::read(&core).with_context(|| format!("reading {}", core.display()))?;
        let component = wit_component::ComponentEncoder::default()
            .module(&bytes)
            .with_context(|| format!("reading the component type of {krate}"))?
            .validate(true)
            .encode()
            .with_context(|| format!("wrapping {krate} into a component"))?;
        let dest = out_dir.join(format!("{name}.wasm"));
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&dest, &component).with_context(|| format!("writing {}", dest.display()))?;
        println!("component {name}: {} ({} bytes)", dest.display(), component.len());
    }
    Ok(())
}
