//! `temper-host up`: opens the data directory, loads the bundled apps, and serves HTTP until
//! SIGINT/SIGTERM (letting in-flight requests finish).

use crate::runtime::Runtime;
use crate::runtime::interpreter::InterpreterPool;
use crate::server::Server;
use crate::server::kernel::Kernel;
use crate::storage::libsql::{LibsqlBackend, LibsqlConfig, Synchronous};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

pub struct UpArgs {
    pub host: String,
    pub port: u16,
    pub data_dir: PathBuf,
    pub apps: PathBuf,
    /// `--apps-dir` (or `TEMPER_APPS_DIR`) was given: a development dir, every app in it is
    /// installed (and reinstalled when it changed). Otherwise only `core` apps, on first start.
    pub apps_explicit: bool,
    pub synchronous: String,
    pub page_size: u32,
    pub test_clock: bool,
    /// Seconds between evolution runs (0: on demand only).
    pub evolution_interval: u64,
    /// `--otlp-endpoint`: where traces go (else the `OTEL_EXPORTER_OTLP_*` variables); once
    /// telemetry is up, the endpoint in effect.
    pub otlp_endpoint: Option<String>,
}

fn random_token() -> Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; 24];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .context("reading /dev/urandom for the admin token")?;
    Ok(format!("tmp_{}", hex::encode(bytes)))
}

/// Writes a file only its owner can read (the admin token, the server address).
fn write_private(path: &Path, content: &str) -> Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    opts.mode(0o600);
    let mut f = opts.open(path).with_context(|| format!("writing {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("restricting {}", path.display()))?;
    }
    f.write_all(content.as_bytes()).with_context(|| format!("writing {}", path.display()))
}

/// Installs the apps of an apps directory through the installer (packed, read and verified
/// exactly as a registry artifact is). A directory pinned in the catalog to a registry
/// reference is left alone: the catalog wins over the image.
async fn install_dir_apps(server: &Arc<Server>, dir: &Path, explicit: bool) -> Result<Vec<String>> {
    use crate::apps::install::{InstallRequest, Source, install};
    let mut loaded = Vec::new();
    if !dir.is_dir() {
        if explicit {
            bail!("the apps directory {} does not exist", dir.display());
        }
        return Ok(loaded);
    }
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for app_dir in dirs {
        if !app_dir.join(crate::apps::manifest::FILE).is_file() {
            if app_dir.join("specs").is_dir() {
                tracing::warn!(
                    dir = %app_dir.display(),
                    "the directory has specs but no app.toml, so it is not an app; add an app.toml with `name` and `version`"
                );
            }
            continue;
        }
        let manifest = match crate::apps::manifest::read(&app_dir) {
            Ok(m) => m,
            Err(e) => {
                tracing::error!(dir = %app_dir.display(), error = %format!("{e:#}"), "the app is not installed");
                continue;
            }
        };
        if !explicit && !manifest.core {
            continue;
        }
        let tenant = app_dir.file_name().unwrap_or_default().to_string_lossy().to_lowercase().replace('_', "-");
        if let Some(e) = server.shared.apps.get(&tenant, &manifest.name)
            && (!e.pin.reference.starts_with("dir:") || !explicit)
        {
            let sets: Vec<String> = crate::apps::install::installed_sets(&e);
            loaded.push(format!("{tenant} ({})", sets.join(", ")));
            continue;
        }
        let name = manifest.name.clone();
        let progress = move |step: &str, detail: &str| {
            if step != "done" {
                println!("  {name:<10} {step}: {detail}");
            }
        };
        let req = InstallRequest {
            tenant: tenant.clone(),
            source: Source::Dir(app_dir.clone()),
            upgrade: true,
            actor: "admin".into(),
        };
        match install(server, req, &progress).await {
            Ok(r) => {
                let sets: Vec<String> = r
                    .installed
                    .get("entity_sets")
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect();
                loaded.push(format!("{tenant} ({})", sets.join(", ")));
            }
            Err(e) => {
                tracing::error!(dir = %app_dir.display(), tenant = %tenant, error = %e, "the app is not installed")
            }
        }
    }
    Ok(loaded)
}

pub fn up(runtime: &Runtime, components: Option<&Path>, mut args: UpArgs) -> Result<ExitCode> {
    // Logs, traces and metrics (`crate::telemetry`): a long-running server's, so set up here.
    let telemetry = crate::telemetry::init(args.otlp_endpoint.as_deref())?;
    args.otlp_endpoint = telemetry.otlp_endpoint.clone();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    let r = rt.block_on(run(runtime, components, args));
    // The spans of the last requests, too.
    telemetry.shutdown(std::time::Duration::from_secs(5));
    r
}

