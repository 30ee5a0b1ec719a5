//! A deliberately hostile integration module for the host's tests. Config `mode` picks the
//! behaviour: `echo` (outcome = params merged with the config, no I/O), `fetch` (GET config
//! `url`; outcome `{status, body_len}`, or `{error}` with config `on_error = "outcome"`), `loop` (never returns), `sleep` (blocks in the host on
//! a clock that never fires: no fuel or epoch can stop it, only the host's wall-time deadline),
//! `memory` (allocates until it dies), `panic`, `secret` (reads the secret named by config
//! `name`; outcome `{length}`, never the value).

// Natively (lints, tests) nothing is exported, so the module's functions are unused.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use serde_json::{Map, Value as Json, json};
use temper_integration_sdk::{Context, Failure, Guest, Outcome, fetch, secret};

struct Testkit;

impl Guest for Testkit {
    fn invoke(ctx: Context) -> Result<Outcome, Failure> {
        let params = match ctx.config("mode").unwrap_or("echo") {
            "echo" => echo(&ctx)?,
            "fetch" => {
                let url = ctx.config("url").ok_or_else(|| Failure::InvalidInput("config `url` is required".into()))?;
                match fetch("GET", url, &[], &[]) {
                    Ok(r) => json!({ "status": r.status, "body_len": r.body.len() }),
                    // Config `on_error = "outcome"`: swallow the failure, answer with its text.
                    Err(e) if ctx.config("on_error") == Some("outcome") => json!({ "error": e }),
                    Err(e) => return Err(Failure::Error(e)),
                }
            }
            "loop" => spin(),
            "sleep" => {
                use temper_integration_sdk::bindings::wasi::clocks::monotonic_clock;
                monotonic_clock::subscribe_duration(u64::MAX).block();
                json!({ "woke": true })
            }
            "memory" => hog(),
            "panic" => panic!("testkit: panicking as asked"),
            "secret" => {
                let name = ctx.config("name").unwrap_or_default();
                let value = secret(name).map_err(|e| Failure::Error(format!("secret: {e:?}")))?;
                json!({ "length": value.len() })
            }
            other => return Err(Failure::InvalidInput(format!("unknown mode `{other}`"))),
        };
        Ok(Outcome { params: params.to_string() })
    }
}

/// The params object with every config entry added as a string.
fn echo(ctx: &Context) -> Result<Json, Failure> {
    let mut out: Map<String, Json> = match serde_json::from_str(&ctx.params) {
        Ok(Json::Object(m)) => m,
        Ok(_) => Map::new(),
        Err(e) => return Err(Failure::InvalidInput(format!("params are not JSON: {e}"))),
    };
    for (k, v) in &ctx.config {
        out.insert(k.clone(), Json::String(v.clone()));
    }
    Ok(Json::Object(out))
}

fn spin() -> ! {
    let mut n: u64 = 0;
    loop {
        n = core::hint::black_box(n.wrapping_add(1));
    }
}

fn hog() -> ! {
    let mut kept: Vec<Vec<u8>> = Vec::new();
    loop {
        kept.push(core::hint::black_box(vec![1u8; 1 << 20]));
    }
}

#[cfg(target_arch = "wasm32")]
temper_integration_sdk::export!(Testkit);
