//! The CSDL data model as Temper sees it: schemas, entity/enum/complex types, actions,
//! functions and entity containers, with every type reference already resolved.

use std::fmt;

use crate::diag::{Diagnostics, Pos};

/// A parsed and checked CSDL document (`edmx:Edmx`).
#[derive(Debug, Clone, PartialEq)]
pub struct CsdlModel {
    /// The `Version` attribute of `edmx:Edmx` (`4.0` or `4.01`).
    pub version: String,
    pub schemas: Vec<Schema>,
    /// Non-fatal diagnostics (ignored elements and the like).
    pub warnings: Diagnostics,
}

/// One `<Schema>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub namespace: String,
    /// The `Alias` attribute, if any; type references through it are already resolved.
    pub alias: Option<String>,
    pub entity_types: Vec<EntityType>,
    pub complex_types: Vec<ComplexType>,
    pub enum_types: Vec<EnumType>,
    pub actions: Vec<ActionDef>,
    /// `<Function>` elements, parsed like actions (`return_type` is always `Some`).
    pub functions: Vec<ActionDef>,
    pub containers: Vec<EntityContainer>,
}

/// One `<EntityType>`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityType {
    pub name: String,
    pub namespace: String,
    /// Names of the key properties, in `<Key>` order.
    pub keys: Vec<String>,
    pub properties: Vec<Property>,
    pub navigation: Vec<NavigationProperty>,
    pub annotations: Vec<Annotation>,
    pub pos: Pos,
}

/// One `<ComplexType>`: a structured value without identity.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplexType {
    pub name: String,
    pub namespace: String,
    pub properties: Vec<Property>,
    pub pos: Pos,
}

/// One structural `<Property>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    pub ty: EdmType,
    /// `Nullable`, default `true`.
    pub nullable: bool,
    pub default_value: Option<String>,
    /// `MaxLength`; `None` when absent or `max`.
    pub max_length: Option<u32>,
    pub annotations: Vec<Annotation>,
    pub pos: Pos,
}

/// A resolved type reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EdmType {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Decimal,
    Double,
    Single,
    Date,
    DateTimeOffset,
    TimeOfDay,
    Duration,
    Guid,
    Binary,
    /// Qualified name of an `EnumType`.
    Enum(String),
    /// Qualified name of a `ComplexType`.
    Complex(String),
    /// Qualified name of an `EntityType`.
    Entity(String),
    Collection(Box<EdmType>),
}

/// Every supported primitive, with its CSDL spelling.
pub const PRIMITIVES: &[(&str, EdmType)] = &[
    ("Edm.String", EdmType::String),
    ("Edm.Boolean", EdmType::Boolean),
    ("Edm.Byte", EdmType::Byte),
    ("Edm.SByte", EdmType::SByte),
    ("Edm.Int16", EdmType::Int16),
    ("Edm.Int32", EdmType::Int32),
    ("Edm.Int64", EdmType::Int64),
    ("Edm.Decimal", EdmType::Decimal),
    ("Edm.Double", EdmType::Double),
    ("Edm.Single", EdmType::Single),
    ("Edm.Date", EdmType::Date),
    ("Edm.DateTimeOffset", EdmType::DateTimeOffset),
    ("Edm.TimeOfDay", EdmType::TimeOfDay),
    ("Edm.Duration", EdmType::Duration),
    ("Edm.Guid", EdmType::Guid),
    ("Edm.Binary", EdmType::Binary),
];

impl EdmType {
    /// The primitive named `name` (`Edm.String`), if supported.
    pub fn primitive(name: &str) -> Option<EdmType> {
        PRIMITIVES.iter().find(|(n, _)| *n == name).map(|(_, t)| t.clone())
    }

    pub fn is_primitive(&self) -> bool {
        !matches!(self, EdmType::Enum(_) | EdmType::Complex(_) | EdmType::Entity(_) | EdmType::Collection(_))
    }

    pub fn is_collection(&self) -> bool {
        matches!(self, EdmType::Collection(_))
    }

    /// The element type of a collection, or the type itself.
    pub fn element(&self) -> &EdmType {
        match self {
            EdmType::Collection(inner) => inner,
            other => other,
        }
    }
}

