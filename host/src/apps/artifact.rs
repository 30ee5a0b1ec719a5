//! The app artifact: ONE Wasm component per app. Its custom section `temper-app` carries the
//! declarative bundle ([`super::archive`]: `app.toml`, specs, policies, seed data, docs), and each
//! integration module is a nested component exported under the module's name, so the host reads
//! an app without running any of its code. [`pack`] writes it reproducibly; [`read`] parses it
//! with wasmparser only and fails loud on anything it does not expect.

use super::archive;
use super::manifest::{self, AppManifest, ManifestError};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;
use wasmparser::{ComponentExternalKind, Encoding, Parser, Payload, Validator, WasmFeatures};

/// The custom section holding the bundle archive.
pub const SECTION: &str = "temper-app";
/// A small JSON custom section (name, version, description, modules) for registry tooling.
pub const META_SECTION: &str = "temper-app-meta";

/// An app read from its artifact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub manifest: AppManifest,
    /// The bundle's files by relative `/`-separated path (`app.toml`, `specs/Order.ioa.toml`, …).
    pub files: BTreeMap<String, Vec<u8>>,
    /// Each integration module's component bytes, by module name.
    pub modules: BTreeMap<String, Vec<u8>>,
}

/// Why bytes are not a readable app artifact.
#[derive(Debug, thiserror::Error)]
pub enum ArtifactError {
    #[error("{0}")]
    Invalid(String),
    #[error("not a Temper app artifact: no `temper-app` section; build it with `temper-host app pack <dir>`")]
    NoAppSection,
    #[error("malformed app artifact: {0}")]
    Layout(String),
    #[error("the artifact's `temper-app` bundle is unreadable: {0}")]
    Archive(String),
    #[error("the artifact's app.toml is invalid:\n{0}")]
    Manifest(#[from] ManifestError),
    #[error("{0}")]
    Modules(String),
}

/// Packs the app in `dir` (its `app.toml`, declarative files and the components of its
/// `[[wasm_modules]]`, found by [`manifest::WasmModule::resolve`]) into one artifact component.
/// Reproducible: the same inputs give the same bytes.
pub fn pack(dir: &Path, components_dir: Option<&Path>) -> Result<Vec<u8>> {
    let manifest = manifest::read(dir)?;
    let files = super::collect::bundle_files(dir)?;
    let mut modules = BTreeMap::new();
    for m in &manifest.wasm_modules {
        check_export_name(&m.name)?;
        let path = m.resolve(dir, components_dir)?;
        let bytes = std::fs::read(&path).with_context(|| format!("module `{}`: reading {}", m.name, path.display()))?;
        check_component(&bytes).map_err(|e| anyhow::anyhow!("module `{}` ({}): {e}", m.name, path.display()))?;
        modules.insert(m.name.clone(), bytes);
    }
    Ok(assemble(&manifest, &archive::encode(&files), &modules))
}

/// [`pack`] then [`read`]: the development path (an apps directory) goes through exactly the
/// reader a pulled artifact does. Returns the artifact bytes and what was read from them.
pub fn from_dir(dir: &Path, components_dir: Option<&Path>) -> Result<(Vec<u8>, Bundle)> {
    let bytes = pack(dir, components_dir).with_context(|| format!("packing the app in {}", dir.display()))?;
    let bundle = read(&bytes).with_context(|| format!("reading the artifact packed from {}", dir.display()))?;
    Ok((bytes, bundle))
}

/// The sha256 of `bytes` as an OCI digest: `sha256:<64 hex>`.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)))
}

