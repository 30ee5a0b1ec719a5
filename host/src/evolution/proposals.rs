//! Proposals: an agent answers an observation with an Analysis — a root cause and a spec diff
//! against the target tenant's live specs. The diff is applied (strictly), the patched specs
//! must load, the verification cascade runs on them, and the refinement (what becomes legal or
//! illegal) and the live entities the change would strand are computed; the Analysis records
//! the verdict and an EvolutionDecision waits for a human. A proposal that failed verification
//! stays on record, and its decision can never be approved (the decision's guard requires a
//! verified analysis). What the human needs to decide is kept under
//! `evolution/proposal/<analysis>` in the platform tenant's key/value space.

use super::records::{self, Record};
use super::{TENANT, short_id};
use crate::governance::Caller;
use crate::runtime::evolution::{ActionShape, File, Machine, Refinement};
use crate::runtime::interpreter::{SourceFile, SpecSummary};
use crate::server::Server;
use crate::storage::Backend;
use crate::verify::cascade::CascadeReport;
use anyhow::{Result, anyhow};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json, json};

/// What a proposal asks for.
pub struct Proposal {
    pub observation: String,
    pub root_cause: String,
    pub description: String,
    pub change: Change,
}

/// The change, as a unified diff or as whole files (added or replaced; the rest kept).
pub enum Change {
    Diff(String),
    Files(Vec<(String, String)>),
}

/// What is kept for the human who decides.
#[derive(Serialize, Deserialize)]
pub struct Stored {
    pub tenant: String,
    pub base_version: u64,
    /// The whole patched file set (what is deployed on approval).
    pub files: Vec<(String, String)>,
    pub diff: String,
    pub passed: bool,
    pub verification: Json,
    pub refinement: Json,
    pub stranded: Json,
    pub proposed_by: String,
}

