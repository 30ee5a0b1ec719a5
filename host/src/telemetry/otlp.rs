//! The OTLP/HTTP JSON trace exporter: finished spans wait in a bounded queue (full: dropped
//! and counted, never waited for); one background thread with its own small runtime takes
//! them (a batch every `OTEL_BSP_SCHEDULE_DELAY`, or sooner when `OTEL_BSP_MAX_EXPORT_BATCH_SIZE`
//! are waiting) and POSTs each batch to the collector over hyper, HTTP/1.1 with keep-alive,
//! TLS for `https`. The body follows the OTLP JSON mapping exactly: `resourceSpans` →
//! `scopeSpans` → `spans`, ids as lower-case hex, 64-bit integers as decimal strings, enums as
//! numbers, `service.name` in the resource ([`super::encode`]). A failed export is retried
//! once, then its spans are dropped and counted; requests are never affected.
//! [`Exporter::flush`] (at shutdown) sends what is queued.

use super::config::{Endpoint, ExportConfig};
use super::metrics::metrics;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use serde_json::Value as Json;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
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

/// Finished spans waiting for the export thread. A push takes an uncontended lock and wakes
/// the thread only when a batch is full (a wake-up per span would be a syscall and a context
/// switch on the request path).
struct Queue {
    state: Mutex<Waiting>,
    /// The export thread waits here for a full batch, a flush or its schedule.
    wake: Condvar,
    /// Flushers wait here for their spans to be sent.
    flushed: Condvar,
    capacity: usize,
    batch: usize,
}

#[derive(Default)]
struct Waiting {
    spans: Vec<SpanRecord>,
    /// Flush requests made and answered (tickets).
    flush_asked: u64,
    flush_done: u64,
}

/// The handle the span layer pushes into.
pub struct Exporter {
    queue: Arc<Queue>,
}

impl Exporter {
    /// Starts the export thread.
    pub fn start(config: ExportConfig) -> std::io::Result<Arc<Self>> {
        let queue = Arc::new(Queue {
            state: Mutex::new(Waiting::default()),
            wake: Condvar::new(),
            flushed: Condvar::new(),
            capacity: config.max_queue.max(1),
            batch: config.max_batch.max(1),
        });
        let q = Arc::clone(&queue);
        std::thread::Builder::new().name("temper-otlp".into()).spawn(move || run(&config, &q))?;
        Ok(Arc::new(Self { queue }))
    }

    /// Queues a finished span; when the queue is full the span is dropped and counted.
    pub fn push(&self, span: SpanRecord) {
        let q = &self.queue;
        let mut w = q.state.lock().unwrap_or_else(PoisonError::into_inner);
        if w.spans.len() >= q.capacity {
            drop(w);
            metrics().spans_dropped.get("queue_full").inc();
            return;
        }
        w.spans.push(span);
        let full = w.spans.len() == q.batch;
        drop(w);
        if full {
            q.wake.notify_one();
        }
    }

    /// Exports everything queued so far; false if that took longer than `timeout`.
    pub fn flush(&self, timeout: Duration) -> bool {
        let q = &self.queue;
        let mut w = q.state.lock().unwrap_or_else(PoisonError::into_inner);
        w.flush_asked += 1;
        let ticket = w.flush_asked;
        q.wake.notify_one();
        let (w, _) =
            q.flushed.wait_timeout_while(w, timeout, |w| w.flush_done < ticket).unwrap_or_else(PoisonError::into_inner);
        w.flush_done >= ticket
    }
}

/// The export thread: wait for a batch (or the schedule, or a flush), send it, repeat.
fn run(config: &ExportConfig, queue: &Queue) {
    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            tracing::error!(error = %e, "the OTLP exporter cannot start its runtime; spans are dropped");
            return;
        }
    };
    let resource = super::encode::resource(config);
    let mut client = Client { endpoint: config.endpoint.clone(), sender: None, failures: 0, last_warning: None };
    loop {
        let (mut batch, ticket) = {
            let w = queue.state.lock().unwrap_or_else(PoisonError::into_inner);
            let (mut w, _) = queue
                .wake
                .wait_timeout_while(w, config.delay, |w| w.spans.len() < queue.batch && w.flush_asked == w.flush_done)
                .unwrap_or_else(PoisonError::into_inner);
            let fresh = Vec::with_capacity(queue.batch);
            (std::mem::replace(&mut w.spans, fresh), w.flush_asked)
        };
        while !batch.is_empty() {
            let chunk: Vec<SpanRecord> = batch.drain(..batch.len().min(config.max_batch)).collect();
            let body = super::encode::encode(&resource, &chunk);
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
        let mut w = queue.state.lock().unwrap_or_else(PoisonError::into_inner);
        if w.flush_done < ticket {
            w.flush_done = ticket;
            queue.flushed.notify_all();
        }
    }
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
    fn partial_success_counts_rejected_spans() {
        assert_eq!(rejected(br#"{"partialSuccess":{"rejectedSpans":"3"}}"#), 3);
        assert_eq!(rejected(br#"{"partialSuccess":{"rejectedSpans":2}}"#), 2);
        assert_eq!(rejected(b"{}"), 0);
        assert_eq!(rejected(b"not json"), 0);
    }
}
