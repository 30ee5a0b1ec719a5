//! Cross-reference checks that need the whole model: navigation partners and referential
//! constraints, entity-set navigation bindings, and enum default values.

use super::model::{CsdlModel, EdmType, EntityType, NavigationProperty, Property};
use super::parse::Ctx;

pub(crate) fn check(ctx: &mut Ctx<'_, '_>, model: &CsdlModel) {
    for t in model.entity_types() {
        let section = format!("EntityType {}", t.name);
        enum_defaults(ctx, model, &t.properties, &section);
        for nav in &t.navigation {
            let Some(target) = model.entity_type(&nav.target) else {
                continue;
            };
            if let Some(partner) = &nav.partner
                && !target.navigation.iter().any(|n| &n.name == partner)
            {
                let msg = format!(
                    "partner `{partner}` of navigation property `{}` is not a navigation property of `{}`",
                    nav.name, nav.target
                );
                let help = format!(
                    "declare `<NavigationProperty Name=\"{partner}\" Type=\"{}.{}\"/>` on `{}`, or \
                         remove `Partner`; known: {}",
                    t.namespace,
                    t.name,
                    target.name,
                    names(target.navigation.iter().map(|n| n.name.as_str()))
                );
                ctx.error(nav.pos, &section, "Partner", msg, help);
            }
            for (prop, referenced) in &nav.referential {
                check_ref(ctx, t, prop, &section, nav, "Property");
                check_ref(ctx, target, referenced, &section, nav, "ReferencedProperty");
            }
        }
    }
    for schema in &model.schemas {
        for ct in &schema.complex_types {
            enum_defaults(ctx, model, &ct.properties, &format!("ComplexType {}", ct.name));
        }
        for c in &schema.containers {
            for set in &c.entity_sets {
                let Some(t) = model.entity_type(&set.entity_type) else {
                    continue;
                };
                let section = format!("EntitySet {}", set.name);
                for (path, target) in &set.nav_bindings {
                    if !path.contains('/') && !t.navigation.iter().any(|n| &n.name == path) {
                        let msg =
                            format!("navigation binding path `{path}` is not a navigation property of `{}`", t.name);
                        let help = format!("use one of: {}", names(t.navigation.iter().map(|n| n.name.as_str())));
                        ctx.error(set.pos, &section, "Path", msg, help);
                    }
                    let simple = target.rsplit('/').next().unwrap_or(target);
                    if !c.entity_sets.iter().any(|s| s.name == simple) {
                        let msg = format!("navigation binding target `{target}` is not an entity set");
                        let help = format!(
                            "use an entity set of container `{}`: {}",
                            c.name,
                            names(c.entity_sets.iter().map(|s| s.name.as_str()))
                        );
                        ctx.error(set.pos, &section, "Target", msg, help);
                    }
                }
            }
        }
    }
}

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = it.collect();
    if v.is_empty() { "(none)".to_string() } else { v.join(", ") }
}

fn check_ref(
    ctx: &mut Ctx<'_, '_>,
    owner: &EntityType,
    prop: &str,
    section: &str,
    nav: &NavigationProperty,
    key: &str,
) {
    if owner.properties.iter().any(|p| p.name == prop) {
        return;
    }
    let msg = format!(
        "referential constraint of navigation property `{}` names unknown property `{prop}` of `{}`",
        nav.name, owner.name
    );
    let help = format!(
        "`{key}` must name a property of `{}`: {}",
        owner.name,
        names(owner.properties.iter().map(|p| p.name.as_str()))
    );
    ctx.error(nav.pos, section, key, msg, help);
}

fn enum_defaults(ctx: &mut Ctx<'_, '_>, model: &CsdlModel, props: &[Property], section: &str) {
    for p in props {
        let (EdmType::Enum(e), Some(v)) = (&p.ty, &p.default_value) else {
            continue;
        };
        let Some(et) = model.enum_type(e) else {
            continue;
        };
        let ok = et.members.iter().any(|(m, val)| m == v || val.to_string() == *v);
        if !ok {
            let msg = format!("default value `{v}` of property `{}` is not a member of `{e}`", p.name);
            let help = format!("use one of: {}", names(et.members.iter().map(|(m, _)| m.as_str())));
            ctx.error(p.pos, section, "DefaultValue", msg, help);
        }
    }
}
