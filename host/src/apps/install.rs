//! Installing an app into a tenant, live: resolve the reference (keeping a pinned digest
//! unless told to upgrade), pull and verify it (or take it from the content-addressed cache),
//! read the artifact without running it, check everything that could fail — modules the
//! manifest declares and the specs use, dependencies, policies, the verification cascade of
//! the tenant's whole new spec set — and only then change the tenant: specs, integration
//! modules, policies, seed entities, the catalog row. A failure before that point leaves the
//! tenant exactly as it was.

use super::artifact::{self, Bundle};
use super::merge;
use super::oci::AppRef;
use crate::server::Server;
use crate::server::registry::DeployError;
use crate::storage::{Backend, CatalogEntry, Pin};
use serde_json::{Value as Json, json};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Where an app comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// An OCI reference, by tag or digest.
    Registry(AppRef),
    /// A directory of the development apps dir, packed on the spot by the same code.
    Dir(PathBuf),
}

impl Source {
    /// A reference as a user writes it: `dir:<path>` or an OCI reference.
    pub fn parse(s: &str) -> Result<Self, InstallError> {
        match s.strip_prefix("dir:") {
            Some(p) => Ok(Source::Dir(PathBuf::from(p))),
            None => s.parse::<AppRef>().map(Source::Registry).map_err(|e| InstallError::BadReference(format!("{e:#}"))),
        }
    }
}

pub struct InstallRequest {
    pub tenant: String,
    pub source: Source,
    /// Move a pin to what the reference names now (a moved tag, another tag or digest).
    pub upgrade: bool,
    pub actor: String,
}

/// Why an install did not happen. Nothing changed in the tenant.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{0}")]
    BadReference(String),
    /// The registry could not be reached, or does not have the reference.
    #[error("{0}")]
    Registry(String),
    /// What was pulled is not what was pinned or announced (tampered or corrupted).
    #[error("{0}")]
    Integrity(String),
    /// The artifact or its manifest is wrong (a module missing, a trigger without a module, …).
    #[error("{0}")]
    Invalid(String),
    /// A pin that would move without `upgrade`, or specs that would strand live entities.
    #[error("{0}")]
    Conflict(String),
    #[error("a dependency cannot be resolved: {0}")]
    Dependency(String),
    /// The tenant serves specs deployed directly (not by an app) that the install would replace.
    #[error("{0}")]
    Tenant(String),
    #[error("the verification cascade failed for {}; nothing was installed", failed(.0))]
    Unverified(Box<crate::verify::cascade::CascadeReport>),
    #[error("{0:#}")]
    Internal(#[from] anyhow::Error),
}

fn failed(r: &crate::verify::cascade::CascadeReport) -> String {
    r.specs.iter().filter(|s| !s.passed).map(|s| s.spec.clone()).collect::<Vec<_>>().join(", ")
}

impl InstallError {
    pub fn code(&self) -> &'static str {
        match self {
            InstallError::BadReference(_) => "InvalidReference",
            InstallError::Registry(_) => "RegistryUnavailable",
            InstallError::Integrity(_) => "DigestMismatch",
            InstallError::Invalid(_) => "InvalidApp",
            InstallError::Conflict(_) => "PinConflict",
            InstallError::Dependency(_) => "UnresolvedDependency",
            InstallError::Tenant(_) => "TenantConflict",
            InstallError::Unverified(_) => "VerificationFailed",
            InstallError::Internal(_) => "InternalError",
        }
    }
}

/// Reports each step as it happens (`step`, `detail`).
pub type Progress<'a> = &'a (dyn Fn(&str, &str) + Send + Sync);

/// An artifact ready to apply, with the pin it will have.
pub struct Planned {
    pub bundle: Bundle,
    pub pin: Pin,
}

/// What an install did.
#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub tenant: String,
    pub app: String,
    pub version: String,
    pub reference: String,
    pub digest: String,
    /// `installed`, `unchanged` (already pinned there), `upgraded` or `rolled back`.
    pub outcome: String,
    /// The tag moved away from the pin, which was kept: `{from, to}`.
    pub moved: Option<Json>,
    /// Whether the artifact came from the local cache (no pull).
    pub cached: bool,
    pub installed: Json,
    /// Dependencies installed with it.
    pub dependencies: Vec<String>,
    pub elapsed_ms: u64,
}

