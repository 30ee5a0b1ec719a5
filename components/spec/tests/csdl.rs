//! Tests of the CSDL parser: realistic models parsed field by field, the model's lookup helpers,
//! one test per error class (exact message, line, column), and a golden diagnostics file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::csdl::{
    ActionDef, AnnotationValue, CsdlModel, EdmType, EntitySet, NavigationProperty, Parameter,
    parse_csdl,
};
use temper_spec::diag::{Diagnostic, Pos, Severity};

const TASKS: &str = include_str!("fixtures/csdl/tasks.csdl.xml");
const KNOWLEDGE: &str = include_str!("fixtures/csdl/knowledge.csdl.xml");
const BROKEN: &str = include_str!("fixtures/csdl/broken.csdl.xml");
const BROKEN_EXPECTED: &str = include_str!("fixtures/csdl/broken.expected.txt");

fn ok(xml: &str) -> CsdlModel {
    match parse_csdl("model.csdl.xml", xml) {
        Ok(m) => m,
        Err(d) => panic!("expected the model to parse, got:\n{d}"),
    }
}

fn errors(xml: &str) -> Vec<Diagnostic> {
    match parse_csdl("model.csdl.xml", xml) {
        Ok(m) => panic!("expected errors, got a model: {m:#?}"),
        Err(d) => d.errors().cloned().collect(),
    }
}

/// The single error of `xml`.
fn error(xml: &str) -> Diagnostic {
    let errs = errors(xml);
    assert_eq!(errs.len(), 1, "expected exactly one error, got: {errs:#?}");
    errs.into_iter().next().unwrap()
}

/// Asserts position, section, key and message of a diagnostic, and that it has help.
fn check(d: &Diagnostic, line: u32, column: u32, section: &str, key: &str, message: &str) {
    assert_eq!(
        (
            d.line,
            d.column,
            d.section.as_str(),
            d.key.as_str(),
            d.message.as_str()
        ),
        (line, column, section, key, message),
        "full diagnostic: {d}"
    );
    assert_eq!(d.file, "model.csdl.xml");
    assert!(!d.help.is_empty(), "diagnostic without help: {d}");
}

/// A document whose schema body starts on line 4, column 1.
fn doc(body: &str) -> String {
    format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
         <edmx:DataServices>\n\
         <Schema Namespace=\"Temper.Tasks\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n\
         {body}\n\
         </Schema>\n\
         </edmx:DataServices>\n\
         </edmx:Edmx>\n"
    )
}

/// A valid entity type `Task` (lines 4–7) followed by `rest` (from line 8).
fn with_task(rest: &str) -> String {
    doc(&format!(
        "<EntityType Name=\"Task\">\n\
         <Key><PropertyRef Name=\"Id\"/></Key>\n\
         <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
         </EntityType>\n\
         {rest}"
    ))
}

fn pos(line: u32, column: u32) -> Pos {
    Pos { line, column }
}

