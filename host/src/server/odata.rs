//! Hosting the OData component: per request a fresh instance (from the pooling allocator) in
//! an async store, with `wasi:http` from wasmtime-wasi-http, the `temper:host` interfaces
//! implemented here over the storage backend, Cedar and the clock, `temper:kernel/registry`
//! from the spec registry, and `temper:kernel/interpreter` forwarded to the interpreter
//! component (dynamically typed, so the two components share the WIT and nothing else).

use super::Shared;
use crate::storage::{self, Backend};
use anyhow::{Context, Result};
use std::sync::Arc;
use wasmtime::component::{Component, HasSelf, Linker, ResourceTable};
use wasmtime::{Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

mod bindings {
    wasmtime::component::bindgen!({
        world: "odata-component",
        path: "../wit/kernel",
        require_store_data_send: true,
        with: {
            "wasi:http": wasmtime_wasi_http::p2::bindings::sync::http,
            "wasi:io": wasmtime_wasi::p2::bindings::sync::io,
            "wasi:clocks": wasmtime_wasi::p2::bindings::sync::clocks,
        },
    });
}

use bindings::temper::host::{authz as wauthz, clock as wclock, storage as wstorage};
use bindings::temper::kernel::registry as wregistry;

pub use bindings::{OdataComponent, OdataComponentPre};

/// Per-request store data.
pub struct OdataState {
    table: ResourceTable,
    wasi: WasiCtx,
    http: WasiHttpCtx,
    hooks: Hooks,
    shared: Arc<Shared>,
    /// The request being served (set before each call; a warm instance serves many).
    pub request: Option<RequestFacts>,
    /// The async runtime the host's storage runs on; the component's thread blocks on it.
    rt: tokio::runtime::Handle,
}

/// What the host knows about the request the component is serving.
#[derive(Clone)]
pub struct RequestFacts {
    pub caller: crate::governance::Caller,
    pub request_id: String,
    /// e.g. `POST /tasks/odata/Tasks('t1')/Tasks.Close`.
    pub request_line: String,
    /// `http://host:port`, for the links in a remedy.
    pub base_url: String,
    /// Where this request stands in a cascade (an agent's request, or the kernel's dispatch).
    pub origin: super::dispatch::Origin,
    /// What the host observes while the component serves the request (for the trajectory
    /// and `?await_integration=true`).
    pub trace: super::trace::Cell,
}

impl WasiView for OdataState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl WasiHttpView for OdataState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView { ctx: &mut self.http, table: &mut self.table, hooks: &mut self.hooks }
    }
}

/// The OData component makes no outbound requests; the defaults refuse nothing else.
struct Hooks;

type OutgoingFuture = Box<
    dyn std::future::Future<
            Output = Result<
                (
                    hyper::Response<wasmtime_wasi_http::WasiBody>,
                    Box<dyn std::future::Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
                ),
                wasmtime_wasi_http::Error,
            >,
        > + Send,
>;

impl wasmtime_wasi_http::WasiHttpHooks for Hooks {
    /// The OData component has no business calling out: every outbound request is denied.
    fn send_request(
        &mut self,
        _request: hyper::Request<wasmtime_wasi_http::WasiBody>,
        _options: Option<wasmtime_wasi_http::RequestOptions>,
        _fut: Box<dyn std::future::Future<Output = Result<(), wasmtime_wasi_http::Error>> + Send>,
    ) -> OutgoingFuture {
        Box::new(async { Err(wasmtime_wasi_http::Error::HttpRequestDenied) })
    }

    /// The response body is buffered whole: the guest runs inline with the request's task and
    /// must never wait for hyper to read (see [`super::inline`]).
    fn p2_outgoing_body_buffer_chunks(&mut self) -> usize {
        super::inline::BODY_BUFFER_CHUNKS
    }
}

impl OdataState {
    pub fn new(shared: Arc<Shared>) -> Self {
        // No preopens, no environment, no inherited stdio: the component gets only what the
        // WIT world grants.
        Self {
            table: ResourceTable::new(),
            wasi: WasiCtx::builder().build(),
            http: WasiHttpCtx::new(),
            hooks: Hooks,
            shared,
            request: None,
            rt: tokio::runtime::Handle::current(),
        }
    }
}

