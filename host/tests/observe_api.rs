//! The Observe dashboard's routes over real HTTP against the real binary: its files are served
//! without a token (and hold no data); per-agent activity, an entity's history, a spec's SVG
//! diagram and the verification report answer an admin, refuse an agent no policy permits with
//! 403, say 404 for an unknown tenant, type or id, and 400 with the parameter named for bad
//! input.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::json;

const TASKS: &str = "/tasks/odata/Tasks";

/// An apps directory holding only the tasks app (no seeds): a quick start.
pub fn tasks_only() -> std::path::PathBuf {
    let dir = fresh_dir("observe-apps");
    copy(&unseeded_apps().join("tasks"), &dir.join("tasks"));
    dir
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() { copy(&p, &t) } else { std::fs::copy(&p, &t).map(|_| ()).unwrap() }
    }
}

fn assert_bad(r: &Response, names: &str) {
    assert_eq!(r.status, 400, "{}", r.body);
    let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains(names), "the message names `{names}`: {msg}");
}

fn assert_404(r: &Response, names: &str) {
    assert_eq!(r.status, 404, "{}", r.body);
    let msg = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains(names), "the message names `{names}`: {msg}");
}

#[test]
fn the_page_is_served_without_a_token_and_holds_no_data() {
    let h = Host::start_with(&fresh_dir("observe-page"), &tasks_only());
    let page = h.anonymous("GET", "/observe");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    assert!(page.body.contains("/observe/app.js") && !page.body.contains(&h.token));
    let csp = page.header("content-security-policy").unwrap();
    assert!(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), "{csp}");
    for file in ["app.js", "api.js", "decisions.js", "specs.js", "report.js", "evolution.js", "style.css"] {
        let r = h.anonymous("GET", &format!("/observe/{file}"));
        assert_eq!(r.status, 200, "{file}: {}", r.body);
    }
    assert_eq!(h.anonymous("GET", "/observe/app.js").header("content-type"), Some("text/javascript; charset=utf-8"));
    assert_404(&h.anonymous("GET", "/observe/secrets.json"), "secrets.json");
    assert_eq!(h.anonymous("POST", "/observe").status, 405);
    // Everything else still needs a token.
    assert_eq!(h.anonymous("GET", "/api/tenants/tasks/agents").status, 401);
}