#[test]
fn realistic_tasks_model() {
    let m = ok(TASKS);
    assert_eq!(m.version, "4.0");
    assert_eq!(m.schemas.len(), 1);
    let s = &m.schemas[0];
    assert_eq!(s.namespace, "Temper.Tasks");
    assert_eq!(s.alias.as_deref(), Some("T"));

    // The only warning: `<Term>` is not read.
    let warnings: Vec<_> = m.warnings.0.iter().collect();
    assert_eq!(warnings.len(), 1, "{}", m.warnings);
    assert_eq!(warnings[0].severity, Severity::Warning);
    assert_eq!(
        warnings[0].message,
        "unsupported element `Term` inside `Schema` is ignored"
    );
    assert_eq!((warnings[0].line, warnings[0].column), (62, 7));
    assert_eq!(warnings[0].section, "Schema Temper.Tasks");

    let kind = &s.enum_types[0];
    assert_eq!(
        (kind.name.as_str(), kind.namespace.as_str()),
        ("Kind", "Temper.Tasks")
    );
    let members: Vec<(&str, i64)> = kind.members.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    assert_eq!(
        members,
        [("Bug", 0), ("Feature", 1), ("Chore", 10), ("Spike", 11)]
    );
    assert_eq!(kind.pos, pos(5, 7));

    let est = &s.complex_types[0];
    assert_eq!(est.name, "Estimate");
    assert_eq!(est.properties[0].ty, EdmType::Int32);
    assert!(!est.properties[0].nullable);
    assert_eq!(est.properties[1].ty, EdmType::Double);

    assert_eq!(s.entity_types.len(), 2);
    let task = &s.entity_types[0];
    assert_eq!(task.name, "Task");
    assert_eq!(task.namespace, "Temper.Tasks");
    assert_eq!(task.keys, ["Id"]);
    assert_eq!(task.pos, pos(15, 7));
    let props: Vec<(&str, &EdmType, bool)> = task
        .properties
        .iter()
        .map(|p| (p.name.as_str(), &p.ty, p.nullable))
        .collect();
    assert_eq!(
        props,
        [
            ("Id", &EdmType::String, false),
            ("Title", &EdmType::String, false),
            ("Priority", &EdmType::Int32, true),
            ("DueDate", &EdmType::DateTimeOffset, true),
            (
                "Tags",
                &EdmType::Collection(Box::new(EdmType::String)),
                true
            ),
            ("Kind", &EdmType::Enum("Temper.Tasks.Kind".into()), false),
            (
                "Estimate",
                &EdmType::Complex("Temper.Tasks.Estimate".into()),
                true
            ),
            ("AssigneeId", &EdmType::String, true),
        ]
    );
    let title = &task.properties[1];
    assert_eq!(title.max_length, Some(200));
    assert_eq!(title.default_value, None);
    assert_eq!(title.pos, pos(18, 9));
    assert_eq!(task.properties[2].default_value.as_deref(), Some("3"));
    assert_eq!(task.properties[5].default_value.as_deref(), Some("Feature"));
    assert_eq!(task.properties[0].max_length, None);

    assert_eq!(
        task.navigation,
        [NavigationProperty {
            name: "Assignee".into(),
            target: "Temper.Tasks.User".into(),
            collection: false,
            nullable: true,
            partner: Some("Tasks".into()),
            referential: vec![("AssigneeId".into(), "Id".into())],
            pos: pos(24, 9),
        }]
    );
    let user = &s.entity_types[1];
    assert_eq!(user.properties[0].ty, EdmType::Guid);
    assert_eq!(user.navigation[0].target, "Temper.Tasks.Task");
    assert!(user.navigation[0].collection);
    assert!(!user.navigation[0].nullable);

    let ann: Vec<(&str, &AnnotationValue)> = task
        .annotations
        .iter()
        .map(|a| (a.term.as_str(), &a.value))
        .collect();
    assert_eq!(
        ann,
        [
            (
                "Core.Description",
                &AnnotationValue::String("A unit of work".into())
            ),
            ("Temper.Searchable", &AnnotationValue::Bool(true)),
            ("Temper.Rank", &AnnotationValue::Int(-7)),
            ("Temper.Weight", &AnnotationValue::Float(0.5)),
            (
                "Temper.Indexed",
                &AnnotationValue::Strings(vec!["Title".into(), "Tags".into()])
            ),
            (
                "Temper.Owner",
                &AnnotationValue::Record(vec![
                    ("team".into(), "core".into()),
                    ("level".into(), "2".into())
                ])
            ),
            ("Temper.Audited", &AnnotationValue::None),
        ]
    );

    assert_eq!(s.actions.len(), 3);
    assert_eq!(
        s.actions[0],
        ActionDef {
            name: "Start".into(),
            namespace: "Temper.Tasks".into(),
            is_bound: true,
            binding_type: Some("Temper.Tasks.Task".into()),
            binding_collection: false,
            params: vec![Parameter {
                name: "startedBy".into(),
                ty: EdmType::String,
                nullable: false,
                pos: pos(47, 9),
            }],
            return_type: None,
            pos: pos(45, 7),
        }
    );
    let complete = &s.actions[1];
    assert_eq!(complete.binding_type.as_deref(), Some("Temper.Tasks.Task"));
    let params: Vec<(&str, &EdmType, bool)> = complete
        .params
        .iter()
        .map(|p| (p.name.as_str(), &p.ty, p.nullable))
        .collect();
    assert_eq!(
        params,
        [
            ("note", &EdmType::String, true),
            ("hours", &EdmType::Decimal, false)
        ]
    );
    assert_eq!(
        complete.return_type,
        Some(EdmType::Entity("Temper.Tasks.Task".into()))
    );
    let purge = &s.actions[2];
    assert!(!purge.is_bound);
    assert_eq!(purge.binding_type, None);
    assert_eq!(purge.params[0].ty, EdmType::Date);

    let overdue = &s.functions[0];
    assert_eq!(overdue.name, "Overdue");
    assert!(overdue.binding_collection);
    assert_eq!(overdue.binding_type.as_deref(), Some("Temper.Tasks.Task"));
    assert!(overdue.params.is_empty());
    assert_eq!(
        overdue.return_type,
        Some(EdmType::Collection(Box::new(EdmType::Entity(
            "Temper.Tasks.Task".into()
        ))))
    );

    let c = &s.containers[0];
    assert_eq!(c.name, "Container");
    assert_eq!(
        c.entity_sets,
        [
            EntitySet {
                name: "Tasks".into(),
                entity_type: "Temper.Tasks.Task".into(),
                nav_bindings: vec![("Assignee".into(), "Users".into())],
                pos: pos(64, 9),
            },
            EntitySet {
                name: "Users".into(),
                entity_type: "Temper.Tasks.User".into(),
                nav_bindings: vec![],
                pos: pos(67, 9),
            },
        ]
    );
}

