//! The `tracing` layer that turns Temper's spans into OTLP spans: ids (W3C sizes: a 16-byte
//! trace id, 8-byte span ids), parents from the span tree — or, for a root span, from the
//! caller's `traceparent` — attributes from the span's fields, and WARN/ERROR events as span
//! events. A finished span is handed to the exporter's bounded queue and nothing more: the
//! request path never waits for export.
//!
//! Field conventions (those of `tracing-opentelemetry`, so instrumentation reads the same):
//! `otel.name` renames the span, `otel.kind` is `server`/`client`/`internal`,
//! `otel.status_code` is `OK`/`ERROR` with `otel.status_message`; a root span's `traceparent`
//! field continues the caller's trace. No other field is special; they become attributes.

use super::otlp::{Exporter, Kind, SpanEvent, SpanRecord, StatusCode, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer};
use tracing_subscriber::registry::LookupSpan;

/// Most events one span keeps.
const MAX_EVENTS: usize = 32;

/// A caller's trace context, from a W3C `traceparent` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remote {
    pub trace_id: u128,
    pub span_id: u64,
    pub sampled: bool,
}

/// Parses `traceparent` (W3C Trace Context level 1): `00-<32 hex>-<16 hex>-<2 hex>`, lower
/// case, neither id all zeros; a later version may append fields after the flags. Anything
/// else is ignored (a new trace starts), as the specification asks.
pub fn parse_traceparent(value: &str) -> Option<Remote> {
    let v = value.trim();
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let version = v.get(0..2)?;
    if !hex(version, 2) || version == "ff" || (version == "00" && v.len() != 55) {
        return None;
    }
    if v.len() < 55 || (v.len() > 55 && v.as_bytes().get(55) != Some(&b'-')) {
        return None;
    }
    let mut parts = v[..55].split('-');
    let (_, trace, span, flags) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if !(hex(trace, 32) && hex(span, 16) && hex(flags, 2)) {
        return None;
    }
    let trace_id = u128::from_str_radix(trace, 16).ok()?;
    let span_id = u64::from_str_radix(span, 16).ok()?;
    let flags = u8::from_str_radix(flags, 16).ok()?;
    (trace_id != 0 && span_id != 0).then_some(Remote { trace_id, span_id, sampled: flags & 1 == 1 })
}

/// Ids: SplitMix64 over a per-process random seed and a counter — unique within the process
/// (a bijection of the counter), unpredictable across processes; never zero.
fn next_id() -> u64 {
    static SEED: LazyLock<u64> = LazyLock::new(seed);
    static COUNTER: AtomicU64 = AtomicU64::new(1);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut z = SEED.wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        if z != 0 {
            return z;
        }
    }
}

fn seed() -> u64 {
    use std::io::Read;
    let mut b = [0u8; 8];
    if std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b)).is_ok() {
        return u64::from_le_bytes(b);
    }
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    t ^ (u64::from(std::process::id()) << 32)
}

fn unix_nanos() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// What the layer keeps in a live span's extensions: ids and the sampling decision, and for a
/// sampled span the record being built.
struct Live {
    trace_id: u128,
    span_id: u64,
    sampled: bool,
    building: Option<Box<Building>>,
}

struct Building {
    record: SpanRecord,
    start: Instant,
    /// When the span was last exited: its end (a parent stays open in the registry while a
    /// child lives, so the close comes too late to be the end).
    last_exit: Option<Instant>,
}

/// The fields of a span or an event, sorted into the special ones and attributes.
#[derive(Default)]
struct Fields {
    name: Option<String>,
    kind: Option<Kind>,
    status: Option<StatusCode>,
    status_message: Option<String>,
    traceparent: Option<Remote>,
    message: Option<String>,
    attrs: Vec<(&'static str, Value)>,
}

impl Fields {
    fn put(&mut self, field: &Field, value: Value) {
        let text = |v: &Value| match v {
            Value::Str(s) => s.clone(),
            other => other.to_string(),
        };
        match field.name() {
            "otel.name" => self.name = Some(text(&value)),
            "otel.kind" => self.kind = Some(Kind::parse(&text(&value))),
            "otel.status_code" => self.status = Some(StatusCode::parse(&text(&value))),
            "otel.status_message" => self.status_message = Some(text(&value)),
            "traceparent" => self.traceparent = parse_traceparent(&text(&value)),
            "message" => self.message = Some(text(&value)),
            name => self.attrs.push((name, value)),
        }
    }
}

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.put(field, Value::Str(format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, Value::Str(value.to_string()));
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.put(field, Value::Int(value));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.put(field, Value::Int(i64::try_from(value).unwrap_or(i64::MAX)));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.put(field, Value::Bool(value));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.put(field, Value::Double(value));
    }
}

