//! Bounds (counters and list lengths bounded by the literals they meet, shared with what they
//! are compared with, never below the default) and parameter domains (the literals they meet
//! plus one fresh value, and the values of the variables they are compared with).

mod common;

use common::{TestResult, action, model, model_with, var};
use temper_spec::value::Value;
use temper_verifier_frontend::model::{Options, Representation};

fn spec(body: &str) -> String {
    format!("[automaton]\nname = \"T\"\nstates = [\"Open\", \"Done\"]\ninitial = \"Open\"\n\n{body}")
}

fn counter(name: &str, initial: i64) -> String {
    format!("[[state]]\nname = \"{name}\"\ntype = \"counter\"\ninitial = {initial}\n\n")
}

fn bound(m: &temper_verifier_frontend::model::SpecModel, name: &str) -> TestResult<u64> {
    match var(m, name)?.representation {
        Representation::Counter(b) | Representation::List(b) => Ok(b),
        ref other => Err(format!("{name} is {other:?}").into()),
    }
}

#[test]
fn a_counter_is_bounded_by_the_literals_it_meets() -> TestResult {
    let m = model(&spec(&format!(
        "{}{}{}[[action]]\nname = \"Hit\"\nguard = \"hits < 5\"\neffect = [\"hits += 1\"]\n\n\
         [[action]]\nname = \"Miss\"\nguard = \"misses <= 5\"\neffect = [\"misses += 1\"]\n\n\
         [[action]]\nname = \"Reset\"\neffect = [\"other = 7\"]\n",
        counter("hits", 0),
        counter("misses", 0),
        counter("other", 0)
    )))?;
    assert_eq!(bound(&m, "hits")?, 5, "`hits < 5` needs 4 and 5");
    assert!(var(&m, "hits")?.bound_reason.contains("hits < 5"), "{}", var(&m, "hits")?.bound_reason);
    assert_eq!(bound(&m, "misses")?, 6, "`misses <= 5` needs 5 and 6");
    assert_eq!(bound(&m, "other")?, 7, "assigned 7");
    Ok(())
}

#[test]
fn the_default_bound_is_a_floor_and_configurable() -> TestResult {
    let body = format!("{}{}[[action]]\nname = \"Go\"\nguard = \"big > 1\"\n", counter("free", 0), counter("big", 9));
    let m = model(&spec(&body))?;
    assert_eq!(bound(&m, "free")?, 2);
    assert_eq!(var(&m, "free")?.bound_reason, "the default (2)");
    assert_eq!(bound(&m, "big")?, 9, "the initial value");
    let m = model_with(&spec(&body), &Options { default_bound: 4, max_bound: 4, ..Options::default() })?;
    assert_eq!(bound(&m, "free")?, 4);
    Ok(())
}

#[test]
fn compared_counters_and_list_lengths_share_a_bound() -> TestResult {
    let body = format!(
        "{}{}[[state]]\nname = \"panel\"\ntype = \"list\"\ninitial = []\n\n\
         [[action]]\nname = \"Go\"\nguard = \"approvals >= required && len(panel) < 6\"\n",
        counter("approvals", 0),
        counter("required", 1)
    );
    let m = model(&spec(&body))?;
    assert_eq!(bound(&m, "panel")?, 3, "a list's bound is cut to `max-bound`");
    assert!(var(&m, "panel")?.bound_reason.contains("cut from 6 to the largest bound 3"));
    assert!(m.gaps.iter().any(|g| g.place == "[[state]] panel" && g.reason.contains("explored only up to 3")));
    let wide = model_with(&spec(&body), &Options { max_bound: 8, ..Options::default() })?;
    assert_eq!(bound(&wide, "panel")?, 6);
    assert_eq!(bound(&m, "approvals")?, 2, "not compared with the list");
    assert_eq!(bound(&m, "required")?, 2);
    let linked = body.replace("len(panel) < 6", "len(panel) >= required && required < 4");
    let m = model_with(&spec(&linked), &Options { max_bound: 8, ..Options::default() })?;
    assert_eq!(bound(&m, "panel")?, 4, "shares `required`'s bound");
    assert_eq!(bound(&m, "approvals")?, 4);
    assert!(var(&m, "panel")?.bound_reason.contains("through"), "{}", var(&m, "panel")?.bound_reason);
    Ok(())
}

#[test]
fn assigning_a_parameter_raises_the_bound_to_its_domain() -> TestResult {
    let body = format!(
        "{}[[action]]\nname = \"Set\"\nparams = [{{ name = \"n\", type = \"int\" }}]\n\
         guard = \"params.n >= 1 && params.n <= 21\"\neffect = [\"points = params.n\"]\n",
        counter("points", 0)
    );
    let m = model(&spec(&body))?;
    let n = &action(&m, "Set")?.params[0];
    assert_eq!(n.domain, vec![Value::Int(0), Value::Int(1), Value::Int(21), Value::Int(22)]);
    assert_eq!(bound(&m, "points")?, 16, "cut to `max-counter-bound`");
    assert!(m.gaps.iter().any(|g| g.place == "[[state]] points" && g.reason.contains("cut from 22")));
    let m = model_with(&spec(&body), &Options { max_counter_bound: 64, ..Options::default() })?;
    assert_eq!(bound(&m, "points")?, 22);
    Ok(())
}

