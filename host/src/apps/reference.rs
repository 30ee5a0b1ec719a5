//! An app's OCI reference, `<registry>/<namespace…>/<name>:<tag>` or `…@sha256:<64 hex>`
//! (both may be given), parsed strictly: an explicit registry host, lowercase repository
//! segments, a valid tag, a full sha256 digest. Re-exported as [`super::oci::AppRef`].

use std::fmt;
use std::str::FromStr;

/// A parsed app reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AppRef {
    /// `host[:port]`, e.g. `ghcr.io` or `127.0.0.1:5000`.
    pub registry: String,
    /// `namespace…/name`, at least two segments, e.g. `acme/orders`.
    pub repository: String,
    pub tag: Option<String>,
    /// `sha256:<64 lowercase hex>`.
    pub digest: Option<String>,
}

const EXAMPLE: &str = "e.g. `ghcr.io/acme/orders:0.1.0` or `127.0.0.1:5000/acme/orders@sha256:<64 hex>`";

impl AppRef {
    /// `<registry>/<every repository segment before the name>`: the Cedar resource
    /// `Registry::"…"` an install is authorized against.
    pub fn namespace(&self) -> String {
        match self.repository.rsplit_once('/') {
            Some((ns, _)) => format!("{}/{ns}", self.registry),
            None => self.registry.clone(),
        }
    }

    /// The app's name: the last repository segment.
    pub fn name(&self) -> &str {
        self.repository.rsplit('/').next().unwrap_or(&self.repository)
    }

    /// The same reference pinned to `digest` (the tag is kept for display).
    pub fn with_digest(&self, digest: impl Into<String>) -> AppRef {
        AppRef { digest: Some(digest.into()), ..self.clone() }
    }

    /// The reference in oci-client's type.
    pub(crate) fn oci(&self) -> anyhow::Result<oci_client::Reference> {
        self.to_string().parse().map_err(|e| anyhow::anyhow!("reference `{self}` is not valid for the OCI client: {e}"))
    }
}

/// Checks a `sha256:<64 lowercase hex>` digest.
pub fn check_digest(d: &str) -> Result<(), String> {
    let Some(hex) = d.strip_prefix("sha256:") else {
        return Err(format!("digest `{d}` must start with `sha256:` (the only algorithm supported)"));
    };
    if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c)) {
        return Err(format!("digest `{d}` must be `sha256:` followed by 64 lowercase hex digits"));
    }
    Ok(())
}

fn check_registry(host: &str, s: &str) -> Result<(), String> {
    let looks_like_host = host.contains('.') || host.contains(':') || host == "localhost";
    if !looks_like_host {
        return Err(format!(
            "`{s}` names no registry host (`{host}` is not a host name): write `<registry>/<namespace>/<name>:<tag>`, {EXAMPLE}"
        ));
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let (ip, port) =
            rest.split_once(']').ok_or_else(|| format!("registry `{host}`: unclosed `[` in an IPv6 address"))?;
        if ip.is_empty() || !ip.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
            return Err(format!("registry `{host}`: `{ip}` is not an IPv6 address"));
        }
        let port = match port {
            "" => None,
            p => Some(p.strip_prefix(':').unwrap_or(p)),
        };
        (None, port)
    } else {
        match host.split_once(':') {
            Some((n, p)) => (Some(n), Some(p)),
            None => (Some(host), None),
        }
    };
    if let Some(n) = name
        && (n.is_empty()
            || n.starts_with(['.', '-'])
            || !n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'))
    {
        return Err(format!(
            "registry `{host}` must be a lowercase host name (a-z, 0-9, `.`, `-`) with an optional `:port`"
        ));
    }
    if let Some(p) = port
        && !p.parse::<u16>().is_ok_and(|p| p != 0)
    {
        return Err(format!("registry `{host}`: port `{p}` must be a number in 1..=65535"));
    }
    Ok(())
}

/// One repository segment: `[a-z0-9]+([._-][a-z0-9]+)*` (the OCI distribution grammar, with
/// `__` and runs of `-` allowed as separators).
fn check_segment(seg: &str, s: &str) -> Result<(), String> {
    if seg.is_empty() {
        return Err(format!("`{s}` has an empty path segment; write `<registry>/<namespace>/<name>:<tag>`"));
    }
    if seg.chars().any(|c| c.is_ascii_uppercase()) {
        return Err(format!(
            "repository segment `{seg}` in `{s}` has uppercase letters; OCI repository names are lowercase"
        ));
    }
    let ok_chars = seg.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    let alnum_ends =
        seg.starts_with(|c: char| c.is_ascii_alphanumeric()) && seg.ends_with(|c: char| c.is_ascii_alphanumeric());
    if !ok_chars || !alnum_ends || seg.contains("..") || seg.contains("___") {
        return Err(format!(
            "repository segment `{seg}` in `{s}` may hold only a-z, 0-9 and single `.`, `_`/`__` or `-` between them"
        ));
    }
    Ok(())
}

