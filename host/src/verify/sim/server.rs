//! The simulated server: client requests (answered from the idempotency record when retried),
//! commits through the storage `Backend` (events, projection, outbox items and the idempotency
//! record in one commit, with `expected_seq`), every committed state checked again with
//! `check-state` before it is committed. Post-commit work is in `work.rs`.

use super::model::{self, text};
use super::world::{Answer, Ev, Request, Response, TENANT, World};
use crate::runtime::interpreter::{EntityState, EvalRequest, NamedValue, Rejection, Value};
use crate::storage::{
    Backend, CommitRequest, Event, EventMeta, IdempotencyRecord, OutboxItem, ProjectionRow, StorageError, StreamId,
};
use anyhow::{Result, anyhow};
use serde_json::{Map, Value as Json, json};

/// Why the interpreter refused an action, in a few words.
pub fn why(r: &Rejection) -> String {
    match r {
        Rejection::UnknownSpec(s) => format!("unknown spec {s}"),
        Rejection::UnknownAction(u) => format!("unknown action `{}`", u.action),
        Rejection::NotAllowed(n) => format!("`{}` is not allowed from `{}`", n.action, n.status),
        Rejection::GuardFailed(g) => format!("guard clause `{}` is false", g.clause),
        Rejection::InvariantViolated(v) => format!("it would break invariant `{}`", v.invariant),
        Rejection::BadParameter(b) => format!("parameter `{}`: {}", b.param, b.reason),
        Rejection::BadState(s) => format!("bad state: {s}"),
    }
}

/// Who caused a commit, as journaled in `meta.actor`.
pub const TIMER: &str = "timer";

