//! Readers for the declarations inside a `<Schema>`: entity, complex and enum types with their
//! properties and navigation properties, and actions/functions with their parameters.

use roxmltree::Node;

use super::annotation::annotation;
use super::model::{ComplexType, EdmType, EntityType, EnumType, NavigationProperty, Property};
use super::parse::{Ctx, elements};
use crate::diag::Pos;

/// Resolves `Type` of `node`, reporting failures; `what` names the member (``property `Title` ``).
pub(crate) fn resolve<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    section: &str,
    raw: &str,
    what: &str,
) -> Option<EdmType> {
    match ctx.symbols.resolve(raw) {
        Ok(t) => Some(t),
        Err(e) => {
            let pos = ctx.attr_pos(node, "Type");
            ctx.error(pos, section, "Type", format!("{} for {what}", e.message), e.help);
            None
        }
    }
}

/// Position of the `Name` attribute of `node`.
pub(crate) fn name_pos<'d, 'input>(ctx: &Ctx<'d, 'input>, node: Node<'d, 'input>) -> Pos {
    ctx.attr_pos(node, "Name")
}

/// Reports a second member with the same name.
pub(crate) fn check_duplicate(
    ctx: &mut Ctx<'_, '_>,
    seen: &mut Vec<(String, Pos)>,
    name: &str,
    pos: Pos,
    section: &str,
    what: &str,
) {
    if let Some((_, first)) = seen.iter().find(|(n, _)| n == name) {
        let msg = format!("duplicate {what} `{name}`");
        let help = format!("`{name}` is already declared at line {}; rename or remove one", first.line);
        ctx.error(pos, section, "Name", msg, help);
    }
    seen.push((name.to_string(), pos));
}

pub(crate) fn entity_type<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    namespace: &str,
) -> Option<EntityType> {
    let name = ctx.name(node, "EntityType", "Name", "Task");
    let section = format!("EntityType {}", name.unwrap_or_default()).trim_end().to_string();
    if let Some(base) = node.attribute("BaseType") {
        let msg = format!("entity type inheritance (`BaseType=\"{base}\"`) is not supported");
        let help = "remove `BaseType` and copy the base type's key and properties into this type".to_string();
        ctx.error(ctx.attr_pos(node, "BaseType"), &section, "BaseType", msg, help);
    }
    let mut keys: Vec<(String, Node<'d, 'input>)> = Vec::new();
    let mut key_node = None;
    let mut props: Vec<(Property, Node<'d, 'input>)> = Vec::new();
    let mut navigation = Vec::new();
    let mut annotations = Vec::new();
    let mut seen = Vec::new();
    for child in elements(node) {
        match child.tag_name().name() {
            "Key" => {
                if key_node.is_some() {
                    let msg = "more than one `Key` element".to_string();
                    let help = "list all key properties as `<PropertyRef>` in one `<Key>`".to_string();
                    ctx.error(ctx.pos(child), &section, "Key", msg, help);
                }
                key_node = Some(child);
                for r in elements(child) {
                    if r.tag_name().name() != "PropertyRef" {
                        ctx.ignored(r, &section, "Key");
                    } else if let Some(k) = ctx.required(r, &section, "Name", "Id") {
                        keys.push((k.to_string(), r));
                    }
                }
            }
            "Property" => {
                if let Some(p) = property(ctx, child, &section) {
                    check_duplicate(ctx, &mut seen, &p.name, name_pos(ctx, child), &section, "property");
                    props.push((p, child));
                }
            }
            "NavigationProperty" => {
                if let Some(n) = navigation_property(ctx, child, &section) {
                    check_duplicate(ctx, &mut seen, &n.name, name_pos(ctx, child), &section, "property");
                    navigation.push(n);
                }
            }
            "Annotation" => annotations.extend(annotation(ctx, child, &section)),
            _ => ctx.ignored(child, &section, "EntityType"),
        }
    }
    // A missing name or a `BaseType` is already an error; a missing key would only repeat it.
    let key_expected = name.is_some() && node.attribute("BaseType").is_none();
    match key_node {
        None if key_expected => {
            let msg = format!("entity type `{}` has no `Key`", name.unwrap_or_default());
            let help = "add `<Key><PropertyRef Name=\"Id\"/></Key>` naming a non-nullable primitive \
                        property"
                .to_string();
            ctx.error(ctx.pos(node), &section, "Key", msg, help);
        }
        Some(k) if keys.is_empty() => {
            let msg = "`Key` lists no `PropertyRef`".to_string();
            let help = "add `<PropertyRef Name=\"Id\"/>` inside `<Key>`".to_string();
            ctx.error(ctx.pos(k), &section, "Key", msg, help);
        }
        _ => {}
    }
    let mut seen_keys = Vec::new();
    for (k, r) in &keys {
        check_duplicate(ctx, &mut seen_keys, k, ctx.pos(*r), &section, "key property");
        check_key(ctx, k, *r, &props, &section);
    }
    Some(EntityType {
        name: name?.to_string(),
        namespace: namespace.to_string(),
        keys: keys.into_iter().map(|(k, _)| k).collect(),
        properties: props.into_iter().map(|(p, _)| p).collect(),
        navigation,
        annotations,
        pos: ctx.pos(node),
    })
}

