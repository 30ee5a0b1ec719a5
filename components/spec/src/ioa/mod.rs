//! The IOA TOML reader: both dialects (the seed README's legacy form and the current one)
//! into one checked [`Automaton`]. Strict: unknown keys, wrong value types, undeclared states
//! or actions and predicate type errors are located errors that say the fix.

mod actions;
pub mod reader;

use crate::diag::{Diagnostic, Diagnostics, LineIndex};
use crate::ir::*;
use crate::predicate::{self, Scope, check::list};
use crate::value::{VAR_TYPES, Value, VarType};
use reader::{Reader, Table, int_of};
use std::ops::Range;
use toml::de::{DeTable, DeValue};

const TOP: &[&str] = &["automaton", "state", "action", "invariant", "liveness", "state_timeout", "integration"];
const UNSUPPORTED_TOP: &[(&str, &str)] = &[
    ("reactions", "declare reactions as `[[action.triggers]]` with `kind = \"entity\"` on the source action"),
    ("agent_trigger", "declare outgoing calls as `[[action.triggers]]`"),
    ("admission", "admission control is not supported yet; remove the section"),
    ("webhook", "inbound webhooks are not supported yet; remove the section"),
    ("context_entity", "context entities are not supported yet; remove the section"),
    ("key", "unique keys are not supported yet; remove the section"),
    ("vector", "vector indexes are not supported yet; remove the section"),
    ("collection_workflow", "collection workflows are not supported yet; remove the section"),
    (
        "field_invariant",
        "field invariants are not supported yet; express the rule as an `[[invariant]]` over state variables",
    ),
];
const AUTOMATON: &[&str] =
    &["name", "states", "initial", "terminal", "allow_indefinite_states", "strict_action_params"];
const STATE: &[&str] = &["name", "type", "initial"];
const INVARIANT: &[&str] = &["name", "assert", "when"];
const LIVENESS: &[&str] = &["name", "from", "reaches", "has_actions"];
const TIMEOUT: &[&str] = &["state", "after_seconds", "on_timeout", "max_occurrences", "reset_on", "args"];

/// Reserved words cannot name states variables (they would be unreadable in predicates).
const RESERVED: &[&str] = &["status", "true", "false", "null", "in", "not", "len", "empty", "params", "Id", "id"];

/// Parses and checks one IOA TOML file. `Ok` carries warnings in `Automaton::warnings`.
pub fn parse_ioa(file: &str, text: &str) -> Result<Automaton, Diagnostics> {
    let mut diags = Diagnostics::default();
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            let pos = LineIndex::new(text).pos(e.span().map_or(0, |s| s.start));
            let msg = e.message().trim().trim_end_matches('.').to_string();
            diags.push(
                Diagnostic::error(file, format!("invalid TOML: {msg}"))
                    .at(pos)
                    .help("fix the TOML syntax (https://toml.io)"),
            );
            return Err(diags);
        }
    };
    let mut r = Reader { file: file.to_string(), index: LineIndex::new(text), diags: &mut diags };
    let automaton = read(&mut r, doc.get_ref(), doc.span());
    diags.sort();
    match automaton {
        Some(mut a) if !diags.has_errors() => {
            a.warnings = diags.0;
            Ok(a)
        }
        _ => Err(diags),
    }
}

