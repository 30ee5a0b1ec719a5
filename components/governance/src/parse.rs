//! `parse-scope`: a scope written as a preset name, `key=value` pairs or a JSON object. Keys left
//! out of pairs or JSON take the `medium` preset's values, so `resource=this-resource` alone is
//! the `narrow` preset and `duration=session` alone is the `session` preset.

use crate::model::{ActionScope, DurationScope, GovError, PrincipalScope, ResourceScope, Scope};
use crate::scopes::{DEFAULT, PRESETS};
use serde_json::Value as Json;

/// The accepted forms, for error messages.
fn forms() -> String {
    let presets: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
    format!(
        "a scope is a preset ({}), `key=value` pairs separated by `,` (e.g. \
         `principal=this-agent,action=this-action,resource=any-of-type,duration=always`), or a JSON object \
         ({{\"principal\": …, \"action\": …, \"resource\": …, \"duration\": …}}); keys left out default to the \
         `medium` preset ({DEFAULT}); values may use `-` or `_`",
        presets.join(", ")
    )
}

fn malformed(what: String) -> GovError {
    GovError::MalformedScope(format!("{what}; {}", forms()))
}

/// The valid values of a key, for error messages.
fn values_of(key: &str) -> String {
    let names: Vec<&str> = match key {
        "principal" => PrincipalScope::ALL.iter().map(|v| v.name()).collect(),
        "action" => ActionScope::ALL.iter().map(|v| v.name()).collect(),
        "resource" => ResourceScope::ALL.iter().map(|v| v.name()).collect(),
        _ => DurationScope::ALL.iter().map(|v| v.name()).collect(),
    };
    names.join(", ")
}

/// A scope being assembled from keys, each set at most once.
#[derive(Default)]
struct Builder {
    principal: Option<PrincipalScope>,
    action: Option<ActionScope>,
    resource: Option<ResourceScope>,
    duration: Option<DurationScope>,
}

fn set<T: Copy>(slot: &mut Option<T>, key: &str, value: &str, read: fn(&str) -> Option<T>) -> Result<(), GovError> {
    if slot.is_some() {
        return Err(malformed(format!("the key `{key}` is given twice")));
    }
    let v = read(value)
        .ok_or_else(|| malformed(format!("`{value}` is not a {key} scope (valid {key} values: {})", values_of(key))))?;
    *slot = Some(v);
    Ok(())
}

impl Builder {
    fn add(&mut self, key: &str, value: &str) -> Result<(), GovError> {
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        match key.as_str() {
            "principal" => set(&mut self.principal, &key, value, PrincipalScope::from_name),
            "action" => set(&mut self.action, &key, value, ActionScope::from_name),
            "resource" => set(&mut self.resource, &key, value, ResourceScope::from_name),
            "duration" => set(&mut self.duration, &key, value, DurationScope::from_name),
            _ => Err(malformed(format!("unknown key `{key}` (keys: principal, action, resource, duration)"))),
        }
    }

    fn finish(self) -> Scope {
        Scope {
            principal: self.principal.unwrap_or(DEFAULT.principal),
            action: self.action.unwrap_or(DEFAULT.action),
            resource: self.resource.unwrap_or(DEFAULT.resource),
            duration: self.duration.unwrap_or(DEFAULT.duration),
        }
    }
}

fn pairs(text: &str) -> Result<Scope, GovError> {
    let mut b = Builder::default();
    for part in text.split(',') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((key, value)) = part.split_once('=') else {
            return Err(malformed(format!("`{part}` is not a `key=value` pair")));
        };
        b.add(key, value)?;
    }
    Ok(b.finish())
}

fn json(text: &str) -> Result<Scope, GovError> {
    let map = match serde_json::from_str::<Json>(text) {
        Ok(Json::Object(map)) => map,
        Ok(_) => return Err(malformed("the JSON is not an object".to_owned())),
        Err(e) => return Err(malformed(format!("the JSON does not parse ({e})"))),
    };
    let mut b = Builder::default();
    for (key, value) in &map {
        match value {
            Json::String(s) => b.add(key, s)?,
            other => return Err(malformed(format!("the value of `{key}` must be a string, not {other}"))),
        }
    }
    Ok(b.finish())
}

/// Reads a scope (see the module doc). Errors are `malformed-scope`, naming the offending part,
/// the valid values of the offending key, and the accepted forms.
pub fn parse_scope(text: &str) -> Result<Scope, GovError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(malformed("the scope is empty".to_owned()));
    }
    if text.starts_with(['{', '[']) {
        return json(text);
    }
    if text.contains('=') {
        return pairs(text);
    }
    crate::scopes::preset(text).ok_or_else(|| malformed(format!("`{text}` is not a preset")))
}
