//! The tool catalog: names, descriptions, the Cedar action each needs, and input schemas.

use super::Tool;
use serde_json::{Value as Json, json};

fn string(description: &str) -> Json {
    json!({"type": "string", "description": description})
}

/// An input schema: `props` as `(name, schema)`, `required` by name.
fn object(props: &[(&str, Json)], required: &[&str]) -> Json {
    let properties: serde_json::Map<String, Json> = props.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
    json!({"type": "object", "properties": properties, "required": required, "additionalProperties": false})
}

fn tenant() -> (&'static str, Json) {
    ("tenant", string("The tenant (see `discover`)."))
}

fn set() -> (&'static str, Json) {
    ("entity_set", string("The OData entity set, e.g. `Tasks`."))
}

fn id() -> (&'static str, Json) {
    ("id", string("The entity's key (`Id`)."))
}

fn fields(what: &str) -> (&'static str, Json) {
    ("fields", json!({"type": "object", "description": what}))
}

pub static TOOLS: &[Tool] = &[
    Tool {
        name: "discover",
        title: "Discover tenants and specs",
        description: "Without `tenant`: the tenants you may read, with their entity sets and apps. With `tenant`: its entity types — entity set, states, fields, and actions with their parameters, guards and hints (the `call` name is what `action` takes).",
        action: "list_tenants",
        read_only: true,
        input: || object(&[("tenant", string("A tenant to describe; leave out to list tenants."))], &[]),
    },
    Tool {
        name: "submit_specs",
        title: "Submit specs",
        description: "Deploys IOA TOML specs and the CSDL data model into a tenant. They are verified first (the cascade: SMT, model checking, simulation, property tests); the answer is the cascade report, and nothing changes unless every spec passes.",
        action: "submit_specs",
        read_only: false,
        input: || {
            object(
                &[
                    tenant(),
                    (
                        "files",
                        json!({"type": "object", "description": "File name → content, e.g. {\"Task.ioa.toml\": \"...\", \"model.csdl.xml\": \"...\"}.", "additionalProperties": {"type": "string"}}),
                    ),
                    (
                        "force",
                        json!({"type": "boolean", "description": "Deploy even if live entities are in states the new specs remove."}),
                    ),
                ],
                &["tenant", "files"],
            )
        },
    },
    Tool {
        name: "create",
        title: "Create an entity",
        description: "Creates an entity in its initial state. `fields` may set `Id` and the spec's fields.",
        action: "create",
        read_only: false,
        input: || {
            object(
                &[tenant(), set(), fields("The new entity's fields, e.g. {\"Id\": \"t-1\", \"title\": \"...\"}.")],
                &["tenant", "entity_set"],
            )
        },
    },
    Tool {
        name: "get",
        title: "Read an entity",
        description: "Reads one entity: its status, fields and ETag.",
        action: "read",
        read_only: true,
        input: || {
            object(
                &[tenant(), set(), id(), ("select", string("OData $select, e.g. `status,title`."))],
                &["tenant", "entity_set", "id"],
            )
        },
    },
    Tool {
        name: "list",
        title: "Query entities",
        description: "Lists entities with OData query options. Results are paged; follow `@odata.nextLink` with `skip`.",
        action: "list",
        read_only: true,
        input: || {
            object(
                &[
                    tenant(),
                    set(),
                    ("filter", string("OData $filter, e.g. `status eq 'Open' and priority gt 2`.")),
                    ("select", string("OData $select.")),
                    ("orderby", string("OData $orderby, e.g. `priority desc`.")),
                    ("top", json!({"type": "integer", "minimum": 0, "description": "OData $top."})),
                    ("skip", json!({"type": "integer", "minimum": 0, "description": "OData $skip."})),
                    ("count", json!({"type": "boolean", "description": "Include `@odata.count`."})),
                ],
                &["tenant", "entity_set"],
            )
        },
    },
    Tool {
        name: "action",
        title: "Run an action",
        description: "Runs a bound action of the entity's state machine (e.g. `Complete`). The spec's guard decides; a refused transition says why.",
        action: "{action}",
        read_only: false,
        input: || {
            object(
                &[
                    tenant(),
                    set(),
                    id(),
                    (
                        "action",
                        string("The action's name (`Complete`) or its qualified call (`Temper.Tasks.Complete`)."),
                    ),
                    ("params", json!({"type": "object", "description": "The action's parameters."})),
                ],
                &["tenant", "entity_set", "id", "action"],
            )
        },
    },
    Tool {
        name: "patch",
        title: "Update fields",
        description: "Updates an entity's fields (not its status: that moves only by actions).",
        action: "update",
        read_only: false,
        input: || {
            object(&[tenant(), set(), id(), fields("The fields to change.")], &["tenant", "entity_set", "id", "fields"])
        },
    },
    Tool {
        name: "decision",
        title: "Check or wait for a decision",
        description: "The status of a pending decision (opened when a call of yours was denied). With `wait_seconds` it waits until a human approves or denies, at most 120 s.",
        action: "read_decision",
        read_only: true,
        input: || {
            object(
                &[
                    tenant(),
                    ("id", string("The decision id from the denial.")),
                    ("wait_seconds", json!({"type": "integer", "minimum": 0, "maximum": 120})),
                ],
                &["tenant", "id"],
            )
        },
    },
    Tool {
        name: "list_decisions",
        title: "List decisions",
        description: "A tenant's decisions by status (`pending`, `approved`, `denied`, `all`).",
        action: "list_decisions",
        read_only: true,
        input: || {
            object(
                &[tenant(), ("status", json!({"type": "string", "enum": ["pending", "approved", "denied", "all"]}))],
                &["tenant"],
            )
        },
    },
    Tool {
        name: "decide",
        title: "Approve or deny a decision",
        description: "Approves (at a scope, which writes the policy) or denies a pending decision. Humans only: no agent can decide.",
        action: "decide",
        read_only: false,
        input: || {
            object(
                &[
                    tenant(),
                    ("id", string("The decision id.")),
                    ("approve", json!({"type": "boolean"})),
                    ("scope", string("For an approval: `once`, `entity`, `action`, … as the decision offers.")),
                    ("reason", string("Why.")),
                ],
                &["tenant", "id", "approve"],
            )
        },
    },
    Tool {
        name: "report_intent",
        title: "Report an unmet intent",
        description: "Tells Temper what you wanted to do and could not (no entity type, no action, a guard in the way). It becomes evidence for spec proposals.",
        action: "report_intent",
        read_only: false,
        input: || {
            object(
                &[
                    tenant(),
                    ("intent", string("What you wanted, in a sentence.")),
                    ("entity_type", string("The entity type involved, if any.")),
                    ("action", string("The action you looked for, if any.")),
                    ("detail", string("Anything else that helps.")),
                ],
                &["tenant", "intent"],
            )
        },
    },
    Tool {
        name: "observations",
        title: "What Temper observed",
        description: "Open observations of a tenant: patterns in what agents failed to do (unmet intents, guard rejections, denials, repeated failures, error spikes), each with its evidence query. Answer one with `propose_change`.",
        action: "list",
        read_only: true,
        input: || object(&[tenant()], &["tenant"]),
    },
    Tool {
        name: "propose_change",
        title: "Propose a spec change",
        description: "Answers an observation with a change to the tenant's live specs: a unified diff (against the files of `discover`/the specs resource) or whole new files. Temper verifies it (the whole cascade), reports what becomes legal or illegal and which live entities it would strand, and a human decides; once approved it is live. A proposal that fails verification is kept, with its counterexamples, and cannot be approved.",
        action: "propose_change",
        read_only: false,
        input: || {
            object(
                &[
                    ("observation", string("The observation's id (`O-…`, see `observations`).")),
                    ("root_cause", string("Why agents fail, in a sentence or two.")),
                    ("description", string("What the change does.")),
                    ("diff", string("A unified diff (`--- a/<file>` / `+++ b/<file>`) against the live spec files.")),
                    fields("Instead of `diff`: whole files, `{\"Name.ioa.toml\": \"<content>\"}` (added or replaced)."),
                ],
                &["observation", "root_cause"],
            )
        },
    },
    Tool {
        name: "trajectories",
        title: "Your trajectory",
        description: "What you did in a tenant, newest first: each call with its outcome, the authorization decision and errors.",
        action: "read_trajectories",
        read_only: true,
        input: || {
            object(
                &[
                    tenant(),
                    ("failed", json!({"type": "boolean", "description": "Only failed calls."})),
                    ("entity_type", string("Only this entity type.")),
                    ("limit", json!({"type": "integer", "minimum": 1, "maximum": 1000})),
                ],
                &["tenant"],
            )
        },
    },
    Tool {
        name: "list_apps",
        title: "List installed apps",
        description: "The apps installed in a tenant: reference, pinned digest, version, what they installed.",
        action: "read_apps",
        read_only: true,
        input: || object(&[tenant()], &["tenant"]),
    },
    Tool {
        name: "install_app",
        title: "Install an app",
        description: "Installs (or with `upgrade`, upgrades) an app from an OCI registry into a tenant, pinned by digest: `<registry>/<namespace>/<name>:<tag>` or `…@sha256:<digest>`.",
        action: "install_app",
        read_only: false,
        input: || {
            object(
                &[tenant(), ("reference", string("The app's OCI reference.")), ("upgrade", json!({"type": "boolean"}))],
                &["tenant", "reference"],
            )
        },
    },
];
