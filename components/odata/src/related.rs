//! Cross-entity guards at run time: the statuses of the related entities an action's guard
//! reads (`Type[ref].status`), loaded from storage for the interpreter, which reads none.
//! An unset reference, or an id with no live entity, is left out and reads as `null` (so a
//! comparison with a status is false: the guard refuses).

use crate::entity::Fields;
use crate::error::ODataError;
use crate::store::storage_error;
use crate::temper::host::storage::{self, StorageError, StreamId};
use crate::temper::kernel::interpreter::RelatedStatus;
use crate::temper::kernel::types::{NamedValue, Value};
use serde_json::Value as Json;
use temper_spec::predicate::ast::{Operand, OperandKind, PredKind};
use temper_spec::predicate::{Pred, Ref, parse_predicate};

/// The `(entity type, reference)` pairs a guard reads; empty for most guards (no parse then).
pub fn references(guard: Option<&str>) -> Vec<(String, Ref)> {
    let Some(g) = guard.filter(|g| g.contains('[')) else { return Vec::new() };
    let Ok(pred) = parse_predicate(g) else { return Vec::new() };
    let mut out = Vec::new();
    walk(&pred, &mut out);
    out
}

fn walk(p: &Pred, out: &mut Vec<(String, Ref)>) {
    match &p.kind {
        PredKind::Implies(a, b) => {
            walk(a, out);
            walk(b, out);
        }
        PredKind::Or(ps) | PredKind::And(ps) => ps.iter().for_each(|q| walk(q, out)),
        PredKind::Not(q) => walk(q, out),
        PredKind::Empty(_) => {}
        PredKind::Test(o) => operand(o, out),
        PredKind::Cmp(a, _, b) => {
            operand(a, out);
            operand(b, out);
        }
        // The set side of `in` is literals or a variable, never a related status.
        PredKind::In { lhs, .. } => operand(lhs, out),
    }
}

fn operand(o: &Operand, out: &mut Vec<(String, Ref)>) {
    if let OperandKind::Related { entity_type, by } = &o.kind
        && !out.iter().any(|(t, r)| t == entity_type && r == by)
    {
        out.push((entity_type.clone(), by.clone()));
    }
}

/// The ids a reference holds: a string (one id) or a list of strings.
fn ids(by: &Ref, fields: &Fields, params: &[NamedValue]) -> Vec<String> {
    match by {
        Ref::Param(name) => match params.iter().find(|p| &p.name == name).map(|p| &p.value) {
            Some(Value::Text(s)) => vec![s.clone()],
            Some(Value::Texts(v)) => v.clone(),
            _ => Vec::new(),
        },
        Ref::Unresolved(name) | Ref::Var(_, name) => match fields.get(name) {
            Some(Json::String(s)) => vec![s.clone()],
            Some(Json::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        },
    }
}

/// Loads the status of every entity the guard refers to.
pub fn statuses(
    tenant: &str,
    refs: &[(String, Ref)],
    fields: &Fields,
    params: &[NamedValue],
) -> Result<Vec<RelatedStatus>, ODataError> {
    let mut out: Vec<RelatedStatus> = Vec::new();
    for (entity_type, by) in refs {
        for id in ids(by, fields, params) {
            if id.is_empty() || out.iter().any(|r| &r.entity_type == entity_type && r.id == id) {
                continue;
            }
            let stream =
                StreamId { tenant: tenant.to_string(), entity_type: entity_type.clone(), entity_id: id.clone() };
            match storage::load(&stream) {
                Ok(r) if !r.deleted => {
                    out.push(RelatedStatus { entity_type: entity_type.clone(), id, status: r.status })
                }
                Ok(_) | Err(StorageError::NotFound) => {}
                Err(e) => return Err(storage_error(e)),
            }
        }
    }
    Ok(out)
}
