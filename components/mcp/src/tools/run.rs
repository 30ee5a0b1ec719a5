//! What each tool sends the platform. Arguments are checked here (a missing or mistyped one
//! is a tool error that says which), then turned into one platform request — two for `action`
//! without a qualified name (the namespace comes from the tenant's specs) and `trajectories`
//! (the caller's own id comes from its capabilities).

use super::Outcome;
use crate::platform::{Platform, encode, key};
use serde_json::{Value as Json, json};

type Run = Result<Outcome, String>;

struct Args<'a>(&'a Json);

impl<'a> Args<'a> {
    fn text(&self, k: &str) -> Result<&'a str, String> {
        match self.0.get(k) {
            Some(Json::String(s)) if !s.trim().is_empty() => Ok(s),
            Some(Json::String(_)) | None => Err(format!("`{k}` is required (a non-empty string)")),
            Some(other) => Err(format!("`{k}` must be a string, not {other}")),
        }
    }

    fn opt_text(&self, k: &str) -> Result<Option<&'a str>, String> {
        match self.0.get(k) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) => Ok(Some(s)),
            Some(other) => Err(format!("`{k}` must be a string, not {other}")),
        }
    }

    fn opt_bool(&self, k: &str) -> Result<Option<bool>, String> {
        match self.0.get(k) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Bool(b)) => Ok(Some(*b)),
            Some(other) => Err(format!("`{k}` must be true or false, not {other}")),
        }
    }

    fn opt_u64(&self, k: &str) -> Result<Option<u64>, String> {
        match self.0.get(k) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => v.as_u64().map(Some).ok_or_else(|| format!("`{k}` must be a non-negative integer, not {v}")),
        }
    }

    fn object(&self, k: &str, required: bool) -> Result<Json, String> {
        match self.0.get(k) {
            Some(v @ Json::Object(_)) => Ok(v.clone()),
            None | Some(Json::Null) if !required => Ok(json!({})),
            None | Some(Json::Null) => Err(format!("`{k}` is required (an object)")),
            Some(other) => Err(format!("`{k}` must be an object, not {other}")),
        }
    }

    /// `/{tenant}/odata/{set}`.
    fn set_path(&self) -> Result<String, String> {
        Ok(format!("/{}/odata/{}", encode(self.text("tenant")?), encode(self.text("entity_set")?)))
    }
}

fn send(p: &dyn Platform, method: &str, path: &str, body: Option<&Json>) -> Run {
    p.send(method, path, body).map(Outcome::Done)
}

pub fn run(p: &dyn Platform, tool: &str, args: &Json) -> Run {
    match run_checked(p, tool, &Args(args)) {
        Err(Bad(why)) => Ok(Outcome::Bad(why)),
        Ok(r) => r,
    }
}

/// An argument problem, as opposed to a transport failure.
struct Bad(String);

impl From<String> for Bad {
    fn from(s: String) -> Self {
        Bad(s)
    }
}

