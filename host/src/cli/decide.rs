//! `temper-host decide`: a human answers agents' pending decisions. Interactive by default (a
//! loop that lists what was asked, with each scope's policy preview, and waits for new ones);
//! `--list`, `--approve ID --scope …` and `--deny ID` for scripts.

use super::client::{Client, Connect, seg};
use anyhow::{Result, bail};
use serde_json::{Value as Json, json};
use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct DecideArgs {
    /// The tenant whose decisions to answer (`_platform` for spec deployment and tokens).
    /// Repeat for several.
    #[arg(long, required = true)]
    pub tenant: Vec<String>,
    /// Print the pending decisions and exit.
    #[arg(long, conflicts_with_all = ["approve", "deny"])]
    pub list: bool,
    /// With `--list`: print JSON.
    #[arg(long)]
    pub json: bool,
    /// Approve this decision at `--scope`.
    #[arg(long, value_name = "ID", requires = "scope", conflicts_with = "deny")]
    pub approve: Option<String>,
    /// A preset (narrow, medium, broad, role, type, any-agent, session) or
    /// `principal=…,action=…,resource=…,duration=…`.
    #[arg(long)]
    pub scope: Option<String>,
    /// Deny this decision.
    #[arg(long, value_name = "ID")]
    pub deny: Option<String>,
    /// Why (recorded with the decision and in the policy's comment).
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub connect: Connect,
}

fn pending(c: &Client, tenant: &str) -> Result<Vec<Json>> {
    let v = c.ok("GET", &format!("/api/tenants/{}/decisions?status=pending", seg(tenant)), None)?;
    Ok(v["decisions"].as_array().cloned().unwrap_or_default())
}

fn show(d: &Json) {
    let attrs = &d["principal_attrs"];
    let who = d["principal"].as_str().unwrap_or("");
    let mut facts = Vec::new();
    for k in ["agent_type", "role"] {
        if let Some(v) = attrs[k].as_str() {
            facts.push(format!("{k}={v}"));
        }
    }
    println!();
    println!(
        "{}  {who}{} asks `{}` on {}",
        d["id"].as_str().unwrap_or(""),
        if facts.is_empty() { String::new() } else { format!(" ({})", facts.join(", ")) },
        d["action"].as_str().unwrap_or(""),
        d["resource"].as_str().unwrap_or(""),
    );
    println!(
        "    request: {}   denials: {}{}",
        d["request"].as_str().unwrap_or(""),
        d["denials"],
        d["session"].as_str().map(|s| format!("   session: {s}")).unwrap_or_default()
    );
    for (i, o) in d["scopes"].as_array().into_iter().flatten().enumerate() {
        println!("  [{}] {:<9} {}", i + 1, o["name"].as_str().unwrap_or(""), o["summary"].as_str().unwrap_or(""));
        for line in o["policy"].as_str().unwrap_or("").lines().filter(|l| !l.trim_start().starts_with("//")) {
            println!("        {line}");
        }
    }
}

fn approve(c: &Client, tenant: &str, id: &str, scope: &str, reason: Option<&str>) -> Result<Json> {
    let body = json!({"scope": scope, "reason": reason.unwrap_or("")});
    c.ok("POST", &format!("/api/tenants/{}/decisions/{}/approve", seg(tenant), seg(id)), Some(&body))
}

fn deny(c: &Client, tenant: &str, id: &str, reason: Option<&str>) -> Result<Json> {
    let body = json!({"reason": reason.unwrap_or("")});
    c.ok("POST", &format!("/api/tenants/{}/decisions/{}/deny", seg(tenant), seg(id)), Some(&body))
}

pub fn run(args: DecideArgs) -> Result<ExitCode> {
    let c = Client::new(&args.connect)?;
    let reason = args.reason.as_deref();
    if let Some(id) = &args.approve {
        let [tenant] = args.tenant.as_slice() else { bail!("--approve needs exactly one --tenant") };
        let scope = args.scope.as_deref().unwrap_or("medium");
        let v = approve(&c, tenant, id, scope, reason)?;
        println!("approved {id}: installed {}", v["policy"]["id"].as_str().unwrap_or(""));
        println!("{}", v["policy"]["text"].as_str().unwrap_or(""));
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = &args.deny {
        let [tenant] = args.tenant.as_slice() else { bail!("--deny needs exactly one --tenant") };
        deny(&c, tenant, id, reason)?;
        println!("denied {id}");
        return Ok(ExitCode::SUCCESS);
    }
    if args.list {
        let mut all = Vec::new();
        for t in &args.tenant {
            all.extend(pending(&c, t)?);
        }
        if args.json {
            super::admin::print_json(&Json::Array(all));
        } else if all.is_empty() {
            println!("no pending decisions");
        } else {
            all.iter().for_each(show);
        }
        return Ok(ExitCode::SUCCESS);
    }
    interactive(&c, &args.tenant)
}

/// The loop: show each pending decision, read the answer, repeat; polls every 2 s when idle.
fn interactive(c: &Client, tenants: &[String]) -> Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut skipped: Vec<String> = Vec::new();
    let mut waiting = false;
    loop {
        let mut next = None;
        for t in tenants {
            if let Some(d) = pending(c, t)?.into_iter().find(|d| !skipped.iter().any(|s| d["id"].as_str() == Some(s))) {
                next = Some((t.clone(), d));
                break;
            }
        }
        let Some((tenant, d)) = next else {
            if !waiting {
                println!("no pending decisions in {}; waiting for new ones (Ctrl-C to stop)…", tenants.join(", "));
                waiting = true;
            }
            std::thread::sleep(Duration::from_secs(2));
            continue;
        };
        waiting = false;
        show(&d);
        let id = d["id"].as_str().unwrap_or("").to_string();
        let options = d["scopes"].as_array().cloned().unwrap_or_default();
        print!("approve [1-{}], [d]eny, [s]kip, [q]uit > ", options.len());
        std::io::stdout().flush()?;
        let Some(line) = lines.next() else { return Ok(ExitCode::SUCCESS) };
        let answer = line?.trim().to_string();
        match answer.as_str() {
            "q" | "quit" => return Ok(ExitCode::SUCCESS),
            "s" | "skip" => skipped.push(id),
            "d" | "deny" => {
                print!("reason (optional) > ");
                std::io::stdout().flush()?;
                let reason = lines.next().transpose()?.unwrap_or_default();
                deny(c, &tenant, &id, Some(reason.trim()))?;
                println!("denied {id}");
            }
            n => match n.parse::<usize>().ok().and_then(|i| options.get(i.wrapping_sub(1))) {
                Some(o) => {
                    let scope = o["name"].as_str().unwrap_or("medium");
                    print!("reason (optional) > ");
                    std::io::stdout().flush()?;
                    let reason = lines.next().transpose()?.unwrap_or_default();
                    match approve(c, &tenant, &id, scope, Some(reason.trim())) {
                        Ok(v) => println!(
                            "approved {id} at `{scope}`: installed {}",
                            v["policy"]["id"].as_str().unwrap_or("")
                        ),
                        Err(e) => println!("not approved: {e:#}"),
                    }
                }
                None => println!("`{answer}`: answer with a scope number, d, s or q"),
            },
        }
    }
}
