//! Reading and writing the evolution records of `temper-system`: reads come from the
//! projection; every write is a kernel dispatch through the OData component (the interpreter
//! decides it, Cedar authorizes it, the journal records it).

use super::{PRINCIPAL, TENANT};
use crate::governance::Caller;
use crate::server::Server;
use crate::server::dispatch::{Answer, Dispatch, Origin, system};
use crate::storage::{Backend, StorageError, StreamId};
use anyhow::{Result, anyhow};
use hyper::Method;
use serde_json::{Map, Value as Json, json};

/// The namespace of the records' data model (`apps/temper-system/specs/model.csdl.xml`).
pub const NAMESPACE: &str = "Temper.Evolution";

/// One record as stored.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    pub status: String,
    pub fields: Map<String, Json>,
}

impl Record {
    pub fn str(&self, name: &str) -> &str {
        self.fields.get(name).and_then(Json::as_str).unwrap_or("")
    }

    pub fn int(&self, name: &str) -> i64 {
        self.fields.get(name).and_then(Json::as_i64).unwrap_or(0)
    }

    /// The record as the API shows it: `Id`, `status` and the fields.
    pub fn json(&self) -> Json {
        let mut m = self.fields.clone();
        m.insert("Id".into(), json!(self.id));
        m.insert("status".into(), json!(self.status));
        Json::Object(m)
    }
}

/// The entity set of each record type.
pub fn set_of(entity_type: &str) -> &'static str {
    match entity_type {
        "Observation" => "Observations",
        "Problem" => "Problems",
        "Analysis" => "Analyses",
        "EvolutionDecision" => "EvolutionDecisions",
        _ => "Insights",
    }
}

/// Whether `temper-system` serves the records (its app is installed).
pub fn installed(server: &Server) -> bool {
    server.shared.registry.get(TENANT).is_some_and(|t| t.specs.iter().any(|s| s.entity_type == "EvolutionDecision"))
}

/// One record, if it exists.
pub async fn get(server: &Server, entity_type: &str, id: &str) -> Result<Option<Record>> {
    let stream =
        StreamId { tenant: TENANT.to_string(), entity_type: entity_type.to_string(), entity_id: id.to_string() };
    match server.shared.store.load(&stream).await {
        Ok(r) if r.deleted => Ok(None),
        Ok(r) => Ok(Some(Record { id: r.id, status: r.status, fields: fields(&r.fields) })),
        Err(StorageError::NotFound) => Ok(None),
        Err(e) => Err(anyhow!("reading {entity_type} `{id}`: {e}")),
    }
}

fn fields(text: &str) -> Map<String, Json> {
    match serde_json::from_str::<Json>(text) {
        Ok(Json::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Every record of a type (ordered by id).
pub async fn all(server: &Server, entity_type: &str) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    let mut after = String::new();
    loop {
        let rows = server
            .shared
            .store
            .scan_projection(TENANT, entity_type, &after, 500)
            .await
            .map_err(|e| anyhow!("reading the {entity_type} records: {e}"))?;
        let Some(last) = rows.last() else { break };
        after = last.id.clone();
        out.extend(rows.into_iter().filter(|r| !r.deleted).map(|r| Record {
            id: r.id,
            status: r.status,
            fields: fields(&r.fields),
        }));
    }
    Ok(out)
}

/// The kernel principal of the evolution loop.
pub fn kernel() -> Caller {
    system(PRINCIPAL)
}

async fn send(
    server: &Server,
    caller: Caller,
    method: Method,
    path: String,
    body: Json,
    key: Option<String>,
) -> Result<Answer> {
    let request_id = server.shared.next_request_id();
    let mut origin = Origin::request(&request_id);
    origin.kind = "request".into();
    server
        .dispatch(Dispatch {
            tenant: TENANT.to_string(),
            method,
            path,
            body: Some(body),
            caller,
            idempotency_key: key,
            origin,
        })
        .await
}

/// Creates a record (idempotent under `key`).
pub async fn create(
    server: &Server,
    entity_type: &str,
    id: &str,
    mut body: Map<String, Json>,
    key: &str,
) -> Result<Answer> {
    body.insert("Id".into(), json!(id));
    send(server, kernel(), Method::POST, set_of(entity_type).to_string(), Json::Object(body), Some(key.to_string()))
        .await
}

/// Runs a bound action of a record as `caller` (idempotent under `key` when given).
pub async fn act(
    server: &Server,
    caller: Caller,
    entity_type: &str,
    id: &str,
    action: &str,
    params: Json,
    key: Option<String>,
) -> Result<Answer> {
    let path = format!("{}('{}')/{NAMESPACE}.{action}", set_of(entity_type), id.replace('\'', "''"));
    send(server, caller, Method::POST, path, params, key).await
}

/// Runs a bound action as the kernel and turns a refusal into an error naming it.
pub async fn act_ok(server: &Server, entity_type: &str, id: &str, action: &str, params: Json, key: &str) -> Result<()> {
    let a = act(server, kernel(), entity_type, id, action, params, Some(key.to_string())).await?;
    if a.ok() { Ok(()) } else { Err(anyhow!("{entity_type}('{id}').{action}: {}", a.error())) }
}
