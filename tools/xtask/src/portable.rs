//! `cargo xtask portable`: the kernel in one self-contained `wasi:http` component.
//!
//! Builds the OData and interpreter components exactly as `cargo xtask components` does (the
//! same crates, profile and wrapping, into the same `<target>/components/`), builds the
//! stand-ins for the host's `temper:host` interfaces (`components/portable/*`, with the app
//! given by `--app` bundled into the registry and authz), and composes them with `wac-graph`:
//!
//! ```text
//! clock (also the kernel's shared `types`) ──▶ interpreter, registry, odata
//! interpreter ──▶ registry (loads the bundled specs into it)
//!      │              │
//!      ▼              ▼
//! storage, authz, clock ──▶ odata ──▶ export wasi:http/incoming-handler
//! ```
//!
//! One interpreter instance serves both the registry and the OData component, so the specs
//! the registry loads are the ones OData evaluates with. What is left unsatisfied — the
//! `wasi:http/types`, `wasi:io` and `wasi:clocks` the OData and clock components import —
//! becomes the composition's imports. The result is validated with `wasmparser`; its imports
//! must all be standard WASI, its only export the incoming handler, and it must embed the
//! OData and interpreter components byte for byte. Output: `<target>/portable/temper-portable.wasm`.

use crate::{build_components, target_dir, workspace_root};
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use wac_graph::types::Package;
use wac_graph::{CompositionGraph, EncodeOptions, NodeId};
use wasmparser::{Parser, Payload, Validator, WasmFeatures};

/// The kernel components the bundle reuses unchanged: (crate, output name).
const KERNEL: &[(&str, &str)] = &[("temper-interpreter", "interpreter"), ("temper-odata", "odata")];

/// The stand-ins for the host: (crate, output name under `components/`).
const STAND_INS: &[(&str, &str)] = &[
    ("temper-portable-storage", "portable/storage"),
    ("temper-portable-authz", "portable/authz"),
    ("temper-portable-clock", "portable/clock"),
    ("temper-portable-registry", "portable/registry"),
];

const HANDLER: &str = "wasi:http/incoming-handler@0.2.12";
const STORAGE: &str = "temper:host/storage@0.1.0";
const AUTHZ: &str = "temper:host/authz@0.1.0";
const CLOCK: &str = "temper:host/clock@0.1.0";
const INTERPRETER: &str = "temper:kernel/interpreter@0.1.0";
const REGISTRY: &str = "temper:kernel/registry@0.1.0";
const TYPES: &str = "temper:kernel/types@0.1.0";

pub fn run(args: &[String]) -> Result<()> {
    let app = match args {
        [] => workspace_root().join("apps/tasks"),
        [flag, dir] if flag == "--app" => {
            let p = PathBuf::from(dir);
            if p.is_absolute() { p } else { std::env::current_dir()?.join(p) }
        }
        _ => bail!("usage: cargo xtask portable [--app <app directory>], e.g. `--app apps/tasks`"),
    };
    if !app.join("specs").is_dir() {
        bail!("`{}` is not an app directory: it has no `specs/` (see apps/*/)", app.display());
    }
    let app = app.canonicalize().with_context(|| format!("resolving {}", app.display()))?;
    build_components(KERNEL, &[])?;
    build_components(STAND_INS, &[("TEMPER_PORTABLE_APP", &app)])?;

    let dir = target_dir().join("components");
    let read = |name: &str| -> Result<Vec<u8>> {
        let path = dir.join(format!("{name}.wasm"));
        std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
    };
    let parts = Parts {
        odata: read("odata")?,
        interpreter: read("interpreter")?,
        storage: read("portable/storage")?,
        authz: read("portable/authz")?,
        clock: read("portable/clock")?,
        registry: read("portable/registry")?,
    };
    let bytes = compose(&parts).context("composing the portable component")?;
    let summary = check(&bytes, &parts).context("checking the portable component")?;
    let out = target_dir().join("portable/temper-portable.wasm");
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    println!("portable component: {} ({} bytes), app {}", out.display(), bytes.len(), app.display());
    println!("  imports: {}", summary.imports.join(", "));
    println!("  exports: {}", summary.exports.join(", "));
    Ok(())
}

