//! The simulated server: client requests (answered from the idempotency record when retried),
//! commits through the storage `Backend` (events, projection, outbox items and the idempotency
//! record in one commit, with `expected_seq`), every committed state checked again with
//! `check-state`, and the execution of post-commit work — timers, schedules, spawns, entity
//! triggers, and wasm integrations answered by a simulated external service.

use super::model::{self, text};
use super::rng::hash;
use super::world::{Answer, Ev, Request, Response, TENANT, Warning, World};
use crate::runtime::interpreter::{EntityState, EvalRequest, NamedValue, Rejection};
use crate::storage::{
    Backend, CommitRequest, Event, EventMeta, IdempotencyRecord, OutboxItem, PendingWork, ProjectionRow, StorageError,
    StreamId,
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
        };
        match self.block(self.store.commit(commit)) {
            Ok(_) => {}
            Err(e) => {
                self.fail("store", "commit", format!("commit of {key} refused: {e}"), Some(stream.clone()));
                return Ok(Answer::Refused { why: e.to_string(), state: Some(state) });
            }
        }
        self.transitions += 1;
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

    /// Executes one delivered outbox item, unless its key is already in a commit.
    pub fn execute_work(&mut self, w: PendingWork) -> Result<()> {
        let key = w.item.idempotency_key.clone();
        if self.block(self.store.idempotency(TENANT, &key)).map_err(|e| anyhow!("{e}"))?.is_some() {
            self.note(format!("work {key} delivered again: already applied"));
            self.push(self.now + 1, Ev::Complete(w.id));
            return Ok(());
        }
        let p: Json = serde_json::from_str(&w.item.payload).map_err(|e| anyhow!("outbox item {key}: {e}"))?;
        let src = StreamId::new(
            TENANT,
            text(&p, "entity_type").unwrap_or_default(),
            text(&p, "entity_id").unwrap_or_default(),
        );
        let out = p.get("output").cloned().unwrap_or_default();
        let action = text(&out, "action").unwrap_or_default().to_string();
        let answer = match text(&out, "type").unwrap_or_default() {
            "timer" => match self.timer_applies(&src, &p, &out)? {
                Ok(()) => {
                    let args = model::named_from_json(out.get("args"));
                    self.apply(&src, &key, TIMER, Some((action, args)), false)?
                }
                Err(why) => Answer::Refused { why, state: None },
            },
            "schedule" => self.apply(&src, &key, "schedule", Some((action, Vec::new())), false)?,
            "spawn" => {
                let child = StreamId::new(
                    TENANT,
                    text(&out, "entity_type").unwrap_or_default(),
                    text(&out, "child_id").unwrap_or_default(),
                );
                let params = model::named_from_json(out.get("params"));
                self.adopt(&child, &src);
                self.apply(&child, &key, "spawn", Some((action, params)), true)?
            }
            "trigger" if text(&out, "kind") == Some("entity") => {
                let name = text(&out, "name").unwrap_or_default().to_string();
                let resolve = text(&out, "resolve").unwrap_or("same_id");
                let id = match text(&out, "target_id") {
                    Some(id) if !id.is_empty() => id.to_string(),
                    _ if resolve == "same_id" => src.entity_id.clone(),
                    _ => format!("{}-{name}", src.entity_id),
                };
                let target = StreamId::new(TENANT, text(&out, "target_entity").unwrap_or(&src.entity_type), id);
                let create = matches!(resolve, "create_if_missing" | "create");
                let call = (
                    text(&out, "target_action").unwrap_or_default().to_string(),
                    model::named_from_json(out.get("args")),
                );
                if create {
                    self.adopt(&target, &src);
                }
                let a = self.apply(&target, &key, &format!("trigger {name}"), Some(call), create)?;
                self.refused_warning(&key, &a, &format!("trigger `{name}` -> {target}"), &target);
                a
            }
            "trigger" if text(&out, "kind") == Some("wasm") => {
                let ok = hash(self.seed, &key) % 100 < 75;
                let what = format!("service answer to {key}");
                self.send(Ev::ServiceReply(w, ok), &what);
                return Ok(());
            }
            other => {
                let what = format!("work {key} ({other} {}) is not simulated", text(&out, "kind").unwrap_or_default());
                self.warnings.push(Warning { what, stream: Some(src.clone()) });
                Answer::Refused { why: "not simulated".into(), state: None }
            }
        };
        self.finish_work(&w, &key, &answer);
        Ok(())
    }

    /// The external service answered a wasm integration call: run its callback on the source.
    pub fn service_reply(&mut self, w: PendingWork, ok: bool) -> Result<()> {
        let key = w.item.idempotency_key.clone();
        if self.block(self.store.idempotency(TENANT, &key)).map_err(|e| anyhow!("{e}"))?.is_some() {
            self.note(format!("service answer to {key} again: already applied"));
            self.push(self.now + 1, Ev::Complete(w.id));
            return Ok(());
        }
        let p: Json = serde_json::from_str(&w.item.payload).map_err(|e| anyhow!("outbox item {key}: {e}"))?;
        let src = StreamId::new(
            TENANT,
            text(&p, "entity_type").unwrap_or_default(),
            text(&p, "entity_id").unwrap_or_default(),
        );
        let out = p.get("output").cloned().unwrap_or_default();
        let module = text(&out, "module").unwrap_or_default().to_string();
        let answer = match text(&out, if ok { "on_success" } else { "on_failure" }) {
            None => Answer::Refused { why: "no callback".into(), state: None },
            Some(cb) => {
                let seq = p.get("seq").and_then(Json::as_u64).unwrap_or(0);
                let params = self.callback_params(&src, cb, &key, seq)?;
                let a = self.apply(&src, &key, &format!("callback {module}"), Some((cb.to_string(), params)), false)?;
                self.refused_warning(&key, &a, &format!("callback `{cb}` of `{module}` -> {src}"), &src);
                a
            }
        };
        self.finish_work(&w, &key, &answer);
        Ok(())
    }

    fn finish_work(&mut self, w: &PendingWork, key: &str, answer: &Answer) {
        if let Answer::Refused { why, .. } = answer {
            self.note(format!("work {key}: no commit ({why})"));
            self.not_applied.insert(key.to_string(), why.clone());
        }
        self.push(self.now + 1, Ev::Complete(w.id));
    }

    fn refused_warning(&mut self, key: &str, a: &Answer, what: &str, stream: &StreamId) {
        if let Answer::Refused { why, .. } = a
            && !self.not_applied.contains_key(key)
        {
            self.warnings.push(Warning { what: format!("{what} refused: {why}"), stream: Some(stream.clone()) });
        }
    }

    /// The service's answer: one of the callback's moves, chosen by the key among those the
    /// callback accepts in the state that made the call (any of them if none does), so every
    /// delivery of one key gets the same answer.
    fn callback_params(&mut self, src: &StreamId, cb: &str, key: &str, seq: u64) -> Result<Vec<NamedValue>> {
        let Some(spec) = self.spec(&src.entity_type) else { return Ok(Vec::new()) };
        let moves: Vec<_> = spec.all_moves.iter().filter(|m| m.action == cb).collect();
        if moves.is_empty() {
            return Ok(Vec::new());
        }
        let events = self.block(self.store.read_events(src, 0, seq as u32)).map_err(|e| anyhow!("{e}"))?;
        let f = crate::server::replay::fold(&events)?;
        let state = spec.state_of(&f.status, &f.fields);
        let reqs: Vec<EvalRequest> = moves
            .iter()
            .map(|m| EvalRequest {
                spec: spec.spec.clone(),
                entity_id: src.entity_id.clone(),
                seq,
                state: state.clone(),
                action: cb.to_string(),
                params: model::move_params(m),
                related: Vec::new(),
            })
            .collect();
        let results = self.interp.evaluate_batch(&reqs)?;
        let accepted: Vec<_> = moves.iter().zip(&results).filter(|(_, r)| r.is_ok()).map(|(m, _)| *m).collect();
        let pool = if accepted.is_empty() { moves } else { accepted };
        Ok(model::move_params(pool[(hash(self.seed, key) % pool.len() as u64) as usize]))
    }

    /// An entity created by another's work is driven by the same agent.
    fn adopt(&mut self, child: &StreamId, parent: &StreamId) {
        let owner = self.owners.get(parent).copied().unwrap_or(0);
        self.owners.entry(child.clone()).or_insert(owner);
    }

    /// Whether a timer still applies: the entity is in the same visit of the state that armed
    /// it, and the timer fired fewer than `max_occurrences` times in that visit.
    fn timer_applies(&mut self, src: &StreamId, p: &Json, out: &Json) -> Result<Result<(), String>> {
        if !self.visits.contains_key(src) {
            let events = self.block(self.store.read_events(src, 0, u32::MAX)).map_err(|e| anyhow!("{e}"))?;
            let (visit, status) = super::check::current_visit(&events);
            let fired = events
                .iter()
                .filter(|e| e.seq >= visit && e.meta.actor == TIMER)
                .filter_map(|e| serde_json::from_str::<Json>(&e.payload).ok())
                .filter_map(|j| text(&j, "action").map(str::to_string))
                .collect();
            self.visits.insert(src.clone(), (visit, status, fired));
        }
        let Some((visit, status, fired)) = self.visits.get(src) else { return Ok(Ok(())) };
        let armed_at = p.get("seq").and_then(Json::as_u64).unwrap_or(0);
        let state = text(out, "state").unwrap_or_default();
        if status != state || *visit != armed_at {
            return Ok(Err(format!("the entity left that visit of `{state}`")));
        }
        let action = text(out, "action").unwrap_or_default();
        let max = out.get("max_occurrences").and_then(Json::as_u64).unwrap_or(1);
        let fired = fired.iter().filter(|a| *a == action).count() as u64;
        if max > 0 && fired >= max {
            return Ok(Err(format!("`{action}` already fired {fired} time(s) in this visit")));
        }
        Ok(Ok(()))
    }
}
