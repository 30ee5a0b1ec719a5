//! Recursive-descent `$filter` parser over the OData ABNF subset we support, with OData
//! precedence (loosest first): `or`, `and`, `eq ne`, `gt ge lt le in`, `not`, primary.
//! Nesting (parentheses, `not`, function calls) is bounded by [`MAX_DEPTH`] and the tree size
//! by [`MAX_NODES`], so hostile input cannot exhaust the stack of the host or a Wasm guest.

use super::ast::{CompareOp, Expr, Func, Literal};
use super::lexer::{OPT, Tok, Token, tokenize};
use crate::error::QueryError;

/// Maximum nesting of parentheses, `not` and function calls.
pub const MAX_DEPTH: usize = 32;
/// Maximum number of AST nodes in one filter.
pub const MAX_NODES: usize = 1000;

/// Parses a `$filter` value (already percent-decoded). Positions in errors are byte offsets
/// within `src`.
pub fn parse_filter(src: &str) -> Result<Expr, QueryError> {
    let tokens = tokenize(src)?;
    let mut p = Parser { src, tokens, pos: 0, depth: 0, nodes: 0 };
    if p.peek().tok == Tok::Eof {
        return Err(err(0, "empty $filter", "write a condition such as `Status eq 'Open'`, or omit $filter"));
    }
    let e = p.parse_or()?;
    let t = p.peek();
    if t.tok != Tok::Eof {
        let help = match &t.tok {
            Tok::RParen => "this `)` has no matching `(`",
            Tok::Ident(w) if CompareOp::from_keyword(w).is_some() || w == "in" => {
                "comparisons cannot be chained without parentheses at the same level; add `and`/`or` or parentheses"
            }
            Tok::Ident(_) => "expected `and`, `or` or the end of the filter; operators are `eq ne gt ge lt le in`",
            _ => "expected `and`, `or` or the end of the filter",
        };
        return Err(err(t.start, format!("unexpected {}", p.describe(t)), help));
    }
    Ok(e)
}

fn err(position: usize, message: impl Into<String>, help: impl Into<String>) -> QueryError {
    QueryError::new(OPT, position, message, help)
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
    nodes: usize,
}

/// The end-of-input token, returned by `peek` if the token list were ever empty.
const EOF: Token = Token { tok: Tok::Eof, start: 0, end: 0 };

impl<'a> Parser<'a> {
    fn peek(&self) -> &Token {
        self.tokens.get(self.pos).or_else(|| self.tokens.last()).unwrap_or(&EOF)
    }

    fn bump(&mut self) -> Token {
        let t = self.peek().clone();
        if self.pos < self.tokens.len() {
            self.pos += 1;
        }
        t
    }

    fn keyword(&self) -> Option<&str> {
        match &self.peek().tok {
            Tok::Ident(w) => Some(w.as_str()),
            _ => None,
        }
    }

    /// "`text`" for a token, "end of filter" for `Eof`.
    fn describe(&self, t: &Token) -> String {
        match t.tok {
            Tok::Eof => "end of filter".to_string(),
            _ => format!("`{}`", &self.src[t.start..t.end]),
        }
    }

