//! The simulator's checks over the store: projection == fold of the journal with contiguous
//! seqs (after every restart and at the end), nothing acknowledged lost, every outbox item's
//! effect committed at most once (and exactly once unless its target refused it), no work left
//! pending after the wind-down, and every `[[liveness]]` property settled for every entity.
//! Also the action-labelled trace of one entity's journal, in the verifier's trace format.

use super::model::{self, Liveness, SpecInfo, text};
use super::world::{TENANT, World};
use crate::server::replay::{self, fold};
use crate::storage::{Backend, Event, StreamId};
use anyhow::{Result, anyhow};
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use temper_verifier::trace::{Trace, TraceStep};

/// The status after each event of a journal.
fn statuses(events: &[Event]) -> Vec<String> {
    let mut out = Vec::with_capacity(events.len());
    let mut status = String::new();
    for e in events {
        let j: Json = serde_json::from_str(&e.payload).unwrap_or_default();
        match e.kind.as_str() {
            "created" => status = text(&j, "status").unwrap_or_default().to_string(),
            "action" => status = text(&j, "to").unwrap_or_default().to_string(),
            _ => {}
        }
        out.push(status.clone());
    }
    out
}

/// The seq of the event that began the entity's current visit of its status, and the status.
pub fn current_visit(events: &[Event]) -> (u64, String) {
    let st = statuses(events);
    let mut visit = 0;
    for (i, s) in st.iter().enumerate() {
        if i == 0 || st[i - 1] != *s {
            visit = events[i].seq;
        }
    }
    (visit, st.last().cloned().unwrap_or_default())
}

/// The liveness properties an entity's journal leaves open: it was in a `from` state and has
/// not been in a `reaches` state since.
pub fn pending<'s>(spec: &'s SpecInfo, events: &[Event]) -> Vec<&'s Liveness> {
    let st = statuses(events);
    spec.liveness
        .iter()
        .filter(|l| {
            let mut open = false;
            for s in &st {
                if l.reaches.contains(s) {
                    open = false;
                } else if l.from.contains(s) {
                    open = true;
                }
            }
            open
        })
        .collect()
}

