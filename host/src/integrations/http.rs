//! Outbound HTTP of integration modules: the `WasiHttpHooks` behind `wasi:http/outgoing-handler`.
//! Each request: parse the destination, resolve it once, classify every address
//! ([`http_destination_attrs`]), ask Cedar `http_call` (on the invoking thread, with
//! `allowlisted` only when a tenant policy names the host), then connect only to the vetted
//! addresses. The remaining wall time bounds connect, first byte and the gaps between bytes;
//! the response body is cut at `max_response_bytes`. HTTPS is rustls (ring) with Mozilla's
//! roots. Every request is recorded (method, host,
//! status or error, decision) — never headers or bodies.

use super::state::{CallCtx, EnvRequest};
use super::{Failure, HttpCall, HttpDecision};
use crate::authz::{AuthzRequest, Decision, EntityRef, http_destination_attrs};
use http_body_util::BodyExt;
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::{Arc, LazyLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::rustls::{ClientConfig, RootCertStore};
use tracing::Instrument;
use wasmtime_wasi_http::{Error as HttpError, RequestOptions, WasiBody};

type IoFuture = Box<dyn Future<Output = Result<(), HttpError>> + Send>;
type SendFuture = Box<dyn Future<Output = Result<(hyper::Response<WasiBody>, IoFuture), HttpError>> + Send>;

/// The hooks of one invocation.
pub struct Hooks {
    call: Arc<CallCtx>,
}

impl Hooks {
    pub fn new(call: Arc<CallCtx>) -> Self {
        Self { call }
    }
}

impl wasmtime_wasi_http::WasiHttpHooks for Hooks {
    fn send_request(
        &mut self,
        request: hyper::Request<WasiBody>,
        options: Option<RequestOptions>,
        _fut: IoFuture,
    ) -> SendFuture {
        let call = Arc::clone(&self.call);
        // A client span under the module's `integration.call` (never the URL's path or query,
        // which may carry secrets; only the host).
        let span = tracing::info_span!(
            "integration.http",
            otel.name = %format_args!("{}", request.method()),
            otel.kind = "client",
            otel.status_code = tracing::field::Empty,
            http.request.method = %request.method(),
            server.address = request.uri().host().unwrap_or_default(),
            http.response.status_code = tracing::field::Empty,
            error.type = tracing::field::Empty,
        );
        let recorder = span.clone();
        Box::new(
            async move {
                let method = request.method().to_string();
                let host = request.uri().host().unwrap_or_default().trim_matches(['[', ']']).to_ascii_lowercase();
                let record = HttpCall { method, host: host.clone(), status: None, error: None, decision: None };
                let index = call.report.record(record);
                match send(&call, request, options, &host, index).await {
                    Ok(response) => {
                        recorder.record("http.response.status_code", response.status().as_u16());
                        Ok((response, Box::new(async { Ok(()) }) as IoFuture))
                    }
                    Err((failure, error)) => {
                        recorder.record("otel.status_code", "ERROR");
                        recorder.record("error.type", format!("{error:?}").as_str());
                        call.report.fail_call(index, failure);
                        Err(error)
                    }
                }
            }
            .instrument(span),
        )
    }
}

type Sent = Result<hyper::Response<WasiBody>, (Failure, HttpError)>;

async fn send(
    call: &Arc<CallCtx>,
    mut request: hyper::Request<WasiBody>,
    options: Option<RequestOptions>,
    host: &str,
    index: usize,
) -> Sent {
    let transport = |reason: String, e: HttpError| (Failure::Transport { host: host.to_string(), reason }, e);
    let timeout = || (Failure::Timeout { host: host.to_string() }, HttpError::ConnectionTimeout);
    let uri = request.uri().clone();
    let https = uri.scheme_str() == Some("https");
    if host.is_empty() {
        return Err(transport("the URL names no host".into(), HttpError::HttpRequestUriInvalid));
    }
    let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
    let left = |limit: Option<Duration>| remaining(call.deadline).min(limit.unwrap_or(Duration::MAX));

    // Resolve once; these addresses are vetted and the only ones connected to.
    let addrs: Vec<IpAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![ip],
        Err(_) => match tokio::time::timeout(left(None), tokio::net::lookup_host((host, port))).await {
            Err(_) => return Err(timeout()),
            Ok(Err(e)) => {
                return Err(transport(
                    format!("cannot resolve: {e}"),
                    HttpError::DnsError { rcode: None, info_code: None },
                ));
            }
            Ok(Ok(found)) => {
                let mut ips: Vec<IpAddr> = found.map(|a| a.ip()).collect();
                ips.dedup();
                ips
            }
        },
    };
    authorize(call, host, &addrs, index).await?;

    let connect = left(options.and_then(|o| o.connect_timeout));
    let stream = match tokio::time::timeout(connect, connect_any(&addrs, port)).await {
        Err(_) => return Err(timeout()),
        Ok(Err(e)) => return Err(transport(format!("cannot connect: {e}"), HttpError::ConnectionRefused)),
        Ok(Ok(s)) => s,
    };
    let stream: Box<dyn Io> = if https {
        match tokio::time::timeout(connect, tls(stream, host)).await {
            Err(_) => return Err(timeout()),
            Ok(Err(e)) => return Err(transport(format!("TLS: {e}"), HttpError::TlsProtocolError)),
            Ok(Ok(s)) => Box::new(s),
        }
    } else {
        Box::new(stream)
    };
    let io = hyper_util::rt::TokioIo::new(stream);
    let (mut sender, conn) = match tokio::time::timeout(connect, hyper::client::conn::http1::handshake(io)).await {
        Err(_) => return Err(timeout()),
        Ok(Err(e)) => return Err(transport(format!("handshake: {e}"), HttpError::HttpProtocolError)),
        Ok(Ok(pair)) => pair,
    };
    tokio::spawn(async move {
        // A connection error also fails the response body the module reads; nothing to add.
        drop(conn.await);
    });
    // Origin-form target: the scheme and authority travel in the `Host` header.
    let target = uri.path_and_query().map_or("/", |p| p.as_str());
    *request.uri_mut() = hyper::Uri::try_from(target)
        .map_err(|e| transport(format!("invalid path: {e}"), HttpError::HttpRequestUriInvalid))?;
    let first_byte = left(options.and_then(|o| o.first_byte_timeout));
    let response = match tokio::time::timeout(first_byte, sender.send_request(request)).await {
        Err(_) => return Err((Failure::Timeout { host: host.to_string() }, HttpError::ConnectionReadTimeout)),
        Ok(Err(e)) => return Err(transport(e.to_string(), HttpError::HttpProtocolError)),
        Ok(Ok(r)) => r,
    };
    let status = response.status().as_u16();
    call.report.update(index, |c| c.status = Some(status));
    let limit = call.max_response_bytes;
    let too_large =
        || (Failure::ResponseTooLarge { host: host.to_string(), limit }, HttpError::HttpResponseBodySize(Some(limit)));
    if response.body().size_hint().lower() > limit {
        return Err(too_large());
    }
    let between = options.and_then(|o| o.between_bytes_timeout);
    let (parts, inner) = response.into_parts();
    let capped = Capped {
        inner,
        read: 0,
        limit,
        host: host.to_string(),
        call: Arc::clone(call),
        index,
        between,
        timer: Box::pin(tokio::time::sleep(left(between))),
    };
    let out = hyper::Response::from_parts(parts, capped.boxed_unsync());
    Ok(out)
}

