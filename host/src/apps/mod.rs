//! Bundled and installed apps: the `app.toml` manifest ([`manifest`]), the app artifact (one
//! Wasm component carrying the declarative bundle and the integration modules: [`artifact`],
//! [`archive`], [`collect`]), its OCI references, push and pull ([`reference`], [`oci`]) and the on-disk
//! content-addressed cache of pulled artifacts ([`cache`]).

pub mod archive;
pub mod artifact;
pub mod cache;
pub mod collect;
pub mod manifest;
pub mod oci;
pub mod reference;
mod wasm_config;
