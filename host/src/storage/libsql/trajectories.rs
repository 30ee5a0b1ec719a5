//! The `trajectories` table: one row per dispatch, inserted by the writer (alone or inside a
//! commit's savepoint) and queried newest first by `(time_ms, position)` on the reader pool.

use super::unavailable;
use crate::storage::{
    Result, StorageError, TrajectoryCursor, TrajectoryPage, TrajectoryQuery, TrajectoryRow, duplicate_trajectory,
};
use ::libsql::{Connection, Value};

const COLUMNS: &str = "id, tenant, time_ms, agent, session, origin, correlation_id, entity_type, entity_id, action,
    params, from_status, to_status, ok, http_status, error, error_code, authz_decision, policies, decision_id";

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn opt(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Null, text)
}

pub async fn insert(db: &mut super::writer::Db, row: &TrajectoryRow) -> Result<()> {
    let policies = serde_json::to_string(&row.policies).map_err(|e| StorageError::Invalid(e.to_string()))?;
    let values = vec![
        text(&row.id),
        text(&row.tenant),
        Value::Integer(row.time_ms as i64),
        text(&row.agent),
        opt(&row.session),
        text(&row.origin),
        text(&row.correlation_id),
        opt(&row.entity_type),
        opt(&row.entity_id),
        opt(&row.action),
        opt(&row.params),
        opt(&row.from_status),
        opt(&row.to_status),
        Value::Integer(i64::from(row.ok)),
        Value::Integer(i64::from(row.http_status)),
        opt(&row.error),
        opt(&row.error_code),
        opt(&row.authz_decision),
        Value::Text(policies),
        opt(&row.decision_id),
    ];
    static SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        let placeholders: Vec<String> = (1..=20).map(|i| format!("?{i}")).collect();
        format!("INSERT INTO trajectories ({COLUMNS}) VALUES ({})", placeholders.join(", "))
    });
    match db.exec(sql, values).await {
        Ok(_) => Ok(()),
        Err(e) if e.to_string().contains("UNIQUE") => Err(duplicate_trajectory(&row.id)),
        Err(e) => Err(unavailable(e)),
    }
}

pub async fn query(conn: &Connection, q: &TrajectoryQuery) -> Result<TrajectoryPage> {
    let mut sql = format!("SELECT {COLUMNS}, position FROM trajectories WHERE tenant = ?1");
    let mut params = vec![text(&q.tenant)];
    let mut add = |clause: &str, v: Value, params: &mut Vec<Value>| {
        params.push(v);
        sql.push_str(&format!(" AND {clause} ?{}", params.len()));
    };
    for (column, want) in [
        ("agent", &q.agent),
        ("entity_type", &q.entity_type),
        ("entity_id", &q.entity_id),
        ("action", &q.action),
        ("origin", &q.origin),
        ("correlation_id", &q.correlation_id),
    ] {
        if let Some(w) = want {
            add(&format!("{column} ="), text(w), &mut params);
        }
    }
    if let Some(s) = q.since_ms {
        add("time_ms >=", Value::Integer(clamp(s)), &mut params);
    }
    if let Some(u) = q.until_ms {
        add("time_ms <", Value::Integer(clamp(u)), &mut params);
    }
    if let Some(c) = q.after {
        params.push(Value::Integer(clamp(c.time_ms)));
        params.push(Value::Integer(clamp(c.position)));
        sql.push_str(&format!(" AND (time_ms, position) < (?{}, ?{})", params.len() - 1, params.len()));
    }
    if q.failed_only {
        sql.push_str(" AND ok = 0");
    }
    let limit = q.effective_limit();
    sql.push_str(&format!(" ORDER BY time_ms DESC, position DESC LIMIT {}", u64::from(limit) + 1));
    let mut rows = conn.query(&sql, params).await.map_err(unavailable)?;
    let mut out = Vec::new();
    let mut cursors = Vec::new();
    while let Some(r) = rows.next().await.map_err(unavailable)? {
        let row = decode(&r)?;
        cursors
            .push(TrajectoryCursor { time_ms: row.time_ms, position: r.get::<i64>(20).map_err(unavailable)? as u64 });
        out.push(row);
    }
    let next = if out.len() > limit as usize {
        out.truncate(limit as usize);
        cursors.get(limit as usize - 1).copied()
    } else {
        None
    };
    Ok(TrajectoryPage { rows: out, next })
}

fn clamp(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn decode(r: &::libsql::Row) -> Result<TrajectoryRow> {
    let s = |i: i32| r.get::<String>(i).map_err(unavailable);
    let o = |i: i32| r.get::<Option<String>>(i).map_err(unavailable);
    let n = |i: i32| r.get::<i64>(i).map_err(unavailable);
    let policies: Vec<String> =
        serde_json::from_str(&s(18)?).map_err(|e| unavailable(format!("a stored trajectory's policies: {e}")))?;
    Ok(TrajectoryRow {
        id: s(0)?,
        tenant: s(1)?,
        time_ms: n(2)? as u64,
        agent: s(3)?,
        session: o(4)?,
        origin: s(5)?,
        correlation_id: s(6)?,
        entity_type: o(7)?,
        entity_id: o(8)?,
        action: o(9)?,
        params: o(10)?,
        from_status: o(11)?,
        to_status: o(12)?,
        ok: n(13)? != 0,
        http_status: u16::try_from(n(14)?).unwrap_or(0),
        error: o(15)?,
        error_code: o(16)?,
        authz_decision: o(17)?,
        policies,
        decision_id: o(19)?,
    })
}
