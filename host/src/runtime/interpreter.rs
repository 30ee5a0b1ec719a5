//! The interpreter component, typed. An [`InterpreterPool`] holds the compiled component and
//! its `InstancePre`; each [`Interpreter`] is one instance in its own store. A trapped
//! instance is poisoned (wasmtime refuses to re-enter it), so the handle re-instantiates and
//! reloads its specs from the sources it kept; `unknown-spec` is healed the same way.

use super::cache::{self, Source};
use super::engine::Runtime;
use anyhow::{Context, Result, anyhow};
use std::collections::HashMap;
use wasmtime::{Store, StoreLimits, StoreLimitsBuilder};

mod bindings {
    wasmtime::component::bindgen!({
        world: "interpreter-component",
        path: "../wit/kernel",
    });
}

pub use bindings::exports::temper::kernel::interpreter::{
    ActionSummary, CheckMove, EffectOutput, EntityState, EvalRequest, FiredTrigger, LivenessCheck, ModelCheckReport,
    ModelCheckRequest, Rejection, SpecSummary, Transition,
};
pub use bindings::temper::kernel::types::{Diagnostic, NamedValue, Severity, SourceFile, Value};

impl From<&temper_spec::value::Value> for Value {
    fn from(v: &temper_spec::value::Value) -> Self {
        use temper_spec::value::Value as V;
        match v {
            V::Null => Value::Null,
            V::Bool(b) => Value::Boolean(*b),
            V::Int(n) => Value::Integer(*n),
            V::Str(s) => Value::Text(s.clone()),
            V::List(l) => Value::Texts(l.clone()),
        }
    }
}

/// Memory one interpreter instance may use: enough for `model-check` to hold a few million
/// states (a request evaluation uses well under a megabyte; the pool reserves, not commits).
const INSTANCE_MEMORY: usize = 1 << 30;

/// Per-instance host state. The interpreter imports nothing, so this only enforces limits.
pub struct HostState {
    limits: StoreLimits,
}

/// The compiled interpreter component, ready to instantiate cheaply.
#[derive(Clone)]
pub struct InterpreterPool {
    runtime: Runtime,
    pre: bindings::InterpreterComponentPre<HostState>,
    /// Whether the component came from the precompiled cache.
    pub source: Source,
}

impl InterpreterPool {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let (component, source) = cache::load(&runtime.engine, wasm, runtime.cache_dir.as_deref())?;
        let linker = wasmtime::component::Linker::<HostState>::new(&runtime.engine);
        let pre = linker
            .instantiate_pre(&component)
            .map_err(anyhow::Error::from)
            .context("linking the interpreter component (it must import nothing)")?;
        let pre = bindings::InterpreterComponentPre::new(pre)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/interpreter")?;
        Ok(Self { runtime: runtime.clone(), pre, source })
    }

    /// Loads `<dir>/interpreter.wasm` as found by [`super::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        let path = super::engine::locate_component("interpreter", dir)?;
        let wasm = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        Self::new(runtime, &wasm).with_context(|| format!("loading {}", path.display()))
    }

    /// A fresh instance.
    pub fn instantiate(&self) -> Result<Interpreter> {
        let (store, inst, raw) = self.fresh()?;
        Ok(Interpreter { pool: self.clone(), store, inst, raw, poisoned: false, sources: HashMap::new() })
    }

    fn fresh(&self) -> Result<(Store<HostState>, bindings::InterpreterComponent, wasmtime::component::Instance)> {
        let limits = StoreLimitsBuilder::new().memory_size(INSTANCE_MEMORY).build();
        let mut store = Store::new(&self.runtime.engine, HostState { limits });
        store.limiter(|s| &mut s.limits);
        let raw = self
            .pre
            .instance_pre()
            .instantiate(&mut store)
            .map_err(anyhow::Error::from)
            .context("instantiating the interpreter")?;
        let inst = bindings::InterpreterComponent::new(&mut store, &raw)
            .map_err(anyhow::Error::from)
            .context("binding the interpreter's exports")?;
        Ok((store, inst, raw))
    }
}

/// One interpreter instance.
pub struct Interpreter {
    pool: InterpreterPool,
    store: Store<HostState>,
    inst: bindings::InterpreterComponent,
    raw: wasmtime::component::Instance,
    poisoned: bool,
    /// The sources of every spec loaded, so a fresh instance can be brought up to date.
    sources: HashMap<String, Vec<SourceFile>>,
}

impl Interpreter {
    fn heal(&mut self) -> Result<()> {
        if self.poisoned {
            let (store, inst, raw) = self.pool.fresh()?;
            self.store = store;
            self.inst = inst;
            self.raw = raw;
            self.poisoned = false;
            let all: Vec<Vec<SourceFile>> = self.sources.values().cloned().collect();
            for files in all {
                self.load(&files)?.ok();
            }
        }
        Ok(())
    }

    fn trapped(&mut self, e: wasmtime::Error) -> anyhow::Error {
        self.poisoned = true;
        anyhow!("the interpreter component trapped: {e:#}")
    }

    /// Parses, checks and compiles spec files. The outer `Result` is a host failure (a trap);
    /// the inner one is the spec's verdict.
    pub fn load(&mut self, files: &[SourceFile]) -> Result<std::result::Result<Vec<SpecSummary>, Vec<Diagnostic>>> {
        self.heal()?;
        let r = self.inst.temper_kernel_interpreter().call_load(&mut self.store, files).map_err(|e| self.trapped(e))?;
        if let Ok(summaries) = &r {
            for s in summaries {
                self.sources.insert(s.id.clone(), files.to_vec());
            }
        }
        Ok(r)
    }

