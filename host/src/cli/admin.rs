//! `temper-host token …` and `temper-host policy …`: the admin API from the terminal.

use super::client::{Client, Connect, seg};
use anyhow::Result;
use serde_json::{Value as Json, json};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Mint a token for an agent or an admin; it is printed once.
    Create {
        /// `agent` or `admin`.
        #[arg(long, default_value = "agent")]
        kind: String,
        /// The principal id, e.g. `bot-1` (becomes `Agent::"bot-1"`).
        #[arg(long)]
        id: String,
        /// The agent's type (role and type approvals match on it).
        #[arg(long)]
        agent_type: Option<String>,
        #[arg(long)]
        role: Option<String>,
        /// Do not vouch for the agent type and role (role/type approvals will not match it).
        #[arg(long)]
        unverified: bool,
        #[arg(long)]
        label: Option<String>,
        #[command(flatten)]
        connect: Connect,
    },
    /// List tokens (never their secrets).
    List {
        #[command(flatten)]
        connect: Connect,
    },
    /// Replace a token's secret; the old one stops working at once.
    Rotate {
        token_id: String,
        #[command(flatten)]
        connect: Connect,
    },
    /// Revoke a token: requests with it are 401 from now on.
    Revoke {
        token_id: String,
        #[command(flatten)]
        connect: Connect,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum PolicyCommand {
    /// List a tenant's policies (and the built-in ones every tenant has).
    List {
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        connect: Connect,
    },
    /// Print one policy.
    Show {
        id: String,
        #[arg(long)]
        tenant: String,
        #[command(flatten)]
        connect: Connect,
    },
    /// Add a policy from a `.cedar` file (validated by Cedar with the tenant's whole set).
    Add {
        file: PathBuf,
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        id: Option<String>,
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        connect: Connect,
    },
    /// Remove a policy.
    Remove {
        id: String,
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        connect: Connect,
    },
    /// Check a `.cedar` file locally (no server needed); exit 1 with Cedar's errors if invalid.
    Validate { file: PathBuf },
}

fn print(v: &Json) {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string()));
}

pub fn token(cmd: TokenCommand) -> Result<ExitCode> {
    match cmd {
        TokenCommand::Create { kind, id, agent_type, role, unverified, label, connect } => {
            let body = json!({"kind": kind, "id": id, "agent_type": agent_type, "role": role,
                "verified": !unverified, "label": label});
            let v = Client::new(&connect)?.ok("POST", "/api/tokens", Some(&body))?;
            println!("token    {}", v["token"].as_str().unwrap_or(""));
            println!("id       {}", v["token_id"].as_str().unwrap_or(""));
            println!("for      {}", v["principal"].as_str().unwrap_or(""));
            println!("(shown only now: store it; send it as `Authorization: Bearer <token>`)");
        }
        TokenCommand::List { connect } => {
            let v = Client::new(&connect)?.ok("GET", "/api/tokens", None)?;
            for t in v["tokens"].as_array().into_iter().flatten() {
                println!(
                    "{:<18} {:<8} {:<28} type={} role={} {}",
                    t["token_id"].as_str().unwrap_or(""),
                    t["status"].as_str().unwrap_or(""),
                    t["principal"].as_str().unwrap_or(""),
                    t["agent_type"].as_str().unwrap_or("-"),
                    t["role"].as_str().unwrap_or("-"),
                    t["label"].as_str().unwrap_or(""),
                );
            }
        }
        TokenCommand::Rotate { token_id, connect } => {
            let v = Client::new(&connect)?.ok("POST", &format!("/api/tokens/{}/rotate", seg(&token_id)), None)?;
            println!("token    {}", v["token"].as_str().unwrap_or(""));
            println!("(the previous token no longer works)");
        }
        TokenCommand::Revoke { token_id, connect } => {
            let v = Client::new(&connect)?.ok("DELETE", &format!("/api/tokens/{}", seg(&token_id)), None)?;
            println!("revoked  {} ({})", v["token_id"].as_str().unwrap_or(""), v["principal"].as_str().unwrap_or(""));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn policy(cmd: PolicyCommand) -> Result<ExitCode> {
    match cmd {
        PolicyCommand::List { tenant, connect } => {
            let v = Client::new(&connect)?.ok("GET", &format!("/api/tenants/{}/policies", seg(&tenant)), None)?;
            let list = v["policies"].as_array().cloned().unwrap_or_default();
            if list.is_empty() {
                println!(
                    "tenant `{tenant}` has no policies of its own (default deny; admins act through `builtin:admins`)"
                );
            }
            for p in list {
                println!(
                    "{:<32} {:<24} by {}",
                    p["id"].as_str().unwrap_or(""),
                    p["origin"].as_str().unwrap_or(""),
                    p["created_by"].as_str().unwrap_or("")
                );
            }
        }
        PolicyCommand::Show { id, tenant, connect } => {
            let v = Client::new(&connect)?.ok(
                "GET",
                &format!("/api/tenants/{}/policies/{}", seg(&tenant), seg(&id)),
                None,
            )?;
            println!(
                "// {} ({}, by {})",
                v["id"].as_str().unwrap_or(""),
                v["origin"].as_str().unwrap_or(""),
                v["created_by"].as_str().unwrap_or("")
            );
            println!("{}", v["text"].as_str().unwrap_or(""));
        }
        PolicyCommand::Add { file, tenant, id, reason, connect } => {
            let text =
                std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("reading {}: {e}", file.display()))?;
            let body = json!({"text": text, "id": id, "reason": reason});
            let v =
                Client::new(&connect)?.ok("POST", &format!("/api/tenants/{}/policies", seg(&tenant)), Some(&body))?;
            println!("added {} to tenant `{tenant}`", v["id"].as_str().unwrap_or(""));
        }
        PolicyCommand::Remove { id, tenant, reason, connect } => {
            let q = reason.map(|r| format!("?reason={}", seg(&r))).unwrap_or_default();
            Client::new(&connect)?.ok(
                "DELETE",
                &format!("/api/tenants/{}/policies/{}{q}", seg(&tenant), seg(&id)),
                None,
            )?;
            println!("removed {id} from tenant `{tenant}`");
        }
        PolicyCommand::Validate { file } => {
            let text =
                std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("reading {}: {e}", file.display()))?;
            let authz = crate::authz::Authorizer::with_builtins(&crate::governance::builtins());
            let id = file.file_stem().map_or_else(|| "policy".to_string(), |s| s.to_string_lossy().into_owned());
            match authz.validate(&[(id, text)]) {
                Ok(()) => println!("{}: valid", file.display()),
                Err(e) => {
                    eprintln!("{}: invalid: {}", file.display(), e.message);
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a JSON answer (used by `decide --list --json`).
pub fn print_json(v: &Json) {
    print(v)
}