fn check_key<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    key: &str,
    key_ref: Node<'d, 'input>,
    props: &[(Property, Node<'d, 'input>)],
    section: &str,
) {
    let Some((prop, prop_node)) = props.iter().find(|(p, _)| p.name == key) else {
        let mut known: Vec<&str> = Vec::new();
        for (p, _) in props {
            if !known.contains(&p.name.as_str()) {
                known.push(&p.name);
            }
        }
        let msg = format!("key names unknown property `{key}`");
        let help = format!(
            "declare `<Property Name=\"{key}\" Type=\"Edm.String\" Nullable=\"false\"/>` or key on a \
             declared property: {}",
            if known.is_empty() { "(none declared)".to_string() } else { known.join(", ") }
        );
        ctx.error(ctx.attr_pos(key_ref, "Name"), section, "Name", msg, help);
        return;
    };
    if prop.nullable {
        let msg = format!("key property `{key}` is nullable");
        let help = format!("add `Nullable=\"false\"` to `<Property Name=\"{key}\">`: a key must always have a value");
        ctx.error(ctx.attr_pos(*prop_node, "Nullable"), section, "Nullable", msg, help);
    }
    if !prop.ty.is_primitive() && !matches!(prop.ty, EdmType::Enum(_)) {
        let msg = format!("key property `{key}` has type `{}`", prop.ty);
        let help = "key properties must have a primitive or enum type such as `Edm.String`".to_string();
        ctx.error(ctx.attr_pos(*prop_node, "Type"), section, "Type", msg, help);
    }
}

pub(crate) fn complex_type<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    namespace: &str,
) -> Option<ComplexType> {
    let name = ctx.name(node, "ComplexType", "Name", "Address");
    let section = format!("ComplexType {}", name.unwrap_or_default()).trim_end().to_string();
    let mut properties = Vec::new();
    let mut seen = Vec::new();
    for child in elements(node) {
        match child.tag_name().name() {
            "Property" => {
                if let Some(p) = property(ctx, child, &section) {
                    check_duplicate(ctx, &mut seen, &p.name, name_pos(ctx, child), &section, "property");
                    properties.push(p);
                }
            }
            "Annotation" => {}
            _ => ctx.ignored(child, &section, "ComplexType"),
        }
    }
    Some(ComplexType { name: name?.to_string(), namespace: namespace.to_string(), properties, pos: ctx.pos(node) })
}

