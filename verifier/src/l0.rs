//! L0: the front-end's SMT-LIB 2 queries on the linked Z3 — one solver for all of them, each
//! query in its own `push`/`pop` scope with a per-query timeout — and what each answer means:
//! passed, failed (with the witness or counterexample read from the model), a warning (an
//! inexact `sat` that may be spurious) or unknown (never a pass).

use std::collections::BTreeMap;
use std::time::Instant;
use z3::{Params, SatResult, Solver};

/// A solver answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Sat,
    Unsat,
    /// Timed out, gave up, or the script did not parse: never a pass.
    Unknown,
}

impl Answer {
    pub fn name(self) -> &'static str {
        match self {
            Answer::Sat => "sat",
            Answer::Unsat => "unsat",
            Answer::Unknown => "unknown",
        }
    }
}

/// One L0 check, as the front-end's `smt-query` describes it (the host converts it).
#[derive(Debug, Clone)]
pub struct Query {
    pub id: String,
    /// `guard-satisfiable`, `invariant-initial`, `invariant-inductive`, `terminal-stays`.
    pub kind: String,
    pub action: Option<String>,
    pub property: Option<String>,
    /// Self-contained SMT-LIB 2 (declarations, assertions, `(check-sat)`).
    pub script: String,
    /// The symbols whose values a `sat` answer reports (from the query's `get-value`).
    pub symbols: Vec<String>,
    /// The answer that means the check passed: `Sat` or `Unsat`.
    pub pass: Answer,
    /// Every clause and effect is represented exactly (else a `sat` may be spurious).
    pub exact: bool,
    /// What a failure means, in a sentence.
    pub failure: String,
    /// The status the action moves to (`None`: it stays), to name the post-state of a
    /// counterexample.
    pub post_status: Option<String>,
}

/// How one query ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// The check fails: an exact `sat` where `unsat` passes (an invariant false initially, an
    /// action leaving a terminal state), or any `unsat` where `sat` passes (a dead guard; an
    /// inexact `unsat` is still a proof: unknowns only widen what is possible).
    Failed,
    /// A `sat` that proves no defect: an inexact one (the counterexample may be spurious), or a
    /// counterexample to induction (`invariant-inductive`: the invariant is not inductive, and
    /// whether the pre-state is reachable is L1's question).
    Warning,
    /// Z3 could not answer (timeout, gave up, script error): not a pass.
    Unknown,
}

/// What one query returned.
#[derive(Debug, Clone)]
pub struct QueryResult {
    pub id: String,
    pub kind: String,
    pub action: Option<String>,
    pub property: Option<String>,
    pub verdict: Verdict,
    pub answer: Answer,
    pub exact: bool,
    pub failure: String,
    /// Symbol → value of a `sat` answer (witness or counterexample): integers in decimal,
    /// bools `true`/`false`, statuses by their state name. Empty otherwise.
    pub values: BTreeMap<String, String>,
    /// Why Z3 answered `unknown` (its reason, or the script error).
    pub reason: Option<String>,
    pub elapsed_us: u64,
    pub post_status: Option<String>,
}

impl QueryResult {
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    /// The counterexample as pre- and post-state: `status`, then each variable (`len(x)` for
    /// a list) before the action, and after it (the last intermediate value of each, or the
    /// value before when the action leaves it alone). Empty for a query without values.
    pub fn pre_post(&self) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
        let mut pre = BTreeMap::new();
        let mut last: BTreeMap<String, (u64, String)> = BTreeMap::new();
        for (sym, v) in &self.values {
            if let Some(name) = sym.strip_prefix("pre_") {
                let name = name.strip_prefix("len_").map_or(name.to_string(), |l| format!("len({l})"));
                pre.insert(name, v.clone());
            } else if let Some((k, name)) = sym.strip_prefix("mid").and_then(|r| r.split_once('_')) {
                let Ok(k) = k.parse::<u64>() else { continue };
                if last.get(name).is_none_or(|(j, _)| *j < k) {
                    last.insert(name.to_string(), (k, v.clone()));
                }
            }
        }
        if pre.is_empty() {
            return (pre, BTreeMap::new());
        }
        let mut post = pre.clone();
        for (name, (_, v)) in last {
            // A list's intermediate values are its length (`mid<k>_len_<list>`).
            let key = match name.strip_prefix("len_").map(|l| format!("len({l})")) {
                Some(l) if pre.contains_key(&l) => l,
                _ => name,
            };
            post.insert(key, v);
        }
        if let Some(s) = &self.post_status {
            post.insert("status".into(), s.clone());
        }
        (pre, post)
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Z3's time limit per query, in milliseconds.
    pub timeout_ms: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self { timeout_ms: 10_000 }
    }
}

