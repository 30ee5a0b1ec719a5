//! The simulated world of one seed: a virtual clock, one queue of timed events (ties broken by
//! insertion order, so the run is a pure function of the seed), the network that delivers,
//! drops, delays and duplicates messages, server crashes and restarts, and the main loop with
//! its quiescent wind-down. The server's request handling and post-commit work are in
//! `server.rs`, the agents in `agent.rs`, the checks in `check.rs`.

use super::SimOptions;
use super::model::SpecInfo;
use super::rng::Rng;
use crate::runtime::interpreter::{EntityState, Interpreter};
use crate::storage::memory::MemoryBackend;
use crate::storage::{Backend, PendingWork, StreamId};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use temper_verifier::Move;

pub const TENANT: &str = "sim";

/// A client request: create an entity (`action: None`) or run an action on it.
#[derive(Debug, Clone)]
pub struct Request {
    pub agent: usize,
    pub key: String,
    pub stream: StreamId,
    pub action: Option<Move>,
}

#[derive(Debug, Clone)]
pub enum Answer {
    /// Committed at `seq`; the entity's state after it.
    Ack { seq: u64, state: EntityState },
    /// Not applied; the entity's current state when there is one.
    Refused { why: String, state: Option<EntityState> },
}

#[derive(Debug, Clone)]
pub struct Response {
    pub key: String,
    pub stream: StreamId,
    pub answer: Answer,
}

#[derive(Debug, Clone)]
pub enum Ev {
    /// An agent acts; only the tick with the agent's current generation counts.
    AgentTick(usize, u64),
    Request(Request),
    Response(usize, Response),
    /// The outbox drainer polls for due work.
    DrainTick,
    /// The drainer delivers one outbox item to be executed.
    Work(PendingWork),
    /// The external service's answer to a wasm integration call: success or failure.
    ServiceReply(PendingWork, bool),
    /// The drainer marks an item done.
    Complete(i64),
    Restart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Main,
    WindDown,
}

#[derive(Debug, Default)]
pub struct Agent {
    pub crashed: bool,
    /// The request not yet answered, and when to send it again.
    pub outstanding: Option<(Request, u64)>,
    /// The last state the agent saw of each entity it created.
    pub known: BTreeMap<StreamId, EntityState>,
    pub next_key: u64,
    /// The generation of the agent's one live tick.
    pub tick: u64,
    /// Entities it no longer drives (they reached a terminal state; a new one replaced them).
    pub retired: BTreeSet<StreamId>,
    /// Entities it created, for fresh ids.
    pub created: u64,
}

/// An acknowledged commit, as the agent saw it.
#[derive(Debug, Clone)]
pub struct Ack {
    pub key: String,
    pub stream: StreamId,
    pub seq: u64,
    pub status: String,
}

/// Something that failed a check.
#[derive(Debug, Clone)]
pub struct Failure {
    /// `invariant`, `liveness`, `store`, `lost-ack`, `exactly-once`, `quiescence`.
    pub kind: &'static str,
    pub property: String,
    pub what: String,
    pub stream: Option<StreamId>,
    /// The move refused because its state broke an invariant (the trace's last step).
    pub step: Option<Move>,
}

/// A post-commit action its target refused, or work the simulator cannot run.
#[derive(Debug, Clone)]
pub struct Warning {
    pub what: String,
    pub stream: Option<StreamId>,
}

pub struct World<'a> {
    pub interp: &'a mut Interpreter,
    pub specs: &'a [SpecInfo],
    pub opts: &'a SimOptions,
    pub seed: u64,
    pub rng: Rng,
    rt: tokio::runtime::Runtime,
    pub store: MemoryBackend,
    pub now: u64,
    queue: BTreeMap<(u64, u64), Ev>,
    next_id: u64,
    pub phase: Phase,
    /// New client requests the agents may still start in the main phase.
    pub steps_left: u64,
    pub agents: Vec<Agent>,
    /// Which agent drives each entity.
    pub owners: BTreeMap<StreamId, usize>,
    pub server_up: bool,
    /// Work handed out by the drainer: id → when to hand it out again if not completed.
    pub inflight: BTreeMap<i64, u64>,
    /// The server's cache of each entity's current visit of its status: (the seq that began
    /// it, the status, the actions timers fired in it). Lost in a crash, rebuilt from the journal.
    pub visits: BTreeMap<StreamId, (u64, String, Vec<String>)>,
    drain_at: Option<u64>,
    pub acks: Vec<Ack>,
    /// Every outbox key committed.
    pub outbox_keys: BTreeSet<String>,
    /// Outbox keys whose target refused the action (or that no longer applied), and why.
    pub not_applied: BTreeMap<String, String>,
    pub faults: Vec<String>,
    pub log: Vec<String>,
    pub failures: Vec<Failure>,
    pub warnings: Vec<Warning>,
    pub transitions: u64,
    /// Every (entity type, status) a commit reached.
    pub reached: BTreeSet<(String, String)>,
    pub events: u64,
    pub longest_timer_ms: u64,
}

