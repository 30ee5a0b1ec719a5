//! Which subjects share their values: a union-find over subjects (counters and list lengths
//! that are compared with each other share a bound), and the groups of string-valued subjects
//! (string variables, list items, string parameters) that are compared with or flow into each
//! other, from which string domains are drawn.

use std::collections::{BTreeMap, BTreeSet};
use temper_spec::ir::Automaton;
use temper_spec::predicate::Ty;
use temper_spec::value::{Value, VarType};

use crate::domains::Domain;
use crate::scan::{Facts, Meet, Subject};

/// The fresh value of a string subject: no literal equals it.
fn fresh_text(name: &str) -> Value {
    Value::Str(format!("fresh:{name}"))
}

/// A parameter subject's declared or inferred type and whether it is a `counter`.
pub fn param_ty(aut: &Automaton, s: &Subject) -> Option<(Option<Ty>, bool)> {
    let Subject::Param(ai, name) = s else { return None };
    aut.actions[*ai].params.iter().find(|p| p.name == *name).map(|p| (p.ty, p.non_negative))
}

/// Union-find over subjects, by index into `keys`.
pub struct Groups {
    keys: Vec<Subject>,
    parent: Vec<usize>,
}

impl Groups {
    pub fn new(keys: Vec<Subject>) -> Self {
        let parent = (0..keys.len()).collect();
        Self { keys, parent }
    }
    pub fn find(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }
    pub fn index(&self, s: &Subject) -> Option<usize> {
        self.keys.iter().position(|k| k == s)
    }
    pub fn union(&mut self, a: &Subject, b: &Subject) {
        if let (Some(a), Some(b)) = (self.index(a), self.index(b)) {
            let (ra, rb) = (self.find(a), self.find(b));
            self.parent[ra] = rb;
        }
    }
    pub fn members(&self, s: &Subject) -> Vec<Subject> {
        let Some(i) = self.index(s) else { return vec![s.clone()] };
        let root = self.find(i);
        (0..self.keys.len()).filter(|j| self.find(*j) == root).map(|j| self.keys[j].clone()).collect()
    }
}

/// Groups of string-valued subjects (string variables, list items, string parameters) that
/// are compared with or flow into each other: they share their values.
pub struct StringGroups {
    groups: Groups,
    /// Per subject: its own literals and its fresh value.
    literals: BTreeMap<Subject, Vec<Value>>,
    fresh: BTreeMap<Subject, Value>,
}

pub fn string_groups(aut: &Automaton, facts: &Facts) -> StringGroups {
    let mut keys = Vec::new();
    let mut literals: BTreeMap<Subject, Vec<Value>> = BTreeMap::new();
    let mut fresh = BTreeMap::new();
    for (i, v) in aut.vars.iter().enumerate() {
        if matches!(v.ty, VarType::String | VarType::List) {
            let s = Subject::Var(i);
            let init = match &v.initial {
                Value::Str(x) => vec![Value::Str(x.clone())],
                Value::List(items) => items.iter().cloned().map(Value::Str).collect(),
                _ => Vec::new(),
            };
            literals.insert(s.clone(), init);
            fresh.insert(s.clone(), fresh_text(&v.name));
            keys.push(s);
        }
    }
    for s in crate::scan::params_of(aut) {
        if matches!(param_ty(aut, &s), Some((Some(Ty::Str | Ty::List | Ty::Null) | None, _))) {
            if let Subject::Param(_, name) = &s {
                fresh.insert(s.clone(), fresh_text(name));
            }
            literals.insert(s.clone(), Vec::new());
            keys.push(s);
        }
    }
    for f in &facts.meets {
        if let (Some(list), Meet::Cmp(_, v @ Value::Str(_)) | Meet::Assigned(v @ Value::Str(_))) =
            (literals.get_mut(&f.item.0), &f.item.1)
            && !list.contains(v)
        {
            list.push(v.clone());
        }
    }
    let mut groups = Groups::new(keys);
    for f in &facts.links {
        groups.union(&f.item.0, &f.item.1);
    }
    for f in &facts.flows {
        groups.union(&f.item.0, &Subject::Var(f.item.1));
    }
    StringGroups { groups, literals, fresh }
}

impl StringGroups {
    /// `s`'s own literals, the fresh values of its group, the group's other literals, then
    /// `s`'s own fresh value (always kept).
    pub fn values_for(&self, s: &Subject, max_values: usize) -> Domain {
        let members = self.groups.members(s);
        let mut ordered: Vec<Value> = self.literals.get(s).cloned().unwrap_or_default();
        let own_fresh = self.fresh.get(s).cloned();
        let params_first = members.iter().filter(|m| matches!(m, Subject::Param(..)));
        let vars_next = members.iter().filter(|m| !matches!(m, Subject::Param(..)));
        for m in params_first.chain(vars_next.clone()) {
            if let Some(f) = self.fresh.get(m).filter(|_| m != s && matches!(m, Subject::Param(..))) {
                ordered.push(f.clone());
            }
        }
        for m in &members {
            ordered.extend(self.literals.get(m).cloned().unwrap_or_default());
        }
        let own_fresh = own_fresh.filter(|f| !ordered.contains(f));
        let mut seen = BTreeSet::new();
        let mut kept: Vec<Value> = ordered.into_iter().filter(|v| seen.insert(v.clone())).collect();
        let room = if own_fresh.is_some() { max_values.saturating_sub(1) } else { max_values };
        let truncated = kept.len() > room;
        kept.truncate(room);
        kept.extend(own_fresh);
        Domain { values: kept, truncated }
    }
}
