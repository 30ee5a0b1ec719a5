//! Test harness: runs the real `temper-host up` binary on a random loopback port with a fresh
//! data directory, reads its address and admin token, and speaks HTTP to it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod registry;
pub mod service;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Host {
    pub child: Child,
    pub addr: String,
    pub token: String,
    pub data_dir: PathBuf,
    /// What `up` printed up to and including its token line.
    pub boot_log: Vec<String>,
}

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn fresh_dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A fresh apps directory holding one fixture app (`host/tests/fixtures/<fixture>/specs`)
/// as tenant `tenant`.
pub fn fixture_apps(fixture: &str, tenant: &str) -> PathBuf {
    // Tests of one binary run in parallel: each gets its own copy.
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let apps = fresh_dir(&format!("{tenant}-apps-{n}"));
    let dest = apps.join(tenant).join("specs");
    std::fs::create_dir_all(&dest).unwrap();
    std::fs::write(apps.join(tenant).join("app.toml"), format!("name = \"{tenant}\"\nversion = \"0.1.0\"\n")).unwrap();
    let src = repo().join("host/tests/fixtures").join(fixture).join("specs");
    for f in std::fs::read_dir(&src).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dest.join(f.file_name().unwrap())).unwrap();
    }
    apps
}

/// The bundled apps without their seed entities (a copy of each `app.toml`, `specs/`,
/// `policies/` and `docs/`), so a test starts from empty tenants; the seeds have tests of
/// their own (`apps.rs`, `bundled_apps.rs`).
pub fn unseeded_apps() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dest = fresh_dir("unseeded-apps");
        for app in std::fs::read_dir(repo().join("apps")).unwrap() {
            let app = app.unwrap().path();
            let to = dest.join(app.file_name().unwrap());
            copy_tree(&app, &to, &|p: &Path| p.file_name().is_some_and(|n| n == "seed" || n == "integrations"));
        }
        dest
    })
    .clone()
}

fn copy_tree(from: &Path, to: &Path, skip: &dyn Fn(&Path) -> bool) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        if skip(&p) {
            continue;
        }
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() { copy_tree(&p, &target, skip) } else { std::fs::copy(&p, &target).map(|_| ()).unwrap() }
    }
}

impl Host {
    /// Starts `temper-host up` on `data_dir` with the bundled apps (without their seeds) and a
    /// fixed admin token.
    pub fn start(data_dir: &Path) -> Host {
        Self::start_with(data_dir, &unseeded_apps())
    }

    pub fn start_with(data_dir: &Path, apps: &Path) -> Host {
        Self::start_args(data_dir, apps, &[])
    }

    pub fn start_args(data_dir: &Path, apps: &Path, extra: &[&str]) -> Host {
        Self::start_env(data_dir, apps, extra, &[])
    }

    /// [`Host::start_args`] with extra environment variables.
    pub fn start_env(data_dir: &Path, apps: &Path, extra: &[&str], env: &[(&str, &str)]) -> Host {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_temper-host"));
        cmd.args(["up", "--port", "0", "--data-dir"])
            .arg(data_dir)
            .arg("--apps")
            .arg(apps)
            .args(extra)
            .env("TEMPER_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))
            .env("TEMPER_ADMIN_TOKEN", "test-admin-token-0123456789")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start temper-host up");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut addr = String::new();
        let mut token = String::new();
        let mut boot_log = Vec::new();
        for line in lines.by_ref() {
            let line = line.unwrap();
            boot_log.push(line.clone());
            if let Some(rest) = line.strip_prefix("temper listening on http://") {
                addr = rest.trim().to_string();
            }
            if let Some(rest) = line.trim().strip_prefix("token") {
                token = rest.trim().to_string();
                break;
            }
        }
        assert!(!addr.is_empty(), "temper-host up printed no address");
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Host { child, addr, token, data_dir: data_dir.to_path_buf(), boot_log }
    }

    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&str>) -> Response {
        let auth = format!("Bearer {}", self.token);
        let mut all: Vec<(&str, &str)> = vec![("Authorization", auth.as_str())];
        all.extend_from_slice(headers);
        request(&self.addr, method, path, &all, body)
    }

    /// A request with another bearer token (an agent's).
    pub fn with_token(
        &self,
        token: &str,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Response {
        let auth = format!("Bearer {token}");
        let mut all: Vec<(&str, &str)> = vec![("Authorization", auth.as_str())];
        all.extend_from_slice(headers);
        request(&self.addr, method, path, &all, body)
    }

    /// Mints an agent token through the admin API; returns `(token, token id)`.
    pub fn agent(&self, id: &str, agent_type: &str, role: &str) -> (String, String) {
        let body = serde_json::json!({"kind": "agent", "id": id, "agent_type": agent_type, "role": role}).to_string();
        let r = self.request("POST", "/api/tokens", &[], Some(&body));
        assert_eq!(r.status, 201, "{}", r.body);
        let v = r.json();
        (v["token"].as_str().unwrap().to_string(), v["token_id"].as_str().unwrap().to_string())
    }

    pub fn anonymous(&self, method: &str, path: &str) -> Response {
        request(&self.addr, method, path, &[], None)
    }

    /// SIGTERM, then wait: the server drains and exits.
    pub fn stop(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        self.child.wait().unwrap()
    }

    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Runs `temper-host check-store` on a (stopped) server's data directory and asserts that
/// every projection equals the replay of its journal.
pub fn assert_no_drift(data_dir: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["check-store", "--data-dir"])
        .arg(data_dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("no drift"), "{text}");
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A minimal HTTP/1.1 client (one request per connection), so tests depend on nothing else.
pub fn request(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&str>) -> Response {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    if let Some(b) = body {
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type")) {
            req.push_str("Content-Type: application/json\r\n");
        }
        req.push_str(&format!("Content-Length: {}\r\n", b.len()));
    }
    req.push_str("\r\n");
    if let Some(b) = body {
        req.push_str(b);
    }
    // A server that answers before reading the whole body (e.g. 413) may close first: the
    // write then fails with a broken pipe, and the answer is still there to read.
    if let Err(e) = s.write_all(req.as_bytes()) {
        assert!(matches!(e.kind(), std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset), "{e}");
    }
    let mut raw = Vec::new();
    if let Err(e) = s.read_to_end(&mut raw) {
        assert!(e.kind() == std::io::ErrorKind::ConnectionReset && !raw.is_empty(), "{e}");
    }
    parse(&raw)
}

fn parse(raw: &[u8]) -> Response {
    let text = String::from_utf8_lossy(raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status: u16 = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    let chunked = headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked { dechunk(rest) } else { rest.to_string() };
    Response { status, headers, body }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// The data model of `verifier/tests/corpus/SixSteps.ioa.toml` (a spec that loads but fails
/// L1: its bug is six steps deep).
pub const SIX_STEPS_CSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="Corpus" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="SixSteps"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.String" Nullable="false"/><Property Name="count" Type="Edm.Int64"/></EntityType>
      <Action Name="Bump" IsBound="true"><Parameter Name="bindingParameter" Type="Corpus.SixSteps"/></Action>
      <Action Name="Close" IsBound="true"><Parameter Name="bindingParameter" Type="Corpus.SixSteps"/></Action>
      <EntityContainer Name="C"><EntitySet Name="SixSteps" EntityType="Corpus.SixSteps"/></EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;
