//! The properties to check: each `[[invariant]]` (an error diagnostic when it reads a value
//! the model does not hold — never a silent pass), `terminal`, and each `[[liveness]]`.

use temper_spec::diag::Diagnostic;
use temper_spec::ir::Automaton;

use crate::build::read_names;
use crate::classify::{Support, pred_support};
use crate::locate::locate;
use crate::model::{Abstraction, Gap, LivenessProperty, Property, PropertyKind};

fn quoted_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", inner.join(", "))
}

/// The properties of `aut` and the indices of the invariants the model can check. Invariants
/// it cannot check add a gap and an error diagnostic.
pub fn properties(
    aut: &Automaton,
    source: &str,
    gaps: &mut Vec<Gap>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Property>, Vec<usize>) {
    let names = |ix: &[usize]| ix.iter().map(|i| aut.states[*i].clone()).collect::<Vec<_>>();
    let mut out = Vec::new();
    let mut checkable = Vec::new();
    for (ii, inv) in aut.invariants.iter().enumerate() {
        let (worst, found) = pred_support(aut, &[], &inv.assert.text, &inv.assert.item);
        let unmodelled: Vec<String> = found
            .iter()
            .filter(|(_, s)| matches!(s, Support::Unmodelled(_)))
            .map(|(text, s)| format!("`{text}` {}", s.reason().unwrap_or_default()))
            .collect();
        let abstracted: Vec<Abstraction> = found
            .iter()
            .filter(|(_, s)| matches!(s, Support::L0Only(_)))
            .map(|(text, s)| Abstraction { text: text.clone(), reason: s.reason().unwrap_or_default().to_string() })
            .collect();
        let place = format!("[[invariant]] {}", inv.name);
        let reason = if matches!(worst, Support::Unmodelled(_)) {
            let why = unmodelled.join("; ");
            gaps.push(Gap {
                place: place.clone(),
                text: inv.assert.text.clone(),
                reason: format!("cannot be checked: {why}"),
            });
            let (line, column) = locate(source, "invariant", &inv.name, "assert");
            let mut d = Diagnostic::error(&aut.file, format!("invariant `{}` cannot be verified: {why}", inv.name))
                .section(place)
                .key("assert")
                .help(
                    "the verifier checks one entity at a time and cannot see another entity's status, so nothing \
                     can guarantee this. Restate it over this entity's own values, or enforce the rule in the \
                     guards of the actions and drop the invariant",
                );
            d.line = line;
            d.column = column;
            diagnostics.push(d);
            Some(why)
        } else {
            checkable.push(ii);
            None
        };
        out.push(Property {
            name: inv.name.clone(),
            kind: PropertyKind::Invariant,
            source: inv.assert.text.clone(),
            reads: read_names(aut, &inv.assert.item),
            unmodelled: reason,
            abstracted,
        });
    }
    if !aut.terminal.is_empty() {
        let states = names(&aut.terminal);
        out.push(Property {
            name: "terminal".into(),
            source: format!("terminal = {}", quoted_list(&states)),
            kind: PropertyKind::Terminal(states),
            reads: vec!["status".into()],
            unmodelled: None,
            abstracted: Vec::new(),
        });
    }
    for l in &aut.liveness {
        let (from, reaches) = (names(&l.from), names(&l.reaches));
        let mut keys = Vec::new();
        if !from.is_empty() {
            keys.push(format!("from = {}", quoted_list(&from)));
        }
        if !reaches.is_empty() {
            keys.push(format!("reaches = {}", quoted_list(&reaches)));
        }
        if l.has_actions {
            keys.push("has_actions = true".into());
        }
        out.push(Property {
            name: l.name.clone(),
            kind: PropertyKind::Liveness(LivenessProperty { from, reaches, has_actions: l.has_actions }),
            source: keys.join(", "),
            reads: vec!["status".into()],
            unmodelled: None,
            abstracted: Vec::new(),
        });
    }
    (out, checkable)
}