fn property<'d, 'input>(ctx: &mut Ctx<'d, 'input>, node: Node<'d, 'input>, section: &str) -> Option<Property> {
    let name = ctx.name(node, section, "Name", "Title");
    let raw = ctx.required(node, section, "Type", "Edm.String");
    let what = format!("property `{}`", name.unwrap_or_default());
    let mut ty = raw.and_then(|r| resolve(ctx, node, section, r, &what));
    if let Some(t @ EdmType::Entity(_)) = ty.as_ref().map(EdmType::element) {
        let msg = format!("{what} has entity type `{t}`");
        let help = "refer to another entity with `<NavigationProperty>`, not `<Property>`".to_string();
        ctx.error(ctx.attr_pos(node, "Type"), section, "Type", msg, help);
        ty = None;
    }
    let nullable = ctx.bool_attr(node, section, "Nullable", true);
    let default_value = node.attribute("DefaultValue").map(str::to_string);
    if let (Some(t), Some(v)) = (&ty, &default_value)
        && let Some(expected) = default_mismatch(t, v)
    {
        let msg = format!("default value `{v}` of {what} is not {expected}");
        let help = format!("write a `DefaultValue` that is {expected}, or remove it");
        let pos = ctx.attr_pos(node, "DefaultValue");
        ctx.error(pos, section, "DefaultValue", msg, help);
    }
    let max_length = match node.attribute("MaxLength") {
        None | Some("max") => None,
        Some(v) => match v.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                let msg = format!("`MaxLength` must be a non-negative integer or `max`, found `{v}`");
                let help = "write e.g. `MaxLength=\"200\"`".to_string();
                ctx.error(ctx.attr_pos(node, "MaxLength"), section, "MaxLength", msg, help);
                None
            }
        },
    };
    let mut annotations = Vec::new();
    for child in elements(node) {
        match child.tag_name().name() {
            "Annotation" => annotations.extend(annotation(ctx, child, section)),
            _ => ctx.ignored(child, section, "Property"),
        }
    }
    Some(Property {
        name: name?.to_string(),
        // A property whose type failed to resolve keeps a placeholder (the model is an error
        // anyway) so that key checks do not report it a second time.
        ty: ty.unwrap_or(EdmType::String),
        nullable,
        default_value,
        max_length,
        annotations,
        pos: ctx.pos(node),
    })
}

/// What a default value of type `ty` should look like, if `v` does not.
fn default_mismatch(ty: &EdmType, v: &str) -> Option<&'static str> {
    let ok = match ty {
        EdmType::Boolean => v == "true" || v == "false",
        EdmType::Byte => v.parse::<u8>().is_ok(),
        EdmType::SByte => v.parse::<i8>().is_ok(),
        EdmType::Int16 => v.parse::<i16>().is_ok(),
        EdmType::Int32 => v.parse::<i32>().is_ok(),
        EdmType::Int64 => v.parse::<i64>().is_ok(),
        EdmType::Decimal | EdmType::Double | EdmType::Single => v.parse::<f64>().is_ok(),
        EdmType::Collection(_) | EdmType::Complex(_) | EdmType::Entity(_) => false,
        _ => true,
    };
    (!ok).then_some(match ty {
        EdmType::Boolean => "`true` or `false`",
        EdmType::Decimal | EdmType::Double | EdmType::Single => "a number",
        EdmType::Collection(_) | EdmType::Complex(_) | EdmType::Entity(_) => {
            "allowed: only primitive and enum properties can have a default"
        }
        _ => "an integer in the type's range",
    })
}

