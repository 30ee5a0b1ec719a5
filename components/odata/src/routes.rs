//! Request dispatch: target → tenant and OData path, principal, method check, authorization
//! (always first), `Idempotency-Key` replay, then the handler.

use crate::action::{self, Call};
use crate::ctx::{Ctx, Target, describe};
use crate::entity::Fields;
use crate::error::ODataError;
use crate::http::Incoming;
use crate::metadata::{ActionInfo, MachineInfo, annotate, service_document};
use crate::read::{self, query_error};
use crate::reply::Reply;
use crate::request::{is_json, parse_principal, request_hash, split_target};
use crate::store::{self, Idem, Row};
use crate::temper::host::authz::EntityRef;
use crate::temper::host::storage;
use crate::write;
use serde_json::{Value as Json, json};
use temper_odata_query::{EntityKey, QueryOptions, ResourcePath, parse_path, parse_query};

pub fn handle(inc: &mut Incoming) -> Reply {
    route(inc).unwrap_or_else(Reply::from)
}

fn allow(method: &str, what: &str, allowed: &[&str]) -> Result<(), ODataError> {
    if allowed.contains(&method) { Ok(()) } else { Err(ODataError::method_not_allowed(method, what, allowed)) }
}

fn options(query: &str) -> Result<QueryOptions, ODataError> {
    parse_query(query).map_err(|e| query_error(e, true))
}

fn route(inc: &mut Incoming) -> Result<Reply, ODataError> {
    let Some((tenant, rest, query)) = split_target(&inc.target) else {
        let path = inc.target.split('?').next().unwrap_or("");
        return Err(ODataError::not_found(format!(
            "no OData resource at `{path}`: paths are `/{{tenant}}/odata/...` with a tenant id `[a-z0-9][a-z0-9-]{{0,62}}`"
        )));
    };
    let actor = inc
        .header("x-temper-principal")
        .filter(|h| !h.is_empty())
        .ok_or_else(|| ODataError::unauthorized("no authenticated principal; send a bearer token"))?
        .to_string();
    let (ptype, pid) = parse_principal(&actor).ok_or_else(|| {
        ODataError::unauthorized("the authenticated principal is malformed (expected `Type::\"id\"`)")
    })?;
    let request_id = inc
        .header("x-temper-request-id")
        .filter(|h| !h.is_empty())
        .ok_or_else(|| ODataError::bad_request("missing x-temper-request-id"))?
        .to_string();
    let path = parse_path(&rest).map_err(|e| {
        ODataError::not_found(format!("no resource at `{rest}`: {} at position {}", e.message, e.position))
            .with_detail("help", e.help)
    })?;
    let principal = EntityRef { entity_type: ptype, id: pid };
    let ctx = Ctx::load(&tenant, principal, &actor, &request_id, &inc.origin)?;
    let method = inc.method.clone();
    let m = method.as_str();
    match path {
        ResourcePath::ServiceDocument => {
            allow(m, "the service document", &["GET"])?;
            ctx.authorize("read_metadata", "Service", &ctx.tenant, &json!({}))?;
            let sets: Vec<String> = ctx.specs.specs.iter().map(|s| s.entity_set.clone()).collect();
            Ok(Reply::json(200, service_document(&format!("{}$metadata", ctx.base), &sets)))
        }
        ResourcePath::Metadata => {
            allow(m, "$metadata", &["GET"])?;
            ctx.authorize("read_metadata", "Service", &ctx.tenant, &json!({}))?;
            metadata(&ctx)
        }
        ResourcePath::Collection { set } => {
            let target = ctx.set(&set)?;
            allow(m, &format!("the entity set `{set}`"), &["GET", "POST"])?;
            let ty = target.deployed.entity_type.clone();
            if m == "GET" {
                ctx.authorize("list", &ty, "", &json!({}))?;
                let url = format!("{}{rest}", ctx.base);
                return read::list(&ctx, &target, &url, &query, options(&query)?);
            }
            ctx.authorize("create", &ty, "", &json!({}))?;
            let body = read_body(inc)?;
            match idempotency(&ctx, inc, &body)? {
                Err(replay) => Ok(replay),
                Ok(idem) => write::create(&ctx, &target, &body, idem.as_ref()),
            }
        }
        ResourcePath::Count { set } => {
            let target = ctx.set(&set)?;
            allow(m, &format!("`{set}/$count`"), &["GET"])?;
            ctx.authorize("list", &target.deployed.entity_type, "", &json!({}))?;
            read::count(&ctx, &target, options(&query)?)
        }
        ResourcePath::Entity { set, key } => {
            let target = ctx.set(&set)?;
            allow(m, "an entity", &["GET", "PATCH", "DELETE"])?;
            let action = match m {
                "GET" => "read",
                "PATCH" => "update",
                _ => "delete",
            };
            let row = entity(&ctx, &target, &key, action)?;
            let if_match = inc.header("if-match").map(String::from);
            match m {
                "GET" => read::get(&ctx, &target, &row, &options(&query)?),
                "PATCH" => {
                    let body = read_body(inc)?;
                    write::patch(&ctx, &target, row, &body, if_match.as_deref())
                }
                _ => write::delete(&ctx, &target, row, if_match.as_deref()),
            }
        }
        ResourcePath::Member { set, key, name } => {
            let target = ctx.set(&set)?;
            allow(m, "a property", &["GET"])?;
            let row = entity(&ctx, &target, &key, "read")?;
            read::property(&ctx, &target, &row, &name)
        }
        ResourcePath::PropertyValue { set, key, property } => {
            let target = ctx.set(&set)?;
            allow(m, "a property value", &["GET"])?;
            let row = entity(&ctx, &target, &key, "read")?;
            read::property_value(&target, &row, &property)
        }
        ResourcePath::Action { set, key, qualified, name } => {
            let target = ctx.set(&set)?;
            allow(m, "a bound action", &["POST"])?;
            let row = entity(&ctx, &target, &key, &name)?;
            let body = read_body(inc)?;
            let if_match = inc.header("if-match").map(String::from);
            match idempotency(&ctx, inc, &body)? {
                Err(replay) => Ok(replay),
                Ok(idem) => {
                    let call = Call {
                        qualified: &qualified,
                        name: &name,
                        body: &body,
                        if_match: if_match.as_deref(),
                        idem: idem.as_ref(),
                    };
                    action::run(&ctx, &target, row, &call)
                }
            }
        }
    }
}

