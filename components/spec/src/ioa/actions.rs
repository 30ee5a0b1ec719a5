//! `[[action]]` sections (with their params, guard, effects and `[[action.triggers]]`) and
//! the legacy `[[integration]]` sections, which become wasm triggers.

use super::reader::{Reader, Table};
use super::{is_identifier, predicate_at, state_list, state_ref};
use crate::effect::{EffectScope, parse_effect};
use crate::ir::*;
use crate::predicate::check::{ParamEntry, ParamTypes, list};
use crate::predicate::lexer::{Tok, lex};
use crate::predicate::{Scope, Ty};
use crate::value::{Value, VarType};
use std::ops::Range;
use toml::de::DeValue;

const ACTION: &[&str] = &["name", "kind", "from", "to", "guard", "effect", "params", "hint", "triggers"];
const RETIRED_ACTION: &[(&str, &str)] = &[
    ("constraints", "action constraints are not supported yet; express them in `guard` with `params.<name>`"),
    ("record_parent_event", "composite actions are not supported yet"),
    ("cedar_gate", "composite actions are not supported yet"),
    ("sub_writes", "composite actions are not supported yet"),
];
const TRIGGER_COMMON: &[&str] = &["name", "kind", "guard"];
const TRIGGER_ENTITY: &[&str] =
    &["name", "kind", "guard", "target_entity", "target_action", "resolve_target", "args", "principal"];
const TRIGGER_WASM: &[&str] = &["name", "kind", "guard", "module", "on_success", "on_failure", "config"];
const TRIGGER_ADAPTER: &[&str] = &["name", "kind", "guard", "adapter", "on_success", "on_failure", "config"];
const TRIGGER_WEBHOOK: &[&str] = &["name", "kind", "guard", "url", "method", "on_success", "on_failure"];
const TRIGGER_HOOK: &[&str] = &["name", "kind", "guard", "hook"];
const INTEGRATION: &[&str] = &["name", "trigger", "type", "module", "on_success", "on_failure", "config"];

pub(crate) fn action_ref(
    r: &mut Reader<'_>,
    actions: &[String],
    a: &str,
    span: Range<usize>,
    section: &str,
    key: &str,
) -> Option<String> {
    if actions.iter().any(|x| x == a) {
        return Some(a.to_string());
    }
    let names: Vec<&str> = actions.iter().map(String::as_str).collect();
    let help = match super::reader::suggest(a, &names) {
        Some(s) => format!("did you mean `{s}`? actions are {}", list(actions)),
        None => format!("declare it as an `[[action]]`; actions are {}", list(actions)),
    };
    r.error(span, section, key, format!("undeclared action `{a}`"), help);
    None
}

struct Integration {
    name: String,
    trigger: String,
    trigger_span: Range<usize>,
    module: Option<String>,
    on_success: Option<String>,
    on_failure: Option<String>,
    config: Vec<(String, String)>,
}

