//! The verification model as plain Rust types (no bindings): what [`crate::build::build_models`]
//! returns and `convert` maps to `temper:kernel/verifier`. The WIT file documents each field.

use temper_spec::diag::Diagnostic;
use temper_spec::value::Value;

/// How large a model to build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The bound of a counter (and of a list's length) that meets no larger literal.
    pub default_bound: u64,
    /// No list's bound is larger than this (a larger one is cut, and the model says so).
    pub max_bound: u64,
    /// No counter's bound is larger than this (a larger one is cut, and the model says so).
    pub max_counter_bound: u64,
    /// At most this many values in one parameter's domain.
    pub max_param_values: u32,
    /// More assignments than this for one action is a warning.
    pub max_param_assignments: u64,
    /// Whether L0 queries also bound counters and list lengths by their bounds.
    pub bounded_l0: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            default_bound: 2,
            max_bound: 3,
            max_counter_bound: 16,
            max_param_values: 8,
            max_param_assignments: 4096,
            bounded_l0: false,
        }
    }
}

/// How the model represents a declared state variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Representation {
    Counter(u64),
    Boolean,
    List(u64),
    /// A string or int over its domain; create and PATCH set it too.
    Values,
    Unmodelled(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct VariableModel {
    pub name: String,
    pub type_name: String,
    pub initial: Value,
    pub representation: Representation,
    pub bound_reason: String,
    pub domain: Vec<Value>,
    /// In the cone of influence of a guard or an invariant.
    pub relevant: bool,
    /// Parallel to `domain`: each value's class representative (empty: all kept).
    pub canonical: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParamModel {
    pub name: String,
    pub type_name: String,
    pub required: bool,
    pub source: Option<String>,
    pub domain: Vec<Value>,
    pub truncated: bool,
    /// Parallel to `domain`: each value's class representative (L1 tries one per class).
    pub canonical: Vec<Value>,
}

/// A clause L0 cannot represent exactly, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Abstraction {
    pub text: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EffectTreatment {
    Exact,
    Abstracted(String),
    Ignored(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectModel {
    pub text: String,
    pub treatment: EffectTreatment,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionModel {
    pub name: String,
    pub kind: String,
    pub from: Vec<String>,
    pub to: Option<String>,
    pub params: Vec<ParamModel>,
    pub guard: Option<String>,
    pub abstracted: Vec<Abstraction>,
    pub effects: Vec<EffectModel>,
    pub param_assignments: u64,
    pub implicit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LivenessProperty {
    pub from: Vec<String>,
    pub reaches: Vec<String>,
    pub has_actions: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PropertyKind {
    Invariant,
    Terminal(Vec<String>),
    Liveness(LivenessProperty),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    pub name: String,
    pub kind: PropertyKind,
    pub source: String,
    pub reads: Vec<String>,
    pub unmodelled: Option<String>,
    pub abstracted: Vec<Abstraction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryKind {
    GuardSatisfiable,
    InvariantInitial,
    InvariantInductive,
    TerminalStays,
}

impl QueryKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::GuardSatisfiable => "guard-satisfiable",
            Self::InvariantInitial => "invariant-initial",
            Self::InvariantInductive => "invariant-inductive",
            Self::TerminalStays => "terminal-stays",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SatAnswer {
    Sat,
    Unsat,
}

impl SatAnswer {
    pub fn name(self) -> &'static str {
        match self {
            Self::Sat => "sat",
            Self::Unsat => "unsat",
        }
    }
}

/// One L0 check: an SMT-LIB 2 script and what its answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtQuery {
    pub id: String,
    pub kind: QueryKind,
    pub action: Option<String>,
    pub property: Option<String>,
    pub script: String,
    pub counterexample: String,
    pub pass: SatAnswer,
    pub exact: bool,
    pub failure: String,
}

/// Something the model does not represent exactly, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub place: String,
    pub text: String,
    pub reason: String,
}

/// The verification model of one automaton.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecModel {
    pub name: String,
    pub spec_id: String,
    pub file: String,
    pub states: Vec<String>,
    pub initial: String,
    pub terminal: Vec<String>,
    pub variables: Vec<VariableModel>,
    pub actions: Vec<ActionModel>,
    pub properties: Vec<Property>,
    pub queries: Vec<SmtQuery>,
    pub gaps: Vec<Gap>,
    pub diagnostics: Vec<Diagnostic>,
}

impl SpecModel {
    /// Whether the model carries an error (something that must be checked but cannot be).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}
