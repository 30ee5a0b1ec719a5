//! The evolution loop over real HTTP with the real binary: an agent keeps asking for an action
//! the specs lack → the runner records an observation (once, however often it runs) with its
//! problem and insight → the agent proposes a spec diff → the cascade verifies it → a human
//! approves → the change is live and the agent's retry succeeds; the chain of records closes.
//! A proposal that fails verification is recorded but can never be approved; only humans
//! decide; bad proposals are refused with a reason and change nothing. Agents also propose
//! through the MCP component's tools.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Host, fresh_dir, repo};
use serde_json::{Value, json};
use std::path::PathBuf;

const TENANT: &str = "shop";

/// An apps dir holding only the platform's evolution records.
fn system_apps(name: &str) -> PathBuf {
    let apps = fresh_dir(&format!("{name}-apps"));
    let from = repo().join("apps/temper-system");
    let to = apps.join("temper-system");
    for sub in ["", "specs", "policies", "docs"] {
        std::fs::create_dir_all(to.join(sub)).unwrap();
        for e in std::fs::read_dir(from.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                std::fs::copy(&p, to.join(sub).join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    apps
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(repo().join("host/tests/fixtures/evolution").join(name)).unwrap()
}

/// The Ticket spec and model with `Archive` (Closed → Archived); with `broken`, also an
/// `Unassign` that breaks the `WorkHasAssignee` invariant.
fn archive_files(broken: bool) -> Value {
    let mut toml = fixture("Ticket.ioa.toml")
        .replace(r#"states = ["Open", "Working", "Closed"]"#, r#"states = ["Open", "Working", "Closed", "Archived"]"#)
        .replace(r#"terminal = ["Closed"]"#, r#"terminal = ["Archived"]"#)
        .replace(
            "\n[[invariant]]",
            "\n[[action]]\nname = \"Archive\"\nkind = \"input\"\nfrom = [\"Closed\"]\nto = \"Archived\"\n\n[[invariant]]",
        );
    let action = |name: &str| {
        format!(
            "      <Action Name=\"{name}\" IsBound=\"true\">\n        <Parameter Name=\"bindingParameter\" Type=\"Temper.Shop.Ticket\"/>\n      </Action>\n      <EntityContainer"
        )
    };
    let mut csdl = fixture("model.csdl.xml").replace("      <EntityContainer", &action("Archive"));
    if broken {
        toml = toml.replace(
            "\n[[invariant]]",
            "\n[[action]]\nname = \"Unassign\"\nkind = \"input\"\nfrom = [\"Working\"]\neffect = [\"assignee = ''\"]\n\n[[invariant]]",
        );
        csdl = csdl.replace("      <EntityContainer", &action("Unassign"));
    }
    json!({"Ticket.ioa.toml": toml, "model.csdl.xml": csdl})
}

fn record(h: &Host, set: &str, id: &str) -> Value {
    let r = h.request("GET", &format!("/temper-system/odata/{set}('{id}')"), &[], None);
    assert_eq!(r.status, 200, "{set}('{id}'): {}", r.body);
    r.json()
}

/// A server with the evolution records and tenant `shop`; an agent with a closed ticket.
fn setup(name: &str) -> (Host, String) {
    let h = Host::start_args(&fresh_dir(name), &system_apps(name), &["--evolution-interval", "0"]);
    let files =
        json!({"files": {"Ticket.ioa.toml": fixture("Ticket.ioa.toml"), "model.csdl.xml": fixture("model.csdl.xml")}});
    let r = h.request("POST", &format!("/api/tenants/{TENANT}/specs"), &[], Some(&files.to_string()));
    assert_eq!(r.status, 200, "{}", r.body);
    let (bot, _) = h.agent("bot-1", "support", "triage");
    let policy = json!({"id": "bot", "text": "permit(principal == Agent::\"bot-1\", action, resource);"});
    let r = h.request("POST", &format!("/api/tenants/{TENANT}/policies"), &[], Some(&policy.to_string()));
    assert!(r.status == 200 || r.status == 201, "{}", r.body);
    let r = h.with_token(&bot, "POST", &format!("/{TENANT}/odata/Tickets"), &[], Some(r#"{"Id": "t1"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    let r = h.with_token(&bot, "POST", &format!("/{TENANT}/odata/Tickets('t1')/Temper.Shop.Close"), &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    (h, bot)
}

fn archive(h: &Host, bot: &str) -> common::Response {
    h.with_token(bot, "POST", &format!("/{TENANT}/odata/Tickets('t1')/Temper.Shop.Archive"), &[], Some("{}"))
}

fn run(h: &Host) -> Value {
    let r = h.request("POST", "/api/evolution/run", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// One MCP `tools/call` over `/mcp` (revision 2026-07-28) as `token`; the JSON-RPC result.
fn mcp_call(h: &Host, token: &str, tool: &str, arguments: Value) -> Value {
    let meta = json!({"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}});
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": arguments, "_meta": meta}});
    let headers = [
        ("Content-Type", "application/json"),
        ("Accept", "application/json, text/event-stream"),
        ("MCP-Protocol-Version", "2026-07-28"),
        ("Mcp-Method", "tools/call"),
        ("Mcp-Name", tool),
    ];
    let r = h.with_token(token, "POST", "/mcp", &headers, Some(&body.to_string()));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.json()["error"].is_null(), "{}", r.body);
    r.json()["result"].clone()
}

fn propose(h: &Host, token: &str, body: &Value) -> common::Response {
    h.with_token(token, "POST", "/api/evolution/proposals", &[], Some(&body.to_string()))
}

#[test]
fn an_unmet_intent_becomes_a_verified_change_a_human_approves_and_the_retry_succeeds() {
    let (h, bot) = setup("evolution-loop");
    // The agent wants to archive closed tickets; the specs have no such action.
    for _ in 0..3 {
        let r = archive(&h, &bot);
        assert_eq!(r.status, 404, "{}", r.body);
        assert_eq!(r.json()["error"]["code"], "ActionNotFound", "{}", r.body);
    }

    // The runner finds it once, however often it runs.
    let first = run(&h);
    let created = first["created"].as_array().unwrap().clone();
    assert_eq!(created.len(), 1, "{first}");
    let finding = &first["findings"][0];
    assert_eq!(finding["pattern"], "unmet-intent", "{first}");
    assert_eq!(finding["tenant"], TENANT);
    assert_eq!(finding["observed"], 3);
    assert_eq!(finding["category"], "UnmetIntent");
    let o = created[0].as_str().unwrap().to_string();
    let again = run(&h);
    assert!(again["created"].as_array().unwrap().is_empty(), "{again}");
    assert!(again["updated"].as_array().unwrap().is_empty(), "nothing new: {again}");
    // One more attempt updates the same observation in place.
    assert_eq!(archive(&h, &bot).status, 404);
    let third = run(&h);
    assert!(third["created"].as_array().unwrap().is_empty(), "{third}");
    assert_eq!(third["updated"], json!([o]), "{third}");
    let obs = record(&h, "Observations", &o);
    assert_eq!(obs["status"], "UnderReview", "{obs}");
    assert_eq!(obs["observed"], 4, "{obs}");
    assert_eq!(obs["recurrences"], 1, "{obs}");
    let p = o.replacen("O-", "P-", 1);
    assert_eq!(record(&h, "Problems", &p)["status"], "Open");
    let i = o.replacen("O-", "I-", 1);
    let insight = record(&h, "Insights", &i);
    assert_eq!((insight["category"].as_str(), insight["volume"].as_i64()), (Some("UnmetIntent"), Some(4)), "{insight}");

    // A proposal that breaks an invariant: recorded, failed, and never approvable.
    let bad =
        propose(&h, &bot, &json!({"observation": o, "root_cause": "no archive action", "files": archive_files(true)}));
    assert_eq!(bad.status, 201, "{}", bad.body);
    let bad = bad.json();
    assert_eq!(bad["passed"], false, "{bad}");
    let cex = &bad["verification"]["specs"][0]["levels"];
    assert!(
        cex.as_array()
            .unwrap()
            .iter()
            .any(|l| l["outcome"] == "failed"
                && l["details"]["counterexamples"].as_array().is_some_and(|c| !c.is_empty())),
        "{cex}"
    );
    let bad_a = bad["analysis"].as_str().unwrap().to_string();
    let bad_d = bad["decision"].as_str().unwrap().to_string();
    assert_eq!(record(&h, "Analyses", &bad_a)["status"], "VerificationFailed");
    let r = h.request(
        "POST",
        &format!("/api/evolution/decisions/{bad_d}/approve"),
        &[],
        Some(r#"{"rationale": "looks fine"}"#),
    );
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "GuardRejected", "{}", r.body);
    assert!(r.body.contains("Analysis[analysis_id].status"), "{}", r.body);
    assert_eq!(record(&h, "EvolutionDecisions", &bad_d)["status"], "Pending");
    let specs = h.request("GET", &format!("/api/tenants/{TENANT}/specs"), &[], None).json();
    assert_eq!(specs["version"], 1, "nothing was deployed: {specs}");

    // The good proposal, as whole files; its canonical diff comes back.
    let good = propose(
        &h,
        &bot,
        &json!({"observation": o, "root_cause": "agents archive closed tickets; no action does",
        "description": "add Archive: Closed -> Archived", "files": archive_files(false)}),
    );
    assert_eq!(good.status, 201, "{}", good.body);
    let good = good.json();
    assert_eq!(good["passed"], true, "{good}");
    let diff = good["diff"].as_str().unwrap().to_string();
    assert!(diff.contains("+name = \"Archive\"") && diff.contains("--- a/Ticket.ioa.toml"), "{diff}");
    let refinement = &good["refinement"][0];
    assert_eq!(refinement["entity_type"], "Ticket");
    assert_eq!(refinement["added_actions"], json!(["Archive"]), "{refinement}");
    assert!(
        refinement["newly_legal"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["state"] == "Closed" && m["action"] == "Archive"),
        "{refinement}"
    );
    assert_eq!(good["stranded"], json!([]));
    let (a, d) = (good["analysis"].as_str().unwrap().to_string(), good["decision"].as_str().unwrap().to_string());
    let shown = h.with_token(&bot, "GET", &format!("/api/evolution/proposals/{a}"), &[], None);
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert_eq!(shown.json()["analysis"]["status"], "Verified");
    assert_eq!(shown.json()["analysis"]["proposed_by"], "Agent::\"bot-1\"");

    // The same change again, as the diff, through MCP: the agent lists what Temper observed
    // and proposes a competing change for the same problem.
    let seen = mcp_call(&h, &bot, "observations", json!({"tenant": TENANT}));
    assert_eq!(seen["isError"], false, "{seen}");
    assert!(seen["structuredContent"]["value"].as_array().unwrap().iter().any(|v| v["Id"] == o.as_str()), "{seen}");
    let twin =
        mcp_call(&h, &bot, "propose_change", json!({"observation": o, "root_cause": "same, as a diff", "diff": diff}));
    assert_eq!(twin["isError"], false, "{twin}");
    let twin = &twin["structuredContent"];
    assert_eq!(twin["passed"], true, "{twin}");
    let twin_d = twin["decision"].as_str().unwrap().to_string();
    let both = mcp_call(
        &h,
        &bot,
        "propose_change",
        json!({"observation": o, "root_cause": "x", "diff": "d", "fields": {"a": "b"}}),
    );
    assert_eq!(both["isError"], true, "{both}");

    // Agents never decide: not through the API, not through OData.
    let r = h.with_token(&bot, "POST", &format!("/api/evolution/decisions/{d}/approve"), &[], Some("{}"));
    assert_eq!(r.status, 403, "{}", r.body);
    let r = h.with_token(
        &bot,
        "POST",
        &format!("/temper-system/odata/EvolutionDecisions('{d}')/Temper.Evolution.Approve"),
        &[],
        Some("{}"),
    );
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(archive(&h, &bot).status, 404, "not live before a human approves");

    // A human approves: verified, deployed, live.
    let r = h.request(
        "POST",
        &format!("/api/evolution/decisions/{d}/approve"),
        &[],
        Some(r#"{"rationale": "archiving is wanted"}"#),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let decision = &r.json()["decision"];
    assert_eq!(decision["status"], "Live", "{decision}");
    assert_eq!(decision["deployed_version"], 2, "{decision}");
    assert_eq!(decision["decided_by"], "admin", "{decision}");
    let r = archive(&h, &bot);
    assert_eq!(r.status, 200, "the agent's retry succeeds: {}", r.body);
    assert_eq!(r.json()["status"], "Archived");

    // The chain is closed; the competing proposal is superseded; rejected ones stay in history.
    assert_eq!(record(&h, "Analyses", &a)["status"], "Accepted");
    assert_eq!(record(&h, "Problems", &p)["status"], "Resolved");
    assert_eq!(record(&h, "Observations", &o)["status"], "Resolved");
    assert_eq!(record(&h, "Insights", &i)["status"], "Resolved");
    assert_eq!(record(&h, "EvolutionDecisions", &twin_d)["status"], "Superseded");
    assert_eq!(record(&h, "Analyses", &bad_a)["status"], "VerificationFailed");
    // The resolved pattern's old rows do not reopen it.
    let after = run(&h);
    assert!(after["created"].as_array().unwrap().is_empty(), "{after}");
    h.stop();
}

#[test]
fn bad_proposals_are_refused_with_a_reason_and_change_nothing() {
    let (h, bot) = setup("evolution-bad");
    for _ in 0..3 {
        assert_eq!(archive(&h, &bot).status, 404);
    }
    let o = run(&h)["created"][0].as_str().unwrap().to_string();
    let count = |h: &Host| h.request("GET", "/temper-system/odata/Analyses/$count", &[], None).body.trim().to_string();
    let before = count(&h);
    let cases = [
        (json!({"observation": o}), 400, "InvalidBody"),
        (json!({"observation": o, "root_cause": "x", "diff": "d", "files": {}}), 400, "InvalidBody"),
        (json!({"observation": o, "root_cause": "x", "diff": "d", "extra": 1}), 400, "InvalidBody"),
        (json!({"observation": "O-nope", "root_cause": "x", "diff": "--- a/x\n+++ b/x\n"}), 404, "NotFound"),
        (
            json!({"observation": o, "root_cause": "x", "diff": "--- a/Ticket.ioa.toml\n+++ b/Ticket.ioa.toml\n@@ -1,1 +1,1 @@\n-not the first line\n+x\n"}),
            422,
            "InvalidDiff",
        ),
        (
            json!({"observation": o, "root_cause": "x", "files": {"Ticket.ioa.toml": "[automaton]\nname = 3\n"}}),
            422,
            "InvalidSpec",
        ),
        (
            json!({"observation": o, "root_cause": "x", "files": {"Ticket.ioa.toml": fixture("Ticket.ioa.toml")}}),
            422,
            "InvalidDiff",
        ),
    ];
    for (body, status, code) in cases {
        let r = propose(&h, &bot, &body);
        assert_eq!(r.status, status, "{body}: {}", r.body);
        assert_eq!(r.json()["error"]["code"], code, "{body}: {}", r.body);
        assert!(r.json()["error"]["message"].as_str().is_some_and(|m| m.len() > 10), "{}", r.body);
    }
    assert_eq!(count(&h), before, "nothing was recorded");
    let r = h.request("POST", "/api/evolution/decisions/D-nope/approve", &[], Some("{}"));
    assert_eq!(r.status, 404, "{}", r.body);
    let r = h.request("POST", "/api/evolution/decisions/D-nope/maybe", &[], Some("{}"));
    assert_eq!(r.status, 404, "{}", r.body);
    let r = h.request("POST", "/api/evolution/run?tenant=nope", &[], None);
    assert_eq!(r.status, 404, "{}", r.body);
    let r = h.request("POST", "/api/evolution/run?when=now", &[], None);
    assert_eq!(r.status, 400, "{}", r.body);
    // Only admins run the runner unless a policy says otherwise.
    let r = h.with_token(&bot, "POST", "/api/evolution/run", &[], None);
    assert_eq!(r.status, 403, "{}", r.body);
    h.stop();
}

/// Polls `f` every 200 ms for up to 20 s.
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..100 {
        if f() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn the_runner_runs_on_its_own_and_a_decision_approved_through_odata_is_deployed_too() {
    let name = "evolution-scheduled";
    let h = Host::start_args(&fresh_dir(name), &system_apps(name), &["--evolution-interval", "1"]);
    let files =
        json!({"files": {"Ticket.ioa.toml": fixture("Ticket.ioa.toml"), "model.csdl.xml": fixture("model.csdl.xml")}});
    assert_eq!(h.request("POST", &format!("/api/tenants/{TENANT}/specs"), &[], Some(&files.to_string())).status, 200);
    // The admin is the agent here: three requests for an entity set the tenant lacks.
    for _ in 0..3 {
        let r = h.request("GET", &format!("/{TENANT}/odata/Invoices"), &[], None);
        assert_eq!(r.status, 404, "{}", r.body);
    }
    let mut o = String::new();
    eventually("the scheduled run to open an observation", || {
        let v = h
            .request("GET", "/temper-system/odata/Observations?$filter=pattern%20eq%20'unmet-intent'", &[], None)
            .json();
        if let Some(id) = v["value"][0]["Id"].as_str() {
            assert_eq!(v["value"][0]["subject"], "Invoices", "{v}");
            o = id.to_string();
        }
        !o.is_empty()
    });
    // A proposal adding the entity set, approved by an admin straight through OData: the
    // runner's sweep deploys it through the gate, as the API would have.
    let invoice_toml = "[automaton]\nname = \"Invoice\"\nstates = [\"Draft\", \"Sent\"]\ninitial = \"Draft\"\nterminal = [\"Sent\"]\nallow_indefinite_states = [\"Draft\"]\n\n[[action]]\nname = \"Send\"\nkind = \"input\"\nfrom = [\"Draft\"]\nto = \"Sent\"\n";
    let csdl = fixture("model.csdl.xml")
        .replace(
            "      <EntityContainer Name=\"Shop\">",
            "      <EntityType Name=\"Invoice\">\n        <Key><PropertyRef Name=\"Id\"/></Key>\n        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n      </EntityType>\n      <Action Name=\"Send\" IsBound=\"true\">\n        <Parameter Name=\"bindingParameter\" Type=\"Temper.Shop.Invoice\"/>\n      </Action>\n      <EntityContainer Name=\"Shop\">",
        )
        .replace("      </EntityContainer>", "        <EntitySet Name=\"Invoices\" EntityType=\"Temper.Shop.Invoice\"/>\n      </EntityContainer>");
    let body = json!({"observation": o, "root_cause": "no invoices", "files": {"Invoice.ioa.toml": invoice_toml, "model.csdl.xml": csdl}});
    let r = h.request("POST", "/api/evolution/proposals", &[], Some(&body.to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
    let p = r.json();
    assert_eq!(p["passed"], true, "{p}");
    assert_eq!(p["refinement"][0]["added"], true, "{p}");
    let d = p["decision"].as_str().unwrap().to_string();
    let path = format!("/temper-system/odata/EvolutionDecisions('{d}')/Temper.Evolution.Approve");
    // A client cannot choose who decided.
    let json_ct = [("Content-Type", "application/json")];
    let r = h.request("POST", &path, &json_ct, Some(r#"{"decided_by": "mallory", "rationale": "yes"}"#));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("authenticated principal"), "{}", r.body);
    let r = h.request("POST", &path, &[("Content-Type", "application/json")], Some(r#"{"rationale": "yes"}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["decided_by"], "admin", "bound to the authenticated principal: {}", r.body);
    eventually("the approved change to go live", || record(&h, "EvolutionDecisions", &d)["status"] == "Live");
    let r = h.request("GET", &format!("/{TENANT}/odata/Invoices"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    // The problem is resolved now: no more proposals for it.
    let other = propose(&h, &h.token, &body);
    assert_eq!(other.status, 409, "{}", other.body);
    assert_eq!(other.json()["error"]["code"], "ProblemNotOpen", "{}", other.body);
    h.stop();
}
