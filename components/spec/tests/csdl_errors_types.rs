//! CSDL parser error classes, part 2: type references, actions, navigation, default values,
//! enums and annotations; each test asserts the exact message, line and column.
//! `doc` puts the schema body on line 4; `with_task` declares a valid `Task` on lines 4–7.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::csdl::EdmType;

mod csdl_common;
use csdl_common::*;

#[test]
fn csdl_bound_action_without_parameters() {
    let d = error(&with_task("<Action Name=\"Start\" IsBound=\"true\"/>"));
    check(&d, 8, 1, "Action Start", "IsBound", "bound action `Start` has no binding parameter");
    assert_eq!(
        d.help,
        "add `<Parameter Name=\"bindingParameter\" Type=\"Temper.Tasks.Task\"/>` as the first \
         parameter, or write `IsBound=\"false\"`"
    );
}

#[test]
fn csdl_binding_parameter_not_an_entity() {
    let d = error(&with_task(
        "<Action Name=\"Start\" IsBound=\"true\"><Parameter Name=\"t\" Type=\"Edm.String\"/></Action>",
    ));
    let msg = "binding parameter `t` must have an entity type, found `Edm.String`";
    check(&d, 8, 37, "Action Start", "Type", msg);
}

#[test]
fn csdl_nullable_not_boolean() {
    let d =
        error(&with_task("<Action Name=\"A\"><Parameter Name=\"p\" Type=\"Edm.String\" Nullable=\"False\"/></Action>"));
    check(&d, 8, 56, "Action A", "Nullable", "`Nullable` must be `true` or `false`, found `False`");
    let d = error(&with_task("<Action Name=\"A\" IsBound=\"1\"/>"));
    check(&d, 8, 18, "Action A", "IsBound", "`IsBound` must be `true` or `false`, found `1`");
}

#[test]
fn csdl_unknown_primitive_type() {
    let d = error(&doc("<EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.Strin\" Nullable=\"false\"/>\n\
                        </EntityType>"));
    check(&d, 6, 21, "EntityType Task", "Type", "unknown primitive type `Edm.Strin` for property `Id`");
    assert!(
        d.help.starts_with("did you mean `Edm.String`? supported primitive types: Edm.String, Edm.Boolean"),
        "{}",
        d.help
    );
}

#[test]
fn csdl_unresolved_type_name() {
    let d =
        error(&with_task("<ComplexType Name=\"C\"><Property Name=\"k\" Type=\"Temper.Tasks.Kind\"/></ComplexType>"));
    check(&d, 8, 42, "ComplexType C", "Type", "unknown type `Temper.Tasks.Kind` for property `k`");
    assert_eq!(
        d.help,
        "declare it as an EntityType, ComplexType or EnumType, or use a declared type: \
         Temper.Tasks.C, Temper.Tasks.Task, or a primitive such as `Edm.String`"
    );
    // Unqualified names get the qualified one suggested.
    let d = error(&with_task("<ComplexType Name=\"C\"><Property Name=\"t\" Type=\"Collection(C)\"/></ComplexType>"));
    assert_eq!(d.message, "unknown type `C` for property `t`");
    assert!(d.help.starts_with("type names must be qualified: did you mean `Temper.Tasks.C`?"), "{}", d.help);
}

#[test]
fn csdl_alias_and_forward_references_resolve() {
    let xml = doc("<EntityType Name=\"Task\">\n\
                   <Key><PropertyRef Name=\"Id\"/></Key>\n\
                   <Property Name=\"Id\" Type=\"Edm.Int64\" Nullable=\"false\"/>\n\
                   <Property Name=\"kind\" Type=\"Self.Kind\"/>\n\
                   </EntityType>\n\
                   <EnumType Name=\"Kind\"><Member Name=\"A\" Value=\"5\"/></EnumType>")
    .replace("Namespace=\"Temper.Tasks\"", "Namespace=\"Temper.Tasks\" Alias=\"Self\"");
    let m = ok(&xml);
    let t = m.entity_type("Task").unwrap();
    assert_eq!(t.properties[1].ty, EdmType::Enum("Temper.Tasks.Kind".into()));
}

#[test]
fn csdl_nested_collection_and_entity_typed_property() {
    let errs = errors(&with_task(
        "<ComplexType Name=\"C\">\n\
         <Property Name=\"a\" Type=\"Collection(Collection(Edm.String))\"/>\n\
         <Property Name=\"b\" Type=\"Temper.Tasks.Task\"/>\n\
         </ComplexType>",
    ));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    let msg = "nested collection type `Collection(Collection(Edm.String))` is not allowed for property `a`";
    check(&errs[0], 9, 20, "ComplexType C", "Type", msg);
    check(&errs[1], 10, 20, "ComplexType C", "Type", "property `b` has entity type `Temper.Tasks.Task`");
}

