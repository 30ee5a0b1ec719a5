//! Who is calling: the principal a bearer token resolves to, its Cedar attributes, and the
//! session a request carries. Identity only ever comes from a credential, never from a header
//! a client could set.

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

/// The kinds of principal a token can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An AI agent: default deny, asks for decisions.
    Agent,
    /// A human operator: may decide, manage policies and tokens.
    Admin,
    /// The kernel itself acting on a spec's behalf (timers, schedules, integration callbacks,
    /// reactions without a named principal). No token can stand for it.
    System,
}

impl Kind {
    pub fn cedar_type(self) -> &'static str {
        match self {
            Kind::Agent => "Agent",
            Kind::Admin => "Admin",
            Kind::System => "System",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "agent" => Some(Kind::Agent),
            "admin" => Some(Kind::Admin),
            _ => None,
        }
    }
}

/// An authenticated principal with the attributes policies may test.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub kind: Kind,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Whether an admin vouched for the agent type and role (role and type approvals only
    /// match verified principals).
    pub verified: bool,
}

impl Identity {
    pub fn admin(id: &str) -> Self {
        Self { kind: Kind::Admin, id: id.to_string(), agent_type: None, role: None, verified: true }
    }

    /// The kernel acting for a spec, e.g. `System::"timer"`.
    pub fn system(id: &str) -> Self {
        Self { kind: Kind::System, id: id.to_string(), agent_type: None, role: None, verified: true }
    }

    /// An identity from a Cedar uid written as `Type::"id"` (`Agent`, `System`; never
    /// `Admin`: a spec cannot make the kernel act as a human). `None` if it is not one.
    pub fn from_uid(uid: &str) -> Option<Self> {
        let (ty, rest) = uid.split_once("::")?;
        let id = rest.strip_prefix('"')?.strip_suffix('"')?;
        if id.contains(['"', '\\']) || id.is_empty() {
            return None;
        }
        let kind = match ty {
            "Agent" => Kind::Agent,
            "System" => Kind::System,
            _ => return None,
        };
        Some(Self { kind, id: id.to_string(), agent_type: None, role: None, verified: false })
    }

    /// `Agent::"bot-1"`, with the id escaped as Cedar writes it.
    pub fn uid(&self) -> String {
        format!("{}::{}", self.kind.cedar_type(), cedar_string(&self.id))
    }

    /// The principal's Cedar attributes: `uid` (so a policy can compare it with a resource's
    /// `owner`), `agent_type` and `role` when set, and `verified`.
    /// The Cedar principal.
    pub fn entity_ref(&self) -> crate::authz::EntityRef {
        crate::authz::EntityRef::new(self.kind.cedar_type(), &self.id)
    }

    pub fn attrs(&self) -> Json {
        let mut a = json!({"uid": self.uid(), "verified": self.verified});
        if let Some(t) = &self.agent_type {
            a["agent_type"] = json!(t);
        }
        if let Some(r) = &self.role {
            a["role"] = json!(r);
        }
        a
    }
}

/// A Cedar string literal (quoted, escaped) for `s`.
pub fn cedar_string(s: &str) -> String {
    format!("\"{}\"", s.escape_default())
}

/// Principal ids, agent types, roles, session ids and policy ids: 1–128 characters of
/// `A-Z a-z 0-9 . _ - : @`. Returns what is wrong, for the error message.
pub fn check_name(what: &str, s: &str) -> Result<(), String> {
    if s.is_empty() || s.len() > 128 {
        return Err(format!("{what} must be 1–128 characters (got {})", s.len()));
    }
    if let Some(c) = s.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '@'))) {
        return Err(format!(
            "{what} `{}` contains `{}`; use letters, digits and . _ - : @",
            s.escape_default(),
            c.escape_default()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_escapes_the_id() {
        let i = Identity { kind: Kind::Agent, id: "a\"b".into(), agent_type: None, role: None, verified: false };
        assert_eq!(i.uid(), "Agent::\"a\\\"b\"");
    }

    #[test]
    fn names_are_checked() {
        assert!(check_name("id", "bot-1@team.x").is_ok());
        assert!(check_name("id", "").is_err());
        assert!(check_name("id", "a b").is_err());
        assert!(check_name("id", &"x".repeat(129)).is_err());
    }
}
