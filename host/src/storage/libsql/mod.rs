//! The libSQL backend: one embedded database file in WAL mode. All writes go through a single
//! writer thread that batches whatever commits are waiting into one transaction (group
//! commit): each commit runs inside its own savepoint, so a conflicting commit is rolled back
//! alone, and every caller is answered only after the shared transaction is durable. Reads use
//! a small pool of separate connections and never wait for the writer.

mod catalog;
mod pool;
mod reads;
mod schema;
mod trajectories;
mod writer;

use super::*;
use ::libsql::{Database, Value};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use tokio::sync::{mpsc, oneshot, watch};
use writer::{WriteOp, Writer};

/// SQLite's `synchronous` level. `Full` (the default) fsyncs the WAL on every commit
/// transaction and survives power loss; `Normal` survives process crashes only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Synchronous {
    #[default]
    Full,
    Normal,
}

impl Synchronous {
    fn pragma(self) -> &'static str {
        match self {
            Synchronous::Full => "FULL",
            Synchronous::Normal => "NORMAL",
        }
    }
}

#[derive(Debug, Clone)]
pub struct LibsqlConfig {
    pub path: PathBuf,
    pub synchronous: Synchronous,
    /// Most commits folded into one transaction.
    pub max_batch: usize,
    pub readers: usize,
}

impl LibsqlConfig {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into(), synchronous: Synchronous::Full, max_batch: 512, readers: 4 }
    }
}

pub struct LibsqlBackend {
    _db: Database,
    readers: pool::Readers,
    writer: mpsc::Sender<WriteOp>,
    writer_thread: Option<std::thread::JoinHandle<()>>,
    path: PathBuf,
    known_tables: std::sync::RwLock<HashSet<String>>,
    positions: watch::Sender<u64>,
}

pub(crate) fn unavailable(e: impl std::fmt::Display) -> StorageError {
    StorageError::Unavailable(e.to_string())
}

/// The projection table of one tenant's entity type: a hash, so any tenant or type name maps
/// to a safe, collision-free SQL identifier.
pub fn projection_table(tenant: &str, entity_type: &str) -> String {
    let mut h = Sha256::new();
    h.update(tenant.as_bytes());
    h.update([0]);
    h.update(entity_type.as_bytes());
    format!("proj_{}", &hex::encode(h.finalize())[..20])
}

