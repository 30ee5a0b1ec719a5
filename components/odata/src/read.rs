//! Reads: one entity, one property (`/Prop`, `/Prop/$value`), a collection with query
//! options pushed down to the host's storage, and `$count`; `$expand` (see [`crate::expand`])
//! on entities and collections.

use crate::ctx::{Ctx, Target};
use crate::entity::{Obj, View, query_schema, render};
use crate::error::ODataError;
use crate::expand::{self, Plan, strip_select};
use crate::reply::Reply;
use crate::request::{etag, key_literal, with_skiptoken};
use crate::store::{self, Row, storage_error};
use crate::temper::host::storage::{self, StorageError};
use serde_json::{Value as Json, json};
use temper_odata_query::{QueryError, QueryOptions, check_options};

/// Rows per page of a collection.
pub const PAGE_SIZE: u64 = 100;

/// A query option error as a 400 that says where (`located`: a parse error, whose position is
/// meaningful; checker errors quote the expression instead).
pub fn query_error(e: QueryError, located: bool) -> ODataError {
    let message = if located {
        format!("{}: {} at position {}", e.option, e.message, e.position)
    } else {
        format!("{}: {}", e.option, e.message)
    };
    ODataError::bad_request(message).with_target(e.option).with_detail("help", e.help)
}

fn no_expand(opts: &QueryOptions) -> Result<(), ODataError> {
    if opts.expand.is_empty() {
        return Ok(());
    }
    Err(ODataError::bad_request("$expand does not apply to `$count`; count the entity set without it")
        .with_target("$expand"))
}

/// Checks the options against the entity type (`$select` may name the expanded navigation
/// properties) and plans `$expand`; returns the plan and the `$select` to render with.
fn checked(ctx: &Ctx, target: &Target, opts: &QueryOptions) -> Result<(Plan, Option<Vec<String>>), ODataError> {
    let select = strip_select(opts.select.as_deref(), &opts.expand);
    let plain = QueryOptions { select: select.clone(), expand: Vec::new(), ..opts.clone() };
    check_options(&plain, &query_schema(&target.ety)).map_err(|e| query_error(e, false))?;
    Ok((expand::plan(ctx, target, opts)?, select))
}

fn view(row: &Row) -> View<'_> {
    View { id: &row.id, status: &row.status, seq: row.seq, fields: &row.fields }
}

/// `Set('id')` as JSON with its ETag.
pub fn entity_reply(ctx: &Ctx, target: &Target, row: &Row, status: u16, select: Option<&[String]>) -> Reply {
    let context = ctx.context_url(&format!("{}/$entity", target.deployed.entity_set));
    let body = render(&target.ety, &view(row), Some(&context), select).render();
    Reply::json(status, body).header("ETag", etag(row.seq))
}

pub fn get(ctx: &Ctx, target: &Target, row: &Row, opts: &QueryOptions) -> Result<Reply, ODataError> {
    let (plan, select) = checked(ctx, target, opts)?;
    let context = ctx.context_url(&format!("{}/$entity", target.deployed.entity_set));
    let mut o = render(&target.ety, &view(row), Some(&context), select.as_deref());
    plan.inline(ctx, &mut o, &row.id, &row.fields)?;
    Ok(Reply::json(200, o.render()).header("ETag", etag(row.seq)))
}

fn member_value(target: &Target, row: &Row, name: &str) -> Result<Json, ODataError> {
    match name {
        "Id" => return Ok(Json::String(row.id.clone())),
        "status" => return Ok(Json::String(row.status.clone())),
        _ => {}
    }
    if target.ety.properties.iter().any(|p| p.name == name) {
        return Ok(row.fields.get(name).cloned().unwrap_or(Json::Null));
    }
    if target.ety.navigation.iter().any(|n| n.name == name) {
        return Err(ODataError::bad_request(format!(
            "navigation property `{name}` is not supported yet; read the related entities from their own entity set"
        )));
    }
    let mut known = vec!["Id".to_string(), "status".to_string()];
    known.extend(target.ety.properties.iter().filter(|p| p.name != "Id").map(|p| p.name.clone()));
    Err(ODataError::not_found(format!(
        "{} has no property `{name}`; properties: {}",
        target.deployed.entity_type,
        known.join(", ")
    )))
}

/// `Set('id')/Prop`.
pub fn property(ctx: &Ctx, target: &Target, row: &Row, name: &str) -> Result<Reply, ODataError> {
    let value = member_value(target, row, name)?;
    let context = ctx.context_url(&format!("{}{}/{name}", target.deployed.entity_set, key_literal(&row.id)));
    let mut o = Obj::default();
    o.push("@odata.context", Json::String(context));
    o.push("value", value);
    Ok(Reply::json(200, o.render()).header("ETag", etag(row.seq)))
}

/// `Set('id')/Prop/$value`: the raw value as text (204 for null).
pub fn property_value(target: &Target, row: &Row, name: &str) -> Result<Reply, ODataError> {
    let text = match member_value(target, row, name)? {
        Json::Null => return Ok(Reply::empty(204)),
        Json::String(s) => s,
        v @ (Json::Bool(_) | Json::Number(_)) => v.to_string(),
        _ => {
            return Err(ODataError::bad_request(format!(
                "`{name}` is not a primitive value; read `.../{name}` without `/$value`"
            )));
        }
    };
    Ok(Reply::text(200, "text/plain;charset=utf-8", text).header("ETag", etag(row.seq)))
}

