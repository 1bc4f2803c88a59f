//! Expressions from `star_expressions` down to unary operators, following
//! the precedence of CPython 3.11's grammar (Grammar/python.gram), with the
//! `invalid_expression` / `invalid_named_expression` diagnostics.
//!
//! Invariants: every function leaves the cursor just after the expression
//! it returns; node spans run from the first token of the rule to the last
//! token consumed (CPython's EXTRA); left-associative chains check the tree
//! height (`MAX_HEIGHT`) as they grow.

use super::error::{PResult, ParseError};
use super::height::height;
use super::operators::Level;
use super::parser::{PExpr, Parser, MAX_HEIGHT, TOO_DEEP};
use super::target::expr_name;
use super::token::Tok;
use crate::ast::{Expr, ExprContext, ExprKind, UnaryOp};

/// Tokens that can start a `star_expression`.
pub(crate) fn starts_expression(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Star
    )
}

/// Tokens that, right after a complete expression, start another one (an
/// error: two expressions side by side).
fn starts_juxtaposed(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LBrace
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

fn is_soft_keyword(s: &str) -> bool {
    matches!(s, "match" | "case" | "_")
}

impl<'a> Parser<'a> {
    /// `star_expressions`: an unparenthesized tuple when commas follow.
    pub(crate) fn star_expressions(&mut self) -> PExpr {
        let start = self.start();
        let first = self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        self.tuple_without_parens(start, first, false)
    }

    /// The elements after `first ,` of an unparenthesized tuple; `plain`
    /// excludes starred elements (`expressions` of eval input).
    #[inline(never)]
    #[allow(clippy::boxed_local)] // the parsed element arrives boxed
    fn tuple_without_parens(&mut self, start: (u32, u32), first: Box<Expr>, plain: bool) -> PExpr {
        let mut elts = vec![*first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) || (plain && self.peek() == Tok::Star) {
                break;
            }
            let e = if plain {
                self.expression()?
            } else {
                self.star_expression()?
            };
            elts.push(*e);
        }
        Ok(self.mkb(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `expressions` (eval input): like `star_expressions` without stars.
    pub(crate) fn expressions(&mut self) -> PExpr {
        let start = self.start();
        let first = self.expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        self.tuple_without_parens(start, first, true)
    }

    /// `star_expression`: `'*' bitwise_or | expression`.
    pub(crate) fn star_expression(&mut self) -> PExpr {
        if self.peek() == Tok::Star {
            return self.starred_bitwise_or();
        }
        self.expression()
    }

    /// `star_named_expression`: `'*' bitwise_or | named_expression`.
    pub(crate) fn star_named_expression(&mut self) -> PExpr {
        if self.peek() == Tok::Star {
            return self.starred_bitwise_or();
        }
        self.named_expression()
    }

    #[inline(never)]
    fn starred_bitwise_or(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        let value = self.bitwise_or()?;
        Ok(self.mkb(
            start,
            ExprKind::Starred {
                value,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `named_expression`: `NAME ':=' expression | expression`.
    pub(crate) fn named_expression(&mut self) -> PExpr {
        if self.peek() == Tok::Name && self.peek_at(1) == Tok::ColonEqual {
            return self.walrus();
        }
        let start_idx = self.pos;
        let e = self.expression()?;
        if self.quiet == 0 && matches!(self.peek(), Tok::ColonEqual | Tok::Equal) {
            return self.named_expression_error(start_idx, e);
        }
        Ok(e)
    }

    /// `e :=` or `e =` where a named expression ended.
    #[inline(never)]
    fn named_expression_error(&mut self, start_idx: usize, e: Box<Expr>) -> PExpr {
        if self.peek() == Tok::ColonEqual {
            return Err(self.walrus_target_error(&e));
        }
        self.check_named_equal(start_idx, &e)?;
        Ok(e)
    }

    /// `e := value` with `e` no name: CPython's error when `value` parses.
    pub(crate) fn walrus_target_error(&mut self, e: &Expr) -> Box<ParseError> {
        let saved_max = self.max_pos;
        let value = self.reparse(self.pos + 1, |p| p.expression());
        match value {
            Ok(_) => self.error_at_span(
                e.span,
                &format!("cannot use assignment expressions with {}", expr_name(e)),
            ),
            Err(err) if !Parser::is_generic(&err) => err,
            Err(_) => {
                self.max_pos = saved_max;
                self.generic_error()
            }
        }
    }

    /// `NAME ':=' expression` (the cursor is on NAME).
    #[inline(never)]
    pub(crate) fn walrus(&mut self) -> PExpr {
        let start = self.start();
        let target = Box::new(self.name_expr(ExprContext::Store)?);
        self.bump();
        let value = self.expression()?;
        Ok(self.mkb(start, ExprKind::NamedExpr { target, value }))
    }

    /// CPython's `invalid_named_expression` for `e = …` where a named
    /// expression was expected. Returns `Ok` when no diagnostic applies.
    pub(crate) fn check_named_equal(&mut self, start_idx: usize, e: &Expr) -> PResult<()> {
        if !self.is_bitwise_or_level(start_idx, e) {
            return Ok(());
        }
        let saved_max = self.max_pos;
        let rhs = match self.reparse(self.pos + 1, |p| Ok((p.bitwise_or()?, p.peek()))) {
            Ok(r) => r,
            Err(e) if !Parser::is_generic(&e) => return Err(e),
            Err(_) => {
                self.max_pos = saved_max;
                return Ok(());
            }
        };
        let (rhs, after) = rhs;
        self.max_pos = saved_max;
        if matches!(after, Tok::Equal | Tok::ColonEqual) {
            return Ok(());
        }
        if self.is_bare_name(start_idx, e) {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_range(e.span, rhs.span, msg));
        }
        if self.excluded_assign_start(start_idx, e) {
            return Ok(());
        }
        let msg = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(e)
        );
        Err(self.error_at_span(e.span, &msg))
    }

    /// Whether `e`, which starts at token `start_idx`, is exactly one NAME.
    pub(crate) fn is_bare_name(&self, start_idx: usize, e: &Expr) -> bool {
        let t = self.toks[start_idx];
        matches!(e.kind, ExprKind::Name { .. })
            && t.kind == Tok::Name
            && (e.span.line, e.span.col, e.span.end_col) == (t.line, t.col, t.end_col)
    }

    /// Whether `e` is enclosed in parentheses of its own.
    pub(crate) fn is_parenthesized(&self, start_idx: usize, e: &Expr) -> bool {
        let t = self.toks[start_idx];
        (t.line, t.col) != (e.span.line, e.span.col)
    }

    /// Whether `bitwise_or` parses exactly `e` (no comparison, boolean,
    /// conditional or lambda at its top, unless parenthesized).
    pub(crate) fn is_bitwise_or_level(&self, start_idx: usize, e: &Expr) -> bool {
        let low = matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        );
        !low || self.is_parenthesized(start_idx, e)
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead.
    pub(crate) fn excluded_assign_start(&self, start_idx: usize, e: &Expr) -> bool {
        let t = self.toks[start_idx];
        if matches!(t.kind, Tok::True | Tok::None | Tok::False) {
            return true;
        }
        let mut cur = e;
        loop {
            let child = match &cur.kind {
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::Call { func, .. } => func,
                ExprKind::BinOp { left, .. } => left,
                _ => break,
            };
            if (child.span.line, child.span.col) != (t.line, t.col) {
                break;
            }
            cur = child;
        }
        let same_start = (cur.span.line, cur.span.col) == (t.line, t.col);
        same_start
            && match cur.kind {
                ExprKind::List { .. } => t.kind == Tok::LSqb,
                ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => t.kind == Tok::LPar,
                _ => false,
            }
    }

    /// `expression`: lambda, conditional expression or disjunction.
    pub(crate) fn expression(&mut self) -> PExpr {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PExpr {
        if self.peek() == Tok::Lambda {
            return self.lambdef();
        }
        let start_idx = self.pos;
        let body = self.disjunction()?;
        if self.peek() == Tok::If {
            return self.if_expressions(start_idx, body);
        }
        let after_failed_trailer = self.failed_trailer.take() == Some(self.pos);
        if self.quiet == 0 && (starts_juxtaposed(self.peek()) || after_failed_trailer) {
            self.juxtaposition_check(start_idx, &body)?;
        }
        Ok(body)
    }

    /// `body 'if' test 'else' orelse` (the cursor is on `if`), where
    /// `orelse` may itself be conditional: chains are read iteratively and
    /// nested from the right, each node ending where the last one ends.
    #[inline(never)]
    fn if_expressions(&mut self, start_idx: usize, body: Box<Expr>) -> PExpr {
        if self.backtracking() {
            // Speculative parse: a conditional that fails leaves `body`.
            let saved = self.pos;
            return match self.if_expressions_inner(start_idx, body.clone()) {
                Ok(e) => Ok(e),
                Err(e) if self.quiet == 0 && !Parser::is_generic(&e) => Err(e),
                Err(_) => {
                    self.pos = saved;
                    Ok(body)
                }
            };
        }
        self.if_expressions_inner(start_idx, body)
    }

    fn if_expressions_inner(&mut self, start_idx: usize, body: Box<Expr>) -> PExpr {
        let mut parts: Vec<(usize, Box<Expr>, Box<Expr>)> = Vec::new();
        let (mut body_idx, mut body) = (start_idx, body);
        let orelse = loop {
            self.bump();
            let test = self.disjunction()?;
            if !self.eat(Tok::Else) {
                return Err(self.missing_else(&body, &test));
            }
            parts.push((body_idx, body, test));
            if parts.len() as u32 >= MAX_HEIGHT {
                return Err(self.error_at_token(self.pos, TOO_DEEP));
            }
            if self.peek() == Tok::Lambda {
                break self.expression()?;
            }
            body_idx = self.pos;
            body = self.disjunction()?;
            if self.peek() != Tok::If {
                if self.quiet == 0 && starts_juxtaposed(self.peek()) {
                    self.juxtaposition_check(body_idx, &body)?;
                }
                break body;
            }
        };
        let mut e = orelse;
        while let Some((idx, body, test)) = parts.pop() {
            let t = self.toks[idx];
            e = self.mkb(
                (t.line, t.col),
                ExprKind::IfExp {
                    test,
                    body,
                    orelse: e,
                },
            );
        }
        if height(&e, MAX_HEIGHT + 1) > MAX_HEIGHT {
            return Err(self.error_at_span(e.span, TOO_DEEP));
        }
        Ok(e)
    }

    #[inline(never)]
    fn missing_else(&mut self, body: &Expr, test: &Expr) -> Box<ParseError> {
        if self.quiet == 0 && self.peek() != Tok::Colon {
            return self.error_range(
                body.span,
                test.span,
                "expected 'else' after 'if' expression",
            );
        }
        self.generic_error()
    }

    /// Two expressions side by side (`a b`): CPython's `invalid_expression`
    /// ("Perhaps you forgot a comma?" inside brackets) and
    /// `invalid_legacy_expression` (`print "x"`). When neither applies, the
    /// expression is just `a` and the caller fails on `b`, as in CPython.
    #[inline(never)]
    fn juxtaposition_check(&mut self, start_idx: usize, a: &Expr) -> PResult<()> {
        let (saved_pos, saved_max) = (self.pos, self.max_pos);
        let first = self.toks[start_idx];
        let legacy_name =
            matches!(&a.kind, ExprKind::Name { id, .. } if matches!(&**id, "print" | "exec"));
        let excluded = first.kind == Tok::Name
            && (self.toks[start_idx + 1].kind == Tok::String || is_soft_keyword(self.text(&first)));
        if !excluded && !legacy_name {
            self.quiet += 1;
            let b = self.expression();
            self.quiet -= 1;
            match b {
                Ok(b) if self.toks[self.pos - 1].level > 0 => {
                    return Err(self.error_range(
                        a.span,
                        b.span,
                        "invalid syntax. Perhaps you forgot a comma?",
                    ));
                }
                // Errors of actions (strings, f-strings) escape any mode.
                Err(e) if !Parser::is_generic(&e) => return Err(e),
                _ => {}
            }
            self.pos = saved_pos;
            self.max_pos = saved_max;
        }
        // `NAME !'(' star_expressions`; CPython's memoized results of the
        // check above hide errors in `b` unless that check was skipped.
        let not_call = self.toks[start_idx + 1].kind != Tok::LPar;
        if self.is_bare_name(start_idx, a) && not_call && self.legacy_checks == 0 {
            self.legacy_checks += 1;
            self.peg += 1;
            let b = self.star_expressions();
            self.peg -= 1;
            self.legacy_checks -= 1;
            let fresh = excluded || legacy_name;
            match b {
                Err(e) if fresh && !Parser::is_generic(&e) => return Err(e),
                Ok(b) if legacy_name => {
                    let ExprKind::Name { id, .. } = &a.kind else {
                        unreachable!()
                    };
                    let msg =
                        format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                    return Err(self.error_range(a.span, b.span, &msg));
                }
                _ => {}
            }
            self.pos = saved_pos;
            self.max_pos = saved_max;
        }
        Ok(())
    }

    pub(crate) fn disjunction(&mut self) -> PExpr {
        self.operators(Level::Or)
    }

    pub(crate) fn bitwise_or(&mut self) -> PExpr {
        self.operators(Level::BitOr)
    }

    /// `await_primary`: `'await' primary | primary`.
    pub(crate) fn await_primary(&mut self) -> PExpr {
        if self.peek() != Tok::Await {
            return self.primary();
        }
        self.await_expression()
    }

    #[inline(never)]
    fn await_expression(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        let value = self.primary()?;
        Ok(self.mkb(start, ExprKind::Await(value)))
    }

    /// `yield_expr`: `'yield' 'from' expression | 'yield' [star_expressions]`.
    pub(crate) fn yield_expr(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        if self.eat(Tok::From) {
            let value = self.expression()?;
            return Ok(self.mkb(start, ExprKind::YieldFrom(value)));
        }
        let value = if starts_expression(self.peek()) {
            Some(self.star_expressions()?)
        } else {
            None
        };
        Ok(self.mkb(start, ExprKind::Yield(value)))
    }

    /// Whether a comprehension clause (`for` / `async for`) starts here.
    pub(crate) fn at_comprehension(&mut self) -> bool {
        match self.peek() {
            Tok::For => true,
            Tok::Async => self.peek_at(1) == Tok::For,
            _ => false,
        }
    }
}
