//! The facts bounds and domains are built from: which literals each variable, list length and
//! parameter meets (in guards, invariants and effects), which of them are compared with each
//! other, and which values flow into which variables.

use temper_spec::effect::{Arg, AssignOp, Effect};
use temper_spec::ir::Automaton;
use temper_spec::predicate::ast::{CmpOp, Operand, OperandKind, Pred, PredKind, Ref, SetExpr};
use temper_spec::value::{Value, VarType};

use crate::classify::{atoms, clause_text};

/// Something with values: a variable, a list's length, or an action's parameter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Var(usize),
    Len(usize),
    /// (action index, parameter name).
    Param(usize, String),
}

/// A literal a subject meets, with the subject on the left (`hits < 5` → `Cmp(Lt, 5)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meet {
    Cmp(CmpOp, Value),
    /// Assigned or appended: the subject takes this value (for a list: holds this item).
    Assigned(Value),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact<T> {
    pub item: T,
    /// The clause or effect statement it comes from.
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub meets: Vec<Fact<(Subject, Meet)>>,
    /// Compared with each other, or one changes the other (`n += params.k`, `remove_at(l, params.i)`).
    pub links: Vec<Fact<(Subject, Subject)>>,
    /// `var = source` (or an append of `source` to a list): the source's values reach `var`.
    pub flows: Vec<Fact<(Subject, usize)>>,
}

/// Scans every guard, invariant and effect of `aut`.
pub fn scan(aut: &Automaton) -> Facts {
    let mut f = Facts::default();
    for (ai, a) in aut.actions.iter().enumerate() {
        if let Some(g) = &a.guard {
            f.pred(aut, &g.item, &g.text, Some(ai));
        }
        for e in &a.effects {
            f.effect(ai, &e.item, &e.text);
        }
    }
    for inv in &aut.invariants {
        f.pred(aut, &inv.assert.item, &inv.assert.text, None);
    }
    f
}

fn flip(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        CmpOp::Eq | CmpOp::Ne => op,
    }
}

fn subject(o: &Operand, action: Option<usize>) -> Option<Subject> {
    match &o.kind {
        OperandKind::Ref(r) => ref_subject(r, action),
        OperandKind::Len(Ref::Var(i, _)) => Some(Subject::Len(*i)),
        _ => None,
    }
}

fn ref_subject(r: &Ref, action: Option<usize>) -> Option<Subject> {
    match r {
        Ref::Var(i, _) => Some(Subject::Var(*i)),
        Ref::Param(p) => action.map(|a| Subject::Param(a, p.clone())),
        Ref::Unresolved(_) => None,
    }
}

fn lit(o: &Operand) -> Option<&Value> {
    match &o.kind {
        OperandKind::Lit(v) => Some(v),
        _ => None,
    }
}

impl Facts {
    fn meet(&mut self, s: Subject, m: Meet, text: &str) {
        self.meets.push(Fact { item: (s, m), text: text.to_string() });
    }

    fn link(&mut self, a: Subject, b: Subject, text: &str) {
        self.links.push(Fact { item: (a, b), text: text.to_string() });
    }

    fn pred(&mut self, aut: &Automaton, p: &Pred, text: &str, action: Option<usize>) {
        for atom in atoms(p) {
            let t = clause_text(text, atom);
            match &atom.kind {
                PredKind::Cmp(a, op, b) => match (subject(a, action), subject(b, action)) {
                    (Some(sa), Some(sb)) => self.link(sa, sb, &t),
                    (Some(sa), None) => {
                        if let Some(v) = lit(b) {
                            self.meet(sa, Meet::Cmp(*op, v.clone()), &t);
                        }
                    }
                    (None, Some(sb)) => {
                        if let Some(v) = lit(a) {
                            self.meet(sb, Meet::Cmp(flip(*op), v.clone()), &t);
                        }
                    }
                    (None, None) => {}
                },
                PredKind::In { lhs, set, .. } => match set {
                    SetExpr::Lits(vs) => {
                        if let Some(s) = subject(lhs, action) {
                            for v in vs {
                                self.meet(s.clone(), Meet::Cmp(CmpOp::Eq, v.clone()), &t);
                            }
                        }
                    }
                    SetExpr::Ref(r) => {
                        let Some(list) = ref_subject(r, action) else { continue };
                        match (subject(lhs, action), lit(lhs)) {
                            (Some(s), _) => self.link(s, list, &t),
                            (None, Some(v)) => self.meet(list, Meet::Cmp(CmpOp::Eq, v.clone()), &t),
                            (None, None) => {}
                        }
                    }
                },
                PredKind::Empty(r) => match (r, ref_subject(r, action)) {
                    (Ref::Var(i, _), _) if aut.vars[*i].ty == VarType::List => {
                        self.meet(Subject::Len(*i), Meet::Cmp(CmpOp::Eq, Value::Int(0)), &t)
                    }
                    (_, Some(s)) => self.meet(s, Meet::Cmp(CmpOp::Eq, Value::Str(String::new())), &t),
                    (_, None) => {}
                },
                _ => {}
            }
        }
    }

    fn assigned(&mut self, var: usize, arg: &Arg, src: Option<Subject>, text: &str) {
        match (arg, src) {
            (Arg::Lit(v), _) => self.meet(Subject::Var(var), Meet::Assigned(v.clone()), text),
            (_, Some(s)) => self.flows.push(Fact { item: (s, var), text: text.to_string() }),
            _ => {}
        }
    }

    fn effect(&mut self, ai: usize, e: &Effect, text: &str) {
        let src = |a: &Arg| -> Option<Subject> {
            match a {
                Arg::Var(i) => Some(Subject::Var(*i)),
                Arg::Param(p) => Some(Subject::Param(ai, p.clone())),
                Arg::Lit(_) => None,
            }
        };
        match e {
            Effect::Assign { var, op: AssignOp::Set, arg } | Effect::Append { var, arg } => {
                self.assigned(*var, arg, src(arg), text)
            }
            Effect::Assign { var, arg, .. } => {
                if let Some(s) = src(arg) {
                    self.link(s, Subject::Var(*var), text);
                }
            }
            Effect::RemoveAt { var, arg } => {
                if let Some(s) = src(arg) {
                    self.link(s, Subject::Len(*var), text);
                }
            }
            Effect::Spawn { store: Some(var), id: Some(arg), .. } => self.assigned(*var, arg, src(arg), text),
            Effect::Spawn { .. } | Effect::Schedule { .. } | Effect::ScheduleAt { .. } => {}
        }
    }
}

/// Every subject of `aut`'s parameters, with its action's index.
pub fn params_of(aut: &Automaton) -> Vec<Subject> {
    aut.actions
        .iter()
        .enumerate()
        .flat_map(|(ai, a)| a.params.iter().map(move |p| Subject::Param(ai, p.name.clone())))
        .collect()
}
