//! The reader pool: each read checks a connection out for itself and returns it when done.
//! A SQLite connection's read snapshot lasts while any of its statements is in flight, so a
//! connection shared by concurrent reads would answer a read that starts after a commit was
//! acknowledged from an older snapshot (a scan's, still open). Exclusive checkout keeps every
//! read fresh: once a commit is acknowledged, every read that starts later sees it.

use super::unavailable;
use crate::storage::Result;
use ::libsql::Connection;
use std::ops::Deref;
use std::sync::{Mutex, PoisonError};
use tokio::sync::{Semaphore, SemaphorePermit};

pub struct Readers {
    idle: Mutex<Vec<Connection>>,
    permits: Semaphore,
}

/// A checked-out connection; back in the pool when dropped.
pub struct Reader<'p> {
    pool: &'p Readers,
    conn: Option<Connection>,
    _permit: SemaphorePermit<'p>,
}

impl Readers {
    pub fn new(conns: Vec<Connection>) -> Self {
        let n = conns.len();
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

impl Deref for Reader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        // Only `drop` takes the connection out.
        self.conn.as_ref().unwrap_or_else(|| unreachable!("a reader is used after it was returned"))
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            self.pool.idle.lock().unwrap_or_else(PoisonError::into_inner).push(c);
        }
    }
}
