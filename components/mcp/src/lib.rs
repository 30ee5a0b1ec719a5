//! The MCP component: the MCP server agents talk to. Streamable HTTP arrives through the
//! exported `temper:kernel/endpoint` (the host routes `/mcp` here, the request read whole) or
//! `wasi:http/incoming-handler` (for other runtimes), stdio through
//! `wasi:cli/run` (`temper-host mcp`). Both speak the current revision (2026-07-28, stateless)
//! and the 2025-11-25 handshake revision; see [`protocol`]. Tools and resources reach the
//! platform only through the `temper:kernel/platform` import, as the agent behind the
//! credential the host holds ([`platform`]); Cedar decides each call.
//!
//! Pure modules (unit-tested natively): [`protocol`], [`transport`], [`tools`],
//! [`resources`]; `wire` and `platform::Wasi` are the edges.

// wit-bindgen's generated canonical-ABI glue is `unsafe`; this crate's own code has none.
#![allow(unsafe_code)]

pub mod platform;
pub mod prompts;
pub mod protocol;
pub mod resources;
pub mod tools;
pub mod transport;

#[cfg(target_arch = "wasm32")]
mod wire;

/// Bindings of the `mcp-component` world.
pub mod bindings {
    wit_bindgen::generate!({
        world: "mcp-component",
        path: "../../wit/kernel",
        generate_all,
    });
}

#[cfg(target_arch = "wasm32")]
struct Mcp;

#[cfg(target_arch = "wasm32")]
impl bindings::exports::wasi::http::incoming_handler::Guest for Mcp {
    fn handle(
        request: bindings::wasi::http::types::IncomingRequest,
        out: bindings::wasi::http::types::ResponseOutparam,
    ) {
        wire::serve_http(request, out);
    }
}

#[cfg(target_arch = "wasm32")]
impl bindings::exports::temper::kernel::endpoint::Guest for Mcp {
    fn handle(
        req: bindings::exports::temper::kernel::endpoint::HttpRequest,
    ) -> bindings::exports::temper::kernel::endpoint::HttpResponse {
        let r = transport::HttpRequest {
            method: req.method,
            headers: req
                .headers
                .into_iter()
                .map(|(mut k, v)| {
                    k.make_ascii_lowercase();
                    (k, v)
                })
                .collect(),
            body: req.body,
        };
        let reply = transport::serve_http(&platform::Wasi, &r);
        bindings::exports::temper::kernel::endpoint::HttpResponse {
            status: reply.status,
            headers: reply.headers,
            body: reply.body,
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl bindings::exports::wasi::cli::run::Guest for Mcp {
    fn run() -> Result<(), ()> {
        wire::serve_stdio()
    }
}

#[cfg(target_arch = "wasm32")]
bindings::export!(Mcp with_types_in bindings);
