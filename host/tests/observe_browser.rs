//! The Observe dashboard in a real browser: starts the real host, makes an agent hit a denial
//! (a pending decision), deploys a spec whose stored verification report carries a
//! counterexample (and, with evolution, proposes a change that fails verification), then runs
//! `tests/observe/browser.mjs` — headless Chromium driven by playwright-core — which logs in,
//! previews and approves the decision at a scope, sees the agent's retry succeed, opens a
//! spec's diagram and the counterexamples, watches a new denial arrive live and logs out.
//! Screenshots are kept in `$CARGO_TARGET_DIR/observe-artifacts/`. Skipped (with the reason)
//! only when node, playwright-core or chromium is missing and `TEMPER_REQUIRE_BROWSER` is
//! unset; `tools/run test` installs them and sets it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::{Value as Json, json};
use std::path::{Path, PathBuf};
use std::process::Command;

const TASKS: &str = "/tasks/odata/Tasks";

/// Two counters moving together: `AtMostFour` holds in every reachable state (the cascade
/// passes, so it deploys) but is not inductive alone — L0's report carries the counterexample
/// to induction, pre and post state, which the page must show.
const PAIR: &str = r#"[automaton]
name = "Pair"
states = ["Open", "Closed"]
initial = "Open"
terminal = ["Closed"]

[[state]]
name = "a"
type = "counter"
initial = 0

[[state]]
name = "b"
type = "counter"
initial = 0

[[action]]
name = "Inc"
kind = "input"
from = ["Open"]
guard = "b < 4"
effect = ["a += 1", "b += 1"]

[[action]]
name = "Close"
kind = "input"
from = ["Open"]
to = "Closed"

[[invariant]]
name = "AtMostFour"
assert = "a <= 4"
"#;

const PAIR_CSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="Scratch" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="Pair"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.String" Nullable="false"/><Property Name="a" Type="Edm.Int64"/><Property Name="b" Type="Edm.Int64"/></EntityType>
      <Action Name="Inc" IsBound="true"><Parameter Name="bindingParameter" Type="Scratch.Pair"/></Action>
      <Action Name="Close" IsBound="true"><Parameter Name="bindingParameter" Type="Scratch.Pair"/></Action>
      <EntityContainer Name="C"><EntitySet Name="Pairs" EntityType="Scratch.Pair"/></EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

/// What the browser run needs: node, the playwright-core package and a Chromium.
struct Browser {
    node: PathBuf,
    playwright: PathBuf,
    chromium: PathBuf,
}

fn find_browser() -> Result<Browser, String> {
    let node_dir = std::env::var_os("TEMPER_NODE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/temper/tools/node")));
    let on_path = |name: &str| {
        std::env::var_os("PATH").and_then(|p| std::env::split_paths(&p).map(|d| d.join(name)).find(|c| c.is_file()))
    };
    let node = node_dir
        .as_ref()
        .map(|d| d.join("node_modules/.bin/node"))
        .filter(|p| p.exists())
        .or_else(|| on_path("node"))
        .ok_or("no `node` (apt-get install nodejs, or `tools/run test`)")?;
    let playwright = node_dir
        .as_ref()
        .map(|d| d.join("node_modules/playwright-core"))
        .filter(|p| p.join("index.mjs").exists())
        .ok_or("no playwright-core in $TEMPER_NODE_DIR/node_modules (`tools/run test` installs it)")?;
    let chromium = std::env::var_os("TEMPER_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| {
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].into_iter().map(PathBuf::from).find(|p| p.exists())
        })
        .or_else(|| on_path("chromium"))
        .ok_or("no chromium (apt-get install chromium, or `tools/run test`)")?;
    Ok(Browser { node, playwright, chromium })
}

/// The tasks app (no seeds) and, when the repository has it, the evolution records' app.
fn apps() -> PathBuf {
    let dir = fresh_dir("observe-browser-apps");
    for app in ["tasks", "temper-system"] {
        let from = unseeded_apps().join(app);
        if from.exists() {
            copy(&from, &dir.join(app));
        }
    }
    dir
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() { copy(&p, &t) } else { std::fs::copy(&p, &t).map(|_| ()).unwrap() }
    }
}

