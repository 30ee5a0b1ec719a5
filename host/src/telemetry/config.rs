//! Where and how traces are exported, from the standard OpenTelemetry environment variables
//! (and `up --otlp-endpoint`): the endpoint, headers, batching limits, service name and
//! resource attributes. Only OTLP/HTTP with JSON bodies is spoken; another protocol asked for
//! is reported once and JSON is sent anyway.

use anyhow::{Result, bail};
use std::time::Duration;

/// The collector's traces URL, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// As configured, for messages.
    pub url: String,
    pub tls: bool,
    pub host: String,
    pub port: u16,
    /// `host[:port]`, for the `Host` header.
    pub authority: String,
    /// Path and query the batches are POSTed to.
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct ExportConfig {
    pub endpoint: Endpoint,
    pub headers: Vec<(String, String)>,
    pub service_name: String,
    /// Extra resource attributes (`OTEL_RESOURCE_ATTRIBUTES`).
    pub resource: Vec<(String, String)>,
    pub max_queue: usize,
    pub max_batch: usize,
    pub delay: Duration,
    pub timeout: Duration,
    pub sampler: super::span::Sampler,
    /// What to warn about once logging is up (e.g. an unsupported protocol was asked for).
    pub notes: Vec<String>,
}

impl Endpoint {
    /// Parses an `http(s)://host[:port][/path]` URL. With `signal_path`, `/v1/traces` is
    /// appended to the path (the base-endpoint rule of `OTEL_EXPORTER_OTLP_ENDPOINT`) unless it
    /// is already there.
    pub fn parse(url: &str, signal_path: bool) -> Result<Self> {
        let uri: hyper::Uri = url.parse().map_err(|e| anyhow::anyhow!("`{url}` is not a URL: {e}"))?;
        let tls = match uri.scheme_str() {
            Some("http") => false,
            Some("https") => true,
            _ => bail!("`{url}`: the OTLP endpoint must be an http:// or https:// URL"),
        };
        let Some(host) = uri.host().filter(|h| !h.is_empty()) else { bail!("`{url}` names no host") };
        let host = host.trim_matches(['[', ']']).to_string();
        let port = uri.port_u16().unwrap_or(if tls { 443 } else { 80 });
        let authority = uri.authority().map_or_else(|| host.clone(), |a| a.as_str().to_string());
        let mut path = uri.path().to_string();
        if signal_path && !path.trim_end_matches('/').ends_with("/v1/traces") {
            path = format!("{}/v1/traces", path.trim_end_matches('/'));
        }
        if path.is_empty() {
            path = "/".into();
        }
        if let Some(q) = uri.query() {
            path = format!("{path}?{q}");
        }
        Ok(Self { url: url.to_string(), tls, host, port, authority, path })
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn millis(name: &str, default: u64) -> Duration {
    Duration::from_millis(var(name).and_then(|v| v.parse().ok()).unwrap_or(default))
}

fn count(name: &str, default: usize) -> usize {
    var(name).and_then(|v| v.parse().ok()).filter(|n| *n > 0).unwrap_or(default)
}

/// `k=v,k2=v2` with percent-encoded values (the OTel list format).
fn pairs(text: &str) -> Vec<(String, String)> {
    text.split(',')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), crate::server::routes::percent_decode(v.trim())))
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// The export configuration, or `None` when no endpoint is configured (or tracing is turned
/// off with `OTEL_SDK_DISABLED=true` / `OTEL_TRACES_EXPORTER=none`). `flag` is
/// `up --otlp-endpoint`, which wins over the environment.
pub fn resolve(flag: Option<&str>) -> Result<Option<ExportConfig>> {
    if var("OTEL_SDK_DISABLED").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || var("OTEL_TRACES_EXPORTER").is_some_and(|v| v.eq_ignore_ascii_case("none"))
    {
        return Ok(None);
    }
    let endpoint = match (flag.filter(|f| !f.trim().is_empty()), var("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) {
        (Some(f), _) => Endpoint::parse(f.trim(), true)?,
        (None, Some(t)) => Endpoint::parse(&t, false)?,
        (None, None) => match var("OTEL_EXPORTER_OTLP_ENDPOINT") {
            Some(base) => Endpoint::parse(&base, true)?,
            None => return Ok(None),
        },
    };
    let protocol = var("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL").or_else(|| var("OTEL_EXPORTER_OTLP_PROTOCOL"));
    let notes = protocol
        .filter(|p| p != "http/json")
        .map(|p| {
            format!(
                "OTLP protocol `{p}` is not supported; sending http/json to {} (a collector's OTLP/HTTP port, usually 4318, takes it)",
                endpoint.url
            )
        })
        .into_iter()
        .collect();
    let sampler = match var("OTEL_TRACES_SAMPLER") {
        Some(name) => super::span::Sampler::parse(&name, var("OTEL_TRACES_SAMPLER_ARG").as_deref())
            .map_err(|e| anyhow::anyhow!(e))?,
        None => super::span::Sampler::default(),
    };
    let mut headers = var("OTEL_EXPORTER_OTLP_HEADERS").map(|h| pairs(&h)).unwrap_or_default();
    headers.extend(var("OTEL_EXPORTER_OTLP_TRACES_HEADERS").map(|h| pairs(&h)).unwrap_or_default());
    let max_queue = count("OTEL_BSP_MAX_QUEUE_SIZE", 2048);
    let timeout = var("OTEL_EXPORTER_OTLP_TRACES_TIMEOUT")
        .or_else(|| var("OTEL_EXPORTER_OTLP_TIMEOUT"))
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(10), Duration::from_millis);
    Ok(Some(ExportConfig {
        endpoint,
        headers,
        service_name: var("OTEL_SERVICE_NAME").unwrap_or_else(|| "temper-host".into()),
        resource: var("OTEL_RESOURCE_ATTRIBUTES")
            .map(|r| pairs(&r).into_iter().filter(|(k, _)| k != "service.name").collect())
            .unwrap_or_default(),
        max_queue,
        max_batch: count("OTEL_BSP_MAX_EXPORT_BATCH_SIZE", 512).min(max_queue),
        delay: millis("OTEL_BSP_SCHEDULE_DELAY", 5000),
        timeout: timeout.min(millis("OTEL_BSP_EXPORT_TIMEOUT", 30_000)),
        sampler,
        notes,
    }))
}

