//! wasi:http plumbing: the incoming request as plain data (method, target, headers, the body
//! read with a cap), and a [`Reply`] written to the response outparam in ≤4 KiB chunks.

use crate::error::ODataError;
use crate::reply::Reply;
use crate::request::MAX_BODY;
use crate::wasi::http::types::{
    Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam, Scheme,
};
use crate::wasi::io::streams::StreamError;

/// The parts of a request the handlers read.
pub struct Incoming {
    pub method: String,
    /// Path and query as sent.
    pub target: String,
    /// `scheme://authority`, or empty when the host gave no authority.
    pub origin: String,
    headers: Vec<(String, Vec<u8>)>,
    request: Option<IncomingRequest>,
}

fn method_name(m: &Method) -> String {
    match m {
        Method::Get => "GET".into(),
        Method::Head => "HEAD".into(),
        Method::Post => "POST".into(),
        Method::Put => "PUT".into(),
        Method::Delete => "DELETE".into(),
        Method::Connect => "CONNECT".into(),
        Method::Options => "OPTIONS".into(),
        Method::Trace => "TRACE".into(),
        Method::Patch => "PATCH".into(),
        Method::Other(s) => s.to_ascii_uppercase(),
    }
}

impl Incoming {
    pub fn new(request: IncomingRequest) -> Self {
        let method = method_name(&request.method());
        let target = request.path_with_query().unwrap_or_else(|| "/".into());
        let scheme = match request.scheme() {
            Some(Scheme::Https) => "https".to_string(),
            Some(Scheme::Other(s)) => s,
            _ => "http".to_string(),
        };
        let origin = request.authority().map_or(String::new(), |a| format!("{scheme}://{a}"));
        let headers = {
            let h = request.headers();
            h.entries()
        };
        Self { method, target, origin, headers, request: Some(request) }
    }

    /// The first value of a header (names are case-insensitive), as UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| std::str::from_utf8(v).ok())
            .map(str::trim)
    }

    /// Reads the whole body, refusing more than [`MAX_BODY`] bytes. Callable once.
    pub fn body(&mut self) -> Result<Vec<u8>, ODataError> {
        if let Some(len) = self.header("content-length").and_then(|l| l.parse::<u64>().ok())
            && len > MAX_BODY as u64
        {
            return Err(ODataError::too_large(MAX_BODY));
        }
        let Some(request) = self.request.take() else { return Ok(Vec::new()) };
        let body = request.consume().map_err(|()| ODataError::internal("the request body was already consumed"))?;
        let mut out = Vec::new();
        {
            let stream = body.stream().map_err(|()| ODataError::internal("the request body stream is unavailable"))?;
            loop {
                match stream.blocking_read(64 * 1024) {
                    Ok(chunk) => {
                        out.extend_from_slice(&chunk);
                        if out.len() > MAX_BODY {
                            return Err(ODataError::too_large(MAX_BODY));
                        }
                    }
                    Err(StreamError::Closed) => break,
                    Err(StreamError::LastOperationFailed(e)) => {
                        return Err(ODataError::bad_request(format!(
                            "reading the request body failed: {}",
                            e.to_debug_string()
                        )));
                    }
                }
            }
        }
        drop(crate::wasi::http::types::IncomingBody::finish(body));
        Ok(out)
    }
}

/// Writes `reply` (plus `OData-Version: 4.0`) to the outparam.
pub fn send(out: ResponseOutparam, reply: Reply) {
    let mut entries: Vec<(String, Vec<u8>)> =
        reply.headers.iter().map(|(k, v)| (k.to_ascii_lowercase(), v.as_bytes().to_vec())).collect();
    entries.push(("odata-version".into(), b"4.0".to_vec()));
    let fields = Fields::from_list(&entries).unwrap_or_else(|_| Fields::new());
    let resp = OutgoingResponse::new(fields);
    let _ = resp.set_status_code(reply.status);
    let Ok(body) = resp.body() else {
        ResponseOutparam::set(out, Ok(resp));
        return;
    };
    ResponseOutparam::set(out, Ok(resp));
    if let Ok(stream) = body.write() {
        for chunk in reply.body.chunks(4096) {
            if stream.blocking_write_and_flush(chunk).is_err() {
                break;
            }
        }
        drop(stream);
    }
    let _ = OutgoingBody::finish(body, None);
}
