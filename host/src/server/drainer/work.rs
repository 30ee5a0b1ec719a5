//! One outbox item, run: what it is (from its payload: the source entity, the effect output,
//! the journaled [`Cause`]), what it dispatches, and whether it is finished, must come back
//! later (a timer's next occurrence) or failed transiently and is retried with backoff.

use super::super::Server;
use super::super::dispatch::{self, Answer, Cause, Dispatch, Origin};
use crate::governance::Caller;
use crate::governance::identity::Identity;
use crate::runtime::reactions;
use crate::storage::{Backend, PendingWork, StreamId};
use anyhow::{Result, anyhow};
use hyper::Method;
use serde_json::{Value as Json, json};

/// How deep a cascade of reactions may go.
pub const MAX_DEPTH: u32 = 8;
/// Attempts before a transiently failing item is given up (and logged).
const MAX_ATTEMPTS: u32 = 8;

/// What became of an item.
pub(crate) enum Step {
    /// Finished: applied, refused for good, or no longer applicable.
    Done,
    /// Run it again at this time (a timer's next occurrence).
    Again(u64),
    /// A transient failure: retried with backoff.
    Retry(String),
}

/// The item's payload, as the OData component and the host wrote it.
pub(crate) struct Item<'a> {
    pub key: &'a str,
    pub tenant: String,
    pub source: StreamId,
    /// The source's seq after the commit that enqueued the item.
    pub seq: u64,
    pub output: Json,
    pub cause: Cause,
}

pub(crate) fn text<'j>(j: &'j Json, k: &str) -> Option<&'j str> {
    j.get(k).and_then(Json::as_str)
}

fn parse(w: &PendingWork) -> Result<Item<'_>> {
    let p: Json = serde_json::from_str(&w.item.payload).map_err(|e| anyhow!("outbox payload is not JSON: {e}"))?;
    let tenant = text(&p, "tenant").unwrap_or(&w.tenant).to_string();
    let source =
        StreamId::new(&tenant, text(&p, "entity_type").unwrap_or_default(), text(&p, "entity_id").unwrap_or_default());
    let cause = match p.get("cause") {
        Some(c) => serde_json::from_value(c.clone()).map_err(|e| anyhow!("outbox cause: {e}"))?,
        // Work journaled without the host's stamp acts as the kernel, in a cascade of its own.
        None => Cause {
            identity: Identity::system("kernel"),
            session: None,
            origin: Origin { kind: "request".into(), correlation: w.item.idempotency_key.clone(), ..Origin::default() },
        },
    };
    Ok(Item {
        key: &w.item.idempotency_key,
        tenant,
        source,
        seq: p.get("seq").and_then(Json::as_u64).unwrap_or(0),
        output: p.get("output").cloned().unwrap_or(Json::Null),
        cause,
    })
}

/// Runs one item and records its fate, under a root span of its own (`outbox.item`): the
/// dispatches it causes nest under it.
pub(crate) async fn run(server: &Server, w: PendingWork) {
    use tracing::Instrument;
    let span = tracing::info_span!(
        "outbox.item",
        temper.tenant = %w.tenant,
        temper.key = %w.item.idempotency_key,
        temper.kind = %w.item.kind,
        temper.attempts = w.attempts,
    );
    run_item(server, w).instrument(span).await
}

async fn run_item(server: &Server, w: PendingWork) {
    let s = &server.shared;
    let key = w.item.idempotency_key.clone();
    let step = match parse(&w) {
        Ok(item) => handle(server, &item).await.unwrap_or_else(|e| Step::Retry(format!("{e:#}"))),
        Err(e) => {
            tracing::warn!(key = %key, error = %format!("{e:#}"), "outbox item cannot be read and is dropped");
            Step::Done
        }
    };
    let later = |at: u64, why: String| async move {
        // Journaled: after a restart the item still waits until `at`.
        if let Err(e) = s.store.retry_work(w.id, at, &why).await {
            tracing::warn!(key = %w.item.idempotency_key, error = %e, "rescheduling an outbox item failed");
        }
    };
    match step {
        Step::Done => {
            if let Err(e) = s.store.complete_work(w.id).await {
                tracing::warn!(key = %key, error = %e, "marking an outbox item done failed");
                return;
            }
            s.work.finished(&key);
        }
        Step::Again(at) => later(at, "next occurrence".into()).await,
        Step::Retry(why) => {
            let attempts = w.attempts + 1;
            if attempts >= MAX_ATTEMPTS {
                tracing::warn!(key = %key, attempts, error = %why, "outbox item failed too often and is given up");
                let _ = s.store.complete_work(w.id).await;
                s.work.finished(&key);
            } else {
                let delay = 100u64 << attempts.min(10);
                tracing::warn!(key = %key, attempts, retry_in_ms = delay, error = %why, "outbox item failed; retrying");
                later(s.clock.now_ms() + delay, why).await;
            }
        }
    }
}