/// TLS over `stream`, the certificate checked against `host`: the integrations' client
/// configuration (Mozilla's roots over ring).
pub use crate::integrations::tls;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_follow_the_base_and_signal_rules() {
        let e = Endpoint::parse("http://127.0.0.1:4318", true).ok();
        assert_eq!(
            e.as_ref().map(|e| (e.host.as_str(), e.port, e.path.as_str())),
            Some(("127.0.0.1", 4318, "/v1/traces"))
        );
        let e = Endpoint::parse("https://otel.example/base/", true).ok();
        assert_eq!(e.as_ref().map(|e| (e.tls, e.port, e.path.as_str())), Some((true, 443, "/base/v1/traces")));
        let e = Endpoint::parse("http://c:4318/v1/traces", true).ok();
        assert_eq!(e.map(|e| e.path), Some("/v1/traces".into()), "not appended twice");
        let e = Endpoint::parse("http://c:4318/custom", false).ok();
        assert_eq!(e.map(|e| e.path), Some("/custom".into()), "a signal endpoint is used as is");
        let e = Endpoint::parse("http://[::1]:4318", true).ok();
        assert_eq!(e.map(|e| (e.host, e.authority)), Some(("::1".into(), "[::1]:4318".into())));
        assert!(Endpoint::parse("grpc://c:4317", true).is_err());
        assert!(Endpoint::parse("c:4318", true).is_err());
    }

    #[test]
    fn header_lists_are_split_and_decoded() {
        assert_eq!(
            pairs("api-key=a%20b, x=1,broken,=y"),
            vec![("api-key".to_string(), "a b".to_string()), ("x".to_string(), "1".to_string())]
        );
    }
}
