//! `temper-host app …`: pack an app directory into its artifact (one Wasm component), publish it
//! to an OCI registry, inspect an artifact file. Install, list, rollback and migrate (which talk
//! to the server) join [`AppCommand`] later.

use crate::apps::artifact::{self, Bundle};
use crate::apps::oci::{AppRef, OciClient};
use anyhow::{Context, Result};
use clap::Subcommand;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Pack an app directory (app.toml, specs/, policies/, seed/, docs/, README.md and the
    /// components of its [[wasm_modules]]) into one reproducible Wasm component.
    Pack {
        /// The app directory (holding app.toml).
        dir: PathBuf,
        /// Where to write the artifact (default: `<name>-<version>.wasm` in the current directory).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Push an artifact (or an app directory, packed first) to an OCI registry by tag; prints the
    /// pinned reference `…@sha256:<manifest digest>`. Loopback registries and
    /// TEMPER_INSECURE_REGISTRIES use plain HTTP; TEMPER_REGISTRY_USER/PASSWORD give basic auth.
    Publish {
        /// An artifact file (`temper-host app pack`) or an app directory.
        source: PathBuf,
        /// `<registry>/<namespace>/<name>:<tag>`, e.g. `ghcr.io/acme/orders:0.1.0`.
        reference: String,
    },
    /// Print an artifact's manifest, bundled files and integration modules (no code is run).
    Inspect {
        /// An artifact file.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cmd: AppCommand, components: Option<&Path>) -> Result<ExitCode> {
    match cmd {
        AppCommand::Pack { dir, output } => pack(&dir, output, components),
        AppCommand::Publish { source, reference } => publish(&source, &reference, components),
        AppCommand::Inspect { file, json } => inspect(&file, json),
    }
}

fn pack(dir: &Path, output: Option<PathBuf>, components: Option<&Path>) -> Result<ExitCode> {
    let (bytes, bundle) = artifact::from_dir(dir, components)?;
    let out =
        output.unwrap_or_else(|| PathBuf::from(format!("{}-{}.wasm", bundle.manifest.name, bundle.manifest.version)));
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {}", out.display());
    println!("  size     {} bytes", bytes.len());
    println!("  sha256   {}", artifact::digest(&bytes));
    println!("  files    {}", bundle.files.len());
    println!("  modules  {}", modules_line(&bundle));
    Ok(ExitCode::SUCCESS)
}

fn modules_line(b: &Bundle) -> String {
    if b.modules.is_empty() { "(none)".into() } else { b.modules.keys().cloned().collect::<Vec<_>>().join(", ") }
}

/// An artifact file, or an app directory packed on the fly.
fn load(source: &Path, components: Option<&Path>) -> Result<(Vec<u8>, Bundle)> {
    if source.is_dir() {
        return artifact::from_dir(source, components);
    }
    let bytes = std::fs::read(source).with_context(|| format!("reading {}", source.display()))?;
    let bundle = artifact::read(&bytes).with_context(|| format!("reading the artifact {}", source.display()))?;
    Ok((bytes, bundle))
}

fn publish(source: &Path, reference: &str, components: Option<&Path>) -> Result<ExitCode> {
    let r: AppRef = reference.parse().map_err(anyhow::Error::msg)?;
    let (bytes, bundle) = load(source, components)?;
    let client = OciClient::from_env()?;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let pushed = rt.block_on(client.push(&r, &bytes, BTreeMap::new()))?;
    println!("published {} {} ({} bytes)", bundle.manifest.name, bundle.manifest.version, bytes.len());
    println!("  reference  {r}");
    println!("  pinned     {}/{}@{}", r.registry, r.repository, pushed.manifest_digest);
    println!("  manifest   {}", pushed.manifest_digest);
    println!("  artifact   {}", pushed.layer_digest);
    Ok(ExitCode::SUCCESS)
}

fn inspect(file: &Path, json: bool) -> Result<ExitCode> {
    let (bytes, b) = load(file, None)?;
    let m = &b.manifest;
    if json {
        let v = serde_json::json!({
            "name": m.name,
            "version": m.version,
            "description": m.description,
            "sha256": artifact::digest(&bytes),
            "size": bytes.len(),
            "files": b.files.iter().map(|(p, d)| serde_json::json!({"path": p, "size": d.len()})).collect::<Vec<_>>(),
            "modules": b.modules.iter().map(|(n, d)| serde_json::json!({
                "name": n, "size": d.len(), "sha256": artifact::digest(d)
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} {}", m.name, m.version);
    if !m.description.is_empty() {
        println!("  {}", m.description);
    }
    println!("sha256 {} ({} bytes)", artifact::digest(&bytes), bytes.len());
    println!("files:");
    for (p, d) in &b.files {
        println!("  {p} ({} bytes)", d.len());
    }
    println!("modules:");
    if b.modules.is_empty() {
        println!("  (none)");
    }
    for (n, d) in &b.modules {
        let budgets = m.wasm_modules.iter().find(|w| &w.name == n).map(|w| w.budgets);
        let budgets = budgets.map_or(String::new(), |bu| {
            format!(
                ", fuel {}, {} MiB, {} ms, {} response bytes",
                bu.fuel,
                bu.memory_bytes >> 20,
                bu.wall_ms,
                bu.max_response_bytes
            )
        });
        println!("  {n} ({} bytes, {}{budgets})", d.len(), artifact::digest(d));
    }
    Ok(ExitCode::SUCCESS)
}
