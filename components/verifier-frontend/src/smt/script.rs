//! An SMT-LIB 2 script under construction. Symbols are registered with their sort and typing
//! constraint as they become available, but declared only if the finished body uses them, so
//! each script names just what its check needs.

use std::collections::BTreeSet;
use temper_spec::ir::{Automaton, ParamDecl};
use temper_spec::predicate::Ty;
use temper_spec::value::{Value, VarType};

pub const I64_MAX: &str = "9223372036854775807";
pub const I64_MIN: &str = "(- 9223372036854775808)";

/// An integer literal in SMT-LIB syntax (negative numbers are `(- n)`).
pub fn numeral(n: i64) -> String {
    if n < 0 { format!("(- {})", n.unsigned_abs()) } else { n.to_string() }
}

/// The constructor of a state in the `Status` datatype.
pub fn state(name: &str) -> String {
    format!("S_{name}")
}

/// A comment that cannot end early: line breaks become spaces.
fn comment_text(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

struct Decl {
    symbol: String,
    sort: &'static str,
    comment: String,
    typing: Option<String>,
}

pub struct Script<'a> {
    pub aut: &'a Automaton,
    /// Bounds to add to pre-state typing (`bounded-l0`), per variable.
    bounds: Vec<Option<u64>>,
    known: Vec<Decl>,
    body: Vec<String>,
    unknowns: usize,
    mids: usize,
}

impl<'a> Script<'a> {
    pub fn new(aut: &'a Automaton, bounds: Vec<Option<u64>>) -> Self {
        Self { aut, bounds, known: Vec::new(), body: Vec::new(), unknowns: 0, mids: 0 }
    }

    fn register(&mut self, symbol: String, sort: &'static str, comment: String, typing: Option<String>) -> String {
        if !self.known.iter().any(|d| d.symbol == symbol) {
            self.known.push(Decl { symbol: symbol.clone(), sort, comment: comment_text(&comment), typing });
        }
        symbol
    }

    /// The symbol of variable `i` in the pre-state: its value (counter, bool) or its length
    /// (list); `None` for an unmodelled variable.
    pub fn pre_var(&mut self, i: usize) -> Option<String> {
        let v = &self.aut.vars[i];
        let bound = self.bounds.get(i).copied().flatten();
        let upper = |b: Option<u64>, max: &str| b.map_or(max.to_string(), |b| b.to_string());
        match v.ty {
            VarType::Counter => {
                let s = format!("pre_{}", v.name);
                let typing = format!("(<= 0 {s} {})", upper(bound, I64_MAX));
                Some(self.register(s, "Int", format!("counter `{}`", v.name), Some(typing)))
            }
            VarType::Bool => Some(self.register(format!("pre_{}", v.name), "Bool", format!("bool `{}`", v.name), None)),
            VarType::List => {
                let s = format!("pre_len_{}", v.name);
                let typing = match bound {
                    Some(b) => format!("(<= 0 {s} {b})"),
                    None => format!("(<= 0 {s})"),
                };
                Some(self.register(s, "Int", format!("len({}), the list's length", v.name), Some(typing)))
            }
            VarType::String | VarType::Int => None,
        }
    }

    pub fn pre_status(&mut self) -> String {
        self.register("pre_status".into(), "Status", "the status before".into(), None)
    }

    /// The symbol of a numeric or boolean parameter; `None` for other parameters.
    pub fn param(&mut self, p: &ParamDecl) -> Option<String> {
        let s = format!("param_{}", p.name);
        match p.ty {
            Some(Ty::Num) => {
                let (lo, what) =
                    if p.non_negative { ("0".to_string(), "counter") } else { (I64_MIN.to_string(), "int") };
                let typing = format!("(<= {lo} {s} {I64_MAX})");
                Some(self.register(s, "Int", format!("{what} parameter `{}`", p.name), Some(typing)))
            }
            Some(Ty::Bool) => Some(self.register(s, "Bool", format!("bool parameter `{}`", p.name), None)),
            _ => None,
        }
    }

    /// A fresh boolean standing for a clause the model cannot evaluate.
    pub fn unknown_bool(&mut self, why: &str) -> String {
        self.unknowns += 1;
        let s = format!("unknown_{}", self.unknowns);
        self.register(s, "Bool", format!("unknown: {why}"), None)
    }

    /// A fresh integer standing for a value the model cannot compute (`lo` bounds it below).
    pub fn unknown_int(&mut self, why: &str, non_negative: bool) -> String {
        self.unknowns += 1;
        let s = format!("unknown_{}", self.unknowns);
        let typing = non_negative.then(|| format!("(<= 0 {s} {I64_MAX})"));
        self.register(s, "Int", format!("unknown: {why}"), typing)
    }

    /// A fresh intermediate value of variable `name` (after an effect).
    pub fn mid(&mut self, name: &str, sort: &'static str, what: &str) -> String {
        self.mids += 1;
        let s = format!("mid{}_{name}", self.mids);
        self.register(s, sort, what.to_string(), None)
    }

    /// How many unknowns the script has used: zero means it is exact.
    pub fn unknowns(&self) -> usize {
        self.unknowns
    }

    pub fn comment(&mut self, text: &str) {
        self.body.push(format!("; {}", comment_text(text)));
    }

    pub fn assert(&mut self, term: &str) {
        self.body.push(format!("(assert {term})"));
    }

    /// The script (`title` as its first comments) and the `get-value` command for a `sat`
    /// answer. Only symbols the body uses are declared.
    pub fn finish(self, title: &[String]) -> (String, String) {
        let used: BTreeSet<&str> = self
            .body
            .iter()
            .filter(|l| !l.starts_with(';'))
            .flat_map(|l| l.split(|c: char| c == '(' || c == ')' || c.is_whitespace()))
            .filter(|t| !t.is_empty())
            .collect();
        let mut out = String::new();
        for t in title {
            out.push_str(&format!("; {}\n", comment_text(t)));
        }
        let states: Vec<String> = self.aut.states.iter().map(|s| format!("({})", state(s))).collect();
        out.push_str(&format!("(declare-datatypes ((Status 0)) (({})))\n", states.join(" ")));
        let decls: Vec<&Decl> = self.known.iter().filter(|d| used.contains(d.symbol.as_str())).collect();
        for d in &decls {
            out.push_str(&format!("(declare-const {} {}) ; {}\n", d.symbol, d.sort, d.comment));
        }
        for d in &decls {
            if let Some(t) = &d.typing {
                out.push_str(&format!("(assert {t})\n"));
            }
        }
        for l in &self.body {
            out.push_str(l);
            out.push('\n');
        }
        out.push_str("(check-sat)\n");
        let symbols: Vec<&str> = decls.iter().map(|d| d.symbol.as_str()).collect();
        let get = if symbols.is_empty() { String::new() } else { format!("(get-value ({}))\n", symbols.join(" ")) };
        (out, get)
    }
}

/// A value as an SMT term of a modelled type (`None` for strings, ints, null).
pub fn constant(ty: VarType, v: &Value) -> Option<String> {
    match (ty, v) {
        (VarType::Counter, Value::Int(n)) => Some(numeral(*n)),
        (VarType::Bool, Value::Bool(b)) => Some(b.to_string()),
        (VarType::List, Value::List(items)) => Some(items.len().to_string()),
        _ => None,
    }
}
