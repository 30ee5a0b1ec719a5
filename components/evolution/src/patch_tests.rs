//! Unit and property tests of [`super::apply`] with [`crate::unified::diff`].
#![allow(clippy::unwrap_used)]

use super::*;
use crate::unified::diff;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn files(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn sorted(mut v: Vec<(String, String)>) -> Vec<(String, String)> {
    v.sort();
    v
}

#[test]
fn a_diff_applies_back() {
    let old = files(&[("A", "1\n2\n3\n4\n5\n6\n7\n8\n9\n"), ("B", "b"), ("C", "gone\n")]);
    let new = files(&[("A", "1\n2\nthree\n4\n5\n6\n7\n8\n9\nten\n"), ("B", "b\n"), ("D", "")]);
    let patch = diff(&old, &new);
    assert_eq!(sorted(apply(&old, &patch).unwrap()), sorted(new.clone()));
    // Changed files keep their place, created ones come last.
    let names: Vec<String> = apply(&old, &patch).unwrap().into_iter().map(|f| f.0).collect();
    assert_eq!(names, ["A", "B", "D"]);
    assert_eq!(apply(&old, "").unwrap(), old);
}

#[test]
fn a_stale_patch_is_refused_naming_file_hunk_and_line() {
    let old = files(&[("Task.toml", "a\nb\nc\nd\ne\n")]);
    let new = files(&[("Task.toml", "a\nb\nC\nd\ne\n")]);
    let patch = diff(&old, &new);
    let edited = files(&[("Task.toml", "a\nB\nc\nd\ne\n")]);
    let err = apply(&edited, &patch).unwrap_err();
    assert_eq!(
        err,
        "`Task.toml`: hunk 1 (`@@ -1,5 +1,5 @@`) does not apply: line 2 is `B` where the patch expects `b`"
    );
    let short = files(&[("Task.toml", "a\nb\n")]);
    let err = apply(&short, &patch).unwrap_err();
    assert!(err.contains("the file ends at line 2 where the patch expects `c`"), "{err}");
    // A missing trailing newline is a difference too.
    let err = apply(&files(&[("Task.toml", "a\nb\nc\nd\ne")]), &patch).unwrap_err();
    assert!(err.contains("line 5 is `e` (no newline at end of file) where the patch expects `e`"), "{err}");
}

#[test]
fn missing_existing_and_renamed_files_are_refused() {
    let patch = diff(&files(&[("A", "x\n")]), &files(&[("A", "y\n")]));
    assert_eq!(
        apply(&files(&[("B", "x\n")]), &patch).unwrap_err(),
        "the patch changes `A`, which is not among the files"
    );
    let delete = diff(&files(&[("A", "x\n")]), &[]);
    assert_eq!(apply(&[], &delete).unwrap_err(), "the patch deletes `A`, which is not among the files");
    let create = diff(&[], &files(&[("A", "x\n")]));
    assert_eq!(apply(&files(&[("A", "")]), &create).unwrap_err(), "the patch creates `A`, which already exists");
    let err = apply(&files(&[("A", "x\ny\n")]), &delete).unwrap_err();
    assert!(err.contains("does not apply") || err.contains("do not remove all"), "{err}");
    let rename = "--- a/A\n+++ b/B\n@@ -1 +1 @@\n-x\n+y\n";
    assert!(apply(&files(&[("A", "x\n")]), rename).unwrap_err().contains("renames are not supported"));
}

#[test]
fn unparsable_lines_are_named() {
    let f = files(&[("A", "x\n")]);
    assert_eq!(
        apply(&f, "hello\n").unwrap_err(),
        "line 1 of the patch does not parse (expected a `--- a/<file>` line): `hello`"
    );
    assert!(apply(&f, "--- a/A\nxx\n").unwrap_err().starts_with("line 2 of the patch does not parse"));
    assert!(apply(&f, "--- a/A\n+++ b/A\n@@ -1 +1 @@\n-x\n*y\n").unwrap_err().starts_with("line 5 "));
    assert!(apply(&f, "--- a/A\n+++ b/A\n@@ -one +1 @@\n").unwrap_err().starts_with("line 3 "));
    assert!(apply(&f, "--- a/A\n+++ b/A\n@@ -1 +1 @@\n-x\n").unwrap_err().contains("ends inside the hunk"));
    assert!(apply(&f, "--- a/A\n+++ b/A\n@@ -1 +1 @@\n-x\n+y\n+z\n").unwrap_err().starts_with("line 6 "));
}

#[test]
fn git_headers_crlf_and_zero_context_patches_apply() {
    let f = files(&[("A", "1\r\n2\r\n3\r\n")]);
    let patch = "diff --git a/A b/A\nindex 1..2 100644\n--- a/A\t2024-01-01\n+++ b/A\n@@ -2,0 +3 @@\n+2.5\r\n";
    assert_eq!(apply(&f, patch).unwrap(), files(&[("A", "1\r\n2\r\n2.5\r\n3\r\n")]));
    // A blank line in a hunk is an empty context line.
    let f = files(&[("A", "a\n\nb\n")]);
    assert_eq!(apply(&f, "--- a/A\n+++ b/A\n@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n").unwrap(), files(&[("A", "a\n\nc\n")]));
}

fn file_set() -> impl Strategy<Value = BTreeMap<String, String>> {
    let line =
        prop_oneof![Just("a"), Just("b"), Just("c"), Just(""), Just("-- x"), Just("+"), Just("\\ y"), Just("@@ z")];
    let content = (prop::collection::vec(line, 0..14), any::<bool>()).prop_map(|(lines, newline)| {
        let mut s = lines.join("\n");
        if newline && !lines.is_empty() {
            s.push('\n');
        }
        s
    });
    prop::collection::btree_map(prop_oneof![Just("F1"), Just("F2"), Just("F3"), Just("d/F4")], content, 0..4)
        .prop_map(|m| m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn apply_of_diff_gives_the_new_files(old in file_set(), new in file_set()) {
        let o: Vec<(String, String)> = old.into_iter().collect();
        let n: Vec<(String, String)> = new.into_iter().collect();
        let patch = diff(&o, &n);
        let got = apply(&o, &patch).map_err(|e| TestCaseError::fail(format!("{e}\n{patch}")))?;
        prop_assert_eq!(sorted(got), n, "{}", patch);
    }
}
