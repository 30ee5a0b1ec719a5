//! The single writer: takes everything waiting (up to `max_batch`), applies each operation in
//! its own savepoint inside one transaction, commits once, then answers every caller and
//! announces the new last feed position.

use super::{projection_table, reads, trajectories, unavailable};
use crate::storage::{CatalogEntry, CommitRequest, Result, StorageError, TrajectoryRow};
use ::libsql::{Connection, Statement};
use std::collections::{HashMap, HashSet};
use tokio::sync::{mpsc, oneshot, watch};

pub enum WriteOp {
    Commit(Box<CommitRequest>, oneshot::Sender<Result<u64>>),
    CompleteWork(i64, oneshot::Sender<Result<()>>),
    RetryWork(i64, u64, String, oneshot::Sender<Result<()>>),
    Trajectory(Box<TrajectoryRow>, oneshot::Sender<Result<()>>),
    KvSet(String, String, Vec<u8>, oneshot::Sender<Result<()>>),
    KvDelete(String, String, oneshot::Sender<Result<()>>),
    CatalogPut(Box<CatalogEntry>, oneshot::Sender<Result<()>>),
    CatalogDelete(String, String, oneshot::Sender<Result<()>>),
}

/// The writer's connection with its prepared statements: the writer is the one serial part
/// of the write path, so it parses each statement once, not once per commit.
pub struct Db {
    pub conn: Connection,
    stmts: HashMap<String, Statement>,
}

impl Db {
    pub fn new(conn: Connection) -> Self {
        Self { conn, stmts: HashMap::new() }
    }

    async fn stmt(&mut self, sql: &str) -> ::libsql::Result<&Statement> {
        if !self.stmts.contains_key(sql) {
            let st = self.conn.prepare(sql).await?;
            self.stmts.insert(sql.to_string(), st);
        }
        match self.stmts.get(sql) {
            Some(st) => Ok(st),
            None => Err(::libsql::Error::Misuse("statement cache".into())),
        }
    }

    /// Runs a cached statement that returns no rows; the number of rows changed.
    pub async fn exec(&mut self, sql: &str, params: impl ::libsql::params::IntoParams) -> ::libsql::Result<usize> {
        let st = self.stmt(sql).await?;
        st.reset();
        let r = st.execute(params).await;
        st.reset();
        r
    }

    /// The first column of the first row of a cached query, as an integer.
    async fn scalar(&mut self, sql: &str, params: impl ::libsql::params::IntoParams) -> ::libsql::Result<Option<i64>> {
        let st = self.stmt(sql).await?;
        st.reset();
        let mut rows = st.query(params).await?;
        let v = match rows.next().await? {
            Some(r) => Some(r.get::<i64>(0)?),
            None => None,
        };
        drop(rows);
        st.reset();
        Ok(v)
    }
}

/// What the writer keeps between batches.
pub struct Writer {
    pub db: Db,
    pub max_batch: usize,
    /// The last feed position journaled (committed or in the open transaction).
    pub position: u64,
    pub positions: watch::Sender<u64>,
}

