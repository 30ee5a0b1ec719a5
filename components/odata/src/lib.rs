//! The OData v4 component: serves `/{tenant}/odata/...` requests the host hands over through
//! `wasi:http/incoming-handler`, deciding every write with the interpreter component and
//! journaling through the host's storage. Authorization is asked of the host on every request.
//!
//! Pure modules (no bindings, unit-tested natively): [`error`], [`reply`], [`request`],
//! [`entity`], [`metadata`]. The rest calls the imports.

// wit-bindgen's generated canonical-ABI glue (export shims, import stubs, `cabi_realloc`) is
// `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

mod action;
mod convert;
mod ctx;
pub mod entity;
pub mod error;
mod expand;
mod http;
pub mod metadata;
mod read;
mod related;
pub mod reply;
pub mod request;
mod routes;
mod store;
mod write;

wit_bindgen::generate!({
    world: "odata-component",
    path: "../../wit/kernel",
    generate_all,
});

/// The exported handler. Exported only on wasm: natively the export's symbol names
/// (`wasi:http/incoming-handler@0.2.12#handle`) cannot be linked into the test cdylib, and the
/// native build exists for lints and the pure modules' tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct OData;

impl exports::wasi::http::incoming_handler::Guest for OData {
    fn handle(request: wasi::http::types::IncomingRequest, response_out: wasi::http::types::ResponseOutparam) {
        let mut incoming = http::Incoming::new(request);
        let reply = routes::handle(&mut incoming);
        drop(incoming);
        http::send(response_out, reply);
    }
}

#[cfg(target_arch = "wasm32")]
export!(OData);
