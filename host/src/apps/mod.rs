//! Bundled and installed apps: the `app.toml` manifest ([`manifest`]).

pub mod manifest;
