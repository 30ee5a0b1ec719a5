//! The in-memory query evaluator (`temper_odata_query::memory`, what the portable build's
//! storage component runs) against the real thing: random rows committed to a real libSQL file,
//! random well-typed `$filter`/`$orderby`/`$top`/`$skip`/`$count` queries run through the host's
//! SQL pushdown (`server::query::run`) and in memory. Same rows, same order, same count, same
//! `more` — or the same refusal.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use temper_host::storage::libsql::{LibsqlBackend, LibsqlConfig, Synchronous};
use temper_host::storage::{Backend, CommitRequest, Event, EventMeta, ProjectionRow, StorageError, StreamId};
use temper_odata_query::memory::{self, Record};
use temper_odata_query::{CompareOp, Direction, Expr, Func, Literal, OrderBy, PropType, QueryOptions};

const TENANT: &str = "parity";
const NAMES: [&str; 6] = ["apple", "Apple", "banana", "Äpfel", "an", ""];

fn schema() -> BTreeMap<String, PropType> {
    [("Name", PropType::String), ("Qty", PropType::Int), ("Price", PropType::Decimal), ("Active", PropType::Bool)]
        .into_iter()
        .map(|(k, t)| (k.to_string(), t))
        .collect()
}

/// A field that may be missing (`None`), JSON null, or a value.
fn field(value: impl Strategy<Value = Value>) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![1 => Just(None), 1 => Just(Some(Value::Null)), 4 => value.prop_map(Some)]
}

fn row() -> impl Strategy<Value = (String, Map<String, Value>)> {
    (
        prop::sample::select(vec!["Open", "Closed", "open"]),
        field(prop::sample::select(NAMES.to_vec()).prop_map(|s| json!(s))),
        field((-3i64..4).prop_map(|n| json!(n))),
        field(prop_oneof![(-2i64..3).prop_map(|n| json!(n)), (-20i64..30).prop_map(|n| json!(n as f64 / 4.0))]),
        field(any::<bool>().prop_map(|b| json!(b))),
    )
        .prop_map(|(status, name, qty, price, active)| {
            let mut m = Map::new();
            for (k, v) in [("Name", name), ("Qty", qty), ("Price", price), ("Active", active)] {
                if let Some(v) = v {
                    m.insert(k.to_string(), v);
                }
            }
            (status.to_string(), m)
        })
}

fn prop(name: &str) -> Expr {
    Expr::property(name)
}

fn lit(l: Literal) -> Expr {
    Expr::Literal(l)
}

fn op() -> impl Strategy<Value = CompareOp> {
    prop::sample::select(vec![CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge, CompareOp::Lt, CompareOp::Le])
}

fn string_literal() -> impl Strategy<Value = Literal> {
    prop::sample::select(NAMES.to_vec()).prop_map(|s| Literal::String(s.to_string()))
}

/// A well-typed boolean leaf.
fn leaf() -> impl Strategy<Value = Expr> {
    let cmp =
        |left: Expr, right: Expr, op: CompareOp| Expr::Compare { op, left: Box::new(left), right: Box::new(right) };
    prop_oneof![
        (op(), -3i64..4).prop_map(move |(o, n)| cmp(prop("Qty"), lit(Literal::Int(n)), o)),
        (op(), -4i64..8).prop_map(move |(o, n)| cmp(
            prop("Price"),
            lit(Literal::Decimal(format!("{}", n as f64 / 2.0))),
            o
        )),
        (op(), string_literal()).prop_map(move |(o, l)| cmp(prop("Name"), lit(l), o)),
        (any::<bool>(), any::<bool>()).prop_map(move |(eq, b)| cmp(
            prop("Active"),
            lit(Literal::Bool(b)),
            if eq { CompareOp::Eq } else { CompareOp::Ne }
        )),
        (op(), prop::sample::select(vec!["Open", "open", "Closed"])).prop_map(move |(o, s)| cmp(
            prop("status"),
            lit(Literal::String(s.into())),
            o
        )),
        (prop::sample::select(vec!["Name", "Qty", "Price", "Active"]), any::<bool>()).prop_map(move |(p, eq)| cmp(
            prop(p),
            lit(Literal::Null),
            if eq { CompareOp::Eq } else { CompareOp::Ne }
        )),
        (prop::sample::select(vec![Func::Contains, Func::StartsWith, Func::EndsWith]), string_literal())
            .prop_map(|(func, l)| Expr::Call { func, args: vec![prop("Name"), lit(l)] }),
        (op(), prop::sample::select(vec![Func::ToLower, Func::ToUpper]), string_literal())
            .prop_map(move |(o, func, l)| cmp(Expr::Call { func, args: vec![prop("Name")] }, lit(l), o)),
        (op(), 0i64..7).prop_map(move |(o, n)| cmp(
            Expr::Call { func: Func::Length, args: vec![prop("Name")] },
            lit(Literal::Int(n)),
            o
        )),
        prop::collection::vec(-3i64..4, 1..4)
            .prop_map(|ns| Expr::In { value: Box::new(prop("Qty")), list: ns.into_iter().map(Literal::Int).collect() }),
    ]
}

