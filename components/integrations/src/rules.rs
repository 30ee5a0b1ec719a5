//! The callback rules, free of bindings (unit-tested natively): which callback an answer
//! dispatches and with which parameters.

use serde_json::{Map, Value as Json, json};

pub struct Trigger<'a> {
    pub on_success: Option<&'a str>,
    pub on_failure: Option<&'a str>,
    /// `(name, type)` of the callbacks' declared parameters.
    pub success_params: &'a [(String, String)],
    pub failure_params: &'a [(String, String)],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Callback {
    pub action: String,
    pub params: Json,
    pub success: bool,
}

/// What `answer` (`Ok(params JSON text)` or `Err(reason)`) dispatches.
pub fn callback(t: &Trigger<'_>, answer: Result<&str, &str>) -> Option<Callback> {
    let failure = match answer {
        Ok(text) => match success_params(t, text) {
            Ok(params) => {
                let action = t.on_success.filter(|a| !a.is_empty())?;
                return Some(Callback { action: action.to_string(), params, success: true });
            }
            Err(why) => why,
        },
        Err(reason) => reason.to_string(),
    };
    let action = t.on_failure.filter(|a| !a.is_empty())?;
    Some(Callback { action: action.to_string(), params: failure_params(t.failure_params, &failure), success: false })
}

/// The module's parameters as the success callback takes them: an object naming only declared
/// parameters; a callback that declares none gets none (a legacy implicit callback).
fn success_params(t: &Trigger<'_>, text: &str) -> Result<Json, String> {
    let Ok(Json::Object(m)) = serde_json::from_str::<Json>(text) else {
        return Err(format!("the module answered `{}`, not a JSON object of parameters", clip(text)));
    };
    if t.success_params.is_empty() {
        return Ok(json!({}));
    }
    let undeclared: Vec<&String> = m.keys().filter(|k| !t.success_params.iter().any(|(n, _)| n == *k)).collect();
    if !undeclared.is_empty() {
        let names: Vec<&str> = undeclared.iter().map(|s| s.as_str()).collect();
        let declared: Vec<&str> = t.success_params.iter().map(|(n, _)| n.as_str()).collect();
        return Err(format!(
            "the module answered parameters `{}` that `{}` does not declare (it declares: {})",
            names.join("`, `"),
            t.on_success.unwrap_or_default(),
            declared.join(", ")
        ));
    }
    Ok(Json::Object(m))
}

/// The error as the failure callback's parameters: `error` if declared, else its only string
/// parameter, else none.
fn failure_params(declared: &[(String, String)], reason: &str) -> Json {
    let strings: Vec<&String> = declared.iter().filter(|(_, t)| t == "string").map(|(n, _)| n).collect();
    let name = if declared.iter().any(|(n, _)| n == "error") {
        Some("error")
    } else if strings.len() == 1 {
        Some(strings[0].as_str())
    } else {
        None
    };
    let mut m = Map::new();
    if let Some(n) = name {
        m.insert(n.to_string(), json!(reason));
    }
    Json::Object(m)
}

fn clip(s: &str) -> String {
    if s.chars().count() > 80 { format!("{}…", s.chars().take(80).collect::<String>()) } else { s.to_string() }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn success_and_failure_callbacks() {
        let (s, f) = (p(&[("payment_id", "string")]), p(&[("reason", "string")]));
        let t =
            Trigger { on_success: Some("Paid"), on_failure: Some("Declined"), success_params: &s, failure_params: &f };
        let ok = callback(&t, Ok(r#"{"payment_id": "ch_1"}"#)).unwrap();
        assert_eq!((ok.action.as_str(), ok.success), ("Paid", true));
        assert_eq!(ok.params, json!({"payment_id": "ch_1"}));
        let bad = callback(&t, Err("402 declined")).unwrap();
        assert_eq!((bad.action.as_str(), bad.success), ("Declined", false));
        assert_eq!(bad.params, json!({"reason": "402 declined"}));
        // An answer that does not fit is a failure, with the reason.
        let extra = callback(&t, Ok(r#"{"payment_id": "x", "card": "4242"}"#)).unwrap();
        assert!(!extra.success);
        assert!(extra.params["reason"].as_str().unwrap().contains("`card`"), "{extra:?}");
        let junk = callback(&t, Ok("[1]")).unwrap();
        assert!(junk.params["reason"].as_str().unwrap().contains("not a JSON object"));
    }

    #[test]
    fn undeclared_callbacks_and_missing_ones() {
        let none: Vec<(String, String)> = Vec::new();
        let legacy =
            Trigger { on_success: Some("Ok"), on_failure: Some("Err"), success_params: &none, failure_params: &none };
        assert_eq!(callback(&legacy, Ok(r#"{"anything": 1}"#)).unwrap().params, json!({}));
        assert_eq!(callback(&legacy, Err("x")).unwrap().params, json!({}));
        let f = p(&[("error", "string"), ("code", "int")]);
        let t = Trigger { on_success: None, on_failure: Some("Err"), success_params: &none, failure_params: &f };
        assert_eq!(callback(&t, Ok("{}")), None, "no success callback: nothing dispatched");
        assert_eq!(callback(&t, Err("boom")).unwrap().params, json!({"error": "boom"}));
        let two = p(&[("a", "string"), ("b", "string")]);
        let t2 = Trigger { on_success: None, on_failure: Some("Err"), success_params: &none, failure_params: &two };
        assert_eq!(callback(&t2, Err("boom")).unwrap().params, json!({}));
    }
}