pub(crate) fn read_actions(
    r: &mut Reader<'_>,
    top: &Table<'_, '_>,
    states: &[String],
    vars: &[(String, VarType)],
    terminal: &[usize],
) -> Vec<Action> {
    let tables = top.tables(r, "action");
    // Pass 1: names, so effects and triggers may refer to any action.
    let mut names: Vec<String> = Vec::new();
    for (t, span) in &tables {
        let at = Table::new(t, span.clone(), "[[action]]", ACTION);
        if let Some((n, nspan)) = at.required_str(r, "name", "\"Start\"") {
            if !is_identifier(&n) {
                r.error(
                    nspan,
                    "[[action]]",
                    "name",
                    format!("`{n}` is not a valid action name"),
                    "use letters, digits and `_`, starting with a letter",
                );
            } else if names.contains(&n) {
                r.error(
                    nspan,
                    &format!("[[action]] {n}"),
                    "name",
                    format!("action `{n}` is declared twice"),
                    "declare each action once",
                );
            } else {
                names.push(n);
            }
        }
    }
    let integrations = read_integrations(r, top, &mut names);
    let non_terminal: Vec<usize> = (0..states.len()).filter(|s| !terminal.contains(s)).collect();
    let mut out = Vec::new();
    for (t, span) in &tables {
        let Some((name, _)) = Table::new(t, span.clone(), "", ACTION).str(r, "name") else { continue };
        if out.iter().any(|a: &Action| a.name == name) || !is_identifier(&name) {
            continue;
        }
        let section = format!("[[action]] {name}");
        let at = Table::new(t, span.clone(), section.clone(), ACTION);
        at.check_unknown(r, RETIRED_ACTION);
        let kind = match at.str(r, "kind") {
            None => ActionKind::Internal,
            Some((k, kspan)) => match k.as_str() {
                "input" => ActionKind::Input,
                "internal" => ActionKind::Internal,
                "output" => ActionKind::Output,
                "composite" => {
                    r.error(
                        kspan,
                        &section,
                        "kind",
                        "composite actions are not supported yet",
                        "use `input` and declare the sub-writes as entity triggers",
                    );
                    ActionKind::Composite
                }
                _ => {
                    r.error(
                        kspan,
                        &section,
                        "kind",
                        format!("unknown action kind `{k}`"),
                        "use `input`, `internal` or `output` (lowercase)",
                    );
                    ActionKind::Internal
                }
            },
        };
        let mut from = state_list(r, &at, "from", states);
        if from.is_empty() {
            from = non_terminal.clone();
        }
        let to = at.str(r, "to").and_then(|(s, sp)| state_ref(r, states, &s, sp, &section, "to"));
        if kind == ActionKind::Output
            && let Some(tspan) = at.get("to").map(|i| i.span())
        {
            r.error(
                tspan,
                &section,
                "to",
                "an `output` action never changes state",
                "remove `to`, or make the action `input` or `internal`",
            );
        }
        if let Some(to) = to {
            for f in &from {
                if terminal.contains(f) && *f != to {
                    r.error(
                        at.get("from").map_or(span.clone(), |i| i.span()),
                        &section,
                        "from",
                        format!("leaves terminal state `{}`", states[*f]),
                        "no action may leave a terminal state; remove it from `from` or from `[automaton] terminal`",
                    );
                }
            }
        }
        let mut params = read_params(r, &at, &section);
        let guard = at.str(r, "guard").and_then(|(g, gspan)| {
            let mut scope = Scope { vars, states, params: Some(&mut params), allow_related: true };
            predicate_at(r, &g, gspan, &section, "guard", &mut scope).map(|p| Source { text: g, item: p })
        });
        if let Some(item) = at.get("guard")
            && matches!(item.get_ref(), DeValue::Table(_) | DeValue::Array(_))
        {
            r.error(
                item.span(),
                &section,
                "guard",
                "guard tables are no longer supported",
                "write the guard as a predicate string, e.g. `guard = \"count > 0\"`",
            );
        }
        let effects = read_effects(r, &at, &section, vars, &mut params, &names);
        if kind == ActionKind::Output
            && effects.iter().any(|e| {
                matches!(
                    e.item,
                    crate::effect::Effect::Assign { .. }
                        | crate::effect::Effect::Append { .. }
                        | crate::effect::Effect::RemoveAt { .. }
                )
            })
        {
            r.error(
                span.clone(),
                &section,
                "effect",
                "an `output` action never changes state",
                "remove the assignments, or make the action `internal`",
            );
        }
        let mut triggers = Vec::new();
        for (tt, tspan) in at.tables(r, "triggers") {
            if let Some(trig) = read_trigger(r, tt, tspan, &section, states, vars, &mut params, &names) {
                triggers.push(trig);
            }
        }
        for i in integrations.iter().filter(|i| i.trigger == name) {
            triggers.push(Trigger {
                name: i.name.clone(),
                kind: TriggerKind::Wasm,
                guard: None,
                target_entity: None,
                target_action: None,
                resolve: None,
                args: Vec::new(),
                module: i.module.clone(),
                adapter: None,
                hook: None,
                url: None,
                method: None,
                on_success: i.on_success.clone(),
                on_failure: i.on_failure.clone(),
                config: i.config.clone(),
                principal: None,
            });
        }
        let hint = at.str(r, "hint").map(|(h, _)| h);
        let params = finish_params(params, &at);
        out.push(Action { name, kind, from, to, params, guard, effects, triggers, hint, implicit: false });
    }
    for i in &integrations {
        if !out.iter().any(|a| a.name == i.trigger) {
            r.error(
                i.trigger_span.clone(),
                &format!("[[integration]] {}", i.name),
                "trigger",
                format!("undeclared action `{}`", i.trigger),
                format!("name an action; actions are {}", list(&names)),
            );
        }
    }
    // Legacy callbacks the spec names but never declares: implicit internal self-loops.
    for cb in integrations.iter().flat_map(|i| [&i.on_success, &i.on_failure]).flatten() {
        if !out.iter().any(|a| &a.name == cb) {
            out.push(Action {
                name: cb.clone(),
                kind: ActionKind::Internal,
                from: (0..states.len()).collect(),
                to: None,
                params: Vec::new(),
                guard: None,
                effects: Vec::new(),
                triggers: Vec::new(),
                hint: Some("integration callback (implicit): records the outcome, changes nothing".into()),
                implicit: true,
            });
        }
    }
    for a in &out {
        if a.from.is_empty() && !a.implicit {
            r.warning(
                0..0,
                &format!("[[action]] {}", a.name),
                "from",
                "the action can never fire: every state is terminal",
                "list the states it fires from in `from`",
            );
        }
    }
    out
}