/// The answers of one spec's queries.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub results: Vec<QueryResult>,
    pub elapsed_us: u64,
    /// Declared states no run can reach (see [`Report::mark_unreachable`]): warnings.
    pub unreachable: Vec<String>,
}

/// One edge of the status graph: `action` moves an entity from `from` to `to` (equal for a
/// self-loop).
#[derive(Debug, Clone)]
pub struct Edge {
    pub action: String,
    pub from: String,
    pub to: String,
}

impl Report {
    pub fn count(&self, v: Verdict) -> usize {
        self.results.iter().filter(|r| r.verdict == v).count()
    }

    /// Finds the declared states unreachable from `initial` in the status graph, leaving out
    /// the edges of actions whose guard Z3 proved never holds (`guard-satisfiable` answered
    /// `unsat`; an inexact `unsat` is a proof too). Every other edge counts, whatever its guard
    /// and variables: the graph over-approximates what runs do, so a state it cannot reach is
    /// truly unreachable (the converse does not hold: L1 explores the states that are).
    pub fn mark_unreachable(&mut self, states: &[String], initial: &str, edges: &[Edge]) {
        let dead: Vec<&str> = self
            .results
            .iter()
            .filter(|r| r.kind == "guard-satisfiable" && r.answer == Answer::Unsat)
            .filter_map(|r| r.action.as_deref())
            .collect();
        let mut seen = vec![initial.to_string()];
        let mut i = 0;
        while i < seen.len() {
            let here = seen[i].clone();
            for e in edges.iter().filter(|e| e.from == here && !dead.contains(&e.action.as_str())) {
                if !seen.contains(&e.to) {
                    seen.push(e.to.clone());
                }
            }
            i += 1;
        }
        self.unreachable = states.iter().filter(|s| !seen.contains(s)).cloned().collect();
    }

    /// Passed: every query passed or is only a warning (no failure, no unknown).
    pub fn passed(&self) -> bool {
        self.count(Verdict::Failed) == 0 && self.count(Verdict::Unknown) == 0
    }

    /// `L0 SMT PASSED: 12 queries, 12 proved` and what did not.
    pub fn summary(&self) -> String {
        let n = self.results.len();
        let (ok, failed, warn, unknown) = (
            self.count(Verdict::Passed),
            self.count(Verdict::Failed),
            self.count(Verdict::Warning),
            self.count(Verdict::Unknown),
        );
        let mut notes = Vec::new();
        let warned = || self.results.iter().filter(|r| r.verdict == Verdict::Warning);
        let not_inductive = warned().filter(|r| r.exact).count();
        if not_inductive > 0 {
            notes.push(format!(
                "{not_inductive} invariant(s) not inductive (L1 decides whether the counterexample is reachable)"
            ));
        }
        if warn > not_inductive {
            notes.push(format!("{} inexact counterexample(s) that may be spurious", warn - not_inductive));
        }
        if !self.unreachable.is_empty() {
            notes.push(format!("unreachable state(s): {}", self.unreachable.join(", ")));
        }
        let warnings = if notes.is_empty() { String::new() } else { format!("; warnings: {}", notes.join("; ")) };
        if failed > 0 {
            format!("L0 SMT FAILED: {failed} of {n} queries fail{warnings}")
        } else if unknown > 0 {
            format!("L0 SMT INCOMPLETE: z3 could not answer {unknown} of {n} queries (never a pass){warnings}")
        } else {
            format!("L0 SMT PASSED: {n} queries, {ok} proved{warnings}")
        }
    }
}

