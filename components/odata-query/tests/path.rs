//! Table-driven tests of resource-path parsing: every path form and every error.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_odata_query::{EntityKey, ResourcePath, parse_path};

fn key(v: &str) -> EntityKey {
    EntityKey { property: None, value: v.to_string() }
}

#[test]
fn path_forms() {
    use ResourcePath::*;
    let s = |x: &str| x.to_string();
    let cases: Vec<(&str, ResourcePath)> = vec![
        ("", ServiceDocument),
        ("/", ServiceDocument),
        ("$metadata", Metadata),
        ("/$metadata", Metadata),
        ("Orders", Collection { set: s("Orders") }),
        ("Orders/$count", Count { set: s("Orders") }),
        ("Orders('o-1')", Entity { set: s("Orders"), key: key("o-1") }),
        ("Orders('it''s')", Entity { set: s("Orders"), key: key("it's") }),
        ("Orders('')", Entity { set: s("Orders"), key: key("") }),
        ("Orders('a/b')", Entity { set: s("Orders"), key: key("a/b") }),
        ("Orders(%27a%2Fb%27)", Entity { set: s("Orders"), key: key("a/b") }),
        ("Orders('a%20b%C3%A9')", Entity { set: s("Orders"), key: key("a bé") }),
        ("Orders('a+b')", Entity { set: s("Orders"), key: key("a+b") }),
        ("Orders(Id='x')", Entity { set: s("Orders"), key: EntityKey { property: Some(s("Id")), value: s("x") } }),
        ("Orders('o1')/Total", Member { set: s("Orders"), key: key("o1"), name: s("Total") }),
        ("Orders('o1')/Customer", Member { set: s("Orders"), key: key("o1"), name: s("Customer") }),
        ("Orders('o1')/Total/$value", PropertyValue { set: s("Orders"), key: key("o1"), property: s("Total") }),
        (
            "Orders('o1')/Shop.Submit",
            Action { set: s("Orders"), key: key("o1"), qualified: s("Shop.Submit"), name: s("Submit") },
        ),
        (
            "Orders('o1')/Acme.Shop.Submit",
            Action { set: s("Orders"), key: key("o1"), qualified: s("Acme.Shop.Submit"), name: s("Submit") },
        ),
        ("%4Frders", Collection { set: s("Orders") }),
    ];
    for (src, want) in cases {
        assert_eq!(parse_path(src), Ok(want), "{src}");
    }
}

#[test]
fn path_errors() {
    let cases: Vec<(&str, usize, &str, &str)> = vec![
        (
            "Orders('o1')/Total/Submit",
            19,
            "unsupported path segment `Submit` after `Total`",
            "Orders('o1')/Namespace.Submit",
        ),
        ("Orders/Total", 7, "`Total` after the entity set `Orders` needs an entity key first", "Orders('id')/Total"),
        ("Orders//$count", 7, "empty path segment", "doubled"),
        ("Orders/", 7, "empty path segment", "trailing"),
        ("$metadata/x", 10, "nothing may follow `$metadata`", ""),
        ("Orders/$count/x", 14, "nothing may follow `$count`", ""),
        ("Orders('o1')/Total/$value/x", 26, "nothing may follow `$value`", ""),
        ("Orders('o1')/Shop.Submit/x", 25, "nothing may follow a bound action", ""),
        ("Orders('o1')/Shop..Submit", 18, "invalid qualified action name", "Namespace.Action"),
        ("Orders('o1')/Shop.1x", 18, "invalid qualified action name", ""),
        ("Orders(42)", 7, "expected a quoted key, found `4`", "Set('id')"),
        ("Orders()", 7, "expected a quoted key, found `)`", ""),
        ("Orders('x", 7, "unterminated key string", ""),
        ("Orders('x'", 10, "expected `)` after the key, found end of segment", ""),
        ("Orders('x'y)", 10, "expected `)` after the key, found `y`", ""),
        ("Orders('x',Id='y')", 10, "expected `)` after the key, found `,`", "compound"),
        ("Orders('x')z", 11, "unexpected `z` after the key", ""),
        ("Or-ders", 2, "invalid entity set name `Or-ders` (unexpected `-`)", ""),
        ("1Orders", 0, "invalid entity set name `1Orders`", ""),
        ("('x')", 0, "missing entity set name", ""),
        ("$batch", 0, "unsupported path segment `$batch`", "$metadata"),
        ("Orders('o1')/To-tal", 15, "invalid property or navigation name", ""),
        ("Orders?$top=1", 6, "unexpected `?` in the resource path", "parse_query"),
        ("Orders%2", 6, "invalid percent-encoding `%2`", "%25"),
        ("Orders('%zz')", 8, "invalid percent-encoding `%zz`", ""),
        ("Orders('%FF')", 8, "not valid UTF-8", ""),
        ("/Orders/x", 8, "`x` after the entity set", ""),
        ("Or%2Dders", 2, "invalid entity set name", ""),
    ];
    let mut failures = Vec::new();
    for (src, pos, msg, help) in cases {
        match parse_path(src) {
            Ok(p) => failures.push(format!("{src:?}: parsed as {p:?}")),
            Err(e) if e.option != "path" || e.position != pos || !e.message.contains(msg) || !e.help.contains(help) => {
                failures.push(format!("{src:?}: got {e:?}, want position {pos}, `{msg}`, help `{help}`"))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
