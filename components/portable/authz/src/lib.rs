//! The portable build's authorizer: `temper:host/authz` decided by Cedar inside the component,
//! against the policies bundled at build time ([`policies`]). Default deny; a malformed request
//! is a denial with the reason in `errors`, never a trap. There is no governance here, so a
//! denial carries no remedy. The principal is the one in the request: in the portable build no
//! host resolves a credential, so the embedder's gateway vouches for `x-temper-principal`.

// wit-bindgen's generated canonical-ABI glue is `unsafe`; the crate's own code has none.
#![allow(unsafe_code)]

pub mod policies;
pub mod request;

wit_bindgen::generate!({
    world: "portable-authz",
    path: "../../../wit/kernel",
    generate_all,
});

use exports::temper::host::authz::{AuthzRequest, AuthzResponse, Decision, Guest};

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Authz;

impl Guest for Authz {
    fn authorize(req: AuthzRequest) -> AuthzResponse {
        decide(&req)
    }

    fn check_many(reqs: Vec<AuthzRequest>) -> Vec<Decision> {
        reqs.iter().map(|r| decide(r).decision).collect()
    }
}

fn deny(error: String) -> AuthzResponse {
    AuthzResponse { decision: Decision::Deny, policies: Vec::new(), errors: vec![error], remedy: None }
}

/// One Cedar decision over the bundled set.
pub fn decide(req: &AuthzRequest) -> AuthzResponse {
    let set = match policies::set() {
        Ok(s) => s,
        Err(e) => return deny(format!("the bundled policies do not parse: {e}")),
    };
    let (request, entities) = match request::build(req) {
        Ok(x) => x,
        Err(e) => return deny(e),
    };
    let answer = cedar_policy::Authorizer::new().is_authorized(&request, set, &entities);
    let decision = match answer.decision() {
        cedar_policy::Decision::Allow => Decision::Allow,
        cedar_policy::Decision::Deny => Decision::Deny,
    };
    let mut policies: Vec<String> = answer.diagnostics().reason().map(ToString::to_string).collect();
    policies.sort();
    let errors = answer.diagnostics().errors().map(ToString::to_string).collect();
    AuthzResponse { decision, policies, errors, remedy: None }
}

#[cfg(target_arch = "wasm32")]
export!(Authz);

#[cfg(test)]
mod tests;
