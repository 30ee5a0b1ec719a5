//! The HTTP server (hyper on tokio): authenticates every request (bearer token → principal),
//! then hands `/{tenant}/odata/...` to the OData component and serves the platform API of
//! [`routes::ROUTES`] natively — every route a Cedar decision. Graceful: on shutdown it stops
//! accepting and lets in-flight requests finish.

mod api;
pub mod dispatch;
pub mod drainer;
mod forward;
pub(crate) mod inline;
mod integrate;
pub mod kernel;
mod mcp;
pub mod odata;
pub mod query;
pub mod registry;
pub mod replay;
pub mod respond;
pub mod routes;
pub mod secrets;
pub mod trace;

use crate::authz::Authorizer;
use crate::governance::identity::Identity;
use crate::governance::{Caller, Governance};
use crate::runtime::interpreter::SourceFile;
use crate::storage::libsql::LibsqlBackend;
use anyhow::{Context, Result};
use hyper::{Request, Response, StatusCode};
use kernel::Kernel;
use registry::{DeployError, Registry};
use respond::{error, text};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use tokio::net::TcpListener;
use wasmtime::Engine;
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// A request body the server reads: a client's connection, or the buffer of a request a
/// kernel component (the MCP server) sends the platform in-process.
pub type ReqBody = wasmtime_wasi_http::p2::body::HyperIncomingBody;

/// The policy scope of platform routes (spec submission, tokens).
pub const PLATFORM_TENANT: &str = crate::governance::PLATFORM;

/// State every request shares.
pub struct Shared {
    pub store: LibsqlBackend,
    pub authorizer: Authorizer,
    pub governance: Governance,
    pub registry: Registry,
    pub kernel: Arc<Kernel>,
    /// The verification cascade every deployment passes first.
    pub gate: Arc<crate::verify::gate::Gate>,
    pub started: Instant,
    /// sha256 of the admin bearer token (the token itself is never kept).
    pub admin_token_hash: [u8; 32],
    pub admin_id: String,
    /// Most entities one collection response carries; the rest follow `@odata.nextLink`.
    pub page_size: u32,
    request_ids: AtomicU64,
    boot: u64,
    /// The platform's clock (the `clock` interface, timers).
    pub clock: crate::clock::Clock,
    /// Post-commit work: signals between committers, the drainer and waiters.
    pub work: drainer::WorkSignals,
    /// Tenant secrets for integrations.
    pub secrets: secrets::Secrets,
    /// Plans what entity triggers dispatch.
    pub reactions: crate::runtime::reactions::ReactionsComponent,
    /// Apps' integration modules, per tenant.
    pub integrations: crate::integrations::Integrations,
    /// Plans what a module's answer dispatches (the integrations kernel component).
    pub callbacks: crate::runtime::callbacks::IntegrationsComponent,
    /// The app catalog, the artifact cache and the registry client.
    pub apps: crate::apps::catalog::Apps,
    /// The evolution loop: its component, configuration and run lock.
    pub evolution: crate::evolution::Evolution,
    /// Becomes `true` when the server stops accepting: long-lived responses (event streams)
    /// end then.
    pub shutdown: tokio::sync::watch::Sender<bool>,
    /// Always true in the binary; see [`Server::skip_authorization_for_benchmark`].
    authorization: std::sync::atomic::AtomicBool,
}

impl Shared {
    /// Whether OData requests are decided by Cedar (always, outside one benchmark).
    pub fn authorizes(&self) -> bool {
        self.authorization.load(Ordering::Relaxed)
    }

    /// A fresh request id (`r<boot>-<n>`).
    pub fn next_request_id(&self) -> String {
        let id = self.request_ids.fetch_add(1, Ordering::Relaxed);
        format!("r{:x}-{id:x}", self.boot)
    }

    /// The entity set and namespace serving an entity type of a tenant.
    pub fn set_of(&self, tenant: &str, entity_type: &str) -> Option<(String, String)> {
        let t = self.registry.get(tenant)?;
        t.specs.iter().find(|s| s.entity_type == entity_type).map(|s| (s.entity_set.clone(), s.namespace.clone()))
    }
}

/// What integration modules may ask of the platform: Cedar decisions in the tenant's policy
/// set, secrets, and whether a tenant policy names a private host.
impl crate::integrations::IntegrationEnv for Shared {
    fn authorize(&self, req: &crate::authz::AuthzRequest) -> crate::authz::AuthzResponse {
        self.authorizer.authorize(req)
    }

    fn secret(&self, tenant: &str, name: &str) -> Option<String> {
        self.secrets.get(tenant, name)
    }

