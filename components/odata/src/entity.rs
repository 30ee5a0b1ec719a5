//! Entities as JSON: validating request bodies against the CSDL entity type (unknown
//! properties, EDM types, nullability, defaults), state-variable typing, the query schema, and
//! rendering an entity with its properties in declaration order. Pure.

use crate::error::ODataError;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;
use temper_odata_query::PropType;
use temper_spec::csdl::{CsdlModel, EdmType, EntityType, Property};

pub type Fields = Map<String, Json>;

/// A spec state variable: its name, spec type (`string bool counter int list`) and initial
/// value as JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct VarInfo {
    pub name: String,
    pub type_name: String,
    pub initial: Json,
}

fn got(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

fn int_range(ty: &EdmType) -> Option<(i64, i64)> {
    Some(match ty {
        EdmType::Byte => (0, 255),
        EdmType::SByte => (-128, 127),
        EdmType::Int16 => (i16::MIN.into(), i16::MAX.into()),
        EdmType::Int32 => (i32::MIN.into(), i32::MAX.into()),
        EdmType::Int64 => (i64::MIN, i64::MAX),
        _ => return None,
    })
}

/// What a JSON value of `ty` looks like, for error messages.
pub fn expected(ty: &EdmType) -> String {
    let what = match ty {
        EdmType::Boolean => "true or false".to_string(),
        EdmType::Decimal | EdmType::Double | EdmType::Single => "a number".to_string(),
        EdmType::Date => "a date string `YYYY-MM-DD`".to_string(),
        EdmType::Guid => "a GUID string".to_string(),
        EdmType::Enum(_) => "a member name string".to_string(),
        EdmType::Complex(_) => "an object".to_string(),
        EdmType::Entity(_) => "an entity (not writable here)".to_string(),
        EdmType::Collection(inner) => format!("an array of {}", expected(inner)),
        t => match int_range(t) {
            Some((lo, hi)) => format!("an integer from {lo} to {hi}"),
            None => "a string".to_string(),
        },
    };
    format!("{ty} ({what})")
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_guid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { *c == b'-' } else { c.is_ascii_hexdigit() })
}

/// Checks a non-null JSON value against an EDM type; the error says what was expected.
pub fn check_value(model: &CsdlModel, ty: &EdmType, v: &Json) -> Result<(), String> {
    let bad = || format!("expected {}, got {}", expected(ty), got(v));
    let ok = match ty {
        EdmType::Boolean => v.is_boolean(),
        EdmType::Decimal | EdmType::Double | EdmType::Single => v.is_number(),
        EdmType::Date => v.as_str().is_some_and(is_date),
        EdmType::Guid => v.as_str().is_some_and(is_guid),
        EdmType::Enum(name) => match (v.as_str(), model.enum_type(name)) {
            (Some(s), Some(e)) => e.members.iter().any(|(m, _)| m == s),
            (Some(_), None) => true,
            _ => false,
        },
        EdmType::Entity(_) => false,
        EdmType::Complex(name) => {
            let (Some(obj), Some(ct)) = (v.as_object(), model.complex_type(name)) else { return Err(bad()) };
            for (k, x) in obj {
                let Some(p) = ct.properties.iter().find(|p| &p.name == k) else {
                    return Err(format!("unknown member `{k}` of {name}"));
                };
                check_nullable(model, p, x).map_err(|e| format!("member `{k}`: {e}"))?;
            }
            if let Some(p) = ct.properties.iter().find(|p| !p.nullable && !obj.contains_key(&p.name)) {
                return Err(format!("member `{}` of {name} is required", p.name));
            }
            true
        }
        EdmType::Collection(inner) => {
            let Some(items) = v.as_array() else { return Err(bad()) };
            for (i, x) in items.iter().enumerate() {
                if x.is_null() {
                    return Err(format!("element {i} is null; expected {}", expected(inner)));
                }
                check_value(model, inner, x).map_err(|e| format!("element {i}: {e}"))?;
            }
            true
        }
        t => match int_range(t) {
            Some((lo, hi)) => v.as_i64().is_some_and(|n| n >= lo && n <= hi),
            None => v.is_string(),
        },
    };
    if ok { Ok(()) } else { Err(bad()) }
}

fn check_nullable(model: &CsdlModel, p: &Property, v: &Json) -> Result<(), String> {
    if v.is_null() {
        return if p.nullable { Ok(()) } else { Err(format!("may not be null (expected {})", expected(&p.ty))) };
    }
    check_value(model, &p.ty, v)
}

/// Checks one property value, as a 422 naming the property.
pub fn check_property(model: &CsdlModel, p: &Property, v: &Json) -> Result<(), ODataError> {
    check_nullable(model, p, v)
        .map_err(|e| ODataError::unprocessable(format!("property `{}`: {e}", p.name)).with_target(p.name.clone()))
}

