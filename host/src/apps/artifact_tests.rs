//! Unit tests of the app artifact: reproducible packing, the round trip, and every way a
//! malformed artifact is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use std::path::PathBuf;

fn tiny_component() -> Vec<u8> {
    wasm_encoder::Component::new().finish()
}

/// A fresh app directory holding a manifest with module `pay` (an explicit `wasm` path), specs,
/// docs and files that must stay out of the bundle.
fn app_dir(name: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("temper-artifact-{}-{name}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    for sub in ["specs/sub", "docs", "modules", "integrations/pay/src", "policies", "seed"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    let write = |p: &str, b: &[u8]| std::fs::write(d.join(p), b).unwrap();
    write("app.toml", b"name = \"shop\"\nversion = \"1.2.3\"\ndescription = \"A shop\"\n[[wasm_modules]]\nname = \"pay\"\nwasm = \"modules/pay.wasm\"\n");
    write("modules/pay.wasm", &tiny_component());
    write("specs/Order.ioa.toml", b"[automaton]\nname = \"Order\"\n");
    write("specs/model.csdl.xml", b"<Edmx/>");
    write("specs/sub/Line.ioa.toml", b"[automaton]\n");
    write("specs/notes.txt", b"not bundled");
    write("specs/.hidden.ioa.toml", b"not bundled");
    write("docs/guide.md", b"# Guide");
    write("policies/agents.cedar", b"permit(principal, action, resource);");
    write("seed/orders.json", b"[]");
    write("integrations/pay/src/lib.rs", b"// not bundled");
    write("README.md", b"# Shop");
    d
}

#[test]
fn pack_is_reproducible_and_content_sensitive() {
    let d = app_dir("repro");
    let a = pack(&d, None).unwrap();
    assert_eq!(a, pack(&d, None).unwrap(), "same inputs, same bytes");
    std::fs::write(d.join("specs/Order.ioa.toml"), b"[automaton]\nname = \"Ordex\"\n").unwrap();
    assert_ne!(a, pack(&d, None).unwrap(), "one spec byte changed, different bytes");
    validate(&a).unwrap();
}

#[test]
fn round_trip() {
    let d = app_dir("round");
    let (bytes, b) = from_dir(&d, None).unwrap();
    assert_eq!(read(&bytes).unwrap(), b);
    assert_eq!((b.manifest.name.as_str(), b.manifest.version.as_str()), ("shop", "1.2.3"));
    assert_eq!(
        b.files.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "README.md",
            "app.toml",
            "docs/guide.md",
            "policies/agents.cedar",
            "seed/orders.json",
            "specs/Order.ioa.toml",
            "specs/model.csdl.xml",
            "specs/sub/Line.ioa.toml"
        ]
    );
    assert_eq!(b.files["specs/model.csdl.xml"], b"<Edmx/>");
    assert_eq!(b.modules.keys().collect::<Vec<_>>(), ["pay"]);
    assert_eq!(b.modules["pay"], tiny_component());
}

#[test]
fn an_app_without_modules_is_a_valid_component() {
    let d = app_dir("nomod");
    std::fs::write(d.join("app.toml"), b"name = \"plain\"\nversion = \"0.1.0\"\n").unwrap();
    let (bytes, b) = from_dir(&d, None).unwrap();
    validate(&bytes).unwrap();
    assert!(b.modules.is_empty());
    assert!(b.files.contains_key("specs/Order.ioa.toml"));
}

#[test]
fn bundled_tasks_app_packs() {
    let apps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../apps");
    let (_, b) = from_dir(&apps.join("tasks"), None).unwrap();
    assert_eq!(b.manifest.name, "tasks");
    assert!(b.files.contains_key("specs/Task.ioa.toml"), "{:?}", b.files.keys());
}

#[test]
fn missing_section_and_garbage_are_refused() {
    let e = read(&tiny_component()).unwrap_err().to_string();
    assert_eq!(e, "not a Temper app artifact: no `temper-app` section; build it with `temper-host app pack <dir>`");
    let e = read(b"garbage").unwrap_err().to_string();
    assert!(e.contains("the artifact is not a Wasm component"), "{e}");
    let e = read(&wasm_encoder::Module::new().finish()).unwrap_err().to_string();
    assert!(e.contains("core Wasm module"), "{e}");
}