    pub fn is_loaded(&mut self, spec: &str) -> Result<bool> {
        self.heal()?;
        self.inst
            .temper_kernel_interpreter()
            .call_is_loaded(&mut self.store, &spec.to_string())
            .map_err(|e| self.trapped(e))
    }

    /// The summary of a loaded spec (reloading it into a fresh instance if needed).
    pub fn describe(&mut self, spec: &str) -> Result<std::result::Result<SpecSummary, Rejection>> {
        self.heal()?;
        let id = spec.to_string();
        let r =
            self.inst.temper_kernel_interpreter().call_describe(&mut self.store, &id).map_err(|e| self.trapped(e))?;
        if matches!(r, Err(Rejection::UnknownSpec(_))) && self.reload(spec)? {
            return self
                .inst
                .temper_kernel_interpreter()
                .call_describe(&mut self.store, &id)
                .map_err(|e| self.trapped(e));
        }
        Ok(r)
    }

    pub fn initial_state(&mut self, spec: &str) -> Result<std::result::Result<EntityState, Rejection>> {
        self.heal()?;
        let r = self
            .inst
            .temper_kernel_interpreter()
            .call_initial_state(&mut self.store, &spec.to_string())
            .map_err(|e| self.trapped(e))?;
        if matches!(r, Err(Rejection::UnknownSpec(_))) && self.reload(spec)? {
            return self
                .inst
                .temper_kernel_interpreter()
                .call_initial_state(&mut self.store, &spec.to_string())
                .map_err(|e| self.trapped(e));
        }
        Ok(r)
    }

    /// Decides one action. An `unknown-spec` answer (a fresh instance) is healed by reloading
    /// the spec's sources once.
    pub fn evaluate(&mut self, req: &EvalRequest) -> Result<std::result::Result<Transition, Rejection>> {
        self.heal()?;
        let r =
            self.inst.temper_kernel_interpreter().call_evaluate(&mut self.store, req).map_err(|e| self.trapped(e))?;
        if matches!(r, Err(Rejection::UnknownSpec(_))) && self.reload(&req.spec)? {
            return self
                .inst
                .temper_kernel_interpreter()
                .call_evaluate(&mut self.store, req)
                .map_err(|e| self.trapped(e));
        }
        Ok(r)
    }

    /// Whether a state written without an action keeps every `[[invariant]]` (`check-state`):
    /// the simulator checks each committed state with it, independently of the transition.
    pub fn check_state(
        &mut self,
        spec: &str,
        write: &str,
        state: &EntityState,
    ) -> Result<std::result::Result<(), Rejection>> {
        self.heal()?;
        let (id, w) = (spec.to_string(), write.to_string());
        let r = self
            .inst
            .temper_kernel_interpreter()
            .call_check_state(&mut self.store, &id, &w, state)
            .map_err(|e| self.trapped(e))?;
        if matches!(r, Err(Rejection::UnknownSpec(_))) && self.reload(spec)? {
            return self
                .inst
                .temper_kernel_interpreter()
                .call_check_state(&mut self.store, &id, &w, state)
                .map_err(|e| self.trapped(e));
        }
        Ok(r)
    }

    /// Many decisions in one boundary crossing.
    pub fn evaluate_batch(&mut self, reqs: &[EvalRequest]) -> Result<Vec<std::result::Result<Transition, Rejection>>> {
        self.heal()?;
        self.inst.temper_kernel_interpreter().call_evaluate_batch(&mut self.store, reqs).map_err(|e| self.trapped(e))
    }

    /// L1 inside the component (see `model-check` in the WIT). A fresh instance is brought up
    /// to date like `evaluate` is.
    pub fn model_check(&mut self, req: &ModelCheckRequest) -> Result<std::result::Result<ModelCheckReport, Rejection>> {
        self.heal()?;
        let r = self
            .inst
            .temper_kernel_interpreter()
            .call_model_check(&mut self.store, req)
            .map_err(|e| self.trapped(e))?;
        if matches!(r, Err(Rejection::UnknownSpec(_))) && self.reload(&req.spec)? {
            return self
                .inst
                .temper_kernel_interpreter()
                .call_model_check(&mut self.store, req)
                .map_err(|e| self.trapped(e));
        }
        Ok(r)
    }

    /// Calls `temper:kernel/interpreter#<name>` with dynamically typed values: the OData
    /// component's imports are forwarded here unchanged (no per-type conversion code).
    pub fn call_dynamic(
        &mut self,
        name: &str,
        params: &[wasmtime::component::Val],
        results: &mut [wasmtime::component::Val],
    ) -> Result<()> {
        self.heal()?;
        let iface = self
            .raw
            .get_export_index(&mut self.store, None, "temper:kernel/interpreter@0.1.0")
            .ok_or_else(|| anyhow!("the interpreter exports no temper:kernel/interpreter"))?;
        let idx = self
            .raw
            .get_export_index(&mut self.store, Some(&iface), name)
            .ok_or_else(|| anyhow!("the interpreter has no function `{name}`"))?;
        let func = self.raw.get_func(&mut self.store, idx).ok_or_else(|| anyhow!("`{name}` is not a function"))?;
        func.call(&mut self.store, params, results).map_err(|e| self.trapped(e))
    }

    fn reload(&mut self, spec: &str) -> Result<bool> {
        let Some(files) = self.sources.get(spec).cloned() else { return Ok(false) };
        match self.load(&files)? {
            Ok(_) => Ok(true),
            Err(d) => Err(anyhow!("reloading spec {spec} failed: {}", d.first().map_or("", |d| d.message.as_str()))),
        }
    }
}
