//! The refinement between two versions of a tenant's state machines: per entity type, what
//! states, actions and moves (`action` in `state`, guards aside) appear or disappear, and
//! which guards and targets change.
//!
//! A type is reported when anything about it differs, its initial or terminal states
//! included. It is *conservative* when the new version accepts everything the old did: no
//! state, action or move removed, no guard or target changed, and the same initial state. A
//! new type is conservative, a removed one is not. Lists follow declaration order (the new
//! version's for what was added, the old one's for what was removed). An action declared more
//! than once (one entry per source state set) is compared as a whole: its guards joined with
//! `||`, its targets with `|`.

use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionShape {
    pub name: String,
    pub from: Vec<String>,
    pub to: Option<String>,
    pub guard: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Machine {
    pub entity_type: String,
    pub states: Vec<String>,
    pub initial: String,
    pub terminal: Vec<String>,
    pub actions: Vec<ActionShape>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Move {
    pub state: String,
    pub action: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardChange {
    pub action: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refinement {
    pub entity_type: String,
    pub added: bool,
    pub removed: bool,
    pub added_states: Vec<String>,
    pub removed_states: Vec<String>,
    pub added_actions: Vec<String>,
    pub removed_actions: Vec<String>,
    pub newly_legal: Vec<Move>,
    pub newly_illegal: Vec<Move>,
    pub guards_changed: Vec<GuardChange>,
    pub targets_changed: Vec<String>,
    pub conservative: bool,
}

/// Old against new, sorted by entity type; unchanged types left out. A type listed twice in
/// one version counts once (its first entry).
pub fn refine(old: &[Machine], new: &[Machine]) -> Vec<Refinement> {
    let index = |ms: &[Machine]| {
        let mut m: BTreeMap<String, Machine> = BTreeMap::new();
        for x in ms {
            m.entry(x.entity_type.clone()).or_insert_with(|| x.clone());
        }
        m
    };
    let (old, new) = (index(old), index(new));
    let types: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let empty = Machine::default();
    let mut out = Vec::new();
    for t in types {
        let (o, n) = (old.get(t), new.get(t));
        let mut r = compare(o.unwrap_or(&empty), n.unwrap_or(&empty));
        r.entity_type = t.clone();
        r.added = o.is_none();
        r.removed = n.is_none();
        if r.added || r.removed {
            r.conservative = r.added;
        }
        let same_ends = o.zip(n).is_some_and(|(o, n)| o.initial == n.initial && set(&o.terminal) == set(&n.terminal));
        if r.added || r.removed || !same_ends || changed(&r) {
            out.push(r);
        }
    }
    out
}

fn changed(r: &Refinement) -> bool {
    !(r.added_states.is_empty()
        && r.removed_states.is_empty()
        && r.added_actions.is_empty()
        && r.removed_actions.is_empty()
        && r.newly_legal.is_empty()
        && r.newly_illegal.is_empty()
        && r.guards_changed.is_empty()
        && r.targets_changed.is_empty())
}

fn set(v: &[String]) -> BTreeSet<&str> {
    v.iter().map(String::as_str).collect()
}

/// Items of `a` not in `b`, in `a`'s order, once each.
fn minus(a: &[String], b: &[String]) -> Vec<String> {
    let b = set(b);
    let mut seen = BTreeSet::new();
    a.iter().filter(|x| !b.contains(x.as_str()) && seen.insert(x.as_str())).cloned().collect()
}

/// The actions of a machine by name, in declaration order: (name, guard, target) with the
/// entries of a repeated name folded together.
fn actions(m: &Machine) -> Vec<(String, Option<String>, Option<String>)> {
    let mut order: Vec<&str> = Vec::new();
    let mut by: BTreeMap<&str, Vec<&ActionShape>> = BTreeMap::new();
    for a in &m.actions {
        let e = by.entry(&a.name).or_default();
        if e.is_empty() {
            order.push(&a.name);
        }
        e.push(a);
    }
    order
        .into_iter()
        .map(|name| {
            let shapes = by.get(name).map(Vec::as_slice).unwrap_or_default();
            let guard = fold(shapes.iter().map(|a| a.guard.as_deref().map(normalize)), " || ", true);
            let to = fold(shapes.iter().map(|a| a.to.clone()), " | ", false);
            (name.to_string(), guard, to)
        })
        .collect()
}

/// One value for several entries: the only one, or all (distinct, `None` as `(none)`) joined
/// by `sep`, each parenthesized when `paren`.
fn fold(values: impl Iterator<Item = Option<String>>, sep: &str, paren: bool) -> Option<String> {
    let mut distinct: Vec<Option<String>> = Vec::new();
    for v in values {
        if !distinct.contains(&v) {
            distinct.push(v);
        }
    }
    match distinct.as_slice() {
        [] => None,
        [one] => one.clone(),
        many => Some(
            many.iter()
                .map(|v| {
                    let s = v.as_deref().unwrap_or("(none)");
                    if paren { format!("({s})") } else { s.to_string() }
                })
                .collect::<Vec<_>>()
                .join(sep),
        ),
    }
}

/// A guard with its whitespace runs made single spaces, so reformatting is not a change.
fn normalize(g: &str) -> String {
    g.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The moves of a machine, in declaration order, once each.
fn moves(m: &Machine) -> Vec<Move> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for a in &m.actions {
        for s in &a.from {
            if seen.insert((s.as_str(), a.name.as_str())) {
                out.push(Move { state: s.clone(), action: a.name.clone() });
            }
        }
    }
    out
}

fn compare(old: &Machine, new: &Machine) -> Refinement {
    let (oa, na) = (actions(old), actions(new));
    let names = |v: &[(String, Option<String>, Option<String>)]| v.iter().map(|a| a.0.clone()).collect::<Vec<_>>();
    let (on, nn) = (names(&oa), names(&na));
    let (om, nm) = (moves(old), moves(new));
    let (oms, nms): (BTreeSet<&Move>, BTreeSet<&Move>) = (om.iter().collect(), nm.iter().collect());
    let mut guards_changed = Vec::new();
    let mut targets_changed = Vec::new();
    for (name, guard, to) in &oa {
        let Some((_, g2, t2)) = na.iter().find(|a| &a.0 == name) else { continue };
        if guard != g2 {
            guards_changed.push(GuardChange { action: name.clone(), before: guard.clone(), after: g2.clone() });
        }
        if to != t2 {
            let show = |t: &Option<String>| t.clone().unwrap_or_else(|| "(stays)".into());
            targets_changed.push(format!("{name}: {} -> {}", show(to), show(t2)));
        }
    }
    let mut r = Refinement {
        added_states: minus(&new.states, &old.states),
        removed_states: minus(&old.states, &new.states),
        added_actions: minus(&nn, &on),
        removed_actions: minus(&on, &nn),
        newly_legal: nm.iter().filter(|m| !oms.contains(m)).cloned().collect(),
        newly_illegal: om.iter().filter(|m| !nms.contains(m)).cloned().collect(),
        guards_changed,
        targets_changed,
        ..Refinement::default()
    };
    r.conservative = r.removed_states.is_empty()
        && r.removed_actions.is_empty()
        && r.newly_illegal.is_empty()
        && r.guards_changed.is_empty()
        && r.targets_changed.is_empty()
        && old.initial == new.initial;
    r
}

#[cfg(test)]
#[path = "refine_tests.rs"]
mod tests;
