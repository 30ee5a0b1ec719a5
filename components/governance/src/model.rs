//! Plain Rust mirrors of the `temper:kernel/governance` records, so every rule is written (and
//! unit-tested natively) without the generated bindings; `convert` maps between the two.

use std::fmt;

/// A Cedar entity reference, e.g. type `Agent`, id `bot-1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRef {
    pub entity_type: String,
    pub id: String,
}

impl EntityRef {
    pub fn new(entity_type: impl Into<String>, id: impl Into<String>) -> Self {
        Self { entity_type: entity_type.into(), id: id.into() }
    }
}

/// A request the host's Cedar evaluation denied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denial {
    pub tenant: String,
    pub principal: EntityRef,
    /// A JSON object (`agent_type`, `role`, `verified`).
    pub principal_attrs: String,
    pub action: String,
    /// For a collection (`list`, `create`) the id is empty.
    pub resource: EntityRef,
    pub session: Option<String>,
    pub request: String,
    pub request_id: String,
    pub time_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Approved,
    Denied,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Denied => "denied",
        }
    }
}

/// Defines a scope enum with its WIT (kebab-case) value names, in WIT order.
macro_rules! scope_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in WIT order (narrowest first).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What the key is called in scope text (`principal`, `action`, …).
            pub const KEY: &'static str = $what;

            /// The kebab-case name, as in the WIT.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Reads a name; `_` and `-` are interchangeable, case is ignored.
            pub fn from_name(text: &str) -> Option<Self> {
                let norm = text.trim().to_ascii_lowercase().replace('_', "-");
                Self::ALL.iter().copied().find(|v| v.name() == norm)
            }
        }
    };
}

scope_enum!(
    /// Who an approval covers. Role and type scopes match only verified principals.
    PrincipalScope, "principal" {
        ThisAgent = "this-agent",
        AgentsWithRole = "agents-with-role",
        AgentsOfType = "agents-of-type",
        AnyAgent = "any-agent",
    }
);

scope_enum!(
    /// Which actions an approval covers.
    ActionScope, "action" {
        ThisAction = "this-action",
        AllActionsOnType = "all-actions-on-type",
        AllActions = "all-actions",
    }
);

scope_enum!(
    /// Which resources an approval covers.
    ResourceScope, "resource" {
        ThisResource = "this-resource",
        AnyOfType = "any-of-type",
        AnyResource = "any-resource",
    }
);

scope_enum!(
    /// How long an approval lasts.
    DurationScope, "duration" {
        Session = "session",
        Always = "always",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Scope {
    pub principal: PrincipalScope,
    pub action: ActionScope,
    pub resource: ResourceScope,
    pub duration: DurationScope,
}

impl Scope {
    pub const fn new(
        principal: PrincipalScope,
        action: ActionScope,
        resource: ResourceScope,
        duration: DurationScope,
    ) -> Self {
        Self { principal, action, resource, duration }
    }
}

impl fmt::Display for Scope {
    /// `principal=this-agent,action=this-action,resource=any-of-type,duration=always` — text
    /// that `parse-scope` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "principal={},action={},resource={},duration={}",
            self.principal.name(),
            self.action.name(),
            self.resource.name(),
            self.duration.name()
        )
    }
}

/// One pending (or decided) decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// `PD-<16 hex>`.
    pub id: String,
    pub tenant: String,
    pub principal: EntityRef,
    pub principal_attrs: String,
    pub action: String,
    pub resource: EntityRef,
    pub session: Option<String>,
    pub request: String,
    pub status: Status,
    pub created_ms: u64,
    pub denials: u32,
    pub last_denied_ms: u64,
    pub decided_by: Option<String>,
    pub decided_ms: Option<u64>,
    pub reason: Option<String>,
    pub scope: Option<Scope>,
    pub policy_id: Option<String>,
}

/// A generated Cedar policy: its id in the tenant's set and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub id: String,
    pub text: String,
}

/// One scope an approver can choose, with the policy it would install.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeOption {
    pub name: String,
    pub scope: Scope,
    pub summary: String,
    pub policy: Policy,
}

/// What can go wrong; mirrors the WIT `governance-error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GovError {
    /// The scope does not apply to this decision; the text says why and what would.
    InvalidScope(String),
    /// Scope text that does not parse; the text lists the accepted forms and values.
    MalformedScope(String),
    /// The decision is no longer pending.
    AlreadyDecided(Status),
    /// A value cannot be written into Cedar safely; nothing is generated.
    InvalidValue(String),
}

impl fmt::Display for GovError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GovError::InvalidScope(m) => write!(f, "invalid scope: {m}"),
            GovError::MalformedScope(m) => write!(f, "malformed scope: {m}"),
            GovError::AlreadyDecided(s) => write!(f, "the decision is already {}", s.name()),
            GovError::InvalidValue(m) => write!(f, "invalid value: {m}"),
        }
    }
}

impl std::error::Error for GovError {}
