//! The verifier front-end component: exports `temper:kernel/verifier`. From a spec it builds
//! the verification model the cascade checks — bounds, parameter domains, the properties
//! (`[[invariant]]`, `terminal`, `[[liveness]]`) and the SMT-LIB 2 queries of L0 — and says
//! what the model does not cover. It imports nothing, so it is deterministic; it checks
//! nothing itself (the native back end runs Z3 and drives the interpreter for L1–L3).
//!
//! Pure modules (no bindings, unit-tested natively): [`model`], [`classify`], [`scan`],
//! [`domains`], [`groups`], [`properties`], [`relevance`], [`classes`], [`smt`], [`build`], [`render`], [`locate`]. `convert` maps
//! the model to the WIT types.

// wit-bindgen's generated canonical-ABI glue (export shims, `cabi_realloc`) is `unsafe`;
// the crate's own code has none.
#![allow(unsafe_code)]

pub mod build;
pub mod classes;
pub mod classify;
mod convert;
pub mod domains;
pub mod groups;
pub mod locate;
pub mod model;
pub mod properties;
pub mod relevance;
pub mod render;
pub mod scan;
pub mod smt;

use convert::{diagnostic_to, file_from, model_to, options_from, options_to};
use exports::temper::kernel::verifier::{Guest, Options, SpecModel};
use temper::kernel::types::{Diagnostic, SourceFile};

wit_bindgen::generate!({
    world: "verifier-component",
    path: "../../wit/kernel",
});

/// The exported interface. Exported only on wasm: natively the export's symbol names cannot be
/// linked into the test cdylib, and the native build exists for lints and the pure modules' tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Verifier;

impl Guest for Verifier {
    fn default_options() -> Options {
        options_to(model::Options::default())
    }

    fn build_model(files: Vec<SourceFile>, options: Options) -> Result<Vec<SpecModel>, Vec<Diagnostic>> {
        let files: Vec<temper_spec::SourceFile> = files.into_iter().map(file_from).collect();
        build::build_models(&files, &options_from(options))
            .map(|models| models.into_iter().map(model_to).collect())
            .map_err(|diags| diags.into_iter().map(diagnostic_to).collect())
    }
}

#[cfg(target_arch = "wasm32")]
export!(Verifier);
