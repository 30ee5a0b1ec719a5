//! The integration runtime end to end: the real payments and testkit components (built by
//! `cargo xtask components`), a real Cedar `Authorizer`, and a real HTTP server on 127.0.0.1.
//! Payments succeed and fail as the server answers, only when a tenant policy names the host;
//! hostile modules (infinite loop, memory hog, panic, huge response) are stopped by their budget
//! and the next call on the same runtime still works; secret values never leak.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Bytes, Frame, Incoming};
use serde_json::{Value as Json, json};
use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use temper_host::authz::{Authorizer, AuthzRequest, AuthzResponse};
use temper_host::integrations::{Budgets, Failure, IntegrationEnv, Integrations, Invocation, Outcome};

const TENANT: &str = "acme";
const SECRET: &str = "sk_live_TOP_SECRET_4242";

struct Env {
    authz: Authorizer,
    secrets: HashMap<String, String>,
}

impl IntegrationEnv for Env {
    fn authorize(&self, req: &AuthzRequest) -> AuthzResponse {
        self.authz.authorize(req)
    }
    fn secret(&self, tenant: &str, name: &str) -> Option<String> {
        (tenant == TENANT).then(|| self.secrets.get(name).cloned()).flatten()
    }
    fn http_allowlisted(&self, req: &AuthzRequest) -> bool {
        self.authz.http_allowlisted(req)
    }
}

fn env(policies: &[&str]) -> Arc<Env> {
    let authz = Authorizer::new();
    let set: Vec<(String, String)> =
        policies.iter().enumerate().map(|(i, p)| (format!("p{i}"), (*p).to_string())).collect();
    authz.set_policies(TENANT, &set).unwrap();
    Arc::new(Env { authz, secrets: HashMap::from([("api_key".to_string(), SECRET.to_string())]) })
}

const PAYMENTS_TO_LOOPBACK: &str = r#"permit(principal == Integration::"payments", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#;
const TESTKIT_TO_LOOPBACK: &str = r#"permit(principal == Integration::"testkit", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#;
const TESTKIT_READS_API_KEY: &str =
    r#"permit(principal == Integration::"testkit", action == Action::"read_secret", resource == Secret::"api_key");"#;
const PAYMENTS_READS_API_KEY: &str =
    r#"permit(principal == Integration::"payments", action == Action::"read_secret", resource == Secret::"api_key");"#;

fn component(name: &str) -> Vec<u8> {
    let path = temper_host::runtime::engine::locate_component(&format!("integrations/{name}"), None).unwrap();
    std::fs::read(path).unwrap()
}

fn runtime() -> Arc<Integrations> {
    let cache = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("integration-cache");
    let rt = Integrations::new(Some(cache)).unwrap();
    rt.install(TENANT, "testkit", &component("testkit"), Budgets::default()).unwrap();
    rt.install(TENANT, "payments", &component("payments"), Budgets::default()).unwrap();
    Arc::new(rt)
}

fn invocation(module: &str, config: &[(&str, &str)]) -> Invocation {
    Invocation {
        tenant: TENANT.into(),
        module: module.into(),
        trigger: "charge".into(),
        entity_type: "Order".into(),
        entity_id: "o-17".into(),
        action: "Checkout".into(),
        status: "PaymentPending".into(),
        params: json!({ "note": "hi" }),
        fields: json!({ "total_cents": 4200, "currency": "eur" }),
        config: config.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect::<BTreeMap<_, _>>(),
        principal: r#"Agent::"bot-1""#.into(),
        idempotency_key: "evt-o-17-3".into(),
    }
}

async fn invoke(rt: &Arc<Integrations>, env: &Arc<Env>, inv: Invocation) -> Result<Outcome, Failure> {
    let (rt, env) = (Arc::clone(rt), Arc::clone(env));
    tokio::task::spawn_blocking(move || rt.invoke(&inv, env.as_ref())).await.unwrap()
}

/// After any hostile call, a plain call on the same runtime still answers.
async fn echo_still_works(rt: &Arc<Integrations>, env: &Arc<Env>) {
    let out = invoke(rt, env, invocation("testkit", &[("mode", "echo"), ("k", "v")])).await.unwrap();
    assert_eq!(out.params, json!({ "note": "hi", "mode": "echo", "k": "v" }));
}

// ---- the test server ------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Seen {
    path: String,
    idempotency_key: Option<String>,
    authorization: Option<String>,
    body: String,
}

struct Server {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn seen(&self, path: &str) -> Vec<Seen> {
        self.seen.lock().unwrap().iter().filter(|s| s.path == path).cloned().collect()
    }
}

/// 10 MiB in 64 KiB chunks, without a `Content-Length`.
struct Chunks(usize);

