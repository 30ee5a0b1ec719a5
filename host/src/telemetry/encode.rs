//! The OTLP JSON encoding of a batch of spans (`ExportTraceServiceRequest`), written straight
//! into one buffer — the exporter encodes thousands of spans a second on a shared machine, so
//! no intermediate JSON tree. The mapping is OTLP's: lowerCamelCase fields, trace and span ids
//! as lower-case hex, 64-bit integers as decimal strings, enums as numbers.

use super::config::ExportConfig;
use super::otlp::{SpanRecord, Value};
use std::fmt::Write as _;

/// The `resource` object every batch carries (`service.name` first), encoded once.
pub fn resource(config: &ExportConfig) -> String {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("service.name", Value::Str(config.service_name.clone())),
        ("service.version", Value::Str(env!("CARGO_PKG_VERSION").into())),
        ("telemetry.sdk.name", Value::Str("temper-host".into())),
        ("telemetry.sdk.language", Value::Str("rust".into())),
        ("process.pid", Value::Int(i64::from(std::process::id()))),
    ];
    for (k, v) in &config.resource {
        attrs.push((k.as_str(), Value::Str(v.clone())));
    }
    let mut out = String::from("{\"attributes\":");
    attributes(&mut out, attrs.iter().map(|(k, v)| (*k, v)));
    out.push('}');
    out
}

/// One request body: the resource, the scope `temper-host`, the spans.
pub fn encode(resource: &str, spans: &[SpanRecord]) -> Vec<u8> {
    let mut out = String::with_capacity(256 + spans.len() * 640);
    out.push_str("{\"resourceSpans\":[{\"resource\":");
    out.push_str(resource);
    out.push_str(",\"scopeSpans\":[{\"scope\":{\"name\":\"temper-host\",\"version\":\"");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("\"},\"spans\":[");
    for (i, s) in spans.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        span(&mut out, s);
    }
    out.push_str("]}]}]}");
    out.into_bytes()
}

fn span(out: &mut String, s: &SpanRecord) {
    // Trace flags: sampled; bit 8: the flags say whether the parent is remote (bit 9).
    let flags = 0x1 | 0x100 | if s.remote_parent { 0x200 } else { 0 };
    let _ = write!(out, "{{\"traceId\":\"{:032x}\",\"spanId\":\"{:016x}\"", s.trace_id, s.span_id);
    if let Some(p) = s.parent_span_id {
        let _ = write!(out, ",\"parentSpanId\":\"{p:016x}\"");
    }
    let _ = write!(out, ",\"flags\":{flags},\"name\":");
    string(out, &s.name);
    let _ = write!(
        out,
        ",\"kind\":{},\"startTimeUnixNano\":\"{}\",\"endTimeUnixNano\":\"{}\",\"attributes\":",
        s.kind as i32, s.start_ns, s.end_ns
    );
    attributes(out, s.attributes.iter().map(|(k, v)| (*k, v)));
    if !s.events.is_empty() {
        out.push_str(",\"events\":[");
        for (i, e) in s.events.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{{\"timeUnixNano\":\"{}\",\"name\":", e.time_ns);
            string(out, &e.name);
            out.push_str(",\"attributes\":");
            attributes(out, e.attributes.iter().map(|(k, v)| (*k, v)));
            out.push('}');
        }
        out.push(']');
    }
    let _ = write!(out, ",\"status\":{{\"code\":{}", s.status as i32);
    if let Some(m) = &s.status_message {
        out.push_str(",\"message\":");
        string(out, m);
    }
    out.push_str("}}");
}

fn attributes<'a>(out: &mut String, attrs: impl Iterator<Item = (&'a str, &'a Value)>) {
    out.push('[');
    for (i, (k, v)) in attrs.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"key\":");
        string(out, k);
        out.push_str(",\"value\":");
        match v {
            Value::Str(s) => {
                out.push_str("{\"stringValue\":");
                string(out, s);
                out.push('}');
            }
            Value::Int(n) => {
                let _ = write!(out, "{{\"intValue\":\"{n}\"}}");
            }
            Value::Bool(b) => {
                let _ = write!(out, "{{\"boolValue\":{b}}}");
            }
            // JSON has no NaN or infinities: those go as text.
            Value::Double(d) if d.is_finite() => {
                let _ = write!(out, "{{\"doubleValue\":{d:?}}}");
            }
            Value::Double(d) => {
                out.push_str("{\"stringValue\":");
                string(out, &d.to_string());
                out.push('}');
            }
        }
        out.push('}');
    }
    out.push(']');
}

/// A JSON string literal.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::super::otlp::{Kind, SpanEvent, StatusCode};
    use super::*;
    use serde_json::{Value as Json, json};

    #[test]
    fn spans_encode_in_the_otlp_json_mapping() {
        let span = SpanRecord {
            trace_id: 0x4bf92f3577b34da6a3ce929d0e0e4736,
            span_id: 0xab,
            parent_span_id: Some(0x00f067aa0ba902b7),
            remote_parent: true,
            name: "GET /x \"quoted\"\n".into(),
            kind: Kind::Server,
            start_ns: 1,
            end_ns: u64::MAX,
            attributes: vec![
                ("http.response.status_code", Value::Int(200)),
                ("ok", Value::Bool(true)),
                ("ratio", Value::Double(0.5)),
                ("nan", Value::Double(f64::NAN)),
                ("text", Value::Str("tab\there \u{1} é".into())),
            ],
            events: vec![SpanEvent { time_ns: 3, name: "warned".into(), attributes: vec![] }],
            status: StatusCode::Error,
            status_message: Some("boom".into()),
        };
        let body = encode(r#"{"attributes":[]}"#, &[span]);
        let body: Json = serde_json::from_slice(&body).unwrap_or(Json::Null);
        let s = &body["resourceSpans"][0]["scopeSpans"][0]["spans"][0];
        assert_eq!(s["traceId"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(s["spanId"], "00000000000000ab");
        assert_eq!(s["parentSpanId"], "00f067aa0ba902b7");
        assert_eq!(s["name"], "GET /x \"quoted\"\n");
        assert_eq!(s["kind"], 2);
        assert_eq!(s["flags"], 0x301);
        assert_eq!(s["startTimeUnixNano"], "1");
        assert_eq!(s["endTimeUnixNano"], u64::MAX.to_string());
        assert_eq!(s["attributes"][0], json!({"key": "http.response.status_code", "value": {"intValue": "200"}}));
        assert_eq!(s["attributes"][1]["value"], json!({"boolValue": true}));
        assert_eq!(s["attributes"][2]["value"], json!({"doubleValue": 0.5}));
        assert_eq!(s["attributes"][3]["value"], json!({"stringValue": "NaN"}));
        assert_eq!(s["attributes"][4]["value"], json!({"stringValue": "tab\there \u{1} é"}));
        assert_eq!(s["events"][0], json!({"timeUnixNano": "3", "name": "warned", "attributes": []}));
        assert_eq!(s["status"], json!({"code": 2, "message": "boom"}));
        assert_eq!(body["resourceSpans"][0]["scopeSpans"][0]["scope"]["name"], "temper-host");
        assert_eq!(body["resourceSpans"][0]["resource"], json!({"attributes": []}));
    }
}
