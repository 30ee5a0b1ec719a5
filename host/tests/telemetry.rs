//! Operations over real HTTP against the real binary: `/metrics` is a Cedar decision, parses as
//! strict Prometheus text and moves with real requests; traces reach a real OTLP/HTTP collector
//! with the right parents and the caller's trace continued; a collector that is down costs the
//! requests nothing; the spans still queued are sent at shutdown.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/otel.rs"]
mod otel;

use common::*;
use otel::{Collector, Scrape, start_with_env};
use serde_json::{Value as Json, json};

const TASKS: &str = "/tasks/odata/Tasks";
const CREATE: &str = "/{tenant}/odata/{set}";
const ACTION: &str = "/{tenant}/odata/{set}('{id}')/{namespace}.{action}";

fn scrape(h: &Host) -> Scrape {
    let r = h.request("GET", "/metrics", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("text/plain; version=0.0.4; charset=utf-8"));
    Scrape::parse(&r.body).unwrap_or_else(|e| panic!("{e}\n{}", r.body))
}

fn requests(s: &Scrape, route: &str, method: &str, status: &str) -> f64 {
    s.value("temper_http_requests_total", &[("route", route), ("method", method), ("status", status)])
}

#[test]
fn metrics_are_guarded_well_formed_and_count_real_requests() {
    let h = Host::start(&fresh_dir("telemetry-metrics"));
    let (watcher, _) = h.agent("watcher", "monitor", "observer");
    // No policy names the agent: denied like any route, with a decision a human can approve.
    let r = h.with_token(&watcher, "GET", "/metrics", &[], None);
    assert_eq!((r.status, r.json()["error"]["code"].as_str()), (403, Some("AuthorizationDenied")), "{}", r.body);
    assert_eq!(h.anonymous("GET", "/metrics").status, 401);

    let before = scrape(&h);
    for family in ["temper_build_info", "temper_uptime_seconds", "temper_commit_duration_seconds"] {
        assert!(before.types.contains_key(family), "{family} is exposed from the start");
    }
    let r = h.request("POST", TASKS, &[], Some(r#"{"Id": "m1", "title": "measured"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    let (agent, _) = h.agent("bot", "worker", "triager");
    assert_eq!(h.with_token(&agent, "POST", TASKS, &[], Some(r#"{"title": "denied"}"#)).status, 403);
    // A guard refusal (`Plan` needs an estimate).
    let r = h.request("POST", &format!("{TASKS}('m1')/Temper.Tasks.Plan"), &[], Some("{}"));
    assert_eq!(r.status, 409, "{}", r.body);
    let after = scrape(&h);

    let delta = |f: &dyn Fn(&Scrape) -> f64| f(&after) - f(&before);
    assert_eq!(delta(&|s| requests(s, CREATE, "POST", "201")), 1.0);
    assert_eq!(delta(&|s| requests(s, CREATE, "POST", "403")), 1.0);
    assert_eq!(delta(&|s| requests(s, ACTION, "POST", "409")), 1.0);
    assert!(delta(&|s| s.value("temper_commits_total", &[("tenant", "tasks")])) >= 1.0);
    assert_eq!(delta(&|s| s.value("temper_authz_denials_total", &[("tenant", "tasks"), ("action", "create")])), 1.0);
    assert!(delta(&|s| s.value("temper_authz_decisions_total", &[("decision", "deny")])) >= 1.0);
    assert!(delta(&|s| s.value("temper_authz_decisions_total", &[("decision", "allow")])) >= 3.0);
    // The denial and the refusal are dispatches that committed nothing: trajectory rows.
    assert!(delta(&|s| s.value("temper_trajectories_total", &[("origin", "request")])) >= 2.0);
    assert!(delta(&|s| s.value("temper_component_calls_total", &[("component", "odata"), ("outcome", "ok")])) >= 3.0);
    assert!(
        delta(&|s| s.value("temper_http_request_duration_seconds_count", &[("route", CREATE)])) >= 2.0,
        "the latency histogram counts by route"
    );
    assert!(after.check_histograms().unwrap() >= 4, "every histogram is consistent");
    // Bounded labels: route templates, never a raw path or an entity id.
    for s in &after.samples {
        for v in s.labels.values() {
            assert!(!v.contains("m1") && !v.contains("/tasks/"), "a raw path or id in a label: {s:?}");
        }
    }

    // A monitoring agent a `_platform` policy permits.
    let policy = json!({"id": "monitoring", "text":
        "permit(principal == Agent::\"watcher\", action == Action::\"read_metrics\", resource);"});
    let r = h.request("POST", "/api/tenants/_platform/policies", &[], Some(&policy.to_string()));
    assert!(r.status == 200 || r.status == 201, "{}", r.body);
    let r = h.with_token(&watcher, "GET", "/metrics", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let s = Scrape::parse(&r.body).unwrap();
    assert_eq!(requests(&s, "/metrics", "GET", "403"), 1.0, "the agent's own denial was counted");
    // It may read metrics and nothing more.
    assert_eq!(h.with_token(&watcher, "GET", TASKS, &[], None).status, 403);
}

/// The spans of one trace, by name.
fn by_name<'a>(spans: &'a [Json], trace: &str, name: &str) -> Vec<&'a Json> {
    spans.iter().filter(|s| s["traceId"] == trace && s["name"] == name).collect()
}

fn attr<'a>(span: &'a Json, key: &str) -> &'a Json {
    let attrs = span["attributes"].as_array().unwrap();
    attrs.iter().find(|a| a["key"] == key).map_or(&Json::Null, |a| &a["value"])
}

/// Whether `ancestor` is `span`'s parent, grandparent, … within `spans`.
fn descends(spans: &[Json], span: &Json, ancestor: &Json) -> bool {
    let mut parent = span["parentSpanId"].clone();
    for _ in 0..16 {
        if parent == ancestor["spanId"] {
            return true;
        }
        match spans.iter().find(|s| s["spanId"] == parent) {
            Some(p) => parent = p["parentSpanId"].clone(),
            None => return false,
        }
    }
    false
}

#[test]
fn traces_reach_the_collector_with_parents_and_the_callers_trace() {
    let collector = Collector::start();
    let h = start_with_env(
        &fresh_dir("telemetry-traces"),
        &[("OTEL_EXPORTER_OTLP_ENDPOINT", &collector.url()), ("OTEL_BSP_SCHEDULE_DELAY", "100")],
        &[],
    );
    assert!(h.boot_log.iter().any(|l| l.contains("traces") && l.contains(&collector.url())), "{:?}", h.boot_log);
    let trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    let caller = "00f067aa0ba902b7";
    let tp = format!("00-{trace}-{caller}-01");
    let r = h.request("POST", TASKS, &[("traceparent", &tp)], Some(r#"{"Id": "tr1", "title": "traced"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    let spans = collector.wait_for("create trace", |s| {
        !by_name(s, trace, "storage.commit").is_empty() && !by_name(s, trace, "POST /{tenant}/odata/{set}").is_empty()
    });
    let root = by_name(&spans, trace, "POST /{tenant}/odata/{set}")[0];
    assert_eq!(root["parentSpanId"], caller, "the caller's span is the parent");
    assert_eq!(root["kind"], 2, "a server span");
    assert_eq!(attr(root, "http.route")["stringValue"], CREATE);
    assert_eq!(attr(root, "http.response.status_code")["intValue"], "201");
    assert_eq!(attr(root, "temper.principal.kind")["stringValue"], "Admin");
    assert_eq!(attr(root, "temper.tenant")["stringValue"], "tasks");
    let odata = by_name(&spans, trace, "odata.handle")[0];
    assert_eq!(odata["parentSpanId"], root["spanId"]);
    let checks = by_name(&spans, trace, "authz.check");
    let create = checks.iter().find(|c| attr(c, "cedar.action")["stringValue"] == "create").expect("a create check");
    assert_eq!(attr(create, "cedar.decision")["stringValue"], "allow");
    assert!(descends(&spans, create, odata), "Cedar ran inside the component call: {create}");
    let commit = by_name(&spans, trace, "storage.commit")[0];
    assert!(descends(&spans, commit, odata), "the commit came from the component: {commit}");
    assert_eq!(attr(commit, "temper.events")["intValue"], "1");
    assert_eq!(attr(commit, "temper.stream")["stringValue"], "tasks/Task/tr1");
    for s in by_name(&spans, trace, "interpreter.describe").iter().chain(&by_name(&spans, trace, "interpreter.created"))
    {
        assert!(descends(&spans, s, odata));
    }
    for s in [root, odata, *create, commit] {
        let (start, end) = (s["startTimeUnixNano"].as_str().unwrap(), s["endTimeUnixNano"].as_str().unwrap());
        assert!(start.parse::<u64>().unwrap() <= end.parse::<u64>().unwrap(), "{s}");
        assert_eq!(s["traceId"].as_str().unwrap().len(), 32);
        assert_eq!(s["spanId"].as_str().unwrap().len(), 16);
    }
    let (_, resource) = collector.spans().into_iter().find(|(s, _)| s["traceId"] == trace).unwrap();
    assert!(
        resource["attributes"]
            .as_array()
            .unwrap()
            .contains(&json!({"key": "service.name", "value": {"stringValue": "temper-host"}}))
    );

    // A caller that did not sample its trace: nothing of it is recorded (parent-based).
    let unsampled = "0af7651916cd43dd8448eb211c80319c";
    let tp = format!("00-{unsampled}-b7ad6b7169203331-00");
    assert_eq!(h.request("GET", &format!("{TASKS}('tr1')"), &[("traceparent", &tp)], None).status, 200);

    // Without a traceparent: a trace of its own, with a root span. A denial is a `deny` check.
    let (agent, _) = h.agent("bot", "worker", "triager");
    assert_eq!(h.with_token(&agent, "GET", TASKS, &[], None).status, 403);
    let spans = collector.wait_for("the denial", |s| {
        s.iter().any(|x| x["name"] == "authz.check" && attr(x, "cedar.decision")["stringValue"] == "deny")
    });
    let deny = spans
        .iter()
        .find(|x| x["name"] == "authz.check" && attr(x, "cedar.decision")["stringValue"] == "deny")
        .unwrap();
    let t = deny["traceId"].as_str().unwrap();
    assert_ne!(t, trace);
    let root = spans.iter().find(|s| s["traceId"] == t && s["name"] == "GET /{tenant}/odata/{set}").unwrap();
    assert!(root.get("parentSpanId").is_none(), "a new trace starts at the request: {root}");
    assert_eq!(attr(root, "http.response.status_code")["intValue"], "403");
    assert_eq!(attr(root, "temper.principal.kind")["stringValue"], "Agent");
    assert!(descends(&spans, deny, root));
    assert!(spans.iter().all(|s| s["traceId"] != unsampled), "an unsampled trace was exported");
    // A platform route decides on a blocking thread: still a child of its request.
    assert_eq!(h.request("GET", "/api/tenants/tasks/policies", &[], None).status, 200);
    let spans = collector
        .wait_for("the platform route", |s| s.iter().any(|x| x["name"] == "GET /api/tenants/{tenant}/policies"));
    let root = spans.iter().find(|x| x["name"] == "GET /api/tenants/{tenant}/policies").unwrap();
    let check = spans.iter().find(|x| x["traceId"] == root["traceId"] && x["name"] == "authz.check").unwrap();
    assert_eq!(check["parentSpanId"], root["spanId"]);
    assert_eq!(h.stop().code(), Some(0));
}

#[test]
fn a_collector_that_is_down_costs_requests_nothing_and_export_resumes() {
    // A port nothing listens on (yet).
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let endpoint = format!("http://127.0.0.1:{port}");
    let h = start_with_env(
        &fresh_dir("telemetry-down"),
        &[("OTEL_BSP_SCHEDULE_DELAY", "50")],
        &["--otlp-endpoint", &endpoint],
    );
    let started = std::time::Instant::now();
    for i in 0..40 {
        let r = h.request("POST", TASKS, &[], Some(&format!(r#"{{"Id": "d{i}", "title": "x"}}"#)));
        assert_eq!(r.status, 201, "{}", r.body);
        assert_eq!(h.request("GET", &format!("{TASKS}('d{i}')"), &[], None).status, 200);
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "requests were slowed: {:?}", started.elapsed());
    assert_eq!(h.anonymous("GET", "/healthz").body, "ok");
    // The failed exports are counted, not hidden.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let s = scrape(&h);
        if s.value("temper_otlp_export_errors_total", &[]) >= 1.0
            && s.value("temper_otlp_spans_dropped_total", &[("reason", "export_failed")]) >= 1.0
        {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no export error counted");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // The collector comes up on that port: spans flow again.
    let Ok(listener) = std::net::TcpListener::bind(("127.0.0.1", port)) else { return };
    let collector = Collector::on(listener);
    assert_eq!(h.request("GET", &format!("{TASKS}('d0')"), &[], None).status, 200);
    collector.wait_for("spans after the collector came up", |s| {
        s.iter().any(|x| x["name"] == "GET /{tenant}/odata/{set}('{id}')")
    });
    assert!(scrape(&h).value("temper_otlp_spans_exported_total", &[]) >= 1.0);
    assert_eq!(h.stop().code(), Some(0));
}

#[test]
fn spans_still_queued_are_sent_at_shutdown() {
    let collector = Collector::start();
    // A batch would wait a minute: only the shutdown flush can send it in time.
    let h = start_with_env(
        &fresh_dir("telemetry-flush"),
        &[
            ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", &format!("{}/v1/traces", collector.url())),
            ("OTEL_BSP_SCHEDULE_DELAY", "60000"),
        ],
        &[],
    );
    assert_eq!(h.request("POST", TASKS, &[], Some(r#"{"Id": "f1", "title": "flushed"}"#)).status, 201);
    assert!(collector.spans().is_empty(), "nothing is sent before the batch is due");
    assert_eq!(h.stop().code(), Some(0));
    let spans =
        collector.wait_for("the flushed spans", |s| s.iter().any(|x| x["name"] == "POST /{tenant}/odata/{set}"));
    assert!(spans.iter().any(|x| x["name"] == "storage.commit"));
}
