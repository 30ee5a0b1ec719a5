//! The CSDL reader: walks the `roxmltree` document (`edmx:Edmx` → `DataServices` → `Schema`),
//! collecting every problem as a located diagnostic; member elements live in `members.rs`.

use roxmltree::{Document, Node};

use super::members;
use super::model::{CsdlModel, EntityContainer, EntitySet, Schema};
use super::operation;
use super::resolve::{Symbols, TypeKind};
use super::validate;
use crate::diag::{Diagnostic, Diagnostics, Pos};

pub const EDMX_NS: &str = "http://docs.oasis-open.org/odata/ns/edmx";
pub const EDM_NS: &str = "http://docs.oasis-open.org/odata/ns/edm";

/// Parsing state: the document, the type table and the diagnostics found so far.
pub(crate) struct Ctx<'d, 'input> {
    pub file: &'d str,
    pub doc: &'d Document<'input>,
    pub symbols: Symbols,
    pub diags: Diagnostics,
}

impl<'d, 'input> Ctx<'d, 'input> {
    fn text_pos(&self, offset: usize) -> Pos {
        let p = self.doc.text_pos_at(offset);
        Pos { line: p.row, column: p.col }
    }

    /// Position of an element's `<`.
    pub fn pos(&self, node: Node<'d, 'input>) -> Pos {
        self.text_pos(node.range().start)
    }

    /// Position of attribute `attr` of `node`, or of the element when absent.
    pub fn attr_pos(&self, node: Node<'d, 'input>, attr: &str) -> Pos {
        node.attributes()
            .find(|a| a.name() == attr && a.namespace().is_none())
            .map_or_else(|| self.pos(node), |a| self.text_pos(a.range().start))
    }

    pub fn error(&mut self, pos: Pos, section: &str, key: &str, message: String, help: String) {
        self.diags.push(Diagnostic::error(self.file, message).at(pos).section(section).key(key).help(help));
    }

    pub fn warning(&mut self, pos: Pos, section: &str, key: &str, message: String, help: String) {
        self.diags.push(Diagnostic::warning(self.file, message).at(pos).section(section).key(key).help(help));
    }

    /// A required attribute; reports it missing or empty. `example` goes into the help text.
    pub fn required(&mut self, node: Node<'d, 'input>, section: &str, attr: &str, example: &str) -> Option<&'d str> {
        let elem = node.tag_name().name();
        match node.attribute(attr) {
            Some(v) if !v.trim().is_empty() => Some(v),
            Some(_) => {
                let pos = self.attr_pos(node, attr);
                let msg = format!("attribute `{attr}` of `<{elem}>` is empty");
                self.error(pos, section, attr, msg, format!("write e.g. `{attr}=\"{example}\"`"));
                None
            }
            None => {
                let msg = format!("missing required attribute `{attr}` on `<{elem}>`");
                let help = format!("add `{attr}=\"{example}\"` to the `<{elem}>` element");
                self.error(self.pos(node), section, attr, msg, help);
                None
            }
        }
    }

    /// A required `Name`-like attribute that must be an OData simple identifier.
    pub fn name(&mut self, node: Node<'d, 'input>, section: &str, attr: &str, example: &str) -> Option<&'d str> {
        let v = self.required(node, section, attr, example)?;
        if is_identifier(v) {
            return Some(v);
        }
        let msg = format!("`{v}` is not a valid name");
        let help = "names start with a letter or `_` and contain only letters, digits and `_` \
                    (at most 128 characters)"
            .to_string();
        self.error(self.attr_pos(node, attr), section, attr, msg, help);
        None
    }

    /// An optional `true`/`false` attribute.
    pub fn bool_attr(&mut self, node: Node<'d, 'input>, section: &str, attr: &str, default: bool) -> bool {
        match node.attribute(attr) {
            None => default,
            Some("true") => true,
            Some("false") => false,
            Some(other) => {
                let msg = format!("`{attr}` must be `true` or `false`, found `{other}`");
                let help =
                    format!("write `{attr}=\"true\"` or `{attr}=\"false\"` (lowercase); omitting it means `{default}`");
                self.error(self.attr_pos(node, attr), section, attr, msg, help);
                default
            }
        }
    }

    /// Warns about an element that Temper does not read.
    pub fn ignored(&mut self, node: Node<'d, 'input>, section: &str, inside: &str) {
        let elem = node.tag_name().name();
        let msg = format!("unsupported element `{elem}` inside `{inside}` is ignored");
        let help = format!("remove `<{elem}>` if it was meant to have an effect; Temper does not read it");
        self.warning(self.pos(node), section, "", msg, help);
    }
}

