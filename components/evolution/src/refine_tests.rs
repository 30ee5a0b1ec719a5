//! Unit tests of [`super::refine`].
#![allow(clippy::unwrap_used)]

use super::*;

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn action(name: &str, from: &[&str], to: Option<&str>, guard: Option<&str>) -> ActionShape {
    ActionShape { name: name.into(), from: s(from), to: to.map(Into::into), guard: guard.map(Into::into) }
}

fn task() -> Machine {
    Machine {
        entity_type: "Task".into(),
        states: s(&["Open", "Doing", "Done"]),
        initial: "Open".into(),
        terminal: s(&["Done"]),
        actions: vec![
            action("Start", &["Open"], Some("Doing"), Some("assignee != ''")),
            action("Finish", &["Doing"], Some("Done"), None),
            action("Comment", &["Open", "Doing"], None, Some("params.body != ''")),
        ],
    }
}

fn mv(state: &str, action: &str) -> Move {
    Move { state: state.into(), action: action.into() }
}

#[test]
fn unchanged_types_are_left_out() {
    assert!(refine(&[task()], &[task()]).is_empty());
    // Reformatting a guard is not a change.
    let mut t = task();
    t.actions[0].guard = Some("assignee  !=   ''".into());
    assert!(refine(&[task()], &[t]).is_empty());
}

#[test]
fn an_added_action_and_state_is_conservative() {
    let mut t = task();
    t.states.push("Archived".into());
    t.actions.push(action("Archive", &["Done"], Some("Archived"), None));
    t.actions[2].from.push("Done".into());
    let r = refine(&[task()], &[t]);
    assert_eq!(r.len(), 1);
    let r = &r[0];
    assert_eq!((r.added, r.removed, r.conservative), (false, false, true));
    assert_eq!(r.added_states, s(&["Archived"]));
    assert_eq!(r.added_actions, s(&["Archive"]));
    assert_eq!(r.newly_legal, vec![mv("Done", "Comment"), mv("Done", "Archive")]);
    assert!(r.removed_states.is_empty() && r.newly_illegal.is_empty() && r.guards_changed.is_empty());
}

#[test]
fn removals_and_changes_are_not_conservative() {
    let mut t = task();
    t.states.retain(|x| x != "Doing");
    t.actions.retain(|a| a.name != "Finish");
    t.actions[0].to = Some("Done".into());
    t.actions[0].guard = None;
    t.actions[1].from = s(&["Open"]);
    let r = &refine(&[task()], &[t])[0];
    assert!(!r.conservative);
    assert_eq!(r.removed_states, s(&["Doing"]));
    assert_eq!(r.removed_actions, s(&["Finish"]));
    assert_eq!(r.newly_illegal, vec![mv("Doing", "Finish"), mv("Doing", "Comment")]);
    assert_eq!(
        r.guards_changed,
        vec![GuardChange { action: "Start".into(), before: Some("assignee != ''".into()), after: None }]
    );
    assert_eq!(r.targets_changed, s(&["Start: Doing -> Done"]));
}

#[test]
fn new_and_removed_types_sorted_by_name() {
    let mut note = task();
    note.entity_type = "Note".into();
    let mut zed = task();
    zed.entity_type = "Zed".into();
    let r = refine(&[task(), zed], &[task(), note]);
    assert_eq!(r.iter().map(|r| r.entity_type.as_str()).collect::<Vec<_>>(), ["Note", "Zed"]);
    assert!(r[0].added && r[0].conservative && r[0].added_states.len() == 3 && r[0].newly_legal.len() == 4);
    assert!(r[1].removed && !r[1].conservative && r[1].removed_actions.len() == 3);
}

#[test]
fn a_new_initial_state_is_a_change() {
    let mut t = task();
    t.initial = "Doing".into();
    let r = refine(&[task()], &[t]);
    assert_eq!(r.len(), 1);
    assert!(!r[0].conservative);
    let mut t = task();
    t.terminal.clear();
    let r = refine(&[task()], &[t]);
    assert!(r.len() == 1 && r[0].conservative);
}

#[test]
fn repeated_action_entries_are_one_action() {
    let mut old = task();
    old.actions.push(action("Finish", &["Open"], Some("Done"), Some("quick")));
    let mut new = old.clone();
    new.actions[3].guard = Some("quicker".into());
    let r = &refine(&[old], &[new])[0];
    assert_eq!(r.guards_changed.len(), 1);
    assert_eq!(r.guards_changed[0].after.as_deref(), Some("((none)) || (quicker)"));
    assert!(r.added_actions.is_empty() && r.removed_actions.is_empty());
}
