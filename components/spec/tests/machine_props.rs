//! Property tests of `Machine::evaluate` on the Ticket spec: random action sequences from the
//! initial state agree with a hand-written model, keep every invariant and counter, are
//! deterministic, and report exactly the variables that changed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use proptest::sample::select;
use temper_spec::machine::{Machine, Output, Rejection, Request};
use temper_spec::predicate::{Env, eval};
use temper_spec::value::{Value, VarType};
use temper_spec::{SourceFile, load};

/// A copy of `host/tests/golden/trace/specs/Ticket.ioa.toml`.
const TICKET: &str = r#"
[automaton]
name = "Ticket"
states = ["New", "Open", "Waiting", "Resolved", "Closed"]
initial = "New"
terminal = ["Closed"]

[[state]]
name = "assignee"
type = "string"
initial = ""

[[state]]
name = "replies"
type = "counter"
initial = 0

[[state]]
name = "escalated"
type = "bool"
initial = false

[[state]]
name = "tags"
type = "list"
initial = []

[[state]]
name = "subtasks"
type = "list"
initial = []

[[action]]
name = "Assign"
kind = "input"
from = ["New", "Open"]
to = "Open"
params = ["who"]
guard = "params.who != ''"
effect = ["assignee = params.who"]

[[action.triggers]]
name = "notify_assignee"
kind = "entity"
target_entity = "Agent"
target_action = "Notify"
resolve_target = { kind = "field", id_field = "assignee" }
args = { ticket = "Id", reason = "'assigned'" }

[[action]]
name = "Reply"
kind = "input"
from = ["Open", "Waiting"]
to = "Waiting"
params = [{ name = "tag", type = "string" }]
guard = "assignee != ''"
effect = ["replies += 1", "append(tags, params.tag)", "schedule('Remind', 3600)"]

[[action]]
name = "Remind"
from = ["Waiting"]

[[action]]
name = "Escalate"
kind = "input"
from = ["Open", "Waiting"]
guard = "!escalated && replies >= 2"
effect = ["escalated = true", "spawn('Task', 'Create', subtasks)"]

[[action]]
name = "Expire"
from = ["Waiting"]
to = "Closed"

[[action]]
name = "Resolve"
kind = "input"
from = ["Open", "Waiting"]
to = "Resolved"
guard = "replies > 0 && assignee != ''"

[[action]]
name = "Close"
kind = "input"
from = ["Resolved"]
to = "Closed"
params = [{ name = "forced", type = "bool" }]
effect = ["escalated = params.forced"]

[[invariant]]
name = "ClosedTicketsWereHandled"
assert = "status == 'Closed' => replies > 0"

[[invariant]]
name = "NeverClosedWhileEscalated"
assert = "status == 'Closed' => !escalated"

[[state_timeout]]
state = "Waiting"
after_seconds = 86400
on_timeout = "Expire"
reset_on = ["Reply"]
"#;

const ACTIONS: &[&str] = &["Assign", "Reply", "Remind", "Escalate", "Expire", "Resolve", "Close", "Bogus"];

fn machine() -> Machine {
    let mut loaded = load(&[SourceFile::new("Ticket.ioa.toml", TICKET)]).unwrap_or_else(|d| panic!("{d}"));
    loaded.machines.remove(0)
}

/// The kind of a rejection, for comparison with the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum K {
    Unknown,
    NotAllowed,
    BadParam,
    Guard,
    Invariant,
    BadState,
}

fn kind(r: &Rejection) -> K {
    match r {
        Rejection::UnknownAction { .. } => K::Unknown,
        Rejection::NotAllowed { .. } => K::NotAllowed,
        Rejection::BadParameter { .. } => K::BadParam,
        Rejection::GuardFailed { .. } => K::Guard,
        Rejection::InvariantViolated { .. } => K::Invariant,
        Rejection::BadState(_) => K::BadState,
    }
}

