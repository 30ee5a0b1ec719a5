//! `/mcp`: streamable HTTP for agents. The host authenticates the caller, then hands the
//! request to an MCP component instance whose outgoing requests come back into this
//! server's router as that caller (see [`crate::mcp::hooks`]). Everything MCP — JSON-RPC,
//! protocol revisions, tools, resources — is the component's.

use super::respond::error;
use super::{ReqBody, Server};
use crate::governance::Caller;
use crate::mcp::hooks::Target;
use crate::mcp::{HttpRequest, HttpResponse};
use anyhow::Result;
use hyper::{Request, Response, StatusCode};
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// The MCP component's own limit on a request body (`transport::MAX_BODY` in the guest).
const MCP_MAX_BODY: usize = 4 << 20;

/// Request headers the component never sees: the agent's credentials, and framing (the
/// component gets the body whole).
const WITHHELD: [hyper::header::HeaderName; 7] = [
    hyper::header::AUTHORIZATION,
    hyper::header::PROXY_AUTHORIZATION,
    hyper::header::COOKIE,
    hyper::header::CONTENT_LENGTH,
    hyper::header::TRANSFER_ENCODING,
    hyper::header::CONNECTION,
    hyper::header::TE,
];

/// A warm MCP instance and its store.
pub(super) type Warm = (wasmtime::Store<crate::mcp::McpState>, crate::mcp::McpComponent);

impl Server {
    pub(super) async fn mcp_request(
        &self,
        req: Request<ReqBody>,
        caller: Caller,
    ) -> Result<Response<HyperOutgoingBody>> {
        let (Some(pre), Some(me)) = (self.mcp.clone(), self.shared_self()) else {
            return Ok(error(
                StatusCode::SERVICE_UNAVAILABLE,
                "McpUnavailable",
                "this server runs without the MCP component: build it (`cargo xtask components`) and restart `temper-host up`",
            ));
        };
        let host = req.headers().get(hyper::header::HOST).cloned();
        // Read whole first: the component gets the request as one value.
        let (parts, body) = req.into_parts();
        let bytes = match super::respond::read_whole(body, MCP_MAX_BODY, "MCP request bodies").await {
            Ok(b) => b,
            Err(bad) => return Ok(bad.reply()),
        };
        let request = endpoint_request(&parts, bytes.to_vec());
        let target = Target::InProcess { server: me, caller, host };
        let warm = self.mcp_idle.lock().ok().and_then(|mut idle| idle.pop());
        let (mut store, instance) = match warm {
            Some((mut store, instance)) => {
                store.data_mut().hooks.target = target;
                (store, Some(instance))
            }
            None => (crate::mcp::http_store(&self.engine, target), None),
        };
        let idle = self.mcp_idle.clone();
        // The component call's span, entered around the call: the platform requests the
        // component makes in-process nest under it.
        let span = tracing::info_span!(
            "mcp.component",
            otel.name = "mcp.handle",
            otel.status_code = tracing::field::Empty,
            temper.instance = if instance.is_some() { "warm" } else { "new" },
            http.response.status_code = tracing::field::Empty,
        );
        let in_task = span.clone();
        let started = std::time::Instant::now();
        // Synchronous and inline, like the OData component (`inline::run`): its platform calls
        // are served right there, on the same thread.
        let ran = super::inline::run(move || {
            let _entered = in_task.enter();
            let instance = match instance {
                Some(i) => i,
                None => pre.instantiate(&mut store)?,
            };
            let r = instance.temper_kernel_endpoint().call_handle(&mut store, &request);
            // Only an instance that returned normally is reused (and it forgets its caller).
            if r.is_ok()
                && let Ok(mut idle) = idle.lock()
                && idle.len() < super::MAX_IDLE
            {
                store.data_mut().hooks.target = crate::mcp::hooks::Target::Detached;
                idle.push((store, instance));
            }
            r
        })
        .await;
        let metrics = crate::telemetry::metrics::metrics();
        let why = match ran {
            Ok(Ok(answer)) => match reply(answer) {
                Ok(resp) => {
                    span.record("http.response.status_code", resp.status().as_u16());
                    metrics.component_call("mcp", true, started.elapsed());
                    return Ok(resp);
                }
                Err(e) => format!("the MCP component's answer is not HTTP: {e}"),
            },
            Ok(Err(e)) => format!("the MCP component trapped: {e:#}"),
            Err(e) => format!("the MCP task failed: {e}"),
        };
        span.record("otel.status_code", "ERROR");
        tracing::error!(parent: &span, error = %why, "the MCP component failed");
        metrics.component_call("mcp", false, started.elapsed());
        Ok(error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &why))
    }
}

