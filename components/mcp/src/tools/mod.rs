//! The tools: each a platform operation with a JSON Schema for its input, a structured output,
//! and the Cedar action it needs. `tools/list` shows only tools whose action is within the
//! agent's reach (`GET /api/capabilities`: allowed by a policy, or approvable by a human);
//! `tools/call` runs one as the agent, and a platform refusal is a tool error (`isError`)
//! that says why and — for a denial a human can lift — the decision id and what to do next.

mod defs;
mod run;

use crate::platform::{Answer, Platform};
use crate::protocol::{INVALID_PARAMS, RpcError};
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
    let reach = |action: &str| caps.body["actions"][action].as_str().unwrap_or("never").to_string();
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
pub fn call(p: &dyn Platform, name: &str, args: &Json) -> Result<Json, RpcError> {
    let Some(tool) = TOOLS.iter().find(|t| t.name == name) else {
        let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
        return Err(RpcError::new(INVALID_PARAMS, format!("unknown tool `{name}`; tools: {}", names.join(", "))));
    };
    if !args.is_object() {
        return Err(RpcError::new(INVALID_PARAMS, format!("`{}` takes an object of arguments", tool.name)));
    }
    match run::run(p, tool.name, args) {
        Ok(Outcome::Done(a)) => Ok(result(a)),
        Ok(Outcome::Bad(why)) => Ok(failure(&why, &json!({"error": {"code": "InvalidArguments", "message": why}}))),
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
    a.body["error"]["message"].as_str().map_or_else(|| a.body.to_string(), str::to_string)
}

fn result(a: Answer) -> Json {
    if a.ok() {
        let structured = structured(a);
        // `to_string` on a `Value` goes through `fmt`; `serde_json::to_string` writes directly.
        let text = serde_json::to_string(&structured).unwrap_or_default();
        return json!({"content": [{"type": "text", "text": text}], "structuredContent": structured, "isError": false});
    }
    let err = &a.body["error"];
    let mut text = format!("{} ({}): {}", a.status, err["code"].as_str().unwrap_or("Error"), message(&a));
    if let Some(d) = err["decision"].as_str() {
        text.push_str(&format!(
            "\nA human can approve this: decision `{d}` is pending. Wait for it with the `decision` tool (`id: \"{d}\"`, `wait_seconds`), then retry the same call."
        ));
    }
    failure(&text, &structured(a))
}

/// The answer as `structuredContent` (always an object), taking the body without a copy.
fn structured(a: Answer) -> Json {
    match a.body {
        body @ Json::Object(_) => body,
        Json::Null => json!({"status": a.status}),
        other => json!({"value": other}),
    }
}

fn failure(text: &str, structured: &Json) -> Json {
    json!({"content": [{"type": "text", "text": text}], "structuredContent": structured, "isError": true})
}