#[test]
fn admins_read_agents_history_diagrams_and_reports_and_bad_input_is_named() {
    let h = Host::start_with(&fresh_dir("observe-api"), &tasks_only());
    let r = h.request("POST", TASKS, &[], Some(&json!({"title": "watch me"}).to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["Id"].as_str().unwrap().to_string();
    let act = |action: &str, body: &str| {
        let r = h.request("POST", &format!("{TASKS}('{id}')/Temper.Tasks.{action}"), &[], Some(body));
        assert_eq!(r.status, 200, "{action}: {}", r.body);
    };
    act("Estimate", r#"{"points": 3}"#);
    act("Plan", "{}");
    let (bot, _) = h.agent("bot-7", "worker", "triager");
    for _ in 0..2 {
        assert_eq!(h.with_token(&bot, "POST", TASKS, &[], Some(r#"{"title": "nope"}"#)).status, 403);
    }

    // Agents: the bot's two denials, the admin's three dispatches.
    let r = h.request("GET", "/api/tenants/tasks/agents?recent=1", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    let agents = v["agents"].as_array().unwrap();
    let bot_row = agents.iter().find(|a| a["agent"] == "Agent::\"bot-7\"").unwrap_or_else(|| panic!("{v}"));
    assert_eq!((bot_row["dispatches"].as_u64(), bot_row["denials"].as_u64()), (Some(2), Some(2)), "{v}");
    assert_eq!(bot_row["denial_rate"].as_f64(), Some(1.0));
    assert_eq!(bot_row["recent"].as_array().unwrap().len(), 1, "`recent=1` keeps one row");
    assert_eq!(bot_row["recent"][0]["error_code"], "AuthorizationDenied");
    assert!(bot_row["decisions"][0].as_str().unwrap().starts_with("PD-"), "{bot_row}");
    let admin = agents.iter().find(|a| a["agent"].as_str().unwrap().starts_with("Admin::")).unwrap();
    assert_eq!((admin["dispatches"].as_u64(), admin["denials"].as_u64()), (Some(3), Some(0)), "{v}");
    let future = h.request("GET", "/api/tenants/tasks/agents?since=99999999999999", &[], None).json();
    assert_eq!(future["agents"], json!([]), "a window with nothing in it");
    assert_bad(&h.request("GET", "/api/tenants/tasks/agents?since=yesterday", &[], None), "since");
    assert_bad(&h.request("GET", "/api/tenants/tasks/agents?since=9&until=9", &[], None), "since=9");
    assert_bad(&h.request("GET", "/api/tenants/tasks/agents?recent=1000", &[], None), "recent");
    assert_bad(&h.request("GET", "/api/tenants/tasks/agents?colour=red", &[], None), "colour");

    // History: created, Estimate, Plan — oldest first, with states and who did it.
    let path = format!("/api/tenants/tasks/entities/Task/{id}/history");
    let v = h.request("GET", &path, &[], None).json();
    assert_eq!((v["status"].as_str(), v["seq"].as_u64()), (Some("Todo"), Some(3)), "{v}");
    let events = v["events"].as_array().unwrap();
    let kinds: Vec<(&str, &str)> =
        events.iter().map(|e| (e["kind"].as_str().unwrap(), e["action"].as_str().unwrap_or(""))).collect();
    assert_eq!(kinds, [("created", ""), ("action", "Estimate"), ("action", "Plan")]);
    assert_eq!(
        (events[0]["to"].as_str(), events[2]["from"].as_str(), events[2]["to"].as_str()),
        (Some("Backlog"), Some("Backlog"), Some("Todo"))
    );
    assert_eq!(events[1]["params"]["points"], 3);
    assert!(events[0]["actor"].as_str().unwrap().starts_with("Admin::"));
    let page = h.request("GET", &format!("{path}?after=1&limit=1"), &[], None).json();
    assert_eq!((page["events"][0]["seq"].as_u64(), page["next"].as_u64()), (Some(2), Some(2)), "{page}");
    assert_bad(&h.request("GET", &format!("{path}?limit=0"), &[], None), "limit");
    assert_bad(&h.request("GET", &format!("{path}?after=x"), &[], None), "after");
    assert_404(&h.request("GET", "/api/tenants/tasks/entities/Task/no-such-task/history", &[], None), "no-such-task");
    assert_404(&h.request("GET", &format!("/api/tenants/tasks/entities/Ticket/{id}/history"), &[], None), "Ticket");
    assert_404(&h.request("GET", &format!("/api/tenants/nowhere/entities/Task/{id}/history"), &[], None), "nowhere");

    // The diagram: an SVG document naming every state and every action.
    let r = h.request("GET", "/api/tenants/tasks/specs/Task/diagram.svg", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("image/svg+xml"));
    let doc = roxmltree::Document::parse(&r.body).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let specs = h.request("GET", "/api/tenants/tasks/specs", &[], None).json();
    let task = &specs["specs"][0];
    for s in task["states"].as_array().unwrap() {
        assert!(r.body.contains(&format!("data-state=\"{}\"", s.as_str().unwrap())), "state {s}");
    }
    for a in task["actions"].as_array().unwrap() {
        assert!(r.body.contains(a["name"].as_str().unwrap()), "action {}", a["name"]);
    }
    assert_404(&h.request("GET", "/api/tenants/tasks/specs/Ticket/diagram.svg", &[], None), "Ticket");
    assert_404(&h.request("GET", "/api/tenants/nowhere/specs/Task/diagram.svg", &[], None), "nowhere");

    // The verification report the deploy gate stored for the deployed files.
    let r = h.request("GET", "/api/tenants/tasks/verification", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!((v["report"]["passed"].as_bool(), v["report"]["cached"].as_bool()), (Some(true), Some(true)), "{v}");
    assert_eq!(v["report"]["specs"][0]["spec"], "Task");
    let levels: Vec<&str> =
        v["report"]["specs"][0]["levels"].as_array().unwrap().iter().map(|l| l["level"].as_str().unwrap()).collect();
    assert!(levels.contains(&"L1"), "{levels:?}");
    assert_404(&h.request("GET", "/api/tenants/nowhere/verification", &[], None), "nowhere");
    assert_eq!(h.request("GET", "/api/tenants/Bad_Tenant/verification", &[], None).status, 400);
}

#[test]
fn an_agent_no_policy_permits_is_refused_every_dashboard_read() {
    let h = Host::start_with(&fresh_dir("observe-403"), &tasks_only());
    let r = h.request("POST", TASKS, &[], Some(&json!({"title": "x"}).to_string()));
    let id = r.json()["Id"].as_str().unwrap().to_string();
    let (bot, _) = h.agent("nosy", "worker", "triager");
    for path in [
        "/api/tenants/tasks/agents".to_string(),
        format!("/api/tenants/tasks/entities/Task/{id}/history"),
        "/api/tenants/tasks/specs/Task/diagram.svg".to_string(),
        "/api/tenants/tasks/verification".to_string(),
    ] {
        let r = h.with_token(&bot, "GET", &path, &[], None);
        assert_eq!(r.status, 403, "{path}: {}", r.body);
        assert_eq!(r.json()["error"]["code"], "AuthorizationDenied", "{path}");
        assert!(!r.body.contains("Backlog"), "{path}: a denial reveals nothing");
    }
    // A human grants the agent the tenant's journal: its history is then readable, nothing else.
    let (decision, _) = {
        let r = h.with_token(&bot, "GET", &format!("/api/tenants/tasks/entities/Task/{id}/history"), &[], None);
        (r.json()["error"]["decision"].as_str().unwrap().to_string(), ())
    };
    let body = json!({"scope": "medium", "reason": "may read the journal"}).to_string();
    let r = h.request("POST", &format!("/api/tenants/tasks/decisions/{decision}/approve"), &[], Some(&body));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h.with_token(&bot, "GET", &format!("/api/tenants/tasks/entities/Task/{id}/history"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(h.with_token(&bot, "GET", "/api/tenants/tasks/agents", &[], None).status, 403);
}
