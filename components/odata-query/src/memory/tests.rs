//! The in-memory evaluator on a small fixture: every case states which rows the SQL pushdown
//! selects for the same query (the SQLite semantics documented in `crate::sql`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests

use super::*;
use crate::check::PropType;
use crate::options::parse_query;
use serde_json::{Map, Value as Json, json};

const SCHEMA: [(&str, PropType); 6] = [
    ("Name", PropType::String),
    ("Price", PropType::Decimal),
    ("Qty", PropType::Int),
    ("Active", PropType::Bool),
    ("Tags", PropType::StringList),
    ("Created", PropType::DateTime),
];

fn fixture() -> Vec<(String, String, Map<String, Json>, bool)> {
    let row = |id: &str, status: &str, fields: Json, deleted: bool| {
        let Json::Object(m) = fields else { unreachable!("fixture fields are objects") };
        (id.to_string(), status.to_string(), m, deleted)
    };
    vec![
        row(
            "a",
            "Open",
            json!({"Name": "Apple", "Price": 1.5, "Qty": 10, "Active": true, "Created": "2026-01-02T03:04:05Z"}),
            false,
        ),
        row("b", "Open", json!({"Name": "banana", "Price": null, "Qty": 3, "Active": false}), false),
        row("c", "Closed", json!({"Name": "Cherry", "Price": 7, "Qty": 0, "Active": true, "Tags": ["red"]}), false),
        row("d", "Open", json!({"Name": "Date", "Price": 2.25, "Qty": 5}), false),
        row("e", "Open", json!({"Name": "Elder", "Price": 9, "Qty": 1, "Active": true}), true),
        row("f", "Open", json!({"Name": "Äpfel", "Qty": 2}), false),
    ]
}

/// The ids `query` returns (page size 100) over the fixture, and the page's count and `more`.
fn ids_page(query: &str, page_size: u32) -> (Vec<String>, Option<u64>, bool) {
    let data = fixture();
    let rows: Vec<Record<'_>> =
        data.iter().map(|(id, status, fields, deleted)| Record { id, status, fields, deleted: *deleted }).collect();
    let opts = parse_query(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    let page = run(&rows, &opts, &SCHEMA, page_size).unwrap_or_else(|e| panic!("{query}: {e}"));
    (page.rows.iter().map(|&i| data[i].0.clone()).collect(), page.count, page.more)
}

fn ids(query: &str) -> Vec<String> {
    ids_page(query, 100).0
}

#[test]
fn filters_select_what_the_sql_selects() {
    let cases: &[(&str, &[&str])] = &[
        ("", &["a", "b", "c", "d", "f"]),
        ("$filter=Qty gt 2", &["a", "b", "d"]),
        ("$filter=Price ge 2", &["c", "d"]),
        // A null price is not greater than 5, so `not` of it holds (OData two-valued logic).
        ("$filter=not (Price gt 5)", &["a", "b", "d", "f"]),
        ("$filter=Price eq null", &["b", "f"]),
        ("$filter=Price ne null", &["a", "c", "d"]),
        ("$filter=Name ne 'Apple'", &["b", "c", "d", "f"]),
        ("$filter=Active eq true", &["a", "c"]),
        ("$filter=Active ne true", &["b", "d", "f"]),
        ("$filter=Active eq false or Qty eq 5", &["b", "d"]),
        ("$filter=status eq 'Closed'", &["c"]),
        ("$filter=Id in ('a','d','zz')", &["a", "d"]),
        ("$filter=Qty in (0, 2)", &["c", "f"]),
        // Case-sensitive, as `instr` is.
        ("$filter=contains(Name,'an')", &["b"]),
        ("$filter=startswith(Name,'Ch')", &["c"]),
        ("$filter=endswith(Name,'e')", &["a", "d"]),
        ("$filter=tolower(Name) eq 'apple'", &["a"]),
        // `lower` folds ASCII only: `Ä` stays.
        ("$filter=tolower(Name) eq 'äpfel'", &[]),
        ("$filter=length(Name) eq 5", &["a", "f"]),
        ("$filter=Created gt 2026-01-02T04:00:00%2B02:00", &["a"]),
        ("$filter=Created lt 2026-01-01T00:00:00Z", &[]),
        ("$filter=(Qty gt 1 and Price lt 3) or Name eq 'Cherry'", &["a", "c", "d"]),
    ];
    for (q, want) in cases {
        assert_eq!(ids(q), *want, "{q}");
    }
}

#[test]
fn order_puts_nulls_first_ascending_and_last_descending_then_id() {
    assert_eq!(ids("$orderby=Price"), ["b", "f", "a", "d", "c"]);
    assert_eq!(ids("$orderby=Price desc"), ["c", "d", "a", "b", "f"]);
    assert_eq!(ids("$orderby=status desc,Qty"), ["f", "b", "d", "a", "c"]);
    assert_eq!(ids("$orderby=Id desc"), ["f", "d", "c", "b", "a"]);
    // Byte order: upper case before lower case, `Ä` last.
    assert_eq!(ids("$orderby=Name"), ["a", "c", "d", "b", "f"]);
}

#[test]
fn paging_and_count_follow_the_sql_window() {
    assert_eq!(ids_page("$top=2&$orderby=Qty desc", 100), (vec!["a".into(), "d".into()], None, false));
    assert_eq!(ids_page("$skip=3&$count=true", 100), (vec!["d".into(), "f".into()], Some(5), false));
    // Page of 2 without `$top`: one more row exists, so `more`.
    assert_eq!(ids_page("", 2), (vec!["a".into(), "b".into()], None, true));
    // `$top` larger than the page: the page is full and more follow.
    assert_eq!(ids_page("$top=3", 2), (vec!["a".into(), "b".into()], None, true));
    // `$top` within the page: never `more`.
    assert_eq!(ids_page("$top=2", 2), (vec!["a".into(), "b".into()], None, false));
    assert_eq!(ids_page("$filter=Qty gt 100&$count=true", 2), (vec![], Some(0), false));
    assert_eq!(ids_page("$skip=10", 100), (vec![], None, false));
}

#[test]
fn ill_typed_queries_are_refused_as_the_sql_builder_refuses_them() {
    let data = fixture();
    let rows: Vec<Record<'_>> =
        data.iter().map(|(id, status, fields, deleted)| Record { id, status, fields, deleted: *deleted }).collect();
    for q in ["$filter=Nope eq 1", "$orderby=Nope", "$filter=Name gt 5"] {
        let opts = parse_query(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        let err = run(&rows, &opts, &SCHEMA, 100).expect_err(q);
        let sql = crate::build_select("t", &opts, &SCHEMA, 100).expect_err(q);
        assert_eq!(err, sql, "{q}: the same error as the SQL pushdown");
    }
}
