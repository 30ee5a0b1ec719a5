//! Which files of an app directory go into its artifact's bundle: `app.toml`, `README.md`,
//! `specs/**/*.ioa.toml` and `*.csdl.xml`, `policies/**/*.cedar`, `seed/**/*.json` and
//! everything under `docs/` (dot-files skipped). Paths are relative and `/`-separated; a symlink
//! may point only inside the directory; names must be UTF-8; the total is capped.

use super::archive::{self, MAX_TOTAL};
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How deep directories may nest (also stops symlink loops inside the app directory).
const MAX_DEPTH: usize = 16;

type Filter = fn(&str) -> bool;

const TREES: &[(&str, Filter)] = &[
    ("specs", |n| n.ends_with(".ioa.toml") || n.ends_with(".csdl.xml")),
    ("policies", |n| n.ends_with(".cedar")),
    ("seed", |n| n.ends_with(".json")),
    ("docs", |_| true),
];

struct Walk {
    root: PathBuf,
    files: BTreeMap<String, Vec<u8>>,
    total: usize,
}

/// The bundle files of the app in `dir`, by relative path.
pub fn bundle_files(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
    let root = dir.canonicalize().with_context(|| format!("opening the app directory {}", dir.display()))?;
    let mut w = Walk { root, files: BTreeMap::new(), total: 0 };
    for top in [super::manifest::FILE, "README.md"] {
        match w.target(&dir.join(top), top)? {
            Some(Kind::File(p)) => w.add(&p, top.to_string())?,
            Some(Kind::Dir(_)) => bail!("{} is a directory; it must be a file", dir.join(top).display()),
            None if top == super::manifest::FILE => {
                bail!("{} not found: an app directory needs an app.toml", dir.join(top).display())
            }
            None => {}
        }
    }
    for (tree, filter) in TREES {
        if let Some(Kind::Dir(p)) = w.target(&dir.join(tree), tree)? {
            w.walk(&p, tree, *filter, 1)?;
        }
    }
    Ok(w.files)
}

enum Kind {
    File(PathBuf),
    Dir(PathBuf),
}

impl Walk {
    /// What `path` is, following a symlink only if it stays inside the app directory.
    fn target(&self, path: &Path, rel: &str) -> Result<Option<Kind>> {
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        let real = if meta.file_type().is_symlink() {
            let real =
                path.canonicalize().with_context(|| format!("`{rel}` is a broken symlink ({})", path.display()))?;
            if !real.starts_with(&self.root) {
                bail!(
                    "`{rel}` is a symlink to {}, outside the app directory {}; copy the file into the app instead",
                    real.display(),
                    self.root.display()
                );
            }
            real
        } else {
            path.to_path_buf()
        };
        let meta = std::fs::metadata(&real).with_context(|| format!("reading {}", real.display()))?;
        Ok(if meta.is_dir() {
            Some(Kind::Dir(real))
        } else if meta.is_file() {
            Some(Kind::File(real))
        } else {
            None
        })
    }

    fn walk(&mut self, dir: &Path, rel: &str, filter: Filter, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            bail!("`{rel}` nests directories more than {MAX_DEPTH} deep (a symlink loop?); flatten it");
        }
        let entries = std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("listing {}", dir.display()))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                bail!("a file name under `{rel}` is not UTF-8 ({:?}); rename it", entry.path());
            };
            if name.starts_with('.') {
                continue;
            }
            let child = format!("{rel}/{name}");
            match self.target(&entry.path(), &child)? {
                Some(Kind::Dir(p)) => self.walk(&p, &child, filter, depth + 1)?,
                Some(Kind::File(p)) if filter(name) => self.add(&p, child)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn add(&mut self, path: &Path, rel: String) -> Result<()> {
        archive::check_path(&rel).map_err(|e| anyhow::anyhow!("{e} ({})", path.display()))?;
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        self.total = self.total.saturating_add(bytes.len());
        if self.total > MAX_TOTAL {
            bail!(
                "the app's bundle files exceed {} MiB (at `{rel}`); keep large files out of specs/, policies/, \
                 seed/ and docs/",
                MAX_TOTAL >> 20
            );
        }
        self.files.insert(rel, bytes);
        Ok(())
    }
}
