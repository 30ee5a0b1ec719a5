//! Parameterized SQL over the projection table
//! (`id TEXT PRIMARY KEY, status TEXT NOT NULL, seq INTEGER NOT NULL, deleted INTEGER NOT NULL,
//! fields TEXT NOT NULL` — `fields` is a JSON object of the entity's properties).
//!
//! Every literal becomes a `?` parameter; only validated identifiers are ever spliced into the
//! SQL text. Dialect specifics live in [`dialect`]; this module is dialect-neutral.
//!
//! # Where OData and SQLite disagree, and what we do
//!
//! * **Null comparisons.** OData is two-valued for comparisons: `null eq null` is true,
//!   `Name ne 'x'` is true when `Name` is null, `Price gt 5` is false (not unknown) when `Price`
//!   is null — so `not (Price gt 5)` holds for a null price. SQL is three-valued. We emit
//!   `IS NULL` / `IS NOT NULL` for comparisons with `null`, `IS NOT` for `ne`, and `IS` for
//!   `eq` unless one side is a non-null literal in a context where unknown already means false.
//!   Relational comparisons and `in` are wrapped in `coalesce(…, 0)` wherever an unknown could
//!   be observed (under `not`, or used as a value). In purely positive positions (reachable
//!   from the root through `and`/`or` only) unknown and false select the same rows, so the SQL
//!   stays plain. Functions of null (`contains(null,'a')`) and null booleans stay null, as in
//!   OData, and SQLite's `NOT`/`AND`/`OR` then follow the same three-valued logic as OData's.
//! * **Case sensitivity.** OData string comparison and `contains`/`startswith`/`endswith` are
//!   case-sensitive. SQLite's `=` is (BINARY collation) but `LIKE` is not, so the string
//!   functions use `instr`/`substr` instead of `LIKE` (no wildcard escaping needed either).
//!   `tolower`/`toupper` map to `lower`/`upper`, which only fold ASCII in SQLite without ICU.
//! * **Booleans** are JSON `true`/`false`, which `json_extract` returns as 1/0; boolean
//!   literals are bound as integers 1/0.
//! * **Date-times** compare as ISO-8601 strings. Literals are normalised to UTC as
//!   `YYYY-MM-DDTHH:MM:SS[.f]Z` (offset applied, trailing fractional zeros dropped); stored
//!   values must use the same canonical form for ordering to be correct. Dates compare as
//!   `YYYY-MM-DD` strings. GUID literals are bound lower-case.
//! * **Ordering.** SQLite sorts NULLs first ascending and last descending, as OData does. Every
//!   `ORDER BY` ends with `id` so paging is stable.
//! * `$select` is not pushed down (all columns are read and the caller projects `fields`);
//!   `$skiptoken` is opaque here: the caller decodes it into `skip` before building the query.

mod dialect;

use crate::check::{Schema, check_options};
use crate::error::QueryError;
use crate::filter::{CompareOp, Expr, Func, Literal};
use crate::options::{Direction, QueryOptions};
use dialect::{Dialect, Sqlite};
use serde::{Deserialize, Serialize};

/// A bound SQL parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SqlValue {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// A query and its parameters, plus the matching `COUNT(*)` query when `$count=true`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SqlQuery {
    pub sql: String,
    pub params: Vec<SqlValue>,
    pub count_sql: Option<(String, Vec<SqlValue>)>,
}

/// Builds `SELECT id, status, seq, fields FROM "table" WHERE deleted = 0 [AND (filter)]
/// ORDER BY … id LIMIT ? OFFSET ?` for `opts`, after type-checking them against `schema`.
///
/// The limit is `min($top, page_size) + 1`: one extra row tells the caller a next page exists
/// (when `$top` ≤ `page_size` the caller must not emit a next link for it). A `page_size` of 0
/// is treated as 1.
pub fn build_select(
    table: &str,
    opts: &QueryOptions,
    schema: &dyn Schema,
    page_size: u32,
) -> Result<SqlQuery, QueryError> {
    build_with(&Sqlite, table, opts, schema, page_size)
}

