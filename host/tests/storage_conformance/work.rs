//! The outbox work lifecycle: due work, a failed attempt pushed out with its error, the next
//! due time a drainer sleeps until, completion; and (libSQL) pending work surviving a reopen.

use super::*;

fn item(key: &str, kind: &str, not_before_ms: u64) -> OutboxItem {
    OutboxItem {
        kind: kind.into(),
        idempotency_key: key.into(),
        payload: format!("{{\"key\":\"{key}\"}}"),
        not_before_ms,
    }
}

pub async fn lifecycle<B: Backend>(b: &B) {
    assert_eq!(b.next_due().await.unwrap(), None, "nothing pending on a fresh backend");
    let mut c = commit(&stream("w1", "job"), 0, 1);
    c.outbox = vec![item("w1/job/1/0", "trigger", 100), item("w1/job/1/1", "timer", 5_000)];
    b.commit(c).await.unwrap();
    assert_eq!(b.next_due().await.unwrap(), Some(100));
    let due = b.pending_work(100, 10).await.unwrap();
    assert_eq!(due.len(), 1);
    let first = &due[0];
    assert_eq!((first.tenant.as_str(), first.item.kind.as_str(), first.attempts), ("w1", "trigger", 0));
    assert_eq!(first.last_error, None);

    // A failed attempt: counted, its error kept, and not due again before the new time.
    b.retry_work(first.id, 7_000, "the service answered 503").await.unwrap();
    assert!(b.pending_work(6_999, 10).await.unwrap().iter().all(|w| w.id != first.id));
    assert_eq!(b.next_due().await.unwrap(), Some(5_000), "the timer is now the earliest");
    let later = b.pending_work(7_000, 10).await.unwrap();
    assert_eq!(later.len(), 2);
    let retried = later.iter().find(|w| w.id == first.id).unwrap();
    assert_eq!(retried.attempts, 1);
    assert_eq!(retried.last_error.as_deref(), Some("the service answered 503"));
    assert_eq!(retried.item.not_before_ms, 7_000);
    assert_eq!(retried.item.payload, first.item.payload, "a retry changes nothing else");
    b.retry_work(first.id, 9_000, "timed out").await.unwrap();
    let again = b.pending_work(9_000, 10).await.unwrap();
    let retried = again.iter().find(|w| w.id == first.id).unwrap();
    assert_eq!((retried.attempts, retried.last_error.as_deref()), (2, Some("timed out")));

    // Completing both: nothing is due, ever; a completed or unknown item cannot be retried.
    for w in &again {
        b.complete_work(w.id).await.unwrap();
    }
    assert_eq!(b.next_due().await.unwrap(), None);
    assert!(b.pending_work(u64::MAX, 10).await.unwrap().is_empty());
    assert_eq!(b.retry_work(first.id, 1, "late").await, Err(StorageError::NotFound));
    assert_eq!(b.retry_work(424_242, 1, "unknown").await, Err(StorageError::NotFound));

    // Work due "now or earlier" is ordered oldest first, and due times far in the future
    // (beyond SQLite's signed integers) stay pending, not due.
    let mut c = commit(&stream("w1", "job"), 1, 1);
    c.outbox = vec![item("w1/job/2/0", "a", 50), item("w1/job/2/1", "b", 10), item("w1/job/2/2", "c", u64::MAX)];
    b.commit(c).await.unwrap();
    let kinds: Vec<String> = b.pending_work(1_000, 10).await.unwrap().into_iter().map(|w| w.item.kind).collect();
    assert_eq!(kinds, ["a", "b"]);
    assert_eq!(b.next_due().await.unwrap(), Some(10));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn libsql_pending_work_survives_reopening_the_file() {
    let path = temp_db("work-reopen");
    let open = || LibsqlBackend::open(LibsqlConfig::new(&path));
    let id = {
        let b = open().await.unwrap();
        let mut c = commit(&stream("w2", "job"), 0, 1);
        c.outbox = vec![item("w2/job/1/0", "trigger", 0), item("w2/job/1/1", "timer", 60_000)];
        b.commit(c).await.unwrap();
        let due = b.pending_work(0, 10).await.unwrap();
        assert_eq!(due.len(), 1);
        b.retry_work(due[0].id, 30_000, "first attempt failed").await.unwrap();
        b.close().await;
        due[0].id
    };
    let b = open().await.unwrap();
    assert_eq!(b.next_due().await.unwrap(), Some(30_000));
    let pending = b.pending_work(u64::MAX, 10).await.unwrap();
    assert_eq!(pending.len(), 2, "both items are still pending after the reopen");
    let w = pending.iter().find(|w| w.id == id).unwrap();
    assert_eq!((w.attempts, w.last_error.as_deref()), (1, Some("first attempt failed")));
    assert_eq!(w.item.idempotency_key, "w2/job/1/0");
    b.complete_work(id).await.unwrap();
    b.close().await;
    let b = open().await.unwrap();
    let left: Vec<String> =
        b.pending_work(u64::MAX, 10).await.unwrap().into_iter().map(|w| w.item.idempotency_key).collect();
    assert_eq!(left, ["w2/job/1/1"], "the completed item is gone for good");
    assert_eq!(b.next_due().await.unwrap(), Some(60_000));
}