/// Writes the outer component: the bundle section, the meta section, one nested component
/// section per module (sorted by name, bytes verbatim) and their exports.
pub(crate) fn assemble(manifest: &AppManifest, archive: &[u8], modules: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    use wasm_encoder::{ComponentExportKind, ComponentExportSection, ComponentSectionId, CustomSection, RawSection};
    let mut c = wasm_encoder::Component::new();
    c.section(&CustomSection { name: SECTION.into(), data: archive.into() });
    // A struct, not `json!`: its field order is fixed whatever serde_json features the build
    // unifies (`preserve_order`), so the bytes are too.
    #[derive(serde::Serialize)]
    struct Meta<'a> {
        name: &'a str,
        version: &'a str,
        description: &'a str,
        modules: Vec<&'a String>,
    }
    let meta = Meta {
        name: &manifest.name,
        version: &manifest.version,
        description: &manifest.description,
        modules: modules.keys().collect(),
    };
    let meta = serde_json::to_string(&meta).unwrap_or_default();
    c.section(&CustomSection { name: META_SECTION.into(), data: meta.into_bytes().into() });
    let mut exports = ComponentExportSection::new();
    for (index, (name, bytes)) in (0u32..).zip(modules) {
        c.section(&RawSection { id: ComponentSectionId::Component.into(), data: bytes });
        exports.export(name.as_str(), ComponentExportKind::Component, index, None);
    }
    if !modules.is_empty() {
        c.section(&exports);
    }
    c.finish()
}

/// A module name becomes a component export name, which the component model restricts to
/// kebab-case.
fn check_export_name(name: &str) -> Result<()> {
    let ok = name.split('-').all(|w| {
        w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    anyhow::ensure!(
        ok,
        "module name `{name}` cannot be exported from the app artifact: component export names are \
         kebab-case (lowercase words of a-z and 0-9, each starting with a letter, joined by `-`, \
         e.g. `payments` or `mail-v2`); rename it in app.toml"
    );
    Ok(())
}

fn validate(bytes: &[u8]) -> Result<(), String> {
    Validator::new_with_features(WasmFeatures::all()).validate_all(bytes).map(|_| ()).map_err(|e| e.to_string())
}

/// Bytes must be a valid component (not a core module, not garbage).
fn check_component(bytes: &[u8]) -> Result<(), String> {
    if !Parser::is_component(bytes) {
        return Err(if Parser::is_core_wasm(bytes) {
            "is a core Wasm module, not a component; build it as a component (`cargo xtask components` \
             builds the bundled apps' modules)"
                .into()
        } else {
            "is not a Wasm component (it does not start with the component header `\\0asm` + layer 1)".into()
        });
    }
    validate(bytes).map_err(|e| format!("is not a valid Wasm component: {e}"))
}

/// Reads an artifact without instantiating anything: validates the component, decodes the
/// `temper-app` bundle, parses its `app.toml`, and takes each exported nested component as the
/// module of that name. Every declared module must be exported and every export declared.
pub fn read(bytes: &[u8]) -> Result<Bundle, ArtifactError> {
    if Parser::is_core_wasm(bytes) {
        return Err(ArtifactError::Invalid(
            "the artifact is a core Wasm module, not a component; build it with `temper-host app pack <dir>`".into(),
        ));
    }
    check_component(bytes).map_err(|e| ArtifactError::Invalid(format!("the artifact {e}")))?;
    let top = top_level(bytes)?;
    if top.sections.is_empty() {
        return Err(ArtifactError::NoAppSection);
    }
    if let Some(what) = top.unexpected {
        return Err(ArtifactError::Layout(what));
    }
    let archive = match top.sections.as_slice() {
        [] => return Err(ArtifactError::NoAppSection),
        [one] => *one,
        more => {
            return Err(ArtifactError::Layout(format!("{} `temper-app` sections; expected exactly one", more.len())));
        }
    };
    let files = archive::decode(archive).map_err(ArtifactError::Archive)?;
    let text =
        files.get(manifest::FILE).ok_or_else(|| ArtifactError::Archive("the bundle holds no `app.toml`".into()))?;
    let text = std::str::from_utf8(text).map_err(|_| ArtifactError::Archive("`app.toml` is not UTF-8".into()))?;
    let manifest = manifest::parse(text, "app.toml (in the artifact)")?;
    let mut modules = BTreeMap::new();
    let mut used = vec![false; top.nested.len()];
    for (name, index) in &top.exports {
        let slot = usize::try_from(*index).ok().filter(|&i| i < top.nested.len()).ok_or_else(|| {
            ArtifactError::Layout(format!(
                "export `{name}` names component {index}, which the artifact does not define"
            ))
        })?;
        if std::mem::replace(&mut used[slot], true) {
            return Err(ArtifactError::Layout(format!("component {index} is exported twice (again as `{name}`)")));
        }
        let range = &top.nested[slot];
        modules.insert(name.clone(), bytes[range.clone()].to_vec());
    }
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(ArtifactError::Layout(format!("nested component {i} is not exported; every module is an export")));
    }
    for m in &manifest.wasm_modules {
        if !modules.contains_key(&m.name) {
            return Err(ArtifactError::Modules(format!(
                "manifest declares integration module `{0}` but the artifact exports no component named `{0}`",
                m.name
            )));
        }
    }
    if let Some(extra) = modules.keys().find(|k| !manifest.wasm_modules.iter().any(|m| &m.name == *k)) {
        return Err(ArtifactError::Modules(format!(
            "the artifact exports component `{extra}` but its app.toml declares no `[[wasm_modules]]` named `{extra}`"
        )));
    }
    Ok(Bundle { manifest, files, modules })
}

struct TopLevel<'a> {
    sections: Vec<&'a [u8]>,
    nested: Vec<std::ops::Range<usize>>,
    exports: Vec<(String, u32)>,
    /// The first top-level item that has no place in an app artifact.
    unexpected: Option<String>,
}

