//! `GET /api/tenants/{tenant}/trajectories`: what agents (and the kernel) tried in a tenant,
//! one row per dispatch, newest first, filtered by the query string and paged by `next`.

use super::Call;
use crate::server::respond::{Bad, Reply, json, query_pairs};
use crate::storage::{Backend, MAX_TRAJECTORY_LIMIT, ORIGINS, TrajectoryQuery, TrajectoryRow};
use anyhow::Result;
use hyper::StatusCode;
use serde_json::{Value as Json, json};

/// The query parameters this route reads.
const PARAMS: &[&str] = &[
    "agent",
    "entity_type",
    "entity_id",
    "action",
    "origin",
    "failed",
    "since",
    "until",
    "correlation",
    "limit",
    "after",
];

fn invalid(message: String) -> Bad {
    Bad(StatusCode::BAD_REQUEST, "InvalidQuery", message)
}

/// Reads the query string into a storage query; `Err` is the 400 to send.
pub fn parse(tenant: &str, query: Option<&str>) -> Result<TrajectoryQuery, Bad> {
    let mut q = TrajectoryQuery::new(tenant);
    for (k, v) in query_pairs(query, PARAMS)? {
        let ms = |v: &str| {
            v.parse::<u64>().map_err(|_| invalid(format!("`{k}={v}`: give a time in milliseconds since the epoch")))
        };
        if v.is_empty() && k != "failed" {
            return Err(invalid(format!("`{k}` is empty: give a value or leave the parameter out")));
        }
        match k.as_str() {
            "agent" => q.agent = Some(v),
            "entity_type" => q.entity_type = Some(v),
            "entity_id" => q.entity_id = Some(v),
            "action" => q.action = Some(v),
            "correlation" => q.correlation_id = Some(v),
            "origin" if ORIGINS.contains(&v.as_str()) => q.origin = Some(v),
            "origin" => return Err(invalid(format!("`origin={v}`: use one of {}", ORIGINS.join(", ")))),
            "failed" => {
                q.failed_only = match v.as_str() {
                    "" | "true" => true,
                    "false" => false,
                    _ => return Err(invalid(format!("`failed={v}`: use true or false"))),
                }
            }
            "since" => q.since_ms = Some(ms(&v)?),
            "until" => q.until_ms = Some(ms(&v)?),
            "limit" => match v.parse::<u32>() {
                Ok(n) if (1..=MAX_TRAJECTORY_LIMIT).contains(&n) => q.limit = n,
                _ => return Err(invalid(format!("`limit={v}`: use a number from 1 to {MAX_TRAJECTORY_LIMIT}"))),
            },
            "after" => q.after = Some(v.parse().map_err(|e: String| invalid(format!("`after`: {e}")))?),
            _ => return Err(invalid(format!("unknown query parameter `{k}`"))),
        }
    }
    if let (Some(s), Some(u)) = (q.since_ms, q.until_ms)
        && s >= u
    {
        return Err(invalid(format!("`since={s}` is not before `until={u}`: the range is empty")));
    }
    Ok(q)
}

/// A row as the API shows it: `params` as JSON (not JSON text).
pub fn view(row: &TrajectoryRow) -> Json {
    let mut v = serde_json::to_value(row).unwrap_or(Json::Null);
    if let Some(p) = &row.params
        && let Ok(parsed) = serde_json::from_str::<Json>(p)
    {
        v["params"] = parsed;
    }
    v
}

pub async fn query(call: &Call<'_>, query: Option<&str>) -> Result<Reply> {
    let q = match parse(&call.tenant, query) {
        Ok(q) => q,
        Err(bad) => return Ok(bad.reply()),
    };
    let page = call.server.shared.store.query_trajectories(&q).await?;
    let value: Vec<Json> = page.rows.iter().map(view).collect();
    Ok(json(StatusCode::OK, &json!({"value": value, "next": page.next.map(|c| c.to_string())})))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_filter_is_read_and_bad_values_name_the_parameter() {
        let q = parse(
            "t",
            Some("agent=Agent%3A%3A%22bot-1%22&entity_type=Task&entity_id=a+b&action=Start&origin=timer&failed=true&since=5&until=9&correlation=c1&limit=7&after=8.3"),
        )
        .unwrap();
        assert_eq!(q.agent.as_deref(), Some("Agent::\"bot-1\""));
        assert_eq!(q.entity_id.as_deref(), Some("a b"));
        assert_eq!(
            (q.origin.as_deref(), q.failed_only, q.since_ms, q.until_ms),
            (Some("timer"), true, Some(5), Some(9))
        );
        assert_eq!((q.correlation_id.as_deref(), q.limit), (Some("c1"), 7));
        assert_eq!(q.after.map(|c| (c.time_ms, c.position)), Some((8, 3)));
        for (query, names) in [
            ("limit=0", "limit"),
            ("limit=1001", "limit"),
            ("origin=whim", "origin"),
            ("failed=maybe", "failed"),
            ("since=yesterday", "since"),
            ("after=xyz", "after"),
            ("agent=", "agent"),
            ("colour=red", "colour"),
            ("agent=a&agent=b", "agent"),
            ("since=9&until=9", "since"),
        ] {
            let Err(Bad(status, _, message)) = parse("t", Some(query)) else { panic!("{query} was accepted") };
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert!(message.contains(&format!("`{names}")), "{query}: {message}");
        }
    }
}
