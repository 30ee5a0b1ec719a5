//! L3 through the production interpreter component: the same seed gives the same shrunk trace
//! as over the spec library natively, a correct spec passes, and the bundled apps run (their
//! reports are printed with `--nocapture`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use temper_host::runtime::Runtime;
use temper_host::runtime::frontend::{Frontend, SourceFile as FSource, SpecModel};
use temper_host::runtime::interpreter::{Interpreter, InterpreterPool, SourceFile};
use temper_host::verify::l3::{self, L3Options};
use temper_host::verify::report::Outcome;
use temper_verifier::native::{NativeKernel, spec_parts};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn runtime() -> Runtime {
    Runtime::new(Some(Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))).unwrap()
}

/// The models of `files` and the interpreter with them loaded, with each model's spec id.
fn load(files: &[PathBuf]) -> (Vec<(SpecModel, String)>, Interpreter) {
    let rt = runtime();
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let mut f = Frontend::locate(&rt, None).unwrap();
    let fs: Vec<FSource> = sources.iter().map(|(n, c)| FSource { name: n.clone(), content: c.clone() }).collect();
    let options = f.default_options().unwrap();
    let models = f.build_model(&fs, options).unwrap().unwrap();
    let mut interp = InterpreterPool::locate(&rt, None).unwrap().instantiate().unwrap();
    let is: Vec<SourceFile> = sources.iter().map(|(n, c)| SourceFile { name: n.clone(), content: c.clone() }).collect();
    let loaded = interp.load(&is).unwrap().unwrap();
    let with_ids = models
        .into_iter()
        .map(|m| {
            let id = loaded.iter().find(|s| s.name == m.name).unwrap().id.clone();
            (m, id)
        })
        .collect();
    (with_ids, interp)
}

#[test]
fn the_component_shrinks_to_the_same_trace_as_the_library() {
    let path = root().join("verifier/tests/corpus/WeakGuard.ioa.toml");
    let (models, mut interp) = load(std::slice::from_ref(&path));
    let (model, id) = &models[0];
    let opts = L3Options::default();
    let r = l3::run(&mut interp, model, id, &opts).unwrap();
    assert_eq!(r.outcome, Outcome::Failed, "{}", r.summary);
    assert!(r.text.contains("refused: `Reserve` breaks `seats <= 4`"), "{}", r.text);
    assert!(r.summary.contains(&format!("(seed {})", opts.seed)), "{}", r.summary);
    // Natively, over the same action spaces and seed: the same run.
    let text = std::fs::read_to_string(&path).unwrap();
    let m = temper_spec::load(&[temper_spec::SourceFile::new("WeakGuard.ioa.toml", text)]).unwrap().machines.remove(0);
    let parts = spec_parts(&m);
    let spaces = l3::action_spaces(model);
    let nm =
        temper_verifier::l3::Model { initial: parts.initial.clone(), var_names: &parts.var_names, actions: &spaces };
    let native = temper_verifier::l3::check(&nm, &mut NativeKernel(m), &opts);
    assert_eq!(native.summary(), r.summary);
    assert_eq!(
        serde_json::json!([{"seed": native.seed, "trace": native.failure.unwrap().to_json()}]),
        r.details["counterexamples"]
    );
}

#[test]
fn a_correct_spec_passes_and_the_bundled_apps_run() {
    let (models, mut interp) = load(&[root().join("verifier/tests/corpus/Correct.ioa.toml")]);
    let r = l3::run(&mut interp, &models[0].0, &models[0].1, &L3Options::default()).unwrap();
    assert!(r.passed(), "{}\n{}", r.summary, r.text);
    let mut apps: Vec<PathBuf> = std::fs::read_dir(root().join("apps")).unwrap().map(|e| e.unwrap().path()).collect();
    apps.sort();
    for app in apps {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(app.join("specs")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let (models, mut interp) = load(&files);
        for (m, id) in &models {
            let r = l3::run(&mut interp, m, id, &L3Options::default()).unwrap();
            eprintln!("{} {}: {} ({} ms)\n{}", app.display(), m.name, r.summary, r.elapsed_ms, r.text);
            assert_ne!(r.outcome, Outcome::Skipped);
        }
    }
}
