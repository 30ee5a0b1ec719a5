//! The compiled form of one IOA automaton: names resolved to indices, predicates and effects
//! type-checked. Everything downstream (the interpreter, the verifier front-end, OData) reads
//! this, never the TOML.

use crate::diag::Diagnostic;
use crate::effect::Effect;
use crate::predicate::{Pred, Ty};
use crate::value::{Value, VarType};

#[derive(Debug, Clone, PartialEq)]
pub struct Automaton {
    /// The entity type this automaton governs.
    pub name: String,
    pub file: String,
    pub states: Vec<String>,
    pub initial: usize,
    pub terminal: Vec<usize>,
    pub allow_indefinite: Vec<usize>,
    /// Reject parameters an action does not declare.
    pub strict_params: bool,
    pub vars: Vec<VarDecl>,
    pub actions: Vec<Action>,
    pub invariants: Vec<Invariant>,
    pub liveness: Vec<Liveness>,
    pub timeouts: Vec<StateTimeout>,
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VarDecl {
    pub name: String,
    pub ty: VarType,
    pub initial: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Input,
    Internal,
    Output,
    Composite,
}

impl ActionKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Internal => "internal",
            Self::Output => "output",
            Self::Composite => "composite",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub name: String,
    pub kind: ActionKind,
    /// State indices the action may fire from (already expanded for always-enabled actions).
    pub from: Vec<usize>,
    /// Target state; `None` is a self-loop.
    pub to: Option<usize>,
    pub params: Vec<ParamDecl>,
    pub guard: Option<Source<Pred>>,
    pub effects: Vec<Source<Effect>>,
    pub triggers: Vec<Trigger>,
    pub hint: Option<String>,
    /// Implied by a legacy `[[integration]]` callback, not declared.
    pub implicit: bool,
}

/// A parsed item together with its text as written (for messages and summaries).
#[derive(Debug, Clone, PartialEq)]
pub struct Source<T> {
    pub text: String,
    pub item: T,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParamDecl {
    pub name: String,
    /// Declared or inferred; `None` means any value is accepted.
    pub ty: Option<Ty>,
    /// Declared `counter`: a non-negative integer.
    pub non_negative: bool,
    /// Read by the guard, an effect or a trigger.
    pub required: bool,
    /// `authenticated_subject`: the caller binds the authenticated principal's id.
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invariant {
    pub name: String,
    pub assert: Source<Pred>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Liveness {
    pub name: String,
    pub from: Vec<usize>,
    pub reaches: Vec<usize>,
    pub has_actions: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StateTimeout {
    pub state: usize,
    pub after_seconds: u64,
    pub on_timeout: String,
    pub max_occurrences: u32,
    pub reset_on: Vec<String>,
    pub args: Vec<(String, ArgExpr)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Entity,
    Wasm,
    Adapter,
    Webhook,
    Hook,
}

impl TriggerKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Entity => "entity",
            Self::Wasm => "wasm",
            Self::Adapter => "adapter",
            Self::Webhook => "webhook",
            Self::Hook => "hook",
        }
    }
}

/// How an entity trigger finds its target.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolve {
    /// The id is in this state variable.
    Field(usize),
    SameId,
    Static(String),
    /// The id in this variable, or `{source_id}-derived` when it is empty; created if missing.
    CreateIfMissing(usize),
    /// A fresh entity on every dispatch (the id is derived from the source event).
    Create,
}

impl Resolve {
    pub fn name(&self) -> &'static str {
        match self {
            Resolve::Field(_) => "field",
            Resolve::SameId => "same_id",
            Resolve::Static(_) => "static",
            Resolve::CreateIfMissing(_) => "create_if_missing",
            Resolve::Create => "create",
        }
    }
}

/// A trigger argument: a literal, the source entity's id, a state variable or a parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgExpr {
    Lit(Value),
    EntityId,
    Var(usize),
    Param(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub name: String,
    pub kind: TriggerKind,
    pub guard: Option<Source<Pred>>,
    pub target_entity: Option<String>,
    pub target_action: Option<String>,
    pub resolve: Option<Resolve>,
    pub args: Vec<(String, ArgExpr)>,
    pub module: Option<String>,
    pub adapter: Option<String>,
    pub hook: Option<String>,
    pub url: Option<String>,
    pub method: Option<String>,
    pub on_success: Option<String>,
    pub on_failure: Option<String>,
    pub config: Vec<(String, String)>,
    pub principal: Option<String>,
}

impl Automaton {
    pub fn state_index(&self, name: &str) -> Option<usize> {
        self.states.iter().position(|s| s == name)
    }

    pub fn action(&self, name: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.name == name)
    }

    pub fn var_index(&self, name: &str) -> Option<usize> {
        self.vars.iter().position(|v| v.name == name)
    }

    pub fn is_terminal(&self, state: usize) -> bool {
        self.terminal.contains(&state)
    }
}