fn build_with(
    d: &dyn Dialect,
    table: &str,
    opts: &QueryOptions,
    schema: &dyn Schema,
    page_size: u32,
) -> Result<SqlQuery, QueryError> {
    if table.is_empty() || !table.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(QueryError::new(
            "table",
            0,
            format!("invalid table name `{table}`"),
            "table names are `[A-Za-z0-9_]+`",
        ));
    }
    check_options(opts, schema)?;
    let from = d.quote_table(table);
    let mut where_sql = "deleted = 0".to_string();
    let mut params = Vec::new();
    if let Some(f) = &opts.filter {
        let frag = Builder { d }.predicate(f, true)?;
        where_sql.push_str(&format!(" AND ({})", frag.sql));
        params = frag.params;
    }
    let count_sql =
        opts.count.then(|| (d.finish(format!("SELECT COUNT(*) FROM {from} WHERE {where_sql}")), params.clone()));

    let mut order: Vec<String> = Vec::new();
    let mut has_id = false;
    for key in &opts.orderby {
        has_id |= key.property == "Id";
        order.push(format!(
            "{}{}",
            d.property(std::slice::from_ref(&key.property)),
            d.order(key.direction == Direction::Desc)
        ));
    }
    if !has_id {
        order.push(format!("id{}", d.order(false)));
    }
    let page = u64::from(page_size.max(1));
    let limit = opts.top.map_or(page, |t| t.min(page)) + 1;
    let offset = opts.skip.unwrap_or(0);
    params.push(SqlValue::Int(i64::try_from(limit).unwrap_or(i64::MAX)));
    params.push(SqlValue::Int(i64::try_from(offset).unwrap_or(i64::MAX)));
    let sql = format!(
        "SELECT id, status, seq, fields FROM {from} WHERE {where_sql} ORDER BY {} LIMIT ? OFFSET ?",
        order.join(", ")
    );
    Ok(SqlQuery { sql: d.finish(sql), params, count_sql })
}

/// SQL operator precedence classes, loosest first, for parenthesization.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const CMP: u8 = 4;
const ATOM: u8 = 5;

/// A piece of SQL with its parameters (in placeholder order) and precedence class.
#[derive(Debug, Clone)]
struct Frag {
    sql: String,
    params: Vec<SqlValue>,
    prec: u8,
}

impl Frag {
    fn param(v: SqlValue) -> Frag {
        Frag { sql: "?".to_string(), params: vec![v], prec: ATOM }
    }

    fn raw(sql: String) -> Frag {
        Frag { sql, params: Vec::new(), prec: ATOM }
    }

    /// Appends `self`, parenthesized if it binds looser than `min`.
    fn append_to(&self, out: &mut Frag, min: u8) {
        if self.prec < min {
            out.sql.push('(');
            out.sql.push_str(&self.sql);
            out.sql.push(')');
        } else {
            out.sql.push_str(&self.sql);
        }
        out.params.extend(self.params.iter().cloned());
    }
}

/// Fills a dialect template: `{i}` becomes `args[i]` (parenthesized unless atomic), each
/// occurrence contributing its parameters in order.
fn template(t: &str, args: &[&Frag], prec: u8) -> Frag {
    let mut out = Frag { sql: String::new(), params: Vec::new(), prec };
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        out.sql.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        match after[..close].parse::<usize>().ok().and_then(|i| args.get(i)) {
            Some(arg) => {
                // A whole function argument (`f({0}, …)`) needs no parentheses of its own.
                let follows = after.as_bytes().get(close + 1).copied();
                let is_argument = out.sql.ends_with(['(', ' '])
                    && out.sql.trim_end().ends_with(['(', ','])
                    && matches!(follows, Some(b',' | b')'));
                arg.append_to(&mut out, if is_argument { OR } else { ATOM })
            }
            None => out.sql.push_str(&rest[open..open + 1 + close.min(after.len())]),
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.sql.push_str(rest);
    out
}

fn binary(l: &Frag, op: &str, r: &Frag, prec: u8) -> Frag {
    let mut out = Frag { sql: String::new(), params: Vec::new(), prec };
    l.append_to(&mut out, prec);
    out.sql.push_str(op);
    r.append_to(&mut out, prec + 1);
    out
}

struct Builder<'d> {
    d: &'d dyn Dialect,
}

