//! Unit tests of the state-machine diagram: every state and action shown, BFS layers,
//! determinism, escaping, well-formed XML.
#![allow(clippy::unwrap_used)]

use super::*;

fn mv(action: &str, from: &[&str], to: Option<&str>) -> Move {
    Move { action: action.into(), from: from.iter().map(|s| s.to_string()).collect(), to: to.map(Into::into) }
}

fn task() -> Machine {
    let all = ["Backlog", "Todo", "InProgress", "Blocked", "InReview"];
    Machine {
        name: "Task".into(),
        states: ["Backlog", "Todo", "InProgress", "Blocked", "InReview", "Done", "Cancelled", "Limbo"]
            .map(String::from)
            .to_vec(),
        initial: "Backlog".into(),
        terminal: vec!["Done".into(), "Cancelled".into()],
        actions: vec![
            mv("Comment", &all, None),
            mv("Assign", &all[..4], None),
            mv("Plan", &["Backlog"], Some("Todo")),
            mv("Defer", &["Todo"], Some("Backlog")),
            mv("Start", &["Todo"], Some("InProgress")),
            mv("Block", &["InProgress"], Some("Blocked")),
            mv("Unblock", &["Blocked"], Some("InProgress")),
            mv("Submit", &["InProgress"], Some("InReview")),
            mv("Approve", &["InReview"], Some("Done")),
            mv("Cancel", &all, Some("Cancelled")),
            mv("Retry", &["Todo"], Some("Todo")),
        ],
    }
}

/// Every `<text>`'s content, and the document's root, parsed as XML.
fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|t| t.descendants().filter_map(|n| n.text()).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn every_state_and_action_appears_and_the_xml_is_well_formed() {
    let m = task();
    let svg = render(&m);
    let all = texts(&svg).join(" ");
    for s in &m.states {
        assert!(svg.contains(&format!(r#"data-state="{s}""#)), "state {s} has no node");
    }
    for a in &m.actions {
        assert!(all.contains(&a.action), "action {} is not shown: {all}", a.action);
    }
    assert!(svg.contains(r#"class="state initial" data-state="Backlog""#));
    assert!(svg.contains(r#"class="state terminal" data-state="Done""#));
    // A self-loop whose `to` names its own state is listed, not drawn.
    assert!(!svg.contains(r#"data-from="Todo" data-to="Todo""#));
    assert!(svg.contains(r#"data-from="Todo" data-to="Backlog""#), "a back edge is drawn");
}

#[test]
fn layers_follow_breadth_first_distance_and_the_output_is_deterministic() {
    let m = task();
    assert_eq!(render(&m), render(&m));
    let (mut nodes, edges) = graph(&m);
    let rows = layout(&mut nodes, &edges, &m.initial);
    let layer = |s: &str| nodes.iter().find(|n| n.name == s).unwrap().layer;
    assert_eq!([layer("Backlog"), layer("Todo"), layer("Cancelled"), layer("InProgress")], [0, 1, 1, 2]);
    assert_eq!([layer("Blocked"), layer("InReview"), layer("Done")], [3, 3, 4]);
    assert_eq!(layer("Limbo"), 5, "an unreachable state gets a layer of its own after the rest");
    assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), m.states.len());
}

#[test]
fn names_are_escaped_and_odd_machines_still_render() {
    let m = Machine {
        name: "A<&>\"'".into(),
        states: vec!["<s>".into(), "a&b".into()],
        initial: "<s>".into(),
        terminal: vec![],
        actions: vec![mv("go\"", &["<s>"], Some("a&b")), mv("x", &["ghost"], Some("<s>"))],
    };
    let svg = render(&m);
    let all = texts(&svg).join(" ");
    assert!(all.contains("<s>") && all.contains("a&b") && all.contains("go\"") && all.contains("ghost"), "{all}");
    assert!(!svg.contains("<s>"), "raw markup must not reach the document");
    let empty = Machine { name: "E".into(), states: vec![], initial: String::new(), terminal: vec![], actions: vec![] };
    texts(&render(&empty));
}

#[test]
fn long_lists_wrap() {
    let names: Vec<String> = (0..12).map(|i| format!("Action{i}")).collect();
    let lines = wrap(&names, "\u{21bb} ");
    assert!(lines.len() > 2, "{lines:?}");
    assert!(lines.iter().all(|l| l.chars().count() <= WRAP), "{lines:?}");
    assert_eq!(lines.join(" ").matches("Action").count(), 12);
}
