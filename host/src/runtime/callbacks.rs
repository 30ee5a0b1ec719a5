//! The integrations kernel component, typed ([`Pure`]): what a module's answer dispatches on
//! the source entity.

use crate::runtime::engine::Runtime;
use crate::runtime::pure::{self, Pure};
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
        let pre = bindings::IntegrationsComponentPre::new(pure::link(runtime, wasm, "integrations")?)
            .map_err(anyhow::Error::from)
            .context("the component does not export temper:kernel/integrations")?;
        let inner = Pure::new(&runtime.engine, "integrations", INSTANCE_MEMORY, move |store| pre.instantiate(store));
        Ok(Self { inner })
    }

    /// Loads `integrations.wasm` as found by [`crate::runtime::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        Self::new(runtime, &pure::locate("integrations", dir)?).context("loading integrations.wasm")
    }

    /// The callback an answer dispatches, if any.
    pub fn plan_callback(&self, trigger: &Trigger, answer: &Answer) -> Result<Option<Callback>> {
        self.inner.call(|store, inst| inst.temper_kernel_integrations().call_plan_callback(store, trigger, answer))
    }
}
