//! Statements: the statement loop, simple statements (assignments, imports,
//! `del`, `return`, …) and CPython 3.11's `invalid_assignment` diagnostics.
//!
//! Invariant: a simple statement's span ends at its last token (never the
//! NEWLINE or `;`), and `simple_stmts` consumes through the NEWLINE.

use std::rc::Rc;

use super::error::{PResult, ParseError};
use super::expr::starts_expression;
use super::parser::tok_span;
use super::target::{expr_name, invalid_target, is_single_target, is_target, TargetKind};
use super::token::Tok;
use super::Parser;
use crate::ast::{Alias, BinOp, Expr, ExprContext, ExprKind, Ident, Stmt, StmtKind};

fn augassign_op(t: Tok) -> Option<BinOp> {
    Some(match t {
        Tok::PlusEqual => BinOp::Add,
        Tok::MinEqual => BinOp::Sub,
        Tok::StarEqual => BinOp::Mult,
        Tok::AtEqual => BinOp::MatMult,
        Tok::SlashEqual => BinOp::Div,
        Tok::PercentEqual => BinOp::Mod,
        Tok::AmperEqual => BinOp::BitAnd,
        Tok::VBarEqual => BinOp::BitOr,
        Tok::CircumflexEqual => BinOp::BitXor,
        Tok::LeftShiftEqual => BinOp::LShift,
        Tok::RightShiftEqual => BinOp::RShift,
        Tok::DoubleStarEqual => BinOp::Pow,
        Tok::DoubleSlashEqual => BinOp::FloorDiv,
        _ => return None,
    })
}

/// The first expression list of an expression statement.
struct Head {
    expr: Expr,
    /// Token index where each top-level element starts.
    starts: Vec<usize>,
    /// An unparenthesized tuple (`a, b = …`).
    tuple: bool,
}

