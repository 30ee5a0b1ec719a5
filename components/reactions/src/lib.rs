//! The reactions component: exports `temper:kernel/reactions`. Given a committed action and
//! one of its `kind = "entity"` triggers, it plans the dispatch on the target entity (target
//! id, whether to create it, who acts, the cascade's chain) or refuses it (cycle, depth, no
//! target, bad principal). It imports nothing, so it is deterministic; the host runs what it
//! plans through the OData component. The rules live in [`plan`].

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

pub mod plan;

use exports::temper::kernel::reactions::{Dispatch, Guest, Refusal, Source, Trigger};

wit_bindgen::generate!({
    world: "reactions-component",
    path: "../../wit/kernel",
});

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Reactions;

impl Guest for Reactions {
    fn plan(source: Source, trigger: Trigger, max_depth: u32) -> Result<Dispatch, Refusal> {
        let src = plan::Source { entity_id: &source.entity_id, principal: &source.principal, chain: &source.chain };
        let t = plan::Trigger {
            name: &trigger.name,
            target_entity: &trigger.target_entity,
            target_action: &trigger.target_action,
            resolve: &trigger.resolve,
            target_id: trigger.target_id.as_deref(),
            principal: trigger.principal.as_deref(),
        };
        match plan::plan(&src, &t, max_depth) {
            Ok(p) => Ok(Dispatch {
                entity_type: trigger.target_entity,
                entity_id: p.entity_id,
                action: trigger.target_action,
                params: trigger.args,
                principal: p.principal,
                create: p.create,
                chain: p.chain,
            }),
            Err(plan::Refusal::Cycle(c)) => Err(Refusal::Cycle(c)),
            Err(plan::Refusal::TooDeep(n)) => Err(Refusal::TooDeep(n)),
            Err(plan::Refusal::NoTarget(m)) => Err(Refusal::NoTarget(m)),
            Err(plan::Refusal::BadPrincipal(m)) => Err(Refusal::BadPrincipal(m)),
        }
    }
}

#[cfg(target_arch = "wasm32")]
export!(Reactions);