fn check_tag(tag: &str, s: &str) -> Result<(), String> {
    let ok = !tag.is_empty()
        && tag.len() <= 128
        && tag.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !ok {
        return Err(format!(
            "tag `{tag}` in `{s}` must be 1–128 of A-Z, a-z, 0-9, `.`, `_`, `-`, not starting with `.` or `-`"
        ));
    }
    Ok(())
}

impl FromStr for AppRef {
    type Err = String;

    fn from_str(s: &str) -> Result<AppRef, String> {
        if s.contains("://") {
            return Err(format!("`{s}` is a URL; write the reference without a scheme, {EXAMPLE}"));
        }
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => {
                check_digest(d)?;
                (r, Some(d.to_string()))
            }
            None => (s, None),
        };
        let Some((registry, path)) = rest.split_once('/') else {
            return Err(format!(
                "`{s}` names no registry host: write `<registry>/<namespace>/<name>:<tag>`, {EXAMPLE}"
            ));
        };
        check_registry(registry, s)?;
        let (repository, tag) = match path.rsplit_once('/').map_or(path, |(_, last)| last).rsplit_once(':') {
            Some((_, tag)) => (&path[..path.len() - tag.len() - 1], Some(tag.to_string())),
            None => (path, None),
        };
        let segments: Vec<&str> = repository.split('/').collect();
        for seg in &segments {
            check_segment(seg, s)?;
        }
        if segments.len() < 2 {
            return Err(format!(
                "`{s}` has no namespace: write `<registry>/<namespace>/<name>` (the namespace is what install \
                 policies name), {EXAMPLE}"
            ));
        }
        if repository.len() > 255 {
            return Err(format!("repository `{repository}` is longer than 255 characters"));
        }
        if let Some(t) = &tag {
            check_tag(t, s)?;
        }
        if tag.is_none() && digest.is_none() {
            return Err(format!(
                "`{s}` names no tag or digest: add `:<version>` (e.g. `:0.1.0`) or `@sha256:<digest>`"
            ));
        }
        Ok(AppRef { registry: registry.to_string(), repository: repository.to_string(), tag, digest })
    }
}

impl fmt::Display for AppRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.registry, self.repository)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const D: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn good_references() {
        let r: AppRef = "ghcr.io/acme/orders:0.1.0".parse().unwrap();
        assert_eq!(
            (r.registry.as_str(), r.repository.as_str(), r.tag.as_deref()),
            ("ghcr.io", "acme/orders", Some("0.1.0"))
        );
        assert_eq!(r.namespace(), "ghcr.io/acme");
        assert_eq!(r.name(), "orders");
        assert_eq!(r.to_string(), "ghcr.io/acme/orders:0.1.0");
        let p: AppRef = format!("127.0.0.1:5000/acme/team/orders@{D}").parse().unwrap();
        assert_eq!((p.registry.as_str(), p.tag.as_deref(), p.digest.as_deref()), ("127.0.0.1:5000", None, Some(D)));
        assert_eq!(p.namespace(), "127.0.0.1:5000/acme/team");
        let both: AppRef = format!("localhost:5000/a/b:1.0@{D}").parse().unwrap();
        assert_eq!(both.to_string(), format!("localhost:5000/a/b:1.0@{D}"));
        assert_eq!(r.with_digest(D).to_string(), format!("ghcr.io/acme/orders:0.1.0@{D}"));
        let v6: AppRef = "[::1]:5000/a/b:x".parse().unwrap();
        assert_eq!(v6.registry, "[::1]:5000");
        assert!("registry.example.com/my_org/my-app.v2:latest".parse::<AppRef>().is_ok());
        assert!(r.oci().is_ok() && p.oci().is_ok());
    }

    #[test]
    fn bad_references_say_why() {
        let e = |s: &str| s.parse::<AppRef>().unwrap_err();
        assert!(e("acme/orders:1.0").contains("names no registry host"), "{}", e("acme/orders:1.0"));
        assert!(e("orders:1.0").contains("names no registry host"));
        assert!(e("ghcr.io/orders:1.0").contains("has no namespace"));
        assert!(e("ghcr.io/Acme/orders:1.0").contains("uppercase"));
        assert!(e("GHCR.io/acme/orders:1.0").contains("lowercase host"));
        assert!(e("ghcr.io/acme/orders").contains("no tag or digest"));
        assert!(e("ghcr.io/acme/orders@sha256:abc").contains("64 lowercase hex"));
        assert!(e("ghcr.io/acme/orders@md5:abc").contains("must start with `sha256:`"));
        assert!(
            e(&format!("ghcr.io/acme/orders@{}", D.to_uppercase().replace("SHA", "sha"))).contains("lowercase hex")
        );
        assert!(e("ghcr.io/acme/orders:.bad").contains("tag `.bad`"));
        assert!(e("ghcr.io/acme//orders:1").contains("empty path segment"));
        assert!(e("ghcr.io/acme/-x:1").contains("may hold only"));
        assert!(e("localhost:99999/a/b:1").contains("port `99999`"));
        assert!(e("https://ghcr.io/a/b:1").contains("is a URL"));
    }
}
