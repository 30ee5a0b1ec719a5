//! The portable build's clock: `temper:host/clock` answered from `wasi:clocks`, so the embedding
//! runtime decides what time it is (as the host does in production).

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

wit_bindgen::generate!({
    world: "portable-clock",
    path: "../../../wit/kernel",
    generate_all,
});

use wasi::clocks::{monotonic_clock, wall_clock};

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Clock;

impl exports::temper::host::clock::Guest for Clock {
    fn now_ms() -> u64 {
        let t = wall_clock::now();
        t.seconds.saturating_mul(1000).saturating_add(u64::from(t.nanoseconds / 1_000_000))
    }

    fn monotonic_ns() -> u64 {
        monotonic_clock::now()
    }
}

#[cfg(target_arch = "wasm32")]
export!(Clock);
