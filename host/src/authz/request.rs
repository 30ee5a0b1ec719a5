//! Turning an [`AuthzRequest`](super::AuthzRequest) into a Cedar request plus its entities,
//! schema-less: type names are checked as Cedar identifiers, ids are never spliced into Cedar
//! text, and JSON attributes become Cedar values.

use super::{AuthzRequest, EntityRef};
use cedar_policy::{Context, Entities, Entity, EntityId, EntityTypeName, EntityUid, Request, RestrictedExpression};
use serde_json::{Map, Value as Json};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

/// Nested arrays and objects deeper than this are refused (Cedar values are evaluated recursively).
const MAX_DEPTH: usize = 32;

/// Whether `name` is a Cedar entity type name: identifiers `[A-Za-z_][A-Za-z0-9_]*` joined by
/// `::` (no whitespace, no comments). Cedar's reserved words are refused later, by Cedar itself.
pub fn is_type_name(name: &str) -> bool {
    !name.is_empty()
        && name.split("::").all(|seg| {
            let mut chars = seg.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

thread_local! {
    /// Parsed type names: Cedar parses a type name with its full parser, a few µs each time.
    static TYPE_NAMES: std::cell::RefCell<HashMap<String, EntityTypeName>> = std::cell::RefCell::new(HashMap::new());
}

/// Most type names cached per thread.
const MAX_TYPE_NAMES: usize = 1024;

/// The Cedar type name for `name`, or an error message.
pub fn type_name(name: &str) -> Result<EntityTypeName, String> {
    if let Some(t) = TYPE_NAMES.with(|c| c.borrow().get(name).cloned()) {
        return Ok(t);
    }
    if !is_type_name(name) {
        return Err(format!("invalid entity type name {name:?}: expected Cedar identifiers joined by `::`"));
    }
    let parsed = EntityTypeName::from_str(name).map_err(|e| format!("invalid entity type name {name:?}: {e}"))?;
    TYPE_NAMES.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_TYPE_NAMES {
            c.clear();
        }
        c.insert(name.to_string(), parsed.clone());
    });
    Ok(parsed)
}

/// `Type::"id"`, with the id escaped by Cedar (so an id holding `"` or `\` cannot inject).
pub fn uid(entity: &EntityRef) -> Result<EntityUid, String> {
    Ok(EntityUid::from_type_name_and_id(type_name(&entity.entity_type)?, EntityId::new(&entity.id)))
}

/// A JSON value as a Cedar value: strings, booleans, `i64` numbers (any other number becomes
/// its decimal string), arrays as sets, objects as records. `None` for `null` (dropped).
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

/// The attributes of a JSON object (`null` counts as `{}`); `what` names it in errors.
fn attrs(json: &Json, what: &str) -> Result<Vec<(String, RestrictedExpression)>, String> {
    match json {
        Json::Null => Ok(Vec::new()),
        Json::Object(map) => record(map, 0, "").map_err(|e| format!("{what}: {e}")),
        other => Err(format!("{what} must be a JSON object, not {}", kind(other))),
    }
}

fn kind(json: &Json) -> &'static str {
    match json {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// The Cedar request and the entities it is evaluated against. When principal and resource are
/// the same entity there is one entity, and the principal's attributes (resolved by the host
/// from the credential) win over the resource's (stored fields a caller may have written).
/// The request's principal, action and resource uids.
pub fn uids(req: &AuthzRequest) -> Result<(EntityUid, EntityUid, EntityUid), String> {
    if req.action.is_empty() {
        return Err("the action must not be empty".into());
    }
    let principal = uid(&req.principal).map_err(|e| format!("principal: {e}"))?;
    let resource = uid(&req.resource).map_err(|e| format!("resource: {e}"))?;
    let action = EntityUid::from_type_name_and_id(type_name("Action")?, EntityId::new(&req.action));
    Ok((principal, action, resource))
}

/// The Cedar request and entities for `req`, whose uids [`uids`] computed.
pub fn build(
    req: &AuthzRequest,
    (principal, action, resource): (EntityUid, EntityUid, EntityUid),
) -> Result<(Request, Entities), String> {
    let principal_attrs = attrs(&req.principal_attrs, "principal_attrs")?;
    let resource_attrs = attrs(&req.resource_attrs, "resource_attrs")?;
    let context = Context::from_pairs(attrs(&req.context, "context")?).map_err(|e| format!("context: {e}"))?;

    let entity = |uid: &EntityUid, attrs: HashMap<String, RestrictedExpression>| {
        Entity::new(uid.clone(), attrs, HashSet::new()).map_err(|e| format!("entity {uid}: {e}"))
    };
    let entities = if principal == resource {
        let mut merged: HashMap<String, RestrictedExpression> = resource_attrs.into_iter().collect();
        merged.extend(principal_attrs);
        vec![entity(&principal, merged)?]
    } else {
        vec![
            entity(&principal, principal_attrs.into_iter().collect())?,
            entity(&resource, resource_attrs.into_iter().collect())?,
        ]
    };
    let entities = Entities::from_entities(entities, None).map_err(|e| format!("entities: {e}"))?;
    let request = Request::new(principal, action, resource, context, None).map_err(|e| format!("request: {e}"))?;
    Ok((request, entities))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        for ok in ["Task", "_x", "App::Task", "A1::B_2::C"] {
            assert!(is_type_name(ok), "{ok}");
        }
        for bad in ["", "1Task", "Task ", "A::", "::A", "A:::B", "A::\"x\"", "Ta-sk", "A::B::", "Tâche"] {
            assert!(!is_type_name(bad), "{bad}");
        }
        assert!(type_name("if").is_err(), "Cedar's reserved words are refused");
    }
}