/// A refused proposal: HTTP status, error code, message. Nothing was recorded.
pub struct Refused(pub u16, pub &'static str, pub String);

fn refused(status: u16, code: &'static str, message: impl Into<String>) -> Result<Result<Json, Refused>> {
    Ok(Err(Refused(status, code, message.into())))
}

pub fn key(analysis: &str) -> String {
    format!("evolution/proposal/{analysis}")
}

/// The stored proposal of an analysis.
pub async fn stored(server: &Server, analysis: &str) -> Result<Option<Stored>> {
    match server.shared.store.kv_get(TENANT, &key(analysis)).await.map_err(|e| anyhow!("{e}"))? {
        Some(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
        None => Ok(None),
    }
}

/// A spec summary as the component's machine.
pub fn machine(s: &SpecSummary) -> Machine {
    Machine {
        entity_type: s.name.clone(),
        states: s.states.clone(),
        initial: s.initial.clone(),
        terminal: s.terminal.clone(),
        actions: s
            .actions
            .iter()
            .map(|a| ActionShape {
                name: a.name.clone(),
                from: a.from.clone(),
                to: a.to.clone(),
                guard: a.guard.clone(),
            })
            .collect(),
    }
}

pub fn refinement_json(r: &Refinement) -> Json {
    let moves = |m: &[crate::runtime::evolution::Move]| -> Json {
        m.iter().map(|m| json!({"state": m.state, "action": m.action})).collect()
    };
    json!({
        "entity_type": r.entity_type, "added": r.added, "removed": r.removed,
        "added_states": r.added_states, "removed_states": r.removed_states,
        "added_actions": r.added_actions, "removed_actions": r.removed_actions,
        "newly_legal": moves(&r.newly_legal), "newly_illegal": moves(&r.newly_illegal),
        "guards_changed": r.guards_changed.iter().map(|g| json!({"action": g.action, "before": g.before, "after": g.after})).collect::<Vec<_>>(),
        "targets_changed": r.targets_changed, "conservative": r.conservative,
    })
}

/// One line per entity type: what the change does to its state machine.
fn refinement_summary(rs: &[Refinement]) -> String {
    if rs.is_empty() {
        return "no state machine changes".into();
    }
    rs.iter()
        .map(|r| {
            let mut parts = Vec::new();
            if r.added {
                parts.push("new entity type".to_string());
            }
            if r.removed {
                parts.push("entity type removed".to_string());
            }
            if !r.added_actions.is_empty() {
                parts.push(format!("+actions {}", r.added_actions.join(", ")));
            }
            if !r.removed_actions.is_empty() {
                parts.push(format!("-actions {}", r.removed_actions.join(", ")));
            }
            if !r.added_states.is_empty() {
                parts.push(format!("+states {}", r.added_states.join(", ")));
            }
            if !r.removed_states.is_empty() {
                parts.push(format!("-states {}", r.removed_states.join(", ")));
            }
            parts.push(format!("{} newly legal, {} newly illegal moves", r.newly_legal.len(), r.newly_illegal.len()));
            if !r.guards_changed.is_empty() {
                parts.push(format!("{} guard(s) changed", r.guards_changed.len()));
            }
            let kind = if r.conservative { "conservative" } else { "not conservative" };
            format!("{}: {} ({kind})", r.entity_type, parts.join("; "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Per spec: the verdict, its errors and each level's one-line summary.
fn verification_summary(report: &CascadeReport) -> String {
    let mut lines = Vec::new();
    for s in &report.specs {
        let verdict = if s.passed { "PASSED" } else { "FAILED" };
        lines.push(format!("{} {verdict}", s.spec));
        lines.extend(s.errors.iter().map(|e| format!("  error {e}")));
        lines.extend(s.levels.iter().map(|l| format!("  {}", l.summary)));
    }
    lines.join("\n")
}

fn as_files(files: &[SourceFile]) -> Vec<File> {
    files.iter().map(|f| File { name: f.name.clone(), content: f.content.clone() }).collect()
}

/// Checks, verifies and records a proposal.
pub async fn propose(server: &Server, caller: &Caller, p: Proposal) -> Result<Result<Json, Refused>> {
    let s = &server.shared;
    let component = match s.evolution.component() {
        Ok(c) => c,
        Err(e) => return refused(503, "EvolutionUnavailable", e),
    };
    if !records::installed(server) {
        return refused(503, "EvolutionUnavailable", format!("tenant `{TENANT}` does not serve the evolution records"));
    }
    let Some(o) = records::get(server, "Observation", &p.observation).await? else {
        return refused(
            404,
            "NotFound",
            format!("no observation `{}` (list them at /{TENANT}/odata/Observations)", p.observation),
        );
    };
    let problem_id = o.id.replacen("O-", "P-", 1);
    let problem = records::get(server, "Problem", &problem_id).await?;
    if problem.as_ref().map(|p: &Record| p.status.as_str()) != Some("Open") {
        return refused(
            409,
            "ProblemNotOpen",
            format!(
                "observation `{}` has no open problem ({problem_id} is {}); it may be resolved already",
                o.id,
                problem.map_or("missing".to_string(), |p| p.status)
            ),
        );
    }
    let tenant = o.str("target_tenant").to_string();
    if !s.apps.list(Some(&tenant)).is_empty() {
        return refused(
            409,
            "TenantManagedByApps",
            format!(
                "tenant `{tenant}` is served by its apps: change an app by publishing a new version and upgrading it; proposals change specs deployed with POST /api/tenants/{tenant}/specs"
            ),
        );
    }
    let Some(live) = s.registry.get(&tenant) else {
        return refused(409, "NoSpecs", format!("tenant `{tenant}` has no deployed specs to change"));
    };
    let old = as_files(&live.files);
    let new = match &p.change {
        Change::Diff(diff) => match component.apply(&old, diff)? {
            Ok(f) => f,
            Err(why) => {
                return refused(
                    422,
                    "InvalidDiff",
                    format!(
                        "the diff does not apply to tenant `{tenant}`'s live specs (version {}): {why}; fetch them with GET /api/tenants/{tenant}/specs?include=files and diff against those",
                        live.version
                    ),
                );
            }
        },
        Change::Files(changed) => {
            let mut new = old.clone();
            for (name, content) in changed {
                match new.iter_mut().find(|f| &f.name == name) {
                    Some(f) => f.content = content.clone(),
                    None => new.push(File { name: name.clone(), content: content.clone() }),
                }
            }
            new
        }
    };
    let canonical = component.diff(&old, &new)?;
    if canonical.is_empty() {
        return refused(422, "InvalidDiff", "the diff changes nothing");
    }
    let files: Vec<SourceFile> =
        new.iter().map(|f| SourceFile { name: f.name.clone(), content: f.content.clone() }).collect();
    let summaries = match s.kernel.with(|i| i.load(&files))? {
        Ok(sum) => sum,
        Err(diags) => {
            let ds: Vec<String> =
                diags.iter().map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message)).collect();
            return refused(
                422,
                "InvalidSpec",
                format!("the patched specs do not load; nothing was recorded:\n{}", ds.join("\n")),
            );
        }
    };
    let report = s.gate.check(&s.kernel, &s.store, &files).await?;
    let old_m: Vec<Machine> = live.summaries.iter().map(machine).collect();
    let new_m: Vec<Machine> = summaries.iter().map(machine).collect();
    let refinement = component.refine(&old_m, &new_m)?;
    let stranded = crate::server::registry::stranded_entities(&s.store, &tenant, &live.summaries, &summaries).await?;
    let stranded_json: Vec<Json> =
        stranded.iter().map(|(t, id, st)| json!({"entity_type": t, "id": id, "status": st})).collect();

    // Record: the analysis (drafted, submitted — its guard needs the problem open), the verdict,
    // what the human needs, and the decision.
    let suffix = short_id(&[&o.id, &caller.identity.uid(), &canonical, &s.next_request_id()]);
    let (a, d) = (format!("A-{suffix}"), format!("D-{suffix}"));
    let body = json!({"problem_id": problem_id, "observation_id": o.id, "target_tenant": tenant,
        "base_version": live.version, "root_cause": p.root_cause, "description": p.description,
        "spec_diff": canonical, "proposed_by": caller.identity.uid()});
    let created = records::create(server, "Analysis", &a, obj(body), &format!("evolution/{a}/create")).await?;
    if !created.ok() {
        return refused(created.status, "InvalidProposal", created.error());
    }
    let submitted = records::act(
        server,
        records::kernel(),
        "Analysis",
        &a,
        "Submit",
        json!({}),
        Some(format!("evolution/{a}/submit")),
    )
    .await?;
    if !submitted.ok() {
        return refused(submitted.status, "ProposalRefused", submitted.error());
    }
    let passed = report.passed && stranded.is_empty();
    let mut summary = verification_summary(&report);
    if !stranded.is_empty() {
        summary.push_str(&format!("\nwould strand {} live entities", stranded.len()));
    }
    let refinement_text = refinement_summary(&refinement);
    let verdict = if passed { "Pass" } else { "Fail" };
    records::act_ok(
        server,
        "Analysis",
        &a,
        verdict,
        json!({"summary": summary, "refinement": refinement_text}),
        &format!("evolution/{a}/verdict"),
    )
    .await?;
    let refinement_json: Vec<Json> = refinement.iter().map(refinement_json).collect();
    let verification = serde_json::to_value(&report)?;
    let keep = Stored {
        tenant: tenant.clone(),
        base_version: live.version,
        files: files.iter().map(|f| (f.name.clone(), f.content.clone())).collect(),
        diff: canonical.clone(),
        passed,
        verification: verification.clone(),
        refinement: json!(refinement_json),
        stranded: json!(stranded_json),
        proposed_by: caller.identity.uid(),
    };
    s.store.kv_set(TENANT, &key(&a), &serde_json::to_vec(&keep)?).await.map_err(|e| anyhow!("{e}"))?;
    let decision = json!({"analysis_id": a, "problem_id": problem_id, "target_tenant": tenant,
        "verification": if passed { "passed" } else { "failed" }});
    let created =
        records::create(server, "EvolutionDecision", &d, obj(decision), &format!("evolution/{d}/create")).await?;
    if !created.ok() {
        return Err(anyhow!("recording decision {d}: {}", created.error()));
    }
    Ok(Ok(json!({"analysis": a, "decision": d, "tenant": tenant, "base_version": live.version, "passed": passed,
        "verification": verification, "verification_summary": summary, "refinement": refinement_json,
        "refinement_summary": refinement_text, "stranded": stranded_json, "diff": canonical})))
}

fn obj(v: Json) -> Map<String, Json> {
    match v {
        Json::Object(m) => m,
        _ => Map::new(),
    }
}

/// `GET /api/evolution/proposals/{analysis}`: the analysis, its decision and what is stored.
pub async fn show(server: &Server, analysis: &str) -> Result<Option<Json>> {
    let Some(a) = records::get(server, "Analysis", analysis).await? else { return Ok(None) };
    let d = records::get(server, "EvolutionDecision", &analysis.replacen("A-", "D-", 1)).await?;
    let st = stored(server, analysis).await?;
    let mut out = json!({"analysis": a.json(), "decision": d.map(|d| d.json())});
    if let Some(st) = st {
        out["tenant"] = json!(st.tenant);
        out["base_version"] = json!(st.base_version);
        out["passed"] = json!(st.passed);
        out["diff"] = json!(st.diff);
        out["verification"] = st.verification;
        out["refinement"] = st.refinement;
        out["stranded"] = st.stranded;
    }
    Ok(Some(out))
}
