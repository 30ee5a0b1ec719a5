//! Deciding proposals, and deploying the approved ones. A human approves, rejects or defers
//! an EvolutionDecision as themself (the record's guard requires a verified analysis; the
//! app's policies let only admins decide). An approved change is then deployed by
//! [`deploy`] through `Server::deploy` — the gate every spec submission passes — if the target
//! tenant still runs the version the proposal was verified against; the outcome is recorded
//! (MarkLive or DeployFailed) and the chain is closed: the analysis accepted, its problem,
//! observation and insight resolved, competing proposals superseded. [`sweep`] finds decisions
//! approved any other way (straight through OData, or before a crash) and deploys them.

use super::records::{self, Record};
use super::{TENANT, now_ms, proposals};
use crate::governance::Caller;
use crate::runtime::interpreter::SourceFile;
use crate::server::Server;
use crate::server::dispatch::Answer;
use crate::server::registry::DeployError;
use anyhow::Result;
use serde_json::{Value as Json, json};

/// A decision a human can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Approve,
    Reject,
    Defer,
}

impl Verdict {
    pub fn action(self) -> &'static str {
        match self {
            Verdict::Approve => "Approve",
            Verdict::Reject => "Reject",
            Verdict::Defer => "Defer",
        }
    }
}

/// Takes the decision as `caller`. `Err` carries the record's refusal (e.g. the guard that
/// needs a verified analysis). An approval is deployed before this returns.
pub async fn decide(
    server: &Server,
    caller: &Caller,
    decision: &str,
    verdict: Verdict,
    rationale: &str,
) -> Result<std::result::Result<Json, Answer>> {
    let params = json!({"rationale": rationale});
    let a = records::act(server, caller.clone(), "EvolutionDecision", decision, verdict.action(), params, None).await?;
    if !a.ok() {
        return Ok(Err(a));
    }
    let Some(d) = records::get(server, "EvolutionDecision", decision).await? else {
        return Ok(Ok(json!({"decision": decision})));
    };
    match verdict {
        Verdict::Approve => {
            deploy(server, &d).await?;
        }
        Verdict::Reject => {
            let analysis = d.str("analysis_id").to_string();
            let reason = format!("rejected by {}: {rationale}", caller.identity.uid());
            let _ = records::act_ok(
                server,
                "Analysis",
                &analysis,
                "Reject",
                json!({"reason": reason}),
                &format!("evolution/{analysis}/reject"),
            )
            .await;
        }
        Verdict::Defer => {}
    }
    let d = records::get(server, "EvolutionDecision", decision).await?;
    Ok(Ok(d.map_or(Json::Null, |d| d.json())))
}

/// Deploys an approved decision's change and records the outcome. Safe to call twice: only a
/// decision still `Approved` is acted on, and each record write is idempotent.
pub async fn deploy(server: &Server, d: &Record) -> Result<()> {
    let _one_at_a_time = server.shared.evolution.lock.lock().await;
    // Re-read under the lock: another deployer may have finished it.
    let Some(d) = records::get(server, "EvolutionDecision", &d.id).await? else { return Ok(()) };
    if d.status != "Approved" {
        return Ok(());
    }
    let analysis = d.str("analysis_id").to_string();
    let fail = |why: String| {
        let id = d.id.clone();
        async move {
            records::act_ok(
                server,
                "EvolutionDecision",
                &id,
                "DeployFailed",
                json!({"outcome": why}),
                &format!("evolution/{id}/deploy-failed"),
            )
            .await
        }
    };
    let Some(stored) = proposals::stored(server, &analysis).await? else {
        return fail(format!("the proposal of {analysis} is not on record")).await;
    };
    let live = server.shared.registry.get(&stored.tenant).map_or(0, |t| t.version);
    if live != stored.base_version {
        let why = format!(
            "tenant `{}` changed since the proposal was verified (version {} → {live}); propose again against the live specs",
            stored.tenant, stored.base_version
        );
        let _ = records::act_ok(
            server,
            "Analysis",
            &analysis,
            "Supersede",
            json!({"reason": why}),
            &format!("evolution/{analysis}/stale"),
        )
        .await;
        return fail(why).await;
    }
    let files: Vec<SourceFile> =
        stored.files.iter().map(|(n, c)| SourceFile { name: n.clone(), content: c.clone() }).collect();
    let why = match server.deploy(&stored.tenant, files, false).await? {
        Ok(_) => None,
        Err(DeployError::Unverified(r)) => Some(format!("the verification cascade failed: {}", r.to_text())),
        Err(DeployError::Invalid(ds)) => Some(format!(
            "the specs do not load: {}",
            ds.iter().map(|d| d.message.clone()).collect::<Vec<_>>().join("; ")
        )),
        Err(DeployError::Refused(why)) => Some(why),
        Err(DeployError::Stranded(list)) => Some(format!("it would strand {} live entities", list.len())),
    };
    if let Some(why) = why {
        return fail(why).await;
    }
    let version = server.shared.registry.get(&stored.tenant).map_or(0, |t| t.version);
    let outcome = format!("deployed to tenant `{}` as version {version}", stored.tenant);
    records::act_ok(
        server,
        "EvolutionDecision",
        &d.id,
        "MarkLive",
        json!({"version": version, "outcome": outcome}),
        &format!("evolution/{}/live", d.id),
    )
    .await?;
    close_chain(server, &d, &analysis, &outcome).await
}

