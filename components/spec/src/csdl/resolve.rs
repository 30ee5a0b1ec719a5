//! Type-name resolution for CSDL: a table of every type declared in the document (built before
//! the main pass, so declaration order does not matter) and the `Type="..."` resolver.

use std::collections::BTreeMap;

use roxmltree::Node;

use super::model::{EdmType, PRIMITIVES};

/// What kind of named type a qualified name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeKind {
    Entity,
    Complex,
    Enum,
}

/// A failed resolution: message and help, ready for a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResolveError {
    pub message: String,
    pub help: String,
}

/// All schemas' namespaces, aliases and declared type names.
#[derive(Debug, Default)]
pub(crate) struct Symbols {
    /// alias → namespace.
    aliases: BTreeMap<String, String>,
    /// namespace → ().
    namespaces: BTreeMap<String, ()>,
    /// qualified name → kind (first declaration wins).
    types: BTreeMap<String, TypeKind>,
}

impl Symbols {
    /// Collects declarations from the `<Schema>` nodes without reporting anything (the main pass
    /// reports missing or duplicate names).
    pub fn collect(schemas: &[Node<'_, '_>]) -> Self {
        let mut s = Symbols::default();
        for schema in schemas {
            let Some(ns) = schema.attribute("Namespace").filter(|n| !n.is_empty()) else {
                continue;
            };
            s.namespaces.insert(ns.to_string(), ());
            if let Some(alias) = schema.attribute("Alias").filter(|a| !a.is_empty()) {
                s.aliases.entry(alias.to_string()).or_insert_with(|| ns.to_string());
            }
            for child in schema.children().filter(Node::is_element) {
                let kind = match child.tag_name().name() {
                    "EntityType" => TypeKind::Entity,
                    "ComplexType" => TypeKind::Complex,
                    "EnumType" => TypeKind::Enum,
                    _ => continue,
                };
                if let Some(name) = child.attribute("Name").filter(|n| !n.is_empty()) {
                    s.types.entry(format!("{ns}.{name}")).or_insert(kind);
                }
            }
        }
        s
    }

    /// The namespace a qualifier (namespace or alias) stands for.
    fn namespace_of<'a>(&'a self, qualifier: &'a str) -> Option<&'a str> {
        if self.namespaces.contains_key(qualifier) {
            Some(qualifier)
        } else {
            self.aliases.get(qualifier).map(String::as_str)
        }
    }

    /// Resolves a qualified or alias-qualified name to `(qualified name, kind)`.
    pub fn lookup(&self, name: &str) -> Option<(String, TypeKind)> {
        let (qualifier, simple) = name.rsplit_once('.')?;
        let ns = self.namespace_of(qualifier)?;
        let qualified = format!("{ns}.{simple}");
        let kind = *self.types.get(&qualified)?;
        Some((qualified, kind))
    }

    /// Names of all declared types of `kind` (all kinds when `None`), comma-separated.
    pub fn known(&self, kind: Option<TypeKind>) -> String {
        let names: Vec<&str> =
            self.types.iter().filter(|(_, k)| kind.is_none_or(|want| **k == want)).map(|(n, _)| n.as_str()).collect();
        if names.is_empty() { "(none declared)".to_string() } else { names.join(", ") }
    }

    /// The first declared entity type (alphabetically), for examples in help texts.
    pub fn first_entity(&self) -> Option<&str> {
        self.types.iter().find(|(_, k)| **k == TypeKind::Entity).map(|(n, _)| n.as_str())
    }

    /// A qualified name ending in `.{simple}`, to suggest for an unqualified reference.
    fn qualified_for_simple(&self, simple: &str) -> Option<&str> {
        self.types.keys().find(|q| q.rsplit_once('.').is_some_and(|(_, s)| s == simple)).map(String::as_str)
    }

    /// Resolves a `Type="..."` value.
    pub fn resolve(&self, raw: &str) -> Result<EdmType, ResolveError> {
        if let Some(inner) = raw.strip_prefix("Collection(").and_then(|r| r.strip_suffix(')')) {
            if inner.starts_with("Collection(") {
                return Err(ResolveError {
                    message: format!("nested collection type `{raw}` is not allowed"),
                    help: "use a single `Collection(...)` of a primitive, enum, complex or entity type".to_string(),
                });
            }
            return Ok(EdmType::Collection(Box::new(self.resolve(inner)?)));
        }
        if let Some(rest) = raw.strip_prefix("Edm.") {
            return EdmType::primitive(raw).ok_or_else(|| {
                let candidates = PRIMITIVES.iter().map(|(n, _)| *n);
                let hint = suggest(rest, candidates.clone().map(|n| n.trim_start_matches("Edm.")))
                    .map(|s| format!("did you mean `Edm.{s}`? "))
                    .unwrap_or_default();
                ResolveError {
                    message: format!("unknown primitive type `{raw}`"),
                    help: format!("{hint}supported primitive types: {}", candidates.collect::<Vec<_>>().join(", ")),
                }
            });
        }
        if let Some((qualified, kind)) = self.lookup(raw) {
            return Ok(match kind {
                TypeKind::Entity => EdmType::Entity(qualified),
                TypeKind::Complex => EdmType::Complex(qualified),
                TypeKind::Enum => EdmType::Enum(qualified),
            });
        }
        let hint = if !raw.contains('.') {
            match self.qualified_for_simple(raw) {
                Some(q) => format!("type names must be qualified: did you mean `{q}`? "),
                None => "type names must be qualified with the schema namespace or alias. ".to_string(),
            }
        } else {
            let simple = raw.rsplit('.').next().unwrap_or(raw);
            let simples = self.types.keys().filter_map(|q| q.rsplit_once('.').map(|(_, s)| s));
            suggest(simple, simples)
                .and_then(|s| self.qualified_for_simple(s))
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default()
        };
        let mut help = format!(
            "{hint}declare it as an EntityType, ComplexType or EnumType, or use a declared type: {}",
            self.known(None)
        );
        help.push_str(", or a primitive such as `Edm.String`");
        Err(ResolveError { message: format!("unknown type `{raw}`"), help })
    }
}

/// The candidate closest to `word` by edit distance, if close enough to be a likely typo.
pub(crate) fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .map(|c| (edit_distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}
