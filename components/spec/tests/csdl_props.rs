//! Property tests of the CSDL parser: it never panics (arbitrary text, mutated valid documents),
//! and random valid models rendered to XML parse back to exactly the model they came from.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use temper_spec::csdl::{
    ActionDef, Annotation, AnnotationValue, ComplexType, CsdlModel, EdmType, EntityContainer, EntitySet, EntityType,
    EnumType, NavigationProperty, PRIMITIVES, Parameter, Property, Schema, parse_csdl,
};
use temper_spec::diag::{Diagnostics, Pos};

const TASKS: &str = include_str!("fixtures/csdl/tasks.csdl.xml");
const KNOWLEDGE: &str = include_str!("fixtures/csdl/knowledge.csdl.xml");
const BROKEN: &str = include_str!("fixtures/csdl/broken.csdl.xml");

/// One byte-level edit: delete at, or insert one of a few XML-significant bytes at, a position.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Insert(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let bytes = prop::sample::select(b"<>/\"'=&;:. \nxAZ09_()!?-[]".to_vec());
    prop_oneof![any::<usize>().prop_map(Edit::Delete), (any::<usize>(), bytes).prop_map(|(i, b)| Edit::Insert(i, b)),]
}

fn mutate(doc: &str, edits: &[Edit]) -> String {
    let mut bytes = doc.as_bytes().to_vec();
    for e in edits {
        match *e {
            Edit::Delete(i) if !bytes.is_empty() => {
                bytes.remove(i % bytes.len());
            }
            Edit::Delete(_) => {}
            Edit::Insert(i, b) => bytes.insert(i % (bytes.len() + 1), b),
        }
    }
    // The fixtures are ASCII and inserted bytes are ASCII, so this is lossless.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every diagnostic of a failed parse is an error-or-warning with a message and help.
fn well_formed(result: &Result<CsdlModel, Diagnostics>) {
    if let Err(d) = result {
        assert!(d.has_errors());
        for e in &d.0 {
            assert!(!e.message.is_empty() && !e.help.is_empty(), "{e}");
        }
    }
}

proptest! {
    #[test]
    fn csdl_never_panics_on_arbitrary_text(s in any::<String>()) {
        well_formed(&parse_csdl("x.xml", &s));
    }

    #[test]
    fn csdl_never_panics_on_xmlish_text(s in "[<>/=\" a-zA-Z.()\n]{0,300}") {
        well_formed(&parse_csdl("x.xml", &s));
    }

    #[test]
    fn csdl_never_panics_on_mutated_documents(
        which in 0usize..3,
        edits in prop::collection::vec(edit(), 1..8),
    ) {
        let doc = [TASKS, KNOWLEDGE, BROKEN][which];
        well_formed(&parse_csdl("x.xml", &mutate(doc, &edits)));
    }

    #[test]
    fn csdl_random_models_round_trip(g in gen_model()) {
        let expected = build(&g);
        let xml = render(&expected, g.alias.then_some("Self"));
        let parsed = parse_csdl("gen.csdl.xml", &xml);
        let mut parsed = match parsed {
            Ok(m) => m,
            Err(d) => panic!("generated model failed to parse:\n{d}\n{xml}"),
        };
        prop_assert!(parsed.warnings.is_empty(), "{}", parsed.warnings);
        strip_positions(&mut parsed);
        prop_assert_eq!(parsed, expected, "{}", xml);
    }
}

// ---- random valid models ----------------------------------------------------------------

#[derive(Debug, Clone)]
struct PropGen {
    kind: u8,
    prim: usize,
    nullable: Option<bool>,
    default: Option<i32>,
    max_length: Option<u32>,
}

#[derive(Debug, Clone)]
struct EntityGen {
    keys: Vec<usize>,
    props: Vec<PropGen>,
    navs: Vec<(usize, bool, Option<bool>)>,
    annotations: Vec<AnnotationValue>,
}

#[derive(Debug, Clone)]
struct ModelGen {
    namespace: String,
    alias: bool,
    enums: Vec<Vec<Option<i64>>>,
    complexes: Vec<Vec<PropGen>>,
    entities: Vec<EntityGen>,
    actions: Vec<(Option<usize>, Vec<PropGen>, Option<PropGen>)>,
}

fn prop_gen() -> impl Strategy<Value = PropGen> {
    (0u8..4, 0..PRIMITIVES.len(), any::<Option<bool>>(), any::<Option<i32>>(), any::<Option<u32>>())
        .prop_map(|(kind, prim, nullable, default, max_length)| PropGen { kind, prim, nullable, default, max_length })
}

fn annotation_value() -> impl Strategy<Value = AnnotationValue> {
    let text = "[ -~]{0,12}";
    prop_oneof![
        text.prop_map(AnnotationValue::String),
        any::<bool>().prop_map(AnnotationValue::Bool),
        any::<i64>().prop_map(AnnotationValue::Int),
        (-1e9f64..1e9).prop_map(AnnotationValue::Float),
        prop::collection::vec(text, 0..3).prop_map(AnnotationValue::Strings),
        prop::collection::vec(("[a-z]{1,5}", text), 0..3).prop_map(AnnotationValue::Record),
        Just(AnnotationValue::None),
    ]
}

fn gen_model() -> impl Strategy<Value = ModelGen> {
    let entity = (
        prop::collection::vec(0usize..4, 1..3),
        prop::collection::vec(prop_gen(), 0..5),
        prop::collection::vec((0usize..8, any::<bool>(), any::<Option<bool>>()), 0..3),
        prop::collection::vec(annotation_value(), 0..3),
    )
        .prop_map(|(keys, props, navs, annotations)| EntityGen { keys, props, navs, annotations });
    let action = (prop::option::of(0usize..8), prop::collection::vec(prop_gen(), 0..3), prop::option::of(prop_gen()));
    (
        prop::collection::vec("[A-Z][a-z]{0,5}", 1..4),
        any::<bool>(),
        prop::collection::vec(prop::collection::vec(prop::option::of(-1000i64..1000), 1..4), 0..3),
        prop::collection::vec(prop::collection::vec(prop_gen(), 1..4), 0..3),
        prop::collection::vec(entity, 1..4),
        prop::collection::vec(action, 0..4),
    )
        .prop_map(|(segments, alias, enums, complexes, entities, actions)| ModelGen {
            namespace: segments.join("."),
            alias,
            enums,
            complexes,
            entities,
            actions,
        })
}

const KEY_TYPES: [EdmType; 4] = [EdmType::String, EdmType::Int32, EdmType::Int64, EdmType::Guid];

fn ty_of(g: &ModelGen, p: &PropGen) -> EdmType {
    let prim = PRIMITIVES[p.prim].1.clone();
    let q = |prefix: &str, n: usize, i: usize| format!("{}.{prefix}{}", g.namespace, i % n);
    match p.kind {
        1 => EdmType::Collection(Box::new(prim)),
        2 if !g.enums.is_empty() => EdmType::Enum(q("En", g.enums.len(), p.prim)),
        3 if !g.complexes.is_empty() => EdmType::Complex(q("Cx", g.complexes.len(), p.prim)),
        _ => prim,
    }
}

fn property(g: &ModelGen, name: String, p: &PropGen) -> Property {
    let ty = ty_of(g, p);
    Property {
        default_value: p.default.filter(|_| ty == EdmType::Int32).map(|d| d.to_string()),
        max_length: p.max_length.filter(|_| ty == EdmType::String),
        nullable: p.nullable.unwrap_or(true),
        name,
        ty,
        annotations: vec![],
        pos: Pos::default(),
    }
}

/// The model `g` describes, with all positions zeroed.
fn build(g: &ModelGen) -> CsdlModel {
    let ns = g.namespace.clone();
    let n_ent = g.entities.len();
    let enum_types = (g.enums.iter().enumerate())
        .map(|(i, members)| {
            let mut next = 0;
            let members = (members.iter().enumerate())
                .map(|(j, v)| {
                    let value = v.unwrap_or(next);
                    next = value + 1;
                    (format!("M{j}"), value)
                })
                .collect();
            EnumType { name: format!("En{i}"), namespace: ns.clone(), members, pos: Pos::default() }
        })
        .collect();
    let complex_types = (g.complexes.iter().enumerate())
        .map(|(i, props)| ComplexType {
            name: format!("Cx{i}"),
            namespace: ns.clone(),
            properties: (props.iter().enumerate()).map(|(j, p)| property(g, format!("c{j}"), p)).collect(),
            pos: Pos::default(),
        })
        .collect();
    let entity_types = (g.entities.iter().enumerate())
        .map(|(i, e)| {
            let mut properties: Vec<Property> = (e.keys.iter().enumerate())
                .map(|(j, k)| Property {
                    name: format!("k{j}"),
                    ty: KEY_TYPES[*k].clone(),
                    nullable: false,
                    default_value: None,
                    max_length: None,
                    annotations: vec![],
                    pos: Pos::default(),
                })
                .collect();
            let keys = properties.iter().map(|p| p.name.clone()).collect();
            properties.extend(e.props.iter().enumerate().map(|(j, p)| property(g, format!("p{j}"), p)));
            let navigation = (e.navs.iter().enumerate())
                .map(|(j, (t, collection, nullable))| NavigationProperty {
                    name: format!("n{j}"),
                    target: format!("{ns}.Et{}", t % n_ent),
                    collection: *collection,
                    nullable: !collection && nullable.unwrap_or(true),
                    partner: None,
                    referential: vec![],
                    pos: Pos::default(),
                })
                .collect();
            let annotations = (e.annotations.iter().enumerate())
                .map(|(j, v)| Annotation { term: format!("Test.T{j}"), value: v.clone() })
                .collect();
            EntityType {
                name: format!("Et{i}"),
                namespace: ns.clone(),
                keys,
                properties,
                navigation,
                annotations,
                pos: Pos::default(),
            }
        })
        .collect();
    let actions = (g.actions.iter().enumerate())
        .map(|(i, (bound, params, ret))| ActionDef {
            name: format!("A{i}"),
            namespace: ns.clone(),
            is_bound: bound.is_some(),
            binding_type: bound.map(|b| format!("{ns}.Et{}", b % n_ent)),
            binding_collection: false,
            params: (params.iter().enumerate())
                .map(|(j, p)| Parameter {
                    name: format!("q{j}"),
                    ty: ty_of(g, p),
                    nullable: p.nullable.unwrap_or(true),
                    pos: Pos::default(),
                })
                .collect(),
            return_type: ret.as_ref().map(|r| ty_of(g, r)),
            pos: Pos::default(),
        })
        .collect();
    let entity_sets = (0..n_ent)
        .map(|i| EntitySet {
            name: format!("S{i}"),
            entity_type: format!("{ns}.Et{i}"),
            nav_bindings: (g.entities[i].navs.iter().enumerate())
                .map(|(j, (t, _, _))| (format!("n{j}"), format!("S{}", t % n_ent)))
                .collect(),
            pos: Pos::default(),
        })
        .collect();
    CsdlModel {
        version: "4.0".into(),
        schemas: vec![Schema {
            namespace: ns,
            alias: g.alias.then(|| "Self".to_string()),
            entity_types,
            complex_types,
            enum_types,
            actions,
            functions: vec![],
            containers: vec![EntityContainer { name: "Container".into(), entity_sets, pos: Pos::default() }],
        }],
        warnings: Diagnostics::default(),
    }
}

// ---- rendering --------------------------------------------------------------------------

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `ty` as written in `Type="..."`, through the alias when there is one.
fn type_ref(ty: &EdmType, ns: &str, alias: Option<&str>) -> String {
    let s = ty.to_string();
    match alias {
        Some(a) => s.replace(&format!("{ns}."), &format!("{a}.")),
        None => s,
    }
}

fn render_property(out: &mut String, p: &Property, ns: &str, alias: Option<&str>) {
    out.push_str(&format!("<Property Name=\"{}\" Type=\"{}\"", p.name, type_ref(&p.ty, ns, alias)));
    if !p.nullable {
        out.push_str(" Nullable=\"false\"");
    }
    if let Some(d) = &p.default_value {
        out.push_str(&format!(" DefaultValue=\"{d}\""));
    }
    if let Some(m) = p.max_length {
        out.push_str(&format!(" MaxLength=\"{m}\""));
    }
    out.push_str("/>\n");
}

fn render_annotation(out: &mut String, a: &Annotation) {
    let t = &a.term;
    out.push_str(&match &a.value {
        AnnotationValue::String(s) => format!("<Annotation Term=\"{t}\" String=\"{}\"/>", esc(s)),
        AnnotationValue::Bool(b) => format!("<Annotation Term=\"{t}\" Bool=\"{b}\"/>"),
        AnnotationValue::Int(i) => format!("<Annotation Term=\"{t}\" Int=\"{i}\"/>"),
        AnnotationValue::Float(f) => {
            format!("<Annotation Term=\"{t}\"><Float>{f}</Float></Annotation>")
        }
        AnnotationValue::Strings(v) => {
            let items: String = v.iter().map(|s| format!("<String>{}</String>", esc(s))).collect();
            format!("<Annotation Term=\"{t}\"><Collection>{items}</Collection></Annotation>")
        }
        AnnotationValue::Record(fields) => {
            let pvs: String = (fields.iter())
                .map(|(k, v)| format!("<PropertyValue Property=\"{k}\" String=\"{}\"/>", esc(v)))
                .collect();
            format!("<Annotation Term=\"{t}\"><Record>{pvs}</Record></Annotation>")
        }
        AnnotationValue::None => format!("<Annotation Term=\"{t}\"/>"),
    });
    out.push('\n');
}

fn render(m: &CsdlModel, alias: Option<&str>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n\
         <edmx:DataServices>\n",
    );
    for s in &m.schemas {
        let ns = s.namespace.as_str();
        let alias_attr = alias.map(|a| format!(" Alias=\"{a}\"")).unwrap_or_default();
        out.push_str(&format!(
            "<Schema Namespace=\"{ns}\"{alias_attr} xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n"
        ));
        // Entity types first, so that references to later enum and complex types are forward.
        for t in &s.entity_types {
            out.push_str(&format!("<EntityType Name=\"{}\">\n<Key>", t.name));
            for k in &t.keys {
                out.push_str(&format!("<PropertyRef Name=\"{k}\"/>"));
            }
            out.push_str("</Key>\n");
            for p in &t.properties {
                render_property(&mut out, p, ns, alias);
            }
            for n in &t.navigation {
                let target = EdmType::Entity(n.target.clone());
                let ty = if n.collection { EdmType::Collection(Box::new(target)) } else { target };
                let nullable = if n.collection || n.nullable { "" } else { " Nullable=\"false\"" };
                let ty = type_ref(&ty, ns, alias);
                out.push_str(&format!("<NavigationProperty Name=\"{}\" Type=\"{ty}\"{nullable}/>\n", n.name));
            }
            for a in &t.annotations {
                render_annotation(&mut out, a);
            }
            out.push_str("</EntityType>\n");
        }
        for e in &s.enum_types {
            out.push_str(&format!("<EnumType Name=\"{}\">\n", e.name));
            for (name, v) in &e.members {
                out.push_str(&format!("<Member Name=\"{name}\" Value=\"{v}\"/>\n"));
            }
            out.push_str("</EnumType>\n");
        }
        for c in &s.complex_types {
            out.push_str(&format!("<ComplexType Name=\"{}\">\n", c.name));
            for p in &c.properties {
                render_property(&mut out, p, ns, alias);
            }
            out.push_str("</ComplexType>\n");
        }
        for a in &s.actions {
            out.push_str(&format!("<Action Name=\"{}\" IsBound=\"{}\">\n", a.name, a.is_bound));
            if let Some(b) = &a.binding_type {
                let ty = type_ref(&EdmType::Entity(b.clone()), ns, alias);
                out.push_str(&format!("<Parameter Name=\"bindingParameter\" Type=\"{ty}\"/>\n"));
            }
            for p in &a.params {
                let ty = type_ref(&p.ty, ns, alias);
                let nullable = if p.nullable { "" } else { " Nullable=\"false\"" };
                out.push_str(&format!("<Parameter Name=\"{}\" Type=\"{ty}\"{nullable}/>\n", p.name));
            }
            if let Some(r) = &a.return_type {
                out.push_str(&format!("<ReturnType Type=\"{}\"/>\n", type_ref(r, ns, alias)));
            }
            out.push_str("</Action>\n");
        }
        for c in &s.containers {
            out.push_str(&format!("<EntityContainer Name=\"{}\">\n", c.name));
            for set in &c.entity_sets {
                let ty = type_ref(&EdmType::Entity(set.entity_type.clone()), ns, alias);
                out.push_str(&format!("<EntitySet Name=\"{}\" EntityType=\"{ty}\">\n", set.name));
                for (p, t) in &set.nav_bindings {
                    out.push_str(&format!("<NavigationPropertyBinding Path=\"{p}\" Target=\"{t}\"/>\n"));
                }
                out.push_str("</EntitySet>\n");
            }
            out.push_str("</EntityContainer>\n");
        }
        out.push_str("</Schema>\n");
    }
    out.push_str("</edmx:DataServices>\n</edmx:Edmx>\n");
    out
}

fn strip_positions(m: &mut CsdlModel) {
    let zero = Pos::default();
    for s in &mut m.schemas {
        for t in &mut s.entity_types {
            t.pos = zero;
            t.properties.iter_mut().for_each(|p| p.pos = zero);
            t.navigation.iter_mut().for_each(|n| n.pos = zero);
        }
        for c in &mut s.complex_types {
            c.pos = zero;
            c.properties.iter_mut().for_each(|p| p.pos = zero);
        }
        s.enum_types.iter_mut().for_each(|e| e.pos = zero);
        for a in s.actions.iter_mut().chain(s.functions.iter_mut()) {
            a.pos = zero;
            a.params.iter_mut().for_each(|p| p.pos = zero);
        }
        for c in &mut s.containers {
            c.pos = zero;
            c.entity_sets.iter_mut().for_each(|e| e.pos = zero);
        }
    }
}
