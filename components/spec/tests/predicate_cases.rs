//! Table-driven tests of the predicate language: parse and type-check errors (message and byte
//! offset), and evaluation semantics (null, `empty`, `len`, `in`, `=>`, `failing_clause`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::predicate::ast::{OperandKind, PredKind};
use temper_spec::predicate::check::ParamEntry;
use temper_spec::predicate::{
    Env, ParamTypes, Pred, Related, Scope, SyntaxError, Ty, check, eval, failing_clause, parse_predicate,
};
use temper_spec::value::{Value, VarType};

fn vars() -> Vec<(String, VarType)> {
    [("n", VarType::Counter), ("m", VarType::Int), ("b", VarType::Bool), ("s", VarType::String), ("l", VarType::List)]
        .iter()
        .map(|(n, t)| (n.to_string(), *t))
        .collect()
}

fn states() -> Vec<String> {
    vec!["A".into(), "B".into(), "C".into()]
}

/// Parameters: `pi` number, `ps` string, `pb` bool (declared), `pu` untyped.
fn params() -> ParamTypes {
    let mut p = ParamTypes::default();
    for (name, ty) in [("pi", Some(Ty::Num)), ("ps", Some(Ty::Str)), ("pb", Some(Ty::Bool)), ("pu", None)] {
        p.entries.insert(name.into(), ParamEntry { ty, declared_type: ty.is_some(), used: false });
    }
    p
}

/// Parses and checks in a guard-like scope (`in_guard`) or an invariant-like one.
fn compile(src: &str, in_guard: bool) -> Result<Pred, Vec<SyntaxError>> {
    let mut p = parse_predicate(src).map_err(|e| vec![e])?;
    let (vars, states, mut params) = (vars(), states(), params());
    let mut scope =
        Scope { vars: &vars, states: &states, params: in_guard.then_some(&mut params), allow_related: in_guard };
    let errs = check(&mut p, &mut scope);
    if errs.is_empty() { Ok(p) } else { Err(errs) }
}

fn guard(src: &str) -> Pred {
    compile(src, true).unwrap_or_else(|e| panic!("`{src}` should compile: {e:?}"))
}

/// (source, message, byte offset): the first error reported.
const PARSE_ERRORS: &[(&str, &str, usize)] = &[
    ("", "empty predicate", 0),
    ("   ", "empty predicate", 0),
    ("status == \"A\"", "double-quoted string", 10),
    ("s == 'abc", "unterminated string", 5),
    ("b & b", "single `&`", 2),
    ("b | b", "single `|`", 2),
    ("n = 1", "`=` is assignment", 2),
    ("n == 99999999999999999999", "integer `99999999999999999999` is out of range", 5),
    ("n # 1", "unexpected character `#`", 2),
    ("s == é", "unexpected character `é`", 5),
    ("m - 1 > 0", "unexpected character `-`", 2),
    ("b b", "unexpected `b` after a complete predicate", 2),
    ("s not l", "unexpected `not` after a complete predicate", 2),
    ("(b", "expected `)`, found the end", 2),
    ("(b b)", "expected `)`, found `b`", 3),
    ("n ==", "expected a value, found the end", 4),
    ("== 1", "expected a value, found `==`", 0),
    ("b && ", "expected a value, found the end", 5),
    ("b =>", "expected a value, found the end", 4),
    ("empty(status)", "`status` is a reserved word, not a name", 6),
    ("empty(3)", "expected a variable name inside `empty(...)`, found `3`", 6),
    ("len(3) > 0", "expected a list or string name inside `len(...)`, found `3`", 4),
    ("s in [n]", "expected a literal in the set, found `n`", 6),
    ("s in [", "expected a literal in the set, found the end", 6),
    ("s in ['a'", "expected `]`, found the end", 9),
    ("s in ['a' 'b']", "expected `]`, found `'b'`", 10),
    ("s in 3", "expected a `[...]` set or a list variable after `in`, found `3`", 5),
    ("params x", "expected `.` after `params`, found `x`", 7),
    ("params.3 == 1", "expected a parameter name after `params.`", 7),
    ("Task[s].name == 'A'", "only `.status` of a related entity can be read", 8),
    ("Task[s] == 'A'", "expected `.status`, found `==`", 8),
];

