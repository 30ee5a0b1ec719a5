//! Post-commit work, as the drainer delivers it (at least once): timers (only within the visit
//! of the state that armed them, at most `max_occurrences` times), schedules, spawns, entity
//! triggers (`same_id`, `field`, `create_if_missing`, ...), and wasm integrations answered by a
//! simulated external service whose answer depends only on the item's idempotency key. Work
//! whose key is already in a commit is recognised and not applied again.

use super::model::{self, text};
use super::rng::hash;
use super::server::TIMER;
use super::world::{Answer, Ev, TENANT, Warning, World};
use crate::runtime::interpreter::{EvalRequest, NamedValue};
use crate::storage::{Backend, PendingWork, StreamId};
use anyhow::{Result, anyhow};
use serde_json::Value as Json;

impl World<'_> {
    /// An outbox item about to be applied: its key, payload, source stream and output — or
    /// `None` when a commit already carries its key (a redelivery; `again` says which, with
    /// `{key}` standing for the key), after marking it done.
    fn claim(&mut self, w: &PendingWork, again: &str) -> Result<Option<(String, Json, StreamId, Json)>> {
        let key = w.item.idempotency_key.clone();
        if self.block(self.store.idempotency(TENANT, &key)).map_err(|e| anyhow!("{e}"))?.is_some() {
            self.note(format!("{}: already applied", again.replace("{key}", &key)));
            self.push(self.now + 1, Ev::Complete(w.id));
            return Ok(None);
        }
        let p: Json = serde_json::from_str(&w.item.payload).map_err(|e| anyhow!("outbox item {key}: {e}"))?;
        let src = StreamId::new(
            TENANT,
            text(&p, "entity_type").unwrap_or_default(),
            text(&p, "entity_id").unwrap_or_default(),
        );
        let out = p.get("output").cloned().unwrap_or_default();
        Ok(Some((key, p, src, out)))
    }

    /// Executes one delivered outbox item, unless its key is already in a commit.
    pub fn execute_work(&mut self, w: PendingWork) -> Result<()> {
        let Some((key, p, src, out)) = self.claim(&w, "work {key} delivered again")? else { return Ok(()) };
        let action = text(&out, "action").unwrap_or_default().to_string();
        let answer = match text(&out, "type").unwrap_or_default() {
            "timer" => match self.timer_applies(&src, &p, &out)? {
                Ok(()) => {
                    let args = model::named_from_json(out.get("args"));
                    self.apply(&src, &key, TIMER, Some((action, args)), false)?
                }
                Err(why) => Answer::Refused { why, state: None },
            },
            "schedule" => {
                let a = self.apply(&src, &key, "schedule", Some((action.clone(), Vec::new())), false)?;
                self.refused_warning(&key, &a, &format!("scheduled `{action}` -> {src}"), &src);
                a
            }
            "spawn" => {
                let child = StreamId::new(
                    TENANT,
                    text(&out, "entity_type").unwrap_or_default(),
                    text(&out, "child_id").unwrap_or_default(),
                );
                let params = model::named_from_json(out.get("params"));
                self.adopt(&child, &src);
                let a = self.apply(&child, &key, "spawn", Some((action.clone(), params)), true)?;
                self.refused_warning(&key, &a, &format!("spawned `{action}` -> {child}"), &child);
                a
            }
            "trigger" if text(&out, "kind") == Some("entity") => {
                let name = text(&out, "name").unwrap_or_default().to_string();
                let target_entity = text(&out, "target_entity").unwrap_or(&src.entity_type).to_string();
                // The reactions component's own rules (compiled natively): the same target,
                // creation and refusals as the server's drainer.
                let trigger = temper_reactions::plan::Trigger {
                    name: &name,
                    target_entity: &target_entity,
                    target_action: text(&out, "target_action").unwrap_or_default(),
                    resolve: text(&out, "resolve").unwrap_or("same_id"),
                    target_id: text(&out, "target_id"),
                    principal: text(&out, "principal"),
                };
                let source = temper_reactions::plan::Source {
                    entity_id: &src.entity_id,
                    principal: "System::\"sim\"",
                    chain: &[],
                };
                let plan = match temper_reactions::plan::plan(&source, &trigger, crate::server::drainer::MAX_DEPTH) {
                    Ok(p) => p,
                    Err(r) => {
                        let why = format!("{r:?}");
                        let what = format!("trigger `{name}` of {src} refused: {why}");
                        self.warnings.push(Warning { what, stream: Some(src.clone()) });
                        self.finish_work(&w, &key, &Answer::Refused { why: why.clone(), state: None });
                        return Ok(());
                    }
                };
                let target = StreamId::new(TENANT, &target_entity, plan.entity_id);
                let create = plan.create;
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
        let Some((key, p, src, out)) = self.claim(&w, "service answer to {key} again")? else { return Ok(()) };
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

    /// An entity created by another's work (a Shipment an Order asks for) is driven by the
    /// next agent: another party than the one driving its parent.
    fn adopt(&mut self, child: &StreamId, parent: &StreamId) {
        let owner = self.owners.get(parent).map_or(0, |o| (o + 1) % self.agents.len().max(1));
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
