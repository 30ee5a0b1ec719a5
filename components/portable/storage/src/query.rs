//! `storage.query` without SQL: the request JSON the OData component sends
//! (`{"options", "schema", "page_size"}`) evaluated over the tenant's projection rows of one
//! entity type with `temper_odata_query::memory`, which selects, orders and pages exactly as
//! the host's SQL pushdown (`host/src/server/query.rs`) does.

use crate::exports::temper::host::storage::{QueryResult, StorageError};
use crate::store::State;
use serde::Deserialize;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use temper_odata_query::memory::{self, Record};
use temper_odata_query::{PropType, QueryOptions};

/// The largest page a request may ask for (the host's server page size).
pub const MAX_PAGE: u32 = 1000;

#[derive(Deserialize)]
struct Request {
    options: QueryOptions,
    schema: BTreeMap<String, PropType>,
    page_size: u32,
}

pub fn run(state: &State, tenant: &str, entity_type: &str, request: &str) -> Result<QueryResult, StorageError> {
    let req: Request =
        serde_json::from_str(request).map_err(|e| StorageError::Invalid(format!("malformed query request: {e}")))?;
    let page = req.page_size.clamp(1, MAX_PAGE);
    let start = (tenant.to_string(), entity_type.to_string(), String::new());
    let rows: Vec<_> = state
        .projections
        .range(start..)
        .take_while(|((t, ty, _), _)| t == tenant && ty == entity_type)
        .map(|(_, r)| r)
        .collect();
    let mut fields = Vec::with_capacity(rows.len());
    for r in &rows {
        match serde_json::from_str::<Json>(&r.fields) {
            Ok(Json::Object(m)) => fields.push(m),
            // Commits refuse anything else, so this row was never written by a commit.
            _ => fields.push(Map::new()),
        }
    }
    let records: Vec<Record<'_>> = rows
        .iter()
        .zip(&fields)
        .map(|(r, f)| Record { id: &r.id, status: &r.status, fields: f, deleted: r.deleted })
        .collect();
    let found =
        memory::run(&records, &req.options, &req.schema, page).map_err(|e| StorageError::Invalid(e.to_string()))?;
    Ok(QueryResult {
        rows: found.rows.iter().map(|&i| rows[i].clone()).collect(),
        count: found.count,
        more: found.more,
    })
}