    fn http_allowlisted(&self, req: &crate::authz::AuthzRequest) -> bool {
        self.authorizer.http_allowlisted(req)
    }
}

/// What a server is built from besides its storage and kernel components.
pub struct Options {
    /// Most entities one collection response carries.
    pub page_size: u32,
    /// Lets an admin advance the clock (`POST /api/clock`), for tests and demos of timers.
    pub test_clock: bool,
    /// Where pulled app artifacts are cached (content-addressed); a fresh temporary
    /// directory when not given.
    pub app_cache: Option<std::path::PathBuf>,
    /// The development apps dir (`dir:<app>` references).
    pub apps_dir: Option<std::path::PathBuf>,
    /// Where built integration components are found when a directory app is packed.
    pub components: Option<std::path::PathBuf>,
    /// The MCP component (`/mcp`); without it `/mcp` answers 503.
    pub mcp: Option<Vec<u8>>,
    /// The evolution component; without it the evolution API answers 503.
    pub evolution: Option<crate::runtime::evolution::EvolutionComponent>,
    /// How the evolution runner reads trajectories, and how often it runs.
    pub evolution_config: crate::evolution::Config,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            page_size: 100,
            test_clock: false,
            app_cache: None,
            apps_dir: None,
            components: None,
            mcp: None,
            evolution: None,
            evolution_config: Default::default(),
        }
    }
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
    /// Whether the server listens on loopback only: then `/mcp` accepts only loopback `Host`
    /// and `Origin` names (DNS rebinding protection).
    loopback: std::sync::atomic::AtomicBool,
    /// The MCP component, linked; `None` when the server was started without it.
    mcp: Option<crate::mcp::McpComponentPre<crate::mcp::McpState>>,
    /// Warm MCP instances: like the OData ones, reused by the next request.
    mcp_idle: Arc<std::sync::Mutex<Vec<mcp::Warm>>>,
    /// The server's own `Arc` once it serves, for work that outlives a request (a streamed
    /// install).
    me: std::sync::OnceLock<std::sync::Weak<Server>>,
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// The kernel components a server runs besides OData.
pub struct Components {
    pub kernel: Arc<Kernel>,
    pub governance: crate::governance::component::GovernanceComponent,
    pub gate: crate::verify::gate::Gate,
    pub reactions: crate::runtime::reactions::ReactionsComponent,
    /// Apps' integration modules.
    pub integrations: crate::integrations::Integrations,
    /// Plans what a module's answer dispatches.
    pub callbacks: crate::runtime::callbacks::IntegrationsComponent,
}

impl Server {
    pub fn new(
        store: LibsqlBackend,
        components: Components,
        odata_wasm: &[u8],
        admin_token: &str,
        options: Options,
    ) -> Result<Self> {
        let Components { kernel, governance, gate, reactions, integrations, callbacks } = components;
        let app_cache = match options.app_cache {
            Some(p) => p,
            None => std::env::temp_dir().join(format!("temper-app-cache-{}", std::process::id())),
        };
        let apps = crate::apps::catalog::Apps::new(app_cache, options.components, options.apps_dir)?;
        let engine = odata::engine()?;
        let component = wasmtime::component::Component::new(&engine, odata_wasm)
            .map_err(anyhow::Error::from)
            .context("compiling the OData component")?;
        let odata = odata::prepare(&engine, &component)?;
        let mcp = options.mcp.as_deref().map(|wasm| crate::mcp::prepare(&engine, wasm)).transpose()?;
        let boot =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        let shared = Arc::new(Shared {
            store,
            authorizer: Authorizer::with_builtins(&crate::governance::builtins()),
            governance: Governance::new(governance),
            registry: Registry::default(),
            kernel,
            gate: Arc::new(gate),
            started: Instant::now(),
            admin_token_hash: token_hash(admin_token),
            admin_id: "admin".into(),
            page_size: options.page_size.clamp(1, 1000),
            request_ids: AtomicU64::new(0),
            boot,
            clock: crate::clock::Clock::new(options.test_clock),
            work: drainer::WorkSignals::default(),
            secrets: secrets::Secrets::default(),
            reactions,
            integrations,
            callbacks,
            apps,
            evolution: crate::evolution::Evolution::new(options.evolution, options.evolution_config),
            shutdown: tokio::sync::watch::Sender::new(false),
            authorization: std::sync::atomic::AtomicBool::new(true),
        });
        // The built-ins must load: without them no admin could act.
        shared.authorizer.validate(&[]).map_err(|e| anyhow::anyhow!("the built-in policies do not load: {e}"))?;
        Ok(Self {
            shared,
            engine,
            odata,
            idle: Arc::new(std::sync::Mutex::new(Vec::new())),
            loopback: Default::default(),
            mcp,
            mcp_idle: Default::default(),
            me: Default::default(),
        })
    }

