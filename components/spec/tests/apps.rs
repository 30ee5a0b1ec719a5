//! Every bundled app's specs load without errors (the same check `temper-host spec check` runs).

use std::path::Path;
use temper_spec::{SourceFile, load};

fn app_dirs() -> Vec<std::path::PathBuf> {
    let apps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../apps");
    let mut dirs: Vec<_> = std::fs::read_dir(&apps).expect("apps dir").filter_map(|e| e.ok()).map(|e| e.path().join("specs")).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs
}

fn files(dir: &Path) -> Vec<SourceFile> {
    let mut out: Vec<SourceFile> = std::fs::read_dir(dir)
        .expect("specs dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| temper_spec::file_kind(&p.file_name().unwrap_or_default().to_string_lossy()).is_some())
        .map(|p| SourceFile::new(p.file_name().unwrap_or_default().to_string_lossy(), std::fs::read_to_string(&p).expect("read")))
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[test]
fn bundled_apps_load() {
    let dirs = app_dirs();
    assert!(dirs.len() >= 4, "expected the Knowledge app and at least three more, found {dirs:?}");
    for dir in dirs {
        let files = files(&dir);
        match load(&files) {
            Ok(l) => assert!(!l.machines.is_empty(), "{}: no machines", dir.display()),
            Err(d) => panic!("{} does not load:\n{d}", dir.display()),
        }
    }
}

#[test]
fn seed_knowledge_loads_with_legacy_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../apps/knowledge/specs");
    let loaded = load(&files(&dir)).unwrap_or_else(|d| panic!("{d}"));
    let m = &loaded.machines[0];
    assert_eq!(m.aut.name, "Knowledge");
    assert_eq!(m.aut.states, ["Draft", "Indexed", "Linked", "Archived"]);
    assert_eq!(m.entity_set.as_deref(), Some("KnowledgeEntries"));
    // The legacy callbacks became implicit self-loop actions.
    let succeeded = m.aut.action("IndexSucceeded").expect("implicit callback");
    assert!(succeeded.implicit && succeeded.to.is_none());
    let warnings: Vec<String> = m.aut.warnings.iter().map(|w| w.message.clone()).collect();
    assert!(warnings.iter().any(|w| w.contains("read as the integer 0 (legacy dialect)")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("`when` is legacy dialect")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("callback `IndexSucceeded` is not declared")), "{warnings:?}");
}
