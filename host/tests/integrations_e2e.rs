//! Integrations through the real binary: the orders app's `payments` module (built from
//! `apps/orders/integrations/payments`) calls an HTTP server this test runs on loopback —
//! permitted by a tenant policy naming that host — and its outcome dispatches `on_success` or
//! `on_failure` on the source entity; `?await_integration=true` answers with the state after
//! the callback. Hostile modules (an endless loop, a memory bomb, a panic, a 10 MB answer, a
//! call to 127.0.0.1 without a policy) each fail their call with a clear reason while the
//! server keeps serving. The bundled knowledge app's `indexer` module answers its `Index`; the
//! notifications app's `deliver` module posts to a webhook named by a tenant secret.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::service::service;
use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const T: &str = "/shop/odata";

/// The `shop` app: a Purchase paid through `payments`, and a Probe whose actions each run the
/// test kit in one hostile mode.
fn shop(port: u16) -> PathBuf {
    let apps = fresh_dir(&format!("shop-apps-{port}"));
    let dir = apps.join("shop");
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    let src = repo().join("host/tests/fixtures/shop_app");
    for f in ["Purchase.ioa.toml", "Probe.ioa.toml", "model.csdl.xml"] {
        let text = std::fs::read_to_string(src.join("specs").join(f)).unwrap();
        std::fs::write(dir.join("specs").join(f), text.replace("{PORT}", &port.to_string())).unwrap();
    }
    std::fs::copy(src.join("app.toml"), dir.join("app.toml")).unwrap();
    apps
}

fn permit_payments(h: &Host) {
    let policy = r#"permit(principal == Integration::"payments", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#;
    let body = serde_json::json!({"id": "payments-local", "text": policy}).to_string();
    let r = h.request("POST", "/api/tenants/shop/policies", &[], Some(&body));
    assert!(r.status == 200 || r.status == 201, "{}", r.body);
}