impl<'a> World<'a> {
    pub fn new(interp: &'a mut Interpreter, specs: &'a [SpecInfo], opts: &'a SimOptions, seed: u64) -> Result<Self> {
        let rt = tokio::runtime::Builder::new_current_thread().build()?;
        let mut w = Self {
            interp,
            specs,
            opts,
            seed,
            rng: Rng::new(seed),
            rt,
            store: MemoryBackend::new(),
            now: 0,
            queue: BTreeMap::new(),
            next_id: 0,
            phase: Phase::Main,
            steps_left: opts.max_steps,
            agents: (0..opts.entities_per_type.max(1)).map(|_| Agent::default()).collect(),
            owners: BTreeMap::new(),
            server_up: true,
            inflight: BTreeMap::new(),
            visits: BTreeMap::new(),
            drain_at: None,
            acks: Vec::new(),
            outbox_keys: BTreeSet::new(),
            not_applied: BTreeMap::new(),
            faults: Vec::new(),
            log: Vec::new(),
            failures: Vec::new(),
            warnings: Vec::new(),
            transitions: 0,
            reached: BTreeSet::new(),
            events: 0,
            longest_timer_ms: 1000,
        };
        for s in specs {
            for i in 0..w.agents.len() {
                w.owners.insert(StreamId::new(TENANT, &s.entity_type, format!("{}-{i}", s.entity_type)), i);
            }
        }
        Ok(w)
    }

    /// Runs one storage call to completion (the in-memory backend never waits).
    pub fn block<T>(&self, f: impl Future<Output = T>) -> T {
        self.rt.block_on(f)
    }