/// After a change went live: the analysis accepted; problem, observation and insight resolved;
/// other proposals for the same problem superseded.
async fn close_chain(server: &Server, d: &Record, analysis: &str, outcome: &str) -> Result<()> {
    let resolution = format!("{} ({})", outcome, d.id);
    records::act_ok(
        server,
        "Analysis",
        analysis,
        "Accept",
        json!({"resolution": resolution}),
        &format!("evolution/{analysis}/accept"),
    )
    .await?;
    let problem = d.str("problem_id").to_string();
    if let Some(p) = records::get(server, "Problem", &problem).await?
        && p.status == "Open"
    {
        records::act_ok(
            server,
            "Problem",
            &problem,
            "Resolve",
            json!({"resolution": resolution}),
            &format!("evolution/{problem}/resolve"),
        )
        .await?;
    }
    let observation = problem.replacen("P-", "O-", 1);
    if let Some(o) = records::get(server, "Observation", &observation).await?
        && matches!(o.status.as_str(), "Open" | "UnderReview")
    {
        let params = json!({"resolution": resolution, "at": now_ms(server)});
        records::act_ok(
            server,
            "Observation",
            &observation,
            "Resolve",
            params,
            &format!("evolution/{observation}/resolve"),
        )
        .await?;
    }
    let insight = problem.replacen("P-", "I-", 1);
    if let Some(i) = records::get(server, "Insight", &insight).await?
        && matches!(i.status.as_str(), "Open" | "Acknowledged")
    {
        records::act_ok(
            server,
            "Insight",
            &insight,
            "Resolve",
            json!({"resolution": resolution}),
            &format!("evolution/{insight}/resolve"),
        )
        .await?;
    }
    let why = format!("superseded by {} ({outcome})", d.id);
    for other in records::all(server, "EvolutionDecision").await? {
        if other.id == d.id
            || other.str("problem_id") != problem
            || !matches!(other.status.as_str(), "Pending" | "Deferred")
        {
            continue;
        }
        records::act_ok(
            server,
            "EvolutionDecision",
            &other.id,
            "Supersede",
            json!({"reason": why}),
            &format!("evolution/{}/superseded", other.id),
        )
        .await?;
        let a = other.str("analysis_id").to_string();
        if let Some(r) = records::get(server, "Analysis", &a).await?
            && matches!(r.status.as_str(), "Draft" | "Verifying" | "Verified")
        {
            records::act_ok(
                server,
                "Analysis",
                &a,
                "Supersede",
                json!({"reason": why}),
                &format!("evolution/{a}/superseded"),
            )
            .await?;
        }
    }
    Ok(())
}

/// Deploys every decision that is approved but not yet live.
pub async fn sweep(server: &Server) -> Result<usize> {
    if !records::installed(server) {
        return Ok(0);
    }
    let approved: Vec<Record> =
        records::all(server, "EvolutionDecision").await?.into_iter().filter(|d| d.status == "Approved").collect();
    for d in &approved {
        deploy(server, d).await?;
    }
    Ok(approved.len())
}

/// Whether a tenant is the platform's own.
pub fn is_platform(tenant: &str) -> bool {
    tenant == TENANT
}
