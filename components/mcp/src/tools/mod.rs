//! The tools: each a platform operation with a JSON Schema for its input, a structured output,
//! and the Cedar action it needs. `tools/list` shows only tools whose action is within the
//! agent's reach (`GET /api/capabilities`: allowed by a policy, or approvable by a human);
//! `tools/call` runs one as the agent, and a platform refusal is a tool error (`isError`)
//! that says why and — for a denial a human can lift — the decision id and what to do next.

mod defs;
mod run;

use crate::platform::{Answer, Platform};
use crate::protocol::{INVALID_PARAMS, Reply, RpcError};
use serde_json::{Value as Json, json};

pub use defs::TOOLS;

/// One tool.
pub struct Tool {
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// The Cedar action the tool's platform call is decided as.
    pub action: &'static str,
    pub read_only: bool,
    pub input: fn() -> Json,
}

/// The tool list for the caller.
pub fn list(p: &dyn Platform) -> Result<Vec<Json>, RpcError> {
    let caps = p.send("GET", "/api/capabilities", None).map_err(transport)?;
    if !caps.ok() {
        return Err(RpcError::new(
            crate::protocol::INTERNAL_ERROR,
            format!("reading the caller's capabilities: {}", message(&caps)),
        ));
    }
    let reach = |action: &str| caps.json()["actions"][action].as_str().unwrap_or("never").to_string();
    Ok(TOOLS.iter().filter(|t| reach(t.action) != "never").map(describe).collect())
}

fn describe(t: &Tool) -> Json {
    json!({
        "name": t.name,
        "title": t.title,
        "description": t.description,
        "inputSchema": (t.input)(),
        "outputSchema": {"type": "object", "description": "The platform's JSON answer (on failure: `error` with `code`, `message`, and for a denial `decision` and `remedy`)."},
        "annotations": {"title": t.title, "readOnlyHint": t.read_only, "destructiveHint": false,
            "idempotentHint": t.read_only, "openWorldHint": false},
    })
}

pub fn transport(e: String) -> RpcError {
    RpcError::new(crate::protocol::INTERNAL_ERROR, format!("the platform is unreachable: {e}"))
}

/// Runs a tool. Unknown tools and malformed arguments are protocol errors; what the platform
/// refuses is a tool result with `isError`.
pub fn call(p: &dyn Platform, name: &str, args: &Json) -> Result<Reply, RpcError> {
    let Some(tool) = TOOLS.iter().find(|t| t.name == name) else {
        let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
        return Err(RpcError::new(INVALID_PARAMS, format!("unknown tool `{name}`; tools: {}", names.join(", "))));
    };
    if !args.is_object() {
        return Err(RpcError::new(INVALID_PARAMS, format!("`{}` takes an object of arguments", tool.name)));
    }
    match run::run(p, tool.name, args) {
        Ok(Outcome::Done(a)) => Ok(result(a)),
        Ok(Outcome::Bad(why)) => {
            let body = json!({"error": {"code": "InvalidArguments", "message": why}});
            Ok(Reply::Tree(failure(&why, body)))
        }
        Err(e) => Err(transport(e)),
    }
}

/// What a tool run came to.
pub enum Outcome {
    /// The platform answered (success or refusal).
    Done(Answer),
    /// The arguments are wrong; the text says how to fix them.
    Bad(String),
}

/// The platform's error message, whatever its shape.
pub fn message(a: &Answer) -> String {
    let body = a.json();
    body["error"]["message"].as_str().map_or_else(|| body.to_string(), str::to_string)
}

/// A success whose body is a JSON object passes through as written (its text and its
/// structured content); anything else becomes a tree.
fn result(a: Answer) -> Reply {
    if a.ok() {
        return match a.object_text() {
            Ok(object) => Reply::Passed { object, extra: serde_json::Map::new() },
            Err(a) => {
                let structured = structured(a);
                let text = serde_json::to_string(&structured).unwrap_or_default();
                Reply::Tree(content(text, structured, false))
            }
        };
    }
    let body = a.json();
    let err = &body["error"];
    let mut text = format!("{} ({}): {}", a.status, err["code"].as_str().unwrap_or("Error"), message(&a));
    if let Some(d) = err["decision"].as_str() {
        text.push_str(&format!(
            "\nA human can approve this: decision `{d}` is pending. Wait for it with the `decision` tool (`id: \"{d}\"`, `wait_seconds`), then retry the same call."
        ));
    }
    Reply::Tree(failure(&text, structured(a)))
}

