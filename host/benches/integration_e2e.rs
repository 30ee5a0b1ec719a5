//! Benchmark (release; `just bench`): the overhead of one integration call as the drainer makes
//! it — a fresh instance of the test kit's trivial `echo` module invoked on a blocking-pool
//! thread with the entity's context, then its `on_success` callback dispatched through the
//! OData component, the interpreter, Cedar and a libSQL commit — per call, p50/p99, with the
//! two halves apart; run twice, with `synchronous` FULL (the default: an fsync per commit) and
//! NORMAL, in the same run. Target: ≤ 100 µs p50 excluding the module's own work.

use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use temper_host::integrations::{Budgets, Integrations, Invocation};
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::{InterpreterPool, SourceFile};
use temper_host::server::dispatch::{Dispatch, Origin, system};
use temper_host::server::kernel::Kernel;
use temper_host::server::{Components, Server};
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig, Synchronous};

const N: usize = 2000;
const ADMIN: &str = "bench-admin-token-0123456789";

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e6;
    (at(0.5), at(0.99))
}

async fn server(runtime: &Runtime, dir: &Path, sync: Synchronous) -> anyhow::Result<Arc<Server>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files: Vec<SourceFile> = ["Job.ioa.toml", "model.csdl.xml"]
        .iter()
        .map(|f| {
            let content = std::fs::read_to_string(root.join("host/benches/integration_app").join(f))?;
            anyhow::Ok(SourceFile { name: f.to_string(), content })
        })
        .collect::<anyhow::Result<_>>()?;
    let mut config = LibsqlConfig::new(dir.join("temper.db"));
    config.synchronous = sync;
    let store = LibsqlBackend::open(config).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let components = Components {
        kernel: Arc::new(Kernel::new(InterpreterPool::locate(runtime, None)?)),
        governance: temper_host::governance::component::GovernanceComponent::locate(runtime, None)?,
        gate: temper_host::verify::gate::Gate::locate(runtime, None, Default::default())?,
        reactions: temper_host::runtime::reactions::ReactionsComponent::locate(runtime, None)?,
        integrations: Integrations::new(runtime.cache_dir.clone())?,
        callbacks: temper_host::runtime::callbacks::IntegrationsComponent::locate(runtime, None)?,
    };
    let odata = std::fs::read(temper_host::runtime::engine::locate_component("odata", None)?)?;
    let server = Arc::new(Server::new(store, components, &odata, ADMIN, Default::default())?);
    server.restore().await?;
    server.deploy("bench", files, true).await?.map_err(|_| anyhow::anyhow!("the bench app does not deploy"))?;
    let wasm = std::fs::read(temper_host::runtime::engine::locate_component("integrations/testkit", None)?)?;
    server.shared.integrations.install("bench", "testkit", &wasm, Budgets::default())?;
    Ok(server)
}

fn callback(params: serde_json::Value, key: String) -> Dispatch {
    Dispatch {
        tenant: "bench".into(),
        method: hyper::Method::POST,
        path: "Jobs('j1')/Temper.Bench.Done".into(),
        body: Some(params),
        caller: system("integration:testkit"),
        idempotency_key: Some(key),
        origin: Origin { kind: "integration".into(), ..Origin::default() },
    }
}

/// A read of the entity through the same path (no commit), for comparison.
fn read() -> Dispatch {
    Dispatch {
        tenant: "bench".into(),
        method: hyper::Method::GET,
        path: "Jobs('j1')".into(),
        body: None,
        caller: system("integration:testkit"),
        idempotency_key: None,
        origin: Origin { kind: "integration".into(), ..Origin::default() },
    }
}

/// Samples of a read through the kernel's dispatch path.
async fn reads(server: &Arc<Server>, n: usize) -> anyhow::Result<Vec<Duration>> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let a = server.dispatch(read()).await?;
        anyhow::ensure!(a.ok(), "the read failed: {}", a.error());
        out.push(t.elapsed());
    }
    Ok(out)
}

/// (invoke, dispatch, both) samples.
async fn run(server: &Arc<Server>, n: usize) -> anyhow::Result<(Vec<Duration>, Vec<Duration>, Vec<Duration>)> {
    let inv = Invocation {
        tenant: "bench".into(),
        module: "testkit".into(),
        trigger: "echo".into(),
        entity_type: "Job".into(),
        entity_id: "j1".into(),
        action: "Run".into(),
        status: "Idle".into(),
        params: json!({}),
        fields: json!({"Id": "j1", "last": ""}),
        config: BTreeMap::from([("mode".to_string(), "echo".to_string())]),
        principal: "Admin::\"admin\"".into(),
        idempotency_key: "bench".into(),
    };
    let (mut a, mut b, mut c) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        let t0 = Instant::now();
        let s = &server.shared;
        let outcome = tokio::task::block_in_place(|| s.integrations.invoke(&inv, s.as_ref()))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let t1 = Instant::now();
        let answer = server.dispatch(callback(outcome.params, format!("bench/{i}"))).await?;
        anyhow::ensure!(answer.ok(), "the callback was refused: {}", answer.error());
        let t2 = Instant::now();
        a.push(t1 - t0);
        b.push(t2 - t1);
        c.push(t2 - t0);
    }
    Ok((a, b, c))
}

fn main() -> anyhow::Result<()> {
    let runtime = Runtime::new(Runtime::default_cache_dir())?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    println!("integration call overhead: trivial `echo` module, fresh instance per call, {N} sequential calls");
    for (name, sync) in [("FULL", Synchronous::Full), ("NORMAL", Synchronous::Normal)] {
        let dir = std::env::temp_dir().join(format!("temper-bench-integration-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let (a, b, c, r) = rt.block_on(async {
            let server = server(&runtime, &dir, sync).await?;
            let created = server
                .dispatch(Dispatch {
                    tenant: "bench".into(),
                    method: hyper::Method::POST,
                    path: "Jobs".into(),
                    body: Some(json!({"Id": "j1"})),
                    caller: system("bench"),
                    idempotency_key: None,
                    origin: Origin::request("bench-setup"),
                })
                .await?;
            anyhow::ensure!(created.ok(), "creating the job failed: {}", created.error());
            run(&server, 200).await?; // warm-up
            let (a, b, c) = run(&server, N).await?;
            let r = reads(&server, N).await?;
            anyhow::Ok((a, b, c, r))
        })?;
        let (a, b, c, r) = (percentiles(a), percentiles(b), percentiles(c), percentiles(r));
        println!("  synchronous={name:<6}  instantiate+invoke p50 {:>7.1} µs  p99 {:>7.1} µs", a.0, a.1);
        println!("                       callback dispatch  p50 {:>7.1} µs  p99 {:>7.1} µs", b.0, b.1);
        println!("                       total              p50 {:>7.1} µs  p99 {:>7.1} µs", c.0, c.1);
        println!("                       (a read, same path p50 {:>7.1} µs  p99 {:>7.1} µs)", r.0, r.1);
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
