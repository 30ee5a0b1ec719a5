//! Table-driven tests of the effect language: every statement form parses to the expected
//! `Effect`, and every error class reports the expected message, offset and help.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_spec::effect::{Arg, AssignOp, Effect, EffectScope, parse_effect};
use temper_spec::predicate::check::ParamEntry;
use temper_spec::predicate::{ParamTypes, SyntaxError, Ty};
use temper_spec::value::{Value, VarType};

const N: usize = 0;
const M: usize = 1;
const B: usize = 2;
const S: usize = 3;
const L: usize = 4;

fn vars() -> Vec<(String, VarType)> {
    [("n", VarType::Counter), ("m", VarType::Int), ("b", VarType::Bool), ("s", VarType::String), ("l", VarType::List)]
        .iter()
        .map(|(n, t)| (n.to_string(), *t))
        .collect()
}

/// Parameters: `p`, `q`, `cid` untyped; `pn` declared a number, `ps` declared a string.
fn params() -> ParamTypes {
    let mut p = ParamTypes::default();
    for (name, ty) in [("p", None), ("q", None), ("cid", None), ("pn", Some(Ty::Num)), ("ps", Some(Ty::Str))] {
        p.entries.insert(name.into(), ParamEntry { ty, declared_type: ty.is_some(), used: false });
    }
    p
}

/// Parses the statements in order against one action's parameters (as the IOA reader does).
fn parse_all(srcs: &[&str]) -> (Vec<Result<Effect, SyntaxError>>, ParamTypes) {
    let vars = vars();
    let actions = vec!["Remind".to_string(), "Close".to_string()];
    let mut params = params();
    let out = srcs
        .iter()
        .map(|src| parse_effect(src, &mut EffectScope { vars: &vars, params: &mut params, actions: &actions }))
        .collect();
    (out, params)
}

fn parse(src: &str) -> Result<Effect, SyntaxError> {
    parse_all(&[src]).0.remove(0)
}

fn lit_int(n: i64) -> Arg {
    Arg::Lit(Value::Int(n))
}

fn lit_str(s: &str) -> Arg {
    Arg::Lit(Value::Str(s.into()))
}

#[test]
fn forms_parse_to_effects() {
    use AssignOp::*;
    let assign = |var, op, arg| Effect::Assign { var, op, arg };
    let cases: Vec<(&str, Effect)> = vec![
        ("n += 1", assign(N, Add, lit_int(1))),
        ("n+=1", assign(N, Add, lit_int(1))),
        ("n -= 2", assign(N, Sub, lit_int(2))),
        ("n = 0", assign(N, Set, lit_int(0))),
        ("n = 1_000", assign(N, Set, lit_int(1000))),
        ("m = -3", assign(M, Set, lit_int(-3))),
        ("m -= -3", assign(M, Sub, lit_int(-3))),
        ("m = n", assign(M, Set, Arg::Var(N))),
        ("n += m", assign(N, Add, Arg::Var(M))),
        ("n -= params.p", assign(N, Sub, Arg::Param("p".into()))),
        ("b = true", assign(B, Set, Arg::Lit(Value::Bool(true)))),
        ("b = false", assign(B, Set, Arg::Lit(Value::Bool(false)))),
        ("s = 'x y'", assign(S, Set, lit_str("x y"))),
        ("s = ''", assign(S, Set, lit_str(""))),
        ("s = params.ps", assign(S, Set, Arg::Param("ps".into()))),
        ("append(l, 'x')", Effect::Append { var: L, arg: lit_str("x") }),
        ("append(l, s)", Effect::Append { var: L, arg: Arg::Var(S) }),
        ("append( l , params.q )", Effect::Append { var: L, arg: Arg::Param("q".into()) }),
        ("remove_at(l, 0)", Effect::RemoveAt { var: L, arg: lit_int(0) }),
        ("remove_at(l, m)", Effect::RemoveAt { var: L, arg: Arg::Var(M) }),
        ("schedule('Remind', 3600)", Effect::Schedule { action: "Remind".into(), after_seconds: 3600 }),
        ("schedule('Close', 0)", Effect::Schedule { action: "Close".into(), after_seconds: 0 }),
        ("schedule_at('Remind', m)", Effect::ScheduleAt { action: "Remind".into(), var: M }),
        ("schedule_at('Close', s)", Effect::ScheduleAt { action: "Close".into(), var: S }),
        (
            "spawn('Task', 'Create')",
            Effect::Spawn { entity_type: "Task".into(), action: "Create".into(), store: None, id: None },
        ),
        (
            "spawn('Task', 'Create', s)",
            Effect::Spawn { entity_type: "Task".into(), action: "Create".into(), store: Some(S), id: None },
        ),
        (
            "spawn('Task', 'Create', l, params.cid)",
            Effect::Spawn {
                entity_type: "Task".into(),
                action: "Create".into(),
                store: Some(L),
                id: Some(Arg::Param("cid".into())),
            },
        ),
        (
            "spawn('Task', 'Create', s, 'fixed')",
            Effect::Spawn {
                entity_type: "Task".into(),
                action: "Create".into(),
                store: Some(S),
                id: Some(lit_str("fixed")),
            },
        ),
    ];
    for (src, want) in cases {
        assert_eq!(parse(src).unwrap_or_else(|e| panic!("`{src}`: {e:?}")), want, "`{src}`");
    }
}

