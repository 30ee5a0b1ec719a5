//! Recursive-descent parser for the predicate grammar:
//!
//! ```text
//! expr    = implies
//! implies = or [ "=>" implies ]
//! or      = and { "||" and }
//! and     = unary { "&&" unary }
//! unary   = "!" unary | atom
//! atom    = "(" expr ")" | "empty" "(" name ")" | term
//! term    = operand [ cmp operand | [ "not" ] "in" set ]
//! operand = "status" | name | "params" "." name | Type "[" name "]" "." "status"
//!         | "len" "(" name ")" | literal
//! set     = "[" [ literal { "," literal } ] "]" | name
//! literal = integer | 'string' | true | false | null
//! ```

use super::ast::*;
use super::lexer::{SyntaxError, Tok, Token, lex};
use crate::value::Value;

/// Nesting deeper than this is refused (a hostile spec cannot blow the stack).
pub const MAX_DEPTH: usize = 64;

pub fn parse_predicate(src: &str) -> Result<Pred, SyntaxError> {
    let toks = lex(src)?;
    if toks.is_empty() {
        return Err(SyntaxError::new(
            0,
            "empty predicate",
            "write a condition, e.g. `status == 'Open'`, or remove the key",
        ));
    }
    let mut p = Parser { toks: &toks, pos: 0, src_len: src.len(), depth: 0 };
    let e = p.expr()?;
    if let Some(t) = p.peek() {
        return Err(SyntaxError::new(
            t.span.start,
            format!("unexpected {} after a complete predicate", t.tok.describe()),
            "join conditions with `&&` or `||`",
        ));
    }
    Ok(e)
}

pub(crate) struct Parser<'a> {
    pub toks: &'a [Token],
    pub pos: usize,
    pub src_len: usize,
    pub depth: usize,
}

const RESERVED: &[&str] = &["status", "true", "false", "null", "in", "not", "len", "empty", "params"];

