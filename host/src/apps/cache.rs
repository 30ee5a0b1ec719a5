//! The content-addressed cache of pulled app artifacts, at `<data-dir>/cache/apps`: artifacts
//! under `sha256/<hex>` by their own (layer) digest, manifests under `manifests/<hex>` by
//! manifest digest, so a restart maps a pinned manifest digest to its artifact without the
//! network. Writes are atomic (temp file + rename); every read re-verifies the hash, and a
//! corrupted file is deleted and reported as missing so it is pulled again.

use super::reference::check_digest;
use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The cache directory and what it holds.
#[derive(Debug, Clone)]
pub struct Cache {
    root: PathBuf,
}

impl Cache {
    /// The cache under a server's data directory: `<data_dir>/cache/apps`.
    pub fn new(data_dir: &Path) -> Cache {
        Cache::at(data_dir.join("cache").join("apps"))
    }

    /// A cache rooted at `root` exactly.
    pub fn at(root: PathBuf) -> Cache {
        Cache { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, kind: &str, digest: &str) -> Result<PathBuf> {
        check_digest(digest).map_err(|e| anyhow::anyhow!("cache: {e}"))?;
        Ok(self.root.join(kind).join(&digest["sha256:".len()..]))
    }

    /// Stores an artifact under its digest (`sha256:<hex>` of `bytes`; anything else is refused).
    pub fn put(&self, digest: &str, bytes: &[u8]) -> Result<PathBuf> {
        self.store("sha256", digest, bytes)
    }

    /// The artifact with `digest`, if cached and intact.
    pub fn get(&self, digest: &str) -> Result<Option<Vec<u8>>> {
        self.load("sha256", digest)
    }

    /// Stores a manifest under its digest.
    pub fn put_manifest(&self, digest: &str, bytes: &[u8]) -> Result<PathBuf> {
        self.store("manifests", digest, bytes)
    }

    /// The manifest with `digest`, if cached and intact.
    pub fn get_manifest(&self, digest: &str) -> Result<Option<Vec<u8>>> {
        self.load("manifests", digest)
    }

    /// The artifact a cached manifest points at: its single layer's digest, and the layer's bytes
    /// if they are cached too. `None` when the manifest is not cached.
    pub fn layer_of(&self, manifest_digest: &str) -> Result<Option<(String, Option<Vec<u8>>)>> {
        let Some(m) = self.get_manifest(manifest_digest)? else { return Ok(None) };
        let m: oci_client::manifest::OciImageManifest = serde_json::from_slice(&m)
            .with_context(|| format!("cached manifest {manifest_digest} is not an OCI image manifest"))?;
        let [layer] = m.layers.as_slice() else {
            bail!("cached manifest {manifest_digest} has {} layers; an app artifact has exactly one", m.layers.len());
        };
        let bytes = self.get(&layer.digest)?;
        Ok(Some((layer.digest.clone(), bytes)))
    }

    fn store(&self, kind: &str, digest: &str, bytes: &[u8]) -> Result<PathBuf> {
        let path = self.path(kind, digest)?;
        let actual = format!("sha256:{}", hex::encode(Sha256::digest(bytes)));
        if actual != digest {
            bail!("refusing to cache {digest}: the bytes hash to {actual}");
        }
        let dir = self.root.join(kind);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating the app cache {}", dir.display()))?;
        static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dir.join(format!(".tmp-{}-{n}", std::process::id()));
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        if let Err(e) = write() {
            let _ = std::fs::remove_file(&tmp);
            return Err(e).with_context(|| format!("writing {} to the app cache", path.display()));
        }
        Ok(path)
    }

    fn load(&self, kind: &str, digest: &str) -> Result<Option<Vec<u8>>> {
        let path = self.path(kind, digest)?;
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("reading {} from the app cache", path.display())),
        };
        if format!("sha256:{}", hex::encode(Sha256::digest(&bytes))) != digest {
            std::fs::remove_file(&path)
                .with_context(|| format!("removing the corrupted cache file {}", path.display()))?;
            return Ok(None);
        }
        Ok(Some(bytes))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn fresh(name: &str) -> Cache {
        let d = std::env::temp_dir().join(format!("temper-cache-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        Cache::new(&d)
    }

    fn digest(b: &[u8]) -> String {
        format!("sha256:{}", hex::encode(Sha256::digest(b)))
    }

    #[test]
    fn put_then_get() {
        let c = fresh("put");
        let d = digest(b"artifact");
        assert_eq!(c.get(&d).unwrap(), None);
        let path = c.put(&d, b"artifact").unwrap();
        assert!(path.starts_with(c.root().join("sha256")));
        assert_eq!(c.get(&d).unwrap().as_deref(), Some(&b"artifact"[..]));
        c.put(&d, b"artifact").unwrap();
        let leftovers = std::fs::read_dir(c.root().join("sha256")).unwrap().count();
        assert_eq!(leftovers, 1, "no temp files left behind");
    }

    #[test]
    fn wrong_digest_is_refused() {
        let c = fresh("wrong");
        let e = c.put(&digest(b"a"), b"b").unwrap_err().to_string();
        assert!(e.contains("refusing to cache") && e.contains(&digest(b"b")), "{e}");
        assert!(c.put("sha256:xyz", b"b").unwrap_err().to_string().contains("64 lowercase hex"));
    }

    #[test]
    fn a_corrupted_file_is_dropped() {
        let c = fresh("corrupt");
        let d = digest(b"artifact");
        let path = c.put(&d, b"artifact").unwrap();
        std::fs::write(&path, b"artifacT").unwrap();
        assert_eq!(c.get(&d).unwrap(), None);
        assert!(!path.exists(), "the corrupted file is deleted");
    }

    #[test]
    fn manifests_map_to_their_layer() {
        let c = fresh("manifest");
        let layer = b"the artifact";
        let ld = digest(layer);
        let m = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.wasm.config.v0+json", "digest": digest(b"{}"), "size": 2},
            "layers": [{"mediaType": "application/wasm", "digest": ld, "size": layer.len()}],
        })
        .to_string();
        let md = digest(m.as_bytes());
        assert_eq!(c.layer_of(&md).unwrap(), None);
        c.put_manifest(&md, m.as_bytes()).unwrap();
        assert_eq!(c.layer_of(&md).unwrap(), Some((ld.clone(), None)));
        c.put(&ld, layer).unwrap();
        assert_eq!(c.layer_of(&md).unwrap(), Some((ld, Some(layer.to_vec()))));
    }
}
