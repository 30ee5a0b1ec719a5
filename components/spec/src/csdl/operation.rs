//! Reader for `<Action>` and `<Function>`: parameters, the binding parameter of bound
//! operations, the return type, and duplicate detection within a schema.

use roxmltree::Node;

use super::members::{check_duplicate, name_pos, resolve};
use super::model::{ActionDef, EdmType, Parameter, Schema};
use super::parse::{Ctx, elements};
use crate::diag::Pos;

/// Reads an `<Action>` or `<Function>` into `schema.actions` / `schema.functions`.
pub(crate) fn operation<'d, 'input>(
    ctx: &mut Ctx<'d, 'input>,
    node: Node<'d, 'input>,
    namespace: &str,
    schema: &mut Schema,
) {
    let kind = node.tag_name().name();
    let lower = kind.to_lowercase();
    let name = ctx.name(node, kind, "Name", "Start");
    let section = format!("{kind} {}", name.unwrap_or_default()).trim_end().to_string();
    let is_bound = ctx.bool_attr(node, &section, "IsBound", false);
    let mut params: Vec<(String, Option<EdmType>, bool, Pos)> = Vec::new();
    let mut seen = Vec::new();
    let mut return_type: Option<Option<EdmType>> = None;
    for child in elements(node) {
        match child.tag_name().name() {
            "Parameter" => {
                let p = ctx.name(child, &section, "Name", "reason");
                let raw = ctx.required(child, &section, "Type", "Edm.String");
                let what = format!("parameter `{}`", p.unwrap_or_default());
                let ty = raw.and_then(|r| resolve(ctx, child, &section, r, &what));
                let nullable = ctx.bool_attr(child, &section, "Nullable", true);
                if let Some(p) = p {
                    check_duplicate(ctx, &mut seen, p, name_pos(ctx, child), &section, "parameter");
                    params.push((p.to_string(), ty, nullable, ctx.pos(child)));
                }
            }
            "ReturnType" => {
                if return_type.is_some() {
                    let msg = format!("{lower} has more than one `ReturnType`");
                    let help = "keep a single `<ReturnType Type=\"...\"/>`".to_string();
                    ctx.error(ctx.pos(child), &section, "ReturnType", msg, help);
                }
                let raw = ctx.required(child, &section, "Type", "Edm.String");
                let t = raw.and_then(|r| resolve(ctx, child, &section, r, "return type"));
                ctx.bool_attr(child, &section, "Nullable", true);
                return_type = Some(t);
            }
            "Annotation" => {}
            _ => ctx.ignored(child, &section, kind),
        }
    }
    if kind == "Function" && return_type.is_none() {
        let msg = format!("function `{}` has no `ReturnType`", name.unwrap_or_default());
        let help = "add `<ReturnType Type=\"...\"/>`; an operation without a result is an `Action`".to_string();
        ctx.error(ctx.pos(node), &section, "ReturnType", msg, help);
    }
    let (mut binding_type, mut binding_collection) = (None, false);
    if is_bound {
        if params.is_empty() {
            let msg = format!("bound {lower} `{}` has no binding parameter", name.unwrap_or_default());
            let help = format!(
                "add `<Parameter Name=\"bindingParameter\" Type=\"{}\"/>` as the first \
                 parameter, or write `IsBound=\"false\"`",
                ctx.symbols.first_entity().unwrap_or(&format!("{namespace}.MyEntity"))
            );
            ctx.error(ctx.pos(node), &section, "IsBound", msg, help);
        } else {
            let (pname, ty, _, pos) = params.remove(0);
            match ty {
                Some(EdmType::Entity(q)) => binding_type = Some(q),
                Some(EdmType::Collection(inner)) if matches!(*inner, EdmType::Entity(_)) => {
                    binding_type = Some(inner.to_string());
                    binding_collection = true;
                }
                Some(other) => {
                    let msg = format!("binding parameter `{pname}` must have an entity type, found `{other}`");
                    let help = "the first parameter of a bound operation is the entity it acts on: \
                                give it `Type=\"Ns.Entity\"`"
                        .to_string();
                    ctx.error(pos, &section, "Type", msg, help);
                }
                None => {}
            }
        }
    }
    let (Some(name), Some(params)) = (
        name,
        params
            .into_iter()
            .map(|(name, ty, nullable, pos)| Some(Parameter { name, ty: ty?, nullable, pos }))
            .collect::<Option<Vec<_>>>(),
    ) else {
        return;
    };
    let op = ActionDef {
        name: name.to_string(),
        namespace: namespace.to_string(),
        is_bound,
        binding_type,
        binding_collection,
        params,
        return_type: return_type.flatten(),
        pos: ctx.pos(node),
    };
    let list = if kind == "Function" { &mut schema.functions } else { &mut schema.actions };
    if let Some(first) = list.iter().find(|a| {
        a.name == op.name && a.binding_type == op.binding_type && a.binding_collection == op.binding_collection
    }) {
        let bound = op.binding_type.as_ref().map_or(String::new(), |t| format!(" bound to `{t}`"));
        let msg = format!("duplicate {lower} `{name}`{bound}");
        let help =
            format!("`{name}` is already declared at line {}; overloads are not supported, rename one", first.pos.line);
        ctx.error(ctx.attr_pos(node, "Name"), &section, "Name", msg, help);
    }
    list.push(op);
}
