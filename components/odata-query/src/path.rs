//! OData resource paths relative to a tenant's service root: service document, `$metadata`,
//! entity sets, `$count`, entities by key, properties, `$value`, bound actions, navigation.

use crate::decode::{Decoded, percent_decode};
use crate::error::QueryError;
use serde::{Deserialize, Serialize};

const OPT: &str = "path";

/// The key in `Set('id')` or `Set(Id='id')`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityKey {
    /// The key property when written as `Set(Id='x')`; `None` for `Set('x')`.
    pub property: Option<String>,
    /// The unescaped key value.
    pub value: String,
}

/// What a request path addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResourcePath {
    /// `` — the service document.
    ServiceDocument,
    /// `$metadata`.
    Metadata,
    /// `Set`.
    Collection { set: String },
    /// `Set/$count`.
    Count { set: String },
    /// `Set('id')`.
    Entity { set: String, key: EntityKey },
    /// `Set('id')/Name`: a structural property *or* a navigation property. The two are spelled
    /// the same; the caller resolves `name` against the entity type in the CSDL.
    Member { set: String, key: EntityKey, name: String },
    /// `Set('id')/Prop/$value`: the raw value of a property.
    PropertyValue { set: String, key: EntityKey, property: String },
    /// `Set('id')/Namespace.Action`: a bound action. `qualified` is `Namespace.Action`,
    /// `name` is `Action`.
    Action { set: String, key: EntityKey, qualified: String, name: String },
}

/// Is `s` an OData simple identifier as we accept them: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// One `/`-separated segment: its raw start offset and its decoded text.
struct Segment {
    start: usize,
    decoded: Decoded,
}

impl Segment {
    fn text(&self) -> &str {
        &self.decoded.text
    }
    fn pos(&self, decoded_offset: usize) -> usize {
        self.start + self.decoded.raw_offset(decoded_offset)
    }
    fn err(&self, at: usize, message: impl Into<String>, help: impl Into<String>) -> QueryError {
        QueryError::new(OPT, self.pos(at), message, help)
    }
}

/// Splits the raw path on `/` outside single-quoted keys (a quote may be sent as `%27`).
fn split_segments(raw: &str) -> Result<Vec<Segment>, QueryError> {
    let bytes = raw.as_bytes();
    let mut segments = Vec::new();
    let (mut start, mut in_quote, mut i) = (0, false, 0);
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            in_quote = !in_quote;
        } else if bytes[i] == b'%' && raw.get(i..i + 3) == Some("%27") {
            in_quote = !in_quote;
            i += 2;
        } else if bytes[i] == b'/' && !in_quote {
            segments.push((start, i));
            start = i + 1;
        }
        i += 1;
    }
    segments.push((start, raw.len()));
    segments
        .into_iter()
        .map(|(s, e)| {
            Ok(Segment { start: s, decoded: percent_decode(&raw[s..e], false, OPT).map_err(|x| shift(x, s))? })
        })
        .collect()
}

fn shift(mut e: QueryError, by: usize) -> QueryError {
    e.position += by;
    e
}

/// Parses a resource path relative to the tenant's OData root (one leading `/` is allowed).
///
/// The query string must already be split off (see [`crate::parse_query`]).
pub fn parse_path(path: &str) -> Result<ResourcePath, QueryError> {
    let (raw, base) = match path.strip_prefix('/') {
        Some(rest) => (rest, 1),
        None => (path, 0),
    };
    if let Some(q) = raw.find(['?', '#']) {
        return Err(QueryError::new(
            OPT,
            base + q,
            format!("unexpected `{}` in the resource path", &raw[q..q + 1]),
            "pass the query string to `parse_query` separately; percent-encode `?` and `#` inside keys",
        ));
    }
    if raw.is_empty() {
        return Ok(ResourcePath::ServiceDocument);
    }
    let mut segments = split_segments(raw)?;
    for s in &mut segments {
        s.start += base;
    }
    if let Some(empty) = segments.iter().find(|s| s.text().is_empty()) {
        return Err(empty.err(0, "empty path segment", "remove the doubled or trailing `/`"));
    }
    let first = &segments[0];
    if first.text() == "$metadata" {
        if let Some(extra) = segments.get(1) {
            return Err(extra.err(0, "nothing may follow `$metadata`", "request `$metadata` on its own"));
        }
        return Ok(ResourcePath::Metadata);
    }
    let (set, key) = parse_set_segment(first)?;
    let Some(second) = segments.get(1) else {
        return Ok(match key {
            Some(key) => ResourcePath::Entity { set, key },
            None => ResourcePath::Collection { set },
        });
    };
    let Some(key) = key else {
        if second.text() == "$count" {
            if let Some(extra) = segments.get(2) {
                return Err(extra.err(0, "nothing may follow `$count`", "request `Set/$count` on its own"));
            }
            return Ok(ResourcePath::Count { set });
        }
        return Err(second.err(
            0,
            format!("`{}` after the entity set `{set}` needs an entity key first", second.text()),
            format!("address one entity as `{set}('id')/{}`", second.text()),
        ));
    };
    let name = second.text().to_string();
    if name.contains('.') {
        let (qualified, simple) = parse_qualified(second)?;
        if let Some(extra) = segments.get(2) {
            return Err(extra.err(0, "nothing may follow a bound action", "call the action on its own path"));
        }
        return Ok(ResourcePath::Action { set, key, qualified, name: simple });
    }
    if !is_identifier(&name) {
        return Err(invalid_identifier(second, &name, "property or navigation"));
    }
    match segments.get(2) {
        None => Ok(ResourcePath::Member { set, key, name }),
        Some(third) if third.text() == "$value" => {
            if let Some(extra) = segments.get(3) {
                return Err(extra.err(0, "nothing may follow `$value`", "request `.../Prop/$value` on its own"));
            }
            Ok(ResourcePath::PropertyValue { set, key, property: name })
        }
        Some(third) => Err(third.err(
            0,
            format!("unsupported path segment `{}` after `{name}`", third.text()),
            format!(
                "only `$value` may follow a property; to call an action write `{set}('{}')/Namespace.{}` \
                 (a bare name after an entity is read as a property)",
                key.value.replace('\'', "''"),
                third.text()
            ),
        )),
    }
}