/// OData `SimpleIdentifier`: a letter or `_`, then letters, digits or `_`, at most 128 chars.
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
        && s.chars().count() <= 128
}

/// Element children of a node.
pub(crate) fn elements<'d, 'input>(node: Node<'d, 'input>) -> impl Iterator<Item = Node<'d, 'input>> {
    node.children().filter(Node::is_element)
}

/// An end-of-input position after a final newline names a line the file does not have;
/// report it at the end of the last line instead.
fn clamp_to_text(xml: &str, pos: Pos) -> Pos {
    let lines = xml.lines().count() as u32;
    if lines > 0 && pos.line > lines {
        let last = xml.lines().last().map_or(0, |l| l.len() as u32);
        return Pos { line: lines, column: last + 1 };
    }
    pos
}

/// Parses a CSDL XML document. All errors are collected; `Ok` may still carry warnings.
pub fn parse_csdl(file: &str, xml: &str) -> Result<CsdlModel, Diagnostics> {
    let doc = match Document::parse(xml) {
        Ok(doc) => doc,
        Err(e) => {
            let p = e.pos();
            let text = e.to_string().replace(&format!(" at {p}"), "").replace('\'', "`");
            let d = Diagnostic::error(file, format!("malformed XML: {text}"))
                .at(clamp_to_text(xml, Pos { line: p.row, column: p.col }))
                .help("fix the XML syntax at this position (unclosed tags, unquoted attributes, stray `<` or `&` in text)");
            return Err(Diagnostics(vec![d]));
        }
    };
    let mut ctx = Ctx { file, doc: &doc, symbols: Symbols::default(), diags: Diagnostics::default() };
    let version = parse_root(&mut ctx);
    let schemas = match version.is_some().then(|| find_data_services(&mut ctx)).flatten() {
        Some(ds) => parse_data_services(&mut ctx, ds),
        None => Vec::new(),
    };
    let model = CsdlModel { version: version.flatten().unwrap_or_default(), schemas, warnings: Diagnostics::default() };
    if !ctx.diags.has_errors() {
        validate::check(&mut ctx, &model);
    }
    let mut diags = ctx.diags;
    diags.sort();
    if diags.has_errors() { Err(diags) } else { Ok(CsdlModel { warnings: diags, ..model }) }
}

/// Checks the root element: `None` when it is not an `edmx:Edmx` (nothing more to read),
/// otherwise the version when it is present and supported.
fn parse_root(ctx: &mut Ctx<'_, '_>) -> Option<Option<String>> {
    let root = ctx.doc.root_element();
    let (name, ns) = (root.tag_name().name(), root.tag_name().namespace());
    if name != "Edmx" || ns != Some(EDMX_NS) {
        let shown = match ns {
            Some(ns) => format!("{name}` in namespace `{ns}"),
            None => name.to_string(),
        };
        let msg = format!("root element is `{shown}`, expected `edmx:Edmx`");
        let help =
            format!("a CSDL document starts with `<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"{EDMX_NS}\">` (OData v4)");
        ctx.error(ctx.pos(root), "Edmx", "", msg, help);
        return None;
    }
    let Some(version) = ctx.required(root, "Edmx", "Version", "4.0") else {
        return Some(None);
    };
    if version != "4.0" && version != "4.01" {
        let msg = format!("unsupported CSDL version `{version}`");
        let help = "Temper reads OData v4 CSDL: write `Version=\"4.0\"` (or `4.01`)".to_string();
        ctx.error(ctx.attr_pos(root, "Version"), "Edmx", "Version", msg, help);
        return Some(None);
    }
    Some(Some(version.to_string()))
}