    pub fn spec(&self, entity_type: &str) -> Option<&'a SpecInfo> {
        self.specs.iter().find(|s| s.entity_type == entity_type)
    }

    pub fn note(&mut self, line: String) {
        self.log.push(format!("t={:>9} {line}", self.now));
    }

    pub fn fault(&mut self, what: String) {
        let line = format!("t={}ms {what}", self.now);
        self.note(format!("FAULT {what}"));
        self.faults.push(line);
    }

    pub fn faulty(&self) -> bool {
        self.opts.faults && self.phase == Phase::Main
    }

    pub fn push(&mut self, at: u64, ev: Ev) {
        self.next_id += 1;
        self.queue.insert((at, self.next_id), ev);
    }

    /// Sends a message through the network: a few ms of latency, or (faults on) dropped,
    /// delayed, duplicated.
    pub fn send(&mut self, ev: Ev, what: &str) {
        let mut latency = self.rng.range(1, 5);
        if self.faulty() {
            let f = self.opts.rates;
            if self.rng.chance(f.drop) {
                self.fault(format!("dropped {what}"));
                return;
            }
            if self.rng.chance(f.delay) {
                latency += self.rng.range(100, 3000);
                self.fault(format!("delayed {what} by {latency}ms"));
            }
            if self.rng.chance(f.duplicate) {
                self.fault(format!("duplicated {what}"));
                let extra = self.rng.range(0, 50);
                self.push(self.now + latency + extra, ev.clone());
            }
        }
        self.push(self.now + latency, ev);
    }

    /// The main phase (agents act until their step budget is spent), then the wind-down.
    pub fn run(&mut self) -> Result<()> {
        for a in 0..self.agents.len() {
            let at = self.rng.range(0, 20);
            self.schedule_tick(a, at);
        }
        let cap = self.opts.max_steps.saturating_mul(200).max(10_000);
        while self.steps_left > 0 && self.events < cap {
            if !self.step()? {
                break;
            }
        }
        self.phase = Phase::WindDown;
        self.note("wind-down: no more faults or new random requests".into());
        if !self.server_up {
            self.restart()?;
        }
        let mut rounds = 0;
        loop {
            let mut n = 0u64;
            while n < cap && self.step()? {
                n += 1;
            }
            rounds += 1;
            if rounds > self.opts.wind_down_rounds || !self.steer()? {
                break;
            }
        }
        self.check_end()
    }

    /// Handles the next event; false when the queue is empty.
    fn step(&mut self) -> Result<bool> {
        let Some(((at, _), ev)) = self.queue.pop_first() else { return Ok(false) };
        self.now = self.now.max(at);
        self.events += 1;
        if self.faulty() && self.server_up && self.rng.chance(self.opts.rates.server_crash) {
            self.crash_server();
            if !matches!(ev, Ev::AgentTick(..) | Ev::Restart) {
                return Ok(true); // it was meant for the server that just died
            }
        }
        match ev {
            Ev::AgentTick(a, generation) => {
                if self.agents.get(a).is_some_and(|x| x.tick == generation) {
                    self.agent_tick(a)?;
                }
            }
            Ev::Request(r) if self.server_up => self.handle_request(r)?,
            Ev::Response(a, r) => self.on_response(a, r),
            Ev::DrainTick => self.drain_tick()?,
            Ev::Work(w) if self.server_up => self.execute_work(w)?,
            Ev::ServiceReply(w, ok) if self.server_up => self.service_reply(w, ok)?,
            Ev::Complete(id) if self.server_up => {
                self.inflight.remove(&id);
                let done = self.block(self.store.complete_work(id));
                if let Err(e) = done {
                    self.fail("store", "outbox", format!("completing work {id}: {e}"), None);
                }
            }
            Ev::Restart => self.restart()?,
            Ev::Request(_) | Ev::Work(_) | Ev::ServiceReply(..) | Ev::Complete(_) => {
                self.note("lost: the server is down".into());
            }
        }
        Ok(true)
    }

    /// Every in-memory thing of the server is gone: messages to and from it, the drainer's
    /// in-flight work. The store survives.
    fn crash_server(&mut self) {
        self.server_up = false;
        self.fault("server crashed".into());
        self.queue.retain(|_, ev| matches!(ev, Ev::AgentTick(..)));
        self.inflight.clear();
        self.visits.clear();
        self.drain_at = None;
        let at = self.now + self.rng.range(50, 500);
        self.push(at, Ev::Restart);
    }

    /// Restart: every entity is replayed from its journal and compared with its projection,
    /// every acknowledged commit must still be there, and the drainer starts over.
    pub fn restart(&mut self) -> Result<()> {
        if self.server_up {
            return Ok(()); // the wind-down restarted it already
        }
        self.server_up = true;
        self.note("server restarted".into());
        self.check_store("after a restart")?;
        self.schedule_drain()
    }

    /// Hands out due work (not already in flight) and plans the next poll.
    fn drain_tick(&mut self) -> Result<()> {
        self.drain_at = None;
        if !self.server_up {
            return Ok(());
        }
        let due = self.block(self.store.pending_work(self.now, 10_000)).map_err(|e| anyhow::anyhow!("{e}"))?;
        for w in due {
            if self.inflight.get(&w.id).is_some_and(|d| *d > self.now) {
                continue;
            }
            self.inflight.insert(w.id, self.now + self.opts.redeliver_ms);
            let what = format!("work {}", w.item.idempotency_key);
            self.send(Ev::Work(w), &what);
        }
        self.schedule_drain()
    }

    /// Plans a drainer poll at the earliest time some pending work is due (or due again).
    pub fn schedule_drain(&mut self) -> Result<()> {
        let all = self.block(self.store.pending_work(u64::MAX, 100_000)).map_err(|e| anyhow::anyhow!("{e}"))?;
        let next = all
            .iter()
            .map(|w| match self.inflight.get(&w.id) {
                Some(d) => *d,
                None => w.item.not_before_ms.max(self.now + 1),
            })
            .min();
        if let Some(t) = next
            && self.drain_at.is_none_or(|d| t < d)
        {
            self.drain_at = Some(t);
            self.push(t, Ev::DrainTick);
        }
        Ok(())
    }

    pub fn fail(&mut self, kind: &'static str, property: &str, what: String, stream: Option<StreamId>) {
        self.note(format!("FAILED {kind} {property}: {what}"));
        self.failures.push(Failure { kind, property: property.to_string(), what, stream, step: None });
    }
}
