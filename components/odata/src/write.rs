//! Writes decided here (the interpreter owns only actions): create, PATCH and DELETE, each one
//! event committed with its projection row; concurrent updates are retried on a fresh row.

use crate::convert::{to_json, to_value, vars};
use crate::ctx::{Ctx, Target, describe, spec_rejection};
use crate::entity::{Fields, parse_body, validate_create, validate_patch, vars_from_fields};
use crate::error::ODataError;
use crate::read::entity_reply;
use crate::reply::Reply;
use crate::request::{check_if_match, generated_id, key_literal};
use crate::store::{Idem, MAX_ATTEMPTS, Row, Write, commit, commit_request, created_payload, require};
use crate::temper::kernel::interpreter::{self, EntityState, Rejection};
use serde_json::{Value as Json, json};

fn body_text(r: &Reply) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

/// `POST Set`.
pub fn create(ctx: &Ctx, target: &Target, body: &[u8], idem: Option<&Idem>) -> Result<Reply, ODataError> {
    let obj = parse_body(body, false)?;
    let spec = &target.deployed.spec;
    let summary = describe(spec)?;
    let init = interpreter::initial_state(spec).map_err(|r| spec_rejection(spec, r))?;
    let created = validate_create(&ctx.model, &target.ety, &obj, &init.status)?;
    let id = created.id.unwrap_or_else(|| generated_id(&target.deployed.entity_type, &ctx.request_id));
    let mut fields = created.fields;
    let vars = vars(&summary);
    for (var, initial) in vars.iter().zip(init.vars.iter()) {
        let start = to_json(initial);
        match fields.get(&var.name) {
            None | Some(Json::Null) => {
                fields.insert(var.name.clone(), start);
            }
            // Counters, bools and lists start where the spec says: only bound actions move them
            // (a create that sets them would skip the state machine, and the verifier's model).
            Some(given) if !matches!(var.type_name.as_str(), "string" | "int") && *given != start => {
                return Err(ODataError::unprocessable(format!(
                    "property `{}` cannot be set on create: it mirrors the state variable `{}` ({}), which starts at {start} and only bound actions change; leave it out",
                    var.name, var.name, var.type_name
                ))
                .with_target(var.name.clone()));
            }
            Some(_) => {}
        }
    }
    let values = vars_from_fields(&vars, &fields)?;
    keeps_invariants(spec, "create", &init.status, &values)?;
    // Entering the initial status arms its timers, as entering any status through an action.
    let state_vars = values.iter().map(to_value).collect::<Result<Vec<_>, _>>().map_err(ODataError::bad_request)?;
    let state = EntityState { status: init.status.clone(), vars: state_vars };
    let outputs = interpreter::created(spec, &id, &state).map_err(|r| spec_rejection(spec, r))?;
    let (outbox, _) = crate::action::outbox_items(ctx, target, &id, 1, &outputs);
    fields.insert("Id".into(), Json::String(id.clone()));
    let row = Row { id: id.clone(), status: init.status.clone(), seq: 1, fields: fields.clone() };
    let location = format!("{}{}{}", ctx.base, target.deployed.entity_set, key_literal(&id));
    let reply = entity_reply(ctx, target, &row, 201, None).header("Location", location);
    let text = body_text(&reply);
    let w = Write {
        id: id.clone(),
        expected_seq: 0,
        kind: "created",
        payload: created_payload(&init.status, &fields),
        status: init.status,
        fields,
        deleted: false,
        outbox,
    };
    let req = commit_request(ctx, target, w, idem.map(|i| (i, 201, text.as_str())));
    if commit(&req)? {
        Ok(reply)
    } else {
        Err(ODataError::conflict(format!(
            "{}{} already exists (or existed and was deleted); choose another Id",
            target.deployed.entity_set,
            key_literal(&id)
        )))
    }
}

