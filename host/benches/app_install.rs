//! App install benchmark (release; `just bench`): the time from `install <ref>` to the app's
//! API answering, for a bundled app published to a local registry (Debian's `docker-registry`
//! on 127.0.0.1). Cold: a fresh server with an empty artifact cache, an empty verification
//! cache and no precompiled modules (pull + verify digests + read + cascade + deploy + seed).
//! Warm: the same reference into another tenant of the same server (artifact and cascade
//! report cached). Prints p50/max of each and the ratio of the cold p50 to the 2 s target.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod common;
use common::{connect, percentile, send};

const TOKEN: &str = "bench-admin-token-0123456789";
const ROUNDS: usize = 5;
const TARGET: Duration = Duration::from_secs(2);

struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn registry(dir: &Path) -> anyhow::Result<(Child, String)> {
    let port = free_port()?;
    let config = dir.join("registry.yml");
    std::fs::write(
        &config,
        format!(
            "version: 0.1\nlog: {{level: warn}}\nstorage:\n  filesystem: {{rootdirectory: {}}}\nhttp:\n  addr: 127.0.0.1:{port}\n",
            dir.join("registry").display()
        ),
    )?;
    let child = std::process::Command::new("/usr/bin/docker-registry")
        .arg("serve")
        .arg(&config)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| anyhow::anyhow!("starting /usr/bin/docker-registry (tools/run installs it): {e}"))?;
    let addr = format!("127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(&addr).is_err() {
        anyhow::ensure!(Instant::now() < deadline, "the registry did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((Child(child), addr))
}

fn host(data: &Path, apps: &Path, cache: &Path) -> anyhow::Result<(Child, String)> {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["up", "--port", "0", "--data-dir"])
        .arg(data)
        .arg("--apps-dir")
        .arg(apps)
        .env("TEMPER_ADMIN_TOKEN", TOKEN)
        .env("TEMPER_CACHE_DIR", cache)
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or_else(|| anyhow::anyhow!("no stdout"))?;
    let mut lines = std::io::BufReader::new(stdout).lines();
    let mut addr = String::new();
    for line in lines.by_ref() {
        if let Some(a) = line?.strip_prefix("temper listening on http://") {
            addr = a.trim().to_string();
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    anyhow::ensure!(!addr.is_empty(), "temper-host up printed no address");
    Ok((Child(child), addr))
}

/// Install, then poll the app's entity set until it answers 200.
async fn install(addr: &str, tenant: &str, reference: &str, set: &str) -> anyhow::Result<Duration> {
    let mut s = connect(addr).await?;
    let start = Instant::now();
    let path = format!("/api/tenants/{tenant}/apps?reference={}", reference.replace(':', "%3A").replace('@', "%40"));
    let (status, body) = send(&mut s, TOKEN, "POST", &path, "").await?;
    anyhow::ensure!(status == 200, "install: {status} {body}");
    loop {
        let (status, _) = send(&mut s, TOKEN, "GET", &format!("/{tenant}/odata/{set}"), "").await?;
        if status == 200 {
            return Ok(start.elapsed());
        }
        anyhow::ensure!(start.elapsed() < Duration::from_secs(60), "the app never answered");
    }
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::temp_dir().join(format!("temper-bench-apps-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("empty"))?;
    let (_registry, reg) = registry(&dir)?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let (bytes, bundle) = temper_host::apps::artifact::from_dir(&root.join("apps/tasks"), None)?;
    let reference = format!("{reg}/temper/tasks:{}", bundle.manifest.version);
    let r: temper_host::apps::oci::AppRef = reference.parse().map_err(anyhow::Error::msg)?;
    let oci = temper_host::apps::oci::OciClient::from_env()?;
    let pushed = rt.block_on(oci.push(&r, &bytes, Default::default()))?;
    println!("temper app install benchmark (release, loopback registry, {ROUNDS} rounds)");
    println!(
        "app tasks {} ({} KiB), {reference}@{}",
        bundle.manifest.version,
        bytes.len() / 1024,
        pushed.manifest_digest
    );
    let (mut cold, mut warm) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let fresh: PathBuf = dir.join(format!("round-{round}"));
        std::fs::create_dir_all(&fresh)?;
        let (_host, addr) = host(&fresh.join("data"), &dir.join("empty"), &fresh.join("cwasm"))?;
        cold.push(rt.block_on(install(&addr, "cold", &reference, "Tasks"))?);
        warm.push(rt.block_on(install(&addr, "warm", &reference, "Tasks"))?);
        print!(".");
        let _ = std::io::stdout().flush();
    }
    println!();
    cold.sort();
    warm.sort();
    let row = |name: &str, v: &[Duration]| {
        println!("{name:<44} p50 {:>10.1?}   max {:>10.1?}", percentile(v, 0.5), v[v.len() - 1]);
    };
    row("install → API answering, cold (empty caches)", &cold);
    row("install → API answering, warm (cached)", &warm);
    let p50 = percentile(&cold, 0.5);
    println!("cold p50 / 2 s target: {:.2}", p50.as_secs_f64() / TARGET.as_secs_f64());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