/// Error for an invalid name `text`, which is a prefix of `seg`'s decoded text.
fn invalid_identifier(seg: &Segment, text: &str, what: &str) -> QueryError {
    if text.is_empty() {
        return seg.err(0, format!("missing {what} name"), "names are `[A-Za-z_][A-Za-z0-9_]*`");
    }
    let bad =
        text.char_indices().find(|&(i, c)| !(c.is_ascii_alphanumeric() || c == '_') || (i == 0 && c.is_ascii_digit()));
    let at = bad.map_or(0, |(i, _)| i);
    let shown = bad.map_or(String::new(), |(_, c)| c.to_string());
    seg.err(at, format!("invalid {what} name `{text}` (unexpected `{shown}`)"), "names are `[A-Za-z_][A-Za-z0-9_]*`")
}

/// `Set`, `Set('k')`, `Set(Id='k')`.
fn parse_set_segment(seg: &Segment) -> Result<(String, Option<EntityKey>), QueryError> {
    let text = seg.text();
    let (name, rest_at) = match text.find('(') {
        Some(p) => (&text[..p], Some(p)),
        None => (text, None),
    };
    if name.starts_with('$') {
        return Err(seg.err(
            0,
            format!("unsupported path segment `{name}`"),
            "supported: ``, `$metadata`, `Set`, `Set/$count`, `Set('id')`, `Set('id')/Prop[/$value]`, `Set('id')/Namespace.Action`",
        ));
    }
    if !is_identifier(name) {
        return Err(invalid_identifier(seg, name, "entity set"));
    }
    let Some(open) = rest_at else { return Ok((name.to_string(), None)) };
    let key = parse_key(seg, open)?;
    Ok((name.to_string(), Some(key)))
}

/// The `(...)` key of `seg` starting at decoded offset `open`.
fn parse_key(seg: &Segment, open: usize) -> Result<EntityKey, QueryError> {
    let text = seg.text();
    let mut i = open + 1;
    let mut property = None;
    let ident_end = text[i..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(text.len(), |e| i + e);
    if ident_end > i && text[ident_end..].starts_with('=') {
        let name = &text[i..ident_end];
        if !is_identifier(name) {
            return Err(seg.err(
                i,
                format!("invalid key property name `{name}`"),
                "names are `[A-Za-z_][A-Za-z0-9_]*`",
            ));
        }
        property = Some(name.to_string());
        i = ident_end + 1;
    }
    if !text[i..].starts_with('\'') {
        let found = text[i..].chars().next().map_or("end of segment".to_string(), |c| format!("`{c}`"));
        return Err(seg.err(
            i,
            format!("expected a quoted key, found {found}"),
            "keys are single-quoted strings: `Set('id')`",
        ));
    }
    let mut value = String::new();
    let mut j = i + 1;
    loop {
        let Some(c) = text[j..].chars().next() else {
            return Err(seg.err(
                i,
                "unterminated key string",
                "close the key with `'` and write a quote inside it as `''`",
            ));
        };
        if c == '\'' {
            if text[j + 1..].starts_with('\'') {
                value.push('\'');
                j += 2;
                continue;
            }
            j += 1;
            break;
        }
        value.push(c);
        j += c.len_utf8();
    }
    if !text[j..].starts_with(')') {
        let found = text[j..].chars().next().map_or("end of segment".to_string(), |c| format!("`{c}`"));
        return Err(seg.err(
            j,
            format!("expected `)` after the key, found {found}"),
            "write the key as `Set('id')`; compound keys are not supported",
        ));
    }
    if j + 1 < text.len() {
        return Err(seg.err(
            j + 1,
            format!("unexpected `{}` after the key", &text[j + 1..]),
            "separate path segments with `/`",
        ));
    }
    Ok(EntityKey { property, value })
}

/// `Namespace.Action` → (`Namespace.Action`, `Action`).
fn parse_qualified(seg: &Segment) -> Result<(String, String), QueryError> {
    let text = seg.text();
    let mut at = 0;
    for part in text.split('.') {
        if !is_identifier(part) {
            return Err(seg.err(
                at,
                format!("invalid qualified action name `{text}`"),
                "call bound actions as `Namespace.Action`, each part `[A-Za-z_][A-Za-z0-9_]*`",
            ));
        }
        at += part.len() + 1;
    }
    let simple = text.rsplit('.').next().unwrap_or(text).to_string();
    Ok((text.to_string(), simple))
}