#[test]
fn model_lookup_helpers() {
    let m = ok(TASKS);
    assert_eq!(m.entity_type("Task").map(|t| t.name.as_str()), Some("Task"));
    assert_eq!(
        m.entity_type("Temper.Tasks.User").map(|t| t.name.as_str()),
        Some("User")
    );
    assert!(m.entity_type("Other.Task").is_none());
    assert!(m.entity_type("Kind").is_none());
    assert_eq!(
        m.entity_sets().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Tasks", "Users"]
    );
    assert_eq!(
        m.entity_set_for_type("Task").map(|s| s.name.as_str()),
        Some("Tasks")
    );
    assert_eq!(
        m.entity_set_for_type("Temper.Tasks.User")
            .map(|s| s.name.as_str()),
        Some("Users")
    );
    assert!(m.entity_set_for_type("Nope").is_none());
    let bound: Vec<&str> = m.bound_actions("Task").map(|a| a.name.as_str()).collect();
    assert_eq!(bound, ["Start", "Complete"]);
    assert_eq!(m.bound_actions("Temper.Tasks.User").count(), 0);
    assert_eq!(m.bound_actions("Nope").count(), 0);
    assert_eq!(m.enum_type("Kind").map(|e| e.members.len()), Some(4));
    assert!(m.enum_type("Temper.Tasks.Kind").is_some());
    assert!(m.complex_type("Estimate").is_some());
    assert_eq!(m.functions().count(), 1);
    assert_eq!(
        EdmType::Collection(Box::new(EdmType::Int64)).to_string(),
        "Collection(Edm.Int64)"
    );
    assert_eq!(
        EdmType::Enum("Temper.Tasks.Kind".into()).to_string(),
        "Temper.Tasks.Kind"
    );
}

#[test]
fn seed_knowledge_model_parses() {
    let m = ok(KNOWLEDGE);
    assert!(m.warnings.is_empty(), "{}", m.warnings);
    let k = m.entity_type("Knowledge").unwrap();
    assert_eq!(k.keys, ["Id"]);
    let links = &k.properties[3];
    assert_eq!(
        (links.name.as_str(), &links.ty, links.nullable),
        ("links", &EdmType::Int64, false)
    );
    assert_eq!(links.default_value.as_deref(), Some("0"));
    let actions: Vec<&ActionDef> = m.bound_actions("Temper.Knowledge.Knowledge").collect();
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0].name, "Index");
    assert!(actions[0].params.is_empty());
    assert_eq!(actions[1].params[0].name, "related");
    assert_eq!(
        actions[1].params[0].ty,
        EdmType::Collection(Box::new(EdmType::String))
    );
    assert_eq!(
        m.entity_set_for_type("Knowledge").unwrap().name,
        "KnowledgeEntries"
    );
}

