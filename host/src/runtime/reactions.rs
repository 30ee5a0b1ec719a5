//! The reactions component, typed: one instance behind a lock ([`Pure`]). Values cross as the
//! JSON the outbox carries.

use crate::runtime::engine::Runtime;
use crate::runtime::pure::{self, Pure};
use anyhow::{Context, Result};
use serde_json::Value as Json;

mod bindings {
    wasmtime::component::bindgen!({
        world: "reactions-component",
        path: "../wit/kernel",
    });
}

use bindings::temper::kernel::types::{NamedValue, Value};

pub use bindings::exports::temper::kernel::reactions::{Dispatch, Refusal, Source, Trigger};

const INSTANCE_MEMORY: usize = 16 << 20;

pub struct ReactionsComponent {
    inner: Pure<bindings::ReactionsComponent>,
}

impl ReactionsComponent {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let pre = bindings::ReactionsComponentPre::new(pure::link(runtime, wasm, "reactions")?)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/reactions")?;
        let inner = Pure::new(&runtime.engine, "reactions", INSTANCE_MEMORY, move |store| pre.instantiate(store));
        Ok(Self { inner })
    }

    /// Loads `reactions.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        Self::new(runtime, &pure::locate("reactions", dir)?).context("loading reactions.wasm")
    }

    /// Plans one reaction.
    pub fn plan(
        &self,
        source: &Source,
        trigger: &Trigger,
        max_depth: u32,
    ) -> Result<std::result::Result<Dispatch, Refusal>> {
        self.inner.call(|store, inst| inst.temper_kernel_reactions().call_plan(store, source, trigger, max_depth))
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