fn find_data_services<'d, 'input>(ctx: &mut Ctx<'d, 'input>) -> Option<Node<'d, 'input>> {
    let root = ctx.doc.root_element();
    let mut found = None;
    for child in elements(root) {
        match child.tag_name().name() {
            "DataServices" if found.is_none() => found = Some(child),
            "DataServices" => {
                let msg = "more than one `edmx:DataServices` element".to_string();
                let help = "put all `<Schema>` elements into one `<edmx:DataServices>`".to_string();
                ctx.error(ctx.pos(child), "Edmx", "", msg, help);
            }
            "Reference" => {
                let msg = "`edmx:Reference` is not followed; referenced schemas are not loaded".to_string();
                let help = "declare every type the model uses in this document; annotation terms \
                            from referenced vocabularies are kept as plain names"
                    .to_string();
                ctx.warning(ctx.pos(child), "Edmx", "", msg, help);
            }
            _ => ctx.ignored(child, "Edmx", "edmx:Edmx"),
        }
    }
    if found.is_none() {
        let msg = "missing `edmx:DataServices` element".to_string();
        let help = "wrap the `<Schema>` elements in `<edmx:DataServices>…</edmx:DataServices>`".to_string();
        ctx.error(ctx.pos(root), "Edmx", "", msg, help);
    }
    found
}

fn parse_data_services<'d, 'input>(ctx: &mut Ctx<'d, 'input>, ds: Node<'d, 'input>) -> Vec<Schema> {
    let mut schema_nodes = Vec::new();
    for child in elements(ds) {
        if child.tag_name().name() == "Schema" {
            schema_nodes.push(child);
        } else {
            ctx.ignored(child, "DataServices", "edmx:DataServices");
        }
    }
    if schema_nodes.is_empty() {
        let msg = "`edmx:DataServices` contains no `Schema`".to_string();
        let help = format!("add `<Schema Namespace=\"Temper.MyApp\" xmlns=\"{EDM_NS}\">` with the entity types");
        ctx.error(ctx.pos(ds), "DataServices", "", msg, help);
    }
    ctx.symbols = Symbols::collect(&schema_nodes);
    let mut seen: Vec<(String, Pos)> = Vec::new();
    let mut schemas = Vec::new();
    for node in schema_nodes {
        if let Some(ns) = node.tag_name().namespace().filter(|ns| *ns != EDM_NS) {
            let msg = format!("`Schema` is in namespace `{ns}`, expected the OData v4 EDM namespace");
            let help = format!("write `xmlns=\"{EDM_NS}\"` on `<Schema>`");
            ctx.error(ctx.pos(node), "Schema", "xmlns", msg, help);
        }
        let schema = parse_schema(ctx, node);
        for (ns, first) in seen.iter().filter(|(ns, _)| !ns.is_empty() && *ns == schema.namespace) {
            let msg = format!("duplicate schema namespace `{ns}`");
            let help = format!("first declared at line {}; merge the schemas or rename one", first.line);
            ctx.error(ctx.attr_pos(node, "Namespace"), &format!("Schema {ns}"), "Namespace", msg, help);
        }
        seen.push((schema.namespace.clone(), ctx.pos(node)));
        schemas.push(schema);
    }
    schemas
}

