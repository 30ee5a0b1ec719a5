//! The wasmtime side of the host: one engine configuration, the precompiled-component cache,
//! and typed handles to each kernel component.

pub mod cache;
pub mod callbacks;
pub mod engine;
pub mod evolution;
pub mod frontend;
pub mod interpreter;
pub mod pure;
pub mod reactions;

pub use engine::Runtime;
pub use interpreter::{Interpreter, InterpreterPool};
