//! The OTLP/HTTP JSON trace exporter: finished spans wait in a bounded queue (full: dropped
//! and counted, never waited for); one background thread with its own small runtime batches
//! them (a batch every `OTEL_BSP_SCHEDULE_DELAY`, or sooner when `OTEL_BSP_MAX_EXPORT_BATCH_SIZE`
//! are waiting) and POSTs each batch to the collector over hyper, HTTP/1.1 with keep-alive,
//! TLS for `https`. The body follows the OTLP JSON mapping exactly: `resourceSpans` →
//! `scopeSpans` → `spans`, ids as lower-case hex, 64-bit integers as decimal strings, enums as
//! numbers, `service.name` in the resource. A failed export is retried once, then its spans are
//! dropped and counted; requests are never affected. [`Exporter::flush`] (at shutdown) sends
//! what is queued.

use super::config::{Endpoint, ExportConfig};
use super::metrics::metrics;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use serde_json::{Value as Json, json};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::time::{Duration, Instant};

/// An attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
    Double(f64),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Str(s) => f.write_str(s),
            Value::Int(i) => write!(f, "{i}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Double(d) => write!(f, "{d}"),
        }
    }
}

/// `SpanKind` (the enum's numbers are the wire values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Internal = 1,
    Server = 2,
    Client = 3,
}

impl Kind {
    pub fn parse(s: &str) -> Self {
        match s.to_ascii_lowercase().as_str() {
            "server" => Kind::Server,
            "client" => Kind::Client,
            _ => Kind::Internal,
        }
    }
}

/// `Status.code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusCode {
    Unset = 0,
    Ok = 1,
    Error = 2,
}