#[test]
fn parameter_types_are_inferred_from_use() {
    let (res, params) = parse_all(&["n -= params.p", "append(l, params.q)", "spawn('T', 'C', s, params.cid)"]);
    assert!(res.iter().all(Result::is_ok), "{res:?}");
    let ty = |n: &str| (params.entries[n].ty, params.entries[n].used);
    assert_eq!(ty("p"), (Some(Ty::Num), true));
    assert_eq!(ty("q"), (Some(Ty::Str), true));
    assert_eq!(ty("cid"), (Some(Ty::Str), true));
    assert_eq!(ty("pn"), (Some(Ty::Num), false));
}

/// (statement, message, offset, help fragment).
const ERRORS: &[(&str, &str, usize, &str)] = &[
    // Unknown variables, as target or value.
    ("x = 1", "unknown variable `x`", 0, "declared variables are `n`, `m`, `b`, `s`, `l`"),
    ("increment n", "unknown variable `increment`", 0, "declared variables are"),
    ("n = zz", "unknown variable `zz`", 4, "a value is a literal"),
    ("s = p", "unknown variable `p`", 4, "write `params.p`"),
    ("append(zz, 'x')", "unknown variable `zz`", 7, "declared variables are"),
    ("params.p = 1", "parameters cannot be assigned", 0, "state variable"),
    ("n = params.nope", "unknown parameter `nope`", 4, "params = [\"nope\"]"),
    // Wrong value types.
    ("s = 1", "expected a string here, found a number", 4, "variable's type"),
    ("b = 'x'", "expected a bool here, found a string", 4, "variable's type"),
    ("n = true", "expected a number here, found a bool", 4, "variable's type"),
    ("m = s", "expected a number here, found a string", 4, "variable's type"),
    ("append(l, 1)", "expected a string here, found a number", 10, "variable's type"),
    ("remove_at(l, 'x')", "expected a number here, found a string", 13, "variable's type"),
    ("append(s, 'x')", "`append` needs a list variable, but it is a string", 0, "type = \"list\""),
    ("remove_at(n, 0)", "`remove_at` needs a list variable, but it is a counter", 0, "type = \"list\""),
    ("n = -1", "a counter cannot go negative", 2, "stops at 0"),
    ("n += -1", "a counter cannot go negative", 2, "stops at 0"),
    // Lists change only through calls; `+=`/`-=` only on numbers.
    ("l = 'x'", "lists change through `append(...)` and `remove_at(...)`", 2, "append(list, value)"),
    ("l += 1", "`+=`/`-=` need a counter or int, but `l` is a list", 2, "declare the variable as `counter`"),
    ("b += 1", "`+=`/`-=` need a counter or int, but `b` is a bool", 2, "declare the variable as `counter`"),
    ("s -= 1", "`+=`/`-=` need a counter or int, but `s` is a string", 2, "declare the variable as `counter`"),
    // Scheduled actions must be declared.
    ("schedule('Nope', 5)", "unknown action `Nope`", 9, "actions are `Remind`, `Close`"),
    ("schedule_at('Nope', m)", "unknown action `Nope`", 12, "actions are `Remind`, `Close`"),
    ("schedule(Remind, 5)", "expected an action name, e.g. `'Expire'`", 9, "single quotes"),
    ("schedule('Remind', -1)", "expected a delay in whole seconds", 19, "3600"),
    ("schedule('Remind', m)", "expected a delay in whole seconds", 19, "3600"),
    (
        "schedule_at('Remind', b)",
        "`schedule_at` needs a time variable (int seconds since the epoch, or an RFC 3339 string)",
        23,
        "`int` or `string`",
    ),
    // Spawn.
    ("spawn(Task, 'Create')", "expected the child's entity type, e.g. `'Task'`", 6, "single quotes"),
    ("spawn('Task', '')", "empty action name", 14, "initial action"),
    ("spawn('Task', 'Create', n)", "the child id is stored in a string or list variable", 25, "`string` (one child)"),
    ("spawn('Task', 'Create', s, 1)", "expected a string here, found a number", 27, "variable's type"),
    // Statement shape.
    ("", "empty effect", 0, "count += 1"),
    ("'x' = 1", "an effect starts with a name, found `'x'`", 0, "effects are"),
    ("n == 1", "`==` compares; effects assign", 2, "write `=`"),
    ("n 1", "expected `=`, `+=` or `-=`", 2, "effects are"),
    ("n", "expected `=`, `+=` or `-=`", 1, "effects are"),
    ("emit('x')", "`emit` is not an effect", 0, "[[action.triggers]]"),
    ("trigger('x')", "`trigger` is not an effect", 0, "[[action.triggers]]"),
    ("foo(1)", "unknown effect `foo(...)`", 0, "effects are"),
    ("append(l 'x')", "expected `,`, found `'x'`", 9, "insert `,`"),
    ("append(l, 'x'", "expected `)`, found the end", 13, "close the call"),
    ("schedule('Remind', 60", "expected `)`, found the end", 21, "close the call"),
    ("s = \"x\"", "double-quoted string", 4, "single quotes"),
    // Trailing tokens.
    ("n += 1 2", "unexpected `2` after the statement", 7, "one statement per list entry"),
    ("n += 1)", "unexpected `)` after the statement", 6, "one statement per list entry"),
    ("b = true && false", "unexpected `&&` after the statement", 9, "one statement per list entry"),
    ("spawn('T', 'C', s, 'i', 'j')", "expected `)`, found `,`", 22, "effects are"),
];