/// When the platform has evolution (`temper-system` installed, `POST /api/evolution/run`):
/// the agent's three denials on listing `scratch`'s pairs become an observation, and the agent
/// proposes a `Pair` spec with an invariant its machine breaks (`a <= 2`) — a proposal that
/// fails verification, with an L1 trace. `None` (with the reason printed) without evolution.
fn failing_proposal(h: &Host, agent: &str) -> Option<String> {
    for _ in 0..3 {
        assert_eq!(h.with_token(agent, "GET", "/scratch/odata/Pairs", &[], None).status, 403);
    }
    let r = h.request("POST", "/api/evolution/run", &[], None);
    if r.status != 200 {
        eprintln!("no evolution proposal in this run: POST /api/evolution/run answered {}: {}", r.status, r.body);
        return None;
    }
    let run = r.json();
    let observation = run["created"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o.as_str())
        .find(|o| {
            let rec = h.request("GET", &format!("/temper-system/odata/Observations('{o}')"), &[], None).json();
            rec["target_tenant"] == "scratch"
        })
        .unwrap_or_else(|| panic!("three denials made no observation about `scratch`: {run}"))
        .to_string();
    let broken = PAIR.replace("assert = \"a <= 4\"", "assert = \"a <= 2\"");
    let body = json!({"observation": observation, "root_cause": "agents cannot list pairs",
        "description": "a deliberately wrong invariant: at most two increments",
        "files": {"Pair.ioa.toml": broken}});
    let r = h.with_token(agent, "POST", "/api/evolution/proposals", &[], Some(&body.to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
    let v = r.json();
    assert_eq!(v["passed"], false, "the proposal must fail verification: {v}");
    Some(v["analysis"].as_str().unwrap().to_string())
}

#[test]
fn a_human_approves_in_the_browser_and_the_agent_retry_succeeds() {
    let browser = match find_browser() {
        Ok(b) => b,
        Err(why) if std::env::var_os("TEMPER_REQUIRE_BROWSER").is_none() => {
            eprintln!("SKIPPED observe_browser: {why}; set TEMPER_REQUIRE_BROWSER=1 to make this a failure");
            return;
        }
        Err(why) => panic!("TEMPER_REQUIRE_BROWSER is set but the browser test cannot run: {why}"),
    };
    let h = Host::start_with(&fresh_dir("observe-browser"), &apps());
    // Something to look at: a task the admin moved along.
    let r = h.request("POST", TASKS, &[], Some(&json!({"title": "seeded by the admin"}).to_string()));
    assert_eq!(r.status, 201, "{}", r.body);
    // The agent is denied: a pending decision waits for a human.
    let (agent, _) = h.agent("triage-bot", "worker", "triager");
    let r = h.with_token(&agent, "POST", TASKS, &[], Some(r#"{"title": "filed by the triage bot"}"#));
    assert_eq!(r.status, 403, "{}", r.body);
    let decision = r.json()["error"]["decision"].as_str().unwrap().to_string();
    // A tenant whose stored verification report holds a counterexample.
    let files = json!({"files": {"Pair.ioa.toml": PAIR, "model.csdl.xml": PAIR_CSDL}}).to_string();
    let r = h.request("POST", "/api/tenants/scratch/specs", &[], Some(&files));
    assert_eq!(r.status, 200, "{}", r.body);
    let l0 = &r.json()["verification"]["specs"][0]["levels"][0];
    assert_eq!(l0["details"]["counterexamples"][0]["kind"], "invariant-inductive", "{l0}");

    let proposal = failing_proposal(&h, &agent);

    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("observe-artifacts");
    let _ = std::fs::remove_dir_all(&artifacts);
    let out = Command::new(&browser.node)
        .arg(repo().join("tests/observe/browser.mjs"))
        .env("TEMPER_URL", format!("http://{}", h.addr))
        .env("TEMPER_ADMIN_TOKEN", &h.token)
        .env("TEMPER_AGENT_TOKEN", &agent)
        .env("TEMPER_DECISION", &decision)
        .env("TEMPER_TENANT", "tasks")
        .env("TEMPER_CEX_TENANT", "scratch")
        .env("TEMPER_PROPOSAL", proposal.as_deref().unwrap_or(""))
        .env("TEMPER_ARTIFACTS", &artifacts)
        .env("TEMPER_PLAYWRIGHT", &browser.playwright)
        .env("TEMPER_CHROMIUM", &browser.chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report: Json = stdout
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| panic!("browser.mjs printed no JSON\nstdout: {stdout}\nstderr: {stderr}"));
    for shot in report["screenshots"].as_array().into_iter().flatten() {
        eprintln!("screenshot: {}", shot.as_str().unwrap_or_default());
    }
    assert!(out.status.success() && report["ok"] == true, "the browser run failed: {report:#}\nstderr: {stderr}");
    let steps: Vec<&str> = report["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    for want in [
        "login",
        "approve",
        "agent retry",
        "entity history",
        "diagram",
        "counterexample",
        "apps",
        "live update",
        "logout",
    ] {
        assert!(steps.contains(&want), "step `{want}` missing from {steps:?}");
    }
    if proposal.is_some() {
        assert!(steps.contains(&"proposal"), "the failed proposal was not shown: {steps:?}");
    }
    assert!(report["screenshots"].as_array().unwrap().len() >= 9, "{report:#}");

    // Over HTTP: the decision is approved at the scope the human chose, and the agent's retry
    // created its task.
    let d = h.request("GET", &format!("/api/tenants/tasks/decisions/{decision}"), &[], None).json();
    assert_eq!((d["status"].as_str(), d["decided_by"].as_str()), (Some("approved"), Some("Admin::\"admin\"")), "{d}");
    assert_eq!(d["scope"]["resource"], "any-of-type", "medium: any Task: {d}");
    assert_eq!(d["reason"], "the triage bot files tasks");
    let id = report["retry"]["id"].as_str().unwrap();
    let task = h.request("GET", &format!("{TASKS}('{id}')"), &[], None);
    assert_eq!(task.status, 200, "{}", task.body);
    assert_eq!(task.json()["title"], "filed by the triage bot");
    let rows = h
        .request("GET", "/api/tenants/tasks/trajectories?agent=Agent%3A%3A%22triage-bot%22&action=create", &[], None)
        .json();
    let outcomes: Vec<bool> = rows["value"].as_array().unwrap().iter().map(|r| r["ok"].as_bool().unwrap()).collect();
    assert_eq!(outcomes, [true, false], "newest first: the retry succeeded after the denial");
}
