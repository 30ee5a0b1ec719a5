//! Property tests of the IOA TOML reader and `load`: they never panic (arbitrary text, and line
//! deletions, duplications and byte flips of valid specs), and every diagnostic is well-formed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use temper_spec::diag::Diagnostic;
use temper_spec::ioa::parse_ioa;
use temper_spec::{SourceFile, load};

const TICKET: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../host/tests/golden/trace/specs/Ticket.ioa.toml"));
const KNOWLEDGE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../host/tests/golden/check/seed-knowledge/Knowledge.ioa.toml"
));
const KNOWLEDGE_CSDL: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../host/tests/golden/check/seed-knowledge/model.csdl.xml"));
const BAD_EFFECTS: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../host/tests/golden/check/effect-errors.ioa.toml"));
const BAD_PREDICATES: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../host/tests/golden/check/predicate-errors.ioa.toml"));
const BAD_TRIGGERS: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../host/tests/golden/check/triggers.ioa.toml"));

/// The mutation corpus: (file name, text).
const SPECS: &[(&str, &str)] = &[
    ("Ticket.ioa.toml", TICKET),
    ("Knowledge.ioa.toml", KNOWLEDGE),
    ("Effects.ioa.toml", BAD_EFFECTS),
    ("Predicates.ioa.toml", BAD_PREDICATES),
    ("Triggers.ioa.toml", BAD_TRIGGERS),
];

/// Lines as an editor shows them: a trailing newline starts one more (empty) line. (Errors at
/// the end of input are reported there; see `end_of_input_errors_point_at_a_real_line`.)
fn line_count(text: &str) -> u32 {
    text.split('\n').count() as u32
}

/// A diagnostic names one of the given files, says what and how, and points inside the file.
fn well_formed(d: &Diagnostic, files: &[SourceFile]) {
    assert!(!d.message.is_empty(), "no message: {d:?}");
    assert!(!d.help.is_empty(), "no help: {d}");
    if d.line > 0 {
        let f = files.iter().find(|f| f.name == d.file).unwrap_or_else(|| panic!("unknown file in {d}"));
        assert!(d.line <= line_count(&f.content), "line {} of {} lines: {d}", d.line, line_count(&f.content));
        assert!(d.column >= 1, "{d}");
    }
}

fn check_parse(name: &str, text: &str) {
    let files = [SourceFile::new(name, text)];
    match parse_ioa(name, text) {
        Ok(a) => a.warnings.iter().for_each(|d| well_formed(d, &files)),
        Err(ds) => {
            assert!(ds.has_errors(), "Err without an error: {ds}");
            ds.0.iter().for_each(|d| well_formed(d, &files));
        }
    }
}

fn check_load(files: &[SourceFile]) {
    match load(files) {
        Ok(l) => {
            l.warnings.iter().for_each(|d| well_formed(d, files));
            for m in &l.machines {
                m.aut.warnings.iter().for_each(|d| well_formed(d, files));
            }
        }
        Err(ds) => {
            assert!(ds.has_errors(), "Err without an error: {ds}");
            ds.0.iter().for_each(|d| well_formed(d, files));
        }
    }
}

#[derive(Debug, Clone)]
enum Edit {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Flip one bit (0..7, so ASCII stays ASCII) of one byte.
    FlipBit(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (any::<usize>(), 0u8..7).prop_map(|(i, b)| Edit::FlipBit(i, b)),
    ]
}

fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    for e in edits {
        let n = lines.len();
        match *e {
            Edit::DeleteLine(i) if n > 1 => {
                lines.remove(i % n);
            }
            Edit::DeleteLine(_) => {}
            Edit::DuplicateLine(i) => lines.insert(i % n, lines[i % n].clone()),
            Edit::SwapLines(a, b) => lines.swap(a % n, b % n),
            Edit::FlipBit(i, bit) => {
                let mut bytes = lines.join("\n").into_bytes();
                if !bytes.is_empty() {
                    let i = i % bytes.len();
                    if bytes[i].is_ascii() {
                        bytes[i] ^= 1 << bit;
                    }
                }
                lines =
                    String::from_utf8(bytes).expect("ASCII flips keep UTF-8").split('\n').map(String::from).collect();
            }
        }
    }
    lines.join("\n")
}