impl fmt::Display for EdmType {
    /// The CSDL spelling: `Edm.Int32`, `Temper.Tasks.Kind`, `Collection(Edm.String)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EdmType::Enum(n) | EdmType::Complex(n) | EdmType::Entity(n) => f.write_str(n),
            EdmType::Collection(inner) => write!(f, "Collection({inner})"),
            prim => {
                let name = PRIMITIVES.iter().find(|(_, t)| t == prim).map_or("Edm.?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

/// One `<NavigationProperty>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavigationProperty {
    pub name: String,
    /// Qualified name of the target entity type.
    pub target: String,
    /// `Type="Collection(...)"`.
    pub collection: bool,
    /// `Nullable`; default `true` for single-valued, always `false` for collections.
    pub nullable: bool,
    pub partner: Option<String>,
    /// `(Property, ReferencedProperty)` pairs of `<ReferentialConstraint>`.
    pub referential: Vec<(String, String)>,
    pub pos: Pos,
}

/// One `<EnumType>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumType {
    pub name: String,
    pub namespace: String,
    /// Members in document order; values default to the previous value plus one (from 0).
    pub members: Vec<(String, i64)>,
    pub pos: Pos,
}

/// One `<Action>` (or `<Function>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionDef {
    pub name: String,
    pub namespace: String,
    pub is_bound: bool,
    /// Qualified entity type of the binding parameter, when bound.
    pub binding_type: Option<String>,
    /// The binding parameter is `Collection(...)` (bound to the entity set, not an entity).
    pub binding_collection: bool,
    /// Parameters, excluding the binding parameter.
    pub params: Vec<Parameter>,
    pub return_type: Option<EdmType>,
    pub pos: Pos,
}

/// One `<Parameter>` of an action or function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    pub name: String,
    pub ty: EdmType,
    /// `Nullable`, default `true`.
    pub nullable: bool,
    pub pos: Pos,
}

/// One `<EntityContainer>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityContainer {
    pub name: String,
    pub entity_sets: Vec<EntitySet>,
    pub pos: Pos,
}

/// One `<EntitySet>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySet {
    pub name: String,
    /// Qualified entity type name.
    pub entity_type: String,
    /// `(Path, Target)` of `<NavigationPropertyBinding>`.
    pub nav_bindings: Vec<(String, String)>,
    pub pos: Pos,
}

/// One `<Annotation>` on an entity type or property.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotation {
    pub term: String,
    pub value: AnnotationValue,
}

/// The value of an annotation.
#[derive(Debug, Clone, PartialEq)]
pub enum AnnotationValue {
    String(String),
    Bool(bool),
    Int(i64),
    Float(f64),
    /// `<Collection><String>…</String></Collection>`.
    Strings(Vec<String>),
    /// `<Record><PropertyValue Property="…" String="…"/></Record>`.
    Record(Vec<(String, String)>),
    /// No value (a tag annotation).
    None,
}

/// `Ns.Name` → `("Ns", "Name")`; a name without a dot has an empty namespace.
fn split_qualified(name: &str) -> (&str, &str) {
    name.rsplit_once('.').unwrap_or(("", name))
}

fn name_matches(query: &str, namespace: &str, name: &str) -> bool {
    let (ns, simple) = split_qualified(query);
    simple == name && (ns.is_empty() || ns == namespace)
}

impl CsdlModel {
    /// The entity type named `name` (simple or qualified).
    pub fn entity_type(&self, name: &str) -> Option<&EntityType> {
        self.entity_types().find(|t| name_matches(name, &t.namespace, &t.name))
    }

    /// All entity types of all schemas.
    pub fn entity_types(&self) -> impl Iterator<Item = &EntityType> {
        self.schemas.iter().flat_map(|s| s.entity_types.iter())
    }

    /// The complex type named `name` (simple or qualified).
    pub fn complex_type(&self, name: &str) -> Option<&ComplexType> {
        self.schemas.iter().flat_map(|s| s.complex_types.iter()).find(|t| name_matches(name, &t.namespace, &t.name))
    }

    /// The enum type named `qualified_or_simple`.
    pub fn enum_type(&self, qualified_or_simple: &str) -> Option<&EnumType> {
        self.schemas
            .iter()
            .flat_map(|s| s.enum_types.iter())
            .find(|t| name_matches(qualified_or_simple, &t.namespace, &t.name))
    }

    /// All entity sets of all containers.
    pub fn entity_sets(&self) -> impl Iterator<Item = &EntitySet> {
        self.schemas.iter().flat_map(|s| s.containers.iter()).flat_map(|c| c.entity_sets.iter())
    }

    /// The first entity set whose entity type is `type_name` (simple or qualified).
    pub fn entity_set_for_type(&self, type_name: &str) -> Option<&EntitySet> {
        let t = self.entity_type(type_name)?;
        let qualified = format!("{}.{}", t.namespace, t.name);
        self.entity_sets().find(|s| s.entity_type == qualified)
    }

    /// All actions of all schemas.
    pub fn actions(&self) -> impl Iterator<Item = &ActionDef> {
        self.schemas.iter().flat_map(|s| s.actions.iter())
    }

    /// All functions of all schemas.
    pub fn functions(&self) -> impl Iterator<Item = &ActionDef> {
        self.schemas.iter().flat_map(|s| s.functions.iter())
    }

    /// Actions bound to the entity type `type_name` (simple or qualified).
    pub fn bound_actions<'a>(&'a self, type_name: &str) -> impl Iterator<Item = &'a ActionDef> + use<'a> {
        let qualified = self.entity_type(type_name).map(|t| format!("{}.{}", t.namespace, t.name));
        self.actions()
            .filter(move |a| a.is_bound && qualified.is_some() && a.binding_type.as_deref() == qualified.as_deref())
    }
}
