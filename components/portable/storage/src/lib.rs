//! The portable build's storage: `temper:host/storage` held in the component's own memory,
//! with the semantics of the host's in-memory backend (`host/src/storage/memory.rs`) — the
//! commit checks in [`store`], queries evaluated in memory in [`query`]. Everything lives as
//! long as the instance: a runtime that keeps one instance (jco) keeps the data, one that
//! instantiates per request (`wasmtime serve`) starts empty every time.

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

pub mod query;
pub mod store;

wit_bindgen::generate!({
    world: "portable-storage",
    additional_derives: [PartialEq],
    path: "../../../wit/kernel",
    generate_all,
});

use exports::temper::host::storage::{
    CommitRequest, Event, Guest, IdempotencyRecord, ProjectionRow, QueryResult, StorageError, StreamId,
};
use std::cell::RefCell;
use store::State;

thread_local! {
    /// The whole store. A component instance is single-threaded.
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Storage;

impl Guest for Storage {
    fn load(stream: StreamId) -> Result<ProjectionRow, StorageError> {
        with(|s| s.load(&stream))
    }

    fn read_events(stream: StreamId, after_seq: u64, limit: u32) -> Result<Vec<Event>, StorageError> {
        Ok(with(|s| s.read_events(&stream, after_seq, limit)))
    }

    fn commit(req: CommitRequest) -> Result<u64, StorageError> {
        with(|s| s.commit(req))
    }

    fn query(tenant: String, entity_type: String, query: String) -> Result<QueryResult, StorageError> {
        with(|s| query::run(s, &tenant, &entity_type, &query))
    }

    fn idempotency(tenant: String, key: String) -> Result<Option<IdempotencyRecord>, StorageError> {
        Ok(with(|s| s.idempotency.get(&(tenant, key)).cloned()))
    }

    fn kv_get(tenant: String, key: String) -> Result<Option<Vec<u8>>, StorageError> {
        Ok(with(|s| s.kv.get(&(tenant, key)).cloned()))
    }

    fn kv_set(tenant: String, key: String, value: Vec<u8>) -> Result<(), StorageError> {
        with(|s| s.kv.insert((tenant, key), value));
        Ok(())
    }

    fn kv_delete(tenant: String, key: String) -> Result<(), StorageError> {
        with(|s| s.kv.remove(&(tenant, key)));
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
export!(Storage);