#[test]
fn error_classes() {
    for (src, msg, off, help) in ERRORS {
        let e = parse(src).expect_err(src);
        assert_eq!((e.message.as_str(), e.offset), (*msg, *off), "`{src}`");
        assert!(e.help.contains(help), "`{src}`: help `{}` lacks `{help}`", e.help);
    }
}

#[test]
fn a_parameter_has_one_type_across_statements() {
    let (res, _) = parse_all(&["n += params.p", "s = params.p"]);
    assert!(res[0].is_ok());
    let e = res[1].clone().expect_err("second use as a string");
    assert_eq!(e.message, "parameter `p` is used as a string here but as a number elsewhere");
    assert_eq!(e.offset, 4);
    assert!(e.help.contains("declare it with `{ name = ..., type = ... }`"), "{}", e.help);

    let (res, _) = parse_all(&["append(l, params.p)", "b = params.p", "remove_at(l, params.p)"]);
    assert!(res[0].is_ok());
    assert_eq!(res[1].clone().unwrap_err().message, "parameter `p` is used as a bool here but as a string elsewhere");
    assert_eq!(res[2].clone().unwrap_err().message, "parameter `p` is used as a number here but as a string elsewhere");

    // A declared type counts as the first use.
    let e = parse("s = params.pn").unwrap_err();
    assert_eq!(e.message, "parameter `pn` is used as a string here but as a number elsewhere");
}

/// After a complete call, a trailing token should be reported as trailing, at that token.
#[test]
fn trailing_token_after_a_call_is_named() {
    let e = parse("append(l, 'x') 3").unwrap_err();
    assert_eq!(e.offset, 15, "{e:?}");
    assert!(e.message.contains("`3`"), "{e:?}");
}
