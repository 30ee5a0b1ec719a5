//! Getting an app's artifact: resolve a reference to a digest (a pinned app keeps its digest;
//! a moved tag is reported, not followed), take the artifact from the content-addressed cache
//! or pull and verify it, and read it. Also resolves an app's dependencies.

use super::artifact::{self, Bundle};
use super::install::{InstallError, Planned, Progress, Source, read_artifact, short};
use super::oci::AppRef;
use crate::server::Server;
use crate::storage::Pin;
use serde_json::{Value as Json, json};

pub struct Fetched {
    pub planned: Planned,
    pub moved: Option<Json>,
    pub cached: bool,
}

fn now_ms(server: &Server) -> u64 {
    server.shared.clock.now_ms()
}

/// `registry/repository` of an OCI reference (tag and digest dropped); a `dir:` reference as is.
fn repository(reference: &str) -> String {
    match reference.parse::<AppRef>() {
        Ok(r) => format!("{}/{}", r.registry, r.repository),
        Err(_) => reference.to_string(),
    }
}

/// The app in `tenant` already pinned to the same repository (or the same directory).
fn pinned_for(server: &Server, tenant: &str, reference: &str) -> Option<crate::storage::CatalogEntry> {
    let repo = repository(reference);
    server.shared.apps.list(Some(tenant)).into_iter().find(|e| repository(&e.pin.reference) == repo)
}

pub async fn fetch(
    server: &Server,
    tenant: &str,
    source: &Source,
    upgrade: bool,
    progress: Progress<'_>,
) -> Result<Fetched, InstallError> {
    let apps = &server.shared.apps;
    match source {
        Source::Dir(dir) => {
            progress("pack", &format!("{}: packing the development app", dir.display()));
            let (bytes, bundle) = artifact::from_dir(dir, apps.components.as_deref())
                .map_err(|e| InstallError::Invalid(format!("app directory {}: {e:#}", dir.display())))?;
            let digest = artifact::digest(&bytes);
            apps.cache.put(&digest, &bytes).map_err(InstallError::Internal)?;
            let pin = Pin {
                reference: format!("dir:{}", dir.display()),
                digest: digest.clone(),
                artifact_digest: digest,
                version: bundle.manifest.version.clone(),
                installed_at_ms: now_ms(server),
            };
            Ok(Fetched { planned: Planned { bundle, pin }, moved: None, cached: false })
        }
        Source::Registry(r) => {
            let reference = r.to_string();
            let pinned = pinned_for(server, tenant, &reference);
            let mut moved = None;
            let digest = match (&r.digest, &pinned) {
                (Some(d), _) => d.clone(),
                (None, Some(p)) if !upgrade && p.pin.reference == reference => {
                    progress("resolve", &format!("{reference}: pinned to {}", short(&p.pin.digest)));
                    match apps.oci.resolve(r).await {
                        Ok(now) if now != p.pin.digest => {
                            progress(
                                "resolve",
                                &format!(
                                    "the tag moved to {}; keeping the pin (pass --upgrade to follow it)",
                                    short(&now)
                                ),
                            );
                            moved = Some(json!({"from": p.pin.digest, "to": now}));
                        }
                        Ok(_) => {}
                        Err(e) => {
                            progress("resolve", &format!("registry not reachable ({e:#}); using the pinned digest"))
                        }
                    }
                    p.pin.digest.clone()
                }
                _ => {
                    progress("resolve", &reference);
                    let d = apps.oci.resolve(r).await.map_err(|e| registry_error(&reference, e))?;
                    progress("resolve", &format!("{reference} → {}", short(&d)));
                    d
                }
            };
            let pinned_ref = r.clone().with_digest(&digest);
            let (bytes, artifact_digest, cached) = pull(server, &pinned_ref, &digest, progress).await?;
            let bundle = read_artifact(&bytes)?;
            let pin = Pin {
                reference,
                digest,
                artifact_digest,
                version: bundle.manifest.version.clone(),
                installed_at_ms: now_ms(server),
            };
            Ok(Fetched { planned: Planned { bundle, pin }, moved, cached })
        }
    }
}

fn registry_error(reference: &str, e: anyhow::Error) -> InstallError {
    let text = format!("{e:#}");
    if text.contains("mismatch") || text.contains("tampered") {
        InstallError::Integrity(format!("{reference}: {text}"))
    } else {
        InstallError::Registry(format!("{reference}: {text}"))
    }
}