impl World<'_> {
    fn streams(&self) -> Result<Vec<StreamId>> {
        let mut out = Vec::new();
        for spec in self.specs {
            let rows = self
                .block(self.store.scan_projection(TENANT, &spec.entity_type, "", u32::MAX))
                .map_err(|e| anyhow!("{e}"))?;
            out.extend(rows.into_iter().map(|r| StreamId::new(TENANT, &spec.entity_type, r.id)));
        }
        Ok(out)
    }

    pub fn journal(&self, s: &StreamId) -> Result<Vec<Event>> {
        self.block(self.store.read_events(s, 0, u32::MAX)).map_err(|e| anyhow!("{e}"))
    }

    /// Projection == fold(journal), contiguous seqs, and every acknowledged commit present.
    pub fn check_store(&mut self, when: &str) -> Result<()> {
        for spec in self.specs {
            let mut report = replay::Report::default();
            self.block(replay::check_type(&self.store, TENANT, &spec.entity_type, &mut report))?;
            for d in report.drift {
                self.fail(
                    "store",
                    "projection equals the replayed journal",
                    format!("{when}: {}", d.what),
                    Some(d.stream),
                );
            }
        }
        for s in self.streams()? {
            let events = self.journal(&s)?;
            if let Some((i, e)) = events.iter().enumerate().find(|(i, e)| e.seq != *i as u64 + 1) {
                let what = format!("{when}: event {i} has seq {} (seqs must be contiguous from 1)", e.seq);
                self.fail("store", "contiguous seqs", what, Some(s.clone()));
            }
        }
        let mut journals: BTreeMap<StreamId, (Vec<Event>, Vec<String>)> = BTreeMap::new();
        for ack in self.acks.clone() {
            if !journals.contains_key(&ack.stream) {
                let events = self.journal(&ack.stream)?;
                let st = statuses(&events);
                journals.insert(ack.stream.clone(), (events, st));
            }
            let Some((events, st)) = journals.get(&ack.stream) else { continue };
            let idx = ack.seq.saturating_sub(1) as usize;
            let kept =
                events.get(idx).is_some_and(|e| e.meta.causation_id == ack.key) && st.get(idx) == Some(&ack.status);
            if !kept {
                let what = format!(
                    "{when}: request {} was acknowledged at seq {} ({}) but the journal lost it",
                    ack.key, ack.seq, ack.status
                );
                self.fail("lost-ack", "nothing acknowledged is lost", what, Some(ack.stream.clone()));
            }
        }
        Ok(())
    }

    /// The end-of-run checks, after the wind-down.
    pub fn check_end(&mut self) -> Result<()> {
        self.check_store("at the end")?;
        let left = self.block(self.store.pending_work(u64::MAX, u32::MAX)).map_err(|e| anyhow!("{e}"))?;
        for w in left {
            let what = format!("outbox item {} is still pending after the wind-down", w.item.idempotency_key);
            self.fail("quiescence", "all post-commit work done", what, None);
        }
        // Commits per causation key: a commit is one `action` event, or a `created` event with
        // the `action` of the same key that may follow it (create-if-missing).
        let mut commits: BTreeMap<String, (usize, StreamId)> = BTreeMap::new();
        let streams = self.streams()?;
        for s in &streams {
            let events = self.journal(s)?;
            for (i, e) in events.iter().enumerate() {
                let starts = i == 0
                    || e.kind == "created"
                    || events[i - 1].kind != "created"
                    || events[i - 1].meta.causation_id != e.meta.causation_id;
                if starts {
                    commits.entry(e.meta.causation_id.clone()).or_insert((0, s.clone())).0 += 1;
                }
            }
        }
        for (key, (n, s)) in &commits {
            if *n > 1 {
                let what = format!("`{key}` was applied in {n} commits");
                self.fail("exactly-once", "each request and outbox item applied once", what, Some(s.clone()));
            }
        }
        for key in self.outbox_keys.clone() {
            if !commits.contains_key(&key) && !self.not_applied.contains_key(&key) {
                let what = format!("outbox item `{key}` was completed but its effect was never applied");
                self.fail("exactly-once", "each outbox item applied once", what, None);
            }
        }
        for s in &streams {
            let Some(spec) = self.spec(&s.entity_type) else { continue };
            let events = self.journal(s)?;
            for l in pending(spec, &events) {
                let crashed = self.owners.get(s).is_some_and(|a| self.agents.get(*a).is_some_and(|x| x.crashed));
                let why = if crashed { "; the agent driving it crashed" } else { "" };
                let what = format!(
                    "entered {:?} and never reached {:?} (it ends in `{}`){why}",
                    l.from,
                    l.reaches,
                    statuses(&events).last().cloned().unwrap_or_default()
                );
                self.fail("liveness", &l.name, what, Some(s.clone()));
            }
        }
        Ok(())
    }

    /// One entity's journal as an action-labelled trace, and who caused each step.
    pub fn trace(&self, s: &StreamId, kind: &'static str, property: &str, what: &str) -> Result<(Trace, Vec<String>)> {
        let Some(spec) = self.spec(&s.entity_type) else {
            return Ok((Trace { kind, property: property.into(), what: what.into(), steps: Vec::new() }, Vec::new()));
        };
        let events = self.journal(s)?;
        let mut steps: Vec<TraceStep> = Vec::new();
        let mut by = Vec::new();
        for i in 0..events.len() {
            let f = fold(&events[..=i])?;
            let fields: Map<String, Json> = f.fields;
            let state = spec.trace_state(&spec.state_of(&f.status, &fields));
            let j: Json = serde_json::from_str(&events[i].payload).unwrap_or_default();
            let action = match events[i].kind.as_str() {
                "action" => Some(model::move_of(
                    text(&j, "action").unwrap_or_default(),
                    &model::named_from_json(j.get("params")),
                )),
                "updated" => Some(model::move_of(model::PATCH, &model::named_from_json(j.get("fields")))),
                _ => None,
            };
            let changes = match steps.last() {
                Some(prev) if action.is_some() => spec
                    .var_names
                    .iter()
                    .zip(prev.state.vars.iter().zip(&state.vars))
                    .filter(|(_, (a, b))| a != b)
                    .map(|(n, (a, b))| (n.clone(), a.clone(), b.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            if action.is_none() && !steps.is_empty() {
                continue; // only `created` starts a trace; other non-action events are not steps
            }
            steps.push(TraceStep { action, state, changes, refused: false });
            by.push(format!("{} at t={}ms", events[i].meta.actor, events[i].meta.time_ms));
        }
        Ok((Trace { kind, property: property.into(), what: what.into(), steps }, by))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::EventMeta;

    fn ev(seq: u64, kind: &str, payload: &str) -> Event {
        Event { seq, kind: kind.into(), payload: payload.into(), meta: EventMeta::default() }
    }

    fn journal(path: &[&str]) -> Vec<Event> {
        let mut out = vec![ev(1, "created", &format!(r#"{{"status":"{}","fields":{{}}}}"#, path[0]))];
        for (i, w) in path.windows(2).enumerate() {
            out.push(ev(i as u64 + 2, "action", &format!(r#"{{"action":"A","from":"{}","to":"{}"}}"#, w[0], w[1])));
        }
        out
    }

    fn spec() -> SpecInfo {
        SpecInfo {
            entity_type: "Lease".into(),
            spec: "id".into(),
            var_names: vec![],
            initial: crate::runtime::interpreter::EntityState { status: "Free".into(), vars: vec![] },
            agent_moves: vec![],
            all_moves: vec![],
            liveness: vec![Liveness { name: "L".into(), from: vec!["Held".into()], reaches: vec!["Free".into()] }],
            terminal: vec![],
            states: vec!["Free".into(), "Held".into()],
            patches: vec![],
        }
    }

    #[test]
    fn a_visit_starts_where_the_status_last_changed() {
        assert_eq!(current_visit(&journal(&["Free", "Held", "Held", "Held"])), (2, "Held".to_string()));
        assert_eq!(current_visit(&journal(&["Free", "Held", "Free", "Held"])), (4, "Held".to_string()));
        assert_eq!(current_visit(&journal(&["Free"])), (1, "Free".to_string()));
    }

    #[test]
    fn liveness_is_pending_only_after_a_from_state_with_no_target_since() {
        let s = spec();
        assert_eq!(pending(&s, &journal(&["Free", "Held"])).len(), 1);
        assert!(pending(&s, &journal(&["Free", "Held", "Free"])).is_empty());
        assert_eq!(pending(&s, &journal(&["Free", "Held", "Free", "Held"])).len(), 1);
        assert!(pending(&s, &journal(&["Free"])).is_empty());
    }
}
