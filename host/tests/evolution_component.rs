//! The evolution component through the real Wasm: each detection pattern on synthetic
//! trajectories (at its threshold and one row under it), no duplicate observations (an open
//! key is updated, a closed one needs newer rows), error-rate spikes, the refinement between
//! the bundled Task spec and an edited copy as the interpreter component summarizes them, and
//! diff/apply round trips on the bundled spec files, a stale patch refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use temper_host::runtime::Runtime;
use temper_host::runtime::evolution::{
    EvolutionComponent, File, Finding, InsightCategory, Known, Machine, Pattern, Thresholds, Trajectory, Trend,
};
use temper_host::runtime::interpreter::{InterpreterPool, SourceFile, SpecSummary};

fn runtime() -> Runtime {
    Runtime::new(Some(Path::new(env!("CARGO_TARGET_TMPDIR")).join("cwasm"))).unwrap()
}

fn evolution() -> EvolutionComponent {
    EvolutionComponent::locate(&runtime(), None).unwrap()
}

const TH: Thresholds = Thresholds {
    repeated_failures: 5,
    guard_rejections: 4,
    authz_denials: 3,
    unmet_intents: 3,
    spike_min_requests: 20,
    spike_rate_percent: 40,
    spike_factor_percent: 200,
    spike_window_ms: 300_000,
};

/// Long after every synthetic row, so no window of the spike pattern holds any.
const LATER: u64 = 100_000_000;

/// The `n`th row of tenant `acme`, at `t`, failed with `code`.
fn failed(n: u64, t: u64, agent: &str, ty: &str, action: &str, code: &str, error: &str) -> Trajectory {
    Trajectory {
        tenant: "acme".into(),
        time_ms: t,
        cursor: format!("{t}.{n}"),
        agent: format!("Agent::\"{agent}\""),
        agent_type: Some("worker".into()),
        origin: "request".into(),
        entity_type: Some(ty.into()),
        entity_set: Some(format!("{ty}s")),
        entity_id: Some(format!("{ty}-{n}")),
        action: Some(action.into()),
        ok: false,
        http_status: 409,
        error: Some(error.into()),
        error_code: Some(code.into()),
        authz_decision: Some("allow".into()),
    }
}

fn ok(n: u64, t: u64) -> Trajectory {
    Trajectory {
        ok: true,
        http_status: 200,
        error: None,
        error_code: None,
        ..failed(n, t, "ok", "Task", "Comment", "", "")
    }
}

fn guard(n: u64, t: u64) -> Trajectory {
    let msg =
        "`Start` refused: guard clause `assignee != ''` is false (guard: `assignee != '' && estimate_points > 0`)";
    failed(n, t, &format!("bot-{}", n % 2), "Task", "Start", "GuardRejected", msg)
}

fn denial(n: u64, t: u64) -> Trajectory {
    let mut r = failed(n, t, "planner-1", "Task", "delete", "AuthorizationDenied", "denied by policy");
    r.agent_type = Some("planner".into());
    r.http_status = 403;
    r.authz_decision = Some("deny".into());
    r.entity_id = None;
    r
}

fn unknown_set(n: u64, t: u64) -> Trajectory {
    let mut r = failed(n, t, "reader", "Invoice", "", "EntitySetNotFound", "no entity set `Invoices`");
    (r.entity_type, r.entity_id, r.action, r.http_status) = (None, None, None, 404);
    r
}

fn invariant(n: u64, t: u64) -> Trajectory {
    failed(
        n,
        t,
        "closer",
        "Task",
        "Approve",
        "InvariantViolated",
        "would violate invariant `DoneWasReviewedAndApproved`",
    )
}

fn intent(n: u64, t: u64) -> Trajectory {
    let mut r = failed(n, t, "wisher", "Task", "Archive", "UnmetIntent", "I wanted to archive the finished tasks");
    r.origin = "intent".into();
    r
}

fn of(findings: &[Finding], pattern: Pattern) -> Vec<&Finding> {
    findings.iter().filter(|f| f.pattern == pattern).collect()
}

