//! The `apps` table: the app catalog's writes (through the single writer) and reads.

use super::reads::int;
use super::unavailable;
use super::writer::Db;
use crate::storage::{CatalogEntry, Pin, Result, StorageError};
use ::libsql::Connection;

const COLUMNS: &str =
    "tenant, app, reference, digest, artifact_digest, version, installed_at_ms, status, error, installed, history";

pub async fn put(db: &mut Db, e: &CatalogEntry) -> Result<()> {
    let installed = e.installed.to_string();
    let history = serde_json::to_string(&e.history).map_err(|x| StorageError::Invalid(x.to_string()))?;
    db.exec(
        &format!(
            "INSERT INTO apps ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT(tenant, app) DO UPDATE SET reference = excluded.reference,
             digest = excluded.digest, artifact_digest = excluded.artifact_digest,
             version = excluded.version, installed_at_ms = excluded.installed_at_ms,
             status = excluded.status, error = excluded.error, installed = excluded.installed,
             history = excluded.history"
        ),
        ::libsql::params![
            e.tenant.as_str(),
            e.app.as_str(),
            e.pin.reference.as_str(),
            e.pin.digest.as_str(),
            e.pin.artifact_digest.as_str(),
            e.pin.version.as_str(),
            int(e.pin.installed_at_ms),
            e.status.as_str(),
            e.error.clone(),
            installed,
            history
        ],
    )
    .await
    .map_err(unavailable)?;
    Ok(())
}

pub async fn delete(db: &mut Db, tenant: &str, app: &str) -> Result<()> {
    let n = db.exec("DELETE FROM apps WHERE tenant = ?1 AND app = ?2", [tenant, app]).await.map_err(unavailable)?;
    if n == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

pub async fn list(conn: &Connection, tenant: Option<&str>, app: Option<&str>) -> Result<Vec<CatalogEntry>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM apps WHERE (?1 IS NULL OR tenant = ?1) AND (?2 IS NULL OR app = ?2) ORDER BY tenant, app"
    );
    let mut rows = conn.query(&sql, ::libsql::params![tenant, app]).await.map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        let text = |i: i32| r.get::<String>(i).map_err(unavailable);
        let corrupt = |what: &str, e: serde_json::Error| StorageError::Unavailable(format!("apps.{what}: {e}"));
        let installed_at: i64 = r.get(6).map_err(unavailable)?;
        out.push(CatalogEntry {
            tenant: text(0)?,
            app: text(1)?,
            pin: Pin {
                reference: text(2)?,
                digest: text(3)?,
                artifact_digest: text(4)?,
                version: text(5)?,
                installed_at_ms: u64::try_from(installed_at).unwrap_or(0),
            },
            status: text(7)?,
            error: r.get::<Option<String>>(8).map_err(unavailable)?,
            installed: serde_json::from_str(&text(9)?).map_err(|e| corrupt("installed", e))?,
            history: serde_json::from_str(&text(10)?).map_err(|e| corrupt("history", e))?,
        });
    }
    Ok(out)
}
