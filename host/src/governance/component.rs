//! The governance component, typed: one instance behind a lock (calls are rare and take
//! microseconds). A trapped instance is dropped and the next call instantiates a fresh one.

use crate::runtime::cache;
use crate::runtime::engine::Runtime;
use anyhow::{Context, Result, anyhow};
use std::sync::{Mutex, PoisonError};
use wasmtime::{Store, StoreLimits, StoreLimitsBuilder};

mod bindings {
    wasmtime::component::bindgen!({
        world: "governance-component",
        path: "../wit/kernel",
        additional_derives: [serde::Serialize, serde::Deserialize, PartialEq],
    });
}

pub use bindings::exports::temper::kernel::governance::{
    ActionScope, DecisionStatus, Denial, DurationScope, EntityRef, GovernanceError, PendingDecision, Policy,
    PrincipalScope, ResourceScope, Scope, ScopeOption,
};

const INSTANCE_MEMORY: usize = 64 << 20;

pub struct State {
    limits: StoreLimits,
}

type Live = (Store<State>, bindings::GovernanceComponent);

pub struct GovernanceComponent {
    runtime: Runtime,
    pre: bindings::GovernanceComponentPre<State>,
    live: Mutex<Option<Live>>,
}

impl GovernanceComponent {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let (component, _) = cache::load(&runtime.engine, wasm, runtime.cache_dir.as_deref())?;
        let linker = wasmtime::component::Linker::<State>::new(&runtime.engine);
        let pre = linker
            .instantiate_pre(&component)
            .map_err(anyhow::Error::from)
            .context("linking the governance component (it must import nothing)")?;
        let pre = bindings::GovernanceComponentPre::new(pre)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/governance")?;
        Ok(Self { runtime: runtime.clone(), pre, live: Mutex::new(None) })
    }

    /// Loads `<dir>/governance.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        let path = crate::runtime::engine::locate_component("governance", dir)?;
        let wasm = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        Self::new(runtime, &wasm).with_context(|| format!("loading {}", path.display()))
    }

    fn call<R>(
        &self,
        f: impl FnOnce(&mut Store<State>, &bindings::GovernanceComponent) -> wasmtime::Result<R>,
    ) -> Result<R> {
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        if live.is_none() {
            let limits = StoreLimitsBuilder::new().memory_size(INSTANCE_MEMORY).build();
            let mut store = Store::new(&self.runtime.engine, State { limits });
            store.limiter(|s| &mut s.limits);
            let inst = self
                .pre
                .instantiate(&mut store)
                .map_err(anyhow::Error::from)
                .context("instantiating the governance component")?;
            *live = Some((store, inst));
        }
        let Some((store, inst)) = live.as_mut() else { return Err(anyhow!("no governance instance")) };
        match f(store, inst) {
            Ok(r) => Ok(r),
            Err(e) => {
                *live = None;
                Err(anyhow!("the governance component trapped: {e:#}"))
            }
        }
    }

    pub fn dedup_key(&self, d: &Denial) -> Result<String> {
        self.call(|s, i| i.temper_kernel_governance().call_dedup_key(s, d))
    }

    pub fn open(&self, d: &Denial, existing: Option<&PendingDecision>) -> Result<PendingDecision> {
        self.call(|s, i| i.temper_kernel_governance().call_open(s, d, existing))
    }

    pub fn scopes(&self, d: &PendingDecision) -> Result<Vec<ScopeOption>> {
        self.call(|s, i| i.temper_kernel_governance().call_scopes(s, d))
    }

    pub fn parse_scope(&self, text: &str) -> Result<std::result::Result<Scope, GovernanceError>> {
        self.call(|s, i| i.temper_kernel_governance().call_parse_scope(s, text))
    }

    pub fn preview(&self, d: &PendingDecision, scope: Scope) -> Result<std::result::Result<Policy, GovernanceError>> {
        self.call(|s, i| i.temper_kernel_governance().call_preview(s, d, scope))
    }

    pub fn approve(
        &self,
        d: &PendingDecision,
        scope: Scope,
        by: &str,
        reason: &str,
        time_ms: u64,
    ) -> Result<std::result::Result<(PendingDecision, Policy), GovernanceError>> {
        self.call(|s, i| i.temper_kernel_governance().call_approve(s, d, scope, by, reason, time_ms))
    }

    pub fn deny(
        &self,
        d: &PendingDecision,
        by: &str,
        reason: &str,
        time_ms: u64,
    ) -> Result<std::result::Result<PendingDecision, GovernanceError>> {
        self.call(|s, i| i.temper_kernel_governance().call_deny(s, d, by, reason, time_ms))
    }

    pub fn remedy(&self, d: &PendingDecision, base_url: &str) -> Result<String> {
        self.call(|s, i| i.temper_kernel_governance().call_remedy(s, d, base_url))
    }
}

/// A governance refusal as one sentence.
pub fn describe(e: &GovernanceError) -> String {
    match e {
        GovernanceError::InvalidScope(m) => format!("invalid scope: {m}"),
        GovernanceError::MalformedScope(m) => format!("malformed scope: {m}"),
        GovernanceError::AlreadyDecided(s) => format!("the decision is already {}", status_name(*s)),
        GovernanceError::InvalidValue(m) => format!("invalid value: {m}"),
    }
}

pub fn status_name(s: DecisionStatus) -> &'static str {
    match s {
        DecisionStatus::Pending => "pending",
        DecisionStatus::Approved => "approved",
        DecisionStatus::Denied => "denied",
    }
}
