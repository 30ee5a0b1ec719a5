//! The properties a model lists (`[[invariant]]`, `terminal`, `[[liveness]]`), honesty about
//! what it cannot check (what L0 does not see is listed as abstracted; L1 checks it exactly),
//! abstraction of guards and effects, and the errors `build_models` returns.

mod common;

use common::{TestResult, action, model, property};
use temper_spec::SourceFile;
use temper_verifier_frontend::build::build_models;
use temper_verifier_frontend::model::{
    EffectTreatment, LivenessProperty, Options, PropertyKind, QueryKind, Representation,
};

const SPEC: &str = r#"
[automaton]
name = "Doc"
states = ["Draft", "Review", "Published", "Archived"]
initial = "Draft"
terminal = ["Archived"]

[[state]]
name = "owner"
type = "string"
initial = ""

[[state]]
name = "due"
type = "int"
initial = 0

[[state]]
name = "edits"
type = "counter"
initial = 0

[[state]]
name = "tags"
type = "list"
initial = []

[[action]]
name = "Edit"
from = ["Draft"]
params = [{ name = "by", type = "string" }]
guard = "params.by != '' && edits < 10"
effect = ["edits += 1", "owner = params.by", "edits -= due"]

[[action]]
name = "Submit"
from = ["Draft"]
to = "Review"
guard = "owner != ''"

[[action]]
name = "Publish"
from = ["Review"]
to = "Published"

[[action.triggers]]
name = "announce"
kind = "webhook"
url = "https://example.invalid/hook"

[[action]]
name = "Archive"
from = ["Published"]
to = "Archived"

[[state_timeout]]
state = "Archived"
after_seconds = 60
on_timeout = "Revive"

[[action]]
name = "Revive"
kind = "internal"
from = ["Published"]
to = "Draft"

[[invariant]]
name = "HasOwner"
assert = "status != 'Draft' => owner != ''"

[[invariant]]
name = "DueSet"
assert = "due >= 0"

[[invariant]]
name = "FewEdits"
assert = "edits <= 10"

[[invariant]]
name = "Tagged"
assert = "status == 'Published' => 'final' in tags"

[[liveness]]
name = "ReviewEnds"
from = ["Review"]
reaches = ["Published", "Archived"]

[[liveness]]
name = "NeverStuck"
from = ["Draft"]
has_actions = true
"#;

#[test]
fn an_invariant_reading_a_string_is_checked_by_l1_and_abstracted_for_l0() -> TestResult {
    let m = model(SPEC)?;
    assert!(!m.has_errors(), "{:?}", m.diagnostics);
    let p = property(&m, "HasOwner")?;
    assert_eq!(p.unmodelled, None, "L1 holds the string over its domain");
    assert!(p.abstracted.iter().any(|a| a.text == "owner != ''" && a.reason.contains("L0 does not see it")), "{p:?}");
    let owner = m.variables.iter().find(|v| v.name == "owner").ok_or("no owner")?;
    assert_eq!(owner.representation, Representation::Values);
    assert!(owner.relevant, "a guard and an invariant read it");
    assert!(owner.domain.len() >= 2, "{owner:?}");
    let q = m.queries.iter().find(|q| q.id == "initial/HasOwner").ok_or("no initial query")?;
    assert!(!q.exact, "L0 does not see the string, so its answer is inexact");
    Ok(())
}

#[test]
fn an_invariant_reading_an_int_is_checked_too() -> TestResult {
    let m = model(SPEC)?;
    let p = property(&m, "DueSet")?;
    assert_eq!(p.unmodelled, None);
    assert!(p.abstracted.iter().any(|a| a.reason.contains("`due`, an int")), "{p:?}");
    assert_eq!(m.diagnostics.iter().filter(|d| d.is_error()).count(), 0, "{:?}", m.diagnostics);
    Ok(())
}

