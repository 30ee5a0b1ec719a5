//! Where the MCP component's platform requests go (`temper:kernel/platform.send`). The
//! component addresses the platform API by path (`/api/...`, `/{tenant}/odata/...`); each
//! request goes either into the server's own router as the agent behind `/mcp` (no network,
//! no second token check; Cedar decides as for any call), served on the component's own
//! thread, or over HTTP to the server `temper-host mcp --url` names, with its `--token`.
//! Nothing else is reachable: the component imports no `wasi:http/outgoing-handler`, and the
//! `wasi:http` hooks below refuse any outbound request all the same.

use crate::governance::Caller;
use crate::server::{ReqBody, Server};
use http_body_util::BodyExt;
use std::sync::Arc;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody};

type IoFuture = Box<dyn Future<Output = Result<(), HttpError>> + Send>;
type SendFuture = Box<dyn Future<Output = Result<(hyper::Response<WasiBody>, IoFuture), HttpError>> + Send>;

/// The platform the component talks to.
#[derive(Clone)]
pub enum Target {
    /// This server, as `caller`; `host` is the `Host` the agent used for `/mcp`, so links in
    /// answers (`@odata.nextLink`, remedies) point where the agent can follow them.
    InProcess { server: Arc<Server>, caller: Caller, host: Option<hyper::header::HeaderValue> },
    /// A server over HTTP: its base URL (`http://host:port`) and the agent's bearer token.
    Remote { base: hyper::Uri, token: String },
    /// An idle instance between requests: it acts for no one, so nothing goes out.
    Detached,
}

pub struct Hooks {
    pub target: Target,
}

/// A platform request as the component sent it.
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The platform's whole answer.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Hooks {
    /// Sends one platform request and waits for the whole answer. Runs on the component's
    /// thread (never a runtime worker's): in process, the router and the OData component serve
    /// it right here. `Err` is a transport failure in words.
    pub fn send(&self, req: Request) -> Result<Response, String> {
        let span = tracing::info_span!(
            "mcp.platform",
            http.request.method = %req.method,
            url.path = req.path.split('?').next().unwrap_or(""),
        );
        let _entered = span.enter();
        let rt = tokio::runtime::Handle::try_current()
            .map_err(|_| "no async runtime to reach the platform on".to_string())?;
        let request = build(req)?;
        match &self.target {
            Target::InProcess { server, caller, host } => {
                rt.block_on(in_process(server, request, caller.clone(), host.clone()))
            }
            Target::Remote { base, token } => rt.block_on(remote(base, token, request)),
            Target::Detached => Err("this MCP instance serves no caller".to_string()),
        }
    }
}

impl wasmtime_wasi_http::WasiHttpHooks for Hooks {
    /// The component reaches the platform through `temper:kernel/platform`; it has no business
    /// calling out over `wasi:http`.
    fn send_request(
        &mut self,
        _request: hyper::Request<WasiBody>,
        _options: Option<RequestOptions>,
        _fut: IoFuture,
    ) -> SendFuture {
        Box::new(async { Err(HttpError::HttpRequestDenied) })
    }

    /// The response body is buffered whole: the guest runs inline with the request's task and
    /// must never wait for hyper to read (see [`crate::server::inline`]).
    fn p2_outgoing_body_buffer_chunks(&mut self) -> usize {
        crate::server::inline::BODY_BUFFER_CHUNKS
    }
}

/// The component's request as hyper's: a path and query (scheme and authority are not the
/// component's to choose), its headers but any `authorization` or `host`, its body.
fn build(req: Request) -> Result<hyper::Request<ReqBody>, String> {
    if !req.path.starts_with('/') {
        return Err(format!("`{}` is not a platform path: give a path such as `/api/capabilities`", req.path));
    }
    let uri =
        hyper::Uri::try_from(req.path.as_str()).map_err(|e| format!("`{}` is not a valid path: {e}", req.path))?;
    let method = hyper::Method::from_bytes(req.method.as_bytes())
        .map_err(|_| format!("`{}` is not an HTTP method", req.method))?;
    let body = http_body_util::Full::new(hyper::body::Bytes::from(req.body))
        .map_err(|never: std::convert::Infallible| -> HttpError { match never {} })
        .boxed_unsync();
    let mut request = hyper::Request::builder().method(method).uri(uri);
    for (k, v) in &req.headers {
        // Credentials the component might set mean nothing: the host acts as the agent.
        if k.eq_ignore_ascii_case("authorization") || k.eq_ignore_ascii_case("host") {
            continue;
        }
        request = request.header(k.as_str(), v.as_str());
    }
    request.body(body).map_err(|e| format!("the request is malformed: {e}"))
}

