//! Apps from a real OCI registry (Debian's `docker-registry` on 127.0.0.1), through the real
//! host binary: pack → publish → install by tag → by digest → a moved tag reported, not
//! followed → upgrade → rollback → restart with an empty apps dir (the catalog brings the app
//! back, pulling what the cache lost); every failure of an install aborts it and leaves the
//! tenant serving what it served; and registries are a Cedar decision.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::registry::Registry;
use common::{Host, fresh_dir, repo};
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

/// An app directory: `app.toml` (name, version, `extra`), the ping fixture's specs, and more
/// files (`(path, content)`).
fn app(root: &Path, name: &str, version: &str, extra: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = root.join(format!("{name}-{version}"));
    std::fs::create_dir_all(dir.join("specs")).unwrap();
    std::fs::write(dir.join("app.toml"), format!("name = \"{name}\"\nversion = \"{version}\"\n{extra}")).unwrap();
    for f in ["Pinger.ioa.toml", "model.csdl.xml"] {
        std::fs::copy(repo().join("host/tests/fixtures/ping_app/specs").join(f), dir.join("specs").join(f)).unwrap();
    }
    for (path, content) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }
    dir
}

/// `temper-host app publish <dir> <reference>`; returns the manifest digest it printed.
fn publish(dir: &Path, reference: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["app", "publish"])
        .arg(dir)
        .arg(reference)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "publish failed: {text}{}", String::from_utf8_lossy(&out.stderr));
    let line = text.lines().find(|l| l.trim_start().starts_with("manifest")).unwrap();
    line.split_whitespace().last().unwrap().to_string()
}

