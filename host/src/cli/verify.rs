//! `temper-host verify <files|dir>`: the verification cascade from the terminal — the same
//! [`crate::verify::cascade`] the deploy gate runs — with progress on stderr, each level's
//! summary and counterexamples, what was not checked, a verdict per spec, and a non-zero exit
//! on failure.

use crate::runtime::Runtime;
use crate::runtime::frontend::Frontend;
use crate::runtime::interpreter::InterpreterPool;
use crate::verify::cascade::{self, CascadeOptions};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct VerifyArgs {
    pub max_states: usize,
    pub json: bool,
    pub level: Option<String>,
    pub seed: Option<u64>,
    /// Also print what each level did not check.
    pub verbose: bool,
    pub bound: Option<u64>,
    pub max_list: Option<u64>,
    pub max_counter: Option<u64>,
    pub agent_crashes: bool,
}

pub fn run(runtime: &Runtime, components: Option<&Path>, paths: &[PathBuf], args: VerifyArgs) -> Result<ExitCode> {
    if let Some(l) = &args.level
        && !["L0", "L1", "L2", "L3"].iter().any(|k| k.eq_ignore_ascii_case(l))
    {
        anyhow::bail!("`--level {l}`: use L0, L1, L2 or L3");
    }
    let files = super::spec::collect_files(paths)?;
    let mut frontend = Frontend::locate(runtime, components)?;
    let pool = InterpreterPool::locate(runtime, components)?;
    let mut interp = pool.instantiate()?;
    // L3 runs on a second instance beside L0–L2.
    let mut l3 = pool.instantiate()?;
    let opts = CascadeOptions {
        max_states: args.max_states,
        only: args.level.clone(),
        seed: args.seed,
        default_bound: args.bound,
        max_list_bound: args.max_list,
        max_counter_bound: args.max_counter,
        agent_crashes: args.agent_crashes,
        command: format!(
            "temper-host verify {}{}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" "),
            if args.agent_crashes { " --agent-crashes" } else { "" }
        ),
    };
    let report =
        cascade::run(&mut frontend, &mut interp, Some(&mut l3), &files, &opts, &mut |step| eprintln!("… {step}"))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.to_text());
        for s in report.specs.iter().filter(|_| args.verbose) {
            println!("{}: not checked", s.spec);
            for l in &s.levels {
                for u in &l.unchecked {
                    println!("  {}  {u}", l.level);
                }
            }
        }
        let passed = report.specs.iter().filter(|s| s.passed).count();
        println!(
            "{} — {passed} of {} spec(s) passed in {} ms",
            if report.passed { "PASSED" } else { "FAILED" },
            report.specs.len(),
            report.elapsed_ms
        );
    }
    Ok(if report.passed { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
