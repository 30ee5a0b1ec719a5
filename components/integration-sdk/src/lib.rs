//! The guest SDK for Temper integration modules (world `temper:kernel/integration-module`).
//!
//! A module crate (`crate-type = ["cdylib"]`, built for `wasm32-unknown-unknown` by `cargo xtask
//! components`) implements [`Guest`] and calls [`export!`]:
//!
//! ```ignore
//! use temper_integration_sdk::{Context, Failure, Guest, Outcome};
//! struct Module;
//! impl Guest for Module {
//!     fn invoke(ctx: Context) -> Result<Outcome, Failure> { /* … */ }
//! }
//! temper_integration_sdk::export!(Module);
//! ```
//!
//! Outbound HTTP goes through [`fetch`] (blocking, over `wasi:http/outgoing-handler`: every
//! request is a Cedar decision of the host), secrets through [`secret`]. Budgets (fuel, memory,
//! wall time, response size) are the host's; a module that exceeds one is stopped.

// wit-bindgen's generated canonical-ABI glue is `unsafe`; this crate's own code has none.
#![allow(unsafe_code)]

mod http;

pub use http::{Response, fetch};

/// The generated bindings of the `integration-module` world.
pub mod bindings {
    wit_bindgen::generate!({
        world: "integration-module",
        path: "../../wit/kernel",
        pub_export_macro: true,
        default_bindings_module: "::temper_integration_sdk::bindings",
        generate_all,
    });
}

pub use bindings::export;
pub use bindings::exports::temper::kernel::integration::{Context, Failure, Guest, Outcome};
pub use bindings::temper::kernel::secrets::SecretError;

/// The tenant's secret `name`, if Cedar lets this module read it.
pub fn secret(name: &str) -> Result<String, SecretError> {
    bindings::temper::kernel::secrets::get(name)
}

/// Wall time in milliseconds since the Unix epoch, as the host decides it.
pub fn now_ms() -> u64 {
    bindings::temper::host::clock::now_ms()
}

impl Context {
    /// The trigger's config value for `key`.
    pub fn config(&self, key: &str) -> Option<&str> {
        self.config.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}
