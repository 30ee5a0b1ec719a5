//! Handing requests to the OData component: an agent's request (its body buffered, so a
//! failed action's parameters reach its trajectory; `?await_integration=true` honoured) and
//! the kernel's own dispatches both go through [`Server::odata`], which runs the component on
//! a warm instance and records the trajectory of a dispatch that committed nothing.

use super::{MAX_IDLE, Server, dispatch, odata, respond, trace};
use crate::governance::Caller;
use anyhow::Result;
use hyper::{Request, Response, StatusCode};
use respond::error;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;

/// Largest OData request body (the component's own limit).
const ODATA_MAX_BODY: usize = 1 << 20;

/// A request body that is a JSON object, as text (a bound action's parameters, for its
/// trajectory).
fn params_of(bytes: &[u8]) -> Option<String> {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        Ok(v @ serde_json::Value::Object(_)) => Some(v.to_string()),
        _ => None,
    }
}

impl Server {
    /// `/{tenant}/odata/...` from a client.
    pub(super) async fn odata_request(
        &self,
        req: Request<super::ReqBody>,
        caller: Caller,
        request_id: String,
        base_url: String,
        path: &str,
    ) -> Result<Response<HyperOutgoingBody>> {
        let origin = dispatch::Origin::request(&request_id);
        let awaits = dispatch::awaits_integration(req.uri().query());
        let (parts, body) = req.into_parts();
        // Buffered (the component refuses more than 1 MiB anyway), so a failed action's
        // parameters reach its trajectory.
        let bytes = match respond::read_whole(body, ODATA_MAX_BODY, "OData request bodies").await {
            Ok(b) => b,
            Err(bad) => return Ok(bad.reply()),
        };
        let params = if parts.method == hyper::Method::POST { params_of(&bytes) } else { None };
        let req = Request::from_parts(parts, http_body_util::Full::new(bytes));
        let (resp, awaited) = self.odata(req, caller.clone(), request_id, base_url.clone(), origin, params).await?;
        if awaits && resp.status().is_success() && !awaited.is_empty() {
            return self.after_integrations(resp, path, caller, base_url, awaited).await;
        }
        Ok(resp)
    }

    /// Hands one request to a warm OData instance. The body is anything hyper can stream (a
    /// client's connection, or a kernel dispatch's buffer); the caller and origin are the
    /// host's, never the client's. Returns the response and the idempotency keys of the wasm
    /// integrations its commit enqueued (for `?await_integration=true`).
    pub(super) async fn odata<B>(
        &self,
        mut req: Request<B>,
        caller: Caller,
        request_id: String,
        base_url: String,
        origin: dispatch::Origin,
        params: Option<String>,
    ) -> Result<(Response<HyperOutgoingBody>, Vec<String>)>
    where
        B: hyper::body::Body<Data = hyper::body::Bytes> + Send + 'static,
        B::Error: Into<wasmtime_wasi_http::Error>,
    {
        let request_line = format!("{} {}", req.method(), req.uri());
        let headers = req.headers_mut();
        headers.remove("x-temper-principal");
        headers.remove("x-temper-request-id");
        headers.insert("x-temper-principal", caller.identity.uid().parse()?);
        headers.insert("x-temper-request-id", request_id.parse()?);
        let warm = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let (mut store, proxy) = match warm {
            Some((store, proxy)) => (store, Some(proxy)),
            None => (odata::store(&self.engine, self.shared.clone()), None),
        };
        let cell = trace::Cell::default();
        trace::lock(&cell).params = params;
        let facts = odata::RequestFacts { caller, request_id, request_line, base_url, origin, trace: cell.clone() };
        store.data_mut().request = Some(facts.clone());
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let wreq = wasmtime_wasi_http::WasiHttpView::http(store.data_mut())
            .new_incoming_request(Scheme::Http, req)
            .map_err(anyhow::Error::from)?;
        let out = wasmtime_wasi_http::WasiHttpView::http(store.data_mut())
            .new_response_outparam(sender)
            .map_err(anyhow::Error::from)?;
        let pre = self.odata.clone();
        let idle = self.idle.clone();
        // The component call's span: a child of the request's (or, for a kernel dispatch, of the
        // outbox item's), entered on the blocking thread so Cedar, interpreter and storage
        // spans made from the component's host calls nest under it.
        let span = tracing::info_span!(
            "odata.component",
            otel.name = "odata.handle",
            otel.status_code = tracing::field::Empty,
            temper.request_id = %facts.request_id,
            temper.origin = %facts.origin.kind,
            temper.request = %facts.request_line,
            temper.instance = if proxy.is_some() { "warm" } else { "new" },
            http.response.status_code = tracing::field::Empty,
        );
        let started = std::time::Instant::now();
        let in_task = span.clone();
        // The component runs synchronously, inline (`inline::run`): its host calls block on
        // the runtime for storage, and Cedar runs on a real thread stack (its recursion guard
        // measures the stack, which a wasmtime fiber would defeat).
        let ran = super::inline::run(move || {
            let _entered = in_task.enter();
            let proxy = match proxy {
                Some(p) => p,
                None => pre.instantiate(&mut store)?,
            };
            let r = proxy.wasi_http_incoming_handler().call_handle(&mut store, wreq, out);
            store.data_mut().request = None;
            // Only an instance that returned normally is reused; a trapped one is poisoned.
            if r.is_ok()
                && let Ok(mut idle) = idle.lock()
                && idle.len() < MAX_IDLE
            {
                idle.push((store, proxy));
            }
            r
        })
        .await;
        match receiver.await {
            Ok(Ok(resp)) => {
                // The guest has returned (its body is buffered whole): the keys are complete.
                let keys = std::mem::take(&mut trace::lock(&cell).awaited);
                let status = resp.status().as_u16();
                span.record("http.response.status_code", status);
                crate::telemetry::metrics::metrics().component_call("odata", true, started.elapsed());
                if !trace::wants_row(&self.shared, &facts, status) {
                    return Ok((resp, keys));
                }
                // An error answer is small: read it for the trajectory, then pass it on.
                let (parts, body) = resp.into_parts();
                let bytes = http_body_util::BodyExt::collect(body)
                    .await
                    .map(|c| c.to_bytes())
                    .map_err(|e| anyhow::anyhow!("reading the OData answer: {e:?}"))?;
                trace::on_failure(&self.shared, &facts, status, &bytes).await;
                Ok((Response::from_parts(parts, respond::body(bytes.to_vec())), keys))
            }
            Ok(Err(e)) => {
                let why = format!("the OData component failed: {e:?}");
                failed(&span, &why, started);
                Ok((error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &why), Vec::new()))
            }
            Err(_) => {
                let why = match ran {
                    Ok(Ok(())) => "the OData component sent no response".to_string(),
                    Ok(Err(e)) => format!("the OData component trapped: {e:#}"),
                    Err(e) => format!("the OData task failed: {e}"),
                };
                failed(&span, &why, started);
                Ok((error(StatusCode::INTERNAL_SERVER_ERROR, "InternalError", &why), Vec::new()))
            }
        }
    }
}

/// A component call that ended without an answer: an error on its span, a log line, a count.
fn failed(span: &tracing::Span, why: &str, started: std::time::Instant) {
    span.record("otel.status_code", "ERROR");
    tracing::error!(parent: span, error = %why, "the OData component failed");
    crate::telemetry::metrics::metrics().component_call("odata", false, started.elapsed());
}
