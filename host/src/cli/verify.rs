//! `temper-host verify <files|dir>`: the verification cascade from the terminal — the verifier
//! front-end's model (with its errors and gaps), L0 on the linked z3, L1 model checking through the
//! interpreter component — with a summary per spec and a non-zero exit on failure.

use crate::runtime::Runtime;
use crate::runtime::frontend::{Frontend, Severity, SourceFile as FSource};
use crate::runtime::interpreter::InterpreterPool;
use crate::verify::report::Outcome;
use crate::verify::{moves, run_l0};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct VerifyArgs {
    pub max_states: usize,
    pub json: bool,
}

pub fn run(runtime: &Runtime, components: Option<&Path>, paths: &[PathBuf], args: VerifyArgs) -> Result<ExitCode> {
    let files = super::spec::collect_files(paths)?;
    let mut frontend = Frontend::locate(runtime, components)?;
    let fsources: Vec<FSource> =
        files.iter().map(|f| FSource { name: f.name.clone(), content: f.content.clone() }).collect();
    let options = frontend.default_options()?;
    let models = match frontend.build_model(&fsources, options)? {
        Ok(m) => m,
        Err(diags) => {
            for d in &diags {
                eprintln!("error: {}:{}:{}: {}: {}", d.file, d.line, d.column, d.section, d.message);
            }
            eprintln!("failed: the specs do not load ({} diagnostics); nothing was verified", diags.len());
            return Ok(ExitCode::from(1));
        }
    };
    let mut interp = InterpreterPool::locate(runtime, components)?.instantiate()?;
    let loaded = interp
        .load(&files)?
        .map_err(|d| anyhow::anyhow!("the interpreter refused the specs: {} diagnostics", d.len()))?;
    let mut all_passed = true;
    let mut json = Vec::new();
    for model in &models {
        let Some(summary) = loaded.iter().find(|s| s.name == model.name) else { continue };
        let errors: Vec<_> = model.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        let mv = moves(model);
        println!("{} ({})  spec {}", model.name, model.file, &summary.id[..12.min(summary.id.len())]);
        println!(
            "  model     {} states, {} variables, {} actions, {} moves per state; {} gaps (not modelled exactly)",
            model.states.len(),
            model.variables.len(),
            model.actions.len(),
            mv.len(),
            model.gaps.len()
        );
        for d in &errors {
            println!("  error     {}:{}: {}: {}", d.file, d.line, d.section, d.message);
        }
        let l0 = run_l0(model);
        println!("  {}  ({} ms, linked z3)", l0.summary, l0.elapsed_ms);
        print!("{}", l0.text.lines().map(|l| format!("  {l}\n")).collect::<String>());
        let req = crate::verify::check_request(model, &summary.id, args.max_states);
        let started = std::time::Instant::now();
        let report = interp.model_check(&req)?.map_err(|r| anyhow::anyhow!("model check refused: {r:?}"))?;
        let ms = started.elapsed().as_millis();
        println!("  {}  ({ms} ms, in the interpreter component)", report.summary);
        for line in report.text.lines() {
            println!("    {line}");
        }
        println!("  L2, L3    not implemented yet: no simulation or property tests ran");
        let passed = errors.is_empty() && report.passed && l0.outcome != Outcome::Failed;
        all_passed &= passed;
        println!("  verdict   {}", if passed { "PASSED (L0, L1; warnings above)" } else { "FAILED" });
        if args.json {
            json.push(serde_json::json!({
                "spec": model.name, "passed": passed,
                "errors": errors.iter().map(|d| d.message.clone()).collect::<Vec<_>>(),
                "l0": l0,
                "l1": {"summary": report.summary, "states": report.states, "transitions": report.transitions,
                       "complete": report.complete, "elapsed_ms": ms,
                       "counterexamples": serde_json::from_str::<serde_json::Value>(&report.counterexamples).unwrap_or_default()},
            }));
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json)?);
    }
    Ok(if all_passed { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
