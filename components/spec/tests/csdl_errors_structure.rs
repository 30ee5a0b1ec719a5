//! CSDL parser error classes, part 1: the document, schemas, names, keys, duplicates and entity
//! sets; each test asserts the exact message, line and column. Part 2: `csdl_errors_types.rs`.
//! `doc` puts the schema body on line 4; `with_task` declares a valid `Task` on lines 4–7.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::diag::Severity;
const BROKEN: &str = include_str!("fixtures/csdl/broken.csdl.xml");

mod csdl_common;
use csdl_common::*;

#[test]
fn csdl_malformed_xml() {
    let xml = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n  <Schema Name=x/>\n</edmx:Edmx>";
    let d = error(xml);
    check(&d, 2, 16, "", "", "malformed XML: expected a quote not `x`");
    let d = error("<a><b></a>");
    check(&d, 1, 7, "", "", "malformed XML: expected `b` tag, not `a`");
}

#[test]
fn csdl_wrong_root() {
    let d = error("<?xml version=\"1.0\"?>\n<Schema Namespace=\"X\"/>");
    check(&d, 2, 1, "Edmx", "", "root element is `Schema`, expected `edmx:Edmx`");
    let v3 = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://schemas.microsoft.com/ado/2007/06/edmx\"/>";
    let d = error(v3);
    let msg = "root element is `Edmx` in namespace `http://schemas.microsoft.com/ado/2007/06/edmx`, \
               expected `edmx:Edmx`";
    check(&d, 1, 1, "Edmx", "", msg);
}

#[test]
fn csdl_unsupported_version_and_missing_version() {
    let xml = doc("").replace("Version=\"4.0\"", "Version=\"3.0\"");
    let d = error(&xml);
    check(&d, 1, 12, "Edmx", "Version", "unsupported CSDL version `3.0`");
    let xml = doc("").replace("Version=\"4.0\" ", "");
    let d = error(&xml);
    check(&d, 1, 1, "Edmx", "Version", "missing required attribute `Version` on `<Edmx>`");
}

#[test]
fn csdl_missing_data_services_or_schema() {
    let ns = "xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\"";
    let d = error(&format!("<edmx:Edmx Version=\"4.0\" {ns}/>"));
    check(&d, 1, 1, "Edmx", "", "missing `edmx:DataServices` element");
    let d = error(&format!("<edmx:Edmx Version=\"4.0\" {ns}>\n  <edmx:DataServices/>\n</edmx:Edmx>"));
    check(&d, 2, 3, "DataServices", "", "`edmx:DataServices` contains no `Schema`");
}

#[test]
fn csdl_schema_in_wrong_namespace() {
    let xml =
        doc("").replace("http://docs.oasis-open.org/odata/ns/edm\"", "http://schemas.microsoft.com/ado/2009/11/edm\"");
    let d = error(&xml);
    let msg = "`Schema` is in namespace `http://schemas.microsoft.com/ado/2009/11/edm`, expected the \
               OData v4 EDM namespace";
    check(&d, 3, 1, "Schema", "xmlns", msg);
}

#[test]
fn csdl_missing_namespace() {
    let xml = doc("").replace("Namespace=\"Temper.Tasks\" ", "");
    let d = error(&xml);
    check(&d, 3, 1, "Schema", "Namespace", "missing required attribute `Namespace` on `<Schema>`");
    assert_eq!(d.help, "add `Namespace=\"Temper.MyApp\"` to the `<Schema>` element");
}

#[test]
fn csdl_missing_property_type() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(&d, 6, 1, "EntityType Task", "Type", "missing required attribute `Type` on `<Property>`");
    assert_eq!(d.help, "add `Type=\"Edm.String\"` to the `<Property>` element");
}

#[test]
fn csdl_empty_and_invalid_names() {
    let errs =
        errors(&with_task("<EntityType Name=\"\"/>\n<EnumType Name=\"Bad Name\"><Member Name=\"A\"/></EnumType>"));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    check(&errs[0], 8, 13, "EntityType", "Name", "attribute `Name` of `<EntityType>` is empty");
    check(&errs[1], 9, 11, "EnumType", "Name", "`Bad Name` is not a valid name");
}

#[test]
fn csdl_entity_type_without_key() {
    let d = error(&doc("<EntityType Name=\"Note\">\n<Property Name=\"Id\" Type=\"Edm.String\"/>\n</EntityType>"));
    check(&d, 4, 1, "EntityType Note", "Key", "entity type `Note` has no `Key`");
    assert!(d.help.contains("<Key><PropertyRef Name=\"Id\"/></Key>"), "{}", d.help);
}

