//! Test helpers for operations: a real OTLP/HTTP collector on loopback (it accepts
//! `POST /v1/traces` and keeps the JSON bodies), a strict parser of the Prometheus text format
//! 0.0.4, and a host started with environment variables of the test's choosing.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use crate::common::{Host, unseeded_apps};
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A collector on 127.0.0.1: every `POST /v1/traces` body it received, parsed.
pub struct Collector {
    pub port: u16,
    bodies: Arc<Mutex<Vec<Json>>>,
}

impl Collector {
    pub fn start() -> Self {
        Self::on(TcpListener::bind("127.0.0.1:0").unwrap())
    }

    pub fn on(listener: TcpListener) -> Self {
        let port = listener.local_addr().unwrap().port();
        let bodies: Arc<Mutex<Vec<Json>>> = Arc::default();
        let kept = bodies.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let kept = kept.clone();
                std::thread::spawn(move || serve(conn, &kept));
            }
        });
        Self { port, bodies }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every span received so far, with its resource's attributes.
    pub fn spans(&self) -> Vec<(Json, Json)> {
        let bodies = self.bodies.lock().unwrap();
        let mut out = Vec::new();
        for b in bodies.iter() {
            for rs in b["resourceSpans"].as_array().into_iter().flatten() {
                for ss in rs["scopeSpans"].as_array().into_iter().flatten() {
                    for s in ss["spans"].as_array().into_iter().flatten() {
                        out.push((s.clone(), rs["resource"].clone()));
                    }
                }
            }
        }
        out
    }

    /// Waits (up to 30 s) until `done` holds for the spans received.
    pub fn wait_for(&self, what: &str, done: impl Fn(&[Json]) -> bool) -> Vec<Json> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let spans: Vec<Json> = self.spans().into_iter().map(|(s, _)| s).collect();
            if done(&spans) {
                return spans;
            }
            assert!(Instant::now() < deadline, "no {what} arrived; spans: {spans:#?}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// One keep-alive connection: read requests (Content-Length bodies), answer 200 `{}`.
fn serve(conn: TcpStream, kept: &Mutex<Vec<Json>>) {
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut conn = conn;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
        let mut length = 0;
        let mut json = false;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':').unwrap_or((h, ""));
            match k.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = v.trim().parse().unwrap_or(0),
                "content-type" => json = v.trim() == "application/json",
                _ => {}
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let status = if target != "/v1/traces" || !json {
            "404 Not Found"
        } else {
            match serde_json::from_slice::<Json>(&body) {
                Ok(v) => {
                    kept.lock().unwrap().push(v);
                    "200 OK"
                }
                Err(_) => "400 Bad Request",
            }
        };
        let answer = format!("HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}");
        if conn.write_all(answer.as_bytes()).is_err() {
            return;
        }
    }
}

/// `temper-host up` as [`Host::start_args`] starts it (the bundled apps), with extra
/// environment variables.
pub fn start_with_env(data_dir: &Path, env: &[(&str, &str)], extra: &[&str]) -> Host {
    Host::start_env(data_dir, &unseeded_apps(), extra, env)
}

/// One sample: name, labels (sorted), value.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// A scrape, read strictly: every family has `# HELP` and `# TYPE` before its samples, once;
/// every sample belongs to the family declared last (histograms: `_bucket`, `_sum`, `_count`;
/// counters end in `_total`); names and labels are well formed, values are numbers.
#[derive(Debug, Default)]
pub struct Scrape {
    pub types: BTreeMap<String, String>,
    pub samples: Vec<Sample>,
}

impl Scrape {
    pub fn parse(text: &str) -> Result<Scrape, String> {
        let mut s = Scrape::default();
        let mut helped: Option<String> = None;
        let mut current: Option<(String, String)> = None;
        for (n, line) in text.lines().enumerate() {
            let at = |why: &str| format!("line {}: {why}: `{line}`", n + 1);
            if let Some(rest) = line.strip_prefix("# HELP ") {
                let (name, help) = rest.split_once(' ').ok_or_else(|| at("HELP without text"))?;
                check_name(name).map_err(|e| at(&e))?;
                if help.trim().is_empty() {
                    return Err(at("empty HELP"));
                }
                helped = Some(name.to_string());
            } else if let Some(rest) = line.strip_prefix("# TYPE ") {
                let (name, kind) = rest.split_once(' ').ok_or_else(|| at("TYPE without a type"))?;
                if helped.as_deref() != Some(name) {
                    return Err(at("TYPE not right after its HELP"));
                }
                if !matches!(kind, "counter" | "gauge" | "histogram" | "summary" | "untyped") {
                    return Err(at("unknown type"));
                }
                if s.types.insert(name.to_string(), kind.to_string()).is_some() {
                    return Err(at("family declared twice"));
                }
                current = Some((name.to_string(), kind.to_string()));
            } else if line.starts_with('#') || line.is_empty() {
                return Err(at("unexpected comment or blank line"));
            } else {
                let sample = sample(line).map_err(|e| at(&e))?;
                let (family, kind) = current.as_ref().ok_or_else(|| at("sample before any TYPE"))?;
                let ok = match kind.as_str() {
                    "histogram" => [format!("{family}_bucket"), format!("{family}_sum"), format!("{family}_count")]
                        .contains(&sample.name),
                    "counter" => sample.name == *family && family.ends_with("_total"),
                    _ => sample.name == *family,
                };
                if !ok {
                    return Err(at(&format!("sample not of the {kind} family `{family}`")));
                }
                if sample.name.ends_with("_bucket") && !sample.labels.contains_key("le") {
                    return Err(at("bucket without `le`"));
                }
                s.samples.push(sample);
            }
        }
        Ok(s)
    }