fn merge(record: &mut SpanRecord, f: Fields) {
    if let Some(n) = f.name {
        record.name = n;
    }
    if let Some(k) = f.kind {
        record.kind = k;
    }
    if let Some(s) = f.status {
        record.status = s;
    }
    if f.status_message.is_some() {
        record.status_message = f.status_message;
    }
    for (k, v) in f.attrs {
        match record.attributes.iter_mut().find(|(name, _)| *name == k) {
            Some(slot) => slot.1 = v,
            None => record.attributes.push((k, v)),
        }
    }
}

/// The layer; installed only when an OTLP endpoint is configured.
pub struct OtlpLayer {
    exporter: Arc<Exporter>,
    sampler: Sampler,
}

impl OtlpLayer {
    pub fn new(exporter: Arc<Exporter>, sampler: Sampler) -> Self {
        Self { exporter, sampler }
    }
}

impl<S> Layer<S> for OtlpLayer
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let parent =
            span.parent().and_then(|p| p.extensions().get::<Live>().map(|l| (l.trace_id, l.span_id, l.sampled)));
        // A span of an unsampled trace costs only this: no fields read, no clock, no ids.
        if let Some((trace_id, _, false)) = parent {
            span.extensions_mut().insert(Live { trace_id, span_id: 0, sampled: false, building: None });
            return;
        }
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        let (trace_id, parent_span_id, sampled, remote_parent) = match (parent, fields.traceparent) {
            (Some((trace, span_id, sampled)), _) => (trace, Some(span_id), sampled, false),
            (None, Some(r)) => (r.trace_id, Some(r.span_id), self.sampler.decide(r.trace_id, Some(r.sampled)), true),
            (None, None) => {
                let trace_id = (u128::from(next_id()) << 64) | u128::from(next_id());
                (trace_id, None, self.sampler.decide(trace_id, None), false)
            }
        };
        if !sampled {
            span.extensions_mut().insert(Live { trace_id, span_id: 0, sampled: false, building: None });
            return;
        }
        let span_id = next_id();
        let mut record = SpanRecord {
            trace_id,
            span_id,
            parent_span_id,
            remote_parent,
            name: span.name().to_string(),
            kind: Kind::Internal,
            start_ns: unix_nanos(),
            end_ns: 0,
            attributes: Vec::new(),
            events: Vec::new(),
            status: StatusCode::Unset,
            status_message: None,
        };
        merge(&mut record, fields);
        let building = Some(Box::new(Building { record, start: Instant::now(), last_exit: None }));
        span.extensions_mut().insert(Live { trace_id, span_id, sampled, building });
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(id) else { return };
        let mut ext = span.extensions_mut();
        let Some(b) = ext.get_mut::<Live>().and_then(|l| l.building.as_mut()) else { return };
        let mut fields = Fields::default();
        values.record(&mut fields);
        merge(&mut b.record, fields);
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        if *event.metadata().level() > Level::WARN {
            return;
        }
        let Some(span) = ctx.event_span(event) else { return };
        let mut ext = span.extensions_mut();
        let Some(b) = ext.get_mut::<Live>().and_then(|l| l.building.as_mut()) else { return };
        if b.record.events.len() >= MAX_EVENTS {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        let mut attributes = fields.attrs;
        attributes.push(("level", Value::Str(event.metadata().level().to_string())));
        let name = fields.message.unwrap_or_else(|| event.metadata().name().to_string());
        b.record.events.push(SpanEvent { time_ns: unix_nanos(), name, attributes });
    }

    fn on_exit(&self, id: &Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id)
            && let Some(b) = span.extensions_mut().get_mut::<Live>().and_then(|l| l.building.as_mut())
        {
            b.last_exit = Some(Instant::now());
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let Some(mut b) = span.extensions_mut().remove::<Live>().and_then(|l| l.building) else { return };
        let took = b.last_exit.unwrap_or_else(Instant::now).saturating_duration_since(b.start);
        b.record.end_ns = b.record.start_ns.saturating_add(u64::try_from(took.as_nanos()).unwrap_or(u64::MAX));
        self.exporter.push(b.record);
    }
}

