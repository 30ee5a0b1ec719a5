//! The tenant event feed: global, strictly increasing positions in commit order; a tenant
//! sees only its own events; resuming after a position; the change signal; and (libSQL)
//! positions continuing after a reopen and numbered for a file journaled before they existed.

use super::*;
use std::time::Duration;

fn positions(feed: &[FeedEvent]) -> Vec<u64> {
    feed.iter().map(|f| f.position).collect()
}

pub async fn orders_isolates_and_resumes<B: Backend>(b: &B) {
    let rx = b.subscribe();
    assert_eq!(*rx.borrow(), 0, "a fresh backend has journaled nothing");
    let (a, c, other) = (stream("fa", "a"), stream("fa", "c"), stream("fb", "a"));
    b.commit(commit(&a, 0, 2)).await.unwrap();
    b.commit(commit(&other, 0, 1)).await.unwrap();
    b.commit(commit(&c, 0, 1)).await.unwrap();
    let fa = b.read_feed("fa", 0, 100).await.unwrap();
    let got: Vec<(&str, u64)> = fa.iter().map(|f| (f.stream.entity_id.as_str(), f.event.seq)).collect();
    assert_eq!(got, [("a", 1), ("a", 2), ("c", 1)]);
    assert!(fa.windows(2).all(|w| w[0].position < w[1].position), "{:?}", positions(&fa));
    assert!(fa.iter().all(|f| f.stream.tenant == "fa" && f.stream.entity_type == "Task"));
    assert_eq!(fa[0].event, b.read_events(&a, 0, 1).await.unwrap()[0], "the feed carries the journaled event");
    let fb = b.read_feed("fb", 0, 100).await.unwrap();
    assert_eq!(fb.len(), 1, "a tenant's feed holds only its own events");
    // Positions are global: the other tenant's commit sits between the two of this tenant.
    assert!(fa[1].position < fb[0].position && fb[0].position < fa[2].position);
    assert_eq!(*b.subscribe().borrow(), fa[2].position, "the signal holds the last position");
    // Resuming after a position returns exactly what followed it; limits page.
    assert_eq!(positions(&b.read_feed("fa", fa[0].position, 100).await.unwrap()), positions(&fa[1..]));
    assert_eq!(positions(&b.read_feed("fa", fa[1].position, 100).await.unwrap()), [fa[2].position]);
    assert!(b.read_feed("fa", fa[2].position, 100).await.unwrap().is_empty());
    assert_eq!(positions(&b.read_feed("fa", 0, 2).await.unwrap()), positions(&fa[..2]));
    assert!(b.read_feed("fa", u64::MAX, 100).await.unwrap().is_empty());
    // A refused commit takes no position; the next one still comes after everything before.
    assert_eq!(b.commit(commit(&a, 0, 1)).await, Err(StorageError::Conflict(2)));
    assert!(b.read_feed("fa", fa[2].position, 100).await.unwrap().is_empty());
    b.commit(commit(&a, 2, 1)).await.unwrap();
    let more = b.read_feed("fa", fa[2].position, 100).await.unwrap();
    assert_eq!((more.len(), more[0].event.seq), (1, 3));
    assert!(more[0].position > fb[0].position);
}

pub async fn signals_each_commit<B: Backend + 'static>(b: &B) {
    let mut rx = b.subscribe();
    rx.borrow_and_update();
    let waiter = tokio::spawn(async move {
        tokio::time::timeout(Duration::from_secs(10), rx.changed()).await.expect("a commit ticks the signal").unwrap();
        *rx.borrow_and_update()
    });
    tokio::time::sleep(Duration::from_millis(20)).await;
    b.commit(commit(&stream("fs", "x"), 0, 3)).await.unwrap();
    let last = b.read_feed("fs", 0, 10).await.unwrap().last().unwrap().position;
    assert_eq!(waiter.await.unwrap(), last, "the signal carries the commit's last position");
    // Writes that journal nothing do not tick it.
    let mut rx = b.subscribe();
    rx.borrow_and_update();
    b.kv_set("fs", "k", b"v").await.unwrap();
    let row = TrajectoryRow { id: "t".into(), tenant: "fs".into(), origin: "request".into(), ..Default::default() };
    b.record_trajectory(row).await.unwrap();
    assert!(!rx.has_changed().unwrap());
}