    /// Makes every OData authorization an allow, so the end-to-end benchmark can measure what
    /// Cedar costs in the same run. Library-only: no command-line flag, environment variable
    /// or route reaches it, and the platform API keeps deciding with Cedar.
    #[doc(hidden)]
    pub fn skip_authorization_for_benchmark(&self) {
        self.shared.authorization.store(false, Ordering::Relaxed);
    }

    /// Undoes [`Server::skip_authorization_for_benchmark`].
    #[doc(hidden)]
    pub fn restore_authorization_after_benchmark(&self) {
        self.shared.authorization.store(true, Ordering::Relaxed);
    }

    /// Deploys specs into a tenant: they must load, pass the verification cascade (its report
    /// is returned; cached by content hash) and strand no live entity; then they are persisted
    /// and live.
    pub async fn deploy(
        &self,
        tenant: &str,
        files: Vec<SourceFile>,
        force: bool,
    ) -> Result<std::result::Result<crate::verify::cascade::CascadeReport, DeployError>> {
        let s = &self.shared;
        if let Err(d) = s.kernel.with(|i| i.load(&files))? {
            return Ok(Err(DeployError::Invalid(d)));
        }
        let report = s.gate.check(&s.kernel, &s.store, &files).await?;
        if !report.passed {
            return Ok(Err(DeployError::Unverified(Box::new(report))));
        }
        Ok(s.registry.deploy(&s.kernel, &s.store, tenant, files, true, force).await?.map(|_| report))
    }

    /// Restores deployed specs, tokens, policies and decisions from storage; returns how many
    /// tenants have specs.
    pub async fn restore(&self) -> Result<usize> {
        let s = &self.shared;
        let n = s.registry.restore(&s.kernel, &s.store).await?;
        s.governance.restore(&s.store, &s.authorizer, &s.registry.tenants()).await?;
        s.secrets.restore(&s.store, &s.registry.tenants()).await?;
        Ok(n)
    }

    /// Serves until `shutdown` resolves, then waits for in-flight requests.
    /// The server's own `Arc` (once it serves or [`Server::share`] was called).
    pub fn shared_self(&self) -> Option<Arc<Server>> {
        self.me.get().and_then(std::sync::Weak::upgrade)
    }

    /// Lets work that outlives a request hold the server.
    pub fn share(self: &Arc<Self>) {
        let _ = self.me.set(Arc::downgrade(self));
    }

