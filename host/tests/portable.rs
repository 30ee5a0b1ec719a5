//! The portable build under another runtime: `<target>/portable/temper-portable.wasm` (built by
//! `just portable` / `cargo xtask portable`: the OData and interpreter components composed with
//! the pure-Wasm stand-ins for the host) served by `jco serve` on Node.js, and driven over real
//! HTTP — create, a bound action the spec first refuses, `$filter`/`$select`/`$orderby`/`$count`,
//! idempotent retries, optimistic concurrency and a Cedar denial. `tools/run` installs jco
//! (npm, into `~/.cache/temper/tools/node`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Response, request};
use serde_json::{Value, json};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ADMIN: &str = "Admin::\"ada\"";
const AGENT: &str = "Agent::\"bot-1\"";

fn bundle() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../portable/temper-portable.wasm");
    assert!(path.is_file(), "{} is missing: build it with `just portable` (cargo xtask portable)", path.display());
    path
}

fn jco() -> PathBuf {
    let tools = std::env::var_os("TEMPER_TOOLS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cache/temper/tools"));
    let jco = tools.join("node/node_modules/.bin/jco");
    assert!(jco.is_file(), "{} is missing: `tools/run test` installs jco from npm", jco.display());
    jco
}

/// `jco serve` in its own process group (it runs the component in a child `node`), killed
/// with the group on drop.
struct Served {
    child: Child,
    addr: String,
}

impl Served {
    fn start() -> Served {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let jco_dir = common::fresh_dir("portable-jco");
        let child = Command::new(jco())
            .arg("serve")
            .arg(bundle())
            .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--jco-dir"])
            .arg(&jco_dir)
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .process_group(0)
            .spawn()
            .expect("starting jco serve");
        let mut served = Served { child, addr: format!("127.0.0.1:{port}") };
        // Transpiling the 4.7 MB component takes a few seconds; then the port answers.
        let deadline = Instant::now() + Duration::from_secs(180);
        while TcpStream::connect(&served.addr).is_err() {
            if let Some(status) = served.child.try_wait().unwrap() {
                panic!("jco serve exited before listening: {status}");
            }
            assert!(Instant::now() < deadline, "jco serve did not listen on {} within 180 s", served.addr);
            std::thread::sleep(Duration::from_millis(200));
        }
        served
    }

