//! The Observe dashboard (`/observe`): a page for the humans who run Temper — pending
//! decisions, agents, entities and their history, specs with their diagrams and verification
//! reports, evolution proposals and installed apps, updated live. The page's files are public
//! and hold no data; everything it shows comes from the platform API, called with the human's
//! own bearer token, so every action it takes is a Cedar-authorized call.

pub mod agents;
pub mod diagram;

use crate::server::respond::{Reply, body, error};
use hyper::header::{HeaderName, HeaderValue};
use hyper::{Response, StatusCode};

/// The page's files: name under `/observe/`, content type, content.
const ASSETS: &[(&str, &str, &str)] = &[
    ("index.html", "text/html; charset=utf-8", include_str!("assets/index.html")),
    ("style.css", "text/css; charset=utf-8", include_str!("assets/style.css")),
    ("app.js", JS, include_str!("assets/app.js")),
    ("api.js", JS, include_str!("assets/api.js")),
    ("dom.js", JS, include_str!("assets/dom.js")),
    ("decisions.js", JS, include_str!("assets/decisions.js")),
    ("agents.js", JS, include_str!("assets/agents.js")),
    ("entities.js", JS, include_str!("assets/entities.js")),
    ("specs.js", JS, include_str!("assets/specs.js")),
    ("report.js", JS, include_str!("assets/report.js")),
    ("evolution.js", JS, include_str!("assets/evolution.js")),
    ("apps.js", JS, include_str!("assets/apps.js")),
];

const JS: &str = "text/javascript; charset=utf-8";

/// The page may load only its own files and talk only to this server; nothing it renders can
/// run script (the data is agent-written).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Whether `path` is one of the page's routes (`/observe`, `/observe/`, `/observe/<file>`).
pub fn is_page_path(path: &str) -> bool {
    match path.strip_prefix("/observe") {
        Some("") | Some("/") => true,
        Some(rest) => rest.strip_prefix('/').is_some_and(|f| !f.is_empty() && !f.contains('/')),
        None => false,
    }
}

/// Serves one of the page's files (no authentication: they hold no data).
pub fn serve(method: &hyper::Method, path: &str) -> Reply {
    if method != hyper::Method::GET && method != hyper::Method::HEAD {
        let mut r = error(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            &format!("{method} is not allowed on `{path}`; allowed: GET"),
        );
        r.headers_mut().insert(hyper::header::ALLOW, HeaderValue::from_static("GET"));
        return r;
    }
    let name = match path.trim_start_matches("/observe").trim_start_matches('/') {
        "" => "index.html",
        n => n,
    };
    let Some((_, mime, content)) = ASSETS.iter().find(|(n, _, _)| *n == name) else {
        let files: Vec<&str> = ASSETS.iter().map(|(n, _, _)| *n).collect();
        return error(
            StatusCode::NOT_FOUND,
            "NotFound",
            &format!("no file `{name}` in the Observe dashboard (open `/observe`; files: {})", files.join(", ")),
        );
    };
    let mut r =
        Response::new(body(if method == hyper::Method::HEAD { Vec::new() } else { content.as_bytes().to_vec() }));
    let h = r.headers_mut();
    h.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(hyper::header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(hyper::header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(hyper::header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(HeaderName::from_static("referrer-policy"), HeaderValue::from_static("no-referrer"));
    r
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn page_paths_are_one_level_under_observe() {
        for p in ["/observe", "/observe/", "/observe/app.js"] {
            assert!(is_page_path(p), "{p}");
        }
        for p in ["/observer", "/observe/odata/x", "/tasks/observe", "/observe//"] {
            assert!(!is_page_path(p), "{p}");
        }
    }

    #[test]
    fn every_module_the_page_imports_is_served() {
        for (name, _, content) in ASSETS {
            for line in content.lines().filter(|l| l.trim_start().starts_with("import ")) {
                let Some(spec) = line.split(['\'', '"']).nth(1) else { continue };
                let file = spec.trim_start_matches("./");
                assert!(ASSETS.iter().any(|(n, _, _)| *n == file), "{name} imports `{spec}`, which is not served");
            }
        }
        let r = serve(&hyper::Method::GET, "/observe");
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(serve(&hyper::Method::GET, "/observe/nope.js").status(), StatusCode::NOT_FOUND);
        assert_eq!(serve(&hyper::Method::POST, "/observe").status(), StatusCode::METHOD_NOT_ALLOWED);
    }
}
