//! Conversions between the WIT-generated verifier types and the crate's own [`crate::model`].

use crate::exports::temper::kernel::verifier as w;
use crate::model::*;
use crate::temper::kernel::types::{Diagnostic as WDiagnostic, Severity, SourceFile as WSourceFile, Value as WValue};
use temper_spec::diag::Diagnostic;
use temper_spec::value::Value;

pub fn options_from(o: w::Options) -> Options {
    Options {
        default_bound: o.default_bound,
        max_bound: o.max_bound,
        max_counter_bound: o.max_counter_bound,
        max_param_values: o.max_param_values,
        max_param_assignments: o.max_param_assignments,
        bounded_l0: o.bounded_l0,
    }
}

pub fn options_to(o: Options) -> w::Options {
    w::Options {
        default_bound: o.default_bound,
        max_bound: o.max_bound,
        max_counter_bound: o.max_counter_bound,
        max_param_values: o.max_param_values,
        max_param_assignments: o.max_param_assignments,
        bounded_l0: o.bounded_l0,
    }
}

pub fn file_from(f: WSourceFile) -> temper_spec::SourceFile {
    temper_spec::SourceFile { name: f.name, content: f.content }
}

fn value_to(v: Value) -> WValue {
    match v {
        Value::Null => WValue::Null,
        Value::Bool(b) => WValue::Boolean(b),
        Value::Int(n) => WValue::Integer(n),
        Value::Str(s) => WValue::Text(s),
        Value::List(l) => WValue::Texts(l),
    }
}

fn values_to(vs: Vec<Value>) -> Vec<WValue> {
    vs.into_iter().map(value_to).collect()
}

pub fn diagnostic_to(d: Diagnostic) -> WDiagnostic {
    WDiagnostic {
        severity: if d.is_error() { Severity::Error } else { Severity::Warning },
        file: d.file,
        line: d.line,
        column: d.column,
        section: d.section,
        key: d.key,
        message: d.message,
        help: d.help,
    }
}

fn abstraction_to(a: Abstraction) -> w::Abstraction {
    w::Abstraction { text: a.text, reason: a.reason }
}

fn variable_to(v: VariableModel) -> w::VariableModel {
    w::VariableModel {
        name: v.name,
        type_name: v.type_name,
        initial: value_to(v.initial),
        representation: match v.representation {
            Representation::Counter(b) => w::Representation::Counter(b),
            Representation::Boolean => w::Representation::Boolean,
            Representation::List(b) => w::Representation::List(b),
            Representation::Values => w::Representation::Values,
            Representation::Unmodelled(why) => w::Representation::Unmodelled(why),
        },
        bound_reason: v.bound_reason,
        domain: values_to(v.domain),
        relevant: v.relevant,
        canonical: values_to(v.canonical),
    }
}

fn action_to(a: ActionModel) -> w::ActionModel {
    w::ActionModel {
        name: a.name,
        kind: a.kind,
        from: a.from,
        to: a.to,
        params: a
            .params
            .into_iter()
            .map(|p| w::ParamModel {
                name: p.name,
                type_name: p.type_name,
                required: p.required,
                source: p.source,
                domain: values_to(p.domain),
                truncated: p.truncated,
                canonical: values_to(p.canonical),
            })
            .collect(),
        guard: a.guard,
        abstracted: a.abstracted.into_iter().map(abstraction_to).collect(),
        effects: a
            .effects
            .into_iter()
            .map(|e| w::EffectModel {
                text: e.text,
                treatment: match e.treatment {
                    EffectTreatment::Exact => w::EffectTreatment::Exact,
                    EffectTreatment::Abstracted(why) => w::EffectTreatment::Abstracted(why),
                    EffectTreatment::Ignored(why) => w::EffectTreatment::Ignored(why),
                },
            })
            .collect(),
        param_assignments: a.param_assignments,
        implicit: a.implicit,
    }
}

fn property_to(p: Property) -> w::Property {
    w::Property {
        name: p.name,
        kind: match p.kind {
            PropertyKind::Invariant => w::PropertyKind::Invariant,
            PropertyKind::Terminal(states) => w::PropertyKind::Terminal(states),
            PropertyKind::Liveness(l) => w::PropertyKind::Liveness(w::LivenessProperty {
                from: l.from,
                reaches: l.reaches,
                has_actions: l.has_actions,
            }),
        },
        source: p.source,
        reads: p.reads,
        unmodelled: p.unmodelled,
        abstracted: p.abstracted.into_iter().map(abstraction_to).collect(),
    }
}

fn query_to(q: SmtQuery) -> w::SmtQuery {
    w::SmtQuery {
        id: q.id,
        kind: match q.kind {
            QueryKind::GuardSatisfiable => w::QueryKind::GuardSatisfiable,
            QueryKind::InvariantInitial => w::QueryKind::InvariantInitial,
            QueryKind::InvariantInductive => w::QueryKind::InvariantInductive,
            QueryKind::TerminalStays => w::QueryKind::TerminalStays,
        },
        action: q.action,
        property: q.property,
        script: q.script,
        counterexample: q.counterexample,
        pass: match q.pass {
            SatAnswer::Sat => w::SatAnswer::Sat,
            SatAnswer::Unsat => w::SatAnswer::Unsat,
        },
        exact: q.exact,
        failure: q.failure,
    }
}

pub fn model_to(m: SpecModel) -> w::SpecModel {
    w::SpecModel {
        name: m.name,
        spec_id: m.spec_id,
        file: m.file,
        states: m.states,
        initial: m.initial,
        terminal: m.terminal,
        variables: m.variables.into_iter().map(variable_to).collect(),
        actions: m.actions.into_iter().map(action_to).collect(),
        properties: m.properties.into_iter().map(property_to).collect(),
        queries: m.queries.into_iter().map(query_to).collect(),
        gaps: m.gaps.into_iter().map(|g| w::Gap { place: g.place, text: g.text, reason: g.reason }).collect(),
        diagnostics: m.diagnostics.into_iter().map(diagnostic_to).collect(),
    }
}