fn read(r: &mut Reader<'_>, doc: &DeTable<'_>, span: Range<usize>) -> Option<Automaton> {
    let top = Table::new(doc, span.clone(), "top level", TOP);
    for (k, v) in doc.iter() {
        let name: &str = k.get_ref();
        if TOP.contains(&name) {
            continue;
        }
        if let Some((_, why)) = UNSUPPORTED_TOP.iter().find(|(n, _)| *n == name) {
            r.error(k.span(), &format!("[{name}]"), "", format!("section `{name}` is not supported"), *why);
        } else if matches!(v.get_ref(), DeValue::Table(_) | DeValue::Array(_)) {
            let help = reader::suggest(name, TOP).map_or(String::new(), |s| format!("did you mean `{s}`? "));
            r.error(k.span(), &format!("[{name}]"), "", format!("unknown section `{name}`"), format!("{help}sections are `[automaton]`, `[[state]]`, `[[action]]`, `[[invariant]]`, `[[liveness]]`, `[[state_timeout]]` (and the legacy `[[integration]]`)"));
        } else {
            r.error(
                k.span(),
                "top level",
                name,
                format!("unknown top-level key `{name}`"),
                "top-level keys belong in `[automaton]`",
            );
        }
    }
    let Some(aut_item) = top.get("automaton") else {
        r.error(
            0..0,
            "[automaton]",
            "",
            "missing `[automaton]` section",
            "add `[automaton]` with `name`, `states` and `initial`",
        );
        return None;
    };
    let DeValue::Table(aut) = aut_item.get_ref() else {
        r.error(
            aut_item.span(),
            "[automaton]",
            "",
            "`automaton` must be a table",
            "write `[automaton]` (single brackets)",
        );
        return None;
    };
    let at = Table::new(aut, aut_item.span(), "[automaton]", AUTOMATON);
    at.check_unknown(r, &[("timeouts", "declare timeouts as `[[state_timeout]]` sections")]);
    let name = at.required_str(r, "name", "\"Task\"");
    if let Some((n, span)) = &name
        && !is_identifier(n)
    {
        r.error(
            span.clone(),
            "[automaton]",
            "name",
            format!("`{n}` is not a valid entity type name"),
            "use letters, digits and `_`, starting with a letter (e.g. `Task`)",
        );
    }
    let states_raw = match at.get("states") {
        None => {
            r.error(
                aut_item.span(),
                "[automaton]",
                "states",
                "missing required key `states`",
                "add `states = [\"Open\", \"Closed\"]`",
            );
            Vec::new()
        }
        Some(_) => at.str_list(r, "states").unwrap_or_default(),
    };
    let mut states: Vec<String> = Vec::new();
    for (s, span) in &states_raw {
        if states.contains(s) {
            r.error(
                span.clone(),
                "[automaton]",
                "states",
                format!("state `{s}` is listed twice"),
                "list each state once",
            );
        } else if !is_identifier(s) {
            r.error(
                span.clone(),
                "[automaton]",
                "states",
                format!("`{s}` is not a valid state name"),
                "use letters, digits and `_`, starting with a letter",
            );
        } else {
            states.push(s.clone());
        }
    }
    if states_raw.is_empty() && at.get("states").is_some_and(|i| matches!(i.get_ref(), DeValue::Array(_))) {
        r.error(
            at.get("states").map_or(0..0, |i| i.span()),
            "[automaton]",
            "states",
            "an automaton needs at least one state",
            "list its states, e.g. `states = [\"Open\", \"Closed\"]`",
        );
    }
    // With no usable states an error is already reported; do not cascade.
    let initial = at.required_str(r, "initial", "\"Open\"").and_then(|(s, span)| {
        if states.is_empty() { None } else { state_ref(r, &states, &s, span, "[automaton]", "initial") }
    });
    let terminal = state_list(r, &at, "terminal", &states);
    let allow_indefinite = state_list(r, &at, "allow_indefinite_states", &states);
    let strict_params = at.bool(r, "strict_action_params").unwrap_or(false);

    let vars = read_vars(r, &top);
    let var_sig: Vec<(String, VarType)> = vars.iter().map(|v| (v.name.clone(), v.ty)).collect();

    let actions = actions::read_actions(r, &top, &states, &var_sig, &terminal);
    let action_names: Vec<String> = actions.iter().map(|a| a.name.clone()).collect();
    let invariants = read_invariants(r, &top, &states, &var_sig);
    let liveness = read_liveness(r, &top, &states);
    let mut actions = actions;
    let timeouts = read_timeouts(r, &top, &states, &var_sig, &action_names, &mut actions);

    let (name, _) = name?;
    let initial = initial?;
    Some(Automaton {
        name,
        file: r.file.clone(),
        states,
        initial,
        terminal,
        allow_indefinite,
        strict_params,
        vars,
        actions,
        invariants,
        liveness,
        timeouts,
        warnings: Vec::new(),
    })
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

pub(crate) fn state_ref(
    r: &mut Reader<'_>,
    states: &[String],
    s: &str,
    span: Range<usize>,
    section: &str,
    key: &str,
) -> Option<usize> {
    match states.iter().position(|x| x == s) {
        Some(i) => Some(i),
        None => {
            let help = match reader::suggest(s, &states.iter().map(String::as_str).collect::<Vec<_>>()) {
                Some(close) => format!("did you mean `{close}`? states are {}", list(states)),
                None => format!("declare it in `[automaton] states`; states are {}", list(states)),
            };
            r.error(span, section, key, format!("undeclared state `{s}`"), help);
            None
        }
    }
}

pub(crate) fn state_list(r: &mut Reader<'_>, t: &Table<'_, '_>, key: &str, states: &[String]) -> Vec<usize> {
    let mut out = Vec::new();
    for (s, span) in t.str_list(r, key).unwrap_or_default() {
        if let Some(i) = state_ref(r, states, &s, span, &t.section.clone(), key)
            && !out.contains(&i)
        {
            out.push(i);
        }
    }
    out
}

fn read_vars(r: &mut Reader<'_>, top: &Table<'_, '_>) -> Vec<VarDecl> {
    let mut vars: Vec<VarDecl> = Vec::new();
    for (t, span) in top.tables(r, "state") {
        let name = Table::new(t, span.clone(), "[[state]]", STATE).str(r, "name").map(|(n, _)| n).unwrap_or_default();
        let section = if name.is_empty() { "[[state]]".to_string() } else { format!("[[state]] {name}") };
        let st = Table::new(t, span.clone(), section.clone(), STATE);
        st.check_unknown(
            r,
            &[
                ("query_indexed", "query indexes are managed by the server; remove the key"),
                ("overflow_inline_max_bytes", "blob overflow is not supported yet; remove the key"),
                ("overflow_ttl_seconds", "blob overflow is not supported yet; remove the key"),
            ],
        );
        let Some((name, name_span)) = st.required_str(r, "name", "\"count\"") else { continue };
        if !is_identifier(&name) || RESERVED.contains(&name.as_str()) {
            r.error(
                name_span,
                &section,
                "name",
                format!("`{name}` cannot name a state variable"),
                format!("use an identifier that is not one of {}", RESERVED.join(", ")),
            );
            continue;
        }
        if vars.iter().any(|v| v.name == name) {
            r.error(
                name_span,
                &section,
                "name",
                format!("state variable `{name}` is declared twice"),
                "declare each variable once",
            );
            continue;
        }
        let ty = match st.required_str(r, "type", "\"counter\"") {
            Some((t, tspan)) => match VarType::parse(&t) {
                Some(ty) => ty,
                None => {
                    let retired = matches!(t.as_str(), "status" | "set" | "integer" | "float" | "number" | "uint64");
                    let help = if retired {
                        format!("`{t}` was retired; use {VAR_TYPES}")
                    } else {
                        format!("use {VAR_TYPES}")
                    };
                    r.error(tspan, &section, "type", format!("unknown type `{t}`"), help);
                    continue;
                }
            },
            None => continue,
        };
        let initial = read_initial(r, &st, &section, ty);
        vars.push(VarDecl { name, ty, initial });
    }
    vars
}

fn read_initial(r: &mut Reader<'_>, st: &Table<'_, '_>, section: &str, ty: VarType) -> Value {
    let Some(item) = st.get("initial") else {
        let zero = ty.zero();
        let literal = toml_literal(ty);
        r.warning(
            st.span.clone(),
            section,
            "initial",
            format!("no `initial`; the variable starts at {literal}"),
            format!("write `initial = {literal}` to make it explicit"),
        );
        return zero;
    };
    let span = item.span();
    let wrong = |r: &mut Reader<'_>, found: &str| {
        let example = toml_literal(ty);
        r.error(
            span.clone(),
            section,
            "initial",
            format!("a {} starts at a {} value, found {found}", ty.name(), ty.name()),
            format!("write `initial = {example}`"),
        );
        ty.zero()
    };
    match (ty, item.get_ref()) {
        (VarType::String, DeValue::String(s)) => Value::Str(s.to_string()),
        (VarType::Bool, DeValue::Boolean(b)) => Value::Bool(*b),
        (VarType::Int, v @ DeValue::Integer(_)) => {
            int_of(v).map_or_else(|| wrong(r, "an out-of-range integer"), Value::Int)
        }
        (VarType::Counter, v @ DeValue::Integer(_)) => match int_of(v) {
            Some(n) if n >= 0 => Value::Int(n),
            _ => {
                r.error(
                    span.clone(),
                    section,
                    "initial",
                    "a counter starts at a non-negative integer",
                    "write e.g. `initial = 0`",
                );
                Value::Int(0)
            }
        },
        (VarType::List, DeValue::Array(arr)) => {
            let mut items = Vec::new();
            for v in arr.iter() {
                match v.get_ref() {
                    DeValue::String(s) => items.push(s.to_string()),
                    other => {
                        r.error(
                            v.span(),
                            section,
                            "initial",
                            format!("lists hold strings, found {}", other.type_str()),
                            "quote each element",
                        );
                    }
                }
            }
            Value::List(items)
        }
        // Legacy dialect: numbers and booleans written as strings. Accepted with a warning.
        (VarType::Counter | VarType::Int, DeValue::String(s))
            if s.trim().parse::<i64>().is_ok_and(|n| n >= 0 || ty == VarType::Int) =>
        {
            let n = s.trim().parse::<i64>().unwrap_or(0);
            r.warning(
                span.clone(),
                section,
                "initial",
                format!("`\"{s}\"` is a string; read as the integer {n} (legacy dialect)"),
                format!("write `initial = {n}` (no quotes)"),
            );
            Value::Int(n)
        }
        (VarType::Bool, DeValue::String(s)) if s == "true" || s == "false" => {
            r.warning(
                span.clone(),
                section,
                "initial",
                format!("`\"{s}\"` is a string; read as the boolean {s} (legacy dialect)"),
                format!("write `initial = {s}` (no quotes)"),
            );
            Value::Bool(s == "true")
        }
        (_, other) => wrong(r, other.type_str()),
    }
}

