//! Bound actions: `POST Set('id')/Namespace.Action`. The interpreter decides; an allowed
//! transition is journaled with its projection and one outbox item per effect output. A seq
//! conflict re-loads the entity and re-evaluates.

use crate::convert::{named_to_json, output, to_json, to_value, vars};
use crate::ctx::{Ctx, Target, describe, unknown_spec};
use crate::entity::{check_property, parse_body, vars_from_fields};
use crate::error::ODataError;
use crate::read::entity_reply;
use crate::reply::Reply;
use crate::request::check_if_match;
use crate::store::{Idem, Row, Write, commit_request};
use crate::temper::host::clock;
use crate::temper::host::storage::OutboxItem;
use crate::temper::kernel::interpreter::{self, EffectOutput, EntityState, EvalRequest, Rejection, SpecSummary};
use crate::temper::kernel::types::{NamedValue, Value};
use crate::write::with_retries;
use serde_json::{Value as Json, json};

/// The request's parts an action needs.
pub struct Call<'a> {
    pub qualified: &'a str,
    pub name: &'a str,
    pub body: &'a [u8],
    pub if_match: Option<&'a str>,
    pub idem: Option<&'a Idem>,
}

fn known_actions(target: &Target, summary: &SpecSummary) -> String {
    let ns = &target.deployed.namespace;
    summary.actions.iter().map(|a| format!("{ns}.{}", a.name)).collect::<Vec<_>>().join(", ")
}

/// A rejection as the OData error the client sees.
fn rejection(r: Rejection, target: &Target, summary: &SpecSummary) -> ODataError {
    match r {
        Rejection::UnknownSpec(s) => unknown_spec(&s),
        Rejection::UnknownAction(u) => ODataError::not_found(format!(
            "{} has no action `{}`; actions: {}",
            target.deployed.entity_type,
            u.action,
            known_actions(target, summary)
        ))
        .with_code("ActionNotFound"),
        Rejection::NotAllowed(n) => ODataError::conflict(format!(
            "`{}` is not allowed in state `{}`; allowed from: {}",
            n.action,
            n.status,
            n.allowed_from.join(", ")
        ))
        .with_code("ActionNotAllowed")
        .with_detail("status", n.status),
        Rejection::GuardFailed(g) => ODataError::conflict(format!(
            "`{}` refused: guard clause `{}` is false (guard: `{}`)",
            g.action, g.clause, g.guard
        ))
        .with_code("GuardRejected")
        .with_detail("guard", g.clause),
        Rejection::InvariantViolated(i) => {
            ODataError::conflict(format!("`{}` would violate invariant `{}` ({})", i.action, i.invariant, i.assert))
                .with_code("InvariantViolated")
                .with_detail("invariant", i.invariant)
        }
        Rejection::BadParameter(b) => {
            ODataError::bad_request(format!("`{}` parameter `{}`: {}", b.action, b.param, b.reason))
                .with_target(b.param)
        }
        Rejection::BadState(m) => ODataError::internal(format!("the stored entity does not fit its spec: {m}")),
    }
}

/// The outbox items of a commit at `seq` (one per output, keyed by the source event) and the
/// outputs as JSON for its event.
pub fn outbox_items(
    ctx: &Ctx,
    target: &Target,
    id: &str,
    seq: u64,
    outputs: &[EffectOutput],
) -> (Vec<OutboxItem>, Vec<Json>) {
    let now = clock::now_ms();
    let mut json_outputs = Vec::with_capacity(outputs.len());
    let mut outbox = Vec::with_capacity(outputs.len());
    for (i, o) in outputs.iter().enumerate() {
        let (kind, j, not_before) = output(o, now);
        let source = json!({"tenant": ctx.tenant, "entity_type": target.deployed.entity_type,
            "entity_id": id, "seq": seq, "output": j});
        outbox.push(OutboxItem {
            kind: kind.to_string(),
            idempotency_key: format!("{}/{}/{id}/{seq}/{i}", ctx.tenant, target.deployed.entity_type),
            payload: source.to_string(),
            not_before_ms: not_before,
        });
        json_outputs.push(j);
    }
    (outbox, json_outputs)
}

