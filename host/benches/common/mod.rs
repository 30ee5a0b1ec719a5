//! HTTP/1.1 client pieces the end-to-end benchmarks share: one connection per simulated
//! client, requests with a bearer token, percentiles.
#![allow(dead_code)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use std::time::Duration;

pub type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

pub async fn connect(addr: &str) -> anyhow::Result<Sender> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    Ok(sender)
}

/// One request; the status and the body.
pub async fn send(s: &mut Sender, token: &str, method: &str, path: &str, body: &str) -> anyhow::Result<(u16, String)> {
    send_with(s, token, method, path, &[], body).await
}

/// One request with extra headers; the status and the body.
pub async fn send_with(
    s: &mut Sender,
    token: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> anyhow::Result<(u16, String)> {
    let mut req = hyper::Request::builder();
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = req
        .method(method)
        .uri(path)
        .header("Host", "127.0.0.1")
        .header("Authorization", format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))?;
    s.ready().await?;
    let resp = s.send_request(req).await?;
    let status = resp.status().as_u16();
    let body = resp.into_body().collect().await?.to_bytes();
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}