/// The zero value of a type, spelled as TOML.
fn toml_literal(ty: VarType) -> &'static str {
    match ty {
        VarType::String => "\"\"",
        VarType::Bool => "false",
        VarType::Counter | VarType::Int => "0",
        VarType::List => "[]",
    }
}

fn read_invariants(
    r: &mut Reader<'_>,
    top: &Table<'_, '_>,
    states: &[String],
    vars: &[(String, VarType)],
) -> Vec<Invariant> {
    let mut out = Vec::new();
    for (t, span) in top.tables(r, "invariant") {
        let name = Table::new(t, span.clone(), "", INVARIANT).str(r, "name").map(|(n, _)| n).unwrap_or_default();
        let section = format!("[[invariant]] {name}").trim_end().to_string();
        let it = Table::new(t, span.clone(), section.clone(), INVARIANT);
        it.check_unknown(r, &[("message", "invariants carry no message; the name says what they guard")]);
        let Some((name, name_span)) = it.required_str(r, "name", "\"CountBounded\"") else { continue };
        if out.iter().any(|i: &Invariant| i.name == name) {
            r.error(
                name_span,
                &section,
                "name",
                format!("invariant `{name}` is declared twice"),
                "give each invariant a unique name",
            );
        }
        let Some((assert, aspan)) = it.required_str(r, "assert", "\"count <= 10\"") else { continue };
        // Legacy `when = [states]`: folded into `status in [...] => (assert)`.
        let text = match it.str_list(r, "when") {
            Some(when) if !when.is_empty() => {
                for (s, wspan) in &when {
                    state_ref(r, states, s, wspan.clone(), &section, "when");
                }
                let set = when.iter().map(|(s, _)| format!("'{s}'")).collect::<Vec<_>>().join(", ");
                let folded = format!("status in [{set}] => ({assert})");
                r.warning(
                    it.get("when").map_or(span.clone(), |i| i.span()),
                    &section,
                    "when",
                    "`when` is legacy dialect; folded into the assertion",
                    format!("write `assert = \"{folded}\"`"),
                );
                folded
            }
            _ => assert.clone(),
        };
        let offset_base = if text == assert { Some(aspan.clone()) } else { None };
        let Some(pred) = predicate_at(
            r,
            &text,
            offset_base.unwrap_or(aspan),
            &section,
            "assert",
            &mut Scope { vars, states, params: None, allow_related: false },
        ) else {
            continue;
        };
        out.push(Invariant { name, assert: Source { text, item: pred } });
    }
    out
}

