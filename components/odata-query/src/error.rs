//! The crate's single error type: which part of the request is wrong, where, what, and how to fix it.

use serde::{Deserialize, Serialize};

/// A located, explained rejection of a request path or query option.
///
/// `position` is a byte offset: into the raw path for `option == "path"`, into the raw query
/// string for `option == "query"`, and into the (percent-decoded) option value otherwise — for
/// `$filter` that is the offset within the `$filter` expression text. Errors found by the type
/// checker ([`crate::check`]) have no source span and report position 0; their message quotes
/// the offending expression instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{option} (byte {position}): {message}; {help}")]
pub struct QueryError {
    /// `"path"`, `"query"`, or the query option's name such as `"$filter"`.
    pub option: String,
    /// Byte offset of the offending token (see the type docs for what it is relative to).
    pub position: usize,
    /// What is wrong, quoting the offending token.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl QueryError {
    pub fn new(
        option: impl Into<String>,
        position: usize,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self { option: option.into(), position, message: message.into(), help: help.into() }
    }

    /// The same error reported under another option name, with its position moved by `offset`
    /// (used when an option is embedded in another, e.g. a `$filter` inside `$expand`).
    pub(crate) fn nested_in(self, option: &str, offset: usize) -> Self {
        let message =
            if self.option == option { self.message } else { format!("in nested {}: {}", self.option, self.message) };
        Self { option: option.to_string(), position: self.position + offset, message, help: self.help }
    }
}
