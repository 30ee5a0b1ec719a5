//! The evolution runner: reads every tenant's recent trajectories, asks the evolution
//! component which patterns cross their thresholds, and records each as an Observation with its
//! Problem and Insight in `temper-system` — or, for a pattern already open, updates the counts
//! in place. Ids derive from the pattern's key and how many earlier observations it had, and
//! every write carries an idempotency key, so a repeated or interrupted run never duplicates.

use super::records::{self, Record};
use super::{TENANT, now_ms, short_id};
use crate::runtime::evolution::{Finding, InsightCategory, Known, Pattern, Trajectory, Trend};
use crate::server::Server;
use crate::storage::{Backend, TrajectoryQuery, TrajectoryRow};
use anyhow::{Result, anyhow, bail};
use serde::Serialize;
use serde_json::{Map, Value as Json, json};
use std::collections::HashMap;

/// What one run found and wrote.
#[derive(Debug, Default, Serialize)]
pub struct RunReport {
    pub tenants: Vec<String>,
    pub rows: usize,
    pub findings: Vec<Json>,
    /// Observations opened.
    pub created: Vec<String>,
    /// Open observations whose counts changed.
    pub updated: Vec<String>,
}

/// One run, over every tenant with specs (or only `only`).
pub async fn run(server: &Server, only: Option<&str>) -> Result<RunReport> {
    let evo = &server.shared.evolution;
    let component = evo.component().map_err(|e| anyhow!(e))?;
    if !records::installed(server) {
        bail!("the evolution records are not installed: tenant `{TENANT}` needs the bundled app `temper-system`");
    }
    let _one_at_a_time = evo.lock.lock().await;
    let now = now_ms(server);
    let since = now.saturating_sub(evo.config.window.as_millis() as u64);
    let agent_types = agent_types(server);
    let mut report = RunReport::default();
    let mut rows = Vec::new();
    for tenant in server.shared.registry.tenants() {
        if tenant == TENANT || only.is_some_and(|o| o != tenant) {
            continue;
        }
        let read = read_rows(server, &tenant, since, evo.config.max_rows).await?;
        rows.extend(read.iter().map(|r| trajectory(r, &agent_types)));
        report.tenants.push(tenant);
    }
    report.rows = rows.len();
    let observations = records::all(server, "Observation").await?;
    let known = known(&observations);
    let findings = component.detect(&rows, evo.config.thresholds, &known, now)?;
    for f in &findings {
        let id = if f.known {
            let open = observations.iter().find(|o| o.str("key") == f.key && is_open(o));
            match open {
                Some(o) => {
                    if update(server, o, f).await? {
                        report.updated.push(o.id.clone());
                    }
                    o.id.clone()
                }
                None => continue,
            }
        } else {
            let generation = observations.iter().filter(|o| o.str("key") == f.key).count();
            let id = open_new(server, f, generation).await?;
            report.created.push(id.clone());
            id
        };
        let mut j = finding_json(f);
        j["observation"] = json!(id);
        report.findings.push(j);
    }
    Ok(report)
}

fn is_open(o: &Record) -> bool {
    matches!(o.status.as_str(), "Open" | "UnderReview")
}

/// What the component needs to know about the observations on record, one entry per key.
fn known(observations: &[Record]) -> Vec<Known> {
    let mut by_key: HashMap<&str, Known> = HashMap::new();
    for o in observations {
        let k = by_key.entry(o.str("key")).or_insert_with(|| Known {
            key: o.str("key").to_string(),
            open: false,
            closed_at_ms: 0,
        });
        if is_open(o) {
            k.open = true;
        } else {
            k.closed_at_ms = k.closed_at_ms.max(o.int("closed_at").max(0) as u64);
        }
    }
    let mut v: Vec<Known> = by_key.into_values().collect();
    v.sort_by(|a, b| a.key.cmp(&b.key));
    v
}

/// The agent type each token's principal declares, by Cedar uid.
fn agent_types(server: &Server) -> HashMap<String, String> {
    server
        .shared
        .governance
        .tokens
        .list()
        .into_iter()
        .filter_map(|t| t.identity.agent_type.clone().map(|ty| (t.identity.uid(), ty)))
        .collect()
}

