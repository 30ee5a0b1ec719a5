//! The evolution component: exports `temper:kernel/evolution`. From trajectory rows it finds
//! what agents tried and could not do ([`detect`]: repeated failures, guard rejections,
//! authorization denials, unmet intents, error-rate spikes), and for a proposal's review it
//! compares two versions of a tenant's state machines ([`refine`]) and diffs and patches spec
//! files ([`unified`], [`patch`]). It imports nothing, so it is deterministic; this file only
//! converts between the WIT types and the modules' own.

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

pub mod classify;
pub mod describe;
pub mod detect;
pub mod diff;
pub mod patch;
pub mod refine;
pub mod score;
pub mod spike;
pub mod unified;

use exports::temper::kernel::evolution as wit;

wit_bindgen::generate!({
    world: "evolution-component",
    path: "../../wit/kernel",
});

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Evolution;

impl wit::Guest for Evolution {
    fn detect(
        rows: Vec<wit::Trajectory>,
        t: wit::Thresholds,
        known: Vec<wit::Known>,
        now_ms: u64,
    ) -> Vec<wit::Finding> {
        let rows: Vec<detect::Row> = rows.into_iter().map(row).collect();
        let th = detect::Thresholds {
            repeated_failures: t.repeated_failures,
            guard_rejections: t.guard_rejections,
            authz_denials: t.authz_denials,
            unmet_intents: t.unmet_intents,
            spike_min_requests: t.spike_min_requests,
            spike_rate_percent: t.spike_rate_percent,
            spike_factor_percent: t.spike_factor_percent,
            spike_window_ms: t.spike_window_ms,
        };
        let known: Vec<detect::Known> = known
            .into_iter()
            .map(|k| detect::Known { key: k.key, open: k.open, closed_at_ms: k.closed_at_ms })
            .collect();
        detect::detect(&rows, &th, &known, now_ms).into_iter().map(finding).collect()
    }

    fn refine(old: Vec<wit::Machine>, new: Vec<wit::Machine>) -> Vec<wit::Refinement> {
        let (old, new): (Vec<_>, Vec<_>) =
            (old.into_iter().map(machine).collect(), new.into_iter().map(machine).collect());
        refine::refine(&old, &new).into_iter().map(refinement).collect()
    }

    fn diff(old: Vec<wit::File>, new: Vec<wit::File>) -> String {
        unified::diff(&pairs(old), &pairs(new))
    }

    fn apply(files: Vec<wit::File>, patch: String) -> Result<Vec<wit::File>, String> {
        let out = patch::apply(&pairs(files), &patch)?;
        Ok(out.into_iter().map(|(name, content)| wit::File { name, content }).collect())
    }
}

fn pairs(files: Vec<wit::File>) -> Vec<(String, String)> {
    files.into_iter().map(|f| (f.name, f.content)).collect()
}

fn row(r: wit::Trajectory) -> detect::Row {
    detect::Row {
        tenant: r.tenant,
        time_ms: r.time_ms,
        cursor: r.cursor,
        agent: r.agent,
        agent_type: r.agent_type,
        origin: r.origin,
        entity_type: r.entity_type,
        entity_set: r.entity_set,
        entity_id: r.entity_id,
        action: r.action,
        ok: r.ok,
        http_status: r.http_status,
        error: r.error,
        error_code: r.error_code,
        authz_decision: r.authz_decision,
    }
}

fn finding(f: detect::Finding) -> wit::Finding {
    wit::Finding {
        key: f.key,
        known: f.known,
        pattern: match f.pattern {
            detect::Pattern::RepeatedFailure => wit::Pattern::RepeatedFailure,
            detect::Pattern::GuardRejection => wit::Pattern::GuardRejection,
            detect::Pattern::AuthzDenial => wit::Pattern::AuthzDenial,
            detect::Pattern::UnmetIntent => wit::Pattern::UnmetIntent,
            detect::Pattern::ErrorSpike => wit::Pattern::ErrorSpike,
        },
        tenant: f.tenant,
        subject: f.subject,
        entity_type: f.entity_type,
        entity_set: f.entity_set,
        action: f.action,
        agent_type: f.agent_type,
        clause: f.clause,
        error_code: f.error_code,
        observed: f.observed,
        threshold: f.threshold,
        evidence: f.evidence,
        agents: f.agents,
        first_ms: f.first_ms,
        last_ms: f.last_ms,
        evidence_query: f.evidence_query,
        statement: f.statement,
        category: match f.category {
            detect::Category::UnmetIntent => wit::InsightCategory::UnmetIntent,
            detect::Category::Friction => wit::InsightCategory::Friction,
            detect::Category::Workaround => wit::InsightCategory::Workaround,
        },
        trend: match f.trend {
            detect::Trend::Rising => wit::Trend::Rising,
            detect::Trend::Steady => wit::Trend::Steady,
            detect::Trend::Falling => wit::Trend::Falling,
        },
        priority: f.priority,
    }
}

fn machine(m: wit::Machine) -> refine::Machine {
    refine::Machine {
        entity_type: m.entity_type,
        states: m.states,
        initial: m.initial,
        terminal: m.terminal,
        actions: m
            .actions
            .into_iter()
            .map(|a| refine::ActionShape { name: a.name, from: a.from, to: a.to, guard: a.guard })
            .collect(),
    }
}

fn refinement(r: refine::Refinement) -> wit::Refinement {
    let moves = |v: Vec<refine::Move>| v.into_iter().map(|m| wit::Move { state: m.state, action: m.action }).collect();
    wit::Refinement {
        entity_type: r.entity_type,
        added: r.added,
        removed: r.removed,
        added_states: r.added_states,
        removed_states: r.removed_states,
        added_actions: r.added_actions,
        removed_actions: r.removed_actions,
        newly_legal: moves(r.newly_legal),
        newly_illegal: moves(r.newly_illegal),
        guards_changed: r
            .guards_changed
            .into_iter()
            .map(|g| wit::GuardChange { action: g.action, before: g.before, after: g.after })
            .collect(),
        targets_changed: r.targets_changed,
        conservative: r.conservative,
    }
}

#[cfg(target_arch = "wasm32")]
export!(Evolution);