#[test]
fn csdl_key_names_unknown_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Code\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(&d, 5, 19, "EntityType Task", "Name", "key names unknown property `Code`");
    assert!(d.help.ends_with("key on a declared property: Id"), "{}", d.help);
}

#[test]
fn csdl_nullable_key_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"true\"/>\n\
                        </EntityType>"));
    check(&d, 6, 39, "EntityType Task", "Nullable", "key property `Id` is nullable");
    // Without an explicit `Nullable`, the property element is pointed at.
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\"/>\n\
                        </EntityType>"));
    check(&d, 6, 1, "EntityType Task", "Nullable", "key property `Id` is nullable");
}

#[test]
fn csdl_duplicate_property() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        <Property Name=\"Id\" Type=\"Edm.Int32\"/>\n\
                        </EntityType>"));
    check(&d, 7, 11, "EntityType Task", "Name", "duplicate property `Id`");
    assert_eq!(d.help, "`Id` is already declared at line 6; rename or remove one");
}

#[test]
fn csdl_duplicate_entity_type() {
    let d = error(&with_task("<EnumType Name=\"Task\"><Member Name=\"A\"/></EnumType>"));
    check(&d, 8, 11, "EnumType Task", "Name", "duplicate type name `Task` in schema `Temper.Tasks`");
}

#[test]
fn csdl_duplicate_entity_set() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n\
         <EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Task\"/>\n\
         <EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Task\"/>\n\
         </EntityContainer>",
    ));
    check(&d, 10, 12, "EntitySet Tasks", "Name", "duplicate entity set `Tasks`");
}

#[test]
fn csdl_duplicate_bound_action() {
    let action = "<Action Name=\"Start\" IsBound=\"true\"><Parameter Name=\"t\" Type=\"Temper.Tasks.Task\"/></Action>";
    // The same name bound to another type, or unbound, is fine.
    ok(&with_task(&format!(
        "{action}\n<Action Name=\"Start\"/>\n<Function Name=\"Start\"><ReturnType Type=\"Edm.Int32\"/></Function>"
    )));
    let d = error(&with_task(&format!("{action}\n{action}")));
    check(&d, 9, 9, "Action Start", "Name", "duplicate action `Start` bound to `Temper.Tasks.Task`");
}

#[test]
fn csdl_entity_set_unknown_entity_type() {
    let d = error(&with_task(
        "<EntityContainer Name=\"C\">\n<EntitySet Name=\"Tasks\" EntityType=\"Temper.Tasks.Tsk\"/>\n</EntityContainer>",
    ));
    let msg = "entity set `Tasks` names unknown entity type `Temper.Tasks.Tsk`";
    check(&d, 9, 25, "EntitySet Tasks", "EntityType", msg);
    assert!(d.help.ends_with("use a qualified entity type name: Temper.Tasks.Task"), "{}", d.help);
}

#[test]
fn csdl_entity_set_without_entity_type() {
    let d = error(&with_task("<EntityContainer Name=\"C\">\n<EntitySet Name=\"Tasks\"/>\n</EntityContainer>"));
    let msg = "missing required attribute `EntityType` on `<EntitySet>`";
    check(&d, 9, 1, "EntitySet Tasks", "EntityType", msg);
}

#[test]
fn csdl_unknown_elements_are_warnings() {
    let m = ok(&doc("<EntityType Name=\"Task\">\n\
                     <Key><PropertyRef Name=\"Id\"/></Key>\n\
                     <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                     <Index/>\n\
                     </EntityType>\n\
                     <Term Name=\"T\" Type=\"Edm.String\"/>\n\
                     <Annotations Target=\"Temper.Tasks.Task\"/>"));
    let w: Vec<(u32, u32, &str, &str)> =
        m.warnings.0.iter().map(|d| (d.line, d.column, d.section.as_str(), d.message.as_str())).collect();
    assert_eq!(
        w,
        [
            (7, 1, "EntityType Task", "unsupported element `Index` inside `EntityType` is ignored"),
            (9, 1, "Schema Temper.Tasks", "unsupported element `Term` inside `Schema` is ignored"),
            (10, 1, "Schema Temper.Tasks", "unsupported element `Annotations` inside `Schema` is ignored"),
        ]
    );
    assert!(m.warnings.0.iter().all(|d| d.severity == Severity::Warning && !d.help.is_empty()));
}

#[test]
fn csdl_all_errors_are_collected_in_document_order() {
    let errs = errors(BROKEN);
    assert_eq!(errs.len(), 17);
    let mut sorted = errs.clone();
    sorted.sort_by_key(|d| (d.line, d.column));
    assert_eq!(errs, sorted);
}