/// The answer, read whole (so its framing headers, which would mean nothing to the
/// component, are left out).
async fn whole<B>(response: hyper::Response<B>) -> Result<Response, String>
where
    B: hyper::body::Body<Data = hyper::body::Bytes>,
    B::Error: std::fmt::Debug,
{
    let (parts, body) = response.into_parts();
    let body = body.collect().await.map_err(|e| format!("reading the platform's answer: {e:?}"))?.to_bytes();
    let framing = [hyper::header::CONTENT_LENGTH, hyper::header::TRANSFER_ENCODING, hyper::header::CONNECTION];
    let headers = parts
        .headers
        .iter()
        .filter(|(k, _)| !framing.contains(k))
        .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    Ok(Response { status: parts.status.as_u16(), headers, body: body.to_vec() })
}

async fn in_process(
    server: &Server,
    mut request: hyper::Request<ReqBody>,
    caller: Caller,
    host: Option<hyper::header::HeaderValue>,
) -> Result<Response, String> {
    if let Some(h) = host {
        request.headers_mut().insert(hyper::header::HOST, h);
    }
    let response = server.route_as(request, caller).await.map_err(|e| format!("{e:#}"))?;
    whole(response).await
}

async fn remote(base: &hyper::Uri, token: &str, mut request: hyper::Request<ReqBody>) -> Result<Response, String> {
    let unreachable = |e: &dyn std::fmt::Display| format!("the platform at {base} is unreachable: {e}");
    let host = base.host().ok_or_else(|| format!("`{base}` names no host"))?.to_string();
    let port = base.port_u16().unwrap_or(80);
    let authority = base.authority().map_or(host.clone(), ToString::to_string);
    let headers = request.headers_mut();
    let bearer = format!("Bearer {token}").parse().map_err(|_| "the token is not a valid header value".to_string())?;
    headers.insert(hyper::header::AUTHORIZATION, bearer);
    headers.insert(hyper::header::HOST, authority.parse().map_err(|_| format!("`{authority}` is not a valid host"))?);
    let stream = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(|e| unreachable(&e))?;
    let _ = stream.set_nodelay(true);
    let (mut sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
        .await
        .map_err(|e| unreachable(&e))?;
    tokio::spawn(async move {
        drop(conn.await);
    });
    let response = sender.send_request(request).await.map_err(|e| unreachable(&e))?;
    whole(response).await
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn req(method: &str, path: &str, headers: &[(&str, &str)]) -> Request {
        Request {
            method: method.into(),
            path: path.into(),
            headers: headers.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect(),
            body: b"{}".to_vec(),
        }
    }

    #[test]
    fn a_platform_request_keeps_its_path_and_drops_credentials_and_host() {
        let r = build(req(
            "PATCH",
            "/tasks/odata/Tasks('t1')?$select=title",
            &[("Authorization", "Bearer x"), ("Host", "evil.example"), ("If-Match", "W/\"2\"")],
        ))
        .expect("a valid request");
        assert_eq!(r.method(), hyper::Method::PATCH);
        assert_eq!(r.uri().to_string(), "/tasks/odata/Tasks('t1')?$select=title");
        assert!(r.headers().get(hyper::header::AUTHORIZATION).is_none());
        assert!(r.headers().get(hyper::header::HOST).is_none());
        assert_eq!(r.headers()["if-match"], "W/\"2\"");
    }

    #[test]
    fn a_bad_platform_request_is_refused_in_words() {
        let e = build(req("GET", "http://elsewhere/api", &[])).expect_err("not a path");
        assert!(e.contains("is not a platform path"), "{e}");
        let e = build(req("GE T", "/api/capabilities", &[])).expect_err("not a method");
        assert!(e.contains("is not an HTTP method"), "{e}");
        let e = build(req("GET", "/api/a b", &[])).expect_err("not a path");
        assert!(e.contains("is not a valid path"), "{e}");
    }

    #[test]
    fn an_answer_arrives_whole_without_its_framing_headers() {
        let rt = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let answer = hyper::Response::builder()
            .status(200)
            .header("Content-Length", "7")
            .header("ETag", "W/\"3\"")
            .header("Content-Type", "application/json")
            .body(http_body_util::Full::new(hyper::body::Bytes::from_static(b"{\"a\":1}")))
            .expect("a response");
        let r = rt.block_on(whole(answer)).expect("read whole");
        let names: Vec<&str> = r.headers.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["etag", "content-type"]);
        assert_eq!((r.status, r.body.as_slice()), (200, b"{\"a\":1}".as_slice()));
    }

    #[test]
    fn a_detached_instance_sends_nothing() {
        let rt = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        let _g = rt.enter();
        let hooks = Hooks { target: Target::Detached };
        let e = hooks.send(req("GET", "/api/capabilities", &[])).err().expect("refused");
        assert!(e.contains("serves no caller"), "{e}");
    }
}
