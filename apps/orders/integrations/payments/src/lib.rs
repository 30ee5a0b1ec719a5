//! The orders app's payments module: charges or refunds an order through a payments API.
//!
//! Trigger config: `operation` (`charge` | `refund`), `currency`, optional `endpoint` (default
//! [`DEFAULT_ENDPOINT`]), optional `api_key_secret` (the name of a tenant secret sent as
//! `Authorization: Bearer …`). The request is a JSON POST `{operation, amount_cents, currency,
//! order_id, idempotency_key}` (`amount_cents`: the order's `total_cents`; for a refund, the
//! `Refund` action's `amount_cents` when given) with header `Idempotency-Key`, so a redelivered trigger never
//! charges twice. A 2xx JSON answer with `id` → `{"payment_id": id}`; any other status is a
//! declined payment; transport errors and refusals are failures naming the reason.

use serde_json::{Value as Json, json};
use temper_integration_sdk::{Context, Failure, Guest, Outcome, SecretError, fetch, secret};

/// Where requests go unless the trigger's config names an `endpoint`.
pub const DEFAULT_ENDPOINT: &str = "https://api.stripe.com/v1/charges";

/// Most characters of a declined answer's body quoted in the failure.
const BODY_QUOTE: usize = 200;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Payments;

impl Guest for Payments {
    fn invoke(ctx: Context) -> Result<Outcome, Failure> {
        let request = PaymentRequest::from_context(&ctx)?;
        let mut auth = None;
        if let Some(name) = ctx.config("api_key_secret") {
            let key = secret(name).map_err(|e| match e {
                SecretError::Denied(why) => Failure::Error(format!("secret `{name}` denied: {why}")),
                SecretError::NotFound(_) => Failure::InvalidInput(format!("secret `{name}` not found")),
            })?;
            auth = Some(format!("Bearer {key}"));
        }
        let body = request.body().to_string();
        let mut headers = vec![("content-type", "application/json"), ("idempotency-key", ctx.idempotency_key.as_str())];
        if let Some(a) = &auth {
            headers.push(("authorization", a.as_str()));
        }
        let response = fetch("POST", &request.endpoint, &headers, body.as_bytes()).map_err(Failure::Error)?;
        payment_id(response.status, &response.body)
            .map(|id| Outcome { params: json!({ "payment_id": id }).to_string() })
    }
}

/// What is sent, read from the context.
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentRequest {
    pub endpoint: String,
    pub operation: String,
    pub amount_cents: i64,
    pub currency: String,
    pub order_id: String,
    pub idempotency_key: String,
}

impl PaymentRequest {
    pub fn from_context(ctx: &Context) -> Result<Self, Failure> {
        let operation = ctx.config("operation").unwrap_or_default();
        if !matches!(operation, "charge" | "refund") {
            return Err(Failure::InvalidInput(format!(
                "config `operation` must be `charge` or `refund`, not `{operation}`"
            )));
        }
        let currency = ctx
            .config("currency")
            .filter(|c| !c.is_empty())
            .ok_or_else(|| Failure::InvalidInput("config `currency` is required (e.g. `usd`)".into()))?;
        let fields: Json = serde_json::from_str(&ctx.fields)
            .map_err(|e| Failure::InvalidInput(format!("entity fields are not JSON: {e}")))?;
        let params: Json = serde_json::from_str(&ctx.params).unwrap_or(Json::Null);
        // A refund may be partial: the `Refund` action's `amount_cents`, else the order's total.
        let partial = (operation == "refund").then(|| params.get("amount_cents").and_then(Json::as_i64)).flatten();
        let amount_cents = partial
            .or_else(|| fields.get("total_cents").and_then(Json::as_i64))
            .ok_or_else(|| Failure::InvalidInput("the order has no integer field `total_cents`".into()))?;
        Ok(Self {
            endpoint: ctx.config("endpoint").unwrap_or(DEFAULT_ENDPOINT).to_string(),
            operation: operation.to_string(),
            amount_cents,
            currency: currency.to_string(),
            order_id: ctx.entity_id.clone(),
            idempotency_key: ctx.idempotency_key.clone(),
        })
    }

    pub fn body(&self) -> Json {
        json!({
            "operation": self.operation,
            "amount_cents": self.amount_cents,
            "currency": self.currency,
            "order_id": self.order_id,
            "idempotency_key": self.idempotency_key,
        })
    }
}

/// The payment id of a 2xx JSON answer, else a failure quoting the status and the body's start.
pub fn payment_id(status: u16, body: &[u8]) -> Result<String, Failure> {
    let text = String::from_utf8_lossy(body);
    if !(200..300).contains(&status) {
        let short: String = text.chars().take(BODY_QUOTE).collect();
        return Err(Failure::Error(format!("payment declined: {status} {}", short.trim())));
    }
    serde_json::from_str::<Json>(&text)
        .ok()
        .and_then(|j| j.get("id").and_then(Json::as_str).map(str::to_string))
        .ok_or_else(|| Failure::Error(format!("payment answer {status} has no string `id`")))
}

#[cfg(target_arch = "wasm32")]
temper_integration_sdk::export!(Payments);

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(operation: &str, params: &str) -> Context {
        Context {
            tenant: "t".into(),
            module: "payments".into(),
            trigger: "charge".into(),
            entity_type: "Order".into(),
            entity_id: "o-1".into(),
            action: "Refund".into(),
            params: params.into(),
            fields: r#"{"total_cents": 5000}"#.into(),
            status: "Refunded".into(),
            config: vec![("operation".into(), operation.into()), ("currency".into(), "usd".into())],
            principal: "Customer::\"c\"".into(),
            idempotency_key: "k".into(),
        }
    }

    #[test]
    fn amounts_and_config() {
        let charge =
            PaymentRequest::from_context(&ctx("charge", r#"{"amount_cents": 10}"#)).unwrap_or_else(|_| panic!());
        assert_eq!((charge.amount_cents, charge.endpoint.as_str()), (5000, DEFAULT_ENDPOINT));
        let partial =
            PaymentRequest::from_context(&ctx("refund", r#"{"amount_cents": 1200}"#)).unwrap_or_else(|_| panic!());
        assert_eq!(partial.amount_cents, 1200);
        let full = PaymentRequest::from_context(&ctx("refund", "{}")).unwrap_or_else(|_| panic!());
        assert_eq!(full.amount_cents, 5000);
        assert!(matches!(PaymentRequest::from_context(&ctx("capture", "{}")), Err(Failure::InvalidInput(_))));
    }

    #[test]
    fn declined_and_accepted_answers() {
        assert!(matches!(payment_id(200, br#"{"id":"ch_1"}"#), Ok(id) if id == "ch_1"));
        assert!(
            matches!(payment_id(402, b"card declined"), Err(Failure::Error(m)) if m == "payment declined: 402 card declined")
        );
        assert!(matches!(payment_id(200, b"{}"), Err(Failure::Error(_))));
    }
}