fn filter() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(2, 6, 2, |inner| {
        prop_oneof![
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::And(Box::new(a), Box::new(b))),
            1 => (inner.clone(), inner.clone()).prop_map(|(a, b)| Expr::Or(Box::new(a), Box::new(b))),
            2 => inner.prop_map(|a| Expr::Not(Box::new(a))),
        ]
    })
}

fn options() -> impl Strategy<Value = QueryOptions> {
    let key = (prop::sample::select(vec!["Name", "Qty", "Price", "Active", "status", "Id"]), any::<bool>()).prop_map(
        |(p, desc)| OrderBy { property: p.into(), direction: if desc { Direction::Desc } else { Direction::Asc } },
    );
    (
        prop::option::weighted(0.8, filter()),
        prop::collection::vec(key, 0..3),
        prop::option::of(0u64..6),
        prop::option::of(0u64..5),
        any::<bool>(),
    )
        .prop_map(|(filter, orderby, top, skip, count)| QueryOptions {
            filter,
            orderby,
            top,
            skip,
            count,
            ..Default::default()
        })
}

static CASE: AtomicUsize = AtomicUsize::new(0);

fn commit(id: &str, ty: &str, status: &str, fields: &Map<String, Value>) -> CommitRequest {
    CommitRequest {
        stream: StreamId::new(TENANT, ty, id),
        expected_seq: 0,
        events: vec![Event {
            seq: 1,
            kind: "created".into(),
            payload: "{}".into(),
            meta: EventMeta { event_id: format!("{ty}-{id}"), ..Default::default() },
        }],
        projection: ProjectionRow {
            id: id.into(),
            status: status.into(),
            fields: Value::Object(fields.clone()).to_string(),
            seq: 1,
            deleted: false,
        },
        outbox: Vec::new(),
        idempotency: None,
        trajectory: None,
    }
}

fn ids(rows: &[ProjectionRow]) -> Vec<String> {
    rows.iter().map(|r| r.id.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn memory_answers_as_the_sql_pushdown(rows in prop::collection::vec(row(), 0..10), opts in options(), page in 1u32..5) {
        let rt = RT.get_or_init(|| tokio::runtime::Runtime::new().unwrap());
        let store = STORE.get_or_init(|| {
            let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("query-memory-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            let mut config = LibsqlConfig::new(dir.join("temper.db"));
            config.synchronous = Synchronous::Normal;
            rt.block_on(LibsqlBackend::open(config)).unwrap()
        });
        let ty = format!("T{}", CASE.fetch_add(1, Ordering::Relaxed));
        let rows: Vec<(String, String, Map<String, Value>)> =
            rows.into_iter().enumerate().map(|(i, (s, f))| (format!("r{i}"), s, f)).collect();
        for (id, status, fields) in &rows {
            rt.block_on(store.commit(commit(id, &ty, status, fields))).unwrap();
        }
        let request = json!({"options": opts, "schema": schema(), "page_size": page}).to_string();
        let sql = rt.block_on(temper_host::server::query::run(store, TENANT, &ty, &request, 1000));
        let records: Vec<Record<'_>> =
            rows.iter().map(|(id, status, fields)| Record { id, status, fields, deleted: false }).collect();
        let mem = memory::run(&records, &opts, &schema(), page);
        match (sql, mem) {
            (Ok(s), Ok(m)) => {
                let mem_ids: Vec<String> = m.rows.iter().map(|&i| rows[i].0.clone()).collect();
                prop_assert_eq!(ids(&s.rows), mem_ids, "rows of {}", request);
                prop_assert_eq!(s.count, m.count, "count of {}", request);
                prop_assert_eq!(s.more, m.more, "more of {}", request);
            }
            (Err(StorageError::Invalid(s)), Err(m)) => prop_assert_eq!(s, m.to_string()),
            (s, m) => prop_assert!(false, "{}: sql {:?}, memory {:?}", request, s.map(|p| ids(&p.rows)), m),
        }
    }
}

/// One runtime and one database for all cases (each case writes its own entity type).
static RT: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
static STORE: std::sync::OnceLock<LibsqlBackend> = std::sync::OnceLock::new();