async fn handle(server: &Server, item: &Item<'_>) -> Result<Step> {
    let out = &item.output;
    match (text(out, "type").unwrap_or_default(), text(out, "kind")) {
        ("schedule", _) => {
            let action = text(out, "action").unwrap_or_default();
            let origin = item.fresh_cascade("schedule");
            let a = act(server, item, &item.source, action, json!({}), dispatch::system("schedule"), item.key, origin)
                .await?;
            Ok(settle(&a))
        }
        ("timer", _) => super::timer::fire(server, item).await,
        ("spawn", _) => {
            let child = StreamId::new(
                &item.tenant,
                text(out, "entity_type").unwrap_or_default(),
                text(out, "child_id").unwrap_or_default(),
            );
            let action = text(out, "action").unwrap_or_default();
            let params = out.get("params").cloned().unwrap_or_else(|| json!({}));
            let origin = item.next("spawn");
            if let Some(step) = create(server, item, &child, dispatch::system("spawn"), &origin).await? {
                return Ok(step);
            }
            let a = act(server, item, &child, action, params, dispatch::system("spawn"), item.key, origin).await?;
            Ok(settle(&a))
        }
        ("trigger", Some("entity")) => react(server, item).await,
        ("trigger", Some("wasm")) => super::super::integrate::run(server, item).await,
        ("trigger", Some(kind)) => {
            tracing::warn!(
                trigger = text(out, "name").unwrap_or_default(),
                source = %item.source,
                kind,
                "this host does not run triggers of this kind"
            );
            Ok(Step::Done)
        }
        (other, _) => {
            tracing::warn!(key = %item.key, r#type = other, "outbox item of an unknown type is dropped");
            Ok(Step::Done)
        }
    }
}

impl Item<'_> {
    /// The origin of a dispatch this item causes within its cascade.
    pub fn next(&self, kind: &str) -> Origin {
        let o = &self.cause.origin;
        Origin {
            kind: kind.into(),
            depth: o.depth + 1,
            chain: o.chain.clone(),
            correlation: o.correlation.clone(),
            cause: self.key.to_string(),
        }
    }

    /// Timers and schedules start a cascade of their own (a recurring schedule is not a
    /// runaway chain), keeping the correlation.
    pub fn fresh_cascade(&self, kind: &str) -> Origin {
        Origin { depth: 0, chain: Vec::new(), ..self.next(kind) }
    }

    /// The caller the source action ran as (its credential's identity, its session).
    pub fn invoker(&self) -> Caller {
        Caller { identity: self.cause.identity.clone(), token_id: None, session: self.cause.session.clone() }
    }
}

/// A dispatch's answer as the item's fate: a refusal (4xx) is final — it is recorded with the
/// dispatch — and anything else that failed is retried.
pub(crate) fn settle(a: &Answer) -> Step {
    match a.status {
        200..=299 | 400..=499 => Step::Done,
        _ => Step::Retry(a.error()),
    }
}

/// `POST Set('id')/Ns.Action` on `target`, keyed by `key`.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn act(
    server: &Server,
    item: &Item<'_>,
    target: &StreamId,
    action: &str,
    params: Json,
    caller: Caller,
    key: &str,
    origin: Origin,
) -> Result<Answer> {
    let Some((set, ns)) = server.shared.set_of(&item.tenant, &target.entity_type) else {
        return Ok(Answer {
            status: 404,
            body: json!({"error": {"code": "EntitySetNotFound",
                "message": format!("tenant `{}` has no entity type `{}`", item.tenant, target.entity_type)}}),
        });
    };
    let path = format!("{set}('{}')/{ns}.{action}", odata_key(&target.entity_id));
    let d = Dispatch {
        tenant: item.tenant.clone(),
        method: Method::POST,
        path,
        body: Some(params),
        caller,
        idempotency_key: Some(key.to_string()),
        origin,
    };
    server.dispatch(d).await
}

