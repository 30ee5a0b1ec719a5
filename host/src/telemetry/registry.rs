//! Metric primitives for the Prometheus exposition: counters and histograms on atomics,
//! families of them keyed by label values (with a cap on how many series a family may grow,
//! so a label can never blow up the scrape), and the text format 0.0.4 they render to.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::Hash;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

/// Most series one family keeps; later label sets are counted under the overflow series
/// (every label `"_other"`), so the scrape stays bounded whatever the labels carry.
pub const MAX_SERIES: usize = 2000;

/// The label value of the overflow series.
pub const OVERFLOW: &str = "_other";

/// Latency buckets in seconds: sub-millisecond reads up to multi-second verifications.
pub const SECONDS: &[f64] =
    &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0];

#[derive(Default)]
pub struct Counter(AtomicU64);

impl Counter {
    pub fn inc(&self) {
        self.add(1);
    }

    pub fn add(&self, n: u64) {
        self.0.fetch_add(n, Ordering::Relaxed);
    }

    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

#[derive(Default)]
pub struct Gauge(AtomicI64);

impl Gauge {
    pub fn add(&self, n: i64) {
        self.0.fetch_add(n, Ordering::Relaxed);
    }

    pub fn get(&self) -> i64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// A histogram of durations: per-bucket counts (not cumulative; summed when rendered, so
/// `_count` always equals the `+Inf` bucket) and the sum in nanoseconds (exact, no float CAS).
pub struct Histogram {
    bounds: &'static [f64],
    /// One more than `bounds`: the last is `+Inf`.
    buckets: Box<[AtomicU64]>,
    sum_ns: AtomicU64,
}

impl Default for Histogram {
    fn default() -> Self {
        Self::new(SECONDS)
    }
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        Self { bounds, buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(), sum_ns: AtomicU64::new(0) }
    }

    pub fn observe(&self, d: Duration) {
        let secs = d.as_secs_f64();
        let i = self.bounds.iter().position(|b| secs <= *b).unwrap_or(self.bounds.len());
        if let Some(b) = self.buckets.get(i) {
            b.fetch_add(1, Ordering::Relaxed);
        }
        self.sum_ns.fetch_add(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    /// Cumulative bucket counts (`le` bound, count), `+Inf` last, and the sum in seconds.
    fn snapshot(&self) -> (Vec<(Option<f64>, u64)>, f64) {
        let mut total = 0;
        let mut out = Vec::with_capacity(self.buckets.len());
        for (i, b) in self.buckets.iter().enumerate() {
            total += b.load(Ordering::Relaxed);
            out.push((self.bounds.get(i).copied(), total));
        }
        (out, self.sum_ns.load(Ordering::Relaxed) as f64 / 1e9)
    }
}

/// Label values of one series; implemented for the key types families use.
pub trait Labels: Clone + Eq + Hash {
    fn values(&self) -> Vec<String>;
    /// The overflow series' key.
    fn overflow() -> Self;
}

impl Labels for () {
    fn values(&self) -> Vec<String> {
        Vec::new()
    }
    fn overflow() -> Self {}
}

impl Labels for String {
    fn values(&self) -> Vec<String> {
        vec![self.clone()]
    }
    fn overflow() -> Self {
        OVERFLOW.into()
    }
}

impl Labels for &'static str {
    fn values(&self) -> Vec<String> {
        vec![(*self).to_string()]
    }
    fn overflow() -> Self {
        OVERFLOW
    }
}

impl<A: Labels, B: Labels> Labels for (A, B) {
    fn values(&self) -> Vec<String> {
        let mut v = self.0.values();
        v.extend(self.1.values());
        v
    }
    fn overflow() -> Self {
        (A::overflow(), B::overflow())
    }
}

impl<A: Labels, B: Labels, C: Labels> Labels for (A, B, C) {
    fn values(&self) -> Vec<String> {
        let mut v = self.0.values();
        v.extend(self.1.values());
        v.extend(self.2.values());
        v
    }
    fn overflow() -> Self {
        (A::overflow(), B::overflow(), C::overflow())
    }
}

/// A status code as a label value.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Status(pub u16);

impl Labels for Status {
    fn values(&self) -> Vec<String> {
        vec![if self.0 == 0 { OVERFLOW.to_string() } else { self.0.to_string() }]
    }
    fn overflow() -> Self {
        Status(0)
    }
}

/// One metric name with a series per label set.
pub struct Family<K, M> {
    pub name: &'static str,
    pub help: &'static str,
    labels: &'static [&'static str],
    series: RwLock<HashMap<K, Arc<M>>>,
}

impl<K: Labels, M: Default> Family<K, M> {
    pub fn new(name: &'static str, help: &'static str, labels: &'static [&'static str]) -> Self {
        Self { name, help, labels, series: RwLock::new(HashMap::new()) }
    }

