//! The `[[dependencies]]` and `[[subscriptions]]` sections of `app.toml`.
//!
//! A dependency names another app (`app`) that must be installed in the same tenant, and
//! optionally the `reference` to install it from when it is not. A subscription makes the app
//! react to committed actions of OTHER apps' entities in its tenant: each matching action
//! creates a `target_entity` (id `<source type>-<source id>-<seq>`) and runs `target_action` on
//! it with the string params `source_type`, `source_id`, `source_action`, `source_state`.

use super::manifest::{Problems, string, unknown};
use toml::de::{DeTable, DeValue};

const DEPENDENCY_KEYS: &[&str] = &["app", "reference"];
const SUBSCRIPTION_KEYS: &[&str] = &["on_entity", "on_action", "to_state", "target_entity", "target_action"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub app: String,
    pub reference: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Subscription {
    /// An entity type, or `*`.
    pub on_entity: String,
    /// An action name, or `*`.
    pub on_action: String,
    /// Only actions that end in this state, when given.
    pub to_state: Option<String>,
    pub target_entity: String,
    pub target_action: String,
}

impl Subscription {
    pub fn matches(&self, entity_type: &str, action: &str, to_state: &str) -> bool {
        (self.on_entity == "*" || self.on_entity == entity_type)
            && (self.on_action == "*" || self.on_action == action)
            && self.to_state.as_deref().is_none_or(|s| s == to_state)
    }
}

fn tables<'a>(p: &mut Problems<'_>, root: &'a DeTable<'a>, key: &str) -> Vec<(usize, &'a DeTable<'a>)> {
    let Some(item) = root.get(key) else { return Vec::new() };
    match item.get_ref() {
        DeValue::Array(items) => items
            .iter()
            .filter_map(|e| match e.get_ref() {
                DeValue::Table(t) => Some((e.span().start, t)),
                _ => {
                    p.at(e.span().start, format!("`{key}` entries must be tables: write `[[{key}]]`"));
                    None
                }
            })
            .collect(),
        _ => {
            p.at(item.span().start, format!("`{key}` must be an array of tables: write `[[{key}]]`"));
            Vec::new()
        }
    }
}

fn identifier(s: &str) -> bool {
    s == "*"
        || (s.chars().next().is_some_and(char::is_alphabetic) && s.chars().all(|c| c.is_alphanumeric() || c == '_'))
}

pub(super) fn dependencies(p: &mut Problems<'_>, root: &DeTable<'_>) -> Vec<Dependency> {
    let mut out: Vec<Dependency> = Vec::new();
    for (start, t) in tables(p, root, "dependencies") {
        unknown(p, t, "[[dependencies]]", DEPENDENCY_KEYS);
        let Some(app) = string(p, t, "app", true) else { continue };
        if out.iter().any(|d| d.app == app) {
            p.at(start, format!("dependency `{app}` is declared twice"));
        }
        out.push(Dependency { app, reference: string(p, t, "reference", false) });
    }
    out
}

pub(super) fn subscriptions(p: &mut Problems<'_>, root: &DeTable<'_>) -> Vec<Subscription> {
    let mut out = Vec::new();
    for (start, t) in tables(p, root, "subscriptions") {
        unknown(p, t, "[[subscriptions]]", SUBSCRIPTION_KEYS);
        let fields = ["on_entity", "on_action", "target_entity", "target_action"].map(|k| string(p, t, k, true));
        let to_state = string(p, t, "to_state", false);
        let [Some(on_entity), Some(on_action), Some(target_entity), Some(target_action)] = fields else { continue };
        for (k, v) in [("on_entity", &on_entity), ("on_action", &on_action)] {
            if !identifier(v) {
                p.at(start, format!("`{k}` = `{v}` must be a name or `*`"));
            }
        }
        for (k, v) in [("target_entity", &target_entity), ("target_action", &target_action)] {
            if v == "*" || !identifier(v) {
                p.at(start, format!("`{k}` = `{v}` must name one entity type or action of this app"));
            }
        }
        out.push(Subscription { on_entity, on_action, to_state, target_entity, target_action });
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::apps::manifest::parse;

    #[test]
    fn dependencies_and_subscriptions_read_strictly() {
        let m = parse(
            "name = \"n\"\nversion = \"1\"\ncore = true\n[[dependencies]]\napp = \"tasks\"\nreference = \"r/x/tasks:1\"\n\
             [[subscriptions]]\non_entity = \"*\"\non_action = \"Close\"\ntarget_entity = \"Notification\"\ntarget_action = \"Notify\"\n",
            "app.toml",
        )
        .unwrap();
        assert!(m.core);
        assert_eq!(m.dependencies[0].app, "tasks");
        assert!(m.subscriptions[0].matches("Task", "Close", "Done"));
        assert!(!m.subscriptions[0].matches("Task", "Start", "Doing"));
        let e = parse(
            "name = \"n\"\nversion = \"1\"\ncore = 1\n[[subscriptions]]\non_entity = \"*\"\non_action = \"a b\"\ntarget_entity = \"*\"\n",
            "app.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("`core` must be `true` or `false`"), "{e}");
        assert!(e.contains("missing required key `target_action`"), "{e}");
    }
}
