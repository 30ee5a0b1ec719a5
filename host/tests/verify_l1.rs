//! L1 through the production interpreter component: on the verifier's bug corpus, model
//! checking through the component finds exactly what it finds over the spec library natively —
//! the same states, the same counterexamples, step for step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::{CheckMove, InterpreterPool, LivenessCheck, ModelCheckRequest, SourceFile};
use temper_host::verify::ComponentKernel;
use temper_spec::machine::Machine;
use temper_verifier::l1::{self, Options};
use temper_verifier::native::{NativeKernel, spec_parts};
use temper_verifier::{Kernel, State, Value};

fn corpus(name: &str) -> (PathBuf, String) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../verifier/tests/corpus").join(format!("{name}.ioa.toml"));
    let text = std::fs::read_to_string(&p).unwrap();
    (p, text)
}

fn report(name: &str, kernel: &mut dyn Kernel, m: &Machine) -> String {
    let p = spec_parts(m);
    let within = |s: &State| s.vars.iter().all(|v| !matches!(v, Value::Int(n) if *n > 20));
    let model = p.model(&within);
    let r = l1::check(&model, kernel, &Options::default()).unwrap();
    let traces: String = r.violations.iter().map(|t| t.to_text()).collect();
    format!("{name}: {}\n{traces}", r.summary())
}

#[test]
fn model_checking_through_the_component_equals_the_library() {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm");
    let mut interp = InterpreterPool::locate(&Runtime::new(Some(cache)).unwrap(), None).unwrap().instantiate().unwrap();
    for name in ["SixSteps", "Deadlock", "Liveness", "Correct"] {
        let (_, text) = corpus(name);
        let file = format!("{name}.ioa.toml");
        let m =
            temper_spec::load(&[temper_spec::SourceFile::new(file.clone(), text.clone())]).unwrap().machines.remove(0);
        let native = report(name, &mut NativeKernel(m.clone()), &m);
        let spec = interp.load(&[SourceFile { name: file, content: text }]).unwrap().unwrap().remove(0).id;
        let vars = spec_parts(&m).var_names;
        let mut kernel = ComponentKernel {
            interp: &mut interp,
            spec: spec.clone(),
            patchable: vec![false; vars.len()],
            var_names: vars,
        };
        let component = report(name, &mut kernel, &m);
        assert_eq!(component, native);
        // And the whole search inside the component, no boundary crossing per step.
        let parts = spec_parts(&m);
        let req = ModelCheckRequest {
            spec,
            initial: None,
            moves: parts.moves.iter().map(|mv| CheckMove { action: mv.action.clone(), params: vec![] }).collect(),
            bounds: vec![Some(20); parts.var_names.len()],
            liveness: parts
                .liveness
                .iter()
                .map(|l| LivenessCheck {
                    name: l.name.clone(),
                    from: l.from.clone(),
                    reaches: l.reaches.clone(),
                    has_actions: l.has_actions,
                })
                .collect(),
            max_states: 1_000_000,
            max_traces: 5,
            untracked: vec![],
            canonical: vec![],
        };
        let inside = interp.model_check(&req).unwrap().unwrap();
        assert_eq!(format!("{name}: {}\n{}", inside.summary, inside.text), native);
        assert!(component.contains(if name == "Correct" { "PASSED" } else { "FAILED" }), "{component}");
    }
}

fn verify(name: &str) -> std::process::Output {
    let (path, _) = corpus(name);
    std::process::Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .arg("verify")
        .arg(path)
        .env("TEMPER_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))
        .output()
        .unwrap()
}

#[test]
fn temper_host_verify_reports_the_trace_and_fails_or_passes() {
    let out = verify("SixSteps");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("L1 model check FAILED") && text.contains("6. --Bump--> refused"), "{text}");
    assert!(text.contains("FAILED — 0 of 1 spec(s) passed"), "{text}");
    let out = verify("Correct");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("L1 model check PASSED: 12 states"), "{text}");
    let out = verify("Liveness");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("from `Escalated` no run can reach `Resolved`"));
}
