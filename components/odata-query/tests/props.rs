//! Property tests: the parsers never panic (on arbitrary text and on random mutations of valid
//! inputs) and report in-bounds positions; random filter ASTs render to canonical text that
//! parses back to the same AST; well-typed filters always build SQL with matching parameters.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use temper_odata_query::{
    CompareOp, Expr, Func, Literal, PropType, QueryOptions, build_select, check_filter, parse_filter, parse_path,
    parse_query,
};

const KEYWORDS: &[&str] = &["and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le", "in", "null", "true", "false"];

const VALID_PATHS: &[&str] = &[
    "",
    "$metadata",
    "Orders",
    "Orders/$count",
    "Orders('o-1')",
    "Orders(Id='it''s')",
    "Orders('o1')/Total",
    "Orders('o1')/Total/$value",
    "Orders('o1')/Shop.Submit",
    "Orders(%27a%2Fb%27)/Customer",
];

const VALID_FILTERS: &[&str] = &[
    "Name eq 'x' and (Qty gt 5 or not Paid)",
    "contains(tolower(Name),'a''b') or startswith(Name,'x') and endswith(Name,'y')",
    "Status in ('Open','Closed') and length(Name) ge 3",
    "At lt 2026-01-02T03:04:05.5+02:00 and Due eq 2026-01-02 or Ref eq 01234567-89ab-cdef-0123-456789abcdef",
    "Total le -1.5e3 and Note eq null and A/B ne true",
];

const VALID_QUERIES: &[&str] = &[
    "$filter=Name%20eq%20'x'&$select=Name,Qty&$orderby=Qty desc,Name&$top=5&$skip=10&$count=true",
    "$expand=Lines($select=Sku;$filter=Qty gt 1;$orderby=Sku;$top=2;$expand=Product($select=Name)),Customer",
    "$skiptoken=abc&$format=json&custom=1&@a='x'",
];

fn mutate(src: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for &(at, op, c) in edits {
        let at = if chars.is_empty() { 0 } else { at % (chars.len() + 1) };
        match op % 4 {
            0 => chars.insert(at, c),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 if at < chars.len() => chars[at] = c,
            _ => {
                // Duplicate a slice: repetition stresses nesting and lists.
                let end = (at + 8).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
        }
    }
    chars.into_iter().collect()
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, char)>> {
    let interesting = prop_oneof![
        prop::sample::select(vec![
            '\'', '(', ')', '/', ',', ';', '=', '$', '%', '+', ' ', '-', '.', ':', '&', 'T', 'Z', '0', '9', 'a', 'é'
        ]),
        any::<char>(),
    ];
    prop::collection::vec((any::<usize>(), any::<u8>(), interesting), 1..6)
}

fn ident() -> impl Strategy<Value = String> {
    "[A-Za-z_][A-Za-z0-9_]{0,6}".prop_filter("not a keyword", |s| !KEYWORDS.contains(&s.as_str()))
}

fn literal() -> impl Strategy<Value = Literal> {
    let date = (0u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let time = (0u32..24, 0u32..60, prop::option::of((0u32..60, prop::option::of("[0-9]{1,7}"))));
    let zone = prop_oneof![
        Just("Z".to_string()),
        ("[+-]", 0u32..24, 0u32..60).prop_map(|(s, h, m)| format!("{s}{h:02}:{m:02}"))
    ];
    let datetime = (date.clone(), time, zone).prop_map(|(d, (h, mi, sec), z)| {
        let sec = match sec {
            None => String::new(),
            Some((s, None)) => format!(":{s:02}"),
            Some((s, Some(f))) => format!(":{s:02}.{f}"),
        };
        format!("{d}T{h:02}:{mi:02}{sec}{z}")
    });
    prop_oneof![
        Just(Literal::Null),
        any::<bool>().prop_map(Literal::Bool),
        any::<i64>().prop_map(Literal::Int),
        "-?[0-9]{1,6}\\.[0-9]{1,6}".prop_map(Literal::Decimal),
        "-?[0-9]{1,3}(\\.[0-9]{1,3})?[eE][+-]?[0-9]{1,3}".prop_map(Literal::Decimal),
        any::<String>().prop_map(Literal::String),
        date.prop_map(Literal::Date),
        datetime.prop_map(Literal::DateTime),
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}".prop_map(Literal::Guid),
    ]
}

fn expr_with(props: BoxedStrategy<Vec<String>>) -> impl Strategy<Value = Expr> {
    let leaf = prop_oneof![literal().prop_map(Expr::Literal), props.prop_map(Expr::Property)];
    leaf.prop_recursive(4, 32, 3, |inner| {
        let op = prop::sample::select(vec![
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
            CompareOp::Lt,
            CompareOp::Le,
        ]);
        prop_oneof![
            (op, inner.clone(), inner.clone()).prop_map(|(op, l, r)| Expr::Compare {
                op,
                left: Box::new(l),
                right: Box::new(r)
            }),
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Expr::And(Box::new(l), Box::new(r))),
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Expr::Or(Box::new(l), Box::new(r))),
            inner.clone().prop_map(|e| Expr::Not(Box::new(e))),
            (prop::sample::select(Func::ALL.to_vec()), inner.clone(), inner.clone()).prop_map(|(func, a, b)| {
                let args = if func.arity() == 2 { vec![a, b] } else { vec![a] };
                Expr::Call { func, args }
            }),
            (inner, prop::collection::vec(literal(), 1..4)).prop_map(|(v, list)| Expr::In { value: Box::new(v), list }),
        ]
    })
}

