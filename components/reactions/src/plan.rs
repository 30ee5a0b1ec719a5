//! The planning rules, free of bindings (unit-tested natively): the target id from the
//! trigger's `resolve_target` rule, who the dispatch runs as, and the cascade's bounds — a
//! target that already acted in this cascade is a cycle, a chain at the limit is too deep.

/// The source action, as the planner needs it.
pub struct Source<'a> {
    pub entity_id: &'a str,
    pub principal: &'a str,
    pub chain: &'a [String],
}

/// The trigger, as the planner needs it.
pub struct Trigger<'a> {
    pub name: &'a str,
    pub target_entity: &'a str,
    pub target_action: &'a str,
    pub resolve: &'a str,
    pub target_id: Option<&'a str>,
    pub principal: Option<&'a str>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Plan {
    pub entity_id: String,
    pub principal: String,
    pub create: bool,
    pub chain: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Cycle(Vec<String>),
    TooDeep(u32),
    NoTarget(String),
    BadPrincipal(String),
}

pub fn plan(src: &Source<'_>, t: &Trigger<'_>, max_depth: u32) -> Result<Plan, Refusal> {
    if src.chain.len() >= max_depth as usize {
        return Err(Refusal::TooDeep(max_depth));
    }
    let given = t.target_id.filter(|id| !id.is_empty());
    let (entity_id, create) = match t.resolve {
        "same_id" => (given.unwrap_or(src.entity_id).to_string(), false),
        "field" | "static" => match given {
            Some(id) => (id.to_string(), false),
            None => {
                return Err(Refusal::NoTarget(format!(
                    "trigger `{}`: the `{}` rule yields no id (the source's id field is empty); set the field before this action, or use `create_if_missing`",
                    t.name, t.resolve
                )));
            }
        },
        "create_if_missing" | "create" => {
            (given.map_or_else(|| format!("{}-{}", src.entity_id, t.name), str::to_string), true)
        }
        other => {
            return Err(Refusal::NoTarget(format!(
                "trigger `{}`: unknown `resolve_target` kind `{other}` (field, same_id, static, create_if_missing, create)",
                t.name
            )));
        }
    };
    let principal = match t.principal {
        None => src.principal.to_string(),
        Some(p) => principal(p)?,
    };
    let label = format!("{}('{}').{}", t.target_entity, entity_id, t.target_action);
    let mut chain = src.chain.to_vec();
    let repeat = chain.contains(&label);
    chain.push(label);
    if repeat {
        return Err(Refusal::Cycle(chain));
    }
    Ok(Plan { entity_id, principal, create, chain })
}

/// `Agent::"id"` and `System::"id"` as written; a bare id is `System::"id"`. Never `Admin`.
fn principal(p: &str) -> Result<String, Refusal> {
    let (ty, id) = match p.split_once("::") {
        Some((ty, rest)) => {
            let id = rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')).ok_or_else(|| {
                Refusal::BadPrincipal(format!("`{p}`: write the id in double quotes, e.g. `System::\"fulfilment\"`"))
            })?;
            (ty, id)
        }
        None => ("System", p),
    };
    if ty == "Admin" {
        return Err(Refusal::BadPrincipal(format!(
            "`{p}`: a reaction cannot act as an Admin (Admins are humans); name an `Agent` or a `System` principal"
        )));
    }
    if ty != "Agent" && ty != "System" {
        return Err(Refusal::BadPrincipal(format!("`{p}`: the principal type must be `Agent` or `System`")));
    }
    let ok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '@');
    if id.is_empty() || id.len() > 128 || !id.chars().all(ok) {
        return Err(Refusal::BadPrincipal(format!(
            "`{p}`: the id must be 1–128 characters of letters, digits and . _ - : @"
        )));
    }
    Ok(format!("{ty}::\"{id}\""))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn src(chain: &[&str]) -> (Vec<String>, &'static str) {
        (chain.iter().map(|s| s.to_string()).collect(), "Agent::\"bot-1\"")
    }

    fn trig<'a>(resolve: &'a str, id: Option<&'a str>, principal: Option<&'a str>) -> Trigger<'a> {
        Trigger { name: "t", target_entity: "Shipment", target_action: "Request", resolve, target_id: id, principal }
    }

    #[test]
    fn resolves_ids_and_creation() {
        let (chain, p) = src(&["Order('o1').Pay"]);
        let s = Source { entity_id: "o1", principal: p, chain: &chain };
        let same = plan(&s, &trig("same_id", None, None), 8).unwrap();
        assert_eq!((same.entity_id.as_str(), same.create), ("o1", false));
        assert_eq!(same.principal, "Agent::\"bot-1\"");
        assert_eq!(same.chain, vec!["Order('o1').Pay".to_string(), "Shipment('o1').Request".to_string()]);
        let field = plan(&s, &trig("field", Some("s9"), None), 8).unwrap();
        assert_eq!(field.entity_id, "s9");
        assert!(
            matches!(plan(&s, &trig("field", Some(""), None), 8), Err(Refusal::NoTarget(m)) if m.contains("no id"))
        );
        let made = plan(&s, &trig("create_if_missing", None, None), 8).unwrap();
        assert_eq!((made.entity_id.as_str(), made.create), ("o1-t", true));
        assert!(matches!(plan(&s, &trig("sideways", None, None), 8), Err(Refusal::NoTarget(_))));
    }

    #[test]
    fn bounds_the_cascade() {
        let (chain, p) = src(&["Order('o1').Pay", "Shipment('o1').Request"]);
        let s = Source { entity_id: "o1", principal: p, chain: &chain };
        let cyc = plan(&s, &trig("same_id", None, None), 8);
        assert!(matches!(cyc, Err(Refusal::Cycle(c)) if c.len() == 3 && c[2] == "Shipment('o1').Request"));
        assert_eq!(plan(&s, &trig("static", Some("x"), None), 2), Err(Refusal::TooDeep(2)));
    }

    #[test]
    fn named_principals() {
        let (chain, p) = src(&[]);
        let s = Source { entity_id: "o1", principal: p, chain: &chain };
        assert_eq!(
            plan(&s, &trig("same_id", None, Some("fulfilment")), 8).unwrap().principal,
            "System::\"fulfilment\""
        );
        assert_eq!(plan(&s, &trig("same_id", None, Some("Agent::\"ops\"")), 8).unwrap().principal, "Agent::\"ops\"");
        for bad in ["Admin::\"root\"", "User::\"x\"", "Agent::ops", "a b"] {
            assert!(matches!(plan(&s, &trig("same_id", None, Some(bad)), 8), Err(Refusal::BadPrincipal(_))), "{bad}");
        }
    }
}
