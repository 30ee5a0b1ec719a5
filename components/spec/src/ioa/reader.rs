//! A strict reader over a spanned TOML tree: typed key access that reports wrong types,
//! missing keys and unknown keys (with a "did you mean") as located diagnostics, collecting
//! every problem instead of stopping at the first.

use crate::diag::{Diagnostic, Diagnostics, LineIndex};
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub type Item<'i> = Spanned<DeValue<'i>>;

pub struct Reader<'d> {
    pub file: String,
    pub index: LineIndex,
    pub diags: &'d mut Diagnostics,
}

impl Reader<'_> {
    pub fn error(
        &mut self,
        span: Range<usize>,
        section: &str,
        key: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let d =
            Diagnostic::error(&self.file, message).at(self.index.pos(span.start)).section(section).key(key).help(help);
        self.diags.push(d);
    }

    pub fn warning(
        &mut self,
        span: Range<usize>,
        section: &str,
        key: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let d = Diagnostic::warning(&self.file, message)
            .at(self.index.pos(span.start))
            .section(section)
            .key(key)
            .help(help);
        self.diags.push(d);
    }
}

/// One TOML table being read as a spec section.
pub struct Table<'t, 'i> {
    pub table: &'t DeTable<'i>,
    pub span: Range<usize>,
    pub section: String,
    /// Keys this section understands (for the unknown-key check and suggestions).
    pub known: &'static [&'static str],
}

impl<'t, 'i> Table<'t, 'i> {
    pub fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        section: impl Into<String>,
        known: &'static [&'static str],
    ) -> Self {
        Self { table, span, section: section.into(), known }
    }

    pub fn get(&self, key: &str) -> Option<&'t Item<'i>> {
        self.table.get(key)
    }

    /// Reports keys the section does not know, with the closest known key as the fix.
    pub fn check_unknown(&self, r: &mut Reader<'_>, retired: &[(&str, &str)]) {
        for (k, _) in self.table.iter() {
            let name: &str = k.get_ref();
            if self.known.contains(&name) {
                continue;
            }
            if let Some((_, why)) = retired.iter().find(|(r, _)| *r == name) {
                r.error(k.span(), &self.section, name, format!("`{name}` is no longer supported"), *why);
                continue;
            }
            let help = match suggest(name, self.known) {
                Some(s) => format!("did you mean `{s}`? keys here are {}", keys(self.known)),
                None => format!("keys here are {}", keys(self.known)),
            };
            r.error(k.span(), &self.section, name, format!("unknown key `{name}`"), help);
        }
    }

    pub fn str(&self, r: &mut Reader<'_>, key: &str) -> Option<(String, Range<usize>)> {
        let item = self.get(key)?;
        match item.get_ref() {
            DeValue::String(s) => Some((s.to_string(), item.span())),
            other => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected a string, found {}", other.type_str()),
                    format!("write `{key} = \"...\"`"),
                );
                None
            }
        }
    }

    pub fn required_str(&self, r: &mut Reader<'_>, key: &str, example: &str) -> Option<(String, Range<usize>)> {
        if self.get(key).is_none() {
            r.error(
                self.span.clone(),
                &self.section,
                key,
                format!("missing required key `{key}`"),
                format!("add `{key} = {example}`"),
            );
            return None;
        }
        let (s, span) = self.str(r, key)?;
        if s.trim().is_empty() {
            r.error(
                span,
                &self.section,
                key,
                format!("`{key}` is empty"),
                format!("give it a value, e.g. `{key} = {example}`"),
            );
            return None;
        }
        Some((s, span))
    }

    pub fn bool(&self, r: &mut Reader<'_>, key: &str) -> Option<bool> {
        let item = self.get(key)?;
        match item.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected a boolean, found {}", other.type_str()),
                    format!("write `{key} = true` or `{key} = false` (no quotes)"),
                );
                None
            }
        }
    }

    pub fn int(&self, r: &mut Reader<'_>, key: &str) -> Option<(i64, Range<usize>)> {
        let item = self.get(key)?;
        match int_of(item.get_ref()) {
            Some(n) => Some((n, item.span())),
            None => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected an integer, found {}", item.get_ref().type_str()),
                    format!("write `{key} = 60` (no quotes)"),
                );
                None
            }
        }
    }

    /// A list of strings; a single string is an error with the fix.
    pub fn str_list(&self, r: &mut Reader<'_>, key: &str) -> Option<Vec<(String, Range<usize>)>> {
        let item = self.get(key)?;
        match item.get_ref() {
            DeValue::Array(arr) => {
                let mut out = Vec::new();
                for v in arr.iter() {
                    match v.get_ref() {
                        DeValue::String(s) => out.push((s.to_string(), v.span())),
                        other => r.error(
                            v.span(),
                            &self.section,
                            key,
                            format!("expected a string in the list, found {}", other.type_str()),
                            "quote each entry",
                        ),
                    }
                }
                Some(out)
            }
            DeValue::String(s) => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected a list, found the string `{s}`"),
                    format!("write `{key} = [\"{s}\"]`"),
                );
                None
            }
            other => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected a list of strings, found {}", other.type_str()),
                    format!("write `{key} = [\"...\"]`"),
                );
                None
            }
        }
    }

    /// A table of string values (`config`, `args`).
    pub fn str_map(&self, r: &mut Reader<'_>, key: &str) -> Option<Vec<(String, String, Range<usize>)>> {
        let item = self.get(key)?;
        match item.get_ref() {
            DeValue::Table(t) => {
                let mut out = Vec::new();
                for (k, v) in t.iter() {
                    match v.get_ref() {
                        DeValue::String(s) => out.push((k.get_ref().to_string(), s.to_string(), v.span())),
                        other => r.error(
                            v.span(),
                            &self.section,
                            &format!("{key}.{}", k.get_ref()),
                            format!("expected a string, found {}", other.type_str()),
                            "quote the value",
                        ),
                    }
                }
                Some(out)
            }
            other => {
                r.error(
                    item.span(),
                    &self.section,
                    key,
                    format!("expected a table, found {}", other.type_str()),
                    format!("write `{key} = {{ name = \"value\" }}`"),
                );
                None
            }
        }
    }

    /// An array of tables (`[[action.triggers]]`).
    pub fn tables(&self, r: &mut Reader<'_>, key: &str) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(item) = self.get(key) else { return Vec::new() };
        array_of_tables(r, item, &self.section, key)
    }
}