/// Makes the `n`th row at a time.
type Make = fn(u64, u64) -> Trajectory;

/// `n` rows made by `make`, a second apart from `t0`, numbered from `first`.
fn rows(make: Make, first: u64, n: u64, t0: u64) -> Vec<Trajectory> {
    (0..n).map(|i| make(first + i, t0 + i * 1000)).collect()
}

#[test]
fn every_pattern_is_found_at_its_threshold_and_not_one_under() {
    let evo = evolution();
    let cases: [(Pattern, Make, u32, &str); 5] = [
        (
            Pattern::GuardRejection,
            guard,
            TH.guard_rejections,
            "guard-rejection:acme:Task.Start [guard: assignee != '']",
        ),
        (Pattern::AuthzDenial, denial, TH.authz_denials, "authz-denial:acme:planner: delete Task"),
        (Pattern::UnmetIntent, unknown_set, TH.unmet_intents, "unmet-intent:acme:Invoices"),
        (Pattern::UnmetIntent, intent, TH.unmet_intents, "unmet-intent:acme:Task.Archive"),
        (
            Pattern::RepeatedFailure,
            invariant,
            TH.repeated_failures,
            "repeated-failure:acme:Task.Approve (InvariantViolated)",
        ),
    ];
    for (pattern, make, threshold, key) in cases {
        let at = rows(make, 1, u64::from(threshold), 1_000_000);
        let found = evo.detect(&at, TH, &[], LATER).unwrap();
        assert_eq!(found.len(), 1, "{key}: {found:#?}");
        let f = &found[0];
        assert_eq!((f.pattern, f.key.as_str(), f.known), (pattern, key, false));
        assert_eq!((f.observed, f.threshold), (threshold, threshold));
        assert_eq!(f.evidence.len(), threshold as usize);
        assert_eq!(f.evidence[0], at.last().unwrap().cursor, "{key}: evidence is newest first");
        assert_eq!((f.first_ms, f.last_ms), (1_000_000, 1_000_000 + (u64::from(threshold) - 1) * 1000));
        assert!(f.evidence_query.starts_with("/api/tenants/acme/trajectories?"), "{}", f.evidence_query);
        assert!(f.evidence_query.contains("since=1000000&until="), "{}", f.evidence_query);
        assert!(!f.statement.is_empty() && f.statement.ends_with('.'), "{}", f.statement);
        assert!(f.priority > 0 && f.priority <= 100);
        let under = evo.detect(&at[1..], TH, &[], LATER).unwrap();
        assert!(under.is_empty(), "{key}: one row under the threshold: {under:#?}");
    }
}

#[test]
fn findings_carry_their_facts() {
    let evo = evolution();
    let g = evo.detect(&rows(guard, 1, 6, 5_000), TH, &[], LATER).unwrap().remove(0);
    assert_eq!(g.clause.as_deref(), Some("assignee != ''"));
    assert_eq!((g.entity_type.as_deref(), g.action.as_deref()), (Some("Task"), Some("Start")));
    assert_eq!(g.agents, ["Agent::\"bot-0\"", "Agent::\"bot-1\""]);
    assert_eq!(g.category, InsightCategory::Friction);
    assert_eq!(
        g.evidence_query,
        "/api/tenants/acme/trajectories?failed=true&entity_type=Task&action=Start&since=5000&until=10001"
    );
    assert_eq!(
        g.statement,
        "The guard clause `assignee != ''` of Task.Start refused 6 requests within 5 s, from 2 agents (Agent::\"bot-0\", Agent::\"bot-1\")."
    );
    let d = evo.detect(&rows(denial, 1, 3, 5_000), TH, &[], LATER).unwrap().remove(0);
    assert_eq!(d.agent_type.as_deref(), Some("planner"));
    assert_eq!(d.error_code.as_deref(), Some("AuthorizationDenied"));
    assert!(d.evidence_query.contains("agent=Agent%3A%3A%22planner-1%22"), "{}", d.evidence_query);
    let u = evo.detect(&rows(unknown_set, 1, 3, 5_000), TH, &[], LATER).unwrap().remove(0);
    assert_eq!((u.entity_set.as_deref(), u.category), (Some("Invoices"), InsightCategory::UnmetIntent));
    assert!(u.statement.contains("entity set Invoices, which tenant acme does not have"), "{}", u.statement);

    // Evidence is capped at 20, newest first; a burst at the end is a rising trend.
    let mut many = rows(invariant, 1, 10, 0);
    many.extend(rows(invariant, 100, 30, 50_000));
    let f = evo.detect(&many, TH, &[], LATER).unwrap().remove(0);
    assert_eq!((f.observed, f.evidence.len(), f.trend), (40, 20, Trend::Rising));
    assert_eq!(f.evidence[0], "79000.129");
}

