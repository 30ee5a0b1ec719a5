//! Query options evaluated in memory, for storage that has no SQL (the portable build's
//! in-memory storage component). [`run`] answers a `storage.query` page exactly as the host's
//! SQL pushdown does (`host/src/server/query.rs` over [`crate::build_select`]): the same type
//! check, `$filter` semantics ([`eval`]), order (`$orderby` keys, then `id`; NULLs first
//! ascending), `$skip`/`$top` window, one-row look-ahead for `more`, and `$count` of every
//! match. `$select` is not applied here, as in SQL: the caller projects the fields.

pub mod eval;
pub mod value;

pub use eval::{Record, matches};

use crate::check::{Schema, check_options};
use crate::error::QueryError;
use crate::options::{Direction, QueryOptions};
use std::cmp::Ordering;

/// One page of matches: indices into the rows given to [`run`], in result order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub rows: Vec<usize>,
    /// The number of live rows matching the filter, when `$count` was asked.
    pub count: Option<u64>,
    /// More matches follow this page (never set when `$top` fits in one page).
    pub more: bool,
}

/// Runs `opts` over `rows` (deleted rows never match), at most `page_size` rows a page (0 is
/// taken as 1), after type-checking the options against `schema`.
pub fn run(rows: &[Record<'_>], opts: &QueryOptions, schema: &dyn Schema, page_size: u32) -> Result<Page, QueryError> {
    check_options(opts, schema)?;
    let mut hits = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.deleted {
            continue;
        }
        if let Some(f) = &opts.filter
            && !matches(f, row)?
        {
            continue;
        }
        hits.push(i);
    }
    let by_id = opts.orderby.iter().any(|k| k.property == "Id");
    hits.sort_by(|&a, &b| {
        let (ra, rb) = (&rows[a], &rows[b]);
        for key in &opts.orderby {
            let path = std::slice::from_ref(&key.property);
            let o = value::order(&eval::property(ra, path), &eval::property(rb, path));
            let o = if key.direction == Direction::Desc { o.reverse() } else { o };
            if o != Ordering::Equal {
                return o;
            }
        }
        if by_id { Ordering::Equal } else { ra.id.as_bytes().cmp(rb.id.as_bytes()) }
    });
    let count = opts.count.then_some(hits.len() as u64);
    let page = u64::from(page_size.max(1));
    let limit = opts.top.map_or(page, |t| t.min(page));
    let offset = usize::try_from(opts.skip.unwrap_or(0)).unwrap_or(usize::MAX);
    let window: Vec<usize> =
        hits.into_iter().skip(offset).take(usize::try_from(limit + 1).unwrap_or(usize::MAX)).collect();
    let more = window.len() as u64 > limit && opts.top.is_none_or(|t| t > page);
    let rows = window.into_iter().take(usize::try_from(limit).unwrap_or(usize::MAX)).collect();
    Ok(Page { rows, count, more })
}

#[cfg(test)]
mod tests;
