//! The strict reader of an app's `app.toml`: `name`, `version`, `description`, `core`,
//! `[[wasm_modules]]` (each `name`, optional `wasm` path relative to the app directory, optional
//! budgets `fuel`, `memory_mb`, `timeout_ms`, `max_response_bytes`), `[[dependencies]]` and
//! `[[subscriptions]]` (read in [`super::sections`]). Unknown keys and bad values are errors that
//! say what is allowed and how to fix them; every problem is reported at once.

pub use super::sections::{Dependency, Subscription};
use crate::integrations::Budgets;
use crate::integrations::budgets::{FUEL_RANGE, MEMORY_MB_RANGE, RESPONSE_BYTES_RANGE, WALL_MS_RANGE};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// The file name of an app's manifest inside its directory.
pub const FILE: &str = "app.toml";

const TOP_KEYS: &[&str] = &["name", "version", "description", "core", "wasm_modules", "dependencies", "subscriptions"];
const MODULE_KEYS: &[&str] = &["name", "wasm", "fuel", "memory_mb", "timeout_ms", "max_response_bytes"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppManifest {
    pub name: String,
    pub version: String,
    pub description: String,
    /// `temper-host up` installs a core app on first start.
    pub core: bool,
    pub wasm_modules: Vec<WasmModule>,
    pub dependencies: Vec<Dependency>,
    pub subscriptions: Vec<Subscription>,
}

/// One `[[wasm_modules]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WasmModule {
    pub name: String,
    /// The component file, relative to the app directory, if the manifest names one.
    pub wasm: Option<PathBuf>,
    /// The defaults ([`Budgets::default`]) for every budget the manifest leaves out.
    pub budgets: Budgets,
}

impl WasmModule {
    /// Where the module's component is: `wasm` under `app_dir` if given, else the built
    /// `integrations/<name>.wasm` ([`crate::runtime::engine::locate_component`] in
    /// `components_dir`, `$TEMPER_COMPONENTS_DIR` or next to the binary).
    pub fn resolve(&self, app_dir: &Path, components_dir: Option<&Path>) -> Result<PathBuf> {
        match &self.wasm {
            Some(rel) => {
                let path = app_dir.join(rel);
                anyhow::ensure!(path.is_file(), "module `{}`: `wasm` file {} not found", self.name, path.display());
                Ok(path)
            }
            None => crate::runtime::engine::locate_component(&format!("integrations/{}", self.name), components_dir),
        }
    }
}

/// The manifest's problems, one per line (`app.toml:LINE: message`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .problems.join("\n"))]
pub struct ManifestError {
    pub problems: Vec<String>,
}

/// Reads `<dir>/app.toml`.
pub fn read(dir: &Path) -> Result<AppManifest> {
    let path = dir.join(FILE);
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(parse(&text, &path.display().to_string())?)
}

pub(super) struct Problems<'a> {
    file: &'a str,
    text: &'a str,
    pub(super) list: Vec<String>,
}

impl Problems<'_> {
    pub(super) fn at(&mut self, offset: usize, message: String) {
        let line = self.text.get(..offset).map_or(1, |t| t.matches('\n').count() + 1);
        self.list.push(format!("{}:{line}: {message}", self.file));
    }
}

/// Parses a manifest's text; `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<AppManifest, ManifestError> {
    let doc = DeTable::parse(text).map_err(|e| ManifestError { problems: vec![format!("{file}: {e}")] })?;
    let root = doc.get_ref();
    let mut p = Problems { file, text, list: Vec::new() };
    unknown(&mut p, root, "the top level", TOP_KEYS);
    let name = string(&mut p, root, "name", true).unwrap_or_default();
    let version = string(&mut p, root, "version", true).unwrap_or_default();
    let description = string(&mut p, root, "description", false).unwrap_or_default();
    let core = match root.get("core").map(|i| (i.span().start, i.get_ref())) {
        None => false,
        Some((_, DeValue::Boolean(b))) => *b,
        Some((at, _)) => {
            p.at(at, "`core` must be `true` or `false`".into());
            false
        }
    };
    let dependencies = super::sections::dependencies(&mut p, root);
    let subscriptions = super::sections::subscriptions(&mut p, root);
    let mut wasm_modules: Vec<WasmModule> = Vec::new();
    if let Some(item) = root.get("wasm_modules") {
        match item.get_ref() {
            DeValue::Array(items) => {
                for entry in items {
                    let start = entry.span().start;
                    match entry.get_ref() {
                        DeValue::Table(t) => {
                            if let Some(m) = module(&mut p, t, start) {
                                if wasm_modules.iter().any(|o| o.name == m.name) {
                                    p.at(
                                        start,
                                        format!("module `{}` is declared twice; give each a unique `name`", m.name),
                                    );
                                }
                                wasm_modules.push(m);
                            }
                        }
                        _ => p.at(start, "`wasm_modules` entries must be tables: write `[[wasm_modules]]`".into()),
                    }
                }
            }
            _ => p.at(item.span().start, "`wasm_modules` must be an array of tables: write `[[wasm_modules]]`".into()),
        }
    }
    if p.list.is_empty() {
        Ok(AppManifest { name, version, description, core, wasm_modules, dependencies, subscriptions })
    } else {
        Err(ManifestError { problems: p.list })
    }
}