#[test]
fn golden_broken_document() {
    let diags = parse_csdl("broken.csdl.xml", BROKEN).unwrap_err();
    let actual = diags.to_string();
    if std::env::var_os("CSDL_BLESS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/csdl/broken.expected.txt"
        );
        std::fs::write(path, &actual).unwrap();
        return;
    }
    assert_eq!(
        actual, BROKEN_EXPECTED,
        "rerun with CSDL_BLESS=1 to update the golden file"
    );
}

// ---- one test per error class -------------------------------------------------------------
// `doc` puts the body on line 4; `with_task` declares a valid `Task` on lines 4–7.

#[test]
fn malformed_xml() {
    let xml = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n  <Schema Name=x/>\n</edmx:Edmx>";
    let d = error(xml);
    check(&d, 2, 16, "", "", "malformed XML: expected a quote not `x`");
    let d = error("<a><b></a>");
    check(&d, 1, 7, "", "", "malformed XML: expected `b` tag, not `a`");
}

#[test]
fn wrong_root() {
    let d = error("<?xml version=\"1.0\"?>\n<Schema Namespace=\"X\"/>");
    check(
        &d,
        2,
        1,
        "Edmx",
        "",
        "root element is `Schema`, expected `edmx:Edmx`",
    );
    let v3 =
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\"/>";
    let d = error(v3);
    let msg = "root element is `Edmx` in namespace `http://schemas.microsoft.com/ado/2007/06/edmx`, \
               expected `edmx:Edmx`";
    check(&d, 1, 1, "Edmx", "", msg);
}

#[test]
fn unsupported_version_and_missing_version() {
    let xml = doc("").replace("Version=\"4.0\"", "Version=\"3.0\"");
    let d = error(&xml);
    check(
        &d,
        1,
        12,
        "Edmx",
        "Version",
        "unsupported CSDL version `3.0`",
    );
    let xml = doc("").replace("Version=\"4.0\" ", "");
    let d = error(&xml);
    check(
        &d,
        1,
        1,
        "Edmx",
        "Version",
        "missing required attribute `Version` on `<Edmx>`",
    );
}

#[test]
fn missing_data_services_or_schema() {
    let ns = "xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\"";
    let d = error(&format!("<edmx:Edmx Version=\"4.0\" {ns}/>"));
    check(&d, 1, 1, "Edmx", "", "missing `edmx:DataServices` element");
    let d = error(&format!(
        "<edmx:Edmx Version=\"4.0\" {ns}>\n  <edmx:DataServices/>\n</edmx:Edmx>"
    ));
    check(
        &d,
        2,
        3,
        "DataServices",
        "",
        "`edmx:DataServices` contains no `Schema`",
    );
}

#[test]
fn schema_in_wrong_namespace() {
    let xml = doc("").replace(
        "http://docs.oasis-open.org/odata/ns/edm\"",
        "http://schemas.microsoft.com/ado/2009/11/edm\"",
    );
    let d = error(&xml);
    let msg = "`Schema` is in namespace `http://schemas.microsoft.com/ado/2009/11/edm`, expected the \
               OData v4 EDM namespace";
    check(&d, 3, 1, "Schema", "xmlns", msg);
}

#[test]
fn missing_namespace() {
    let xml = doc("").replace("Namespace=\"Temper.Tasks\" ", "");
    let d = error(&xml);
    check(
        &d,
        3,
        1,
        "Schema",
        "Namespace",
        "missing required attribute `Namespace` on `<Schema>`",
    );
    assert_eq!(
        d.help,
        "add `Namespace=\"Temper.MyApp\"` to the `<Schema>` element"
    );
}