impl Builder<'_> {
    /// A boolean expression in `WHERE` position. `positive`: reached from the root through
    /// `and`/`or` only, where an unknown (NULL) truth value and false select the same rows.
    fn predicate(&self, e: &Expr, positive: bool) -> Result<Frag, QueryError> {
        Ok(match e {
            Expr::And(l, r) => binary(&self.predicate(l, positive)?, " AND ", &self.predicate(r, positive)?, AND),
            Expr::Or(l, r) => binary(&self.predicate(l, positive)?, " OR ", &self.predicate(r, positive)?, OR),
            Expr::Not(x) => {
                let mut out = Frag { sql: "NOT ".to_string(), params: Vec::new(), prec: NOT };
                self.predicate(x, false)?.append_to(&mut out, ATOM);
                out
            }
            Expr::Compare { op, left, right } => self.compare(*op, left, right, positive)?,
            Expr::In { value, list } => {
                let v = self.value(value)?;
                let mut out = Frag { sql: String::new(), params: Vec::new(), prec: CMP };
                v.append_to(&mut out, ATOM);
                out.sql.push_str(" IN (");
                for (i, l) in list.iter().enumerate() {
                    if i > 0 {
                        out.sql.push_str(", ");
                    }
                    out.sql.push('?');
                    out.params.push(self.literal(l)?);
                }
                out.sql.push(')');
                self.two_valued(out, positive)
            }
            Expr::Literal(_) | Expr::Property(_) | Expr::Call { .. } => self.value(e)?,
        })
    }

    /// Maps NULL to false where an unknown would be observable.
    fn two_valued(&self, f: Frag, positive: bool) -> Frag {
        if positive { f } else { template(self.d.null_to_false(), &[&f], ATOM) }
    }

    fn compare(&self, op: CompareOp, left: &Expr, right: &Expr, positive: bool) -> Result<Frag, QueryError> {
        let is_null = |e: &Expr| matches!(e, Expr::Literal(Literal::Null));
        let is_value_literal = |e: &Expr| matches!(e, Expr::Literal(l) if *l != Literal::Null);
        if is_null(left) || is_null(right) {
            let other = if is_null(left) { right } else { left };
            let suffix = if op == CompareOp::Eq { " IS NULL" } else { " IS NOT NULL" };
            let mut out = Frag { sql: String::new(), params: Vec::new(), prec: CMP };
            self.value(other)?.append_to(&mut out, ATOM);
            out.sql.push_str(suffix);
            return Ok(out);
        }
        let (l, r) = (self.value(left)?, self.value(right)?);
        let sym = match op {
            CompareOp::Eq if positive && (is_value_literal(left) || is_value_literal(right)) => " = ",
            CompareOp::Eq => return Ok(template(self.d.null_safe_eq(), &[&l, &r], CMP)),
            CompareOp::Ne => return Ok(template(self.d.null_safe_ne(), &[&l, &r], CMP)),
            CompareOp::Gt => " > ",
            CompareOp::Ge => " >= ",
            CompareOp::Lt => " < ",
            CompareOp::Le => " <= ",
        };
        let mut out = Frag { sql: String::new(), params: Vec::new(), prec: CMP };
        l.append_to(&mut out, ATOM);
        out.sql.push_str(sym);
        r.append_to(&mut out, ATOM);
        Ok(if op == CompareOp::Eq { out } else { self.two_valued(out, positive) })
    }

    /// An expression used as a value (operand of a comparison or function).
    fn value(&self, e: &Expr) -> Result<Frag, QueryError> {
        Ok(match e {
            Expr::Literal(l) => Frag::param(self.literal(l)?),
            Expr::Property(path) => Frag::raw(self.d.property(path)),
            Expr::Call { func, args } => {
                let args = args.iter().map(|a| self.value(a)).collect::<Result<Vec<_>, _>>()?;
                let refs: Vec<&Frag> = args.iter().collect();
                let (t, prec) = match func {
                    Func::Contains => (self.d.contains(), CMP),
                    Func::StartsWith => (self.d.starts_with(), CMP),
                    Func::EndsWith => (self.d.ends_with(), CMP),
                    Func::ToLower => (self.d.to_lower(), ATOM),
                    Func::ToUpper => (self.d.to_upper(), ATOM),
                    Func::Length => (self.d.length(), ATOM),
                };
                template(t, &refs, prec)
            }
            Expr::Compare { .. } | Expr::And(..) | Expr::Or(..) | Expr::Not(_) | Expr::In { .. } => {
                self.predicate(e, false)?
            }
        })
    }

    fn literal(&self, l: &Literal) -> Result<SqlValue, QueryError> {
        Ok(match l {
            Literal::Null => SqlValue::Null,
            Literal::Bool(b) => self.d.bool_value(*b),
            Literal::Int(i) => SqlValue::Int(*i),
            Literal::Decimal(s) => match s.parse::<f64>() {
                Ok(v) if v.is_finite() => SqlValue::Real(v),
                _ => {
                    return Err(QueryError::new(
                        "$filter",
                        0,
                        format!("decimal `{s}` is out of range"),
                        "use a decimal within ±1.7e308",
                    ));
                }
            },
            Literal::String(s) | Literal::Date(s) => SqlValue::Text(s.clone()),
            Literal::DateTime(s) => SqlValue::Text(normalize_datetime(s)),
            Literal::Guid(s) => SqlValue::Text(s.to_ascii_lowercase()),
        })
    }
}

