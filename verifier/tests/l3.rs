//! L3 over the spec library's own machine (the host drives the interpreter component through
//! the same `Kernel` trait): a guard too weak for its invariant is found and shrunk to the
//! minimal sequence (golden file, `TEMPER_BLESS=1` to rewrite), the correct corpus specs
//! pass, and the same seed replays the same run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use temper_spec::machine::Machine;
use temper_spec::predicate::Ty;
use temper_verifier::Value;
use temper_verifier::l3::{self, ActionSpace, Extra, Model, Options, ParamSpace};
use temper_verifier::native::{NativeKernel, spec_parts};

fn machine(name: &str) -> Machine {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(format!("{name}.ioa.toml"));
    let file = temper_spec::SourceFile::new(format!("{name}.ioa.toml"), std::fs::read_to_string(path).unwrap());
    temper_spec::load(&[file]).unwrap().machines.remove(0)
}

/// Each action with its required parameters: numbers from 0..=4 plus random ints, strings
/// random, bools both (the host takes these domains from the verifier front-end).
fn spaces(m: &Machine) -> Vec<ActionSpace> {
    m.aut
        .actions
        .iter()
        .map(|a| ActionSpace {
            action: a.name.clone(),
            params: a
                .params
                .iter()
                .filter(|p| p.required)
                .map(|p| {
                    let (domain, extra) = match p.ty {
                        Some(Ty::Num) => ((0..=4).map(Value::Int).collect(), Extra::Int),
                        Some(Ty::Bool) => (vec![Value::Bool(false), Value::Bool(true)], Extra::None),
                        _ => (Vec::new(), Extra::Str),
                    };
                    ParamSpace { name: p.name.clone(), domain, extra }
                })
                .collect(),
        })
        .collect()
}

fn run(name: &str, opts: &Options) -> l3::Report {
    let m = machine(name);
    let p = spec_parts(&m);
    let actions = spaces(&m);
    let model = Model { initial: p.initial.clone(), var_names: &p.var_names, actions: &actions };
    l3::check(&model, &mut NativeKernel(m), opts)
}

/// Keys in sorted order (see `l1.rs`).
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

fn golden(name: &str, report: &l3::Report) {
    let t = report.failure.as_ref().unwrap();
    let json = sorted(&serde_json::json!({"seed": report.seed, "trace": t.to_json()}));
    let body = format!("{}\n{}\n{}\n", report.summary(), t.to_text(), serde_json::to_string_pretty(&json).unwrap());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let path = dir.join(format!("{name}.txt"));
    if std::env::var_os("TEMPER_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, &body).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with TEMPER_BLESS=1", path.display()));
    assert_eq!(body, want, "{name}: the report changed (TEMPER_BLESS=1 to accept)");
}

fn actions(r: &l3::Report) -> Vec<String> {
    let t = r.failure.as_ref().unwrap();
    t.steps
        .iter()
        .filter_map(|s| s.action.as_ref())
        .map(|m| {
            let ps: Vec<String> = m.params.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
            format!("{}({})", m.action, ps.join(","))
        })
        .collect()
}

#[test]
fn a_guard_too_weak_is_found_and_shrunk_to_the_minimal_sequence() {
    let r = run("WeakGuard", &Options::default());
    assert!(!r.passed(), "{}", r.summary());
    let t = r.failure.as_ref().unwrap();
    assert_eq!(t.property, "AtMostFourSeats");
    // Minimal: publish, then two reservations that together exceed 4 (each at most 3).
    let a = actions(&r);
    assert_eq!(a.len(), 3, "{}", t.to_text());
    assert_eq!(a[0], "Publish()");
    assert!(a[1..].iter().all(|x| x.starts_with("Reserve(n=Int(")), "{a:?}");
    assert!(t.steps.last().unwrap().refused);
    golden("l3_weak_guard", &r);
}

#[test]
fn a_bug_six_steps_deep_shrinks_to_six_bumps() {
    let r = run("SixSteps", &Options::default());
    assert_eq!(actions(&r), vec!["Bump()"; 6], "{}", r.summary());
}

#[test]
fn the_correct_specs_pass() {
    for name in ["Correct", "Deadlock", "Liveness"] {
        let r = run(name, &Options::default());
        assert!(r.passed(), "{name}: {}", r.summary());
        assert_eq!(r.passed_cases, 1000);
        assert!(r.applied > 0 && r.steps >= r.applied, "{name}: {}", r.summary());
    }
}

#[test]
fn the_same_seed_replays_the_same_run_and_another_seed_differs() {
    let opts = Options { cases: 200, ..Options::default() };
    let (a, b) = (run("WeakGuard", &opts), run("WeakGuard", &opts));
    assert_eq!((a.summary(), a.runs, a.steps), (b.summary(), b.runs, b.steps));
    assert_eq!(a.failure.unwrap().to_json(), b.failure.unwrap().to_json());
    let c = run("Correct", &Options { seed: 1, ..opts.clone() });
    let d = run("Correct", &Options { seed: 2, ..opts });
    assert!(c.passed() && d.passed());
    assert_ne!(c.steps, d.steps, "different seeds draw different sequences");
}