    fn call(
        &self,
        method: &str,
        path: &str,
        principal: &str,
        extra: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Response {
        let id =
            format!("req-{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos());
        let mut headers = vec![("x-temper-principal", principal), ("x-temper-request-id", id.as_str())];
        headers.extend_from_slice(extra);
        let body = body.map(Value::to_string);
        request(&self.addr, method, path, &headers, body.as_deref())
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.child.wait();
    }
}

fn ids(r: &Response) -> Vec<String> {
    r.json()["value"].as_array().unwrap().iter().map(|v| v["Id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn jco_serves_the_odata_api_from_one_self_contained_component() {
    let s = Served::start();

    let doc = s.call("GET", "/tasks/odata/", ADMIN, &[], None);
    assert_eq!(doc.status, 200, "{}", doc.body);
    assert_eq!(doc.json()["value"][0]["name"], "Tasks");
    let meta = s.call("GET", "/tasks/odata/$metadata", ADMIN, &[], None);
    assert!(meta.status == 200 && meta.body.contains("Temper.Tasks"), "{}", meta.body);

    // Create: the interpreter's initial state, journaled in the in-memory storage component.
    let created =
        s.call("POST", "/tasks/odata/Tasks", ADMIN, &[], Some(&json!({"Id": "t-1", "title": "Port the kernel"})));
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!((created.json()["status"].as_str(), created.header("ETag")), (Some("Backlog"), Some("W/\"1\"")));
    for (id, title) in [("t-2", "Write the docs"), ("t-3", "Port the tests")] {
        let r = s.call("POST", "/tasks/odata/Tasks", ADMIN, &[], Some(&json!({"Id": id, "title": title})));
        assert_eq!(r.status, 201, "{}", r.body);
    }

    // A bound action the spec's guard refuses, then allows once the estimate is set.
    let plan = "/tasks/odata/Tasks('t-1')/Temper.Tasks.Plan";
    let refused = s.call("POST", plan, ADMIN, &[], Some(&json!({})));
    assert_eq!(refused.status, 409, "{}", refused.body);
    let est =
        s.call("POST", "/tasks/odata/Tasks('t-1')/Temper.Tasks.Estimate", ADMIN, &[], Some(&json!({"points": 3})));
    assert_eq!((est.status, est.json()["estimate_points"].as_i64()), (200, Some(3)), "{}", est.body);
    let planned = s.call("POST", plan, ADMIN, &[], Some(&json!({})));
    assert_eq!((planned.status, planned.json()["status"].as_str()), (200, Some("Todo")), "{}", planned.body);
    let got = s.call("GET", "/tasks/odata/Tasks('t-1')", ADMIN, &[], None);
    assert_eq!((got.json()["status"].as_str(), got.header("ETag")), (Some("Todo"), Some("W/\"3\"")));

    // Queries, evaluated in memory by the storage component.
    let todo =
        s.call("GET", "/tasks/odata/Tasks?$filter=status%20eq%20'Todo'&$select=title&$count=true", ADMIN, &[], None);
    assert_eq!(todo.status, 200, "{}", todo.body);
    assert_eq!(todo.json()["@odata.count"], 1);
    assert_eq!(todo.json()["value"], json!([{"@odata.etag": "W/\"3\"", "Id": "t-1", "title": "Port the kernel"}]));
    let port =
        s.call("GET", "/tasks/odata/Tasks?$filter=startswith(title,'Port')&$orderby=title%20desc", ADMIN, &[], None);
    assert_eq!(ids(&port), ["t-3", "t-1"], "{}", port.body);
    let paged = s.call("GET", "/tasks/odata/Tasks?$orderby=estimate_points%20desc,Id&$top=2&$skip=1", ADMIN, &[], None);
    assert_eq!(ids(&paged), ["t-2", "t-3"], "{}", paged.body);
    let count = s.call("GET", "/tasks/odata/Tasks/$count?$filter=estimate_points%20lt%203", ADMIN, &[], None);
    assert_eq!((count.status, count.body.as_str()), (200, "2"));
    let bad = s.call("GET", "/tasks/odata/Tasks?$filter=nope%20eq%201", ADMIN, &[], None);
    assert_eq!(bad.status, 400, "{}", bad.body);
    assert!(bad.body.contains("nope"), "{}", bad.body);

    // An `Idempotency-Key` retry gets the stored answer and creates nothing twice.
    let key = [("Idempotency-Key", "create-t-4")];
    let first = s.call("POST", "/tasks/odata/Tasks", ADMIN, &key, Some(&json!({"Id": "t-4", "title": "Once"})));
    let again = s.call("POST", "/tasks/odata/Tasks", ADMIN, &key, Some(&json!({"Id": "t-4", "title": "Once"})));
    assert_eq!((first.status, again.status, &first.body), (201, 201, &again.body));
    let all = s.call("GET", "/tasks/odata/Tasks/$count", ADMIN, &[], None);
    assert_eq!(all.body, "4");

    // Optimistic concurrency: a write against an old ETag is refused.
    let stale =
        s.call("PATCH", "/tasks/odata/Tasks('t-1')", ADMIN, &[("If-Match", "W/\"1\"")], Some(&json!({"title": "x"})));
    assert_eq!(stale.status, 412, "{}", stale.body);

    // Cedar in Wasm: the bundled tenant policy lets agents look, and nothing else.
    let look = s.call("GET", "/tasks/odata/Tasks?$filter=status%20eq%20'Backlog'", AGENT, &[], None);
    assert_eq!(ids(&look), ["t-2", "t-3", "t-4"], "{}", look.body);
    let denied = s.call("POST", "/tasks/odata/Tasks", AGENT, &[], Some(&json!({"Id": "t-9", "title": "Sneaky"})));
    assert_eq!(denied.status, 403, "{}", denied.body);
    assert_eq!(denied.json()["error"]["code"], "AuthorizationDenied");
    let act = s.call("POST", plan, AGENT, &[], Some(&json!({})));
    assert_eq!(act.status, 403, "{}", act.body);
    let nobody = s.call("GET", "/tasks/odata/Tasks", "Human::\"eve\"", &[], None);
    assert_eq!(nobody.status, 403, "default deny: {}", nobody.body);
    assert_eq!(
        s.call("GET", "/tasks/odata/Tasks/$count", ADMIN, &[], None).body,
        "4",
        "the denied create wrote nothing"
    );

    // Only the bundled app's tenant exists; a request without a principal is refused.
    assert_eq!(s.call("GET", "/orders/odata/Orders", ADMIN, &[], None).status, 404);
    let anonymous = request(&s.addr, "GET", "/tasks/odata/Tasks", &[("x-temper-request-id", "r")], None);
    assert_eq!(anonymous.status, 401, "{}", anonymous.body);
}
