//! The `$filter` language: lexer, parser and AST (see [`parser`] for the grammar and limits).

pub mod ast;
mod lexer;
pub mod parser;

pub use ast::{CompareOp, Expr, Func, Literal};
pub use parser::{MAX_DEPTH, MAX_NODES, parse_filter};