/// Loads the keyed entity and authorizes `action` on it (a missing entity is authorized with
/// no attributes, so a denied caller learns nothing, then is a 404).
fn entity(ctx: &Ctx, target: &Target, key: &EntityKey, action: &str) -> Result<Row, ODataError> {
    if let Some(p) = key.property.as_deref().filter(|p| *p != "Id") {
        return Err(ODataError::bad_request(format!(
            "`{p}` is not the key of {}; address entities by `Id`",
            target.ety.name
        )));
    }
    let ty = &target.deployed.entity_type;
    match store::load(ctx, target, &key.value)? {
        Some(row) => {
            ctx.authorize(action, ty, &row.id, &row.attrs())?;
            Ok(row)
        }
        None => {
            ctx.authorize(action, ty, &key.value, &Json::Object(Fields::new()))?;
            Err(store::not_found(target, &key.value))
        }
    }
}

/// The body, refusing a non-JSON `Content-Type`.
fn read_body(inc: &mut Incoming) -> Result<Vec<u8>, ODataError> {
    let body = inc.body()?;
    if !body.is_empty()
        && let Some(ct) = inc.header("content-type")
        && !is_json(ct)
    {
        return Err(ODataError::unsupported_media_type(ct));
    }
    Ok(body)
}

/// `Idempotency-Key`: `Err(reply)` replays a stored answer; `Ok(Some)` is a key to store.
fn idempotency(ctx: &Ctx, inc: &Incoming, body: &[u8]) -> Result<Result<Option<Idem>, Reply>, ODataError> {
    let Some(key) = inc.header("idempotency-key").filter(|k| !k.is_empty()) else { return Ok(Ok(None)) };
    let hash = request_hash(&inc.method, &inc.target, body);
    match storage::idempotency(&ctx.tenant, key).map_err(store::storage_error)? {
        None => Ok(Ok(Some(Idem { key: key.to_string(), hash }))),
        Some(rec) if rec.request_hash == hash => {
            let mut reply = Reply::json(rec.status, rec.response.clone()).header("Idempotent-Replayed", "true");
            if let Ok(v) = serde_json::from_str::<Json>(&rec.response)
                && let Some(tag) = v.get("@odata.etag").and_then(Json::as_str)
            {
                reply = reply.header("ETag", tag);
            }
            Ok(Err(reply))
        }
        Some(_) => Err(ODataError::unprocessable(format!(
            "idempotency key reused with a different request: `{key}` was first used for another method, path or body"
        ))),
    }
}

/// `$metadata`: the tenant's CSDL with the state-machine annotations.
fn metadata(ctx: &Ctx) -> Result<Reply, ODataError> {
    let mut machines = Vec::with_capacity(ctx.specs.specs.len());
    for d in &ctx.specs.specs {
        let s = describe(&d.spec)?;
        machines.push(MachineInfo {
            qualified_type: format!("{}.{}", d.namespace, d.entity_type),
            states: s.states.clone(),
            initial: s.initial.clone(),
            actions: s
                .actions
                .iter()
                .map(|a| ActionInfo { name: a.name.clone(), from: a.from.clone(), to: a.to.clone() })
                .collect(),
        });
    }
    let xml = annotate(&ctx.specs.csdl, &machines).map_err(ODataError::internal)?;
    Ok(Reply::text(200, "application/xml", xml))
}