async fn read_rows(server: &Server, tenant: &str, since: u64, max: usize) -> Result<Vec<TrajectoryRow>> {
    let mut q = TrajectoryQuery::new(tenant);
    q.since_ms = Some(since);
    q.limit = crate::storage::trajectory::MAX_TRAJECTORY_LIMIT;
    let mut out = Vec::new();
    loop {
        let page = server.shared.store.query_trajectories(&q).await.map_err(|e| anyhow!("{e}"))?;
        out.extend(page.rows);
        match page.next {
            Some(next) if out.len() < max => q.after = Some(next),
            _ => break,
        }
    }
    Ok(out)
}

/// A stored row as the component reads it. An unknown entity set is recorded with the set's
/// name in `entity_type`.
fn trajectory(r: &TrajectoryRow, agent_types: &HashMap<String, String>) -> Trajectory {
    let unknown_set = r.error_code.as_deref() == Some("EntitySetNotFound");
    Trajectory {
        tenant: r.tenant.clone(),
        time_ms: r.time_ms,
        cursor: r.id.clone(),
        agent: r.agent.clone(),
        agent_type: agent_types.get(&r.agent).cloned(),
        origin: r.origin.clone(),
        entity_type: if unknown_set { None } else { r.entity_type.clone() },
        entity_set: if unknown_set { r.entity_type.clone() } else { None },
        entity_id: r.entity_id.clone(),
        action: r.action.clone(),
        ok: r.ok,
        http_status: r.http_status,
        error: r.error.clone(),
        error_code: r.error_code.clone(),
        authz_decision: r.authz_decision.clone(),
    }
}

pub fn pattern_name(p: Pattern) -> &'static str {
    match p {
        Pattern::RepeatedFailure => "repeated-failure",
        Pattern::GuardRejection => "guard-rejection",
        Pattern::AuthzDenial => "authz-denial",
        Pattern::UnmetIntent => "unmet-intent",
        Pattern::ErrorSpike => "error-spike",
    }
}

fn category_name(c: InsightCategory) -> &'static str {
    match c {
        InsightCategory::UnmetIntent => "UnmetIntent",
        InsightCategory::Friction => "Friction",
        InsightCategory::Workaround => "Workaround",
    }
}

fn trend_name(t: Trend) -> &'static str {
    match t {
        Trend::Rising => "rising",
        Trend::Steady => "steady",
        Trend::Falling => "falling",
    }
}

/// A finding as the API shows it.
pub fn finding_json(f: &Finding) -> Json {
    json!({
        "key": f.key, "known": f.known, "pattern": pattern_name(f.pattern), "tenant": f.tenant,
        "subject": f.subject, "entity_type": f.entity_type, "entity_set": f.entity_set, "action": f.action,
        "agent_type": f.agent_type, "clause": f.clause, "error_code": f.error_code,
        "observed": f.observed, "threshold": f.threshold, "evidence": f.evidence, "agents": f.agents,
        "first_ms": f.first_ms, "last_ms": f.last_ms, "evidence_query": f.evidence_query,
        "statement": f.statement, "category": category_name(f.category), "trend": trend_name(f.trend),
        "priority": f.priority,
    })
}

fn severity(priority: u32) -> &'static str {
    match priority {
        70.. => "high",
        35..70 => "medium",
        _ => "low",
    }
}

fn obj(v: Json) -> Map<String, Json> {
    match v {
        Json::Object(m) => m,
        _ => Map::new(),
    }
}