fn module(p: &mut Problems<'_>, t: &DeTable<'_>, start: usize) -> Option<WasmModule> {
    unknown(p, t, "[[wasm_modules]]", MODULE_KEYS);
    let name = string(p, t, "name", true);
    if let Some(n) = &name
        && !kebab(n)
    {
        p.at(
            start,
            format!(
                "module name `{n}` must be kebab-case — lowercase words of a-z and 0-9 joined by single `-`, starting with a letter (e.g. `payments`, `send-mail`): it is the artifact's export name"
            ),
        );
    }
    let wasm = string(p, t, "wasm", false).map(PathBuf::from);
    if let Some(w) = &wasm
        && (w.is_absolute() || w.components().any(|c| matches!(c, std::path::Component::ParentDir)))
    {
        p.at(start, format!("`wasm` = {w:?} must be a path inside the app directory (e.g. `modules/payments.wasm`)"));
    }
    let mut budgets = Budgets::default();
    if let Some(v) = int(p, t, "fuel", FUEL_RANGE, "fuel = 1000000000") {
        budgets.fuel = v;
    }
    if let Some(v) = int(p, t, "memory_mb", MEMORY_MB_RANGE, "memory_mb = 64") {
        budgets.memory_bytes = usize::try_from(v << 20).unwrap_or(usize::MAX);
    }
    if let Some(v) = int(p, t, "timeout_ms", WALL_MS_RANGE, "timeout_ms = 30000") {
        budgets.wall_ms = v;
    }
    if let Some(v) = int(p, t, "max_response_bytes", RESPONSE_BYTES_RANGE, "max_response_bytes = 1048576") {
        budgets.max_response_bytes = v;
    }
    Some(WasmModule { name: name?, wasm, budgets })
}

