//! Temper's metrics: one process-wide registry ([`metrics()`]) that the request path, the
//! storage writer's callers, Cedar, integrations and the deploy gate record into (atomics, no
//! allocation on the hot paths but a label lookup), and its Prometheus text rendering for
//! `GET /metrics`. Labels are bounded: route templates (never raw paths or ids), methods,
//! statuses, tenants, Cedar actions, module names and fixed outcome words.

use super::registry::{Counter, Family, Gauge, Histogram, Status, render_gauge};
use std::fmt::Write as _;
use std::sync::LazyLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub struct Metrics {
    pub http_requests: Family<(&'static str, &'static str, Status), Counter>,
    pub http_duration: Family<&'static str, Histogram>,
    pub http_in_flight: Gauge,
    pub commits: Family<String, Counter>,
    pub commit_errors: Family<(String, &'static str), Counter>,
    pub commit_duration: Family<(), Histogram>,
    pub authz_decisions: Family<&'static str, Counter>,
    pub authz_denials: Family<(String, String), Counter>,
    pub authz_duration: Family<(), Histogram>,
    pub integration_calls: Family<(String, &'static str), Counter>,
    pub integration_duration: Family<String, Histogram>,
    pub verification_runs: Family<&'static str, Counter>,
    pub verification_cache_hits: Family<(), Counter>,
    pub verification_duration: Family<(), Histogram>,
    pub trajectories: Family<String, Counter>,
    pub component_calls: Family<(&'static str, &'static str), Counter>,
    pub component_duration: Family<&'static str, Histogram>,
    pub spans_exported: Family<(), Counter>,
    pub spans_dropped: Family<&'static str, Counter>,
    pub export_errors: Family<(), Counter>,
    started: Instant,
    start_time: f64,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let m = Metrics::new();
    // Unlabelled series exist from the start: a scrape shows them at zero.
    m.commit_duration.get(());
    m.authz_duration.get(());
    m.verification_cache_hits.get(());
    m.verification_duration.get(());
    m.spans_exported.get(());
    m.export_errors.get(());
    m
});

/// The process's metrics.
pub fn metrics() -> &'static Metrics {
    &METRICS
}

impl Metrics {
    fn new() -> Self {
        let start_time = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
        Self {
            http_requests: Family::new(
                "temper_http_requests_total",
                "HTTP requests answered, by route template, method and status.",
                &["route", "method", "status"],
            ),
            http_duration: Family::new(
                "temper_http_request_duration_seconds",
                "Time to answer an HTTP request (until the response head), by route template.",
                &["route"],
            ),
            http_in_flight: Gauge::default(),
            commits: Family::new("temper_commits_total", "Durable storage commits, by tenant.", &["tenant"]),
            commit_errors: Family::new(
                "temper_commit_errors_total",
                "Storage commits refused or failed, by tenant and reason (conflict, invalid, not_found, unavailable).",
                &["tenant", "reason"],
            ),
            commit_duration: Family::new(
                "temper_commit_duration_seconds",
                "Time from handing a commit to the group-commit writer until it is durable.",
                &[],
            ),
            authz_decisions: Family::new(
                "temper_authz_decisions_total",
                "Cedar decisions, by decision (allow, deny).",
                &["decision"],
            ),
            authz_denials: Family::new(
                "temper_authz_denials_total",
                "Cedar denials, by tenant (policy scope) and action.",
                &["tenant", "action"],
            ),
            authz_duration: Family::new("temper_authz_duration_seconds", "Time of one Cedar decision.", &[]),
            integration_calls: Family::new(
                "temper_integration_calls_total",
                "Integration module calls, by module and outcome (ok or the failure's kind).",
                &["module", "outcome"],
            ),
            integration_duration: Family::new(
                "temper_integration_call_duration_seconds",
                "Wall time of one integration module call, by module.",
                &["module"],
            ),
            verification_runs: Family::new(
                "temper_verification_runs_total",
                "Verification cascade runs of the deploy gate, by result (passed, failed, error); cached reports are not runs.",
                &["result"],
            ),
            verification_cache_hits: Family::new(
                "temper_verification_cache_hits_total",
                "Deployments answered from a cached verification report.",
                &[],
            ),
            verification_duration: Family::new(
                "temper_verification_duration_seconds",
                "Time of one verification cascade run of the deploy gate.",
                &[],
            ),
            trajectories: Family::new(
                "temper_trajectories_total",
                "Trajectory rows written (one per dispatch), by origin.",
                &["origin"],
            ),
            component_calls: Family::new(
                "temper_component_calls_total",
                "Calls into kernel components, by component (odata, mcp) and outcome (ok, error).",
                &["component", "outcome"],
            ),
            component_duration: Family::new(
                "temper_component_call_duration_seconds",
                "Time until a kernel component answers a request, by component.",
                &["component"],
            ),
            spans_exported: Family::new(
                "temper_otlp_spans_exported_total",
                "Spans the OTLP exporter delivered to the collector.",
                &[],
            ),
            spans_dropped: Family::new(
                "temper_otlp_spans_dropped_total",
                "Spans dropped, by reason (queue_full: the export queue was full; export_failed: the collector did not take them).",
                &["reason"],
            ),
            export_errors: Family::new(
                "temper_otlp_export_errors_total",
                "Failed OTLP export requests (transport errors and non-2xx answers).",
                &[],
            ),
            started: Instant::now(),
            start_time,
        }
    }

