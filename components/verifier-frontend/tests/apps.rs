//! Every bundled app (and the golden trace spec) builds a model; the models and their L0
//! scripts are snapshotted under `tests/golden/` (`TEMPER_BLESS=1` regenerates them).

mod common;

use common::{TestResult, apps, golden, models_of, repo_root, spec_files};
use temper_verifier_frontend::model::Options;
use temper_verifier_frontend::render::{render, render_scripts};

#[test]
fn every_bundled_app_builds_a_model() -> TestResult {
    let apps = apps()?;
    assert!(apps.len() >= 4, "found only {} apps", apps.len());
    for (app, files) in apps {
        let models = models_of(&files, &Options::default()).map_err(|e| format!("app {app}: {e}"))?;
        assert!(!models.is_empty(), "app {app} has no automaton");
        for m in &models {
            golden(&format!("{app}.{}.model.txt", m.name), &render(m))?;
            golden(&format!("{app}.{}.smt2", m.name), &render_scripts(m))?;
        }
    }
    Ok(())
}

#[test]
fn the_trace_spec_builds_a_model() -> TestResult {
    let files = spec_files(&repo_root().join("host/tests/golden/trace/specs"))?;
    for m in models_of(&files, &Options::default())? {
        golden(&format!("trace.{}.model.txt", m.name), &render(&m))?;
        golden(&format!("trace.{}.smt2", m.name), &render_scripts(&m))?;
    }
    Ok(())
}

#[test]
fn the_check_golden_specs_build_or_give_diagnostics() -> TestResult {
    let dir = repo_root().join("host/tests/golden/check");
    let mut built = 0;
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        let files = if path.is_dir() {
            spec_files(&path)?
        } else if path.to_string_lossy().ends_with(".ioa.toml") {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            vec![temper_spec::SourceFile::new(name, std::fs::read_to_string(&path)?)]
        } else {
            continue;
        };
        match temper_verifier_frontend::build::build_models(&files, &Options::default()) {
            Ok(models) => built += models.len(),
            Err(diags) => assert!(diags.iter().any(|d| d.is_error()), "{}: an Err without an error", path.display()),
        }
    }
    assert!(built > 0, "no check spec built");
    Ok(())
}