/// Creates `target` unless it exists. `Some(step)` when the item cannot go on.
pub(crate) async fn create(
    server: &Server,
    item: &Item<'_>,
    target: &StreamId,
    caller: Caller,
    origin: &Origin,
) -> Result<Option<Step>> {
    match server.shared.store.load(target).await {
        Ok(_) => return Ok(None),
        Err(crate::storage::StorageError::NotFound) => {}
        Err(e) => return Ok(Some(Step::Retry(format!("loading {target}: {e}")))),
    }
    let Some((set, _)) = server.shared.set_of(&item.tenant, &target.entity_type) else {
        tracing::warn!(key = %item.key, target = %target, "an outbox item asks to create an entity of a type the tenant does not have");
        return Ok(Some(Step::Done));
    };
    let d = Dispatch {
        tenant: item.tenant.clone(),
        method: Method::POST,
        path: set,
        body: Some(json!({"Id": target.entity_id})),
        caller,
        idempotency_key: Some(format!("{}/create", item.key)),
        origin: origin.clone(),
    };
    let a = server.dispatch(d).await?;
    // 409: someone created it in between — the action goes on.
    Ok(match a.status {
        200..=299 | 409 => None,
        _ => Some(settle(&a)),
    })
}

/// An OData key literal: single quotes doubled.
fn odata_key(id: &str) -> String {
    id.replace('\'', "''")
}

/// A `kind = "entity"` trigger: the reactions component plans the dispatch.
async fn react(server: &Server, item: &Item<'_>) -> Result<Step> {
    let out = &item.output;
    let source = reactions::Source {
        tenant: item.tenant.clone(),
        entity_type: item.source.entity_type.clone(),
        entity_id: item.source.entity_id.clone(),
        action: item.cause.origin.chain.last().cloned().unwrap_or_default(),
        principal: item.cause.identity.uid(),
        chain: item.cause.origin.chain.clone(),
    };
    let trigger = reactions::Trigger {
        name: text(out, "name").unwrap_or_default().into(),
        target_entity: text(out, "target_entity").unwrap_or(&item.source.entity_type).into(),
        target_action: text(out, "target_action").unwrap_or_default().into(),
        resolve: text(out, "resolve").unwrap_or("same_id").into(),
        target_id: text(out, "target_id").map(str::to_string),
        args: reactions::named(out.get("args")),
        principal: text(out, "principal").map(str::to_string),
    };
    let plan = server.shared.reactions.plan(&source, &trigger, MAX_DEPTH)?;
    let d = match plan {
        Ok(d) => d,
        Err(r) => {
            let why = reactions::describe(&r);
            tracing::warn!(reaction = %trigger.name, source = %item.source, reason = %why, "reaction refused");
            refused(server, item, &trigger, &r, why).await;
            return Ok(Step::Done);
        }
    };
    let caller = if d.principal == item.cause.identity.uid() {
        item.invoker()
    } else {
        let Some(identity) = Identity::from_uid(&d.principal) else {
            tracing::warn!(
                reaction = %trigger.name,
                source = %item.source,
                principal = %d.principal,
                "reaction names an unusable principal"
            );
            return Ok(Step::Done);
        };
        Caller { identity, token_id: None, session: None }
    };
    let target = StreamId::new(&item.tenant, &d.entity_type, &d.entity_id);
    // The plan's chain ends with the target; the dispatch's commit appends it again.
    let origin = item.next("reaction");
    if d.create
        && let Some(step) = create(server, item, &target, caller.clone(), &origin).await?
    {
        return Ok(step);
    }
    let params = reactions::to_json(&d.params);
    let a = act(server, item, &target, &d.action, params, caller, item.key, origin).await?;
    Ok(settle(&a))
}

/// A reaction the planner refused (a cycle, too deep, no target, a bad principal) is a
/// failed dispatch like any other: a trajectory row, with the reason.
async fn refused(server: &Server, item: &Item<'_>, t: &reactions::Trigger, r: &reactions::Refusal, why: String) {
    let code = match r {
        reactions::Refusal::Cycle(_) => "ReactionCycle",
        reactions::Refusal::TooDeep(_) => "ReactionTooDeep",
        reactions::Refusal::NoTarget(_) => "ReactionNoTarget",
        reactions::Refusal::BadPrincipal(_) => "ReactionBadPrincipal",
    };
    let row = crate::storage::TrajectoryRow {
        id: format!("{}#refused", item.key),
        tenant: item.tenant.clone(),
        time_ms: server.shared.clock.now_ms(),
        agent: item.cause.identity.uid(),
        session: item.cause.session.clone(),
        origin: "reaction".into(),
        correlation_id: item.cause.origin.correlation.clone(),
        entity_type: Some(t.target_entity.clone()),
        entity_id: t.target_id.clone(),
        action: Some(t.target_action.clone()),
        params: Some(reactions::to_json(&t.args).to_string()),
        http_status: 409,
        error: Some(format!("reaction `{}` of {}: {why}", t.name, item.source)),
        error_code: Some(code.into()),
        ..crate::storage::TrajectoryRow::default()
    };
    if let Err(e) = server.shared.store.record_trajectory(row).await {
        tracing::warn!(key = %item.key, error = %e, "recording a refused reaction failed");
    }
}