/// Parameters declared `source = "authenticated_subject"` carry the authenticated principal's
/// id, whatever the client sends: absent, it is filled in; a different value is refused.
fn bind_subject(
    ctx: &Ctx,
    action: Option<&crate::temper::kernel::interpreter::ActionSummary>,
    params: &mut Vec<NamedValue>,
) -> Result<(), ODataError> {
    let Some(action) = action else { return Ok(()) };
    let subject = &ctx.principal.id;
    for p in action.params.iter().filter(|p| p.source.as_deref() == Some("authenticated_subject")) {
        match params.iter().find(|x| x.name == p.name) {
            Some(x) if matches!(&x.value, Value::Text(t) if t == subject) => {}
            Some(_) => {
                return Err(ODataError::bad_request(format!(
                    "parameter `{}` is the authenticated principal (`{subject}`): leave it out, it is filled in",
                    p.name
                ))
                .with_target(p.name.clone()));
            }
            None => params.push(NamedValue { name: p.name.clone(), value: Value::Text(subject.clone()) }),
        }
    }
    Ok(())
}

/// `POST Set('id')/Namespace.Action`.
pub fn run(ctx: &Ctx, target: &Target, row: Row, call: &Call<'_>) -> Result<Reply, ODataError> {
    let spec = target.deployed.spec.clone();
    let summary = describe(&spec)?;
    let expected_q = format!("{}.{}", target.deployed.namespace, call.name);
    if call.qualified != expected_q {
        return Err(ODataError::not_found(format!(
            "{} has no action `{}`; actions: {}",
            target.deployed.entity_type,
            call.qualified,
            known_actions(target, &summary)
        ))
        .with_code("ActionNotFound"));
    }
    let obj = parse_body(call.body, true)?;
    let vars = vars(&summary);
    let mut params = Vec::with_capacity(obj.len());
    let mut merge = Vec::new();
    for (k, v) in &obj {
        let value =
            to_value(v).map_err(|e| ODataError::bad_request(format!("parameter `{k}`: {e}")).with_target(k.clone()))?;
        params.push(NamedValue { name: k.clone(), value });
        if !vars.iter().any(|x| &x.name == k)
            && let Some(p) = target.ety.properties.iter().find(|p| &p.name == k && p.name != "Id")
        {
            check_property(&ctx.model, p, v)?;
            merge.push((k.clone(), v.clone()));
        }
    }
    let declared = summary.actions.iter().find(|a| a.name == call.name);
    bind_subject(ctx, declared, &mut params)?;
    let guard = declared.and_then(|a| a.guard.as_deref());
    let refs = crate::related::references(guard);
    with_retries(ctx, target, row, |row| {
        check_if_match(call.if_match, row.seq)?;
        let related = crate::related::statuses(&ctx.tenant, &refs, &row.fields, &params)?;
        let current = vars_from_fields(&vars, &row.fields)?;
        let mut state_vars = Vec::with_capacity(current.len());
        for (var, v) in vars.iter().zip(&current) {
            state_vars.push(to_value(v).map_err(|e| {
                ODataError::internal(format!("stored value of state variable `{}` is unusable: {e}", var.name))
            })?);
        }
        let req = EvalRequest {
            spec: spec.clone(),
            entity_id: row.id.clone(),
            seq: row.seq,
            state: EntityState { status: row.status.clone(), vars: state_vars },
            action: call.name.to_string(),
            params: params.clone(),
            related,
        };
        let t = interpreter::evaluate(&req).map_err(|r| rejection(r, target, &summary))?;
        let seq = row.seq + 1;
        let mut fields = row.fields.clone();
        for (var, v) in vars.iter().zip(&t.state.vars) {
            fields.insert(var.name.clone(), to_json(v));
        }
        for (k, v) in &merge {
            fields.insert(k.clone(), v.clone());
        }
        let (outbox, outputs) = outbox_items(ctx, target, &row.id, seq, &t.outputs);
        let payload = json!({
            "action": t.action,
            "from": t.from_status,
            "to": t.to_status,
            "params": named_to_json(&t.params),
            "changes": named_to_json(&t.changes),
            // Parameters merged into fields, so a replay of the journal rebuilds the projection.
            "merged": Json::Object(merge.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
            "outputs": Json::Array(outputs),
        });
        let next = Row { id: row.id.clone(), status: t.to_status.clone(), seq, fields: fields.clone() };
        let reply = entity_reply(ctx, target, &next, 200, None);
        let text = String::from_utf8_lossy(&reply.body).into_owned();
        let w = Write {
            id: row.id.clone(),
            expected_seq: row.seq,
            kind: "action",
            payload,
            status: t.to_status,
            fields,
            deleted: false,
            outbox,
        };
        Ok((commit_request(ctx, target, w, call.idem.map(|i| (i, 200, text.as_str()))), reply))
    })
}
