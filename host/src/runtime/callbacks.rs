//! The integrations kernel component, typed ([`Pure`]): what a module's answer dispatches on
//! the source entity.

use crate::runtime::cache;
use crate::runtime::engine::Runtime;
use crate::runtime::pure::{Pure, State};
use anyhow::{Context, Result};

mod bindings {
    wasmtime::component::bindgen!({
        world: "integrations-component",
        path: "../wit/kernel",
    });
}

pub use bindings::exports::temper::kernel::integrations::{Answer, Callback, Param, Trigger};

const INSTANCE_MEMORY: usize = 16 << 20;

pub struct IntegrationsComponent {
    inner: Pure<bindings::IntegrationsComponent>,
}

impl IntegrationsComponent {
    pub fn new(runtime: &Runtime, wasm: &[u8]) -> Result<Self> {
        let (component, _) = cache::load(&runtime.engine, wasm, runtime.cache_dir.as_deref())?;
        let linker = wasmtime::component::Linker::<State>::new(&runtime.engine);
        let pre = linker
            .instantiate_pre(&component)
            .map_err(anyhow::Error::from)
            .context("linking the integrations component (it must import nothing)")?;
        let pre = bindings::IntegrationsComponentPre::new(pre)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/integrations")?;
        let inner = Pure::new(&runtime.engine, "integrations", INSTANCE_MEMORY, move |store| pre.instantiate(store));
        Ok(Self { inner })
    }

    /// Loads `integrations.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        let path = crate::runtime::engine::locate_component("integrations", dir)?;
        let wasm = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        Self::new(runtime, &wasm).with_context(|| format!("loading {}", path.display()))
    }

    /// The callback an answer dispatches, if any.
    pub fn plan_callback(&self, trigger: &Trigger, answer: &Answer) -> Result<Option<Callback>> {
        self.inner.call(|store, inst| inst.temper_kernel_integrations().call_plan_callback(store, trigger, answer))
    }
}
