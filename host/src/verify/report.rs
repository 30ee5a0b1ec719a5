//! What each level of the verification cascade reports, in one shape: pass/fail, counts, time,
//! a one-line summary, readable counterexamples and the same as JSON — so the terminal, the
//! deploy gate's 422 body and the cache all carry the same facts.

use serde_json::Value as Json;

/// How a level ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Everything it checks holds.
    Passed,
    /// A counterexample (or an error in the model) was found.
    Failed,
    /// It stopped before it could prove anything (a budget ran out): never a pass.
    Incomplete,
    /// It did not run (the text says why, e.g. a missing solver); never a pass.
    Skipped,
}

/// One level's result.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct LevelReport {
    /// `L0`, `L1`, `L2` or `L3`.
    pub level: String,
    pub outcome: Outcome,
    /// One line, e.g. `L2 simulation PASSED: 10 seeds, 4,210 transitions, 37 faults`.
    pub summary: String,
    /// Counts worth reporting (`states`, `transitions`, `seeds`, `cases`, `queries`, ...).
    pub counts: Vec<(String, u64)>,
    pub elapsed_ms: u64,
    /// Counterexamples and warnings as readable text (indented lines, may be empty).
    pub text: String,
    /// The same as JSON: at least `counterexamples` (an array, each with the steps and the
    /// seed or command that replays it) and `warnings`.
    pub details: Json,
    /// What this level did not check (a gap, an abstraction, a skipped property).
    pub unchecked: Vec<String>,
}

impl LevelReport {
    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Passed
    }

    /// A level that did not run, and why.
    pub fn skipped(level: &str, why: &str) -> Self {
        Self {
            level: level.to_string(),
            outcome: Outcome::Skipped,
            summary: format!("{level} not run: {why}"),
            counts: Vec::new(),
            elapsed_ms: 0,
            text: String::new(),
            details: serde_json::json!({ "counterexamples": [], "warnings": [] }),
            unchecked: vec![format!("everything {level} checks: {why}")],
        }
    }
}
