//! What the MCP component costs a call (release; `just bench`): the same operation through
//! OData directly and as an MCP `tools/call` over streamable HTTP (revision 2026-07-28), one
//! in-process server, one keep-alive client, the two paths interleaved request by request so
//! both see the same machine. Two operations: reading an entity (`get`) and a durable bound action (`action`
//! with its qualified name, so one platform request each). Reports p50/p99 per path and the
//! ratio of the p50s. Target: ≤ 1.3×.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use temper_host::runtime::Runtime;
use temper_host::runtime::interpreter::{InterpreterPool, SourceFile};
use temper_host::server::Server;
use temper_host::server::kernel::Kernel;
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig};

const ROUNDS: usize = 10;
const PER_ROUND: usize = 300;
const ADMIN: &str = "bench-admin-token-0123456789";

mod common;
use common::{Sender, connect, percentile, send, send_with};

fn mcp_call(tool: &str, args: serde_json::Value) -> String {
    serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": args,
        "_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}}})
    .to_string()
}

/// One request: OData directly (method, path, body) or an MCP `tools/call` (tool, JSON-RPC body).
enum Call<'a> {
    OData(&'a str, &'a str, &'a str),
    Mcp(&'a str, &'a str),
}

/// Times one request; any failure stops the benchmark.
async fn once(s: &mut Sender, call: &Call<'_>) -> anyhow::Result<Duration> {
    let t = Instant::now();
    let (status, answer) = match call {
        Call::Mcp(tool, body) => {
            let headers = [
                ("Accept", "application/json, text/event-stream"),
                ("MCP-Protocol-Version", "2026-07-28"),
                ("Mcp-Method", "tools/call"),
                ("Mcp-Name", tool),
            ];
            send_with(s, ADMIN, "POST", "/mcp", &headers, body).await?
        }
        Call::OData(method, path, body) => send(s, ADMIN, method, path, body).await?,
    };
    let took = t.elapsed();
    anyhow::ensure!(status < 300, "{status}: {answer}");
    if matches!(call, Call::Mcp(..)) {
        anyhow::ensure!(answer.contains("\"isError\":false"), "the tool failed: {answer}");
    }
    Ok(took)
}

/// `n` pairs of requests, the two paths one right after the other (which goes first
/// alternating), so both see the same machine from moment to moment.
async fn pairs(s: &mut Sender, n: usize, a: &Call<'_>, b: &Call<'_>) -> anyhow::Result<(Vec<Duration>, Vec<Duration>)> {
    let (mut ta, mut tb) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        if i % 2 == 0 {
            ta.push(once(s, a).await?);
            tb.push(once(s, b).await?);
        } else {
            tb.push(once(s, b).await?);
            ta.push(once(s, a).await?);
        }
    }
    Ok((ta, tb))
}

/// `n` requests of one kind, sorted latencies; anything but a 200 stops the benchmark.
async fn floor(
    s: &mut Sender,
    n: usize,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> anyhow::Result<Vec<Duration>> {
    let method = if body.is_empty() { "GET" } else { "POST" };
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let (status, answer) = send_with(s, ADMIN, method, path, headers, body).await?;
        out.push(t.elapsed());
        anyhow::ensure!(status == 200, "{status}: {answer}");
    }
    out.sort();
    Ok(out)
}

/// `server/discover`: the MCP path without a platform request (where its own cost lies).
async fn discover(s: &mut Sender, n: usize) -> anyhow::Result<Vec<Duration>> {
    let body = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "server/discover", "params": {
        "_meta": {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}}})
    .to_string();
    let headers =
        [("Accept", "application/json"), ("MCP-Protocol-Version", "2026-07-28"), ("Mcp-Method", "server/discover")];
    floor(s, n, "/mcp", &headers, &body).await
}

