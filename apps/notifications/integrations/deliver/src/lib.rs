//! The notifications app's deliver module: POSTs a `Notification` to the tenant's webhook.
//!
//! The destination URL is a tenant secret, named by trigger config `url_secret` (default
//! [`DEFAULT_URL_SECRET`]); an admin sets it with `PUT /api/tenants/{t}/secrets/{name}
//! {"value": "https://…"}`. The request is a JSON POST `{source_type, source_id, source_action,
//! source_state, message, notification_id}` ([`Payload`]; `message` is the entity's, or a
//! sentence made of the source's facts when it has none) with header `Idempotency-Key`, so a
//! redelivered trigger is recognisable downstream. A 2xx answer → `{"http_status": <code>,
//! "delivered_at": <ms since the epoch>}` for `on_success`; any other status, a transport error
//! or a missing secret is a failure naming the reason (for `on_failure`). Outbound HTTP is a
//! Cedar `http_call` decision of the host: the tenant must permit `Integration::"deliver"` to
//! call the webhook's host, and `read_secret` on the secret.

use serde_json::{Value as Json, json};
use temper_integration_sdk::{Context, Failure, Guest, Outcome, SecretError, fetch, now_ms, secret};

/// The tenant secret holding the webhook URL unless the trigger's config names another.
pub const DEFAULT_URL_SECRET: &str = "notifications_webhook_url";

/// Most characters of a refused answer's body quoted in the failure.
const BODY_QUOTE: usize = 200;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Deliver;

impl Guest for Deliver {
    fn invoke(ctx: Context) -> Result<Outcome, Failure> {
        let payload = Payload::from_context(&ctx)?;
        let name = url_secret_name(&ctx);
        let url = secret(name).map_err(|e| secret_failure(&ctx.tenant, name, e))?;
        let url = check_url(name, &url)?;
        let body = payload.body().to_string();
        let headers = [("content-type", "application/json"), ("idempotency-key", ctx.idempotency_key.as_str())];
        let response = fetch("POST", url, &headers, body.as_bytes()).map_err(Failure::Error)?;
        delivered(response.status, &response.body, now_ms()).map(|params| Outcome { params: params.to_string() })
    }
}

/// The name of the secret holding the URL: config `url_secret`, else [`DEFAULT_URL_SECRET`].
pub fn url_secret_name(ctx: &Context) -> &str {
    ctx.config("url_secret").map(str::trim).filter(|s| !s.is_empty()).unwrap_or(DEFAULT_URL_SECRET)
}

/// A secret that cannot be read, as a failure saying how to fix it.
pub fn secret_failure(tenant: &str, name: &str, e: SecretError) -> Failure {
    match e {
        SecretError::NotFound(_) => Failure::InvalidInput(format!(
            "the webhook URL secret `{name}` is not set: an admin sets it with \
             `PUT /api/tenants/{tenant}/secrets/{name}` {{\"value\": \"https://…\"}}"
        )),
        SecretError::Denied(why) => Failure::Error(format!(
            "reading secret `{name}` was denied ({why}): permit it with \
             `permit(principal == Integration::\"deliver\", action == Action::\"read_secret\", resource == Secret::\"{name}\");`"
        )),
    }
}

/// The secret's value as a URL: trimmed, `http://` or `https://`. The value itself is never
/// quoted (the host also redacts secrets from failures).
pub fn check_url<'a>(name: &str, value: &'a str) -> Result<&'a str, Failure> {
    let url = value.trim();
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url)
    } else {
        Err(Failure::InvalidInput(format!("secret `{name}` must hold an http:// or https:// URL")))
    }
}

/// What is sent, read from the context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub source_type: String,
    pub source_id: String,
    pub source_action: String,
    pub source_state: String,
    pub message: String,
    pub notification_id: String,
}

impl Payload {
    pub fn from_context(ctx: &Context) -> Result<Self, Failure> {
        let fields: Json = serde_json::from_str(&ctx.fields)
            .map_err(|e| Failure::InvalidInput(format!("entity fields are not JSON: {e}")))?;
        let field = |k: &str| fields.get(k).and_then(Json::as_str).unwrap_or_default().trim().to_string();
        let (source_type, source_id) = (field("source_type"), field("source_id"));
        if source_type.is_empty() || source_id.is_empty() {
            return Err(Failure::InvalidInput(
                "the notification has no `source_type`/`source_id`: run `Notify` with the source's facts first".into(),
            ));
        }
        let (source_action, source_state) = (field("source_action"), field("source_state"));
        let mut message = field("message");
        if message.is_empty() {
            message = default_message(&source_type, &source_id, &source_action, &source_state);
        }
        Ok(Self {
            source_type,
            source_id,
            source_action,
            source_state,
            message,
            notification_id: ctx.entity_id.clone(),
        })
    }

    pub fn body(&self) -> Json {
        json!({
            "source_type": self.source_type,
            "source_id": self.source_id,
            "source_action": self.source_action,
            "source_state": self.source_state,
            "message": self.message,
            "notification_id": self.notification_id,
        })
    }
}