#[test]
fn foreign_items_in_an_artifact_are_refused() {
    use wasm_encoder::{ComponentTypeSection, CustomSection, PrimitiveValType};
    let d = app_dir("foreign");
    std::fs::write(d.join("app.toml"), b"name = \"plain\"\nversion = \"0.1.0\"\n").unwrap();
    let archive = archive::encode(&crate::apps::collect::bundle_files(&d).unwrap());
    let mut c = wasm_encoder::Component::new();
    c.section(&CustomSection { name: SECTION.into(), data: archive.as_slice().into() });
    let mut types = ComponentTypeSection::new();
    types.defined_type().primitive(PrimitiveValType::U32);
    c.section(&types);
    let e = read(&c.finish()).unwrap_err().to_string();
    assert!(e.starts_with("malformed app artifact: unexpected type section"), "{e}");
    // A plain component with code but no bundle is reported as not an app artifact.
    let mut plain = wasm_encoder::Component::new();
    plain.section(&types);
    assert!(matches!(read(&plain.finish()), Err(ArtifactError::NoAppSection)));
}

#[test]
fn tampered_archive_is_refused() {
    let d = app_dir("tamper");
    let bytes = pack(&d, None).unwrap();
    // Flip a byte inside the spec text: the component stays valid, the archive checksum does not.
    let at = bytes.windows(5).position(|w| w == b"Order").unwrap();
    let mut t = bytes.clone();
    t[at] = b'X';
    let e = read(&t).unwrap_err().to_string();
    assert!(e.contains("`temper-app` bundle is unreadable") && e.contains("tampered"), "{e}");
}

#[test]
fn modules_must_match_the_manifest() {
    let d = app_dir("modules");
    let m = manifest::read(&d).unwrap();
    let files = crate::apps::collect::bundle_files(&d).unwrap();
    let archive = archive::encode(&files);
    let none = assemble(&m, &archive, &BTreeMap::new());
    let e = read(&none).unwrap_err().to_string();
    assert_eq!(e, "manifest declares integration module `pay` but the artifact exports no component named `pay`");
    let extra = BTreeMap::from([("pay".to_string(), tiny_component()), ("mail".to_string(), tiny_component())]);
    let e = read(&assemble(&m, &archive, &extra)).unwrap_err().to_string();
    assert!(e.contains("exports component `mail` but its app.toml declares no `[[wasm_modules]]` named `mail`"), "{e}");
}

#[test]
fn a_core_module_or_garbage_is_not_a_module() {
    let d = app_dir("core");
    std::fs::write(d.join("modules/pay.wasm"), wasm_encoder::Module::new().finish()).unwrap();
    let e = format!("{:#}", pack(&d, None).unwrap_err());
    assert!(
        e.contains("module `pay`") && e.contains("pay.wasm") && e.contains("core Wasm module, not a component"),
        "{e}"
    );
    std::fs::write(d.join("modules/pay.wasm"), b"\0asm garbage").unwrap();
    let e = format!("{:#}", pack(&d, None).unwrap_err());
    assert!(e.contains("module `pay`") && e.contains("is not a Wasm component"), "{e}");
}

#[test]
fn export_names_must_be_kebab_case() {
    let d = app_dir("kebab");
    std::fs::write(
        d.join("app.toml"),
        b"name = \"a\"\nversion = \"1\"\n[[wasm_modules]]\nname = \"pay_v2\"\nwasm = \"modules/pay.wasm\"\n",
    )
    .unwrap();
    // The manifest reader refuses it before packing starts.
    let e = format!("{:#}", pack(&d, None).unwrap_err());
    assert!(e.contains("module name `pay_v2` must be kebab-case"), "{e}");
}

#[cfg(unix)]
#[test]
fn symlinks_must_stay_inside() {
    let d = app_dir("link");
    std::os::unix::fs::symlink("../specs/Order.ioa.toml", d.join("docs/order.md")).unwrap();
    let (_, b) = from_dir(&d, None).unwrap();
    assert_eq!(b.files["docs/order.md"], b.files["specs/Order.ioa.toml"]);
    std::os::unix::fs::symlink("/etc/hostname", d.join("specs/Evil.ioa.toml")).unwrap();
    let e = pack(&d, None).unwrap_err().to_string();
    assert!(e.contains("`specs/Evil.ioa.toml` is a symlink to") && e.contains("outside the app directory"), "{e}");
}

#[test]
fn the_bundle_is_capped() {
    let d = app_dir("big");
    std::fs::write(d.join("docs/huge.bin"), vec![0u8; archive::MAX_TOTAL + 1]).unwrap();
    let e = pack(&d, None).unwrap_err().to_string();
    assert!(e.contains("exceed 16 MiB"), "{e}");
}

#[test]
fn meta_section_is_json() {
    let d = app_dir("meta");
    let bytes = pack(&d, None).unwrap();
    let meta = Parser::new(0)
        .parse_all(&bytes)
        .find_map(|p| match p.unwrap() {
            Payload::CustomSection(c) if c.name() == META_SECTION => Some(c.data().to_vec()),
            _ => None,
        })
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&meta).unwrap();
    assert_eq!(v["name"], "shop");
    assert_eq!(v["modules"], serde_json::json!(["pay"]));
}