#[test]
fn parameter_domains_are_literals_plus_one_fresh_value() -> TestResult {
    let body = "[[state]]\nname = \"kind\"\ntype = \"string\"\ninitial = \"a\"\n\n\
         [[action]]\nname = \"Pick\"\nparams = [{ name = \"k\", type = \"string\" }, { name = \"n\", type = \"int\" }, \
         { name = \"b\", type = \"bool\" }, \"unused\"]\n\
         guard = \"params.k in ['a', 'b'] && params.n > 3 && params.b\"\n";
    let m = model(&spec(body))?;
    let a = action(&m, "Pick")?;
    let k = &a.params[0];
    for lit in ["a", "b"] {
        assert!(k.domain.contains(&Value::Str(lit.into())), "{:?}", k.domain);
    }
    let fresh: Vec<&Value> = k.domain.iter().filter(|v| !matches!(v, Value::Str(s) if s == "a" || s == "b")).collect();
    assert_eq!(fresh.len(), 1, "exactly one fresh value: {:?}", k.domain);
    let n = &a.params[1];
    assert_eq!(n.domain, vec![Value::Int(0), Value::Int(3), Value::Int(4)], "both sides of `> 3`, 0");
    assert_eq!(a.params[2].domain, vec![Value::Bool(false), Value::Bool(true)]);
    let unused = &a.params[3];
    assert!(!unused.required && unused.domain.is_empty(), "{unused:?}");
    // One call per class: `k` in or not in ['a', 'b'], `n` above 3 or not, `b` both.
    assert_eq!(a.param_assignments, 2 * 2 * 2);
    assert_eq!(k.canonical[..2], [Value::Str("a".into()), Value::Str("a".into())], "{:?}", k.canonical);
    Ok(())
}

#[test]
fn a_parameter_compared_with_a_variable_tries_the_values_flowing_into_it() -> TestResult {
    let body = "[[state]]\nname = \"reviewer\"\ntype = \"string\"\ninitial = \"\"\n\n\
         [[action]]\nname = \"Ask\"\nparams = [{ name = \"who\", type = \"string\" }]\neffect = [\"reviewer = params.who\"]\n\n\
         [[action]]\nname = \"Approve\"\nto = \"Done\"\nparams = [{ name = \"by\", type = \"string\" }]\n\
         guard = \"params.by == reviewer\"\n";
    let m = model(&spec(body))?;
    let by = &action(&m, "Approve")?.params[0];
    assert!(by.domain.contains(&Value::Str("fresh:who".into())), "{:?}", by.domain);
    assert!(by.domain.contains(&Value::Str("fresh:by".into())), "{:?}", by.domain);
    assert!(var(&m, "reviewer")?.domain.contains(&Value::Str("fresh:who".into())));
    Ok(())
}

#[test]
fn a_domain_over_the_limit_is_cut_and_says_so() -> TestResult {
    let body = "[[action]]\nname = \"Pick\"\nparams = [{ name = \"k\", type = \"string\" }]\n\
         guard = \"params.k in ['a', 'b', 'c', 'd', 'e']\"\n";
    let m = model_with(&spec(body), &Options { max_param_values: 3, ..Options::default() })?;
    let k = &action(&m, "Pick")?.params[0];
    assert_eq!(k.domain.len(), 3);
    assert!(k.truncated);
    assert_eq!(k.domain.last(), Some(&Value::Str("fresh:k".into())), "the fresh value is kept");
    let warning = m.diagnostics.iter().find(|d| !d.is_error()).ok_or("no warning")?;
    assert!(warning.message.contains("params.k"), "{warning}");
    assert!(!m.has_errors());
    let many = "[[action]]\nname = \"Pick\"\nparams = [{ name = \"a\", type = \"bool\" }, { name = \"b\", type = \"bool\" }]\n\
         guard = \"params.a && params.b\"\n";
    let m = model_with(&spec(many), &Options { max_param_assignments: 3, ..Options::default() })?;
    assert!(m.diagnostics.iter().any(|d| d.message.contains("4 parameter assignments")), "{:?}", m.diagnostics);
    Ok(())
}

#[test]
fn list_items_come_from_literals_and_appended_parameters() -> TestResult {
    let body = "[[state]]\nname = \"tags\"\ntype = \"list\"\ninitial = [\"seed\"]\n\n\
         [[action]]\nname = \"Tag\"\nparams = [{ name = \"t\", type = \"string\" }]\n\
         guard = \"'urgent' in tags || len(tags) < 3\"\neffect = [\"append(tags, params.t)\"]\n";
    let m = model(&spec(body))?;
    let tags = var(&m, "tags")?;
    for v in ["seed", "urgent", "fresh:t"] {
        assert!(tags.domain.contains(&Value::Str(v.into())), "{v} in {:?}", tags.domain);
    }
    assert_eq!(bound(&m, "tags")?, 3);
    Ok(())
}