pub fn array_of_tables<'t, 'i>(
    r: &mut Reader<'_>,
    item: &'t Item<'i>,
    section: &str,
    key: &str,
) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
    match item.get_ref() {
        DeValue::Array(arr) => {
            let mut out = Vec::new();
            for v in arr.iter() {
                match v.get_ref() {
                    DeValue::Table(t) => out.push((t, v.span())),
                    other => r.error(
                        v.span(),
                        section,
                        key,
                        format!("expected a table, found {}", other.type_str()),
                        format!("write each entry as `[[{key}]]`"),
                    ),
                }
            }
            out
        }
        DeValue::Table(_) => {
            r.error(
                item.span(),
                section,
                key,
                format!("`[{key}]` must be an array of tables"),
                format!("write `[[{key}]]` (double brackets)"),
            );
            Vec::new()
        }
        other => {
            r.error(
                item.span(),
                section,
                key,
                format!("expected an array of tables, found {}", other.type_str()),
                format!("write each entry as `[[{key}]]`"),
            );
            Vec::new()
        }
    }
}

pub fn int_of(v: &DeValue<'_>) -> Option<i64> {
    match v {
        DeValue::Integer(n) => i64::from_str_radix(n.as_str(), n.radix()).ok(),
        _ => None,
    }
}

fn keys(known: &[&str]) -> String {
    known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
}

/// The known word closest to `word` (edit distance ≤ 2, or a case-insensitive match).
pub fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&lower, &k.to_ascii_lowercase()), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
