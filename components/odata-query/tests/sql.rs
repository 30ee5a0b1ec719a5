//! SQL snapshots for representative queries, parameter binding, and builder errors.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_odata_query::sql::normalize_datetime;
use temper_odata_query::{PropType, SqlQuery, SqlValue, build_select, parse_query};

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

const HEAD: &str = "SELECT id, status, seq, fields FROM \"Orders\" WHERE deleted = 0";

fn build(qs: &str) -> SqlQuery {
    let opts = parse_query(qs).unwrap_or_else(|e| panic!("{qs}: {e}"));
    build_select("Orders", &opts, &SCHEMA, 50).unwrap_or_else(|e| panic!("{qs}: {e}"))
}

/// (query string, SQL after `HEAD`, `Debug` of the params, count query + its params).
#[rustfmt::skip]
const SNAPSHOTS: &[(&str, &str, &str, Option<&str>)] = &[
        ("", " ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$top=10&$skip=20", " ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(11), Int(20)]", None),
        ("$top=500&$count=true", " ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", Some("SELECT COUNT(*) FROM \"Orders\" WHERE deleted = 0 []")),
        ("$filter=Name eq 'x'", " AND (json_extract(fields, '$.\"Name\"') = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"x\"), Int(51), Int(0)]", None),
        ("$filter=Id eq 'o1' or Status eq 'Open' and status ne 'X'", " AND (id = ? OR status = ? AND status IS NOT ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"o1\"), Text(\"Open\"), Text(\"X\"), Int(51), Int(0)]", None),
        ("$filter=Total gt 1.5 and Qty le 3&$orderby=Total desc,Name", " AND (json_extract(fields, '$.\"Total\"') > ? AND json_extract(fields, '$.\"Qty\"') <= ?) ORDER BY json_extract(fields, '$.\"Total\"') DESC, json_extract(fields, '$.\"Name\"') ASC, id ASC LIMIT ? OFFSET ?", "[Real(1.5), Int(3), Int(51), Int(0)]", None),
        ("$orderby=Id desc,Name", " ORDER BY id DESC, json_extract(fields, '$.\"Name\"') ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=Name eq null and null ne Tags", " AND (json_extract(fields, '$.\"Name\"') IS NULL AND json_extract(fields, '$.\"Tags\"') IS NOT NULL) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=not (Total gt 5) and not (Name eq 'a') or not Paid", " AND (NOT coalesce(json_extract(fields, '$.\"Total\"') > ?, 0) AND NOT (json_extract(fields, '$.\"Name\"') IS ?) OR NOT json_extract(fields, '$.\"Paid\"')) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(5), Text(\"a\"), Int(51), Int(0)]", None),
        ("$filter=(Qty gt 1 or Qty lt -1) and Paid eq true", " AND ((json_extract(fields, '$.\"Qty\"') > ? OR json_extract(fields, '$.\"Qty\"') < ?) AND json_extract(fields, '$.\"Paid\"') = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(1), Int(-1), Int(1), Int(51), Int(0)]", None),
        ("$filter=contains(Name,'a%25_\\') and startswith(tolower(Name),'b') or endswith(toupper(Name),'C')", " AND (instr(json_extract(fields, '$.\"Name\"'), ?) > 0 AND instr(lower(json_extract(fields, '$.\"Name\"')), ?) = 1 OR substr(upper(json_extract(fields, '$.\"Name\"')), length(upper(json_extract(fields, '$.\"Name\"'))) - length(?) + 1) = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"a%_\\\\\"), Text(\"b\"), Text(\"C\"), Text(\"C\"), Int(51), Int(0)]", None),
        ("$filter=length(Name) ge 3", " AND (length(json_extract(fields, '$.\"Name\"')) >= ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(3), Int(51), Int(0)]", None),
        ("$filter=Name in ('a','b') and not (Qty in (1,2))", " AND (json_extract(fields, '$.\"Name\"') IN (?, ?) AND NOT coalesce(json_extract(fields, '$.\"Qty\"') IN (?, ?), 0)) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"a\"), Text(\"b\"), Int(1), Int(2), Int(51), Int(0)]", None),
        ("$filter=Due lt 2026-01-02 and At ge 2026-01-02T01:30:00%2B02:00 and Ref eq 0123ABCD-0000-0000-0000-00000000000F", " AND (json_extract(fields, '$.\"Due\"') < ? AND json_extract(fields, '$.\"At\"') >= ? AND json_extract(fields, '$.\"Ref\"') = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"2026-01-02\"), Text(\"2026-01-01T23:30:00Z\"), Text(\"0123abcd-0000-0000-0000-00000000000f\"), Int(51), Int(0)]", None),
        ("$filter=(Qty gt 5) eq false", " AND (coalesce(json_extract(fields, '$.\"Qty\"') > ?, 0) = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(5), Int(0), Int(51), Int(0)]", None),
        ("$filter=Paid", " AND (json_extract(fields, '$.\"Paid\"')) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=not Paid", " AND (NOT json_extract(fields, '$.\"Paid\"')) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=true", " AND (?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(1), Int(51), Int(0)]", None),
        ("$filter=Name eq Ref", " AND (json_extract(fields, '$.\"Name\"') IS json_extract(fields, '$.\"Ref\"')) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=Qty eq Total", " AND (json_extract(fields, '$.\"Qty\"') IS json_extract(fields, '$.\"Total\"')) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(51), Int(0)]", None),
        ("$filter=contains(Name,'x') eq true", " AND ((instr(json_extract(fields, '$.\"Name\"'), ?) > 0) = ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Text(\"x\"), Int(1), Int(51), Int(0)]", None),
        ("$count=true&$filter=Qty gt 1&$top=5&$skip=5", " AND (json_extract(fields, '$.\"Qty\"') > ?) ORDER BY id ASC LIMIT ? OFFSET ?", "[Int(1), Int(6), Int(5)]", Some("SELECT COUNT(*) FROM \"Orders\" WHERE deleted = 0 AND (json_extract(fields, '$.\"Qty\"') > ?) [Int(1)]")),
];

