//! The reader pool: each read checks a connection out for itself and returns it when done.
//! A SQLite connection's read snapshot lasts while any of its statements is in flight, so a
//! connection shared by concurrent reads would answer a read that starts after a commit was
//! acknowledged from an older snapshot (a scan's, still open). Exclusive checkout keeps every
//! read fresh: once a commit is acknowledged, every read that starts later sees it.
//!
//! Each connection keeps the statements of the hot reads prepared ([`Reader::one`]): parsing
//! and planning the SQL cost a read by key more than running it. A cached statement is reset
//! after every use, so it never holds a snapshot open between reads.

use super::unavailable;
use crate::storage::Result;
use ::libsql::{Connection, Row, Statement};
use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Mutex, PoisonError};
use tokio::sync::{Semaphore, SemaphorePermit};

/// Prepared statements kept per connection; past this many the cache starts over (the SQL of
/// a read by key names a tenant's table, so the set grows with tenants and entity types).
const STATEMENTS: usize = 256;

/// A pooled connection and its prepared statements.
struct Conn {
    conn: Connection,
    stmts: HashMap<String, Statement>,
}

pub struct Readers {
    idle: Mutex<Vec<Conn>>,
    permits: Semaphore,
}

/// A checked-out connection; back in the pool when dropped.
pub struct Reader<'p> {
    pool: &'p Readers,
    conn: Option<Conn>,
    _permit: SemaphorePermit<'p>,
}

impl Readers {
    pub fn new(conns: Vec<Connection>) -> Self {
        let n = conns.len();
        let conns = conns.into_iter().map(|conn| Conn { conn, stmts: HashMap::new() }).collect();
        Self { idle: Mutex::new(conns), permits: Semaphore::new(n) }
    }

    /// Waits for a free connection.
    pub async fn get(&self) -> Result<Reader<'_>> {
        let permit = self.permits.acquire().await.map_err(|_| unavailable("the reader pool is closed"))?;
        let conn = self.idle.lock().unwrap_or_else(PoisonError::into_inner).pop();
        match conn {
            Some(conn) => Ok(Reader { pool: self, conn: Some(conn), _permit: permit }),
            // A permit always has a connection behind it; this is a bug, not a state to wait out.
            None => Err(unavailable("the reader pool lost a connection")),
        }
    }
}

impl Reader<'_> {
    /// The first row of `sql` (a statement kept prepared on this connection), read by `f`.
    /// The statement is reset afterwards whatever happened, and dropped from the cache if it
    /// failed (a table that changed or went away is prepared afresh next time).
    pub async fn one<T>(
        &mut self,
        sql: &str,
        params: impl ::libsql::params::IntoParams,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        let c = self.conn.as_mut().unwrap_or_else(|| unreachable!("a reader is used after it was returned"));
        if !c.stmts.contains_key(sql) {
            if c.stmts.len() >= STATEMENTS {
                c.stmts.clear();
            }
            let st = c.conn.prepare(sql).await.map_err(unavailable)?;
            c.stmts.insert(sql.to_string(), st);
        }
        let Some(st) = c.stmts.get(sql) else { return Err(unavailable("the statement cache lost a statement")) };
        st.reset();
        let r = async {
            let mut rows = st.query(params).await.map_err(unavailable)?;
            match rows.next().await.map_err(unavailable)? {
                Some(row) => f(&row).map(Some),
                None => Ok(None),
            }
        }
        .await;
        st.reset();
        if r.is_err() {
            c.stmts.remove(sql);
        }
        r
    }
}

impl Deref for Reader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        // Only `drop` takes the connection out.
        &self.conn.as_ref().unwrap_or_else(|| unreachable!("a reader is used after it was returned")).conn
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            self.pool.idle.lock().unwrap_or_else(PoisonError::into_inner).push(c);
        }
    }
}
