//! App artifacts in OCI registries: push with the CNCF Wasm media types (oci-wasm), resolve a
//! tag to its manifest digest, and pull by digest with every byte verified (the manifest against
//! the requested digest, the one `application/wasm` layer against its descriptor's digest and
//! size). Loopback registries and `TEMPER_INSECURE_REGISTRIES` speak plain HTTP, all others HTTPS.

use super::artifact;
pub use super::reference::AppRef;
use super::wasm_config::AppConfig;
use anyhow::{Context, Result, bail};
use oci_client::client::{ClientConfig, ClientProtocol, ImageLayer};
use oci_client::errors::{OciDistributionError, OciErrorCode};
use oci_client::manifest::OciImageManifest;
pub use oci_client::secrets::RegistryAuth;
use oci_wasm::{WASM_LAYER_MEDIA_TYPE, WASM_MANIFEST_CONFIG_MEDIA_TYPE, WASM_MANIFEST_MEDIA_TYPE, WasmClient};
use std::collections::BTreeMap;
use std::time::Duration;

/// The largest artifact [`OciClient::pull`] accepts.
pub const MAX_ARTIFACT: u64 = 256 << 20;

/// What a push wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    /// `sha256:…` of the manifest: pin installs to this.
    pub manifest_digest: String,
    /// `sha256:…` of the artifact itself (the layer).
    pub layer_digest: String,
}

/// A verified pull.
#[derive(Debug, Clone)]
pub struct Pulled {
    pub manifest_digest: String,
    pub layer_digest: String,
    /// The raw manifest, as hashed (for [`super::cache::Cache::put_manifest`]).
    pub manifest: Vec<u8>,
    /// The artifact (the layer's bytes).
    pub bytes: Vec<u8>,
}

/// An OCI client for app artifacts.
pub struct OciClient {
    http: WasmClient,
    https: WasmClient,
    insecure: Vec<String>,
    auth: RegistryAuth,
}

fn client(protocol: ClientProtocol) -> WasmClient {
    WasmClient::new(oci_client::Client::new(ClientConfig {
        protocol,
        connect_timeout: Some(Duration::from_secs(10)),
        read_timeout: Some(Duration::from_secs(60)),
        ..Default::default()
    }))
}

/// Whether `registry` is on the loopback interface (`127.0.0.1:*`, `localhost:*`, `[::1]:*`).
pub fn is_loopback(registry: &str) -> bool {
    let host = registry
        .rsplit_once(':')
        .filter(|(h, p)| !h.ends_with(':') && p.parse::<u16>().is_ok())
        .map_or(registry, |(h, _)| h);
    matches!(host, "localhost" | "[::1]") || host.starts_with("127.")
}

impl OciClient {
    /// A client speaking plain HTTP to loopback registries and to `insecure` (exact
    /// `host[:port]`s), HTTPS to all others, authenticating with `auth`.
    pub fn new(insecure: Vec<String>, auth: RegistryAuth) -> OciClient {
        OciClient { http: client(ClientProtocol::Http), https: client(ClientProtocol::Https), insecure, auth }
    }

    /// [`OciClient::new`] from the environment: `TEMPER_INSECURE_REGISTRIES` (comma-separated
    /// `host[:port]`s), and basic auth from `TEMPER_REGISTRY_USER` and `TEMPER_REGISTRY_PASSWORD`
    /// (both or neither; anonymous otherwise).
    pub fn from_env() -> Result<OciClient> {
        let insecure = std::env::var("TEMPER_INSECURE_REGISTRIES")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let auth = match (std::env::var("TEMPER_REGISTRY_USER"), std::env::var("TEMPER_REGISTRY_PASSWORD")) {
            (Ok(u), Ok(p)) => RegistryAuth::Basic(u, p),
            (Err(_), Err(_)) => RegistryAuth::Anonymous,
            _ => bail!("set both TEMPER_REGISTRY_USER and TEMPER_REGISTRY_PASSWORD for basic auth, or neither"),
        };
        Ok(OciClient::new(insecure, auth))
    }

    fn plain_http(&self, registry: &str) -> bool {
        is_loopback(registry) || self.insecure.iter().any(|r| r == registry)
    }

    fn for_ref(&self, r: &AppRef) -> &WasmClient {
        if self.plain_http(&r.registry) { &self.http } else { &self.https }
    }

