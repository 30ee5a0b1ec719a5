//! Temper's spec language, shared by every guest component that reads specs (interpreter,
//! verifier front-end, OData): IOA TOML, predicates, effects, CSDL, and the transition table.
//!
//! The entry point is [`load`]: spec files in, compiled [`machine::Machine`]s (or every
//! located error) out. Pure: no I/O, no clock, no randomness — it runs the same natively and
//! inside the interpreter component.

pub mod crosscheck;
pub mod csdl;
pub mod diag;
pub mod effect;
pub mod ioa;
pub mod ir;
pub mod machine;
pub mod predicate;
pub mod value;

use diag::{Diagnostic, Diagnostics};
use machine::Machine;
use sha2::{Digest, Sha256};

/// A spec source file as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub name: String,
    pub content: String,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, content: impl Into<String>) -> Self {
        Self { name: name.into(), content: content.into() }
    }
}

/// The result of loading a set of spec files.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub machines: Vec<Machine>,
    pub model: Option<csdl::CsdlModel>,
    /// Warnings from every file (each machine also keeps its own).
    pub warnings: Vec<Diagnostic>,
}

/// Which kind of spec file a name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Ioa,
    Csdl,
}

pub fn file_kind(name: &str) -> Option<FileKind> {
    if name.ends_with(".ioa.toml") {
        Some(FileKind::Ioa)
    } else if name.ends_with(".csdl.xml") {
        Some(FileKind::Csdl)
    } else {
        None
    }
}

/// The content hash that identifies a compiled spec: the automaton's source and the data
/// model it was checked against.
pub fn spec_id(ioa: &SourceFile, csdl: Option<&SourceFile>) -> String {
    let mut h = Sha256::new();
    h.update(b"temper-spec/1\0");
    for part in [&ioa.name, &ioa.content] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    if let Some(c) = csdl {
        h.update((c.content.len() as u64).to_le_bytes());
        h.update(c.content.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Parses, checks, cross-checks and compiles spec files: any number of `*.ioa.toml` and at
/// most one `*.csdl.xml`. Returns every error found, across all files, or the machines.
pub fn load(files: &[SourceFile]) -> Result<Loaded, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut ioas = Vec::new();
    let mut csdl_file: Option<&SourceFile> = None;
    for f in files {
        match file_kind(&f.name) {
            Some(FileKind::Ioa) => ioas.push(f),
            Some(FileKind::Csdl) => {
                if let Some(prev) = csdl_file {
                    diags.push(
                        Diagnostic::error(&f.name, format!("a second data model; `{}` was already given", prev.name))
                            .help("merge the schemas into one `model.csdl.xml`"),
                    );
                } else {
                    csdl_file = Some(f);
                }
            }
            None => diags.push(
                Diagnostic::error(&f.name, "not a spec file")
                    .help("spec files are `*.ioa.toml` (state machines) and one `*.csdl.xml` (the data model)"),
            ),
        }
    }
    if ioas.is_empty() && !diags.has_errors() {
        diags.push(Diagnostic::error("(input)", "no state machine given").help("pass at least one `*.ioa.toml` file"));
    }
    let model = csdl_file.and_then(|f| match csdl::parse_csdl(&f.name, &f.content) {
        Ok(m) => Some(m),
        Err(d) => {
            diags.extend(d.0);
            None
        }
    });
    if let Some(m) = &model {
        diags.extend(m.warnings.0.iter().cloned());
    }
    let mut machines: Vec<Machine> = Vec::new();
    for f in ioas {
        match ioa::parse_ioa(&f.name, &f.content) {
            Ok(aut) => {
                if let Some(prev) = machines.iter().find(|m| m.aut.name == aut.name) {
                    diags.push(
                        Diagnostic::error(
                            &f.name,
                            format!("automaton `{}` is also defined in `{}`", aut.name, prev.aut.file),
                        )
                        .section("[automaton]")
                        .key("name")
                        .help("each entity type has one state machine"),
                    );
                    continue;
                }
                diags.extend(aut.warnings.iter().cloned());
                let mut aut = aut;
                let mut entity_set = None;
                if let (Some(m), Some(cf)) = (&model, csdl_file) {
                    let found = crosscheck::cross_check(&aut, &f.content, m, &cf.name);
                    aut.warnings.extend(found.iter().filter(|d| !d.is_error()).cloned());
                    diags.extend(found);
                    entity_set = m.entity_set_for_type(&aut.name).map(|s| s.name.clone());
                }
                machines.push(Machine::new(spec_id(f, csdl_file), aut, entity_set));
            }
            Err(d) => diags.extend(d.0),
        }
    }
    diags.sort();
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(Loaded { machines, model, warnings: diags.0 })
}
