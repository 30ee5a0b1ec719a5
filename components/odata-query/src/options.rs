//! System query options (`$filter`, `$select`, `$orderby`, `$top`, `$skip`, `$count`,
//! `$expand`, `$skiptoken`, `$format`) and custom parameters, parsed from a raw query string.
//! Unknown or duplicated system options are errors: nothing is silently ignored.

use crate::decode::percent_decode;
use crate::error::QueryError;
use crate::filter::{Expr, parse_filter};
use crate::path::is_identifier;
use serde::{Deserialize, Serialize};

/// Deepest `$expand` nesting accepted (`$expand=A($expand=B)` has depth 2).
pub const MAX_EXPAND_DEPTH: u32 = 8;

/// Sort direction of one `$orderby` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Asc,
    Desc,
}

/// One `$orderby` key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderBy {
    pub property: String,
    pub direction: Direction,
}

/// `$format` values we serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Json,
}

/// The options allowed inside `$expand=Nav(...)`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpandOptions {
    pub filter: Option<Expr>,
    /// `None`: all properties (no `$select`, or `$select=*`).
    pub select: Option<Vec<String>>,
    pub orderby: Vec<OrderBy>,
    pub top: Option<u64>,
    pub skip: Option<u64>,
    pub expand: Vec<ExpandItem>,
}

/// One `$expand` item: a navigation property and its nested options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpandItem {
    pub property: String,
    /// 1 for a top-level item, 2 for an item inside another item's `$expand`, ...
    pub depth: u32,
    pub options: ExpandOptions,
}

/// Everything in a request's query string.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct QueryOptions {
    pub filter: Option<Expr>,
    /// `None`: all properties (no `$select`, or `$select=*`).
    pub select: Option<Vec<String>>,
    pub orderby: Vec<OrderBy>,
    pub top: Option<u64>,
    pub skip: Option<u64>,
    /// `$count=true`.
    pub count: bool,
    pub expand: Vec<ExpandItem>,
    /// Opaque server-issued paging token; the caller decodes it.
    pub skiptoken: Option<String>,
    pub format: Option<Format>,
    /// Non-`$` parameters (including `@alias` parameters), decoded, in request order.
    pub custom: Vec<(String, String)>,
}

impl QueryOptions {
    /// The deepest `$expand` nesting in these options (0 without `$expand`).
    pub fn expand_depth(&self) -> u32 {
        fn deepest(items: &[ExpandItem]) -> u32 {
            items.iter().map(|i| i.depth.max(deepest(&i.options.expand))).max().unwrap_or(0)
        }
        deepest(&self.expand)
    }
}

const TOP_LEVEL: &[&str] =
    &["$filter", "$select", "$orderby", "$top", "$skip", "$count", "$expand", "$skiptoken", "$format"];
const NESTED: &[&str] = &["$filter", "$select", "$orderby", "$top", "$skip", "$expand"];

/// Parses a raw query string (an optional leading `?` is skipped). `+` decodes to a space.
pub fn parse_query(query_string: &str) -> Result<QueryOptions, QueryError> {
    let (qs, base) = match query_string.strip_prefix('?') {
        Some(rest) => (rest, 1),
        None => (query_string, 0),
    };
    let mut opts = QueryOptions::default();
    let mut seen: Vec<String> = Vec::new();
    let mut start = 0;
    for part in qs.split('&') {
        let part_at = base + start;
        start += part.len() + 1;
        if part.is_empty() {
            continue;
        }
        let (raw_name, raw_value, value_at) = match part.find('=') {
            Some(eq) => (&part[..eq], &part[eq + 1..], part_at + eq + 1),
            None => (part, "", part_at + part.len()),
        };
        let name = percent_decode(raw_name, true, "query").map_err(|e| shift(e, part_at))?.text;
        let value = percent_decode(raw_value, true, "query").map_err(|e| shift(e, value_at))?.text;
        if !name.starts_with('$') {
            opts.custom.push((name, value));
            continue;
        }
        let key = name.to_ascii_lowercase();
        if !TOP_LEVEL.contains(&key.as_str()) {
            return Err(unknown_option(&name, part_at, "query", TOP_LEVEL));
        }
        if seen.contains(&key) {
            return Err(QueryError::new(
                "query",
                part_at,
                format!("duplicate query option `{name}`"),
                format!("give `{key}` once"),
            ));
        }
        seen.push(key.clone());
        match key.as_str() {
            "$filter" => opts.filter = Some(parse_filter(&value)?),
            "$select" => opts.select = parse_select(&value, "$select")?,
            "$orderby" => opts.orderby = parse_orderby(&value, "$orderby")?,
            "$top" => opts.top = Some(parse_non_negative(&value, "$top")?),
            "$skip" => opts.skip = Some(parse_non_negative(&value, "$skip")?),
            "$count" => opts.count = parse_bool(&value, "$count")?,
            "$expand" => opts.expand = parse_expand(&value, 1)?,
            "$skiptoken" => opts.skiptoken = Some(value),
            _ => opts.format = Some(parse_format(&value)?),
        }
    }
    Ok(opts)
}