#[test]
fn missing_property_type() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(
        &d,
        6,
        1,
        "EntityType Task",
        "Type",
        "missing required attribute `Type` on `<Property>`",
    );
    assert_eq!(
        d.help,
        "add `Type=\"Edm.String\"` to the `<Property>` element"
    );
}

#[test]
fn empty_and_invalid_names() {
    let errs = errors(&with_task(
        "<EntityType Name=\"\"/>\n<EnumType Name=\"Bad Name\"><Member Name=\"A\"/></EnumType>",
    ));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    check(
        &errs[0],
        8,
        13,
        "EntityType",
        "Name",
        "attribute `Name` of `<EntityType>` is empty",
    );
    check(
        &errs[1],
        9,
        11,
        "EnumType",
        "Name",
        "`Bad Name` is not a valid name",
    );
}

#[test]
fn entity_type_without_key() {
    let d = error(&doc(
        "<EntityType Name=\"Note\">\n<Property Name=\"Id\" Type=\"Edm.String\"/>\n</EntityType>",
    ));
    check(
        &d,
        4,
        1,
        "EntityType Note",
        "Key",
        "entity type `Note` has no `Key`",
    );
    assert!(
        d.help.contains("<Key><PropertyRef Name=\"Id\"/></Key>"),
        "{}",
        d.help
    );
}

#[test]
fn key_names_unknown_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Code\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(
        &d,
        5,
        19,
        "EntityType Task",
        "Name",
        "key names unknown property `Code`",
    );
    assert!(
        d.help.ends_with("key on a declared property: Id"),
        "{}",
        d.help
    );
}

#[test]
fn nullable_key_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"true\"/>\n\
                        </EntityType>"));
    check(
        &d,
        6,
        39,
        "EntityType Task",
        "Nullable",
        "key property `Id` is nullable",
    );
    // Without an explicit `Nullable`, the property element is pointed at.
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\"/>\n\
                        </EntityType>"));
    check(
        &d,
        6,
        1,
        "EntityType Task",
        "Nullable",
        "key property `Id` is nullable",
    );
}

#[test]
fn duplicate_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        <Property Name=\"Id\" Type=\"Edm.Int32\"/>\n\
                        </EntityType>"));
    check(
        &d,
        7,
        11,
        "EntityType Task",
        "Name",
        "duplicate property `Id`",
    );
    assert_eq!(
        d.help,
        "`Id` is already declared at line 6; rename or remove one"
    );
}

#[test]
fn duplicate_entity_type() {
    let d = error(&with_task(
        "<EnumType Name=\"Task\"><Member Name=\"A\"/></EnumType>",
    ));
    check(
        &d,
        8,
        11,
        "EnumType Task",
        "Name",
        "duplicate type name `Task` in schema `Temper.Tasks`",
    );
}

#[test]
fn duplicate_entity_set() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n\
         <EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Task\"/>\n\
         <EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Task\"/>\n\
         </EntityContainer>",
    ));
    check(
        &d,
        10,
        12,
        "EntitySet Tasks",
        "Name",
        "duplicate entity set `Tasks`",
    );
}

#[test]
fn duplicate_bound_action() {
    let action = "<Action Name=\"Start\" IsBound=\"true\"><Parameter Name=\"t\" Type=\"Temper.Tasks.Task\"/></Action>";
    // The same name bound to another type, or unbound, is fine.
    ok(&with_task(&format!(
        "{action}\n<Action Name=\"Start\"/>\n<Function Name=\"Start\"><ReturnType Type=\"Edm.Int32\"/></Function>"
    )));
    let d = error(&with_task(&format!("{action}\n{action}")));
    check(
        &d,
        9,
        9,
        "Action Start",
        "Name",
        "duplicate action `Start` bound to `Temper.Tasks.Task`",
    );
}

#[test]
fn entity_set_unknown_entity_type() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n<EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Tsk\"/>\n</EntityContainer>",
    ));
    let msg = "entity set `Tasks` names unknown entity type `Temper.Tasks.Tsk`";
    check(&d, 9, 25, "EntitySet Tasks", "EntityType", msg);
    assert!(
        d.help
            .ends_with("use a qualified entity type name: Temper.Tasks.Task"),
        "{}",
        d.help
    );
}

