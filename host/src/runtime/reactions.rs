//! The reactions component, typed: one instance behind a lock (a plan takes microseconds). A
//! trapped instance is dropped and the next call instantiates a fresh one. Values cross as the
//! JSON the outbox carries.

use crate::runtime::cache;
use crate::runtime::engine::Runtime;
use anyhow::{Context, Result, anyhow};
use serde_json::Value as Json;
use std::sync::{Mutex, PoisonError};
use wasmtime::{Store, StoreLimits, StoreLimitsBuilder};

mod bindings {
    wasmtime::component::bindgen!({
        world: "reactions-component",
        path: "../wit/kernel",
    });
}

use bindings::temper::kernel::types::{NamedValue, Value};

pub use bindings::exports::temper::kernel::reactions::{Dispatch, Refusal, Source, Trigger};

const INSTANCE_MEMORY: usize = 16 << 20;

pub struct State {
    limits: StoreLimits,
}

type Live = (Store<State>, bindings::ReactionsComponent);

pub struct ReactionsComponent {
    runtime: Runtime,
    pre: bindings::ReactionsComponentPre<State>,
    live: Mutex<Option<Live>>,
}

impl ReactionsComponent {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let (component, _) = cache::load(&runtime.engine, wasm, runtime.cache_dir.as_deref())?;
        let linker = wasmtime::component::Linker::<State>::new(&runtime.engine);
        let pre = linker
            .instantiate_pre(&component)
            .map_err(anyhow::Error::from)
            .context("linking the reactions component (it must import nothing)")?;
        let pre = bindings::ReactionsComponentPre::new(pre)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/reactions")?;
        Ok(Self { runtime: runtime.clone(), pre, live: Mutex::new(None) })
    }

    /// Loads `reactions.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        let path = crate::runtime::engine::locate_component("reactions", dir)?;
        let wasm = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        Self::new(runtime, &wasm).with_context(|| format!("loading {}", path.display()))
    }

    /// Plans one reaction.
    pub fn plan(
        &self,
        source: &Source,
        trigger: &Trigger,
        max_depth: u32,
    ) -> Result<std::result::Result<Dispatch, Refusal>> {
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        if live.is_none() {
            let limits = StoreLimitsBuilder::new().memory_size(INSTANCE_MEMORY).build();
            let mut store = Store::new(&self.runtime.engine, State { limits });
            store.limiter(|s| &mut s.limits);
            let inst = self
                .pre
                .instantiate(&mut store)
                .map_err(anyhow::Error::from)
                .context("instantiating the reactions component")?;
            *live = Some((store, inst));
        }
        let Some((store, inst)) = live.as_mut() else { return Err(anyhow!("no reactions instance")) };
        match inst.temper_kernel_reactions().call_plan(&mut *store, source, trigger, max_depth) {
            Ok(r) => Ok(r),
            Err(e) => {
                *live = None;
                Err(anyhow!("the reactions component trapped: {e:#}"))
            }
        }
    }
}

/// A JSON object of parameters as WIT named values (strings, integers, booleans, lists of
/// strings, null); anything else becomes its JSON text.
pub fn named(params: Option<&Json>) -> Vec<NamedValue> {
    let Some(Json::Object(m)) = params else { return Vec::new() };
    m.iter()
        .map(|(k, v)| {
            let value = match v {
                Json::Null => Value::Null,
                Json::Bool(b) => Value::Boolean(*b),
                Json::Number(n) => n.as_i64().map_or_else(|| Value::Text(n.to_string()), Value::Integer),
                Json::String(s) => Value::Text(s.clone()),
                Json::Array(a) if a.iter().all(Json::is_string) => {
                    Value::Texts(a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                }
                other => Value::Text(other.to_string()),
            };
            NamedValue { name: k.clone(), value }
        })
        .collect()
}

/// WIT named values as a JSON object (the body of the dispatch).
pub fn to_json(values: &[NamedValue]) -> Json {
    Json::Object(
        values
            .iter()
            .map(|n| {
                let v = match &n.value {
                    Value::Null => Json::Null,
                    Value::Boolean(b) => Json::Bool(*b),
                    Value::Integer(i) => Json::from(*i),
                    Value::Text(s) => Json::String(s.clone()),
                    Value::Texts(t) => Json::from(t.clone()),
                };
                (n.name.clone(), v)
            })
            .collect(),
    )
}

/// A refusal as one sentence.
pub fn describe(r: &Refusal) -> String {
    match r {
        Refusal::Cycle(chain) => format!("cycle: {} (a target may act once per cascade)", chain.join(" -> ")),
        Refusal::TooDeep(n) => format!("the cascade is deeper than {n} dispatches"),
        Refusal::NoTarget(m) | Refusal::BadPrincipal(m) => m.clone(),
    }
}
