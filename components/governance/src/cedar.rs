//! Writing values into Cedar text safely: string literals escaped to printable ASCII, entity
//! type names validated as Cedar paths, comment text flattened to one harmless line.

use crate::model::{EntityRef, GovError};
use std::fmt::Write as _;

/// Words Cedar reserves (they cannot be identifiers or path segments), plus Cedar's keywords
/// and `__cedar`, refused to be safe.
const RESERVED: &[&str] = &[
    "true",
    "false",
    "if",
    "then",
    "else",
    "in",
    "is",
    "like",
    "has",
    "principal",
    "action",
    "resource",
    "context",
    "permit",
    "forbid",
    "when",
    "unless",
    "__cedar",
];

/// The longest comment text kept (in characters); longer text is cut and marked with `…`.
pub const MAX_COMMENT_CHARS: usize = 500;

/// The body of a Cedar string literal for `s` (without the quotes). `"` and `\` are escaped;
/// every character outside printable ASCII (newlines, control and format characters, all
/// non-ASCII) becomes `\u{hex}`, so the literal is one line of plain ASCII that Cedar reads
/// back as exactly `s`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    out
}

/// `"<escaped s>"`.
pub fn string(s: &str) -> String {
    format!("\"{}\"", escape(s))
}

/// Whether `name` is a Cedar identifier: `[A-Za-z_][A-Za-z0-9_]*` and not a reserved word.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !RESERVED.contains(&name)
}

/// Checks an entity type name: Cedar identifiers joined by `::` (`Task`, `App::Task`).
/// `what` names the value in the error (`principal type`, `resource type`).
pub fn check_type(name: &str, what: &str) -> Result<(), GovError> {
    if !name.is_empty() && name.split("::").all(is_identifier) {
        return Ok(());
    }
    Err(GovError::InvalidValue(format!(
        "the {what} {} is not a Cedar entity type name: expected identifiers ([A-Za-z_][A-Za-z0-9_]*, not a \
         Cedar keyword such as `if`, `in` or `principal`) joined by `::`, e.g. `Task` or `App::Task`",
        string(name)
    )))
}

/// `Type::"id"`, after checking the type. `what` names the entity in errors.
pub fn entity(e: &EntityRef, what: &str) -> Result<String, GovError> {
    check_type(&e.entity_type, &format!("{what} type"))?;
    Ok(format!("{}::{}", e.entity_type, string(&e.id)))
}

/// `Action::"<escaped name>"`; any action name can be written this way.
pub fn action(name: &str) -> String {
    format!("Action::{}", string(name))
}

/// Whether `c` could end a `//` comment or disguise the text around it: control characters
/// (newlines included), Unicode line/paragraph separators, bidirectional and zero-width
/// formatting characters.
fn unsafe_in_comment(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// `s` made safe for the rest of a `//` comment line: every unsafe character (see above)
/// becomes a space, runs of whitespace collapse, and text longer than [`MAX_COMMENT_CHARS`] is
/// cut with `…`. The result never contains a line break.
pub fn comment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(MAX_COMMENT_CHARS * 4));
    let mut count = 0usize;
    let mut pending_space = false;
    for c in s.chars() {
        let c = if unsafe_in_comment(c) || c.is_whitespace() { ' ' } else { c };
        if c == ' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if count >= MAX_COMMENT_CHARS {
            out.push('…');
            return out;
        }
        if pending_space {
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_to_printable_ascii() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\ny\r\t\0"), r"x\u{a}y\u{d}\u{9}\u{0}");
        assert_eq!(escape("é☃"), r"\u{e9}\u{2603}");
        assert_eq!(escape("a*b'c"), "a*b'c");
        assert_eq!(string(""), "\"\"");
    }

    #[test]
    fn identifiers_and_paths() {
        for ok in ["Task", "_x", "App::Task", "A1::B_2::C", "Agent", "Action"] {
            assert!(check_type(ok, "t").is_ok(), "{ok}");
        }
        for bad in
            ["", "1Task", "Task ", "A::", "::A", "A:::B", "A::\"x\"", "Ta-sk", "Tâche", "if", "App::in", "__cedar"]
        {
            assert!(matches!(check_type(bad, "t"), Err(GovError::InvalidValue(_))), "{bad}");
        }
    }

    #[test]
    fn comment_text_is_one_line() {
        assert_eq!(comment_text("a\nb\r\n  c\u{2028}d\u{202e}e"), "a b c d e");
        assert_eq!(comment_text("\n\n x \n"), "x");
        let long = "y".repeat(MAX_COMMENT_CHARS + 10);
        let cut = comment_text(&long);
        assert_eq!(cut.chars().count(), MAX_COMMENT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }
}
