//! The verifier front-end component, typed: builds a spec's verification model (bounds,
//! parameter domains, properties, gaps, SMT-LIB queries). Pure; one instance per use.

use super::cache;
use super::engine::Runtime;
use anyhow::{Context, Result};
use wasmtime::{Store, StoreLimits, StoreLimitsBuilder};

mod bindings {
    wasmtime::component::bindgen!({
        world: "verifier-component",
        path: "../wit/kernel",
    });
}

pub use bindings::exports::temper::kernel::verifier::{
    ActionModel, Gap, Options, Property, PropertyKind, QueryKind, Representation, SatAnswer, SmtQuery, SpecModel,
};
pub use bindings::temper::kernel::types::{Diagnostic, Severity, SourceFile, Value};

const INSTANCE_MEMORY: usize = 256 << 20;

pub struct State {
    limits: StoreLimits,
}

/// An instance of the front-end.
pub struct Frontend {
    store: Store<State>,
    inst: bindings::VerifierComponent,
}

impl Frontend {
    /// Loads `<dir>/verifier.wasm` as found by [`super::engine::locate_component`].
    pub fn locate(runtime: &Runtime, dir: Option<&std::path::Path>) -> Result<Self> {
        let path = super::engine::locate_component("verifier", dir)?;
        let wasm = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let (component, _) = cache::load(&runtime.engine, &wasm, runtime.cache_dir.as_deref())?;
        let linker = wasmtime::component::Linker::<State>::new(&runtime.engine);
        let limits = StoreLimitsBuilder::new().memory_size(INSTANCE_MEMORY).build();
        let mut store = Store::new(&runtime.engine, State { limits });
        store.limiter(|s| &mut s.limits);
        let inst = bindings::VerifierComponent::instantiate(&mut store, &component, &linker)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("instantiating {} (it must import nothing)", path.display()))?;
        Ok(Self { store, inst })
    }

    pub fn default_options(&mut self) -> Result<Options> {
        self.inst.temper_kernel_verifier().call_default_options(&mut self.store).map_err(anyhow::Error::from)
    }

    /// The verification model of every spec in `files`, or why they do not load.
    pub fn build_model(
        &mut self,
        files: &[SourceFile],
        options: Options,
    ) -> Result<std::result::Result<Vec<SpecModel>, Vec<Diagnostic>>> {
        self.inst
            .temper_kernel_verifier()
            .call_build_model(&mut self.store, files, options)
            .map_err(anyhow::Error::from)
    }
}