#[test]
fn one_cause_is_one_finding() {
    let evo = evolution();
    // Guard rejections are failures too, but only the guard pattern reports them.
    let mut all = rows(guard, 1, 10, 1_000);
    all.extend(rows(denial, 100, 10, 1_000));
    let found = evo.detect(&all, TH, &[], LATER).unwrap();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(of(&found, Pattern::RepeatedFailure).is_empty());
    // An intent for Task.Archive and calls of the missing action are one subject.
    let mut wants = rows(intent, 1, 2, 1_000);
    wants.push(failed(9, 9_000, "caller", "Task", "Archive", "ActionNotFound", "Task has no action `Archive`"));
    let found = evo.detect(&wants, TH, &[], LATER).unwrap();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].observed, found[0].agents.len()), (3, 2));
}

#[test]
fn known_observations_are_never_duplicated() {
    let evo = evolution();
    let key = "guard-rejection:acme:Task.Start [guard: assignee != '']";
    let old = rows(guard, 1, 6, 10_000);
    // Open: the finding updates it.
    let open = [Known { key: key.into(), open: true, closed_at_ms: 0 }];
    let found = evo.detect(&old, TH, &open, LATER).unwrap();
    assert_eq!(found.len(), 1);
    assert!(found[0].known);
    assert_eq!(found[0].key, key);
    // Closed after all of them: nothing.
    let closed = [Known { key: key.into(), open: false, closed_at_ms: 20_000 }];
    assert!(evo.detect(&old, TH, &closed, LATER).unwrap().is_empty());
    // Newer rows under the threshold: still nothing; at it: a new observation of them only.
    let mut more = old.clone();
    more.extend(rows(guard, 50, 3, 30_000));
    assert!(evo.detect(&more, TH, &closed, LATER).unwrap().is_empty());
    more.push(guard(60, 40_000));
    let found = evo.detect(&more, TH, &closed, LATER).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].known, found[0].observed, found[0].first_ms), (false, 4, 30_000));
    assert!(found[0].evidence.iter().all(|c| c.parse::<f64>().unwrap() > 20_000.0));
    // Another key's record changes nothing here.
    let other = [Known { key: "guard-rejection:acme:Task.Close [guard]".into(), open: false, closed_at_ms: LATER }];
    assert_eq!(evo.detect(&old, TH, &other, LATER).unwrap().len(), 1);
}

