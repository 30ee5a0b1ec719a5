//! Property tests of the predicate language: the parser never panics, random well-typed predicates
//! parse, check and evaluate exactly like a reference evaluator, and deep nesting is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use proptest::sample::select;
use temper_spec::predicate::check::ParamEntry;
use temper_spec::predicate::{Env, ParamTypes, Pred, Scope, Ty, check, eval, failing_clause, parse_predicate};
use temper_spec::value::{Value, VarType};

const VARS: [(&str, VarType); 5] =
    [("n", VarType::Counter), ("m", VarType::Int), ("b", VarType::Bool), ("s", VarType::String), ("l", VarType::List)];
const STATES: [&str; 3] = ["A", "B", "C"];
const N: usize = 0;
const M: usize = 1;
const B: usize = 2;
const S: usize = 3;
const L: usize = 4;

fn vars() -> Vec<(String, VarType)> {
    VARS.iter().map(|(n, t)| (n.to_string(), *t)).collect()
}

fn states() -> Vec<String> {
    STATES.iter().map(|s| s.to_string()).collect()
}

/// Declared parameters: `pi` (number), `ps` (string), `pb` (bool).
fn params() -> ParamTypes {
    let mut p = ParamTypes::default();
    for (name, ty) in [("pi", Ty::Num), ("ps", Ty::Str), ("pb", Ty::Bool)] {
        p.entries.insert(name.into(), ParamEntry { ty: Some(ty), declared_type: true, used: false });
    }
    p
}

/// Parses and checks `src` in the fixed scope (parameters in scope, related entities allowed).
fn parse_checked(src: &str) -> Result<Pred, String> {
    let mut p = parse_predicate(src).map_err(|e| format!("parse: {} at {}", e.message, e.offset))?;
    let (vars, states, mut params) = (vars(), states(), params());
    let errs =
        check(&mut p, &mut Scope { vars: &vars, states: &states, params: Some(&mut params), allow_related: true });
    match errs.first() {
        None => Ok(p),
        Some(e) => Err(format!("check: {} at {}", e.message, e.offset)),
    }
}

/// A reference operand.
#[derive(Debug, Clone, PartialEq)]
enum O {
    Status,
    Var(usize),
    Param(&'static str),
    LenVar(usize),
    LenParam,
    Lit(Value),
}

/// A reference predicate; `Paren` is a redundant pair of parentheses.
#[derive(Debug, Clone)]
enum E {
    Implies(Box<E>, Box<E>),
    Or(Vec<E>),
    And(Vec<E>),
    Not(Box<E>),
    Paren(Box<E>),
    Empty(O),
    Test(O),
    Cmp(O, &'static str, O),
    InLits(O, Vec<Value>, bool),
    InList(O, bool),
}

#[derive(Debug, Clone)]
struct World {
    status: &'static str,
    vars: Vec<Value>,
    params: Vec<(String, Value)>,
}

impl World {
    fn value(&self, o: &O) -> Value {
        let param = |p: &str| self.params.iter().find(|(n, _)| n == p).map_or(Value::Null, |(_, v)| v.clone());
        let len = |v: Value| match v {
            Value::Str(s) => Value::Int(s.chars().count() as i64),
            Value::List(l) => Value::Int(l.len() as i64),
            _ => Value::Int(0),
        };
        match o {
            O::Status => Value::Str(self.status.into()),
            O::Var(i) => self.vars[*i].clone(),
            O::Param(p) => param(p),
            O::LenVar(i) => len(self.vars[*i].clone()),
            O::LenParam => len(param("ps")),
            O::Lit(v) => v.clone(),
        }
    }