fn parse_schema<'d, 'input>(ctx: &mut Ctx<'d, 'input>, node: Node<'d, 'input>) -> Schema {
    let namespace = ctx.required(node, "Schema", "Namespace", "Temper.MyApp").unwrap_or_default();
    let section = format!("Schema {namespace}");
    if !namespace.is_empty() && !namespace.split('.').all(is_identifier) {
        let msg = format!("`{namespace}` is not a valid namespace");
        let help = "a namespace is dot-separated names, e.g. `Temper.Tasks`".to_string();
        ctx.error(ctx.attr_pos(node, "Namespace"), &section, "Namespace", msg, help);
    }
    let alias = node.attribute("Alias").is_some().then(|| ctx.name(node, &section, "Alias", "self"));
    let mut schema = Schema {
        namespace: namespace.to_string(),
        alias: alias.flatten().map(str::to_string),
        entity_types: Vec::new(),
        complex_types: Vec::new(),
        enum_types: Vec::new(),
        actions: Vec::new(),
        functions: Vec::new(),
        containers: Vec::new(),
    };
    let mut type_names: Vec<(String, Pos)> = Vec::new();
    for child in elements(node) {
        let declared = match child.tag_name().name() {
            "EntityType" => members::entity_type(ctx, child, namespace).map(|t| {
                schema.entity_types.push(t);
                "EntityType"
            }),
            "ComplexType" => members::complex_type(ctx, child, namespace).map(|t| {
                schema.complex_types.push(t);
                "ComplexType"
            }),
            "EnumType" => members::enum_type(ctx, child, namespace).map(|t| {
                schema.enum_types.push(t);
                "EnumType"
            }),
            "Action" | "Function" => {
                operation::operation(ctx, child, namespace, &mut schema);
                None
            }
            "EntityContainer" => {
                if let Some(c) = container(ctx, child) {
                    schema.containers.push(c);
                }
                None
            }
            _ => {
                ctx.ignored(child, &section, "Schema");
                None
            }
        };
        if let (Some(kind), Some(name)) = (declared, child.attribute("Name")) {
            let pos = ctx.attr_pos(child, "Name");
            if let Some((_, first)) = type_names.iter().find(|(n, _)| n == name) {
                let msg = format!("duplicate type name `{name}` in schema `{namespace}`");
                let help = format!("`{name}` is already declared at line {}; rename one", first.line);
                ctx.error(pos, &format!("{kind} {name}"), "Name", msg, help);
            }
            type_names.push((name.to_string(), pos));
        }
    }
    schema
}

fn container<'d, 'input>(ctx: &mut Ctx<'d, 'input>, node: Node<'d, 'input>) -> Option<EntityContainer> {
    let name = ctx.name(node, "EntityContainer", "Name", "Container");
    let section = format!("EntityContainer {}", name.unwrap_or_default());
    let mut sets: Vec<EntitySet> = Vec::new();
    for child in elements(node) {
        if child.tag_name().name() != "EntitySet" {
            ctx.ignored(child, &section, "EntityContainer");
            continue;
        }
        let Some(set) = entity_set(ctx, child, &section) else {
            continue;
        };
        if let Some(first) = sets.iter().find(|s| s.name == set.name) {
            let section = format!("EntitySet {}", set.name);
            let msg = format!("duplicate entity set `{}`", set.name);
            let help = format!("`{}` is already declared at line {}; rename one", set.name, first.pos.line);
            ctx.error(ctx.attr_pos(child, "Name"), &section, "Name", msg, help);
        }
        sets.push(set);
    }
    Some(EntityContainer { name: name?.to_string(), entity_sets: sets, pos: ctx.pos(node) })
}

fn entity_set<'d, 'input>(ctx: &mut Ctx<'d, 'input>, node: Node<'d, 'input>, section: &str) -> Option<EntitySet> {
    let name = ctx.name(node, section, "Name", "Tasks");
    let section = &name.map_or_else(|| section.to_string(), |n| format!("EntitySet {n}"));
    let example = ctx.symbols.first_entity().unwrap_or("Temper.MyApp.Task").to_string();
    let raw = ctx.required(node, section, "EntityType", &example);
    let (name, raw) = (name?, raw?);
    let entity_type = match ctx.symbols.lookup(raw) {
        Some((q, TypeKind::Entity)) => q,
        other => {
            let what = if other.is_some() { "is not an entity type" } else { "is not declared" };
            let msg = format!("entity set `{name}` names unknown entity type `{raw}`");
            let help = format!(
                "`{raw}` {what}; use a qualified entity type name: {}",
                ctx.symbols.known(Some(TypeKind::Entity))
            );
            ctx.error(ctx.attr_pos(node, "EntityType"), section, "EntityType", msg, help);
            raw.to_string()
        }
    };
    let mut nav_bindings = Vec::new();
    for child in elements(node) {
        if child.tag_name().name() != "NavigationPropertyBinding" {
            if child.tag_name().name() != "Annotation" {
                ctx.ignored(child, section, "EntitySet");
            }
            continue;
        }
        let path = ctx.required(child, section, "Path", "assignee");
        let target = ctx.required(child, section, "Target", "Users");
        if let (Some(p), Some(t)) = (path, target) {
            nav_bindings.push((p.to_string(), t.to_string()));
        }
    }
    Some(EntitySet { name: name.to_string(), entity_type, nav_bindings, pos: ctx.pos(node) })
}
