//! Bundles the Cedar policies into the component at build time: the host's guardrails and
//! built-ins (the same files the host compiles in), the bundled app's `policies/*.cedar`
//! (`TEMPER_PORTABLE_APP`, default `apps/tasks`) and the portable build's own tenant policies
//! (`components/portable/policies/*.cedar`). Writes `$OUT_DIR/policies.rs`.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../../..");
    let app = std::env::var_os("TEMPER_PORTABLE_APP").map_or_else(|| root.join("apps/tasks"), PathBuf::from);
    let app = if app.is_absolute() { app } else { root.join(app) };
    let app_name = app.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    println!("cargo:rerun-if-env-changed=TEMPER_PORTABLE_APP");

    // (id, whether ids come from `@id` annotations, file)
    let mut sources: Vec<(String, bool, PathBuf)> = vec![
        ("guardrail".into(), true, root.join("host/src/authz/guardrails.cedar")),
        ("builtin".into(), true, root.join("host/src/governance/builtins.cedar")),
    ];
    for (prefix, dir) in
        [(format!("app:{app_name}"), app.join("policies")), ("portable".into(), manifest.join("../policies"))]
    {
        // A directory that does not exist would make cargo rerun this script on every build:
        // watch its parent instead, whose listing changes when it appears.
        let watched =
            if dir.is_dir() { dir.clone() } else { dir.parent().map_or_else(|| dir.clone(), Path::to_path_buf) };
        println!("cargo:rerun-if-changed={}", watched.display());
        for file in cedar_files(&dir) {
            let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            sources.push((format!("{prefix}:{stem}"), false, file));
        }
    }
    let mut out = String::from("/// `(id, ids from @id annotations, Cedar text)` of every bundled policy file.\n");
    out.push_str("pub const SOURCES: &[(&str, bool, &str)] = &[\n");
    for (id, annotated, file) in &sources {
        println!("cargo:rerun-if-changed={}", file.display());
        out.push_str(&format!("    ({id:?}, {annotated}, include_str!({:?})),\n", file.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("policies.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("writing {}: {e}", dest.display());
    }
}

/// The `*.cedar` files of `dir`, sorted (none if it does not exist).
fn cedar_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "cedar"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