    /// Pushes `artifact` (it must read as an app artifact) to `r` by tag, with the CNCF Wasm media
    /// types, a deterministic config and the annotations `org.opencontainers.image.title`,
    /// `.version` and `.description` from its manifest (plus `annotations`, which win).
    pub async fn push(&self, r: &AppRef, artifact: &[u8], annotations: BTreeMap<String, String>) -> Result<Pushed> {
        let tag_ref = AppRef { digest: None, ..r.clone() };
        if tag_ref.tag.is_none() {
            bail!("push needs a tag: `{r}` has only a digest; write `{}/{}:<version>`", r.registry, r.repository);
        }
        let bundle = artifact::read(artifact).context("refusing to push: not a valid app artifact")?;
        let layer_digest = artifact::digest(artifact);
        let mut all = BTreeMap::from([
            ("org.opencontainers.image.title".to_string(), bundle.manifest.name.clone()),
            ("org.opencontainers.image.version".to_string(), bundle.manifest.version.clone()),
        ]);
        if !bundle.manifest.description.is_empty() {
            all.insert("org.opencontainers.image.description".into(), bundle.manifest.description.clone());
        }
        all.extend(annotations);
        let config = AppConfig::new(&layer_digest, bundle.modules.keys().cloned().collect());
        let layer =
            ImageLayer { data: artifact.to_vec().into(), media_type: WASM_LAYER_MEDIA_TYPE.into(), annotations: None };
        let oci_ref = tag_ref.oci()?;
        let client = self.for_ref(r);
        let response =
            client.push(&oci_ref, &self.auth, layer, config, Some(all)).await.map_err(|e| match e
                .downcast::<OciDistributionError>()
            {
                Ok(oe) => describe(oe, r, "push", self),
                Err(e) => e.context(format!("pushing `{r}`")),
            })?;
        let from_location =
            response.manifest_url.rsplit('/').next().filter(|d| super::reference::check_digest(d).is_ok());
        let manifest_digest = match from_location {
            Some(d) => d.to_string(),
            None => self.resolve(&tag_ref).await?,
        };
        Ok(Pushed { manifest_digest, layer_digest })
    }

    /// The manifest digest `r`'s tag points at now; for a reference with a digest, the manifest
    /// is fetched and checked against it.
    pub async fn resolve(&self, r: &AppRef) -> Result<String> {
        if let Some(d) = &r.digest {
            self.manifest(r, d).await?;
            return Ok(d.clone());
        }
        let client: &oci_client::Client = self.for_ref(r);
        let digest =
            client.fetch_manifest_digest(&r.oci()?, &self.auth).await.map_err(|e| describe(e, r, "resolve", self))?;
        super::reference::check_digest(&digest)
            .map_err(|e| anyhow::anyhow!("registry `{}` answered a bad digest: {e}", r.registry))?;
        Ok(digest)
    }

    /// The raw manifest `r@digest`, verified against the digest.
    async fn manifest(&self, r: &AppRef, digest: &str) -> Result<Vec<u8>> {
        let pinned = AppRef { tag: None, ..r.with_digest(digest) };
        let client: &oci_client::Client = self.for_ref(r);
        let accept = [WASM_MANIFEST_MEDIA_TYPE];
        let (body, _) = client
            .pull_manifest_raw(&pinned.oci()?, &self.auth, &accept)
            .await
            .map_err(|e| describe(e, &pinned, "pull", self))?;
        let actual = artifact::digest(&body);
        if actual != digest {
            bail!("manifest of `{r}` is tampered or corrupted: requested {digest}, the registry served {actual}");
        }
        Ok(body.to_vec())
    }

    /// Pulls the artifact `r` pins (it must carry a digest), verifying the manifest's digest,
    /// its media types (a Wasm config and exactly one `application/wasm` layer) and the layer's
    /// digest and size.
    pub async fn pull(&self, r: &AppRef) -> Result<Pulled> {
        let Some(digest) = r.digest.clone() else {
            bail!("pull needs a digest: `{r}` has only a tag; resolve it first (`OciClient::resolve`)");
        };
        let manifest = self.manifest(r, &digest).await?;
        let m: OciImageManifest = serde_json::from_slice(&manifest)
            .map_err(|e| anyhow::anyhow!("manifest of `{r}` is not an OCI image manifest: {e}"))?;
        if let Some(mt) = m.media_type.as_deref().filter(|mt| *mt != WASM_MANIFEST_MEDIA_TYPE) {
            bail!("`{r}` is a `{mt}`, not an OCI image manifest (`{WASM_MANIFEST_MEDIA_TYPE}`)");
        }
        if m.config.media_type != WASM_MANIFEST_CONFIG_MEDIA_TYPE {
            bail!(
                "`{r}` is not a Wasm artifact: its config is `{}`, expected `{WASM_MANIFEST_CONFIG_MEDIA_TYPE}`",
                m.config.media_type
            );
        }
        let layer = match m.layers.as_slice() {
            [l] if l.media_type == WASM_LAYER_MEDIA_TYPE => l,
            layers => bail!(
                "`{r}` must hold exactly one `{WASM_LAYER_MEDIA_TYPE}` layer; it holds [{}]",
                layers.iter().map(|l| l.media_type.as_str()).collect::<Vec<_>>().join(", ")
            ),
        };
        super::reference::check_digest(&layer.digest).map_err(|e| anyhow::anyhow!("`{r}`: layer {e}"))?;
        let size = u64::try_from(layer.size)
            .ok()
            .filter(|&s| s <= MAX_ARTIFACT)
            .ok_or_else(|| anyhow::anyhow!("`{r}`: layer size {} is not in 0..={MAX_ARTIFACT} bytes", layer.size))?;
        let mut out = Capped { buf: Vec::new(), limit: usize::try_from(size).unwrap_or(usize::MAX) };
        let client: &oci_client::Client = self.for_ref(r);
        let pinned = AppRef { tag: None, ..r.clone() };
        client
            .pull_blob(&pinned.oci()?, layer, &mut out)
            .await
            .map_err(|e| describe(e, r, "pull the layer of", self))?;
        let actual = artifact::digest(&out.buf);
        if actual != layer.digest || out.buf.len() as u64 != size {
            bail!(
                "layer of `{r}` is tampered or corrupted: the manifest says {} ({size} bytes), the registry served {actual} ({} bytes)",
                layer.digest,
                out.buf.len()
            );
        }
        Ok(Pulled { manifest_digest: digest, layer_digest: actual, manifest, bytes: out.buf })
    }
}