fn navigation_property<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    section: &str,
) -> Option<NavigationProperty> {
    let name = ctx.name(node, section, "Name", "assignee");
    let raw = ctx.required(node, section, "Type", "Temper.MyApp.User");
    let what = format!("navigation property `{}`", name.unwrap_or_default());
    let ty = raw.and_then(|r| resolve(ctx, node, section, r, &what));
    let target = match &ty {
        Some(EdmType::Entity(q)) => Some((q.clone(), false)),
        Some(EdmType::Collection(inner)) => match inner.as_ref() {
            EdmType::Entity(q) => Some((q.clone(), true)),
            _ => None,
        },
        _ => None,
    };
    if let (Some(t), None) = (&ty, &target) {
        let msg = format!("{what} must target an entity type, found `{t}`");
        let help = "use `Type=\"Ns.Entity\"` or `Type=\"Collection(Ns.Entity)\"`; plain values \
                    belong in `<Property>`"
            .to_string();
        ctx.error(ctx.attr_pos(node, "Type"), section, "Type", msg, help);
    }
    let collection = target.as_ref().is_some_and(|(_, c)| *c);
    let mut nullable = ctx.bool_attr(node, section, "Nullable", true);
    if collection {
        if node.attribute("Nullable").is_some() {
            let msg = format!("`Nullable` has no meaning on collection-valued {what}");
            let help = "remove `Nullable`; a collection is never null, only empty".to_string();
            ctx.warning(ctx.attr_pos(node, "Nullable"), section, "Nullable", msg, help);
        }
        nullable = false;
    }
    let mut referential = Vec::new();
    for child in elements(node) {
        match child.tag_name().name() {
            "ReferentialConstraint" => {
                let p = ctx.required(child, section, "Property", "assigneeId");
                let r = ctx.required(child, section, "ReferencedProperty", "Id");
                if let (Some(p), Some(r)) = (p, r) {
                    referential.push((p.to_string(), r.to_string()));
                }
            }
            "OnDelete" | "Annotation" => {}
            _ => ctx.ignored(child, section, "NavigationProperty"),
        }
    }
    let (target, collection) = target?;
    Some(NavigationProperty {
        name: name?.to_string(),
        target,
        collection,
        nullable,
        partner: node.attribute("Partner").map(str::to_string),
        referential,
        pos: ctx.pos(node),
    })
}

pub(crate) fn enum_type<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    namespace: &str,
) -> Option<EnumType> {
    let name = ctx.name(node, "EnumType", "Name", "Kind");
    let section = format!("EnumType {}", name.unwrap_or_default()).trim_end().to_string();
    const UNDERLYING: [&str; 5] = ["Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64"];
    if let Some(u) = node.attribute("UnderlyingType").filter(|u| !UNDERLYING.contains(u)) {
        let msg = format!("unsupported enum underlying type `{u}`");
        let help = format!("use one of {} (default `Edm.Int32`)", UNDERLYING.join(", "));
        ctx.error(ctx.attr_pos(node, "UnderlyingType"), &section, "UnderlyingType", msg, help);
    }
    ctx.bool_attr(node, &section, "IsFlags", false);
    let mut members = Vec::new();
    let mut seen = Vec::new();
    let mut next: i64 = 0;
    for child in elements(node) {
        match child.tag_name().name() {
            "Member" => {
                let m = ctx.name(child, &section, "Name", "Open");
                let value = match child.attribute("Value") {
                    None => next,
                    Some(v) => v.trim().parse::<i64>().unwrap_or_else(|_| {
                        let msg = format!("enum member value `{v}` is not an integer");
                        let help = "write an integer `Value`, e.g. `Value=\"0\"`, or omit it".to_string();
                        ctx.error(ctx.attr_pos(child, "Value"), &section, "Value", msg, help);
                        next
                    }),
                };
                next = value.saturating_add(1);
                if let Some(m) = m {
                    check_duplicate(ctx, &mut seen, m, name_pos(ctx, child), &section, "enum member");
                    members.push((m.to_string(), value));
                }
            }
            "Annotation" => {}
            _ => ctx.ignored(child, &section, "EnumType"),
        }
    }
    if members.is_empty() && seen.is_empty() {
        let msg = format!("enum type `{}` has no members", name.unwrap_or_default());
        let help = "add at least one `<Member Name=\"...\"/>`".to_string();
        ctx.error(ctx.pos(node), &section, "Member", msg, help);
    }
    Some(EnumType { name: name?.to_string(), namespace: namespace.to_string(), members, pos: ctx.pos(node) })
}
