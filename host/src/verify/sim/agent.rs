//! The simulated clients. Each agent drives the entities it owns, one request at a time: it
//! creates them, then sends actions chosen by the seeded PRNG (mostly ones its last known state
//! allows, sometimes any), retries an unanswered request with the same idempotency key, and
//! may crash for good. In the wind-down, live agents steer their entities toward the `reaches`
//! states of pending `[[liveness]]` properties along a path found by a small search.

use super::model::{self, SpecInfo};
use super::world::{Ack, Answer, Ev, Phase, Request, Response, World};
use crate::runtime::interpreter::{EntityState, EvalRequest};
use crate::storage::{Backend, StreamId};
use anyhow::{Result, anyhow};
use std::collections::{BTreeSet, VecDeque};
use temper_verifier::Move;

/// Moves an agent samples per action and step, and per action in the steering search.
const PER_ACTION: usize = 2;
const SEARCH_PER_ACTION: usize = 32;
const SEARCH_STATES: usize = 64;
const SEARCH_DEPTH: usize = 6;

impl World<'_> {
    pub fn schedule_tick(&mut self, a: usize, at: u64) {
        if let Some(agent) = self.agents.get_mut(a) {
            agent.tick += 1;
            let generation = agent.tick;
            self.push(at, Ev::AgentTick(a, generation));
        }
    }

    fn owned(&self, a: usize) -> Vec<StreamId> {
        self.owners.iter().filter(|(_, o)| **o == a).map(|(s, _)| s.clone()).collect()
    }

    pub fn agent_tick(&mut self, a: usize) -> Result<()> {
        let crashed = self.agents.iter().filter(|x| x.crashed).count();
        if self.faulty() && crashed + 1 < self.agents.len() && self.rng.chance(self.opts.rates.agent_crash) {
            self.agents[a].crashed = true;
            self.agents[a].outstanding = None;
            let drives: Vec<String> =
                self.owned(a).iter().map(|s| format!("{}/{}", s.entity_type, s.entity_id)).collect();
            self.fault(format!("agent a{a} crashed for good (it drove {})", drives.join(", ")));
            return Ok(());
        }
        if let Some((req, retry_at)) = self.agents[a].outstanding.clone() {
            if self.now >= retry_at {
                let next = self.now + self.opts.retry_ms + self.rng.range(0, self.opts.retry_ms);
                self.agents[a].outstanding = Some((req.clone(), next));
                self.note(format!("agent a{a} retries {}", req.key));
                let what = format!("request {}", req.key);
                self.send(Ev::Request(req), &what);
                self.schedule_tick(a, next);
            } else {
                self.schedule_tick(a, retry_at);
            }
            return Ok(());
        }
        if self.phase == Phase::WindDown || self.steps_left == 0 {
            return Ok(());
        }
        self.steps_left -= 1;
        let owned: Vec<StreamId> = self.owned(a).into_iter().filter(|s| !self.agents[a].retired.contains(s)).collect();
        let Some(i) = self.rng.index(owned.len()) else { return Ok(()) };
        let mut stream = owned[i].clone();
        let action = match self.agents[a].known.get(&stream).cloned() {
            None => None,
            Some(state) if self.spec(&stream.entity_type).is_some_and(|s| s.terminal.contains(&state.status)) => {
                // A finished entity: drive a new one of the same type instead.
                self.agents[a].retired.insert(stream.clone());
                self.agents[a].created += 1;
                let id = format!("{}-{a}-{}", stream.entity_type, self.agents[a].created);
                stream = StreamId::new(&stream.tenant, &stream.entity_type, id);
                self.owners.insert(stream.clone(), a);
                None
            }
            Some(state) => self.choose(&stream, &state)?,
        };
        if action.is_some() || !self.agents[a].known.contains_key(&stream) {
            self.issue(a, stream, action);
        }
        let think = if self.rng.chance(self.opts.long_pause) {
            self.rng.range(1, self.longest_timer_ms.saturating_mul(3) / 2)
        } else {
            self.rng.range(1, 200)
        };
        if self.agents[a].outstanding.is_none() {
            self.schedule_tick(a, self.now + think);
        }
        Ok(())
    }

    /// Mostly a move the agent's last known state allows (each action equally likely, whatever
    /// its number of parameter combinations); sometimes any move.
    fn choose(&mut self, stream: &StreamId, state: &EntityState) -> Result<Option<Move>> {
        let Some(spec) = self.spec(&stream.entity_type) else { return Ok(None) };
        let mut sample: Vec<usize> = Vec::new();
        for (lo, hi) in action_ranges(&spec.agent_moves) {
            for _ in 0..PER_ACTION.min(hi - lo) {
                sample.push(lo + self.rng.below((hi - lo) as u64) as usize);
            }
        }
        if self.rng.chance(0.1) {
            return Ok(self.rng.index(sample.len()).map(|k| spec.agent_moves[sample[k]].clone()));
        }
        if self.rng.chance(0.1)
            && let Some(k) = self.rng.index(spec.patches.len())
        {
            return Ok(Some(spec.patches[k].clone()));
        }
        let reqs: Vec<EvalRequest> = sample.iter().map(|i| eval(spec, stream, state, &spec.agent_moves[*i])).collect();
        let results = self.interp.evaluate_batch(&reqs)?;
        let mut allowed: Vec<usize> = sample.iter().zip(&results).filter(|(_, r)| r.is_ok()).map(|(i, _)| *i).collect();
        // Half the time, favour moves to another live state, so runs get deep into the machine.
        let onward: Vec<usize> = sample
            .iter()
            .zip(&results)
            .filter_map(|(i, r)| r.as_ref().ok().map(|t| (i, t)))
            .filter(|(_, t)| t.to_status != state.status && !spec.terminal.contains(&t.to_status))
            .map(|(i, _)| *i)
            .collect();
        if !onward.is_empty() && self.rng.chance(0.5) {
            allowed = onward;
        }
        let mut actions: Vec<&str> = allowed.iter().map(|i| spec.agent_moves[*i].action.as_str()).collect();
        actions.dedup();
        let Some(k) = self.rng.index(actions.len()) else {
            return Ok(self.rng.index(sample.len()).map(|k| spec.agent_moves[sample[k]].clone()));
        };
        let of_action: Vec<usize> = allowed.into_iter().filter(|i| spec.agent_moves[*i].action == actions[k]).collect();
        Ok(self.rng.index(of_action.len()).map(|j| spec.agent_moves[of_action[j]].clone()))
    }

    fn issue(&mut self, a: usize, stream: StreamId, action: Option<Move>) {
        let agent = &mut self.agents[a];
        agent.next_key += 1;
        let key = format!("a{a}-{}", agent.next_key);
        let req = Request { agent: a, key: key.clone(), stream: stream.clone(), action };
        let retry_at = self.now + self.opts.retry_ms + self.rng.range(0, self.opts.retry_ms);
        self.agents[a].outstanding = Some((req.clone(), retry_at));
        let what = req.action.as_ref().map_or_else(|| "create".to_string(), |m| m.action.clone());
        self.note(format!("agent a{a} sends {key}: {what} on {stream}"));
        self.send(Ev::Request(req), &format!("request {key}"));
        self.schedule_tick(a, retry_at);
    }

    pub fn on_response(&mut self, a: usize, r: Response) {
        let Some(agent) = self.agents.get_mut(a) else { return };
        if agent.crashed || agent.outstanding.as_ref().is_none_or(|(o, _)| o.key != r.key) {
            self.note(format!("agent a{a} ignores a response to {} (not outstanding)", r.key));
            return;
        }
        agent.outstanding = None;
        match r.answer {
            Answer::Ack { seq, state } => {
                self.acks.push(Ack { key: r.key.clone(), stream: r.stream.clone(), seq, status: state.status.clone() });
                agent.known.insert(r.stream.clone(), state);
                self.note(format!("agent a{a} got ack {} (seq {seq})", r.key));
            }
            Answer::Refused { why, state } => {
                if let Some(s) = state {
                    agent.known.insert(r.stream.clone(), s);
                }
                self.note(format!("agent a{a} got refusal {}: {why}", r.key));
            }
        }
        let at = self.now + self.rng.range(1, 50);
        self.schedule_tick(a, at);
    }

    /// One wind-down round: each live, idle agent sends the first action of a path toward a
    /// pending liveness property's `reaches` states. False when nobody sent anything.
    pub fn steer(&mut self) -> Result<bool> {
        let mut sent = false;
        for a in 0..self.agents.len() {
            if self.agents[a].crashed || self.agents[a].outstanding.is_some() {
                continue;
            }
            for stream in self.owned(a) {
                let Some(spec) = self.spec(&stream.entity_type) else { continue };
                let events = self.block(self.store.read_events(&stream, 0, u32::MAX)).map_err(|e| anyhow!("{e}"))?;
                let targets: BTreeSet<String> =
                    super::check::pending(spec, &events).into_iter().flat_map(|l| l.reaches.iter().cloned()).collect();
                if targets.is_empty() {
                    continue;
                }
                let Ok(row) = self.block(self.store.load(&stream)) else { continue };
                let fields = serde_json::from_str(&row.fields).unwrap_or_default();
                let state = spec.state_of(&row.status, &fields);
                if let Some(first) = self.search(spec, &stream, state, &targets)? {
                    self.agents[a].known.insert(stream.clone(), spec.state_of(&row.status, &fields));
                    self.issue(a, stream, Some(first));
                    sent = true;
                    break;
                }
            }
        }
        Ok(sent)
    }

    /// Breadth-first over the agent's moves: the first move of a shortest path to a target status.
    fn search(
        &mut self,
        spec: &SpecInfo,
        stream: &StreamId,
        start: EntityState,
        targets: &BTreeSet<String>,
    ) -> Result<Option<Move>> {
        let moves = search_moves(spec);
        let key = |s: &EntityState| format!("{s:?}");
        let mut seen = vec![key(&start)];
        let mut queue: VecDeque<(EntityState, Option<usize>, usize)> = VecDeque::from([(start, None, 0)]);
        while let Some((state, first, depth)) = queue.pop_front() {
            if depth >= SEARCH_DEPTH {
                continue;
            }
            let reqs: Vec<EvalRequest> = moves.iter().map(|m| eval(spec, stream, &state, m)).collect();
            for (i, r) in self.interp.evaluate_batch(&reqs)?.into_iter().enumerate() {
                let Ok(t) = r else { continue };
                let first = first.unwrap_or(i);
                if targets.contains(&t.state.status) {
                    return Ok(Some(moves[first].clone()));
                }
                if seen.len() < SEARCH_STATES && !seen.contains(&key(&t.state)) {
                    seen.push(key(&t.state));
                    queue.push_back((t.state, Some(first), depth + 1));
                }
            }
        }
        Ok(None)
    }
}

