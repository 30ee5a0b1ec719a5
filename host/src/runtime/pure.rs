//! A pure kernel component (it imports nothing) behind a lock: one live instance, made on
//! first use, reused while it behaves; a trapped instance is dropped and the next call makes a
//! fresh one. Calls take microseconds, so a lock is cheaper than a pool.

use crate::runtime::cache;
use crate::runtime::engine::Runtime;
use anyhow::{Context, Result, anyhow};
use std::sync::{Mutex, PoisonError};
use wasmtime::{Engine, Store, StoreLimits, StoreLimitsBuilder};

pub struct State {
    limits: StoreLimits,
}

type Make<I> = Box<dyn Fn(&mut Store<State>) -> wasmtime::Result<I> + Send + Sync>;

pub struct Pure<I> {
    engine: Engine,
    make: Make<I>,
    memory: usize,
    what: &'static str,
    live: Mutex<Option<(Store<State>, I)>>,
}

impl<I> Pure<I> {
    /// `make` instantiates the component in a store; `memory` bounds the instance's memory.
    pub fn new(
        engine: &Engine,
        what: &'static str,
        memory: usize,
        make: impl Fn(&mut Store<State>) -> wasmtime::Result<I> + Send + Sync + 'static,
    ) -> Self {
        Self { engine: engine.clone(), make: Box::new(make), memory, what, live: Mutex::new(None) }
    }

    pub fn call<R>(&self, f: impl FnOnce(&mut Store<State>, &I) -> wasmtime::Result<R>) -> Result<R> {
        let mut live = self.live.lock().unwrap_or_else(PoisonError::into_inner);
        if live.is_none() {
            let limits = StoreLimitsBuilder::new().memory_size(self.memory).build();
            let mut store = Store::new(&self.engine, State { limits });
            store.limiter(|s| &mut s.limits);
            let inst =
                (self.make)(&mut store).map_err(|e| anyhow!("instantiating the {} component: {e:#}", self.what))?;
            *live = Some((store, inst));
        }
        let Some((store, inst)) = live.as_mut() else { return Err(anyhow!("no {} instance", self.what)) };
        match f(store, inst) {
            Ok(r) => Ok(r),
            Err(e) => {
                *live = None;
                Err(anyhow!("the {} component trapped: {e:#}", self.what))
            }
        }
    }
}

/// Compiles (through the cache) and links a component that must import nothing.
pub fn link(runtime: &Runtime, wasm: &[u8], what: &str) -> Result<wasmtime::component::InstancePre<State>> {
    let (component, _) = cache::load(&runtime.engine, wasm, runtime.cache_dir.as_deref())?;
    let linker = wasmtime::component::Linker::<State>::new(&runtime.engine);
    linker
        .instantiate_pre(&component)
        .map_err(anyhow::Error::from)
        .with_context(|| format!("linking the {what} component (it must import nothing)"))
}

/// The bytes of `<name>.wasm` as found by [`crate::runtime::engine::locate_component`].
pub fn locate(name: &str, dir: Option<&std::path::Path>) -> Result<Vec<u8>> {
    let path = crate::runtime::engine::locate_component(name, dir)?;
    std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
}
