//! Plain-text renderings of a model: what it holds and — as every report must say — what it
//! does not (gaps, uncheckable properties, inexact queries). Used by the golden tests and for
//! humans reading a model.

use std::fmt::Write;
use temper_spec::value::Value;

use crate::model::*;

fn values(vs: &[Value]) -> String {
    let items: Vec<String> = vs.iter().map(ToString::to_string).collect();
    format!("{{{}}}", items.join(", "))
}

/// The model as text, section by section.
pub fn render(m: &SpecModel) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "spec {} ({})", m.name, m.file);
    let _ = writeln!(o, "states: {}", m.states.join(", "));
    let _ = writeln!(o, "initial: {}", m.initial);
    let terminal = if m.terminal.is_empty() { "(none)".to_string() } else { m.terminal.join(", ") };
    let _ = writeln!(o, "terminal: {terminal}");
    let _ = writeln!(o, "\nvariables:");
    for v in &m.variables {
        let rep = match &v.representation {
            Representation::Counter(b) => format!("counter 0..={b} (bound from {})", v.bound_reason),
            Representation::Boolean => "bool".into(),
            Representation::List(b) => format!("list, length 0..={b} (bound from {})", v.bound_reason),
            Representation::Values => "values from its domain; create and PATCH set it too (not in L0)".into(),
            Representation::Unmodelled(why) => format!("not modelled: {why}"),
        };
        let untracked = if v.relevant { "" } else { " — untracked by L1: nothing reads it" };
        let _ = writeln!(o, "  {}: {} = {} — {rep}{untracked}", v.name, v.type_name, v.initial);
        if !v.domain.is_empty() {
            let _ = writeln!(o, "    domain {}", values(&v.domain));
        }
        if !v.canonical.is_empty() && v.canonical != v.domain {
            let _ = writeln!(o, "    classes {}", values(&v.canonical));
        }
    }
    let _ = writeln!(o, "\nactions:");
    for a in &m.actions {
        let to = a.to.as_deref().unwrap_or("(self)");
        let implicit = if a.implicit { " implicit" } else { "" };
        let _ = writeln!(o, "  {} ({}{implicit}): [{}] -> {to}", a.name, a.kind, a.from.join(", "));
        for p in &a.params {
            let req = if p.required { "required" } else { "unread" };
            let src = p.source.as_ref().map_or(String::new(), |s| format!(", {s}"));
            let cut = if p.truncated { " (truncated)" } else { "" };
            let _ = writeln!(o, "    param {}: {} ({req}{src}) {}{cut}", p.name, p.type_name, values(&p.domain));
            if p.canonical != p.domain {
                let _ = writeln!(o, "      classes {}", values(&p.canonical));
            }
        }
        if let Some(g) = &a.guard {
            let exact = if a.abstracted.is_empty() { "exact" } else { "abstracted" };
            let _ = writeln!(o, "    guard ({exact}): {g}");
            for x in &a.abstracted {
                let _ = writeln!(o, "      unknown to L0: `{}` — {}", x.text, x.reason);
            }
        }
        for e in &a.effects {
            let t = match &e.treatment {
                EffectTreatment::Exact => "exact".to_string(),
                EffectTreatment::Abstracted(why) => format!("abstracted: {why}"),
                EffectTreatment::Ignored(why) => format!("ignored: {why}"),
            };
            let _ = writeln!(o, "    effect {} — {t}", e.text);
        }
        let _ = writeln!(o, "    parameter assignments: {}", a.param_assignments);
    }
    let _ = writeln!(o, "\nproperties:");
    for p in &m.properties {
        let kind = match &p.kind {
            PropertyKind::Invariant => "invariant",
            PropertyKind::Terminal(_) => "terminal",
            PropertyKind::Liveness(_) => "liveness",
        };
        let _ = writeln!(o, "  {kind} {}: {}", p.name, p.source);
        let _ = writeln!(o, "    reads: {}", p.reads.join(", "));
        if let Some(why) = &p.unmodelled {
            let _ = writeln!(o, "    NOT CHECKED: {why}");
        }
        for x in &p.abstracted {
            let _ = writeln!(o, "    unknown to L0: `{}` — {}", x.text, x.reason);
        }
    }
    let _ = writeln!(o, "\nL0 queries ({}):", m.queries.len());
    for q in &m.queries {
        let exact = if q.exact { "exact" } else { "inexact" };
        let _ = writeln!(o, "  {} — {}, pass on {}, {exact}", q.id, q.kind.name(), q.pass.name());
    }
    let _ = writeln!(o, "\ngaps ({}):", m.gaps.len());
    for g in &m.gaps {
        let _ = writeln!(o, "  {}: {} — {}", g.place, g.text, g.reason);
    }
    let _ = writeln!(o, "\ndiagnostics ({}):", m.diagnostics.len());
    for d in &m.diagnostics {
        let _ = writeln!(o, "  {}", d.to_string().replace('\n', "\n  "));
    }
    o
}

/// Every query's script, each under a `;;;` header naming it and its pass answer.
pub fn render_scripts(m: &SpecModel) -> String {
    let mut o = String::new();
    for q in &m.queries {
        let _ = writeln!(o, ";;; {} (pass on {})", q.id, q.pass.name());
        o.push_str(&q.script);
        if !q.counterexample.is_empty() {
            let _ = writeln!(o, ";;; on sat: {}", q.counterexample.trim_end());
        }
        o.push('\n');
    }
    o
}