/// Parses and checks a predicate written in a TOML string at `span`; errors point into it.
pub(crate) fn predicate_at(
    r: &mut Reader<'_>,
    text: &str,
    span: Range<usize>,
    section: &str,
    key: &str,
    scope: &mut Scope<'_>,
) -> Option<predicate::Pred> {
    // +1 skips the opening quote of a basic string; exact for single-line strings.
    let base = span.start + 1;
    match predicate::parse_predicate(text) {
        Ok(mut p) => {
            let errs = predicate::check(&mut p, scope);
            if errs.is_empty() {
                return Some(p);
            }
            for e in errs {
                r.error(base + e.offset..base + e.offset, section, key, format!("{} (in `{text}`)", e.message), e.help);
            }
            None
        }
        Err(e) => {
            r.error(base + e.offset..base + e.offset, section, key, format!("{} (in `{text}`)", e.message), e.help);
            None
        }
    }
}

fn read_liveness(r: &mut Reader<'_>, top: &Table<'_, '_>, states: &[String]) -> Vec<Liveness> {
    let mut out = Vec::new();
    for (t, span) in top.tables(r, "liveness") {
        let name = Table::new(t, span.clone(), "", LIVENESS).str(r, "name").map(|(n, _)| n).unwrap_or_default();
        let section = format!("[[liveness]] {name}").trim_end().to_string();
        let lt = Table::new(t, span.clone(), section.clone(), LIVENESS);
        lt.check_unknown(r, &[]);
        let Some((name, _)) = lt.required_str(r, "name", "\"EventuallyDone\"") else { continue };
        let from = state_list(r, &lt, "from", states);
        let reaches = state_list(r, &lt, "reaches", states);
        let has_actions = lt.bool(r, "has_actions").unwrap_or(false);
        if reaches.is_empty() && !has_actions {
            r.error(
                span,
                &section,
                "",
                "a liveness property needs `reaches` or `has_actions = true`",
                "add `reaches = [\"Done\"]` (eventually reaches) or `has_actions = true` (never stuck)",
            );
            continue;
        }
        out.push(Liveness { name, from, reaches, has_actions });
    }
    out
}

