//! OData v4.01 request paths and query options for Temper: parsing into a typed AST, type
//! checking against an entity type, and parameterized SQL over the projection table.
//!
//! Pure Rust — no I/O, no clock, no threads — so the same code runs natively in the host and in
//! a `wasm32-unknown-unknown` guest component. Every error is a [`QueryError`] that says which
//! option, at which byte, what is wrong and how to fix it.
//!
//! * [`parse_path`] — `Set('id')/Namespace.Action` → [`ResourcePath`]
//! * [`parse_query`] — `$filter=…&$top=5` → [`QueryOptions`]
//! * [`parse_filter`] — a `$filter` value → [`Expr`] (`Display` renders canonical OData)
//! * [`check_filter`] / [`check_options`] — against a [`Schema`]
//! * [`build_select`] — [`QueryOptions`] → [`SqlQuery`] (SQLite)
//! * [`memory::run`] — the same query evaluated over rows in memory (no SQL)

pub mod check;
mod decode;
pub mod error;
pub mod filter;
pub mod memory;
pub mod options;
pub mod path;
pub mod sql;

pub use check::{PropType, Schema, check_filter, check_options};
pub use error::QueryError;
pub use filter::{CompareOp, Expr, Func, Literal, parse_filter};
pub use options::{Direction, ExpandItem, ExpandOptions, Format, OrderBy, QueryOptions, parse_query};
pub use path::{EntityKey, ResourcePath, parse_path};
pub use sql::{SqlQuery, SqlValue, build_select};

/// A parsed `$filter` expression.
pub type Filter = Expr;