    fn eval(&self, e: &E) -> bool {
        match e {
            E::Implies(a, b) => !self.eval(a) || self.eval(b),
            E::Or(items) => items.iter().any(|i| self.eval(i)),
            E::And(items) => items.iter().all(|i| self.eval(i)),
            E::Not(a) => !self.eval(a),
            E::Paren(a) => self.eval(a),
            E::Empty(o) => match self.value(o) {
                Value::Null => true,
                Value::Str(s) => s.is_empty(),
                Value::List(l) => l.is_empty(),
                _ => false,
            },
            E::Test(o) => self.value(o) == Value::Bool(true),
            E::Cmp(a, op, b) => match (*op, self.value(a), self.value(b)) {
                ("==", x, y) => x == y,
                ("!=", x, y) => x != y,
                ("<", Value::Int(x), Value::Int(y)) => x < y,
                ("<=", Value::Int(x), Value::Int(y)) => x <= y,
                (">", Value::Int(x), Value::Int(y)) => x > y,
                (">=", Value::Int(x), Value::Int(y)) => x >= y,
                _ => false,
            },
            E::InLits(o, lits, neg) => lits.contains(&self.value(o)) != *neg,
            E::InList(o, neg) => {
                let found = match (&self.vars[L], self.value(o)) {
                    (Value::List(items), Value::Str(s)) => items.contains(&s),
                    _ => false,
                };
                found != *neg
            }
        }
    }
}

fn render_o(o: &O) -> String {
    match o {
        O::Status => "status".into(),
        O::Var(i) => VARS[*i].0.into(),
        O::Param(p) => format!("params.{p}"),
        O::LenVar(i) => format!("len({})", VARS[*i].0),
        O::LenParam => "len(params.ps)".into(),
        O::Lit(v) => v.to_string(),
    }
}

fn prec(e: &E) -> u8 {
    match e {
        E::Implies(..) => 0,
        E::Or(_) => 1,
        E::And(_) => 2,
        E::Not(_) => 3,
        _ => 4,
    }
}

/// Renders with the fewest parentheses the grammar needs (plus the redundant `Paren`s).
fn render(e: &E, min: u8) -> String {
    let join = |items: &[E], sep: &str, min| items.iter().map(|i| render(i, min)).collect::<Vec<_>>().join(sep);
    let s = match e {
        E::Implies(a, b) => format!("{} => {}", render(a, 1), render(b, 0)),
        E::Or(items) => join(items, " || ", 1),
        E::And(items) => join(items, " && ", 2),
        E::Not(a) => format!("!{}", render(a, 3)),
        E::Paren(a) => format!("({})", render(a, 0)),
        E::Empty(o) => format!("empty({})", render_o(o)),
        E::Test(o) => render_o(o),
        E::Cmp(a, op, b) => format!("{} {op} {}", render_o(a), render_o(b)),
        E::InLits(o, lits, neg) => {
            let lits: Vec<String> = lits.iter().map(Value::to_string).collect();
            format!("{}{} in [{}]", render_o(o), if *neg { " not" } else { "" }, lits.join(", "))
        }
        E::InList(o, neg) => format!("{}{} in l", render_o(o), if *neg { " not" } else { "" }),
    };
    if prec(e) < min { format!("({s})") } else { s }
}

fn int_lit() -> impl Strategy<Value = Value> {
    prop_oneof![8 => (-3i64..5).prop_map(Value::Int), 1 => Just(Value::Int(i64::MIN)), 1 => Just(Value::Int(i64::MAX))]
}

fn str_lit() -> impl Strategy<Value = Value> {
    select(vec!["A", "B", "C", "", "x"]).prop_map(|s| Value::Str(s.into()))
}

fn num_o() -> impl Strategy<Value = O> {
    prop_oneof![
        select(vec![O::Var(N), O::Var(M), O::LenVar(S), O::LenVar(L), O::LenParam, O::Param("pi")]),
        int_lit().prop_map(O::Lit),
    ]
}

fn str_o() -> impl Strategy<Value = O> {
    prop_oneof![select(vec![O::Status, O::Var(S), O::Param("ps")]), str_lit().prop_map(O::Lit)]
}

fn bool_o() -> impl Strategy<Value = O> {
    select(vec![O::Var(B), O::Param("pb"), O::Lit(Value::Bool(true)), O::Lit(Value::Bool(false))])
}

fn any_o() -> impl Strategy<Value = O> {
    prop_oneof![num_o(), str_o(), bool_o(), Just(O::Var(L))]
}

/// `status` compared with (or tested against) a string literal needs a declared state.
fn to_state(v: Value) -> Value {
    match v {
        Value::Str(s) if !STATES.contains(&s.as_str()) => Value::Str("A".into()),
        v => v,
    }
}

fn fix_cmp(a: O, op: &'static str, b: O) -> E {
    let fix = |x: O, other: &O| match (x, other) {
        (O::Lit(v), O::Status) => O::Lit(to_state(v)),
        (x, _) => x,
    };
    let (a2, b2) = (fix(a.clone(), &b), fix(b, &a));
    E::Cmp(a2, op, b2)
}

fn fix_in(o: O, lits: Vec<Value>, neg: bool) -> E {
    let lits = if o == O::Status { lits.into_iter().map(to_state).collect() } else { lits };
    E::InLits(o, lits, neg)
}

fn leaf() -> impl Strategy<Value = E> {
    let ord = select(vec!["==", "!=", "<", "<=", ">", ">="]);
    let eq = || select(vec!["==", "!="]);
    let null_side = (any_o(), eq(), any::<bool>()).prop_map(|(o, op, swap)| {
        if swap { E::Cmp(O::Lit(Value::Null), op, o) } else { E::Cmp(o, op, O::Lit(Value::Null)) }
    });
    let lits = |s: BoxedStrategy<Value>| prop::collection::vec(prop_oneof![4 => s, 1 => Just(Value::Null)], 0..4);
    prop_oneof![
        (num_o(), ord, num_o()).prop_map(|(a, op, b)| E::Cmp(a, op, b)),
        (str_o(), eq(), str_o()).prop_map(|(a, op, b)| fix_cmp(a, op, b)),
        (bool_o(), eq(), bool_o()).prop_map(|(a, op, b)| E::Cmp(a, op, b)),
        null_side,
        (num_o(), lits(int_lit().boxed()), any::<bool>()).prop_map(|(o, l, n)| fix_in(o, l, n)),
        (str_o(), lits(str_lit().boxed()), any::<bool>()).prop_map(|(o, l, n)| fix_in(o, l, n)),
        (bool_o(), lits(any::<bool>().prop_map(Value::Bool).boxed()), any::<bool>())
            .prop_map(|(o, l, n)| fix_in(o, l, n)),
        (str_o(), any::<bool>()).prop_map(|(o, n)| E::InList(o, n)),
        bool_o().prop_map(E::Test),
        select(vec![O::Var(S), O::Var(L), O::Param("ps")]).prop_map(E::Empty),
    ]
}

fn pred() -> impl Strategy<Value = E> {
    leaf().prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Implies(Box::new(a), Box::new(b))),
            prop::collection::vec(inner.clone(), 2..4).prop_map(E::Or),
            prop::collection::vec(inner.clone(), 2..4).prop_map(E::And),
            inner.clone().prop_map(|a| E::Not(Box::new(a))),
            inner.prop_map(|a| E::Paren(Box::new(a))),
        ]
    })
}

