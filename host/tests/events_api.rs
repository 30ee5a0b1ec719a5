//! The real binary over real HTTP: the tenant event stream (SSE) replays the journal, follows
//! new commits live, resumes after `Last-Event-ID` with exactly the missed events, and starts
//! from now with `?after=now`; the
//! trajectories endpoint filters, orders and pages rows written into the server's store, and
//! refuses bad parameters by name; agents need a tenant policy for either.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::{Value as Json, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig};
use temper_host::storage::{Backend, TrajectoryRow};

const T: &str = "/tasks/odata/Tasks";

#[derive(Debug)]
struct Frame {
    id: u64,
    event: String,
    data: Json,
}

/// A streaming SSE client: one connection, the chunked body decoded as it arrives.
struct Sse {
    s: TcpStream,
    raw: Vec<u8>,
    text: String,
    status: u16,
    head: String,
    comments: Vec<String>,
}

impl Sse {
    fn open(h: &Host, path: &str, extra: &[(&str, &str)]) -> Sse {
        let mut s = TcpStream::connect(&h.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
        let mut req = format!("GET {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\n", h.addr, h.token);
        for (k, v) in extra {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("Accept: text/event-stream\r\n\r\n");
        s.write_all(req.as_bytes()).unwrap();
        let mut sse = Sse { s, raw: Vec::new(), text: String::new(), status: 0, head: String::new(), comments: vec![] };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !sse.raw.windows(4).any(|w| w == b"\r\n\r\n") {
            assert!(Instant::now() < deadline, "no response head");
            sse.read_some();
        }
        let end = sse.raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        sse.head = String::from_utf8_lossy(&sse.raw[..end]).into_owned();
        sse.raw.drain(..end + 4);
        sse.status = sse.head.split_whitespace().nth(1).unwrap().parse().unwrap();
        sse
    }

    /// Reads what is there (up to 100 ms); false at the end of the stream.
    fn read_some(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        match self.s.read(&mut buf) {
            Ok(0) => false,
            Ok(n) => {
                self.raw.extend_from_slice(&buf[..n]);
                true
            }
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => true,
            Err(e) => panic!("{e}"),
        }
    }

    /// Moves complete chunks of the body into `text`.
    fn dechunk(&mut self) {
        while let Some(nl) = self.raw.windows(2).position(|w| w == b"\r\n") {
            let size = usize::from_str_radix(std::str::from_utf8(&self.raw[..nl]).unwrap().trim(), 16).unwrap();
            if self.raw.len() < nl + 2 + size + 2 {
                return;
            }
            self.text.push_str(std::str::from_utf8(&self.raw[nl + 2..nl + 2 + size]).unwrap());
            self.raw.drain(..nl + 2 + size + 2);
        }
    }

    /// The next event frame within `within` (comments are kept aside), or `None`.
    fn next(&mut self, within: Duration) -> Option<Frame> {
        let deadline = Instant::now() + within;
        loop {
            self.dechunk();
            if let Some(end) = self.text.find("\n\n") {
                let block: String = self.text.drain(..end + 2).collect();
                let (mut id, mut event, mut data) = (None, None, None);
                for line in block.lines() {
                    if let Some(c) = line.strip_prefix(':') {
                        self.comments.push(c.trim().to_string());
                    } else if let Some(v) = line.strip_prefix("id: ") {
                        id = Some(v.parse().unwrap());
                    } else if let Some(v) = line.strip_prefix("event: ") {
                        event = Some(v.to_string());
                    } else if let Some(v) = line.strip_prefix("data: ") {
                        data = Some(serde_json::from_str(v).unwrap());
                    }
                }
                if let (Some(id), Some(event), Some(data)) = (id, event, data) {
                    return Some(Frame { id, event, data });
                }
                continue;
            }
            if Instant::now() >= deadline || !self.read_some() {
                return None;
            }
        }
    }

    /// Frames until one whose entity id is `last_id` (inclusive).
    fn until_entity(&mut self, last_id: &str) -> Vec<Frame> {
        let mut out = Vec::new();
        while let Some(f) = self.next(Duration::from_secs(20)) {
            let done = f.data["entity_id"] == last_id;
            out.push(f);
            if done {
                return out;
            }
        }
        panic!("the stream ended before `{last_id}`: {out:?}");
    }
}

fn create(h: &Host, id: &str) {
    let r = h.request("POST", T, &[], Some(&json!({"Id": id, "title": format!("task {id}")}).to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
}

#[test]
fn event_stream_replays_follows_and_resumes_after_the_last_event_id() {
    let h = Host::start(&fresh_dir("events-sse"));
    for id in ["e1", "e2", "e3"] {
        create(&h, id);
    }
    let mut sse = Sse::open(&h, "/api/tenants/tasks/events", &[]);
    assert_eq!(sse.status, 200, "{}", sse.head);
    assert!(sse.head.to_ascii_lowercase().contains("content-type: text/event-stream"), "{}", sse.head);
    // Replay: everything journaled so far, in position order, ending with our three creates.
    let replay = sse.until_entity("e3");
    assert!(replay.windows(2).all(|w| w[0].id < w[1].id), "{replay:?}");
    // (The tasks app's seed entities come first.)
    let ours: Vec<&Frame> = replay
        .iter()
        .filter(|f| f.data["entity_type"] == "Task" && f.data["entity_id"].as_str().is_some_and(|i| i.starts_with('e')))
        .collect();
    assert_eq!(ours.iter().map(|f| f.data["entity_id"].as_str().unwrap()).collect::<Vec<_>>(), ["e1", "e2", "e3"]);
    for f in &ours {
        assert_eq!(
            (f.event.as_str(), f.data["kind"].as_str(), f.data["seq"].as_u64()),
            ("created", Some("created"), Some(1))
        );
        assert_eq!(f.data["position"].as_u64(), Some(f.id), "the frame id is the position");
        assert_eq!(f.data["actor"], "Admin::\"admin\"");
        assert!(f.data["payload"].is_object(), "the payload is JSON, not text: {}", f.data);
        assert!(f.data["time_ms"].as_u64().unwrap() > 0 && f.data["correlation_id"].is_string());
    }
    // Live: a commit made while connected arrives without polling.
    let t0 = Instant::now();
    create(&h, "e4");
    let live = sse.until_entity("e4");
    assert_eq!(live.len(), 1, "{live:?}");
    assert!(t0.elapsed() < Duration::from_secs(5));
    assert!(live[0].id > ours[2].id);
    let last = live[0].id;
    drop(sse);

    // Missed while disconnected: two creates, a bound action, a PATCH.
    create(&h, "e5");
    create(&h, "e6");
    let r = h.request("POST", &format!("{T}('e5')/Temper.Tasks.Estimate"), &[], Some(r#"{"points": 2}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h.request("PATCH", &format!("{T}('e1')"), &[], Some(r#"{"title": "renamed"}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let mut sse = Sse::open(&h, "/api/tenants/tasks/events", &[("Last-Event-ID", &last.to_string())]);
    assert_eq!(sse.status, 200, "{}", sse.head);
    let mut missed = Vec::new();
    while let Some(f) = sse.next(Duration::from_millis(1500)) {
        missed.push(f);
    }
    let got: Vec<(&str, &str, u64)> = missed
        .iter()
        .map(|f| (f.data["entity_id"].as_str().unwrap(), f.event.as_str(), f.data["seq"].as_u64().unwrap()))
        .collect();
    assert_eq!(got, [("e5", "created", 1), ("e6", "created", 1), ("e5", "action", 2), ("e1", "updated", 2)]);
    assert!(missed[0].id > last && missed.windows(2).all(|w| w[0].id < w[1].id), "{missed:?}");
    assert_eq!(missed[2].data["payload"]["action"], "Estimate");
    // `?after=` resumes the same way.
    let mut again = Sse::open(&h, &format!("/api/tenants/tasks/events?after={}", missed[1].id), &[]);
    let f = again.next(Duration::from_secs(10)).unwrap();
    assert_eq!((f.id, f.event.as_str()), (missed[2].id, "action"));
    // `?after=now` skips the journal so far: only what is committed from here on.
    let mut fresh = Sse::open(&h, "/api/tenants/tasks/events?after=now", &[]);
    assert_eq!(fresh.status, 200, "{}", fresh.head);
    assert!(fresh.next(Duration::from_millis(700)).is_none(), "nothing old is replayed");
    create(&h, "e7");
    let f = fresh.next(Duration::from_secs(10)).unwrap();
    assert_eq!((f.data["entity_id"].as_str(), f.event.as_str()), (Some("e7"), "created"));
    // Another tenant's stream holds none of these events.
    let mut other = Sse::open(&h, "/api/tenants/orders/events", &[]);
    assert_eq!(other.status, 200, "{}", other.head);
    while let Some(f) = other.next(Duration::from_millis(500)) {
        assert_ne!(f.data["entity_type"], "Task", "{f:?}");
    }
    // A resume point that is not a position is refused, naming what was wrong.
    let r = h.request("GET", "/api/tenants/tasks/events?after=yesterday", &[], None);
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("after"), "{}", r.body);
    let r = h.request("GET", "/api/tenants/tasks/events", &[("Last-Event-ID", "x1")], None);
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("Last-Event-ID"), "{}", r.body);
    let r = h.request("GET", "/api/tenants/tasks/events?from=3", &[], None);
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("`from`") && r.body.contains("after"), "{}", r.body);
    // Shutting down ends open streams: the server exits promptly, not after a drain timeout.
    let t0 = Instant::now();
    let status = h.stop();
    assert!(status.success(), "{status:?}");
    assert!(t0.elapsed() < Duration::from_secs(8), "shutdown took {:?}", t0.elapsed());
    // The stream ends (after the one event it had not delivered yet).
    let rest: Vec<Frame> = std::iter::from_fn(|| sse.next(Duration::from_secs(5))).take(10).collect();
    assert!(rest.len() <= 1 && rest.iter().all(|f| f.data["entity_id"] == "e7"), "the stream ended: {rest:?}");
}

fn row(id: &str, time_ms: u64, agent: &str, ok: bool) -> TrajectoryRow {
    TrajectoryRow {
        id: id.into(),
        // A tenant of its own: the bundled apps' seeds write trajectory rows into theirs.
        tenant: "audit".into(),
        time_ms,
        agent: format!("Agent::\"{agent}\""),
        origin: "request".into(),
        correlation_id: format!("c-{id}"),
        entity_type: Some("Task".into()),
        entity_id: Some(format!("t-{id}")),
        action: Some("Start".into()),
        params: Some(r#"{"why":"because"}"#.into()),
        ok,
        http_status: if ok { 200 } else { 403 },
        error_code: (!ok).then(|| "AuthorizationDenied".to_string()),
        authz_decision: Some(if ok { "allow" } else { "deny" }.into()),
        policies: vec!["builtin:admins".into()],
        ..TrajectoryRow::default()
    }
}

fn ids(r: &Response) -> Vec<String> {
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["value"].as_array().unwrap().iter().map(|v| v["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn trajectories_are_filtered_newest_first_and_paged() {
    let dir = fresh_dir("events-traj");
    let h = Host::start(&dir);
    // Rows written into the server's own store (the server's capture is not part of this test).
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let b = LibsqlBackend::open(LibsqlConfig::new(dir.join("temper.db"))).await.unwrap();
        b.record_trajectory(row("a", 1_000, "bot-1", true)).await.unwrap();
        b.record_trajectory(row("b", 2_000, "bot-2", false)).await.unwrap();
        let mut timer = row("c", 3_000, "bot-1", true);
        timer.origin = "timer".into();
        b.record_trajectory(timer).await.unwrap();
        b.record_trajectory(row("d", 4_000, "bot-1", false)).await.unwrap();
        b.record_trajectory(TrajectoryRow { tenant: "orders".into(), ..row("elsewhere", 5_000, "bot-1", true) })
            .await
            .unwrap();
        b.close().await;
    });
    let base = "/api/tenants/audit/trajectories";
    let get = |q: &str| h.request("GET", &format!("{base}{q}"), &[], None);
    let all = get("");
    assert_eq!(ids(&all), ["d", "c", "b", "a"], "newest first, this tenant only");
    let first = &all.json()["value"][3];
    assert_eq!(first["params"], json!({"why": "because"}), "params are JSON");
    assert_eq!((first["agent"].as_str(), first["ok"].as_bool()), (Some("Agent::\"bot-1\""), Some(true)));
    assert_eq!(first["policies"], json!(["builtin:admins"]));
    assert_eq!(all.json()["next"], Json::Null);
    assert_eq!(ids(&get("?agent=Agent%3A%3A%22bot-2%22")), ["b"]);
    assert_eq!(ids(&get("?failed=true")), ["d", "b"]);
    assert_eq!(ids(&get("?failed=true&agent=Agent::%22bot-1%22")), ["d"]);
    assert_eq!(ids(&get("?origin=timer")), ["c"]);
    assert_eq!(ids(&get("?since=2000&until=4000")), ["c", "b"]);
    assert_eq!(ids(&get("?entity_type=Task&entity_id=t-a")), ["a"]);
    assert_eq!(ids(&get("?action=Start&correlation=c-c")), ["c"]);
    assert!(ids(&get("?action=Stop")).is_empty());
    // Paging: `next` is the cursor of the following page, null on the last.
    let page = get("?limit=3");
    assert_eq!(ids(&page), ["d", "c", "b"]);
    let next = page.json()["next"].as_str().unwrap().to_string();
    let rest = get(&format!("?limit=3&after={next}"));
    assert_eq!((ids(&rest), rest.json()["next"].clone()), (vec!["a".to_string()], Json::Null));
    // Bad parameters: 400 naming the parameter and what it accepts.
    for (q, says) in [
        ("?limit=0", "1 to 1000"),
        ("?limit=5000", "1 to 1000"),
        ("?origin=whim", "request, integration, reaction, timer, schedule, spawn"),
        ("?failed=perhaps", "true or false"),
        ("?since=monday", "milliseconds"),
        ("?after=nope", "next"),
        ("?colour=red", "agent, entity_type"),
    ] {
        let r = get(q);
        assert_eq!(r.status, 400, "{q}: {}", r.body);
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        let name = q.trim_start_matches('?').split('=').next().unwrap();
        assert!(message.contains(name) && message.contains(says), "{q}: {message}");
    }
    // An agent may read trajectories (and events) only once a tenant policy permits it.
    let (token, _) = h.agent("watcher", "observer", "auditor");
    let r = h.with_token(&token, "GET", base, &[], None);
    assert_eq!((r.status, r.json()["error"]["code"].as_str()), (403, Some("AuthorizationDenied")), "{}", r.body);
    let policy = json!({"id": "auditors-read", "text":
        "permit(principal, action in [Action::\"read_trajectories\", Action::\"read_events\"], resource) when { principal has role && principal.role == \"auditor\" };"});
    let r = h.request("POST", "/api/tenants/audit/policies", &[], Some(&policy.to_string()));
    assert!(r.status == 200 || r.status == 201, "{}", r.body);
    assert_eq!(ids(&h.with_token(&token, "GET", &format!("{base}?limit=1"), &[], None)), ["d"]);
    assert_eq!(h.with_token(&token, "GET", "/api/tenants/orders/trajectories", &[], None).status, 403);
}