async fn run(runtime: &Runtime, components: Option<&Path>, args: UpArgs) -> Result<ExitCode> {
    let synchronous = match args.synchronous.as_str() {
        "full" => Synchronous::Full,
        "normal" => Synchronous::Normal,
        other => bail!(
            "`--synchronous {other}`: use `full` (survives power loss, the default) or `normal` (survives process crashes)"
        ),
    };
    std::fs::create_dir_all(&args.data_dir)
        .with_context(|| format!("creating the data directory {}", args.data_dir.display()))?;
    let db = args.data_dir.join("temper.db");
    let mut config = LibsqlConfig::new(&db);
    config.synchronous = synchronous;
    let store = LibsqlBackend::open(config).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let kernel = Arc::new(Kernel::new(InterpreterPool::locate(runtime, components)?));
    let odata_path = crate::runtime::engine::locate_component("odata", components)?;
    let odata = std::fs::read(&odata_path).with_context(|| format!("reading {}", odata_path.display()))?;
    let token = match std::env::var("TEMPER_ADMIN_TOKEN") {
        Ok(t) if t.len() >= 16 => t,
        Ok(_) => bail!("TEMPER_ADMIN_TOKEN must be at least 16 characters"),
        Err(_) => random_token()?,
    };
    let governance = crate::governance::component::GovernanceComponent::locate(runtime, components)?;
    let gate = crate::verify::gate::Gate::locate(runtime, components, Default::default())?;
    let reactions = crate::runtime::reactions::ReactionsComponent::locate(runtime, components)?;
    let options = crate::server::Options {
        page_size: args.page_size,
        test_clock: args.test_clock,
        app_cache: Some(args.data_dir.join("cache").join("apps")),
        apps_dir: Some(args.apps.clone()),
        components: components.map(Path::to_path_buf),
        mcp: crate::mcp::locate(runtime, components)?,
        evolution: Some(crate::runtime::evolution::EvolutionComponent::locate(runtime, components)?),
        evolution_config: crate::evolution::Config {
            interval: (args.evolution_interval > 0).then(|| std::time::Duration::from_secs(args.evolution_interval)),
            ..Default::default()
        },
    };
    let integrations = crate::integrations::Integrations::new(runtime.cache_dir.clone())?;
    let callbacks = crate::runtime::callbacks::IntegrationsComponent::locate(runtime, components)?;
    let parts = crate::server::Components { kernel, governance, gate, reactions, integrations, callbacks };
    let server = Arc::new(Server::new(store, parts, &odata, &token, options)?);
    let restored = server.restore().await?;
    server.share();
    // The catalog decides which apps exist: bring each pinned app back (cache, else registry).
    let reconciled = crate::apps::reconcile::run(&server).await?;
    let loaded = install_dir_apps(&server, &args.apps, args.apps_explicit).await?;
    // Pending post-commit work (from before a restart, too) runs from here on.
    let pending = {
        use crate::storage::Backend;
        server.shared.store.pending_work(i64::MAX as u64, 1_000_000).await.map(|w| w.len()).unwrap_or(0)
    };
    crate::server::drainer::spawn(server.clone());
    // Approved evolution decisions not yet live (approved through OData, or before a crash).
    if let Err(e) = crate::evolution::decide::sweep(&server).await {
        tracing::warn!(error = %format!("{e:#}"), "deploying approved evolution decisions failed");
    }
    crate::evolution::runner::spawn(server.clone());
    let listener = tokio::net::TcpListener::bind((args.host.as_str(), args.port))
        .await
        .with_context(|| format!("binding {}:{}", args.host, args.port))?;
    let addr = listener.local_addr()?;
    write_private(&args.data_dir.join(super::client::TOKEN_FILE), &token)?;
    write_private(&args.data_dir.join(super::client::URL_FILE), &format!("http://{addr}"))?;
    println!("temper listening on http://{addr}");
    println!("  data     {} (synchronous={})", db.display(), args.synchronous);
    println!("  apps     {}", if loaded.is_empty() { "(none)".to_string() } else { loaded.join(", ") });
    let modules: Vec<String> = server
        .shared
        .registry
        .tenants()
        .iter()
        .filter_map(|t| {
            let m = server.shared.integrations.installed(t);
            (!m.is_empty()).then(|| format!("{t}: {}", m.join(", ")))
        })
        .collect();
    if !modules.is_empty() {
        println!("  modules  {}", modules.join("; "));
    }
    if args.test_clock {
        println!("  clock    test clock: an admin may advance it (POST /api/clock {{\"advance_seconds\": n}})");
    }
    if restored > 0 {
        println!("  restored {restored} tenant(s) from the data directory");
    }
    if reconciled.apps + reconciled.failed.len() > 0 {
        println!(
            "  catalog  {} app(s) restored from the catalog ({} pulled again){}",
            reconciled.apps,
            reconciled.pulled,
            if reconciled.failed.is_empty() {
                String::new()
            } else {
                format!(", {} FAILED (see above)", reconciled.failed.len())
            }
        );
    }
    if pending > 0 {
        println!("  pending  {pending} post-commit work item(s) from before the restart resume now");
    }
    if let Some(endpoint) = &args.otlp_endpoint {
        println!("  traces   OTLP/HTTP JSON to {endpoint}");
    }
    println!(
        "  metrics  GET /metrics (Prometheus text; the admin token, or an agent a `_platform` policy permits `read_metrics`)"
    );
    println!("  token    {token}");
    println!("  try      curl -H 'Authorization: Bearer {token}' http://{addr}/tasks/odata/Tasks");
    println!("  observe  http://{addr}/observe   (the dashboard; log in with a token)");
    println!("  agents   temper-host token create --id bot-1   (then: temper-host decide --tenant tasks)");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let shutdown = async {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => return std::mem::drop(ctrl_c.await),
            };
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
        }
        #[cfg(not(unix))]
        let _ = ctrl_c.await;
    };
    server.serve(listener, shutdown).await?;
    println!("temper stopped");
    Ok(ExitCode::SUCCESS)
}
