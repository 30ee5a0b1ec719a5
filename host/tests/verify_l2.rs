//! L2 deterministic simulation through the production interpreter component.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::SourceFile;
use temper_host::verify::report::LevelReport;
use temper_host::verify::sim::{self, SimOptions};

fn files(paths: &[PathBuf]) -> Vec<SourceFile> {
    paths
        .iter()
        .map(|p| SourceFile {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            content: std::fs::read_to_string(p).unwrap(),
        })
        .collect()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn app(name: &str) -> Vec<SourceFile> {
    let dir = root().join("apps").join(name).join("specs");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    files(&paths)
}

fn runtime() -> Runtime {
    Runtime::new(Some(Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))).unwrap()
}

fn l2(files: &[SourceFile], opts: &SimOptions) -> LevelReport {
    let (mut interp, models, specs) = sim::prepare(&runtime(), None, files).unwrap();
    sim::run(&mut interp, &models, &specs, opts).unwrap()
}

#[test]
fn explore() {
    for name in ["approvals", "knowledge", "orders", "tasks"] {
        let r = l2(&app(name), &SimOptions::default());
        println!("{name}: {} ({} ms)\n{}", r.summary, r.elapsed_ms, r.text);
    }
    for name in ["Lease", "LeaseFixed"] {
        let f = files(&[root().join(format!("verifier/tests/corpus/l2/{name}.ioa.toml"))]);
        let r = l2(&f, &SimOptions::default());
        println!("{name}: {} ({} ms)\n{}", r.summary, r.elapsed_ms, r.text);
    }
}

#[test]
fn explore_log() {
    let (mut interp, models, specs) = sim::prepare(&runtime(), None, &app("approvals")).unwrap();
    let run = sim::run_seed(&mut interp, &models, &specs, &SimOptions::default(), 1).unwrap();
    for l in &run.log {
        println!("{l}");
    }
}

#[test]
fn explore_perf() {
    let f = files(&[root().join("verifier/tests/corpus/l2/LeaseFixed.ioa.toml")]);
    let (mut interp, models, specs) = sim::prepare(&runtime(), None, &f).unwrap();
    for _ in 0..5 {
        let r = sim::run(&mut interp, &models, &specs, &SimOptions::default()).unwrap();
        println!("{} {}", r.elapsed_ms, r.summary);
    }
}
