//! A WIT authz request as a Cedar request and its entities, schema-less, as the host builds
//! them (`host/src/authz/request.rs`): type names checked as Cedar identifiers, ids never
//! spliced into Cedar text, JSON attributes as Cedar values (strings, booleans, `i64`s; other
//! numbers as their decimal text; arrays as sets; objects as records; `null` dropped).

use crate::exports::temper::host::authz::{AuthzRequest, EntityRef};
use cedar_policy::{Context, Entities, Entity, EntityId, EntityTypeName, EntityUid, Request, RestrictedExpression};
use serde_json::{Map, Value as Json};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// Nested arrays and objects deeper than this are refused (Cedar evaluates values recursively).
const MAX_DEPTH: usize = 32;

/// Whether `name` is Cedar identifiers `[A-Za-z_][A-Za-z0-9_]*` joined by `::`.
pub fn is_type_name(name: &str) -> bool {
    !name.is_empty()
        && name.split("::").all(|seg| {
            let mut chars = seg.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

fn uid(entity: &EntityRef) -> Result<EntityUid, String> {
    let name = &entity.entity_type;
    if !is_type_name(name) {
        return Err(format!("invalid entity type name {name:?}: expected Cedar identifiers joined by `::`"));
    }
    let ty = EntityTypeName::from_str(name).map_err(|e| format!("invalid entity type name {name:?}: {e}"))?;
    Ok(EntityUid::from_type_name_and_id(ty, EntityId::new(&entity.id)))
}

fn value(json: &Json, depth: usize, path: &str) -> Result<Option<RestrictedExpression>, String> {
    if depth > MAX_DEPTH {
        return Err(format!("attribute `{path}` nests deeper than {MAX_DEPTH} levels"));
    }
    Ok(Some(match json {
        Json::Null => return Ok(None),
        Json::Bool(b) => RestrictedExpression::new_bool(*b),
        Json::String(s) => RestrictedExpression::new_string(s.clone()),
        Json::Number(n) => match n.as_i64() {
            Some(i) => RestrictedExpression::new_long(i),
            None => RestrictedExpression::new_string(n.to_string()),
        },
        Json::Array(items) => {
            let mut set = Vec::with_capacity(items.len());
            for item in items {
                set.extend(value(item, depth + 1, path)?);
            }
            RestrictedExpression::new_set(set)
        }
        Json::Object(map) => RestrictedExpression::new_record(record(map, depth + 1, path)?)
            .map_err(|e| format!("attribute `{path}`: {e}"))?,
    }))
}

fn record(map: &Map<String, Json>, depth: usize, path: &str) -> Result<Vec<(String, RestrictedExpression)>, String> {
    let mut out = Vec::with_capacity(map.len());
    for (key, v) in map {
        let sub = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        if let Some(expr) = value(v, depth, &sub)? {
            out.push((key.clone(), expr));
        }
    }
    Ok(out)
}

/// The attributes of a JSON object text (empty text and `null` count as `{}`).
fn attrs(text: &str, what: &str) -> Result<Vec<(String, RestrictedExpression)>, String> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    match serde_json::from_str::<Json>(text) {
        Ok(Json::Null) => Ok(Vec::new()),
        Ok(Json::Object(map)) => record(&map, 0, "").map_err(|e| format!("{what}: {e}")),
        Ok(_) => Err(format!("{what} must be a JSON object")),
        Err(e) => Err(format!("{what} is not JSON: {e}")),
    }
}

/// The Cedar request and entities for `req`. The principal has no attributes (no credential
/// resolved them); the resource has `resource-attrs`.
pub fn build(req: &AuthzRequest) -> Result<(Request, Entities), String> {
    if req.action.is_empty() {
        return Err("the action must not be empty".into());
    }
    let principal = uid(&req.principal).map_err(|e| format!("principal: {e}"))?;
    let resource = uid(&req.resource).map_err(|e| format!("resource: {e}"))?;
    let action_type = EntityTypeName::from_str("Action").map_err(|e| format!("action: {e}"))?;
    let action = EntityUid::from_type_name_and_id(action_type, EntityId::new(&req.action));
    let resource_attrs: HashMap<String, RestrictedExpression> =
        attrs(&req.resource_attrs, "resource_attrs")?.into_iter().collect();
    let context = Context::from_pairs(attrs(&req.context, "context")?).map_err(|e| format!("context: {e}"))?;
    let entity = |uid: &EntityUid, attrs: HashMap<String, RestrictedExpression>| {
        Entity::new(uid.clone(), attrs, HashSet::new()).map_err(|e| format!("entity {uid}: {e}"))
    };
    let entities = if principal == resource {
        vec![entity(&principal, resource_attrs)?]
    } else {
        vec![entity(&principal, HashMap::new())?, entity(&resource, resource_attrs)?]
    };
    let entities = Entities::from_entities(entities, None).map_err(|e| format!("entities: {e}"))?;
    let request = Request::new(principal, action, resource, context, None).map_err(|e| format!("request: {e}"))?;
    Ok((request, entities))
}