    /// The series of `key` (created on first use; the overflow series past [`MAX_SERIES`]).
    pub fn get(&self, key: K) -> Arc<M> {
        if let Some(m) = self.series.read().unwrap_or_else(PoisonError::into_inner).get(&key) {
            return Arc::clone(m);
        }
        let mut w = self.series.write().unwrap_or_else(PoisonError::into_inner);
        let key = if w.len() >= MAX_SERIES && !w.contains_key(&key) { K::overflow() } else { key };
        Arc::clone(w.entry(key).or_default())
    }

    /// Every series, sorted by its label values (a stable scrape).
    fn sorted(&self) -> Vec<(Vec<String>, Arc<M>)> {
        let r = self.series.read().unwrap_or_else(PoisonError::into_inner);
        let mut all: Vec<(Vec<String>, Arc<M>)> = r.iter().map(|(k, m)| (k.values(), Arc::clone(m))).collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }

    fn head(&self, out: &mut String, kind: &str) {
        let _ = writeln!(out, "# HELP {} {}", self.name, self.help);
        let _ = writeln!(out, "# TYPE {} {kind}", self.name);
    }

    fn label_text(&self, values: &[String], extra: Option<(&str, &str)>) -> String {
        let mut pairs: Vec<String> =
            self.labels.iter().zip(values).map(|(n, v)| format!("{n}=\"{}\"", escape(v))).collect();
        if let Some((n, v)) = extra {
            pairs.push(format!("{n}=\"{v}\""));
        }
        if pairs.is_empty() { String::new() } else { format!("{{{}}}", pairs.join(",")) }
    }
}

impl<K: Labels> Family<K, Counter> {
    pub fn render(&self, out: &mut String) {
        self.head(out, "counter");
        for (values, c) in self.sorted() {
            let _ = writeln!(out, "{}{} {}", self.name, self.label_text(&values, None), c.get());
        }
    }
}

impl<K: Labels> Family<K, Histogram> {
    pub fn render(&self, out: &mut String) {
        self.head(out, "histogram");
        for (values, h) in self.sorted() {
            let (buckets, sum) = h.snapshot();
            let mut count = 0;
            for (le, n) in buckets {
                let le = le.map_or_else(|| "+Inf".to_string(), number);
                let _ = writeln!(out, "{}_bucket{} {n}", self.name, self.label_text(&values, Some(("le", &le))));
                count = n;
            }
            let labels = self.label_text(&values, None);
            let _ = writeln!(out, "{}_sum{labels} {}", self.name, number(sum));
            let _ = writeln!(out, "{}_count{labels} {count}", self.name);
        }
    }
}

/// A gauge without labels.
pub fn render_gauge(out: &mut String, name: &str, help: &str, value: f64) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} gauge");
    let _ = writeln!(out, "{name} {}", number(value));
}

/// A float as the exposition format writes it (`+Inf`, `NaN`, shortest round-trip otherwise).
pub fn number(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf".into() } else { "-Inf".into() }
    } else {
        format!("{v}")
    }
}

/// A label value escaped: backslash, double quote and line feed.
pub fn escape(v: &str) -> String {
    let mut s = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_render_cumulative_buckets_and_a_matching_count() {
        let f: Family<&'static str, Histogram> = Family::new("t_seconds", "test", &["route"]);
        f.get("/a").observe(Duration::from_micros(300));
        f.get("/a").observe(Duration::from_millis(30));
        f.get("/a").observe(Duration::from_secs(100));
        let mut out = String::new();
        f.render(&mut out);
        assert!(out.contains("t_seconds_bucket{route=\"/a\",le=\"0.0005\"} 1\n"), "{out}");
        assert!(out.contains("t_seconds_bucket{route=\"/a\",le=\"0.05\"} 2\n"), "{out}");
        assert!(out.contains("t_seconds_bucket{route=\"/a\",le=\"+Inf\"} 3\n"), "{out}");
        assert!(out.contains("t_seconds_count{route=\"/a\"} 3\n"), "{out}");
        assert!(out.contains("t_seconds_sum{route=\"/a\"} 100.0303\n"), "{out}");
    }

    #[test]
    fn families_cap_their_series_and_escape_label_values() {
        let f: Family<String, Counter> = Family::new("t_total", "test", &["tenant"]);
        for i in 0..MAX_SERIES + 10 {
            f.get(format!("t{i}")).inc();
        }
        f.get("a\"b\\c\nd".into()).inc();
        assert_eq!(f.get(OVERFLOW.into()).get(), 11);
        let mut out = String::new();
        f.render(&mut out);
        assert_eq!(out.lines().count(), 2 + MAX_SERIES + 1);
        assert!(!out.contains("a\\\"b"), "past the cap, new label values are not rendered");
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