/// Asks the invoking thread for the `http_call` decision; a denial is the `Err`.
async fn authorize(call: &CallCtx, host: &str, addrs: &[IpAddr], index: usize) -> Result<(), (Failure, HttpError)> {
    let request = AuthzRequest {
        tenant: call.tenant.clone(),
        principal: call.principal(),
        principal_attrs: serde_json::json!({}),
        action: "http_call".into(),
        resource: EntityRef::new("HttpDestination", host),
        resource_attrs: http_destination_attrs(addrs),
        context: serde_json::json!({}),
    };
    let (reply, answer) = tokio::sync::oneshot::channel();
    let unavailable = || (Failure::Host("the invoking thread stopped answering".into()), HttpError::HttpRequestDenied);
    call.env.send(EnvRequest::Http { request: Box::new(request), reply }).map_err(|_| unavailable())?;
    let (response, allowlisted) = answer.await.map_err(|_| unavailable())?;
    let policies = response.policies.clone();
    let allowed = response.decision == Decision::Allow;
    let decision = HttpDecision { allowed, allowlisted, policies: policies.clone() };
    call.report.update(index, |c| c.decision = Some(decision));
    if allowed {
        Ok(())
    } else {
        Err((Failure::HttpDenied { host: host.to_string(), policies }, HttpError::HttpRequestDenied))
    }
}

