//! Builds the verification model of every automaton in a set of spec files: loads them with
//! `temper-spec`, then derives variables, actions, properties, L0 queries, gaps and
//! diagnostics (see `wit/kernel/verifier.wit` for what each means).

use temper_spec::diag::Diagnostic;
use temper_spec::ir::Automaton;
use temper_spec::machine::Machine;
use temper_spec::predicate::Ty;
use temper_spec::value::VarType;
use temper_spec::{SourceFile, load};

use crate::classify::{l0_blind_type, pred_support, reads};
use crate::domains::{Domain, Domains, compute};
use crate::locate::locate;
use crate::model::*;
use crate::properties::properties;
use crate::scan::scan;
use crate::smt::{all_queries, effects::treatment, queries::Ctx};

/// Options out of range, one diagnostic each.
pub fn check_options(o: &Options) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if o.max_param_values == 0 {
        out.push(
            Diagnostic::error("(options)", "`max-param-values` is 0: no parameter could take a value")
                .key("max-param-values")
                .help("use at least 1 (the default is 8)"),
        );
    }
    if o.max_param_assignments == 0 {
        out.push(
            Diagnostic::error("(options)", "`max-param-assignments` is 0: no action could be tried")
                .key("max-param-assignments")
                .help("use at least 1 (the default is 4096)"),
        );
    }
    if o.max_counter_bound < o.default_bound {
        out.push(
            Diagnostic::error(
                "(options)",
                format!("`max-counter-bound` ({}) is below `default-bound` ({})", o.max_counter_bound, o.default_bound),
            )
            .key("max-counter-bound")
            .help("make `max-counter-bound` at least `default-bound` (the defaults are 16 and 2)"),
        );
    }
    if o.max_bound < o.default_bound {
        out.push(
            Diagnostic::error(
                "(options)",
                format!("`max-bound` ({}) is below `default-bound` ({})", o.max_bound, o.default_bound),
            )
            .key("max-bound")
            .help("make `max-bound` at least `default-bound` (the defaults are 3 and 2)"),
        );
    }
    out
}

/// The models of every automaton in `files`, or why the files do not load.
pub fn build_models(files: &[SourceFile], opts: &Options) -> Result<Vec<SpecModel>, Vec<Diagnostic>> {
    let bad = check_options(opts);
    if !bad.is_empty() {
        return Err(bad);
    }
    let loaded = load(files).map_err(|d| d.0)?;
    Ok(loaded
        .machines
        .iter()
        .map(|m| {
            let source = files.iter().find(|f| f.name == m.aut.file).map_or("", |f| f.content.as_str());
            build_model(m, source, opts)
        })
        .collect())
}

fn type_name(p: &temper_spec::ir::ParamDecl) -> &'static str {
    match (p.ty, p.non_negative) {
        (Some(Ty::Num), true) => "counter",
        (Some(Ty::Num), false) => "int",
        (Some(Ty::Str), _) => "string",
        (Some(Ty::Bool), _) => "bool",
        (Some(Ty::List), _) => "list",
        (Some(Ty::Null) | None, _) => "any",
    }
}

/// The model of one compiled automaton; `source` is its IOA text (for diagnostic positions).
pub fn build_model(m: &Machine, source: &str, opts: &Options) -> SpecModel {
    let aut = &m.aut;
    let facts = scan(aut);
    let doms = compute(aut, &facts, opts);
    let mut gaps = Vec::new();
    let mut diagnostics = Vec::new();
    let variables = variables(aut, &doms, &mut gaps);
    let views: Vec<crate::classes::VarView<'_>> = variables
        .iter()
        .map(|v| crate::classes::VarView { relevant: v.relevant, domain: &v.domain, canonical: &v.canonical })
        .collect();
    let actions: Vec<ActionModel> =
        (0..aut.actions.len()).map(|ai| action(aut, ai, &doms.params[ai], &views, &mut gaps)).collect();
    for a in &actions {
        for p in a.params.iter().filter(|p| p.truncated) {
            diagnostics.push(warning(
                aut,
                source,
                "action",
                &a.name,
                "params",
                format!(
                    "the domain of `params.{}` was cut to {} values; L1–L3 try only those",
                    p.name, opts.max_param_values
                ),
                "raise `max-param-values` to try more",
            ));
        }
        if a.param_assignments > opts.max_param_assignments {
            diagnostics.push(warning(
                aut,
                source,
                "action",
                &a.name,
                "params",
                format!(
                    "`{}` has {} parameter assignments (more than {}); L1 tries each in every state",
                    a.name, a.param_assignments, opts.max_param_assignments
                ),
                "narrow the parameters with literals in the guard, or lower `max-param-values`",
            ));
        }
    }
    for t in &aut.timeouts {
        gaps.push(Gap {
            place: format!("[[state_timeout]] {}", aut.states[t.state]),
            text: format!(
                "after_seconds = {}, on_timeout = \"{}\", max_occurrences = {}",
                t.after_seconds, t.on_timeout, t.max_occurrences
            ),
            reason: format!(
                "time is not modelled: `{}` may fire whenever it is enabled, any number of times (a sound \
                 over-approximation for invariants)",
                t.on_timeout
            ),
        });
    }
    let (properties, checkable) = properties(aut, source, &mut gaps, &mut diagnostics);
    let bounds = if opts.bounded_l0 {
        doms.bounds.iter().map(|b| b.as_ref().map(|(v, _)| *v)).collect()
    } else {
        vec![None; aut.vars.len()]
    };
    let queries = all_queries(&Ctx { aut, bounds, checkable });
    let names = |ix: &[usize]| ix.iter().map(|i| aut.states[*i].clone()).collect::<Vec<_>>();
    SpecModel {
        name: aut.name.clone(),
        spec_id: m.id.clone(),
        file: aut.file.clone(),
        states: aut.states.clone(),
        initial: aut.states[aut.initial].clone(),
        terminal: names(&aut.terminal),
        variables,
        actions,
        properties,
        queries,
        gaps,
        diagnostics,
    }
}

