//! The component's edges: a `wasi:http` incoming request read into a
//! [`transport::HttpRequest`] and the answer written back; stdio read line by line from
//! `wasi:cli/stdin` and answered on `wasi:cli/stdout`.

use crate::bindings::wasi::cli::{stdin, stdout};
use crate::bindings::wasi::http::types::{
    Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam,
};
use crate::bindings::wasi::io::streams::StreamError;
use crate::platform::Wasi;
use crate::transport::{self, HttpRequest, Stdio};

fn method_name(m: &Method) -> String {
    match m {
        Method::Get => "GET".into(),
        Method::Post => "POST".into(),
        Method::Delete => "DELETE".into(),
        Method::Put => "PUT".into(),
        Method::Patch => "PATCH".into(),
        Method::Head => "HEAD".into(),
        Method::Options => "OPTIONS".into(),
        Method::Connect => "CONNECT".into(),
        Method::Trace => "TRACE".into(),
        Method::Other(s) => s.clone(),
    }
}

fn read_request(request: &IncomingRequest) -> Result<HttpRequest, String> {
    let headers = request
        .headers()
        .entries()
        .into_iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), String::from_utf8_lossy(&v).into_owned()))
        .collect();
    let mut body = Vec::new();
    if let Ok(incoming) = request.consume() {
        {
            let stream = incoming.stream().map_err(|()| "request body already taken".to_string())?;
            loop {
                match stream.blocking_read(64 * 1024) {
                    Ok(chunk) => body.extend_from_slice(&chunk),
                    Err(StreamError::Closed) => break,
                    Err(e) => return Err(format!("reading the request body: {e:?}")),
                }
                if body.len() > transport::MAX_BODY {
                    break;
                }
            }
        }
        drop(crate::bindings::wasi::http::types::IncomingBody::finish(incoming));
    }
    Ok(HttpRequest { method: method_name(&request.method()), headers, body })
}

pub fn serve_http(request: IncomingRequest, out: ResponseOutparam) {
    let reply = match read_request(&request) {
        Ok(r) => transport::serve_http(&Wasi, &r),
        Err(e) => transport::HttpResponse { status: 400, headers: Vec::new(), body: e.into_bytes() },
    };
    drop(request);
    let fields = Fields::new();
    for (k, v) in &reply.headers {
        let _ = fields.append(k, v.as_bytes());
    }
    let response = OutgoingResponse::new(fields);
    let _ = response.set_status_code(reply.status);
    let Ok(body) = response.body() else { return };
    ResponseOutparam::set(out, Ok(response));
    if let Ok(stream) = body.write() {
        for chunk in reply.body.chunks(4096) {
            if stream.blocking_write_and_flush(chunk).is_err() {
                break;
            }
        }
    }
    let _ = OutgoingBody::finish(body, None);
}

/// Serves newline-delimited JSON-RPC until stdin closes.
pub fn serve_stdio() -> Result<(), ()> {
    let input = stdin::get_stdin();
    let output = stdout::get_stdout();
    let mut conn = Stdio::default();
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let chunk = match input.blocking_read(64 * 1024) {
            Ok(c) => c,
            Err(StreamError::Closed) => break,
            Err(_) => return Err(()),
        };
        pending.extend_from_slice(&chunk);
        while let Some(end) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            let text = String::from_utf8_lossy(&line);
            if let Some(answer) = conn.line(&Wasi, text.trim_end()) {
                let mut bytes = answer.into_bytes();
                bytes.push(b'\n');
                for c in bytes.chunks(4096) {
                    output.blocking_write_and_flush(c).map_err(|_| ())?;
                }
            }
        }
    }
    Ok(())
}
