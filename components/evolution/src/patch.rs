//! Applying a unified diff over several files, strictly: every hunk must find its context
//! and removed lines at exactly the line its header names (no offset, no fuzz), hunks of one
//! file in order. `--- /dev/null` creates a file (which must not exist yet), `+++ /dev/null`
//! deletes one (whose whole content the hunks must remove); a patch that changes or deletes a
//! file not among the given ones is refused, and so is one with different names on its two
//! header lines (renames are not supported).
//!
//! Parsing: before each file's `---` line, git's extended headers (`diff `, `index `,
//! `new file mode` …) and blank lines are skipped; anything else there, a hunk whose lines do
//! not add up to its header's counts, or a line a hunk cannot hold is an error naming the
//! patch's line. Within a hunk, an empty line is taken as an empty context line (as editors
//! strip the lone space), and `\ …` marks the line before it as having no newline.

/// One file's part of a patch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePatch {
    /// `None` for `/dev/null`.
    pub old: Option<String>,
    pub new: Option<String>,
    pub hunks: Vec<Hunk>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk {
    /// The header as written, for errors.
    pub header: String,
    pub old_start: usize,
    pub old_len: usize,
    pub new_start: usize,
    pub new_len: usize,
    /// (` `, `-` or `+`, the line with its `\n` unless it has none).
    pub lines: Vec<(char, String)>,
}

/// Lines skipped before a file's `---` line.
const EXTENDED: &[&str] = &[
    "diff ",
    "index ",
    "new file mode",
    "deleted file mode",
    "old mode",
    "new mode",
    "similarity index",
    "dissimilarity index",
    "rename from",
    "rename to",
    "copy from",
    "copy to",
];

/// The files of `patch`, in order.
pub fn parse(patch: &str) -> Result<Vec<FilePatch>, String> {
    let lines: Vec<&str> = patch.split_inclusive('\n').collect();
    let mut files = Vec::new();
    let mut n = 0;
    while n < lines.len() {
        let line = bare(lines[n]);
        if line.trim().is_empty() || EXTENDED.iter().any(|p| line.starts_with(p)) {
            n += 1;
            continue;
        }
        let Some(old) = line.strip_prefix("--- ") else {
            return Err(unparsable(n, line, "expected a `--- a/<file>` line"));
        };
        let new = lines.get(n + 1).map(|l| bare(l)).and_then(|l| l.strip_prefix("+++ "));
        let Some(new) = new else {
            return Err(unparsable(n + 1, lines.get(n + 1).map_or("", |l| bare(l)), "expected a `+++ b/<file>` line"));
        };
        let mut file = FilePatch { old: name(old, "a/"), new: name(new, "b/"), hunks: Vec::new() };
        n += 2;
        while n < lines.len() && bare(lines[n]).starts_with("@@") {
            let (hunk, next) = hunk(&lines, n)?;
            file.hunks.push(hunk);
            n = next;
        }
        files.push(file);
    }
    Ok(files)
}

/// A line without its line ending.
fn bare(line: &str) -> &str {
    line.strip_suffix('\n').map_or(line, |l| l.strip_suffix('\r').unwrap_or(l))
}

fn unparsable(n: usize, line: &str, why: &str) -> String {
    let shown: String = line.chars().take(80).collect();
    format!("line {} of the patch does not parse ({why}): `{shown}`", n + 1)
}

/// The file a header names: `None` for `/dev/null`; a timestamp after a tab and the `a/` or
/// `b/` prefix are dropped.
fn name(header: &str, prefix: &str) -> Option<String> {
    let path = header.split('\t').next().unwrap_or(header).trim_end();
    (path != "/dev/null").then(|| path.strip_prefix(prefix).unwrap_or(path).to_string())
}

/// The hunk whose header is line `n`, and the line after it.
fn hunk(lines: &[&str], n: usize) -> Result<(Hunk, usize), String> {
    let header = bare(lines[n]);
    let bad = || unparsable(n, header, "expected `@@ -<line>,<count> +<line>,<count> @@`");
    let inner = header.strip_prefix("@@ -").and_then(|h| h.split_once(" @@")).map(|(r, _)| r).ok_or_else(bad)?;
    let (old, new) = inner.split_once(" +").ok_or_else(bad)?;
    let (old_start, old_len) = range(old).ok_or_else(bad)?;
    let (new_start, new_len) = range(new).ok_or_else(bad)?;
    let mut h = Hunk { header: header.to_string(), old_start, old_len, new_start, new_len, lines: Vec::new() };
    let (mut olds, mut news) = (0, 0);
    let mut k = n + 1;
    while olds < old_len || news < new_len {
        let Some(raw) = lines.get(k) else {
            return Err(format!(
                "the patch ends inside the hunk `{header}` (line {}): it has {olds} of {old_len} old and {news} of {new_len} new lines",
                n + 1
            ));
        };
        let text = if raw.ends_with('\n') { (*raw).to_string() } else { format!("{raw}\n") };
        let (mark, rest) = match text.chars().next() {
            Some(c @ (' ' | '-' | '+')) => (c, text[1..].to_string()),
            Some('\n') => (' ', "\n".to_string()),
            Some('\r') if text == "\r\n" => (' ', "\r\n".to_string()),
            _ => return Err(unparsable(k, bare(raw), &format!("the hunk `{header}` expects more lines"))),
        };
        let old_side = mark != '+';
        let new_side = mark != '-';
        if (old_side && olds == old_len) || (new_side && news == new_len) {
            return Err(unparsable(k, bare(raw), &format!("more lines than the hunk `{header}` counts")));
        }
        olds += usize::from(old_side);
        news += usize::from(new_side);
        h.lines.push((mark, rest));
        k += 1;
        k = no_newline(lines, k, &mut h);
    }
    Ok((h, k))
}

