//! Helpers shared by the CSDL error-class tests: parse expecting success or failure, assert
//! one located error, and build documents whose schema body starts on a known line.
#![allow(dead_code)]

use temper_spec::csdl::{CsdlModel, parse_csdl};
use temper_spec::diag::Diagnostic;

pub fn ok(xml: &str) -> CsdlModel {
    match parse_csdl("model.csdl.xml", xml) {
        Ok(m) => m,
        Err(d) => panic!("expected the model to parse, got:\n{d}"),
    }
}

pub fn errors(xml: &str) -> Vec<Diagnostic> {
    match parse_csdl("model.csdl.xml", xml) {
        Ok(m) => panic!("expected errors, got a model: {m:#?}"),
        Err(d) => d.errors().cloned().collect(),
    }
}

/// The single error of `xml`.
pub fn error(xml: &str) -> Diagnostic {
    let errs = errors(xml);
    assert_eq!(errs.len(), 1, "expected exactly one error, got: {errs:#?}");
    errs.into_iter().next().unwrap()
}

/// Asserts position, section, key and message of a diagnostic, and that it has help.
pub fn check(d: &Diagnostic, line: u32, column: u32, section: &str, key: &str, message: &str) {
    assert_eq!(
        (d.line, d.column, d.section.as_str(), d.key.as_str(), d.message.as_str()),
        (line, column, section, key, message),
        "full diagnostic: {d}"
    );
    assert_eq!(d.file, "model.csdl.xml");
    assert!(!d.help.is_empty(), "diagnostic without help: {d}");
}

/// A document whose schema body starts on line 4, column 1.
pub fn doc(body: &str) -> String {
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
pub fn with_task(rest: &str) -> String {
    doc(&format!(
        "<EntityType Name=\"Task\">\n\
         <Key><PropertyRef Name=\"Id\"/></Key>\n\
         <Property Name=\"Id\" Type=\"Edm.String\" Nullable=\"false\"/>\n\
         </EntityType>\n\
         {rest}"
    ))
}