/// Installs (or re-installs, or upgrades) an app.
pub async fn install(server: &Server, req: InstallRequest, progress: Progress<'_>) -> Result<Report, InstallError> {
    let started = std::time::Instant::now();
    let apps = &server.shared.apps;
    let _one = apps.lock.lock().await;
    let fetched = super::fetch::fetch(server, &req.tenant, &req.source, req.upgrade, progress).await?;
    let app = fetched.planned.bundle.manifest.name.clone();
    let old = apps.get(&req.tenant, &app);
    if let Some(o) = &old
        && o.pin.digest == fetched.planned.pin.digest
        && o.status == "installed"
    {
        progress("done", &format!("{app} {} is already installed at {}", o.pin.version, short(&o.pin.digest)));
        return Ok(report(&req.tenant, o, "unchanged", fetched.moved, fetched.cached, Vec::new(), started));
    }
    if let Some(o) = &old
        && !req.upgrade
        && o.pin.digest != fetched.planned.pin.digest
    {
        return Err(InstallError::Conflict(format!(
            "app `{app}` in tenant `{}` is pinned to {}@{} ({}); installing {} would move it — pass --upgrade (API: `upgrade=true`) to move the pin",
            req.tenant, o.pin.reference, o.pin.digest, o.pin.version, fetched.planned.pin.reference
        )));
    }
    let mut plan = Vec::new();
    let mut deps = Vec::new();
    super::fetch::dependencies(server, &req.tenant, &fetched.planned.bundle, &mut plan, &mut deps, progress).await?;
    plan.push(fetched.planned);
    apply(server, &req.tenant, plan, progress).await?;
    let entry = apps
        .get(&req.tenant, &app)
        .ok_or_else(|| InstallError::Internal(anyhow::anyhow!("the catalog lost `{app}` after installing it")))?;
    let outcome = if old.is_some() { "upgraded" } else { "installed" };
    progress("done", &format!("{app} {} {outcome} in tenant {}", entry.pin.version, req.tenant));
    Ok(report(&req.tenant, &entry, outcome, fetched.moved, fetched.cached, deps, started))
}

/// Rolls an app back to the pin before the current one.
pub async fn rollback(
    server: &Server,
    tenant: &str,
    app: &str,
    progress: Progress<'_>,
) -> Result<Report, InstallError> {
    let started = std::time::Instant::now();
    let apps = &server.shared.apps;
    let _one = apps.lock.lock().await;
    let Some(current) = apps.get(tenant, app) else {
        return Err(InstallError::Invalid(format!("app `{app}` is not installed in tenant `{tenant}`")));
    };
    let Some(previous) = current.history.last().cloned() else {
        return Err(InstallError::Conflict(format!(
            "app `{app}` in tenant `{tenant}` has no earlier pin to roll back to (it was installed once, at {})",
            current.pin.digest
        )));
    };
    progress(
        "rollback",
        &format!("{app}: {} → {} ({})", short(&current.pin.digest), short(&previous.digest), previous.version),
    );
    let bytes = super::fetch::artifact_bytes(server, &previous, progress).await?;
    let bundle = read_artifact(&bytes)?;
    apply(server, tenant, vec![Planned { bundle, pin: previous }], progress).await?;
    // The rolled-back pin leaves the history: rolling back twice goes further back.
    let mut entry =
        apps.get(tenant, app).ok_or_else(|| InstallError::Internal(anyhow::anyhow!("catalog lost `{app}`")))?;
    let mut history = current.history.clone();
    history.pop();
    entry.history = history;
    server.shared.store.catalog_put(entry.clone()).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    apps.remember(entry.clone());
    progress("done", &format!("{app} rolled back to {} ({})", entry.pin.version, short(&entry.pin.digest)));
    Ok(report(tenant, &entry, "rolled back", None, true, Vec::new(), started))
}

pub fn read_artifact(bytes: &[u8]) -> Result<Bundle, InstallError> {
    artifact::read(bytes).map_err(|e| InstallError::Invalid(format!("the artifact is not a valid app: {e}")))
}

fn report(
    tenant: &str,
    e: &CatalogEntry,
    outcome: &str,
    moved: Option<Json>,
    cached: bool,
    dependencies: Vec<String>,
    started: std::time::Instant,
) -> Report {
    Report {
        tenant: tenant.into(),
        app: e.app.clone(),
        version: e.pin.version.clone(),
        reference: e.pin.reference.clone(),
        digest: e.pin.digest.clone(),
        outcome: outcome.into(),
        moved,
        cached,
        installed: e.installed.clone(),
        dependencies,
        elapsed_ms: started.elapsed().as_millis() as u64,
    }
}

pub fn short(digest: &str) -> String {
    let hex = digest.trim_start_matches("sha256:");
    format!("sha256:{}", &hex[..hex.len().min(12)])
}

