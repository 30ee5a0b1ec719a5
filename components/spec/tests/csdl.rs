//! Tests of the CSDL parser on valid models: a realistic model and the seed model parsed field
//! by field, the model's lookup helpers, and a golden file of a broken document's diagnostics.
//! Error classes are in `csdl_errors_*.rs`, property tests in `csdl_props.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::csdl::{
    ActionDef, AnnotationValue, CsdlModel, EdmType, EntitySet, NavigationProperty, Parameter, parse_csdl,
};
use temper_spec::diag::{Pos, Severity};

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

fn pos(line: u32, column: u32) -> Pos {
    Pos { line, column }
}

#[test]
fn csdl_realistic_tasks_model() {
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
    assert_eq!(warnings[0].message, "unsupported element `Term` inside `Schema` is ignored");
    assert_eq!((warnings[0].line, warnings[0].column), (62, 7));
    assert_eq!(warnings[0].section, "Schema Temper.Tasks");

    let kind = &s.enum_types[0];
    assert_eq!((kind.name.as_str(), kind.namespace.as_str()), ("Kind", "Temper.Tasks"));
    let members: Vec<(&str, i64)> = kind.members.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    assert_eq!(members, [("Bug", 0), ("Feature", 1), ("Chore", 10), ("Spike", 11)]);
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
    let props: Vec<(&str, &EdmType, bool)> =
        task.properties.iter().map(|p| (p.name.as_str(), &p.ty, p.nullable)).collect();
    assert_eq!(
        props,
        [
            ("Id", &EdmType::String, false),
            ("Title", &EdmType::String, false),
            ("Priority", &EdmType::Int32, true),
            ("DueDate", &EdmType::DateTimeOffset, true),
            ("Tags", &EdmType::Collection(Box::new(EdmType::String)), true),
            ("Kind", &EdmType::Enum("Temper.Tasks.Kind".into()), false),
            ("Estimate", &EdmType::Complex("Temper.Tasks.Estimate".into()), true),
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

    let ann: Vec<(&str, &AnnotationValue)> = task.annotations.iter().map(|a| (a.term.as_str(), &a.value)).collect();
    assert_eq!(
        ann,
        [
            ("Core.Description", &AnnotationValue::String("A unit of work".into())),
            ("Temper.Searchable", &AnnotationValue::Bool(true)),
            ("Temper.Rank", &AnnotationValue::Int(-7)),
            ("Temper.Weight", &AnnotationValue::Float(0.5)),
            ("Temper.Indexed", &AnnotationValue::Strings(vec!["Title".into(), "Tags".into()])),
            (
                "Temper.Owner",
                &AnnotationValue::Record(vec![("team".into(), "core".into()), ("level".into(), "2".into())])
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
            params: vec![Parameter { name: "startedBy".into(), ty: EdmType::String, nullable: false, pos: pos(47, 9) }],
            return_type: None,
            pos: pos(45, 7),
        }
    );
    let complete = &s.actions[1];
    assert_eq!(complete.binding_type.as_deref(), Some("Temper.Tasks.Task"));
    let params: Vec<(&str, &EdmType, bool)> =
        complete.params.iter().map(|p| (p.name.as_str(), &p.ty, p.nullable)).collect();
    assert_eq!(params, [("note", &EdmType::String, true), ("hours", &EdmType::Decimal, false)]);
    assert_eq!(complete.return_type, Some(EdmType::Entity("Temper.Tasks.Task".into())));
    let purge = &s.actions[2];
    assert!(!purge.is_bound);
    assert_eq!(purge.binding_type, None);
    assert_eq!(purge.params[0].ty, EdmType::Date);

    let overdue = &s.functions[0];
    assert_eq!(overdue.name, "Overdue");
    assert!(overdue.binding_collection);
    assert_eq!(overdue.binding_type.as_deref(), Some("Temper.Tasks.Task"));
    assert!(overdue.params.is_empty());
    assert_eq!(overdue.return_type, Some(EdmType::Collection(Box::new(EdmType::Entity("Temper.Tasks.Task".into())))));

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
fn csdl_model_lookup_helpers() {
    let m = ok(TASKS);
    assert_eq!(m.entity_type("Task").map(|t| t.name.as_str()), Some("Task"));
    assert_eq!(m.entity_type("Temper.Tasks.User").map(|t| t.name.as_str()), Some("User"));
    assert!(m.entity_type("Other.Task").is_none());
    assert!(m.entity_type("Kind").is_none());
    assert_eq!(m.entity_sets().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Tasks", "Users"]);
    assert_eq!(m.entity_set_for_type("Task").map(|s| s.name.as_str()), Some("Tasks"));
    assert_eq!(m.entity_set_for_type("Temper.Tasks.User").map(|s| s.name.as_str()), Some("Users"));
    assert!(m.entity_set_for_type("Nope").is_none());
    let bound: Vec<&str> = m.bound_actions("Task").map(|a| a.name.as_str()).collect();
    assert_eq!(bound, ["Start", "Complete"]);
    assert_eq!(m.bound_actions("Temper.Tasks.User").count(), 0);
    assert_eq!(m.bound_actions("Nope").count(), 0);
    assert_eq!(m.enum_type("Kind").map(|e| e.members.len()), Some(4));
    assert!(m.enum_type("Temper.Tasks.Kind").is_some());
    assert!(m.complex_type("Estimate").is_some());
    assert_eq!(m.functions().count(), 1);
    assert_eq!(EdmType::Collection(Box::new(EdmType::Int64)).to_string(), "Collection(Edm.Int64)");
    assert_eq!(EdmType::Enum("Temper.Tasks.Kind".into()).to_string(), "Temper.Tasks.Kind");
}

#[test]
fn csdl_seed_knowledge_model_parses() {
    let m = ok(KNOWLEDGE);
    assert!(m.warnings.is_empty(), "{}", m.warnings);
    let k = m.entity_type("Knowledge").unwrap();
    assert_eq!(k.keys, ["Id"]);
    let links = &k.properties[3];
    assert_eq!((links.name.as_str(), &links.ty, links.nullable), ("links", &EdmType::Int64, false));
    assert_eq!(links.default_value.as_deref(), Some("0"));
    let actions: Vec<&ActionDef> = m.bound_actions("Temper.Knowledge.Knowledge").collect();
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0].name, "Index");
    assert!(actions[0].params.is_empty());
    assert_eq!(actions[1].params[0].name, "related");
    assert_eq!(actions[1].params[0].ty, EdmType::Collection(Box::new(EdmType::String)));
    assert_eq!(m.entity_set_for_type("Knowledge").unwrap().name, "KnowledgeEntries");
}

#[test]
fn csdl_golden_broken_document() {
    let diags = parse_csdl("broken.csdl.xml", BROKEN).unwrap_err();
    let actual = diags.to_string();
    if std::env::var_os("CSDL_BLESS").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/csdl/broken.expected.txt");
        std::fs::write(path, &actual).unwrap();
        return;
    }
    assert_eq!(actual, BROKEN_EXPECTED, "rerun with CSDL_BLESS=1 to update the golden file");
}