/// The request as the component gets it: method, headers but the agent's credentials (the
/// component acts through the platform as the agent, never with its token) and framing, the
/// body.
fn endpoint_request(parts: &hyper::http::request::Parts, body: Vec<u8>) -> HttpRequest {
    HttpRequest {
        method: parts.method.as_str().to_string(),
        headers: parts
            .headers
            .iter()
            .filter(|(k, _)| !WITHHELD.contains(k))
            .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect(),
        body,
    }
}

/// The component's answer as hyper's.
fn reply(answer: HttpResponse) -> std::result::Result<Response<HyperOutgoingBody>, hyper::http::Error> {
    let mut resp = Response::builder().status(answer.status);
    for (k, v) in &answer.headers {
        resp = resp.header(k.as_str(), v.as_str());
    }
    resp.body(super::respond::body(answer.body))
}

/// On a loopback server, a `Host` or `Origin` naming anything but localhost, 127.0.0.1 or
/// [::1] (a page whose DNS name was rebound to this machine): what is wrong, in words.
pub(super) fn foreign_origin(headers: &hyper::HeaderMap) -> Option<String> {
    let loopback = |authority: &str| {
        let host = match authority.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(""),
            None => authority.split(':').next().unwrap_or(""),
        };
        matches!(host.to_ascii_lowercase().as_str(), "localhost" | "127.0.0.1" | "::1")
    };
    if let Some(h) = headers.get(hyper::header::HOST)
        && !loopback(h.to_str().unwrap_or(""))
    {
        return Some(format!("Host `{}` is not a loopback name", h.to_str().unwrap_or("?")));
    }
    let origin = headers.get(hyper::header::ORIGIN)?.to_str().unwrap_or("");
    let authority = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    (origin != "null" && !loopback(authority)).then(|| format!("Origin `{origin}` is not a loopback origin"))
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_component_never_sees_the_agents_credentials_or_framing() {
        let req = Request::post("/mcp")
            .header("Authorization", "Bearer tmp_secret")
            .header("Cookie", "session=abc")
            .header("Proxy-Authorization", "Basic eA==")
            .header("Mcp-Method", "tools/call")
            .header("Content-Length", "2")
            .header("Content-Type", "application/json")
            .body(())
            .expect("a request");
        let (parts, ()) = req.into_parts();
        let r = endpoint_request(&parts, b"{}".to_vec());
        let names: Vec<&str> = r.headers.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["mcp-method", "content-type"]);
        assert!(!r.headers.iter().any(|(_, v)| v.contains("secret") || v.contains("abc")));
        assert_eq!((r.method.as_str(), r.body.as_slice()), ("POST", b"{}".as_slice()));
    }

    #[test]
    fn an_answer_becomes_the_http_response() {
        let answer = HttpResponse {
            status: 202,
            headers: vec![("content-type".into(), "application/json".into())],
            body: b"{}".to_vec(),
        };
        let r = reply(answer).expect("a response");
        assert_eq!(r.status(), StatusCode::ACCEPTED);
        assert_eq!(r.headers()["content-type"], "application/json");
        let bad = HttpResponse { status: 99, headers: vec![], body: vec![] };
        assert!(reply(bad).is_err(), "a status below 100 is not HTTP");
    }
}
