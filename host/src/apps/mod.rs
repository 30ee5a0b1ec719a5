//! Apps: the `app.toml` manifest ([`manifest`], [`sections`]), the artifact an app is
//! published as ([`artifact`]), registries ([`oci`]) and the local cache ([`cache`]), and the
//! installer ([`install`], [`fetch`], [`merge`], [`policies`], [`seed`], [`subscribe`]) with
//! the server's catalog ([`catalog`]).

pub mod archive;
pub mod artifact;
pub mod cache;
pub mod catalog;
pub mod collect;
pub mod fetch;
pub mod install;
pub mod manifest;
pub mod merge;
pub mod oci;
pub mod policies;
pub mod reconcile;
pub mod reference;
pub mod sections;
pub mod seed;
pub mod subscribe;
pub mod wasm_config;