/// Takes a `\ No newline at end of file` at line `k`, dropping the `\n` of the hunk's last line.
fn no_newline(lines: &[&str], k: usize, h: &mut Hunk) -> usize {
    if lines.get(k).is_some_and(|l| l.starts_with('\\'))
        && let Some((_, last)) = h.lines.last_mut()
    {
        let trimmed = last.strip_suffix('\n').unwrap_or(last).to_string();
        *last = trimmed;
        return k + 1;
    }
    k
}

/// `l,n` or `l` (n = 1).
fn range(s: &str) -> Option<(usize, usize)> {
    match s.split_once(',') {
        Some((l, n)) => Some((l.parse().ok()?, n.parse().ok()?)),
        None => Some((s.parse().ok()?, 1)),
    }
}

/// `content` with `hunks` applied; `what` names the file in errors.
pub fn apply_hunks(content: &str, hunks: &[Hunk], what: &str) -> Result<String, String> {
    let lines: Vec<&str> = content.split_inclusive('\n').collect();
    let mut out = String::with_capacity(content.len());
    let mut done = 0;
    for (n, h) in hunks.iter().enumerate() {
        let at = if h.old_len == 0 { h.old_start } else { h.old_start.saturating_sub(1) };
        let fail = |why: String| format!("{what}: hunk {} (`{}`) does not apply: {why}", n + 1, h.header);
        if at < done || (h.old_len > 0 && h.old_start == 0) {
            return Err(fail(format!("it starts at line {} but the hunk before it ends at line {done}", h.old_start)));
        }
        if at > lines.len() {
            return Err(fail(format!("it starts at line {} but the file has {} lines", h.old_start, lines.len())));
        }
        lines[done..at].iter().for_each(|l| out.push_str(l));
        let mut i = at;
        for (mark, text) in &h.lines {
            if *mark != '+' {
                match lines.get(i) {
                    Some(actual) if actual == text => {}
                    Some(actual) => {
                        return Err(fail(format!(
                            "line {} is {} where the patch expects {}",
                            i + 1,
                            show(actual),
                            show(text)
                        )));
                    }
                    None => {
                        return Err(fail(format!("the file ends at line {i} where the patch expects {}", show(text))));
                    }
                }
                i += 1;
            }
            if *mark != '-' {
                out.push_str(text);
            }
        }
        done = i;
    }
    lines[done..].iter().for_each(|l| out.push_str(l));
    Ok(out)
}

/// A line for an error message, quoted, without its `\n` (saying so when it has none).
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(l) => format!("`{}`", l.strip_suffix('\r').unwrap_or(l)),
        None => format!("`{line}` (no newline at end of file)"),
    }
}

/// `files` (name, content) with `patch` applied: changed files keep their place, deleted ones
/// go, created ones come last in patch order.
pub fn apply(files: &[(String, String)], patch: &str) -> Result<Vec<(String, String)>, String> {
    let mut files: Vec<(String, String)> = files.to_vec();
    for f in parse(patch)? {
        let find = |files: &[(String, String)], name: &str| files.iter().position(|(n, _)| n == name);
        match (&f.old, &f.new) {
            (None, None) => return Err("a file patch names /dev/null on both sides".into()),
            (None, Some(new)) => {
                if find(&files, new).is_some() {
                    return Err(format!("the patch creates `{new}`, which already exists"));
                }
                let content = apply_hunks("", &f.hunks, &format!("`{new}` (created)"))?;
                files.push((new.clone(), content));
            }
            (Some(old), new) => {
                let Some(at) = find(&files, old) else {
                    let verb = if new.is_some() { "changes" } else { "deletes" };
                    return Err(format!("the patch {verb} `{old}`, which is not among the files"));
                };
                if let Some(new) = new.as_ref().filter(|n| *n != old) {
                    return Err(format!("the patch renames `{old}` to `{new}`: renames are not supported"));
                }
                let content = apply_hunks(&files[at].1, &f.hunks, &format!("`{old}`"))?;
                if new.is_none() {
                    if !content.is_empty() {
                        return Err(format!("the patch deletes `{old}` but its hunks do not remove all of it"));
                    }
                    files.remove(at);
                } else {
                    files[at].1 = content;
                }
            }
        }
    }
    Ok(files)
}

#[cfg(test)]
#[path = "patch_tests.rs"]
mod tests;
