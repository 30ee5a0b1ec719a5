//! Cross-checks an automaton against the data model: the automaton name is an entity type,
//! CSDL bound actions and IOA actions are the same set with compatible parameters, and state
//! variables agree in type with the properties of the same name.

use crate::csdl::{CsdlModel, EdmType};
use crate::diag::{Diagnostic, LineIndex, Pos};
use crate::ir::Automaton;
use crate::predicate::Ty;
use crate::value::VarType;

/// Where `name = "<value>"` is first written in an IOA file (for locating cross-check errors).
fn find_name(ioa: &str, value: &str) -> Pos {
    let needle = format!("\"{value}\"");
    let idx = LineIndex::new(ioa);
    ioa.lines()
        .scan(0usize, |off, line| {
            let start = *off;
            *off += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| line.trim_start().starts_with("name") && line.contains(&needle))
        .map_or(Pos::default(), |(start, line)| idx.pos(start + line.find(&needle).unwrap_or(0)))
}

fn edm_name(t: &EdmType) -> String {
    match t {
        EdmType::Collection(inner) => format!("Collection({})", edm_name(inner)),
        EdmType::Enum(n) | EdmType::Complex(n) | EdmType::Entity(n) => n.clone(),
        other => format!("Edm.{other:?}"),
    }
}

/// Which spec types an EDM type can carry.
fn compatible(edm: &EdmType, ty: VarType) -> bool {
    match ty {
        VarType::String => matches!(
            edm,
            EdmType::String
                | EdmType::Enum(_)
                | EdmType::Date
                | EdmType::DateTimeOffset
                | EdmType::TimeOfDay
                | EdmType::Duration
                | EdmType::Guid
        ),
        VarType::Bool => matches!(edm, EdmType::Boolean),
        VarType::Counter | VarType::Int => {
            matches!(edm, EdmType::Byte | EdmType::SByte | EdmType::Int16 | EdmType::Int32 | EdmType::Int64)
        }
        VarType::List => {
            matches!(edm, EdmType::Collection(inner) if matches!(**inner, EdmType::String | EdmType::Enum(_)))
        }
    }
}

fn compatible_ty(edm: &EdmType, ty: Ty) -> bool {
    match ty {
        Ty::Str => compatible(edm, VarType::String),
        Ty::Num => compatible(edm, VarType::Int),
        Ty::Bool => compatible(edm, VarType::Bool),
        Ty::List => compatible(edm, VarType::List),
        Ty::Null => true,
    }
}

pub fn cross_check(aut: &Automaton, ioa_text: &str, model: &CsdlModel, csdl_file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ioa_file = aut.file.as_str();
    let Some(et) = model.entity_type(&aut.name) else {
        let known: Vec<String> = model.entity_types().map(|t| format!("`{}`", t.name)).collect();
        out.push(
            Diagnostic::error(ioa_file, format!("automaton `{}` has no entity type in `{csdl_file}`", aut.name))
                .at(find_name(ioa_text, &aut.name))
                .section("[automaton]")
                .key("name")
                .help(format!(
                    "the automaton name must equal a CSDL EntityType; the model has {}",
                    if known.is_empty() { "none".to_string() } else { known.join(", ") }
                )),
        );
        return out;
    };
    let section = format!("EntityType {}", et.name);
    if model.entity_set_for_type(&aut.name).is_none() {
        out.push(
            Diagnostic::warning(
                csdl_file,
                format!("no EntitySet serves `{}`; it will not be reachable over OData", et.name),
            )
            .at(et.pos)
            .section(&section)
            .help(format!(
                "add `<EntitySet Name=\"{}s\" EntityType=\"{}.{}\"/>` to the EntityContainer",
                et.name, et.namespace, et.name
            )),
        );
    }
    let csdl_actions: Vec<_> = model.bound_actions(&aut.name).collect();
    for ca in &csdl_actions {
        if aut.action(&ca.name).is_none() {
            let ioa: Vec<String> = aut.actions.iter().map(|a| format!("`{}`", a.name)).collect();
            out.push(
                Diagnostic::error(csdl_file, format!("bound action `{}` has no `[[action]]` in `{ioa_file}`", ca.name))
                    .at(ca.pos)
                    .section(format!("Action {}", ca.name))
                    .help(format!("CSDL actions must equal IOA actions; declare `[[action]] name = \"{}\"` or remove it (IOA actions: {})", ca.name, ioa.join(", "))),
            );
        }
    }
    for a in aut.actions.iter().filter(|a| !a.implicit) {
        let asec = format!("[[action]] {}", a.name);
        let Some(ca) = csdl_actions.iter().find(|c| c.name == a.name) else {
            out.push(
                Diagnostic::error(ioa_file, format!("action `{}` is not a bound action of `{}` in `{csdl_file}`", a.name, et.name))
                    .at(find_name(ioa_text, &a.name))
                    .section(&asec)
                    .help(format!("add `<Action Name=\"{}\" IsBound=\"true\"><Parameter Name=\"bindingParameter\" Type=\"{}.{}\"/></Action>` to the model", a.name, et.namespace, et.name)),
            );
            continue;
        };
        for p in &a.params {
            match ca.params.iter().find(|cp| cp.name == p.name) {
                None => out.push(
                    Diagnostic::error(
                        csdl_file,
                        format!("action `{}` lacks parameter `{}` that the spec declares", a.name, p.name),
                    )
                    .at(ca.pos)
                    .section(format!("Action {}", a.name))
                    .help(format!("add `<Parameter Name=\"{}\" Type=\"...\"/>`", p.name)),
                ),
                Some(cp) => {
                    if let Some(ty) = p.ty
                        && !compatible_ty(&cp.ty, ty)
                    {
                        out.push(
                            Diagnostic::error(csdl_file, format!("parameter `{}` of `{}` is `{}` in the model but a {} in the spec", p.name, a.name, edm_name(&cp.ty), ty.name()))
                                .at(cp.pos)
                                .section(format!("Action {}", a.name))
                                .key("Type")
                                .help("make the types agree (string ↔ Edm.String, int/counter ↔ Edm.Int32/Int64, bool ↔ Edm.Boolean, list ↔ Collection(Edm.String))"),
                        );
                    }
                }
            }
        }
    }
    for v in &aut.vars {
        match et.properties.iter().find(|p| p.name == v.name) {
            Some(p) if !compatible(&p.ty, v.ty) => out.push(
                Diagnostic::error(csdl_file, format!("property `{}` is `{}` but the spec declares a {}", p.name, edm_name(&p.ty), v.ty.name()))
                    .at(p.pos)
                    .section(&section)
                    .key("Type")
                    .help("make the types agree (string ↔ Edm.String, int/counter ↔ Edm.Int32/Int64, bool ↔ Edm.Boolean, list ↔ Collection(Edm.String))"),
            ),
            Some(_) => {}
            None => out.push(
                Diagnostic::warning(ioa_file, format!("state variable `{}` is not a property of `{}`; clients cannot read it over OData", v.name, et.name))
                    .at(find_name(ioa_text, &v.name))
                    .section(format!("[[state]] {}", v.name))
                    .help(format!("add `<Property Name=\"{}\" .../>` to the entity type", v.name)),
            ),
        }
    }
    out
}