impl<'a> Parser<'a> {
    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.peek() != Tok::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// One statement (several for `a; b`), appended to `out`.
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            Tok::Def
            | Tok::Class
            | Tok::If
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::With
            | Tok::At => {
                self.compound_stmt(out)?;
            }
            Tok::Async if matches!(self.peek_at(1), Tok::Def | Tok::For | Tok::With) => {
                self.compound_stmt(out)?;
            }
            Tok::Name if self.text(&self.tok()) == "match" => {
                if !self.match_stmt(out)? {
                    self.simple_stmts(out)?;
                }
            }
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    pub(crate) fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if self.eat(Tok::Semi) && self.peek() != Tok::Newline {
                continue;
            }
            if self.eat(Tok::Newline) {
                return Ok(());
            }
            return Err(self.generic_error());
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kind = match self.peek() {
            Tok::Return => {
                self.bump();
                let value = if starts_expression(self.peek()) {
                    Some(*self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            Tok::Import => self.import_name()?,
            Tok::From => self.import_from()?,
            Tok::Raise => self.raise_stmt()?,
            Tok::Pass => self.keyword_stmt(StmtKind::Pass),
            Tok::Break => self.keyword_stmt(StmtKind::Break),
            Tok::Continue => self.keyword_stmt(StmtKind::Continue),
            Tok::Del => self.del_stmt()?,
            Tok::Assert => {
                self.bump();
                let test = *self.expression()?;
                let msg = if self.eat(Tok::Comma) {
                    Some(*self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Global | Tok::Nonlocal => self.global_stmt()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }

    fn keyword_stmt(&mut self, kind: StmtKind) -> StmtKind {
        self.bump();
        kind
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        if !starts_expression(self.peek()) || self.peek() == Tok::Star {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(*self.expression()?);
        let cause = if self.eat(Tok::From) {
            Some(*self.expression()?)
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    fn global_stmt(&mut self) -> PResult<StmtKind> {
        let global = self.peek() == Tok::Global;
        self.bump();
        let mut names = vec![self.name()?.0];
        while self.eat(Tok::Comma) {
            names.push(self.name()?.0);
        }
        Ok(if global {
            StmtKind::Global(names)
        } else {
            StmtKind::Nonlocal(names)
        })
    }

    /// `del` targets, read as primaries (CPython's `del_targets`); on
    /// failure, CPython's `invalid_del_stmt` reads them as expressions.
    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let start_idx = self.pos;
        let mut targets = Vec::new();
        let mut ok = starts_expression(self.peek()) && self.peek() != Tok::Star;
        while ok {
            match self.primary() {
                Ok(e) => targets.push(*e),
                Err(e) if !Parser::is_generic(&e) || self.reached_error => return Err(e),
                Err(_) => ok = false,
            }
            if !ok
                || !self.eat(Tok::Comma)
                || !starts_expression(self.peek())
                || self.peek() == Tok::Star
            {
                break;
            }
        }
        ok = ok
            && matches!(self.peek(), Tok::Semi | Tok::Newline)
            && targets.iter().all(|t| is_target(t, TargetKind::Del));
        if !ok {
            return Err(self.invalid_del(start_idx));
        }
        let targets = targets
            .into_iter()
            .map(|t| self.make_target(t, TargetKind::Del));
        Ok(StmtKind::Delete(targets.collect::<PResult<_>>()?))
    }

    #[inline(never)]
    fn invalid_del(&mut self, start_idx: usize) -> Box<ParseError> {
        let furthest = self.max_pos;
        match self.reparse(start_idx, |p| p.star_expressions()) {
            Ok(e) => {
                if let Some(bad) = invalid_target(&e, TargetKind::Del) {
                    return self.invalid_target_error(bad, TargetKind::Del);
                }
            }
            Err(e) if !Parser::is_generic(&e) => return e,
            Err(_) => {}
        }
        self.max_pos = furthest;
        self.generic_error()
    }

    // ----- imports --------------------------------------------------------

    fn import_name(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat(Tok::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(Tok::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    fn dotted_name(&mut self) -> PResult<Ident> {
        let (first, _) = self.name()?;
        if self.peek() != Tok::Dot {
            return Ok(first);
        }
        let mut s = first.to_string();
        while self.eat(Tok::Dot) {
            s.push('.');
            s.push_str(&self.name()?.0);
        }
        Ok(Rc::from(s))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.peek() == Tok::Name || level == 0 {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(Tok::Import)?;
        let names = if self.peek() == Tok::Star {
            let span = tok_span(&self.tok());
            self.bump();
            vec![Alias {
                name: Rc::from("*"),
                asname: None,
                span,
            }]
        } else if self.eat(Tok::LPar) {
            let names = self.import_as_names(true)?;
            self.expect(Tok::RPar)?;
            names
        } else {
            self.import_as_names(false)?
        };
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn import_as_names(&mut self, parenthesized: bool) -> PResult<Vec<Alias>> {
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let (name, _) = self.name()?;
            let asname = if self.eat(Tok::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat(Tok::Comma) {
                return Ok(names);
            }
            match self.peek() {
                Tok::Name => {}
                Tok::RPar if parenthesized => return Ok(names),
                Tok::Newline if !parenthesized => {
                    return Err(self
                        .error_last("trailing comma not allowed without surrounding parentheses"));
                }
                _ => return Err(self.generic_error()),
            }
        }
    }

    // ----- expression statements and assignments --------------------------

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        if self.peek() == Tok::Name && self.peek_at(1) == Tok::Colon {
            let target = self.name_expr(ExprContext::Store)?;
            return self.ann_assign(start, target, true);
        }
        let head = self.head()?;
        let kind = match self.peek() {
            Tok::Equal => self.assignment(head)?,
            Tok::Colon => return self.annotated(start, head),
            Tok::ColonEqual => return Err(self.statement_walrus_error(&head)),
            t => match augassign_op(t) {
                Some(op) => self.aug_assign(head.expr, op)?,
                None => StmtKind::Expr(head.expr),
            },
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }

    /// `yield_expr | star_expressions`, noting where elements start.
    fn head(&mut self) -> PResult<Head> {
        let start = self.start();
        let mut starts = vec![self.pos];
        if self.peek() == Tok::Yield {
            return Ok(Head {
                expr: *self.yield_expr()?,
                starts,
                tuple: false,
            });
        }
        let first = *self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(Head {
                expr: first,
                starts,
                tuple: false,
            });
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) {
                break;
            }
            starts.push(self.pos);
            elts.push(*self.star_expression()?);
        }
        let expr = self.mk(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        );
        Ok(Head {
            expr,
            starts,
            tuple: true,
        })
    }

    fn rhs(&mut self) -> PResult<Expr> {
        let e = if self.peek() == Tok::Yield {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        Ok(*e)
    }

    /// `target = [target = …] value`.
    fn assignment(&mut self, head: Head) -> PResult<StmtKind> {
        let first_eq = self.pos;
        let mut exprs = vec![head.expr];
        let mut starts = vec![head.starts[0]];
        while self.peek() == Tok::Equal {
            let last = exprs.last().expect("target");
            if !is_target(last, TargetKind::Star) {
                let (bad, bad_start) = (last, *starts.last().expect("start"));
                return Err(self.assignment_error(
                    &head.starts,
                    head.tuple,
                    &exprs[0],
                    first_eq,
                    bad,
                    bad_start,
                ));
            }
            self.bump();
            starts.push(self.pos);
            exprs.push(self.rhs()?);
        }
        let value = exprs.pop().expect("value");
        let targets = exprs
            .into_iter()
            .map(|t| self.make_target(t, TargetKind::Star));
        Ok(StmtKind::Assign {
            targets: targets.collect::<PResult<_>>()?,
            value,
        })
    }

    /// CPython's error for an assignment with invalid target `bad`: first
    /// `invalid_named_expression` on the first `x = y`, then
    /// `invalid_assignment`.
    fn assignment_error(
        &mut self,
        head_starts: &[usize],
        tuple: bool,
        first: &Expr,
        first_eq: usize,
        bad: &Expr,
        bad_start: usize,
    ) -> Box<ParseError> {
        let x = match &first.kind {
            ExprKind::Tuple { elts, .. } if tuple => {
                let trailing_comma = self.toks[first_eq - 1].kind == Tok::Comma;
                (!trailing_comma)
                    .then(|| (&elts[elts.len() - 1], head_starts[head_starts.len() - 1]))
            }
            _ => Some((first, head_starts[0])),
        };
        if let Some((x, x_start)) = x {
            let saved = self.pos;
            self.pos = first_eq;
            let r = self.check_named_equal(x_start, x);
            self.pos = saved;
            if let Err(e) = r {
                return e;
            }
        }
        if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && self.toks[bad_start].kind == Tok::Yield
        {
            return self.error_at_span(bad.span, "assignment to yield expression not possible");
        }
        match invalid_target(bad, TargetKind::Star) {
            Some(b) => self.invalid_target_error(b, TargetKind::Star),
            None => self.generic_error(),
        }
    }

    /// `a.b := 1` as a statement: CPython's `invalid_named_expression`.
    fn statement_walrus_error(&mut self, head: &Head) -> Box<ParseError> {
        let (x, x_start) = match &head.expr.kind {
            ExprKind::Tuple { elts, .. } if head.tuple => {
                (&elts[elts.len() - 1], head.starts[head.starts.len() - 1])
            }
            _ => (&head.expr, head.starts[0]),
        };
        let plain = !matches!(
            x.kind,
            ExprKind::Starred { .. } | ExprKind::Yield(_) | ExprKind::YieldFrom(_)
        );
        if !plain || self.is_bare_name(x_start, x) || self.toks[self.pos - 1].kind == Tok::Comma {
            return self.generic_error();
        }
        self.walrus_target_error(x)
    }

    fn aug_assign(&mut self, target: Expr, op: BinOp) -> PResult<StmtKind> {
        if !is_single_target(&target) {
            return Err(self.illegal_aug_target(&target));
        }
        self.bump();
        let value = self.rhs()?;
        let target = self.make_target(target, TargetKind::Star)?;
        Ok(StmtKind::AugAssign { target, op, value })
    }

    /// `target op= value` with no single target: CPython's message when
    /// the value parses, else a generic error at the operator.
    #[inline(never)]
    fn illegal_aug_target(&mut self, target: &Expr) -> Box<ParseError> {
        let saved = self.max_pos;
        match self.reparse(self.pos + 1, |p| p.rhs()) {
            Ok(_) => {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(target)
                );
                self.error_at_span(target.span, &msg)
            }
            Err(e) if !Parser::is_generic(&e) => e,
            Err(_) => {
                self.max_pos = saved;
                self.generic_error()
            }
        }
    }

    /// `target: annotation [= value]` where the target is not a bare name.
    fn annotated(&mut self, start: (u32, u32), head: Head) -> PResult<Stmt> {
        let target = head.expr;
        if matches!(target.kind, ExprKind::Starred { .. }) {
            return Err(self.generic_error());
        }
        self.bump();
        if !is_single_target(&target) {
            return Err(self.annotation_target_error(&target, head.tuple));
        }
        let annotation = *self.expression()?;
        let target = self.make_target(target, TargetKind::Star)?;
        let value = if self.eat(Tok::Equal) {
            Some(self.rhs()?)
        } else {
            None
        };
        let kind = StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple: false,
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }

    /// `target: annotation` with an invalid target: CPython's errors when
    /// the annotation parses (else a generic error at the colon).
    #[inline(never)]
    fn annotation_target_error(
        &mut self,
        target: &Expr,
        unparenthesized_tuple: bool,
    ) -> Box<ParseError> {
        let saved = self.max_pos;
        match self.reparse(self.pos, |p| p.expression()) {
            Ok(_) => {}
            Err(e) if !Parser::is_generic(&e) => return e,
            Err(_) => {
                self.max_pos = saved;
                return self.generic_error();
            }
        }
        let (span, msg) = match &target.kind {
            ExprKind::Tuple { elts, .. } if unparenthesized_tuple => (
                elts[0].span,
                "only single target (not tuple) can be annotated",
            ),
            ExprKind::Tuple { .. } => (
                target.span,
                "only single target (not tuple) can be annotated",
            ),
            ExprKind::List { .. } => (
                target.span,
                "only single target (not list) can be annotated",
            ),
            _ => (target.span, "illegal target for annotation"),
        };
        self.error_at_span(span, msg)
    }

    fn ann_assign(&mut self, start: (u32, u32), target: Expr, simple: bool) -> PResult<Stmt> {
        self.bump();
        let annotation = *self.expression()?;
        let value = if self.eat(Tok::Equal) {
            Some(self.rhs()?)
        } else {
            None
        };
        let kind = StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        };
        Ok(Stmt {
            span: self.span_from(start),
            kind,
        })
    }
}
