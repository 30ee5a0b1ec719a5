//! The HTTP server (hyper on tokio): authenticates every request, then hands
//! `/{tenant}/odata/...` to the OData component and serves the small admin API natively.
//! Graceful: on shutdown it stops accepting and lets in-flight requests finish.

pub mod kernel;
pub mod odata;
pub mod query;
pub mod registry;
pub mod replay;

use crate::authz::Authorizer;
use crate::runtime::interpreter::SourceFile;
use crate::storage::libsql::LibsqlBackend;
use anyhow::{Context, Result};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use kernel::Kernel;
use registry::{DeployError, Registry};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use tokio::net::TcpListener;
use wasmtime::Engine;
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// The policy scope of platform routes (spec submission, later tokens and apps).
pub const PLATFORM_TENANT: &str = "_platform";

/// Largest request body the admin API reads (spec submissions).
const MAX_API_BODY: usize = 4 << 20;

/// State every request shares.
pub struct Shared {
    pub store: LibsqlBackend,
    pub authorizer: Authorizer,
    pub registry: Registry,
    pub kernel: Arc<Kernel>,
    pub started: Instant,
    /// sha256 of the admin bearer token (the token itself is never kept).
    pub admin_token_hash: [u8; 32],
    pub admin_id: String,
    /// Most entities one collection response carries; the rest follow `@odata.nextLink`.
    pub page_size: u32,
    request_ids: AtomicU64,
    boot: u64,
}

/// A warm OData instance and its store, reused by the next request: its caches (the parsed
/// data model) survive, and no instance is set up or torn down per request.
type Warm = (wasmtime::Store<odata::OdataState>, odata::OdataComponent);

/// Most idle instances kept; more are dropped after their request.
const MAX_IDLE: usize = 64;

pub struct Server {
    pub shared: Arc<Shared>,
    engine: Engine,
    odata: odata::OdataComponentPre<odata::OdataState>,
    idle: Arc<std::sync::Mutex<Vec<Warm>>>,
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

impl Server {
    pub fn new(
        store: LibsqlBackend,
        kernel: Arc<Kernel>,
        odata_wasm: &[u8],
        admin_token: &str,
        page_size: u32,
    ) -> Result<Self> {
        let engine = odata::engine()?;
        let component = wasmtime::component::Component::new(&engine, odata_wasm)
            .map_err(anyhow::Error::from)
            .context("compiling the OData component")?;
        let odata = odata::prepare(&engine, &component)?;
        let boot =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        let shared = Arc::new(Shared {
            store,
            authorizer: Authorizer::new(),
            registry: Registry::default(),
            kernel,
            started: Instant::now(),
            admin_token_hash: token_hash(admin_token),
            admin_id: "admin".into(),
            page_size: page_size.clamp(1, 1000),
            request_ids: AtomicU64::new(0),
            boot,
        });
        shared
            .authorizer
            .set_policies(PLATFORM_TENANT, &[crate::authz::admin_policy(&shared.admin_id)])
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        Ok(Self { shared, engine, odata, idle: Arc::new(std::sync::Mutex::new(Vec::new())) })
    }

    /// Deploys specs into a tenant (checked by the interpreter, persisted) and grants the
    /// bootstrap admin every action there.
    pub async fn deploy(
        &self,
        tenant: &str,
        files: Vec<SourceFile>,
        force: bool,
    ) -> Result<std::result::Result<(), DeployError>> {
        let s = &self.shared;
        match s.registry.deploy(&s.kernel, &s.store, tenant, files, true, force).await? {
            Ok(_) => {
                s.authorizer
                    .set_policies(tenant, &[crate::authz::admin_policy(&s.admin_id)])
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                Ok(Ok(()))
            }
            Err(e) => Ok(Err(e)),
        }
    }