#[test]
fn parse_errors() {
    for (src, msg, off) in PARSE_ERRORS {
        let e = parse_predicate(src).expect_err(src);
        assert_eq!((e.message.as_str(), e.offset), (*msg, *off), "`{src}`");
        assert!(!e.help.is_empty(), "`{src}` has no help");
    }
}

/// An expected error: message, offset, help fragment.
type Want = (&'static str, usize, &'static str);

/// (source, in a guard, every error in order).
const CHECK_ERRORS: &[(&str, bool, &[Want])] = &[
    ("n > 'x'", true, &[("cannot compare a number with a string", 0, "same type")]),
    ("b == 1", true, &[("cannot compare a bool with a number", 0, "same type")]),
    ("s", true, &[("a bare string is not a condition", 0, "only bools stand alone")]),
    ("b && n", true, &[("a bare number is not a condition", 5, "only bools")]),
    ("l || b", true, &[("a bare list is not a condition", 0, "only bools")]),
    ("zz == 1", true, &[("unknown variable `zz`", 0, "declared variables are `n`, `m`, `b`, `s`, `l`")]),
    ("pu == 1", true, &[("unknown variable `pu`", 0, "write `params.pu`")]),
    ("status == 'D'", true, &[("`D` is not a state of this automaton", 10, "states are `A`, `B`, `C`")]),
    ("'D' != status", true, &[("`D` is not a state of this automaton", 0, "states are")]),
    ("status in ['A', 'D']", true, &[("`D` is not a state of this automaton", 0, "states are")]),
    ("s < 'a'", true, &[("`<` needs numbers, found a string", 0, "order only")]),
    ("b >= b", true, &[("`>=` needs numbers, found a bool", 0, "order only")]),
    ("n < null", true, &[("`<` cannot order against `null`", 0, "empty(x)")]),
    ("empty(n)", true, &[("`empty(n)` needs a string or list, but `n` is a number", 0, "count == 0")]),
    ("len(b) > 0", true, &[("`len(b)` needs a list or string, found a bool", 0, "lists and strings")]),
    ("n in [1, 'a']", true, &[("set element 'a' is a string, but the left side is a number", 0, "left side's type")]),
    ("s in n", true, &[("`in n` needs a list, but `n` is a number", 0, "`list` variable")]),
    ("n in l", true, &[("lists hold strings, but the left side is a number", 0, "'tag' in tags")]),
    ("params.pi == 1", false, &[("parameters are not in scope here", 0, "invariants see only")]),
    ("params.q == 1", true, &[("unknown parameter `q`", 0, "params = [\"q\"]")]),
    ("'a' == params.pi", true, &[("parameter `pi` is used as a string here but as a number elsewhere", 7, "one type")]),
    ("params.pu > 0 && params.pu == 'a'", true, &[("cannot compare a number with a string", 17, "same type")]),
    (
        "params.pu > 0 && 'a' == params.pu",
        true,
        &[("parameter `pu` is used as a string here but as a number elsewhere", 24, "one type")],
    ),
    ("Task[s].status == 'x'", false, &[("`Task[...].status` is not allowed here", 0, "action guards only")]),
    ("Task[n].status == 'x'", true, &[("`n` holds a number, not an entity id", 0, "string or list variable")]),
    // Every error is reported, not only the first.
    (
        "zz == 1 && s && status == 'Q'",
        true,
        &[
            ("unknown variable `zz`", 0, "declared"),
            ("a bare string is not a condition", 11, "only bools"),
            ("`Q` is not a state of this automaton", 26, "states"),
        ],
    ),
];

#[test]
fn check_errors() {
    for (src, in_guard, want) in CHECK_ERRORS {
        let errs = compile(src, *in_guard).expect_err(src);
        let got: Vec<(&str, usize)> = errs.iter().map(|e| (e.message.as_str(), e.offset)).collect();
        let exp: Vec<(&str, usize)> = want.iter().map(|(m, o, _)| (*m, *o)).collect();
        assert_eq!(got, exp, "`{src}`");
        for (e, (_, _, help)) in errs.iter().zip(want.iter()) {
            assert!(e.help.contains(help), "`{src}`: help `{}` lacks `{help}`", e.help);
        }
    }
}

