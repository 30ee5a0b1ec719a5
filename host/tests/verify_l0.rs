//! L0 through the real verifier front-end component and the linked Z3: a dead guard fails
//! with no witness, a non-inductive invariant is reported with its counterexample pre/post
//! state (golden file, `TEMPER_BLESS=1` to rewrite), an unreachable state is a warning with its
//! name, and the correct corpus specs and every bundled app have no L0 failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use temper_host::runtime::Runtime;
use temper_host::runtime::frontend::{Frontend, SourceFile, SpecModel};
use temper_host::verify::report::{LevelReport, Outcome};
use temper_host::verify::run_l0;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn frontend() -> Frontend {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm");
    Frontend::locate(&Runtime::new(Some(cache)).unwrap(), None).unwrap()
}

fn models(files: &[PathBuf]) -> Vec<SpecModel> {
    let mut f = frontend();
    let sources: Vec<SourceFile> = files
        .iter()
        .map(|p| SourceFile {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            content: std::fs::read_to_string(p).unwrap(),
        })
        .collect();
    let options = f.default_options().unwrap();
    f.build_model(&sources, options).unwrap().unwrap()
}

fn corpus(name: &str) -> (SpecModel, LevelReport) {
    let m = models(&[root().join("verifier/tests/corpus").join(format!("{name}.ioa.toml"))]).remove(0);
    let r = run_l0(&m);
    (m, r)
}

fn count(r: &LevelReport, what: &str) -> u64 {
    r.counts.iter().find(|(k, _)| k == what).map(|(_, n)| *n).unwrap()
}

fn sorted(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            serde_json::Value::Object(keys.into_iter().map(|k| (k.clone(), sorted(&m[k]))).collect())
        }
        serde_json::Value::Array(a) => serde_json::Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[test]
fn a_dead_guard_fails_without_a_witness() {
    let (_, r) = corpus("DeadGuard");
    assert_eq!(r.outcome, Outcome::Failed, "{}\n{}", r.summary, r.text);
    assert!(r.summary.starts_with("L0 SMT FAILED: 1 of 4 queries fail"), "{}", r.summary);
    let cx = &r.details["counterexamples"].as_array().unwrap()[0];
    assert_eq!(cx["id"], "guard/Escalate");
    assert_eq!((cx["answer"].as_str(), cx["verdict"].as_str()), (Some("unsat"), Some("failed")));
    assert_eq!(cx["values"], serde_json::json!({}), "an unsat answer has no witness");
    assert!(r.text.contains("the action is dead"), "{}", r.text);
    // The state only the dead action enters is unreachable too.
    assert_eq!(r.details["unreachable"], serde_json::json!(["Escalated"]));
}

#[test]
fn a_non_inductive_invariant_gives_its_counterexample() {
    let (_, r) = corpus("WeakGuard");
    // A counterexample to induction is a warning (L1 decides reachability), not a failure.
    assert_eq!(r.outcome, Outcome::Passed, "{}", r.summary);
    assert_eq!((count(&r, "warnings"), count(&r, "failed")), (1, 0));
    let cx = r.details["counterexamples"].as_array().unwrap()[0].clone();
    assert_eq!(cx["id"], "inductive/AtMostFourSeats/Reserve");
    let (pre, post) = (&cx["pre"], &cx["post"]);
    let seats = |s: &serde_json::Value| s["seats"].as_str().unwrap().parse::<i64>().unwrap();
    let n = cx["params"]["n"].as_str().unwrap().parse::<i64>().unwrap();
    assert!(seats(pre) <= 4 && seats(pre) < 4 && (1..=3).contains(&n), "{cx}");
    assert_eq!(seats(post), seats(pre) + n);
    assert!(seats(post) > 4);
    let body = format!("{}\n{}\n{}\n", r.summary, r.text, serde_json::to_string_pretty(&sorted(&cx)).unwrap());
    let path = root().join("verifier/tests/golden/l0_weak_guard.txt");
    if std::env::var_os("TEMPER_BLESS").is_some() {
        std::fs::write(&path, &body).unwrap();
    }
    let want = std::fs::read_to_string(&path).expect("golden missing: run with TEMPER_BLESS=1");
    assert_eq!(body, want, "the L0 report changed (TEMPER_BLESS=1 to accept)");
}

#[test]
fn an_unreachable_state_is_a_warning_with_its_name() {
    let (_, r) = corpus("Orphan");
    assert_eq!(r.outcome, Outcome::Passed);
    assert_eq!(r.details["unreachable"], serde_json::json!(["Limbo", "Archived"]));
    let w = r.details["warnings"].as_array().unwrap();
    assert_eq!(w.len(), 2);
    assert!(w[1]["message"].as_str().unwrap().starts_with("state `Archived` is unreachable"), "{w:?}");
    assert_eq!(count(&r, "warnings"), 2);
}

#[test]
fn correct_specs_and_the_bundled_apps_have_no_l0_failure() {
    for name in ["Correct", "SixSteps", "Deadlock", "Liveness"] {
        let (_, r) = corpus(name);
        assert_eq!(r.outcome, Outcome::Passed, "{name}: {}\n{}", r.summary, r.text);
    }
    let mut apps: Vec<PathBuf> = std::fs::read_dir(root().join("apps")).unwrap().map(|e| e.unwrap().path()).collect();
    apps.sort();
    for app in apps {
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(app.join("specs")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for m in models(&files) {
            let r = run_l0(&m);
            eprintln!("{} {}: {} ({} ms)\n{}", app.display(), m.name, r.summary, r.elapsed_ms, r.text);
            assert!(r.outcome == Outcome::Passed, "{}: {}\n{}", m.name, r.summary, r.text);
            assert!(!r.unchecked.is_empty() || m.gaps.is_empty());
        }
    }
}
