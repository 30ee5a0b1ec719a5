//! `[[state_timeout]]` timers. A timer armed by the commit at seq S (entering the state, or a
//! `reset_on` action) still applies only while the entity stays in that visit of the state and
//! no later commit re-armed it; it fires at most `max_occurrences` times, every
//! `after_seconds`. All of that is read from the entity's journal, so a timer that comes due
//! after a restart decides exactly as it would have before.

use super::work::{Item, Step, act, settle, text};
use crate::server::Server;
use crate::server::dispatch;
use crate::storage::Backend;
use anyhow::{Result, anyhow};
use serde_json::{Value as Json, json};

/// Whether the timer still applies, and how often it fired since it was armed.
enum Visit {
    Applies {
        fired: u64,
    },
    /// The entity left the state, was deleted, or a later commit re-armed the timer.
    Over,
}

pub(super) async fn fire(server: &Server, item: &Item<'_>) -> Result<Step> {
    let out = &item.output;
    let state = text(out, "state").unwrap_or_default();
    let action = text(out, "action").unwrap_or_default();
    let max = out.get("max_occurrences").and_then(Json::as_u64).unwrap_or(1);
    let after_ms = out.get("after_seconds").and_then(Json::as_u64).unwrap_or(0).saturating_mul(1000);
    let fired = match visit(server, item, state, action).await? {
        Visit::Applies { fired } => fired,
        Visit::Over => return Ok(Step::Done),
    };
    if max > 0 && fired >= max {
        return Ok(Step::Done);
    }
    let n = fired + 1;
    let args = out.get("args").cloned().unwrap_or_else(|| json!({}));
    let key = format!("{}/{n}", item.key);
    let a = act(server, item, &item.source, action, args, dispatch::system("timer"), &key, item.fresh_cascade("timer"))
        .await?;
    let still_there = a.body.get("status").and_then(Json::as_str) == Some(state);
    Ok(match settle(&a) {
        Step::Done if a.ok() && still_there && (max == 0 || n < max) => {
            Step::Again(server.shared.clock.now_ms().saturating_add(after_ms.max(1)))
        }
        step => step,
    })
}

async fn visit(server: &Server, item: &Item<'_>, state: &str, action: &str) -> Result<Visit> {
    let events = server
        .shared
        .store
        .read_events(&item.source, item.seq.saturating_sub(1), u32::MAX)
        .await
        .map_err(|e| anyhow!("reading {}: {e}", item.source))?;
    if events.first().map(|e| e.seq) != Some(item.seq) {
        return Ok(Visit::Over);
    }
    let mut fired = 0;
    for e in events.iter().skip(1) {
        if e.kind == "deleted" {
            return Ok(Visit::Over);
        }
        let p: Json = serde_json::from_str(&e.payload).unwrap_or(Json::Null);
        if e.kind == "action" {
            if text(&p, "to") != Some(state) {
                return Ok(Visit::Over);
            }
            let rearmed = p.get("outputs").and_then(Json::as_array).is_some_and(|outs| {
                outs.iter().any(|o| {
                    text(o, "type") == Some("timer")
                        && text(o, "state") == Some(state)
                        && text(o, "action") == Some(action)
                })
            });
            if rearmed {
                return Ok(Visit::Over);
            }
        }
        if e.meta.causation_id == item.key {
            fired += 1;
        }
    }
    Ok(Visit::Applies { fired })
}
