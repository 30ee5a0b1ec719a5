//! `GET /api/tenants/{tenant}/events`: the tenant's journal as server-sent events. Every
//! event after the resume point (`Last-Event-ID`, else `?after=`, else the beginning) is
//! replayed in position order, then new events follow as they commit — woken by the store's
//! change signal, never by polling. A `: keepalive` comment goes out every 15 s; the stream
//! ends when the client goes away or the server shuts down.

use super::Call;
use crate::server::ReqBody;
use crate::server::Shared;
use crate::server::respond::{Bad, Reply, query_pairs};
use crate::storage::{Backend, FeedEvent};
use http_body_util::BodyExt;
use hyper::body::{Bytes, Frame};
use hyper::{Request, Response, StatusCode};
use serde_json::{Value as Json, json};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// How often an idle stream sends a comment (proxies and clients then know it is alive).
pub const KEEPALIVE: Duration = Duration::from_secs(15);
/// Events read from the store at a time.
const PAGE: u32 = 256;

/// A response body fed by a channel: each message is one chunk; it ends when the sender does.
pub(super) struct ChannelBody(pub(super) mpsc::Receiver<Bytes>);

impl hyper::body::Body for ChannelBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|b| b.map(|b| Ok(Frame::data(b))))
    }
}

/// Where the stream resumes: the `Last-Event-ID` header (what a reconnecting client sends),
/// else `?after=` (a position, or `now`: only what is committed from here on), else 0 (the
/// whole journal).
fn resume_point(req: &Request<ReqBody>, now: u64) -> Result<u64, Bad> {
    let bad = |what: &str, v: &str| {
        Bad(
            StatusCode::BAD_REQUEST,
            "InvalidQuery",
            format!(
                "{what} `{v}` is not a position: use the `id` of the last event received (a number), or `after=now`"
            ),
        )
    };
    if let Some(h) = req.headers().get("last-event-id") {
        let v = h.to_str().unwrap_or("").trim();
        return v.parse().map_err(|_| bad("Last-Event-ID", v));
    }
    match query_pairs(req.uri().query(), &["after"])?.first() {
        Some((_, v)) if v == "now" => Ok(now),
        Some((_, v)) => v.parse().map_err(|_| bad("after", v)),
        None => Ok(0),
    }
}

/// One SSE frame: `id`, `event` (the kind) and the event as JSON `data`.
pub fn frame(f: &FeedEvent) -> Bytes {
    let e = &f.event;
    let payload = serde_json::from_str::<Json>(&e.payload).unwrap_or_else(|_| Json::String(e.payload.clone()));
    let data = json!({
        "position": f.position,
        "entity_type": f.stream.entity_type,
        "entity_id": f.stream.entity_id,
        "seq": e.seq,
        "kind": e.kind,
        "payload": payload,
        "actor": e.meta.actor,
        "time_ms": e.meta.time_ms,
        "correlation_id": e.meta.correlation_id,
    });
    // A kind is one line; anything that would break the frame is replaced.
    let kind: String = e.kind.chars().map(|c| if c == '\r' || c == '\n' { ' ' } else { c }).collect();
    Bytes::from(format!("id: {}\nevent: {kind}\ndata: {data}\n\n", f.position))
}

pub fn stream(call: &Call<'_>, req: &Request<ReqBody>) -> Reply {
    let now = *call.server.shared.store.subscribe().borrow();
    let after = match resume_point(req, now) {
        Ok(a) => a,
        Err(bad) => return bad.reply(),
    };
    let (tx, rx) = mpsc::channel(64);
    tokio::spawn(pump(call.server.shared.clone(), call.tenant.clone(), after, tx));
    let mut r = Response::new(ChannelBody(rx).map_err(|never| match never {}).boxed_unsync());
    let h = r.headers_mut();
    h.insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("text/event-stream"));
    h.insert(hyper::header::CACHE_CONTROL, hyper::header::HeaderValue::from_static("no-cache"));
    // The connection ends with the stream (a server shutting down is not held open by it).
    h.insert(hyper::header::CONNECTION, hyper::header::HeaderValue::from_static("close"));
    r
}

/// Sends one chunk unless the server shuts down first; `false` when the stream should end.
async fn emit(tx: &mpsc::Sender<Bytes>, chunk: Bytes, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        sent = tx.send(chunk) => sent.is_ok(),
        _ = shutdown.wait_for(|stop| *stop) => false,
    }
}

/// Replays, then follows, the tenant's feed into `tx` until the client or the server goes.
async fn pump(shared: Arc<Shared>, tenant: String, mut after: u64, tx: mpsc::Sender<Bytes>) {
    let mut signal = shared.store.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    let mut keepalive = tokio::time::interval_at(tokio::time::Instant::now() + KEEPALIVE, KEEPALIVE);
    loop {
        if *shutdown.borrow() {
            return;
        }
        // Marked seen before reading: a commit that lands during the read ticks it again.
        signal.borrow_and_update();
        loop {
            let batch = match shared.store.read_feed(&tenant, after, PAGE).await {
                Ok(b) => b,
                Err(e) => {
                    let _ =
                        emit(&tx, Bytes::from(format!(": error reading the journal: {e}\n\n")), &mut shutdown).await;
                    return;
                }
            };
            let full = batch.len() == PAGE as usize;
            for f in &batch {
                after = f.position;
                if !emit(&tx, frame(f), &mut shutdown).await {
                    return;
                }
            }
            if !full {
                break;
            }
        }
        // `true`: something committed; `false`: time for a keepalive.
        let committed = tokio::select! {
            changed = signal.changed() => match changed {
                Ok(()) => true,
                Err(_) => return, // the store is gone
            },
            _ = keepalive.tick() => false,
            _ = shutdown.wait_for(|stop| *stop) => return,
            _ = tx.closed() => return,
        };
        if !committed && !emit(&tx, Bytes::from_static(b": keepalive\n\n"), &mut shutdown).await {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::storage::{Event, EventMeta, StreamId};

    #[test]
    fn a_frame_is_id_event_and_one_line_of_json() {
        let f = FeedEvent {
            position: 42,
            stream: StreamId::new("t", "Task", "a"),
            event: Event {
                seq: 3,
                kind: "action".into(),
                payload: r#"{"action":"Start","params":{"why":"line\nbreak"}}"#.into(),
                meta: EventMeta {
                    actor: "Agent::\"bot\"".into(),
                    time_ms: 7,
                    correlation_id: "c".into(),
                    ..Default::default()
                },
            },
        };
        let text = String::from_utf8(frame(&f).to_vec()).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(&lines[..2], ["id: 42", "event: action"]);
        assert_eq!(&lines[3..], ["", ""], "one data line, then the blank line that ends the frame");
        let data: Json = serde_json::from_str(lines[2].strip_prefix("data: ").unwrap()).unwrap();
        assert_eq!(data["payload"]["params"]["why"], "line\nbreak");
        assert_eq!((data["position"].as_u64(), data["seq"].as_u64()), (Some(42), Some(3)));
        assert_eq!((data["entity_type"].as_str(), data["actor"].as_str()), (Some("Task"), Some("Agent::\"bot\"")));
    }
}