/// The Ticket spec by hand: the next status and variables (subtasks excepted: the spawned
/// child's id is derived by the machine), or the kind of rejection.
fn model(status: &str, v: &[Value], action: &str, params: &[(String, Value)]) -> Result<(String, Vec<Value>), K> {
    let (from, to): (&[&str], Option<&str>) = match action {
        "Assign" => (&["New", "Open"], Some("Open")),
        "Reply" => (&["Open", "Waiting"], Some("Waiting")),
        "Remind" => (&["Waiting"], None),
        "Escalate" => (&["Open", "Waiting"], None),
        "Expire" => (&["Waiting"], Some("Closed")),
        "Resolve" => (&["Open", "Waiting"], Some("Resolved")),
        "Close" => (&["Resolved"], Some("Closed")),
        _ => return Err(K::Unknown),
    };
    if !from.contains(&status) {
        return Err(K::NotAllowed);
    }
    if params.iter().enumerate().any(|(i, (n, _))| params[..i].iter().any(|(m, _)| m == n)) {
        return Err(K::BadParam);
    }
    let get = |name: &str| params.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let (Value::Str(assignee), Value::Int(replies), Value::Bool(escalated), Value::List(tags)) =
        (&v[0], &v[1], &v[2], &v[3])
    else {
        panic!("ill-typed state {v:?}")
    };
    let (mut assignee, mut replies, mut escalated, mut tags) = (assignee.clone(), *replies, *escalated, tags.clone());
    match action {
        "Assign" => {
            let Some(Value::Str(who)) = get("who") else { return Err(K::BadParam) };
            if who.is_empty() {
                return Err(K::Guard);
            }
            assignee = who;
        }
        "Reply" => {
            let Some(Value::Str(tag)) = get("tag") else { return Err(K::BadParam) };
            if assignee.is_empty() {
                return Err(K::Guard);
            }
            replies += 1;
            tags.push(tag);
        }
        "Escalate" if escalated || replies < 2 => return Err(K::Guard),
        "Escalate" => escalated = true,
        "Resolve" if replies == 0 || assignee.is_empty() => return Err(K::Guard),
        "Close" => {
            let Some(Value::Bool(forced)) = get("forced") else { return Err(K::BadParam) };
            escalated = forced;
        }
        _ => {}
    }
    let to = to.unwrap_or(status);
    if to == "Closed" && (replies == 0 || escalated) {
        return Err(K::Invariant);
    }
    Ok((
        to.to_string(),
        vec![Value::Str(assignee), Value::Int(replies), Value::Bool(escalated), Value::List(tags), v[4].clone()],
    ))
}

#[derive(Debug, Clone)]
struct Step {
    action: &'static str,
    params: Vec<(String, Value)>,
}

fn value() -> impl Strategy<Value = Value> {
    select(vec![
        Value::Null,
        Value::Str(String::new()),
        Value::Str("al".into()),
        Value::Bool(true),
        Value::Bool(false),
        Value::Int(-1),
        Value::Int(3),
        Value::List(vec!["x".into()]),
    ])
}

fn step() -> impl Strategy<Value = Step> {
    let name = select(vec!["who", "tag", "forced", "extra"]).prop_map(String::from);
    let random = prop::collection::vec((name, value()), 0..3);
    let who = select(vec!["", "al", "bo"]);
    let tag = select(vec!["t1", "t2", ""]);
    (select(ACTIONS.to_vec()), 0..5u8, who, tag, any::<bool>(), random).prop_map(
        |(action, mode, who, tag, forced, random)| {
            let params = match (mode, action) {
                (0, _) => random,
                (_, "Assign") => vec![("who".into(), Value::Str(who.into()))],
                (_, "Reply") => vec![("tag".into(), Value::Str(tag.into()))],
                (_, "Close") => vec![("forced".into(), Value::Bool(forced && mode == 1))],
                _ => Vec::new(),
            };
            Step { action, params }
        },
    )
}

