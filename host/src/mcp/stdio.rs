//! `temper-host mcp --url … --token …`: the MCP component on stdio, for agent clients that
//! start their MCP servers as processes (`.mcp.json`). The component's `wasi:cli/run` reads
//! newline-delimited JSON-RPC from the agent on stdin and answers on stdout; diagnostics go to
//! stderr. Its platform requests go to `--url` with `--token`.

use super::hooks::Target;
use super::{McpState, prepare};
use anyhow::{Context, Result, bail};
use std::path::Path;
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::WasiCtx;

/// Runs the component until the agent closes stdin.
pub fn run(component: &Path, url: &str, token: &str) -> Result<()> {
    let base: hyper::Uri = url.parse().with_context(|| format!("`--url {url}` is not a URL"))?;
    if base.scheme_str() != Some("http") || base.host().is_none() {
        bail!(
            "`--url {url}`: give the server's base URL, e.g. `http://127.0.0.1:4000` (https is not supported here; use a local tunnel)"
        );
    }
    if token.trim().is_empty() {
        bail!("`--token` is empty: give the agent's bearer token (`temper-host token create`)");
    }
    let wasm = std::fs::read(component).with_context(|| format!("reading {}", component.display()))?;
    let mut config = Config::new();
    config.wasm_component_model(true);
    let engine = Engine::new(&config).map_err(anyhow::Error::from)?;
    let pre = prepare(&engine, &wasm)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let target = Target::Remote { base, token: token.trim().to_string() };
    let wasi = WasiCtx::builder().inherit_stdin().inherit_stdout().inherit_stderr().build();
    let result = rt.block_on(async move {
        tokio::task::spawn_blocking(move || -> Result<Result<(), ()>> {
            let mut store = Store::new(&engine, McpState::new(wasi, target));
            let instance = pre.instantiate(&mut store).map_err(anyhow::Error::from)?;
            instance.wasi_cli_run().call_run(&mut store).map_err(anyhow::Error::from)
        })
        .await
    })??;
    result.map_err(|()| anyhow::anyhow!("the MCP component stopped with an error (see above)"))
}