#[test]
fn entity_set_without_entity_type() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n<EntitySet Name=\"Tasks\"/>\n</EntityContainer>",
    ));
    let msg = "missing required attribute `EntityType` on `<EntitySet>`";
    check(&d, 9, 1, "EntitySet Tasks", "EntityType", msg);
}

#[test]
fn bound_action_without_parameters() {
    let d = error(&with_task("<Action Name=\"Start\" IsBound=\"true\"/>"));
    check(
        &d,
        8,
        1,
        "Action Start",
        "IsBound",
        "bound action `Start` has no binding parameter",
    );
    assert_eq!(
        d.help,
        "add `<Parameter Name=\"bindingParameter\" Type=\"Temper.Tasks.Task\"/>` as the first \
         parameter, or write `IsBound=\"false\"`"
    );
}

#[test]
fn binding_parameter_not_an_entity() {
    let d = error(&with_task(
        "<Action Name=\"Start\" IsBound=\"true\"><Parameter Name=\"t\" Type=\"Edm.String\"/></Action>",
    ));
    let msg = "binding parameter `t` must have an entity type, found `Edm.String`";
    check(&d, 8, 37, "Action Start", "Type", msg);
}

#[test]
fn nullable_not_boolean() {
    let d = error(&with_task(
        "<Action Name=\"A\"><Parameter Name=\"p\" Type=\"Edm.String\" Nullable=\"False\"/></Action>",
    ));
    check(
        &d,
        8,
        56,
        "Action A",
        "Nullable",
        "`Nullable` must be `true` or `false`, found `False`",
    );
    let d = error(&with_task("<Action Name=\"A\" IsBound=\"1\"/>"));
    check(
        &d,
        8,
        18,
        "Action A",
        "IsBound",
        "`IsBound` must be `true` or `false`, found `1`",
    );
}

#[test]
fn unknown_primitive_type() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.Strin\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(
        &d,
        6,
        21,
        "EntityType Task",
        "Type",
        "unknown primitive type `Edm.Strin` for property `Id`",
    );
    assert!(
        d.help.starts_with(
            "did you mean `Edm.String`? supported primitive types: Edm.String, Edm.Boolean"
        ),
        "{}",
        d.help
    );
}

#[test]
fn unresolved_type_name() {
    let d = error(&with_task(
        "<ComplexType Name=\"C\"><Property Name=\"k\" Type=\"Temper.Tasks.Kind\"/></ComplexType>",
    ));
    check(
        &d,
        8,
        42,
        "ComplexType C",
        "Type",
        "unknown type `Temper.Tasks.Kind` for property `k`",
    );
    assert_eq!(
        d.help,
        "declare it as an EntityType, ComplexType or EnumType, or use a declared type: \
         Temper.Tasks.C, Temper.Tasks.Task, or a primitive such as `Edm.String`"
    );
    // Unqualified names get the qualified one suggested.
    let d = error(&with_task(
        "<ComplexType Name=\"C\"><Property Name=\"t\" Type=\"Collection(C)\"/></ComplexType>",
    ));
    assert_eq!(d.message, "unknown type `C` for property `t`");
    assert!(
        d.help
            .starts_with("type names must be qualified: did you mean `Temper.Tasks.C`?"),
        "{}",
        d.help
    );
}

#[test]
fn alias_and_forward_references_resolve() {
    let xml = doc("<EntityType Name=\"Task\">\n\
                   <Key><PropertyRef Name=\"Id\"/></Key>\n\
                   <Property Name=\"Id\" Type=\"Edm.Int64\" Nullable=\"false\"/>\n\
                   <Property Name=\"kind\" Type=\"Self.Kind\"/>\n\
                   </EntityType>\n\
                   <EnumType Name=\"Kind\"><Member Name=\"A\" Value=\"5\"/></EnumType>")
    .replace(
        "Namespace=\"Temper.Tasks\"",
        "Namespace=\"Temper.Tasks\" Alias=\"Self\"",
    );
    let m = ok(&xml);
    let t = m.entity_type("Task").unwrap();
    assert_eq!(
        t.properties[1].ty,
        EdmType::Enum("Temper.Tasks.Kind".into())
    );
}