/// Runs `steps` from the initial state, checking every property after each one.
fn run(m: &Machine, steps: &[Step]) -> Result<(), TestCaseError> {
    let (mut status, mut vars) = m.initial();
    for (seq, s) in steps.iter().enumerate() {
        let before = (status.clone(), vars.clone());
        let req = Request {
            entity_id: "T-1",
            seq: seq as u64,
            status: &status,
            vars: &vars,
            action: s.action,
            params: &s.params,
            related: &[],
        };
        let got = m.evaluate(&req);
        prop_assert_eq!(&got, &m.evaluate(&req), "not deterministic at {:?}", s);
        let want = model(&status, &vars, s.action, &s.params);
        match (got, want) {
            (Ok(t), Ok((to, model_vars))) => {
                prop_assert_eq!((&t.from, &t.to), (&status, &to));
                prop_assert_eq!(&t.vars[..4], &model_vars[..4], "{:?} from {}", s, status);
                // Exactly the variables that differ, in declaration order.
                let diff: Vec<(String, Value)> = m
                    .aut
                    .vars
                    .iter()
                    .zip(vars.iter().zip(&t.vars))
                    .filter(|(_, (a, b))| a != b)
                    .map(|(d, (_, b))| (d.name.clone(), b.clone()))
                    .collect();
                prop_assert_eq!(&t.changes, &diff);
                for (d, v) in m.aut.vars.iter().zip(&t.vars) {
                    prop_assert!(d.ty.admits(v), "`{}` holds {:?}", d.name, v);
                    if d.ty == VarType::Counter {
                        prop_assert!(matches!(v, Value::Int(n) if *n >= 0));
                    }
                }
                let env = Env { status: &t.to, vars: &t.vars, params: &[], related: &[] };
                for inv in &m.aut.invariants {
                    prop_assert!(eval(&inv.assert.item, &env), "invariant {} broken after {:?}", inv.name, s);
                }
                // Spawned children are recorded in `subtasks`; nothing else touches it.
                let spawned: Vec<String> = t
                    .outputs
                    .iter()
                    .filter_map(|o| if let Output::Spawn { child_id, .. } = o { Some(child_id.clone()) } else { None })
                    .collect();
                let mut subtasks = match &vars[4] {
                    Value::List(l) => l.clone(),
                    v => panic!("{v:?}"),
                };
                subtasks.extend(spawned.iter().cloned());
                prop_assert_eq!(&t.vars[4], &Value::List(subtasks));
                prop_assert_eq!(spawned.len(), usize::from(s.action == "Escalate"));
                if s.action == "Reply" {
                    let arm = t.outputs.iter().any(|o| matches!(o, Output::ArmTimeout { state, action, .. } if state == "Waiting" && action == "Expire"));
                    prop_assert!(arm, "Reply must (re-)arm the Waiting timeout: {:?}", t.outputs);
                }
                status = t.to;
                vars = t.vars;
            }
            (Err(r), Err(k)) => {
                prop_assert_eq!(kind(&r), k, "{} for {:?} from {}", r, s, status);
                prop_assert!(!r.to_string().is_empty());
                if let Rejection::GuardFailed { clause, guard, .. } = &r {
                    prop_assert!(!clause.is_empty() && guard.contains(clause.as_str()), "{}", r);
                }
            }
            (got, want) => {
                prop_assert!(false, "{:?} from {} {:?}: machine {:?}, model {:?}", s, status, vars, got, want)
            }
        }
        if (status.as_str(), &vars) != (before.0.as_str(), &before.1) {
            prop_assert!(m.aut.state_index(&status).is_some());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn random_sequences_match_the_model_and_keep_invariants(steps in prop::collection::vec(step(), 0..40)) {
        run(&machine(), &steps)?;
    }

    /// A rejected request changes nothing: the next request sees the same state and answers the
    /// same as it would have without the rejected one in between.
    #[test]
    fn rejections_leave_state_unchanged(steps in prop::collection::vec(step(), 0..25), probe in step()) {
        let m = machine();
        let (mut status, mut vars) = m.initial();
        for (seq, s) in steps.iter().enumerate() {
            let req = Request { entity_id: "T-1", seq: seq as u64, status: &status, vars: &vars, action: s.action, params: &s.params, related: &[] };
            let probe_req = Request { action: probe.action, params: &probe.params, ..req };
            let before = m.evaluate(&probe_req);
            match m.evaluate(&req) {
                Ok(t) => {
                    status = t.to;
                    vars = t.vars;
                }
                Err(_) => prop_assert_eq!(m.evaluate(&probe_req), before),
            }
        }
    }
}

#[test]
fn a_known_path_reaches_closed() {
    let steps = [
        ("Assign", vec![("who".to_string(), Value::Str("al".into()))]),
        ("Reply", vec![("tag".to_string(), Value::Str("t".into()))]),
        ("Reply", vec![("tag".to_string(), Value::Str("u".into()))]),
        ("Escalate", vec![]),
        ("Resolve", vec![]),
        ("Close", vec![("forced".to_string(), Value::Bool(false))]),
    ];
    let steps: Vec<Step> = steps.into_iter().map(|(action, params)| Step { action, params }).collect();
    run(&machine(), &steps).unwrap();
    // The same path with `forced = true` violates `NeverClosedWhileEscalated` at the last step.
    let m = machine();
    let vars =
        vec![Value::Str("al".into()), Value::Int(2), Value::Bool(false), Value::List(vec![]), Value::List(vec![])];
    let forced = [("forced".to_string(), Value::Bool(true))];
    let req = Request {
        entity_id: "T-1",
        seq: 9,
        status: "Resolved",
        vars: &vars,
        action: "Close",
        params: &forced,
        related: &[],
    };
    let r = m.evaluate(&req).unwrap_err();
    assert!(
        matches!(&r, Rejection::InvariantViolated { invariant, .. } if invariant == "NeverClosedWhileEscalated"),
        "{r}"
    );
}
