//! Bundles one app's specs into the component at build time: every file of
//! `$TEMPER_PORTABLE_APP/specs/` (default `apps/tasks`), and the tenant that serves them (the
//! app directory's name, as `temper-host up` names it). Writes `$OUT_DIR/bundle.rs`.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../../..");
    let app = std::env::var_os("TEMPER_PORTABLE_APP").map_or_else(|| root.join("apps/tasks"), PathBuf::from);
    let app = if app.is_absolute() { app } else { root.join(app) };
    println!("cargo:rerun-if-env-changed=TEMPER_PORTABLE_APP");
    let specs = app.join("specs");
    println!("cargo:rerun-if-changed={}", specs.display());
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&specs) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect(),
        Err(e) => panic!("the bundled app has no specs directory {}: {e}", specs.display()),
    };
    files.sort();
    let tenant = app.file_name().map(|n| n.to_string_lossy().to_lowercase().replace('_', "-")).unwrap_or_default();
    let mut out = format!("/// The tenant serving the bundled app.\npub const TENANT: &str = {tenant:?};\n");
    out.push_str("/// `(file name, content)` of the bundled app's specs.\npub const FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", f.display().to_string()));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("bundle.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("writing {}: {e}", dest.display());
    }
}
