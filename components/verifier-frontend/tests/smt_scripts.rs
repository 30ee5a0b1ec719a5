//! Every generated L0 script (bundled apps, the trace spec) is well-formed SMT-LIB 2: balanced
//! parentheses, one final `(check-sat)`, every symbol declared (and every declaration used),
//! and a `get-value` naming only declared symbols. With `z3` installed, each script must also
//! parse and answer `sat` or `unsat`, and a `sat` answer must yield the counterexample values.

mod common;

use common::{TestResult, apps, models_of, repo_root, spec_files, z3};
use std::collections::BTreeSet;
use temper_verifier_frontend::model::{Options, SmtQuery};

const BUILTINS: &[&str] = &[
    "assert",
    "declare-const",
    "declare-datatypes",
    "check-sat",
    "get-value",
    "and",
    "or",
    "not",
    "=>",
    "=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "ite",
    "true",
    "false",
    "Int",
    "Bool",
    "Status",
];

fn all_queries(opts: &Options) -> TestResult<Vec<(String, SmtQuery)>> {
    let mut sets = apps()?;
    sets.push(("trace".into(), spec_files(&repo_root().join("host/tests/golden/trace/specs"))?));
    let mut out = Vec::new();
    for (app, files) in sets {
        for m in models_of(&files, opts)? {
            out.extend(m.queries.into_iter().map(|q| (format!("{app}/{}", m.name), q)));
        }
    }
    Ok(out)
}

fn strip_comments(script: &str) -> String {
    script.lines().map(|l| l.split(';').next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

fn tokens(text: &str) -> Vec<String> {
    text.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(str::to_string).collect()
}

/// The static checks of one script; returns the declared symbols.
fn check_script(q: &SmtQuery) -> Result<BTreeSet<String>, String> {
    let code = strip_comments(&q.script);
    let toks = tokens(&code);
    let mut depth = 0i32;
    for t in &toks {
        match t.as_str() {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err("a `)` closes nothing".into());
        }
    }
    if depth != 0 {
        return Err(format!("{depth} unclosed `(`"));
    }
    let last = code.lines().rfind(|l| !l.trim().is_empty()).unwrap_or_default();
    if last.trim() != "(check-sat)" || code.matches("(check-sat)").count() != 1 {
        return Err("the script must end with its only `(check-sat)`".into());
    }
    let mut declared = BTreeSet::new();
    let mut constructors = BTreeSet::new();
    for (i, t) in toks.iter().enumerate() {
        if t == "declare-const" {
            declared.insert(toks[i + 1].clone());
        }
        if t.starts_with("S_") {
            constructors.insert(t.clone());
        }
    }
    let datatype = code.lines().find(|l| l.starts_with("(declare-datatypes")).ok_or("no Status datatype")?;
    for c in &constructors {
        if !datatype.contains(&format!("({c})")) {
            return Err(format!("constructor `{c}` is not a state"));
        }
    }
    let mut used = BTreeSet::new();
    for line in code.lines().filter(|l| l.starts_with("(assert")) {
        for t in tokens(line) {
            if t == "(" || t == ")" || t.parse::<u64>().is_ok() || BUILTINS.contains(&t.as_str()) || t.starts_with("S_")
            {
                continue;
            }
            if !declared.contains(&t) {
                return Err(format!("symbol `{t}` is not declared"));
            }
            used.insert(t);
        }
    }
    if let Some(unused) = declared.iter().find(|d| !used.contains(*d)) {
        return Err(format!("`{unused}` is declared but never used"));
    }
    for t in tokens(&q.counterexample) {
        if !(t == "(" || t == ")" || t == "get-value" || declared.contains(&t)) {
            return Err(format!("get-value names undeclared `{t}`"));
        }
    }
    Ok(declared)
}

#[test]
fn every_script_is_well_formed() -> TestResult {
    for opts in [Options::default(), Options { bounded_l0: true, ..Options::default() }] {
        let queries = all_queries(&opts)?;
        assert!(queries.len() > 100, "only {} queries", queries.len());
        let mut ids = BTreeSet::new();
        for (spec, q) in &queries {
            check_script(q).map_err(|e| format!("{spec} {}: {e}\n{}", q.id, q.script))?;
            assert!(ids.insert(format!("{spec}/{}", q.id)), "duplicate query id {spec} {}", q.id);
        }
    }
    Ok(())
}

#[test]
fn z3_answers_every_script() -> TestResult {
    if !z3::available() {
        return Ok(());
    }
    let mut answered = 0;
    for (spec, q) in all_queries(&Options::default())? {
        let answer = z3::answer(&q.script).map_err(|e| format!("{spec} {}: {e}", q.id))?;
        if answer == "sat" && !q.counterexample.is_empty() {
            let values = z3::values(&q.script, &q.counterexample).map_err(|e| format!("{spec} {}: {e}", q.id))?;
            assert!(!values.is_empty(), "{spec} {}: no values", q.id);
        }
        answered += 1;
    }
    eprintln!("z3 answered {answered} scripts");
    Ok(())
}

#[test]
fn specs_with_a_line_removed_build_well_formed_scripts_or_diagnostics() -> TestResult {
    let mut built = 0;
    for (_, files) in apps()? {
        for (fi, f) in files.iter().enumerate().filter(|(_, f)| f.name.ends_with(".ioa.toml")) {
            let lines: Vec<&str> = f.content.lines().collect();
            for skip in 0..lines.len() {
                let text: Vec<&str> = lines.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, l)| *l).collect();
                let mut mutated = files.clone();
                mutated[fi].content = text.join("\n");
                let Ok(models) = temper_verifier_frontend::build::build_models(&mutated, &Options::default()) else {
                    continue;
                };
                for m in models {
                    for q in &m.queries {
                        check_script(q).map_err(|e| format!("{} without line {}: {}: {e}", f.name, skip + 1, q.id))?;
                    }
                    built += 1;
                }
            }
        }
    }
    assert!(built > 100, "only {built} mutated specs built");
    Ok(())
}