/// A connection hyper can speak HTTP/1.1 over: plain TCP or TLS.
trait Io: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static {}
impl<T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static> Io for T {}

/// The TLS client configuration: Mozilla's root certificates (webpki-roots), ring, TLS 1.2+.
static TLS: LazyLock<Result<Arc<ClientConfig>, String>> = LazyLock::new(|| {
    let roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.into() };
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
});

/// TLS over `stream`, the certificate checked against `host` (a name or an IP address).
pub async fn tls(
    stream: tokio::net::TcpStream,
    host: &str,
) -> std::io::Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    let invalid = |e: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, e);
    let config = TLS.as_ref().map_err(|e| invalid(e.clone()))?;
    let name = ServerName::try_from(host.to_string()).map_err(|e| invalid(e.to_string()))?;
    tokio_rustls::TlsConnector::from(Arc::clone(config)).connect(name, stream).await
}

/// Connects to the first of `addrs` that answers.
async fn connect_any(addrs: &[IpAddr], port: u16) -> std::io::Result<tokio::net::TcpStream> {
    let mut last = std::io::Error::new(std::io::ErrorKind::NotFound, "no address");
    for ip in addrs {
        match tokio::net::TcpStream::connect(SocketAddr::new(*ip, port)).await {
            Ok(s) => {
                drop(s.set_nodelay(true));
                return Ok(s);
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

/// A response body cut at `limit` bytes, with the between-bytes timeout (never beyond the
/// wall-time deadline). Reading past the limit is an error and the call's failure.
struct Capped {
    inner: Incoming,
    read: u64,
    limit: u64,
    host: String,
    call: Arc<CallCtx>,
    /// This request's entry in the report.
    index: usize,
    between: Option<Duration>,
    timer: Pin<Box<tokio::time::Sleep>>,
}

impl Body for Capped {
    type Data = Bytes;
    type Error = HttpError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, HttpError>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Ready(Some(Err(e))) => {
                let reason = e.to_string();
                this.call.report.fail_call(this.index, Failure::Transport { host: this.host.clone(), reason });
                Poll::Ready(Some(Err(HttpError::HttpResponseIncomplete)))
            }
            Poll::Ready(Some(Ok(frame))) => {
                let len = frame.data_ref().map_or(0, |d| d.len() as u64);
                this.read = this.read.saturating_add(len);
                if this.read > this.limit {
                    let failure = Failure::ResponseTooLarge { host: this.host.clone(), limit: this.limit };
                    this.call.report.fail_call(this.index, failure);
                    return Poll::Ready(Some(Err(HttpError::HttpResponseBodySize(Some(this.limit)))));
                }
                let next = remaining(this.call.deadline).min(this.between.unwrap_or(Duration::MAX));
                this.timer.as_mut().reset(tokio::time::Instant::now() + next);
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Pending => {
                if this.timer.as_mut().poll(cx).is_ready() {
                    this.call.report.fail_call(this.index, Failure::Timeout { host: this.host.clone() });
                    return Poll::Ready(Some(Err(HttpError::ConnectionReadTimeout)));
                }
                Poll::Pending
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