fn read_integrations(r: &mut Reader<'_>, top: &Table<'_, '_>, names: &mut Vec<String>) -> Vec<Integration> {
    let mut out = Vec::new();
    let declared = names.clone();
    for (t, span) in top.tables(r, "integration") {
        let it = Table::new(t, span.clone(), "[[integration]]", INTEGRATION);
        let name = it.str(r, "name").map(|(n, _)| n).unwrap_or_default();
        let section = format!("[[integration]] {name}").trim_end().to_string();
        let it = Table::new(t, span.clone(), section.clone(), INTEGRATION);
        it.check_unknown(r, &[]);
        r.warning(
            span.clone(),
            &section,
            "",
            "`[[integration]]` is legacy dialect; read as a `kind = \"wasm\"` trigger on its action",
            "move it into the action as `[[action.triggers]]` with `kind = \"wasm\"`",
        );
        let Some((trigger, trigger_span)) = it.required_str(r, "trigger", "\"Index\"") else { continue };
        if let Some((ty, tspan)) = it.str(r, "type")
            && ty != "wasm"
        {
            r.error(
                tspan,
                &section,
                "type",
                format!("unsupported integration type `{ty}`"),
                "legacy integrations must be `type = \"wasm\"`; declare others as `[[action.triggers]]`",
            );
        }
        let module = it.required_str(r, "module", "\"search_service\"").map(|(m, _)| m);
        let mut cb = |key: &str| -> Option<String> {
            let (a, aspan) = it.str(r, key)?;
            if !declared.contains(&a) {
                r.warning(aspan, &section, key, format!("callback `{a}` is not declared; it becomes an implicit internal action that records the outcome and changes nothing"), format!("declare `[[action]] name = \"{a}\"` to give it behaviour"));
                if !names.contains(&a) {
                    names.push(a.clone());
                }
            }
            Some(a)
        };
        let on_success = cb("on_success");
        let on_failure = cb("on_failure");
        let config = it.str_map(r, "config").unwrap_or_default().into_iter().map(|(k, v, _)| (k, v)).collect();
        out.push(Integration { name, trigger, trigger_span, module, on_success, on_failure, config });
    }
    out
}