    pub fn http_request(&self, route: &'static str, method: &'static str, status: u16, took: Duration) {
        self.http_requests.get((route, method, Status(status))).inc();
        self.http_duration.get(route).observe(took);
    }

    pub fn authz(&self, tenant: &str, action: &str, allowed: bool, took: Duration) {
        self.authz_decisions.get(if allowed { "allow" } else { "deny" }).inc();
        if !allowed {
            self.authz_denials.get((tenant.to_string(), action.to_string())).inc();
        }
        self.authz_duration.get(()).observe(took);
    }

    pub fn component_call(&self, component: &'static str, ok: bool, took: Duration) {
        self.component_calls.get((component, if ok { "ok" } else { "error" })).inc();
        self.component_duration.get(component).observe(took);
    }

    /// The whole exposition, text format 0.0.4.
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(16 << 10);
        out.push_str("# HELP temper_build_info The running temper-host's version (always 1).\n");
        out.push_str("# TYPE temper_build_info gauge\n");
        let _ = writeln!(out, "temper_build_info{{version=\"{}\"}} 1", env!("CARGO_PKG_VERSION"));
        render_gauge(
            &mut out,
            "temper_process_start_time_seconds",
            "When the process started, in seconds since the Unix epoch.",
            self.start_time,
        );
        render_gauge(
            &mut out,
            "temper_uptime_seconds",
            "Seconds since the process started.",
            self.started.elapsed().as_secs_f64(),
        );
        render_gauge(
            &mut out,
            "temper_http_requests_in_flight",
            "HTTP requests being answered now.",
            self.http_in_flight.get() as f64,
        );
        self.http_requests.render(&mut out);
        self.http_duration.render(&mut out);
        self.commits.render(&mut out);
        self.commit_errors.render(&mut out);
        self.commit_duration.render(&mut out);
        self.authz_decisions.render(&mut out);
        self.authz_denials.render(&mut out);
        self.authz_duration.render(&mut out);
        self.integration_calls.render(&mut out);
        self.integration_duration.render(&mut out);
        self.verification_runs.render(&mut out);
        self.verification_cache_hits.render(&mut out);
        self.verification_duration.render(&mut out);
        self.trajectories.render(&mut out);
        self.component_calls.render(&mut out);
        self.component_duration.render(&mut out);
        self.spans_exported.render(&mut out);
        self.spans_dropped.render(&mut out);
        self.export_errors.render(&mut out);
        out
    }
}