fn report(name: &str, mut direct: Vec<Duration>, mut mcp: Vec<Duration>) {
    direct.sort();
    mcp.sort();
    let (d50, m50) = (percentile(&direct, 0.5), percentile(&mcp, 0.5));
    println!(
        "{name:<7} OData p50 {:>7.1} µs p99 {:>7.1} µs | MCP tools/call p50 {:>7.1} µs p99 {:>7.1} µs | ratio {:.2}× (target ≤ 1.3×)",
        d50.as_secs_f64() * 1e6,
        percentile(&direct, 0.99).as_secs_f64() * 1e6,
        m50.as_secs_f64() * 1e6,
        percentile(&mcp, 0.99).as_secs_f64() * 1e6,
        m50.as_secs_f64() / d50.as_secs_f64()
    );
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::temp_dir().join(format!("temper-bench-mcp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let runtime = Runtime::new(Runtime::default_cache_dir())?;
    let files: Vec<SourceFile> = ["Counter.ioa.toml", "model.csdl.xml"]
        .iter()
        .map(|f| {
            let content = std::fs::read_to_string(root.join("host/benches/bench_app").join(f))?;
            anyhow::Ok(SourceFile { name: f.to_string(), content })
        })
        .collect::<anyhow::Result<_>>()?;
    let server_rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let addr = server_rt.block_on(async {
        let store =
            LibsqlBackend::open(LibsqlConfig::new(dir.join("temper.db"))).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        let kernel = Arc::new(Kernel::new(InterpreterPool::locate(&runtime, None)?));
        let gov = temper_host::governance::component::GovernanceComponent::locate(&runtime, None)?;
        let odata = std::fs::read(temper_host::runtime::engine::locate_component("odata", None)?)?;
        let mcp = std::fs::read(temper_host::runtime::engine::locate_component("mcp", None)?)?;
        let gate = temper_host::verify::gate::Gate::locate(&runtime, None, Default::default())?;
        let reactions = temper_host::runtime::reactions::ReactionsComponent::locate(&runtime, None)?;
        let integrations = temper_host::integrations::Integrations::new(None)?;
        let callbacks = temper_host::runtime::callbacks::IntegrationsComponent::locate(&runtime, None)?;
        let components =
            temper_host::server::Components { kernel, governance: gov, gate, reactions, integrations, callbacks };
        let options = temper_host::server::Options { mcp: Some(mcp), ..Default::default() };
        let server = Arc::new(Server::new(store, components, &odata, ADMIN, options)?);
        server.restore().await?;
        server.deploy("bench", files, true).await?.map_err(|_| anyhow::anyhow!("the bench app does not deploy"))?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?.to_string();
        tokio::spawn(async move { server.serve(listener, std::future::pending()).await });
        anyhow::Ok(addr)
    })?;
    let client_rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    client_rt.block_on(async {
        let mut s = connect(&addr).await?;
        let (status, body) = send(&mut s, ADMIN, "POST", "/bench/odata/Counters", r#"{"Id":"c1","label":"bench"}"#).await?;
        anyhow::ensure!(status == 201, "creating a counter: {status} {body}");
        let get_args = serde_json::json!({"tenant": "bench", "entity_set": "Counters", "id": "c1"});
        let act_args = serde_json::json!({"tenant": "bench", "entity_set": "Counters", "id": "c1", "action": "Temper.Bench.Increment"});
        let (get_call, act_call) = (mcp_call("get", get_args), mcp_call("action", act_args));
        let action_path = "/bench/odata/Counters('c1')/Temper.Bench.Increment";
        let (get_direct, get_mcp) = (Call::OData("GET", "/bench/odata/Counters('c1')", ""), Call::Mcp("get", &get_call));
        let (act_direct, act_mcp) = (Call::OData("POST", action_path, "{}"), Call::Mcp("action", &act_call));
        // Warm-up: compiled code, instance pools, caches.
        pairs(&mut s, 200, &get_direct, &get_mcp).await?;
        let (mut gd, mut gm, mut ad, mut am) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            let (d, m) = pairs(&mut s, PER_ROUND, &get_direct, &get_mcp).await?;
            gd.extend(d);
            gm.extend(m);
            let (d, m) = pairs(&mut s, PER_ROUND / 3, &act_direct, &act_mcp).await?;
            ad.extend(d);
            am.extend(m);
        }
        report("get", gd, gm);
        report("action", ad, am);
        let d = discover(&mut s, 2000).await?;
        let h = floor(&mut s, 2000, "/healthz", &[], "").await?;
        for (what, d) in [("MCP server/discover (the component, no platform request)", d), ("GET /healthz (the HTTP floor)", h)] {
            println!(
                "{what} p50 {:.1} µs p99 {:.1} µs",
                percentile(&d, 0.5).as_secs_f64() * 1e6,
                percentile(&d, 0.99).as_secs_f64() * 1e6
            );
        }
        anyhow::Ok(())
    })?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
