//! OData collection queries pushed down to SQL: the OData component sends the parsed query
//! options and the entity type's property types as JSON; the host builds parameterized SQL
//! with `temper-odata-query` and runs it over the projection table. Never SQL text from a
//! guest, never a journal replay.

use crate::storage::libsql::{LibsqlBackend, projection_table};
use crate::storage::{ProjectionRow, StorageError};
use libsql::Value;
use serde::Deserialize;
use std::collections::BTreeMap;
use temper_odata_query::{PropType, QueryOptions, SqlValue, build_select};

#[derive(Deserialize)]
struct Request {
    options: QueryOptions,
    schema: BTreeMap<String, PropType>,
    page_size: u32,
}

pub struct QueryPage {
    pub rows: Vec<ProjectionRow>,
    pub count: Option<u64>,
    pub more: bool,
}

fn value(v: SqlValue) -> Value {
    match v {
        SqlValue::Null => Value::Null,
        SqlValue::Int(n) => Value::Integer(n),
        SqlValue::Real(f) => Value::Real(f),
        SqlValue::Text(s) => Value::Text(s),
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Integer(n) => n.to_string(),
        _ => String::new(),
    }
}

/// `max_page` is the server's page size; a request may ask for smaller pages, never larger.
pub async fn run(
    store: &LibsqlBackend,
    tenant: &str,
    entity_type: &str,
    request: &str,
    max_page: u32,
) -> Result<QueryPage, StorageError> {
    let req: Request =
        serde_json::from_str(request).map_err(|e| StorageError::Invalid(format!("malformed query request: {e}")))?;
    let page = req.page_size.clamp(1, max_page.max(1));
    let table = projection_table(tenant, entity_type);
    let q = build_select(&table, &req.options, &req.schema, page).map_err(|e| StorageError::Invalid(e.to_string()))?;
    let rows = store.query_projection(tenant, entity_type, &q.sql, q.params.into_iter().map(value).collect()).await?;
    let limit = req.options.top.map_or(page as u64, |t| t.min(page as u64)) as usize;
    let more = rows.len() > limit && req.options.top.is_none_or(|t| t > page as u64);
    let rows = rows
        .into_iter()
        .take(limit)
        .map(|r| ProjectionRow {
            id: r.first().map(text).unwrap_or_default(),
            status: r.get(1).map(text).unwrap_or_default(),
            seq: match r.get(2) {
                Some(Value::Integer(n)) => *n as u64,
                _ => 0,
            },
            fields: r.get(3).map(text).unwrap_or_else(|| "{}".into()),
            deleted: false,
        })
        .collect();
    let count = match q.count_sql {
        Some((sql, params)) => {
            let r = store.query_projection(tenant, entity_type, &sql, params.into_iter().map(value).collect()).await?;
            Some(match r.first().and_then(|row| row.first()) {
                Some(Value::Integer(n)) => *n as u64,
                _ => 0,
            })
        }
        None => None,
    };
    Ok(QueryPage { rows, count, more })
}