/// Which traces are recorded (`OTEL_TRACES_SAMPLER` / `OTEL_TRACES_SAMPLER_ARG`): a root span
/// decides for its whole trace; a caller's sampled flag decides when parent-based.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sampler {
    /// Follow a remote parent's sampled flag (`parentbased_*`, the default).
    pub parent_based: bool,
    /// The share of new traces recorded: 1 (`always_on`), 0 (`always_off`), or a ratio.
    pub ratio: f64,
}

impl Default for Sampler {
    fn default() -> Self {
        Self { parent_based: true, ratio: 1.0 }
    }
}

impl Sampler {
    /// Reads the sampler's name and argument; `Err` names what is accepted.
    pub fn parse(name: &str, arg: Option<&str>) -> Result<Self, String> {
        let ratio = || -> Result<f64, String> {
            match arg {
                None => Ok(1.0),
                Some(a) => a
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|r| (0.0..=1.0).contains(r))
                    .ok_or_else(|| format!("OTEL_TRACES_SAMPLER_ARG=`{a}` is not a ratio between 0 and 1")),
            }
        };
        let (parent_based, ratio) = match name.trim() {
            "always_on" => (false, 1.0),
            "always_off" => (false, 0.0),
            "traceidratio" => (false, ratio()?),
            "parentbased_always_on" => (true, 1.0),
            "parentbased_always_off" => (true, 0.0),
            "parentbased_traceidratio" => (true, ratio()?),
            other => {
                return Err(format!(
                    "OTEL_TRACES_SAMPLER=`{other}`: use always_on, always_off, traceidratio or their parentbased_ forms"
                ));
            }
        };
        Ok(Self { parent_based, ratio })
    }

    /// Whether a new trace (or one continued from a caller that said `remote`) is recorded:
    /// by the caller's flag when parent-based, else by the trace id's low 56 bits (random in
    /// W3C trace ids) against the ratio, so every service keeps the same traces.
    pub fn decide(&self, trace_id: u128, remote: Option<bool>) -> bool {
        if let (true, Some(sampled)) = (self.parent_based, remote) {
            return sampled;
        }
        let bits = (trace_id as u64) & ((1 << 56) - 1);
        (bits as f64) < self.ratio * (1u64 << 56) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceparent_is_read_strictly() {
        let ok = parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assert_eq!(
            ok,
            Some(Remote { trace_id: 0x4bf92f3577b34da6a3ce929d0e0e4736, span_id: 0x00f067aa0ba902b7, sampled: true })
        );
        assert_eq!(
            parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").map(|r| r.sampled),
            Some(false)
        );
        // A later version may carry more fields.
        assert!(parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra").is_some());
        for bad in [
            "",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        ] {
            assert_eq!(parse_traceparent(bad), None, "{bad}");
        }
    }

    #[test]
    fn samplers_follow_the_caller_or_the_ratio() {
        let on = Sampler::default();
        assert!(on.decide(1, None) && on.decide(1, Some(true)) && !on.decide(1, Some(false)));
        let off = Sampler::parse("parentbased_always_off", None).unwrap_or_default();
        assert!(!off.decide(1, None) && off.decide(1, Some(true)));
        let half = Sampler::parse("traceidratio", Some("0.5")).unwrap_or_default();
        let kept = (0..10_000u64).filter(|_| half.decide(u128::from(next_id()), Some(false))).count();
        assert!((4_000..6_000).contains(&kept), "{kept}");
        assert!(Sampler::parse("traceidratio", Some("2")).is_err());
        assert!(Sampler::parse("jaeger_remote", None).is_err());
    }

    #[test]
    fn ids_are_distinct_and_never_zero() {
        let ids: std::collections::HashSet<u64> = (0..10_000).map(|_| next_id()).collect();
        assert_eq!(ids.len(), 10_000);
        assert!(!ids.contains(&0));
    }
}
