//! Table-driven tests of query-string parsing: every system option, `$expand` nesting, custom
//! parameters, decoding, and every error with its position.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_odata_query::{Direction, Format, OrderBy, QueryOptions, parse_filter, parse_query};

fn ob(p: &str, d: Direction) -> OrderBy {
    OrderBy { property: p.to_string(), direction: d }
}

#[test]
fn every_option() {
    let q = parse_query(
        "?$filter=Price%20gt%205+and+Name+eq+'a%2Bb'&$select=Name,Price&$orderby=Price desc,Name&$top=10&$skip=20\
         &$count=true&$skiptoken=abc%3D&$format=json&tenant=acme&@p=1&flag",
    )
    .unwrap();
    assert_eq!(q.filter, Some(parse_filter("Price gt 5 and Name eq 'a+b'").unwrap()));
    assert_eq!(q.select, Some(vec!["Name".to_string(), "Price".to_string()]));
    assert_eq!(q.orderby, vec![ob("Price", Direction::Desc), ob("Name", Direction::Asc)]);
    assert_eq!((q.top, q.skip, q.count), (Some(10), Some(20), true));
    assert_eq!(q.skiptoken.as_deref(), Some("abc="));
    assert_eq!(q.format, Some(Format::Json));
    let custom: Vec<(&str, &str)> = q.custom.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(custom, vec![("tenant", "acme"), ("@p", "1"), ("flag", "")]);
    assert_eq!(q.expand_depth(), 0);
}

#[test]
fn small_cases() {
    let cases: Vec<(&str, QueryOptions)> = vec![
        ("", QueryOptions::default()),
        ("?", QueryOptions::default()),
        ("&&", QueryOptions::default()),
        ("$count=false", QueryOptions::default()),
        ("$select=*", QueryOptions::default()),
        ("$select=A,*", QueryOptions::default()),
        ("$select= A , B,A", QueryOptions { select: Some(vec!["A".into(), "B".into()]), ..Default::default() }),
        (
            "$orderby=A asc, B  desc",
            QueryOptions { orderby: vec![ob("A", Direction::Asc), ob("B", Direction::Desc)], ..Default::default() },
        ),
        ("$top=0", QueryOptions { top: Some(0), ..Default::default() }),
        ("$TOP=3", QueryOptions { top: Some(3), ..Default::default() }),
        ("$skipToken=x", QueryOptions { skiptoken: Some("x".into()), ..Default::default() }),
        (
            "$format=application/json;odata.metadata=minimal",
            QueryOptions { format: Some(Format::Json), ..Default::default() },
        ),
    ];
    for (src, want) in cases {
        assert_eq!(parse_query(src), Ok(want), "{src}");
    }
}

#[test]
fn expand_nesting() {
    let q = parse_query("$expand=Lines($select=Sku,Qty;$filter=Qty gt 1 and Sku ne 'a;b(';$orderby=Qty desc;$top=5;$skip=1;$expand=Product($select=Name)),Customer").unwrap();
    assert_eq!(q.expand.len(), 2);
    let lines = &q.expand[0];
    assert_eq!((lines.property.as_str(), lines.depth), ("Lines", 1));
    assert_eq!(lines.options.select, Some(vec!["Sku".to_string(), "Qty".to_string()]));
    assert_eq!(lines.options.filter, Some(parse_filter("Qty gt 1 and Sku ne 'a;b('").unwrap()));
    assert_eq!(lines.options.orderby, vec![ob("Qty", Direction::Desc)]);
    assert_eq!((lines.options.top, lines.options.skip), (Some(5), Some(1)));
    let product = &lines.options.expand[0];
    assert_eq!((product.property.as_str(), product.depth), ("Product", 2));
    assert_eq!(product.options.select, Some(vec!["Name".to_string()]));
    assert_eq!((q.expand[1].property.as_str(), q.expand[1].depth), ("Customer", 1));
    assert_eq!(q.expand_depth(), 2);

    let deep = format!("$expand={}X{}", "A($expand=".repeat(7), ")".repeat(7));
    assert_eq!(parse_query(&deep).unwrap().expand_depth(), 8);
    let too_deep = format!("$expand={}X{}", "A($expand=".repeat(8), ")".repeat(8));
    let e = parse_query(&too_deep).unwrap_err();
    assert!(e.message.contains("nested too deeply"), "{e}");
}

