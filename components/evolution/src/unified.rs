//! Writing unified diffs over several files: per changed file `--- a/<name>` / `+++ b/<name>`
//! (`/dev/null` on the side where the file does not exist), then its hunks, `@@ -l,n +l,n @@`
//! with [`CONTEXT`] lines of context as GNU diff writes them (`,1` left out; an empty range
//! names the line before it), and `\ No newline at end of file` after a last line without one.
//! Files are taken in name order; a file equal on both sides is left out; an empty file that
//! is added or removed is its two header lines alone.

use crate::diff::{self, Op};
use std::collections::{BTreeMap, BTreeSet};

/// Lines of context around each change.
pub const CONTEXT: usize = 3;

pub const NO_NEWLINE: &str = "\\ No newline at end of file";

/// The diff from `old` to `new`, both (name, content) pairs; a name given twice counts once,
/// its last content.
pub fn diff(old: &[(String, String)], new: &[(String, String)]) -> String {
    let (o, n): (BTreeMap<&str, &str>, BTreeMap<&str, &str>) = (
        old.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
        new.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect(),
    );
    let names: BTreeSet<&str> = o.keys().chain(n.keys()).copied().collect();
    let mut out = String::new();
    for name in names {
        let (before, after) = (o.get(name).copied(), n.get(name).copied());
        if before == after {
            continue;
        }
        let from = if before.is_some() { format!("a/{name}") } else { "/dev/null".into() };
        let to = if after.is_some() { format!("b/{name}") } else { "/dev/null".into() };
        out.push_str(&format!("--- {from}\n+++ {to}\n"));
        out.push_str(&hunks(before.unwrap_or(""), after.unwrap_or("")));
    }
    out
}

/// The hunks turning `old` into `new`.
pub fn hunks(old: &str, new: &str) -> String {
    let (a, b) = (diff::lines(old), diff::lines(new));
    let ops = diff::diff(&a, &b);
    // Where each op starts, as (old lines before it, new lines before it).
    let mut at = Vec::with_capacity(ops.len() + 1);
    let (mut i, mut j) = (0, 0);
    for op in &ops {
        at.push((i, j));
        match op {
            Op::Equal(..) => (i, j) = (i + 1, j + 1),
            Op::Delete(_) => i += 1,
            Op::Insert(_) => j += 1,
        }
    }
    at.push((i, j));
    let changes: Vec<usize> = (0..ops.len()).filter(|&k| !matches!(ops[k], Op::Equal(..))).collect();
    let mut out = String::new();
    let mut c = 0;
    while c < changes.len() {
        let first = changes[c];
        let mut last = first;
        while c + 1 < changes.len() && changes[c + 1] - last - 1 <= 2 * CONTEXT {
            c += 1;
            last = changes[c];
        }
        c += 1;
        let (start, end) = (first.saturating_sub(CONTEXT), (last + CONTEXT + 1).min(ops.len()));
        let ((i0, j0), (i1, j1)) = (at[start], at[end]);
        out.push_str(&format!("@@ -{} +{} @@\n", range(i0, i1 - i0), range(j0, j1 - j0)));
        for op in &ops[start..end] {
            let (mark, line) = match *op {
                Op::Equal(x, _) => (' ', a[x]),
                Op::Delete(x) => ('-', a[x]),
                Op::Insert(y) => ('+', b[y]),
            };
            out.push(mark);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push('\n');
                out.push_str(NO_NEWLINE);
                out.push('\n');
            }
        }
    }
    out
}

/// `l,n` (`l` alone when `n` is 1) for `n` lines after `before` lines.
fn range(before: usize, n: usize) -> String {
    match n {
        0 => format!("{before},0"),
        1 => format!("{}", before + 1),
        n => format!("{},{n}", before + 1),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn files(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn hunks_have_three_lines_of_context_and_merge_when_close() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let new: String = (1..=20)
            .filter(|&i| i != 19)
            .map(|i| match i {
                5 => "five\n".to_string(),
                10 => "ten\n".to_string(),
                i => format!("{i}\n"),
            })
            .collect();
        let d = diff(&files(&[("N", &old)]), &files(&[("N", &new)]));
        let expected = "--- a/N\n+++ b/N\n\
            @@ -2,12 +2,12 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n\
            @@ -16,5 +16,4 @@\n 16\n 17\n 18\n-19\n 20\n";
        assert_eq!(d, expected);
    }

    #[test]
    fn added_removed_and_unterminated_files() {
        let d = diff(
            &files(&[("gone", "x\n"), ("same", "s"), ("tail", "a\nb")]),
            &files(&[("new", "n1\nn2"), ("same", "s"), ("tail", "a\nb\n")]),
        );
        let expected = "--- a/gone\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n\
            --- /dev/null\n+++ b/new\n@@ -0,0 +1,2 @@\n+n1\n+n2\n\\ No newline at end of file\n\
            --- a/tail\n+++ b/tail\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n";
        assert_eq!(d, expected);
        assert_eq!(diff(&files(&[]), &files(&[("empty", "")])), "--- /dev/null\n+++ b/empty\n");
    }
}