fn read_params(r: &mut Reader<'_>, at: &Table<'_, '_>, section: &str) -> ParamTypes {
    let mut params = ParamTypes::default();
    let Some(item) = at.get("params") else { return params };
    let DeValue::Array(arr) = item.get_ref() else {
        r.error(
            item.span(),
            section,
            "params",
            format!("expected a list, found {}", item.get_ref().type_str()),
            "write `params = [\"name\"]` or `params = [{ name = \"n\", type = \"int\" }]`",
        );
        return params;
    };
    for v in arr.iter() {
        let (name, ty, nspan) = match v.get_ref() {
            DeValue::String(s) => (s.to_string(), None, v.span()),
            DeValue::Table(t) => {
                let pt = Table::new(t, v.span(), format!("{section} params"), &["name", "type", "source"]);
                pt.check_unknown(r, &[]);
                let Some((name, nspan)) = pt.required_str(r, "name", "\"amount\"") else { continue };
                let ty = match pt.str(r, "type") {
                    Some((t, tspan)) => match VarType::parse(&t) {
                        Some(vt) => Some(vt),
                        None => {
                            r.error(
                                tspan,
                                section,
                                "params",
                                format!("unknown parameter type `{t}`"),
                                format!("use {}", crate::value::VAR_TYPES),
                            );
                            None
                        }
                    },
                    None => None,
                };
                if let Some((src, sspan)) = pt.str(r, "source")
                    && src != "authenticated_subject"
                {
                    r.error(
                        sspan,
                        section,
                        "params",
                        format!("unknown parameter source `{src}`"),
                        "the only source is `authenticated_subject`",
                    );
                }
                (name, ty, nspan)
            }
            other => {
                r.error(
                    v.span(),
                    section,
                    "params",
                    format!("expected a name or a table, found {}", other.type_str()),
                    "write `\"name\"` or `{ name = \"n\", type = \"int\" }`",
                );
                continue;
            }
        };
        if !is_identifier(&name) {
            r.error(
                nspan,
                section,
                "params",
                format!("`{name}` is not a valid parameter name"),
                "use letters, digits and `_`",
            );
            continue;
        }
        if params.entries.contains_key(&name) {
            r.error(
                nspan,
                section,
                "params",
                format!("parameter `{name}` is declared twice"),
                "declare each parameter once",
            );
            continue;
        }
        let entry = ParamEntry { ty: ty.map(Ty::of_var), declared_type: ty.is_some(), used: false };
        params.entries.insert(name, entry);
    }
    params
}

fn finish_params(params: ParamTypes, at: &Table<'_, '_>) -> Vec<ParamDecl> {
    // Keep declaration order: re-read names from the TOML array.
    let mut order: Vec<String> = Vec::new();
    if let Some(DeValue::Array(arr)) = at.get("params").map(|i| i.get_ref()) {
        for v in arr.iter() {
            match v.get_ref() {
                DeValue::String(s) => order.push(s.to_string()),
                DeValue::Table(t) => {
                    if let Some(DeValue::String(s)) = t.get("name").map(|n| n.get_ref()) {
                        order.push(s.to_string());
                    }
                }
                _ => {}
            }
        }
    }
    let source_of = |name: &str| -> Option<String> {
        let DeValue::Array(arr) = at.get("params")?.get_ref() else { return None };
        arr.iter().find_map(|v| match v.get_ref() {
            DeValue::Table(t) if t.get("name").and_then(|n| n.get_ref().as_str()) == Some(name) => {
                t.get("source").and_then(|s| s.get_ref().as_str()).map(str::to_string)
            }
            _ => None,
        })
    };
    let declared_counter = |name: &str| -> bool {
        let Some(DeValue::Array(arr)) = at.get("params").map(|i| i.get_ref()) else { return false };
        arr.iter().any(|v| matches!(v.get_ref(), DeValue::Table(t) if t.get("name").and_then(|n| n.get_ref().as_str()) == Some(name) && t.get("type").and_then(|n| n.get_ref().as_str()) == Some("counter")))
    };
    order
        .into_iter()
        .filter_map(|name| {
            let e = params.entries.get(&name)?;
            Some(ParamDecl {
                ty: e.ty,
                non_negative: declared_counter(&name),
                required: e.used,
                source: source_of(&name),
                name,
            })
        })
        .collect()
}