impl Body for Chunks {
    type Data = Bytes;
    type Error = Infallible;
    fn poll_frame(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        Poll::Ready(Some(Ok(Frame::data(Bytes::from(vec![b'x'; 64 << 10])))))
    }
}

type Reply = hyper::Response<http_body_util::combinators::BoxBody<Bytes, Infallible>>;

async fn answer(req: hyper::Request<Incoming>, seen: Arc<Mutex<Vec<Seen>>>) -> Result<Reply, Infallible> {
    let path = req.uri().path().to_string();
    let header = |n: &str| req.headers().get(n).map(|v| v.to_str().unwrap_or_default().to_string());
    let (idempotency_key, authorization) = (header("idempotency-key"), header("authorization"));
    let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    if path == "/slow" {
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    }
    seen.lock().unwrap().push(Seen {
        path: path.clone(),
        idempotency_key,
        authorization,
        body: String::from_utf8_lossy(&body).into(),
    });
    let full = |status: u16, text: Vec<u8>| {
        hyper::Response::builder().status(status).body(Full::new(Bytes::from(text)).boxed()).unwrap()
    };
    Ok(match path.as_str() {
        p if p.starts_with("/ok") => full(200, br#"{"id":"ch_1","object":"charge"}"#.to_vec()),
        p if p.starts_with("/decline") => full(402, br#"{"error":"card_declined"}"#.to_vec()),
        "/big" => full(200, vec![b'x'; 10 << 20]),
        "/big-chunked" => hyper::Response::builder().body(Chunks(160).boxed()).unwrap(),
        _ => full(200, b"hello".to_vec()),
    })
}

async fn server() -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let log = Arc::clone(&log);
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| answer(req, Arc::clone(&log)));
                let io = hyper_util::rt::TokioIo::new(stream);
                drop(hyper::server::conn::http1::Builder::new().serve_connection(io, service).await);
            });
        }
    });
    Server { base, seen }
}

// ---- payments -------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn payments_charge_succeeds_with_the_idempotency_key_and_amount() {
    let (rt, srv) = (runtime(), server().await);
    let env = env(&[PAYMENTS_TO_LOOPBACK, PAYMENTS_READS_API_KEY]);
    let endpoint = format!("{}/ok/v1/charges", srv.base);
    let cfg = [("operation", "charge"), ("currency", "eur"), ("endpoint", &endpoint), ("api_key_secret", "api_key")];
    let out = invoke(&rt, &env, invocation("payments", &cfg)).await.unwrap();
    assert_eq!(out.params, json!({ "payment_id": "ch_1" }));
    let seen = srv.seen("/ok/v1/charges");
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].idempotency_key.as_deref(), Some("evt-o-17-3"));
    assert_eq!(seen[0].authorization.as_deref(), Some(format!("Bearer {SECRET}").as_str()));
    let sent: Json = serde_json::from_str(&seen[0].body).unwrap();
    assert_eq!(
        sent,
        json!({"operation": "charge", "amount_cents": 4200, "currency": "eur", "order_id": "o-17", "idempotency_key": "evt-o-17-3"})
    );
    // The trajectory record: method, host, status, decision — no headers, bodies or secrets.
    assert_eq!(out.http.len(), 1);
    let call = &out.http[0];
    assert_eq!((call.method.as_str(), call.host.as_str(), call.status), ("POST", "127.0.0.1", Some(200)));
    let decision = call.decision.as_ref().unwrap();
    assert!(decision.allowed && decision.allowlisted, "{decision:?}");
    assert_eq!(decision.policies, ["p0"]);
    assert!(!serde_json::to_string(&out).unwrap().contains(SECRET));
}