    /// Restores deployed specs from storage; returns how many tenants.
    pub async fn restore(&self) -> Result<usize> {
        let s = &self.shared;
        let n = s.registry.restore(&s.kernel, &s.store).await?;
        for t in s.registry.tenants() {
            s.authorizer
                .set_policies(&t, &[crate::authz::admin_policy(&s.admin_id)])
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        Ok(n)
    }

    /// Serves until `shutdown` resolves, then waits for in-flight requests.
    pub async fn serve(
        self: Arc<Self>,
        listener: TcpListener,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<()> {
        let mut tasks = tokio::task::JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                _ = &mut shutdown => break,
                accepted = listener.accept() => {
                    let (conn, _) = match accepted {
                        Ok(c) => c,
                        Err(e) => { eprintln!("warning: accept failed: {e}"); continue; }
                    };
                    let server = self.clone();
                    tasks.spawn(async move {
                        let svc = hyper::service::service_fn(move |req| { let server = server.clone(); async move { server.handle(req).await } });
                        let _ = hyper::server::conn::http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(conn), svc).await;
                    });
                }
            }
        }
        drop(listener);
        // In-flight connections finish their current requests.
        let deadline = tokio::time::sleep(std::time::Duration::from_secs(10));
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                _ = &mut deadline => break,
                next = tasks.join_next() => if next.is_none() { break },
            }
        }
        Ok(())
    }

    /// Every failure becomes a response: an `Err` here would make hyper drop the connection.
    async fn handle(&self, req: Request<Incoming>) -> Result<Response<HyperOutgoingBody>> {
        match self.route(req).await {
            Ok(r) => Ok(r),
            Err(e) => Ok(error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &format!("{e:#}"))),
        }
    }

    async fn route(&self, req: Request<Incoming>) -> Result<Response<HyperOutgoingBody>> {
        let path = req.uri().path().to_string();
        if path == "/healthz" {
            return Ok(text(StatusCode::OK, "ok"));
        }
        let Some(principal) = self.authenticate(&req) else {
            return Ok(error(
                StatusCode::UNAUTHORIZED,
                "Unauthorized",
                "missing or invalid bearer token: send `Authorization: Bearer <token>` (the admin token is printed by `temper-host up`)",
            ));
        };
        let segments: Vec<&str> = path.trim_start_matches('/').splitn(3, '/').collect();
        match segments.as_slice() {
            [tenant, "odata", ..] | [tenant, "odata"] if registry::valid_tenant(tenant) => {
                self.odata(req, &principal).await
            }
            ["api", "tenants", rest] => self.api(req, rest, &principal).await,
            _ => Ok(error(
                StatusCode::NOT_FOUND,
                "NotFound",
                &format!("no route for `{path}`: OData lives under `/{{tenant}}/odata/`, the admin API under `/api/`"),
            )),
        }
    }

    /// A Cedar decision for a platform route (`PLATFORM_TENANT` scope, resource
    /// `Tenant::"<t>"`); `Some` is the 403 to send.
    fn authorize_platform(&self, principal: &str, action: &str, tenant: &str) -> Option<Response<HyperOutgoingBody>> {
        let (ptype, pid) =
            principal.split_once("::").map(|(t, id)| (t.to_string(), id.trim_matches('"').to_string()))?;
        let req = crate::authz::AuthzRequest {
            tenant: PLATFORM_TENANT.into(),
            principal: crate::authz::EntityRef::new(ptype, pid),
            principal_attrs: serde_json::json!({}),
            action: action.into(),
            resource: crate::authz::EntityRef::new("Tenant", tenant),
            resource_attrs: serde_json::json!({}),
            context: serde_json::json!({}),
        };
        let resp = self.shared.authorizer.authorize(&req);
        match resp.decision {
            crate::authz::Decision::Allow => None,
            crate::authz::Decision::Deny => Some(error(
                StatusCode::FORBIDDEN,
                "Forbidden",
                &format!("`{action}` on tenant `{tenant}` denied for {principal}"),
            )),
        }
    }

    /// Resolves the bearer token to a principal. Identity is never taken from other headers.
    fn authenticate(&self, req: &Request<Incoming>) -> Option<String> {
        let header = req.headers().get(hyper::header::AUTHORIZATION)?.to_str().ok()?;
        let token = header.strip_prefix("Bearer ")?.trim();
        let hash = token_hash(token);
        // Constant-time comparison of the hashes.
        let same = hash.iter().zip(self.shared.admin_token_hash.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        same.then(|| format!("Admin::\"{}\"", self.shared.admin_id))
    }

    async fn odata(&self, mut req: Request<Incoming>, principal: &str) -> Result<Response<HyperOutgoingBody>> {
        let id = self.shared.request_ids.fetch_add(1, Ordering::Relaxed);
        let headers = req.headers_mut();
        headers.remove("x-temper-principal");
        headers.remove("x-temper-request-id");
        headers.insert("x-temper-principal", principal.parse()?);
        headers.insert("x-temper-request-id", format!("r{:x}-{id:x}", self.shared.boot).parse()?);
        let warm = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let (mut store, proxy) = match warm {
            Some((store, proxy)) => (store, Some(proxy)),
            None => (odata::store(&self.engine, self.shared.clone()), None),
        };
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let wreq = wasmtime_wasi_http::WasiHttpView::http(store.data_mut())
            .new_incoming_request(Scheme::Http, req)
            .map_err(anyhow::Error::from)?;
        let out = wasmtime_wasi_http::WasiHttpView::http(store.data_mut())
            .new_response_outparam(sender)
            .map_err(anyhow::Error::from)?;
        let pre = self.odata.clone();
        let idle = self.idle.clone();
        let task = tokio::task::spawn(async move {
            let proxy = match proxy {
                Some(p) => p,
                None => pre.instantiate_async(&mut store).await?,
            };
            let r = proxy.wasi_http_incoming_handler().call_handle(&mut store, wreq, out).await;
            // Only an instance that returned normally is reused; a trapped one is poisoned.
            if r.is_ok()
                && let Ok(mut idle) = idle.lock()
                && idle.len() < MAX_IDLE
            {
                idle.push((store, proxy));
            }
            r
        });
        match receiver.await {
            Ok(Ok(resp)) => Ok(resp),
            Ok(Err(e)) => Ok(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalError",
                &format!("the OData component failed: {e:?}"),
            )),
            Err(_) => {
                let why = match task.await {
                    Ok(Ok(())) => "the OData component sent no response".to_string(),
                    Ok(Err(e)) => format!("the OData component trapped: {e:#}"),
                    Err(e) => format!("the OData task failed: {e}"),
                };
                Ok(error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &why))
            }
        }
    }

    /// `POST /api/tenants/{t}/specs` (a JSON object `{"files": {"name": "content", ...}}`) and
    /// `GET /api/tenants/{t}/specs`.
    async fn api(&self, req: Request<Incoming>, rest: &str, principal: &str) -> Result<Response<HyperOutgoingBody>> {
        let parts: Vec<&str> = rest.split('/').collect();
        let [tenant, "specs"] = parts.as_slice() else {
            return Ok(error(StatusCode::NOT_FOUND, "NotFound", "admin routes: `/api/tenants/{tenant}/specs`"));
        };
        let tenant = tenant.to_string();
        // Platform routes are Cedar decisions too, in the platform's own policy scope.
        let action = if *req.method() == hyper::Method::GET { "read_specs" } else { "submit_specs" };
        if let Some(denied) = self.authorize_platform(principal, action, &tenant) {
            return Ok(denied);
        }
        match *req.method() {
            hyper::Method::GET => {
                let Some(t) = self.shared.registry.get(&tenant) else {
                    return Ok(error(StatusCode::NOT_FOUND, "NotFound", &format!("tenant `{tenant}` has no specs")));
                };
                let specs: Vec<_> = t.specs.iter().map(|s| serde_json::json!({"entity_type": s.entity_type, "entity_set": s.entity_set, "spec": s.spec})).collect();
                Ok(json(StatusCode::OK, &serde_json::json!({"tenant": tenant, "version": t.version, "specs": specs})))
            }
            hyper::Method::POST => {
                let body = match Limited::new(req.into_body(), MAX_API_BODY).collect().await {
                    Ok(b) => b.to_bytes(),
                    Err(_) => {
                        return Ok(error(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            "PayloadTooLarge",
                            &format!("spec submissions are limited to {MAX_API_BODY} bytes"),
                        ));
                    }
                };
                let parsed: serde_json::Value = match serde_json::from_slice(&body) {
                    Ok(v) => v,
                    Err(e) => {
                        return Ok(error(
                            StatusCode::BAD_REQUEST,
                            "InvalidBody",
                            &format!("the body is not JSON: {e}"),
                        ));
                    }
                };
                let Some(files) = parsed.get("files").and_then(|f| f.as_object()) else {
                    return Ok(error(
                        StatusCode::BAD_REQUEST,
                        "InvalidBody",
                        "send `{\"files\": {\"Task.ioa.toml\": \"...\", \"model.csdl.xml\": \"...\"}}`",
                    ));
                };
                let mut list = Vec::new();
                for (name, content) in files {
                    let Some(c) = content.as_str() else {
                        return Ok(error(
                            StatusCode::BAD_REQUEST,
                            "InvalidBody",
                            &format!("file `{name}` must be a string"),
                        ));
                    };
                    list.push(SourceFile { name: name.clone(), content: c.to_string() });
                }
                let force = parsed.get("force").and_then(|f| f.as_bool()).unwrap_or(false);
                match self.deploy(&tenant, list, force).await? {
                    Ok(()) => {
                        let t = self.shared.registry.get(&tenant);
                        let specs: Vec<_> = t.iter().flat_map(|t| t.specs.iter()).map(|s| serde_json::json!({"entity_type": s.entity_type, "entity_set": s.entity_set, "spec": s.spec})).collect();
                        Ok(json(
                            StatusCode::OK,
                            &serde_json::json!({"deployed": true, "tenant": tenant, "specs": specs,
                            "checks": ["parse", "type-check", "csdl-cross-check"], "verification": "the verification cascade (L0–L3) is not implemented yet; no model checking ran"}),
                        ))
                    }
                    Err(DeployError::Invalid(diags)) => {
                        let ds: Vec<_> = diags.iter().map(|d| serde_json::json!({"file": d.file, "line": d.line, "column": d.column, "section": d.section, "key": d.key, "message": d.message, "help": d.help})).collect();
                        Ok(json(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            &serde_json::json!({"error": {"code": "InvalidSpec", "message": "the specs do not load; nothing was deployed", "details": ds}}),
                        ))
                    }
                    Err(DeployError::Refused(why)) => Ok(error(StatusCode::UNPROCESSABLE_ENTITY, "InvalidSpec", &why)),
                    Err(DeployError::Stranded(list)) => {
                        let ds: Vec<_> = list
                            .iter()
                            .map(|(t, id, st)| serde_json::json!({"entity_type": t, "id": id, "status": st}))
                            .collect();
                        Ok(json(
                            StatusCode::CONFLICT,
                            &serde_json::json!({"error": {"code": "StrandedEntities",
                            "message": format!("the new specs remove states that {} live entities are in; nothing was deployed (send `\"force\": true` to deploy anyway)", list.len()),
                            "details": ds}}),
                        ))
                    }
                }
            }
            _ => Ok(error(StatusCode::METHOD_NOT_ALLOWED, "MethodNotAllowed", "use GET or POST")),
        }
    }
}

fn body(bytes: Vec<u8>) -> HyperOutgoingBody {
    Full::new(Bytes::from(bytes)).map_err(|never| match never {}).boxed_unsync()
}

fn text(status: StatusCode, t: &str) -> Response<HyperOutgoingBody> {
    let mut r = Response::new(body(t.as_bytes().to_vec()));
    *r.status_mut() = status;
    r
}

fn json(status: StatusCode, v: &serde_json::Value) -> Response<HyperOutgoingBody> {
    let mut r = Response::new(body(v.to_string().into_bytes()));
    *r.status_mut() = status;
    r.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
    r
}

fn error(status: StatusCode, code: &str, message: &str) -> Response<HyperOutgoingBody> {
    json(status, &serde_json::json!({"error": {"code": code, "message": message}}))
}
