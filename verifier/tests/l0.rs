//! L0 on the linked Z3, with hand-written scripts of the front-end's shape (the `Status`
//! datatype declared in every script, so scopes must isolate them): answers, verdicts,
//! witnesses read from the model, and a script Z3 cannot parse is `unknown`, never a pass.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use temper_verifier::l0::{self, Answer, Options, Query, Verdict, get_value_symbols};

const HEAD: &str = "(declare-datatypes ((Status 0)) (((S_Open) (S_Closed))))\n";

fn query(id: &str, body: &str, get: &str, pass: Answer, exact: bool) -> Query {
    Query {
        id: id.into(),
        kind: "invariant-inductive".into(),
        action: Some("Bump".into()),
        property: None,
        script: format!("{HEAD}{body}(check-sat)\n"),
        symbols: get_value_symbols(get),
        pass,
        exact,
        failure: format!("{id} fails"),
        post_status: None,
    }
}

#[test]
fn one_solver_answers_every_query_in_its_own_scope() {
    let bump = "(declare-const pre_status Status)\n(declare-const pre_count Int)\n(declare-const mid1_count Int)\n\
        (assert (<= 0 pre_count))\n(assert (= pre_status S_Open))\n(assert (< pre_count 10))\n\
        (assert (<= pre_count 5))\n(assert (= mid1_count (+ pre_count 1)))\n(assert (not (<= mid1_count 5)))\n";
    let dead = "(declare-const pre_count Int)\n(assert (and (> pre_count 3) (< pre_count 2)))\n";
    let qs = vec![
        query("inductive", bump, "(get-value (pre_status pre_count mid1_count))", Answer::Unsat, true),
        query("dead", dead, "(get-value (pre_count))", Answer::Sat, true),
        query("inexact", bump, "(get-value (pre_status pre_count mid1_count))", Answer::Unsat, false),
        query("broken", "(assert (= pre_nothing 1))\n", "", Answer::Unsat, true),
        query(
            "alive",
            "(declare-const pre_count Int)\n(assert (< pre_count (- 2)))\n",
            "(get-value (pre_count))",
            Answer::Sat,
            true,
        ),
    ];
    let r = l0::run(&qs, &Options::default());
    let v: Vec<_> = r.results.iter().map(|x| (x.id.as_str(), x.verdict, x.answer)).collect();
    assert_eq!(
        v,
        [
            ("inductive", Verdict::Warning, Answer::Sat),
            ("dead", Verdict::Failed, Answer::Unsat),
            ("inexact", Verdict::Warning, Answer::Sat),
            ("broken", Verdict::Unknown, Answer::Unknown),
            ("alive", Verdict::Passed, Answer::Sat),
        ]
    );
    let cx = &r.results[0];
    assert_eq!(cx.values["pre_count"], "5");
    assert_eq!(cx.values["mid1_count"], "6");
    assert_eq!(cx.values["pre_status"], "Open");
    let (pre, post) = cx.pre_post();
    assert_eq!((pre["count"].as_str(), post["count"].as_str()), ("5", "6"));
    assert!(r.results[1].values.is_empty(), "an unsat answer has no witness");
    assert!(r.results[4].values["pre_count"].starts_with('-'), "{:?}", r.results[4].values);
    assert!(r.summary().starts_with("L0 SMT FAILED: 1 of 5 queries fail"), "{}", r.summary());
    assert!(!r.passed());
}

#[test]
fn unknown_is_never_a_pass() {
    let q = query("broken", "(assert (= pre_nothing 1))\n", "", Answer::Unsat, true);
    let r = l0::run(&[q], &Options::default());
    assert!(!r.passed());
    assert!(r.results[0].reason.is_some());
    assert!(r.summary().starts_with("L0 SMT INCOMPLETE"), "{}", r.summary());
}

#[test]
fn a_state_no_live_action_leads_to_is_unreachable() {
    let dead = "(declare-const pre_count Int)\n(assert (and (> pre_count 3) (< pre_count 2)))\n";
    let mut q = query("guard/Archive", dead, "(get-value (pre_count))", Answer::Sat, true);
    q.kind = "guard-satisfiable".into();
    q.action = Some("Archive".into());
    let mut r = l0::run(&[q], &Options::default());
    let e = |action: &str, from: &str, to: &str| l0::Edge { action: action.into(), from: from.into(), to: to.into() };
    let states: Vec<String> = ["Open", "Closed", "Archived", "Orphan"].map(String::from).to_vec();
    let edges = [e("Close", "Open", "Closed"), e("Archive", "Closed", "Archived"), e("Reopen", "Closed", "Open")];
    r.mark_unreachable(&states, "Open", &edges);
    assert_eq!(r.unreachable, ["Archived", "Orphan"]);
    assert!(r.summary().contains("unreachable state(s): Archived, Orphan"), "{}", r.summary());
}
