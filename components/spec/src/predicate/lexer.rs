//! Tokens of the predicate and effect languages (one lexer for both, so they agree on
//! literals, names and quoting).

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    Int(i64),
    /// A single-quoted string (no escapes: the grammar has none).
    Str(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Bang,
    AndAnd,
    OrOr,
    Implies,
    EqEq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Assign,
    PlusAssign,
    MinusAssign,
}

impl Tok {
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("`{s}`"),
            Tok::Int(n) => format!("`{n}`"),
            Tok::Str(s) => format!("`'{s}'`"),
            other => format!("`{}`", other.text()),
        }
    }

    fn text(&self) -> &'static str {
        match self {
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::Bang => "!",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::Implies => "=>",
            Tok::EqEq => "==",
            Tok::Ne => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::Assign => "=",
            Tok::PlusAssign => "+=",
            Tok::MinusAssign => "-=",
            Tok::Ident(_) | Tok::Int(_) | Tok::Str(_) => "",
        }
    }
}

/// A token and its byte range in the predicate text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub span: Range<usize>,
}

/// A syntax error at a byte offset of the predicate text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
    pub help: String,
}

impl SyntaxError {
    pub fn new(offset: usize, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self { offset, message: message.into(), help: help.into() }
    }
}

pub fn lex(src: &str) -> Result<Vec<Token>, SyntaxError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let two = |a: u8, b: u8| c == a && bytes.get(i + 1) == Some(&b);
        let (tok, len) = if c.is_ascii_whitespace() {
            i += 1;
            continue;
        } else if c == b'\'' {
            let rest = &src[i + 1..];
            let Some(end) = rest.find('\'') else {
                return Err(SyntaxError::new(i, "unterminated string", "close the string with a single quote `'`"));
            };
            (Tok::Str(rest[..end].to_string()), end + 2)
        } else if c == b'"' {
            return Err(SyntaxError::new(
                i,
                "double-quoted string",
                "predicates quote strings with single quotes, e.g. `status == 'Open'`",
            ));
        } else if c.is_ascii_digit()
            || (c == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_is_operand(&out))
        {
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'_') {
                j += 1;
            }
            let text: String = src[i..j].chars().filter(|c| *c != '_').collect();
            let n = text.parse::<i64>().map_err(|_| {
                SyntaxError::new(i, format!("integer `{}` is out of range", &src[i..j]), "integers are signed 64-bit")
            })?;
            (Tok::Int(n), j - i)
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                j += 1;
            }
            (Tok::Ident(src[i..j].to_string()), j - i)
        } else if two(b'&', b'&') {
            (Tok::AndAnd, 2)
        } else if two(b'|', b'|') {
            (Tok::OrOr, 2)
        } else if two(b'=', b'>') {
            (Tok::Implies, 2)
        } else if two(b'=', b'=') {
            (Tok::EqEq, 2)
        } else if two(b'!', b'=') {
            (Tok::Ne, 2)
        } else if two(b'<', b'=') {
            (Tok::Le, 2)
        } else if two(b'>', b'=') {
            (Tok::Ge, 2)
        } else if two(b'+', b'=') {
            (Tok::PlusAssign, 2)
        } else if two(b'-', b'=') {
            (Tok::MinusAssign, 2)
        } else {
            let t = match c {
                b'(' => Tok::LParen,
                b')' => Tok::RParen,
                b'[' => Tok::LBracket,
                b']' => Tok::RBracket,
                b',' => Tok::Comma,
                b'.' => Tok::Dot,
                b'!' => Tok::Bang,
                b'<' => Tok::Lt,
                b'>' => Tok::Gt,
                b'=' => Tok::Assign,
                b'&' => return Err(SyntaxError::new(i, "single `&`", "write `&&` for and")),
                b'|' => return Err(SyntaxError::new(i, "single `|`", "write `||` for or")),
                _ => {
                    let ch = src[i..].chars().next().unwrap_or('?');
                    return Err(SyntaxError::new(
                        i,
                        format!("unexpected character `{ch}`"),
                        "predicates use names, single-quoted strings, integers, `== != < <= > >=`, `&& || ! =>`, `in`, `len()`, `empty()`",
                    ));
                }
            };
            (t, 1)
        };
        i += len;
        out.push(Token { tok, span: start..i });
    }
    Ok(out)
}

/// A `-` directly after an operand is subtraction-like, not a sign; the grammar has no
/// arithmetic, so we only treat `-digits` as a negative literal where an operand may start.
fn prev_is_operand(out: &[Token]) -> bool {
    matches!(out.last().map(|t| &t.tok), Some(Tok::Ident(_) | Tok::Int(_) | Tok::Str(_) | Tok::RParen | Tok::RBracket))
}