/// The artifact of a manifest digest: from the cache when it is there, else pulled (and
/// verified, and cached). Returns the bytes, the artifact's digest and whether it was cached.
async fn pull(
    server: &Server,
    r: &AppRef,
    digest: &str,
    progress: Progress<'_>,
) -> Result<(Vec<u8>, String, bool), InstallError> {
    let cache = &server.shared.apps.cache;
    if let Some((layer, Some(bytes))) = cache.layer_of(digest).map_err(InstallError::Internal)? {
        progress("pull", &format!("{}: in the local cache ({} KiB)", short(digest), bytes.len() / 1024));
        return Ok((bytes, layer, true));
    }
    progress("pull", &format!("{r}"));
    let pulled = server.shared.apps.oci.pull(r).await.map_err(|e| registry_error(&r.to_string(), e))?;
    progress(
        "verify-digest",
        &format!(
            "manifest {} and artifact {} ({} KiB) match",
            short(&pulled.manifest_digest),
            short(&pulled.layer_digest),
            pulled.bytes.len() / 1024
        ),
    );
    cache.put_manifest(&pulled.manifest_digest, &pulled.manifest).map_err(InstallError::Internal)?;
    cache.put(&pulled.layer_digest, &pulled.bytes).map_err(InstallError::Internal)?;
    Ok((pulled.bytes, pulled.layer_digest, false))
}

/// The artifact of a pin: the cache, else the registry (by the pinned digest), else — for a
/// directory app whose cache entry is gone — the directory packed again if it still matches.
pub async fn artifact_bytes(server: &Server, pin: &Pin, progress: Progress<'_>) -> Result<Vec<u8>, InstallError> {
    let cache = &server.shared.apps.cache;
    if let Some(bytes) = cache.get(&pin.artifact_digest).map_err(InstallError::Internal)? {
        return Ok(bytes);
    }
    if let Some(dir) = pin.reference.strip_prefix("dir:") {
        let (bytes, _) = artifact::from_dir(std::path::Path::new(dir), server.shared.apps.components.as_deref())
            .map_err(|e| InstallError::Invalid(format!("app directory {dir}: {e:#}")))?;
        if artifact::digest(&bytes) != pin.artifact_digest {
            return Err(InstallError::Integrity(format!(
                "the cached artifact {} of {dir} is gone and the directory changed since; install it again",
                short(&pin.artifact_digest)
            )));
        }
        cache.put(&pin.artifact_digest, &bytes).map_err(InstallError::Internal)?;
        return Ok(bytes);
    }
    let r: AppRef = pin.reference.parse().map_err(|e| InstallError::BadReference(format!("{e:#}")))?;
    let (bytes, layer, _) = pull(server, &r.with_digest(&pin.digest), &pin.digest, progress).await?;
    if layer != pin.artifact_digest {
        return Err(InstallError::Integrity(format!(
            "{}: the registry's artifact {} is not the pinned {}",
            pin.reference,
            short(&layer),
            short(&pin.artifact_digest)
        )));
    }
    Ok(bytes)
}

/// Dependencies not yet installed in the tenant, fetched (recursively) into `plan` before the
/// app itself. A dependency without a reference must already be installed.
pub async fn dependencies(
    server: &Server,
    tenant: &str,
    bundle: &Bundle,
    plan: &mut Vec<Planned>,
    names: &mut Vec<String>,
    progress: Progress<'_>,
) -> Result<(), InstallError> {
    for d in &bundle.manifest.dependencies {
        if server.shared.apps.get(tenant, &d.app).is_some() || names.contains(&d.app) {
            continue;
        }
        let Some(reference) = &d.reference else {
            return Err(InstallError::Dependency(format!(
                "app `{}` needs app `{}`, which is not installed in tenant `{tenant}` and names no `reference` to install it from",
                bundle.manifest.name, d.app
            )));
        };
        progress("dependency", &format!("{} needs {} ({reference})", bundle.manifest.name, d.app));
        let source = Source::parse(reference).map_err(|e| InstallError::Dependency(format!("`{}`: {e}", d.app)))?;
        let f = Box::pin(fetch(server, tenant, &source, false, progress))
            .await
            .map_err(|e| InstallError::Dependency(format!("`{}` ({reference}): {e}", d.app)))?;
        if f.planned.bundle.manifest.name != d.app {
            return Err(InstallError::Dependency(format!(
                "{reference} is app `{}`, not the `{}` that `{}` depends on",
                f.planned.bundle.manifest.name, d.app, bundle.manifest.name
            )));
        }
        names.push(d.app.clone());
        let inner = f.planned.bundle.clone();
        Box::pin(dependencies(server, tenant, &inner, plan, names, progress)).await?;
        plan.push(f.planned);
    }
    Ok(())
}