fn wait_for(h: &Host, path: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = h.request("GET", path, &[], None).json();
        if done(&v) || Instant::now() > deadline {
            return v;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn create(h: &Host, set: &str, body: &str) {
    let r = h.request("POST", &format!("{T}/{set}"), &[], Some(body));
    assert_eq!(r.status, 201, "{}", r.body);
}

#[test]
fn payments_succeed_and_fail_through_a_real_http_service() {
    let (port, seen) = service();
    let dir = fresh_dir("shop");
    let h = Host::start_with(&dir, &shop(port));
    permit_payments(&h);

    create(&h, "Purchases", r#"{"Id": "p1", "total_cents": 4200}"#);
    let r = h.request("POST", &format!("{T}/Purchases('p1')/Temper.Shop.Pay?await_integration=true"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("temper-integration"), Some("done"), "{:?}", r.headers);
    let v = r.json();
    assert_eq!(v["status"], "Paid", "the answer is the state after the callback: {v}");
    assert!(v["payment_id"].as_str().unwrap().starts_with("ch_"), "{v}");
    {
        let seen = seen.lock().unwrap();
        let charge = seen.iter().find(|(p, _, _)| p == "/v1/charges").expect("the service was called");
        assert!(charge.2.contains("\"amount_cents\":4200"), "{charge:?}");
        assert!(
            charge.1.starts_with("shop/Purchase/p1/"),
            "the idempotency key comes from the source event: {charge:?}"
        );
    }

    create(&h, "Purchases", r#"{"Id": "p2", "total_cents": 666}"#);
    let r = h.request("POST", &format!("{T}/Purchases('p2')/Temper.Shop.Pay"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = wait_for(&h, &format!("{T}/Purchases('p2')"), |v| v["status"] == "Cart");
    assert_eq!(v["status"], "Cart", "on_failure took it back: {v}");
    assert!(v["payment_error"].as_str().unwrap().contains("402"), "the reason reached the entity: {v}");

    // The calls are in the trajectory, as the module acting.
    let rows = h.request("GET", "/api/tenants/shop/trajectories?origin=integration", &[], None).json();
    let rows = rows["value"].as_array().unwrap();
    let calls: Vec<_> = rows.iter().filter(|r| r["agent"] == "Integration::\"payments\"").collect();
    assert_eq!(calls.len(), 2, "{rows:?}");
    assert!(calls.iter().any(|c| c["ok"] == false && c["error_code"] == "ModuleFailed"), "{calls:?}");
    let callbacks: Vec<_> = rows.iter().filter(|r| r["agent"] == "System::\"integration:payments\"").collect();
    assert_eq!(callbacks.len(), 2, "one callback each: {rows:?}");
}

#[test]
fn without_a_policy_loopback_is_refused_and_nothing_is_sent() {
    let (port, seen) = service();
    let dir = fresh_dir("shop-nopolicy");
    let h = Host::start_with(&dir, &shop(port));
    create(&h, "Purchases", r#"{"Id": "p1", "total_cents": 4200}"#);
    let r = h.request("POST", &format!("{T}/Purchases('p1')/Temper.Shop.Pay?await_integration=true"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["status"], "Cart", "{v}");
    assert!(v["payment_error"].as_str().unwrap().contains("guardrail:http-private-destination"), "{v}");
    assert!(seen.lock().unwrap().is_empty(), "the service saw nothing");
}

#[test]
fn hostile_modules_fail_their_call_and_the_server_keeps_serving() {
    let (port, _) = service();
    let dir = fresh_dir("shop-hostile");
    let h = Host::start_with(&dir, &shop(port));
    create(&h, "Probes", r#"{"Id": "x"}"#);
    for (action, reason) in [
        ("RunLoop", "fuel"),
        ("RunMemory", "memory"),
        ("RunPanic", "trap"),
        ("RunLocal", "guardrail:http-private-destination"),
    ] {
        let path = format!("{T}/Probes('x')/Temper.Shop.{action}?await_integration=true");
        let r = h.request("POST", &path, &[], Some("{}"));
        assert_eq!(r.status, 200, "{action}: {}", r.body);
        let v = r.json();
        let err = v["last_error"].as_str().unwrap_or_default().to_lowercase();
        assert!(err.contains(reason), "{action}: expected `{reason}` in {v}");
        // Still serving.
        assert_eq!(h.request("GET", &format!("{T}/Probes('x')"), &[], None).status, 200);
    }
}

#[test]
fn a_ten_megabyte_answer_is_cut_at_the_budget() {
    let (port, _) = service();
    let dir = fresh_dir("shop-big");
    let h = Host::start_with(&dir, &shop(port));
    let policy = r#"permit(principal == Integration::"testkit", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#;
    let body = serde_json::json!({"id": "testkit-local", "text": policy}).to_string();
    assert!(h.request("POST", "/api/tenants/shop/policies", &[], Some(&body)).status < 300);
    create(&h, "Probes", r#"{"Id": "y"}"#);
    let r = h.request("POST", &format!("{T}/Probes('y')/Temper.Shop.RunBig?await_integration=true"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let err = r.json()["last_error"].as_str().unwrap_or_default().to_string();
    assert!(err.contains("1048576") || err.to_lowercase().contains("too large"), "{err}");
}

#[test]
fn a_trigger_without_its_module_fails_the_app_install_and_reports_through_its_callback_as_bare_specs() {
    // The seed README's knowledge spec declares `[[integration]] semantic_search` (module
    // `search_service`, callbacks IndexSucceeded/IndexFailed left undeclared); no module exists.
    let apps = fresh_dir("knowledge-legacy-apps");
    let specs = apps.join("knowledge/specs");
    std::fs::create_dir_all(&specs).unwrap();
    std::fs::write(apps.join("knowledge/app.toml"), "name = \"knowledge\"\nversion = \"0.1.0\"\n").unwrap();
    let mut files = serde_json::Map::new();
    for f in ["Knowledge.ioa.toml", "model.csdl.xml"] {
        let src = repo().join("host/tests/golden/check/seed-knowledge").join(f);
        std::fs::copy(&src, specs.join(f)).unwrap();
        files.insert(f.to_string(), std::fs::read_to_string(&src).unwrap().into());
    }
    let dir = fresh_dir("knowledge-legacy");
    let h = Host::start_with(&dir, &apps);
    // As an app it is not installed: the install fails loudly, naming the module and the fix.
    assert_eq!(h.request("GET", "/knowledge/odata/KnowledgeEntries", &[], None).status, 404);
    let r = h.request("POST", "/api/tenants/knowledge/apps?reference=dir%3Aknowledge", &[], None);
    assert_eq!(r.status, 422, "{}", r.body);
    let message = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(message.contains("`search_service`") && message.contains("declares no `[[wasm_modules]]`"), "{message}");
    // Deployed as bare specs, the missing module is a failed call at run time, reported through
    // the failure callback and the trajectory.
    let body = serde_json::json!({"files": files}).to_string();
    let r = h.request("POST", "/api/tenants/knowledge/specs", &[], Some(&body));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = h.request("POST", "/knowledge/odata/KnowledgeEntries", &[], Some(r#"{"Id": "k1", "content": "wasm"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    let path = "/knowledge/odata/KnowledgeEntries('k1')/Temper.Knowledge.Index?await_integration=true";
    let r = h.request("POST", path, &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("temper-integration"), Some("done"), "{:?}", r.headers);
    assert_eq!(r.json()["status"], "Indexed", "the implicit callback changes nothing: {}", r.body);
    let rows = h.request("GET", "/api/tenants/knowledge/trajectories?origin=integration", &[], None).json();
    let rows = rows["value"].as_array().unwrap();
    let call = rows.iter().find(|r| r["agent"] == "Integration::\"search_service\"").expect("the call is recorded");
    assert_eq!(call["error_code"], "ModuleNotInstalled", "{call}");
    assert!(call["error"].as_str().unwrap().contains("search_service"), "{call}");
    let cb = rows.iter().find(|r| r["action"] == "IndexFailed").expect("the failure callback ran");
    assert_eq!(cb["ok"], true, "{cb}");
}

#[test]
fn the_knowledge_indexer_derives_keywords_and_a_word_count() {
    // The bundled knowledge app: `Index` runs the `indexer` module (pure compute, no permit).
    let dir = fresh_dir("knowledge-indexer");
    let h = Host::start(&dir);
    let k = "/knowledge/odata/KnowledgeEntries";
    let body =
        r#"{"Id": "k1", "title": "Retry storms", "content": "Retry with jitter; retry budgets cap retry storms."}"#;
    assert_eq!(h.request("POST", k, &[], Some(body)).status, 201);
    let r = h.request("POST", &format!("{k}('k1')/Temper.Knowledge.Index?await_integration=true"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("temper-integration"), Some("done"), "{:?}", r.headers);
    let v = r.json();
    assert_eq!(v["status"], "Indexed", "{v}");
    assert_eq!(v["keywords"], "retry, storms, jitter, budgets", "{v}");
    assert_eq!(v["word_count"], 10, "{v}");
    assert_eq!(v["index_attempts"], 1, "{v}");
    let r = h.request("POST", &format!("{k}('k1')/Temper.Knowledge.Link"), &[], Some(r#"{"target": "k2"}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!((v["status"].as_str(), v["links"].as_i64()), (Some("Linked"), Some(1)), "{v}");
    assert_eq!(v["related"], serde_json::json!(["k2"]), "{v}");

    // No words: the module refuses it and `IndexFailed` takes the entry back to Draft with why.
    let body = r#"{"Id": "k3", "title": "...", "content": "?!"}"#;
    assert_eq!(h.request("POST", k, &[], Some(body)).status, 201);
    let r = h.request("POST", &format!("{k}('k3')/Temper.Knowledge.Index?await_integration=true"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["status"], "Draft", "{v}");
    assert!(v["index_error"].as_str().unwrap().contains("nothing to index"), "{v}");
}

/// The bundled notifications app's specs as tenant `notify`, with an `app.toml` that declares
/// only its `deliver` module.
fn notify_app() -> PathBuf {
    let apps = fresh_dir("notify-apps");
    let specs = apps.join("notify/specs");
    std::fs::create_dir_all(&specs).unwrap();
    for f in ["Notification.ioa.toml", "model.csdl.xml"] {
        std::fs::copy(repo().join("apps/notifications/specs").join(f), specs.join(f)).unwrap();
    }
    let manifest = "name = \"notify\"\nversion = \"0.1.0\"\n[[wasm_modules]]\nname = \"deliver\"\n";
    std::fs::write(apps.join("notify/app.toml"), manifest).unwrap();
    apps
}

#[test]
fn notifications_are_delivered_to_the_webhook_in_the_tenant_secret() {
    let (port, seen) = service();
    let dir = fresh_dir("notify");
    let h = Host::start_with(&dir, &notify_app());
    let n = "/notify/odata/Notifications";
    let notify = |id: &str| {
        assert_eq!(h.request("POST", n, &[], Some(&format!(r#"{{"Id": "{id}"}}"#))).status, 201);
        let facts =
            r#"{"source_type": "Task", "source_id": "t-42", "source_action": "Approve", "source_state": "Done"}"#;
        let path = format!("{n}('{id}')/Temper.Notifications.Notify?await_integration=true");
        let r = h.request("POST", &path, &[], Some(facts));
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    };
    let retry = |id: &str| {
        let path = format!("{n}('{id}')/Temper.Notifications.Retry?await_integration=true");
        let r = h.request("POST", &path, &[], Some("{}"));
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    };

    // Nothing set up: Cedar denies the secret (before saying whether it exists); the failure
    // names the permit to add.
    let v = notify("n1");
    assert_eq!(v["status"], "Failed", "{v}");
    assert!(v["last_error"].as_str().unwrap().contains(r#"resource == Secret::"notifications_webhook_url""#), "{v}");
    let add_policy = |id: &str, text: &str| {
        let body = serde_json::json!({"id": id, "text": text}).to_string();
        let r = h.request("POST", "/api/tenants/notify/policies", &[], Some(&body));
        assert!(r.status == 200 || r.status == 201, "{}", r.body);
    };
    add_policy(
        "notifications-secret",
        &std::fs::read_to_string(repo().join("apps/notifications/policies/notifications.cedar")).unwrap(),
    );
    // Permitted but not set: the failure says how to set it.
    let v = retry("n1");
    assert_eq!(v["status"], "Failed", "{v}");
    assert!(
        v["last_error"].as_str().unwrap().contains("PUT /api/tenants/notify/secrets/notifications_webhook_url"),
        "{v}"
    );

    // The operator sets the secret and permits the webhook's host.
    let url = format!(r#"{{"value": "http://127.0.0.1:{port}/hook"}}"#);
    let r = h.request("PUT", "/api/tenants/notify/secrets/notifications_webhook_url", &[], Some(&url));
    assert!(r.status < 300, "{}", r.body);
    add_policy(
        "notifications-http",
        r#"permit(principal == Integration::"deliver", action == Action::"http_call", resource == HttpDestination::"127.0.0.1");"#,
    );
    let v = retry("n1");
    assert_eq!((v["status"].as_str(), v["attempts"].as_i64()), (Some("Delivered"), Some(3)), "{v}");
    assert_eq!(v["http_status"], 200, "{v}");
    assert!(v["delivered_at"].as_i64().unwrap() > 0, "{v}");
    {
        let seen = seen.lock().unwrap();
        let (path, key, body) = seen.iter().find(|(p, _, _)| p == "/hook").expect("the webhook was called");
        assert_eq!(path, "/hook");
        assert!(key.starts_with("notify/Notification/n1/"), "the idempotency key comes from the source event: {key}");
        let body: Value = serde_json::from_str(body).unwrap();
        assert_eq!(
            body,
            serde_json::json!({"source_type": "Task", "source_id": "t-42", "source_action": "Approve",
                "source_state": "Done", "message": "Task t-42: Approve -> Done", "notification_id": "n1"})
        );
    }

    // A webhook that answers 503: the notification fails with the status.
    let r = h.request(
        "PUT",
        "/api/tenants/notify/secrets/notifications_webhook_url",
        &[],
        Some(&format!(r#"{{"value": "http://127.0.0.1:{port}/down"}}"#)),
    );
    assert!(r.status < 300, "{}", r.body);
    let v = notify("n2");
    assert_eq!(v["status"], "Failed", "{v}");
    assert!(v["last_error"].as_str().unwrap().contains("webhook answered 503"), "{v}");
}
