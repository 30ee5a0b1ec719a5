//! Tokens of the `$filter` language with byte spans: identifiers (keywords are identifiers the
//! parser interprets), literals (strings, numbers, dates, date-times, GUIDs), and punctuation.

use crate::error::QueryError;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tok {
    Ident(String),
    Str(String),
    Int(i64),
    Decimal(String),
    Date(String),
    DateTime(String),
    Guid(String),
    LParen,
    RParen,
    Comma,
    Slash,
    Eof,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

pub(crate) const OPT: &str = "$filter";

fn err(position: usize, message: impl Into<String>, help: impl Into<String>) -> QueryError {
    QueryError::new(OPT, position, message, help)
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Splits a `$filter` value into tokens, ending with `Eof` at `src.len()`.
pub(crate) fn tokenize(src: &str) -> Result<Vec<Token>, QueryError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let tok = match c {
            b' ' | b'\t' | b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            b'(' => {
                i += 1;
                Tok::LParen
            }
            b')' => {
                i += 1;
                Tok::RParen
            }
            b',' => {
                i += 1;
                Tok::Comma
            }
            b'/' => {
                i += 1;
                Tok::Slash
            }
            b'\'' => {
                let (s, end) = lex_string(src, i)?;
                i = end;
                Tok::Str(s)
            }
            _ if guid_len(&b[i..]).is_some() => {
                i += 36;
                Tok::Guid(src[start..i].to_string())
            }
            b'0'..=b'9' | b'-' => {
                let (tok, end) = lex_number_or_date(src, i)?;
                i = end;
                tok
            }
            _ if c.is_ascii_alphabetic() || c == b'_' => {
                while i < b.len() && is_ident_byte(b[i]) {
                    i += 1;
                }
                Tok::Ident(src[start..i].to_string())
            }
            _ => return Err(unexpected_char(src, i)),
        };
        out.push(Token { tok, start, end: i });
    }
    out.push(Token { tok: Tok::Eof, start: b.len(), end: b.len() });
    Ok(out)
}

fn unexpected_char(src: &str, i: usize) -> QueryError {
    let ch = src[i..].chars().next().unwrap_or(' ');
    let help = match ch {
        '=' | '!' | '<' | '>' => "OData compares with `eq ne gt ge lt le`, e.g. `Price gt 5`",
        '&' | '|' => "OData combines conditions with `and` / `or`",
        '"' => "string literals use single quotes: `'text'` (write a quote inside as `''`)",
        '+' | '*' | '%' => "arithmetic is not supported in $filter; a `+` in a URL means space unless sent as `%2B`",
        '$' => "`$` variables such as `$it` are not supported",
        _ => "expected a property, literal, function, `(` or an operator",
    };
    err(i, format!("unexpected `{ch}`"), help)
}

/// A single-quoted string starting at `start`; `''` is an escaped quote.
fn lex_string(src: &str, start: usize) -> Result<(String, usize), QueryError> {
    let mut s = String::new();
    let mut j = start + 1;
    loop {
        let Some(c) = src[j..].chars().next() else {
            return Err(err(
                start,
                "unterminated string literal",
                "close the string with `'`; write a quote inside it as `''`",
            ));
        };
        if c == '\'' {
            if src[j + 1..].starts_with('\'') {
                s.push('\'');
                j += 2;
                continue;
            }
            return Ok((s, j + 1));
        }
        s.push(c);
        j += c.len_utf8();
    }
}

/// `8-4-4-4-12` hex digits not followed by an identifier character.
fn guid_len(b: &[u8]) -> Option<usize> {
    if b.len() < 36 {
        return None;
    }
    for (k, &c) in b[..36].iter().enumerate() {
        let ok = if matches!(k, 8 | 13 | 18 | 23) { c == b'-' } else { c.is_ascii_hexdigit() };
        if !ok {
            return None;
        }
    }
    match b.get(36) {
        Some(&c) if is_ident_byte(c) || c == b'-' => None,
        _ => Some(36),
    }
}

