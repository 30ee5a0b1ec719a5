//! Running scripts through the `z3` binary when it is installed (`apt-get install z3`), and
//! reading its `get-value` answers.

use super::TestResult;
use std::io::Write;
use std::process::{Command, Stdio};

/// Whether a `z3` binary runs; prints a note when it does not.
pub fn available() -> bool {
    let ok = Command::new("z3").arg("-version").output().is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("note: no `z3` binary on PATH; skipping the solver checks (install it with `apt-get install z3`)");
    }
    ok
}

/// Runs `script` with `z3 -smt2 -in`; returns stdout (trimmed), failing on a non-zero exit or
/// an `(error ...)` line.
pub fn run(script: &str) -> TestResult<String> {
    let mut child = Command::new("z3")
        .args(["-smt2", "-in", "-T:20"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    child.stdin.take().ok_or("no stdin")?.write_all(script.as_bytes())?;
    let out = child.wait_with_output()?;
    let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || stdout.contains("(error") {
        return Err(format!(
            "z3 failed ({}):\n{stdout}\n{}\n--- script ---\n{script}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(stdout)
}

/// The `sat`/`unsat` answer of `script`.
pub fn answer(script: &str) -> TestResult<String> {
    let out = run(script)?;
    match out.as_str() {
        "sat" | "unsat" => Ok(out),
        other => Err(format!("expected sat or unsat, z3 said `{other}`\n--- script ---\n{script}").into()),
    }
}

/// The values of a `sat` script's symbols: `(symbol, value)` with values as z3 prints them
/// (`3`, `(- 5)`, `true`, `S_Open`).
pub fn values(script: &str, get_value: &str) -> TestResult<Vec<(String, String)>> {
    let out = run(&format!("{script}{get_value}"))?;
    let rest = out.strip_prefix("sat").ok_or_else(|| format!("not sat: {out}"))?;
    let tokens: Vec<String> =
        rest.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(str::to_string).collect();
    // (( sym value ) ( sym value ) ...) where a value is an atom or a parenthesized group.
    let mut out = Vec::new();
    let mut i = 1;
    while i < tokens.len() && tokens[i] == "(" {
        let sym = tokens.get(i + 1).cloned().ok_or("truncated get-value")?;
        let mut j = i + 2;
        let mut depth = 0;
        let mut value = Vec::new();
        while j < tokens.len() {
            let t = &tokens[j];
            if t == ")" && depth == 0 {
                break;
            }
            if t == "(" {
                depth += 1;
            } else if t == ")" {
                depth -= 1;
            }
            value.push(t.clone());
            j += 1;
        }
        out.push((sym, value.join(" ").replace("( ", "(").replace(" )", ")")));
        i = j + 1;
    }
    Ok(out)
}

/// An integer value as z3 prints it.
pub fn int(v: &str) -> Option<i64> {
    match v.strip_prefix("(- ").and_then(|x| x.strip_suffix(')')) {
        Some(n) => n.trim().parse::<i64>().ok().map(|n| -n),
        None => v.parse().ok(),
    }
}