/// The message of a notification that has none, e.g. `Task t-42: Approve -> Done`.
pub fn default_message(source_type: &str, source_id: &str, action: &str, state: &str) -> String {
    match (action.is_empty(), state.is_empty()) {
        (true, true) => format!("{source_type} {source_id} changed"),
        (false, true) => format!("{source_type} {source_id}: {action}"),
        (true, false) => format!("{source_type} {source_id} is now {state}"),
        (false, false) => format!("{source_type} {source_id}: {action} -> {state}"),
    }
}

/// The `on_success` params of a 2xx answer, else a failure naming the status and the body's start.
pub fn delivered(status: u16, body: &[u8], now_ms: u64) -> Result<Json, Failure> {
    if (200..300).contains(&status) {
        return Ok(json!({ "http_status": status, "delivered_at": now_ms }));
    }
    let text = String::from_utf8_lossy(body);
    let short: String = text.chars().take(BODY_QUOTE).collect();
    let short = short.trim();
    Err(Failure::Error(if short.is_empty() {
        format!("webhook answered {status}")
    } else {
        format!("webhook answered {status}: {short}")
    }))
}

#[cfg(target_arch = "wasm32")]
temper_integration_sdk::export!(Deliver);

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(fields: &str, config: &[(&str, &str)]) -> Context {
        Context {
            tenant: "acme".into(),
            module: "deliver".into(),
            trigger: "deliver".into(),
            entity_type: "Notification".into(),
            entity_id: "Task-t-42-7".into(),
            action: "Notify".into(),
            params: "{}".into(),
            fields: fields.into(),
            status: "Sending".into(),
            config: config.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            principal: "System::\"subscription\"".into(),
            idempotency_key: "acme/Notification/Task-t-42-7/2/0".into(),
        }
    }

    const FIELDS: &str = r#"{"source_type": "Task", "source_id": "t-42", "source_action": "Approve",
        "source_state": "Done", "message": "", "attempts": 1}"#;

    #[test]
    fn the_body_carries_the_source_and_a_default_message() {
        let p = Payload::from_context(&ctx(FIELDS, &[])).unwrap_or_else(|_| panic!());
        assert_eq!(
            p.body(),
            json!({"source_type": "Task", "source_id": "t-42", "source_action": "Approve", "source_state": "Done",
                   "message": "Task t-42: Approve -> Done", "notification_id": "Task-t-42-7"})
        );
        let own = FIELDS.replace(r#""message": """#, r#""message": "Ship it""#);
        assert_eq!(Payload::from_context(&ctx(&own, &[])).unwrap_or_else(|_| panic!()).message, "Ship it");
        assert_eq!(default_message("Order", "o-1", "", "Paid"), "Order o-1 is now Paid");
        assert_eq!(default_message("Order", "o-1", "", ""), "Order o-1 changed");
    }

    #[test]
    fn a_notification_without_a_source_is_invalid() {
        let r = Payload::from_context(&ctx(r#"{"source_type": "", "source_id": "x"}"#, &[]));
        assert!(matches!(r, Err(Failure::InvalidInput(m)) if m.contains("Notify")));
        assert!(matches!(Payload::from_context(&ctx("[", &[])), Err(Failure::InvalidInput(_))));
    }

    #[test]
    fn the_secret_name_comes_from_config() {
        assert_eq!(url_secret_name(&ctx(FIELDS, &[])), DEFAULT_URL_SECRET);
        assert_eq!(url_secret_name(&ctx(FIELDS, &[("url_secret", "ops_hook")])), "ops_hook");
        assert_eq!(url_secret_name(&ctx(FIELDS, &[("url_secret", " ")])), DEFAULT_URL_SECRET);
    }

    #[test]
    fn secret_problems_say_how_to_fix_them() {
        let missing = secret_failure("acme", "ops_hook", SecretError::NotFound("ops_hook".into()));
        assert!(
            matches!(&missing, Failure::InvalidInput(m) if m.contains("PUT /api/tenants/acme/secrets/ops_hook")),
            "{missing:?}"
        );
        let denied = secret_failure("acme", "ops_hook", SecretError::Denied("no permit".into()));
        assert!(matches!(&denied, Failure::Error(m) if m.contains("Secret::\"ops_hook\"")), "{denied:?}");
        assert!(matches!(check_url("h", " https://hooks.example.com/x\n"), Ok("https://hooks.example.com/x")));
        assert!(matches!(check_url("h", "ftp://x"), Err(Failure::InvalidInput(m)) if !m.contains("ftp")));
    }

    #[test]
    fn only_2xx_is_delivered() {
        assert_eq!(
            delivered(204, b"", 1_700_000_000_000).unwrap_or_else(|_| panic!()),
            json!({"http_status": 204, "delivered_at": 1_700_000_000_000u64})
        );
        assert!(matches!(delivered(500, b" oops \n", 0), Err(Failure::Error(m)) if m == "webhook answered 500: oops"));
        assert!(matches!(delivered(404, b"", 0), Err(Failure::Error(m)) if m == "webhook answered 404"));
        assert!(matches!(delivered(302, b"moved", 0), Err(Failure::Error(m)) if m.contains("302")));
    }
}