/// Many writers on many streams: every event gets its own position, and each tenant's feed is
/// in strictly increasing order with nothing missing.
pub async fn concurrent_commits_get_distinct_increasing_positions<B: Backend + 'static>(b: Arc<B>) {
    let mut handles = Vec::new();
    for w in 0..40 {
        let b = b.clone();
        handles.push(tokio::spawn(async move {
            let s = stream(if w % 2 == 0 { "even" } else { "odd" }, &format!("e{w}"));
            b.commit(commit(&s, 0, 1)).await.unwrap();
            b.commit(commit(&s, 1, 2)).await.unwrap();
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let mut all = Vec::new();
    for tenant in ["even", "odd"] {
        let feed = b.read_feed(tenant, 0, 1_000).await.unwrap();
        assert_eq!(feed.len(), 60);
        assert!(feed.windows(2).all(|w| w[0].position < w[1].position));
        // Within a stream, the feed keeps the journal's order.
        for e in 0..40 {
            let seqs: Vec<u64> =
                feed.iter().filter(|f| f.stream.entity_id == format!("e{e}")).map(|f| f.event.seq).collect();
            assert!(seqs.is_empty() || seqs == [1, 2, 3], "{seqs:?}");
        }
        all.extend(positions(&feed));
    }
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), 120, "no position is shared");
    assert_eq!(*b.subscribe().borrow(), *all.last().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn libsql_positions_continue_after_reopening_the_file() {
    let path = temp_db("feed-reopen");
    let before = {
        let b = LibsqlBackend::open(LibsqlConfig::new(&path)).await.unwrap();
        b.commit(commit(&stream("fr", "a"), 0, 2)).await.unwrap();
        b.commit(commit(&stream("fz", "a"), 0, 1)).await.unwrap();
        let last = *b.subscribe().borrow();
        b.close().await;
        last
    };
    assert_eq!(before, 3);
    let b = LibsqlBackend::open(LibsqlConfig::new(&path)).await.unwrap();
    assert_eq!(*b.subscribe().borrow(), before, "the signal starts at the last position on file");
    b.commit(commit(&stream("fr", "b"), 0, 1)).await.unwrap();
    let feed = b.read_feed("fr", 0, 10).await.unwrap();
    assert_eq!(positions(&feed), [1, 2, 4]);
}

/// A file journaled before events had positions (and outbox items errors) is upgraded when
/// opened: its events are numbered in time order, and journaling continues after them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn libsql_upgrades_a_file_without_positions() {
    let path = temp_db("feed-upgrade");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    {
        let db = ::libsql::Builder::new_local(path.to_string_lossy().as_ref()).build().await.unwrap();
        let conn = db.connect().unwrap();
        conn.execute_batch(
            "CREATE TABLE events (
                tenant TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, seq INTEGER NOT NULL,
                kind TEXT NOT NULL, payload TEXT NOT NULL, event_id TEXT NOT NULL, causation_id TEXT NOT NULL,
                correlation_id TEXT NOT NULL, actor TEXT NOT NULL, time_ms INTEGER NOT NULL,
                PRIMARY KEY (tenant, entity_type, entity_id, seq)) WITHOUT ROWID;
             CREATE TABLE projection_tables (tenant TEXT NOT NULL, entity_type TEXT NOT NULL,
                table_name TEXT NOT NULL UNIQUE, PRIMARY KEY (tenant, entity_type)) WITHOUT ROWID;
             CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, tenant TEXT NOT NULL, kind TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, not_before_ms INTEGER NOT NULL,
                done INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0);
             INSERT INTO events VALUES ('up', 'Task', 'b', 1, 'created', '{}', 'up-b-1', '', 'c', 'x', 20);
             INSERT INTO events VALUES ('up', 'Task', 'a', 1, 'created', '{}', 'up-a-1', '', 'c', 'x', 10);
             INSERT INTO events VALUES ('up', 'Task', 'a', 2, 'action', '{}', 'up-a-2', '', 'c', 'x', 30);
             INSERT INTO projection_tables VALUES ('up', 'Task', 'proj_old');
             INSERT INTO outbox (tenant, kind, idempotency_key, payload, not_before_ms) VALUES ('up', 'timer', 'k', '{}', 5);",
        )
        .await
        .unwrap();
    }
    let b = LibsqlBackend::open(LibsqlConfig::new(&path)).await.unwrap();
    let feed = b.read_feed("up", 0, 10).await.unwrap();
    let got: Vec<(u64, &str, u64)> =
        feed.iter().map(|f| (f.position, f.stream.entity_id.as_str(), f.event.seq)).collect();
    assert_eq!(got, [(1, "a", 1), (2, "b", 1), (3, "a", 2)]);
    assert_eq!(*b.subscribe().borrow(), 3);
    let work = b.pending_work(10, 10).await.unwrap();
    assert_eq!((work.len(), work[0].attempts, work[0].last_error.clone()), (1, 0, None));
    b.retry_work(work[0].id, 50, "upgraded column works").await.unwrap();
    assert_eq!(b.pending_work(50, 10).await.unwrap()[0].last_error.as_deref(), Some("upgraded column works"));
}
