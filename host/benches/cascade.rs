//! The whole verification cascade per bundled app (release; `just bench`): the front-end's
//! model, L0 (linked z3), L1 (in the interpreter component), L2 (simulation) and L3 (property
//! tests), as the deploy gate runs them, with each level's time and the total against the
//! issue's budget of 5 s per app (the ratio is total / 5 s: at most 1.0 meets it).

use std::path::Path;
use std::time::Instant;
use temper_host::runtime::Runtime;
use temper_host::runtime::frontend::Frontend;
use temper_host::runtime::interpreter::{InterpreterPool, SourceFile};
use temper_host::verify::cascade::{self, CascadeOptions};

const BUDGET_MS: f64 = 5000.0;

fn app_files(dir: &Path) -> anyhow::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name.ends_with(".ioa.toml") || name.ends_with(".csdl.xml") {
            files.push(SourceFile { name, content: std::fs::read_to_string(&p)? });
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let runtime = Runtime::new(None)?;
    println!("temper cascade benchmark (release): each bundled app, as the deploy gate verifies it");
    println!(
        "{:<11} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>10}  verdict",
        "app", "model", "L0", "L1", "L2", "L3", "total ms", "÷ 5 s"
    );
    let mut apps: Vec<_> = std::fs::read_dir(root.join("apps"))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    apps.sort();
    for app in apps.iter().filter(|a| a.join("specs").is_dir()) {
        let files = app_files(&app.join("specs"))?;
        // A fresh front-end and interpreter, as a gate that has not run yet.
        let mut frontend = Frontend::locate(&runtime, None)?;
        let pool = InterpreterPool::locate(&runtime, None)?;
        let (mut interp, mut l3) = (pool.instantiate()?, pool.instantiate()?);
        let started = Instant::now();
        let options = CascadeOptions::default();
        let report = cascade::run(&mut frontend, &mut interp, Some(&mut l3), &files, &options, &mut |_| {})?;
        let total = started.elapsed().as_secs_f64() * 1000.0;
        let level = |name: &str| -> u64 {
            // L2 is shared by the app's specs: count it once.
            let mut ms = report.specs.iter().flat_map(|s| &s.levels).filter(|l| l.level == name).map(|l| l.elapsed_ms);
            if name == "L2" { ms.next().unwrap_or(0) } else { ms.sum() }
        };
        let levels: u64 = ["L0", "L1", "L2", "L3"].iter().map(|l| level(l)).sum();
        let model = (total as u64).saturating_sub(levels);
        println!(
            "{:<11} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9.0} {:>10.2}  {}",
            app.file_name().and_then(|n| n.to_str()).unwrap_or_default(),
            model,
            level("L0"),
            level("L1"),
            level("L2"),
            level("L3"),
            total,
            total / BUDGET_MS,
            if report.passed { "PASSED" } else { "FAILED" }
        );
    }
    println!("(model = the front-end, loading and the rest of the driver; times in ms)");
    Ok(())
}
