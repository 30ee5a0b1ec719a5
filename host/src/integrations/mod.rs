//! The integration runtime: runs apps' integration modules (components exporting
//! `temper:kernel/integration`, world `integration-module`) under budgets, with outbound HTTP
//! and secrets behind Cedar.
//!
//! - Its own `Engine`: fuel and epoch interruption on (the request engine has neither), an
//!   epoch ticker thread ([`budgets::Ticker`]), precompiled components through
//!   [`crate::runtime::cache`].
//! - [`Integrations::install`] compiles and links a module once into an `InstancePre`
//!   (replacing an installed module is one map write); [`Integrations::invoke`] runs one call
//!   in a fresh `Store` and instance, always discarded afterwards, so a module that trapped
//!   cannot poison the next call.
//! - The call runs on a wasmtime fiber driven by the invoking thread (`Handle::block_on`);
//!   host functions that need a decision (`http_call`, `read_secret`) send an [`state::EnvRequest`]
//!   that the invoking thread answers with the [`IntegrationEnv`] between polls — so Cedar runs
//!   on that thread's own stack, never on the fiber's, and the env needs no `'static` lifetime.
//! - A module sees only what its world grants: `wasi:http` (through [`http`]'s hooks), the
//!   `wasi:http/proxy` support interfaces (io, clocks, random, sink stdio), `secrets` and
//!   `temper:host/clock`. No sockets, no files, nothing that writes state: linking a module that
//!   imports anything else fails at `install`.

pub mod budgets;
mod failure;
mod http;
pub use http::tls;
mod state;

pub use budgets::Budgets;
pub use failure::Failure;

use crate::authz::{AuthzRequest, AuthzResponse};
use anyhow::{Context as _, Result};
use serde_json::Value as Json;
use state::bindings::IntegrationModulePre;
use state::bindings::exports::temper::kernel::integration as wit;
use state::{CallCtx, ModuleState, Report};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};
use wasmtime::component::{HasSelf, Linker};
use wasmtime::{Config, Engine, Store};

/// What the host needs from its surroundings during a call. The server implements it over its
/// `Authorizer` and secret store; tests over a real [`crate::authz::Authorizer`].
pub trait IntegrationEnv: Send + Sync {
    /// One Cedar decision (`http_call`, `read_secret`; principal `Integration::"<module>"`).
    fn authorize(&self, req: &AuthzRequest) -> AuthzResponse;
    /// The tenant's secret `name`, if it has one. Asked only after Cedar allowed the read.
    fn secret(&self, tenant: &str, name: &str) -> Option<String>;
    /// Whether the tenant explicitly allowlists this `http_call` request's host (sets context
    /// `allowlisted`, which lifts the private-destination guardrail). Implement it with
    /// [`crate::authz::Authorizer::http_allowlisted`]; the default allowlists nothing.
    fn http_allowlisted(&self, req: &AuthzRequest) -> bool {
        let _ = req;
        false
    }
}

/// One delivery of a `kind = "wasm"` trigger.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    pub tenant: String,
    /// The module's name (`[[wasm_modules]] name`).
    pub module: String,
    pub trigger: String,
    pub entity_type: String,
    pub entity_id: String,
    /// The action whose commit fired the trigger.
    pub action: String,
    /// The entity's status after the action.
    pub status: String,
    /// The action's parameters (a JSON object).
    pub params: Json,
    /// The entity's fields after the action (a JSON object).
    pub fields: Json,
    /// The trigger's config map.
    pub config: BTreeMap<String, String>,
    /// Who performed the action, e.g. `Agent::"bot-1"`.
    pub principal: String,
    /// Derived from the source event; the same on every redelivery.
    pub idempotency_key: String,
}

/// A successful call: the `on_success` parameters and what the module asked of the network.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// A JSON object (secret values handed to the module are redacted from it).
    pub params: Json,
    pub http: Vec<HttpCall>,
}

/// One outbound request, for trajectories: never headers, bodies or secret values.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HttpCall {
    pub method: String,
    /// Lower-case, no port.
    pub host: String,
    /// The response status, if one arrived.
    pub status: Option<u16>,
    /// Why the request failed, if it did.
    pub error: Option<String>,
    /// Cedar's decision (`None` if the request failed before it was asked, e.g. DNS).
    pub decision: Option<HttpDecision>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HttpDecision {
    pub allowed: bool,
    /// A tenant policy names this host (the private-destination guardrail was lifted).
    pub allowlisted: bool,
    /// The deciding policies.
    pub policies: Vec<String>,
}

struct Installed {
    pre: IntegrationModulePre<ModuleState>,
    budgets: Budgets,
}

/// Past the wall-time deadline, how long the host still waits for a call to stop by itself
/// (the epoch trap, HTTP timeouts) before abandoning it.
const GRACE: Duration = Duration::from_millis(250);

