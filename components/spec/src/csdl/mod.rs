//! CSDL (OData v4 data model) parsing: `parse_csdl` reads an `edmx:Edmx` document into a
//! resolved, checked [`CsdlModel`], reporting every problem as a located diagnostic.

mod annotation;
mod members;
mod model;
mod operation;
mod parse;
mod resolve;
mod validate;

pub use model::{
    ActionDef, Annotation, AnnotationValue, ComplexType, CsdlModel, EdmType, EntityContainer, EntitySet, EntityType,
    EnumType, NavigationProperty, PRIMITIVES, Parameter, Property, Schema,
};
pub use parse::{EDM_NS, EDMX_NS, parse_csdl};