fn read_effects(
    r: &mut Reader<'_>,
    at: &Table<'_, '_>,
    section: &str,
    vars: &[(String, VarType)],
    params: &mut ParamTypes,
    actions: &[String],
) -> Vec<Source<crate::effect::Effect>> {
    let Some(item) = at.get("effect") else { return Vec::new() };
    let stmts: Vec<(String, Range<usize>)> = match item.get_ref() {
        DeValue::String(s) => vec![(s.to_string(), item.span())],
        DeValue::Array(_) => at.str_list(r, "effect").unwrap_or_default(),
        other => {
            r.error(
                item.span(),
                section,
                "effect",
                format!("expected a list of statements, found {}", other.type_str()),
                "write `effect = [\"count += 1\"]`",
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (text, span) in stmts {
        let mut scope = EffectScope { vars, params, actions };
        match parse_effect(&text, &mut scope) {
            Ok(e) => out.push(Source { text, item: e }),
            Err(e) => {
                let first = text.split_whitespace().next().unwrap_or("");
                let help = if matches!(first, "increment" | "decrement" | "set" | "toggle") {
                    "verb effects were retired; write `count += 1`, `count -= 1`, `flag = true`".to_string()
                } else if matches!(first, "trigger" | "emit") {
                    "`trigger`/`emit` effects were retired; declare outgoing calls as `[[action.triggers]]`".to_string()
                } else {
                    e.help
                };
                let at = span.start + 1 + e.offset;
                r.error(at..at, section, "effect", format!("{} (in `{text}`)", e.message), help);
            }
        }
    }
    out
}

/// `args = { k = "<literal or name>" }`: `'lit'`, integers, booleans, `Id`, a state variable
/// or (when `params` is given) a parameter of the source action.
pub(crate) fn read_args(
    r: &mut Reader<'_>,
    t: &Table<'_, '_>,
    section: &str,
    vars: &[(String, VarType)],
    mut params: Option<&mut ParamTypes>,
) -> Vec<(String, ArgExpr)> {
    let mut out = Vec::new();
    for (k, v, span) in t.str_map(r, "args").unwrap_or_default() {
        let toks = lex(&v).unwrap_or_default();
        let arg = match toks.as_slice() {
            [tok] => match &tok.tok {
                Tok::Str(s) => Some(ArgExpr::Lit(Value::Str(s.clone()))),
                Tok::Int(n) => Some(ArgExpr::Lit(Value::Int(*n))),
                Tok::Ident(w) if w == "true" || w == "false" => Some(ArgExpr::Lit(Value::Bool(w == "true"))),
                Tok::Ident(w) if w == "Id" => Some(ArgExpr::EntityId),
                Tok::Ident(w) => {
                    if let Some(i) = vars.iter().position(|(n, _)| n == w) {
                        Some(ArgExpr::Var(i))
                    } else if let Some(p) = params.as_deref_mut().filter(|p| p.entries.contains_key(w)) {
                        if let Some(e) = p.entries.get_mut(w) {
                            e.used = true;
                        }
                        Some(ArgExpr::Param(w.clone()))
                    } else {
                        None
                    }
                }
                _ => None,
            },
            _ => None,
        };
        match arg {
            Some(a) => out.push((k, a)),
            None => r.error(
                span,
                section,
                &format!("args.{k}"),
                format!("`{v}` is not a literal, `Id`, a state variable or a parameter"),
                "quote literals inside the string, e.g. `kind = \"'doc'\"`; or name a variable",
            ),
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_trigger(
    r: &mut Reader<'_>,
    t: &toml::de::DeTable<'_>,
    span: Range<usize>,
    action_section: &str,
    states: &[String],
    vars: &[(String, VarType)],
    params: &mut ParamTypes,
    actions: &[String],
) -> Option<Trigger> {
    let base = Table::new(t, span.clone(), format!("{action_section} triggers"), TRIGGER_COMMON);
    let name = base.required_str(r, "name", "\"notify\"").map(|(n, _)| n);
    let section = format!("{action_section} trigger {}", name.clone().unwrap_or_default());
    let (kind, known) =
        match Table::new(t, span.clone(), section.clone(), TRIGGER_COMMON).required_str(r, "kind", "\"entity\"") {
            Some((k, kspan)) => match k.as_str() {
                "entity" => (TriggerKind::Entity, TRIGGER_ENTITY),
                "wasm" => (TriggerKind::Wasm, TRIGGER_WASM),
                "adapter" => (TriggerKind::Adapter, TRIGGER_ADAPTER),
                "webhook" => (TriggerKind::Webhook, TRIGGER_WEBHOOK),
                "hook" => (TriggerKind::Hook, TRIGGER_HOOK),
                _ => {
                    r.error(
                        kspan,
                        &section,
                        "kind",
                        format!("unknown trigger kind `{k}`"),
                        "use `entity`, `wasm`, `adapter`, `webhook` or `hook`",
                    );
                    return None;
                }
            },
            None => return None,
        };
    let tt = Table::new(t, span.clone(), section.clone(), known);
    tt.check_unknown(
        r,
        &[
            ("to_state", "write the condition as `guard = \"status == 'X'\"`"),
            ("params", "renamed to `args`"),
            ("params_from", "renamed to `args`"),
            ("adapter_type", "renamed to `adapter`"),
        ],
    );
    let guard = tt.str(r, "guard").and_then(|(g, gspan)| {
        let mut scope = Scope { vars, states, params: Some(&mut *params), allow_related: false };
        predicate_at(r, &g, gspan, &section, "guard", &mut scope).map(|p| Source { text: g, item: p })
    });
    let cb = |r: &mut Reader<'_>, key: &str| {
        tt.str(r, key).and_then(|(a, sp)| action_ref(r, actions, &a, sp, &section, key))
    };
    let on_success = cb(r, "on_success");
    let on_failure = cb(r, "on_failure");
    let mut trig = Trigger {
        name: name?,
        kind,
        guard,
        target_entity: None,
        target_action: None,
        resolve: None,
        args: Vec::new(),
        module: None,
        adapter: None,
        hook: None,
        url: None,
        method: None,
        on_success,
        on_failure,
        config: tt.str_map(r, "config").unwrap_or_default().into_iter().map(|(k, v, _)| (k, v)).collect(),
        principal: tt.str(r, "principal").map(|(p, _)| p),
    };
    match kind {
        TriggerKind::Entity => {
            trig.target_entity = tt.required_str(r, "target_entity", "\"Owner\"").map(|(s, _)| s);
            trig.target_action = tt.required_str(r, "target_action", "\"Notify\"").map(|(s, _)| s);
            trig.resolve = read_resolve(r, &tt, &section, vars);
            trig.args = read_args(r, &tt, &section, vars, Some(params));
            if trig.target_entity.is_none() || trig.target_action.is_none() || trig.resolve.is_none() {
                return None;
            }
        }
        TriggerKind::Wasm => trig.module = Some(tt.required_str(r, "module", "\"search_service\"")?.0),
        TriggerKind::Adapter => trig.adapter = Some(tt.required_str(r, "adapter", "\"claude_code\"")?.0),
        TriggerKind::Webhook => {
            trig.url = Some(tt.required_str(r, "url", "\"https://example.com/hook\"")?.0);
            trig.method = tt.str(r, "method").map(|(m, _)| m);
        }
        TriggerKind::Hook => trig.hook = Some(tt.required_str(r, "hook", "\"DispatchCallback\"")?.0),
    }
    Some(trig)
}

fn read_resolve(r: &mut Reader<'_>, tt: &Table<'_, '_>, section: &str, vars: &[(String, VarType)]) -> Option<Resolve> {
    let Some(item) = tt.get("resolve_target") else {
        r.error(tt.span.clone(), section, "resolve_target", "missing required key `resolve_target`", "add `resolve_target = { kind = \"field\", id_field = \"owner_id\" }` (kinds: field, same_id, static, create_if_missing, create)");
        return None;
    };
    let DeValue::Table(t) = item.get_ref() else {
        r.error(
            item.span(),
            section,
            "resolve_target",
            "expected a table",
            "write `resolve_target = { kind = \"same_id\" }`",
        );
        return None;
    };
    let rt = Table::new(t, item.span(), format!("{section} resolve_target"), &["kind", "id_field", "entity_id"]);
    rt.check_unknown(r, &[("type", "renamed to `kind`"), ("field", "renamed to `id_field`")]);
    let (kind, kspan) = rt.required_str(r, "kind", "\"same_id\"")?;
    let field = |r: &mut Reader<'_>| -> Option<usize> {
        let (f, fspan) = rt.required_str(r, "id_field", "\"owner_id\"")?;
        match vars.iter().position(|(n, t)| *n == f && matches!(t, VarType::String)) {
            Some(i) => Some(i),
            None => {
                r.error(
                    fspan,
                    section,
                    "resolve_target.id_field",
                    format!("`{f}` is not a string state variable"),
                    "name a `string` variable holding the target id",
                );
                None
            }
        }
    };
    match kind.as_str() {
        "field" => field(r).map(Resolve::Field),
        "create_if_missing" => field(r).map(Resolve::CreateIfMissing),
        "same_id" => Some(Resolve::SameId),
        "create" => Some(Resolve::Create),
        "static" => rt.required_str(r, "entity_id", "\"singleton\"").map(|(s, _)| Resolve::Static(s)),
        _ => {
            r.error(
                kspan,
                section,
                "resolve_target.kind",
                format!("unknown resolve kind `{kind}`"),
                "use `field`, `same_id`, `static`, `create_if_missing` or `create`",
            );
            None
        }
    }
}
