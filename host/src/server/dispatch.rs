//! Kernel dispatches. Everything an action causes after its commit — integration callbacks,
//! reactions, timers, schedules, spawned children — is a request the kernel makes through the
//! same OData component, interpreter and Cedar as an agent's, with a principal the host
//! chooses, an `Idempotency-Key` derived from the source event, and the cascade's [`Origin`].
//! The host stamps every commit with who acted and where the cascade stands ([`stamp`]), so the
//! drainer can continue it after a restart from the outbox alone.

use super::Server;
use super::odata::RequestFacts;
use crate::governance::Caller;
use crate::governance::identity::Identity;
use crate::storage::CommitRequest;
use anyhow::{Context, Result};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request, Response, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// Where a request stands in a cascade.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// `request` (an agent's), `integration`, `reaction`, `timer`, `schedule` or `spawn`.
    pub kind: String,
    /// Post-commit steps between the agent's request and this dispatch.
    pub depth: u32,
    /// `Type('id').Action` of each dispatch before this one, oldest first.
    pub chain: Vec<String>,
    /// Shared by every event of one agent request and its whole cascade.
    pub correlation: String,
    /// The outbox key that caused this dispatch (empty for an agent's request).
    pub cause: String,
}

impl Origin {
    pub fn request(request_id: &str) -> Self {
        Self { kind: "request".into(), correlation: request_id.to_string(), ..Self::default() }
    }
}

/// Who acted and where the cascade stands, journaled with each outbox item as `cause`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cause {
    pub identity: Identity,
    #[serde(default)]
    pub session: Option<String>,
    /// The origin of the work this item causes: the committing dispatch is the last link.
    pub origin: Origin,
}

/// `?await_integration=true` (or a bare `?await_integration`).
pub fn awaits_integration(query: Option<&str>) -> bool {
    query.is_some_and(|q| q.split('&').any(|p| p == "await_integration=true" || p == "await_integration"))
}

/// Adds the host's facts to a commit the OData component asked for: the cascade's
/// correlation and cause on every event, and the [`Cause`] on every outbox item. Records the
/// keys of wasm integrations, which `?await_integration=true` waits for.
pub fn stamp(c: &mut CommitRequest, f: &RequestFacts) {
    let o = &f.origin;
    for e in &mut c.events {
        if !o.correlation.is_empty() {
            e.meta.correlation_id = o.correlation.clone();
        }
        e.meta.causation_id = o.cause.clone();
    }
    if c.outbox.is_empty() {
        return;
    }
    let label = c.events.last().map(|e| {
        let what = serde_json::from_str::<Json>(&e.payload)
            .ok()
            .and_then(|p| p.get("action").and_then(Json::as_str).map(str::to_string))
            .unwrap_or_else(|| e.kind.clone());
        format!("{}('{}').{what}", c.stream.entity_type, c.stream.entity_id)
    });
    let mut chain = o.chain.clone();
    chain.extend(label);
    let cause = Cause {
        identity: f.caller.identity.clone(),
        session: f.caller.session.clone(),
        origin: Origin { chain, ..o.clone() },
    };
    let cause = serde_json::to_value(&cause).unwrap_or(Json::Null);
    let mut awaited = Vec::new();
    for item in &mut c.outbox {
        let Ok(Json::Object(mut p)) = serde_json::from_str::<Json>(&item.payload) else { continue };
        if p.get("output").and_then(|o| o.get("kind")).and_then(Json::as_str) == Some("wasm") {
            awaited.push(item.idempotency_key.clone());
        }
        p.insert("cause".into(), cause.clone());
        item.payload = Json::Object(p).to_string();
    }
    super::trace::lock(&f.trace).awaited.extend(awaited);
}

/// One kernel request.
pub struct Dispatch {
    pub tenant: String,
    pub method: Method,
    /// The OData path after `/{tenant}/odata/`, e.g. `Orders('o1')/Orders.Ship`.
    pub path: String,
    pub body: Option<Json>,
    pub caller: Caller,
    pub idempotency_key: Option<String>,
    pub origin: Origin,
}

/// The component's answer to a kernel request.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Json,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The OData error's message, or the status.
    pub fn error(&self) -> String {
        self.body
            .pointer("/error/message")
            .and_then(Json::as_str)
            .map_or_else(|| format!("HTTP {}", self.status), str::to_string)
    }

    pub fn code(&self) -> Option<&str> {
        self.body.pointer("/error/code").and_then(Json::as_str)
    }
}

/// The body of a response, read to the end.
pub async fn read_body(resp: Response<HyperOutgoingBody>) -> Result<(StatusCode, Bytes)> {
    let status = resp.status();
    let bytes = resp.into_body().collect().await.map_err(|e| anyhow::anyhow!("reading a response body: {e:?}"))?;
    Ok((status, bytes.to_bytes()))
}

impl Server {
    /// Runs one kernel request through the OData component.
    pub async fn dispatch(&self, d: Dispatch) -> Result<Answer> {
        let request_id = self.shared.next_request_id();
        let mut b = Request::builder()
            .method(d.method)
            .uri(format!("/{}/odata/{}", d.tenant, d.path))
            .header(hyper::header::HOST, "kernel")
            .header(hyper::header::CONTENT_TYPE, "application/json");
        if let Some(k) = &d.idempotency_key {
            b = b.header("idempotency-key", k);
        }
        let params = d.body.as_ref().map(Json::to_string);
        let body = params.clone().map(Bytes::from).unwrap_or_default();
        let req = b.body(Full::new(body)).context("building a kernel request")?;
        let (resp, _) = self.odata(req, d.caller, request_id, "http://kernel".into(), d.origin, params).await?;
        let (status, bytes) = read_body(resp).await?;
        let body = if bytes.is_empty() { Json::Null } else { serde_json::from_slice(&bytes).unwrap_or(Json::Null) };
        Ok(Answer { status: status.as_u16(), body })
    }

    /// `?await_integration=true`: waits (at most 30 s) until the drainer has run the wasm
    /// integrations the action enqueued and their callbacks, then answers with the entity as
    /// it is now. If they do not finish in time, the action's own answer is returned with
    /// `Temper-Integration: pending`.
    pub(super) async fn after_integrations(
        &self,
        resp: Response<HyperOutgoingBody>,
        path: &str,
        caller: Caller,
        base_url: String,
        keys: Vec<String>,
    ) -> Result<Response<HyperOutgoingBody>> {
        let finished = self.shared.work.wait_done(&keys, std::time::Duration::from_secs(30)).await;
        // `/{tenant}/odata/Set('id')/Ns.Action` → `/{tenant}/odata/Set('id')`.
        let entity = path.rsplit_once('/').map_or(path, |(head, _)| head);
        if !finished {
            let mut resp = resp;
            resp.headers_mut().insert("temper-integration", hyper::header::HeaderValue::from_static("pending"));
            return Ok(resp);
        }
        let request_id = self.shared.next_request_id();
        let origin = Origin::request(&request_id);
        let req = Request::builder()
            .method(Method::GET)
            .uri(entity)
            .header(hyper::header::HOST, base_url.trim_start_matches("http://"))
            .body(Full::new(Bytes::new()))
            .context("building the read after the integrations")?;
        let (mut after, _) = self.odata(req, caller, request_id, base_url, origin, None).await?;
        after.headers_mut().insert("temper-integration", hyper::header::HeaderValue::from_static("done"));
        Ok(after)
    }
}

/// The principal a kernel dispatch runs as when the spec names none: `System::"<what>"`.
pub fn system(what: &str) -> Caller {
    Caller { identity: Identity::system(what), token_id: None, session: None }
}
