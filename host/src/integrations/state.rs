//! One invocation's store data and what it shares with the host side of the call: the WASI and
//! wasi:http contexts, the memory limiter, the channel on which host functions (running on the
//! wasm fiber) ask the invoking thread for Cedar decisions and secrets, and the report of what
//! happened (HTTP calls, the first host-side failure, secrets handed out, memory refused).

use super::budgets::Limiter;
use super::http::Hooks;
use super::{Failure, HttpCall, IntegrationEnv};
use crate::authz::{AuthzRequest, AuthzResponse, Decision, EntityRef};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;
use tokio::sync::{mpsc, oneshot};
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

pub mod bindings {
    wasmtime::component::bindgen!({
        world: "integration-module",
        path: "../wit/kernel",
        imports: { "temper:kernel/secrets.get": async },
        exports: { default: async },
        require_store_data_send: true,
        with: {
            "wasi:http": wasmtime_wasi_http::p2::bindings::http,
            "wasi:io": wasmtime_wasi::p2::bindings::io,
            "wasi:clocks": wasmtime_wasi::p2::bindings::clocks,
        },
    });
}

use bindings::temper::host::clock as wclock;
use bindings::temper::kernel::secrets::{self as wsecrets, SecretError};

/// What the call's host functions and HTTP tasks share (read-only but for the report).
pub struct CallCtx {
    pub tenant: String,
    pub module: String,
    /// When the wall-time budget ends.
    pub deadline: Instant,
    pub max_response_bytes: u64,
    /// Requests to the invoking thread, which answers them with the [`IntegrationEnv`].
    pub env: mpsc::UnboundedSender<EnvRequest>,
    pub report: Arc<Report>,
}

impl CallCtx {
    /// `Integration::"<module>"`: every decision a module causes is made for this principal.
    pub fn principal(&self) -> EntityRef {
        EntityRef::new("Integration", self.module.clone())
    }
}

/// What happened during one call, beyond the module's answer.
#[derive(Default)]
pub struct Report {
    calls: Mutex<Vec<HttpCall>>,
    cause: Mutex<Option<Failure>>,
    secrets: Mutex<Vec<String>>,
    pub memory_refused: Arc<AtomicBool>,
}

impl Report {
    /// Adds a request to the record; its index for [`Report::update`].
    pub fn record(&self, call: HttpCall) -> usize {
        let mut calls = self.calls.lock().unwrap_or_else(PoisonError::into_inner);
        calls.push(call);
        calls.len() - 1
    }

    pub fn update(&self, index: usize, f: impl FnOnce(&mut HttpCall)) {
        if let Some(c) = self.calls.lock().unwrap_or_else(PoisonError::into_inner).get_mut(index) {
            f(c);
        }
    }

    /// Request `index` failed: its record says why, and the failure is the call's reason if
    /// it is the first (see [`Report::fail`]).
    pub fn fail_call(&self, index: usize, failure: Failure) {
        let text = failure.to_string();
        self.update(index, |c| {
            c.error.get_or_insert(text);
        });
        self.fail(failure);
    }

    /// Remembers the first host-side failure (a denied, too large, timed-out or failed request):
    /// if the module then fails, this is the reason reported.
    pub fn fail(&self, failure: Failure) {
        self.cause.lock().unwrap_or_else(PoisonError::into_inner).get_or_insert(failure);
    }

    pub fn calls(&self) -> Vec<HttpCall> {
        self.calls.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn cause(&self) -> Option<Failure> {
        self.cause.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn memory_refused(&self) -> bool {
        self.memory_refused.load(Ordering::Relaxed)
    }

    /// `text` with every secret value handed to the module replaced by `[redacted]`.
    pub fn redact(&self, text: &str) -> String {
        let secrets = self.secrets.lock().unwrap_or_else(PoisonError::into_inner);
        secrets.iter().filter(|s| !s.is_empty()).fold(text.to_string(), |t, s| t.replace(s.as_str(), "[redacted]"))
    }

    fn handed_out(&self, value: &str) {
        self.secrets.lock().unwrap_or_else(PoisonError::into_inner).push(value.to_string());
    }
}

/// A question for the invoking thread. Cedar runs there, never on the wasm fiber's stack.
pub enum EnvRequest {
    /// An `http_call` request; the thread sets `allowlisted` first, then decides.
    Http { request: Box<AuthzRequest>, reply: oneshot::Sender<(AuthzResponse, bool)> },
    /// A secret read: a `read_secret` decision, then the value.
    Secret { name: String, reply: oneshot::Sender<Result<String, SecretError>> },
}

/// Answers one request with `env` (on the invoking thread).
pub fn serve(env: &dyn IntegrationEnv, call: &CallCtx, request: EnvRequest) {
    match request {
        EnvRequest::Http { mut request, reply } => {
            let allowlisted = env.http_allowlisted(&request);
            if allowlisted {
                request.context = serde_json::json!({ "allowlisted": true });
            }
            // The module may have given up waiting; nothing to answer then.
            drop(reply.send((env.authorize(&request), allowlisted)));
        }
        EnvRequest::Secret { name, reply } => {
            let request = AuthzRequest {
                tenant: call.tenant.clone(),
                principal: call.principal(),
                principal_attrs: serde_json::json!({}),
                action: "read_secret".into(),
                resource: EntityRef::new("Secret", name.clone()),
                resource_attrs: serde_json::json!({}),
                context: serde_json::json!({}),
            };
            let decision = env.authorize(&request);
            let answer = if decision.decision == Decision::Allow {
                match env.secret(&call.tenant, &name) {
                    Some(value) => {
                        call.report.handed_out(&value);
                        Ok(value)
                    }
                    None => Err(SecretError::NotFound(name)),
                }
            } else if decision.policies.is_empty() {
                Err(SecretError::Denied(format!("reading secret `{name}`: no policy permits it")))
            } else {
                Err(SecretError::Denied(format!("reading secret `{name}`: denied by {}", decision.policies.join(", "))))
            };
            drop(reply.send(answer));
        }
    }
}

/// The store data of one invocation.
pub struct ModuleState {
    table: ResourceTable,
    wasi: WasiCtx,
    http: WasiHttpCtx,
    hooks: Hooks,
    pub limiter: Limiter,
    call: Arc<CallCtx>,
}

impl ModuleState {
    pub fn new(call: Arc<CallCtx>, memory_bytes: usize) -> Self {
        let limiter = Limiter { memory_bytes, refused: Arc::clone(&call.report.memory_refused) };
        Self {
            table: ResourceTable::new(),
            // No preopens, no environment, no inherited stdio.
            wasi: WasiCtx::builder().build(),
            http: WasiHttpCtx::new(),
            hooks: Hooks::new(Arc::clone(&call)),
            limiter,
            call,
        }
    }
}

impl WasiView for ModuleState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for ModuleState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

impl wsecrets::Host for ModuleState {
    async fn get(&mut self, name: String) -> Result<String, SecretError> {
        let (reply, answer) = oneshot::channel();
        let unavailable = || SecretError::Denied("the host cannot answer now".into());
        if self.call.env.send(EnvRequest::Secret { name, reply }).is_err() {
            return Err(unavailable());
        }
        answer.await.unwrap_or_else(|_| Err(unavailable()))
    }
}

/// The clock's monotonic origin (process-wide, so readings never go backwards).
static ORIGIN: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);

impl wclock::Host for ModuleState {
    fn now_ms(&mut self) -> u64 {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        u64::try_from(now.as_millis()).unwrap_or(u64::MAX)
    }

    fn monotonic_ns(&mut self) -> u64 {
        u64::try_from(ORIGIN.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
}
