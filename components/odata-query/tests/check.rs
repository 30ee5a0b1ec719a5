//! Table-driven tests of type checking `$filter`, `$select` and `$orderby` against a schema.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, HashMap};
use temper_odata_query::{PropType, Schema, check_filter, check_options, parse_filter, parse_query};

const SCHEMA: [(&str, PropType); 8] = [
    ("Name", PropType::String),
    ("Total", PropType::Decimal),
    ("Qty", PropType::Int),
    ("Paid", PropType::Bool),
    ("Due", PropType::Date),
    ("At", PropType::DateTime),
    ("Tags", PropType::StringList),
    ("Ref", PropType::Guid),
];

#[test]
fn well_typed() {
    for src in [
        "Name eq 'x'",
        "Name eq null",
        "null eq Name",
        "Tags eq null",
        "Tags ne null",
        "Qty gt 1.5",
        "Total le 3",
        "Qty eq Total",
        "Paid",
        "Paid eq true",
        "not Paid",
        "not not Paid",
        "not Paid eq false",
        "Due lt 2026-01-02",
        "At ge 2026-01-02T03:04:05Z",
        "Ref eq 01234567-89ab-cdef-0123-456789abcdef",
        "Ref eq 'x'",
        "Name gt 'a'",
        "contains(Name,'a') and startswith(Name,'b') or endswith(Name,'c')",
        "contains(tolower(Name),toupper('a'))",
        "length(Name) gt 3",
        "length(Name) eq Qty",
        "Name in ('a','b')",
        "Qty in (1,2.5)",
        "Id eq 'o1' and Status eq 'Open' and status ne 'X'",
        "(Qty gt 1) eq (Total gt 2)",
        "true",
        "null eq null",
    ] {
        let f = parse_filter(src).unwrap();
        assert_eq!(check_filter(&f, &SCHEMA), Ok(()), "{src}");
    }
}

#[test]
fn ill_typed() {
    let cases = [
        ("Nope eq 1", "unknown property `Nope`", "known properties: Id, Status, Name, Total"),
        ("name eq 'x'", "unknown property `name`", "did you mean `Name`"),
        ("Qty eq 'x'", "cannot compare an integer with a string using `eq`", "same type"),
        ("Name eq 1", "cannot compare a string with an integer", ""),
        ("Paid gt false", "cannot compare a boolean with a boolean using `gt`", ""),
        ("Ref lt 'x'", "cannot compare a GUID with a string using `lt`", ""),
        ("Due eq 2026-01-02T03:04:05Z", "cannot compare a date with a date-time", ""),
        ("Tags eq 'a'", "cannot compare a string list with a string", "list properties"),
        ("Name gt null", "cannot compare a string with null using `gt`", "only `eq` and `ne`"),
        ("Name", "$filter must be a boolean condition, but `Name` is a string", ""),
        ("length(Name)", "$filter must be a boolean condition", ""),
        ("not Name", "`Name` is a string, but `and`, `or` and `not` need booleans", "not (A eq B)"),
        ("Paid and Qty", "`Qty` is an integer", ""),
        ("Qty or Paid", "`Qty` is an integer", ""),
        ("not Name eq 'x'", "`Name` is a string, but `and`, `or` and `not` need booleans", ""),
        ("contains(Qty,'1')", "`contains` needs string arguments, but `Qty` is an integer", ""),
        ("length(Paid) eq 1", "`length` needs string arguments", ""),
        ("Qty in ('a')", "`'a'` is a string, which cannot be in a list matched against an integer", ""),
        ("Name in (null)", "`null` is null", ""),
        ("Tags in ('a')", "cannot be in a list matched against a string list", ""),
        ("A/B eq 1", "property path `A/B` is not supported", ""),
    ];
    for (src, msg, help) in cases {
        let f = parse_filter(src).unwrap();
        let e = check_filter(&f, &SCHEMA).unwrap_err();
        assert_eq!(e.option, "$filter", "{src}");
        assert!(e.message.contains(msg), "{src}: {e}");
        assert!(e.help.contains(help), "{src}: {e}");
    }
}

#[test]
fn select_and_orderby() {
    let ok = parse_query("$select=Name,Id,Status&$orderby=Paid desc,At,Id").unwrap();
    assert_eq!(check_options(&ok, &SCHEMA), Ok(()));
    let e = check_options(&parse_query("$select=Name,Bogus").unwrap(), &SCHEMA).unwrap_err();
    assert_eq!((e.option.as_str(), e.message.as_str()), ("$select", "unknown property `Bogus`"));
    let e = check_options(&parse_query("$orderby=Bogus desc").unwrap(), &SCHEMA).unwrap_err();
    assert_eq!((e.option.as_str(), e.message.as_str()), ("$orderby", "unknown property `Bogus`"));
}

#[test]
fn schema_impls() {
    let btree: BTreeMap<String, PropType> =
        [("B".to_string(), PropType::Int), ("A".to_string(), PropType::Bool)].into();
    let hash: HashMap<String, PropType> = btree.clone().into_iter().collect();
    for s in [&btree as &dyn Schema, &hash] {
        assert_eq!(s.property("A"), Some(PropType::Bool));
        assert_eq!(s.property_names(), vec!["A".to_string(), "B".to_string()]);
        assert_eq!(check_filter(&parse_filter("A and B gt 1").unwrap(), s), Ok(()));
    }
    // A schema may retype the implicit properties.
    let custom = [("Status", PropType::Int)];
    assert_eq!(check_filter(&parse_filter("Status gt 1").unwrap(), &custom), Ok(()));
}
