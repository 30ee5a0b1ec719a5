//! Crash safety: the real binary under concurrent bound-action load is killed with SIGKILL and
//! restarted on the same data directory. Every action that got a 2xx is in the journal, the
//! projection equals a replay of the journal (`check-store`), and the server serves again.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[test]
fn sigkill_under_load_loses_no_acknowledged_action() {
    let dir = fresh_dir("crash");
    let apps = fresh_dir("crash-apps");
    std::fs::create_dir_all(apps.join("bench/specs")).unwrap();
    std::fs::write(apps.join("bench/app.toml"), "name = \"bench\"\nversion = \"0.1.0\"\n").unwrap();
    for f in ["Counter.ioa.toml", "model.csdl.xml"] {
        std::fs::copy(repo().join("host/benches/bench_app").join(f), apps.join("bench/specs").join(f)).unwrap();
    }
    let h = Host::start_with(&dir, &apps);
    const CLIENTS: usize = 8;
    for c in 0..CLIENTS {
        let r = h.request("POST", "/bench/odata/Counters", &[], Some(&format!(r#"{{"Id": "c{c}"}}"#)));
        assert_eq!(r.status, 201, "{}", r.body);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let acked: Arc<Vec<AtomicU64>> = Arc::new((0..CLIENTS).map(|_| AtomicU64::new(0)).collect());
    let mut workers = Vec::new();
    for c in 0..CLIENTS {
        let (addr, token, stop, acked) = (h.addr.clone(), h.token.clone(), stop.clone(), acked.clone());
        workers.push(std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let auth = format!("Bearer {token}");
                let r = std::panic::catch_unwind(|| {
                    request(
                        &addr,
                        "POST",
                        &format!("/bench/odata/Counters('c{c}')/Temper.Bench.Increment"),
                        &[("Authorization", &auth)],
                        Some("{}"),
                    )
                });
                match r {
                    Ok(resp) if resp.status == 200 => {
                        acked[c].fetch_add(1, Ordering::SeqCst);
                    }
                    _ => break, // the server is gone
                }
            }
        }));
    }
    std::thread::sleep(std::time::Duration::from_millis(1500));
    h.kill(); // SIGKILL mid-burst
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        let _ = w.join();
    }
    let total: u64 = acked.iter().map(|a| a.load(Ordering::SeqCst)).sum();
    assert!(total > 50, "the load ran ({total} acknowledged actions)");

    let h = Host::start_with(&dir, &apps);
    for (c, a) in acked.iter().enumerate() {
        let r = h.request("GET", &format!("/bench/odata/Counters('c{c}')"), &[], None);
        assert_eq!(r.status, 200, "{}", r.body);
        let hits = r.json()["hits"].as_u64().unwrap();
        let ok = a.load(Ordering::SeqCst);
        // Every acknowledged action is there; at most the one in flight at the kill is extra.
        assert!(hits >= ok && hits <= ok + 1, "counter c{c}: {hits} hits after {ok} acknowledged actions");
    }
    // It serves and writes again.
    let r = h.request("POST", "/bench/odata/Counters('c0')/Temper.Bench.Increment", &[], Some("{}"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(h.stop().success());
    assert_no_drift(&dir);
}