/// The installed modules of every tenant and the engine that runs them.
pub struct Integrations {
    engine: Engine,
    linker: Linker<ModuleState>,
    cache_dir: Option<PathBuf>,
    modules: RwLock<HashMap<(String, String), Arc<Installed>>>,
    _ticker: budgets::Ticker,
}

impl Integrations {
    /// A runtime with its own engine; `cache_dir` (if any) keeps precompiled modules.
    pub fn new(cache_dir: Option<PathBuf>) -> Result<Self> {
        let mut config = Config::new();
        config.wasm_component_model(true).consume_fuel(true).epoch_interruption(true);
        let engine = Engine::new(&config).map_err(anyhow::Error::from).context("configuring the integration engine")?;
        let mut linker: Linker<ModuleState> = Linker::new(&engine);
        wasmtime_wasi_http::p2::add_to_linker_async(&mut linker).map_err(anyhow::Error::from)?;
        use state::bindings::temper::{host::clock, kernel::secrets};
        secrets::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
        clock::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
        let ticker = budgets::Ticker::start(&engine).context("starting the epoch ticker")?;
        Ok(Self { engine, linker, cache_dir, modules: RwLock::new(HashMap::new()), _ticker: ticker })
    }

    /// Compiles and links `wasm` as `tenant`'s module `name`, replacing any installed one
    /// atomically (calls in flight finish on the old one). Nothing changes on error.
    pub fn install(&self, tenant: &str, name: &str, wasm: &[u8], budgets: Budgets) -> Result<()> {
        let installed = self.prepare(name, wasm, budgets)?;
        self.modules.write().unwrap_or_else(PoisonError::into_inner).insert((tenant.into(), name.into()), installed);
        Ok(())
    }

    /// Compiles and links a module as [`Integrations::install`] would, installing nothing: an
    /// app install checks every module before it changes anything.
    pub fn check(&self, name: &str, wasm: &[u8], budgets: Budgets) -> Result<()> {
        self.prepare(name, wasm, budgets).map(|_| ())
    }

    /// Removes a tenant's module (calls to it fail as not installed from now on).
    pub fn uninstall(&self, tenant: &str, name: &str) {
        self.modules.write().unwrap_or_else(PoisonError::into_inner).remove(&(tenant.to_string(), name.to_string()));
    }