fn shift(mut e: QueryError, by: usize) -> QueryError {
    e.position += by;
    e
}

fn unknown_option(name: &str, at: usize, option: &str, known: &[&str]) -> QueryError {
    QueryError::new(
        option,
        at,
        format!("unsupported query option `{name}`"),
        format!("supported here: {}; custom parameters must not start with `$`", known.join(", ")),
    )
}

/// Splits `s` on `sep` outside parentheses and single-quoted strings; yields (offset, item).
fn split_top_level(s: &str, sep: u8) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut start) = (0usize, false, 0);
    for (i, &b) in s.as_bytes().iter().enumerate() {
        match b {
            b'\'' => quoted = !quoted,
            b'(' if !quoted => depth += 1,
            b')' if !quoted => depth = depth.saturating_sub(1),
            _ if b == sep && !quoted && depth == 0 => {
                out.push((start, &s[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, &s[start..]));
    out
}

/// `item` trimmed of spaces, with its new offset.
fn trim_at(at: usize, item: &str) -> (usize, &str) {
    let lead = item.len() - item.trim_start().len();
    (at + lead, item.trim())
}

fn parse_select(value: &str, opt: &str) -> Result<Option<Vec<String>>, QueryError> {
    let mut props = Vec::new();
    let mut all = false;
    for (at, raw) in split_top_level(value, b',') {
        let (at, item) = trim_at(at, raw);
        if item == "*" {
            all = true;
        } else if item.is_empty() {
            return Err(QueryError::new(opt, at, "empty item in $select", "list property names separated by `,`"));
        } else if !is_identifier(item) {
            return Err(QueryError::new(
                opt,
                at,
                format!("invalid property name `{item}` in $select"),
                "list property names (`[A-Za-z_][A-Za-z0-9_]*`) separated by `,`, or `*`",
            ));
        } else if !props.iter().any(|p| p == item) {
            props.push(item.to_string());
        }
    }
    Ok(if all { None } else { Some(props) })
}

fn parse_orderby(value: &str, opt: &str) -> Result<Vec<OrderBy>, QueryError> {
    let mut keys = Vec::new();
    for (at, raw) in split_top_level(value, b',') {
        let (at, item) = trim_at(at, raw);
        let mut words = item.split_ascii_whitespace();
        let Some(property) = words.next() else {
            return Err(QueryError::new(opt, at, "empty item in $orderby", "write `Prop`, `Prop asc` or `Prop desc`"));
        };
        if !is_identifier(property) {
            return Err(QueryError::new(
                opt,
                at,
                format!("invalid property name `{property}` in $orderby"),
                "order by a property name: `Prop`, `Prop asc` or `Prop desc`",
            ));
        }
        let direction = match words.next() {
            None | Some("asc") => Direction::Asc,
            Some("desc") => Direction::Desc,
            Some(other) => {
                let pos = at + item.find(other).unwrap_or(0);
                return Err(QueryError::new(
                    opt,
                    pos,
                    format!("unknown sort direction `{other}`"),
                    "use `asc` or `desc`; separate keys with `,`",
                ));
            }
        };
        if let Some(extra) = words.next() {
            let pos = at + item.rfind(extra).unwrap_or(0);
            return Err(QueryError::new(
                opt,
                pos,
                format!("unexpected `{extra}` in $orderby"),
                "separate sort keys with `,`: `A desc,B`",
            ));
        }
        keys.push(OrderBy { property: property.to_string(), direction });
    }
    Ok(keys)
}

fn parse_non_negative(value: &str, opt: &str) -> Result<u64, QueryError> {
    let bad =
        |msg: String| QueryError::new(opt, 0, msg, format!("{opt} takes a non-negative integer, e.g. `{opt}=10`"));
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(format!("invalid {opt} value `{value}`")));
    }
    match value.parse::<u64>() {
        Ok(n) if n <= i64::MAX as u64 => Ok(n),
        _ => Err(bad(format!("{opt} value `{value}` is too large"))),
    }
}

fn parse_bool(value: &str, opt: &str) -> Result<bool, QueryError> {
    match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(QueryError::new(
            opt,
            0,
            format!("invalid {opt} value `{value}`"),
            format!("use `{opt}=true` or `{opt}=false`"),
        )),
    }
}

