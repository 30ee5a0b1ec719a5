//! The predicate language of guards, invariants and trigger guards (one grammar for all).

pub mod ast;
pub mod check;
pub mod eval;
pub mod lexer;
pub mod parser;

pub use ast::{Pred, PredKind, Ref};
pub use check::{ParamTypes, Scope, Ty, check};
pub use eval::{Env, Related, eval, failing_clause};
pub use lexer::SyntaxError;
pub use parser::parse_predicate;