#[test]
fn nested_collection_and_entity_typed_property() {
    let errs = errors(&with_task(
        "<ComplexType Name=\"C\">\n\
         <Property Name=\"a\" Type=\"Collection(Collection(Edm.String))\"/>\n\
         <Property Name=\"b\" Type=\"Temper.Tasks.Task\"/>\n\
         </ComplexType>",
    ));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    let msg = "nested collection type `Collection(Collection(Edm.String))` is not allowed for property `a`";
    check(&errs[0], 9, 20, "ComplexType C", "Type", msg);
    check(
        &errs[1],
        10,
        20,
        "ComplexType C",
        "Type",
        "property `b` has entity type `Temper.Tasks.Task`",
    );
}

#[test]
fn navigation_property_errors() {
    let errs = errors(&doc("<EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <NavigationProperty Name=\"tags\" Type=\"Collection(Edm.String)\"/>\n\
                           <NavigationProperty Name=\"parent\" Type=\"Temper.Tasks.Task\" Partner=\"kids\">\n\
                           <ReferentialConstraint Property=\"parentId\" ReferencedProperty=\"Id\"/>\n\
                           </NavigationProperty>\n\
                           </EntityType>"));
    assert_eq!(
        errs.len(),
        1,
        "only the first pass runs when it finds errors: {errs:#?}"
    );
    check(
        &errs[0],
        7,
        33,
        "EntityType Task",
        "Type",
        "navigation property `tags` must target an entity type, found `Collection(Edm.String)`",
    );
    // Once the types are right, the cross-reference checks report.
    let errs = errors(&doc("<EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <NavigationProperty Name=\"parent\" Type=\"Temper.Tasks.Task\" Partner=\"kids\">\n\
                           <ReferentialConstraint Property=\"parentId\" ReferencedProperty=\"Id\"/>\n\
                           </NavigationProperty>\n\
                           </EntityType>"));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    check(
        &errs[0],
        7,
        1,
        "EntityType Task",
        "Partner",
        "partner `kids` of navigation property `parent` is not a navigation property of `Temper.Tasks.Task`",
    );
    check(
        &errs[1],
        7,
        1,
        "EntityType Task",
        "Property",
        "referential constraint of navigation property `parent` names unknown property `parentId` of `Task`",
    );
}

#[test]
fn navigation_binding_errors() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n\
         <EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Task\">\n\
         <NavigationPropertyBinding Path=\"owner\" Target=\"Tasks\"/>\n\
         </EntitySet>\n\
         </EntityContainer>",
    ));
    check(
        &d,
        9,
        1,
        "EntitySet Tasks",
        "Path",
        "navigation binding path `owner` is not a navigation property of `Task`",
    );
}

#[test]
fn bad_default_values() {
    let errs = errors(&doc(
        "<EnumType Name=\"Kind\"><Member Name=\"A\"/></EnumType>\n\
                           <EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <Property Name=\"n\" Type=\"Edm.Byte\" DefaultValue=\"300\"/>\n\
                           <Property Name=\"b\" Type=\"Edm.Boolean\" DefaultValue=\"yes\"/>\n\
                           </EntityType>",
    ));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    let msg = "default value `300` of property `n` is not an integer in the type's range";
    check(&errs[0], 8, 36, "EntityType Task", "DefaultValue", msg);
    let msg = "default value `yes` of property `b` is not `true` or `false`";
    check(&errs[1], 9, 39, "EntityType Task", "DefaultValue", msg);
    // Enum defaults are checked against the members, after the first pass.
    let d = error(&doc(
        "<EnumType Name=\"Kind\"><Member Name=\"A\"/></EnumType>\n\
                        <EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        <Property Name=\"k\" Type=\"Temper.Tasks.Kind\" DefaultValue=\"B\"/>\n\
                        </EntityType>",
    ));
    let msg = "default value `B` of property `k` is not a member of `Temper.Tasks.Kind`";
    check(&d, 8, 1, "EntityType Task", "DefaultValue", msg);
    assert_eq!(d.help, "use one of: A");
}