/// A warning located at `key` of the `[[header]]` section named `name`.
pub fn warning(
    aut: &Automaton,
    source: &str,
    header: &str,
    name: &str,
    key: &str,
    msg: String,
    help: &str,
) -> Diagnostic {
    let (line, column) = locate(source, header, name, key);
    let mut d = Diagnostic::warning(&aut.file, msg).section(format!("[[{header}]] {name}")).key(key).help(help);
    d.line = line;
    d.column = column;
    d
}

fn variables(aut: &Automaton, doms: &Domains, gaps: &mut Vec<Gap>) -> Vec<VariableModel> {
    let relevant = crate::relevance::relevant(aut);
    let domains: Vec<Vec<temper_spec::value::Value>> = doms.vars.iter().map(|d| d.values.clone()).collect();
    let canonical = crate::classes::canonical(aut, &domains);
    aut.vars
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (bound, bound_reason) = doms.bounds[i].clone().unwrap_or((0, String::new()));
            if bound_reason.contains(", cut from ") {
                gaps.push(Gap {
                    place: format!("[[state]] {}", v.name),
                    text: format!("bound {bound}"),
                    reason: format!("explored only up to {bound}: {bound_reason} (raise `max-bound` to look further)"),
                });
            }
            let representation = match v.ty {
                VarType::Counter => Representation::Counter(bound),
                VarType::Bool => Representation::Boolean,
                VarType::List => Representation::List(bound),
                VarType::String | VarType::Int => {
                    gaps.push(Gap {
                        place: format!("[[state]] {}", v.name),
                        text: format!("type = \"{}\"", v.ty.name()),
                        reason: format!(
                            "L1–L3 hold only the values of its domain ({} values) and L0 none: {}",
                            doms.vars[i].values.len(),
                            l0_blind_type(v.ty).unwrap_or_default()
                        ),
                    });
                    Representation::Values
                }
            };
            VariableModel {
                name: v.name.clone(),
                type_name: v.ty.name().to_string(),
                initial: v.initial.clone(),
                representation,
                bound_reason,
                domain: doms.vars[i].values.clone(),
                relevant: relevant[i],
                canonical: canonical[i].clone(),
            }
        })
        .collect()
}

fn action(
    aut: &Automaton,
    ai: usize,
    doms: &[Domain],
    vars: &[crate::classes::VarView<'_>],
    gaps: &mut Vec<Gap>,
) -> ActionModel {
    let a = &aut.actions[ai];
    let params: Vec<ParamModel> = a
        .params
        .iter()
        .zip(doms)
        .map(|(p, d)| ParamModel {
            name: p.name.clone(),
            type_name: type_name(p).to_string(),
            required: p.required,
            source: p.source.clone(),
            domain: d.values.clone(),
            canonical: crate::classes::param_values(aut, ai, &p.name, &d.values, vars),
            truncated: d.truncated,
        })
        .collect();
    let place = format!("[[action]] {}", a.name);
    let mut abstracted = Vec::new();
    if let Some(g) = &a.guard {
        let (_, found) = pred_support(aut, &a.params, &g.text, &g.item);
        for (text, support) in found {
            let reason = support.reason().unwrap_or_default().to_string();
            gaps.push(Gap { place: format!("{place}: guard"), text: text.clone(), reason: reason.clone() });
            abstracted.push(Abstraction { text, reason });
        }
    }
    let effects: Vec<EffectModel> = a
        .effects
        .iter()
        .map(|e| {
            let treatment = treatment(aut, &e.item);
            if let EffectTreatment::Abstracted(why) = &treatment {
                gaps.push(Gap { place: format!("{place}: effect"), text: e.text.clone(), reason: why.clone() });
            }
            EffectModel { text: e.text.clone(), treatment }
        })
        .collect();
    for t in &a.triggers {
        gaps.push(Gap {
            place: format!("{place}: triggers"),
            text: format!("{} ({})", t.name, t.kind.name()),
            reason: "post-commit work: the model covers this entity's transitions, not what its triggers do".into(),
        });
    }
    // One call per combination of class representatives.
    let distinct = |p: &ParamModel| {
        let mut seen: Vec<&temper_spec::value::Value> = Vec::new();
        p.canonical
            .iter()
            .filter(|v| {
                if seen.contains(v) {
                    false
                } else {
                    seen.push(v);
                    true
                }
            })
            .count() as u64
    };
    let param_assignments =
        params.iter().filter(|p| !p.domain.is_empty()).fold(1u64, |acc, p| acc.saturating_mul(distinct(p)));
    let names = |ix: &[usize]| ix.iter().map(|i| aut.states[*i].clone()).collect::<Vec<_>>();
    ActionModel {
        name: a.name.clone(),
        kind: a.kind.name().to_string(),
        from: names(&a.from),
        to: a.to.map(|t| aut.states[t].clone()),
        params,
        guard: a.guard.as_ref().map(|g| g.text.clone()),
        abstracted,
        effects,
        param_assignments,
        implicit: a.implicit,
    }
}

/// `status` and the variables a predicate reads.
pub fn read_names(aut: &Automaton, p: &temper_spec::predicate::Pred) -> Vec<String> {
    let mut out = Vec::new();
    reads(aut, p, &mut out);
    out
}