fn any_expr() -> impl Strategy<Value = Expr> {
    expr_with(prop::collection::vec(ident(), 1..3).boxed())
}

const SCHEMA: [(&str, PropType); 5] = [
    ("Name", PropType::String),
    ("Qty", PropType::Int),
    ("Total", PropType::Decimal),
    ("Paid", PropType::Bool),
    ("At", PropType::DateTime),
];

/// Boolean filters that type-check against `SCHEMA`.
fn typed_bool() -> impl Strategy<Value = Expr> {
    let prop = |n: &str| Box::new(Expr::property(n));
    let lit = |l: Literal| Box::new(Expr::Literal(l));
    let op = prop::sample::select(vec![
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
        CompareOp::Lt,
        CompareOp::Le,
    ]);
    let string = prop_oneof![
        any::<String>().prop_map(move |s| *lit(Literal::String(s))),
        Just(Expr::property("Name")),
        Just(Expr::property("Status")),
        Just(Expr::Call { func: Func::ToLower, args: vec![Expr::property("Name")] }),
    ];
    let leaf = prop_oneof![
        (op.clone(), string.clone(), string.clone()).prop_map(|(op, l, r)| Expr::Compare {
            op,
            left: Box::new(l),
            right: Box::new(r)
        }),
        (op.clone(), any::<i64>()).prop_map(move |(op, i)| Expr::Compare {
            op,
            left: prop("Qty"),
            right: lit(Literal::Int(i))
        }),
        (op, "[0-9]{1,4}\\.[0-9]{1,2}").prop_map(move |(op, d)| Expr::Compare {
            op,
            left: prop("Total"),
            right: lit(Literal::Decimal(d))
        }),
        prop::sample::select(vec!["Name", "Qty", "Total", "Paid", "At"]).prop_map(move |p| Expr::Compare {
            op: CompareOp::Eq,
            left: lit(Literal::Null),
            right: prop(p)
        }),
        Just(Expr::property("Paid")),
        any::<bool>().prop_map(move |b| *lit(Literal::Bool(b))),
        (prop::sample::select(vec![Func::Contains, Func::StartsWith, Func::EndsWith]), string.clone(), string)
            .prop_map(|(func, a, b)| Expr::Call { func, args: vec![a, b] }),
        prop::collection::vec(any::<i64>().prop_map(Literal::Int), 1..4)
            .prop_map(move |list| Expr::In { value: prop("Qty"), list }),
        Just(Expr::Compare {
            op: CompareOp::Gt,
            left: prop("At"),
            right: lit(Literal::DateTime("2026-01-02T03:04+05:00".into()))
        }),
    ];
    leaf.prop_recursive(4, 32, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Expr::And(Box::new(l), Box::new(r))),
            (inner.clone(), inner.clone()).prop_map(|(l, r)| Expr::Or(Box::new(l), Box::new(r))),
            inner.clone().prop_map(|e| Expr::Not(Box::new(e))),
            (prop::sample::select(vec![CompareOp::Eq, CompareOp::Ne]), inner.clone(), inner)
                .prop_map(|(op, l, r)| Expr::Compare { op, left: Box::new(l), right: Box::new(r) }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn path_never_panics(s in any::<String>()) {
        if let Err(e) = parse_path(&s) {
            prop_assert!(e.position <= s.len(), "{e:?}");
        }
    }

    #[test]
    fn path_mutations_never_panic(i in 0..VALID_PATHS.len(), edits in edits()) {
        let s = mutate(VALID_PATHS[i], &edits);
        if let Err(e) = parse_path(&s) {
            prop_assert!(e.position <= s.len() && !e.message.is_empty() && !e.help.is_empty(), "{s:?}: {e:?}");
        }
    }

    #[test]
    fn query_never_panics(s in any::<String>()) {
        if let Err(e) = parse_query(&s) {
            prop_assert!(e.position <= s.len(), "{e:?}");
        }
    }

    #[test]
    fn query_mutations_never_panic(i in 0..VALID_QUERIES.len(), edits in edits()) {
        let s = mutate(VALID_QUERIES[i], &edits);
        if let Err(e) = parse_query(&s) {
            prop_assert!(e.position <= s.len() && !e.message.is_empty() && !e.help.is_empty(), "{s:?}: {e:?}");
        }
    }

    #[test]
    fn filter_never_panics(s in any::<String>()) {
        if let Err(e) = parse_filter(&s) {
            prop_assert!(e.position <= s.len() && s.is_char_boundary(e.position), "{e:?}");
        }
    }

    #[test]
    fn filter_mutations_never_panic(i in 0..VALID_FILTERS.len(), edits in edits()) {
        let s = mutate(VALID_FILTERS[i], &edits);
        match parse_filter(&s) {
            Err(e) => prop_assert!(
                e.position <= s.len() && s.is_char_boundary(e.position) && e.option == "$filter" && !e.help.is_empty(),
                "{s:?}: {e:?}"
            ),
            // Whatever parses has a canonical form that parses back to it.
            Ok(ast) => prop_assert_eq!(parse_filter(&ast.to_string()), Ok(ast)),
        }
    }

    #[test]
    fn filter_round_trip(ast in any_expr()) {
        let text = ast.to_string();
        prop_assert_eq!(parse_filter(&text), Ok(ast.clone()), "text: {}", text);
        let json = serde_json::to_string(&ast).unwrap();
        prop_assert_eq!(serde_json::from_str::<Expr>(&json).unwrap(), ast);
    }

    #[test]
    fn well_typed_filters_build_sql(ast in typed_bool()) {
        prop_assert_eq!(check_filter(&ast, &SCHEMA), Ok(()), "{}", ast);
        let opts = QueryOptions { filter: Some(ast), count: true, ..QueryOptions::default() };
        let q = build_select("T", &opts, &SCHEMA, 20).unwrap();
        prop_assert_eq!(q.sql.matches('?').count(), q.params.len());
        let (count_sql, count_params) = q.count_sql.unwrap();
        prop_assert_eq!(count_sql.matches('?').count(), count_params.len());
        prop_assert!(q.sql.matches('(').count() == q.sql.matches(')').count());
    }
}
