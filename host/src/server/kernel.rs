//! The host's pool of interpreter instances, kept up to date with every deployed spec: a
//! caller borrows an instance, which first loads any spec deployed since it last ran.

use crate::runtime::interpreter::{Interpreter, InterpreterPool, SourceFile};
use anyhow::{Result, anyhow};
use std::sync::{Mutex, RwLock};

pub struct Kernel {
    pool: InterpreterPool,
    idle: Mutex<Vec<(u64, Interpreter)>>,
    /// Every deployed file set, and a generation that grows with each deployment.
    sources: RwLock<(u64, Vec<Vec<SourceFile>>)>,
}

impl Kernel {
    pub fn new(pool: InterpreterPool) -> Self {
        Self { pool, idle: Mutex::new(Vec::new()), sources: RwLock::new((0, Vec::new())) }
    }

    /// Records a deployed file set so every instance loads it.
    pub fn remember(&self, files: Vec<SourceFile>) {
        if let Ok(mut s) = self.sources.write() {
            s.0 += 1;
            s.1.push(files);
        }
    }

    /// Runs `f` on an instance that knows every deployed spec.
    pub fn with<R>(&self, f: impl FnOnce(&mut Interpreter) -> Result<R>) -> Result<R> {
        let taken = self.idle.lock().map_err(|_| anyhow!("interpreter pool poisoned"))?.pop();
        let (mut generation, mut interp) = match taken {
            Some(x) => x,
            None => (0, self.pool.instantiate()?),
        };
        let (current, missing) = {
            let s = self.sources.read().map_err(|_| anyhow!("spec sources poisoned"))?;
            (s.0, if generation < s.0 { s.1.clone() } else { Vec::new() })
        };
        for files in missing {
            // Loading is idempotent per content hash; errors were reported at deploy time.
            let _ = interp.load(&files)?;
        }
        generation = current;
        let r = f(&mut interp);
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((generation, interp));
        }
        r
    }
}