#[test]
fn well_typed_sources_compile() {
    for src in [
        "status == 'A' && n > 0 || !b",
        "params.pu > 0 && params.pu <= len(s)",
        "Task[s].status == 'Done'",
        "null == params.pi",
        "n >= -1 && m == -9223372036854775808 && m < 1_000",
        "'x' not in l && empty(params.ps)",
        "status not in []",
    ] {
        guard(src);
    }
}

struct W {
    status: &'static str,
    vars: Vec<Value>,
    params: Vec<(String, Value)>,
    related: Vec<Related>,
}

fn w(n: i64, m: i64, b: bool, s: &str, l: &[&str]) -> W {
    let vars = vec![
        Value::Int(n),
        Value::Int(m),
        Value::Bool(b),
        Value::Str(s.into()),
        Value::List(l.iter().map(|x| x.to_string()).collect()),
    ];
    W { status: "A", vars, params: Vec::new(), related: Vec::new() }
}

impl W {
    fn env(&self) -> Env<'_> {
        Env { status: self.status, vars: &self.vars, params: &self.params, related: &self.related }
    }
    fn param(mut self, name: &str, v: Value) -> Self {
        self.params.push((name.into(), v));
        self
    }
    fn rel(mut self, id: &str, status: &str) -> Self {
        self.related.push(Related { entity_type: "Task".into(), id: id.into(), status: status.into() });
        self
    }
}

fn holds(src: &str, world: &W) -> bool {
    eval(&guard(src), &world.env())
}

#[test]
fn evaluation_semantics() {
    let base = || w(0, -2, false, "", &["a", "b"]);
    let cases: &[(&str, W, bool)] = &[
        // Absent parameters are null: equal only to null, never ordered, in no list.
        ("params.pi == null", base(), true),
        ("params.pi != null", base(), false),
        ("params.pi == 1", base(), false),
        ("params.pi != 1", base(), true),
        ("params.pi < 1", base(), false),
        ("params.pi >= 1", base(), false),
        ("!(params.pi < 1)", base(), true),
        ("params.pi in [1, 2]", base(), false),
        ("params.pi not in [1, 2]", base(), true),
        ("params.pi in [1, null]", base(), true),
        ("params.ps in l", base(), false),
        ("params.ps not in l", base(), true),
        ("params.pb", base(), false),
        ("!params.pb", base(), true),
        ("empty(params.ps)", base(), true),
        ("len(params.ps) == 0", base(), true),
        ("params.pi == null", base().param("pi", Value::Null), true),
        ("params.pi == 3", base().param("pi", Value::Int(3)), true),
        ("s == null", base(), false),
        // empty() and len()
        ("empty(s)", base(), true),
        ("empty(s)", w(0, 0, false, "x", &[]), false),
        ("empty(l)", base(), false),
        ("empty(l)", w(0, 0, false, "", &[]), true),
        ("len(l) == 2", base(), true),
        ("len(s) == 5", w(0, 0, false, "héllo", &[]), true),
        ("len(s) > n", w(0, 0, false, "x", &[]), true),
        // in / not in
        ("'a' in l", base(), true),
        ("'c' in l", base(), false),
        ("'c' not in l", base(), true),
        ("s in l", w(0, 0, false, "b", &["a", "b"]), true),
        ("status in ['A', 'B']", base(), true),
        ("status not in ['A', 'B']", base(), false),
        ("m in [-2, 5]", base(), true),
        ("b in [true]", base(), false),
        ("n in []", base(), false),
        ("n not in []", base(), true),
        // Precedence: `!` binds tighter than `&&`, `&&` than `||`, `||` than `=>`.
        ("!b && n == 0", base(), true),
        ("b && b || true", base(), true),
        ("true || b && b", base(), true),
        ("!(b || true)", base(), false),
        ("b || n == 0 => m == -2", base(), true),
        ("b || n == 0 => m == 3", base(), false),
        // `=>` is right-associative: `b => b => n > 0` is `b => (b => n > 0)`.
        ("b => b => n > 0", base(), true),
        ("(b => b) => n > 0", base(), false),
        ("true => false => b", base(), true),
        ("(true => false) => b", base(), true),
        ("true => true => b", base(), false),
        // Comparisons at the extremes of i64.
        ("m > -9223372036854775808", base(), true),
        ("m < 9223372036854775807", base(), true),
        // Related entities: an empty id reads null; a list of ids must all satisfy.
        ("Task[s].status == 'Done'", base(), false),
        ("Task[s].status == null", base(), true),
        ("Task[s].status == 'Done'", w(0, 0, false, "t1", &[]).rel("t1", "Done"), true),
        ("Task[s].status == null", w(0, 0, false, "t2", &[]).rel("t1", "Done"), true),
        ("Task[l].status == 'Done'", base().rel("a", "Done").rel("b", "Done"), true),
        ("Task[l].status == 'Done'", base().rel("a", "Done").rel("b", "Open"), false),
        ("Task[l].status != 'Done'", base().rel("a", "Done").rel("b", "Open"), false),
    ];
    for (src, world, want) in cases {
        assert_eq!(holds(src, world), *want, "`{src}`");
    }
}