fn digits(b: &[u8], i: usize) -> usize {
    b[i..].iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Parses a fixed-width decimal number of `n` digits at `i`, if present.
fn fixed(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let s = b.get(i..i + n)?;
    if !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')))
}

fn lex_number_or_date(src: &str, start: usize) -> Result<(Tok, usize), QueryError> {
    let b = src.as_bytes();
    let neg = b[start] == b'-';
    let int_start = if neg { start + 1 } else { start };
    let n = digits(b, int_start);
    if n == 0 {
        return Err(err(start, "unexpected `-`", "negative numbers are written `-5`; arithmetic is not supported"));
    }
    if !neg && n == 4 && b.get(start + 4) == Some(&b'-') {
        return lex_date(src, start);
    }
    let mut i = int_start + n;
    let mut is_decimal = false;
    if b.get(i) == Some(&b'.') {
        let f = digits(b, i + 1);
        if f == 0 {
            return Err(err(i, "expected digits after the decimal point", "write decimals as `1.5`"));
        }
        i += 1 + f;
        is_decimal = true;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        let e = digits(b, i + 1 + sign);
        if e == 0 {
            return Err(err(i, "expected digits in the exponent", "write exponents as `1.5e3`"));
        }
        i += 1 + sign + e;
        is_decimal = true;
    }
    if b.get(i).is_some_and(|&c| is_ident_byte(c) || c == b'.') {
        let end = i + b[i..].iter().take_while(|&&c| is_ident_byte(c) || c == b'.').count();
        return Err(err(
            start,
            format!("invalid number `{}`", &src[start..end]),
            "numbers are `42`, `-7`, `1.5` or `2.5e3`; dates are `2026-01-02`",
        ));
    }
    let text = &src[start..i];
    if is_decimal {
        return Ok((Tok::Decimal(text.to_string()), i));
    }
    match text.parse::<i64>() {
        Ok(v) => Ok((Tok::Int(v), i)),
        Err(_) => Err(err(
            start,
            format!("integer `{text}` is out of range"),
            "integers must fit in 64 bits; write larger numbers as decimals like `1.0e20`",
        )),
    }
}

fn date_error(start: usize, text: &str) -> QueryError {
    err(
        start,
        format!("invalid date or date-time `{text}`"),
        "dates are `2026-01-02`, date-times `2026-01-02T03:04:05Z` or `2026-01-02T03:04:05.5+02:00` \
         (in a URL send that `+` as `%2B`: a bare `+` means a space)",
    )
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD` optionally followed by `THH:MM[:SS[.f+]](Z|±HH:MM)`.
fn lex_date(src: &str, start: usize) -> Result<(Tok, usize), QueryError> {
    let b = src.as_bytes();
    let end_of_word = start + b[start..].iter().take_while(|&&c| is_ident_byte(c) || b"-:.+".contains(&c)).count();
    let bad = || date_error(start, &src[start..end_of_word]);
    let (Some(y), Some(m), Some(d)) = (fixed(b, start, 4), fixed(b, start + 5, 2), fixed(b, start + 8, 2)) else {
        return Err(bad());
    };
    if b.get(start + 7) != Some(&b'-') || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Err(bad());
    }
    let mut i = start + 10;
    if b.get(i) != Some(&b'T') {
        if b.get(i).is_some_and(|&c| is_ident_byte(c) || c == b'-' || c == b':') {
            return Err(bad());
        }
        return Ok((Tok::Date(src[start..i].to_string()), i));
    }
    let (Some(h), Some(mi)) = (fixed(b, i + 1, 2), fixed(b, i + 4, 2)) else { return Err(bad()) };
    if b.get(i + 3) != Some(&b':') || h > 23 || mi > 59 {
        return Err(bad());
    }
    i += 6;
    if b.get(i) == Some(&b':') {
        let Some(s) = fixed(b, i + 1, 2) else { return Err(bad()) };
        if s > 59 {
            return Err(bad());
        }
        i += 3;
        if b.get(i) == Some(&b'.') {
            let f = digits(b, i + 1);
            if f == 0 {
                return Err(bad());
            }
            i += 1 + f;
        }
    }
    match b.get(i) {
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') => {
            let (Some(oh), Some(om)) = (fixed(b, i + 1, 2), fixed(b, i + 4, 2)) else { return Err(bad()) };
            if b.get(i + 3) != Some(&b':') || oh > 23 || om > 59 {
                return Err(bad());
            }
            i += 6;
        }
        _ => return Err(bad()),
    }
    if b.get(i).is_some_and(|&c| is_ident_byte(c) || b"-:.+".contains(&c)) {
        return Err(bad());
    }
    Ok((Tok::DateTime(src[start..i].to_string()), i))
}
