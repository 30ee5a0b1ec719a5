//! Table-driven tests of the `$filter` grammar: every construct, precedence, and every error
//! with its byte position and message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_odata_query::filter::MAX_DEPTH as MAX_DEPTH_FOR_TESTS;
use temper_odata_query::{CompareOp, Expr, Func, Literal, parse_filter};

fn p(name: &str) -> Box<Expr> {
    Box::new(Expr::property(name))
}

fn lit(l: Literal) -> Box<Expr> {
    Box::new(Expr::Literal(l))
}

fn cmp(op: CompareOp, l: Box<Expr>, r: Box<Expr>) -> Expr {
    Expr::Compare { op, left: l, right: r }
}

#[test]
fn ast_shapes() {
    use CompareOp::*;
    let s = |v: &str| Literal::String(v.to_string());
    let cases: Vec<(&str, Expr)> = vec![
        ("Name eq 'x'", cmp(Eq, p("Name"), lit(s("x")))),
        ("Name ne 'it''s'", cmp(Ne, p("Name"), lit(s("it's")))),
        ("Price gt 5", cmp(Gt, p("Price"), lit(Literal::Int(5)))),
        ("Price ge -5", cmp(Ge, p("Price"), lit(Literal::Int(-5)))),
        ("Price lt 1.5", cmp(Lt, p("Price"), lit(Literal::Decimal("1.5".into())))),
        ("Price le 2.5e3", cmp(Le, p("Price"), lit(Literal::Decimal("2.5e3".into())))),
        ("Price le 1E-2", cmp(Le, p("Price"), lit(Literal::Decimal("1E-2".into())))),
        ("Note eq null", cmp(Eq, p("Note"), lit(Literal::Null))),
        ("Done eq true", cmp(Eq, p("Done"), lit(Literal::Bool(true)))),
        ("Done eq false", cmp(Eq, p("Done"), lit(Literal::Bool(false)))),
        ("Due eq 2026-01-02", cmp(Eq, p("Due"), lit(Literal::Date("2026-01-02".into())))),
        ("At lt 2026-01-02T03:04:05Z", cmp(Lt, p("At"), lit(Literal::DateTime("2026-01-02T03:04:05Z".into())))),
        ("At lt 2026-01-02T03:04Z", cmp(Lt, p("At"), lit(Literal::DateTime("2026-01-02T03:04Z".into())))),
        (
            "At lt 2026-01-02T03:04:05.125+02:00",
            cmp(Lt, p("At"), lit(Literal::DateTime("2026-01-02T03:04:05.125+02:00".into()))),
        ),
        (
            "Ref eq 01234567-89ab-CDEF-0123-456789abcdef",
            cmp(Eq, p("Ref"), lit(Literal::Guid("01234567-89ab-CDEF-0123-456789abcdef".into()))),
        ),
        (
            "Ref eq deadbeef-0000-0000-0000-000000000000",
            cmp(Eq, p("Ref"), lit(Literal::Guid("deadbeef-0000-0000-0000-000000000000".into()))),
        ),
        ("Address/City eq 'B'", cmp(Eq, Box::new(Expr::Property(vec!["Address".into(), "City".into()])), lit(s("B")))),
        ("Big eq -9223372036854775808", cmp(Eq, p("Big"), lit(Literal::Int(i64::MIN)))),
        ("contains(Name,'a')", Expr::Call { func: Func::Contains, args: vec![*p("Name"), *lit(s("a"))] }),
        ("startswith(Name, 'a')", Expr::Call { func: Func::StartsWith, args: vec![*p("Name"), *lit(s("a"))] }),
        ("endswith( Name ,'a' )", Expr::Call { func: Func::EndsWith, args: vec![*p("Name"), *lit(s("a"))] }),
        (
            "tolower(Name) eq 'a'",
            cmp(Eq, Box::new(Expr::Call { func: Func::ToLower, args: vec![*p("Name")] }), lit(s("a"))),
        ),
        (
            "toupper(Name) eq 'A'",
            cmp(Eq, Box::new(Expr::Call { func: Func::ToUpper, args: vec![*p("Name")] }), lit(s("A"))),
        ),
        (
            "length(Name) gt 3",
            cmp(Gt, Box::new(Expr::Call { func: Func::Length, args: vec![*p("Name")] }), lit(Literal::Int(3))),
        ),
        ("Status in ('A','B')", Expr::In { value: p("Status"), list: vec![s("A"), s("B")] }),
        ("Status in ( 'A' )", Expr::In { value: p("Status"), list: vec![s("A")] }),
        ("not Done", Expr::Not(p("Done"))),
        ("(Done)", *p("Done")),
        ("Done and Open", Expr::And(p("Done"), p("Open"))),
        ("Done or Open", Expr::Or(p("Done"), p("Open"))),
        // Precedence: not > relational > equality > and > or; all left-associative.
        ("A or B and C", Expr::Or(p("A"), Box::new(Expr::And(p("B"), p("C"))))),
        ("A and B or C", Expr::Or(Box::new(Expr::And(p("A"), p("B"))), p("C"))),
        ("A and (B or C)", Expr::And(p("A"), Box::new(Expr::Or(p("B"), p("C"))))),
        ("A and B and C", Expr::And(Box::new(Expr::And(p("A"), p("B"))), p("C"))),
        ("not A and B", Expr::And(Box::new(Expr::Not(p("A"))), p("B"))),
        ("not (A eq 1)", Expr::Not(Box::new(cmp(Eq, p("A"), lit(Literal::Int(1)))))),
        ("not A eq true", cmp(Eq, Box::new(Expr::Not(p("A"))), lit(Literal::Bool(true)))),
        ("A gt 1 eq true", cmp(Eq, Box::new(cmp(Gt, p("A"), lit(Literal::Int(1)))), lit(Literal::Bool(true)))),
        (
            "A eq 1 or B eq 2 and C eq 3",
            Expr::Or(
                Box::new(cmp(Eq, p("A"), lit(Literal::Int(1)))),
                Box::new(Expr::And(
                    Box::new(cmp(Eq, p("B"), lit(Literal::Int(2)))),
                    Box::new(cmp(Eq, p("C"), lit(Literal::Int(3)))),
                )),
            ),
        ),
        ("\tA  eq\n1 ", cmp(Eq, p("A"), lit(Literal::Int(1)))),
        ("_x1 eq 1", cmp(Eq, p("_x1"), lit(Literal::Int(1)))),
    ];
    for (src, want) in cases {
        let got = parse_filter(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        assert_eq!(got, want, "{src}");
        // Canonical text parses back to the same AST.
        let canon = got.to_string();
        assert_eq!(parse_filter(&canon).unwrap_or_else(|e| panic!("{canon}: {e}")), want, "{src} → {canon}");
    }
}

#[test]
fn canonical_display() {
    let cases = [
        ("A  eq  'x'", "A eq 'x'"),
        ("((A eq 1))", "A eq 1"),
        ("A and (B and C)", "A and (B and C)"),
        ("(A and B) and C", "A and B and C"),
        ("not (A eq 1)", "not (A eq 1)"),
        ("(not A) eq true", "not A eq true"),
        ("(A or B) and C", "(A or B) and C"),
        ("contains( Name , 'it''s' )", "contains(Name,'it''s')"),
        ("S in ('a', 'b')", "S in ('a','b')"),
        ("(A eq 1) eq (B eq 2)", "A eq 1 eq (B eq 2)"),
    ];
    for (src, want) in cases {
        assert_eq!(parse_filter(src).map(|e| e.to_string()), Ok(want.to_string()), "{src}");
    }
}

#[test]
fn errors_carry_position_and_token() {
    let deep_ok = format!("{}A{}", "(".repeat(MAX_DEPTH_FOR_TESTS), ")".repeat(MAX_DEPTH_FOR_TESTS));
    assert!(parse_filter(&deep_ok).is_ok());
    let too_deep = format!("{}A{}", "(".repeat(MAX_DEPTH_FOR_TESTS + 1), ")".repeat(MAX_DEPTH_FOR_TESTS + 1));
    let nots = format!("{}A", "not ".repeat(MAX_DEPTH_FOR_TESTS + 1));
    let cases: Vec<(&str, usize, &str)> = vec![
        ("", 0, "empty $filter"),
        ("   ", 0, "empty $filter"),
        ("Name eq 'x')", 11, "unexpected `)`"),
        ("(Name eq 'x'", 12, "expected `)`, found end of filter"),
        ("Name eq", 7, "expected a value after `eq`, found end of filter"),
        ("Name eq )", 8, "expected a value after `eq`, found `)`"),
        ("Name 'x'", 5, "unexpected `'x'`"),
        ("Name equals 'x'", 5, "unexpected `equals`"),
        ("Name = 'x'", 5, "unexpected `=`"),
        ("Name eq \"x\"", 8, "unexpected `\"`"),
        ("A eq 1 && B eq 2", 7, "unexpected `&`"),
        ("Name eq 'x", 8, "unterminated string literal"),
        ("Name eq 'it''s", 8, "unterminated string literal"),
        ("A eq 12abc", 5, "invalid number `12abc`"),
        ("A eq 1.", 6, "expected digits after the decimal point"),
        ("A eq 1e", 6, "expected digits in the exponent"),
        ("A eq 99999999999999999999", 5, "integer `99999999999999999999` is out of range"),
        ("A eq - 1", 5, "unexpected `-`"),
        ("A eq 2026-13-01", 5, "invalid date or date-time `2026-13-01`"),
        ("A eq 2026-02-30", 5, "invalid date or date-time `2026-02-30`"),
        ("A eq 2026-01-02T25:00Z", 5, "invalid date or date-time"),
        ("A eq 2026-01-02T03:04", 5, "invalid date or date-time `2026-01-02T03:04`"),
        ("A eq 2026-01-02T03:04:05+0200", 5, "invalid date or date-time"),
        ("A eq 2026-01-0", 5, "invalid date or date-time"),
        ("foo(A)", 0, "unknown function `foo`"),
        ("contains(A)", 0, "`contains` takes 2 argument(s), got 1"),
        ("length(A,'b')", 0, "`length` takes 1 argument(s), got 2"),
        ("contains(A,'b'", 14, "expected `,` or `)` in the arguments of `contains`, found end of filter"),
        ("contains(A,)", 11, "expected a value after `(`, found `)`"),
        ("tolower()", 0, "`tolower` takes 1 argument(s), got 0"),
        ("A in 'x'", 5, "expected `(` after `in`, found `'x'`"),
        ("A in ()", 6, "expected a literal in the `in` list, found `)`"),
        ("A in (B)", 6, "expected a literal in the `in` list, found `B`"),
        ("A in ('x' 'y')", 10, "expected `,` or `)` in the `in` list, found `'y'`"),
        ("A eq 1 and", 10, "expected a value after `and`, found end of filter"),
        ("or A", 0, "unexpected `or`"),
        ("A eq 1 eq", 9, "expected a value after `eq`"),
        ("not", 3, "expected a value after `not`, found end of filter"),
        ("()", 1, "expected a value after `(`, found `)`"),
        ("A/", 2, "expected a property name after `/`, found end of filter"),
        ("A/1", 2, "expected a property name after `/`, found `1`"),
        ("A eq $it", 5, "unexpected `$`"),
        ("A eq 1 B", 7, "unexpected `B`"),
        ("A, B", 1, "unexpected `,`"),
        ("Name eq 'é' and ü", 17, "unexpected `ü`"),
        (&too_deep, MAX_DEPTH_FOR_TESTS, "nested too deeply"),
        (&nots, 4 * MAX_DEPTH_FOR_TESTS, "nested too deeply"),
    ];
    let mut failures = Vec::new();
    for (src, pos, msg) in cases {
        match parse_filter(src) {
            Ok(e) => failures.push(format!("{src:?}: parsed as {e}")),
            Err(e) if e.option != "$filter" || e.position != pos || !e.message.contains(msg) || e.help.is_empty() => {
                failures.push(format!("{src:?}: got {e:?}, want position {pos} and `{msg}`"))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn node_budget() {
    let ok = vec!["A eq 1"; 100].join(" or ");
    assert!(parse_filter(&ok).is_ok());
    let big = vec!["A eq 1"; 400].join(" or ");
    let e = parse_filter(&big).expect_err("too big");
    assert!(e.message.contains("too large"), "{e}");
}

#[test]
fn ast_json_round_trip() {
    let e =
        parse_filter("not (A eq 'x') and S in (1,2.5,null) or contains(N,'q') and D lt 2026-01-02").expect("parses");
    let json = serde_json::to_string(&e).expect("serializes");
    let back: Expr = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, e);
}
