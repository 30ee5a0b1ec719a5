//! A response as the handlers build it (status, headers, body bytes), before it is written to
//! the wasi:http response. Pure.

use crate::error::ODataError;

/// The JSON content type of every OData JSON response.
pub const JSON: &str = "application/json;odata.metadata=minimal";

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(status: u16, body: String) -> Self {
        Self { status, headers: vec![("Content-Type".into(), JSON.into())], body: body.into_bytes() }
    }

    pub fn text(status: u16, content_type: &str, body: String) -> Self {
        Self { status, headers: vec![("Content-Type".into(), content_type.into())], body: body.into_bytes() }
    }

    pub fn empty(status: u16) -> Self {
        Self { status, headers: Vec::new(), body: Vec::new() }
    }

    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

impl From<ODataError> for Reply {
    fn from(e: ODataError) -> Self {
        let mut r = Reply::json(e.status, e.body());
        r.headers.extend(e.headers);
        r
    }
}
