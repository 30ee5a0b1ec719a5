//! `temper-host spec check` and `temper-host spec eval`: both run the real interpreter
//! component, never the library directly, so what they print is what production decides.

use super::json::*;
use crate::runtime::Runtime;
use crate::runtime::interpreter::{
    EntityState, EvalRequest, Interpreter, InterpreterPool, Severity, SourceFile, SpecSummary, Value,
};
use anyhow::{Context, Result, bail};
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Expands directories to their `*.ioa.toml` and `*.csdl.xml` files (sorted); files are
/// taken as given. Spec files are named by their file name (that is what diagnostics show).
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<SourceFile>> {
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading directory {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && temper_spec::file_kind(&f.file_name().unwrap_or_default().to_string_lossy()).is_some()
                })
                .collect();
            if found.is_empty() {
                bail!("{} holds no spec files (`*.ioa.toml`, `*.csdl.xml`)", p.display());
            }
            found.sort();
            files.extend(found);
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    files
        .iter()
        .map(|f| {
            let content = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            Ok(SourceFile { name: f.file_name().unwrap_or_default().to_string_lossy().into_owned(), content })
        })
        .collect()
}

fn interpreter(runtime: &Runtime, components: Option<&Path>) -> Result<Interpreter> {
    InterpreterPool::locate(runtime, components)?.instantiate()
}

