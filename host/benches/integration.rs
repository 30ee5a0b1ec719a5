//! Benchmark (release; `just bench`): one integration call — a fresh `Store` and instance of the
//! testkit module in `echo` mode (no I/O), the context marshalled in and the outcome parsed —
//! N times, p50/p99 per call; and, for comparison, a bare `InstancePre::instantiate` of the same
//! component (same engine configuration, a fresh `Store`, imports stubbed, nothing called).

use serde_json::json;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use temper_host::authz::{Authorizer, AuthzRequest, AuthzResponse};
use temper_host::integrations::{Budgets, IntegrationEnv, Integrations, Invocation};
use wasmtime::component::{Component, Linker};
use wasmtime::{Config, Engine, Store};

const N: usize = 2000;

struct Env(Authorizer);

impl IntegrationEnv for Env {
    fn authorize(&self, req: &AuthzRequest) -> AuthzResponse {
        self.0.authorize(req)
    }
    fn secret(&self, _tenant: &str, _name: &str) -> Option<String> {
        None
    }
}

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e6;
    (at(0.5), at(0.99))
}

fn main() -> anyhow::Result<()> {
    let path = temper_host::runtime::engine::locate_component("integrations/testkit", None)?;
    let wasm = std::fs::read(&path)?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let _guard = rt.enter();

    let integrations = Integrations::new(None)?;
    integrations.install("bench", "testkit", &wasm, Budgets::default())?;
    let env = Env(Authorizer::new());
    let inv = Invocation {
        tenant: "bench".into(),
        module: "testkit".into(),
        trigger: "t".into(),
        entity_type: "Order".into(),
        entity_id: "o-1".into(),
        action: "Checkout".into(),
        status: "Paid".into(),
        params: json!({ "amount": 4200, "note": "hello" }),
        fields: json!({ "total_cents": 4200, "currency": "eur", "lines": 3 }),
        config: BTreeMap::from([("mode".to_string(), "echo".to_string()), ("k".to_string(), "v".to_string())]),
        principal: "Agent::\"bot-1\"".into(),
        idempotency_key: "evt-1".into(),
    };
    for _ in 0..100 {
        integrations.invoke(&inv, &env).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let mut calls = Vec::with_capacity(N);
    for _ in 0..N {
        let t = Instant::now();
        let out = integrations.invoke(&inv, &env).map_err(|e| anyhow::anyhow!("{e}"))?;
        calls.push(t.elapsed());
        std::hint::black_box(out);
    }

    // The bare instantiation: same engine configuration, no WASI/HTTP context, no call.
    let mut config = Config::new();
    config.wasm_component_model(true).consume_fuel(true).epoch_interruption(true);
    let engine = Engine::new(&config).map_err(anyhow::Error::from)?;
    let component = Component::new(&engine, &wasm).map_err(anyhow::Error::from)?;
    let mut linker: Linker<()> = Linker::new(&engine);
    linker.define_unknown_imports_as_traps(&component).map_err(anyhow::Error::from)?;
    let pre = linker.instantiate_pre(&component).map_err(anyhow::Error::from)?;
    let bare_once = |pre: &wasmtime::component::InstancePre<()>| -> anyhow::Result<Duration> {
        let t = Instant::now();
        let mut store = Store::new(&engine, ());
        store.set_fuel(u64::MAX).map_err(anyhow::Error::from)?;
        store.set_epoch_deadline(u64::MAX);
        std::hint::black_box(pre.instantiate(&mut store).map_err(anyhow::Error::from)?);
        Ok(t.elapsed())
    };
    for _ in 0..100 {
        bare_once(&pre)?;
    }
    let bare = (0..N).map(|_| bare_once(&pre)).collect::<anyhow::Result<Vec<_>>>()?;

    let (c50, c99) = percentiles(calls);
    let (b50, b99) = percentiles(bare);
    println!("integration call (testkit echo, {N} calls, fresh store + instance each; {} bytes)", wasm.len());
    println!("  {:<48} {:>9} {:>9}", "", "p50 µs", "p99 µs");
    println!("  {:<48} {c50:>9.1} {c99:>9.1}", "instantiate + invoke (Integrations::invoke)");
    println!("  {:<48} {b50:>9.1} {b99:>9.1}", "bare InstancePre::instantiate (Store::new incl.)");
    println!("  invoke / bare instantiate at p50: {:.1}×", c50 / b50);
    Ok(())
}