fn run_checked(p: &dyn Platform, tool: &str, a: &Args<'_>) -> Result<Run, Bad> {
    let t = |a: &Args<'_>| a.text("tenant").map(encode);
    Ok(match tool {
        "discover" => match a.opt_text("tenant")? {
            None => send(p, "GET", "/api/tenants", None),
            Some(tenant) => send(p, "GET", &format!("/api/tenants/{}/specs", encode(tenant)), None),
        },
        "submit_specs" => {
            let body = json!({"files": a.object("files", true)?, "force": a.opt_bool("force")?.unwrap_or(false)});
            send(p, "POST", &format!("/api/tenants/{}/specs", t(a)?), Some(&body))
        }
        "create" => send(p, "POST", &a.set_path()?, Some(&a.object("fields", false)?)),
        "get" => {
            let mut path = format!("{}{}", a.set_path()?, key(a.text("id")?));
            if let Some(s) = a.opt_text("select")? {
                path.push_str(&format!("?$select={}", encode(s)));
            }
            send(p, "GET", &path, None)
        }
        "list" => send(p, "GET", &list_path(a)?, None),
        "action" => return action(p, a),
        "patch" => {
            let path = format!("{}{}", a.set_path()?, key(a.text("id")?));
            send(p, "PATCH", &path, Some(&a.object("fields", true)?))
        }
        "decision" => {
            let wait = a.opt_u64("wait_seconds")?.unwrap_or(0).min(120);
            let path = format!("/api/tenants/{}/decisions/{}?wait={wait}", t(a)?, encode(a.text("id")?));
            send(p, "GET", &path, None)
        }
        "list_decisions" => {
            let status = a.opt_text("status")?.unwrap_or("pending");
            send(p, "GET", &format!("/api/tenants/{}/decisions?status={}", t(a)?, encode(status)), None)
        }
        "decide" => {
            let verb = if a.opt_bool("approve")?.ok_or_else(|| "`approve` is required (true or false)".to_string())? {
                "approve"
            } else {
                "deny"
            };
            let mut body = json!({});
            if let Some(s) = a.opt_text("scope")? {
                body["scope"] = json!(s);
            }
            if let Some(r) = a.opt_text("reason")? {
                body["reason"] = json!(r);
            }
            send(p, "POST", &format!("/api/tenants/{}/decisions/{}/{verb}", t(a)?, encode(a.text("id")?)), Some(&body))
        }
        "report_intent" => {
            let mut body = json!({"intent": a.text("intent")?});
            for k in ["entity_type", "action", "detail"] {
                if let Some(v) = a.opt_text(k)? {
                    body[k] = json!(v);
                }
            }
            send(p, "POST", &format!("/api/tenants/{}/intents", t(a)?), Some(&body))
        }
        "observations" => {
            let filter = format!(
                "target_tenant eq '{}' and status ne 'Resolved' and status ne 'Dismissed'",
                t(a)?.replace('\'', "''")
            );
            send(
                p,
                "GET",
                &format!("/temper-system/odata/Observations?$filter={}&$orderby=priority%20desc", encode(&filter)),
                None,
            )
        }
        "propose_change" => {
            let mut body = json!({"observation": a.text("observation")?, "root_cause": a.text("root_cause")?});
            if let Some(d) = a.opt_text("description")? {
                body["description"] = json!(d);
            }
            let files = a.object("fields", false)?;
            let has_files = files.as_object().is_some_and(|m| !m.is_empty());
            match (a.opt_text("diff")?, has_files) {
                (Some(d), false) => body["diff"] = json!(d),
                (None, true) => body["files"] = files,
                _ => return Err(Bad("give exactly one of `diff` and `fields` (whole files)".into())),
            }
            send(p, "POST", "/api/evolution/proposals", Some(&body))
        }
        "trajectories" => return trajectories(p, a),
        "list_apps" => send(p, "GET", &format!("/api/tenants/{}/apps", t(a)?), None),
        "install_app" => {
            let mut path = format!("/api/tenants/{}/apps?reference={}", t(a)?, encode(a.text("reference")?));
            if a.opt_bool("upgrade")? == Some(true) {
                path.push_str("&upgrade=true");
            }
            send(p, "POST", &path, None)
        }
        other => Ok(Outcome::Bad(format!("`{other}` has no implementation"))),
    })
}

fn list_path(a: &Args<'_>) -> Result<String, Bad> {
    let mut q = Vec::new();
    for (arg, opt) in [("filter", "$filter"), ("select", "$select"), ("orderby", "$orderby")] {
        if let Some(v) = a.opt_text(arg)? {
            q.push(format!("{opt}={}", encode(v)));
        }
    }
    for (arg, opt) in [("top", "$top"), ("skip", "$skip")] {
        if let Some(n) = a.opt_u64(arg)? {
            q.push(format!("{opt}={n}"));
        }
    }
    if a.opt_bool("count")? == Some(true) {
        q.push("$count=true".into());
    }
    let base = a.set_path()?;
    Ok(if q.is_empty() { base } else { format!("{base}?{}", q.join("&")) })
}

fn action(p: &dyn Platform, a: &Args<'_>) -> Result<Run, Bad> {
    let name = a.text("action")?;
    let params = a.object("params", false)?;
    let call = if name.contains('.') {
        name.to_string()
    } else {
        // The namespace is the spec's: look it up in the tenant's deployed specs.
        let set = a.text("entity_set")?;
        let specs = match p.send("GET", &format!("/api/tenants/{}/specs", encode(a.text("tenant")?)), None) {
            Ok(s) => s,
            Err(e) => return Ok(Err(e)),
        };
        if !specs.ok() {
            return Ok(Ok(Outcome::Done(specs)));
        }
        let spec = specs.json()["specs"].as_array().and_then(|l| l.iter().find(|s| s["entity_set"] == set));
        match spec.and_then(|s| s["namespace"].as_str()) {
            Some(ns) => format!("{ns}.{name}"),
            None => return Err(Bad(format!("entity set `{set}` is not deployed in this tenant (see `discover`)"))),
        }
    };
    let path = format!("{}{}/{}", a.set_path()?, key(a.text("id")?), encode(&call));
    Ok(send(p, "POST", &path, Some(&params)))
}

fn trajectories(p: &dyn Platform, a: &Args<'_>) -> Result<Run, Bad> {
    let tenant = encode(a.text("tenant")?);
    let caps = match p.send("GET", "/api/capabilities", None) {
        Ok(c) => c,
        Err(e) => return Ok(Err(e)),
    };
    let Some(me) = caps.json()["principal"].as_str() else { return Ok(Ok(Outcome::Done(caps))) };
    let mut path = format!("/api/tenants/{tenant}/trajectories?agent={}", encode(me));
    if a.opt_bool("failed")? == Some(true) {
        path.push_str("&failed=true");
    }
    if let Some(et) = a.opt_text("entity_type")? {
        path.push_str(&format!("&entity_type={}", encode(et)));
    }
    if let Some(n) = a.opt_u64("limit")? {
        path.push_str(&format!("&limit={n}"));
    }
    Ok(send(p, "GET", &path, None))
}
