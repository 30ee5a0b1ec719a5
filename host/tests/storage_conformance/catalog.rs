//! The app catalog: insert, replace (the pin moves, history kept), per-tenant listing in
//! order, tenant isolation, deletion, and invalid entries refused without a change.

use super::*;

fn entry(tenant: &str, app: &str, digest: char, history: Vec<Pin>) -> CatalogEntry {
    CatalogEntry {
        tenant: tenant.into(),
        app: app.into(),
        pin: Pin {
            reference: format!("127.0.0.1:5000/temper/{app}:0.1.0"),
            digest: format!("sha256:{}", digest.to_string().repeat(64)),
            artifact_digest: format!("sha256:{}", "f".repeat(64)),
            version: "0.1.0".into(),
            installed_at_ms: 42,
        },
        status: "installed".into(),
        error: None,
        installed: serde_json::json!({"entity_sets": ["Tasks"], "modules": []}),
        history,
    }
}

pub async fn pins_history_and_isolation<B: Backend>(b: &B) {
    assert_eq!(b.catalog_get("ca", "tasks").await.unwrap(), None);
    let first = entry("ca", "tasks", 'a', vec![]);
    b.catalog_put(first.clone()).await.unwrap();
    b.catalog_put(entry("ca", "knowledge", 'b', vec![])).await.unwrap();
    b.catalog_put(entry("cb", "tasks", 'c', vec![])).await.unwrap();
    assert_eq!(b.catalog_get("ca", "tasks").await.unwrap(), Some(first.clone()));

    // An upgrade replaces the pin and keeps the old one in the history.
    let mut upgraded = entry("ca", "tasks", 'd', vec![first.pin.clone()]);
    upgraded.pin.version = "0.2.0".into();
    b.catalog_put(upgraded.clone()).await.unwrap();
    let got = b.catalog_get("ca", "tasks").await.unwrap().unwrap();
    assert_eq!(got, upgraded);
    assert_eq!(got.history, vec![first.pin.clone()]);

    let ca: Vec<String> = b.catalog_list(Some("ca")).await.unwrap().into_iter().map(|e| e.app).collect();
    assert_eq!(ca, ["knowledge", "tasks"], "one tenant's apps, by name");
    let all: Vec<(String, String)> =
        b.catalog_list(None).await.unwrap().into_iter().map(|e| (e.tenant, e.app)).collect();
    assert_eq!(all, [("ca".into(), "knowledge".into()), ("ca".into(), "tasks".into()), ("cb".into(), "tasks".into())]);

    // Invalid entries are refused and change nothing.
    let mut bad = entry("ca", "tasks", 'e', vec![]);
    bad.pin.digest = "md5:00".into();
    assert!(matches!(b.catalog_put(bad).await, Err(StorageError::Invalid(_))));
    assert_eq!(b.catalog_get("ca", "tasks").await.unwrap(), Some(upgraded));

    b.catalog_delete("cb", "tasks").await.unwrap();
    assert_eq!(b.catalog_get("cb", "tasks").await.unwrap(), None);
    assert!(matches!(b.catalog_delete("cb", "tasks").await, Err(StorageError::NotFound)));
    assert_eq!(b.catalog_list(Some("ca")).await.unwrap().len(), 2, "another tenant's delete leaves it alone");
}