/// Applies planned artifacts to a tenant (with the apps already installed there): every
/// check first, then the changes. Used by install, upgrade, rollback and reconcile.
pub async fn apply(
    server: &Server,
    tenant: &str,
    plan: Vec<Planned>,
    progress: Progress<'_>,
) -> Result<(), InstallError> {
    let s = &server.shared;
    let replacing: BTreeSet<&str> = plan.iter().map(|p| p.bundle.manifest.name.as_str()).collect();
    let mut others: Vec<(CatalogEntry, Bundle)> = Vec::new();
    for e in s.apps.list(Some(tenant)).into_iter().filter(|e| !replacing.contains(e.app.as_str())) {
        let bytes = super::fetch::artifact_bytes(server, &e.pin, progress).await?;
        let bundle = read_artifact(&bytes)?;
        others.push((e, bundle));
    }
    let all: Vec<&Bundle> = others.iter().map(|(_, b)| b).chain(plan.iter().map(|p| &p.bundle)).collect();
    bare_specs(server, tenant, &all)?;

    // Modules: every wasm trigger names a module some app of the tenant provides, no two apps
    // provide the same one, and each planned module compiles and links.
    let mut provided = BTreeSet::new();
    for b in &all {
        for m in b.modules.keys() {
            if !provided.insert(m.clone()) {
                return Err(InstallError::Invalid(format!(
                    "two apps of tenant `{tenant}` provide integration module `{m}`; module names are per tenant"
                )));
            }
        }
    }
    let files = tenant_files(&all)?;
    check_modules(&plan, &files, &provided)?;
    for p in &plan {
        for m in &p.bundle.manifest.wasm_modules {
            let bytes = p.bundle.modules.get(&m.name).ok_or_else(|| {
                InstallError::Invalid(format!("module `{}` is declared but not in the artifact", m.name))
            })?;
            progress("module", &format!("{} ({} KiB): compiling and linking", m.name, bytes.len() / 1024));
            s.integrations
                .check(&m.name, bytes, m.budgets)
                .map_err(|e| InstallError::Invalid(format!("integration module `{}`: {e:#}", m.name)))?;
        }
    }
    let policies = super::policies::planned(server, tenant, &plan)?;
    for p in &plan {
        super::seed::check(&p.bundle)?;
    }

    // The tenant's whole new spec set passes the cascade (cached by content hash).
    if !files.is_empty() {
        progress("verify", &format!("{} file(s): the verification cascade", files.len()));
        match server.deploy(tenant, files, false).await? {
            Ok(report) => {
                let how = if report.cached { "cached".to_string() } else { format!("{} ms", report.elapsed_ms) };
                progress("verify", &format!("{} spec(s) passed ({how})", report.specs.len()));
            }
            Err(DeployError::Unverified(r)) => return Err(InstallError::Unverified(r)),
            Err(DeployError::Invalid(d)) => {
                let lines: Vec<String> =
                    d.iter().take(10).map(|d| format!("{}:{}: {} ({})", d.file, d.line, d.message, d.help)).collect();
                return Err(InstallError::Invalid(format!("the specs do not load:\n{}", lines.join("\n"))));
            }
            Err(DeployError::Refused(why)) => return Err(InstallError::Invalid(why)),
            Err(DeployError::Stranded(list)) => {
                return Err(InstallError::Conflict(format!(
                    "the new specs would strand {} live entities (e.g. {}('{}') in `{}`); migrate them first",
                    list.len(),
                    list[0].0,
                    list[0].1,
                    list[0].2
                )));
            }
        }
    }

    // Past this point the tenant changes.
    for p in &plan {
        let app = &p.bundle.manifest.name;
        let old = s.apps.get(tenant, app);
        for m in &p.bundle.manifest.wasm_modules {
            if let Some(bytes) = p.bundle.modules.get(&m.name) {
                s.integrations.install(tenant, &m.name, bytes, m.budgets).map_err(InstallError::Internal)?;
            }
        }
        let old_modules = old.as_ref().map(|o| strings(&o.installed, "modules")).unwrap_or_default();
        for m in old_modules.iter().filter(|m| !p.bundle.modules.contains_key(*m)) {
            s.integrations.uninstall(tenant, m);
        }
        let ids = super::policies::apply(server, tenant, app, policies.get(app.as_str()).cloned().unwrap_or_default())
            .await?;
        let seeds = super::seed::run(server, tenant, &p.bundle, progress).await?;
        let mut history = old.as_ref().map(|o| o.history.clone()).unwrap_or_default();
        if let Some(o) = &old
            && o.pin.digest != p.pin.digest
        {
            history.push(o.pin.clone());
            let over = history.len().saturating_sub(crate::storage::catalog::HISTORY);
            history.drain(..over);
        }
        let entry = CatalogEntry {
            tenant: tenant.into(),
            app: app.clone(),
            pin: p.pin.clone(),
            status: "installed".into(),
            error: None,
            installed: json!({
                "entity_sets": entity_sets(server, tenant, &p.bundle),
                "specs": p.bundle.files.keys().filter(|f| f.starts_with("specs/")).collect::<Vec<_>>(),
                "modules": p.bundle.modules.keys().collect::<Vec<_>>(),
                "policies": ids,
                "seeds": seeds,
                "subscriptions": p.bundle.manifest.subscriptions.len(),
            }),
            history,
        };
        s.store.catalog_put(entry.clone()).await.map_err(|e| anyhow::anyhow!("recording the catalog entry: {e}"))?;
        s.apps.remember(entry);
    }
    super::subscribe::refresh(server, tenant, &all);
    Ok(())
}