/// A sink that refuses more bytes than the layer descriptor announced.
struct Capped {
    buf: Vec<u8>,
    limit: usize,
}

impl tokio::io::AsyncWrite for Capped {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        data: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        if self.buf.len().saturating_add(data.len()) > self.limit {
            let msg = format!(
                "the registry sent more than the {} bytes the manifest announced (tampered or corrupted)",
                self.limit
            );
            return std::task::Poll::Ready(Err(std::io::Error::other(msg)));
        }
        self.buf.extend_from_slice(data);
        std::task::Poll::Ready(Ok(data.len()))
    }

    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

/// An oci-client error as a message that names the registry or reference and says what to do.
fn describe(e: OciDistributionError, r: &AppRef, what: &str, c: &OciClient) -> anyhow::Error {
    let scheme = if c.plain_http(&r.registry) { "http" } else { "https" };
    let auth_hint = "check TEMPER_REGISTRY_USER and TEMPER_REGISTRY_PASSWORD";
    match &e {
        OciDistributionError::RequestError(re) if re.is_connect() || re.is_timeout() || re.is_request() => {
            let mut chain = re.to_string();
            let mut source = std::error::Error::source(re);
            while let Some(s) = source {
                chain.push_str(": ");
                chain.push_str(&s.to_string());
                source = s.source();
            }
            anyhow::anyhow!(
                "cannot reach registry `{}` over {scheme} to {what} `{r}`: {chain}; is the registry running and the \
                 address right? (plain HTTP is used for loopback and TEMPER_INSECURE_REGISTRIES)",
                r.registry
            )
        }
        OciDistributionError::RegistryError { envelope, .. } => {
            let codes: Vec<&OciErrorCode> = envelope.errors.iter().map(|x| &x.code).collect();
            let msgs = envelope.errors.iter().map(|x| x.message.as_str()).collect::<Vec<_>>().join("; ");
            if codes.iter().any(|c| {
                matches!(
                    c,
                    OciErrorCode::ManifestUnknown
                        | OciErrorCode::NameUnknown
                        | OciErrorCode::NotFound
                        | OciErrorCode::BlobUnknown
                )
            }) {
                anyhow::anyhow!("no such tag/manifest: `{r}` ({msgs})")
            } else if codes.iter().any(|c| matches!(c, OciErrorCode::Unauthorized | OciErrorCode::Denied)) {
                anyhow::anyhow!("registry `{}` refused to let us {what} `{r}` ({msgs}); {auth_hint}", r.registry)
            } else {
                anyhow::anyhow!("registry `{}` refused to {what} `{r}`: {msgs}", r.registry)
            }
        }
        OciDistributionError::ServerError { code: 404, .. } | OciDistributionError::ImageManifestNotFoundError(_) => {
            anyhow::anyhow!("no such tag/manifest: `{r}`")
        }
        OciDistributionError::ServerError { code: 401 | 403, .. }
        | OciDistributionError::UnauthorizedError { .. }
        | OciDistributionError::AuthenticationFailure(_) => {
            anyhow::anyhow!("registry `{}` refused to let us {what} `{r}`: {e}; {auth_hint}", r.registry)
        }
        OciDistributionError::DigestError(d) => anyhow::anyhow!("`{r}` is tampered or corrupted: {d}"),
        _ => anyhow::anyhow!("could not {what} `{r}` at registry `{}`: {e}", r.registry),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn loopback_is_plain_http() {
        for r in ["127.0.0.1:5000", "localhost:5000", "[::1]:5000", "localhost"] {
            assert!(is_loopback(r), "{r}");
        }
        for r in ["ghcr.io", "example.com:5000", "10.0.0.1:5000", "localhost.example.com"] {
            assert!(!is_loopback(r), "{r}");
        }
        let c = OciClient::new(vec!["reg.lan:5000".into()], RegistryAuth::Anonymous);
        assert!(c.plain_http("reg.lan:5000") && !c.plain_http("reg.lan:5001"));
    }
}
