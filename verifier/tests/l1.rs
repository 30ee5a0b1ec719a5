//! L1 over the spec library's own machine (the host drives the interpreter component through
//! the same `Kernel` trait): the corpus of known bugs is caught with minimal traces (golden
//! files, `TEMPER_BLESS=1` to rewrite), a correct spec passes, and a budget that is too small
//! is an honest "incomplete", never a pass.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use temper_spec::machine::Machine;
use temper_verifier::l1::{self, Model, Options};
use temper_verifier::native::{NativeKernel, spec_parts};
use temper_verifier::{State, Value};

fn machine(name: &str) -> Machine {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(format!("{name}.ioa.toml"));
    let file = temper_spec::SourceFile::new(format!("{name}.ioa.toml"), std::fs::read_to_string(path).unwrap());
    temper_spec::load(&[file]).unwrap().machines.remove(0)
}

fn run(name: &str, opts: &Options) -> l1::Report {
    let m = machine(name);
    let p = spec_parts(&m);
    let within = |s: &State| s.vars.iter().all(|v| !matches!(v, Value::Int(n) if *n > 20));
    let model = p.model(&within);
    l1::check(&model, &mut NativeKernel(m), opts).unwrap()
}

/// Keys in sorted order, whether or not serde_json preserves insertion order in this build
/// (feature unification across the workspace decides that).
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

fn golden(name: &str, report: &l1::Report) {
    let text: String = report.violations.iter().map(|t| t.to_text()).collect();
    let json = sorted(&serde_json::Value::Array(report.violations.iter().map(|t| t.to_json()).collect()));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let body = format!("{}\n{text}\n{}\n", report.summary(), serde_json::to_string_pretty(&json).unwrap());
    let path = dir.join(format!("{name}.txt"));
    if std::env::var_os("TEMPER_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, &body).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with TEMPER_BLESS=1", path.display()));
    assert_eq!(body, want, "{name}: the report changed (TEMPER_BLESS=1 to accept)");
}

#[test]
fn a_bug_six_steps_deep_is_found_with_the_shortest_trace() {
    let r = run("SixSteps", &Options::default());
    assert!(!r.passed());
    let t = r.violations.iter().find(|t| t.kind == "invariant").unwrap();
    assert_eq!(t.property, "AtMostFive");
    // The start, five bumps, and the sixth that breaks it.
    assert_eq!(t.steps.len(), 7, "{}", t.to_text());
    assert!(t.steps[1..].iter().all(|s| s.action.as_ref().unwrap().action == "Bump"));
    golden("six_steps", &r);
}

#[test]
fn a_deadlock_is_a_non_terminal_state_nothing_leaves() {
    let r = run("Deadlock", &Options::default());
    let t = r.violations.iter().find(|t| t.kind == "deadlock").unwrap();
    assert_eq!(t.steps.last().unwrap().state.status, "Parked");
    assert_eq!(r.violations.len(), 1, "Done is terminal: not a deadlock");
    golden("deadlock", &r);
}

#[test]
fn a_run_that_never_reaches_its_target_breaks_liveness() {
    let r = run("Liveness", &Options::default());
    let t = r.violations.iter().find(|t| t.kind == "liveness").unwrap();
    assert_eq!(t.property, "EventuallyResolved");
    assert!(t.what.contains("from `Escalated` no run can reach"), "{}", t.what);
    assert_eq!(
        t.steps.iter().filter_map(|s| s.action.as_ref()).map(|m| m.action.as_str()).collect::<Vec<_>>(),
        ["Wait", "Escalate"]
    );
    golden("liveness", &r);
}

#[test]
fn a_reached_target_discharges_liveness() {
    // From Open, Resolved is reached; what follows a target does not matter.
    let m = machine("Liveness");
    let p = spec_parts(&m);
    let live = vec![l1::Liveness {
        name: "WaitingEnds".into(),
        from: vec!["Waiting".into()],
        reaches: vec!["Escalated".into(), "Open".into()],
        has_actions: false,
    }];
    let within = |_: &State| true;
    let model = Model {
        initial: p.initial.clone(),
        var_names: &p.var_names,
        moves: &p.moves,
        terminal: &p.terminal,
        liveness: &live,
        within: &within,
        untracked: &[],
        canonical: &[],
    };
    let r = l1::check(&model, &mut NativeKernel(m), &Options::default()).unwrap();
    assert!(r.violations.iter().all(|t| t.kind != "liveness"), "{}", r.summary());
}

#[test]
fn a_correct_spec_passes_and_says_how_much_it_explored() {
    let r = run("Correct", &Options::default());
    assert!(r.passed(), "{}", r.summary());
    // Open with count 0..=5, and Closed with count 0..=5.
    assert_eq!(r.states, 12);
    assert!(r.summary().starts_with("L1 model check PASSED: 12 states"));
}

#[test]
fn a_budget_too_small_is_incomplete_never_a_pass() {
    let r = run("Correct", &Options { max_states: 4, ..Options::default() });
    assert!(!r.complete && !r.passed());
    assert!(r.summary().contains("INCOMPLETE"), "{}", r.summary());
}