/// A write that is not an action must leave the entity where its invariants hold, like every
/// action does: otherwise 409 naming the invariant, and nothing is written.
fn keeps_invariants(spec: &str, write: &str, status: &str, values: &[Json]) -> Result<(), ODataError> {
    let mut vars = Vec::with_capacity(values.len());
    for v in values {
        vars.push(
            to_value(v).map_err(|e| ODataError::unprocessable(format!("a state variable's value is unusable: {e}")))?,
        );
    }
    let state = EntityState { status: status.to_string(), vars };
    match interpreter::check_state(spec, write, &state) {
        Ok(()) => Ok(()),
        Err(Rejection::InvariantViolated(i)) => Err(ODataError::conflict(format!(
            "this {write} would violate invariant `{}` (`{}`) in state `{status}`; nothing changed — send values that keep it",
            i.invariant, i.assert
        ))
        .with_detail("invariant", i.invariant)),
        Err(other) => Err(spec_rejection(spec, other)),
    }
}

/// Runs `attempt` on the row, re-loading it after each seq conflict, at most [`MAX_ATTEMPTS`]
/// times. `attempt` returns the write to commit and the reply to send after it.
pub fn with_retries(
    ctx: &Ctx,
    target: &Target,
    first: Row,
    mut attempt: impl FnMut(&Row) -> Result<(crate::temper::host::storage::CommitRequest, Reply), ODataError>,
) -> Result<Reply, ODataError> {
    let mut row = first;
    for n in 0..MAX_ATTEMPTS {
        let (req, reply) = attempt(&row)?;
        if commit(&req)? {
            return Ok(reply);
        }
        if n + 1 < MAX_ATTEMPTS {
            row = require(ctx, target, &row.id)?;
        }
    }
    Err(ODataError::conflict(format!(
        "concurrent updates, retry: {} `{}` changed {MAX_ATTEMPTS} times while this request was applied",
        target.deployed.entity_type, row.id
    )))
}

/// `PATCH Set('id')`: merge the given properties.
pub fn patch(ctx: &Ctx, target: &Target, row: Row, body: &[u8], if_match: Option<&str>) -> Result<Reply, ODataError> {
    let obj = parse_body(body, false)?;
    let summary = describe(&target.deployed.spec)?;
    let vars = vars(&summary);
    let locked = |name: &str| {
        vars.iter().find(|v| v.name == name && !matches!(v.type_name.as_str(), "string" | "int")).map(|v| {
            format!("it mirrors the state variable `{}` ({}), which only bound actions change", v.name, v.type_name)
        })
    };
    let changes = validate_patch(&ctx.model, &target.ety, &obj, &locked)?;
    with_retries(ctx, target, row, |row| {
        check_if_match(if_match, row.seq)?;
        let mut fields: Fields = row.fields.clone();
        for (k, v) in &changes {
            fields.insert(k.clone(), v.clone());
        }
        let values = vars_from_fields(&vars, &fields)?;
        keeps_invariants(&target.deployed.spec, "update", &row.status, &values)?;
        let next = Row { id: row.id.clone(), status: row.status.clone(), seq: row.seq + 1, fields: fields.clone() };
        let reply = entity_reply(ctx, target, &next, 200, None);
        let w = Write {
            id: row.id.clone(),
            expected_seq: row.seq,
            kind: "updated",
            payload: json!({"fields": changes}),
            status: row.status.clone(),
            fields,
            deleted: false,
            outbox: Vec::new(),
        };
        Ok((commit_request(ctx, target, w, None), reply))
    })
}

/// `DELETE Set('id')`: a tombstone event.
pub fn delete(ctx: &Ctx, target: &Target, row: Row, if_match: Option<&str>) -> Result<Reply, ODataError> {
    with_retries(ctx, target, row, |row| {
        check_if_match(if_match, row.seq)?;
        let w = Write {
            id: row.id.clone(),
            expected_seq: row.seq,
            kind: "deleted",
            payload: json!({}),
            status: row.status.clone(),
            fields: row.fields.clone(),
            deleted: true,
            outbox: Vec::new(),
        };
        Ok((commit_request(ctx, target, w, None), Reply::empty(204)))
    })
}