fn world() -> impl Strategy<Value = World> {
    let text = || select(vec!["", "A", "x", "héllo"]).prop_map(String::from);
    let m = prop_oneof![-5i64..5, Just(i64::MIN), Just(i64::MAX)];
    let param = |name: &'static str, v: BoxedStrategy<Value>| {
        prop_oneof![
            Just(None),
            Just(Some((name.to_string(), Value::Null))),
            v.prop_map(move |v| Some((name.to_string(), v)))
        ]
    };
    (
        select(STATES.to_vec()),
        (0i64..5, m, any::<bool>(), text(), prop::collection::vec(text(), 0..3)),
        param("pi", (-3i64..5).prop_map(Value::Int).boxed()),
        param("ps", text().prop_map(Value::Str).boxed()),
        param("pb", any::<bool>().prop_map(Value::Bool).boxed()),
    )
        .prop_map(|(status, (n, m, b, s, l), pi, ps, pb)| World {
            status,
            vars: vec![Value::Int(n), Value::Int(m), Value::Bool(b), Value::Str(s), Value::List(l)],
            params: [pi, ps, pb].into_iter().flatten().collect(),
        })
}

fn env(w: &World) -> Env<'_> {
    Env { status: w.status, vars: &w.vars, params: &w.params, related: &[] }
}

/// The token alphabet, space-separated.
const TOKENS: &str = "status n m b s l zz Task 'str' 'A' '' 0 -1 42 99999999999999999999 == != < <= > >= && || ! => \
                      ( ) [ ] , in not len empty params . true false null = - \" ' & |";