#[test]
fn error_spikes_need_volume_rate_and_a_jump() {
    let evo = evolution();
    let now = 10_000_000;
    // Before the window: 50 rows, 2 failed (4%).
    let mut base: Vec<Trajectory> = (0..50).map(|i| ok(i, now - 3_600_000 + i * 1000)).collect();
    base[10] = invariant(10, base[10].time_ms);
    base[20] = invariant(20, base[20].time_ms);
    // In the window: 20 rows, 8 failed (40%).
    let window = |fails: u64, total: u64| -> Vec<Trajectory> {
        (0..total)
            .map(|i| if i < fails { invariant(1000 + i, now - 60_000 + i) } else { ok(1000 + i, now - 60_000 + i) })
            .collect()
    };
    let with = |w: Vec<Trajectory>| {
        let mut all = base.clone();
        all.extend(w);
        evo.detect(&all, TH, &[], now).unwrap()
    };
    let found = with(window(8, 20));
    let spikes = of(&found, Pattern::ErrorSpike);
    assert_eq!(spikes.len(), 1, "{found:#?}");
    let s = spikes[0];
    assert_eq!((s.key.as_str(), s.observed, s.threshold), ("error-spike:acme:error-rate", 40, 40));
    assert_eq!(s.evidence.len(), 8);
    assert_eq!(
        s.evidence_query,
        format!("/api/tenants/acme/trajectories?failed=true&since={}&until={}", now - 300_000, now + 1)
    );
    assert!(
        s.statement.starts_with("8 of 20 dispatches of tenant acme failed in the last 5 min (40%), against 4% before"),
        "{}",
        s.statement
    );
    // 7 of 20 is under the rate; 8 of 19 is under the volume.
    assert!(of(&with(window(7, 20)), Pattern::ErrorSpike).is_empty());
    assert!(of(&with(window(8, 19)), Pattern::ErrorSpike).is_empty());
    // A tenant that always fails this much has no spike.
    let mut bad = base.clone();
    for r in bad.iter_mut().take(25) {
        r.ok = false;
    }
    bad.extend(window(8, 20));
    assert!(of(&evo.detect(&bad, TH, &[], now).unwrap(), Pattern::ErrorSpike).is_empty());
}

#[test]
fn a_failure_followed_by_another_action_that_succeeds_is_a_workaround() {
    let evo = evolution();
    let mut all = Vec::new();
    for i in 0..5 {
        let fail = invariant(i * 2, 1_000_000 + i * 10_000);
        let mut around = ok(i * 2 + 1, fail.time_ms + 5_000);
        (around.agent, around.entity_id, around.action) =
            (fail.agent.clone(), fail.entity_id.clone(), Some("Cancel".into()));
        all.push(fail);
        all.push(around);
    }
    let f = evo.detect(&all, TH, &[], LATER).unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].category, InsightCategory::Workaround);
}