pub fn check(runtime: &Runtime, components: Option<&Path>, paths: &[PathBuf], as_json: bool) -> Result<ExitCode> {
    let files = collect_files(paths)?;
    let mut interp = interpreter(runtime, components)?;
    match interp.load(&files)? {
        Ok(summaries) => {
            if as_json {
                let out =
                    serde_json::json!({"ok": true, "specs": summaries.iter().map(summary_json).collect::<Vec<_>>()});
                println!("{}", serde_json::to_string_pretty(&out)?);
                return Ok(ExitCode::SUCCESS);
            }
            for s in &summaries {
                print!("{}", summary_text(s));
            }
            let warnings: Vec<_> = summaries.iter().flat_map(|s| s.warnings.iter()).collect();
            for w in &warnings {
                println!("{}", diagnostic_text(w));
            }
            let count = |f: fn(&SpecSummary) -> usize| summaries.iter().map(f).sum::<usize>();
            println!(
                "ok: {} state machine{}, {} states, {} actions, {} variables, {} invariant{}, {} warning{}",
                summaries.len(),
                if summaries.len() == 1 { "" } else { "s" },
                count(|s| s.states.len()),
                count(|s| s.actions.len()),
                count(|s| s.variables.len()),
                count(|s| s.invariants.len()),
                if count(|s| s.invariants.len()) == 1 { "" } else { "s" },
                warnings.len(),
                if warnings.len() == 1 { "" } else { "s" }
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            if as_json {
                let out = serde_json::json!({"ok": false, "diagnostics": diags.iter().map(diagnostic_json).collect::<Vec<_>>()});
                println!("{}", serde_json::to_string_pretty(&out)?);
            } else {
                for d in &diags {
                    println!("{}", diagnostic_text(d));
                }
                let errors = diags.iter().filter(|d| matches!(d.severity, Severity::Error)).count();
                println!("failed: {errors} error{}", if errors == 1 { "" } else { "s" });
            }
            Ok(ExitCode::from(1))
        }
    }
}

pub struct EvalArgs {
    pub entity: Option<String>,
    pub state: Option<String>,
    pub actions: Vec<String>,
    pub id: String,
    pub json: bool,
}

/// Exit codes: 0 every step applied, 2 a step was rejected, 1 the input was unusable.
pub fn eval(runtime: &Runtime, components: Option<&Path>, paths: &[PathBuf], args: EvalArgs) -> Result<ExitCode> {
    let files = collect_files(paths)?;
    let mut interp = interpreter(runtime, components)?;
    let summaries = match interp.load(&files)? {
        Ok(s) => s,
        Err(diags) => {
            for d in &diags {
                eprintln!("{}", diagnostic_text(d));
            }
            bail!("the specs do not load; run `temper-host spec check` for details");
        }
    };
    let spec = match (&args.entity, summaries.as_slice()) {
        (None, [one]) => one,
        (None, _) => bail!(
            "the files hold {} state machines; choose one with `--entity` ({})",
            summaries.len(),
            names(&summaries)
        ),
        (Some(e), _) => summaries
            .iter()
            .find(|s| s.name == *e)
            .with_context(|| format!("no state machine `{e}`; there are {}", names(&summaries)))?,
    };
    let var_names: Vec<String> = spec.variables.iter().map(|v| v.name.clone()).collect();
    let mut state = match &args.state {
        None => interp.initial_state(&spec.id)?.map_err(|r| anyhow::anyhow!(rejection_text(&r)))?,
        Some(text) => state_from_json(text, spec)?,
    };
    for (i, step) in args.actions.iter().enumerate() {
        let step = step.trim();
        let (action, params) = match step.find(|c: char| c.is_whitespace() || c == '{') {
            Some(at) => (
                &step[..at],
                params_from_json(step[at..].trim()).with_context(|| format!("step {} (`{step}`)", i + 1))?,
            ),
            None => (step, Vec::new()),
        };
        let req = EvalRequest {
            spec: spec.id.clone(),
            entity_id: args.id.clone(),
            seq: i as u64,
            state: state.clone(),
            action: action.to_string(),
            params,
            related: Vec::new(),
        };
        match interp.evaluate(&req)? {
            Ok(t) => {
                if args.json {
                    println!("{}", transition_json(&t, &var_names));
                } else {
                    print!("{}", transition_text(&t));
                }
                state = t.state;
            }
            Err(r) => {
                if args.json {
                    println!("{}", rejection_json(&r));
                } else {
                    println!("rejected: {}", rejection_text(&r));
                }
                return Ok(ExitCode::from(2));
            }
        }
    }
    if !args.json {
        let vars: Vec<String> =
            var_names.iter().zip(&state.vars).map(|(n, v)| format!("{n} = {}", value_text(v))).collect();
        println!("state: {} {{ {} }}", state.status, vars.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

fn names(s: &[SpecSummary]) -> String {
    s.iter().map(|s| format!("`{}`", s.name)).collect::<Vec<_>>().join(", ")
}

/// `{"status": "...", "<var>": value, ...}` → an entity state; unnamed variables keep their
/// initial values.
fn state_from_json(text: &str, spec: &SpecSummary) -> Result<EntityState> {
    let v: Json = serde_json::from_str(text).map_err(|e| anyhow::anyhow!("`--state` is not valid JSON: {e}"))?;
    let Json::Object(map) = v else {
        bail!("`--state` must be a JSON object, e.g. '{{\"status\": \"{}\"}}'", spec.initial)
    };
    let status = match map.get("status") {
        Some(Json::String(s)) => s.clone(),
        Some(other) => bail!("`status` must be a string, found `{other}`"),
        None => spec.initial.clone(),
    };
    for k in map.keys() {
        if k != "status" && !spec.variables.iter().any(|v| v.name == *k) {
            let vars: Vec<String> = spec.variables.iter().map(|v| format!("`{}`", v.name)).collect();
            bail!(
                "`{k}` is not a state variable of `{}`; variables are {}",
                spec.name,
                if vars.is_empty() { "none".into() } else { vars.join(", ") }
            );
        }
    }
    let vars: Result<Vec<Value>> = spec
        .variables
        .iter()
        .map(|d| match map.get(&d.name) {
            Some(j) => value_from_json(j, &format!("variable `{}`", d.name)),
            None => Ok(d.initial.clone()),
        })
        .collect();
    Ok(EntityState { status, vars: vars? })
}
