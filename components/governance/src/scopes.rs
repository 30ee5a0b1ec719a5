//! The scope presets an approver chooses from (narrowest first), the one-line summary of a scope,
//! and the options offered for a decision with their policy previews.

use crate::cedar;
use crate::model::{
    ActionScope as A, Decision, DurationScope as D, PrincipalScope as P, ResourceScope as R, Scope, ScopeOption,
};
use crate::policy::{self, principal_attr};

/// The presets, narrowest first: (name, scope).
pub const PRESETS: &[(&str, Scope)] = &[
    ("narrow", Scope::new(P::ThisAgent, A::ThisAction, R::ThisResource, D::Always)),
    ("medium", Scope::new(P::ThisAgent, A::ThisAction, R::AnyOfType, D::Always)),
    ("broad", Scope::new(P::ThisAgent, A::AllActionsOnType, R::AnyOfType, D::Always)),
    ("role", Scope::new(P::AgentsWithRole, A::ThisAction, R::AnyOfType, D::Always)),
    ("type", Scope::new(P::AgentsOfType, A::ThisAction, R::AnyOfType, D::Always)),
    ("any-agent", Scope::new(P::AnyAgent, A::ThisAction, R::AnyOfType, D::Always)),
    ("session", Scope::new(P::ThisAgent, A::ThisAction, R::AnyOfType, D::Session)),
];

/// The scope `parse-scope` fills unspecified keys from (the `medium` preset).
pub const DEFAULT: Scope = Scope::new(P::ThisAgent, A::ThisAction, R::AnyOfType, D::Always);

/// The preset called `name` (`_` and `-` interchangeable, case ignored).
pub fn preset(name: &str) -> Option<Scope> {
    let norm = name.trim().to_ascii_lowercase().replace('_', "-");
    PRESETS.iter().find(|(n, _)| *n == norm).map(|(_, s)| *s)
}

/// An action name as humans read it: bare if it is a plain word, else a quoted Cedar string.
fn action_name(action: &str) -> String {
    let plain = !action.is_empty() && action.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if plain { action.to_owned() } else { cedar::string(action) }
}

/// One line for humans, e.g. `Agent::"bot-1" may Close any Task, always`. Values are escaped
/// the way the policy writes them, so the line has no control characters.
pub fn summary(d: &Decision, s: Scope) -> String {
    let ptype = &d.principal.entity_type;
    let attr = |key: &str| principal_attr(d, key).map(|v| cedar::string(&v)).unwrap_or_else(|_| "?".to_owned());
    let who = match s.principal {
        P::ThisAgent => format!("{}::{}", ptype, cedar::string(&d.principal.id)),
        P::AgentsWithRole => format!("every verified {ptype} with role {}", attr("role")),
        P::AgentsOfType => format!("every verified {ptype} of agent_type {}", attr("agent_type")),
        P::AnyAgent => format!("every {ptype}"),
    };
    let rtype = &d.resource.entity_type;
    let this_resource = format!("{}::{}", rtype, cedar::string(&d.resource.id));
    let what = match (s.action, s.resource) {
        (A::ThisAction, R::ThisResource) => format!("{} {this_resource}", action_name(&d.action)),
        (A::ThisAction, R::AnyOfType) => format!("{} any {rtype}", action_name(&d.action)),
        (A::ThisAction, R::AnyResource) => format!("{} any resource", action_name(&d.action)),
        (A::AllActionsOnType | A::AllActions, R::ThisResource) => format!("do anything to {this_resource}"),
        (A::AllActionsOnType, R::AnyOfType | R::AnyResource) | (A::AllActions, R::AnyOfType) => {
            format!("do anything to any {rtype}")
        }
        (A::AllActions, R::AnyResource) => "do anything to any resource".to_owned(),
    };
    let when = match (s.duration, d.session.as_deref()) {
        (D::Always, _) => "always".to_owned(),
        (D::Session, Some(session)) => format!("in session {}", cedar::string(session)),
        (D::Session, None) => "in the request's session".to_owned(),
    };
    format!("{who} may {what}, {when}")
}

/// Every preset that applies to `d`, narrowest first, each with its policy preview. A preset
/// whose policy cannot be generated (a role scope for a principal without a verified role, a
/// session scope without a session, an entity type Cedar cannot name) is left out.
pub fn options(d: &Decision) -> Vec<ScopeOption> {
    PRESETS
        .iter()
        .filter_map(|(name, s)| {
            let policy = policy::generate(d, *s, None).ok()?;
            Some(ScopeOption { name: (*name).to_owned(), scope: *s, summary: summary(d, *s), policy })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_read_with_either_separator() {
        assert_eq!(preset("any_agent"), Some(PRESETS[5].1));
        assert_eq!(preset(" Narrow "), Some(PRESETS[0].1));
        assert_eq!(preset("medium"), Some(DEFAULT));
        assert_eq!(preset("wide"), None);
    }

    #[test]
    fn action_names_are_quoted_unless_plain() {
        assert_eq!(action_name("Close"), "Close");
        assert_eq!(action_name("submit_specs"), "submit_specs");
        assert_eq!(action_name("a b\n"), "\"a b\\u{a}\"");
        assert_eq!(action_name(""), "\"\"");
    }
}
