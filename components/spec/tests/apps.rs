//! Every bundled app's specs load without errors (the same check `temper-host spec check` runs).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use temper_spec::{SourceFile, load};

fn app_dirs() -> Vec<std::path::PathBuf> {
    let apps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../apps");
    let mut dirs: Vec<_> = std::fs::read_dir(&apps)
        .expect("apps dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("specs"))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn files(dir: &Path) -> Vec<SourceFile> {
    let mut out: Vec<SourceFile> = std::fs::read_dir(dir)
        .expect("specs dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| temper_spec::file_kind(&p.file_name().unwrap_or_default().to_string_lossy()).is_some())
        .map(|p| {
            SourceFile::new(
                p.file_name().unwrap_or_default().to_string_lossy(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[test]
fn bundled_apps_load() {
    let dirs = app_dirs();
    assert!(dirs.len() >= 4, "expected the Knowledge app and at least three more, found {dirs:?}");
    for dir in dirs {
        let files = files(&dir);
        match load(&files) {
            Ok(l) => assert!(!l.machines.is_empty(), "{}: no machines", dir.display()),
            Err(d) => panic!("{} does not load:\n{d}", dir.display()),
        }
    }
}

#[test]
fn seed_knowledge_loads_with_legacy_warnings() {
    // The seed README's spec, kept byte for byte as a fixture (the bundled app moved on).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../host/tests/golden/check/seed-knowledge");
    let loaded = load(&files(&dir)).unwrap_or_else(|d| panic!("{d}"));
    let m = &loaded.machines[0];
    assert_eq!(m.aut.name, "Knowledge");
    assert_eq!(m.aut.states, ["Draft", "Indexed", "Linked", "Archived"]);
    assert_eq!(m.entity_set.as_deref(), Some("KnowledgeEntries"));
    // The legacy callbacks became implicit self-loop actions.
    let succeeded = m.aut.action("IndexSucceeded").expect("implicit callback");
    assert!(succeeded.implicit && succeeded.to.is_none());
    let warnings: Vec<String> = m.aut.warnings.iter().map(|w| w.message.clone()).collect();
    assert!(warnings.iter().any(|w| w.contains("read as the integer 0 (legacy dialect)")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("`when` is legacy dialect")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("callback `IndexSucceeded` is not declared")), "{warnings:?}");
}

/// Loads one bundled app and returns its machines.
fn app(name: &str) -> Vec<temper_spec::machine::Machine> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../apps").join(name).join("specs");
    let loaded = load(&files(&dir)).unwrap_or_else(|d| panic!("{d}"));
    assert!(
        loaded.warnings.is_empty(),
        "{name}: {:?}",
        loaded.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>()
    );
    loaded.machines
}

/// Drives a machine through a sequence of actions; `status`/`vars` carry the entity state.
struct Driver<'m> {
    m: &'m temper_spec::machine::Machine,
    status: String,
    vars: Vec<temper_spec::value::Value>,
    seq: u64,
}

impl<'m> Driver<'m> {
    fn new(m: &'m temper_spec::machine::Machine) -> Self {
        let (status, vars) = m.initial();
        Self { m, status, vars, seq: 0 }
    }

    fn try_do(
        &self,
        action: &str,
        params: &[(&str, temper_spec::value::Value)],
    ) -> Result<temper_spec::machine::Transition, temper_spec::machine::Rejection> {
        let params: Vec<(String, temper_spec::value::Value)> =
            params.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let req = temper_spec::machine::Request {
            entity_id: "e-1",
            seq: self.seq,
            status: &self.status,
            vars: &self.vars,
            action,
            params: &params,
            related: &[],
        };
        self.m.evaluate(&req)
    }

    fn go(&mut self, action: &str, params: &[(&str, temper_spec::value::Value)]) -> temper_spec::machine::Transition {
        let t = self.try_do(action, params).unwrap_or_else(|r| panic!("{action} from {}: {r}", self.status));
        self.status = t.to.clone();
        self.vars = t.vars.clone();
        self.seq += 1;
        t
    }

    fn var(&self, name: &str) -> &temper_spec::value::Value {
        &self.vars[self.m.aut.var_index(name).unwrap_or_else(|| panic!("no variable {name}"))]
    }
}

fn s(v: &str) -> temper_spec::value::Value {
    temper_spec::value::Value::Str(v.into())
}

fn n(v: i64) -> temper_spec::value::Value {
    temper_spec::value::Value::Int(v)
}

fn state_names(m: &temper_spec::machine::Machine, idx: &[usize]) -> Vec<String> {
    idx.iter().map(|i| m.aut.states[*i].clone()).collect()
}

#[test]
fn tasks_app_lifecycle() {
    use temper_spec::machine::{Output, Rejection};
    let machines = app("tasks");
    let m = &machines[0];
    assert_eq!(m.aut.name, "Task");
    assert_eq!(m.aut.states, ["Backlog", "Todo", "InProgress", "Blocked", "InReview", "Done", "Cancelled"]);
    assert_eq!(m.entity_set.as_deref(), Some("Tasks"));
    let start = m.aut.action("Start").unwrap_or_else(|| panic!("Start"));
    assert_eq!(state_names(m, &start.from), ["Todo"]);
    assert_eq!(start.to.map(|t| m.aut.states[t].as_str()), Some("InProgress"));
    // The Blocked timeout fires Escalate.
    assert!(m.aut.timeouts.iter().any(|t| m.aut.states[t.state] == "Blocked" && t.on_timeout == "Escalate"));

    let mut d = Driver::new(m);
    // Planning needs a title and an estimate.
    assert!(matches!(d.try_do("Plan", &[]), Err(Rejection::GuardFailed { .. })));
    d.go("Describe", &[("title", s("Write the release notes")), ("description", s("for 0.1.0"))]);
    d.go("Estimate", &[("points", n(3))]);
    d.go("AddLabel", &[("label", s("docs"))]);
    assert!(
        matches!(d.try_do("AddLabel", &[("label", s("docs"))]), Err(Rejection::GuardFailed { .. })),
        "duplicate label"
    );
    d.go("Plan", &[]);
    // Work cannot start without an assignee.
    match d.try_do("Start", &[]) {
        Err(Rejection::GuardFailed { clause, .. }) => assert_eq!(clause, "assignee != ''"),
        other => panic!("expected a guard rejection, got {other:?}"),
    }
    d.go("Assign", &[("assignee", s("alice"))]);
    d.go("Start", &[]);
    let t = d.go("Block", &[("reason", s("waiting for the changelog"))]);
    assert!(t.outputs.iter().any(|o| matches!(o, Output::ArmTimeout { action, .. } if action == "Escalate")));
    d.go("Unblock", &[]);
    // The assignee cannot review their own work.
    assert!(matches!(d.try_do("SubmitForReview", &[("reviewer", s("alice"))]), Err(Rejection::GuardFailed { .. })));
    d.go("SubmitForReview", &[("reviewer", s("bob"))]);
    d.go("RequestChanges", &[("feedback", s("mention the breaking change"))]);
    d.go("SubmitForReview", &[("reviewer", s("bob"))]);
    assert!(
        matches!(d.try_do("Approve", &[("approver", s("carol"))]), Err(Rejection::GuardFailed { .. })),
        "only the reviewer approves"
    );
    d.go("Approve", &[("approver", s("bob"))]);
    assert_eq!(d.status, "Done");
    assert_eq!(d.var("review_rounds"), &n(2));
    assert_eq!(d.var("changes_requested"), &n(1));
    assert!(
        matches!(d.try_do("Cancel", &[("reason", s("late"))]), Err(Rejection::NotAllowed { .. })),
        "Done is terminal"
    );
}

#[test]
fn orders_app_checkout_and_payment() {
    use temper_spec::ir::TriggerKind;
    use temper_spec::machine::{Output, Rejection};
    let machines = app("orders");
    let names: Vec<&str> = machines.iter().map(|m| m.aut.name.as_str()).collect();
    assert_eq!(names, ["Order", "Shipment"]);
    let m = &machines[0];
    assert_eq!(
        m.aut.states,
        ["Cart", "CheckingOut", "PaymentPending", "Paid", "Shipped", "Delivered", "Cancelled", "Refunded"]
    );
    assert_eq!(m.entity_set.as_deref(), Some("Orders"));
    assert_eq!(machines[1].entity_set.as_deref(), Some("Shipments"));
    let pay = m.aut.action("SubmitPayment").unwrap_or_else(|| panic!("SubmitPayment"));
    assert_eq!(state_names(m, &pay.from), ["CheckingOut"]);
    assert_eq!(pay.to.map(|t| m.aut.states[t].as_str()), Some("PaymentPending"));
    let charge = &pay.triggers[0];
    assert_eq!((charge.kind, charge.module.as_deref()), (TriggerKind::Wasm, Some("payments")));
    assert_eq!(
        (charge.on_success.as_deref(), charge.on_failure.as_deref()),
        (Some("PaymentSucceeded"), Some("PaymentFailed"))
    );
    // The unpaid-order timeout cancels from PaymentPending.
    let expire = m.aut.action("ExpirePayment").unwrap_or_else(|| panic!("ExpirePayment"));
    assert_eq!(expire.to.map(|t| m.aut.states[t].as_str()), Some("Cancelled"));
    assert!(m.aut.timeouts.iter().any(|t| m.aut.states[t.state] == "PaymentPending"
        && t.on_timeout == "ExpirePayment"
        && t.after_seconds == 1800));

    let mut d = Driver::new(m);
    // An empty cart cannot check out.
    assert!(matches!(
        d.try_do("Checkout", &[("customer", s("cust-1")), ("shipping_address", s("1 Main St"))]),
        Err(Rejection::GuardFailed { .. })
    ));
    d.go("AddItem", &[("sku", s("MUG-01")), ("quantity", n(2)), ("line_total_cents", n(2400))]);
    d.go("AddItem", &[("sku", s("TEE-M")), ("quantity", n(1)), ("line_total_cents", n(1999))]);
    d.go("RemoveItem", &[("index", n(1)), ("quantity", n(1)), ("line_total_cents", n(1999))]);
    assert_eq!((d.var("item_count"), d.var("total_cents")), (&n(2), &n(2400)));
    d.go("Checkout", &[("customer", s("cust-1")), ("shipping_address", s("1 Main St"))]);
    assert!(matches!(d.try_do("SubmitPayment", &[("payment_method", s("cash"))]), Err(Rejection::GuardFailed { .. })));
    let t = d.go("SubmitPayment", &[("payment_method", s("card"))]);
    assert!(
        t.outputs
            .iter()
            .any(|o| matches!(o, Output::Trigger(f) if f.name == "charge" && f.module.as_deref() == Some("payments")))
    );
    assert!(
        t.outputs
            .iter()
            .any(|o| matches!(o, Output::ArmTimeout { action, after_seconds: 1800, .. } if action == "ExpirePayment"))
    );
    d.go("PaymentFailed", &[("reason", s("card_declined"))]);
    assert_eq!(d.status, "CheckingOut");
    d.go("SubmitPayment", &[("payment_method", s("wallet"))]);
    let t = d.go("PaymentSucceeded", &[("payment_id", s("pay_123"))]);
    let ship = t.outputs.iter().find_map(|o| match o {
        Output::Trigger(f) if f.name == "request_shipment" => Some(f),
        _ => None,
    });
    let ship = ship.unwrap_or_else(|| panic!("request_shipment fired"));
    assert_eq!(ship.target_entity.as_deref(), Some("Shipment"));
    assert!(ship.args.contains(&("order_id".into(), s("e-1"))));
    d.go("Ship", &[("shipment_id", s("e-1-derived")), ("carrier", s("ups")), ("tracking_number", s("1Z999"))]);
    d.go("Deliver", &[]);
    assert!(
        matches!(
            d.try_do("Refund", &[("amount_cents", n(5000)), ("reason", s("broken"))]),
            Err(Rejection::GuardFailed { .. })
        ),
        "refund above the total"
    );
    d.go("Refund", &[("amount_cents", n(1200)), ("reason", s("one mug broken"))]);
    assert_eq!(d.status, "Refunded");

    // The shipment reports dispatch back to its order.
    let sm = &machines[1];
    let mut sd = Driver::new(sm);
    sd.go("Request", &[("order_id", s("e-1")), ("address", s("1 Main St")), ("item_count", n(2))]);
    assert!(
        matches!(
            sd.try_do("Pack", &[("packer", s("wh-7")), ("packed_count", n(1))]),
            Err(Rejection::GuardFailed { .. })
        ),
        "every item must be packed"
    );
    sd.go("Pack", &[("packer", s("wh-7")), ("packed_count", n(2))]);
    let t = sd.go("Dispatch", &[("carrier", s("ups")), ("tracking_number", s("1Z999"))]);
    let f = t
        .outputs
        .iter()
        .find_map(|o| if let Output::Trigger(f) = o { Some(f) } else { None })
        .unwrap_or_else(|| panic!("order_shipped fired"));
    assert_eq!(
        (f.target_entity.as_deref(), f.target_action.as_deref(), f.target_id.as_deref()),
        (Some("Order"), Some("Ship"), Some("e-1"))
    );
}

#[test]
fn approvals_app_quorum() {
    use temper_spec::machine::{Output, Rejection};
    let machines = app("approvals");
    let m = &machines[0];
    assert_eq!(m.aut.name, "ApprovalRequest");
    assert_eq!(m.aut.states, ["Draft", "Submitted", "UnderReview", "Approved", "Rejected", "Withdrawn"]);
    assert_eq!(m.entity_set.as_deref(), Some("ApprovalRequests"));
    let finalize = m.aut.action("Finalize").unwrap_or_else(|| panic!("Finalize"));
    assert_eq!(state_names(m, &finalize.from), ["UnderReview"]);
    assert_eq!(finalize.to.map(|t| m.aut.states[t].as_str()), Some("Approved"));
    assert!(
        m.aut.invariants.iter().any(|i| i.assert.text == "status == 'Approved' => approvals >= required_approvals")
    );

    let mut d = Driver::new(m);
    // Policy: 10,000.00 or more needs two approvals, so raise the quorum first.
    let edit = [
        ("title", s("New build server")),
        ("justification", s("CI is slow")),
        ("category", s("purchase")),
        ("amount_cents", n(1_250_000)),
    ];
    assert!(matches!(d.try_do("Edit", &edit), Err(Rejection::GuardFailed { .. })));
    d.go("SetRequiredApprovals", &[("count", n(2))]);
    d.go("Edit", &edit);
    d.go("AddApprover", &[("approver", s("bob"))]);
    // The panel is smaller than the quorum.
    match d.try_do("Submit", &[("requester", s("alice"))]) {
        Err(Rejection::GuardFailed { clause, .. }) => assert_eq!(clause, "len(approvers) >= required_approvals"),
        other => panic!("expected a guard rejection, got {other:?}"),
    }
    d.go("AddApprover", &[("approver", s("carol"))]);
    d.go("Submit", &[("requester", s("alice"))]);
    assert!(
        matches!(d.try_do("AddApprover", &[("approver", s("alice"))]), Err(Rejection::GuardFailed { .. })),
        "the requester is not on the panel"
    );
    d.go("StartReview", &[("by", s("bob"))]);
    let t = d.go("Approve", &[("approver", s("bob"))]);
    assert!(!t.outputs.iter().any(|o| matches!(o, Output::Trigger(_))), "no quorum yet");
    assert!(
        matches!(d.try_do("Approve", &[("approver", s("bob"))]), Err(Rejection::GuardFailed { .. })),
        "one approval per approver"
    );
    assert!(matches!(d.try_do("Finalize", &[]), Err(Rejection::GuardFailed { .. })), "quorum not reached");
    let t = d.go("Approve", &[("approver", s("carol"))]);
    assert!(t.outputs.iter().any(|o| matches!(o, Output::Trigger(f) if f.target_action.as_deref() == Some("Finalize") && f.target_id.as_deref() == Some("e-1"))));
    d.go("Finalize", &[]);
    assert_eq!(d.status, "Approved");
    assert_eq!(d.var("approvals"), &n(2));
}

#[test]
fn knowledge_app_index_and_link() {
    use temper_spec::ir::TriggerKind;
    use temper_spec::machine::{Output, Rejection};
    let machines = app("knowledge");
    let m = &machines[0];
    assert_eq!(m.aut.states, ["Draft", "Indexing", "Indexed", "Linked", "Archived"]);
    assert_eq!(m.entity_set.as_deref(), Some("KnowledgeEntries"));
    let index = m.aut.action("Index").unwrap_or_else(|| panic!("Index"));
    let t = &index.triggers[0];
    assert_eq!((t.kind, t.module.as_deref()), (TriggerKind::Wasm, Some("indexer")));
    assert_eq!((t.on_success.as_deref(), t.on_failure.as_deref()), (Some("IndexSucceeded"), Some("IndexFailed")));

    let mut d = Driver::new(m);
    assert!(matches!(d.try_do("Index", &[]), Err(Rejection::GuardFailed { .. })), "an empty draft");
    d.go("Edit", &[("title", s("Retry storms")), ("content", s("Retry with jitter.")), ("source", s("inc-1"))]);
    let t = d.go("Index", &[]);
    assert!(t.outputs.iter().any(|o| matches!(o, Output::Trigger(f) if f.module.as_deref() == Some("indexer"))));
    assert!(t.outputs.iter().any(|o| matches!(o, Output::ArmTimeout { action, .. } if action == "IndexTimedOut")));
    d.go("IndexFailed", &[("error", s("nothing to index"))]);
    assert_eq!((d.status.as_str(), d.var("index_error")), ("Draft", &s("nothing to index")));
    d.go("Index", &[]);
    d.go("IndexSucceeded", &[("keywords", s("retry, storms, jitter")), ("word_count", n(5))]);
    assert_eq!(
        (d.status.as_str(), d.var("keywords"), d.var("word_count")),
        ("Indexed", &s("retry, storms, jitter"), &n(5))
    );
    d.go("Link", &[("target", s("k-2"))]);
    assert!(matches!(d.try_do("Link", &[("target", s("k-2"))]), Err(Rejection::GuardFailed { .. })), "twice");
    d.go("Link", &[("target", s("k-3"))]);
    assert_eq!((d.status.as_str(), d.var("links")), ("Linked", &n(2)));
    assert_eq!(d.var("related"), &temper_spec::value::Value::List(vec!["k-2".into(), "k-3".into()]));
    d.go("Revise", &[]);
    assert_eq!((d.status.as_str(), d.var("keywords")), ("Draft", &s("")));
    d.go("Archive", &[]);
    assert!(matches!(d.try_do("Index", &[]), Err(Rejection::NotAllowed { .. })), "Archived is terminal");
}

#[test]
fn notifications_app_delivery_and_bounded_retries() {
    use temper_spec::machine::{Output, Rejection};
    let machines = app("notifications");
    let m = &machines[0];
    assert_eq!(m.aut.states, ["Pending", "Sending", "Delivered", "Failed", "Dismissed"]);
    assert_eq!(m.entity_set.as_deref(), Some("Notifications"));
    for action in ["Notify", "Retry"] {
        let a = m.aut.action(action).unwrap_or_else(|| panic!("{action}"));
        let t = &a.triggers[0];
        assert_eq!(t.module.as_deref(), Some("deliver"), "{action}");
        assert_eq!((t.on_success.as_deref(), t.on_failure.as_deref()), (Some("MarkDelivered"), Some("MarkFailed")));
    }
    let facts = [
        ("source_type", s("Task")),
        ("source_id", s("t-42")),
        ("source_action", s("Approve")),
        ("source_state", s("Done")),
    ];

    let mut d = Driver::new(m);
    let no_type = [("source_type", s("")), ("source_id", s("t-42")), ("source_action", s("")), ("source_state", s(""))];
    assert!(matches!(d.try_do("Notify", &no_type), Err(Rejection::GuardFailed { .. })), "a source is required");
    let t = d.go("Notify", &facts);
    assert!(t.outputs.iter().any(|o| matches!(o, Output::Trigger(f) if f.module.as_deref() == Some("deliver"))));
    assert!(matches!(
        d.try_do("MarkDelivered", &[("http_status", n(500)), ("delivered_at", n(1))]),
        Err(Rejection::GuardFailed { .. })
    ));
    d.go("MarkDelivered", &[("http_status", n(204)), ("delivered_at", n(1_700_000_000_000))]);
    assert_eq!((d.status.as_str(), d.var("attempts")), ("Delivered", &n(1)));

    // Failures are retried (by hand or by the Failed timer) until 5 attempts in all.
    let mut d = Driver::new(m);
    d.go("Notify", &facts);
    for attempt in 1..=5 {
        let t = d.go("MarkFailed", &[("error", s("webhook answered 503"))]);
        assert!(t.outputs.iter().any(|o| matches!(o, Output::ArmTimeout { action, .. } if action == "Retry")));
        if attempt < 5 {
            d.go("Retry", &[]);
        }
    }
    assert_eq!((d.status.as_str(), d.var("attempts")), ("Failed", &n(5)));
    assert!(matches!(d.try_do("Retry", &[]), Err(Rejection::GuardFailed { .. })), "attempts are bounded");
    d.go("Dismiss", &[]);
    assert_eq!(d.status, "Dismissed");
}
