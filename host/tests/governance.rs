//! Governance over real HTTP against the real binary: every route in the server's route table
//! answers 403 to an agent no policy permits; deny → approve → retry; session-scoped
//! approvals; token rotation and revocation; tenant isolation; agents that cannot decide;
//! malformed policies and scopes that change nothing; and all of it surviving a restart.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::{Value as Json, json};
use temper_host::server::routes::{Handler, ROUTES, Scope};

const TASKS: &str = "/tasks/odata/Tasks";

/// Creates a task as the admin; returns its id.
fn admin_task(h: &Host, title: &str) -> String {
    let r = h.request("POST", TASKS, &[], Some(&json!({"title": title}).to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()["Id"].as_str().unwrap().to_string()
}

/// The decision id and remedy of a 403.
fn denied(r: &Response) -> (String, Json) {
    assert_eq!(r.status, 403, "{}", r.body);
    let e = &r.json()["error"];
    assert_eq!(e["code"], "AuthorizationDenied", "{}", r.body);
    let id = e["decision"].as_str().unwrap_or_else(|| panic!("no decision in {}", r.body)).to_string();
    (id, e["remedy"].clone())
}

fn approve(h: &Host, tenant: &str, id: &str, scope: &str) -> Response {
    let body = json!({"scope": scope, "reason": "test"}).to_string();
    h.request("POST", &format!("/api/tenants/{tenant}/decisions/{id}/approve"), &[], Some(&body))
}

#[test]
fn every_route_answers_403_to_an_agent_no_policy_permits() {
    let h = Host::start(&fresh_dir("gov-routes"));
    let task = admin_task(&h, "guarded");
    let (token, token_id) = h.agent("nobody", "worker", "triager");
    // Another agent's decision: the built-in "own decisions" permit does not cover it.
    let (other, _) = h.agent("other", "worker", "triager");
    let (foreign_decision, _) = denied(&h.with_token(&other, "GET", TASKS, &[], None));
    let before = h.request("GET", &format!("{TASKS}('{task}')"), &[], None).body;
    let mut checked = 0;
    for route in ROUTES {
        let path = route
            .path
            .replace("{tenant}", "tasks")
            .replace("{set}", "Tasks")
            .replace("('{id}')", &format!("('{task}')"))
            .replace("{property}", "title")
            .replace("{namespace}.{action}", "Temper.Tasks.Comment")
            .replace("/tokens/{id}", &format!("/tokens/{token_id}"))
            .replace("/policies/{id}", "/policies/some-policy")
            .replace("/decisions/{id}", &format!("/decisions/{foreign_decision}"))
            .replace("/secrets/{name}", "/secrets/api_key")
            .replace("/apps/{app}", "/apps/tasks")
            .replace("{entity_type}", "Task")
            .replace("/Task/{id}/history", &format!("/Task/{task}/history"))
            .replace("/observe/{asset}", "/observe/app.js")
            .replace("/proposals/{id}", "/proposals/A-none")
            .replace("{verdict}", "approve");
        assert!(!path.contains('{'), "route {} has an unfilled parameter: {path}", route.path);
        let body = match route.method {
            "POST" | "PATCH" => Some(
                r#"{"title": "x", "body": "x", "text": "permit(principal, action, resource);", "scope": "broad", "kind": "agent", "id": "x", "files": {}}"#,
            ),
            _ => None,
        };
        let r = h.with_token(&token, route.method, &path, &[], body);
        if route.scope == Scope::Public {
            match route.handler {
                Handler::Health => {
                    assert_eq!((r.status, r.body.as_str()), (200, "ok"), "the public route reveals nothing")
                }
                // The dashboard's files: the same for everyone, no data.
                Handler::Observe => assert_eq!(r.status, 200, "{path}: {}", r.body),
                other => panic!("{other:?} must not be public"),
            }
            continue;
        }
        // The built-in `discovery` permit: what any principal may ask about itself.
        match route.handler {
            Handler::Tenants => {
                assert_eq!((r.status, r.json()["tenants"].clone()), (200, json!([])), "no readable tenant is listed");
                continue;
            }
            Handler::Capabilities => {
                assert_eq!(r.status, 200, "{}", r.body);
                assert_eq!(r.json()["actions"]["manage_policies"], "never", "{}", r.body);
                continue;
            }
            Handler::IntentReport => {
                assert_eq!(r.status, 400, "authorized, but the body names no intent: {}", r.body);
                continue;
            }
            // The built-in `evolution-proposals` permit: anyone may propose and read proposals.
            Handler::ProposalCreate => {
                assert_eq!(r.status, 400, "authorized, but the body is no proposal: {}", r.body);
                continue;
            }
            Handler::ProposalShow => {
                assert_eq!(r.status, 404, "authorized, and there is no such proposal: {}", r.body);
                continue;
            }
            _ => {}
        }
        assert_eq!(r.status, 403, "{} {path} answered {}: {}", route.method, r.status, r.body);
        assert_eq!(r.json()["error"]["code"], "AuthorizationDenied", "{} {path}", route.method);
        checked += 1;
    }
    let public = ROUTES.iter().filter(|r| r.scope == Scope::Public).count();
    assert_eq!(checked, ROUTES.len() - public - 5);
    // Nothing the agent tried changed anything.
    assert_eq!(h.request("GET", &format!("{TASKS}('{task}')"), &[], None).body, before);
    assert_eq!(h.request("GET", "/api/tenants/tasks/policies", &[], None).json()["policies"], json!([]));
    assert!(h.with_token(&token, "GET", TASKS, &[], None).status == 403, "the token still works, still denied");
}

#[test]
fn denied_then_approved_then_the_retry_succeeds() {
    let h = Host::start(&fresh_dir("gov-approve"));
    let (token, _) = h.agent("bot-1", "worker", "triager");
    let create = json!({"title": "from an agent"}).to_string();
    let r = h.with_token(&token, "POST", TASKS, &[], Some(&create));
    let (id, remedy) = denied(&r);
    // The remedy says what was denied, which scopes a human can choose, and how to wait.
    assert_eq!(remedy["denied"]["action"], "create");
    assert_eq!(remedy["denied"]["principal"], "Agent::\"bot-1\"");
    let names: Vec<&str> = remedy["scopes"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(names.starts_with(&["narrow", "medium", "broad"]), "{names:?}");
    assert!(remedy["wait"]["long_poll"].as_str().unwrap().contains(&id));
    // A second denial counts into the same decision.
    let (again, _) = denied(&h.with_token(&token, "POST", TASKS, &[], Some(&create)));
    assert_eq!(again, id);
    let listed = h.request("GET", "/api/tenants/tasks/decisions", &[], None).json();
    assert_eq!(listed["decisions"].as_array().unwrap().len(), 1);
    assert_eq!(listed["decisions"][0]["denials"], 2);
    // The agent long-polls its own decision while a human approves.
    let addr = h.addr.clone();
    let poll_token = token.clone();
    let poll_path = format!("/api/tenants/tasks/decisions/{id}?wait=30");
    let waiter = std::thread::spawn(move || {
        let auth = format!("Bearer {poll_token}");
        request(&addr, "GET", &poll_path, &[("Authorization", auth.as_str())], None)
    });
    std::thread::sleep(std::time::Duration::from_millis(300));
    let preview =
        h.request("POST", &format!("/api/tenants/tasks/decisions/{id}/preview"), &[], Some(r#"{"scope": "medium"}"#));
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.json()["policy"]["text"].as_str().unwrap().contains("resource is Task"));
    let r = approve(&h, "tasks", &id, "medium");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["status"], "approved");
    let woke = waiter.join().unwrap();
    assert_eq!((woke.status, woke.json()["status"].as_str()), (200, Some("approved")), "{}", woke.body);
    // The retry succeeds; the policy is listed with where it came from.
    assert_eq!(h.with_token(&token, "POST", TASKS, &[], Some(&create)).status, 201);
    let policies = h.request("GET", "/api/tenants/tasks/policies", &[], None).json();
    assert_eq!(policies["policies"][0]["id"], format!("decision:{id}"));
    assert_eq!(policies["policies"][0]["origin"], format!("decision:{id}"));
    // Approving twice is refused; the decision is as it was.
    assert_eq!(approve(&h, "tasks", &id, "broad").status, 409);
    // Medium is create on any Task, not reads: reading is still denied (a new decision).
    let (read_decision, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    assert_ne!(read_decision, id);
}

#[test]
fn a_session_scoped_approval_works_only_in_that_session() {
    let h = Host::start(&fresh_dir("gov-session"));
    let (token, _) = h.agent("bot-s", "worker", "triager");
    let s1 = [("Temper-Session", "s-1")];
    let (id, remedy) = denied(&h.with_token(&token, "GET", TASKS, &s1, None));
    assert!(remedy["scopes"].as_array().unwrap().iter().any(|s| s["name"] == "session"));
    assert_eq!(approve(&h, "tasks", &id, "session").status, 200);
    assert_eq!(h.with_token(&token, "GET", TASKS, &s1, None).status, 200);
    denied(&h.with_token(&token, "GET", TASKS, &[("Temper-Session", "s-2")], None));
    denied(&h.with_token(&token, "GET", TASKS, &[], None));
    // A session belongs to the principal that first used it.
    let (other, _) = h.agent("bot-t", "worker", "triager");
    let r = h.with_token(&other, "GET", TASKS, &s1, None);
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("another principal"));
    // A malformed session id is refused, not ignored.
    assert_eq!(h.with_token(&token, "GET", TASKS, &[("Temper-Session", "bad id!")], None).status, 400);
}

#[test]
fn rotated_and_revoked_tokens_stop_working() {
    let h = Host::start(&fresh_dir("gov-tokens"));
    let (token, token_id) = h.agent("bot-r", "worker", "triager");
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 403, "known but not permitted");
    let r = h.request("POST", &format!("/api/tokens/{token_id}/rotate"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let rotated = r.json()["token"].as_str().unwrap().to_string();
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 401);
    assert_eq!(h.with_token(&rotated, "GET", TASKS, &[], None).status, 403);
    let listed = h.request("GET", "/api/tokens", &[], None);
    assert!(!listed.body.contains(&rotated), "secrets are never listed");
    assert!(!listed.body.contains("hash"), "nor their hashes");
    assert_eq!(h.request("DELETE", &format!("/api/tokens/{token_id}"), &[], None).status, 200);
    assert_eq!(h.with_token(&rotated, "GET", TASKS, &[], None).status, 401);
    // Bad token requests say what is wrong.
    let r = h.request("POST", "/api/tokens", &[], Some(r#"{"kind": "robot", "id": "x"}"#));
    assert_eq!(r.status, 400);
    assert!(r.body.contains("agent"), "{}", r.body);
    let r = h.request("POST", "/api/tokens", &[], Some(r#"{"kind": "agent", "id": "has space"}"#));
    assert_eq!(r.status, 400);
    assert_eq!(h.request("POST", "/api/tokens/tok_nope/rotate", &[], None).status, 404);
}

#[test]
fn approvals_in_one_tenant_grant_nothing_in_another() {
    let h = Host::start(&fresh_dir("gov-tenants"));
    let (token, _) = h.agent("bot-x", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    let scope =
        json!({"principal": "any-agent", "action": "all-actions", "resource": "any-resource", "duration": "always"});
    let body = json!({"scope": scope}).to_string();
    let r = h.request("POST", &format!("/api/tenants/tasks/decisions/{id}/approve"), &[], Some(&body));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 200);
    denied(&h.with_token(&token, "GET", "/orders/odata/Orders", &[], None));
    // Platform routes are their own scope too.
    assert_eq!(h.with_token(&token, "GET", "/api/tenants/tasks/specs", &[], None).status, 403);
}

#[test]
fn agents_wait_they_never_decide_or_change_policy() {
    let h = Host::start(&fresh_dir("gov-agents"));
    let (token, _) = h.agent("bot-a", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    // Its own decision: readable.
    let r = h.with_token(&token, "GET", &format!("/api/tenants/tasks/decisions/{id}"), &[], None);
    assert_eq!((r.status, r.json()["status"].as_str()), (200, Some("pending")), "{}", r.body);
    // Approving, denying, changing policy or tokens: forbidden by a guardrail, and no
    // decision is opened for it (no human can grant an agent these).
    for (method, path, body) in [
        ("POST", format!("/api/tenants/tasks/decisions/{id}/approve"), r#"{"scope": "broad"}"#),
        ("POST", format!("/api/tenants/tasks/decisions/{id}/deny"), "{}"),
        ("POST", "/api/tenants/tasks/policies".to_string(), r#"{"text": "permit(principal, action, resource);"}"#),
        ("POST", "/api/tokens".to_string(), r#"{"kind": "admin", "id": "me"}"#),
    ] {
        let r = h.with_token(&token, method, &path, &[], Some(body));
        assert_eq!(r.status, 403, "{method} {path}: {}", r.body);
        assert!(r.json()["error"]["decision"].is_null(), "{method} {path} opened a decision: {}", r.body);
        assert!(r.body.contains("guardrail:admin-only"), "{}", r.body);
    }
    // Even a tenant policy permitting everything cannot lift the guardrail.
    let all = json!({"id": "everything", "text": "permit(principal, action, resource);"}).to_string();
    assert_eq!(h.request("POST", "/api/tenants/tasks/policies", &[], Some(&all)).status, 201);
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 200);
    let r = h.with_token(
        &token,
        "POST",
        &format!("/api/tenants/tasks/decisions/{id}/approve"),
        &[],
        Some(r#"{"scope": "broad"}"#),
    );
    assert_eq!(r.status, 403);
    let d = h.request("GET", &format!("/api/tenants/tasks/decisions/{id}"), &[], None).json();
    assert_eq!(d["status"], "pending");
}

#[test]
fn malformed_policies_and_scopes_change_nothing() {
    let h = Host::start(&fresh_dir("gov-malformed"));
    let (token, _) = h.agent("bot-m", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    for bad in [
        json!({"text": "permit(principal, action, resource"}),
        json!({"text": "permit(principal == ?principal, action, resource);"}),
        json!({"id": "guardrail:mine", "text": "permit(principal, action, resource);"}),
        json!({"id": "has space", "text": "permit(principal, action, resource);"}),
    ] {
        let r = h.request("POST", "/api/tenants/tasks/policies", &[], Some(&bad.to_string()));
        assert_eq!(r.status, 422, "{bad}: {}", r.body);
        assert!(r.json()["error"]["message"].as_str().unwrap().contains("nothing changed"), "{}", r.body);
    }
    let r = h.request("POST", "/api/tenants/tasks/policies", &[], Some(r#"{"txt": "x"}"#));
    assert_eq!(r.status, 400, "unknown member: {}", r.body);
    let v = h.request(
        "POST",
        "/api/tenants/tasks/policies/$validate",
        &[],
        Some(r#"{"text": "permit(principal, actio, resource);"}"#),
    );
    assert_eq!((v.status, v.json()["valid"].as_bool()), (200, Some(false)), "{}", v.body);
    assert_eq!(h.request("GET", "/api/tenants/tasks/policies", &[], None).json()["policies"], json!([]));
    for bad in ["sideways", "principal=everyone", r#"{"principal": "this-agent", "colour": "red"}"#] {
        let r = approve(&h, "tasks", &id, bad);
        assert_eq!(r.status, 400, "{bad}: {}", r.body);
        assert_eq!(r.json()["error"]["code"], "InvalidScope");
    }
    let d = h.request("GET", &format!("/api/tenants/tasks/decisions/{id}"), &[], None).json();
    assert_eq!(d["status"], "pending");
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 403, "still denied");
}

#[test]
fn lists_show_only_rows_the_agent_may_read() {
    let h = Host::start(&fresh_dir("gov-rows"));
    let open = admin_task(&h, "visible");
    let hidden = admin_task(&h, "hidden");
    let r = h.request("PATCH", &format!("{TASKS}('{hidden}')"), &[], Some(r#"{"priority": "urgent"}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let (token, _) = h.agent("bot-l", "worker", "triager");
    let policy = r#"permit(principal == Agent::"bot-l", action in [Action::"list", Action::"read"], resource is Task)
unless { resource has priority && resource.priority == "urgent" };"#;
    let body = json!({"id": "no-secrets", "text": policy}).to_string();
    assert_eq!(h.request("POST", "/api/tenants/tasks/policies", &[], Some(&body)).status, 201);
    let r = h.with_token(&token, "GET", &format!("{TASKS}?$count=true"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    let ids: Vec<String> =
        v["value"].as_array().unwrap().iter().map(|v| v["Id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, vec![open.clone()], "{ids:?}");
    assert_eq!(v["@odata.count"], 1);
    assert_eq!(h.with_token(&token, "GET", &format!("{TASKS}/$count"), &[], None).body, "1");
    assert_eq!(h.request("GET", &format!("{TASKS}/$count"), &[], None).body, "2", "the admin sees both");
    denied(&h.with_token(&token, "GET", &format!("{TASKS}('{hidden}')"), &[], None));
}

#[test]
fn tokens_policies_and_decisions_survive_a_restart() {
    let dir = fresh_dir("gov-restart");
    let h = Host::start(&dir);
    let (token, _) = h.agent("bot-p", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    let (pending, _) = denied(&h.with_token(&token, "GET", "/orders/odata/Orders", &[], None));
    assert_eq!(approve(&h, "tasks", &id, "medium").status, 200);
    assert!(h.stop().success());
    let h = Host::start(&dir);
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 200, "token and policy restored");
    let d = h.request("GET", &format!("/api/tenants/orders/decisions/{pending}"), &[], None);
    assert_eq!((d.status, d.json()["status"].as_str()), (200, Some("pending")), "{}", d.body);
    // The open decision still deduplicates after the restart.
    let (again, _) = denied(&h.with_token(&token, "GET", "/orders/odata/Orders", &[], None));
    assert_eq!(again, pending);
    // Every change is in the journal, and the store replays without drift.
    assert!(h.stop().success());
    assert_no_drift(&dir);
}

#[test]
fn every_governance_change_is_a_journal_event_saying_who_and_why() {
    let dir = fresh_dir("gov-journal");
    let h = Host::start(&dir);
    let (token, token_id) = h.agent("bot-j", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    assert_eq!(approve(&h, "tasks", &id, "medium").status, 200);
    assert_eq!(h.request("DELETE", &format!("/api/tokens/{token_id}"), &[], None).status, 200);
    assert!(h.stop().success());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        use temper_host::storage::{Backend, StreamId};
        let store = temper_host::storage::libsql::LibsqlBackend::open(temper_host::storage::libsql::LibsqlConfig::new(
            dir.join("temper.db"),
        ))
        .await
        .unwrap();
        let events = |t: &str, ty: &str, id: &str| {
            let s = StreamId::new(t, ty, id);
            let store = &store;
            async move { store.read_events(&s, 0, 100).await.unwrap() }
        };
        let token_events = events("_platform", "_Token", &token_id).await;
        let kinds: Vec<&str> = token_events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["token.created", "token.revoked"]);
        assert!(token_events.iter().all(|e| e.meta.actor == "Admin::\"admin\"" && e.meta.time_ms > 0));
        assert!(!token_events.iter().any(|e| e.payload.contains("tmp_")), "no secret in the journal");
        let decision = events("tasks", "_Decision", &id).await;
        let kinds: Vec<&str> = decision.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["decision.opened", "decision.approved"]);
        assert_eq!(decision[0].meta.actor, "Agent::\"bot-j\"");
        assert_eq!(decision[1].meta.actor, "Admin::\"admin\"");
        assert!(decision[1].payload.contains("\"reason\":\"test\""), "{}", decision[1].payload);
        let policy = events("tasks", "_PolicySet", "current").await;
        assert_eq!(policy[0].kind, "policy.added");
        assert!(policy[0].payload.contains(&format!("decision:{id}")));
    });
}