#[test]
fn enum_errors() {
    let errs = errors(&doc(
        "<EnumType Name=\"Kind\" UnderlyingType=\"Edm.String\">\n\
                           <Member Name=\"A\" Value=\"x\"/>\n\
                           <Member Name=\"A\"/>\n\
                           </EnumType>\n\
                           <EnumType Name=\"Empty\"/>",
    ));
    assert_eq!(errs.len(), 4, "{errs:#?}");
    check(
        &errs[0],
        4,
        23,
        "EnumType Kind",
        "UnderlyingType",
        "unsupported enum underlying type `Edm.String`",
    );
    check(
        &errs[1],
        5,
        18,
        "EnumType Kind",
        "Value",
        "enum member value `x` is not an integer",
    );
    check(
        &errs[2],
        6,
        9,
        "EnumType Kind",
        "Name",
        "duplicate enum member `A`",
    );
    check(
        &errs[3],
        8,
        1,
        "EnumType Empty",
        "Member",
        "enum type `Empty` has no members",
    );
}

#[test]
fn function_without_return_type() {
    let d = error(&with_task("<Function Name=\"Count\"/>"));
    check(
        &d,
        8,
        1,
        "Function Count",
        "ReturnType",
        "function `Count` has no `ReturnType`",
    );
}

#[test]
fn inheritance_is_rejected() {
    let d = error(&with_task(
        "<EntityType Name=\"Sub\" BaseType=\"Temper.Tasks.Task\"/>",
    ));
    let msg = "entity type inheritance (`BaseType=\"Temper.Tasks.Task\"`) is not supported";
    check(&d, 8, 24, "EntityType Sub", "BaseType", msg);
}

#[test]
fn annotation_errors() {
    let errs = errors(&doc("<EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <Annotation Term=\"A\" Bool=\"yes\"/>\n\
                           <Annotation Term=\"B\" String=\"x\" Int=\"1\"/>\n\
                           <Annotation Bool=\"true\"/>\n\
                           </EntityType>"));
    assert_eq!(errs.len(), 3, "{errs:#?}");
    check(
        &errs[0],
        7,
        22,
        "EntityType Task",
        "Bool",
        "annotation `Bool` value `yes` is not `true` or `false`",
    );
    check(
        &errs[1],
        8,
        1,
        "EntityType Task",
        "Annotation",
        "annotation `B` has more than one value",
    );
    check(
        &errs[2],
        9,
        1,
        "EntityType Task",
        "Term",
        "missing required attribute `Term` on `<Annotation>`",
    );
}

#[test]
fn unknown_elements_are_warnings() {
    let m = ok(&doc("<EntityType Name=\"Task\">\n\
                     <Key><PropertyRef Name=\"Id\"/></Key>\n\
                     <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                     <Index/>\n\
                     </EntityType>\n\
                     <Term Name=\"T\" Type=\"Edm.String\"/>\n\
                     <Annotations Target=\"Temper.Tasks.Task\"/>"));
    let w: Vec<(u32, u32, &str, &str)> = m
        .warnings
        .0
        .iter()
        .map(|d| (d.line, d.column, d.section.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        w,
        [
            (
                7,
                1,
                "EntityType Task",
                "unsupported element `Index` inside `EntityType` is ignored"
            ),
            (
                9,
                1,
                "Schema Temper.Tasks",
                "unsupported element `Term` inside `Schema` is ignored"
            ),
            (
                10,
                1,
                "Schema Temper.Tasks",
                "unsupported element `Annotations` inside `Schema` is ignored"
            ),
        ]
    );
    assert!(
        m.warnings
            .0
            .iter()
            .all(|d| d.severity == Severity::Warning && !d.help.is_empty())
    );
}

#[test]
fn all_errors_are_collected_in_document_order() {
    let errs = errors(BROKEN);
    assert_eq!(errs.len(), 17);
    let mut sorted = errs.clone();
    sorted.sort_by_key(|d| (d.line, d.column));
    assert_eq!(errs, sorted);
}