/// The async engine for request-serving components (pooling allocator, per-request instances).
pub fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    let mut pool = PoolingAllocationConfig::default();
    pool.total_component_instances(1024)
        .total_core_instances(2048)
        .total_memories(1024)
        .total_tables(2048)
        .max_memory_size(256 << 20)
        // An instance per request: keep the first pages of each slot resident and reset them
        // with memset, instead of returning them to the kernel (page faults and TLB
        // shootdowns on every request), and batch the decommits of the rest.
        .linear_memory_keep_resident(4 << 20)
        .table_keep_resident(64 << 10)
        .async_stack_keep_resident(256 << 10)
        .decommit_batch_size(32);
    config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
    crate::runtime::engine::profiling(&mut config);
    Engine::new(&config).map_err(anyhow::Error::from).context("configuring the request engine")
}

pub fn prepare(engine: &Engine, component: &Component) -> Result<OdataComponentPre<OdataState>> {
    let mut linker: Linker<OdataState> = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker).map_err(anyhow::Error::from)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_sync(&mut linker).map_err(anyhow::Error::from)?;
    wstorage::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
    wauthz::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
    wclock::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
    wregistry::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s).map_err(anyhow::Error::from)?;
    forward_interpreter(&mut linker)?;
    let pre = linker.instantiate_pre(component).map_err(anyhow::Error::from).context("linking the OData component")?;
    OdataComponentPre::new(pre)
        .map_err(anyhow::Error::from)
        .context("the OData component does not export wasi:http/incoming-handler")
}

/// `temper:kernel/interpreter` for the OData component: each function is forwarded, values
/// unchanged, to an interpreter instance from the kernel's pool.
fn forward_interpreter(linker: &mut Linker<OdataState>) -> Result<()> {
    let mut inst = linker.instance("temper:kernel/interpreter@0.1.0").map_err(anyhow::Error::from)?;
    for name in [
        "load",
        "is-loaded",
        "describe",
        "initial-state",
        "created",
        "evaluate",
        "evaluate-batch",
        "check-state",
        "model-check",
    ] {
        inst.func_new(name, move |store, _ty, params, results| {
            let kernel = store.data().shared.kernel.clone();
            let _span = tracing::info_span!("interpreter.call", otel.name = %format_args!("interpreter.{name}"),
                temper.function = name)
            .entered();
            kernel.with(|i| i.call_dynamic(name, params, results)).map_err(|e| wasmtime::Error::msg(format!("{e:#}")))
        })
        .map_err(anyhow::Error::from)?;
    }
    Ok(())
}

fn stream(s: wstorage::StreamId) -> storage::StreamId {
    storage::StreamId { tenant: s.tenant, entity_type: s.entity_type, entity_id: s.entity_id }
}

fn err(e: storage::StorageError) -> wstorage::StorageError {
    match e {
        storage::StorageError::Conflict(n) => wstorage::StorageError::Conflict(n),
        storage::StorageError::NotFound => wstorage::StorageError::NotFound,
        storage::StorageError::Invalid(m) => wstorage::StorageError::Invalid(m),
        storage::StorageError::Unavailable(m) => wstorage::StorageError::Unavailable(m),
    }
}

fn row_out(r: storage::ProjectionRow) -> wstorage::ProjectionRow {
    wstorage::ProjectionRow { id: r.id, status: r.status, fields: r.fields, seq: r.seq, deleted: r.deleted }
}

fn idem_out(r: storage::IdempotencyRecord) -> wstorage::IdempotencyRecord {
    wstorage::IdempotencyRecord {
        tenant: r.tenant,
        key: r.key,
        request_hash: r.request_hash,
        status: r.status,
        response: r.response,
    }
}

impl wstorage::Host for OdataState {
    fn load(&mut self, s: wstorage::StreamId) -> Result<wstorage::ProjectionRow, wstorage::StorageError> {
        self.block(self.shared.store.load(&stream(s))).map(row_out).map_err(err)
    }

    fn read_events(
        &mut self,
        s: wstorage::StreamId,
        after_seq: u64,
        limit: u32,
    ) -> Result<Vec<wstorage::Event>, wstorage::StorageError> {
        let evs = self.block(self.shared.store.read_events(&stream(s), after_seq, limit)).map_err(err)?;
        Ok(evs
            .into_iter()
            .map(|e| wstorage::Event {
                seq: e.seq,
                kind: e.kind,
                payload: e.payload,
                meta: wstorage::EventMeta {
                    event_id: e.meta.event_id,
                    causation_id: e.meta.causation_id,
                    correlation_id: e.meta.correlation_id,
                    actor: e.meta.actor,
                    time_ms: e.meta.time_ms,
                },
            })
            .collect())
    }