impl World<'_> {
    pub fn handle_request(&mut self, r: Request) -> Result<()> {
        let answer = match self.block(self.store.idempotency(TENANT, &r.key)).map_err(|e| anyhow!("{e}"))? {
            Some(rec) => {
                self.note(format!("request {} retried: answered from its idempotency record", r.key));
                self.stored_answer(&r.stream, &rec.response)
            }
            None => {
                let actor = format!("agent a{}", r.agent);
                match &r.action {
                    None => self.apply(&r.stream, &r.key, &actor, None, true)?,
                    Some(m) if m.action == model::PATCH => self.patch(&r.stream, &r.key, &actor, m)?,
                    Some(m) => {
                        let call = (m.action.clone(), model::move_params(m));
                        self.apply(&r.stream, &r.key, &actor, Some(call), false)?
                    }
                }
            }
        };
        let what = format!("response to {}", r.key);
        self.send(Ev::Response(r.agent, Response { key: r.key, stream: r.stream, answer }), &what);
        Ok(())
    }

    fn stored_answer(&self, stream: &StreamId, response: &str) -> Answer {
        let j: Json = serde_json::from_str(response).unwrap_or_default();
        let fields = j.get("fields").and_then(Json::as_object).cloned().unwrap_or_default();
        match (self.spec(&stream.entity_type), j.get("seq").and_then(Json::as_u64), text(&j, "status")) {
            (Some(spec), Some(seq), Some(status)) => Answer::Ack { seq, state: spec.state_of(status, &fields) },
            _ => Answer::Refused { why: format!("unreadable stored answer `{response}`"), state: None },
        }
    }

    /// Creates the entity (`call: None`), or runs `call` on it — creating it first when
    /// `create` is set and it does not exist — in one commit keyed by `key`.
    pub fn apply(
        &mut self,
        stream: &StreamId,
        key: &str,
        actor: &str,
        call: Option<(String, Vec<NamedValue>)>,
        create: bool,
    ) -> Result<Answer> {
        let Some(spec) = self.spec(&stream.entity_type) else {
            return Ok(Answer::Refused { why: format!("`{}` is not simulated", stream.entity_type), state: None });
        };
        let row = match self.block(self.store.load(stream)) {
            Ok(row) => Some(row),
            Err(StorageError::NotFound) => None,
            Err(e) => return Err(anyhow!("loading {stream}: {e}")),
        };
        let meta = |i: usize, now: u64| EventMeta {
            event_id: format!("{key}#{i}"),
            causation_id: key.to_string(),
            correlation_id: key.to_string(),
            actor: actor.to_string(),
            time_ms: now,
        };
        let mut events = Vec::new();
        let (expected, mut state, mut fields) = match row {
            Some(r) if r.deleted => return Ok(Answer::Refused { why: "the entity was deleted".into(), state: None }),
            Some(r) => {
                let fields: Map<String, Json> = serde_json::from_str(&r.fields).unwrap_or_default();
                let state = spec.state_of(&r.status, &fields);
                if call.is_none() {
                    return Ok(Answer::Refused { why: "it already exists".into(), state: Some(state) });
                }
                (r.seq, state, fields)
            }
            None if create => {
                let init = spec.initial.clone();
                if !self.state_keeps_invariants(stream, &init, "create")? {
                    return Ok(Answer::Refused { why: "its initial state breaks an invariant".into(), state: None });
                }
                let fields = spec.fields_of(&init);
                let payload = json!({"status": init.status, "fields": fields});
                events.push(Event {
                    seq: 1,
                    kind: "created".into(),
                    payload: payload.to_string(),
                    meta: meta(0, self.now),
                });
                (0, init, fields)
            }
            None => return Ok(Answer::Refused { why: "no such entity".into(), state: None }),
        };
        let seq = expected + events.len() as u64 + usize::from(call.is_some()) as u64;
        let mut outbox = Vec::new();
        let action_name = call.as_ref().map(|(a, _)| a.clone()).unwrap_or_default();
        if let Some((action, params)) = call {
            let req = EvalRequest {
                spec: spec.spec.clone(),
                entity_id: stream.entity_id.clone(),
                seq: seq - 1,
                state: state.clone(),
                action: action.clone(),
                params,
                related: Vec::new(),
            };
            let t = match self.interp.evaluate(&req)? {
                Ok(t) => t,
                Err(Rejection::BadState(s)) => {
                    self.fail("store", "stored state fits the spec", s.clone(), Some(stream.clone()));
                    return Ok(Answer::Refused { why: s, state: Some(state) });
                }
                Err(r) => return Ok(Answer::Refused { why: why(&r), state: Some(state) }),
            };
            if !self.state_keeps_invariants(stream, &t.state, &action)? {
                if let Some(f) = self.failures.last_mut() {
                    f.step = Some(model::move_of(&action, &req.params));
                }
                return Ok(Answer::Refused { why: "check-state refused the new state".into(), state: Some(state) });
            }
            let mut outputs = Vec::new();
            for (i, o) in t.outputs.iter().enumerate() {
                let (kind, j, not_before) = model::output(o, self.now);
                if kind == "timer" {
                    self.longest_timer_ms = self.longest_timer_ms.max(not_before.saturating_sub(self.now));
                }
                let source = json!({"tenant": TENANT, "entity_type": stream.entity_type,
                    "entity_id": stream.entity_id, "seq": seq, "output": j});
                outbox.push(OutboxItem {
                    kind: kind.to_string(),
                    idempotency_key: format!("{TENANT}/{}/{}/{seq}/{i}", stream.entity_type, stream.entity_id),
                    payload: source.to_string(),
                    not_before_ms: not_before,
                });
                outputs.push(j);
            }
            let payload = json!({"action": t.action, "from": t.from_status, "to": t.to_status,
                "params": model::named_to_json(&t.params), "changes": model::named_to_json(&t.changes),
                "merged": {}, "outputs": outputs});
            events.push(Event { seq, kind: "action".into(), payload: payload.to_string(), meta: meta(1, self.now) });
            fields.extend(spec.fields_of(&t.state));
            state = t.state;
        }
        let response = json!({"seq": seq, "status": state.status, "fields": fields});
        let commit = CommitRequest {
            stream: stream.clone(),
            expected_seq: expected,
            events,
            projection: ProjectionRow {
                id: stream.entity_id.clone(),
                status: state.status.clone(),
                fields: Json::Object(fields).to_string(),
                seq,
                deleted: false,
            },
            outbox: outbox.clone(),
            idempotency: Some(IdempotencyRecord {
                tenant: TENANT.into(),
                key: key.to_string(),
                request_hash: key.to_string(),
                status: 200,
                response: response.to_string(),
            }),
            trajectory: None,
        };
        match self.block(self.store.commit(commit)) {
            Ok(_) => {}
            Err(e) => {
                self.fail("store", "commit", format!("commit of {key} refused: {e}"), Some(stream.clone()));
                return Ok(Answer::Refused { why: e.to_string(), state: Some(state) });
            }
        }
        self.transitions += 1;
        self.reached.insert((stream.entity_type.clone(), state.status.clone()));
        // The visit cache follows the commit (absent entries are rebuilt from the journal).
        match self.visits.get_mut(stream) {
            Some(v) if v.1 != state.status => *v = (seq, state.status.clone(), Vec::new()),
            Some(v) if actor == TIMER => v.2.push(action_name),
            _ => {}
        }
        self.note(format!("commit {stream} seq {seq} -> {} by {actor} ({key})", state.status));
        if !outbox.is_empty() {
            self.outbox_keys.extend(outbox.iter().map(|o| o.idempotency_key.clone()));
            self.schedule_drain()?;
        }
        Ok(Answer::Ack { seq, state })
    }

    /// A client's `PATCH` of one variable: refused (as the runtime refuses it) when the
    /// resulting state breaks an invariant; otherwise an `updated` event.
    fn patch(&mut self, stream: &StreamId, key: &str, actor: &str, m: &temper_verifier::Move) -> Result<Answer> {
        let Some(spec) = self.spec(&stream.entity_type) else {
            return Ok(Answer::Refused { why: "not simulated".into(), state: None });
        };
        let row = match self.block(self.store.load(stream)) {
            Ok(row) if !row.deleted => row,
            Ok(_) | Err(StorageError::NotFound) => {
                return Ok(Answer::Refused { why: "no such entity".into(), state: None });
            }
            Err(e) => return Err(anyhow!("loading {stream}: {e}")),
        };
        let mut fields: Map<String, Json> = serde_json::from_str(&row.fields).unwrap_or_default();
        let state = spec.state_of(&row.status, &fields);
        let Some(next) = model::patched(spec, &state, m) else {
            return Ok(Answer::Refused { why: "no such variable".into(), state: Some(state) });
        };
        if let Err(r) = self.interp.check_state(&spec.spec, "update", &next)? {
            return Ok(Answer::Refused { why: why(&r), state: Some(state) });
        }
        let changes: Map<String, Json> =
            m.params.iter().map(|(k, v)| (k.clone(), model::to_json(&Value::from(v)))).collect();
        fields.extend(changes.clone());
        let seq = row.seq + 1;
        let response = json!({"seq": seq, "status": next.status, "fields": fields});
        let event = Event {
            seq,
            kind: "updated".into(),
            payload: json!({ "fields": changes }).to_string(),
            meta: EventMeta {
                event_id: format!("{key}#1"),
                causation_id: key.to_string(),
                correlation_id: key.to_string(),
                actor: actor.to_string(),
                time_ms: self.now,
            },
        };
        let commit = CommitRequest {
            stream: stream.clone(),
            expected_seq: row.seq,
            events: vec![event],
            projection: ProjectionRow {
                id: stream.entity_id.clone(),
                status: next.status.clone(),
                fields: Json::Object(fields).to_string(),
                seq,
                deleted: false,
            },
            outbox: Vec::new(),
            idempotency: Some(IdempotencyRecord {
                tenant: TENANT.into(),
                key: key.to_string(),
                request_hash: key.to_string(),
                status: 200,
                response: response.to_string(),
            }),
            trajectory: None,
        };
        if let Err(e) = self.block(self.store.commit(commit)) {
            self.fail("store", "commit", format!("commit of {key} refused: {e}"), Some(stream.clone()));
            return Ok(Answer::Refused { why: e.to_string(), state: Some(state) });
        }
        self.note(format!("commit {stream} seq {seq} PATCH by {actor} ({key})"));
        Ok(Answer::Ack { seq, state: next })
    }

    /// The independent invariant check of a state about to be committed.
    fn state_keeps_invariants(&mut self, stream: &StreamId, state: &EntityState, write: &str) -> Result<bool> {
        let Some(spec) = self.spec(&stream.entity_type) else { return Ok(true) };
        match self.interp.check_state(&spec.spec, write, state)? {
            Ok(()) => Ok(true),
            Err(Rejection::InvariantViolated(v)) => {
                let what = format!("`{write}` reached a state where `{}` is false", v.assert);
                self.fail("invariant", &v.invariant, what, Some(stream.clone()));
                Ok(false)
            }
            Err(r) => {
                self.fail("invariant", "check-state", why(&r), Some(stream.clone()));
                Ok(false)
            }
        }
    }
}
