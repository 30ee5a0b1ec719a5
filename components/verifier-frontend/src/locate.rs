//! Finds where a section's key is written in an IOA TOML source (the IR keeps no positions for
//! invariants), so a diagnostic can point at the line to fix. Best effort: 0 when not found.

/// The 1-based line and column of `key` in the `[[header]]` section named `name`; the name's
/// line when the key is not written, `(0, 0)` when the section is not found.
pub fn locate(source: &str, header: &str, name: &str, key: &str) -> (u32, u32) {
    let open = format!("[[{header}]]");
    let mut in_section = false;
    let mut found_name: Option<(u32, u32)> = None;
    let mut found_key: Option<(u32, u32)> = None;
    let finish = |name: Option<(u32, u32)>, key: Option<(u32, u32)>| name.map(|n| key.unwrap_or(n));
    for (i, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        let column = (line.len() - trimmed.len()) as u32 + 1;
        let lineno = i as u32 + 1;
        if trimmed.starts_with('[') {
            if let Some(at) = finish(found_name, found_key) {
                return at;
            }
            in_section = trimmed.trim_end() == open;
            found_key = None;
            continue;
        }
        if !in_section {
            continue;
        }
        if let Some(value) = value_of(trimmed, "name")
            && value == name
        {
            found_name = Some((lineno, column));
        }
        if value_of(trimmed, key).is_some() {
            found_key = Some((lineno, column));
        }
    }
    finish(found_name, found_key).unwrap_or((0, 0))
}

/// The string value of `key = "value"` (or `'value'`) on this line.
fn value_of<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?.trim();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = &rest[1..];
    inner.find(quote).map(|end| &inner[..end])
}

#[cfg(test)]
mod tests {
    use super::locate;

    #[test]
    fn finds_the_key_of_the_named_section() {
        let src = "[automaton]\nname = \"T\"\n\n[[invariant]]\nname = \"A\"\nassert = \"x\"\n\n[[invariant]]\nname = \"B\"\n  assert = \"y\"\n";
        assert_eq!(locate(src, "invariant", "A", "assert"), (6, 1));
        assert_eq!(locate(src, "invariant", "B", "assert"), (10, 3));
        assert_eq!(locate(src, "invariant", "C", "assert"), (0, 0));
        assert_eq!(locate(src, "invariant", "A", "when"), (5, 1));
    }
}
