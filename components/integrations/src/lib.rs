//! The integrations component: exports `temper:kernel/integrations`. Given a `kind = "wasm"`
//! trigger and its module's answer, it plans the callback on the source entity (which action,
//! which parameters) — or none. It imports nothing, so it is deterministic; the host runs the
//! module in its sandbox and makes the dispatch. The rules live in [`rules`].

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

pub mod rules;

use exports::temper::kernel::integrations::{Answer, Callback, Guest, Trigger};

wit_bindgen::generate!({
    world: "integrations-component",
    path: "../../wit/kernel",
});

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Integrations;

impl Guest for Integrations {
    fn plan_callback(trigger: Trigger, answer: Answer) -> Option<Callback> {
        let pairs = |ps: &[exports::temper::kernel::integrations::Param]| -> Vec<(String, String)> {
            ps.iter().map(|p| (p.name.clone(), p.type_name.clone())).collect()
        };
        let (s, f) = (pairs(&trigger.success_params), pairs(&trigger.failure_params));
        let t = rules::Trigger {
            on_success: trigger.on_success.as_deref(),
            on_failure: trigger.on_failure.as_deref(),
            success_params: &s,
            failure_params: &f,
        };
        let answer = match &answer {
            Answer::Ok(text) => Ok(text.as_str()),
            Answer::Failed(reason) => Err(reason.as_str()),
        };
        rules::callback(&t, answer).map(|c| Callback {
            action: c.action,
            params: c.params.to_string(),
            success: c.success,
        })
    }
}

#[cfg(target_arch = "wasm32")]
export!(Integrations);