/// The entity sets a catalog entry says its install serves.
pub fn installed_sets(e: &CatalogEntry) -> Vec<String> {
    strings(&e.installed, "entity_sets")
}

/// A tenant is served by its apps or by specs deployed directly, never both: an install may
/// not replace state machines that no app of the tenant defines (a data directory from before
/// the catalog, whose bundled specs the same apps now install, passes).
fn bare_specs(server: &Server, tenant: &str, all: &[&Bundle]) -> Result<(), InstallError> {
    let Some(current) = server.shared.registry.get(tenant) else { return Ok(()) };
    // The apps' specs: the new bundles' and those the tenant's installed versions put in place.
    let installed = server.shared.apps.list(Some(tenant)).into_iter().flat_map(|e| strings(&e.installed, "specs"));
    let owned: BTreeSet<String> = all
        .iter()
        .flat_map(|b| b.files.keys().cloned())
        .chain(installed)
        .filter(|p| p.starts_with("specs/") && p.ends_with(".ioa.toml"))
        .map(|p| p.rsplit('/').next().unwrap_or(&p).to_string())
        .collect();
    let bare: Vec<&str> = current
        .files
        .iter()
        .filter(|f| f.name.ends_with(".ioa.toml") && !owned.contains(&f.name))
        .map(|f| f.name.as_str())
        .collect();
    if bare.is_empty() {
        return Ok(());
    }
    Err(InstallError::Tenant(format!(
        "tenant `{tenant}` serves specs deployed directly, not by an app ({}); installing would replace them — install the app into another tenant",
        bare.join(", ")
    )))
}

fn strings(v: &Json, key: &str) -> Vec<String> {
    v.get(key).and_then(Json::as_array).into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

fn tenant_files(all: &[&Bundle]) -> Result<Vec<crate::runtime::interpreter::SourceFile>, InstallError> {
    let mut specs = Vec::new();
    for b in all {
        let mut files = Vec::new();
        for (path, bytes) in &b.files {
            let Some(name) = path.strip_prefix("specs/") else { continue };
            let text = std::str::from_utf8(bytes)
                .map_err(|_| InstallError::Invalid(format!("app `{}`: `{path}` is not UTF-8 text", b.manifest.name)))?;
            files.push((name, text));
        }
        specs.push(merge::AppSpecs { app: &b.manifest.name, files });
    }
    merge::tenant_files(&specs).map_err(InstallError::Invalid)
}

/// Fail loud: a trigger naming a module nobody provides aborts the install.
fn check_modules(
    plan: &[Planned],
    files: &[crate::runtime::interpreter::SourceFile],
    provided: &BTreeSet<String>,
) -> Result<(), InstallError> {
    let missing = merge::missing_modules(files, provided);
    if missing.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = missing
        .iter()
        .map(|(f, t, m)| format!("`{f}` trigger `{t}` runs module `{m}`, which no app of the tenant provides"))
        .collect();
    let empty: Vec<&str> = plan
        .iter()
        .filter(|p| p.bundle.manifest.wasm_modules.is_empty())
        .map(|p| p.bundle.manifest.name.as_str())
        .collect();
    let hint = if empty.is_empty() {
        "declare each module in the providing app's `[[wasm_modules]]` and pack it again".to_string()
    } else {
        format!(
            "app {} declares no `[[wasm_modules]]` at all; add `[[wasm_modules]] name = \"…\"` for each module its specs run",
            empty.join(", ")
        )
    };
    Err(InstallError::Invalid(format!("{}; {hint}", list.join("; "))))
}

fn entity_sets(server: &Server, tenant: &str, b: &Bundle) -> Vec<String> {
    let own = own_types(b);
    let Some(t) = server.shared.registry.get(tenant) else { return Vec::new() };
    t.specs.iter().filter(|s| own.contains(&s.entity_type)).map(|s| s.entity_set.clone()).collect()
}

/// The entity types an app's specs define.
pub fn own_types(b: &Bundle) -> Vec<String> {
    b.files
        .iter()
        .filter(|(p, _)| p.ends_with(".ioa.toml"))
        .filter_map(|(p, bytes)| temper_spec::ioa::parse_ioa(p, std::str::from_utf8(bytes).ok()?).ok().map(|a| a.name))
        .collect()
}