/// The `DefaultValue` of a property as JSON of its type.
pub fn default_value(p: &Property) -> Option<Json> {
    let d = p.default_value.as_deref()?;
    Some(match &p.ty {
        EdmType::Boolean => Json::Bool(d.trim() == "true"),
        t if int_range(t).is_some() => d.trim().parse::<i64>().map_or_else(|_| Json::String(d.into()), Json::from),
        EdmType::Decimal | EdmType::Double | EdmType::Single => d
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(Json::String(d.into()), Json::Number),
        _ => Json::String(d.to_string()),
    })
}

fn unknown_property(ety: &EntityType, name: &str) -> ODataError {
    let known: Vec<&str> = ety.properties.iter().map(|p| p.name.as_str()).collect();
    ODataError::unprocessable(format!("unknown property `{name}` of {}; known: {}", ety.name, known.join(", ")))
        .with_target(name.to_string())
}

/// A validated create body: the id if one was given, and every declared property (except
/// `Id`): given, defaulted, or null.
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    pub id: Option<String>,
    pub fields: Fields,
}

/// Validates a create body against the entity type; `status`, if given, must be `initial`.
pub fn validate_create(
    model: &CsdlModel,
    ety: &EntityType,
    body: &Fields,
    initial: &str,
) -> Result<Created, ODataError> {
    let mut id = None;
    for (k, v) in body {
        if k.starts_with('@') {
            continue;
        }
        if k == "Id" {
            match v.as_str() {
                Some(s) if !s.is_empty() && s.len() <= 256 => id = Some(s.to_string()),
                _ => {
                    return Err(ODataError::unprocessable(format!(
                        "property `Id`: expected a non-empty string of at most 256 characters, got {}",
                        got(v)
                    ))
                    .with_target("Id"));
                }
            }
            continue;
        }
        let declared = ety.properties.iter().find(|p| &p.name == k);
        if k == "status" && declared.is_none() {
            if v.as_str() != Some(initial) {
                return Err(ODataError::unprocessable(format!(
                    "`status` of a new {} must be its initial state `{initial}` (or be left out), got {v}",
                    ety.name
                ))
                .with_target("status"));
            }
            continue;
        }
        let Some(p) = declared else { return Err(unknown_property(ety, k)) };
        check_property(model, p, v)?;
    }
    let mut fields = Fields::new();
    for p in ety.properties.iter().filter(|p| p.name != "Id") {
        let v = match body.get(&p.name) {
            Some(v) => v.clone(),
            None => match default_value(p) {
                Some(d) => d,
                None if !p.nullable => {
                    return Err(ODataError::unprocessable(format!(
                        "property `{}` is required: it is not nullable and has no default (expected {})",
                        p.name,
                        expected(&p.ty)
                    ))
                    .with_target(p.name.clone()));
                }
                None => Json::Null,
            },
        };
        fields.insert(p.name.clone(), v);
    }
    Ok(Created { id, fields })
}

/// Validates a PATCH body: only given properties; `Id` and `status` are not patchable, nor
/// are properties for which `locked` returns a reason.
pub fn validate_patch(
    model: &CsdlModel,
    ety: &EntityType,
    body: &Fields,
    locked: &dyn Fn(&str) -> Option<String>,
) -> Result<Fields, ODataError> {
    let mut out = Fields::new();
    for (k, v) in body {
        if k.starts_with('@') {
            continue;
        }
        if k == "Id" || (k == "status" && !ety.properties.iter().any(|p| p.name == "status")) {
            let why = if k == "Id" { "the key" } else { "changed only by bound actions" };
            return Err(ODataError::unprocessable(format!("property `{k}` cannot be patched: it is {why}"))
                .with_target(k.clone()));
        }
        let Some(p) = ety.properties.iter().find(|p| &p.name == k) else { return Err(unknown_property(ety, k)) };
        if let Some(reason) = locked(k) {
            return Err(
                ODataError::unprocessable(format!("property `{k}` cannot be patched: {reason}")).with_target(k.clone())
            );
        }
        check_property(model, p, v)?;
        out.insert(k.clone(), v.clone());
    }
    Ok(out)
}

/// The request body as a JSON object (`empty_ok`: an empty body is `{}`). Malformed JSON is a
/// 400 with serde's line and column.
pub fn parse_body(body: &[u8], empty_ok: bool) -> Result<Fields, ODataError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return if empty_ok {
            Ok(Fields::new())
        } else {
            Err(ODataError::bad_request("the request body is empty; send a JSON object"))
        };
    }
    match serde_json::from_slice::<Json>(body) {
        Ok(Json::Object(m)) => Ok(m),
        Ok(other) => {
            Err(ODataError::bad_request(format!("the request body must be a JSON object, not {}", got(&other))))
        }
        Err(e) => {
            Err(ODataError::bad_request(format!("malformed JSON at line {} column {}: {e}", e.line(), e.column())))
        }
    }
}