fn spec_files(dir: &str) -> Vec<SourceFile> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let mut v: Vec<SourceFile> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| SourceFile {
            name: p.file_name().unwrap().to_string_lossy().into(),
            content: std::fs::read_to_string(&p).unwrap(),
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// A summary as the component's machine: what the host's proposals pass.
fn machine(s: &SpecSummary) -> Machine {
    temper_host::evolution::proposals::machine(s)
}

/// The machines of `files` as the interpreter component summarizes them.
fn machines(files: &[SourceFile]) -> Vec<Machine> {
    let mut interp = InterpreterPool::locate(&runtime(), None).unwrap().instantiate().unwrap();
    interp.load(files).unwrap().unwrap().iter().map(machine).collect()
}

/// The Task spec with a `Paused` state and `Pause`/`Resume` actions added.
fn with_pause(task: &str) -> String {
    let states = "states = [\"Backlog\", \"Todo\", \"InProgress\", \"Blocked\", \"InReview\", \"Done\", \"Cancelled\"]";
    assert!(task.contains(states));
    let task = task.replace(states, &states.replace("\"Blocked\", ", "\"Blocked\", \"Paused\", "));
    task.replace(
        "# --- timeouts",
        "[[action]]\nname = \"Pause\"\nkind = \"input\"\nfrom = [\"InProgress\"]\nto = \"Paused\"\n\n\
         [[action]]\nname = \"Resume\"\nkind = \"input\"\nfrom = [\"Paused\"]\nto = \"InProgress\"\n\n# --- timeouts",
    )
}

/// The bound actions `Pause` and `Resume` added to the model.
fn model_with_pause(model: &str) -> String {
    let defer = "      <Action Name=\"Defer\" IsBound=\"true\">";
    assert!(model.contains(defer));
    let bound = |name: &str| {
        format!(
            "      <Action Name=\"{name}\" IsBound=\"true\">\n        <Parameter Name=\"bindingParameter\" Type=\"Temper.Tasks.Task\"/>\n      </Action>\n"
        )
    };
    model.replace(defer, &format!("{}{}{defer}", bound("Pause"), bound("Resume")))
}

/// The Task spec with the Start guard relaxed and Defer cancelling instead.
fn relaxed(task: &str) -> String {
    let start = "guard = \"assignee != '' && estimate_points > 0\"";
    let defer = "name = \"Defer\"\nkind = \"input\"\nfrom = [\"Todo\"]\nto = \"Backlog\"";
    assert!(task.contains(start) && task.contains(defer));
    task.replace(start, "guard = \"assignee != ''\"").replace(defer, &defer.replace("Backlog", "Cancelled"))
}

/// The specs with `task` applied to the Task spec and `model` to the data model.
fn edit(files: &[SourceFile], task: impl Fn(&str) -> String, model: impl Fn(&str) -> String) -> Vec<SourceFile> {
    files
        .iter()
        .map(|s| SourceFile {
            name: s.name.clone(),
            content: match s.name.as_str() {
                "Task.ioa.toml" => task(&s.content),
                "model.csdl.xml" => model(&s.content),
                _ => s.content.clone(),
            },
        })
        .collect()
}

fn same(s: &str) -> String {
    s.to_string()
}

#[test]
fn refinement_of_the_bundled_task_spec() {
    let evo = evolution();
    let files = spec_files("apps/tasks/specs");
    let old = machines(&files);
    assert!(evo.refine(&old, &old).unwrap().is_empty(), "the same specs refine to nothing");

    // Adding a state and actions reachable from it only accepts more.
    let added = machines(&edit(&files, with_pause, model_with_pause));
    let r = evo.refine(&old, &added).unwrap();
    assert_eq!(r.len(), 1, "{r:#?}");
    let r = &r[0];
    assert_eq!((r.entity_type.as_str(), r.added, r.removed, r.conservative), ("Task", false, false, true));
    assert_eq!(r.added_states, ["Paused"]);
    assert_eq!(r.added_actions, ["Pause", "Resume"]);
    let moves: Vec<(&str, &str)> = r.newly_legal.iter().map(|m| (m.state.as_str(), m.action.as_str())).collect();
    assert!(moves.contains(&("InProgress", "Pause")) && moves.contains(&("Paused", "Resume")), "{moves:?}");
    // `Comment` (always enabled) is enabled in the new open state too.
    assert!(moves.contains(&("Paused", "Comment")), "{moves:?}");
    assert!(r.removed_states.is_empty() && r.newly_illegal.is_empty() && r.guards_changed.is_empty());

    // The way back removes them, and a changed guard and target are not conservative either.
    let changed = machines(&edit(&files, relaxed, same));
    let r = evo.refine(&added, &changed).unwrap().remove(0);
    assert!(!r.conservative);
    assert_eq!(r.removed_states, ["Paused"]);
    assert_eq!(r.removed_actions, ["Pause", "Resume"]);
    assert_eq!(r.targets_changed, ["Defer: Backlog -> Cancelled"]);
    assert_eq!(r.guards_changed.len(), 1, "{:#?}", r.guards_changed);
    assert_eq!(r.guards_changed[0].action, "Start");
    assert_eq!(r.guards_changed[0].after.as_deref(), Some("assignee != ''"));

    // A type only in one version is added or removed.
    let orders = machines(&spec_files("apps/orders/specs"));
    let r = evo.refine(&old, &orders).unwrap();
    let names: Vec<(&str, bool, bool)> = r.iter().map(|r| (r.entity_type.as_str(), r.added, r.removed)).collect();
    assert_eq!(names, [("Order", true, false), ("Shipment", true, false), ("Task", false, true)]);
}

fn files(specs: &[SourceFile]) -> Vec<File> {
    specs.iter().map(|s| File { name: s.name.clone(), content: s.content.clone() }).collect()
}

fn sorted(mut v: Vec<File>) -> Vec<(String, String)> {
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v.into_iter().map(|f| (f.name, f.content)).collect()
}

#[test]
fn diff_and_apply_round_trip_on_the_bundled_specs() {
    let evo = evolution();
    let old = files(&spec_files("apps/tasks/specs"));
    assert_eq!(evo.diff(&old, &old).unwrap(), "", "equal files give an empty diff");
    let specs = spec_files("apps/tasks/specs");
    let new = files(&edit(&specs, with_pause, model_with_pause));
    let patch = evo.diff(&old, &new).unwrap();
    assert!(patch.starts_with("--- a/Task.ioa.toml\n+++ b/Task.ioa.toml\n@@ -"), "{patch}");
    assert!(patch.contains("\n+name = \"Pause\"\n"), "{patch}");
    assert!(patch.contains("\n--- a/model.csdl.xml\n+++ b/model.csdl.xml\n@@ -"), "{patch}");
    assert_eq!(patch.matches("\n@@ ").count(), 3, "two edits of the spec, one of the model:\n{patch}");
    assert_eq!(sorted(evo.apply(&old, &patch).unwrap().unwrap()), sorted(new.clone()));
    // An unchanged file is left out; the two edits far apart are two hunks.
    let loose = files(&edit(&specs, relaxed, same));
    let patch = evo.diff(&old, &loose).unwrap();
    assert!(!patch.contains("model.csdl.xml"), "{patch}");
    assert_eq!(patch.matches("\n@@ ").count(), 2, "{patch}");
    assert!(
        patch.contains("\n-guard = \"assignee != '' && estimate_points > 0\"\n+guard = \"assignee != ''\"\n"),
        "{patch}"
    );
    assert_eq!(sorted(evo.apply(&old, &patch).unwrap().unwrap()), sorted(loose));

    // A new file and a removed one, together with the edit.
    let mut grown = new.clone();
    grown.retain(|f| f.name != "model.csdl.xml");
    let old_model = old.iter().find(|f| f.name == "model.csdl.xml").unwrap().content.clone();
    grown.push(File { name: "Note.ioa.toml".into(), content: "[automaton]\nname = \"Note\"".into() });
    let patch = evo.diff(&old, &grown).unwrap();
    let removed = format!("--- a/model.csdl.xml\n+++ /dev/null\n@@ -1,{} +0,0 @@\n", old_model.lines().count());
    assert!(patch.contains(&removed), "{patch}");
    assert!(patch.contains("--- /dev/null\n+++ b/Note.ioa.toml\n@@ -0,0 +1,2 @@\n"), "{patch}");
    assert!(patch.contains("\\ No newline at end of file\n"), "{patch}");
    assert_eq!(sorted(evo.apply(&old, &patch).unwrap().unwrap()), sorted(grown));

    // The file changed since the diff was made: refused, naming the file, hunk and line.
    let patch = evo.diff(&old, &new).unwrap();
    let mut stale = old.clone();
    let task = stale.iter_mut().find(|f| f.name == "Task.ioa.toml").unwrap();
    task.content = task.content.replace("\"Blocked\", \"InReview\", \"Done\"", "\"Blocked\", \"Review\", \"Done\"");
    let err = evo.apply(&stale, &patch).unwrap().unwrap_err();
    assert!(err.starts_with("`Task.ioa.toml`: hunk 1 (`@@ -"), "{err}");
    assert!(err.contains("does not apply: line 15 is `states = ["), "{err}");
    // And a patch for a file that is not there.
    let only_model: Vec<File> = old.iter().filter(|f| f.name != "Task.ioa.toml").cloned().collect();
    let err = evo.apply(&only_model, &patch).unwrap().unwrap_err();
    assert_eq!(err, "the patch changes `Task.ioa.toml`, which is not among the files");
    let err =
        evo.apply(&old, "--- a/Task.ioa.toml\n+++ b/Task.ioa.toml\n@@ -1,2 +1,2 @@\n?what\n").unwrap().unwrap_err();
    assert!(err.starts_with("line 4 of the patch does not parse"), "{err}");
}