    fn prepare(&self, name: &str, wasm: &[u8], budgets: Budgets) -> Result<Arc<Installed>> {
        budgets.validate().map_err(|e| anyhow::anyhow!("module `{name}`: {e}"))?;
        let (component, _) = crate::runtime::cache::load(&self.engine, wasm, self.cache_dir.as_deref())
            .with_context(|| format!("compiling integration module `{name}`"))?;
        let pre = self.linker.instantiate_pre(&component).map_err(anyhow::Error::from).with_context(|| {
            format!("linking integration module `{name}`: it may import only what the integration-module world grants")
        })?;
        let pre = IntegrationModulePre::new(pre)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("module `{name}` does not export temper:kernel/integration"))?;
        Ok(Arc::new(Installed { pre, budgets }))
    }

    /// The tenant's installed module names, sorted.
    pub fn installed(&self, tenant: &str) -> Vec<String> {
        let modules = self.modules.read().unwrap_or_else(PoisonError::into_inner);
        let mut names: Vec<String> = modules.keys().filter(|(t, _)| t == tenant).map(|(_, n)| n.clone()).collect();
        names.sort();
        names
    }

    fn module(&self, tenant: &str, name: &str) -> Option<Arc<Installed>> {
        let modules = self.modules.read().unwrap_or_else(PoisonError::into_inner);
        modules.get(&(tenant.to_string(), name.to_string())).cloned()
    }

    /// Runs one call. Blocking: call it from a tokio blocking-pool thread (`spawn_blocking`)
    /// of a runtime (outbound HTTP runs on that runtime), never from an async worker. The call
    /// is a span (`integration.call`: tenant, module, trigger, outcome; its outbound requests
    /// are child spans) and counts in the metrics by module and outcome.
    pub fn invoke(&self, inv: &Invocation, env: &dyn IntegrationEnv) -> Result<Outcome, Failure> {
        let span = tracing::info_span!(
            "integration.call",
            otel.status_code = tracing::field::Empty,
            temper.tenant = %inv.tenant,
            temper.module = %inv.module,
            temper.trigger = %inv.trigger,
            temper.entity = %format_args!("{}('{}')", inv.entity_type, inv.entity_id),
            temper.outcome = tracing::field::Empty,
            otel.status_message = tracing::field::Empty,
        );
        let _entered = span.enter();
        let started = Instant::now();
        let r = self.run(inv, env);
        let outcome = match &r {
            Ok(_) => "ok",
            Err(f) => outcome(f),
        };
        span.record("temper.outcome", outcome);
        if let Err(f) = &r {
            span.record("otel.status_code", "ERROR");
            span.record("otel.status_message", f.to_string().as_str());
        }
        let m = crate::telemetry::metrics::metrics();
        m.integration_calls.get((inv.module.clone(), outcome)).inc();
        m.integration_duration.get(inv.module.clone()).observe(started.elapsed());
        r
    }

    fn run(&self, inv: &Invocation, env: &dyn IntegrationEnv) -> Result<Outcome, Failure> {
        let installed = self.module(&inv.tenant, &inv.module).ok_or_else(|| Failure::NotInstalled {
            tenant: inv.tenant.clone(),
            module: inv.module.clone(),
            installed: self.installed(&inv.tenant),
        })?;
        let rt = tokio::runtime::Handle::try_current()
            .map_err(|_| Failure::Host("invoke must run inside a tokio runtime (on a blocking-pool thread)".into()))?;
        let budgets = installed.budgets;
        let deadline = Instant::now() + budgets.wall();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let report = Arc::new(Report::default());
        let call = Arc::new(CallCtx {
            tenant: inv.tenant.clone(),
            module: inv.module.clone(),
            deadline,
            max_response_bytes: budgets.max_response_bytes,
            env: tx,
            report: Arc::clone(&report),
        });
        let mut store = Store::new(&self.engine, ModuleState::new(Arc::clone(&call), budgets.memory_bytes));
        store.limiter(|s| &mut s.limiter);
        store.set_fuel(budgets.fuel).map_err(|e| Failure::Host(format!("setting fuel: {e}")))?;
        store.set_epoch_deadline(budgets::ticks(budgets.wall()));
        store.epoch_deadline_trap();
        let ctx = context(inv);
        let run = async move {
            let module = installed.pre.instantiate_async(&mut store).await?;
            module.temper_kernel_integration().call_invoke(&mut store, &ctx).await
        };
        let answer = rt.block_on(async {
            let mut run = std::pin::pin!(run);
            let mut hard = std::pin::pin!(tokio::time::sleep_until((deadline + GRACE).into()));
            loop {
                tokio::select! {
                    r = &mut run => break Some(r),
                    Some(req) = rx.recv() => state::serve(env, &call, req),
                    () = &mut hard => break None,
                }
            }
        });
        // An HTTP timeout ends at the wall-time deadline, so the epoch may stop the module the
        // moment it resumes: the timed-out request is then the more precise reason.
        let timed_out = || report.cause().filter(|c| matches!(c, Failure::Timeout { .. }));
        match answer {
            None => Err(timed_out().unwrap_or(Failure::WallTime { ms: budgets.wall_ms })),
            Some(Err(e)) => match failure::from_error(&e, &budgets, report.memory_refused()) {
                Failure::WallTime { ms } => Err(timed_out().unwrap_or(Failure::WallTime { ms })),
                other => Err(other),
            },
            Some(Ok(Err(f))) => Err(report.cause().unwrap_or_else(|| Failure::Module(report.redact(&module_text(f))))),
            Some(Ok(Ok(out))) => match serde_json::from_str::<Json>(&report.redact(&out.params)) {
                Ok(params @ Json::Object(_)) => Ok(Outcome { params, http: report.calls() }),
                _ => Err(Failure::Module("the outcome's params are not a JSON object".into())),
            },
        }
    }
}

/// A failure's kind, as the `outcome` label of the integration metrics.
fn outcome(f: &Failure) -> &'static str {
    match f {
        Failure::NotInstalled { .. } => "not_installed",
        Failure::Module(_) => "module_error",
        Failure::OutOfFuel { .. } => "out_of_fuel",
        Failure::WallTime { .. } => "wall_time",
        Failure::Memory { .. } => "memory",
        Failure::Trap(_) => "trap",
        Failure::HttpDenied { .. } => "http_denied",
        Failure::ResponseTooLarge { .. } => "response_too_large",
        Failure::Timeout { .. } => "timeout",
        Failure::Transport { .. } => "transport",
        Failure::Host(_) => "host_error",
    }
}

fn module_text(f: wit::Failure) -> String {
    match f {
        wit::Failure::Error(text) => text,
        wit::Failure::InvalidInput(text) => format!("invalid input: {text}"),
    }
}

fn context(inv: &Invocation) -> wit::Context {
    wit::Context {
        tenant: inv.tenant.clone(),
        module: inv.module.clone(),
        trigger: inv.trigger.clone(),
        entity_type: inv.entity_type.clone(),
        entity_id: inv.entity_id.clone(),
        action: inv.action.clone(),
        params: inv.params.to_string(),
        fields: inv.fields.to_string(),
        status: inv.status.clone(),
        config: inv.config.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        principal: inv.principal.clone(),
        idempotency_key: inv.idempotency_key.clone(),
    }
}
