//! Benchmark (release; `just bench`): one `evaluate` through the interpreter component —
//! marshalling both ways included — against the same spec library called natively, per
//! call; the batch export; and instantiation with the pooling allocator. Prints a table and
//! the component/native ratio measured in the same run.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};
use temper_host::runtime::interpreter::{EntityState, EvalRequest, NamedValue, SourceFile, Value};
use temper_host::runtime::{InterpreterPool, Runtime};
use temper_spec::machine::Request;
use temper_spec::value::Value as V;

const ROUNDS: usize = 7;

/// Median per-iteration time of `f` over `ROUNDS` rounds of `iters` iterations.
fn measure(iters: u32, mut f: impl FnMut()) -> Duration {
    for _ in 0..iters / 10 + 1 {
        f();
    }
    let mut samples: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed() / iters
        })
        .collect();
    samples.sort();
    samples[ROUNDS / 2]
}

fn files(dir: &str) -> Vec<SourceFile> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let mut v: Vec<SourceFile> = std::fs::read_dir(&d)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| temper_spec::file_kind(&p.file_name().unwrap_or_default().to_string_lossy()).is_some())
        .filter_map(|p| {
            Some(SourceFile {
                name: p.file_name()?.to_string_lossy().into(),
                content: std::fs::read_to_string(&p).ok()?,
            })
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

struct Case {
    name: &'static str,
    dir: &'static str,
    status: &'static str,
    vars: Vec<(&'static str, V)>,
    action: &'static str,
    params: Vec<(String, V)>,
}

fn ns(d: Duration) -> f64 {
    d.as_nanos() as f64
}

fn main() -> anyhow::Result<()> {
    let cases = [
        Case {
            name: "Knowledge.Index (guard, wasm trigger)",
            dir: "host/tests/golden/check/seed-knowledge",
            status: "Draft",
            vars: vec![("content", V::Str("service X fails under concurrent writes".into()))],
            action: "Index",
            params: vec![],
        },
        Case {
            name: "Ticket.Reply (guard, 3 effects, timer)",
            dir: "host/tests/golden/trace/specs",
            status: "Waiting",
            vars: vec![("assignee", V::Str("ana".into())), ("replies", V::Int(3))],
            action: "Reply",
            params: vec![("tag".into(), V::Str("billing".into()))],
        },
        Case {
            name: "Ticket.Resolve rejected (guard false)",
            dir: "host/tests/golden/trace/specs",
            status: "Open",
            vars: vec![],
            action: "Resolve",
            params: vec![],
        },
    ];
    let cache = Runtime::default_cache_dir();
    let runtime = Runtime::new(cache)?;
    let t = Instant::now();
    let pool = InterpreterPool::locate(&runtime, None)?;
    let load_time = t.elapsed();
    let mut interp = pool.instantiate()?;

    println!("temper interpreter benchmark (release, median of {ROUNDS} rounds)");
    println!(
        "{:<42} {:>12} {:>14} {:>14} {:>8} {:>8}",
        "case", "native ns", "component ns", "batch(64) ns", "ratio", "batch"
    );
    for c in &cases {
        let f = files(c.dir);
        let lib: Vec<_> = f.iter().map(|f| temper_spec::SourceFile::new(f.name.clone(), f.content.clone())).collect();
        let loaded = temper_spec::load(&lib).map_err(|d| anyhow::anyhow!("{d}"))?;
        let machine = &loaded.machines[0];
        let summaries = interp.load(&f)?.map_err(|d| anyhow::anyhow!("{} diagnostics", d.len()))?;
        let spec = &summaries[0];
        let (_, mut vars) = machine.initial();
        for (name, v) in &c.vars {
            let i = machine.aut.var_index(name).ok_or_else(|| anyhow::anyhow!("no var {name}"))?;
            vars[i] = v.clone();
        }
        let req = Request {
            entity_id: "t-1",
            seq: 7,
            status: c.status,
            vars: &vars,
            action: c.action,
            params: &c.params,
            related: &[],
        };
        let native_ok = machine.evaluate(&req).is_ok();
        let native = measure(200_000, || {
            black_box(machine.evaluate(black_box(&req)).is_ok());
        });
        let wreq = EvalRequest {
            spec: spec.id.clone(),
            entity_id: "t-1".into(),
            seq: 7,
            state: EntityState { status: c.status.into(), vars: vars.iter().map(Value::from).collect() },
            action: c.action.into(),
            params: c.params.iter().map(|(k, v)| NamedValue { name: k.clone(), value: Value::from(v) }).collect(),
            related: vec![],
        };
        let comp_ok = interp.evaluate(&wreq)?.is_ok();
        anyhow::ensure!(native_ok == comp_ok, "native and component disagree on {}", c.name);
        let component = measure(50_000, || {
            black_box(interp.evaluate(black_box(&wreq)).map(|r| r.is_ok()).unwrap_or(false));
        });
        let batch: Vec<EvalRequest> = (0..64).map(|_| wreq.clone()).collect();
        let batched = measure(1_000, || {
            black_box(interp.evaluate_batch(black_box(&batch)).map(|r| r.len()).unwrap_or(0));
        }) / 64;
        println!(
            "{:<42} {:>12.0} {:>14.0} {:>14.0} {:>7.1}x {:>7.1}x",
            c.name,
            ns(native),
            ns(component),
            ns(batched),
            ns(component) / ns(native),
            ns(batched) / ns(native)
        );
    }
    // The floor: a near-empty call (one short string in, a bool out).
    let id = interp.load(&files("host/tests/golden/check/seed-knowledge"))?.map_err(|_| anyhow::anyhow!("load"))?[0]
        .id
        .clone();
    let floor = measure(100_000, || {
        black_box(interp.is_loaded(black_box(&id)).unwrap_or(false));
    });
    println!("near-empty component call (is-loaded)      {:>10.0} ns", ns(floor));
    // Instantiation with the pooling allocator: Store::new + InstancePre::instantiate.
    let inst = measure(2_000, || {
        black_box(pool.instantiate().is_ok());
    });
    // Instantiate and load one spec (what a fresh instance costs before its first evaluate).
    let knowledge = files("host/tests/golden/check/seed-knowledge");
    let inst_load = measure(200, || {
        if let Ok(mut i) = pool.instantiate() {
            black_box(i.load(&knowledge).is_ok());
        }
    });
    println!("instantiate (pooling allocator)            {:>10.1} µs", ns(inst) / 1000.0);
    println!("instantiate + load Knowledge spec          {:>10.1} µs", ns(inst_load) / 1000.0);
    println!("component load ({:?})                  {:>10.1} ms", pool.source, load_time.as_secs_f64() * 1000.0);
    let compile = measure(3, || {
        if let Ok(bytes) =
            std::fs::read(temper_host::runtime::engine::locate_component("interpreter", None).unwrap_or_default())
        {
            black_box(wasmtime::component::Component::new(&runtime.engine, &bytes).is_ok());
        }
    });
    println!("compile without cache (Cranelift)          {:>10.1} ms", ns(compile) / 1e6);
    println!("reference: the original's native evaluate  {:>10} ns (published)", 28);
    Ok(())
}