/// `POST /api/tenants/{t}/apps?reference=…`, streamed: the NDJSON lines.
fn install(h: &Host, tenant: &str, reference: &str, upgrade: bool) -> Vec<Json> {
    let mut path =
        format!("/api/tenants/{tenant}/apps?reference={}", reference.replace('@', "%40").replace(':', "%3A"));
    if upgrade {
        path.push_str("&upgrade=true");
    }
    let r = h.request("POST", &path, &[("Accept", "application/x-ndjson")], None);
    assert_eq!(r.status, 200, "{}", r.body);
    r.body.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn result(lines: &[Json]) -> Json {
    let last = lines.last().unwrap();
    assert!(last.get("result").is_some(), "the install failed: {last}");
    last["result"].clone()
}

fn error(lines: &[Json]) -> Json {
    let last = lines.last().unwrap();
    assert!(last.get("error").is_some(), "the install should have failed: {last}");
    last["error"].clone()
}

fn catalog(h: &Host, tenant: &str) -> Json {
    let r = h.request("GET", &format!("/api/tenants/{tenant}/apps"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

#[test]
fn install_pin_upgrade_rollback_and_restart_from_the_catalog() {
    let reg = Registry::start();
    let root = fresh_dir("apps-lifecycle");
    let seed = ("seed/Pingers.json", r#"[{"Id": "p-seed"}]"#);
    let v1 = app(&root, "pinger", "0.1.0", "description = \"first\"\n", &[seed]);
    let v2 = app(&root, "pinger", "0.2.0", "description = \"second\"\n", &[seed, ("docs/README.md", "# Pinger\n")]);
    let repo_ref = format!("{}/temper/pinger", reg.addr());
    let d1 = publish(&v1, &format!("{repo_ref}:0.1.0"));
    assert_eq!(publish(&v1, &format!("{repo_ref}:latest")), d1, "the same artifact pushes to the same digest");
    let d2 = publish(&v2, &format!("{repo_ref}:0.2.0"));
    assert_ne!(d1, d2);

    // No apps on disk: the registry is the only source.
    let empty = fresh_dir("apps-empty");
    let data = fresh_dir("apps-data");
    let h = Host::start_with(&data, &empty);
    let lines = install(&h, "pings", &format!("{repo_ref}:latest"), false);
    let steps: Vec<&str> = lines.iter().filter_map(|l| l["step"].as_str()).collect();
    for step in ["resolve", "pull", "verify-digest", "verify", "seed", "done"] {
        assert!(steps.contains(&step), "progress shows `{step}`: {steps:?} {:?}", lines.last());
    }
    let r = result(&lines);
    assert_eq!(
        (r["outcome"].as_str(), r["digest"].as_str(), r["version"].as_str()),
        (Some("installed"), Some(d1.as_str()), Some("0.1.0"))
    );
    assert_eq!(h.request("GET", "/pings/odata/Pingers('p-seed')", &[], None).status, 200, "the seed entity exists");
    let created = h.request("POST", "/pings/odata/Pingers", &[], Some(r#"{"Id": "p1"}"#));
    assert_eq!(created.status, 201, "{}", created.body);

    // The same reference again resolves to the pin; nothing is installed twice.
    assert_eq!(result(&install(&h, "pings", &format!("{repo_ref}:latest"), false))["outcome"], "unchanged");

    // The tag moves: reported, not followed.
    assert_eq!(publish(&v2, &format!("{repo_ref}:latest")), d2);
    let r = result(&install(&h, "pings", &format!("{repo_ref}:latest"), false));
    assert_eq!((r["outcome"].as_str(), r["digest"].as_str()), (Some("unchanged"), Some(d1.as_str())));
    assert_eq!((r["moved"]["from"].as_str(), r["moved"]["to"].as_str()), (Some(d1.as_str()), Some(d2.as_str())));
    // Another digest without --upgrade is refused, naming the pin.
    let e = error(&install(&h, "pings", &format!("{repo_ref}@{d2}"), false));
    assert_eq!(e["code"], "PinConflict", "{e}");
    assert!(e["message"].as_str().unwrap().contains(&d1), "{e}");

    // --upgrade follows the tag; the old pin is kept for a rollback.
    let r = result(&install(&h, "pings", &format!("{repo_ref}:latest"), true));
    assert_eq!(
        (r["outcome"].as_str(), r["digest"].as_str(), r["version"].as_str()),
        (Some("upgraded"), Some(d2.as_str()), Some("0.2.0"))
    );
    let c = catalog(&h, "pings");
    assert_eq!(c["apps"][0]["history"][0]["digest"], d1.as_str(), "{c}");
    assert_eq!(h.request("GET", "/pings/odata/Pingers('p1')", &[], None).status, 200, "entities survive an upgrade");

    // Rollback: one call, back to the previous digest.
    let r = h.request("POST", "/api/tenants/pings/apps/pinger/rollback", &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["result"]["digest"], d1.as_str());
    let c = catalog(&h, "pings");
    assert_eq!(
        (c["apps"][0]["pin"]["digest"].as_str(), c["apps"][0]["pin"]["version"].as_str()),
        (Some(d1.as_str()), Some("0.1.0"))
    );
    let r = h.request("POST", "/api/tenants/pings/apps/pinger/rollback", &[], None);
    assert_eq!(r.status, 409, "no earlier pin left: {}", r.body);
    h.stop();

    // Restart with an empty apps dir and the artifact gone from the cache: the catalog brings
    // the app back, pulling only what is missing.
    std::fs::remove_dir_all(data.join("cache/apps/sha256")).unwrap();
    let h = Host::start_with(&data, &empty);
    let boot = h.boot_log.join("\n");
    assert!(boot.contains("1 app(s) restored from the catalog (1 pulled again)"), "{boot}");
    assert_eq!(h.request("GET", "/pings/odata/Pingers('p1')", &[], None).status, 200);
    let c = catalog(&h, "pings");
    assert_eq!(
        (c["apps"][0]["status"].as_str(), c["apps"][0]["pin"]["digest"].as_str()),
        (Some("installed"), Some(d1.as_str()))
    );
    h.stop();

    // And with the registry gone, the cache alone suffices.
    drop(reg);
    let h = Host::start_with(&data, &empty);
    assert!(
        h.boot_log.join("\n").contains("1 app(s) restored from the catalog (0 pulled again)"),
        "{}",
        h.boot_log.join("\n")
    );
    assert_eq!(h.request("GET", "/pings/odata/Pingers('p1')", &[], None).status, 200);
}

#[test]
fn every_failed_install_names_its_cause_and_changes_nothing() {
    let reg = Registry::start();
    let root = fresh_dir("apps-failures");
    let good = app(&root, "pinger", "0.1.0", "", &[]);
    let good_ref = format!("{}/temper/pinger:0.1.0", reg.addr());
    let d1 = publish(&good, &good_ref);
    let data = fresh_dir("apps-failures-data");
    let h = Host::start_with(&data, &fresh_dir("apps-failures-empty"));
    assert_eq!(result(&install(&h, "t", &good_ref, false))["digest"], d1.as_str());
    assert_eq!(h.request("POST", "/t/odata/Pingers", &[], Some(r#"{"Id": "keep"}"#)).status, 201);
    let before = catalog(&h, "t");
    let unchanged = |what: &str| {
        assert_eq!(catalog(&h, "t"), before, "{what}: the catalog is unchanged");
        assert_eq!(h.request("GET", "/t/odata/Pingers('keep')", &[], None).status, 200, "{what}: the app still serves");
    };

    // A spec whose wasm trigger names a module, and no `[[wasm_modules]]` at all.
    let orders = root.join("orders-bare");
    std::fs::create_dir_all(orders.join("specs")).unwrap();
    std::fs::write(orders.join("app.toml"), "name = \"pinger\"\nversion = \"0.3.0\"\n").unwrap();
    for f in ["Order.ioa.toml", "Shipment.ioa.toml", "model.csdl.xml"] {
        std::fs::copy(repo().join("apps/orders/specs").join(f), orders.join("specs").join(f)).unwrap();
    }
    publish(&orders, &format!("{}/temper/pinger:bare", reg.addr()));
    let e = error(&install(&h, "t", &format!("{}/temper/pinger:bare", reg.addr()), true));
    assert_eq!(e["code"], "InvalidApp", "{e}");
    let m = e["message"].as_str().unwrap();
    assert!(m.contains("runs module `payments`") && m.contains("declares no `[[wasm_modules]]`"), "{m}");
    unchanged("a trigger without a module");

    // A manifest that declares a module the artifact does not export (assembled by hand: `pack`
    // itself refuses to build one).
    let files = std::collections::BTreeMap::from([(
        "app.toml".to_string(),
        b"name = \"pinger\"\nversion = \"0.4.0\"\n[[wasm_modules]]\nname = \"ghost\"\n".to_vec(),
    )]);
    let mut component = wasm_encoder::Component::new();
    let archive = temper_host::apps::archive::encode(&files);
    component.section(&wasm_encoder::CustomSection { name: "temper-app".into(), data: archive.into() });
    let ghost = component.finish();
    let ghost_file = root.join("ghost.wasm");
    std::fs::write(&ghost_file, &ghost).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["app", "publish"])
        .arg(&ghost_file)
        .arg(format!("{}/temper/pinger:ghost", reg.addr()))
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success() && text.contains("ghost"), "`app publish` refuses it: {text}");
    // Pushed anyway with a plain OCI client, the install refuses it.
    let gref = format!("{}/temper/pinger:ghost", reg.addr());
    push_raw(&gref, ghost);
    let e = error(&install(&h, "t", &gref, true));
    assert_eq!(e["code"], "InvalidApp", "{e}");
    assert!(e["message"].as_str().unwrap().contains("`ghost`"), "{e}");
    unchanged("a declared module the artifact does not export");

    // A tampered blob: the registry serves bytes whose digest is not the manifest's.
    let tampered = app(&root, "pinger", "0.5.0", "", &[("docs/x.md", "x")]);
    let tref = format!("{}/temper/pinger:tampered", reg.addr());
    publish(&tampered, &tref);
    let (bytes, _) = temper_host::apps::artifact::from_dir(&tampered, None).unwrap();
    let blob = reg.blob_path(&temper_host::apps::artifact::digest(&bytes));
    let mut evil = std::fs::read(&blob).unwrap();
    let n = evil.len();
    evil[n - 1] ^= 0xff;
    std::fs::write(&blob, evil).unwrap();
    let e = error(&install(&h, "t", &tref, true));
    assert_eq!(e["code"], "DigestMismatch", "{e}");
    unchanged("a tampered blob");

    // A digest the registry does not have, and a registry nobody answers at.
    let missing = format!("{}/temper/pinger@sha256:{}", reg.addr(), "0".repeat(64));
    assert_eq!(error(&install(&h, "t", &missing, true))["code"], "RegistryUnavailable");
    let e = error(&install(&h, "t", "127.0.0.1:9/temper/pinger:0.1.0", true));
    assert_eq!(e["code"], "RegistryUnavailable", "{e}");
    assert!(e["message"].as_str().unwrap().contains("127.0.0.1:9"), "{e}");
    unchanged("an unreachable registry");

    // A spec that fails the verification cascade.
    let six = root.join("six");
    std::fs::create_dir_all(six.join("specs")).unwrap();
    std::fs::write(six.join("app.toml"), "name = \"pinger\"\nversion = \"0.6.0\"\n").unwrap();
    std::fs::copy(repo().join("verifier/tests/corpus/SixSteps.ioa.toml"), six.join("specs/SixSteps.ioa.toml")).unwrap();
    std::fs::write(six.join("specs/model.csdl.xml"), common::SIX_STEPS_CSDL).unwrap();
    let sref = format!("{}/temper/pinger:six", reg.addr());
    publish(&six, &sref);
    let e = error(&install(&h, "t", &sref, true));
    assert_eq!(e["code"], "VerificationFailed", "{e}");
    unchanged("a failing verification");

    // Seed data the app's own model does not describe.
    let seeded = app(&root, "pinger", "0.8.0", "", &[("seed/Pingers.json", r#"[{"Id": "s1", "colour": "red"}]"#)]);
    let seed_ref = format!("{}/temper/pinger:badseed", reg.addr());
    publish(&seeded, &seed_ref);
    let e = error(&install(&h, "t", &seed_ref, true));
    assert_eq!(e["code"], "InvalidApp", "{e}");
    assert!(e["message"].as_str().unwrap().contains("`colour` is not a property of Pinger"), "{e}");
    unchanged("seed data the model does not describe");

    // A dependency that cannot be resolved.
    let dep = app(&root, "pinger", "0.7.0", "[[dependencies]]\napp = \"ledger\"\n", &[]);
    let dref = format!("{}/temper/pinger:dep", reg.addr());
    publish(&dep, &dref);
    let e = error(&install(&h, "t", &dref, true));
    assert_eq!(e["code"], "UnresolvedDependency", "{e}");
    assert!(e["message"].as_str().unwrap().contains("ledger"), "{e}");
    unchanged("an unresolvable dependency");

    // A tenant is served by its apps or by directly deployed specs, never both.
    let files = serde_json::json!({"files": {
        "SixSteps.ioa.toml": std::fs::read_to_string(repo().join("verifier/tests/corpus/SixSteps.ioa.toml")).unwrap(),
        "model.csdl.xml": common::SIX_STEPS_CSDL}});
    let r = h.request("POST", "/api/tenants/t/specs", &[], Some(&files.to_string()));
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("TenantManagedByApps") && r.body.contains("pinger"), "{}", r.body);
    let pinger_files = serde_json::json!({"files": {
        "Pinger.ioa.toml": std::fs::read_to_string(repo().join("host/tests/fixtures/ping_app/specs/Pinger.ioa.toml")).unwrap(),
        "model.csdl.xml": std::fs::read_to_string(repo().join("host/tests/fixtures/ping_app/specs/model.csdl.xml")).unwrap()}});
    let mut chain = pinger_files.clone();
    let ticket = std::fs::read_to_string(repo().join("host/tests/fixtures/chain_app/specs/Ticket.ioa.toml")).unwrap();
    chain["files"] = serde_json::json!({"Ticket.ioa.toml": ticket,
        "model.csdl.xml": std::fs::read_to_string(repo().join("host/tests/fixtures/chain_app/specs/model.csdl.xml")).unwrap()});
    let r = h.request("POST", "/api/tenants/bare/specs", &[], Some(&chain.to_string()));
    assert_eq!(r.status, 200, "{}", r.body);
    let e = error(&install(&h, "bare", &good_ref, false));
    assert_eq!(e["code"], "TenantConflict", "{e}");
    assert!(e["message"].as_str().unwrap().contains("Ticket.ioa.toml"), "{e}");
    assert_eq!(
        h.request("GET", "/bare/odata/Tickets", &[], None).status,
        200,
        "the directly deployed specs still serve"
    );
    unchanged("specs deployed directly");
    drop(pinger_files);

    // Registries are a Cedar decision: an agent may install only from a namespace a tenant
    // policy names.
    let (agent, _) = h.agent("installer", "ops", "ops");
    let policy = format!(
        r#"permit(principal == Agent::"installer", action == Action::"install_app", resource == Registry::"{}/temper");"#,
        reg.addr()
    );
    let body = serde_json::json!({"id": "registries", "text": policy}).to_string();
    assert!(matches!(h.request("POST", "/api/tenants/t/policies", &[], Some(&body)).status, 200 | 201));
    let other = format!("{}/elsewhere/pinger:0.1.0", reg.addr());
    let q = |r: &str| format!("/api/tenants/t/apps?reference={}", r.replace(':', "%3A"));
    let denied = h.with_token(&agent, "POST", &q(&other), &[], None);
    assert_eq!(denied.status, 403, "{}", denied.body);
    assert!(denied.body.contains("install_app") && denied.body.contains("elsewhere"), "{}", denied.body);
    let allowed = h.with_token(&agent, "POST", &q(&good_ref), &[], None);
    assert_eq!(allowed.status, 200, "{}", allowed.body);
    assert_eq!(allowed.json()["result"]["digest"], d1.as_str());
}

#[test]
fn a_dependency_named_by_reference_is_installed_with_the_app() {
    let reg = Registry::start();
    let root = fresh_dir("apps-deps");
    let chain = root.join("chain");
    std::fs::create_dir_all(chain.join("specs")).unwrap();
    std::fs::write(chain.join("app.toml"), "name = \"chain\"\nversion = \"0.1.0\"\n").unwrap();
    for f in std::fs::read_dir(repo().join("host/tests/fixtures/chain_app/specs")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, chain.join("specs").join(f.file_name().unwrap())).unwrap();
    }
    let chain_ref = format!("{}/temper/chain:0.1.0", reg.addr());
    publish(&chain, &chain_ref);
    let needs = format!("[[dependencies]]\napp = \"chain\"\nreference = \"{chain_ref}\"\n");
    let pinger = app(&root, "pinger", "0.1.0", &needs, &[]);
    let pinger_ref = format!("{}/temper/pinger:0.1.0", reg.addr());
    publish(&pinger, &pinger_ref);
    let h = Host::start_with(&fresh_dir("apps-deps-data"), &fresh_dir("apps-deps-empty"));
    let r = result(&install(&h, "t", &pinger_ref, false));
    assert_eq!(r["dependencies"], serde_json::json!(["chain"]), "{r}");
    let apps: Vec<String> =
        catalog(&h, "t")["apps"].as_array().unwrap().iter().map(|a| a["app"].as_str().unwrap().to_string()).collect();
    assert_eq!(apps, ["chain", "pinger"]);
    // One tenant, both apps' entity sets (one merged data model).
    assert_eq!(h.request("GET", "/t/odata/Pingers", &[], None).status, 200);
    assert_eq!(h.request("GET", "/t/odata/Jobs", &[], None).status, 200);
}

#[test]
fn migrate_publishes_directory_apps_and_pins_the_registry_copy() {
    let reg = Registry::start();
    let root = fresh_dir("apps-migrate");
    let apps = root.join("apps");
    std::fs::create_dir_all(&apps).unwrap();
    std::fs::rename(app(&root, "pinger", "0.1.0", "", &[]), apps.join("pinger")).unwrap();
    let data = fresh_dir("apps-migrate-data");
    let h = Host::start_with(&data, &apps);
    let c = catalog(&h, "pinger");
    assert!(c["apps"][0]["pin"]["reference"].as_str().unwrap().starts_with("dir:"), "{c}");
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .args(["app", "migrate"])
        .arg(format!("{}/temper", reg.addr()))
        .arg("--apps-dir")
        .arg(&apps)
        .args(["--url", &format!("http://{}", h.addr), "--token", &h.token])
        .output()
        .unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{text}");
    let c = catalog(&h, "pinger");
    let pinned = c["apps"][0]["pin"]["reference"].as_str().unwrap().to_string();
    assert!(pinned.starts_with(&format!("{}/temper/pinger:0.1.0@sha256:", reg.addr())), "{c}");
    h.stop();
    // The image's apps dir no longer decides: an empty one serves the migrated app.
    let h = Host::start_with(&data, &fresh_dir("apps-migrate-empty"));
    assert_eq!(h.request("GET", "/pinger/odata/Pingers", &[], None).status, 200);
    assert_eq!(catalog(&h, "pinger")["apps"][0]["pin"]["reference"], pinned.as_str());
}

/// Pushes bytes as a Wasm artifact with oci-wasm directly (no Temper checks).
fn push_raw(reference: &str, bytes: Vec<u8>) {
    use oci_client::client::{ClientConfig, ClientProtocol};
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let client = oci_wasm::WasmClient::new(oci_client::Client::new(ClientConfig {
            protocol: ClientProtocol::Http,
            ..Default::default()
        }));
        let r: oci_client::Reference = reference.parse().unwrap();
        let (config, layer) = oci_wasm::WasmConfig::from_raw_component(bytes, None).unwrap();
        client.push(&r, &oci_client::secrets::RegistryAuth::Anonymous, layer, config, None).await.unwrap();
    });
}
