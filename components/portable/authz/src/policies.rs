//! The bundled policy set, parsed once per instance: every file named by the build script
//! (`build.rs`), each policy under a stable id — `guardrail:<@id>` and `builtin:<@id>` as the
//! host names them, `app:<app>:<file>` and `portable:<file>` (then `#2`, `#3`, … for further
//! policies of the same file).

use cedar_policy::{PolicyId, PolicySet};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/policies.rs"));

static SET: OnceLock<Result<PolicySet, String>> = OnceLock::new();

/// The parsed set, or why it does not parse.
pub fn set() -> Result<&'static PolicySet, &'static str> {
    SET.get_or_init(|| parse(SOURCES)).as_ref().map_err(String::as_str)
}

/// Parses `(id, ids from @id annotations, text)` sources into one set.
pub fn parse(sources: &[(&str, bool, &str)]) -> Result<PolicySet, String> {
    let mut set = PolicySet::new();
    for (base, annotated, text) in sources {
        let parsed: PolicySet = text.parse().map_err(|e| format!("`{base}`: {e}"))?;
        if parsed.templates().next().is_some() {
            return Err(format!("`{base}`: templates are not supported in bundled policies"));
        }
        for (i, policy) in parsed.policies().enumerate() {
            let id = match (annotated, policy.annotation("id")) {
                (true, Some(a)) => format!("{base}:{a}"),
                (true, None) => return Err(format!("`{base}`: policy {} has no `@id` annotation", i + 1)),
                (false, _) if i == 0 => base.to_string(),
                (false, _) => format!("{base}#{}", i + 1),
            };
            set.add(policy.new_id(PolicyId::new(&id))).map_err(|e| format!("`{id}`: {e}"))?;
        }
    }
    Ok(set)
}