#[tokio::test(flavor = "multi_thread")]
async fn payments_decline_is_a_module_failure_with_the_status() {
    let (rt, srv) = (runtime(), server().await);
    let env = env(&[PAYMENTS_TO_LOOPBACK]);
    let endpoint = format!("{}/decline/v1/charges", srv.base);
    let cfg = [("operation", "charge"), ("currency", "eur"), ("endpoint", &endpoint)];
    let err = invoke(&rt, &env, invocation("payments", &cfg)).await.unwrap_err();
    let Failure::Module(text) = &err else { panic!("expected a module failure, got {err:?}") };
    assert!(text.starts_with("payment declined: 402"), "{text}");
    assert!(text.contains("card_declined"), "{text}");
    assert_eq!(srv.seen("/decline/v1/charges").len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn payments_to_a_private_host_are_denied_without_a_policy_naming_it() {
    let (rt, srv) = (runtime(), server().await);
    let endpoint = format!("{}/ok/denied", srv.base);
    let cfg = [("operation", "charge"), ("currency", "eur"), ("endpoint", endpoint.as_str())];
    // No policy at all, and a broad permit that does not name the host: both hit the guardrail.
    let broad = r#"permit(principal == Integration::"payments", action == Action::"http_call", resource);"#;
    for env in [env(&[]), env(&[broad])] {
        let err = invoke(&rt, &env, invocation("payments", &cfg)).await.unwrap_err();
        let Failure::HttpDenied { host, policies } = &err else { panic!("expected a denial, got {err:?}") };
        assert_eq!(host, "127.0.0.1");
        assert!(policies.contains(&"guardrail:http-private-destination".to_string()), "{policies:?}");
        assert!(err.to_string().contains("guardrail:http-private-destination"), "{err}");
    }
    assert!(srv.seen("/ok/denied").is_empty(), "the server saw a denied request");
}

#[tokio::test(flavor = "multi_thread")]
async fn payments_transport_error_names_the_reason() {
    let rt = runtime();
    let env = env(&[PAYMENTS_TO_LOOPBACK]);
    // A port nothing listens on (bound, then released).
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let endpoint = format!("http://127.0.0.1:{port}/v1/charges");
    let cfg = [("operation", "refund"), ("currency", "eur"), ("endpoint", endpoint.as_str())];
    let err = invoke(&rt, &env, invocation("payments", &cfg)).await.unwrap_err();
    assert!(
        matches!(&err, Failure::Transport { host, reason } if host == "127.0.0.1" && reason.contains("connect")),
        "{err:?}"
    );
}

// ---- hostile modules ------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn an_infinite_loop_is_stopped_by_fuel_or_wall_time() {
    let (rt, env) = (runtime(), env(&[]));
    let fuel = Budgets { fuel: 20_000_000, ..Budgets::default() };
    rt.install(TENANT, "spin-fuel", &component("testkit"), fuel).unwrap();
    let wall = Budgets { fuel: 1_000_000_000_000, wall_ms: 200, ..Budgets::default() };
    rt.install(TENANT, "spin-wall", &component("testkit"), wall).unwrap();

    let err = invoke(&rt, &env, invocation("spin-fuel", &[("mode", "loop")])).await.unwrap_err();
    assert_eq!(err, Failure::OutOfFuel { fuel: 20_000_000 });
    assert_eq!(err.to_string(), "module ran out of fuel (budget 20000000)");
    echo_still_works(&rt, &env).await;

    let started = std::time::Instant::now();
    let err = invoke(&rt, &env, invocation("spin-wall", &[("mode", "loop")])).await.unwrap_err();
    assert_eq!(err, Failure::WallTime { ms: 200 });
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    echo_still_works(&rt, &env).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_module_blocked_in_the_host_is_abandoned_at_its_wall_time() {
    let (rt, env) = (runtime(), env(&[]));
    rt.install(TENANT, "sleeper", &component("testkit"), Budgets { wall_ms: 200, ..Budgets::default() }).unwrap();
    let started = std::time::Instant::now();
    let err = invoke(&rt, &env, invocation("sleeper", &[("mode", "sleep")])).await.unwrap_err();
    assert_eq!(err, Failure::WallTime { ms: 200 });
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "{:?}", started.elapsed());
    echo_still_works(&rt, &env).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_memory_hog_hits_the_memory_budget() {
    let (rt, env) = (runtime(), env(&[]));
    rt.install(TENANT, "hog", &component("testkit"), Budgets { memory_bytes: 8 << 20, ..Budgets::default() }).unwrap();
    let err = invoke(&rt, &env, invocation("hog", &[("mode", "memory")])).await.unwrap_err();
    assert_eq!(err, Failure::Memory { bytes: 8 << 20 });
    assert!(err.to_string().contains("memory budget (8388608 bytes)"), "{err}");
    echo_still_works(&rt, &env).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_panic_is_a_trap() {
    let (rt, env) = (runtime(), env(&[]));
    let err = invoke(&rt, &env, invocation("testkit", &[("mode", "panic")])).await.unwrap_err();
    let Failure::Trap(text) = &err else { panic!("expected a trap, got {err:?}") };
    assert!(text.contains("unreachable"), "{text}");
    assert!(text.contains("(in func[") || text.contains(" ← "), "a backtrace summary: {text}");
    echo_still_works(&rt, &env).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_huge_response_is_cut_at_the_limit() {
    let (rt, srv) = (runtime(), server().await);
    let env = env(&[TESTKIT_TO_LOOPBACK]);
    for path in ["/big", "/big-chunked"] {
        let url = format!("{}{path}", srv.base);
        let err = invoke(&rt, &env, invocation("testkit", &[("mode", "fetch"), ("url", &url)])).await.unwrap_err();
        assert_eq!(err, Failure::ResponseTooLarge { host: "127.0.0.1".into(), limit: 1 << 20 }, "{path}");
        echo_still_works(&rt, &env).await;
    }
    // A module that swallows the failure succeeds, and its trajectory says what happened.
    let url = format!("{}/big-chunked", srv.base);
    let cfg = [("mode", "fetch"), ("url", url.as_str()), ("on_error", "outcome")];
    let out = invoke(&rt, &env, invocation("testkit", &cfg)).await.unwrap();
    assert_eq!(out.http.len(), 1);
    assert_eq!(out.http[0].status, Some(200));
    let error = out.http[0].error.as_deref().unwrap_or_default();
    assert!(error.contains("larger than the module's limit of 1048576 bytes"), "{error}");
    // A small answer passes.
    let url = format!("{}/small", srv.base);
    let out = invoke(&rt, &env, invocation("testkit", &[("mode", "fetch"), ("url", &url)])).await.unwrap();
    assert_eq!(out.params, json!({ "status": 200, "body_len": 5 }));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_server_times_out_within_the_wall_time() {
    let (rt, srv) = (runtime(), server().await);
    // The principal is the installed module's name, not its component's.
    let env = env(&[&TESTKIT_TO_LOOPBACK.replace("testkit", "impatient")]);
    rt.install(TENANT, "impatient", &component("testkit"), Budgets { wall_ms: 300, ..Budgets::default() }).unwrap();
    let url = format!("{}/slow", srv.base);
    let started = std::time::Instant::now();
    let err = invoke(&rt, &env, invocation("impatient", &[("mode", "fetch"), ("url", &url)])).await.unwrap_err();
    assert_eq!(err, Failure::Timeout { host: "127.0.0.1".into() });
    assert!(started.elapsed() < std::time::Duration::from_millis(1500), "{:?}", started.elapsed());
    echo_still_works(&rt, &env).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn https_is_tls_never_clear_text() {
    let (rt, srv) = (runtime(), server().await);
    let env = env(&[TESTKIT_TO_LOOPBACK]);
    // The test server speaks plain HTTP: the TLS handshake fails, nothing is sent in the clear.
    let url = format!("{}/tls", srv.base.replace("http://", "https://"));
    let err = invoke(&rt, &env, invocation("testkit", &[("mode", "fetch"), ("url", &url)])).await.unwrap_err();
    assert!(matches!(&err, Failure::Transport { reason, .. } if reason.starts_with("TLS")), "{err:?}");
    assert!(srv.seen("/tls").is_empty());
}

// ---- secrets --------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn secrets_are_a_cedar_decision_and_never_leak() {
    let rt = runtime();
    let allowed = env(&[TESTKIT_READS_API_KEY]);
    let out = invoke(&rt, &allowed, invocation("testkit", &[("mode", "secret"), ("name", "api_key")])).await.unwrap();
    assert_eq!(out.params, json!({ "length": SECRET.len() }));
    assert!(!serde_json::to_string(&out).unwrap().contains(SECRET));

    let any_secret = r#"permit(principal == Integration::"testkit", action == Action::"read_secret", resource);"#;
    let cases =
        [(env(&[]), "api_key", "Denied"), (allowed, "missing", "Denied"), (env(&[any_secret]), "missing", "NotFound")];
    for (env, name, want) in cases {
        let err = invoke(&rt, &env, invocation("testkit", &[("mode", "secret"), ("name", name)])).await.unwrap_err();
        let text = err.to_string();
        assert!(matches!(&err, Failure::Module(t) if t.contains(want)), "{err:?}");
        assert!(!text.contains(SECRET) && !format!("{err:?}").contains(SECRET));
    }
}

// ---- installation ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread")]
async fn unknown_modules_and_ungranted_imports_are_refused() {
    let (rt, env) = (runtime(), env(&[]));
    let err = invoke(&rt, &env, invocation("mailer", &[])).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "integration module `mailer` is not installed for tenant `acme` (installed: payments, testkit)"
    );
    // The OData component imports storage: not in the integration-module world.
    let odata = std::fs::read(temper_host::runtime::engine::locate_component("odata", None).unwrap()).unwrap();
    let e = rt.install(TENANT, "odata", &odata, Budgets::default()).unwrap_err();
    assert!(format!("{e:#}").contains("integration-module world"), "{e:#}");
    assert_eq!(rt.installed(TENANT), ["payments", "testkit"]);
    assert!(rt.installed("other").is_empty());
    // Bad budgets are refused with their range.
    let e = rt.install(TENANT, "x", &component("testkit"), Budgets { wall_ms: 0, ..Budgets::default() }).unwrap_err();
    assert!(e.to_string().contains("timeout_ms"), "{e}");
}
