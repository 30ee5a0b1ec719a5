//! End-to-end benchmark (release; `just bench`): durable bound actions per second over
//! loopback — HTTP → OData component → interpreter component → group commit on libSQL — at 1,
//! 8, 32 and 128 concurrent clients with p50/p99 latency, `GET` by key, and in the same run the
//! raw libSQL rate for the equivalent event + projection writes with the same durability and
//! batching. Prints a table and the ratios.

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig};
use temper_host::storage::{Backend, CommitRequest, Event, EventMeta, ProjectionRow, StreamId};

const RUN: Duration = Duration::from_secs(4);
const TOKEN: &str = "bench-admin-token-0123456789";

mod common;
use common::{connect, percentile, send};

/// `clients` tasks, each on its own connection and its own entity, for `RUN`.
async fn load(
    addr: &str,
    clients: usize,
    method: &'static str,
    path: impl Fn(usize) -> String,
) -> anyhow::Result<(f64, Duration, Duration, usize)> {
    let mut handles = Vec::new();
    let start = Instant::now();
    for c in 0..clients {
        let addr = addr.to_string();
        let p = path(c);
        handles.push(tokio::spawn(async move {
            let mut s = connect(&addr).await?;
            let mut lat = Vec::new();
            let mut errors = 0usize;
            while start.elapsed() < RUN {
                let t = Instant::now();
                let (status, _) = send(&mut s, TOKEN, method, &p, if method == "POST" { "{}" } else { "" }).await?;
                if status >= 300 {
                    errors += 1;
                }
                lat.push(t.elapsed());
            }
            anyhow::Ok((lat, errors))
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (lat, e) = h.await??;
        all.extend(lat);
        errors += e;
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort();
    Ok((all.len() as f64 / elapsed, percentile(&all, 0.5), percentile(&all, 0.99), errors))
}

/// The raw libSQL rate: the same rows (one event + the projection upsert per commit), the same
/// `synchronous=FULL` and the same group-commit writer, `clients` concurrent writers.
async fn raw_libsql(dir: &Path, clients: usize) -> anyhow::Result<f64> {
    let b =
        Arc::new(LibsqlBackend::open(LibsqlConfig::new(dir.join("raw.db"))).await.map_err(|e| anyhow::anyhow!("{e}"))?);
    let start = Instant::now();
    let mut handles = Vec::new();
    for c in 0..clients {
        let b = b.clone();
        handles.push(tokio::spawn(async move {
            let s = StreamId::new("bench", "Counter", format!("c{c}"));
            let mut seq = 0u64;
            while start.elapsed() < RUN {
                let payload = format!(r#"{{"action":"Increment","from":"Active","to":"Active","params":{{}},"changes":{{"hits":{}}},"outputs":[]}}"#, seq + 1);
                let req = CommitRequest {
                    stream: s.clone(),
                    expected_seq: seq,
                    events: vec![Event { seq: seq + 1, kind: "action".into(), payload, meta: EventMeta { event_id: format!("raw-{c}-{seq}"), causation_id: String::new(), correlation_id: format!("r{seq}"), actor: "Admin::\"admin\"".into(), time_ms: 0 } }],
                    projection: ProjectionRow { id: format!("c{c}"), status: "Active".into(), fields: format!(r#"{{"Id":"c{c}","label":"bench","hits":{}}}"#, seq + 1), seq: seq + 1, deleted: false },
                    outbox: vec![],
                    idempotency: None,
                    trajectory: None,
                };
                seq = b.commit(req).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            }
            anyhow::Ok(seq)
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await??;
    }
    Ok(total as f64 / start.elapsed().as_secs_f64())
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::temp_dir().join(format!("temper-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("apps/bench/specs"))?;
    std::fs::write(dir.join("apps/bench/app.toml"), "name = \"bench\"\nversion = \"0.1.0\"\n")?;
    for f in ["Counter.ioa.toml", "model.csdl.xml"] {
        std::fs::copy(root.join("host/benches/bench_app").join(f), dir.join("apps/bench/specs").join(f))?;
    }
    let exe = std::path::PathBuf::from(env!("CARGO_BIN_EXE_temper-host"));
    let mut child = std::process::Command::new(&exe)
        .args(["up", "--port", "0", "--data-dir"])
        .arg(dir.join("data"))
        .arg("--apps")
        .arg(dir.join("apps"))
        .env("TEMPER_ADMIN_TOKEN", TOKEN)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| anyhow::anyhow!("starting {}: {e}", exe.display()))?;
    let stdout = child.stdout.take().ok_or_else(|| anyhow::anyhow!("no stdout"))?;
    let mut lines = std::io::BufReader::new(stdout).lines();
    let mut addr = String::new();
    for line in lines.by_ref() {
        let line = line?;
        if let Some(a) = line.strip_prefix("temper listening on http://") {
            addr = a.trim().to_string();
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let result = rt.block_on(async {
        let mut s = connect(&addr).await?;
        for c in 0..128 {
            let (status, body) =
                send(&mut s, TOKEN, "POST", "/bench/odata/Counters", &format!(r#"{{"Id":"c{c}","label":"bench"}}"#))
                    .await?;
            anyhow::ensure!(status == 201, "creating a counter: {status} {body}");
        }
        println!("temper end-to-end benchmark (release, loopback, synchronous=FULL, {}s per row)", RUN.as_secs());
        println!("{:<34} {:>12} {:>10} {:>10} {:>8}", "workload", "ops/s", "p50", "p99", "errors");
        let mut at32 = 0.0;
        for clients in [1usize, 8, 32, 128] {
            let (rate, p50, p99, errors) =
                load(&addr, clients, "POST", |c| format!("/bench/odata/Counters('c{c}')/Temper.Bench.Increment"))
                    .await?;
            if clients == 32 {
                at32 = rate;
            }
            println!(
                "{:<34} {:>12.0} {:>10.2?} {:>10.2?} {:>8}",
                format!("bound action, {clients} clients"),
                rate,
                p50,
                p99,
                errors
            );
        }
        let (rate, p50, p99, errors) = load(&addr, 32, "GET", |c| format!("/bench/odata/Counters('c{c}')")).await?;
        println!("{:<34} {:>12.0} {:>10.2?} {:>10.2?} {:>8}", "GET by key, 32 clients", rate, p50, p99, errors);
        let raw = raw_libsql(&dir, 32).await?;
        println!("{:<34} {:>12.0}", "raw libSQL commits, 32 writers", raw);
        println!("actions at 32 clients / raw libSQL rate: {:.0}%", at32 / raw * 100.0);
        anyhow::Ok(())
    });
    let _ = child.kill();
    let _ = std::fs::remove_dir_all(&dir);
    result
}
