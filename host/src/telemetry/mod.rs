//! Operations: structured logs, traces and metrics.
//!
//! - **Logs** are `tracing` events on stderr (with their fields): `TEMPER_LOG` filters
//!   (`EnvFilter` directives, default `warn,temper_host=info`), `TEMPER_LOG_FORMAT=json`
//!   writes JSON lines.
//! - **Traces**: spans per HTTP request ([`http`]), component call, Cedar check, storage
//!   commit, integration call and verification run, exported as OTLP/HTTP JSON ([`otlp`]) when
//!   `OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or
//!   `up --otlp-endpoint` names a collector ([`config`]). A request's `traceparent` continues
//!   the caller's trace; `OTEL_TRACES_SAMPLER(_ARG)` chooses which traces are kept. Export never
//!   blocks a request: a bounded queue, a background thread, drop-and-count when full. Without
//!   a collector no span is even built.
//! - **Metrics** ([`metrics`]): a process-wide registry rendered as Prometheus text by
//!   `GET /metrics` (a Cedar-guarded route, `read_metrics`).
//!
//! Only long-running commands call [`init`] (the global subscriber is the binary's to set;
//! library code and tests that embed it only emit).

pub mod config;
pub mod encode;
pub mod http;
pub mod metrics;
pub mod otlp;
pub mod registry;
pub mod span;
pub mod storage;

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::filter::{EnvFilter, FilterExt, Targets, filter_fn};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{Layer, fmt};

/// The default log filter.
pub const DEFAULT_LOG: &str = "warn,temper_host=info";

/// What [`init`] started; [`Telemetry::shutdown`] flushes the trace exporter.
pub struct Telemetry {
    exporter: Option<Arc<otlp::Exporter>>,
    /// Where traces go, for the startup banner.
    pub otlp_endpoint: Option<String>,
}

impl Telemetry {
    /// Sends the spans still queued (waiting at most `timeout`).
    pub fn shutdown(&self, timeout: Duration) {
        if let Some(e) = &self.exporter
            && !e.flush(timeout)
        {
            tracing::warn!(timeout_ms = timeout.as_millis() as u64, "not every span was exported before shutdown");
        }
    }
}

fn log_filter() -> (EnvFilter, Option<String>) {
    match std::env::var("TEMPER_LOG") {
        Ok(text) if !text.trim().is_empty() => match EnvFilter::try_new(&text) {
            Ok(f) => (f, None),
            Err(e) => (
                EnvFilter::new(DEFAULT_LOG),
                Some(format!("TEMPER_LOG=`{text}` is not a filter ({e}); using `{DEFAULT_LOG}`")),
            ),
        },
        _ => (EnvFilter::new(DEFAULT_LOG), None),
    }
}

/// Installs the global subscriber: the log layer (text or JSON on stderr) and, when a
/// collector is configured, the OTLP span layer (every `temper_host` span at INFO and above,
/// whatever `TEMPER_LOG` says). `otlp_endpoint` is `up --otlp-endpoint`.
pub fn init(otlp_endpoint: Option<&str>) -> anyhow::Result<Telemetry> {
    let json = match std::env::var("TEMPER_LOG_FORMAT").unwrap_or_default().trim().to_ascii_lowercase().as_str() {
        "json" => true,
        "" | "text" => false,
        other => anyhow::bail!("TEMPER_LOG_FORMAT=`{other}`: use `text` (the default) or `json`"),
    };
    let config = config::resolve(otlp_endpoint)?;
    let exporter = match &config {
        Some(c) => Some(otlp::Exporter::start(c.clone())?),
        None => None,
    };
    let (filter, filter_problem) = log_filter();
    // Log lines are events only: spans are for traces, and a span no layer wants is never
    // built, so without a collector the instrumentation costs a request next to nothing.
    let (text_layer, json_layer) = if json {
        let layer = fmt::layer()
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .with_writer(std::io::stderr)
            .with_filter(filter.and(filter_fn(|m| m.is_event())));
        (None, Some(layer))
    } else {
        let ansi = std::io::stderr().is_terminal();
        let filter = filter.and(filter_fn(|m| m.is_event()));
        (Some(fmt::layer().with_writer(std::io::stderr).with_ansi(ansi).with_filter(filter)), None)
    };
    let otlp_layer = exporter.clone().zip(config.as_ref()).map(|(e, c)| {
        span::OtlpLayer::new(e, c.sampler).with_filter(Targets::new().with_target("temper_host", tracing::Level::INFO))
    });
    let installed = tracing_subscriber::registry().with(text_layer).with(json_layer).with(otlp_layer).try_init();
    if let Err(e) = installed {
        // Someone set a subscriber first (an embedding program): keep theirs.
        eprintln!("warning: temper's log subscriber was not installed: {e}");
    }
    if let Some(why) = filter_problem {
        tracing::warn!("{why}");
    }
    for note in config.iter().flat_map(|c| &c.notes) {
        tracing::warn!("{note}");
    }
    Ok(Telemetry { exporter, otlp_endpoint: config.map(|c| c.endpoint.url) })
}