#[test]
fn csdl_navigation_property_errors() {
    let errs = errors(&doc("<EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <NavigationProperty Name=\"tags\" Type=\"Collection(Edm.String)\"/>\n\
                           <NavigationProperty Name=\"parent\" Type=\"Temper.Tasks.Task\" Partner=\"kids\">\n\
                           <ReferentialConstraint Property=\"parentId\" ReferencedProperty=\"Id\"/>\n\
                           </NavigationProperty>\n\
                           </EntityType>"));
    assert_eq!(errs.len(), 1, "only the first pass runs when it finds errors: {errs:#?}");
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
fn csdl_navigation_binding_errors() {
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
fn csdl_bad_default_values() {
    let errs = errors(&doc("<EnumType Name=\"Kind\"><Member Name=\"A\"/></EnumType>\n\
                           <EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <Property Name=\"n\" Type=\"Edm.Byte\" DefaultValue=\"300\"/>\n\
                           <Property Name=\"b\" Type=\"Edm.Boolean\" DefaultValue=\"yes\"/>\n\
                           </EntityType>"));
    assert_eq!(errs.len(), 2, "{errs:#?}");
    let msg = "default value `300` of property `n` is not an integer in the type's range";
    check(&errs[0], 8, 36, "EntityType Task", "DefaultValue", msg);
    let msg = "default value `yes` of property `b` is not `true` or `false`";
    check(&errs[1], 9, 39, "EntityType Task", "DefaultValue", msg);
    // Enum defaults are checked against the members, after the first pass.
    let d = error(&doc("<EnumType Name=\"Kind\"><Member Name=\"A\"/></EnumType>\n\
                        <EntityType Name=\"Task\">\n\
                        <Key><PropertyRef Name=\"Id\"/></Key>\n\
                        <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                        <Property Name=\"k\" Type=\"Temper.Tasks.Kind\" DefaultValue=\"B\"/>\n\
                        </EntityType>"));
    let msg = "default value `B` of property `k` is not a member of `Temper.Tasks.Kind`";
    check(&d, 8, 1, "EntityType Task", "DefaultValue", msg);
    assert_eq!(d.help, "use one of: A");
}

#[test]
fn csdl_enum_errors() {
    let errs = errors(&doc("<EnumType Name=\"Kind\" UnderlyingType=\"Edm.String\">\n\
                           <Member Name=\"A\" Value=\"x\"/>\n\
                           <Member Name=\"A\"/>\n\
                           </EnumType>\n\
                           <EnumType Name=\"Empty\"/>"));
    assert_eq!(errs.len(), 4, "{errs:#?}");
    check(&errs[0], 4, 23, "EnumType Kind", "UnderlyingType", "unsupported enum underlying type `Edm.String`");
    check(&errs[1], 5, 18, "EnumType Kind", "Value", "enum member value `x` is not an integer");
    check(&errs[2], 6, 9, "EnumType Kind", "Name", "duplicate enum member `A`");
    check(&errs[3], 8, 1, "EnumType Empty", "Member", "enum type `Empty` has no members");
}

#[test]
fn csdl_function_without_return_type() {
    let d = error(&with_task("<Function Name=\"Count\"/>"));
    check(&d, 8, 1, "Function Count", "ReturnType", "function `Count` has no `ReturnType`");
}

#[test]
fn csdl_inheritance_is_rejected() {
    let d = error(&with_task("<EntityType Name=\"Sub\" BaseType=\"Temper.Tasks.Task\"/>"));
    let msg = "entity type inheritance (`BaseType=\"Temper.Tasks.Task\"`) is not supported";
    check(&d, 8, 24, "EntityType Sub", "BaseType", msg);
}

#[test]
fn csdl_annotation_errors() {
    let errs = errors(&doc("<EntityType Name=\"Task\">\n\
                           <Key><PropertyRef Name=\"Id\"/></Key>\n\
                           <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
                           <Annotation Term=\"A\" Bool=\"yes\"/>\n\
                           <Annotation Term=\"B\" String=\"x\" Int=\"1\"/>\n\
                           <Annotation Bool=\"true\"/>\n\
                           </EntityType>"));
    assert_eq!(errs.len(), 3, "{errs:#?}");
    check(&errs[0], 7, 22, "EntityType Task", "Bool", "annotation `Bool` value `yes` is not `true` or `false`");
    check(&errs[1], 8, 1, "EntityType Task", "Annotation", "annotation `B` has more than one value");
    check(&errs[2], 9, 1, "EntityType Task", "Term", "missing required attribute `Term` on `<Annotation>`");
}