    fn commit(&mut self, req: wstorage::CommitRequest) -> Result<u64, wstorage::StorageError> {
        let p = req.projection;
        let mut c = storage::CommitRequest {
            stream: stream(req.stream),
            expected_seq: req.expected_seq,
            events: req
                .events
                .into_iter()
                .map(|e| storage::Event {
                    seq: e.seq,
                    kind: e.kind,
                    payload: e.payload,
                    meta: storage::EventMeta {
                        event_id: e.meta.event_id,
                        causation_id: e.meta.causation_id,
                        correlation_id: e.meta.correlation_id,
                        actor: e.meta.actor,
                        time_ms: e.meta.time_ms,
                    },
                })
                .collect(),
            projection: storage::ProjectionRow {
                id: p.id,
                status: p.status,
                fields: p.fields,
                seq: p.seq,
                deleted: p.deleted,
            },
            outbox: req
                .outbox
                .into_iter()
                .map(|o| storage::OutboxItem {
                    kind: o.kind,
                    idempotency_key: o.idempotency_key,
                    payload: o.payload,
                    not_before_ms: o.not_before_ms,
                })
                .collect(),
            idempotency: req.idempotency.map(|r| storage::IdempotencyRecord {
                tenant: r.tenant,
                key: r.key,
                request_hash: r.request_hash,
                status: r.status,
                response: r.response,
            }),
            trajectory: None,
        };
        if let Some(f) = &self.request {
            crate::apps::subscribe::enqueue(&self.shared, &mut c);
            super::dispatch::stamp(&mut c, f);
            super::trace::on_commit(&self.shared, f, &mut c);
        }
        let has_work = !c.outbox.is_empty();
        let r = self.block(self.shared.store.commit(c)).map_err(err);
        if r.is_err()
            && let Some(f) = &self.request
        {
            super::trace::commit_failed(f);
        }
        if has_work && r.is_ok() {
            self.shared.work.committed();
        }
        r
    }

    fn query(
        &mut self,
        tenant: String,
        entity_type: String,
        query: String,
    ) -> Result<wstorage::QueryResult, wstorage::StorageError> {
        let r = self
            .block(super::query::run(&self.shared.store, &tenant, &entity_type, &query, self.shared.page_size))
            .map_err(err)?;
        Ok(wstorage::QueryResult { rows: r.rows.into_iter().map(row_out).collect(), count: r.count, more: r.more })
    }

    fn idempotency(
        &mut self,
        tenant: String,
        key: String,
    ) -> Result<Option<wstorage::IdempotencyRecord>, wstorage::StorageError> {
        self.block(self.shared.store.idempotency(&tenant, &key)).map(|r| r.map(idem_out)).map_err(err)
    }

    fn kv_get(&mut self, tenant: String, key: String) -> Result<Option<Vec<u8>>, wstorage::StorageError> {
        self.block(self.shared.store.kv_get(&tenant, &key)).map_err(err)
    }

    fn kv_set(&mut self, tenant: String, key: String, value: Vec<u8>) -> Result<(), wstorage::StorageError> {
        self.block(self.shared.store.kv_set(&tenant, &key, &value)).map_err(err)
    }

    fn kv_delete(&mut self, tenant: String, key: String) -> Result<(), wstorage::StorageError> {
        self.block(self.shared.store.kv_delete(&tenant, &key)).map_err(err)
    }
}

impl OdataState {
    /// Runs a host future to completion. The component is only ever called on a blocking-pool
    /// thread (see `Server::odata`), where blocking on the runtime is allowed.
    fn block<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// The request as Cedar sees it: the principal and its attributes from the credential
    /// (whatever the guest sent), the guest's context plus the host's facts.
    fn cedar_request(&self, req: wauthz::AuthzRequest) -> crate::authz::AuthzRequest {
        let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap_or(serde_json::Value::Null);
        let mut context = match parse(&req.context) {
            serde_json::Value::Object(m) => m,
            _ => serde_json::Map::new(),
        };
        let (principal, principal_attrs) = match &self.request {
            Some(f) => {
                context.insert("request_id".into(), f.request_id.clone().into());
                if let Some((method, target)) = f.request_line.split_once(' ') {
                    context.insert("method".into(), method.into());
                    context.insert("path".into(), target.split('?').next().unwrap_or(target).into());
                }
                if let Some(s) = &f.caller.session {
                    context.insert("session".into(), s.clone().into());
                }
                let id = &f.caller.identity;
                (crate::authz::EntityRef::new(id.kind.cedar_type(), &id.id), id.attrs())
            }
            // No authenticated request: nobody. Cedar denies.
            None => (crate::authz::EntityRef::new("Anonymous", ""), serde_json::json!({})),
        };
        context.insert("time_ms".into(), crate::governance::journal::now_ms().into());
        crate::authz::AuthzRequest {
            tenant: req.tenant,
            principal,
            principal_attrs,
            action: req.action,
            resource: crate::authz::EntityRef::new(req.resource.entity_type, req.resource.id),
            resource_attrs: parse(&req.resource_attrs),
            context: serde_json::Value::Object(context),
        }
    }
}

