//! Post-commit work on the real binary: a reaction chain across three entity types (Request →
//! Ticket → Job → back to the Request), a `[[state_timeout]]` that fires only once the test
//! advances the clock, and a SIGKILL during a burst of chained actions after which the
//! restarted server finishes every chain exactly once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const T: &str = "/chain/odata";

fn apps() -> PathBuf {
    fixture_apps("chain_app", "chain")
}

fn start(dir: &std::path::Path, apps: &std::path::Path) -> Host {
    Host::start_args(dir, apps, &["--test-clock"])
}

/// Polls `path` until `done` holds for its JSON (or 20 s pass); returns the last JSON.
fn wait_for(h: &Host, path: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let r = h.request("GET", path, &[], None);
        let v = if r.status == 200 { r.json() } else { Value::Null };
        if done(&v) || Instant::now() > deadline {
            return v;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every entity of a set, following `@odata.nextLink`.
fn all(h: &Host, set: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut path = format!("{T}/{set}");
    loop {
        let r = h.request("GET", &path, &[], None);
        assert_eq!(r.status, 200, "{}", r.body);
        let v = r.json();
        out.extend(v["value"].as_array().unwrap().iter().cloned());
        match v["@odata.nextLink"].as_str() {
            Some(next) => path = next[next.find(T).unwrap()..].to_string(),
            None => return out,
        }
    }
}

#[test]
fn a_reaction_chain_crosses_three_entity_types() {
    let dir = fresh_dir("chain");
    let h = start(&dir, &apps());
    let r = h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "r1"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    let r = h.request("POST", &format!("{T}/Requests('r1')/Temper.Chain.Route"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let req = wait_for(&h, &format!("{T}/Requests('r1')"), |v| v["status"] == "Closed");
    assert_eq!(req["status"], "Closed", "the chain came back to the Request: {req}");
    let ticket = h.request("GET", &format!("{T}/Tickets('r1-derived')"), &[], None);
    assert_eq!(ticket.status, 200, "the Ticket was created by the reaction: {}", ticket.body);
    assert_eq!(ticket.json()["status"], "Opened");
    assert_eq!(ticket.json()["request_id"], "r1");
    let jobs = all(&h, "Jobs");
    assert_eq!(jobs.len(), 1, "exactly one Job: {jobs:?}");
    assert_eq!(jobs[0]["status"], "Started");
    assert_eq!(jobs[0]["ticket_id"], "r1-derived");
    assert_eq!(req["closed_by"], jobs[0]["Id"], "the Job's id reached the Request through the reaction's args");
}

#[test]
fn a_state_timeout_fires_when_the_clock_is_advanced() {
    let dir = fresh_dir("timer");
    let h = start(&dir, &apps());
    assert_eq!(h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "w1"}"#)).status, 201);
    let r = h.request("POST", &format!("{T}/Requests('w1')/Temper.Chain.Hold"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    // Not due yet: an hour is an hour.
    std::thread::sleep(Duration::from_millis(1500));
    let now = h.request("GET", &format!("{T}/Requests('w1')"), &[], None).json();
    assert_eq!(now["status"], "Waiting", "the timer must not fire early");
    let adv = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 3601}"#));
    assert_eq!(adv.status, 200, "{}", adv.body);
    let v = wait_for(&h, &format!("{T}/Requests('w1')"), |v| v["status"] == "Escalated");
    assert_eq!(v["status"], "Escalated", "the timeout fired after the clock moved: {v}");
}

#[test]
fn creating_an_entity_arms_the_timers_of_its_initial_state() {
    let dir = fresh_dir("initial-timer");
    let h = start(&dir, &apps());
    assert_eq!(h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "o1"}"#)).status, 201);
    let adv = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 3700}"#));
    assert_eq!(adv.status, 200, "{}", adv.body);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(h.request("GET", &format!("{T}/Requests('o1')"), &[], None).json()["status"], "Open");
    let adv = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 86400}"#));
    assert_eq!(adv.status, 200, "{}", adv.body);
    let v = wait_for(&h, &format!("{T}/Requests('o1')"), |v| v["status"] == "Expired");
    assert_eq!(v["status"], "Expired", "the creation armed the Open timeout: {v}");
}

#[test]
fn the_system_clock_cannot_be_advanced() {
    let dir = fresh_dir("no-test-clock");
    let h = Host::start_with(&dir, &apps());
    let adv = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 10}"#));
    assert_eq!(adv.status, 409, "{}", adv.body);
    assert!(adv.body.contains("--test-clock"), "{}", adv.body);
    let bad = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": -1}"#));
    assert_eq!(bad.status, 400, "{}", bad.body);
}

#[test]
fn sigkill_during_a_burst_loses_no_pending_work_and_runs_nothing_twice() {
    let dir = fresh_dir("chain-crash");
    let apps = apps();
    let h = start(&dir, &apps);
    const N: usize = 200;
    for i in 0..N {
        let r = h.request("POST", &format!("{T}/Requests"), &[], Some(&format!(r#"{{"Id": "b{i}"}}"#)));
        assert_eq!(r.status, 201, "{}", r.body);
    }
    // A timer armed before the crash must still fire after it.
    assert_eq!(h.request("POST", &format!("{T}/Requests"), &[], Some(r#"{"Id": "late"}"#)).status, 201);
    assert_eq!(h.request("POST", &format!("{T}/Requests('late')/Temper.Chain.Hold"), &[], Some("{}")).status, 200);
    // The burst: 4 clients route the requests; the server is killed while they do, once a
    // quarter of them were acknowledged.
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut workers = Vec::new();
    for c in 0..4 {
        let (addr, token, count) = (h.addr.clone(), h.token.clone(), count.clone());
        workers.push(std::thread::spawn(move || {
            let mut acked = Vec::new();
            for i in (c..N).step_by(4) {
                let auth = format!("Bearer {token}");
                let path = format!("{T}/Requests('b{i}')/Temper.Chain.Route");
                let r =
                    std::panic::catch_unwind(|| request(&addr, "POST", &path, &[("Authorization", &auth)], Some("{}")));
                match r {
                    Ok(resp) if resp.status == 200 => {
                        acked.push(i);
                        count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                    _ => break,
                }
            }
            acked
        }));
    }
    let start_wait = Instant::now();
    while count.load(std::sync::atomic::Ordering::SeqCst) < N / 4 && start_wait.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(2));
    }
    h.kill();
    let acked: Vec<usize> = workers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    assert!(!acked.is_empty(), "some actions were acknowledged before the kill");

    let h = start(&dir, &apps);
    // The kill left work in the outbox (at least the armed timer), and the restart resumes it.
    let pending = h.boot_log.iter().find(|l| l.contains("post-commit work item(s)")).cloned().unwrap_or_default();
    eprintln!("acknowledged {} of {N} routes; at restart: {pending}", acked.len());
    let n: usize = pending.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!(n >= 1, "the restart reports the pending work: {:?}", h.boot_log);
    // Every chain whose first action committed completes; none runs twice.
    let deadline = Instant::now() + Duration::from_secs(30);
    let requests = loop {
        let rs = all(&h, "Requests");
        let routed = rs.iter().filter(|r| r["status"] == "Routed").count();
        if routed == 0 || Instant::now() > deadline {
            break rs;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    for i in &acked {
        let r = requests.iter().find(|r| r["Id"] == format!("b{i}")).unwrap();
        assert_eq!(r["status"], "Closed", "acknowledged b{i} finished its chain after the restart: {r}");
    }
    let closed: Vec<&Value> = requests.iter().filter(|r| r["status"] == "Closed").collect();
    assert!(requests.iter().all(|r| r["status"] != "Routed"), "no chain is stuck halfway");
    let jobs = all(&h, "Jobs");
    assert_eq!(jobs.len(), closed.len(), "one Job per closed Request, none twice");
    let tickets = all(&h, "Tickets");
    assert_eq!(tickets.len(), closed.len(), "one Ticket per closed Request");
    for r in &closed {
        let id = r["Id"].as_str().unwrap();
        let mine: Vec<_> = jobs.iter().filter(|j| j["request_id"] == id).collect();
        assert_eq!(mine.len(), 1, "{id} has exactly one Job: {mine:?}");
        assert_eq!(r["closed_by"], mine[0]["Id"]);
    }
    // The hold from before the crash is still armed.
    let adv = h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 3601}"#));
    assert_eq!(adv.status, 200, "{}", adv.body);
    let late = wait_for(&h, &format!("{T}/Requests('late')"), |v| v["status"] == "Escalated");
    assert_eq!(late["status"], "Escalated", "the timer survived the SIGKILL: {late}");
    let h_dir = h.data_dir.clone();
    h.stop();
    assert_no_drift(&h_dir);
}

#[test]
fn a_reaction_cycle_is_reported_not_looped() {
    let dir = fresh_dir("cycle");
    let h = Host::start_with(&dir, &fixture_apps("ping_app", "ping"));
    let p = "/ping/odata/Pingers";
    assert_eq!(h.request("POST", p, &[], Some(r#"{"Id": "a"}"#)).status, 201);
    let r = h.request("POST", &format!("{p}('a')/Temper.Ping.Ping"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let deadline = Instant::now() + Duration::from_secs(20);
    let rows = loop {
        let r = h.request("GET", "/api/tenants/ping/trajectories?failed=true", &[], None).json();
        let rows = r["value"].as_array().unwrap().clone();
        if !rows.is_empty() || Instant::now() > deadline {
            break rows;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["error_code"], "ReactionCycle", "{}", rows[0]);
    assert!(rows[0]["error"].as_str().unwrap().contains("Pinger('a').Ping -> Pinger('a').Ping"), "{}", rows[0]);
    // The repeat never ran: one ping, the agent's.
    assert_eq!(h.request("GET", &format!("{p}('a')"), &[], None).json()["pings"], 1);
}

#[test]
fn spawned_children_and_schedules_run() {
    let dir = fresh_dir("spawn");
    let h = Host::start_args(&dir, &fixture_apps("spawn_app", "work"), &["--test-clock"]);
    let p = "/work/odata/Projects";
    assert_eq!(h.request("POST", p, &[], Some(r#"{"Id": "pr1"}"#)).status, 201);
    let r = h.request("POST", &format!("{p}('pr1')/Temper.Work.Divide"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let child = r.json()["steps"][0].as_str().unwrap().to_string();
    let step = wait_for(&h, &format!("/work/odata/Steps('{child}')"), |v| v["status"] == "Begun");
    assert_eq!(step["status"], "Begun", "the spawned child began: {step}");
    assert_eq!(step["project"], "pr1", "it got its parent's id: {step}");
    // The reminder is a minute away.
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(h.request("GET", &format!("{p}('pr1')"), &[], None).json()["reminded"], false);
    assert_eq!(h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 61}"#)).status, 200);
    let v = wait_for(&h, &format!("{p}('pr1')"), |v| v["reminded"] == true);
    assert_eq!(v["reminded"], true, "schedule('Remind', 60) ran: {v}");
}

#[test]
fn schedule_at_fires_at_the_time_a_variable_names() {
    // The bundled tasks app: SetDueDate schedules MarkOverdue at `due_at` (seconds since the
    // epoch).
    let dir = fresh_dir("schedule-at");
    let h = Host::start_args(&dir, &unseeded_apps(), &["--test-clock"]);
    let now_s = h.request("GET", "/api/clock", &[], None).json()["now_ms"].as_u64().unwrap() / 1000;
    let t = "/tasks/odata/Tasks";
    assert_eq!(h.request("POST", t, &[], Some(r#"{"Id": "t1", "title": "x"}"#)).status, 201);
    let body = format!(r#"{{"due_at": {}}}"#, now_s + 3600);
    let r = h.request("POST", &format!("{t}('t1')/Temper.Tasks.SetDueDate"), &[], Some(&body));
    assert_eq!(r.status, 200, "{}", r.body);
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(h.request("GET", &format!("{t}('t1')"), &[], None).json()["overdue"], false);
    assert_eq!(h.request("POST", "/api/clock", &[], Some(r#"{"advance_seconds": 3601}"#)).status, 200);
    let v = wait_for(&h, &format!("{t}('t1')"), |v| v["overdue"] == true);
    assert_eq!(v["overdue"], true, "MarkOverdue ran at due_at: {v}");
}
