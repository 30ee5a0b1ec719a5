//! One HTTP request as operations see it: a server span named `<METHOD> <route template>`
//! (continuing the caller's trace when it sent a `traceparent`), and the request metrics
//! labelled by route template — never the raw path, so ids cannot blow up the series.

use super::metrics::metrics;
use crate::server::routes::{self, Lookup};
use std::time::Instant;
use tracing::Span;
use tracing::field::Empty;

/// The template label of a path no route matches.
pub const UNMATCHED: &str = "unmatched";

/// A request being answered; [`RequestObs::finish`] records its answer.
pub struct RequestObs {
    pub span: Span,
    route: &'static str,
    method: &'static str,
    started: Instant,
}

impl RequestObs {
    /// Opens the request's span and counts it in flight.
    pub fn start(method: &hyper::Method, path: &str, headers: &hyper::HeaderMap) -> Self {
        let route = route_template(method.as_str(), path);
        let method = method_label(method);
        let traceparent = headers.get("traceparent").and_then(|v| v.to_str().ok());
        let span = tracing::info_span!(
            "http.request",
            otel.name = %format_args!("{method} {route}"),
            otel.kind = "server",
            otel.status_code = Empty,
            http.request.method = method,
            http.route = route,
            url.path = path,
            http.response.status_code = Empty,
            temper.tenant = tenant_of(path),
            temper.principal.kind = Empty,
            temper.request_id = Empty,
            traceparent,
        );
        metrics().http_in_flight.add(1);
        Self { span, route, method, started: Instant::now() }
    }

    /// Records the answer's status on the span (5xx is an error) and in the metrics.
    pub fn finish(&self, status: u16) {
        self.span.record("http.response.status_code", status);
        if status >= 500 {
            self.span.record("otel.status_code", "ERROR");
        }
        metrics().http_request(self.route, self.method, status, self.started.elapsed());
    }
}

impl Drop for RequestObs {
    fn drop(&mut self) {
        metrics().http_in_flight.add(-1);
    }
}

/// Notes who is calling on the current request's span (after authentication).
pub fn record_caller(principal_kind: &str) {
    Span::current().record("temper.principal.kind", principal_kind);
}

/// Notes the server's request id on the current request's span.
pub fn record_request_id(id: &str) {
    Span::current().record("temper.request_id", id);
}

/// `GET /metrics`: the exposition, text format 0.0.4 (Cedar has already decided).
pub fn metrics_reply() -> crate::server::respond::Reply {
    let mut r = crate::server::respond::text(hyper::StatusCode::OK, &metrics().render());
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    r
}

fn method_label(m: &hyper::Method) -> &'static str {
    match *m {
        hyper::Method::GET => "GET",
        hyper::Method::POST => "POST",
        hyper::Method::PUT => "PUT",
        hyper::Method::PATCH => "PATCH",
        hyper::Method::DELETE => "DELETE",
        hyper::Method::HEAD => "HEAD",
        hyper::Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// The tenant a path names (OData or `/api/tenants/{tenant}/…`), for the span.
fn tenant_of(path: &str) -> Option<&str> {
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segs.as_slice() {
        [tenant, "odata", ..] => Some(tenant),
        ["api", "tenants", tenant, ..] => Some(tenant),
        _ => None,
    }
}

/// The route template of `ROUTES` that serves `method path` (OData paths classified as the
/// OData component reads them), `/mcp`, or [`UNMATCHED`].
pub fn route_template(method: &str, path: &str) -> &'static str {
    if path == "/mcp" {
        return "/mcp";
    }
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if let [tenant, "odata", rest @ ..] = segs.as_slice() {
        if !crate::server::registry::valid_tenant(tenant) {
            return UNMATCHED;
        }
        return odata_template(rest);
    }
    match routes::lookup(method, path) {
        Lookup::Found(m) => m.route.path,
        Lookup::WrongMethod(_) | Lookup::NotFound => UNMATCHED,
    }
}

fn odata_template(rest: &[&str]) -> &'static str {
    let keyed = |s: &str| s.contains('(') && s.ends_with(')');
    match rest {
        [] | [""] => "/{tenant}/odata/",
        ["$metadata"] => "/{tenant}/odata/$metadata",
        [set] if keyed(set) => "/{tenant}/odata/{set}('{id}')",
        [_] => "/{tenant}/odata/{set}",
        [set, "$count"] if !keyed(set) => "/{tenant}/odata/{set}/$count",
        [set, op] if keyed(set) && op.contains('.') => "/{tenant}/odata/{set}('{id}')/{namespace}.{action}",
        [set, _] if keyed(set) => "/{tenant}/odata/{set}('{id}')/{property}",
        _ => UNMATCHED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_the_templates_of_the_route_table() {
        let cases = [
            ("GET", "/tasks/odata/", "/{tenant}/odata/"),
            ("GET", "/tasks/odata/$metadata", "/{tenant}/odata/$metadata"),
            ("GET", "/tasks/odata/Tasks", "/{tenant}/odata/{set}"),
            ("GET", "/tasks/odata/Tasks/$count", "/{tenant}/odata/{set}/$count"),
            ("POST", "/tasks/odata/Tasks", "/{tenant}/odata/{set}"),
            ("GET", "/tasks/odata/Tasks('t-1')", "/{tenant}/odata/{set}('{id}')"),
            ("GET", "/tasks/odata/Tasks('t-1')/title", "/{tenant}/odata/{set}('{id}')/{property}"),
            (
                "POST",
                "/tasks/odata/Tasks('a.b')/Temper.Tasks.Close",
                "/{tenant}/odata/{set}('{id}')/{namespace}.{action}",
            ),
            ("GET", "/api/tenants/tasks/decisions/PD-1", "/api/tenants/{tenant}/decisions/{id}"),
            ("GET", "/metrics", "/metrics"),
            ("GET", "/healthz", "/healthz"),
            ("GET", "/mcp", "/mcp"),
            ("GET", "/nothing/here", UNMATCHED),
            ("PUT", "/api/tokens", UNMATCHED),
            ("GET", "/Bad_Tenant/odata/Tasks", UNMATCHED),
            ("GET", "/tasks/odata/Tasks('1')/a/b", UNMATCHED),
        ];
        for (method, path, want) in cases {
            let got = route_template(method, path);
            assert_eq!(got, want, "{method} {path}");
            assert!(
                got == UNMATCHED || got == "/mcp" || routes::ROUTES.iter().any(|r| r.path == got),
                "{got} is not a template of ROUTES"
            );
        }
        assert_eq!(tenant_of("/api/tenants/t1/specs"), Some("t1"));
    }
}
