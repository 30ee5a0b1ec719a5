//! A WIT authz request as a Cedar request and its entities, built by the host's own code
//! (`host/src/authz/request.rs`, compiled in here so the two builds cannot drift): type names
//! checked as Cedar identifiers, ids never spliced into Cedar text, JSON attributes as Cedar
//! values. The WIT request carries its attributes as JSON text and no principal attributes (no
//! credential resolved them); they are parsed here into the host's request shape.

use crate::exports::temper::host::authz as wit;
use cedar_policy::{Entities, Request};
use serde_json::Value as Json;

/// The host's request shape, which `host/src/authz/request.rs` reads.
pub struct AuthzRequest {
    pub principal: EntityRef,
    pub principal_attrs: Json,
    pub action: String,
    pub resource: EntityRef,
    pub resource_attrs: Json,
    pub context: Json,
}

pub struct EntityRef {
    pub entity_type: String,
    pub id: String,
}

#[path = "../../../../host/src/authz/request.rs"]
mod host;

/// JSON object text as a value (empty text counts as `{}`); `Err` says what is wrong.
fn json(text: &str, what: &str) -> Result<Json, String> {
    if text.trim().is_empty() {
        return Ok(Json::Null);
    }
    serde_json::from_str(text).map_err(|e| format!("{what} is not JSON: {e}"))
}

fn entity(e: &wit::EntityRef) -> EntityRef {
    EntityRef { entity_type: e.entity_type.clone(), id: e.id.clone() }
}

/// The Cedar request and entities for `req`.
pub fn build(req: &wit::AuthzRequest) -> Result<(Request, Entities), String> {
    let req = AuthzRequest {
        principal: entity(&req.principal),
        principal_attrs: Json::Null,
        action: req.action.clone(),
        resource: entity(&req.resource),
        resource_attrs: json(&req.resource_attrs, "resource_attrs")?,
        context: json(&req.context, "context")?,
    };
    let uids = host::uids(&req)?;
    host::build(&req, uids)
}
