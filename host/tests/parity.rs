//! The interpreter component and the same spec library compiled natively must agree, step by
//! step, on random action sequences with random parameters (proptest, shrinking to a minimal
//! disagreeing sequence). Also: the component imports nothing, and the precompiled cache works.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use serde_json::{Value as Json, json};
use std::path::Path;
use temper_host::cli::json::value_to_json;
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::{
    EffectOutput, EvalRequest, Interpreter, InterpreterPool, NamedValue, Rejection, SourceFile, Transition, Value,
};
use temper_spec::machine::{self, Machine, Output, Request};
use temper_spec::value::Value as V;
use wasmtime::component::types::ComponentItem;

fn spec_files(dir: &str) -> Vec<SourceFile> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let mut v: Vec<SourceFile> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| temper_spec::file_kind(&p.file_name().unwrap().to_string_lossy()).is_some())
        .map(|p| SourceFile {
            name: p.file_name().unwrap().to_string_lossy().into(),
            content: std::fs::read_to_string(&p).unwrap(),
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

fn native(files: &[SourceFile]) -> Vec<Machine> {
    let files: Vec<_> = files.iter().map(|f| temper_spec::SourceFile::new(f.name.clone(), f.content.clone())).collect();
    temper_spec::load(&files).unwrap().machines
}

fn component() -> Interpreter {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm");
    InterpreterPool::locate(&Runtime::new(Some(cache)).unwrap(), None).unwrap().instantiate().unwrap()
}

/// Both sides render values through the CLI's one JSON mapping.
fn jv(v: &V) -> Json {
    value_to_json(&Value::from(v))
}

fn jw(v: &Value) -> Json {
    value_to_json(v)
}

fn named_native(items: &[(String, V)]) -> Json {
    Json::Array(items.iter().map(|(k, v)| json!([k, jv(v)])).collect())
}

fn named_wit(items: &[NamedValue]) -> Json {
    Json::Array(items.iter().map(|n| json!([n.name, jw(&n.value)])).collect())
}

/// One normal form for both sides.
fn norm_native(r: &Result<machine::Transition, machine::Rejection>) -> Json {
    match r {
        Ok(t) => json!({
            "to": t.to, "vars": t.vars.iter().map(jv).collect::<Vec<_>>(), "changes": named_native(&t.changes),
            "params": named_native(&t.params),
            "outputs": t.outputs.iter().map(|o| match o {
                Output::Schedule { action, after_seconds, at } => json!(["schedule", action, after_seconds, at.as_ref().map(jv)]),
                Output::Spawn { entity_type, action, child_id, params } => json!(["spawn", entity_type, action, child_id, named_native(params)]),
                Output::Trigger(t) => json!(["trigger", t.name, t.kind.name(), t.target_id, named_native(&t.args)]),
                Output::ArmTimeout { state, after_seconds, action, .. } => json!(["timeout", state, after_seconds, action]),
            }).collect::<Vec<_>>(),
        }),
        Err(e) => json!({"rejected": e.to_string()}),
    }
}

fn norm_wit(r: &Result<Transition, Rejection>) -> Json {
    match r {
        Ok(t) => json!({
            "to": t.to_status, "vars": t.state.vars.iter().map(jw).collect::<Vec<_>>(), "changes": named_wit(&t.changes),
            "params": named_wit(&t.params),
            "outputs": t.outputs.iter().map(|o| match o {
                EffectOutput::Schedule(s) => json!(["schedule", s.action, s.after_seconds, s.at.as_ref().map(jw)]),
                EffectOutput::Spawn(c) => json!(["spawn", c.entity_type, c.action, c.child_id, named_wit(&c.params)]),
                EffectOutput::Trigger(t) => json!(["trigger", t.name, t.kind, t.target_id, named_wit(&t.args)]),
                EffectOutput::ArmTimeout(t) => json!(["timeout", t.state, t.after_seconds, t.action]),
            }).collect::<Vec<_>>(),
        }),
        Err(e) => json!({"rejected": rejection_message(e)}),
    }
}

/// The component's rejection rendered with the library's own `Display`, so messages are
/// compared too, not just kinds.
fn rejection_message(r: &Rejection) -> String {
    let m = match r {
        Rejection::UnknownSpec(id) => return format!("unknown spec {id}"),
        Rejection::UnknownAction(u) => {
            machine::Rejection::UnknownAction { action: u.action.clone(), known: u.known.clone() }
        }
        Rejection::NotAllowed(n) => machine::Rejection::NotAllowed {
            action: n.action.clone(),
            status: n.status.clone(),
            allowed_from: n.allowed_from.clone(),
        },
        Rejection::GuardFailed(g) => machine::Rejection::GuardFailed {
            action: g.action.clone(),
            clause: g.clause.clone(),
            guard: g.guard.clone(),
        },
        Rejection::InvariantViolated(i) => machine::Rejection::InvariantViolated {
            action: i.action.clone(),
            invariant: i.invariant.clone(),
            assert: i.assert.clone(),
        },
        Rejection::BadParameter(b) => machine::Rejection::BadParameter {
            action: b.action.clone(),
            param: b.param.clone(),
            reason: b.reason.clone(),
        },
        Rejection::BadState(s) => machine::Rejection::BadState(s.clone()),
    };
    m.to_string()
}

/// A random parameter value: mostly well-typed for some parameter, sometimes not.
fn param_value() -> impl Strategy<Value = V> {
    prop_oneof![
        Just(V::Null),
        any::<bool>().prop_map(V::Bool),
        (-3i64..5).prop_map(V::Int),
        prop_oneof![Just(""), Just("ana"), Just("billing"), Just("k-12")].prop_map(|s| V::Str(s.into())),
        prop::collection::vec(prop_oneof![Just("a".to_string()), Just("k-31".to_string())], 0..3).prop_map(V::List),
    ]
}

/// A random step: an action index (possibly unknown) and named parameters.
fn step() -> impl Strategy<Value = (usize, Vec<(usize, V)>)> {
    (0usize..12, prop::collection::vec((0usize..6, param_value()), 0..3))
}

fn run_parity(dir: &str, steps: &[(usize, Vec<(usize, V)>)], interp: &mut Interpreter) -> Result<(), TestCaseError> {
    let files = spec_files(dir);
    let machines = native(&files);
    let summaries = interp.load(&files).unwrap().unwrap();
    for (m, s) in machines.iter().zip(&summaries) {
        prop_assert_eq!(&m.id, &s.id);
        let (mut status, mut vars) = m.initial();
        let names: Vec<String> =
            m.aut.actions.iter().map(|a| a.name.clone()).chain(["NoSuchAction".to_string()]).collect();
        let param_names: Vec<String> = m
            .aut
            .actions
            .iter()
            .flat_map(|a| a.params.iter().map(|p| p.name.clone()))
            .chain(["extra".to_string()])
            .collect();
        for (seq, (ai, params)) in steps.iter().enumerate() {
            let action = &names[ai % names.len()];
            let mut ps: Vec<(String, V)> = Vec::new();
            for (pi, v) in params {
                let name = &param_names[pi % param_names.len()];
                if !ps.iter().any(|(n, _)| n == name) {
                    ps.push((name.clone(), v.clone()));
                }
            }
            let req = Request {
                entity_id: "e-1",
                seq: seq as u64,
                status: &status,
                vars: &vars,
                action,
                params: &ps,
                related: &[],
            };
            let n = m.evaluate(&req);
            let wreq = EvalRequest {
                spec: s.id.clone(),
                entity_id: "e-1".into(),
                seq: seq as u64,
                state: temper_host::runtime::interpreter::EntityState {
                    status: status.clone(),
                    vars: vars.iter().map(Value::from).collect(),
                },
                action: action.clone(),
                params: ps.iter().map(|(k, v)| NamedValue { name: k.clone(), value: Value::from(v) }).collect(),
                related: Vec::new(),
            };
            let c = interp.evaluate(&wreq).unwrap();
            prop_assert_eq!(norm_native(&n), norm_wit(&c), "step {} `{}` of {}", seq, action, m.aut.name);
            if let Ok(t) = n {
                status = t.to;
                vars = t.vars;
            }
        }
    }
    Ok(())
}

const SPEC_DIRS: &[&str] = &["host/tests/golden/trace/specs", "apps/knowledge/specs"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
    #[test]
    fn component_agrees_with_native(dir in 0usize..SPEC_DIRS.len(), steps in prop::collection::vec(step(), 1..25)) {
        thread_local!(static INTERP: std::cell::RefCell<Option<Interpreter>> = const { std::cell::RefCell::new(None) });
        INTERP.with(|cell| {
            let mut slot = cell.borrow_mut();
            let interp = slot.get_or_insert_with(component);
            run_parity(SPEC_DIRS[dir], &steps, interp)
        })?;
    }
}

#[test]
fn every_bundled_app_agrees_on_a_fixed_walk() {
    let mut interp = component();
    let apps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../apps");
    let mut dirs: Vec<String> = std::fs::read_dir(&apps)
        .unwrap()
        .map(|e| format!("apps/{}/specs", e.unwrap().file_name().to_string_lossy()))
        .collect();
    dirs.sort();
    for dir in dirs {
        // Every action in turn, twice, with no parameters: exercises guards and rejections.
        let steps: Vec<(usize, Vec<(usize, V)>)> = (0..24).map(|i| (i % 12, Vec::new())).collect();
        run_parity(&dir, &steps, &mut interp).unwrap();
    }
}

#[test]
fn interpreter_component_imports_nothing() {
    let runtime = Runtime::new(None).unwrap();
    let path = temper_host::runtime::engine::locate_component("interpreter", None).unwrap();
    let component = wasmtime::component::Component::from_file(&runtime.engine, &path).unwrap();
    let ty = component.component_type();
    // Only the type-only instance `temper:kernel/types` may appear: no function at all.
    let mut funcs = Vec::new();
    for (name, item) in ty.imports(&runtime.engine) {
        match item.ty {
            ComponentItem::ComponentInstance(inst) => {
                for (f, item) in inst.exports(&runtime.engine) {
                    if !matches!(item.ty, ComponentItem::Type(_)) {
                        funcs.push(format!("{name}#{f}"));
                    }
                }
            }
            _ => funcs.push(name.to_string()),
        }
    }
    assert!(funcs.is_empty(), "the interpreter must import nothing callable, but imports {funcs:?}");
    let exports: Vec<String> = ty.exports(&runtime.engine).map(|(name, _)| name.to_string()).collect();
    assert!(exports.iter().any(|e| e == "temper:kernel/interpreter@0.1.0"), "{exports:?}");
}

#[test]
fn precompiled_cache_is_used_on_the_second_load() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let runtime = Runtime::new(Some(dir.clone())).unwrap();
    let first = InterpreterPool::locate(&runtime, None).unwrap();
    assert_eq!(first.source, temper_host::runtime::cache::Source::Compiled);
    let second = InterpreterPool::locate(&runtime, None).unwrap();
    assert_eq!(second.source, temper_host::runtime::cache::Source::Cached);
    // A corrupt entry is recompiled, never trusted.
    for e in std::fs::read_dir(&dir).unwrap() {
        std::fs::write(e.unwrap().path(), b"not a precompiled component").unwrap();
    }
    let third = InterpreterPool::locate(&runtime, None).unwrap();
    assert_eq!(third.source, temper_host::runtime::cache::Source::Compiled);
    let mut i = third.instantiate().unwrap();
    assert!(i.load(&spec_files("apps/knowledge/specs")).unwrap().is_ok());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_trapped_instance_is_replaced_and_its_specs_reloaded() {
    let mut interp = component();
    let files = spec_files("apps/knowledge/specs");
    let id = interp.load(&files).unwrap().unwrap()[0].id.clone();
    // More than the instance's memory budget: the guest cannot allocate it and traps.
    let huge = vec![SourceFile { name: "Huge.ioa.toml".into(), content: "#".repeat(300 << 20) }];
    let err = interp.load(&huge).expect_err("a load beyond the memory budget must trap");
    assert!(format!("{err:#}").contains("trapped"), "{err:#}");
    // The next call runs on a fresh instance that reloads the spec from the kept sources.
    let state = interp.initial_state(&id).unwrap().unwrap();
    assert_eq!(state.status, "Draft");
    // A different handle never saw the sources: it reports the spec as unknown.
    let mut other = component();
    assert!(!other.is_loaded(&id).unwrap());
    assert!(matches!(other.initial_state(&id).unwrap(), Err(Rejection::UnknownSpec(_))));
}