/// Opens an Observation with its Problem (filed) and Insight.
async fn open_new(server: &Server, f: &Finding, generation: usize) -> Result<String> {
    let suffix = short_id(&[&f.key, &generation.to_string()]);
    let (o, p, i) = (format!("O-{suffix}"), format!("P-{suffix}"), format!("I-{suffix}"));
    let observation = json!({
        "key": f.key, "pattern": pattern_name(f.pattern), "target_tenant": f.tenant, "subject": f.subject,
        "statement": f.statement, "evidence_query": f.evidence_query, "observed": f.observed,
        "threshold": f.threshold, "last_ms": f.last_ms, "trend": trend_name(f.trend), "priority": f.priority,
    });
    let created =
        records::create(server, "Observation", &o, obj(observation), &format!("evolution/{o}/create")).await?;
    if !created.ok() {
        bail!("recording observation {o}: {}", created.error());
    }
    let impact = format!(
        "{} time(s) by {} agent(s) ({}) between {} and {} (ms since the epoch); trend {}",
        f.observed,
        f.agents.len(),
        f.agents.join(", "),
        f.first_ms,
        f.last_ms,
        trend_name(f.trend)
    );
    let problem = json!({"observation_id": o, "target_tenant": f.tenant, "statement": f.statement,
        "impact": impact, "severity": severity(f.priority)});
    let created = records::create(server, "Problem", &p, obj(problem), &format!("evolution/{p}/create")).await?;
    if !created.ok() {
        bail!("recording problem {p}: {}", created.error());
    }
    records::act_ok(server, "Problem", &p, "File", json!({}), &format!("evolution/{p}/file")).await?;
    records::act_ok(server, "Observation", &o, "Review", json!({}), &format!("evolution/{o}/review")).await?;
    let recommendation = match f.category {
        InsightCategory::UnmetIntent => format!("add what agents ask for: {}", f.subject),
        InsightCategory::Friction => format!("reconsider the rule agents keep meeting: {}", f.subject),
        InsightCategory::Workaround => format!("make the path agents take directly possible: {}", f.subject),
    };
    let insight = json!({"category": category_name(f.category), "observation_id": o, "target_tenant": f.tenant,
        "subject": f.subject, "recommendation": recommendation, "volume": f.observed,
        "trend": trend_name(f.trend), "priority": f.priority});
    let created = records::create(server, "Insight", &i, obj(insight), &format!("evolution/{i}/create")).await?;
    if !created.ok() {
        bail!("recording insight {i}: {}", created.error());
    }
    Ok(o)
}

/// Updates an open observation (and its insight) when the counts moved; `false` if nothing
/// changed.
async fn update(server: &Server, o: &Record, f: &Finding) -> Result<bool> {
    if o.int("observed") == i64::from(f.observed) && o.int("last_ms") == f.last_ms as i64 {
        return Ok(false);
    }
    let n = o.int("recurrences") + 1;
    let params = json!({"observed": f.observed, "last_ms": f.last_ms, "trend": trend_name(f.trend),
        "priority": f.priority, "statement": f.statement});
    records::act_ok(server, "Observation", &o.id, "Recur", params, &format!("evolution/{}/recur/{n}", o.id)).await?;
    let insight = o.id.replacen("O-", "I-", 1);
    if records::get(server, "Insight", &insight)
        .await?
        .is_some_and(|i| matches!(i.status.as_str(), "Open" | "Acknowledged"))
    {
        let params = json!({"volume": f.observed, "trend": trend_name(f.trend), "priority": f.priority});
        records::act_ok(server, "Insight", &insight, "Update", params, &format!("evolution/{insight}/update/{n}"))
            .await?;
    }
    Ok(true)
}

/// Runs the runner every `interval` until the server shuts down.
pub fn spawn(server: std::sync::Arc<Server>) {
    let Some(every) = server.shared.evolution.config.interval else { return };
    tokio::spawn(async move {
        let mut shutdown = server.shared.shutdown.subscribe();
        loop {
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = shutdown.changed() => return,
            }
            if !records::installed(&server) || server.shared.evolution.component.is_none() {
                continue;
            }
            if let Err(e) = run(&server, None).await {
                tracing::warn!(error = %format!("{e:#}"), "the evolution runner failed");
            }
            if let Err(e) = super::decide::sweep(&server).await {
                tracing::warn!(error = %format!("{e:#}"), "deploying approved evolution decisions failed");
            }
        }
    });
}
