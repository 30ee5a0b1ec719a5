//! Tenant-wide subscriptions (`[[subscriptions]]` in `app.toml`): an app reacting to what OTHER
//! apps' entities do in its tenant. A committed action that matches becomes an outbox item in
//! the same commit — an entity trigger the drainer runs like any reaction, as
//! `System::"app:<app>"`, creating the target `<source type>-<source id>-<seq>` and running
//! the target action with the source's facts — so nothing is lost across a crash.

use super::artifact::Bundle;
use super::catalog::TenantSubscription;
use crate::server::{Server, Shared};
use crate::storage::{CommitRequest, OutboxItem};
use serde_json::{Value as Json, json};

/// Rebuilds a tenant's subscriptions from the bundles of the apps installed in it.
pub fn refresh(server: &Server, tenant: &str, all: &[&Bundle]) {
    let mut subs = Vec::new();
    for b in all {
        let own = super::install::own_types(b);
        for s in &b.manifest.subscriptions {
            subs.push(TenantSubscription { app: b.manifest.name.clone(), own_types: own.clone(), sub: s.clone() });
        }
    }
    server.shared.apps.set_subscriptions(tenant, subs);
}

/// Adds an outbox item to `c` for each subscription its action events match.
pub fn enqueue(shared: &Shared, c: &mut CommitRequest) {
    let Some(subs) = shared.apps.subscriptions(&c.stream.tenant) else { return };
    let s = &c.stream;
    let mut items = Vec::new();
    for e in c.events.iter().filter(|e| e.kind == "action") {
        let Ok(payload) = serde_json::from_str::<Json>(&e.payload) else { continue };
        let Some(action) = payload.get("action").and_then(Json::as_str) else { continue };
        let state = c.projection.status.as_str();
        for t in subs.iter().filter(|t| !t.own_types.contains(&s.entity_type)) {
            if !t.sub.matches(&s.entity_type, action, state) {
                continue;
            }
            let output = json!({
                "type": "trigger", "kind": "entity", "name": format!("subscription:{}", t.app),
                "target_entity": t.sub.target_entity, "target_action": t.sub.target_action,
                "resolve": "create", "target_id": format!("{}-{}-{}", s.entity_type, s.entity_id, e.seq),
                "principal": format!("System::\"app:{}\"", t.app),
                "args": {"source_type": s.entity_type, "source_id": s.entity_id,
                         "source_action": action, "source_state": state},
            });
            let payload = json!({"tenant": s.tenant, "entity_type": s.entity_type, "entity_id": s.entity_id,
                "seq": e.seq, "output": output});
            items.push(OutboxItem {
                kind: "subscription".into(),
                idempotency_key: format!("sub:{}:{}:{}", t.app, s, e.seq),
                payload: payload.to_string(),
                not_before_ms: 0,
            });
        }
    }
    c.outbox.extend(items);
}
