//! The bundle archive inside an app artifact's `temper-app` section: a small deterministic
//! format (no timestamps, no modes) holding an app's declarative files by relative path.
//!
//! Layout, all integers little-endian:
//! `b"TMPRAPP\0"`, `u32` version (1), `u32` file count, then per file in strictly ascending path
//! order `u32` path length, the UTF-8 path, `u32` data length, the data; last the SHA-256 of every
//! byte before it. Decoding is strict: a wrong magic or version, a bad path, an unsorted or
//! duplicate path, a length past the end, trailing bytes or a wrong checksum are all errors.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const MAGIC: &[u8; 8] = b"TMPRAPP\0";
const VERSION: u32 = 1;
/// The largest bundle (sum of the files' sizes) an artifact may carry.
pub const MAX_TOTAL: usize = 16 << 20;
/// The longest relative path in a bundle.
const MAX_PATH: usize = 1024;

/// Checks that `path` is a relative, `/`-separated path inside the app directory: no empty,
/// `.` or `..` segments, no leading `/`, no `\`, no control characters.
pub fn check_path(path: &str) -> Result<(), String> {
    if path.is_empty() || path.len() > MAX_PATH {
        return Err(format!("path {path:?} must be 1..={MAX_PATH} bytes"));
    }
    if path.starts_with('/') || path.contains('\\') || path.chars().any(char::is_control) {
        return Err(format!("path {path:?} must be relative and `/`-separated, without `\\` or control characters"));
    }
    if path.split('/').any(|s| s.is_empty() || s == "." || s == "..") {
        return Err(format!("path {path:?} must not hold empty, `.` or `..` segments"));
    }
    Ok(())
}

/// Encodes `files` (keys already checked with [`check_path`]); the same map always gives the
/// same bytes.
pub fn encode(files: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + files.iter().map(|(p, d)| 8 + p.len() + d.len()).sum::<usize>() + 32);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&len32(files.len()).to_le_bytes());
    for (path, data) in files {
        out.extend_from_slice(&len32(path.len()).to_le_bytes());
        out.extend_from_slice(path.as_bytes());
        out.extend_from_slice(&len32(data.len()).to_le_bytes());
        out.extend_from_slice(data);
    }
    let sum = Sha256::digest(&out);
    out.extend_from_slice(&sum);
    out
}

/// Lengths are bounded by [`MAX_TOTAL`] before encoding, so they always fit.
fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(|| {
            format!("{what} at byte {} runs past the end of the archive ({} bytes)", self.at, self.bytes.len())
        })?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn u32(&mut self, what: &str) -> Result<usize, String> {
        let b = self.take(4, what)?;
        let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        usize::try_from(n).map_err(|_| format!("{what} {n} does not fit in memory"))
    }
}

/// Decodes an archive written by [`encode`], strictly.
pub fn decode(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let Some(body_len) = bytes.len().checked_sub(32) else {
        return Err(format!("archive is {} bytes, too short to hold its checksum", bytes.len()));
    };
    let (body, sum) = bytes.split_at(body_len);
    if Sha256::digest(body).as_slice() != sum {
        return Err("archive checksum does not match its contents (tampered or corrupted)".into());
    }
    let mut r = Reader { bytes: body, at: 0 };
    if r.take(MAGIC.len(), "magic")? != MAGIC {
        return Err("archive does not start with the Temper bundle magic `TMPRAPP\\0`".into());
    }
    let version = r.u32("version")?;
    if version != VERSION as usize {
        return Err(format!("archive version {version} is not supported (this host reads version {VERSION})"));
    }
    let count = r.u32("file count")?;
    let mut files = BTreeMap::new();
    let mut total = 0usize;
    let mut last: Option<String> = None;
    for i in 0..count {
        let plen = r.u32("path length")?;
        let raw = r.take(plen, "path")?;
        let path = std::str::from_utf8(raw).map_err(|_| format!("file {i}: path is not UTF-8"))?.to_string();
        check_path(&path).map_err(|e| format!("file {i}: {e}"))?;
        if last.as_ref().is_some_and(|l| *l >= path) {
            return Err(format!("file {i}: path `{path}` is out of order or duplicated"));
        }
        let dlen = r.u32("data length")?;
        total = total.saturating_add(dlen);
        if total > MAX_TOTAL {
            return Err(format!("archive holds more than {MAX_TOTAL} bytes of files"));
        }
        let data = r.take(dlen, "file data")?.to_vec();
        last = Some(path.clone());
        files.insert(path, data);
    }
    if r.at != body.len() {
        return Err(format!("archive has {} trailing bytes after its {count} files", body.len() - r.at));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn sample() -> BTreeMap<String, Vec<u8>> {
        BTreeMap::from([
            ("app.toml".to_string(), b"name = \"a\"\n".to_vec()),
            ("specs/A.ioa.toml".to_string(), b"[automaton]\n".to_vec()),
            ("docs/empty.md".to_string(), Vec::new()),
        ])
    }

    #[test]
    fn round_trip_and_deterministic() {
        let a = encode(&sample());
        assert_eq!(a, encode(&sample()));
        assert_eq!(decode(&a).unwrap(), sample());
        assert_eq!(decode(&encode(&BTreeMap::new())).unwrap(), BTreeMap::new());
    }

    #[test]
    fn every_flipped_byte_is_caught() {
        let a = encode(&sample());
        for i in 0..a.len() {
            let mut t = a.clone();
            t[i] ^= 0x01;
            assert!(decode(&t).is_err(), "flip at {i} went unnoticed");
        }
        assert!(decode(&a[..a.len() - 1]).is_err());
        assert!(decode(&a[..10]).unwrap_err().contains("too short"));
    }

    /// Re-checksums a hand-made body, so the structural checks (not the checksum) are hit.
    fn sealed(body: &[u8]) -> Vec<u8> {
        let mut v = body.to_vec();
        v.extend_from_slice(&Sha256::digest(body));
        v
    }

    #[test]
    fn structure_is_checked_strictly() {
        let entry = |p: &str, d: &[u8]| {
            let mut v = (p.len() as u32).to_le_bytes().to_vec();
            v.extend_from_slice(p.as_bytes());
            v.extend_from_slice(&(d.len() as u32).to_le_bytes());
            v.extend_from_slice(d);
            v
        };
        let head = |n: u32| [MAGIC.as_slice(), &1u32.to_le_bytes(), &n.to_le_bytes()].concat();
        let unsorted = [head(2), entry("b", b"1"), entry("a", b"2")].concat();
        assert!(decode(&sealed(&unsorted)).unwrap_err().contains("out of order"));
        let escape = [head(1), entry("../x", b"1")].concat();
        assert!(decode(&sealed(&escape)).unwrap_err().contains("`..`"));
        let trailing = [head(1), entry("a", b"1"), b"zz".to_vec()].concat();
        assert!(decode(&sealed(&trailing)).unwrap_err().contains("trailing"));
        let short = [head(2), entry("a", b"1")].concat();
        assert!(decode(&sealed(&short)).unwrap_err().contains("past the end"));
        let v2 = [MAGIC.as_slice(), &2u32.to_le_bytes(), &0u32.to_le_bytes()].concat();
        assert!(decode(&sealed(&v2)).unwrap_err().contains("version 2"));
    }

    #[test]
    fn paths_must_stay_inside() {
        for bad in ["", "/etc/passwd", "a/../b", "./a", "a//b", "a\\b", "a/"] {
            assert!(check_path(bad).is_err(), "{bad:?}");
        }
        assert!(check_path("specs/sub/A.ioa.toml").is_ok());
    }
}