fn read_timeouts(
    r: &mut Reader<'_>,
    top: &Table<'_, '_>,
    states: &[String],
    vars: &[(String, VarType)],
    actions: &[String],
    acts: &mut [Action],
) -> Vec<StateTimeout> {
    let mut out = Vec::new();
    for (t, span) in top.tables(r, "state_timeout") {
        let tt = Table::new(t, span.clone(), "[[state_timeout]]", TIMEOUT);
        tt.check_unknown(r, &[("params", "renamed to `args`")]);
        let state = tt
            .required_str(r, "state", "\"Waiting\"")
            .and_then(|(s, sp)| state_ref(r, states, &s, sp, "[[state_timeout]]", "state"));
        let section = state.map_or("[[state_timeout]]".to_string(), |s| format!("[[state_timeout]] {}", states[s]));
        let after = match tt.int(r, "after_seconds") {
            Some((n, _)) if n > 0 => Some(n as u64),
            Some((_, sp)) => {
                r.error(
                    sp,
                    &section,
                    "after_seconds",
                    "a timeout must be positive",
                    "write e.g. `after_seconds = 3600`",
                );
                None
            }
            None => {
                if tt.get("after_seconds").is_none() {
                    r.error(
                        span.clone(),
                        &section,
                        "after_seconds",
                        "missing required key `after_seconds`",
                        "add `after_seconds = 3600`",
                    );
                }
                None
            }
        };
        let on_timeout = tt
            .required_str(r, "on_timeout", "\"Expire\"")
            .and_then(|(a, sp)| actions::action_ref(r, actions, &a, sp, &section, "on_timeout"));
        let max_occurrences = match tt.int(r, "max_occurrences") {
            Some((n, _)) if n >= 1 && n <= u32::MAX as i64 => n as u32,
            Some((_, sp)) => {
                r.error(sp, &section, "max_occurrences", "must be at least 1", "write e.g. `max_occurrences = 3`");
                1
            }
            None => 1,
        };
        let mut reset_on = Vec::new();
        for (a, sp) in tt.str_list(r, "reset_on").unwrap_or_default() {
            if let Some(a) = actions::action_ref(r, actions, &a, sp, &section, "reset_on") {
                reset_on.push(a);
            }
        }
        let args = actions::read_args(r, &tt, &section, vars, None);
        let (Some(state), Some(after_seconds), Some(on_timeout)) = (state, after, on_timeout) else { continue };
        // The timeout action must be able to fire from the timed state.
        if let Some(a) = acts.iter_mut().find(|a| a.name == on_timeout)
            && !a.from.contains(&state)
        {
            a.from.push(state);
        }
        out.push(StateTimeout { state, after_seconds, on_timeout, max_occurrences, reset_on, args });
    }
    out
}