#[test]
fn list_membership_is_checkable_but_unknown_to_l0() -> TestResult {
    let m = model(SPEC)?;
    let p = property(&m, "Tagged")?;
    assert_eq!(p.unmodelled, None);
    assert_eq!(p.abstracted.len(), 1, "{p:?}");
    assert!(p.abstracted[0].reason.contains("membership"), "{p:?}");
    let init = m.queries.iter().find(|q| q.id == "initial/Tagged").ok_or("no initial query")?;
    assert!(init.exact, "the initial list is concrete");
    let step = m.queries.iter().find(|q| q.id == "inductive/Tagged/Publish").ok_or("no induction query")?;
    assert!(!step.exact);
    Ok(())
}

#[test]
fn terminal_and_liveness_properties_are_listed() -> TestResult {
    let m = model(SPEC)?;
    let t = property(&m, "terminal")?;
    assert_eq!(t.kind, PropertyKind::Terminal(vec!["Archived".into()]));
    assert_eq!(t.source, "terminal = [\"Archived\"]");
    let l = property(&m, "ReviewEnds")?;
    assert_eq!(
        l.kind,
        PropertyKind::Liveness(LivenessProperty {
            from: vec!["Review".into()],
            reaches: vec!["Published".into(), "Archived".into()],
            has_actions: false
        })
    );
    let n = property(&m, "NeverStuck")?;
    assert!(matches!(&n.kind, PropertyKind::Liveness(l) if l.has_actions && l.reaches.is_empty()));
    assert_eq!(n.source, "from = [\"Draft\"], has_actions = true");
    let names: Vec<&str> = m.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["HasOwner", "DueSet", "FewEdits", "Tagged", "terminal", "ReviewEnds", "NeverStuck"]);
    Ok(())
}

#[test]
fn a_timeout_that_leaves_a_terminal_state_gets_a_query() -> TestResult {
    let m = model(SPEC)?;
    let q = m.queries.iter().find(|q| q.kind == QueryKind::TerminalStays).ok_or("no terminal query")?;
    assert_eq!(q.id, "terminal/Revive");
    assert!(q.script.contains("(= pre_status S_Archived)"), "{}", q.script);
    assert!(m.gaps.iter().any(|g| g.place == "[[state_timeout]] Archived"), "{:?}", m.gaps);
    Ok(())
}

#[test]
fn guards_and_effects_say_what_l0_abstracts() -> TestResult {
    let m = model(SPEC)?;
    let edit = action(&m, "Edit")?;
    assert_eq!(edit.abstracted.len(), 1, "{:?}", edit.abstracted);
    assert_eq!(edit.abstracted[0].text, "params.by != ''");
    let treatments: Vec<&EffectTreatment> = edit.effects.iter().map(|e| &e.treatment).collect();
    assert_eq!(treatments[0], &EffectTreatment::Exact);
    assert!(matches!(treatments[1], EffectTreatment::Ignored(w) if w.contains("owner")));
    assert!(matches!(treatments[2], EffectTreatment::Abstracted(w) if w.contains("due")));
    let guard = m.queries.iter().find(|q| q.id == "guard/Edit").ok_or("no guard query")?;
    assert!(!guard.exact && guard.script.contains("unknown_1"));
    let submit = action(&m, "Submit")?;
    assert!(submit.abstracted[0].reason.contains("`owner`"), "{:?}", submit.abstracted);
    assert!(m.gaps.iter().any(|g| g.place == "[[action]] Publish: triggers"), "{:?}", m.gaps);
    assert!(m.gaps.iter().any(|g| g.place == "[[state]] owner"));
    Ok(())
}

#[test]
fn a_spec_that_does_not_load_gives_its_diagnostics() -> TestResult {
    let bad = SourceFile::new("Bad.ioa.toml", "[automaton]\nname = \"X\"\nstates = [\"A\"]\ninitial = \"B\"\n");
    let Err(diags) = build_models(&[bad], &Options::default()) else { return Err("expected errors".into()) };
    assert!(diags.iter().any(|d| d.is_error() && d.message.contains("`B`")), "{diags:?}");
    Ok(())
}

#[test]
fn options_out_of_range_are_diagnostics() -> TestResult {
    let files = [SourceFile::new("T.ioa.toml", SPEC)];
    let Err(diags) = build_models(&files, &Options { max_param_values: 0, ..Options::default() }) else {
        return Err("expected an error".into());
    };
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].key, "max-param-values");
    Ok(())
}
