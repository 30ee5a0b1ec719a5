//! Shared test helpers: loading the bundled apps and inline specs, the golden-file comparison
//! (`TEMPER_BLESS=1` rewrites), and finding a model's parts by name.

#![allow(dead_code)] // each test binary uses a different part

pub mod z3;

use std::path::{Path, PathBuf};
use temper_spec::SourceFile;
use temper_verifier_frontend::build::build_models;
use temper_verifier_frontend::model::{ActionModel, Options, Property, SpecModel, VariableModel};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `*.ioa.toml` and `*.csdl.xml` in `dir`, sorted by name.
pub fn spec_files(dir: &Path) -> TestResult<Vec<SourceFile>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name.ends_with(".ioa.toml") || name.ends_with(".csdl.xml") {
            files.push(SourceFile::new(name, std::fs::read_to_string(&path)?));
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// The bundled apps: (app name, its spec files).
pub fn apps() -> TestResult<Vec<(String, Vec<SourceFile>)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo_root().join("apps"))? {
        let dir = entry?.path();
        let specs = dir.join("specs");
        if specs.is_dir() {
            let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            out.push((name, spec_files(&specs)?));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Builds the models of the given files (default options), failing with the diagnostics.
pub fn models_of(files: &[SourceFile], opts: &Options) -> TestResult<Vec<SpecModel>> {
    build_models(files, opts).map_err(|d| {
        let text: Vec<String> = d.iter().map(ToString::to_string).collect();
        text.join("\n").into()
    })
}

/// The model of one inline IOA spec.
pub fn model(ioa: &str) -> TestResult<SpecModel> {
    model_with(ioa, &Options::default())
}

pub fn model_with(ioa: &str, opts: &Options) -> TestResult<SpecModel> {
    let mut models = models_of(&[SourceFile::new("T.ioa.toml", ioa)], opts)?;
    models.pop().ok_or_else(|| "no model".into())
}

pub fn var<'a>(m: &'a SpecModel, name: &str) -> TestResult<&'a VariableModel> {
    m.variables.iter().find(|v| v.name == name).ok_or_else(|| format!("no variable {name}").into())
}

pub fn action<'a>(m: &'a SpecModel, name: &str) -> TestResult<&'a ActionModel> {
    m.actions.iter().find(|a| a.name == name).ok_or_else(|| format!("no action {name}").into())
}

pub fn property<'a>(m: &'a SpecModel, name: &str) -> TestResult<&'a Property> {
    m.properties.iter().find(|p| p.name == name).ok_or_else(|| format!("no property {name}").into())
}

/// Compares `actual` with the golden file `tests/golden/<name>`; with `TEMPER_BLESS=1` rewrites it.
pub fn golden(name: &str, actual: &str) -> TestResult {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var("TEMPER_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual)?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (run with TEMPER_BLESS=1 to create it)", path.display()))?;
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        return Err(format!(
            "{} differs from the generated text (first difference near line {line}); rerun with TEMPER_BLESS=1 \
             if the change is intended\n--- generated ---\n{actual}",
            path.display()
        )
        .into());
    }
    Ok(())
}