/// The index range of each action's moves (`moves` lists each action's moves together).
fn action_ranges(moves: &[Move]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, m) in moves.iter().enumerate() {
        match out.last_mut() {
            Some((lo, hi)) if moves[*lo].action == m.action => *hi = i + 1,
            _ => out.push((i, i + 1)),
        }
    }
    out
}

/// Up to `SEARCH_PER_ACTION` moves of each input action, spread over its parameter combinations.
fn search_moves(spec: &SpecInfo) -> Vec<Move> {
    let mut out = Vec::new();
    let mut names: Vec<&str> = spec.agent_moves.iter().map(|m| m.action.as_str()).collect();
    names.dedup();
    for name in names {
        let all: Vec<&Move> = spec.agent_moves.iter().filter(|m| m.action == name).collect();
        let stride = all.len().div_ceil(SEARCH_PER_ACTION).max(1);
        out.extend(all.into_iter().step_by(stride).cloned());
    }
    out
}

fn eval(spec: &SpecInfo, stream: &StreamId, state: &EntityState, m: &Move) -> EvalRequest {
    EvalRequest {
        spec: spec.spec.clone(),
        entity_id: stream.entity_id.clone(),
        seq: 1,
        state: state.clone(),
        action: m.action.clone(),
        params: model::move_params(m),
        related: Vec::new(),
    }
}
