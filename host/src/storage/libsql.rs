//! The libSQL backend: one embedded database file in WAL mode. All writes go through a single
//! writer thread that batches whatever commits are waiting into one transaction (group
//! commit): each commit runs inside its own savepoint, so a conflicting commit is rolled back
//! alone, and every caller is answered only after the shared transaction is durable. Reads use
//! a small pool of separate connections and never wait for the writer.

use super::*;
use ::libsql::{Connection, Database, Value};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::{mpsc, oneshot};

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

enum WriteOp {
    Commit(Box<CommitRequest>, oneshot::Sender<Result<u64>>),
    CompleteWork(i64, oneshot::Sender<Result<()>>),
    KvSet(String, String, Vec<u8>, oneshot::Sender<Result<()>>),
    KvDelete(String, String, oneshot::Sender<Result<()>>),
}

pub struct LibsqlBackend {
    _db: Database,
    readers: Vec<Connection>,
    next_reader: AtomicUsize,
    writer: mpsc::Sender<WriteOp>,
    writer_thread: Option<std::thread::JoinHandle<()>>,
    path: PathBuf,
    known_tables: std::sync::RwLock<HashSet<String>>,
}

fn unavailable(e: impl std::fmt::Display) -> StorageError {
    StorageError::Unavailable(e.to_string())
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS events (
    tenant TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
    kind TEXT NOT NULL, payload TEXT NOT NULL, event_id TEXT NOT NULL, causation_id TEXT NOT NULL,
    correlation_id TEXT NOT NULL, actor TEXT NOT NULL, time_ms INTEGER NOT NULL,
    PRIMARY KEY (tenant, entity_type, entity_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON events(event_id) WHERE event_id <> '';
CREATE TABLE IF NOT EXISTS projection_tables (
    tenant TEXT NOT NULL, entity_type TEXT NOT NULL, table_name TEXT NOT NULL UNIQUE,
    PRIMARY KEY (tenant, entity_type)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tenant TEXT NOT NULL, kind TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, not_before_ms INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox(done, not_before_ms);
CREATE TABLE IF NOT EXISTS idempotency (
    tenant TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL,
    response TEXT NOT NULL, PRIMARY KEY (tenant, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kv (
    tenant TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (tenant, key)
) WITHOUT ROWID;
";

/// The projection table of one tenant's entity type: a hash, so any tenant or type name maps
/// to a safe, collision-free SQL identifier.
pub fn projection_table(tenant: &str, entity_type: &str) -> String {
    let mut h = Sha256::new();
    h.update(tenant.as_bytes());
    h.update([0]);
    h.update(entity_type.as_bytes());
    format!("proj_{}", &hex::encode(h.finalize())[..20])
}

async fn configure(conn: &Connection, sync: Synchronous) -> Result<()> {
    // Some pragmas answer with a row, so every pragma runs as a query and is drained.
    for pragma in
        ["PRAGMA busy_timeout=5000", "PRAGMA journal_mode=WAL", &format!("PRAGMA synchronous={}", sync.pragma())]
    {
        let mut rows = conn.query(pragma, ()).await.map_err(unavailable)?;
        while rows.next().await.map_err(unavailable)?.is_some() {}
    }
    Ok(())
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
        configure(&writer_conn, config.synchronous).await?;
        writer_conn.execute_batch(SCHEMA).await.map_err(unavailable)?;
        let mut readers = Vec::new();
        for _ in 0..config.readers.max(1) {
            let c = db.connect().map_err(unavailable)?;
            configure(&c, config.synchronous).await?;
            readers.push(c);
        }
        let (tx, rx) = mpsc::channel(8192);
        let max_batch = config.max_batch.max(1);
        let writer_thread = std::thread::Builder::new()
            .name("temper-storage-writer".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_current_thread().build() {
                    Ok(rt) => rt,
                    Err(e) => return eprintln!("error: storage writer cannot start: {e}"),
                };
                rt.block_on(writer_loop(writer_conn, rx, max_batch));
            })
            .map_err(|e| unavailable(format!("starting the writer thread: {e}")))?;
        Ok(Self {
            _db: db,
            readers,
            next_reader: AtomicUsize::new(0),
            writer: tx,
            writer_thread: Some(writer_thread),
            path: config.path,
            known_tables: std::sync::RwLock::new(HashSet::new()),
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

    fn reader(&self) -> &Connection {
        let i = self.next_reader.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        &self.readers[i]
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
        let mut rows = self.reader().query(&sql, params).await.map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().await.map_err(unavailable)? {
            let n = row.column_count();
            out.push((0..n).map(|i| row.get_value(i).unwrap_or(Value::Null)).collect());
        }
        Ok(out)
    }

    /// Every (tenant, entity type) that has a projection table.
    pub async fn projections(&self) -> Result<Vec<(String, String)>> {
        let mut rows = self
            .reader()
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
        let mut rows = self
            .reader()
            .query("SELECT 1 FROM projection_tables WHERE table_name = ?1", [table])
            .await
            .map_err(unavailable)?;
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
        let mut rows = self.reader().query(&sql, [stream.entity_id.as_str()]).await.map_err(unavailable)?;
        match rows.next().await.map_err(unavailable)? {
            Some(row) => row_to_projection(&row),
            None => Err(StorageError::NotFound),
        }
    }

    async fn read_events(&self, stream: &StreamId, after_seq: u64, limit: u32) -> Result<Vec<Event>> {
        let mut rows = self
            .reader()
            .query(
                "SELECT seq, kind, payload, event_id, causation_id, correlation_id, actor, time_ms FROM events
                 WHERE tenant = ?1 AND entity_type = ?2 AND entity_id = ?3 AND seq > ?4 ORDER BY seq LIMIT ?5",
                ::libsql::params![
                    stream.tenant.as_str(),
                    stream.entity_type.as_str(),
                    stream.entity_id.as_str(),
                    after_seq as i64,
                    limit as i64
                ],
            )
            .await
            .map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().await.map_err(unavailable)? {
            out.push(Event {
                seq: r.get::<i64>(0).map_err(unavailable)? as u64,
                kind: r.get(1).map_err(unavailable)?,
                payload: r.get(2).map_err(unavailable)?,
                meta: EventMeta {
                    event_id: r.get(3).map_err(unavailable)?,
                    causation_id: r.get(4).map_err(unavailable)?,
                    correlation_id: r.get(5).map_err(unavailable)?,
                    actor: r.get(6).map_err(unavailable)?,
                    time_ms: r.get::<i64>(7).map_err(unavailable)? as u64,
                },
            });
        }
        Ok(out)
    }

    async fn commit(&self, req: CommitRequest) -> Result<u64> {
        validate(&req)?;
        self.send(|tx| WriteOp::Commit(Box::new(req), tx)).await
    }

    async fn idempotency(&self, tenant: &str, key: &str) -> Result<Option<IdempotencyRecord>> {
        let mut rows = self
            .reader()
            .query(
                "SELECT request_hash, status, response FROM idempotency WHERE tenant = ?1 AND key = ?2",
                [tenant, key],
            )
            .await
            .map_err(unavailable)?;
        match rows.next().await.map_err(unavailable)? {
            None => Ok(None),
            Some(r) => Ok(Some(IdempotencyRecord {
                tenant: tenant.into(),
                key: key.into(),
                request_hash: r.get(0).map_err(unavailable)?,
                status: r.get::<i64>(1).map_err(unavailable)? as u16,
                response: r.get(2).map_err(unavailable)?,
            })),
        }
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
        let mut rows =
            self.reader().query(&sql, ::libsql::params![after_id, limit as i64]).await.map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().await.map_err(unavailable)? {
            out.push(row_to_projection(&r)?);
        }
        Ok(out)
    }

    async fn pending_work(&self, now_ms: u64, limit: u32) -> Result<Vec<PendingWork>> {
        let mut rows = self
            .reader()
            .query(
                "SELECT id, tenant, kind, idempotency_key, payload, not_before_ms, attempts FROM outbox
                 WHERE done = 0 AND not_before_ms <= ?1 ORDER BY id LIMIT ?2",
                ::libsql::params![now_ms as i64, limit as i64],
            )
            .await
            .map_err(unavailable)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().await.map_err(unavailable)? {
            out.push(PendingWork {
                id: r.get(0).map_err(unavailable)?,
                tenant: r.get(1).map_err(unavailable)?,
                item: OutboxItem {
                    kind: r.get(2).map_err(unavailable)?,
                    idempotency_key: r.get(3).map_err(unavailable)?,
                    payload: r.get(4).map_err(unavailable)?,
                    not_before_ms: r.get::<i64>(5).map_err(unavailable)? as u64,
                },
                attempts: r.get::<i64>(6).map_err(unavailable)? as u32,
            });
        }
        Ok(out)
    }

    async fn complete_work(&self, id: i64) -> Result<()> {
        self.send(|tx| WriteOp::CompleteWork(id, tx)).await
    }

    async fn kv_get(&self, tenant: &str, key: &str) -> Result<Option<Vec<u8>>> {
        let mut rows = self
            .reader()
            .query("SELECT value FROM kv WHERE tenant = ?1 AND key = ?2", [tenant, key])
            .await
            .map_err(unavailable)?;
        match rows.next().await.map_err(unavailable)? {
            Some(r) => Ok(Some(r.get::<Vec<u8>>(0).map_err(unavailable)?)),
            None => Ok(None),
        }
    }

    async fn kv_set(&self, tenant: &str, key: &str, value: &[u8]) -> Result<()> {
        let (t, k, v) = (tenant.to_string(), key.to_string(), value.to_vec());
        self.send(|tx| WriteOp::KvSet(t, k, v, tx)).await
    }

    async fn kv_delete(&self, tenant: &str, key: &str) -> Result<()> {
        let (t, k) = (tenant.to_string(), key.to_string());
        self.send(|tx| WriteOp::KvDelete(t, k, tx)).await
    }
}

/// The single writer: takes everything waiting (up to `max_batch`), applies each operation in
/// its own savepoint inside one transaction, commits once, then answers every caller.
async fn writer_loop(conn: Connection, mut rx: mpsc::Receiver<WriteOp>, max_batch: usize) {
    let mut tables: HashSet<String> = HashSet::new();
    while let Some(first) = rx.recv().await {
        let mut batch = vec![first];
        while batch.len() < max_batch {
            match rx.try_recv() {
                Ok(op) => batch.push(op),
                Err(_) => break,
            }
        }
        if let Err(e) = conn.execute("BEGIN IMMEDIATE", ()).await {
            let err = unavailable(format!("beginning a transaction: {e}"));
            for op in batch {
                answer_err(op, err.clone());
            }
            continue;
        }
        let mut results: Vec<(WriteOp, Result<u64>)> = Vec::with_capacity(batch.len());
        let mut created: Vec<String> = Vec::new();
        for op in batch {
            let r = apply_in_savepoint(&conn, &op, &mut tables, &mut created).await;
            results.push((op, r));
        }
        match conn.execute("COMMIT", ()).await {
            Ok(_) => {
                for (op, r) in results {
                    answer(op, r);
                }
            }
            Err(e) => {
                let _ = conn.execute("ROLLBACK", ()).await;
                for t in created {
                    tables.remove(&t);
                }
                let err = unavailable(format!("committing: {e}"));
                for (op, _) in results {
                    answer_err(op, err.clone());
                }
            }
        }
    }
}

fn answer(op: WriteOp, r: Result<u64>) {
    match op {
        WriteOp::Commit(_, tx) => {
            let _ = tx.send(r);
        }
        WriteOp::CompleteWork(_, tx) | WriteOp::KvSet(_, _, _, tx) | WriteOp::KvDelete(_, _, tx) => {
            let _ = tx.send(r.map(|_| ()));
        }
    }
}

fn answer_err(op: WriteOp, e: StorageError) {
    answer(op, Err(e));
}

async fn apply_in_savepoint(
    conn: &Connection,
    op: &WriteOp,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
) -> Result<u64> {
    conn.execute("SAVEPOINT op", ()).await.map_err(unavailable)?;
    let r = apply(conn, op, tables, created).await;
    if r.is_err() {
        conn.execute("ROLLBACK TO op", ()).await.map_err(unavailable)?;
    }
    conn.execute("RELEASE op", ()).await.map_err(unavailable)?;
    r
}

async fn apply(
    conn: &Connection,
    op: &WriteOp,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
) -> Result<u64> {
    match op {
        WriteOp::Commit(req, _) => apply_commit(conn, req, tables, created).await,
        WriteOp::CompleteWork(id, _) => {
            let n = conn.execute("UPDATE outbox SET done = 1 WHERE id = ?1", [*id]).await.map_err(unavailable)?;
            if n == 0 { Err(StorageError::NotFound) } else { Ok(0) }
        }
        WriteOp::KvSet(t, k, v, _) => {
            conn.execute(
                "INSERT INTO kv (tenant, key, value) VALUES (?1, ?2, ?3) ON CONFLICT(tenant, key) DO UPDATE SET value = excluded.value",
                ::libsql::params![t.as_str(), k.as_str(), v.clone()],
            )
            .await
            .map_err(unavailable)?;
            Ok(0)
        }
        WriteOp::KvDelete(t, k, _) => {
            conn.execute("DELETE FROM kv WHERE tenant = ?1 AND key = ?2", [t.as_str(), k.as_str()])
                .await
                .map_err(unavailable)?;
            Ok(0)
        }
    }
}

async fn ensure_table(
    conn: &Connection,
    tenant: &str,
    entity_type: &str,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
) -> Result<String> {
    let table = projection_table(tenant, entity_type);
    if tables.contains(&table) {
        return Ok(table);
    }
    conn.execute(
        &format!(
            "CREATE TABLE IF NOT EXISTS \"{table}\" (id TEXT PRIMARY KEY, status TEXT NOT NULL, seq INTEGER NOT NULL,
             deleted INTEGER NOT NULL, fields TEXT NOT NULL) WITHOUT ROWID"
        ),
        (),
    )
    .await
    .map_err(unavailable)?;
    conn.execute(
        "INSERT OR IGNORE INTO projection_tables (tenant, entity_type, table_name) VALUES (?1, ?2, ?3)",
        [tenant, entity_type, table.as_str()],
    )
    .await
    .map_err(unavailable)?;
    tables.insert(table.clone());
    created.push(table.clone());
    Ok(table)
}

async fn apply_commit(
    conn: &Connection,
    req: &CommitRequest,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
) -> Result<u64> {
    let s = &req.stream;
    let mut rows = conn
        .query(
            "SELECT COALESCE(MAX(seq), 0) FROM events WHERE tenant = ?1 AND entity_type = ?2 AND entity_id = ?3",
            [s.tenant.as_str(), s.entity_type.as_str(), s.entity_id.as_str()],
        )
        .await
        .map_err(unavailable)?;
    let current = match rows.next().await.map_err(unavailable)? {
        Some(r) => r.get::<i64>(0).map_err(unavailable)? as u64,
        None => 0,
    };
    drop(rows);
    if current != req.expected_seq {
        return Err(StorageError::Conflict(current));
    }
    if let Some(rec) = &req.idempotency {
        let inserted = conn
            .execute(
                "INSERT OR IGNORE INTO idempotency (tenant, key, request_hash, status, response) VALUES (?1, ?2, ?3, ?4, ?5)",
                ::libsql::params![rec.tenant.as_str(), rec.key.as_str(), rec.request_hash.as_str(), rec.status as i64, rec.response.as_str()],
            )
            .await
            .map_err(unavailable)?;
        if inserted == 0 {
            return Err(StorageError::Invalid(format!("idempotency key `{}` was already used", rec.key)));
        }
    }
    for e in &req.events {
        let r = conn
            .execute(
                "INSERT INTO events (tenant, entity_type, entity_id, seq, kind, payload, event_id, causation_id, correlation_id, actor, time_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                ::libsql::params![
                    s.tenant.as_str(),
                    s.entity_type.as_str(),
                    s.entity_id.as_str(),
                    e.seq as i64,
                    e.kind.as_str(),
                    e.payload.as_str(),
                    e.meta.event_id.as_str(),
                    e.meta.causation_id.as_str(),
                    e.meta.correlation_id.as_str(),
                    e.meta.actor.as_str(),
                    e.meta.time_ms as i64
                ],
            )
            .await;
        if let Err(err) = r {
            let text = err.to_string();
            if text.contains("UNIQUE") && text.contains("event_id") {
                return Err(StorageError::Invalid(format!("event id `{}` was already journaled", e.meta.event_id)));
            }
            if text.contains("UNIQUE") || text.contains("PRIMARY KEY") {
                return Err(StorageError::Conflict(current));
            }
            return Err(unavailable(text));
        }
    }
    let table = ensure_table(conn, &s.tenant, &s.entity_type, tables, created).await?;
    let p = &req.projection;
    conn.execute(
        &format!(
            "INSERT INTO \"{table}\" (id, status, seq, deleted, fields) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET status = excluded.status, seq = excluded.seq, deleted = excluded.deleted, fields = excluded.fields"
        ),
        ::libsql::params![p.id.as_str(), p.status.as_str(), p.seq as i64, p.deleted as i64, p.fields.as_str()],
    )
    .await
    .map_err(unavailable)?;
    for item in &req.outbox {
        conn.execute(
            "INSERT OR IGNORE INTO outbox (tenant, kind, idempotency_key, payload, not_before_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            ::libsql::params![s.tenant.as_str(), item.kind.as_str(), item.idempotency_key.as_str(), item.payload.as_str(), item.not_before_ms as i64],
        )
        .await
        .map_err(unavailable)?;
    }
    Ok(req.expected_seq + req.events.len() as u64)
}
