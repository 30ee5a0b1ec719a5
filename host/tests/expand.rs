//! `$expand` over real HTTP against the real binary: a fixture app (`Project` 1 - * `Issue`,
//! joined by `Issue.project_id`) deployed as tenant `pm`; single-valued and collection
//! expansion with nested options, `$select` with `$expand`, a missing target as `null`, the
//! depth limit, unknown navigation properties and expansion on a list.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use serde_json::Value;
use std::path::Path;

const P: &str = "/pm/odata/Projects";
const I: &str = "/pm/odata/Issues";

/// A temporary apps directory holding the fixture as the app `pm`.
fn apps_dir() -> std::path::PathBuf {
    let apps = fresh_dir("expand-apps");
    let specs = apps.join("pm").join("specs");
    std::fs::create_dir_all(&specs).unwrap();
    std::fs::write(apps.join("pm/app.toml"), "name = \"pm\"\nversion = \"0.1.0\"\n").unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/expand_app/specs");
    for f in std::fs::read_dir(fixture).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), specs.join(f.file_name())).unwrap();
    }
    apps
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x["Id"].as_str().unwrap().to_string()).collect()
}

fn get(h: &Host, path: &str) -> Response {
    h.request("GET", &path.replace(' ', "%20"), &[], None)
}

#[test]
fn expand_navigation_properties() {
    let h = Host::start_with(&fresh_dir("expand"), &apps_dir());
    for (id, name) in [("p1", "Apollo"), ("p2", "Borealis")] {
        let r = h.request("POST", P, &[], Some(&format!(r#"{{"Id": "{id}", "name": "{name}"}}"#)));
        assert_eq!(r.status, 201, "{}", r.body);
    }
    for (id, title, project) in
        [("i1", "crash on start", "p1"), ("i2", "add docs", "p1"), ("i3", "bump deps", "p1"), ("i4", "orphan", "gone")]
    {
        let body = format!(r#"{{"Id": "{id}", "title": "{title}", "project_id": "{project}"}}"#);
        let r = h.request("POST", I, &[], Some(&body));
        assert_eq!(r.status, 201, "{}", r.body);
    }

    // Single-valued: the project whose Id is the issue's project_id, with its ETag.
    let r = get(&h, &format!("{I}('i1')?$expand=project"));
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["title"], "crash on start");
    assert_eq!(
        (j["project"]["Id"].as_str(), j["project"]["name"].as_str()),
        (Some("p1"), Some("Apollo")),
        "{}",
        r.body
    );
    assert_eq!(j["project"]["@odata.etag"], "W/\"1\"", "{}", r.body);

    // Missing target: null.
    let r = get(&h, &format!("{I}('i4')?$expand=project"));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.json()["project"].is_null(), "{}", r.body);

    // Collection with nested $select/$orderby/$top.
    let r = get(&h, &format!("{P}('p1')?$expand=issues($select=title;$orderby=title desc;$top=2)"));
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    let issues = j["issues"].as_array().unwrap();
    let titles: Vec<&str> = issues.iter().map(|x| x["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["crash on start", "bump deps"], "{}", r.body);
    assert!(issues.iter().all(|x| x.get("project_id").is_none() && x["@odata.etag"].is_string()), "{}", r.body);
    // Nested $filter, and an empty collection.
    let r = get(&h, &format!("{P}('p1')?$expand=issues($filter=contains(title,'d'))"));
    assert_eq!(ids(&r.json()["issues"]).len(), 2, "{}", r.body);
    let r = get(&h, &format!("{P}('p2')?$expand=issues"));
    assert_eq!(r.json()["issues"], serde_json::json!([]), "{}", r.body);

    // $select together with $expand keeps the expansion.
    let r = get(&h, &format!("{I}('i2')?$select=title&$expand=project($select=name)"));
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["title"], "add docs");
    assert!(j.get("project_id").is_none(), "{}", r.body);
    assert_eq!(j["project"]["name"], "Apollo", "{}", r.body);
    let r = get(&h, &format!("{I}('i2')?$select=title,project&$expand=project"));
    assert_eq!((r.status, r.json()["project"]["Id"].as_str()), (200, Some("p1")), "{}", r.body);

    // Three levels are served; four are refused with the reason.
    let r = get(&h, &format!("{I}('i1')?$expand=project($expand=issues($expand=project))"));
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(ids(&j["project"]["issues"]).len(), 3, "{}", r.body);
    assert_eq!(j["project"]["issues"][0]["project"]["Id"], "p1", "{}", r.body);
    let r = get(&h, &format!("{I}('i1')?$expand=project($expand=issues($expand=project($expand=issues)))"));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("$expand nests deeper than 3 levels; request fewer levels"), "{}", r.body);

    // Unknown navigation property: 400 naming the known ones.
    let r = get(&h, &format!("{I}('i1')?$expand=owner"));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("owner") && r.body.contains("project"), "{}", r.body);
    let r = get(&h, &format!("{P}?$expand=tasks"));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("issues"), "{}", r.body);
    // Filtering a single-valued expansion is refused, not ignored.
    let r = get(&h, &format!("{I}('i1')?$expand=project($top=1)"));
    assert_eq!(r.status, 400, "{}", r.body);

    // Expand on a list.
    let r = get(&h, &format!("{I}?$orderby=Id&$expand=project($select=name)"));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json()["value"].clone();
    assert_eq!(ids(&v), ["i1", "i2", "i3", "i4"], "{}", r.body);
    assert_eq!(v[0]["project"]["name"], "Apollo", "{}", r.body);
    assert!(v[3]["project"].is_null(), "{}", r.body);
    let r = get(&h, &format!("{P}?$orderby=Id&$select=name&$expand=issues($orderby=Id;$select=Id)"));
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json()["value"].clone();
    assert_eq!(ids(&v[0]["issues"]), ["i1", "i2", "i3"], "{}", r.body);
    assert_eq!(v[1]["name"], "Borealis", "{}", r.body);
    assert_eq!(ids(&v[1]["issues"]).len(), 0, "{}", r.body);

    // $count still refuses $expand.
    let r = get(&h, &format!("{P}/$count?$expand=issues"));
    assert_eq!(r.status, 400, "{}", r.body);
}
