//! The `match` statement (PEP 634): soft-keyword detection, the subject,
//! and the `case` blocks, with CPython 3.11's "expected ':'" and
//! "expected an indented block after 'match'/'case' statement" errors.
//!
//! `match` is a soft keyword: a line starting with the name `match` is a
//! match statement only when `match subject_expr ':' NEWLINE` parses
//! (CPython's `&"match" match_stmt`, tried before simple statements);
//! otherwise the line is re-read as simple statements (`match = 1`,
//! `match(x)`, `match[x]: int = 3`). Patterns are in `pattern.rs`.

use super::error::PResult;
use super::expr::starts_expression;
use super::token::Tok;
use super::Parser;
use crate::ast::{ExprContext, ExprKind, MatchCase, Stmt, StmtKind};

/// How the speculative read of a `match` header ended.
enum Header {
    /// `match subject:` then NEWLINE: a match statement.
    Match,
    /// `match subject` then NEWLINE: "expected ':'" if nothing else parses.
    MissingColon(usize),
    /// Not a match statement.
    Other,
}

impl<'a> Parser<'a> {
    /// Parses a match statement into `out` if the line holds one; returns
    /// `false` (cursor unmoved) when the line is to be read otherwise.
    pub(crate) fn match_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<bool> {
        let at = self.pos;
        match self.match_header() {
            Header::Match => {}
            Header::MissingColon(newline) => {
                self.pos = at;
                return match self.simple_stmts(out) {
                    Ok(()) => Ok(true),
                    Err(e) if Parser::is_generic(&e) && self.quiet == 0 => {
                        Err(self.error_at_token(newline, "expected ':'"))
                    }
                    Err(e) => Err(e),
                };
            }
            Header::Other => {
                self.pos = at;
                return Ok(false);
            }
        }
        self.pos = at;
        let start = self.start();
        let line = self.tok().line;
        self.bump();
        let subject = *self.subject_expr()?;
        self.expect(Tok::Colon)?;
        self.expect(Tok::Newline)?;
        if self.peek() != Tok::Indent {
            return Err(self.missing_block("'match' statement", line));
        }
        self.bump();
        self.enter()?;
        let cases = self.case_blocks();
        self.leave();
        let cases = cases?;
        out.push(Stmt {
            span: self.span_from(start),
            kind: StmtKind::Match { subject, cases },
        });
        Ok(true)
    }

    /// Reads `match subject_expr` quietly and looks at what follows.
    fn match_header(&mut self) -> Header {
        self.bump();
        if !starts_expression(self.peek()) {
            return Header::Other;
        }
        self.quiet += 1;
        let ok = self.subject_expr().is_ok();
        self.quiet -= 1;
        if !ok {
            return Header::Other;
        }
        match self.peek() {
            Tok::Colon if self.peek_at(1) == Tok::Newline => Header::Match,
            Tok::Newline => Header::MissingColon(self.pos),
            _ => Header::Other,
        }
    }

    /// `subject_expr`: `star_named_expression ',' star_named_expressions?`
    /// (a tuple) or `named_expression`.
    fn subject_expr(&mut self) -> super::parser::PExpr {
        let start = self.start();
        let first = self.star_named_expression()?;
        if self.peek() != Tok::Comma {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.generic_error());
            }
            return Ok(first);
        }
        let mut elts = vec![*first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) {
                break;
            }
            elts.push(*self.star_named_expression()?);
        }
        let kind = ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        };
        Ok(self.mkb(start, kind))
    }

    /// `case_block+ DEDENT`.
    fn case_blocks(&mut self) -> PResult<Vec<MatchCase>> {
        let mut cases = Vec::new();
        loop {
            let is_case = self.peek() == Tok::Name && self.text(&self.tok()) == "case";
            if !is_case {
                if cases.is_empty() || !matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
                    return Err(self.generic_error());
                }
                self.eat(Tok::Dedent);
                return Ok(cases);
            }
            cases.push(self.case_block()?);
        }
    }

    /// `"case" patterns guard? ':' block`.
    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.tok().line;
        self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(Tok::If) {
            Some(*self.named_expression()?)
        } else {
            None
        };
        self.header_colon()?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }
}