impl Writer {
    pub async fn run(mut self, mut rx: mpsc::Receiver<WriteOp>) {
        let mut tables: HashSet<String> = HashSet::new();
        while let Some(first) = rx.recv().await {
            let mut batch = vec![first];
            while batch.len() < self.max_batch {
                match rx.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            let db = &mut self.db;
            if let Err(e) = db.conn.execute("BEGIN IMMEDIATE", ()).await {
                let err = unavailable(format!("beginning a transaction: {e}"));
                for op in batch {
                    answer(op, Err(err.clone()));
                }
                continue;
            }
            let start = self.position;
            let mut results: Vec<(WriteOp, Result<u64>)> = Vec::with_capacity(batch.len());
            let mut created: Vec<String> = Vec::new();
            for op in batch {
                let r = apply_in_savepoint(db, &op, &mut tables, &mut created, &mut self.position).await;
                results.push((op, r));
            }
            match db.conn.execute("COMMIT", ()).await {
                Ok(_) => {
                    if self.position != start {
                        self.positions.send_replace(self.position);
                    }
                    for (op, r) in results {
                        answer(op, r);
                    }
                }
                Err(e) => {
                    let _ = db.conn.execute("ROLLBACK", ()).await;
                    self.position = start;
                    for t in created {
                        tables.remove(&t);
                    }
                    let err = unavailable(format!("committing: {e}"));
                    for (op, _) in results {
                        answer(op, Err(err.clone()));
                    }
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
        WriteOp::CompleteWork(_, tx)
        | WriteOp::RetryWork(_, _, _, tx)
        | WriteOp::Trajectory(_, tx)
        | WriteOp::KvSet(_, _, _, tx)
        | WriteOp::KvDelete(_, _, tx)
        | WriteOp::CatalogPut(_, tx)
        | WriteOp::CatalogDelete(_, _, tx) => {
            let _ = tx.send(r.map(|_| ()));
        }
    }
}

async fn apply_in_savepoint(
    db: &mut Db,
    op: &WriteOp,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
    position: &mut u64,
) -> Result<u64> {
    db.exec("SAVEPOINT op", ()).await.map_err(unavailable)?;
    let r = apply(db, op, tables, created, position).await;
    if r.is_err() {
        db.exec("ROLLBACK TO op", ()).await.map_err(unavailable)?;
    }
    db.exec("RELEASE op", ()).await.map_err(unavailable)?;
    r
}

async fn apply(
    db: &mut Db,
    op: &WriteOp,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
    position: &mut u64,
) -> Result<u64> {
    match op {
        WriteOp::Commit(req, _) => apply_commit(db, req, tables, created, position).await,
        WriteOp::CompleteWork(id, _) => {
            let n = db.exec("UPDATE outbox SET done = 1 WHERE id = ?1", [*id]).await.map_err(unavailable)?;
            if n == 0 { Err(StorageError::NotFound) } else { Ok(0) }
        }
        WriteOp::RetryWork(id, not_before, error, _) => {
            let n = db
                .exec(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, not_before_ms = ?3
                     WHERE id = ?1 AND done = 0",
                    ::libsql::params![*id, error.as_str(), reads::int(*not_before)],
                )
                .await
                .map_err(unavailable)?;
            if n == 0 { Err(StorageError::NotFound) } else { Ok(0) }
        }
        WriteOp::Trajectory(row, _) => trajectories::insert(db, row).await.map(|()| 0),
        WriteOp::KvSet(t, k, v, _) => {
            db.exec(
                "INSERT INTO kv (tenant, key, value) VALUES (?1, ?2, ?3) ON CONFLICT(tenant, key) DO UPDATE SET value = excluded.value",
                ::libsql::params![t.as_str(), k.as_str(), v.clone()],
            )
            .await
            .map_err(unavailable)?;
            Ok(0)
        }
        WriteOp::CatalogPut(entry, _) => super::catalog::put(db, entry).await.map(|()| 0),
        WriteOp::CatalogDelete(t, a, _) => super::catalog::delete(db, t, a).await.map(|()| 0),
        WriteOp::KvDelete(t, k, _) => {
            db.exec("DELETE FROM kv WHERE tenant = ?1 AND key = ?2", [t.as_str(), k.as_str()])
                .await
                .map_err(unavailable)?;
            Ok(0)
        }
    }
}

async fn ensure_table(
    db: &mut Db,
    tenant: &str,
    entity_type: &str,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
) -> Result<String> {
    let table = projection_table(tenant, entity_type);
    if tables.contains(&table) {
        return Ok(table);
    }
    db.conn
        .execute(
            &format!(
            "CREATE TABLE IF NOT EXISTS \"{table}\" (id TEXT PRIMARY KEY, status TEXT NOT NULL, seq INTEGER NOT NULL,
             deleted INTEGER NOT NULL, fields TEXT NOT NULL) WITHOUT ROWID"
        ),
            (),
        )
        .await
        .map_err(unavailable)?;
    db.conn
        .execute(
            "INSERT OR IGNORE INTO projection_tables (tenant, entity_type, table_name) VALUES (?1, ?2, ?3)",
            [tenant, entity_type, table.as_str()],
        )
        .await
        .map_err(unavailable)?;
    tables.insert(table.clone());
    created.push(table.clone());
    Ok(table)
}

/// One commit; `position` advances only if it succeeds (a failed commit's savepoint is rolled
/// back, so its positions are free again).
async fn apply_commit(
    db: &mut Db,
    req: &CommitRequest,
    tables: &mut HashSet<String>,
    created: &mut Vec<String>,
    position: &mut u64,
) -> Result<u64> {
    let s = &req.stream;
    let current = db
        .scalar(
            "SELECT COALESCE(MAX(seq), 0) FROM events WHERE tenant = ?1 AND entity_type = ?2 AND entity_id = ?3",
            [s.tenant.as_str(), s.entity_type.as_str(), s.entity_id.as_str()],
        )
        .await
        .map_err(unavailable)?
        .unwrap_or(0) as u64;
    if current != req.expected_seq {
        return Err(StorageError::Conflict(current));
    }
    if let Some(rec) = &req.idempotency {
        let inserted = db
            .exec(
                "INSERT OR IGNORE INTO idempotency (tenant, key, request_hash, status, response) VALUES (?1, ?2, ?3, ?4, ?5)",
                ::libsql::params![rec.tenant.as_str(), rec.key.as_str(), rec.request_hash.as_str(), rec.status as i64, rec.response.as_str()],
            )
            .await
            .map_err(unavailable)?;
        if inserted == 0 {
            return Err(StorageError::Invalid(format!("idempotency key `{}` was already used", rec.key)));
        }
    }
    let mut next = *position;
    for e in &req.events {
        next += 1;
        let r = db
            .exec(
                "INSERT INTO events (tenant, entity_type, entity_id, seq, kind, payload, event_id, causation_id, correlation_id, actor, time_ms, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
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
                    e.meta.time_ms as i64,
                    next as i64
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
    let table = ensure_table(db, &s.tenant, &s.entity_type, tables, created).await?;
    let p = &req.projection;
    db.exec(
        &format!(
            "INSERT INTO \"{table}\" (id, status, seq, deleted, fields) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET status = excluded.status, seq = excluded.seq, deleted = excluded.deleted, fields = excluded.fields"
        ),
        ::libsql::params![p.id.as_str(), p.status.as_str(), p.seq as i64, p.deleted as i64, p.fields.as_str()],
    )
    .await
    .map_err(unavailable)?;
    for item in &req.outbox {
        db.exec(
            "INSERT OR IGNORE INTO outbox (tenant, kind, idempotency_key, payload, not_before_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            ::libsql::params![s.tenant.as_str(), item.kind.as_str(), item.idempotency_key.as_str(), item.payload.as_str(), reads::int(item.not_before_ms)],
        )
        .await
        .map_err(unavailable)?;
    }
    if let Some(t) = &req.trajectory {
        trajectories::insert(db, t).await?;
    }
    *position = next;
    Ok(req.expected_seq + req.events.len() as u64)
}
