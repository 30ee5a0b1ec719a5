//! The cone of influence: which state variables can change what the checker sees. A variable
//! is relevant when a guard, an invariant or a trigger guard reads it, or when an effect feeds
//! it into a relevant variable. L1 does not track the others (it resets them after each step):
//! they cannot change which moves apply or whether a property holds, so dropping them loses
//! nothing and divides the state space by their number of values.

use crate::classify::reads;
use temper_spec::effect::{Arg, Effect};
use temper_spec::ir::Automaton;

/// Per variable (declaration order): whether it is relevant.
pub fn relevant(aut: &Automaton) -> Vec<bool> {
    let mut names = Vec::new();
    for inv in &aut.invariants {
        reads(aut, &inv.assert.item, &mut names);
    }
    for a in &aut.actions {
        if let Some(g) = &a.guard {
            reads(aut, &g.item, &mut names);
        }
        for t in &a.triggers {
            if let Some(g) = &t.guard {
                reads(aut, &g.item, &mut names);
            }
        }
    }
    let mut rel: Vec<bool> = aut.vars.iter().map(|v| names.contains(&v.name)).collect();
    // Data flow: `target = f(source)` makes `source` relevant when `target` is.
    let flows: Vec<(usize, usize)> = aut
        .actions
        .iter()
        .flat_map(|a| a.effects.iter())
        .filter_map(|e| match &e.item {
            Effect::Assign { var, arg: Arg::Var(src), .. }
            | Effect::Append { var, arg: Arg::Var(src) }
            | Effect::RemoveAt { var, arg: Arg::Var(src) } => Some((*var, *src)),
            _ => None,
        })
        .collect();
    loop {
        let mut changed = false;
        for &(target, source) in &flows {
            if rel[target] && !rel[source] {
                rel[source] = true;
                changed = true;
            }
        }
        if !changed {
            return rel;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use temper_spec::machine::Machine;

    fn machine(src: &str) -> Machine {
        let files = [temper_spec::SourceFile { name: "T.ioa.toml".into(), content: src.into() }];
        match temper_spec::load(&files) {
            Ok(mut loaded) => loaded.machines.remove(0),
            Err(d) => panic!("{d:?}"),
        }
    }

    #[test]
    fn read_and_fed_variables_are_relevant_the_rest_are_not() {
        let m = machine(
            r#"
[automaton]
name = "T"
states = ["A", "B"]
initial = "A"

[[state]]
name = "n"
type = "counter"
initial = 0

[[state]]
name = "src"
type = "counter"
initial = 0

[[state]]
name = "note"
type = "string"
initial = ""

[[state]]
name = "seen"
type = "counter"
initial = 0

[[action]]
name = "Go"
from = ["A"]
to = "B"
params = [{ name = "text", type = "string" }]
guard = "n < 2"
effect = ["n = src", "note = params.text", "seen += 1"]

[[invariant]]
name = "Small"
assert = "n <= 2"
"#,
        );
        assert_eq!(relevant(&m.aut), vec![true, true, false, false]);
    }
}
