//! The MCP component end to end, with the official MCP Python SDK (`mcp` 2.3.0, installed by
//! `tools/run` into `$TEMPER_MCP_PYTHONPATH`) as the agent's client against the real binary:
//! `tests/mcp/agent_story.py` submits a spec, is denied, waits for a human's approval (the
//! admin API), retries, acts on entities, reads its trajectory and a spec resource — over
//! streamable HTTP at 2026-07-28 and 2025-11-25 and over stdio (`temper-host mcp`). Raw HTTP
//! checks here cover the protocol edges the SDK never sends.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn mcp_post(h: &Host, headers: &[(&str, &str)], body: &str) -> Response {
    let mut all = vec![("Content-Type", "application/json"), ("Accept", "application/json, text/event-stream")];
    all.extend_from_slice(headers);
    h.request("POST", "/mcp", &all, Some(body))
}

#[test]
fn an_agent_story_through_the_official_python_sdk_over_http_and_stdio() {
    let py = std::env::var("TEMPER_MCP_PYTHONPATH").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        format!("{home}/.cache/temper/tools/mcp-py")
    });
    assert!(
        Path::new(&py).join("mcp").is_dir(),
        "the MCP Python SDK is not at {py}: run the tests with `tools/run test`, which installs it"
    );
    let dir = fresh_dir("mcp-story");
    let h = Host::start(&dir);
    let agent = h.request("POST", "/api/tokens", &[], Some(r#"{"kind": "agent", "id": "bot-1"}"#));
    assert_eq!(agent.status, 201, "{}", agent.body);
    let agent_token = agent.json()["token"].as_str().unwrap().to_string();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg(root.join("tests/mcp/agent_story.py"))
        .arg(format!("http://{}", h.addr))
        .arg(&agent_token)
        .arg(&h.token)
        .arg(env!("CARGO_BIN_EXE_temper-host"))
        .arg(root.join("../apps/tasks/specs"))
        .env("PYTHONPATH", &py)
        .env("TEMPER_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))
        .output()
        .expect("run python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the agent story failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("agent story: all checks passed"), "{stdout}");
}

#[test]
fn protocol_edges_are_answered_as_the_revisions_require() {
    let dir = fresh_dir("mcp-edges");
    let h = Host::start(&dir);
    let meta = r#""_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}"#;
    let modern = [("MCP-Protocol-Version", "2026-07-28")];
    // No credential: 401 before the component runs.
    let anon = common::request(&h.addr, "POST", "/mcp", &[("Content-Type", "application/json")], Some("{}"));
    assert_eq!(anon.status, 401, "{}", anon.body);
    // A method header that disagrees with the body.
    let body = format!(r#"{{"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {{{meta}}}}}"#);
    let r = mcp_post(&h, &[modern[0], ("Mcp-Method", "resources/list")], &body);
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (400, Some(-32020)), "{}", r.body);
    // The envelope is required at 2026-07-28.
    let r = mcp_post(
        &h,
        &[modern[0], ("Mcp-Method", "tools/list")],
        r#"{"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {}}"#,
    );
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (400, Some(-32602)), "{}", r.body);
    // `initialize` no longer exists at 2026-07-28.
    let body = format!(r#"{{"jsonrpc": "2.0", "id": 3, "method": "initialize", "params": {{{meta}}}}}"#);
    let r = mcp_post(&h, &[modern[0], ("Mcp-Method", "initialize")], &body);
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (404, Some(-32601)), "{}", r.body);
    // An unknown revision is refused with the supported list.
    let body = r#"{"jsonrpc": "2.0", "id": 4, "method": "tools/list", "params": {"_meta": {"io.modelcontextprotocol/protocolVersion": "2099-01-01", "io.modelcontextprotocol/clientCapabilities": {}}}}"#;
    let r = mcp_post(&h, &[("MCP-Protocol-Version", "2099-01-01"), ("Mcp-Method", "tools/list")], body);
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["error"]["data"]["supported"][0], "2026-07-28");
    // Malformed JSON, a batch, a notification, GET.
    let r = mcp_post(&h, &[], "{bad");
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (400, Some(-32700)), "{}", r.body);
    let r = mcp_post(&h, &[], "[]");
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (400, Some(-32600)), "{}", r.body);
    assert_eq!(mcp_post(&h, &[], r#"{"jsonrpc": "2.0", "method": "notifications/initialized"}"#).status, 202);
    let g = h.request("GET", "/mcp", &[], None);
    assert_eq!(g.status, 405, "{}", g.body);
    // A tool the caller names wrongly is a protocol error; a wrong argument a tool error.
    let body = format!(
        r#"{{"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": {{"name": "nope", "arguments": {{}}, {meta}}}}}"#
    );
    let r = mcp_post(&h, &[modern[0], ("Mcp-Method", "tools/call"), ("Mcp-Name", "nope")], &body);
    assert_eq!(r.json()["error"]["code"].as_i64(), Some(-32602), "{}", r.body);
    let body = format!(
        r#"{{"jsonrpc": "2.0", "id": 6, "method": "tools/call", "params": {{"name": "list", "arguments": {{"tenant": 3}}, {meta}}}}}"#
    );
    let r = mcp_post(&h, &[modern[0], ("Mcp-Method", "tools/call"), ("Mcp-Name", "list")], &body);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["result"]["isError"], true, "{}", r.body);
    assert!(r.body.contains("`tenant` must be a string"), "{}", r.body);
    // A resource that does not exist.
    let body = format!(
        r#"{{"jsonrpc": "2.0", "id": 7, "method": "resources/read", "params": {{"uri": "temper://tasks/specs/None.toml", {meta}}}}}"#
    );
    let r = mcp_post(
        &h,
        &[modern[0], ("Mcp-Method", "resources/read"), ("Mcp-Name", "temper://tasks/specs/None.toml")],
        &body,
    );
    assert_eq!((r.status, r.json()["error"]["code"].as_i64()), (400, Some(-32602)), "{}", r.body);
}
