//! Blocking HTTP over `wasi:http/outgoing-handler`: build the request, hand it to the host,
//! stream the body out, block on the response future, read the response body to its end.

use crate::bindings::wasi::http::outgoing_handler;
use crate::bindings::wasi::http::types::{
    ErrorCode, Fields, IncomingBody, Method, OutgoingBody, OutgoingRequest, Scheme,
};
use crate::bindings::wasi::io::streams::StreamError;

/// A response: status, headers (names lower-case, in order), the whole body.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Most bytes handed to one `blocking-write-and-flush` (the WASI limit is 4096).
const WRITE_CHUNK: usize = 4096;
/// Most bytes asked of one read of the response body.
const READ_CHUNK: u64 = 64 * 1024;

/// Sends `method url` with `headers` and `body` and waits for the whole response. `Err` is the
/// reason in words: a malformed URL, the host's refusal (e.g. `HTTP request denied`), a
/// transport error, or a response body the host cut off.
pub fn fetch(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Result<Response, String> {
    let (scheme, authority, path) = split_url(url)?;
    let fields = Fields::new();
    for (name, value) in headers {
        fields.append(name, value.as_bytes()).map_err(|e| format!("header `{name}`: {e:?}"))?;
    }
    let request = OutgoingRequest::new(fields);
    request.set_method(&method_of(method)).map_err(|()| format!("invalid method `{method}`"))?;
    request.set_scheme(Some(&scheme)).map_err(|()| "invalid scheme".to_string())?;
    request.set_authority(Some(authority)).map_err(|()| format!("invalid host `{authority}`"))?;
    request.set_path_with_query(Some(path)).map_err(|()| format!("invalid path `{path}`"))?;
    let outgoing = request.body().map_err(|()| "request body already taken".to_string())?;
    // Hand the request over first, then stream the body: the host reads it while sending.
    let pending = outgoing_handler::handle(request, None).map_err(|e| error_text(&e))?;
    let write = write_body(&outgoing, body);
    let finish = OutgoingBody::finish(outgoing, None).map_err(|e| error_text(&e));
    let response = loop {
        match pending.get() {
            Some(Ok(Ok(response))) => break response,
            Some(Ok(Err(e))) => return Err(error_text(&e)),
            Some(Err(())) => return Err("response already taken".to_string()),
            None => pending.subscribe().block(),
        }
    };
    // A refused or failed request also fails the body write; the response error said why
    // above. A server that answered before reading the whole body (a 403 decided before the
    // body matters) closed the stream on purpose: its answer stands.
    drop((write, finish));
    let status = response.status();
    let headers =
        response.headers().entries().into_iter().map(|(k, v)| (k, String::from_utf8_lossy(&v).into_owned())).collect();
    let incoming = response.consume().map_err(|()| "response body already taken".to_string())?;
    let body = read_body(incoming)?;
    Ok(Response { status, headers, body })
}

fn write_body(outgoing: &OutgoingBody, body: &[u8]) -> Result<(), String> {
    let stream = outgoing.write().map_err(|()| "request body stream already taken".to_string())?;
    for chunk in body.chunks(WRITE_CHUNK) {
        stream.blocking_write_and_flush(chunk).map_err(|e| stream_error(&e))?;
    }
    Ok(())
}

fn read_body(incoming: IncomingBody) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    {
        let stream = incoming.stream().map_err(|()| "response body stream already taken".to_string())?;
        loop {
            match stream.blocking_read(READ_CHUNK) {
                Ok(chunk) => body.extend_from_slice(&chunk),
                Err(StreamError::Closed) => break,
                Err(e) => return Err(stream_error(&e)),
            }
        }
    }
    drop(IncomingBody::finish(incoming));
    Ok(body)
}

fn stream_error(e: &StreamError) -> String {
    match e {
        StreamError::Closed => "stream closed".to_string(),
        StreamError::LastOperationFailed(err) => match crate::bindings::wasi::http::types::http_error_code(err) {
            Some(code) => error_text(&code),
            None => err.to_debug_string(),
        },
    }
}

fn error_text(e: &ErrorCode) -> String {
    match e {
        ErrorCode::HttpRequestDenied => "HTTP request denied".to_string(),
        ErrorCode::HttpResponseBodySize(Some(n)) => format!("response body larger than {n} bytes"),
        ErrorCode::ConnectionTimeout => "connection timeout".to_string(),
        ErrorCode::ConnectionReadTimeout => "read timeout".to_string(),
        ErrorCode::InternalError(Some(m)) => m.clone(),
        other => format!("{other:?}"),
    }
}

fn method_of(m: &str) -> Method {
    match m.to_ascii_uppercase().as_str() {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        "POST" => Method::Post,
        "PUT" => Method::Put,
        "DELETE" => Method::Delete,
        "PATCH" => Method::Patch,
        "OPTIONS" => Method::Options,
        other => Method::Other(other.to_string()),
    }
}

/// `scheme://authority/path?query` → its three parts (the path defaults to `/`).
fn split_url(url: &str) -> Result<(Scheme, &str, &str), String> {
    let (scheme, rest) = url.split_once("://").ok_or_else(|| format!("`{url}` is not an absolute URL"))?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "https" => Scheme::Https,
        "http" => Scheme::Http,
        other => return Err(format!("unsupported scheme `{other}` (http or https)")),
    };
    let cut = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(cut);
    if authority.is_empty() {
        return Err(format!("`{url}` names no host"));
    }
    Ok((scheme, authority, if path.is_empty() { "/" } else { path }))
}