fn num(s: &str, range: std::ops::Range<usize>) -> Option<i64> {
    s.get(range)?.parse().ok()
}

/// `YYYY-MM-DDTHH:MM[:SS[.f]](Z|±HH:MM)` (validated by the lexer) → UTC
/// `YYYY-MM-DDTHH:MM:SS[.f]Z` with trailing fractional zeros dropped. Input it cannot
/// normalise (e.g. a year that would leave 0000–9999) is returned unchanged.
pub fn normalize_datetime(s: &str) -> String {
    normalize(s).unwrap_or_else(|| s.to_string())
}

/// Milliseconds since the Unix epoch of an RFC 3339 date-time (`2026-11-25T10:00:00Z`,
/// offsets and fractions allowed), or `None` when it is not one.
pub fn datetime_epoch_ms(s: &str) -> Option<i64> {
    let norm = normalize(s)?;
    let (y, mo, d, h, mi, sec) = (
        num(&norm, 0..4)?,
        num(&norm, 5..7)?,
        num(&norm, 8..10)?,
        num(&norm, 11..13)?,
        num(&norm, 14..16)?,
        num(&norm, 17..19)?,
    );
    let frac: String = norm.get(20..)?.chars().take_while(char::is_ascii_digit).take(3).collect();
    let ms = if frac.is_empty() { 0 } else { format!("{frac:0<3}").parse::<i64>().ok()? };
    let days = days_from_civil(y, mo, d) - days_from_civil(1970, 1, 1);
    Some(((days * 86_400 + h * 3600 + mi * 60 + sec) * 1000) + ms)
}

fn normalize(s: &str) -> Option<String> {
    let (y, mo, d, h, mi) = (num(s, 0..4)?, num(s, 5..7)?, num(s, 8..10)?, num(s, 11..13)?, num(s, 14..16)?);
    let mut i = 16;
    let mut sec = 0;
    let mut frac = "";
    if s.as_bytes().get(i) == Some(&b':') {
        sec = num(s, 17..19)?;
        i = 19;
        if s.as_bytes().get(i) == Some(&b'.') {
            let len = s[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
            frac = s[i + 1..i + 1 + len].trim_end_matches('0');
            i += 1 + len;
        }
    }
    let offset = match s.as_bytes().get(i)? {
        b'Z' => 0,
        b'+' => num(s, i + 1..i + 3)? * 60 + num(s, i + 4..i + 6)?,
        b'-' => -(num(s, i + 1..i + 3)? * 60 + num(s, i + 4..i + 6)?),
        _ => return None,
    };
    // Days since 0000-03-01 style civil conversion (Howard Hinnant's algorithm).
    let minutes = days_from_civil(y, mo, d) * 1440 + h * 60 + mi - offset;
    let (days, mins) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (y, mo, d) = civil_from_days(days);
    if !(0..=9999).contains(&y) {
        return None;
    }
    let frac = if frac.is_empty() { String::new() } else { format!(".{frac}") };
    Some(format!("{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{sec:02}{frac}Z", mins / 60, mins % 60))
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe
}

/// `(year, month, day)` of a day count since 1970-01-01 (proleptic Gregorian).
pub fn civil_from_unix_days(days: i64) -> (i64, i64, i64) {
    civil_from_days(days + 719_468)
}

/// `(year, month, day)` of a day count since 0000-03-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