impl StatusCode {
    pub fn parse(s: &str) -> Self {
        match s.to_ascii_uppercase().as_str() {
            "OK" => StatusCode::Ok,
            "ERROR" => StatusCode::Error,
            _ => StatusCode::Unset,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SpanEvent {
    pub time_ns: u64,
    pub name: String,
    pub attributes: Vec<(&'static str, Value)>,
}

/// A finished span.
#[derive(Debug, Clone)]
pub struct SpanRecord {
    pub trace_id: u128,
    pub span_id: u64,
    pub parent_span_id: Option<u64>,
    /// The parent is the caller's (from `traceparent`), not a span of this process.
    pub remote_parent: bool,
    pub name: String,
    pub kind: Kind,
    pub start_ns: u64,
    pub end_ns: u64,
    pub attributes: Vec<(&'static str, Value)>,
    pub events: Vec<SpanEvent>,
    pub status: StatusCode,
    pub status_message: Option<String>,
}

enum Msg {
    Span(Box<SpanRecord>),
    Flush(std::sync::mpsc::Sender<()>),
}

/// The handle the span layer pushes into.
pub struct Exporter {
    tx: SyncSender<Msg>,
}

impl Exporter {
    /// Starts the export thread.
    pub fn start(config: ExportConfig) -> std::io::Result<Arc<Self>> {
        let (tx, rx) = std::sync::mpsc::sync_channel(config.max_queue.max(1));
        std::thread::Builder::new().name("temper-otlp".into()).spawn(move || run(&config, &rx))?;
        Ok(Arc::new(Self { tx }))
    }

    /// Queues a finished span; when the queue is full the span is dropped and counted.
    pub fn push(&self, span: SpanRecord) {
        match self.tx.try_send(Msg::Span(Box::new(span))) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => metrics().spans_dropped.get("queue_full").inc(),
            Err(TrySendError::Disconnected(_)) => metrics().spans_dropped.get("export_failed").inc(),
        }
    }

    /// Exports everything queued so far; false if that took longer than `timeout`.
    pub fn flush(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let (ack, done) = std::sync::mpsc::channel();
        let mut msg = Msg::Flush(ack);
        loop {
            match self.tx.try_send(msg) {
                Ok(()) => break,
                Err(TrySendError::Full(m)) if Instant::now() < deadline => {
                    msg = m;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(_) => return false,
            }
        }
        done.recv_timeout(deadline.saturating_duration_since(Instant::now())).is_ok()
    }
}

/// The export thread: gather a batch, send it, repeat.
fn run(config: &ExportConfig, rx: &Receiver<Msg>) {
    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!(error = %e, "the OTLP exporter cannot start its runtime; spans are dropped");
            return;
        }
    };
    let resource = resource(config);
    let mut client = Client { endpoint: config.endpoint.clone(), sender: None, failures: 0, last_warning: None };
    let mut batch: Vec<SpanRecord> = Vec::with_capacity(config.max_batch);
    let mut acks = Vec::new();
    loop {
        let deadline = Instant::now() + config.delay;
        let mut closed = false;
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(Msg::Span(s)) => {
                    batch.push(*s);
                    if batch.len() >= config.max_batch {
                        break;
                    }
                }
                Ok(Msg::Flush(ack)) => {
                    acks.push(ack);
                    break;
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    closed = true;
                    break;
                }
            }
        }
        // A flush takes everything already queued, too.
        if !acks.is_empty() {
            while let Ok(m) = rx.try_recv() {
                match m {
                    Msg::Span(s) => batch.push(*s),
                    Msg::Flush(ack) => acks.push(ack),
                }
            }
        }
        while !batch.is_empty() {
            let chunk: Vec<SpanRecord> = batch.drain(..batch.len().min(config.max_batch)).collect();
            let body = encode(&resource, &chunk);
            let n = chunk.len() as u64;
            match rt.block_on(client.export(body, config)) {
                Ok(rejected) => {
                    metrics().spans_exported.get(()).add(n.saturating_sub(rejected));
                    metrics().spans_dropped.get("export_failed").add(rejected);
                }
                Err(why) => {
                    metrics().export_errors.get(()).inc();
                    metrics().spans_dropped.get("export_failed").add(n);
                    client.warn(&why);
                }
            }
        }
        for ack in acks.drain(..) {
            let _ = ack.send(());
        }
        if closed {
            return;
        }
    }
}

/// The resource every batch names: `service.name` first.
fn resource(config: &ExportConfig) -> Json {
    let mut attrs = vec![("service.name", Value::Str(config.service_name.clone()))];
    attrs.push(("service.version", Value::Str(env!("CARGO_PKG_VERSION").into())));
    attrs.push(("telemetry.sdk.name", Value::Str("temper-host".into())));
    attrs.push(("telemetry.sdk.language", Value::Str("rust".into())));
    attrs.push(("process.pid", Value::Int(i64::from(std::process::id()))));
    let mut out = attributes(&attrs);
    if let Json::Array(list) = &mut out {
        for (k, v) in &config.resource {
            list.push(json!({"key": k, "value": {"stringValue": v}}));
        }
    }
    json!({ "attributes": out })
}

fn value(v: &Value) -> Json {
    match v {
        Value::Str(s) => json!({ "stringValue": s }),
        // int64 is a decimal string in the JSON mapping.
        Value::Int(i) => json!({ "intValue": i.to_string() }),
        Value::Bool(b) => json!({ "boolValue": b }),
        Value::Double(d) if d.is_finite() => json!({ "doubleValue": d }),
        Value::Double(d) => json!({ "stringValue": d.to_string() }),
    }
}

fn attributes(attrs: &[(&'static str, Value)]) -> Json {
    Json::Array(attrs.iter().map(|(k, v)| json!({ "key": k, "value": value(v) })).collect())
}

/// One `ExportTraceServiceRequest` in the OTLP JSON mapping.
pub fn encode(resource: &Json, spans: &[SpanRecord]) -> Vec<u8> {
    let spans: Vec<Json> = spans
        .iter()
        .map(|s| {
            // Trace flags: sampled; bit 8: the flags say whether the parent is remote (bit 9).
            let flags = 0x1 | 0x100 | if s.remote_parent { 0x200 } else { 0 };
            let mut span = json!({
                "traceId": format!("{:032x}", s.trace_id),
                "spanId": format!("{:016x}", s.span_id),
                "flags": flags,
                "name": s.name,
                "kind": s.kind as i32,
                "startTimeUnixNano": s.start_ns.to_string(),
                "endTimeUnixNano": s.end_ns.to_string(),
                "attributes": attributes(&s.attributes),
                "status": { "code": s.status as i32 },
            });
            if let Some(p) = s.parent_span_id {
                span["parentSpanId"] = json!(format!("{p:016x}"));
            }
            if let Some(m) = &s.status_message {
                span["status"]["message"] = json!(m);
            }
            if !s.events.is_empty() {
                span["events"] = Json::Array(
                    s.events
                        .iter()
                        .map(|e| {
                            json!({"timeUnixNano": e.time_ns.to_string(), "name": e.name,
                                "attributes": attributes(&e.attributes)})
                        })
                        .collect(),
                );
            }
            span
        })
        .collect();
    let scope = json!({ "name": "temper-host", "version": env!("CARGO_PKG_VERSION") });
    let body =
        json!({ "resourceSpans": [{ "resource": resource, "scopeSpans": [{ "scope": scope, "spans": spans }] }] });
    serde_json::to_vec(&body).unwrap_or_default()
}

type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

/// One kept-alive connection to the collector.
struct Client {
    endpoint: Endpoint,
    sender: Option<Sender>,
    failures: u64,
    last_warning: Option<Instant>,
}

impl Client {
    /// Sends one batch (a second try after a transport error or a retryable status); the
    /// number of spans the collector rejected (partial success).
    async fn export(&mut self, body: Vec<u8>, config: &ExportConfig) -> Result<u64, String> {
        let body = Bytes::from(body);
        let mut last = String::new();
        for attempt in 0..2 {
            if attempt > 0 {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            match tokio::time::timeout(config.timeout, self.post(body.clone(), config)).await {
                Ok(Ok((status, answer))) if (200..300).contains(&status) => {
                    self.failures = 0;
                    return Ok(rejected(&answer));
                }
                Ok(Ok((status, answer))) => {
                    last = format!("the collector answered {status}: {}", String::from_utf8_lossy(&answer));
                    if !matches!(status, 429 | 502 | 503 | 504) {
                        break;
                    }
                }
                Ok(Err(e)) => {
                    self.sender = None;
                    last = e;
                }
                Err(_) => {
                    self.sender = None;
                    last = format!("no answer within {} ms", config.timeout.as_millis());
                }
            }
        }
        self.failures += 1;
        Err(last)
    }

    async fn post(&mut self, body: Bytes, config: &ExportConfig) -> Result<(u16, Bytes), String> {
        let reusable = match self.sender.take() {
            Some(mut s) => s.ready().await.is_ok().then_some(s),
            None => None,
        };
        let mut sender = match reusable {
            Some(s) => s,
            None => self.connect().await?,
        };
        let mut req = hyper::Request::post(self.endpoint.path.as_str())
            .header(hyper::header::HOST, self.endpoint.authority.as_str())
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .header(hyper::header::USER_AGENT, concat!("temper-host/", env!("CARGO_PKG_VERSION")));
        for (k, v) in &config.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        let req = req.body(Full::new(body)).map_err(|e| format!("building the request: {e}"))?;
        let resp = sender.send_request(req).await.map_err(|e| format!("sending to {}: {e}", self.endpoint.url))?;
        let status = resp.status().as_u16();
        let answer = http_body_util::Limited::new(resp.into_body(), 64 << 10)
            .collect()
            .await
            .map(|c| c.to_bytes())
            .map_err(|e| format!("reading the answer of {}: {e}", self.endpoint.url))?;
        self.sender = Some(sender);
        Ok((status, answer))
    }

    async fn connect(&self) -> Result<Sender, String> {
        let e = &self.endpoint;
        let tcp = tokio::net::TcpStream::connect((e.host.as_str(), e.port))
            .await
            .map_err(|err| format!("connecting to {}: {err}", e.url))?;
        let _ = tcp.set_nodelay(true);
        if e.tls {
            let tls = super::config::tls(tcp, &e.host).await.map_err(|err| format!("TLS with {}: {err}", e.url))?;
            handshake(tls).await
        } else {
            handshake(tcp).await
        }
        .map_err(|err| format!("HTTP handshake with {}: {err}", e.url))
    }

    /// Logs a failed export: the first, then at most one a minute, with how many failed.
    fn warn(&mut self, why: &str) {
        let due = self.last_warning.is_none_or(|t| t.elapsed() >= Duration::from_secs(60));
        if due {
            self.last_warning = Some(Instant::now());
            tracing::warn!(endpoint = %self.endpoint.url, failures = self.failures, error = %why,
                "OTLP export failed; its spans are dropped (requests are not affected)");
        }
    }
}

async fn handshake<T>(io: T) -> hyper::Result<Sender>
where
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    let (sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(io)).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}

/// `partialSuccess.rejectedSpans` of an answer (0 when absent or not JSON).
fn rejected(answer: &[u8]) -> u64 {
    let v: Json = serde_json::from_slice(answer).unwrap_or(Json::Null);
    match &v["partialSuccess"]["rejectedSpans"] {
        Json::String(s) => s.parse().unwrap_or(0),
        Json::Number(n) => n.as_u64().unwrap_or(0),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_encode_in_the_otlp_json_mapping() {
        let span = SpanRecord {
            trace_id: 0x4bf92f3577b34da6a3ce929d0e0e4736,
            span_id: 0xab,
            parent_span_id: Some(0x00f067aa0ba902b7),
            remote_parent: true,
            name: "GET /x".into(),
            kind: Kind::Server,
            start_ns: 1,
            end_ns: 2,
            attributes: vec![("http.response.status_code", Value::Int(200)), ("ok", Value::Bool(true))],
            events: vec![],
            status: StatusCode::Error,
            status_message: Some("boom".into()),
        };
        let body: Json = serde_json::from_slice(&encode(&json!({"attributes": []}), &[span])).unwrap_or(Json::Null);
        let s = &body["resourceSpans"][0]["scopeSpans"][0]["spans"][0];
        assert_eq!(s["traceId"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(s["spanId"], "00000000000000ab");
        assert_eq!(s["parentSpanId"], "00f067aa0ba902b7");
        assert_eq!(s["kind"], 2);
        assert_eq!(s["flags"], 0x301);
        assert_eq!(s["startTimeUnixNano"], "1");
        assert_eq!(s["attributes"][0], json!({"key": "http.response.status_code", "value": {"intValue": "200"}}));
        assert_eq!(s["attributes"][1]["value"], json!({"boolValue": true}));
        assert_eq!(s["status"], json!({"code": 2, "message": "boom"}));
        assert_eq!(body["resourceSpans"][0]["scopeSpans"][0]["scope"]["name"], "temper-host");
        assert_eq!(rejected(br#"{"partialSuccess":{"rejectedSpans":"3"}}"#), 3);
    }
}