pub fn run_query(ctx: &Ctx, target: &Target, opts: &QueryOptions) -> Result<storage::QueryResult, ODataError> {
    let schema = query_schema(&target.ety);
    let q = json!({"options": opts, "schema": schema, "page_size": PAGE_SIZE}).to_string();
    storage::query(&ctx.tenant, &target.deployed.entity_type, &q).map_err(|e| match e {
        StorageError::Invalid(m) => ODataError::bad_request(format!("the query cannot be run: {m}")),
        other => storage_error(other),
    })
}

/// `GET Set` with `$filter $select $orderby $top $skip $count $skiptoken`. `url` is the
/// request URL without its query string; `query` the raw query string.
pub fn list(ctx: &Ctx, target: &Target, url: &str, query: &str, mut opts: QueryOptions) -> Result<Reply, ODataError> {
    let (plan, select) = checked(ctx, target, &opts)?;
    let skip = opts.skip.unwrap_or(0);
    let offset = match opts.skiptoken.take() {
        Some(t) => t.parse::<u64>().map_err(|_| {
            ODataError::bad_request(format!("$skiptoken: `{t}` is not a token this service issued"))
                .with_target("$skiptoken")
        })?,
        None => skip,
    };
    if let Some(top) = opts.top {
        opts.top = Some(top.saturating_sub(offset.saturating_sub(skip)));
    }
    let remaining = opts.top;
    opts.skip = (offset > 0).then_some(offset);
    let res = run_query(ctx, target, &opts)?;
    let select = select.as_deref();
    let mut values = Vec::with_capacity(res.rows.len());
    for (r, fields) in readable_rows(ctx, target, &res.rows)? {
        let v = View { id: &r.id, status: &r.status, seq: r.seq, fields: &fields };
        let mut o = render(&target.ety, &v, None, select);
        plan.inline(ctx, &mut o, &r.id, &fields)?;
        values.push(o.render());
    }
    let set = &target.deployed.entity_set;
    let fragment = match select {
        Some(s) if !s.iter().any(|x| x == "*") => {
            let navs = opts.expand.iter().map(|e| format!("{}()", e.property));
            let members: Vec<String> = s.iter().cloned().chain(navs).collect();
            format!("{set}({})", members.join(","))
        }
        _ => set.clone(),
    };
    let mut o = Obj::default();
    o.push("@odata.context", Json::String(ctx.context_url(&fragment)));
    if opts.count {
        o.push("@odata.count", json!(count_readable(ctx, target, &opts)?));
    }
    o.push_raw("value", format!("[{}]", values.join(",")));
    let returned = res.rows.len() as u64;
    if res.more && remaining.is_none_or(|t| returned < t) {
        o.push("@odata.nextLink", Json::String(format!("{url}?{}", with_skiptoken(query, offset + returned))));
    }
    Ok(Reply::json(200, o.render()))
}

/// `GET Set/$count`: the number of matching entities as plain text.
pub fn count(ctx: &Ctx, target: &Target, mut opts: QueryOptions) -> Result<Reply, ODataError> {
    no_expand(&opts)?;
    check_options(&opts, &query_schema(&target.ety)).map_err(|e| query_error(e, false))?;
    opts.count = true;
    opts.top = Some(0);
    opts.skip = None;
    opts.skiptoken = None;
    opts.select = None;
    opts.orderby.clear();
    let n = count_readable(ctx, target, &opts)?;
    Ok(Reply::text(200, "text/plain;charset=utf-8", n.to_string()))
}

/// A projection row with its parsed fields.
pub type ReadableRow<'a> = (&'a storage::ProjectionRow, serde_json::Map<String, Json>);

/// The live rows of a page the principal may `read`, with their parsed fields. Lists are
/// authorized twice: `list` on the entity type (a 403 and a decision if denied), then `read`
/// per row — rows the principal may not read are left out, never an error.
pub fn readable_rows<'a>(
    ctx: &Ctx,
    target: &Target,
    rows: &'a [storage::ProjectionRow],
) -> Result<Vec<ReadableRow<'a>>, ODataError> {
    let mut live = Vec::with_capacity(rows.len());
    for r in rows.iter().filter(|r| !r.deleted) {
        live.push((r, store::stored_fields(&r.id, &r.fields)?));
    }
    let asks: Vec<(&str, Json)> = live
        .iter()
        .map(|(r, f)| {
            let mut a = f.clone();
            a.insert("status".into(), Json::String(r.status.clone()));
            a.insert("has_spec".into(), Json::Bool(true));
            (r.id.as_str(), Json::Object(a))
        })
        .collect();
    let allowed = ctx.readable(&target.deployed.entity_type, &asks);
    Ok(live.into_iter().zip(allowed).filter(|(_, ok)| *ok).map(|(x, _)| x).collect())
}

/// How many entities match `opts`'s filter that the principal may read (`$top`/`$skip` do
/// not apply, as OData counts): the matches are walked page by page and each is authorized
/// (`read`), so a count never reveals rows the principal cannot see.
fn count_readable(ctx: &Ctx, target: &Target, opts: &QueryOptions) -> Result<u64, ODataError> {
    let mut page = opts.clone();
    page.count = false;
    page.select = None;
    page.skiptoken = None;
    page.top = None;
    page.orderby.clear();
    page.expand.clear();
    let mut offset = 0u64;
    let mut n = 0u64;
    loop {
        page.skip = (offset > 0).then_some(offset);
        let res = run_query(ctx, target, &page)?;
        n += readable_rows(ctx, target, &res.rows)?.len() as u64;
        offset += res.rows.len() as u64;
        if !res.more || res.rows.is_empty() {
            return Ok(n);
        }
    }
}