/// A component-model export name: `word(-word)*`, words of a-z and 0-9, the first a letter.
fn kebab(n: &str) -> bool {
    n.starts_with(|c: char| c.is_ascii_lowercase())
        && n.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

pub(super) fn unknown(p: &mut Problems<'_>, t: &DeTable<'_>, section: &str, known: &[&str]) {
    for (k, _) in t.iter() {
        let key: &str = k.get_ref();
        if !known.contains(&key) {
            p.at(k.span().start, format!("unknown key `{key}` in {section}; allowed keys: {}", known.join(", ")));
        }
    }
}

pub(super) fn string(p: &mut Problems<'_>, t: &DeTable<'_>, key: &str, required: bool) -> Option<String> {
    let Some(item) = t.get(key) else {
        if required {
            p.list.push(format!("{}: missing required key `{key}` (e.g. `{key} = \"...\"`)", p.file));
        }
        return None;
    };
    match item.get_ref() {
        DeValue::String(s) if !(required && s.trim().is_empty()) => Some(s.to_string()),
        DeValue::String(_) => {
            p.at(item.span().start, format!("`{key}` is empty; give it a value"));
            None
        }
        other => {
            p.at(
                item.span().start,
                format!("`{key}` must be a string, found {}: write `{key} = \"...\"`", other.type_str()),
            );
            None
        }
    }
}

fn int(p: &mut Problems<'_>, t: &DeTable<'_>, key: &str, (lo, hi): (u64, u64), example: &str) -> Option<u64> {
    let item = t.get(key)?;
    let value = match item.get_ref() {
        DeValue::Integer(n) => u64::from_str_radix(&n.as_str().replace('_', ""), n.radix()).ok(),
        _ => None,
    };
    match value {
        Some(v) if (lo..=hi).contains(&v) => Some(v),
        _ => {
            p.at(item.span().start, format!("`{key}` must be an integer in {lo}..={hi} (e.g. `{example}`)"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn good_manifest_with_defaults_and_budgets() {
        let m = parse(
            "name = \"orders\"\nversion = \"0.1.0\"\ndescription = \"d\"\n\n[[wasm_modules]]\nname = \"payments\"\n\n\
             [[wasm_modules]]\nname = \"mail\"\nwasm = \"modules/mail.wasm\"\nfuel = 5_000_000\nmemory_mb = 8\n\
             timeout_ms = 2000\nmax_response_bytes = 4096\n",
            "app.toml",
        )
        .unwrap();
        assert_eq!((m.name.as_str(), m.version.as_str()), ("orders", "0.1.0"));
        assert_eq!(m.wasm_modules[0].budgets, Budgets::default());
        assert_eq!(m.wasm_modules[0].wasm, None);
        let mail = &m.wasm_modules[1];
        assert_eq!(mail.wasm.as_deref(), Some(Path::new("modules/mail.wasm")));
        assert_eq!(
            mail.budgets,
            Budgets { fuel: 5_000_000, memory_bytes: 8 << 20, wall_ms: 2000, max_response_bytes: 4096 }
        );
    }

    #[test]
    fn unknown_keys_name_what_is_allowed() {
        let e = parse(
            "name = \"a\"\nversion = \"1\"\nowner = \"x\"\n[[wasm_modules]]\nname = \"m\"\nfuell = 3\n",
            "app.toml",
        )
        .unwrap_err();
        assert_eq!(e.problems.len(), 2, "{e}");
        assert!(e.problems[0].starts_with("app.toml:3: unknown key `owner`"), "{e}");
        assert!(e.problems[0].contains("allowed keys: name, version, description, core, wasm_modules"), "{e}");
        assert!(e.problems[1].starts_with("app.toml:6: unknown key `fuell` in [[wasm_modules]]"), "{e}");
        assert!(e.problems[1].contains("fuel, memory_mb, timeout_ms, max_response_bytes"), "{e}");
    }

    #[test]
    fn bad_budgets_say_how_to_fix_them() {
        let e = parse(
            "name = \"a\"\nversion = \"1\"\n[[wasm_modules]]\nname = \"m\"\nmemory_mb = 0\ntimeout_ms = \"5s\"\nfuel = -1\n",
            "app.toml",
        )
        .unwrap_err();
        let text = e.to_string();
        assert!(
            text.contains("app.toml:5: `memory_mb` must be an integer in 2..=4096 (e.g. `memory_mb = 64`)"),
            "{text}"
        );
        assert!(text.contains("app.toml:6: `timeout_ms` must be an integer in 1..=600000"), "{text}");
        assert!(text.contains("app.toml:7: `fuel` must be an integer"), "{text}");
    }

    #[test]
    fn names_paths_and_duplicates_are_checked() {
        let e = parse(
            "name = \"a\"\nversion = \"1\"\n[[wasm_modules]]\nname = \"Pay Ments\"\n[[wasm_modules]]\nname = \"x\"\nwasm = \"../x.wasm\"\n[[wasm_modules]]\nname = \"x\"\n",
            "app.toml",
        )
        .unwrap_err();
        let text = e.to_string();
        assert!(text.contains("module name `Pay Ments` must be kebab-case"), "{text}");
        assert!(parse("name = \"a\"\nversion = \"1\"\n[[wasm_modules]]\nname = \"pay_v2\"\n", "app.toml").is_err());
        assert!(parse("name = \"a\"\nversion = \"1\"\n[[wasm_modules]]\nname = \"pay-v2\"\n", "app.toml").is_ok());
        assert!(text.contains("must be a path inside the app directory"), "{text}");
        assert!(text.contains("module `x` is declared twice"), "{text}");
        assert!(parse("version = \"1\"", "app.toml").unwrap_err().to_string().contains("missing required key `name`"));
    }

    #[test]
    fn bundled_apps_read() {
        let apps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../apps");
        for app in ["approvals", "knowledge", "orders", "tasks"] {
            let m = read(&apps.join(app)).unwrap();
            assert_eq!(m.name, app);
        }
        let orders = read(&apps.join("orders")).unwrap();
        assert_eq!(orders.wasm_modules.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["payments"]);
    }
}