fn decision_out(d: crate::authz::Decision) -> wauthz::Decision {
    match d {
        crate::authz::Decision::Allow => wauthz::Decision::Allow,
        crate::authz::Decision::Deny => wauthz::Decision::Deny,
    }
}

impl wauthz::Host for OdataState {
    fn authorize(&mut self, req: wauthz::AuthzRequest) -> wauthz::AuthzResponse {
        if !self.shared.authorizes() {
            return wauthz::AuthzResponse {
                decision: wauthz::Decision::Allow,
                policies: vec![],
                errors: vec![],
                remedy: None,
            };
        }
        let r = self.cedar_request(req);
        // Cedar guards its recursion by measuring the thread's remaining stack, which it cannot
        // do on wasmtime's fiber stack ("recursion limit reached"); evaluate on a real thread.
        // The component runs on a blocking-pool thread (a real thread stack, which Cedar's
        // recursion guard measures), so Cedar is asked inline.
        let resp = self.shared.authorizer.authorize(&r);
        tracing::debug!(request = ?r, response = ?resp, "cedar decision");
        let mut remedy = None;
        let mut decision_id = None;
        if resp.decision == crate::authz::Decision::Deny
            && let Some(f) = self.request.clone()
        {
            let g = &self.shared.governance;
            let recorded = self.block(g.on_denied(
                &self.shared.store,
                &r,
                &resp,
                &f.caller,
                &f.request_line,
                &f.request_id,
                &f.base_url,
            ));
            match recorded {
                Ok(found) => {
                    decision_id = found.as_ref().map(|(d, _)| d.id.clone());
                    remedy = found.map(|(_, remedy)| remedy);
                }
                Err(e) => tracing::warn!(error = %format!("{e:#}"), tenant = %r.tenant, action = %r.action,
                    "recording the denial failed"),
            }
        }
        if let Some(f) = &self.request {
            let allow = resp.decision == crate::authz::Decision::Allow;
            super::trace::lock(&f.trace).authorized(allow, &resp.policies, decision_id);
        }
        wauthz::AuthzResponse {
            decision: decision_out(resp.decision),
            policies: resp.policies,
            errors: resp.errors,
            remedy,
        }
    }

    fn check_many(&mut self, reqs: Vec<wauthz::AuthzRequest>) -> Vec<wauthz::Decision> {
        let n = reqs.len();
        if !self.shared.authorizes() {
            return vec![wauthz::Decision::Allow; n];
        }
        let reqs: Vec<crate::authz::AuthzRequest> = reqs.into_iter().map(|r| self.cedar_request(r)).collect();
        self.shared.authorizer.authorize_many(&reqs).into_iter().map(|r| decision_out(r.decision)).collect()
    }
}

impl wclock::Host for OdataState {
    fn now_ms(&mut self) -> u64 {
        self.shared.clock.now_ms()
    }

    fn monotonic_ns(&mut self) -> u64 {
        self.shared.started.elapsed().as_nanos() as u64
    }
}

impl wregistry::Host for OdataState {
    fn specs_of(&mut self, tenant: String) -> Option<wregistry::TenantSpecs> {
        let t = self.shared.registry.get(&tenant)?;
        Some(wregistry::TenantSpecs {
            version: t.version,
            specs: t
                .specs
                .iter()
                .map(|s| wregistry::DeployedSpec {
                    entity_type: s.entity_type.clone(),
                    entity_set: s.entity_set.clone(),
                    spec: s.spec.clone(),
                    namespace: s.namespace.clone(),
                })
                .collect(),
            csdl: t.csdl.clone(),
        })
    }
}

/// Makes a store for one request.
pub fn store(engine: &Engine, shared: Arc<Shared>) -> Store<OdataState> {
    Store::new(engine, OdataState::new(shared))
}