/// The component binaries the bundle is made of.
pub struct Parts {
    pub odata: Vec<u8>,
    pub interpreter: Vec<u8>,
    pub storage: Vec<u8>,
    pub authz: Vec<u8>,
    pub clock: Vec<u8>,
    pub registry: Vec<u8>,
}

fn instance(graph: &mut CompositionGraph, name: &str, bytes: &[u8]) -> Result<NodeId> {
    let package = Package::from_bytes(&format!("temper:{name}"), None, bytes.to_vec(), graph.types_mut())
        .with_context(|| format!("reading the `{name}` component"))?;
    let id = graph.register_package(package).with_context(|| format!("registering `{name}`"))?;
    Ok(graph.instantiate(id))
}

fn wire(graph: &mut CompositionGraph, from: NodeId, to: NodeId, interface: &str) -> Result<()> {
    let export = graph.alias_instance_export(from, interface).with_context(|| format!("exporting `{interface}`"))?;
    graph.set_instantiation_argument(to, interface, export).with_context(|| format!("plugging `{interface}`"))?;
    Ok(())
}

/// The composition: every `temper:*` import satisfied inside, the handler exported.
pub fn compose(p: &Parts) -> Result<Vec<u8>> {
    let mut graph = CompositionGraph::new();
    let clock = instance(&mut graph, "clock", &p.clock)?;
    let interpreter = instance(&mut graph, "interpreter", &p.interpreter)?;
    let registry = instance(&mut graph, "registry", &p.registry)?;
    let storage = instance(&mut graph, "storage", &p.storage)?;
    let authz = instance(&mut graph, "authz", &p.authz)?;
    let odata = instance(&mut graph, "odata", &p.odata)?;
    // The kernel's shared type definitions, exported by the clock stand-in.
    for consumer in [interpreter, registry, odata] {
        wire(&mut graph, clock, consumer, TYPES)?;
    }
    wire(&mut graph, interpreter, registry, INTERPRETER)?;
    wire(&mut graph, interpreter, odata, INTERPRETER)?;
    wire(&mut graph, registry, odata, REGISTRY)?;
    wire(&mut graph, storage, odata, STORAGE)?;
    wire(&mut graph, authz, odata, AUTHZ)?;
    wire(&mut graph, clock, odata, CLOCK)?;
    let handler = graph.alias_instance_export(odata, HANDLER).context("the OData component's handler")?;
    graph.export(handler, HANDLER).context("exporting the handler")?;
    Ok(graph.encode(EncodeOptions::default())?)
}

/// The top-level imports and exports of a checked bundle.
pub struct Summary {
    pub imports: Vec<String>,
    pub exports: Vec<String>,
}

/// Validates `bytes` and checks the bundle's promises: standard WASI imports only, the
/// handler as the only export, the kernel components embedded unchanged.
pub fn check(bytes: &[u8], parts: &Parts) -> Result<Summary> {
    Validator::new_with_features(WasmFeatures::all()).validate_all(bytes).context("wasmparser rejects it")?;
    let (mut imports, mut exports) = (Vec::new(), Vec::new());
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.context("parsing the component")? {
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) if depth > 0 => depth -= 1,
            Payload::ComponentImportSection(s) if depth == 0 => {
                for i in s {
                    imports.push(i?.name.name.to_string());
                }
            }
            Payload::ComponentExportSection(s) if depth == 0 => {
                for e in s {
                    exports.push(e?.name.name.to_string());
                }
            }
            _ => {}
        }
    }
    if let Some(bad) = imports.iter().find(|i| !i.starts_with("wasi:")) {
        bail!("it imports `{bad}`, which is not standard WASI: a stand-in is missing");
    }
    if exports != [HANDLER] {
        bail!("it exports {exports:?}, not just `{HANDLER}`");
    }
    for (name, part) in [("odata", &parts.odata), ("interpreter", &parts.interpreter)] {
        if !contains(bytes, part) {
            bail!("the `{name}` component is not embedded unchanged");
        }
    }
    Ok(Summary { imports, exports })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}
