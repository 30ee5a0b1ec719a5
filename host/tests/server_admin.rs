//! The real binary over real HTTP: authentication, spec submission (good and bad), tenant
//! isolation of the admin API, restart with the same data directory, graceful shutdown.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

fn files_json(dir: &str) -> String {
    let mut files = serde_json::Map::new();
    for e in std::fs::read_dir(repo().join(dir)).unwrap() {
        let p = e.unwrap().path();
        files.insert(p.file_name().unwrap().to_string_lossy().into(), std::fs::read_to_string(&p).unwrap().into());
    }
    serde_json::json!({ "files": files }).to_string()
}

#[test]
fn requests_without_a_valid_token_are_401_and_health_is_open() {
    let h = Host::start(&fresh_dir("auth"));
    assert_eq!(h.anonymous("GET", "/healthz").status, 200);
    let r = h.anonymous("GET", "/tasks/odata/Tasks");
    assert_eq!(r.status, 401);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("Bearer"));
    let r = request(&h.addr, "GET", "/tasks/odata/Tasks", &[("Authorization", "Bearer wrong-token")], None);
    assert_eq!(r.status, 401);
    // A self-declared identity header is not an identity.
    let r = request(&h.addr, "GET", "/tasks/odata/Tasks", &[("x-temper-principal", "Admin::\"admin\"")], None);
    assert_eq!(r.status, 401);
}

#[test]
fn spec_submission_deploys_checks_and_refuses_bad_specs_without_changing_anything() {
    let h = Host::start_with(&fresh_dir("submit"), &fresh_dir("no-apps"));
    let r = h.request("POST", "/api/tenants/alpha/specs", &[], Some(&files_json("apps/tasks/specs")));
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["specs"][0]["entity_set"], "Tasks");
    assert_eq!(j["verification"]["passed"], true, "the cascade ran and passed: {}", j["verification"]);
    let levels = &j["verification"]["specs"][0]["levels"];
    assert_eq!(levels[1]["level"], "L1");
    assert_eq!(levels[1]["outcome"], "passed");
    assert!(levels[1]["counts"][0][1].as_u64().unwrap() > 1000, "L1 explored the state space: {levels}");
    // The same files again: the report comes from the cache, not a second run.
    let r = h.request("POST", "/api/tenants/alpha/specs", &[], Some(&files_json("apps/tasks/specs")));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["verification"]["cached"], true);
    // A spec that loads but fails verification: 422 with the counterexample, nothing deployed.
    let six = std::fs::read_to_string(repo().join("verifier/tests/corpus/SixSteps.ioa.toml")).unwrap();
    let csdl = SIX_STEPS_CSDL;
    let body = serde_json::json!({"files": {"SixSteps.ioa.toml": six, "model.csdl.xml": csdl}}).to_string();
    let r = h.request("POST", "/api/tenants/beta/specs", &[], Some(&body));
    assert_eq!(r.status, 422, "{}", r.body);
    let e = &r.json()["error"];
    assert_eq!(e["code"], "VerificationFailed", "{}", r.body);
    let l1 = &e["report"]["specs"][0]["levels"][1];
    assert_eq!(l1["outcome"], "failed", "{e}");
    assert_eq!(l1["details"]["counterexamples"][0]["steps"].as_array().unwrap().len(), 7, "start + 6 steps: {l1}");
    let r = h.request("GET", "/api/tenants/beta/specs", &[], None);
    assert_eq!(r.status, 404, "nothing was deployed: {}", r.body);
    // A broken spec: 422 with located diagnostics, and the deployed specs are untouched.
    let broken = serde_json::json!({"files": {
        "Task.ioa.toml": "[automaton]\nname = \"Task\"\nstates = [\"Open\"]\ninitial = \"Opne\"\n",
        "model.csdl.xml": std::fs::read_to_string(repo().join("apps/tasks/specs/model.csdl.xml")).unwrap(),
    }})
    .to_string();
    let r = h.request("POST", "/api/tenants/alpha/specs", &[], Some(&broken));
    assert_eq!(r.status, 422, "{}", r.body);
    let d = &r.json()["error"]["details"][0];
    assert_eq!((d["file"].as_str(), d["line"].as_u64()), (Some("Task.ioa.toml"), Some(4)));
    assert!(d["message"].as_str().unwrap().contains("Opne"));
    let r = h.request("GET", "/api/tenants/alpha/specs", &[], None);
    assert_eq!((r.status, r.json()["version"].as_u64()), (200, Some(2)), "two deployments (one from the cache)");
    // Other tenants are unaffected; malformed bodies get a clear 400.
    assert_eq!(h.request("GET", "/api/tenants/beta/specs", &[], None).status, 404);
    let r = h.request("POST", "/api/tenants/alpha/specs", &[], Some("{not json"));
    assert_eq!(r.status, 400);
    let r = h.request("POST", "/api/tenants/Bad_Tenant/specs", &[], Some(&files_json("apps/tasks/specs")));
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].as_str().unwrap().contains("tenant"));
    let r = h.request("POST", "/api/tenants/alpha/specs", &[], Some(&serde_json::json!({"files": {"Task.ioa.toml": std::fs::read_to_string(repo().join("apps/tasks/specs/Task.ioa.toml")).unwrap()}}).to_string()));
    assert_eq!(r.status, 422, "a deployment needs the data model");
}

#[test]
fn deployed_specs_survive_a_restart_and_sigterm_stops_cleanly() {
    let dir = fresh_dir("restart");
    let apps = fresh_dir("restart-apps");
    let h = Host::start_with(&dir, &apps);
    assert_eq!(
        h.request("POST", "/api/tenants/gamma/specs", &[], Some(&files_json("apps/knowledge/specs"))).status,
        200
    );
    let status = h.stop();
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
    let h = Host::start_with(&dir, &apps);
    let r = h.request("GET", "/api/tenants/gamma/specs", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["specs"][0]["entity_set"], "KnowledgeEntries");
}

#[test]
fn a_redeploy_that_strands_live_entities_is_refused_unless_forced() {
    let h = Host::start_with(&fresh_dir("strand"), &fresh_dir("strand-apps"));
    assert_eq!(
        h.request("POST", "/api/tenants/delta/specs", &[], Some(&files_json("apps/knowledge/specs"))).status,
        200
    );
    let r = h.request("POST", "/delta/odata/KnowledgeEntries", &[], Some(r#"{"Id": "k-1", "content": "x"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    // The new version renames `Draft`: the live entity in `Draft` would be stranded.
    let ioa = std::fs::read_to_string(repo().join("apps/knowledge/specs/Knowledge.ioa.toml"))
        .unwrap()
        .replace("Draft", "New");
    let csdl = std::fs::read_to_string(repo().join("apps/knowledge/specs/model.csdl.xml")).unwrap();
    let body = |force: bool| {
        serde_json::json!({"files": {"Knowledge.ioa.toml": ioa, "model.csdl.xml": csdl}, "force": force}).to_string()
    };
    let r = h.request("POST", "/api/tenants/delta/specs", &[], Some(&body(false)));
    assert_eq!(r.status, 409, "{}", r.body);
    let j = r.json();
    assert_eq!(j["error"]["details"][0]["id"], "k-1");
    assert_eq!(j["error"]["details"][0]["status"], "Draft");
    assert_eq!(h.request("GET", "/api/tenants/delta/specs", &[], None).json()["version"], 1, "nothing was deployed");
    let r = h.request("POST", "/api/tenants/delta/specs", &[], Some(&body(true)));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(h.request("GET", "/api/tenants/delta/specs", &[], None).json()["version"], 2);
}
