//! Golden tests through the real binary and the real interpreter component:
//! `golden/check/<case>` (a spec file or a directory of them) → `spec check` output, and
//! `golden/trace/<case>.args` (the arguments of `spec eval`, one per line) → the trace.
//! Re-bless after an intended change with `TEMPER_BLESS=1` (`just bless`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(args: &[String]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_temper-host"))
        .current_dir(root())
        .env("TEMPER_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))
        .args(args)
        .output()
        .expect("run temper-host");
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.is_empty() {
        text.push_str("--- stderr\n");
        text.push_str(&stderr);
    }
    text.push_str(&format!("--- exit {}\n", out.status.code().unwrap_or(-1)));
    text
}

/// Compares with (or, under TEMPER_BLESS, writes) the expected file; returns a failure text.
fn compare(expected: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("TEMPER_BLESS").is_some() {
        std::fs::write(expected, actual).expect("bless");
        return None;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    (want != actual).then(|| format!("{}\n--- expected\n{want}\n--- actual\n{actual}", expected.display()))
}

fn cases(dir: &str) -> Vec<PathBuf> {
    let d = root().join("host/tests/golden").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&d).expect("golden dir").map(|e| e.expect("entry").path()).collect();
    v.sort();
    v
}

#[test]
fn spec_check_golden() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases("check") {
        let name = case.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if !(case.is_dir() || name.ends_with(".ioa.toml")) {
            continue;
        }
        n += 1;
        let rel = case.strip_prefix(root()).expect("under root").to_string_lossy().into_owned();
        let actual = run(&["spec".into(), "check".into(), rel]);
        let expected = case.with_file_name(format!("{}.out", name.trim_end_matches(".ioa.toml")));
        failures.extend(compare(&expected, &actual));
    }
    assert!(n >= 10, "expected at least 10 check cases, found {n}");
    assert!(failures.is_empty(), "{} golden mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn spec_eval_traces_golden() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases("trace") {
        if case.extension().is_none_or(|e| e != "args") {
            continue;
        }
        n += 1;
        let text = std::fs::read_to_string(&case).expect("args");
        let mut args: Vec<String> = vec!["spec".into(), "eval".into()];
        args.extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from));
        let actual = run(&args);
        failures.extend(compare(&case.with_extension("out"), &actual));
    }
    assert!(n >= 4, "expected at least 4 trace cases, found {n}");
    assert!(failures.is_empty(), "{} golden mismatches:\n{}", failures.len(), failures.join("\n"));
}