/// Runs every query on one solver, each in its own scope.
pub fn run(queries: &[Query], opts: &Options) -> Report {
    let started = Instant::now();
    let solver = Solver::new();
    let mut params = Params::new();
    params.set_u32("timeout", opts.timeout_ms);
    solver.set_params(&params);
    let results = queries.iter().map(|q| run_one(&solver, q)).collect();
    Report { results, elapsed_us: micros(started), unreachable: Vec::new() }
}

fn micros(t: Instant) -> u64 {
    u64::try_from(t.elapsed().as_micros()).unwrap_or(u64::MAX)
}

/// How many top-level `(assert ...)` commands a script has (to detect a script Z3 did not
/// parse: the linked API reports parse errors only through an error code).
fn top_level_asserts(script: &str) -> usize {
    script.lines().filter(|l| l.starts_with("(assert ")).count()
}

fn run_one(solver: &Solver, q: &Query) -> QueryResult {
    let started = Instant::now();
    solver.push();
    let (answer, values, reason) = match std::ffi::CString::new(q.script.as_str()) {
        Err(_) => (Answer::Unknown, BTreeMap::new(), Some("the script contains a NUL byte".to_string())),
        Ok(_) => {
            solver.from_string(q.script.as_str());
            let want = top_level_asserts(&q.script);
            let got = solver.get_assertions().len();
            if got != want {
                let why = format!("z3 did not parse the script ({got} of {want} assertions read)");
                (Answer::Unknown, BTreeMap::new(), Some(why))
            } else {
                match solver.check() {
                    SatResult::Sat => (Answer::Sat, read_model(solver, &q.symbols), None),
                    SatResult::Unsat => (Answer::Unsat, BTreeMap::new(), None),
                    SatResult::Unknown => (Answer::Unknown, BTreeMap::new(), solver.get_reason_unknown()),
                }
            }
        }
    };
    solver.pop(1);
    let verdict = match (answer, q.pass) {
        (Answer::Unknown, _) => Verdict::Unknown,
        (a, p) if a == p => Verdict::Passed,
        (Answer::Sat, _) if !q.exact || q.kind == "invariant-inductive" => Verdict::Warning,
        _ => Verdict::Failed,
    };
    QueryResult {
        id: q.id.clone(),
        kind: q.kind.clone(),
        action: q.action.clone(),
        property: q.property.clone(),
        verdict,
        answer,
        exact: q.exact,
        failure: q.failure.clone(),
        values,
        reason,
        elapsed_us: micros(started),
        post_status: q.post_status.clone(),
    }
}

/// The values of `symbols` in the model (a symbol the model leaves out can take any value
/// and is reported as `any`).
fn read_model(solver: &Solver, symbols: &[String]) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = symbols.iter().map(|s| (s.clone(), "any".to_string())).collect();
    let Some(model) = solver.get_model() else { return out };
    for f in model.iter() {
        if f.arity() != 0 {
            continue;
        }
        let name = f.name();
        if let Some(slot) = out.get_mut(&name)
            && let Some(z3::Interp::Const(v)) = model.get_interp(&f)
        {
            *slot = smt_value(&v.to_string());
        }
    }
    out
}

/// `(- 5)` → `-5`, `S_Open` → `Open`; everything else as Z3 prints it.
fn smt_value(s: &str) -> String {
    let s = s.trim();
    if let Some(n) = s.strip_prefix("(- ").and_then(|r| r.strip_suffix(')')) {
        return format!("-{}", n.trim());
    }
    s.strip_prefix("S_").unwrap_or(s).to_string()
}

/// The symbols of a `(get-value (a b c))` command.
pub fn get_value_symbols(get_value: &str) -> Vec<String> {
    let inner = get_value.trim().trim_start_matches("(get-value").trim_start().trim_start_matches('(');
    inner.split(|c: char| c == ')' || c.is_whitespace()).filter(|t| !t.is_empty()).map(str::to_string).collect()
}
