//! Where the MCP component's outgoing requests go. The component addresses the platform API
//! by path (`/api/...`, `/{tenant}/odata/...`); the hooks send each request either into the
//! server's own router as the agent behind `/mcp` (no network, no second token check; Cedar
//! decides as for any call) or over HTTP to the server `temper-host mcp --url` names, with its
//! `--token`. Nothing else is reachable.

use crate::governance::Caller;
use crate::server::Server;
use http_body_util::BodyExt;
use std::sync::Arc;
use tracing::Instrument;
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

impl wasmtime_wasi_http::WasiHttpHooks for Hooks {
    fn send_request(
        &mut self,
        request: hyper::Request<WasiBody>,
        _options: Option<RequestOptions>,
        _fut: IoFuture,
    ) -> SendFuture {
        let target = self.target.clone();
        // Made while the component's call is the current span (the future itself runs on the
        // runtime, where it would have no parent).
        let span = tracing::info_span!(
            "mcp.platform",
            otel.name = %format_args!("mcp.platform {}", request.method()),
            http.request.method = %request.method(),
            url.path = request.uri().path(),
        );
        Box::new(
            async move {
                let response = match target {
                    Target::InProcess { server, caller, host } => in_process(&server, request, caller, host).await?,
                    Target::Remote { base, token } => remote(&base, &token, request).await?,
                    Target::Detached => return Err(HttpError::HttpRequestDenied),
                };
                Ok((response, Box::new(async { Ok(()) }) as IoFuture))
            }
            .instrument(span),
        )
    }
}

/// The path and query of what the component asked for; its scheme and authority are ignored.
fn path_of(request: &hyper::Request<WasiBody>) -> Result<hyper::Uri, HttpError> {
    let pq = request.uri().path_and_query().map_or("/", |p| p.as_str());
    hyper::Uri::try_from(pq).map_err(|_| HttpError::HttpRequestUriInvalid)
}

async fn in_process(
    server: &Server,
    mut request: hyper::Request<WasiBody>,
    caller: Caller,
    host: Option<hyper::header::HeaderValue>,
) -> Result<hyper::Response<WasiBody>, HttpError> {
    *request.uri_mut() = path_of(&request)?;
    // Credentials the component might have set mean nothing here: the caller is the agent.
    request.headers_mut().remove(hyper::header::AUTHORIZATION);
    if let Some(h) = host {
        request.headers_mut().insert(hyper::header::HOST, h);
    }
    // A GET carries no body: route it without waiting for the guest to close an empty stream.
    if request.method() == hyper::Method::GET {
        *request.body_mut() = http_body_util::Empty::new().map_err(|never| match never {}).boxed_unsync();
    }
    server.route_as(request, caller).await.map_err(|e| HttpError::InternalError(Some(format!("{e:#}"))))
}

async fn remote(
    base: &hyper::Uri,
    token: &str,
    mut request: hyper::Request<WasiBody>,
) -> Result<hyper::Response<WasiBody>, HttpError> {
    let host = base.host().ok_or(HttpError::HttpRequestUriInvalid)?.to_string();
    let port = base.port_u16().unwrap_or(80);
    let authority = base.authority().map_or(host.clone(), ToString::to_string);
    *request.uri_mut() = path_of(&request)?;
    let headers = request.headers_mut();
    let bearer = format!("Bearer {token}").parse().map_err(|_| HttpError::HttpRequestDenied)?;
    headers.insert(hyper::header::AUTHORIZATION, bearer);
    headers.insert(hyper::header::HOST, authority.parse().map_err(|_| HttpError::HttpRequestUriInvalid)?);
    let stream = tokio::net::TcpStream::connect((host.as_str(), port)).await.map_err(HttpError::Connect)?;
    let _ = stream.set_nodelay(true);
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await.map_err(HttpError::Hyper)?;
    tokio::spawn(async move {
        drop(conn.await);
    });
    let response = sender.send_request(request).await.map_err(HttpError::Hyper)?;
    Ok(response.map(|b| b.map_err(HttpError::Hyper).boxed_unsync()))
}
