//! `temper-host`: the minimal native host. It embeds wasmtime, runs the kernel components
//! (today: the interpreter) and will implement the `temper:host` interfaces (storage, authz,
//! clock, http). If a piece of logic could be a component, it is not in here.

pub mod apps;
pub mod authz;
pub mod cli;
pub mod clock;
pub mod evolution;
pub mod governance;
pub mod integrations;
pub mod mcp;
pub mod observe;
pub mod runtime;
pub mod server;
pub mod storage;
pub mod telemetry;
pub mod verify;
