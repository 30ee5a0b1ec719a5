//! Governance from the terminal against the real binary: `token`, `policy`, and `decide` —
//! its non-interactive forms and its interactive loop — using the files `temper-host up` wrote.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::Value as Json;

const TASKS: &str = "/tasks/odata/Tasks";

fn denied(r: &Response) -> (String, Json) {
    assert_eq!(r.status, 403, "{}", r.body);
    let e = &r.json()["error"];
    (e["decision"].as_str().unwrap_or_else(|| panic!("no decision in {}", r.body)).to_string(), e["remedy"].clone())
}

fn cli(h: &Host, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(args)
        .arg("--data-dir")
        .arg(&h.data_dir)
        .output()
        .unwrap()
}

#[test]
fn the_terminal_lists_approves_and_denies_with_the_files_up_wrote() {
    let h = Host::start(&fresh_dir("gov-cli"));
    // `up` wrote the address and the admin token (owner-only) for the CLI.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(h.data_dir.join("admin.token")).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "admin.token is readable by others: {mode:o}");
    let out = cli(&h, &["token", "create", "--id", "bot-c", "--agent-type", "worker", "--role", "triager"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let token = stdout.lines().find_map(|l| l.strip_prefix("token")).unwrap().trim().to_string();
    let (read, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    let (create, _) = denied(&h.with_token(&token, "POST", TASKS, &[], Some(r#"{"title": "t"}"#)));
    let out = cli(&h, &["decide", "--tenant", "tasks", "--list", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed: Json = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let out = cli(&h, &["decide", "--tenant", "tasks", "--approve", &read, "--scope", "medium", "--reason", "ok"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("decision:{read}")));
    let out = cli(&h, &["decide", "--tenant", "tasks", "--deny", &create, "--reason", "no"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 200);
    assert_eq!(h.with_token(&token, "POST", TASKS, &[], Some(r#"{"title": "t"}"#)).status, 403);
    // An unknown scope is a clear error, and nothing changes.
    let (another, _) = denied(&h.with_token(&token, "DELETE", &format!("{TASKS}('nope')"), &[], None));
    let out = cli(&h, &["decide", "--tenant", "tasks", "--approve", &another, "--scope", "everything"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("scope"), "{}", String::from_utf8_lossy(&out.stderr));
    // Policies from the terminal: list shows the approval; validate works offline.
    let out = cli(&h, &["policy", "list", "--tenant", "tasks"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("decision:{read}")));
    // Add, show and remove a policy by hand; a broken file changes nothing.
    let file = h.data_dir.join("reviewers.cedar");
    std::fs::write(&file, r#"permit(principal == Agent::"bot-c", action == Action::"read", resource is Task);"#)
        .unwrap();
    let out =
        cli(&h, &["policy", "add", file.to_str().unwrap(), "--tenant", "tasks", "--id", "reviewers", "--reason", "r"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cli(&h, &["policy", "show", "reviewers", "--tenant", "tasks"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Action::\"read\""));
    let bad = h.data_dir.join("bad.cedar");
    std::fs::write(&bad, "permit(principal, action resource);").unwrap();
    let out = cli(&h, &["policy", "add", bad.to_str().unwrap(), "--tenant", "tasks", "--id", "broken"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("422"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cli(&h, &["policy", "remove", "reviewers", "--tenant", "tasks", "--reason", "done"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(h.request("GET", "/api/tenants/tasks/policies/reviewers", &[], None).status, 404);
    assert_eq!(h.request("GET", "/api/tenants/tasks/policies/broken", &[], None).status, 404);

    std::fs::write(&bad, "permit(principal, action resource);").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["policy", "validate"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid"));
}

#[test]
fn the_interactive_loop_shows_previews_and_approves_the_chosen_scope() {
    use std::io::Write;
    let h = Host::start(&fresh_dir("gov-interactive"));
    let (token, _) = h.agent("bot-i", "worker", "triager");
    let (id, _) = denied(&h.with_token(&token, "GET", TASKS, &[], None));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["decide", "--tenant", "tasks", "--data-dir"])
        .arg(&h.data_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Scope 2 is `medium`; then a reason; then quit once nothing is pending.
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"2\nlooks fine\n").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while h.request("GET", &format!("/api/tenants/tasks/decisions/{id}"), &[], None).json()["status"] == "pending" {
        assert!(std::time::Instant::now() < deadline, "the loop did not approve");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    drop(stdin);
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&id) && text.contains("[2] medium") && text.contains("resource is Task"), "{text}");
    let d = h.request("GET", &format!("/api/tenants/tasks/decisions/{id}"), &[], None).json();
    assert_eq!((d["status"].as_str(), d["reason"].as_str()), (Some("approved"), Some("looks fine")));
    assert_eq!(d["scope"]["resource"], "any-of-type");
    assert_eq!(h.with_token(&token, "GET", TASKS, &[], None).status, 200);
}
