//! Everything SQL-dialect specific, in one place: identifier quoting, placeholders, how a
//! property maps to a column expression, and the templates for operators and functions.
//! Templates use `{0}`, `{1}` for operands; the builder substitutes fragments (with their
//! parameters) so user text never reaches a template. A PostgreSQL dialect would implement
//! the same trait (`"…"` quoting, `$n` placeholders via [`Dialect::finish`], `fields->>'p'`,
//! `IS [NOT] DISTINCT FROM`, `strpos`, explicit `NULLS FIRST`).

use super::SqlValue;

pub(crate) trait Dialect {
    /// Quotes an already validated (`[A-Za-z0-9_]+`) table name.
    fn quote_table(&self, table: &str) -> String;
    /// The column expression for a property path (segments are validated identifiers).
    fn property(&self, path: &[String]) -> String;
    /// A boolean as a parameter value.
    fn bool_value(&self, b: bool) -> SqlValue;
    /// Template for `{0} = {1}` where NULLs compare as values (`NULL = NULL` is true).
    fn null_safe_eq(&self) -> &'static str;
    fn null_safe_ne(&self) -> &'static str;
    /// Maps a NULL truth value to false.
    fn null_to_false(&self) -> &'static str;
    fn contains(&self) -> &'static str;
    fn starts_with(&self) -> &'static str;
    fn ends_with(&self) -> &'static str;
    fn to_lower(&self) -> &'static str;
    fn to_upper(&self) -> &'static str;
    fn length(&self) -> &'static str;
    /// `ORDER BY` key suffix; OData sorts nulls first ascending (and last descending).
    fn order(&self, descending: bool) -> &'static str;
    /// Turns the builder's positional `?` placeholders into the dialect's.
    fn finish(&self, sql: String) -> String;
}

/// SQLite, over the projection table (`fields` is a JSON object).
pub(crate) struct Sqlite;

impl Dialect for Sqlite {
    fn quote_table(&self, table: &str) -> String {
        format!("\"{table}\"")
    }

    fn property(&self, path: &[String]) -> String {
        match path {
            [p] if p == "Id" => "id".to_string(),
            [p] if p == "Status" || p == "status" => "status".to_string(),
            _ => {
                let json_path: String = path.iter().map(|s| format!(".\"{s}\"")).collect();
                format!("json_extract(fields, '${json_path}')")
            }
        }
    }

    fn bool_value(&self, b: bool) -> SqlValue {
        SqlValue::Int(i64::from(b))
    }

    fn null_safe_eq(&self) -> &'static str {
        "{0} IS {1}"
    }

    fn null_safe_ne(&self) -> &'static str {
        "{0} IS NOT {1}"
    }

    fn null_to_false(&self) -> &'static str {
        "coalesce({0}, 0)"
    }

    fn contains(&self) -> &'static str {
        "instr({0}, {1}) > 0"
    }

    fn starts_with(&self) -> &'static str {
        "instr({0}, {1}) = 1"
    }

    fn ends_with(&self) -> &'static str {
        "substr({0}, length({0}) - length({1}) + 1) = {1}"
    }

    fn to_lower(&self) -> &'static str {
        "lower({0})"
    }

    fn to_upper(&self) -> &'static str {
        "upper({0})"
    }

    fn length(&self) -> &'static str {
        "length({0})"
    }

    fn order(&self, descending: bool) -> &'static str {
        if descending { " DESC" } else { " ASC" }
    }

    fn finish(&self, sql: String) -> String {
        sql
    }
}
