//! The command line: `temper-host spec check`, `temper-host spec eval`, … (`--help` on all).

mod admin;
pub mod app;
mod app_remote;
pub mod client;
mod decide;
pub mod json;
mod spec;
mod up;
mod verify;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "temper-host", version, about = "Temper: verified specs, live as an OData API, for AI agents")]
pub struct Cli {
    /// Directory holding the built kernel components (default: `$TEMPER_COMPONENTS_DIR`, then
    /// `components/` beside the binary's target directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub components: Option<PathBuf>,
    /// Do not read or write the precompiled-component cache.
    #[arg(long, global = true)]
    pub no_cache: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with spec files (IOA TOML state machines and the CSDL data model).
    #[command(subcommand)]
    Spec(SpecCommand),
    /// Apps: pack an app directory into one Wasm component, publish it to an OCI registry,
    /// inspect it; install it into a running server by reference, list, roll back, migrate.
    #[command(subcommand)]
    App(app::AppCommand),
    /// Verify specs with the cascade every deployment passes: the front-end's model, L0 (SMT),
    /// L1 model checking through the interpreter component, L2 simulation, L3 property tests.
    /// Exit 0 when every spec passes, 1 otherwise.
    Verify {
        /// `*.ioa.toml` and `*.csdl.xml` files, or directories holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Most distinct states L1 explores per spec before it stops as incomplete.
        #[arg(long, default_value_t = 1_000_000)]
        max_states: usize,
        /// Print the report as JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Run one level only: L0, L1, L2 or L3.
        #[arg(long)]
        level: Option<String>,
        /// The L2 seed to replay (from a counterexample).
        #[arg(long)]
        seed: Option<u64>,
        /// Also list what each level did not check.
        #[arg(long, short)]
        verbose: bool,
        /// The bound of a counter or list that meets no larger literal (default 2).
        #[arg(long)]
        bound: Option<u64>,
        /// No list is explored past this length (default 3).
        #[arg(long)]
        max_list: Option<u64>,
        /// No counter is explored past this value (default 16).
        #[arg(long)]
        max_counter: Option<u64>,
        /// L2 also crashes agents for good (a liveness property that needs a crashed agent's
        /// next action fails).
        #[arg(long)]
        agent_crashes: bool,
    },
    /// Replay every journal in a data directory and report entities whose projection drifted.
    CheckStore {
        /// The data directory `temper-host up` used.
        #[arg(long, default_value = ".temper")]
        data_dir: std::path::PathBuf,
    },
    /// Mint, list, rotate and revoke bearer tokens (talks to the running server).
    #[command(subcommand)]
    Token(admin::TokenCommand),
    /// List, show, add, remove and validate a tenant's Cedar policies.
    #[command(subcommand)]
    Policy(admin::PolicyCommand),
    /// Answer agents' pending decisions: approve at a scope (Temper writes the policy) or deny.
    Decide(decide::DecideArgs),
    /// The MCP server on stdio, for agent clients that start MCP servers as processes
    /// (`.mcp.json`): every tool call goes to the server at `--url` as the agent behind
    /// `--token`, decided by Cedar. Logs go to stderr; stdout is the protocol.
    Mcp {
        /// The running server's base URL.
        #[arg(long, env = "TEMPER_URL", default_value = "http://127.0.0.1:4000")]
        url: String,
        /// The agent's bearer token (`temper-host token create`).
        #[arg(long, env = "TEMPER_TOKEN", hide_env_values = true)]
        token: String,
    },
    /// Serve the OData API: open the data directory, load the bundled apps, listen on HTTP.
    Up {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 4000)]
        port: u16,
        /// Where the libSQL database lives (created if missing).
        #[arg(long, default_value = ".temper")]
        data_dir: std::path::PathBuf,
        /// The development apps directory (also `$TEMPER_APPS_DIR`): each `<app>/app.toml` app
        /// in it is installed — packed and checked like a registry artifact — into the tenant
        /// named after its directory, and reinstalled when it changed. Without it, the core
        /// apps of `./apps` are installed on first start; after that the catalog decides.
        #[arg(long = "apps-dir", visible_alias = "apps", value_name = "DIR")]
        apps: Option<std::path::PathBuf>,
        /// SQLite `synchronous`: `full` (survives power loss) or `normal` (survives crashes).
        #[arg(long, default_value = "full")]
        synchronous: String,
        /// Most entities per collection response (1–1000); more follow `@odata.nextLink`.
        #[arg(long, default_value_t = 100)]
        page_size: u32,
        /// Let an admin advance the platform clock (`POST /api/clock`), so timers can be
        /// tested and demonstrated without waiting. Never for production.
        #[arg(long)]
        test_clock: bool,
        /// Seconds between runs of the evolution runner (pattern detection over the
        /// trajectories); 0 runs it only on demand (`POST /api/evolution/run`).
        #[arg(long, default_value_t = 60)]
        evolution_interval: u64,
        /// Export traces as OTLP/HTTP JSON to this collector (base URL, e.g.
        /// `http://127.0.0.1:4318`; `/v1/traces` is appended). Default: the standard
        /// `OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`; none: no export.
        #[arg(long, value_name = "URL")]
        otlp_endpoint: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SpecCommand {
    /// Parse, check and cross-check spec files through the interpreter component, then print a
    /// summary of each state machine or every error found.
    Check {
        /// `*.ioa.toml` and `*.csdl.xml` files, or directories holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Evaluate actions through the interpreter component, starting from a state.
    Eval {
        /// `*.ioa.toml` and `*.csdl.xml` files, or directories holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Which state machine, when the files hold several.
        #[arg(long, value_name = "TYPE")]
        entity: Option<String>,
        /// The starting state as JSON: `{"status": "Draft", "content": "x"}`. Variables not
        /// given keep their initial values. Default: the initial state.
        #[arg(long, value_name = "JSON")]
        state: Option<String>,
        /// The action to apply, optionally followed by its parameters as a JSON object:
        /// `--action Start` or `--action 'Link {"related": ["k-12"]}'`. Repeat to apply a
        /// sequence (it stops at the first rejection).
        #[arg(long, required = true, value_name = "NAME [JSON]")]
        action: Vec<String>,
        /// The entity id (it appears in derived ids and trigger targets).
        #[arg(long, default_value = "e-1")]
        id: String,
        /// Print each step as a JSON object.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    // App packaging and the catalog commands need no Wasm runtime.
    let command = match cli.command {
        Command::App(cmd) => return app::run(cmd, cli.components.as_deref()),
        Command::Mcp { url, token } => {
            let component = crate::runtime::engine::locate_component("mcp", cli.components.as_deref())?;
            crate::mcp::stdio::run(&component, &url, &token)?;
            return Ok(ExitCode::SUCCESS);
        }
        other => other,
    };
    let cache = if cli.no_cache { None } else { crate::runtime::engine::Runtime::default_cache_dir() };
    let runtime = crate::runtime::Runtime::new(cache)?;
    match command {
        Command::App(cmd) => app::run(cmd, cli.components.as_deref()),
        Command::Mcp { .. } => Ok(ExitCode::SUCCESS),
        Command::Spec(SpecCommand::Check { paths, json }) => {
            spec::check(&runtime, cli.components.as_deref(), &paths, json)
        }
        Command::CheckStore { data_dir } => check_store(&data_dir),
        Command::Verify {
            paths,
            max_states,
            json,
            level,
            seed,
            verbose,
            bound,
            max_list,
            max_counter,
            agent_crashes,
        } => verify::run(
            &runtime,
            cli.components.as_deref(),
            &paths,
            verify::VerifyArgs { max_states, json, level, seed, verbose, bound, max_list, max_counter, agent_crashes },
        ),
        Command::Token(cmd) => admin::token(cmd),
        Command::Policy(cmd) => admin::policy(cmd),
        Command::Decide(args) => decide::run(args),
        Command::Up {
            host,
            port,
            data_dir,
            apps,
            synchronous,
            page_size,
            test_clock,
            evolution_interval,
            otlp_endpoint,
        } => {
            let apps = apps.or_else(|| std::env::var_os("TEMPER_APPS_DIR").map(PathBuf::from));
            let apps_explicit = apps.is_some();
            let apps = apps.unwrap_or_else(|| PathBuf::from("apps"));
            let args = up::UpArgs {
                host,
                port,
                data_dir,
                apps,
                apps_explicit,
                synchronous,
                page_size,
                test_clock,
                evolution_interval,
                otlp_endpoint,
            };
            up::up(&runtime, cli.components.as_deref(), args)
        }
        Command::Spec(SpecCommand::Eval { paths, entity, state, action, id, json }) => {
            let args = spec::EvalArgs { entity, state, actions: action, id, json };
            spec::eval(&runtime, cli.components.as_deref(), &paths, args)
        }
    }
}

/// Exit codes: 0 no drift, 1 drift found (each drifted entity is listed).
fn check_store(data_dir: &std::path::Path) -> Result<ExitCode> {
    let db = data_dir.join("temper.db");
    if !db.is_file() {
        anyhow::bail!("{} does not exist; pass the directory `temper-host up --data-dir` used", db.display());
    }
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let store = crate::storage::libsql::LibsqlBackend::open(crate::storage::libsql::LibsqlConfig::new(&db))
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut report = crate::server::replay::Report::default();
        let types = store.projections().await.map_err(|e| anyhow::anyhow!("{e}"))?;
        for (tenant, ty) in &types {
            crate::server::replay::check_type(&store, tenant, ty, &mut report).await?;
        }
        for d in &report.drift {
            println!("drift: {}: {}", d.stream, d.what);
        }
        println!(
            "checked {} entities of {} entity types: {}",
            report.checked,
            types.len(),
            if report.drift.is_empty() { "no drift".to_string() } else { format!("{} drifted", report.drift.len()) }
        );
        Ok(if report.drift.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
    })
}
