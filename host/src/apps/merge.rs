//! What a tenant serves when several apps are installed into it: the union of their spec
//! files and one data model (each app's `<Schema>` elements in one CSDL document), and the
//! fail-loud check that every `kind = "wasm"` trigger names a module some app provides.

use crate::runtime::interpreter::SourceFile;
use std::collections::{BTreeMap, BTreeSet};

const EDM_NS: &str = "http://docs.oasis-open.org/odata/ns/edm";
const EDMX_NS: &str = "http://docs.oasis-open.org/odata/ns/edmx";

/// One app's spec files (`specs/…` paths of its bundle, without the prefix).
pub struct AppSpecs<'a> {
    pub app: &'a str,
    pub files: Vec<(&'a str, &'a str)>,
}

/// The tenant's files: every `*.ioa.toml` under its own name (two apps defining the same file
/// name is an error) and one data model. A single app's model is kept as it is.
pub fn tenant_files(apps: &[AppSpecs<'_>]) -> Result<Vec<SourceFile>, String> {
    let mut out: Vec<SourceFile> = Vec::new();
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    let mut models: Vec<(&str, &str)> = Vec::new();
    for a in apps {
        for (name, content) in &a.files {
            if name.ends_with(".csdl.xml") {
                if models.iter().any(|(app, _)| *app == a.app) {
                    return Err(format!("app `{}` has more than one `*.csdl.xml`; keep one data model per app", a.app));
                }
                models.push((a.app, content));
                continue;
            }
            if !name.ends_with(".ioa.toml") {
                continue;
            }
            let base = name.rsplit('/').next().unwrap_or(name).to_string();
            if let Some(other) = owner.insert(base.clone(), a.app) {
                return Err(format!(
                    "apps `{other}` and `{}` both define `{base}`: an entity type belongs to one app; rename one of them",
                    a.app
                ));
            }
            out.push(SourceFile { name: base, content: content.to_string() });
        }
    }
    match models.as_slice() {
        [] => {}
        [(_, one)] => out.push(SourceFile { name: "model.csdl.xml".into(), content: one.to_string() }),
        many => out.push(SourceFile { name: "model.csdl.xml".into(), content: merge_models(many)? }),
    }
    Ok(out)
}

/// One CSDL document holding every app's `<Schema>` elements (in app order).
pub fn merge_models(models: &[(&str, &str)]) -> Result<String, String> {
    let mut prefixes: BTreeMap<String, String> = BTreeMap::new();
    let mut schemas = String::new();
    for (app, xml) in models {
        let doc =
            roxmltree::Document::parse(xml).map_err(|e| format!("app `{app}`: its data model is not XML: {e}"))?;
        let root = doc.root_element();
        for ns in root.namespaces() {
            if let Some(p) = ns.name()
                && p != "edmx"
                && let Some(prev) = prefixes.insert(p.to_string(), ns.uri().to_string())
                && prev != ns.uri()
            {
                return Err(format!(
                    "app `{app}` binds the XML prefix `{p}` to `{}`, another app to `{prev}`",
                    ns.uri()
                ));
            }
        }
        let services = root.children().find(|n| n.has_tag_name((EDMX_NS, "DataServices")));
        let found: Vec<_> = services
            .into_iter()
            .flat_map(|s| s.children())
            .filter(|n| n.is_element() && n.tag_name().name() == "Schema")
            .collect();
        if found.is_empty() {
            return Err(format!("app `{app}`: its data model has no `<Schema>` inside `<edmx:DataServices>`"));
        }
        for s in found {
            let text = &xml[s.range()];
            // A schema that relied on a default namespace declared above it gets it explicitly.
            if s.tag_name().namespace() == Some(EDM_NS) && !text.contains("xmlns=") {
                schemas.push_str(&text.replacen("<Schema", &format!("<Schema xmlns=\"{EDM_NS}\""), 1));
            } else {
                schemas.push_str(text);
            }
            schemas.push('\n');
        }
    }
    let extra: String = prefixes.iter().map(|(p, u)| format!(" xmlns:{p}=\"{u}\"")).collect();
    let apps: Vec<&str> = models.iter().map(|(a, _)| *a).collect();
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- The data models of the apps {} in one document. -->\n\
         <edmx:Edmx Version=\"4.0\" xmlns:edmx=\"{EDMX_NS}\"{extra}>\n<edmx:DataServices>\n{schemas}</edmx:DataServices>\n</edmx:Edmx>\n",
        apps.join(", ")
    ))
}

/// `(spec file, trigger, module)` of every `kind = "wasm"` trigger whose module is not in
/// `provided`. A spec that does not parse is left to the interpreter's own diagnostics.
pub fn missing_modules(files: &[SourceFile], provided: &BTreeSet<String>) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.name.ends_with(".ioa.toml")) {
        let Ok(a) = temper_spec::ioa::parse_ioa(&f.name, &f.content) else { continue };
        for action in &a.actions {
            for t in &action.triggers {
                if t.kind != temper_spec::ir::TriggerKind::Wasm {
                    continue;
                }
                let module = t.module.clone().unwrap_or_default();
                if !provided.contains(&module) {
                    out.push((f.name.clone(), t.name.clone(), module));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn read(app: &str, file: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../apps").join(app).join("specs").join(file);
        std::fs::read_to_string(p).unwrap()
    }

    #[test]
    fn two_apps_share_one_model_that_parses() {
        let (t, k) = (read("tasks", "model.csdl.xml"), read("knowledge", "model.csdl.xml"));
        let merged = merge_models(&[("tasks", &t), ("knowledge", &k)]).unwrap();
        let model = temper_spec::csdl::parse_csdl("model.csdl.xml", &merged).unwrap();
        let sets: Vec<&str> = model.entity_sets().map(|s| s.name.as_str()).collect();
        assert_eq!(sets, ["Tasks", "KnowledgeEntries"]);
    }

    #[test]
    fn a_name_defined_by_two_apps_is_refused() {
        let a = AppSpecs { app: "a", files: vec![("Task.ioa.toml", "x")] };
        let b = AppSpecs { app: "b", files: vec![("Task.ioa.toml", "y")] };
        let e = tenant_files(&[a, b]).unwrap_err();
        assert!(e.contains("apps `a` and `b` both define `Task.ioa.toml`"), "{e}");
    }

    #[test]
    fn wasm_triggers_need_a_provided_module() {
        let files = vec![SourceFile { name: "Order.ioa.toml".into(), content: read("orders", "Order.ioa.toml") }];
        let missing = missing_modules(&files, &BTreeSet::new());
        assert!(missing.iter().any(|(_, _, m)| m == "payments"), "{missing:?}");
        assert!(missing_modules(&files, &BTreeSet::from(["payments".to_string()])).is_empty());
    }
}