/// Whether `v` fits a spec variable type.
pub fn fits_var(type_name: &str, v: &Json) -> bool {
    match type_name {
        "string" => v.is_string(),
        "bool" => v.is_boolean(),
        "int" => v.is_i64(),
        "counter" => v.as_i64().is_some_and(|n| n >= 0),
        "list" => v.as_array().is_some_and(|a| a.iter().all(Json::is_string)),
        _ => false,
    }
}

/// Each variable's value from the fields (a missing or null field gives the initial value);
/// a field of the wrong type is a 422.
pub fn vars_from_fields(vars: &[VarInfo], fields: &Fields) -> Result<Vec<Json>, ODataError> {
    vars.iter()
        .map(|var| match fields.get(&var.name) {
            None | Some(Json::Null) => Ok(var.initial.clone()),
            Some(v) if fits_var(&var.type_name, v) => Ok(v.clone()),
            Some(v) => Err(ODataError::unprocessable(format!(
                "property `{}` sets the state variable `{}` of type {}, which cannot hold {}",
                var.name,
                var.name,
                var.type_name,
                got(v)
            ))
            .with_target(var.name.clone())),
        })
        .collect()
}

/// EDM type → query property type (`None`: not queryable).
pub fn prop_type(ty: &EdmType) -> Option<PropType> {
    Some(match ty {
        EdmType::Boolean => PropType::Bool,
        EdmType::Decimal | EdmType::Double | EdmType::Single => PropType::Decimal,
        EdmType::Date => PropType::Date,
        EdmType::DateTimeOffset => PropType::DateTime,
        EdmType::Guid => PropType::Guid,
        EdmType::String | EdmType::TimeOfDay | EdmType::Duration | EdmType::Enum(_) => PropType::String,
        EdmType::Collection(inner) if matches!(**inner, EdmType::String | EdmType::Enum(_)) => PropType::StringList,
        t if int_range(t).is_some() => PropType::Int,
        _ => return None,
    })
}

/// The schema `$filter`/`$select`/`$orderby` are checked against and the host queries with.
pub fn query_schema(ety: &EntityType) -> BTreeMap<String, PropType> {
    let mut s: BTreeMap<String, PropType> =
        ety.properties.iter().filter_map(|p| Some((p.name.clone(), prop_type(&p.ty)?))).collect();
    s.insert("Id".into(), PropType::String);
    s.entry("status".into()).or_insert(PropType::String);
    s
}

/// A JSON object whose members keep their order (the workspace's `serde_json` sorts maps);
/// values are kept rendered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj(pub Vec<(String, String)>);

impl Obj {
    pub fn push(&mut self, k: impl Into<String>, v: Json) {
        self.0.push((k.into(), v.to_string()));
    }

    /// Adds a member whose value is already rendered JSON.
    pub fn push_raw(&mut self, k: impl Into<String>, rendered: String) {
        self.0.push((k.into(), rendered));
    }

    pub fn render(&self) -> String {
        let members: Vec<String> = self.0.iter().map(|(k, v)| format!("{}:{v}", Json::String(k.clone()))).collect();
        format!("{{{}}}", members.join(","))
    }
}

/// One stored entity as the client sees it.
pub struct View<'a> {
    pub id: &'a str,
    pub status: &'a str,
    pub seq: u64,
    pub fields: &'a Fields,
}

/// Renders an entity: context (if any), ETag, `Id`, `status`, then the declared properties in
/// order; `select` keeps only the named ones (`Id` and the ETag always stay).
pub fn render(ety: &EntityType, view: &View<'_>, context: Option<&str>, select: Option<&[String]>) -> Obj {
    let wanted = |n: &str| select.is_none_or(|s| s.iter().any(|x| x == n || x == "*"));
    let mut o = Obj::default();
    if let Some(c) = context {
        o.push("@odata.context", Json::String(c.to_string()));
    }
    o.push("@odata.etag", Json::String(crate::request::etag(view.seq)));
    o.push("Id", Json::String(view.id.to_string()));
    if wanted("status") || select.is_some_and(|s| s.iter().any(|x| x == "Status")) {
        o.push("status", Json::String(view.status.to_string()));
    }
    for p in ety.properties.iter().filter(|p| p.name != "Id" && p.name != "status") {
        if wanted(&p.name) {
            o.push(p.name.clone(), view.fields.get(&p.name).cloned().unwrap_or(Json::Null));
        }
    }
    o
}

#[cfg(test)]
#[path = "entity_tests.rs"]
mod tests;