impl LibsqlBackend {
    /// Opens (creating if needed) the database file and starts the writer thread.
    pub async fn open(config: LibsqlConfig) -> Result<Self> {
        if let Some(dir) = config.path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| unavailable(format!("creating {}: {e}", dir.display())))?;
        }
        let path = config.path.to_string_lossy().into_owned();
        let db = ::libsql::Builder::new_local(&path)
            .build()
            .await
            .map_err(|e| unavailable(format!("opening {path}: {e}")))?;
        let writer_conn = db.connect().map_err(unavailable)?;
        schema::configure(&writer_conn, config.synchronous).await?;
        schema::create(&writer_conn).await?;
        let position = schema::last_position(&writer_conn).await?;
        let mut readers = Vec::new();
        for _ in 0..config.readers.max(1) {
            let c = db.connect().map_err(unavailable)?;
            schema::configure(&c, config.synchronous).await?;
            readers.push(c);
        }
        let (tx, rx) = mpsc::channel(8192);
        let positions = watch::Sender::new(position);
        let writer = Writer {
            db: writer::Db::new(writer_conn),
            max_batch: config.max_batch.max(1),
            position,
            positions: positions.clone(),
        };
        let writer_thread = std::thread::Builder::new()
            .name("temper-storage-writer".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_current_thread().build() {
                    Ok(rt) => rt,
                    Err(e) => return tracing::error!(error = %e, "the storage writer cannot start"),
                };
                rt.block_on(writer.run(rx));
            })
            .map_err(|e| unavailable(format!("starting the writer thread: {e}")))?;
        Ok(Self {
            _db: db,
            readers: pool::Readers::new(readers),
            writer: tx,
            writer_thread: Some(writer_thread),
            path: config.path,
            known_tables: std::sync::RwLock::new(HashSet::new()),
            positions,
        })
    }

    /// Stops accepting writes, lets the writer finish what is queued, and closes the file.
    pub async fn close(mut self) {
        let thread = self.writer_thread.take();
        drop(self);
        if let Some(t) = thread {
            let _ = tokio::task::spawn_blocking(move || t.join()).await;
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A reader connection of its own for one read (see [`pool`]).
    async fn reader(&self) -> Result<pool::Reader<'_>> {
        self.readers.get().await
    }

    async fn send<T>(&self, make: impl FnOnce(oneshot::Sender<Result<T>>) -> WriteOp) -> Result<T> {
        let (tx, rx) = oneshot::channel();
        self.writer.send(make(tx)).await.map_err(|_| unavailable("the storage writer has stopped"))?;
        rx.await.map_err(|_| unavailable("the storage writer dropped the request"))?
    }

    /// Runs a read-only query against one tenant's projection of one entity type: `build`
    /// gets the table name and returns the SQL and its parameters.
    pub async fn query_projection(
        &self,
        tenant: &str,
        entity_type: &str,
        sql: &str,
        params: Vec<Value>,
    ) -> Result<Vec<Vec<Value>>> {
        let table = projection_table(tenant, entity_type);
        if !self.table_exists(&table).await? {
            return Ok(Vec::new());
        }
        let sql = sql.replace("{table}", &format!("\"{table}\""));
        let conn = self.reader().await?;
        let mut rows = conn.query(&sql, params).await.map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().await.map_err(unavailable)? {
            let n = row.column_count();
            out.push((0..n).map(|i| row.get_value(i).unwrap_or(Value::Null)).collect());
        }
        Ok(out)
    }

    /// Every (tenant, entity type) that has a projection table.
    pub async fn projections(&self) -> Result<Vec<(String, String)>> {
        let conn = self.reader().await?;
        let mut rows = conn
            .query("SELECT tenant, entity_type FROM projection_tables ORDER BY tenant, entity_type", ())
            .await
            .map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().await.map_err(unavailable)? {
            out.push((r.get::<String>(0).map_err(unavailable)?, r.get::<String>(1).map_err(unavailable)?));
        }
        Ok(out)
    }

    /// Whether a projection table exists. Tables are never dropped, so a table once seen is
    /// remembered and later reads skip the lookup.
    async fn table_exists(&self, table: &str) -> Result<bool> {
        if self.known_tables.read().is_ok_and(|k| k.contains(table)) {
            return Ok(true);
        }
        let conn = self.reader().await?;
        let mut rows =
            conn.query("SELECT 1 FROM projection_tables WHERE table_name = ?1", [table]).await.map_err(unavailable)?;
        let exists = rows.next().await.map_err(unavailable)?.is_some();
        if exists && let Ok(mut k) = self.known_tables.write() {
            k.insert(table.to_string());
        }
        Ok(exists)
    }
}

fn row_to_projection(row: &::libsql::Row) -> Result<ProjectionRow> {
    Ok(ProjectionRow {
        id: row.get::<String>(0).map_err(unavailable)?,
        status: row.get::<String>(1).map_err(unavailable)?,
        fields: row.get::<String>(2).map_err(unavailable)?,
        seq: row.get::<i64>(3).map_err(unavailable)? as u64,
        deleted: row.get::<i64>(4).map_err(unavailable)? != 0,
    })
}

impl Backend for LibsqlBackend {
    async fn load(&self, stream: &StreamId) -> Result<ProjectionRow> {
        let table = projection_table(&stream.tenant, &stream.entity_type);
        if !self.table_exists(&table).await? {
            return Err(StorageError::NotFound);
        }
        let sql = format!("SELECT id, status, fields, seq, deleted FROM \"{table}\" WHERE id = ?1");
        let mut conn = self.reader().await?;
        conn.one(&sql, [stream.entity_id.as_str()], row_to_projection).await?.ok_or(StorageError::NotFound)
    }

    async fn read_events(&self, stream: &StreamId, after_seq: u64, limit: u32) -> Result<Vec<Event>> {
        reads::events(&*self.reader().await?, stream, after_seq, limit).await
    }

    async fn commit(&self, req: CommitRequest) -> Result<u64> {
        use tracing::Instrument;
        let obs = crate::telemetry::storage::CommitObs::start(&req);
        let span = obs.span.clone();
        let r = async {
            validate(&req)?;
            self.send(|tx| WriteOp::Commit(Box::new(req), tx)).await
        }
        .instrument(span)
        .await;
        obs.finish(&r);
        r
    }

