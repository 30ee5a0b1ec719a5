//! Hosting the MCP component (world `temper:kernel/mcp-component`). Over HTTP the server hands
//! `/mcp` to the component's `temper:kernel/endpoint` (the request read whole); over stdio (`temper-host mcp`) the
//! component's `wasi:cli/run` reads the agent's stdin and writes its stdout. Either way the
//! component reaches the platform only through `temper:kernel/platform`, and the hooks here
//! decide where those requests go: in-process into the server's own router as the agent who
//! called `/mcp` ([`hooks::Target::InProcess`]), or over HTTP to `--url` with `--token`
//! ([`hooks::Target::Remote`]). The component never sees a credential.

pub mod hooks;
pub mod stdio;

use anyhow::{Context, Result};
use wasmtime::component::{Component, HasSelf, Linker, ResourceTable};
use wasmtime::{Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

mod bindings {
    wasmtime::component::bindgen!({
        world: "mcp-component",
        path: "../wit/kernel",
        require_store_data_send: true,
        with: {
            "wasi:http": wasmtime_wasi_http::p2::bindings::sync::http,
            "wasi:io": wasmtime_wasi::p2::bindings::sync::io,
            "wasi:cli": wasmtime_wasi::p2::bindings::sync::cli,
            "wasi:clocks": wasmtime_wasi::p2::bindings::sync::clocks,
        },
    });
}

pub use bindings::exports::temper::kernel::endpoint::{HttpRequest, HttpResponse};
use bindings::temper::kernel::platform;
pub use bindings::{McpComponent, McpComponentPre};

impl platform::Host for McpState {
    fn send(&mut self, req: platform::Request) -> Result<platform::Response, String> {
        let req = hooks::Request { method: req.method, path: req.path, headers: req.headers, body: req.body };
        let r = self.hooks.send(req)?;
        Ok(platform::Response { status: r.status, headers: r.headers, body: r.body })
    }
}

/// Store data of one MCP instance.
pub struct McpState {
    table: ResourceTable,
    wasi: WasiCtx,
    http: WasiHttpCtx,
    pub hooks: hooks::Hooks,
}

impl McpState {
    /// `wasi` grants stdio only for `temper-host mcp`; over HTTP the component gets nothing
    /// but the outgoing handler.
    pub fn new(wasi: WasiCtx, target: hooks::Target) -> Self {
        Self { table: ResourceTable::new(), wasi, http: WasiHttpCtx::new(), hooks: hooks::Hooks { target } }
    }
}

impl WasiView for McpState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for McpState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

/// Compiles and links the component (`engine` is the server's request engine, or a plain
/// one for stdio).
pub fn prepare(engine: &Engine, wasm: &[u8]) -> Result<McpComponentPre<McpState>> {
    let component = Component::new(engine, wasm).map_err(anyhow::Error::from).context("compiling the MCP component")?;
    let mut linker: Linker<McpState> = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).map_err(anyhow::Error::from)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_sync(&mut linker).map_err(anyhow::Error::from)?;
    platform::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
    let pre = linker.instantiate_pre(&component).map_err(anyhow::Error::from).context("linking the MCP component")?;
    McpComponentPre::new(pre).map_err(anyhow::Error::from).context("the MCP component does not export its world")
}

/// A store for one HTTP request to `/mcp`.
pub fn http_store(engine: &Engine, target: hooks::Target) -> Store<McpState> {
    Store::new(engine, McpState::new(WasiCtx::builder().build(), target))
}

/// The MCP component's bytes for `temper-host up` (found like every component); a server
/// runs without `/mcp` only when it is missing, and says so.
pub fn locate(_runtime: &crate::runtime::engine::Runtime, dir: Option<&std::path::Path>) -> Result<Option<Vec<u8>>> {
    match crate::runtime::engine::locate_component("mcp", dir) {
        Ok(path) => Ok(Some(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?)),
        Err(e) => {
            eprintln!("warning: /mcp is off: {e:#}");
            Ok(None)
        }
    }
}