fn token_soup() -> impl Strategy<Value = String> {
    (prop::collection::vec(select(TOKENS.split_whitespace().collect::<Vec<_>>()), 0..24), any::<bool>())
        .prop_map(|(toks, spaced)| toks.join(if spaced { " " } else { "" }))
}

/// Parses `src`; when it parses, checks it; when it checks, evaluates it. Nothing may panic.
fn exercise(src: &str, w: &World) {
    let Ok(mut p) = parse_predicate(src) else { return };
    let (vars, states, mut params) = (vars(), states(), params());
    let errs =
        check(&mut p, &mut Scope { vars: &vars, states: &states, params: Some(&mut params), allow_related: true });
    for e in &errs {
        assert!(e.offset <= src.len() && !e.message.is_empty() && !e.help.is_empty(), "{src:?}: {e:?}");
    }
    if errs.is_empty() && !eval(&p, &env(w)) {
        let span = failing_clause(&p, &env(w));
        assert!(src.get(span.clone()).is_some(), "{src:?}: clause {span:?} is not inside the text");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_text(src in any::<String>(), w in world()) {
        if let Err(e) = parse_predicate(&src) {
            prop_assert!(e.offset <= src.len() && !e.message.is_empty() && !e.help.is_empty(), "{:?}", e);
        }
        exercise(&src, &w);
    }

    #[test]
    fn never_panics_on_token_soup(src in token_soup(), w in world()) {
        if let Err(e) = parse_predicate(&src) {
            prop_assert!(e.offset <= src.len() && !e.message.is_empty() && !e.help.is_empty(), "{:?}", e);
            prop_assert!(src.is_char_boundary(e.offset));
        }
        exercise(&src, &w);
    }

    #[test]
    fn well_typed_predicates_check_and_agree_with_reference(e in pred(), worlds in prop::collection::vec(world(), 1..8)) {
        let src = render(&e, 0);
        let p = parse_checked(&src).map_err(|m| TestCaseError::fail(format!("{src}: {m}")))?;
        for w in &worlds {
            let got = eval(&p, &env(w));
            prop_assert_eq!(got, w.eval(&e), "{} in {:?}", src, w);
            if !got {
                // The reported clause is itself a predicate, and it is false.
                let span = failing_clause(&p, &env(w));
                let clause = src.get(span.clone()).ok_or_else(|| TestCaseError::fail(format!("{span:?} outside {src}")))?;
                let c = parse_checked(clause).map_err(|m| TestCaseError::fail(format!("clause `{clause}` of {src}: {m}")))?;
                prop_assert!(!eval(&c, &env(w)), "clause `{}` of `{}` holds in {:?}", clause, src, w);
            }
        }
    }
}

fn assert_too_deep(src: &str) {
    let err = parse_predicate(src).expect_err("deep nesting must be refused");
    assert!(err.message.contains("nests deeper than 64"), "{}", err.message);
    assert!(err.offset <= src.len());
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let parens = format!("{}b{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_too_deep(&parens);
    assert_too_deep(&format!("{}b", "!".repeat(10_000)));
    assert_too_deep(&format!("{}b", "!(".repeat(5_000)));
    assert_too_deep(&vec!["b"; 10_000].join(" => "));
    // Unbalanced: refused for depth before the missing `)` is noticed.
    assert_too_deep(&"(".repeat(10_000));
}

#[test]
fn nesting_below_the_limit_parses() {
    for k in [1, 30, 62] {
        let src = format!("{}b{}", "(".repeat(k), ")".repeat(k));
        parse_checked(&src).unwrap();
        parse_checked(&format!("{}b", "!".repeat(k))).unwrap();
    }
    for k in [65, 100] {
        assert_too_deep(&format!("{}b{}", "(".repeat(k), ")".repeat(k)));
        assert_too_deep(&format!("{}b", "!".repeat(k)));
    }
}

#[test]
fn long_flat_chains_are_not_nesting() {
    let w = World {
        status: "A",
        vars: vec![Value::Int(1), Value::Int(0), Value::Bool(true), Value::Str("x".into()), Value::List(vec![])],
        params: vec![],
    };
    for op in [" && ", " || "] {
        let src = vec!["n > 0"; 10_000].join(op);
        let p = parse_checked(&src).unwrap();
        assert!(eval(&p, &env(&w)));
    }
}