fn parse_format(value: &str) -> Result<Format, QueryError> {
    let media = value.split(';').next().unwrap_or("").trim();
    if media.eq_ignore_ascii_case("json") || media.eq_ignore_ascii_case("application/json") {
        return Ok(Format::Json);
    }
    Err(QueryError::new("$format", 0, format!("unsupported $format `{value}`"), "only `$format=json` is supported"))
}

/// A comma-separated `$expand` list at nesting `depth` (1 = top level).
fn parse_expand(value: &str, depth: u32) -> Result<Vec<ExpandItem>, QueryError> {
    const OPT: &str = "$expand";
    if depth > MAX_EXPAND_DEPTH {
        return Err(QueryError::new(
            OPT,
            0,
            format!("$expand is nested too deeply (more than {MAX_EXPAND_DEPTH} levels)"),
            "expand fewer levels per request",
        ));
    }
    let mut items: Vec<ExpandItem> = Vec::new();
    for (at, raw) in split_top_level(value, b',') {
        let (at, item) = trim_at(at, raw);
        let (name, nested) = match item.find('(') {
            Some(open) => (&item[..open], Some(open)),
            None => (item, None),
        };
        let name = name.trim_end();
        if item.is_empty() || !is_identifier(name) {
            let (message, help) = if name == "*" {
                ("`$expand=*` is not supported".to_string(), "name the navigation properties to expand")
            } else {
                (
                    format!("invalid navigation property `{item}` in $expand"),
                    "write `Nav` or `Nav($select=A;$top=5)`, separated by `,`",
                )
            };
            return Err(QueryError::new(OPT, at, message, help));
        }
        if items.iter().any(|i| i.property == name) {
            return Err(QueryError::new(
                OPT,
                at,
                format!("`{name}` is expanded twice"),
                "expand each navigation property once",
            ));
        }
        let options = match nested {
            None => ExpandOptions::default(),
            Some(open) => {
                if !item.ends_with(')') {
                    return Err(QueryError::new(
                        OPT,
                        at + item.len(),
                        format!("unclosed `(` after `{name}` in $expand"),
                        "close the nested options with `)`",
                    ));
                }
                let inner = &item[open + 1..item.len() - 1];
                parse_expand_options(inner, depth).map_err(|e| e.nested_in(OPT, at + open + 1))?
            }
        };
        items.push(ExpandItem { property: name.to_string(), depth, options });
    }
    Ok(items)
}

/// `$select=A;$filter=...` inside `Nav(...)`; positions relative to `inner`.
fn parse_expand_options(inner: &str, depth: u32) -> Result<ExpandOptions, QueryError> {
    let mut opts = ExpandOptions::default();
    let mut seen: Vec<String> = Vec::new();
    for (at, raw) in split_top_level(inner, b';') {
        let (at, part) = trim_at(at, raw);
        if part.is_empty() {
            continue;
        }
        let Some(eq) = part.find('=') else {
            return Err(QueryError::new(
                "$expand",
                at,
                format!("expected `$option=value` in nested options, found `{part}`"),
                "separate nested options with `;`: `Nav($select=A;$top=5)`",
            ));
        };
        let (name, value, value_at) = (part[..eq].trim(), &part[eq + 1..], at + eq + 1);
        let key = name.to_ascii_lowercase();
        if !NESTED.contains(&key.as_str()) {
            return Err(unknown_option(name, at, "$expand", NESTED));
        }
        if seen.contains(&key) {
            return Err(QueryError::new(
                "$expand",
                at,
                format!("duplicate nested option `{name}`"),
                format!("give `{key}` once"),
            ));
        }
        seen.push(key.clone());
        let nest = |e: QueryError| e.nested_in("$expand", value_at);
        match key.as_str() {
            "$filter" => opts.filter = Some(parse_filter(value).map_err(nest)?),
            "$select" => opts.select = parse_select(value, "$select").map_err(nest)?,
            "$orderby" => opts.orderby = parse_orderby(value, "$orderby").map_err(nest)?,
            "$top" => opts.top = Some(parse_non_negative(value, "$top").map_err(nest)?),
            "$skip" => opts.skip = Some(parse_non_negative(value, "$skip").map_err(nest)?),
            _ => opts.expand = parse_expand(value, depth + 1).map_err(nest)?,
        }
    }
    Ok(opts)
}
