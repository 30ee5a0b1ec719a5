//! The knowledge app's indexer module: derives an entry's keywords and word count. Pure
//! compute — no HTTP, no secrets — so it needs no Cedar permit.
//!
//! It reads the text fields named by trigger config `fields` (comma-separated; default
//! `title,content`) from the entity's fields in the context, and answers the `on_success`
//! params `{"keywords": "<k1>, <k2>, …", "word_count": <n>}`: the [`keywords`] of the text
//! (joined with `", "`, at most [`MAX_KEYWORDS`]) and its [`word_count`]. An entry with no
//! words is an invalid input (it goes to `on_failure` with the reason).

use serde_json::{Value as Json, json};
use std::collections::HashMap;
use temper_integration_sdk::{Context, Failure, Guest, Outcome};

/// Most keywords returned.
pub const MAX_KEYWORDS: usize = 8;
/// Fewest characters a keyword has.
pub const MIN_KEYWORD_CHARS: usize = 4;
/// The fields read unless the trigger's config names others.
pub const DEFAULT_FIELDS: &str = "title,content";

/// Common English words of at least [`MIN_KEYWORD_CHARS`] letters that say nothing about a text.
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "along",
    "also",
    "although",
    "among",
    "around",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "cannot",
    "could",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "from",
    "further",
    "have",
    "having",
    "here",
    "hers",
    "herself",
    "himself",
    "into",
    "itself",
    "just",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "myself",
    "neither",
    "never",
    "once",
    "only",
    "other",
    "ours",
    "ourselves",
    "over",
    "same",
    "shall",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "under",
    "until",
    "upon",
    "very",
    "want",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Indexer;

impl Guest for Indexer {
    fn invoke(ctx: Context) -> Result<Outcome, Failure> {
        let names = ctx.config("fields").unwrap_or(DEFAULT_FIELDS);
        let text = text_of(&ctx.fields, names)?;
        index(&text, names).map(|params| Outcome { params: params.to_string() })
    }
}

/// The text of the named fields (comma-separated) of an entity's fields JSON, one field a line.
/// Fields that are absent or not strings are skipped.
pub fn text_of(fields: &str, names: &str) -> Result<String, Failure> {
    let fields: Json =
        serde_json::from_str(fields).map_err(|e| Failure::InvalidInput(format!("entity fields are not JSON: {e}")))?;
    let parts: Vec<&str> =
        names.split(',').map(str::trim).filter_map(|n| fields.get(n).and_then(Json::as_str)).collect();
    Ok(parts.join("\n"))
}

/// The `on_success` params for `text`: keywords and word count; no words at all is invalid input.
pub fn index(text: &str, names: &str) -> Result<Json, Failure> {
    let count = word_count(text);
    if count == 0 {
        return Err(Failure::InvalidInput(format!("nothing to index: the fields `{names}` hold no words")));
    }
    Ok(json!({ "keywords": keywords(text).join(", "), "word_count": count }))
}

/// The words of `text`: maximal runs of alphanumeric characters.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// How many words `text` has.
pub fn word_count(text: &str) -> u64 {
    words(text).count() as u64
}

/// The keywords of `text`: its lower-cased words of at least [`MIN_KEYWORD_CHARS`] characters
/// that hold a letter and are not stop words, most frequent first (ties: first seen first), at
/// most [`MAX_KEYWORDS`].
pub fn keywords(text: &str) -> Vec<String> {
    // (word, count), in order of first appearance; `at` finds a word's row.
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for w in words(text) {
        let w = w.to_lowercase();
        if w.chars().count() < MIN_KEYWORD_CHARS
            || !w.chars().any(char::is_alphabetic)
            || STOP_WORDS.binary_search(&w.as_str()).is_ok()
        {
            continue;
        }
        match at.get(&w) {
            Some(&i) => {
                if let Some(row) = seen.get_mut(i) {
                    row.1 += 1;
                }
            }
            None => {
                at.insert(w.clone(), seen.len());
                seen.push((w, 1));
            }
        }
    }
    // A stable sort keeps first-seen order among equal counts.
    seen.sort_by_key(|row| std::cmp::Reverse(row.1));
    seen.into_iter().take(MAX_KEYWORDS).map(|(w, _)| w).collect()
}

#[cfg(target_arch = "wasm32")]
temper_integration_sdk::export!(Indexer);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_lower_case_and_long_enough() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]), "binary_search needs them sorted and unique");
        assert!(STOP_WORDS.iter().all(|w| w.chars().count() >= MIN_KEYWORD_CHARS && w.to_lowercase() == *w));
    }

    #[test]
    fn most_frequent_first_then_first_seen() {
        let k = keywords("Wasm components: a component model for WASM. The component runs; wasm wins. Cats");
        assert_eq!(k, ["wasm", "component", "components", "model", "runs", "wins", "cats"]);
    }

    #[test]
    fn short_words_numbers_and_stop_words_are_left_out() {
        let k = keywords("This is what they said about 2024 and the API: it will be fast, with caching 1234");
        assert_eq!(k, ["said", "fast", "caching"]);
        assert!(keywords("a an the of to in it").is_empty());
        assert_eq!(keywords("Über große Straße über"), ["über", "große", "straße"]);
    }

    #[test]
    fn at_most_eight() {
        let text = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima";
        let k = keywords(text);
        assert_eq!(k.len(), MAX_KEYWORDS);
        assert_eq!(k.first().map(String::as_str), Some("alpha"));
        assert_eq!(k.last().map(String::as_str), Some("hotel"));
    }

    #[test]
    fn words_are_counted_across_punctuation() {
        assert_eq!(word_count("Hello, world! It's 2024 — isn't it?"), 8);
        assert_eq!(word_count("  \n\t "), 0);
    }

    #[test]
    fn params_from_the_context_fields() {
        let fields = r#"{"Id": "k-1", "title": "Retry storms", "content": "Retry with jitter; retry budgets cap retry storms.", "links": 0}"#;
        let text = text_of(fields, DEFAULT_FIELDS).unwrap_or_else(|_| panic!());
        let params = index(&text, DEFAULT_FIELDS).unwrap_or_else(|_| panic!());
        assert_eq!(params["keywords"], "retry, storms, jitter, budgets");
        assert_eq!(params["word_count"], 10);
        // Only the named fields; missing or non-string ones are skipped.
        assert_eq!(text_of(fields, "content, links, nope").unwrap_or_else(|_| panic!()).lines().count(), 1);
    }

    #[test]
    fn nothing_to_index_and_bad_fields_are_invalid_input() {
        let text = text_of(r#"{"title": "", "content": "..."}"#, DEFAULT_FIELDS).unwrap_or_else(|_| panic!());
        assert!(matches!(index(&text, DEFAULT_FIELDS), Err(Failure::InvalidInput(m)) if m.contains("title,content")));
        assert!(matches!(text_of("not json", DEFAULT_FIELDS), Err(Failure::InvalidInput(_))));
    }
}