    /// The value of the sample with exactly these labels (0 when absent).
    pub fn value(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        let want: BTreeMap<String, String> = labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        self.samples.iter().find(|s| s.name == name && s.labels == want).map_or(0.0, |s| s.value)
    }

    /// The sum over every sample of `name` whose labels include these.
    pub fn sum(&self, name: &str, labels: &[(&str, &str)]) -> f64 {
        self.samples
            .iter()
            .filter(|s| s.name == name && labels.iter().all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(v)))
            .map(|s| s.value)
            .sum()
    }

    /// Every histogram series is consistent: buckets ascending in `le` and non-decreasing in
    /// count, the last `+Inf`, and `_count` equal to it.
    pub fn check_histograms(&self) -> Result<usize, String> {
        let mut checked = 0;
        for (family, kind) in &self.types {
            if kind != "histogram" {
                continue;
            }
            let mut series: BTreeMap<Labels, Vec<(f64, f64)>> = BTreeMap::new();
            for s in self.samples.iter().filter(|s| s.name == format!("{family}_bucket")) {
                let le = s.labels.get("le").unwrap();
                let bound = if le == "+Inf" { f64::INFINITY } else { le.parse().map_err(|_| format!("le `{le}`"))? };
                let key = s.labels.iter().filter(|(k, _)| *k != "le").map(|(k, v)| (k.clone(), v.clone())).collect();
                series.entry(key).or_default().push((bound, s.value));
            }
            for (key, buckets) in series {
                let labels: Vec<(&str, &str)> = key.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let pairs = buckets.windows(2);
                for w in pairs {
                    if !(w[0].0 < w[1].0 && w[0].1 <= w[1].1) {
                        return Err(format!("{family} {key:?}: buckets out of order: {w:?}"));
                    }
                }
                let last = buckets.last().ok_or("no buckets")?;
                if last.0 != f64::INFINITY {
                    return Err(format!("{family} {key:?}: the last bucket is not +Inf"));
                }
                let count = self.value(&format!("{family}_count"), &labels);
                if count != last.1 {
                    return Err(format!("{family} {key:?}: _count {count} != +Inf bucket {}", last.1));
                }
                if self.samples.iter().all(|s| s.name != format!("{family}_sum")) {
                    return Err(format!("{family}: no _sum"));
                }
                checked += 1;
            }
        }
        Ok(checked)
    }
}

/// A series' labels but `le`.
type Labels = Vec<(String, String)>;

fn check_name(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let first = chars.next().ok_or("empty name")?;
    if !(first.is_ascii_alphabetic() || first == '_' || first == ':')
        || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    {
        return Err(format!("bad metric name `{name}`"));
    }
    Ok(())
}

/// `name{label="value",…} value` (label values with `\\`, `\"`, `\n` escapes).
fn sample(line: &str) -> Result<Sample, String> {
    let (head, value) = line.rsplit_once(' ').ok_or("no value")?;
    let value = match value {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "NaN" => f64::NAN,
        v => v.parse().map_err(|_| format!("value `{v}` is not a number"))?,
    };
    let (name, mut rest) = match head.find('{') {
        Some(i) => (&head[..i], &head[i + 1..]),
        None => (head, ""),
    };
    check_name(name)?;
    let mut labels = BTreeMap::new();
    if head.contains('{') {
        rest = rest.strip_suffix('}').ok_or("labels not closed")?;
        let mut chars = rest.chars().peekable();
        while chars.peek().is_some() {
            let key: String = chars.by_ref().take_while(|c| *c != '=').collect();
            check_name(&key).map_err(|_| format!("bad label name `{key}`"))?;
            if chars.next() != Some('"') {
                return Err(format!("label `{key}` is not quoted"));
            }
            let mut v = String::new();
            loop {
                match chars.next().ok_or("label value not closed")? {
                    '\\' => match chars.next() {
                        Some('\\') => v.push('\\'),
                        Some('"') => v.push('"'),
                        Some('n') => v.push('\n'),
                        other => return Err(format!("bad escape {other:?}")),
                    },
                    '"' => break,
                    '\n' => return Err("raw line feed in a label value".into()),
                    c => v.push(c),
                }
            }
            if labels.insert(key.clone(), v).is_some() {
                return Err(format!("label `{key}` twice"));
            }
            match chars.next() {
                None => break,
                Some(',') => {}
                Some(c) => return Err(format!("`{c}` after a label value")),
            }
        }
    }
    Ok(Sample { name: name.to_string(), labels, value })
}
