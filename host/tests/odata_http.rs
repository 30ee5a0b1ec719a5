//! OData v4 over real HTTP against the real binary, the OData and interpreter components and a
//! libSQL file: CRUD, bound actions, query options, ETags, idempotency, tenants, bad inputs
//! (each with its clear error and no change), and a journal replay with no drift afterwards.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

const T: &str = "/tasks/odata/Tasks";

fn etag_seq(r: &Response) -> String {
    r.header("ETag").unwrap_or_default().to_string()
}

#[test]
fn crud_actions_queries_and_etags() {
    let dir = fresh_dir("odata-crud");
    let h = Host::start(&dir);
    let r = h.request("POST", T, &[], Some(r#"{"Id": "t1", "title": "Review PR #42"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["status"], "Backlog");
    assert_eq!(etag_seq(&r), "W/\"1\"");
    let r = h.request("GET", &format!("{T}('t1')"), &[], None);
    assert_eq!((r.status, r.json()["title"].as_str()), (200, Some("Review PR #42")), "{}", r.body);
    // A create cannot skip the state machine: counters, bools and lists start where the spec says.
    let r = h.request("POST", T, &[], Some(r#"{"Id": "t9", "title": "x", "estimate_points": 5}"#));
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("estimate_points") && r.body.contains("only bound actions change"), "{}", r.body);
    assert_eq!(h.request("GET", &format!("{T}('t9')"), &[], None).status, 404, "nothing was created");
    let r = h.request("POST", T, &[], Some(r#"{"Id": "t8", "title": "x", "estimate_points": 0, "approved": false}"#));
    assert_eq!(r.status, 201, "the initial values themselves are fine: {}", r.body);
    assert_eq!(h.request("DELETE", &format!("{T}('t8')"), &[], None).status, 204);

    // A guard that does not hold: 409 naming the clause, nothing journaled.
    let r = h.request("POST", &format!("{T}('t1')/Temper.Tasks.Plan"), &[], Some("{}"));
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("estimate_points > 0"), "{}", r.body);
    let r = h.request("POST", &format!("{T}('t1')/Temper.Tasks.Estimate"), &[], Some(r#"{"points": 3}"#));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["estimate_points"], 3);
    let r = h.request("POST", &format!("{T}('t1')/Temper.Tasks.Plan"), &[], Some("{}"));
    assert_eq!((r.status, r.json()["status"].as_str()), (200, Some("Todo")), "{}", r.body);
    // Not allowed from this state: 409 listing the states that allow it.
    let r = h.request("POST", &format!("{T}('t1')/Temper.Tasks.Plan"), &[], Some("{}"));
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("Backlog"), "{}", r.body);

    // Query options pushed down to SQL.
    h.request("POST", T, &[], Some(r#"{"Id": "t2", "title": "Write docs"}"#));
    h.request("POST", T, &[], Some(r#"{"Id": "t3", "title": "Fix bug"}"#));
    let r = h.request("GET", &format!("{T}?$filter=status%20eq%20'Todo'&$count=true"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!((j["@odata.count"].as_u64(), j["value"].as_array().map(Vec::len)), (Some(1), Some(1)), "{}", r.body);
    let r = h.request("GET", &format!("{T}?$orderby=title%20desc&$top=2&$select=title"), &[], None);
    let titles: Vec<String> = r.json()["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["title"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(titles, ["Write docs", "Review PR #42"], "{}", r.body);
    let r = h.request("GET", &format!("{T}?$filter=contains(title,'PR')"), &[], None);
    assert_eq!(r.json()["value"].as_array().map(Vec::len), Some(1), "{}", r.body);
    let r = h.request("GET", &format!("{T}('t1')/title"), &[], None);
    assert_eq!(r.json()["value"], "Review PR #42", "{}", r.body);

    // ETags: a stale If-Match is 412 and changes nothing; the right one applies.
    let current = h.request("GET", &format!("{T}('t1')"), &[], None);
    let r = h.request("PATCH", &format!("{T}('t1')"), &[("If-Match", "W/\"1\"")], Some(r#"{"title": "stale"}"#));
    assert_eq!(r.status, 412, "{}", r.body);
    let r = h.request(
        "PATCH",
        &format!("{T}('t1')"),
        &[("If-Match", &etag_seq(&current))],
        Some(r#"{"title": "Review PR #43"}"#),
    );
    assert_eq!((r.status, r.json()["title"].as_str()), (200, Some("Review PR #43")), "{}", r.body);
    let r = h.request("DELETE", &format!("{T}('t3')"), &[], None);
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(h.request("GET", &format!("{T}('t3')"), &[], None).status, 404);

    // $metadata carries the state machine.
    let r = h.request("GET", "/tasks/odata/$metadata", &[], None);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Temper.StateMachine.States") && r.body.contains("InProgress"), "{}", r.body);

    // The journal replays to exactly the projection.
    assert!(h.stop().success());
    assert_no_drift(&dir);
}

#[test]
fn bad_inputs_get_clear_errors_and_change_nothing() {
    let h = Host::start(&fresh_dir("odata-bad"));
    assert_eq!(h.request("POST", T, &[], Some(r#"{"Id": "b1", "title": "x"}"#)).status, 201);
    let before = h.request("GET", &format!("{T}('b1')"), &[], None).body;
    let cases: Vec<(&str, String, Option<String>, u16, &str)> = vec![
        ("POST", T.to_string(), Some("{not json".into()), 400, ""),
        ("POST", T.to_string(), Some(r#"{"Id": "b2", "colour": "red"}"#.into()), 422, "colour"),
        ("POST", T.to_string(), Some(r#"{"Id": "b3", "estimate_points": "many"}"#.into()), 422, "estimate_points"),
        ("POST", format!("{T}('b1')/Temper.Tasks.Estimate"), Some(r#"{"points": "three"}"#.into()), 400, "points"),
        ("POST", format!("{T}('b1')/Temper.Tasks.Fly"), Some("{}".into()), 404, "Fly"),
        ("GET", format!("{T}?$filter=title%20eq%20"), None, 400, "$filter"),
        ("GET", format!("{T}?$filter=nope%20eq%201"), None, 400, "nope"),
        ("GET", "/tasks/odata/Nothing".to_string(), None, 404, "Nothing"),
        ("GET", "/nobody/odata/Tasks".to_string(), None, 404, ""),
        ("POST", T.to_string(), Some(format!(r#"{{"Id": "big", "title": "{}"}}"#, "x".repeat(2 << 20))), 413, ""),
    ];
    for (method, path, body, status, mention) in cases {
        let r = h.request(method, &path, &[], body.as_deref());
        assert_eq!(r.status, status, "{method} {path}: {}", r.body.chars().take(400).collect::<String>());
        if status != 413 {
            assert!(
                r.json()["error"]["message"].as_str().is_some_and(|m| m.contains(mention)),
                "{method} {path}: {}",
                r.body
            );
        }
    }
    assert_eq!(h.request("GET", &format!("{T}('b1')"), &[], None).body, before, "errors changed nothing");
    assert_eq!(h.request("GET", &format!("{T}('b2')"), &[], None).status, 404);
}

#[test]
fn idempotency_keys_apply_once_and_tenants_are_isolated() {
    let h = Host::start(&fresh_dir("odata-idem"));
    let body = r#"{"Id": "i1", "title": "Once"}"#;
    let a = h.request("POST", T, &[("Idempotency-Key", "k-create")], Some(body));
    let b = h.request("POST", T, &[("Idempotency-Key", "k-create")], Some(body));
    assert_eq!((a.status, b.status), (201, 201), "{} / {}", a.body, b.body);
    assert_eq!(a.body, b.body);
    let est = |key: &str| {
        h.request(
            "POST",
            &format!("{T}('i1')/Temper.Tasks.Comment"),
            &[("Idempotency-Key", key)],
            Some(r#"{"body": "hi"}"#),
        )
    };
    assert_eq!(est("k-c1").status, 200);
    assert_eq!(est("k-c1").status, 200);
    assert_eq!(
        h.request("GET", &format!("{T}('i1')"), &[], None).json()["comment_count"],
        1,
        "a retried action is applied once"
    );
    let r = h.request(
        "POST",
        &format!("{T}('i1')/Temper.Tasks.Comment"),
        &[("Idempotency-Key", "k-c1")],
        Some(r#"{"body": "other"}"#),
    );
    assert_eq!(r.status, 422, "same key, different request: {}", r.body);
    // Another tenant neither sees nor reaches these entities.
    assert_eq!(h.request("GET", "/knowledge/odata/Tasks('i1')", &[], None).status, 404);
    assert_eq!(h.request("GET", "/knowledge/odata/KnowledgeEntries('i1')", &[], None).status, 404);
}

#[test]
fn tenants_with_the_same_specs_never_see_or_touch_each_other() {
    let h = Host::start_with(&fresh_dir("tenants"), &fresh_dir("tenants-apps"));
    let files = {
        let mut m = serde_json::Map::new();
        for e in std::fs::read_dir(repo().join("apps/tasks/specs")).unwrap() {
            let p = e.unwrap().path();
            m.insert(p.file_name().unwrap().to_string_lossy().into(), std::fs::read_to_string(&p).unwrap().into());
        }
        serde_json::json!({ "files": m }).to_string()
    };
    for t in ["acme", "globex"] {
        assert_eq!(h.request("POST", &format!("/api/tenants/{t}/specs"), &[], Some(&files)).status, 200);
    }
    assert_eq!(
        h.request("POST", "/acme/odata/Tasks", &[], Some(r#"{"Id": "t1", "title": "acme secret"}"#)).status,
        201
    );
    // Read, list, patch, act, delete from the other tenant: never reaches acme's entity.
    assert_eq!(h.request("GET", "/globex/odata/Tasks('t1')", &[], None).status, 404);
    assert_eq!(h.request("GET", "/globex/odata/Tasks", &[], None).json()["value"].as_array().map(Vec::len), Some(0));
    assert_eq!(h.request("PATCH", "/globex/odata/Tasks('t1')", &[], Some(r#"{"title": "pwned"}"#)).status, 404);
    assert_eq!(
        h.request("POST", "/globex/odata/Tasks('t1')/Temper.Tasks.Comment", &[], Some(r#"{"body": "x"}"#)).status,
        404
    );
    assert_eq!(h.request("DELETE", "/globex/odata/Tasks('t1')", &[], None).status, 404);
    // The same id in the other tenant is a different entity.
    assert_eq!(h.request("POST", "/globex/odata/Tasks", &[], Some(r#"{"Id": "t1", "title": "globex"}"#)).status, 201);
    let r = h.request("GET", "/acme/odata/Tasks('t1')", &[], None);
    assert_eq!((r.json()["title"].as_str(), r.json()["comment_count"].as_i64()), (Some("acme secret"), Some(0)));
}

/// Follows `@odata.nextLink` (an absolute URL) and returns the ids of every page.
fn pages(h: &Host, first: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut next = Some(first.to_string());
    while let Some(path) = next.take() {
        let r = h.request("GET", &path, &[], None);
        assert_eq!(r.status, 200, "{}", r.body);
        let j = r.json();
        out.push(j["value"].as_array().unwrap().iter().map(|v| v["Id"].as_str().unwrap().to_string()).collect());
        next = j["@odata.nextLink"]
            .as_str()
            .map(|u| u.split_once("/tasks/").map(|(_, rest)| format!("/tasks/{rest}")).unwrap());
        assert!(out.len() < 10, "paging does not end");
    }
    out
}

#[test]
fn server_driven_paging_follows_the_configured_page_size() {
    let h = Host::start_args(&fresh_dir("paging"), &unseeded_apps(), &["--page-size", "2"]);
    for i in 1..=5 {
        assert_eq!(h.request("POST", T, &[], Some(&format!(r#"{{"Id": "p{i}", "title": "task {i}"}}"#))).status, 201);
    }
    assert_eq!(pages(&h, &format!("{T}?$orderby=Id")), vec![vec!["p1", "p2"], vec!["p3", "p4"], vec!["p5"]]);
    // `$top` larger than a page: paged, and the pages stop at `$top`.
    assert_eq!(pages(&h, &format!("{T}?$orderby=Id&$top=3")), vec![vec!["p1", "p2"], vec!["p3"]]);
    // `$skip` and `$count` together: the count is of all matches.
    let r = h.request("GET", &format!("{T}?$orderby=Id%20desc&$skip=1&$top=1&$count=true"), &[], None);
    let j = r.json();
    assert_eq!((j["@odata.count"].as_u64(), j["value"][0]["Id"].as_str()), (Some(5), Some("p4")), "{}", r.body);
    assert_eq!(h.request("GET", &format!("{T}/$count"), &[], None).body.trim(), "5");
}

#[test]
fn writes_that_are_not_actions_keep_the_invariants_too() {
    let h = Host::start(&fresh_dir("odata-invariants"));
    let r = h.request("POST", T, &[], Some(r#"{"Id": "w1", "title": "Ship it"}"#));
    assert_eq!(r.status, 201, "{}", r.body);
    for (action, body) in
        [("Estimate", r#"{"points": 2}"#), ("Assign", r#"{"assignee": "ana"}"#), ("Plan", "{}"), ("Start", "{}")]
    {
        let r = h.request("POST", &format!("{T}('w1')/Temper.Tasks.{action}"), &[], Some(body));
        assert_eq!(r.status, 200, "{action}: {}", r.body);
    }
    let before = h.request("GET", &format!("{T}('w1')"), &[], None).body;
    // In progress, a task needs an assignee: a PATCH that clears it is refused, not applied.
    let r = h.request("PATCH", &format!("{T}('w1')"), &[], Some(r#"{"assignee": ""}"#));
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("WorkHasAssignee") && r.body.contains("nothing changed"), "{}", r.body);
    assert_eq!(h.request("GET", &format!("{T}('w1')"), &[], None).body, before);
    // A PATCH that keeps the invariants goes through.
    assert_eq!(h.request("PATCH", &format!("{T}('w1')"), &[], Some(r#"{"assignee": "bo"}"#)).status, 200);
    assert!(h.stop().success());
}

/// The component runs inline with the request and its answer is buffered whole: an answer of
/// many write chunks (4 KiB each) must arrive complete, never stall waiting for a reader.
#[test]
fn large_answers_arrive_whole() {
    let dir = fresh_dir("odata-large");
    let h = Host::start(&dir);
    let title = "a title long enough to make the collection span many chunks ".repeat(4);
    for i in 0..60 {
        let body = serde_json::json!({"Id": format!("t{i}"), "title": format!("{title}{i}")}).to_string();
        assert_eq!(h.request("POST", T, &[], Some(&body)).status, 201);
    }
    let r = h.request("GET", &format!("{T}?$orderby=Id&$top=60"), &[], None);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.len() > 16 * 1024, "the answer spans several chunks: {} bytes", r.body.len());
    let rows = r.json()["value"].as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), 60, "every row arrived");
    assert!(rows.iter().all(|t| t["title"].as_str().is_some_and(|s| s.starts_with(&title))));
}

#[test]
fn a_body_over_the_limit_is_refused_and_changes_nothing() {
    let dir = fresh_dir("odata-too-large");
    let h = Host::start(&dir);
    let huge = format!(r#"{{"Id": "t1", "title": "{}"}}"#, "x".repeat(1 << 20));
    let r = h.request("POST", T, &[], Some(&huge));
    assert_eq!(r.status, 413, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "PayloadTooLarge");
    assert!(r.body.contains("limited to 1048576 bytes"), "{}", r.body);
    assert_eq!(h.request("GET", &format!("{T}('t1')"), &[], None).status, 404, "nothing was created");
}