    pub async fn serve(
        self: Arc<Self>,
        listener: TcpListener,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<()> {
        self.share();
        let on_loopback = listener.local_addr().is_ok_and(|a| a.ip().is_loopback());
        self.loopback.store(on_loopback, Ordering::Relaxed);
        let mut tasks = tokio::task::JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                _ = &mut shutdown => break,
                accepted = listener.accept() => {
                    let (conn, _) = match accepted {
                        Ok(c) => c,
                        Err(e) => { tracing::warn!(error = %e, "accept failed"); continue; }
                    };
                    // Responses are written in pieces (head, then body): no Nagle delay.
                    let _ = conn.set_nodelay(true);
                    let server = self.clone();
                    tasks.spawn(async move {
                        let svc = hyper::service::service_fn(move |req| { let server = server.clone(); async move { server.handle(req).await } });
                        let _ = hyper::server::conn::http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(conn), svc).await;
                    });
                }
            }
        }
        drop(listener);
        self.shared.shutdown.send_replace(true);
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
    /// Each request is a span (`telemetry::http`) and counts in the metrics.
    async fn handle(&self, req: Request<hyper::body::Incoming>) -> Result<Response<HyperOutgoingBody>> {
        use http_body_util::BodyExt;
        use tracing::Instrument;
        let obs = crate::telemetry::http::RequestObs::start(req.method(), req.uri().path(), req.headers());
        let req = req.map(|b| b.map_err(wasmtime_wasi_http::Error::from).boxed_unsync());
        let resp = match self.route(req).instrument(obs.span.clone()).await {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(parent: &obs.span, error = %format!("{e:#}"), "request failed");
                error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &format!("{e:#}"))
            }
        };
        obs.finish(resp.status().as_u16());
        Ok(resp)
    }

    async fn route(&self, req: Request<ReqBody>) -> Result<Response<HyperOutgoingBody>> {
        let path = req.uri().path().to_string();
        if path == "/healthz" {
            return Ok(text(StatusCode::OK, "ok"));
        }
        // The Observe dashboard's files hold no data: served without a token (the page asks
        // for one and sends it with every API call).
        if crate::observe::is_page_path(&path) {
            return Ok(crate::observe::serve(req.method(), &path));
        }
        if path == "/mcp"
            && self.loopback.load(Ordering::Relaxed)
            && let Some(bad) = mcp::foreign_origin(req.headers())
        {
            return Ok(error(
                StatusCode::FORBIDDEN,
                "ForeignOrigin",
                &format!(
                    "{bad}: this server listens on loopback and answers `/mcp` only for localhost names (DNS rebinding protection); connect to http://127.0.0.1:<port>/mcp"
                ),
            ));
        }
        let caller = match self.authenticate(req.headers()).await {
            Ok(Some(c)) => {
                crate::telemetry::http::record_caller(c.identity.kind.cedar_type());
                c
            }
            Ok(None) => {
                return Ok(error(
                    StatusCode::UNAUTHORIZED,
                    "Unauthorized",
                    "missing, unknown or revoked bearer token: send `Authorization: Bearer <token>` (the admin token is printed by `temper-host up`; agents get theirs from `temper-host token create`)",
                ));
            }
            Err(bad) => return Ok(bad.reply()),
        };
        if path == "/mcp" {
            return self.mcp_request(req, caller).await;
        }
        self.route_as(req, caller).await
    }

    /// Serves a request for a caller the host already authenticated: a client's, or one the
    /// MCP component sends the platform on its agent's behalf (in-process, no second token
    /// check). Cedar decides it like any other.
    pub(crate) async fn route_as(&self, req: Request<ReqBody>, caller: Caller) -> Result<Response<HyperOutgoingBody>> {
        let path = req.uri().path().to_string();
        let request_id = self.shared.next_request_id();
        crate::telemetry::http::record_request_id(&request_id);
        let base_url = base_url(&req);
        let segments: Vec<&str> = path.trim_start_matches('/').splitn(3, '/').collect();
        if let [tenant, "odata", ..] = segments.as_slice()
            && registry::valid_tenant(tenant)
        {
            return self.odata_request(req, caller, request_id, base_url, &path).await;
        }
        match routes::lookup(req.method().as_str(), &path) {
            routes::Lookup::Found(m) => api::dispatch(self, req, m, &caller, &request_id, &base_url).await,
            routes::Lookup::WrongMethod(allowed) => {
                let mut r = error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "MethodNotAllowed",
                    &format!("{} is not allowed on `{path}`; allowed: {}", req.method(), allowed.join(", ")),
                );
                if let Ok(v) = allowed.join(", ").parse() {
                    r.headers_mut().insert(hyper::header::ALLOW, v);
                }
                Ok(r)
            }
            routes::Lookup::NotFound => Ok(error(
                StatusCode::NOT_FOUND,
                "NotFound",
                &format!(
                    "no route for `{path}`: OData lives under `/{{tenant}}/odata/`, the platform API under `/api/` (tenants/{{t}}/specs|policies|decisions|trajectories|events, tokens)"
                ),
            )),
        }
    }

    /// Resolves the bearer token to a principal, and binds the `Temper-Session` header (if any)
    /// to it. Identity is never taken from other headers. `Ok(None)` is a 401.
    async fn authenticate(&self, headers: &hyper::HeaderMap) -> std::result::Result<Option<Caller>, respond::Bad> {
        let Some(token) = headers
            .get(hyper::header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
        else {
            return Ok(None);
        };
        let hash = token_hash(token);
        // Constant-time comparison of the hashes.
        let is_admin = hash.iter().zip(self.shared.admin_token_hash.iter()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        let (identity, token_id) = if is_admin {
            (Identity::admin(&self.shared.admin_id), None)
        } else {
            match self.shared.governance.tokens.resolve(token) {
                Some((id, identity)) => (identity, Some(id)),
                None => return Ok(None),
            }
        };
        let session = match headers.get("temper-session") {
            None => None,
            Some(v) => {
                let s = v.to_str().unwrap_or("").to_string();
                if let Err(why) = self.shared.governance.bind_session(&self.shared.store, &s, &identity).await {
                    return Err(respond::Bad(StatusCode::BAD_REQUEST, "InvalidSession", why));
                }
                Some(s)
            }
        };
        Ok(Some(Caller { identity, token_id, session }))
    }
}

/// `http://<Host header>` (the links in a remedy point back at the server the agent used).
fn base_url(req: &Request<ReqBody>) -> String {
    let host = req.headers().get(hyper::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("http://{host}")
}