impl<'a> Parser<'a> {
    pub fn peek(&self) -> Option<&'a Token> {
        self.toks.get(self.pos)
    }

    fn peek_tok(&self) -> Option<&'a Tok> {
        self.peek().map(|t| &t.tok)
    }

    fn peek_is(&self, tok: &Tok) -> bool {
        self.peek_tok() == Some(tok)
    }

    fn peek_ident(&self, word: &str) -> bool {
        matches!(self.peek_tok(), Some(Tok::Ident(s)) if s == word)
    }

    pub fn bump(&mut self) -> Option<&'a Token> {
        let t = self.toks.get(self.pos);
        self.pos += 1;
        t
    }

    pub fn offset(&self) -> usize {
        self.peek().map_or(self.src_len, |t| t.span.start)
    }

    fn prev_end(&self) -> usize {
        self.pos.checked_sub(1).and_then(|i| self.toks.get(i)).map_or(0, |t| t.span.end)
    }

    pub fn expect(&mut self, tok: Tok, what: &str) -> Result<&'a Token, SyntaxError> {
        match self.peek() {
            Some(t) if t.tok == tok => {
                self.pos += 1;
                Ok(t)
            }
            Some(t) => Err(SyntaxError::new(
                t.span.start,
                format!("expected {what}, found {}", t.tok.describe()),
                format!("insert {what}"),
            )),
            None => {
                Err(SyntaxError::new(self.src_len, format!("expected {what}, found the end"), format!("insert {what}")))
            }
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError::new(
                self.offset(),
                format!("predicate nests deeper than {MAX_DEPTH} levels"),
                "split the condition into simpler parts",
            ));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Pred, SyntaxError> {
        self.enter()?;
        let lhs = self.or()?;
        let out = if self.peek_is(&Tok::Implies) {
            self.pos += 1;
            let rhs = self.expr()?;
            let span = lhs.span.start..rhs.span.end;
            Pred { kind: PredKind::Implies(Box::new(lhs), Box::new(rhs)), span }
        } else {
            lhs
        };
        self.depth -= 1;
        Ok(out)
    }

    fn or(&mut self) -> Result<Pred, SyntaxError> {
        let first = self.and()?;
        if !self.peek_is(&Tok::OrOr) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.peek_is(&Tok::OrOr) {
            self.pos += 1;
            items.push(self.and()?);
        }
        let span = items[0].span.start..items[items.len() - 1].span.end;
        Ok(Pred { kind: PredKind::Or(items), span })
    }

    fn and(&mut self) -> Result<Pred, SyntaxError> {
        let first = self.unary()?;
        if !self.peek_is(&Tok::AndAnd) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.peek_is(&Tok::AndAnd) {
            self.pos += 1;
            items.push(self.unary()?);
        }
        let span = items[0].span.start..items[items.len() - 1].span.end;
        Ok(Pred { kind: PredKind::And(items), span })
    }

    fn unary(&mut self) -> Result<Pred, SyntaxError> {
        if self.peek_is(&Tok::Bang) {
            let start = self.offset();
            self.pos += 1;
            self.enter()?;
            let inner = self.unary()?;
            self.depth -= 1;
            let span = start..inner.span.end;
            return Ok(Pred { kind: PredKind::Not(Box::new(inner)), span });
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Pred, SyntaxError> {
        if self.peek_is(&Tok::LParen) {
            let start = self.offset();
            self.pos += 1;
            let mut inner = self.expr()?;
            self.expect(Tok::RParen, "`)`")?;
            inner.span = start..self.prev_end();
            return Ok(inner);
        }
        if self.peek_ident("empty") && self.toks.get(self.pos + 1).map(|t| &t.tok) == Some(&Tok::LParen) {
            let start = self.offset();
            self.pos += 2;
            let r = self.name_ref("a variable name inside `empty(...)`")?;
            self.expect(Tok::RParen, "`)`")?;
            return Ok(Pred { kind: PredKind::Empty(r), span: start..self.prev_end() });
        }
        self.term()
    }

    fn term(&mut self) -> Result<Pred, SyntaxError> {
        let lhs = self.operand()?;
        let start = lhs.span.start;
        let cmp = match self.peek_tok() {
            Some(Tok::EqEq) => Some(CmpOp::Eq),
            Some(Tok::Ne) => Some(CmpOp::Ne),
            Some(Tok::Lt) => Some(CmpOp::Lt),
            Some(Tok::Le) => Some(CmpOp::Le),
            Some(Tok::Gt) => Some(CmpOp::Gt),
            Some(Tok::Ge) => Some(CmpOp::Ge),
            Some(Tok::Assign) => {
                return Err(SyntaxError::new(self.offset(), "`=` is assignment", "compare with `==`"));
            }
            _ => None,
        };
        if let Some(op) = cmp {
            self.pos += 1;
            let rhs = self.operand()?;
            let span = start..rhs.span.end;
            return Ok(Pred { kind: PredKind::Cmp(lhs, op, rhs), span });
        }
        let negated = if self.peek_ident("not")
            && matches!(self.toks.get(self.pos + 1).map(|t| &t.tok), Some(Tok::Ident(s)) if s == "in")
        {
            self.pos += 1;
            true
        } else {
            false
        };
        if self.peek_ident("in") {
            self.pos += 1;
            let set = if self.peek_is(&Tok::LBracket) {
                self.pos += 1;
                let mut lits = Vec::new();
                if !self.peek_is(&Tok::RBracket) {
                    loop {
                        lits.push(self.literal("a literal in the set")?);
                        if self.peek_is(&Tok::Comma) {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                }
                self.expect(Tok::RBracket, "`]`")?;
                SetExpr::Lits(lits)
            } else {
                SetExpr::Ref(self.name_ref("a `[...]` set or a list variable after `in`")?)
            };
            return Ok(Pred { kind: PredKind::In { lhs, set, negated }, span: start..self.prev_end() });
        }
        if negated {
            return Err(SyntaxError::new(
                self.offset(),
                "`not` must be followed by `in`",
                "write `x not in [...]` or `!x`",
            ));
        }
        let span = lhs.span.clone();
        Ok(Pred { kind: PredKind::Test(lhs), span })
    }

    fn literal(&mut self, what: &str) -> Result<Value, SyntaxError> {
        let off = self.offset();
        match self.bump().map(|t| &t.tok) {
            Some(Tok::Int(n)) => Ok(Value::Int(*n)),
            Some(Tok::Str(s)) => Ok(Value::Str(s.clone())),
            Some(Tok::Ident(w)) if w == "true" => Ok(Value::Bool(true)),
            Some(Tok::Ident(w)) if w == "false" => Ok(Value::Bool(false)),
            Some(Tok::Ident(w)) if w == "null" => Ok(Value::Null),
            Some(t) => Err(SyntaxError::new(
                off,
                format!("expected {what}, found {}", t.describe()),
                "literals are integers, 'strings', true, false or null",
            )),
            None => Err(SyntaxError::new(
                off,
                format!("expected {what}, found the end"),
                "literals are integers, 'strings', true, false or null",
            )),
        }
    }

    /// A variable name or `params.<name>`.
    pub fn name_ref(&mut self, what: &str) -> Result<Ref, SyntaxError> {
        let off = self.offset();
        match self.bump().map(|t| &t.tok) {
            Some(Tok::Ident(w)) if w == "params" => {
                self.expect(Tok::Dot, "`.` after `params`")?;
                let off = self.offset();
                match self.bump().map(|t| &t.tok) {
                    Some(Tok::Ident(p)) => Ok(Ref::Param(p.clone())),
                    _ => {
                        Err(SyntaxError::new(off, "expected a parameter name after `params.`", "write `params.<name>`"))
                    }
                }
            }
            Some(Tok::Ident(w)) if RESERVED.contains(&w.as_str()) => Err(SyntaxError::new(
                off,
                format!("`{w}` is a reserved word, not a name"),
                format!("expected {what}; reserved words are {}", RESERVED.join(", ")),
            )),
            Some(Tok::Ident(w)) => Ok(Ref::Unresolved(w.clone())),
            Some(t) => Err(SyntaxError::new(
                off,
                format!("expected {what}, found {}", t.describe()),
                "names start with a letter or `_`",
            )),
            None => Err(SyntaxError::new(off, format!("expected {what}, found the end"), "complete the predicate")),
        }
    }

    fn operand(&mut self) -> Result<Operand, SyntaxError> {
        let start = self.offset();
        let Some(t) = self.peek() else {
            return Err(SyntaxError::new(self.src_len, "expected a value, found the end", "complete the predicate"));
        };
        let kind = match &t.tok {
            Tok::Int(_) | Tok::Str(_) => OperandKind::Lit(self.literal("a value")?),
            Tok::Ident(w) if matches!(w.as_str(), "true" | "false" | "null") => {
                OperandKind::Lit(self.literal("a value")?)
            }
            Tok::Ident(w) if w == "status" => {
                self.pos += 1;
                OperandKind::Status
            }
            Tok::Ident(w) if w == "len" && self.toks.get(self.pos + 1).map(|t| &t.tok) == Some(&Tok::LParen) => {
                self.pos += 2;
                let r = self.name_ref("a list or string name inside `len(...)`")?;
                self.expect(Tok::RParen, "`)`")?;
                OperandKind::Len(r)
            }
            Tok::Ident(w)
                if self.toks.get(self.pos + 1).map(|t| &t.tok) == Some(&Tok::LBracket)
                    && !RESERVED.contains(&w.as_str()) =>
            {
                let entity_type = w.clone();
                self.pos += 2;
                let by = self.name_ref("the name of the field holding the related id")?;
                self.expect(Tok::RBracket, "`]`")?;
                self.expect(Tok::Dot, "`.status`")?;
                let off = self.offset();
                match self.bump().map(|t| &t.tok) {
                    Some(Tok::Ident(s)) if s == "status" => {}
                    _ => {
                        return Err(SyntaxError::new(
                            off,
                            "only `.status` of a related entity can be read",
                            format!("write `{entity_type}[...].status`"),
                        ));
                    }
                }
                OperandKind::Related { entity_type, by }
            }
            Tok::Ident(_) => OperandKind::Ref(self.name_ref("a value")?),
            other => {
                return Err(SyntaxError::new(
                    start,
                    format!("expected a value, found {}", other.describe()),
                    "a value is `status`, a variable, `params.<name>`, `len(x)`, `Type[ref].status` or a literal",
                ));
            }
        };
        Ok(Operand { kind, span: start..self.prev_end() })
    }
}