fn toml_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "[automaton]",
        "[[state]]",
        "[[action]]",
        "[[invariant]]",
        "[[state_timeout]]",
        "[[action.triggers]]",
        "name = \"T\"",
        "states = [\"A\", \"B\"]",
        "initial = \"A\"",
        "terminal = [\"B\"]",
        "type = \"counter\"",
        "initial = 0",
        "from = [\"A\"]",
        "to = \"B\"",
        "guard = \"n > 0\"",
        "effect = [\"n += 1\"]",
        "params = [\"p\"]",
        "assert = \"n >= 0\"",
        "kind = \"entity\"",
        "after_seconds = 5",
        "on_timeout = \"Go\"",
        "name = \"n\"",
        "name = \"Go\"",
        "x = {",
        "\"",
        "=",
        "[",
        "]",
        "\n",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_and_load_never_panic_on_arbitrary_text(text in any::<String>()) {
        check_parse("X.ioa.toml", &text);
        check_load(&[SourceFile::new("X.ioa.toml", text)]);
    }

    #[test]
    fn parse_and_load_never_panic_on_spec_shaped_text(text in toml_soup()) {
        check_parse("X.ioa.toml", &text);
        check_load(&[SourceFile::new("X.ioa.toml", text)]);
    }

    #[test]
    fn mutated_specs_never_panic(which in 0..SPECS.len(), edits in prop::collection::vec(edit(), 1..6)) {
        let (name, text) = SPECS[which];
        let text = mutate(text, &edits);
        check_parse(name, &text);
        check_load(&[SourceFile::new(name, text)]);
    }

    #[test]
    fn mutated_specs_load_against_a_model(ioa_edits in prop::collection::vec(edit(), 0..4), csdl_edits in prop::collection::vec(edit(), 0..3)) {
        let files = [
            SourceFile::new("Knowledge.ioa.toml", mutate(KNOWLEDGE, &ioa_edits)),
            SourceFile::new("model.csdl.xml", mutate(KNOWLEDGE_CSDL, &csdl_edits)),
            SourceFile::new("Ticket.ioa.toml", TICKET),
        ];
        check_load(&files);
    }
}

#[test]
fn the_corpus_parses_as_expected() {
    for (name, text) in &SPECS[..2] {
        parse_ioa(name, text).unwrap_or_else(|d| panic!("{d}"));
    }
    for (name, text) in &SPECS[2..] {
        check_parse(name, text);
        assert!(parse_ioa(name, text).is_err(), "{name} should not load");
    }
    let files = [SourceFile::new("Knowledge.ioa.toml", KNOWLEDGE), SourceFile::new("model.csdl.xml", KNOWLEDGE_CSDL)];
    load(&files).unwrap_or_else(|d| panic!("{d}"));
}

/// A spec whose guard is `text`: `[[action]] Go` guarded, on a one-variable automaton.
fn with_guard(guard: &str) -> String {
    format!(
        "[automaton]\nname = \"T\"\nstates = [\"A\"]\ninitial = \"A\"\n\n[[state]]\nname = \"n\"\ntype = \"counter\"\n\n\
         [[action]]\nname = \"Go\"\nguard = \"{guard}\"\n"
    )
}

#[test]
fn deeply_nested_guards_are_located_errors() {
    for guard in
        [format!("{}n > 0{}", "(".repeat(10_000), ")".repeat(10_000)), format!("{}(n > 0)", "!".repeat(10_000))]
    {
        let text = with_guard(&guard);
        let ds = parse_ioa("T.ioa.toml", &text).expect_err("too deep");
        let files = [SourceFile::new("T.ioa.toml", text.clone())];
        ds.0.iter().for_each(|d| well_formed(d, &files));
        assert!(
            ds.0.iter().any(|d| d.message.contains("nests deeper than 64") && d.line == 12 && d.key == "guard"),
            "{:?}",
            ds.0.iter()
                .map(|d| (d.line, d.column, &d.key, d.message.chars().take(60).collect::<String>()))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_stack_overflow() {
    // Run on a thread with a modest stack, as a host would for untrusted specs.
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            for text in [
                format!("x = {}{}", "[".repeat(10_000), "]".repeat(10_000)),
                format!("x = {}1{}", "{ a = ".repeat(10_000), " }".repeat(10_000)),
            ] {
                check_parse("X.ioa.toml", &text);
                check_load(&[SourceFile::new("X.ioa.toml", text)]);
            }
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn error_lines_stay_inside_the_file() {
    // Problems at the very end of the text (after the trailing newline) are still located inside.
    for text in [
        "[automaton]\nname = \"T\"\n",
        "[automaton]\nname = \"T\nstates = [\n",
        "x = [1,\n",
        "x = {\n",
        "x = '''\n",
        "[[action]]\nname = \"A\"\nguard = \"(\"\n",
        "[automaton]\nname = \"T\"\nstates = [\"A\"]\ninitial = \"A\"\n[[action]]\n",
        "x = \n",
    ] {
        check_parse("X.ioa.toml", text);
    }
}

#[test]
fn end_of_input_errors_point_at_a_real_line() {
    let files = [SourceFile::new("X.ioa.toml", "x = '''\n"), SourceFile::new("model.csdl.xml", "<!--\n")];
    let ds = load(&files).expect_err("both files are broken");
    for d in ds.errors().filter(|d| d.line > 0) {
        let text = &files.iter().find(|f| f.name == d.file).unwrap().content;
        assert!(d.line as usize <= text.lines().count(), "{d}");
    }
}