    async fn idempotency(&self, tenant: &str, key: &str) -> Result<Option<IdempotencyRecord>> {
        let mut conn = self.reader().await?;
        let sql = "SELECT request_hash, status, response FROM idempotency WHERE tenant = ?1 AND key = ?2";
        conn.one(sql, [tenant, key], |r| {
            Ok(IdempotencyRecord {
                tenant: tenant.into(),
                key: key.into(),
                request_hash: r.get(0).map_err(unavailable)?,
                status: r.get::<i64>(1).map_err(unavailable)? as u16,
                response: r.get(2).map_err(unavailable)?,
            })
        })
        .await
    }

    async fn scan_projection(
        &self,
        tenant: &str,
        entity_type: &str,
        after_id: &str,
        limit: u32,
    ) -> Result<Vec<ProjectionRow>> {
        let table = projection_table(tenant, entity_type);
        if !self.table_exists(&table).await? {
            return Ok(Vec::new());
        }
        let sql =
            format!("SELECT id, status, fields, seq, deleted FROM \"{table}\" WHERE id > ?1 ORDER BY id LIMIT ?2");
        let conn = self.reader().await?;
        let mut rows = conn.query(&sql, ::libsql::params![after_id, limit as i64]).await.map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().await.map_err(unavailable)? {
            out.push(row_to_projection(&r)?);
        }
        Ok(out)
    }

    async fn pending_work(&self, now_ms: u64, limit: u32) -> Result<Vec<PendingWork>> {
        reads::pending(&*self.reader().await?, now_ms, limit).await
    }

    async fn complete_work(&self, id: i64) -> Result<()> {
        self.send(|tx| WriteOp::CompleteWork(id, tx)).await
    }

    async fn retry_work(&self, id: i64, not_before_ms: u64, error: &str) -> Result<()> {
        let error = error.to_string();
        self.send(|tx| WriteOp::RetryWork(id, not_before_ms, error, tx)).await
    }

    async fn next_due(&self) -> Result<Option<u64>> {
        reads::next_due(&*self.reader().await?).await
    }

    async fn record_trajectory(&self, row: TrajectoryRow) -> Result<()> {
        validate_trajectory(&row)?;
        let origin = row.origin.clone();
        self.send(|tx| WriteOp::Trajectory(Box::new(row), tx)).await?;
        crate::telemetry::storage::trajectory_recorded(&origin);
        Ok(())
    }

    async fn query_trajectories(&self, q: &TrajectoryQuery) -> Result<TrajectoryPage> {
        trajectories::query(&*self.reader().await?, q).await
    }

    async fn read_feed(&self, tenant: &str, after_position: u64, limit: u32) -> Result<Vec<FeedEvent>> {
        reads::feed(&*self.reader().await?, tenant, after_position, limit).await
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.positions.subscribe()
    }

    async fn kv_get(&self, tenant: &str, key: &str) -> Result<Option<Vec<u8>>> {
        let mut conn = self.reader().await?;
        conn.one("SELECT value FROM kv WHERE tenant = ?1 AND key = ?2", [tenant, key], |r| {
            r.get::<Vec<u8>>(0).map_err(unavailable)
        })
        .await
    }

    async fn kv_set(&self, tenant: &str, key: &str, value: &[u8]) -> Result<()> {
        let (t, k, v) = (tenant.to_string(), key.to_string(), value.to_vec());
        self.send(|tx| WriteOp::KvSet(t, k, v, tx)).await
    }

    async fn kv_delete(&self, tenant: &str, key: &str) -> Result<()> {
        let (t, k) = (tenant.to_string(), key.to_string());
        self.send(|tx| WriteOp::KvDelete(t, k, tx)).await
    }

    async fn catalog_put(&self, entry: CatalogEntry) -> Result<()> {
        entry.validate()?;
        self.send(|tx| WriteOp::CatalogPut(Box::new(entry), tx)).await
    }

    async fn catalog_get(&self, tenant: &str, app: &str) -> Result<Option<CatalogEntry>> {
        Ok(catalog::list(&*self.reader().await?, Some(tenant), Some(app)).await?.pop())
    }

    async fn catalog_list(&self, tenant: Option<&str>) -> Result<Vec<CatalogEntry>> {
        catalog::list(&*self.reader().await?, tenant, None).await
    }

    async fn catalog_delete(&self, tenant: &str, app: &str) -> Result<()> {
        let (t, a) = (tenant.to_string(), app.to_string());
        self.send(|tx| WriteOp::CatalogDelete(t, a, tx)).await
    }
}