    fn node(&mut self, at: usize, e: Expr) -> Result<Expr, QueryError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(err(at, format!("filter is too large (more than {MAX_NODES} nodes)"), "simplify the filter"));
        }
        Ok(e)
    }

    fn enter(&mut self, at: usize) -> Result<(), QueryError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err(
                at,
                format!("filter is nested too deeply (more than {MAX_DEPTH} levels)"),
                "remove redundant parentheses or `not`s, or simplify the filter",
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn parse_or(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.parse_and()?;
        while self.keyword() == Some("or") {
            let at = self.bump().start;
            let right = self.operand(Self::parse_and, "or")?;
            left = self.node(at, Expr::Or(Box::new(left), Box::new(right)))?;
        }
        Ok(left)
    }

    fn parse_and(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.parse_equality()?;
        while self.keyword() == Some("and") {
            let at = self.bump().start;
            let right = self.operand(Self::parse_equality, "and")?;
            left = self.node(at, Expr::And(Box::new(left), Box::new(right)))?;
        }
        Ok(left)
    }

    fn parse_equality(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.parse_relational()?;
        while let Some(op) = self.keyword().and_then(CompareOp::from_keyword).filter(|o| o.is_equality()) {
            let at = self.bump().start;
            let right = self.operand(Self::parse_relational, op.keyword())?;
            left = self.node(at, Expr::Compare { op, left: Box::new(left), right: Box::new(right) })?;
        }
        Ok(left)
    }

    fn parse_relational(&mut self) -> Result<Expr, QueryError> {
        let mut left = self.parse_unary()?;
        loop {
            match self.keyword() {
                Some("in") => {
                    let at = self.bump().start;
                    let list = self.parse_in_list(at)?;
                    left = self.node(at, Expr::In { value: Box::new(left), list })?;
                }
                Some(w) => match CompareOp::from_keyword(w).filter(|o| !o.is_equality()) {
                    Some(op) => {
                        let at = self.bump().start;
                        let right = self.operand(Self::parse_unary, op.keyword())?;
                        left = self.node(at, Expr::Compare { op, left: Box::new(left), right: Box::new(right) })?;
                    }
                    None => return Ok(left),
                },
                None => return Ok(left),
            }
        }
    }

    /// Parses the right operand of `op`, explaining a missing one.
    fn operand(&mut self, f: fn(&mut Self) -> Result<Expr, QueryError>, op: &str) -> Result<Expr, QueryError> {
        let t = self.peek().clone();
        if matches!(t.tok, Tok::Eof | Tok::RParen | Tok::Comma) {
            return Err(err(
                t.start,
                format!("expected a value after `{op}`, found {}", self.describe(&t)),
                format!("complete the expression, e.g. `Name {op} 'x'`"),
            ));
        }
        f(self)
    }

    fn parse_unary(&mut self) -> Result<Expr, QueryError> {
        if self.keyword() == Some("not") {
            let at = self.bump().start;
            self.enter(at)?;
            let inner = self.operand(Self::parse_unary, "not")?;
            self.leave();
            return self.node(at, Expr::Not(Box::new(inner)));
        }
        self.parse_primary()
    }

    fn parse_in_list(&mut self, in_at: usize) -> Result<Vec<Literal>, QueryError> {
        let open = self.bump();
        if open.tok != Tok::LParen {
            return Err(err(
                open.start,
                format!("expected `(` after `in`, found {}", self.describe(&open)),
                "write a list of literals: `Status in ('Open','Closed')`",
            ));
        }
        let mut list = Vec::new();
        loop {
            let t = self.bump();
            let lit = match token_literal(&t.tok) {
                Some(l) => l,
                None => {
                    let message = format!("expected a literal in the `in` list, found {}", self.describe(&t));
                    let help = if t.tok == Tok::RParen && list.is_empty() {
                        "the list after `in` must not be empty"
                    } else {
                        "`in` lists hold literals only: `X in ('a','b')`"
                    };
                    return Err(err(t.start, message, help));
                }
            };
            list.push(lit);
            self.node(in_at, Expr::Literal(Literal::Null))?;
            let sep = self.bump();
            match sep.tok {
                Tok::Comma => continue,
                Tok::RParen => return Ok(list),
                _ => {
                    return Err(err(
                        sep.start,
                        format!("expected `,` or `)` in the `in` list, found {}", self.describe(&sep)),
                        "separate the literals with commas and close the list with `)`",
                    ));
                }
            }
        }
    }

    fn parse_primary(&mut self) -> Result<Expr, QueryError> {
        let t = self.bump();
        if let Some(lit) = token_literal(&t.tok) {
            return self.node(t.start, Expr::Literal(lit));
        }
        match &t.tok {
            Tok::LParen => {
                self.enter(t.start)?;
                let inner = self.operand(Self::parse_or, "(")?;
                let close = self.bump();
                if close.tok != Tok::RParen {
                    return Err(err(
                        close.start,
                        format!("expected `)`, found {}", self.describe(&close)),
                        format!("close the `(` opened at byte {}", t.start),
                    ));
                }
                self.leave();
                Ok(inner)
            }
            Tok::Ident(name) if self.peek().tok == Tok::LParen => self.parse_call(name.clone(), t.start),
            Tok::Ident(name) => {
                if let Some(hint) = misplaced_keyword(name) {
                    return Err(err(t.start, format!("unexpected `{name}`"), hint));
                }
                let mut path = vec![name.clone()];
                while self.peek().tok == Tok::Slash {
                    let slash = self.bump();
                    let seg = self.bump();
                    match seg.tok {
                        Tok::Ident(s) if !matches!(self.peek().tok, Tok::LParen) => path.push(s),
                        _ => {
                            return Err(err(
                                seg.start,
                                format!("expected a property name after `/`, found {}", self.describe(&seg)),
                                format!("property paths are `A/B`; the `/` is at byte {}", slash.start),
                            ));
                        }
                    }
                }
                self.node(t.start, Expr::Property(path))
            }
            _ => Err(err(
                t.start,
                format!("unexpected {}", self.describe(&t)),
                match t.tok {
                    Tok::Eof => "the filter ends too early; complete the expression",
                    Tok::RParen => "expected a value before `)`",
                    _ => "expected a property, literal, function call, `not` or `(`",
                },
            )),
        }
    }

    fn parse_call(&mut self, name: String, at: usize) -> Result<Expr, QueryError> {
        let Some(func) = Func::from_name(&name) else {
            let known: Vec<&str> = Func::ALL.iter().map(|f| f.name()).collect();
            return Err(err(
                at,
                format!("unknown function `{name}`"),
                format!("supported functions: {}", known.join(", ")),
            ));
        };
        self.enter(at)?;
        self.bump(); // `(`
        let mut args = Vec::new();
        if self.peek().tok != Tok::RParen {
            loop {
                args.push(self.operand(Self::parse_or, "(")?);
                let sep = self.bump();
                match sep.tok {
                    Tok::Comma => {}
                    Tok::RParen => break,
                    _ => {
                        return Err(err(
                            sep.start,
                            format!("expected `,` or `)` in the arguments of `{name}`, found {}", self.describe(&sep)),
                            format!("close the call to `{name}` with `)`"),
                        ));
                    }
                }
            }
        } else {
            self.bump();
        }
        self.leave();
        if args.len() != func.arity() {
            let usage = if func.arity() == 2 { format!("{name}(Prop,'text')") } else { format!("{name}(Prop)") };
            return Err(err(
                at,
                format!("`{name}` takes {} argument(s), got {}", func.arity(), args.len()),
                format!("call it as `{usage}`"),
            ));
        }
        self.node(at, Expr::Call { func, args })
    }
}

fn token_literal(t: &Tok) -> Option<Literal> {
    Some(match t {
        Tok::Str(s) => Literal::String(s.clone()),
        Tok::Int(i) => Literal::Int(*i),
        Tok::Decimal(s) => Literal::Decimal(s.clone()),
        Tok::Date(s) => Literal::Date(s.clone()),
        Tok::DateTime(s) => Literal::DateTime(s.clone()),
        Tok::Guid(s) => Literal::Guid(s.clone()),
        Tok::Ident(w) if w == "null" => Literal::Null,
        Tok::Ident(w) if w == "true" => Literal::Bool(true),
        Tok::Ident(w) if w == "false" => Literal::Bool(false),
        _ => return None,
    })
}

/// An operator keyword where a value is expected.
fn misplaced_keyword(w: &str) -> Option<&'static str> {
    match w {
        "and" | "or" | "eq" | "ne" | "gt" | "ge" | "lt" | "le" | "in" => {
            Some("an operator needs a value on its left, e.g. `Price gt 5`")
        }
        _ => None,
    }
}
