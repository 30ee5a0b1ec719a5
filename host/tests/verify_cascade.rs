//! The whole cascade as the deploy gate runs it: every bundled app passes every level, and each
//! known-bug spec of the corpus fails at the level that is meant to catch it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use temper_host::runtime::Runtime;
use temper_host::runtime::frontend::Frontend;
use temper_host::runtime::interpreter::{InterpreterPool, SourceFile};
use temper_host::verify::cascade::{self, CascadeOptions, CascadeReport};
use temper_host::verify::report::Outcome;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, only: Option<&str>) -> Vec<SourceFile> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let wanted = only.is_none_or(|o| name == o);
        if wanted && (name.ends_with(".ioa.toml") || name.ends_with(".csdl.xml")) {
            out.push(SourceFile { name, content: std::fs::read_to_string(&p).unwrap() });
        }
    }
    out
}

fn run(files: &[SourceFile]) -> CascadeReport {
    run_with(files, &CascadeOptions::default())
}

fn run_with(files: &[SourceFile], opts: &CascadeOptions) -> CascadeReport {
    let runtime = Runtime::new(Some(Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))).unwrap();
    let mut frontend = Frontend::locate(&runtime, None).unwrap();
    let pool = InterpreterPool::locate(&runtime, None).unwrap();
    let mut interp = pool.instantiate().unwrap();
    // L3 on a second instance, as the deploy gate and `temper-host verify` run it.
    let mut l3 = pool.instantiate().unwrap();
    let parallel = cascade::run(&mut frontend, &mut interp, Some(&mut l3), files, opts, &mut |_| {}).unwrap();
    if opts.only.is_none() {
        // The same verdict and levels with everything on one instance.
        let mut one = pool.instantiate().unwrap();
        let serial = cascade::run(&mut frontend, &mut one, None, files, opts, &mut |_| {}).unwrap();
        assert_eq!(parallel.passed, serial.passed);
        for (p, s) in parallel.specs.iter().zip(&serial.specs) {
            let outcomes = |r: &temper_host::verify::cascade::SpecReport| {
                r.levels.iter().map(|l| (l.level.clone(), format!("{:?}", l.outcome))).collect::<Vec<_>>()
            };
            assert_eq!(outcomes(p), outcomes(s), "{}", p.spec);
        }
    }
    parallel
}

#[test]
fn every_bundled_app_passes_every_level() {
    for app in ["approvals", "knowledge", "notifications", "orders", "tasks"] {
        let r = run(&files(&repo().join("apps").join(app).join("specs"), None));
        assert!(r.passed, "{app}:\n{}", r.to_text());
        for s in &r.specs {
            let levels: Vec<&str> = s.levels.iter().map(|l| l.level.as_str()).collect();
            assert_eq!(levels, ["L0", "L1", "L2", "L3"], "{app}");
            assert!(s.levels.iter().all(|l| l.outcome == Outcome::Passed), "{app}: {}", r.to_text());
        }
    }
}

#[test]
fn each_known_bug_fails_at_its_level() {
    let corpus = repo().join("verifier/tests/corpus");
    let cases = [
        ("DeadGuard.ioa.toml", "L0"),
        ("SixSteps.ioa.toml", "L1"),
        ("Deadlock.ioa.toml", "L1"),
        ("Liveness.ioa.toml", "L1"),
        ("WeakGuard.ioa.toml", "L3"),
    ];
    for (file, level) in cases {
        let r = run(&files(&corpus, Some(file)));
        assert!(!r.passed, "{file} must fail");
        let l = r.specs[0].levels.iter().find(|l| l.level == level).unwrap();
        assert_eq!(l.outcome, Outcome::Failed, "{file} at {level}:\n{}", r.to_text());
        let ce = &l.details["counterexamples"];
        assert!(ce.as_array().is_some_and(|a| !a.is_empty()), "{file}: a counterexample as JSON: {ce}");
    }
    let r = run(&files(&corpus, Some("Correct.ioa.toml")));
    assert!(r.passed, "{}", r.to_text());
    // The crash-only bug: a lease nothing but its holder releases. Every level passes it —
    // until L2 crashes agents; its fix (a timeout) passes under crashes too.
    let lease = files(&corpus.join("l2"), Some("Lease.ioa.toml"));
    let r = run(&lease);
    assert!(r.passed, "{}", r.to_text());
    let l2 = r.specs[0].levels.iter().find(|l| l.level == "L2").unwrap();
    assert!(l2.unchecked.iter().any(|u| u.contains("--agent-crashes")), "the report says what it skipped");
    let crashes = CascadeOptions { agent_crashes: true, ..CascadeOptions::default() };
    let r = run_with(&lease, &crashes);
    let l2 = r.specs[0].levels.iter().find(|l| l.level == "L2").unwrap();
    assert_eq!(l2.outcome, Outcome::Failed, "{}", r.to_text());
    assert!(l2.summary.contains("liveness `HeldIsReleased`"), "{}", l2.summary);
    assert!(r.specs[0].levels.iter().filter(|l| l.level != "L2").all(|l| l.outcome == Outcome::Passed));
    let r = run_with(&files(&corpus.join("l2"), Some("LeaseFixed.ioa.toml")), &crashes);
    assert!(r.passed, "{}", r.to_text());
}