#[test]
fn option_errors() {
    let cases: Vec<(&str, &str, usize, &str)> = vec![
        ("$search=x", "query", 0, "unsupported query option `$search`"),
        ("a=1&$apply=x", "query", 4, "unsupported query option `$apply`"),
        ("$top=1&$top=2", "query", 7, "duplicate query option `$top`"),
        ("$top=1&$Top=2", "query", 7, "duplicate query option `$Top`"),
        ("$top=-1", "$top", 0, "invalid $top value `-1`"),
        ("$top=", "$top", 0, "invalid $top value ``"),
        ("$skip=1.5", "$skip", 0, "invalid $skip value `1.5`"),
        ("$skip=99999999999999999999", "$skip", 0, "too large"),
        ("$count=yes", "$count", 0, "invalid $count value `yes`"),
        ("$format=xml", "$format", 0, "unsupported $format `xml`"),
        ("$filter=Name eq", "$filter", 7, "expected a value after `eq`"),
        ("$filter=Name%20eq%20'x'%20)", "$filter", 12, "unexpected `)`"),
        ("$select=A,,B", "$select", 2, "empty item in $select"),
        ("$select=A,B-C", "$select", 2, "invalid property name `B-C`"),
        ("$orderby=A up", "$orderby", 2, "unknown sort direction `up`"),
        ("$orderby=A desc B", "$orderby", 7, "unexpected `B`"),
        ("$orderby=A,", "$orderby", 2, "empty item in $orderby"),
        ("$orderby=1A", "$orderby", 0, "invalid property name `1A`"),
        ("$expand=*", "$expand", 0, "`$expand=*` is not supported"),
        ("$expand=A,A", "$expand", 2, "`A` is expanded twice"),
        ("$expand=A($top=x)", "$expand", 7, "in nested $top: invalid $top value `x`"),
        ("$expand=A($filter=B eq)", "$expand", 14, "in nested $filter: expected a value after `eq`"),
        ("$expand=A($levels=2)", "$expand", 2, "unsupported query option `$levels`"),
        ("$expand=A($count=true)", "$expand", 2, "unsupported query option `$count`"),
        ("$expand=A($top=1;$top=2)", "$expand", 9, "duplicate nested option `$top`"),
        ("$expand=A($select)", "$expand", 2, "expected `$option=value`"),
        ("$expand=A($top=1", "$expand", 8, "unclosed `(` after `A`"),
        ("$expand=A)", "$expand", 0, "invalid navigation property `A)`"),
        ("$expand=A($expand=B($filter=x eq))", "$expand", 24, "expected a value after `eq`"),
        ("$filter=%zz", "query", 8, "invalid percent-encoding `%zz`"),
        ("%zz=1", "query", 0, "invalid percent-encoding"),
    ];
    let mut failures = Vec::new();
    for (src, opt, pos, msg) in cases {
        match parse_query(src) {
            Ok(q) => failures.push(format!("{src:?}: parsed as {q:?}")),
            Err(e) if e.option != opt || e.position != pos || !e.message.contains(msg) || e.help.is_empty() => {
                failures.push(format!("{src:?}: got {e:?}, want {opt} at {pos}: `{msg}`"))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn options_json_round_trip() {
    let q = parse_query("$filter=A eq 1&$expand=B($select=C)&$orderby=A desc&x=y").unwrap();
    let json = serde_json::to_string(&q).unwrap();
    assert_eq!(serde_json::from_str::<QueryOptions>(&json).unwrap(), q);
}