#[test]
fn implies_parses_right_associative() {
    let p = parse_predicate("b => s == 'x' => n > 0").unwrap();
    let PredKind::Implies(lhs, rhs) = &p.kind else { panic!("{p:?}") };
    assert!(matches!(&lhs.kind, PredKind::Test(o) if matches!(&o.kind, OperandKind::Ref(_))));
    let PredKind::Implies(mid, last) = &rhs.kind else { panic!("{rhs:?}") };
    assert!(matches!(mid.kind, PredKind::Cmp(..)) && matches!(last.kind, PredKind::Cmp(..)));
    assert_eq!(rhs.span, 5..22);
}

#[test]
fn chains_are_flat() {
    let p = parse_predicate("b && b && b || b").unwrap();
    let PredKind::Or(items) = &p.kind else { panic!("{p:?}") };
    assert!(matches!(&items[0].kind, PredKind::And(a) if a.len() == 3));
}

/// (guard, world, the text of the clause reported as false).
#[test]
fn failing_clause_names_the_first_false_conjunct() {
    let cases: &[(&str, W, &str)] = &[
        ("n > 0 && (s == 'x' && (b && m == 3))", w(1, 2, true, "x", &[]), "m == 3"),
        ("n > 0 && (s == 'x' && (b && m == 3))", w(1, 3, false, "x", &[]), "b"),
        ("n > 0 && (s == 'x' && (b && m == 3))", w(1, 3, true, "y", &[]), "s == 'x'"),
        ("n > 0 && (s == 'x' && (b && m == 3))", w(0, 2, false, "y", &[]), "n > 0"),
        ("(b || n > 0) && m == 3", w(0, 3, false, "", &[]), "(b || n > 0)"),
        ("m == 3 && !(b && n == 0)", w(0, 3, true, "", &[]), "!(b && n == 0)"),
        ("b || n > 0", w(0, 0, false, "", &[]), "b || n > 0"),
        ("  n > 0  ", w(0, 0, false, "", &[]), "n > 0"),
        ("(n > 0 && b) => m == 1", w(1, 0, true, "", &[]), "(n > 0 && b) => m == 1"),
        ("n >= 0 && 'z' in l && empty(s)", w(0, 0, false, "", &["a"]), "'z' in l"),
        ("n >= 0 && len(l) == 1 && Task[s].status == 'Done'", w(0, 0, false, "", &["a"]), "Task[s].status == 'Done'"),
    ];
    for (src, world, want) in cases {
        let p = guard(src);
        assert!(!eval(&p, &world.env()), "`{src}` should be false");
        let span = failing_clause(&p, &world.env());
        assert_eq!(&src[span], *want, "`{src}`");
    }
}