/// The outer component's top-level items. Anything but custom sections, nested components and
/// component exports is noted in `unexpected` (the scan goes on, so a component without a
/// `temper-app` section is reported as that).
fn top_level(bytes: &[u8]) -> Result<TopLevel<'_>, ArtifactError> {
    let mut top = TopLevel { sections: Vec::new(), nested: Vec::new(), exports: Vec::new(), unexpected: None };
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload =
            payload.map_err(|e| ArtifactError::Invalid(format!("the artifact is not a valid Wasm component: {e}")))?;
        if depth > 0 {
            match payload {
                Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
                Payload::End(_) => depth -= 1,
                _ => {}
            }
            continue;
        }
        match payload {
            Payload::Version { encoding: Encoding::Component, .. } | Payload::End(_) => {}
            Payload::CustomSection(c) if c.name() == SECTION => top.sections.push(c.data()),
            Payload::CustomSection(_) => {}
            Payload::ComponentSection { unchecked_range, .. } => {
                let range = usize::try_from(unchecked_range.start).unwrap_or(usize::MAX)
                    ..usize::try_from(unchecked_range.end).unwrap_or(usize::MAX);
                if range.start > range.end || range.end > bytes.len() {
                    return Err(ArtifactError::Layout("a nested component runs past the end of the artifact".into()));
                }
                top.nested.push(range);
                depth += 1;
            }
            Payload::ComponentExportSection(reader) => {
                for e in reader {
                    let e =
                        e.map_err(|e| ArtifactError::Invalid(format!("the artifact's exports are unreadable: {e}")))?;
                    if e.kind == ComponentExternalKind::Component {
                        top.exports.push((e.name.name.to_string(), e.index));
                    } else if top.unexpected.is_none() {
                        top.unexpected = Some(format!(
                            "export `{}` is a {:?}, not a component; an app artifact exports only its modules",
                            e.name.name, e.kind
                        ));
                    }
                }
            }
            other => {
                if matches!(other, Payload::ModuleSection { .. }) {
                    depth += 1;
                }
                if top.unexpected.is_none() {
                    top.unexpected = Some(format!(
                        "unexpected {} at byte {}; an app artifact holds only its `temper-app` section, its \
                         modules' components and their exports (build it with `temper-host app pack <dir>`)",
                        describe(&other),
                        other.as_section().map_or(0, |(_, r)| r.start)
                    ));
                }
            }
        }
    }
    Ok(top)
}

fn describe(p: &Payload<'_>) -> String {
    match p {
        Payload::ModuleSection { .. } => "core module".into(),
        Payload::ComponentImportSection(_) => "import section".into(),
        Payload::ComponentInstanceSection(_) | Payload::InstanceSection(_) => "instance section".into(),
        Payload::ComponentAliasSection(_) => "alias section".into(),
        Payload::ComponentTypeSection(_) | Payload::CoreTypeSection(_) => "type section".into(),
        Payload::ComponentCanonicalSection(_) => "canonical function section".into(),
        Payload::ComponentStartSection { .. } => "start section".into(),
        _ => "section".into(),
    }
}

#[cfg(test)]
#[path = "artifact_tests.rs"]
mod tests;