/// The answer as `structuredContent` (always an object).
fn structured(a: Answer) -> Json {
    let status = a.status;
    match a.into_json() {
        body @ Json::Object(_) => body,
        Json::Null => json!({"status": status}),
        other => json!({"value": other}),
    }
}

fn failure(text: &str, structured: Json) -> Json {
    content(text.to_string(), structured, true)
}

/// A tool result, built by moving its parts in (`json!` would copy them).
fn content(text: String, structured: Json, is_error: bool) -> Json {
    let mut block = serde_json::Map::new();
    block.insert("type".into(), json!("text"));
    block.insert("text".into(), Json::String(text));
    let mut m = serde_json::Map::new();
    m.insert("content".into(), Json::Array(vec![Json::Object(block)]));
    m.insert("structuredContent".into(), structured);
    m.insert("isError".into(), Json::Bool(is_error));
    Json::Object(m)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// Answers every request with one status and body, as sent.
    struct Raw(u16, &'static str);

    impl Platform for Raw {
        fn send(&self, _method: &str, _path: &str, _body: Option<&Json>) -> Result<Answer, String> {
            Ok(Answer::new(self.0, self.1.as_bytes().to_vec()))
        }
    }

    fn get(p: &dyn Platform) -> Json {
        let args = json!({"tenant": "t", "entity_set": "Tasks", "id": "t1"});
        call(p, "get", &args).map(Reply::into_json).unwrap_or_default()
    }

    #[test]
    fn an_object_answer_passes_through_as_written_as_text_and_as_structured_content() {
        let body = " {\"@odata.etag\":\"W/\\\"2\\\"\",\"Id\":\"t1\",\"Title\":\"caf\u{e9} \\u00e9\",\"n\":[1,2]}\n";
        let mut reply = call(&Raw(200, body), "get", &json!({"tenant": "t", "entity_set": "Tasks", "id": "t1"}))
            .expect("a tool result");
        assert!(matches!(reply, Reply::Passed { .. }), "an object is not parsed into a tree");
        reply.insert("resultType", json!("complete"));
        let mut written = Vec::new();
        reply.write(&mut written);
        let v: Json = serde_json::from_slice(&written).expect("the result is JSON");
        assert_eq!(v["content"][0]["text"], body.trim(), "the text is the answer as the platform wrote it");
        assert_eq!(v["structuredContent"], serde_json::from_str::<Json>(body).expect("json"));
        assert_eq!((v["isError"].clone(), v["resultType"].clone()), (json!(false), json!("complete")));
    }

    #[test]
    fn other_answers_become_an_object() {
        assert_eq!(get(&Raw(200, "[1,2]"))["structuredContent"], json!({"value": [1, 2]}));
        assert_eq!(get(&Raw(204, ""))["structuredContent"], json!({"status": 204}));
        // Not well-formed: never passed through, kept as text.
        let broken = get(&Raw(200, "{\"a\": 1"));
        assert_eq!(broken["structuredContent"], json!({"value": "{\"a\": 1"}));
        assert_eq!(broken["isError"], false);
        let refused = get(&Raw(403, r#"{"error":{"code":"AuthorizationDenied","message":"no","decision":"d-1"}}"#));
        assert_eq!(refused["isError"], true);
        let text = refused["content"][0]["text"].as_str().unwrap_or_default();
        assert!(text.starts_with("403 (AuthorizationDenied): no") && text.contains("decision `d-1`"), "{text}");
        assert_eq!(refused["structuredContent"]["error"]["decision"], "d-1");
    }
}
