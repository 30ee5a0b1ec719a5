//! `temper-host app install|list|rollback|migrate`: the running server's app catalog from the
//! terminal. Installs stream their progress (resolve, pull, verify, modules, seed) as they go.

use super::client::{Client, Connect, seg};
use anyhow::{Result, bail};
use serde_json::Value as Json;
use std::path::Path;
use std::process::ExitCode;

fn query(s: &str) -> String {
    seg(s)
}

fn show_step(v: &Json) {
    if let (Some(step), Some(detail)) = (v.get("step").and_then(Json::as_str), v.get("detail").and_then(Json::as_str)) {
        println!("  {step:<13} {detail}");
    }
}

/// Prints the end of an install-like answer; the exit code says whether it worked.
fn finish(status: u16, last: &Json) -> Result<ExitCode> {
    if let Some(r) = last.get("result") {
        let s = |k: &str| r.get(k).and_then(Json::as_str).unwrap_or("").to_string();
        println!(
            "{} {} {} in tenant {} ({} ms)",
            s("app"),
            s("version"),
            s("outcome"),
            s("tenant"),
            r.get("elapsed_ms").and_then(Json::as_u64).unwrap_or(0)
        );
        println!("  reference     {}", s("reference"));
        println!("  digest        {}", s("digest"));
        if let Some(m) = r.get("moved").filter(|m| !m.is_null()) {
            println!(
                "  note          the tag moved to {}; the pin stays at {} (use --upgrade to follow it)",
                m.get("to").and_then(Json::as_str).unwrap_or("?"),
                m.get("from").and_then(Json::as_str).unwrap_or("?")
            );
        }
        if let Some(sets) = r.pointer("/installed/entity_sets").and_then(Json::as_array).filter(|s| !s.is_empty()) {
            let names: Vec<&str> = sets.iter().filter_map(Json::as_str).collect();
            println!("  entity sets   {}", names.join(", "));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let code = last.pointer("/error/code").and_then(Json::as_str).unwrap_or("Error");
    let msg = last.pointer("/error/message").and_then(Json::as_str).map_or_else(|| last.to_string(), str::to_string);
    eprintln!("error ({status} {code}): {msg}");
    Ok(ExitCode::from(1))
}

pub fn install(tenant: &str, reference: &str, upgrade: bool, connect: &Connect) -> Result<ExitCode> {
    // Bad input is refused here, before anything is sent.
    if !reference.starts_with("dir:") {
        reference.parse::<crate::apps::oci::AppRef>().map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    if !crate::server::registry::valid_tenant(tenant) {
        bail!("`{tenant}` is not a tenant id: use 1–63 lowercase letters, digits and `-` (pass `--tenant <id>`)");
    }
    let c = Client::new(connect)?;
    let mut path = format!("/api/tenants/{}/apps?reference={}", seg(tenant), query(reference));
    if upgrade {
        path.push_str("&upgrade=true");
    }
    println!("installing {reference} into tenant {tenant}");
    let (status, last) = c.stream("POST", &path, show_step)?;
    finish(status, &last)
}

pub fn rollback(tenant: &str, app: &str, connect: &Connect) -> Result<ExitCode> {
    let c = Client::new(connect)?;
    let (status, last) =
        c.stream("POST", &format!("/api/tenants/{}/apps/{}/rollback", seg(tenant), seg(app)), show_step)?;
    finish(status, &last)
}

pub fn list(tenant: &str, json: bool, connect: &Connect) -> Result<ExitCode> {
    let c = Client::new(connect)?;
    let v = c.ok("GET", &format!("/api/tenants/{}/apps", seg(tenant)), None)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    let apps = v.get("apps").and_then(Json::as_array).cloned().unwrap_or_default();
    if apps.is_empty() {
        println!("no apps in tenant {tenant}");
    }
    for a in apps {
        let s = |p: &str| a.pointer(p).and_then(Json::as_str).unwrap_or("").to_string();
        let earlier = a.get("history").and_then(Json::as_array).map_or(0, Vec::len);
        println!(
            "{:<14} {:<8} {:<10} {}@{}",
            s("/app"),
            s("/pin/version"),
            s("/status"),
            s("/pin/reference"),
            s("/pin/digest")
        );
        if earlier > 0 {
            println!("{:<14} {earlier} earlier pin(s): `temper-host app rollback --tenant {tenant} {}`", "", s("/app"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Publishes every app of a directory to `<registry>/<namespace>/<app>:<version>` and pins
/// the result in the catalog of the tenant each is installed in (by default the app's name).
pub fn migrate(
    apps_dir: &Path,
    target: &str,
    tenant: Option<&str>,
    components: Option<&Path>,
    connect: &Connect,
) -> Result<ExitCode> {
    let mut dirs: Vec<_> = std::fs::read_dir(apps_dir)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", apps_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join(crate::apps::manifest::FILE).is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        bail!("{} holds no app (a directory with an `app.toml`)", apps_dir.display());
    }
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let oci = crate::apps::oci::OciClient::from_env()?;
    let mut failed = 0;
    for dir in dirs {
        let (bytes, bundle) = crate::apps::artifact::from_dir(&dir, components)?;
        let m = &bundle.manifest;
        let reference = format!("{}/{}:{}", target.trim_end_matches('/'), m.name, m.version);
        let r: crate::apps::oci::AppRef = reference.parse().map_err(|e: String| anyhow::anyhow!("{e}"))?;
        let pushed = rt.block_on(oci.push(&r, &bytes, Default::default()))?;
        println!("published {} → {reference}@{}", dir.display(), pushed.manifest_digest);
        let t = tenant.unwrap_or(&m.name);
        if install(t, &format!("{reference}@{}", pushed.manifest_digest), true, connect)? != ExitCode::SUCCESS {
            failed += 1;
        }
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
