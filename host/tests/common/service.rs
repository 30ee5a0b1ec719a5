//! A tiny HTTP service on loopback for integration tests (a payments API, a webhook): it
//! records what it was sent and answers by path and body.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// What the payment service saw: (path, idempotency key, body).
pub type Seen = Arc<Mutex<Vec<(String, String, String)>>>;

/// A tiny HTTP service on loopback: `POST /v1/charges` accepts amounts other than 666 (402
/// otherwise); `GET /big` answers 10 MB; `/down` answers 503; anything else 200.
pub fn service() -> (u16, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let log = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { continue };
            let log = log.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(s.try_clone().unwrap());
                let mut line = String::new();
                r.read_line(&mut line).unwrap();
                let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
                let (mut len, mut key, mut chunked) = (0usize, String::new(), false);
                loop {
                    let mut h = String::new();
                    r.read_line(&mut h).unwrap();
                    if h.trim().is_empty() {
                        break;
                    }
                    let (k, v) = h.split_once(':').unwrap_or(("", ""));
                    match k.to_ascii_lowercase().as_str() {
                        "content-length" => len = v.trim().parse().unwrap_or(0),
                        "idempotency-key" => key = v.trim().to_string(),
                        "transfer-encoding" => chunked = v.trim().eq_ignore_ascii_case("chunked"),
                        _ => {}
                    }
                }
                let mut body = Vec::new();
                if chunked {
                    loop {
                        let mut size = String::new();
                        r.read_line(&mut size).unwrap();
                        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                        let mut chunk = vec![0; n + 2];
                        r.read_exact(&mut chunk).unwrap();
                        if n == 0 {
                            break;
                        }
                        body.extend_from_slice(&chunk[..n]);
                    }
                } else {
                    body.resize(len, 0);
                    r.read_exact(&mut body).unwrap();
                }
                let body = String::from_utf8_lossy(&body).into_owned();
                log.lock().unwrap().push((path.clone(), key, body.clone()));
                let (status, answer) = if path == "/big" {
                    ("200 OK", "x".repeat(10 << 20))
                } else if path == "/down" {
                    ("503 Service Unavailable", "try later".to_string())
                } else if body.contains("\"amount_cents\":666") {
                    ("402 Payment Required", r#"{"error":"card_declined"}"#.to_string())
                } else {
                    ("200 OK", format!(r#"{{"id":"ch_{}"}}"#, log.lock().unwrap().len()))
                };
                let head =
                    format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", answer.len());
                let _ = s.write_all(head.as_bytes());
                let _ = s.write_all(answer.as_bytes());
            });
        }
    });
    (port, seen)
}
