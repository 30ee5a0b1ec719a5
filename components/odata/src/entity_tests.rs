//! Tests of body validation, variable typing, the query schema and rendering.
#![allow(clippy::unwrap_used)]

use super::*;
use serde_json::json;
use temper_spec::csdl::parse_csdl;

const CSDL: &str = r#"<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="T" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="Task">
        <Key><PropertyRef Name="Id"/></Key>
        <Property Name="Id" Type="Edm.String" Nullable="false"/>
        <Property Name="title" Type="Edm.String"/>
        <Property Name="priority" Type="Edm.String" Nullable="false" DefaultValue="medium"/>
        <Property Name="points" Type="Edm.Int32" Nullable="false" DefaultValue="0"/>
        <Property Name="owner" Type="Edm.String" Nullable="false"/>
        <Property Name="labels" Type="Collection(Edm.String)"/>
        <Property Name="done" Type="Edm.Boolean"/>
        <Property Name="due" Type="Edm.Date"/>
      </EntityType>
      <EntityContainer Name="C"><EntitySet Name="Tasks" EntityType="T.Task"/></EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

fn model() -> CsdlModel {
    parse_csdl("m.csdl.xml", CSDL).unwrap()
}

fn obj(v: Json) -> Fields {
    v.as_object().cloned().unwrap()
}

#[test]
fn create_fills_defaults_and_nulls() {
    let m = model();
    let t = m.entity_type("Task").unwrap();
    let c = validate_create(&m, t, &obj(json!({"owner": "ann", "Id": "t1", "status": "Open"})), "Open").unwrap();
    assert_eq!(c.id.as_deref(), Some("t1"));
    assert_eq!(c.fields["priority"], json!("medium"));
    assert_eq!(c.fields["points"], json!(0));
    assert_eq!(c.fields["title"], Json::Null);
    assert!(!c.fields.contains_key("Id"));
}

#[test]
fn create_errors_are_422_and_name_the_property() {
    let m = model();
    let t = m.entity_type("Task").unwrap();
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "nope": 1})), "Open").unwrap_err();
    assert_eq!((e.status, e.target.as_deref()), (422, Some("nope")));
    assert!(e.message.contains("known: Id, title"));
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "points": "3"})), "Open").unwrap_err();
    assert!(e.message.contains("points") && e.message.contains("Edm.Int32"), "{}", e.message);
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "points": 1i64 << 40})), "Open").unwrap_err();
    assert_eq!(e.status, 422);
    let e = validate_create(&m, t, &obj(json!({})), "Open").unwrap_err();
    assert!(e.message.contains("`owner` is required"), "{}", e.message);
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "status": "Done"})), "Open").unwrap_err();
    assert!(e.message.contains("initial state `Open`"));
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "labels": ["x", 1]})), "Open").unwrap_err();
    assert!(e.message.contains("element 1"), "{}", e.message);
    let e = validate_create(&m, t, &obj(json!({"owner": "a", "due": "tomorrow"})), "Open").unwrap_err();
    assert!(e.message.contains("Edm.Date"));
    let e = validate_create(&m, t, &obj(json!({"owner": null})), "Open").unwrap_err();
    assert!(e.message.contains("may not be null"));
    assert!(validate_create(&m, t, &obj(json!({"owner": "a", "due": "2024-02-01", "done": true})), "Open").is_ok());
}

#[test]
fn patch_refuses_key_status_and_locked() {
    let m = model();
    let t = m.entity_type("Task").unwrap();
    let none = |_: &str| None;
    assert_eq!(validate_patch(&m, t, &obj(json!({"Id": "x"})), &none).unwrap_err().status, 422);
    assert_eq!(validate_patch(&m, t, &obj(json!({"status": "x"})), &none).unwrap_err().status, 422);
    let locked = |n: &str| (n == "done").then(|| "a bool variable".to_string());
    assert!(validate_patch(&m, t, &obj(json!({"done": true})), &locked).unwrap_err().message.contains("bool"));
    let ok = validate_patch(&m, t, &obj(json!({"title": "x", "@odata.type": "#T.Task"})), &none).unwrap();
    assert_eq!(ok, obj(json!({"title": "x"})));
}

#[test]
fn variables_from_fields() {
    let vars = vec![
        VarInfo { name: "title".into(), type_name: "string".into(), initial: json!("") },
        VarInfo { name: "points".into(), type_name: "counter".into(), initial: json!(0) },
        VarInfo { name: "labels".into(), type_name: "list".into(), initial: json!([]) },
    ];
    let got = vars_from_fields(&vars, &obj(json!({"title": null, "points": 3}))).unwrap();
    assert_eq!(got, vec![json!(""), json!(3), json!([])]);
    assert_eq!(vars_from_fields(&vars, &obj(json!({"points": -1}))).unwrap_err().status, 422);
}

#[test]
fn body_parsing() {
    assert_eq!(parse_body(b"", true).unwrap(), Fields::new());
    assert_eq!(parse_body(b" ", false).unwrap_err().status, 400);
    let e = parse_body(b"{\n \"a\": }", false).unwrap_err();
    assert!(e.message.contains("line 2 column"), "{}", e.message);
    assert!(parse_body(b"[1]", false).unwrap_err().message.contains("an array"));
}

#[test]
fn schema_and_render() {
    let m = model();
    let t = m.entity_type("Task").unwrap();
    let s = query_schema(t);
    assert_eq!(s["points"], PropType::Int);
    assert_eq!(s["labels"], PropType::StringList);
    assert_eq!(s["status"], PropType::String);
    let fields = obj(json!({"title": "x", "points": 2, "Id": "t1"}));
    let view = View { id: "t1", status: "Open", seq: 3, fields: &fields };
    let out = render(t, &view, Some("ctx"), None).render();
    assert!(
        out.starts_with(r#"{"@odata.context":"ctx","@odata.etag":"W/\"3\"","Id":"t1","status":"Open","title":"x""#)
    );
    let sel = vec!["points".to_string()];
    let out = render(t, &view, None, Some(&sel)).render();
    assert_eq!(out, r#"{"@odata.etag":"W/\"3\"","Id":"t1","points":2}"#);
}
