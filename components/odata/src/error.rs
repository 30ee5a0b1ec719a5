//! OData JSON errors (`{"error": {"code", "message", "target"?, "details"?}}`) and the HTTP
//! status each one is sent with. Pure: no bindings, unit-tested natively.

use serde_json::{Map, Value as Json, json};

/// One error response. Nothing is ever written when a handler returns one.
#[derive(Debug, Clone, PartialEq)]
pub struct ODataError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    pub target: Option<Box<str>>,
    /// `(code, message)` pairs rendered as `details`.
    pub details: Vec<(String, String)>,
    /// Extra response headers (`Allow`, `Retry-After`).
    pub headers: Vec<(String, String)>,
    /// Extra members of the error object (a denial's `decision` and `remedy`), boxed: errors
    /// travel in every `Result` and stay small.
    pub extra: Option<Box<Map<String, Json>>>,
}

impl ODataError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            target: None,
            details: Vec::new(),
            headers: Vec::new(),
            extra: None,
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(400, "BadRequest", message)
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(401, "Unauthorized", message)
    }

    /// A policy denial; `policies` are the ids of the policies that decided.
    pub fn forbidden(message: impl Into<String>, policies: &[String]) -> Self {
        Self::new(403, "Forbidden", message).with_detail("policies", policies.join(", "))
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(404, "NotFound", message)
    }

    /// 405 with an `Allow` header listing `allowed`.
    pub fn method_not_allowed(method: &str, what: &str, allowed: &[&str]) -> Self {
        Self::new(
            405,
            "MethodNotAllowed",
            format!("{method} is not allowed on {what}; allowed: {}", allowed.join(", ")),
        )
        .with_header("Allow", allowed.join(", "))
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(409, "Conflict", message)
    }

    pub fn precondition_failed(message: impl Into<String>) -> Self {
        Self::new(412, "PreconditionFailed", message)
    }

    pub fn too_large(limit: usize) -> Self {
        Self::new(413, "PayloadTooLarge", format!("the request body is larger than {limit} bytes"))
    }

    pub fn unsupported_media_type(content_type: &str) -> Self {
        Self::new(
            415,
            "UnsupportedMediaType",
            format!("unsupported Content-Type `{content_type}`; send the body as `application/json`"),
        )
    }

    pub fn unprocessable(message: impl Into<String>) -> Self {
        Self::new(422, "UnprocessableEntity", message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(500, "InternalError", message)
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(503, "ServiceUnavailable", message)
    }

    pub fn with_target(mut self, target: impl Into<String>) -> Self {
        self.target = Some(target.into().into_boxed_str());
        self
    }

    pub fn with_detail(mut self, code: impl Into<String>, message: impl Into<String>) -> Self {
        self.details.push((code.into(), message.into()));
        self
    }

    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }

    /// Adds a member to the error object (e.g. `remedy`).
    pub fn with_extra(mut self, name: impl Into<String>, value: Json) -> Self {
        self.extra.get_or_insert_with(Default::default).insert(name.into(), value);
        self
    }

    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The OData JSON error body.
    pub fn body(&self) -> String {
        let mut err = Map::new();
        err.insert("code".into(), json!(self.code));
        err.insert("message".into(), json!(self.message));
        if let Some(t) = &self.target {
            err.insert("target".into(), json!(t));
        }
        if !self.details.is_empty() {
            let details: Vec<Json> = self.details.iter().map(|(c, m)| json!({"code": c, "message": m})).collect();
            err.insert("details".into(), Json::Array(details));
        }
        for (k, v) in self.extra.iter().flat_map(|m| m.iter()) {
            err.insert(k.clone(), v.clone());
        }
        json!({ "error": err }).to_string()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_lists_policies() {
        let e = ODataError::forbidden("read on Task denied", &["p1".into(), "p2".into()]);
        let v: Json = serde_json::from_str(&e.body()).unwrap_or_default();
        assert_eq!(e.status, 403);
        assert_eq!(v["error"]["code"], "Forbidden");
        assert_eq!(v["error"]["details"][0]["code"], "policies");
        assert_eq!(v["error"]["details"][0]["message"], "p1, p2");
    }

    #[test]
    fn method_not_allowed_sets_allow() {
        let e = ODataError::method_not_allowed("PUT", "an entity", &["GET", "PATCH", "DELETE"]);
        assert_eq!(e.status, 405);
        assert_eq!(e.headers, vec![("Allow".to_string(), "GET, PATCH, DELETE".to_string())]);
        assert!(e.message.contains("GET, PATCH, DELETE"));
    }

    #[test]
    fn target_is_optional() {
        let v: Json = serde_json::from_str(&ODataError::not_found("x").body()).unwrap_or_default();
        assert!(v["error"].get("target").is_none());
        let v: Json = serde_json::from_str(&ODataError::unprocessable("x").with_target("p").body()).unwrap_or_default();
        assert_eq!(v["error"]["target"], "p");
    }
}
