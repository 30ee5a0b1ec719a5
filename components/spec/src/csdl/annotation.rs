//! Reader for `<Annotation Term="...">` with a scalar attribute or element (`String`, `Bool`,
//! `Int`, `Float`), a `<Collection>` of strings, or a `<Record>` of `<PropertyValue>`s.

use roxmltree::Node;

use super::model::{Annotation, AnnotationValue};
use super::parse::{Ctx, elements};

const SCALARS: [&str; 4] = ["String", "Bool", "Int", "Float"];

/// Parses one scalar value written as attribute or element `kind`.
fn scalar(
    ctx: &mut Ctx<'_, '_>,
    pos: crate::diag::Pos,
    section: &str,
    kind: &str,
    text: &str,
) -> Option<AnnotationValue> {
    let (value, expected) = match kind {
        "String" => (Some(AnnotationValue::String(text.to_string())), ""),
        "Bool" => (
            match text.trim() {
                "true" => Some(AnnotationValue::Bool(true)),
                "false" => Some(AnnotationValue::Bool(false)),
                _ => None,
            },
            "`true` or `false`",
        ),
        "Int" => (text.trim().parse().ok().map(AnnotationValue::Int), "an integer"),
        _ => (text.trim().parse::<f64>().ok().filter(|f| f.is_finite()).map(AnnotationValue::Float), "a finite number"),
    };
    if value.is_none() {
        let msg = format!("annotation `{kind}` value `{text}` is not {expected}");
        ctx.error(pos, section, kind, msg, format!("write {expected}"));
    }
    value
}

pub(crate) fn annotation<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    section: &str,
) -> Option<Annotation> {
    let term = ctx.required(node, section, "Term", "Core.Description");
    let mut values: Vec<AnnotationValue> = Vec::new();
    for attr in node.attributes().filter(|a| a.namespace().is_none()) {
        let name = attr.name();
        if SCALARS.contains(&name) {
            let pos = ctx.attr_pos(node, name);
            values.extend(scalar(ctx, pos, section, name, attr.value()));
        } else if name != "Term" && name != "Qualifier" {
            unsupported(ctx, node, section, name);
        }
    }
    for child in elements(node) {
        let kind = child.tag_name().name();
        match kind {
            k if SCALARS.contains(&k) => {
                let pos = ctx.pos(child);
                values.extend(scalar(ctx, pos, section, k, child.text().unwrap_or_default()));
            }
            "Collection" => {
                let mut items = Vec::new();
                for item in elements(child) {
                    if item.tag_name().name() == "String" {
                        items.push(item.text().unwrap_or_default().to_string());
                    } else {
                        let msg = format!(
                            "annotation collections may only contain `String`, found `{}`",
                            item.tag_name().name()
                        );
                        let help = "write `<Collection><String>a</String>…</Collection>`".to_string();
                        ctx.error(ctx.pos(item), section, "Collection", msg, help);
                    }
                }
                values.push(AnnotationValue::Strings(items));
            }
            "Record" => {
                let mut fields = Vec::new();
                for pv in elements(child) {
                    if pv.tag_name().name() != "PropertyValue" {
                        if pv.tag_name().name() != "Annotation" {
                            ctx.ignored(pv, section, "Record");
                        }
                        continue;
                    }
                    let prop = ctx.required(pv, section, "Property", "Name");
                    let value = SCALARS.iter().find_map(|k| pv.attribute(*k));
                    match (prop, value) {
                        (Some(p), Some(v)) => fields.push((p.to_string(), v.to_string())),
                        (Some(p), None) => {
                            let msg = format!("record property `{p}` has no value");
                            let help = "add a `String=\"…\"` (or `Bool`, `Int`, `Float`) attribute".to_string();
                            ctx.error(ctx.pos(pv), section, "PropertyValue", msg, help);
                        }
                        (None, _) => {}
                    }
                }
                values.push(AnnotationValue::Record(fields));
            }
            "Annotation" => {}
            other => unsupported(ctx, child, section, other),
        }
    }
    if values.len() > 1 {
        let msg = format!("annotation `{}` has more than one value", term.unwrap_or_default());
        let help = "give an annotation a single value: one attribute or one child element".to_string();
        ctx.error(ctx.pos(node), section, "Annotation", msg, help);
    }
    Some(Annotation { term: term?.to_string(), value: values.into_iter().next().unwrap_or(AnnotationValue::None) })
}

fn unsupported<'d, 'input>(ctx: &mut Ctx<'d, 'input>, node: Node<'d, 'input>, section: &str, expr: &str) {
    let msg = format!("annotation expression `{expr}` is not supported and is ignored");
    let help = "use a `String`, `Bool`, `Int` or `Float` value, a `<Collection>` of `<String>`, or a \
                `<Record>`"
        .to_string();
    ctx.warning(ctx.attr_pos(node, expr), section, expr, msg, help);
}