#[test]
fn snapshots() {
    let mut failures = Vec::new();
    for &(qs, sql, params, count) in SNAPSHOTS {
        let q = build(qs);
        let got_count = q.count_sql.as_ref().map(|(s, p)| format!("{s} {p:?}"));
        let got = (q.sql.strip_prefix(HEAD), format!("{:?}", q.params), got_count.as_deref());
        if got != (Some(sql), params.to_string(), count) {
            failures.push(format!("{qs}\n  got  {got:?}\n  want {:?}", (sql, params, count)));
        }
        // Placeholders and parameters always line up.
        assert_eq!(q.sql.matches('?').count(), q.params.len(), "{qs}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn literals_are_never_interpolated() {
    let q = build("$filter=Name eq 'x'' OR 1=1 --' or contains(Name,'%25''\"')");
    assert!(!q.sql.contains("OR 1=1"), "{}", q.sql);
    assert_eq!(q.params[0], SqlValue::Text("x' OR 1=1 --".to_string()));
    assert_eq!(q.params[1], SqlValue::Text("%'\"".to_string()));
}

#[test]
fn paging_limits() {
    let opts = parse_query("$top=0").unwrap();
    let q = build_select("T", &opts, &SCHEMA, 10).unwrap();
    assert_eq!(q.params, vec![SqlValue::Int(1), SqlValue::Int(0)]);
    let q = build_select("T", &parse_query("").unwrap(), &SCHEMA, 0).unwrap();
    assert_eq!(q.params, vec![SqlValue::Int(2), SqlValue::Int(0)]);
    let q = build_select("T", &parse_query("$top=7&$skip=9223372036854775807").unwrap(), &SCHEMA, 10).unwrap();
    assert_eq!(q.params, vec![SqlValue::Int(8), SqlValue::Int(i64::MAX)]);
}

#[test]
fn builder_errors() {
    let cases: Vec<(&str, &str, &str, &str)> = vec![
        ("Or-ders", "", "table", "invalid table name `Or-ders`"),
        ("", "", "table", "invalid table name ``"),
        ("x\"y", "", "table", "invalid table name"),
        ("T", "$filter=Nope eq 1", "$filter", "unknown property `Nope`"),
        ("T", "$filter=Qty eq 'x'", "$filter", "cannot compare an integer with a string"),
        ("T", "$select=Nope", "$select", "unknown property `Nope`"),
        ("T", "$orderby=Tags", "$orderby", "cannot order by the list property `Tags`"),
        ("T", "$filter=Total lt 1e999", "$filter", "decimal `1e999` is out of range"),
    ];
    for (table, qs, opt, msg) in cases {
        let opts = parse_query(qs).unwrap();
        let e = build_select(table, &opts, &SCHEMA, 10).unwrap_err();
        assert_eq!(e.option, opt, "{table} {qs}: {e}");
        assert!(e.message.contains(msg), "{table} {qs}: {e}");
    }
}

#[test]
fn datetime_normalisation() {
    let cases = [
        ("2026-01-02T03:04:05Z", "2026-01-02T03:04:05Z"),
        ("2026-01-02T03:04Z", "2026-01-02T03:04:00Z"),
        ("2026-01-02T03:04:05.500Z", "2026-01-02T03:04:05.5Z"),
        ("2026-01-02T03:04:05.000Z", "2026-01-02T03:04:05Z"),
        ("2026-01-02T01:30:00+02:00", "2026-01-01T23:30:00Z"),
        ("2026-12-31T23:30:00-01:00", "2027-01-01T00:30:00Z"),
        ("2024-02-28T23:00:00-01:30", "2024-02-29T00:30:00Z"),
        ("2026-03-01T00:15:00+00:30", "2026-02-28T23:45:00Z"),
        ("0000-01-01T00:00:00+01:00", "0000-01-01T00:00:00+01:00"),
    ];
    for (input, want) in cases {
        assert_eq!(normalize_datetime(input), want, "{input}");
    }
}
