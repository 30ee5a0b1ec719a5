//! The service document and `$metadata`: the tenant's CSDL document as deployed, with Temper's
//! state-machine annotations inserted into each deployed EntityType and its bound Actions.
//! The original text is kept byte for byte; annotations are spliced in before closing tags.
//! Pure.

use serde_json::json;

/// What `$metadata` says about one deployed entity type's state machine.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineInfo {
    /// `Namespace.Type`.
    pub qualified_type: String,
    pub states: Vec<String>,
    pub initial: String,
    pub actions: Vec<ActionInfo>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionInfo {
    pub name: String,
    pub from: Vec<String>,
    /// `None` for a self-loop.
    pub to: Option<String>,
}

/// `{"@odata.context": ..., "value": [{"name", "kind": "EntitySet", "url"}]}`.
pub fn service_document(context: &str, sets: &[String]) -> String {
    let value: Vec<_> = sets.iter().map(|s| json!({"name": s, "kind": "EntitySet", "url": s})).collect();
    json!({"@odata.context": context, "value": value}).to_string()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn strings(term: &str, items: &[String]) -> String {
    let inner: String = items.iter().map(|s| format!("<String>{}</String>", escape(s))).collect();
    format!("<Annotation Term=\"{term}\"><Collection>{inner}</Collection></Annotation>")
}

fn string(term: &str, v: &str) -> String {
    format!("<Annotation Term=\"{term}\" String=\"{}\"/>", escape(v))
}

/// One splice: replace `len` bytes at `at` with `text`.
struct Edit {
    at: usize,
    len: usize,
    text: String,
}

/// An edit that adds `inner` as the last children of element `node`.
fn append_children(src: &str, node: roxmltree::Node<'_, '_>, inner: String) -> Option<Edit> {
    let r = node.range();
    let text = src.get(r.clone())?;
    if text.ends_with("/>") {
        let tag_end = text[1..].find(|c: char| c.is_whitespace() || c == '/' || c == '>').map_or(text.len(), |e| e + 1);
        let tag = &text[1..tag_end];
        return Some(Edit { at: r.end - 2, len: 2, text: format!(">{inner}</{tag}>") });
    }
    let close = text.rfind("</")?;
    Some(Edit { at: r.start + close, len: 0, text: inner })
}

fn qualified(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    let ns = node.ancestors().find(|a| a.has_tag_name("Schema")).and_then(|s| s.attribute("Namespace")).unwrap_or("");
    format!("{ns}.{name}")
}

/// The CSDL document with the machines' annotations added.
pub fn annotate(csdl: &str, machines: &[MachineInfo]) -> Result<String, String> {
    let doc = roxmltree::Document::parse(csdl).map_err(|e| format!("the tenant's CSDL does not parse: {e}"))?;
    let mut edits = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let Some(name) = node.attribute("Name") else { continue };
        if node.has_tag_name("EntityType") {
            let q = qualified(node, name);
            if let Some(m) = machines.iter().find(|m| m.qualified_type == q) {
                let inner = strings("Temper.StateMachine.States", &m.states)
                    + &string("Temper.StateMachine.InitialState", &m.initial);
                edits.extend(append_children(csdl, node, inner));
            }
        } else if node.has_tag_name("Action") && node.attribute("IsBound") == Some("true") {
            let binding = node.children().find(|c| c.has_tag_name("Parameter")).and_then(|p| p.attribute("Type"));
            let Some(m) = machines.iter().find(|m| Some(m.qualified_type.as_str()) == binding) else { continue };
            let Some(a) = m.actions.iter().find(|a| a.name == name) else { continue };
            let mut inner = strings("Temper.StateMachine.ValidFromStates", &a.from);
            if let Some(to) = &a.to {
                inner += &string("Temper.StateMachine.TargetState", to);
            }
            edits.extend(append_children(csdl, node, inner));
        }
    }
    edits.sort_by_key(|e| e.at);
    let mut out = csdl.to_string();
    for e in edits.iter().rev() {
        out.replace_range(e.at..e.at + e.len, &e.text);
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const CSDL: &str = r#"<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="T.Ns" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="Task">
        <Key><PropertyRef Name="Id"/></Key>
        <Property Name="Id" Type="Edm.String" Nullable="false"/>
      </EntityType>
      <EntityType Name="Other"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.String" Nullable="false"/></EntityType>
      <Action Name="Start" IsBound="true">
        <Parameter Name="bindingParameter" Type="T.Ns.Task"/>
      </Action>
      <Action Name="Poke" IsBound="true"><Parameter Name="b" Type="T.Ns.Task"/></Action>
      <EntityContainer Name="C"><EntitySet Name="Tasks" EntityType="T.Ns.Task"/></EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    fn machine(q: &str) -> MachineInfo {
        MachineInfo {
            qualified_type: q.into(),
            states: vec!["Open".into(), "Done".into()],
            initial: "Open".into(),
            actions: vec![
                ActionInfo { name: "Start".into(), from: vec!["Open".into()], to: Some("Done".into()) },
                ActionInfo { name: "Poke".into(), from: vec!["Open".into(), "Done".into()], to: None },
            ],
        }
    }

    #[test]
    fn annotates_types_and_actions() {
        let out = annotate(CSDL, &[machine("T.Ns.Task"), machine("T.Ns.Other")]).unwrap_or_default();
        let model = temper_spec::csdl::parse_csdl("m.csdl.xml", &out);
        assert!(model.is_ok(), "{:?}", model.err());
        let doc = roxmltree::Document::parse(&out).ok();
        let doc = doc.as_ref();
        let terms: Vec<String> = doc
            .map(|d| d.descendants().filter_map(|n| n.attribute("Term")).map(String::from).collect())
            .unwrap_or_default();
        assert_eq!(terms.iter().filter(|t| *t == "Temper.StateMachine.States").count(), 2);
        assert_eq!(terms.iter().filter(|t| *t == "Temper.StateMachine.ValidFromStates").count(), 2);
        assert_eq!(terms.iter().filter(|t| *t == "Temper.StateMachine.TargetState").count(), 1);
        assert!(out.contains("String=\"Open\"/></EntityType>"));
    }

    #[test]
    fn self_closing_elements_are_opened() {
        let doc = r#"<Schema Namespace="T.Ns"><EntityType Name="Task" /></Schema>"#;
        let out = annotate(doc, &[machine("T.Ns.Task")]).unwrap_or_default();
        assert!(roxmltree::Document::parse(&out).is_ok(), "{out}");
        assert!(out.contains("<EntityType Name=\"Task\" ><Annotation"), "{out}");
        assert!(out.ends_with("String=\"Open\"/></EntityType></Schema>"), "{out}");
    }

    #[test]
    fn service_document_lists_sets() {
        let s = service_document("http://h/t/odata/$metadata", &["Tasks".into()]);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap_or_default();
        assert_eq!(v["value"][0]["kind"], "EntitySet");
        assert_eq!(v["value"][0]["url"], "Tasks");
    }
}
