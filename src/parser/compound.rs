//! Compound statements: `if`/`elif`/`else`, `while`, `for`, `try`, `with`,
//! function and class definitions with decorators, and their blocks, with
//! CPython 3.11's "expected ':'" and "expected an indented block after …"
//! diagnostics.
//!
//! Invariants: a compound statement's span runs from its first keyword
//! (`async` included, decorators excluded) to the last token of its last
//! block; `elif` chains are built iteratively (nested `If` in `orelse`).
//! Statements are pushed into the caller's vector and built in
//! out-of-line functions, so that nested blocks use little stack.

use super::atom::ArgsOf;
use super::error::{PResult, ParseError, ParseErrorKind};
use super::parser::{tok_span, MAX_DEPTH, TOO_DEEP};
use super::target::TargetKind;
use super::token::Tok;
use super::Parser;
use crate::ast::{
    Arguments, ClassDef, ExceptHandler, Expr, FunctionDef, Span, Stmt, StmtKind, WithItem,
};

/// The start of a statement and its keyword's line (for error messages).
#[derive(Clone, Copy)]
struct Head {
    start: (u32, u32),
    line: u32,
}

impl<'a> Parser<'a> {
    /// A compound statement, pushed into `out`.
    pub(crate) fn compound_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            Tok::If => self.if_stmt(out),
            Tok::While => self.while_stmt(out),
            Tok::For => self.for_stmt(out),
            Tok::Try => self.try_stmt(out),
            Tok::With => self.with_stmt(out),
            Tok::Def => self.funcdef(out, Vec::new()),
            Tok::Class => self.classdef(out, Vec::new()),
            Tok::At => self.decorated(out),
            _ => match self.peek_at(1) {
                Tok::Def => self.funcdef(out, Vec::new()),
                Tok::For => self.for_stmt(out),
                _ => self.with_stmt(out),
            },
        }
    }

    /// Reads the statement's first keyword (and `async` before it).
    fn keyword_head(&mut self) -> (Head, bool) {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        let line = self.tok().line;
        self.bump();
        (Head { start, line }, is_async)
    }

    fn push_stmt(&self, out: &mut Vec<Stmt>, start: (u32, u32), kind: StmtKind) {
        out.push(Stmt {
            span: self.span_from(start),
            kind,
        });
    }

    /// `block`: an indented suite, or simple statements on the same line.
    /// `what` and `line` describe the statement for the indentation error.
    pub(crate) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.peek() != Tok::Newline {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.peek() != Tok::Indent {
            return Err(self.missing_block(what, line));
        }
        self.bump();
        self.enter()?;
        let r = self.indented_statements(&mut body);
        self.leave();
        r?;
        Ok(body)
    }

    fn indented_statements(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        while !matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
            self.statement(body)?;
        }
        self.bump();
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn missing_block(&self, what: &str, line: u32) -> Box<ParseError> {
        let msg = format!("expected an indented block after {what} on line {line}");
        self.error_last_kind(ParseErrorKind::IndentationError, &msg)
    }

    /// `':'` after a header; "expected ':'" when the line ends instead.
    pub(crate) fn header_colon(&mut self) -> PResult<()> {
        if self.eat(Tok::Colon) {
            return Ok(());
        }
        if self.peek() == Tok::Newline {
            return Err(self.error_last("expected ':'"));
        }
        Err(self.generic_error())
    }

    fn if_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mut clauses: Vec<((u32, u32), Expr, Vec<Stmt>)> = Vec::new();
        loop {
            let is_elif = self.peek() == Tok::Elif;
            let (h, _) = self.keyword_head();
            let test = self.named_expression()?;
            self.header_colon()?;
            // CPython reports the line of the condition for `if`.
            let (what, line) = if is_elif {
                ("'elif' statement", h.line)
            } else {
                ("'if' statement", test.span.line)
            };
            let body = self.block(what, line)?;
            clauses.push((h.start, *test, body));
            if self.peek() != Tok::Elif {
                break;
            }
            if self.depth + clauses.len() as u32 > MAX_DEPTH {
                return Err(self.error_at_token(self.pos, TOO_DEEP));
            }
        }
        let orelse = self.else_block()?;
        self.finish_if(out, clauses, orelse);
        Ok(())
    }

    /// Nests the `elif` clauses from the last one; all end at the same place.
    #[inline(never)]
    fn finish_if(
        &self,
        out: &mut Vec<Stmt>,
        mut clauses: Vec<((u32, u32), Expr, Vec<Stmt>)>,
        mut orelse: Vec<Stmt>,
    ) {
        let end = self.span_from((0, 0));
        while let Some((start, test, body)) = clauses.pop() {
            let span = Span {
                line: start.0,
                col: start.1,
                end_line: end.end_line,
                end_col: end.end_col,
            };
            let stmt = Stmt {
                span,
                kind: StmtKind::If { test, body, orelse },
            };
            if clauses.is_empty() {
                out.push(stmt);
                return;
            }
            orelse = vec![stmt];
        }
    }

    /// `[else_block]`: `'else' &&':' block`.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != Tok::Else {
            return Ok(Vec::new());
        }
        let line = self.tok().line;
        self.bump();
        self.expect_forced(Tok::Colon, ":")?;
        self.block("'else' statement", line)
    }

    fn while_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let (h, _) = self.keyword_head();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", h.line)?;
        let orelse = self.else_block()?;
        self.finish_while(out, h, test, body, orelse);
        Ok(())
    }

    #[inline(never)]
    #[allow(clippy::boxed_local)] // the parsed test arrives boxed
    fn finish_while(
        &self,
        out: &mut Vec<Stmt>,
        h: Head,
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    ) {
        self.push_stmt(
            out,
            h.start,
            StmtKind::While {
                test: *test,
                body,
                orelse,
            },
        );
    }

    fn for_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let (h, is_async) = self.keyword_head();
        let target = Box::new(self.for_target()?);
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", h.line)?;
        let orelse = self.else_block()?;
        self.finish_for(out, h, (target, iter, is_async), body, orelse);
        Ok(())
    }

    #[inline(never)]
    fn finish_for(
        &self,
        out: &mut Vec<Stmt>,
        h: Head,
        parts: (Box<Expr>, Box<Expr>, bool),
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    ) {
        let (target, iter, is_async) = parts;
        self.push_stmt(
            out,
            h.start,
            StmtKind::For {
                target: *target,
                iter: *iter,
                body,
                orelse,
                is_async,
            },
        );
    }

    fn try_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let (h, _) = self.keyword_head();
        self.expect_forced(Tok::Colon, ":")?;
        let body = self.block("'try' statement", h.line)?;
        if !matches!(self.peek(), Tok::Except | Tok::Finally) {
            return Err(self.error_last("expected 'except' or 'finally' block"));
        }
        let mut handlers = Vec::new();
        // `except*` or `except`: the first clause decides for all.
        let star = self.peek() == Tok::Except && self.peek_at(1) == Tok::Star;
        while self.peek() == Tok::Except {
            self.except_block(&mut handlers, star)?;
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = self.finally_block()?;
        self.finish_try(out, h, body, handlers, (orelse, finalbody), star);
        Ok(())
    }

    #[inline(never)]
    fn finish_try(
        &self,
        out: &mut Vec<Stmt>,
        h: Head,
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        rest: (Vec<Stmt>, Vec<Stmt>),
        star: bool,
    ) {
        let (orelse, finalbody) = rest;
        let kind = if star {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        self.push_stmt(out, h.start, kind);
    }

    fn finally_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != Tok::Finally {
            return Ok(Vec::new());
        }
        let line = self.tok().line;
        self.bump();
        self.expect_forced(Tok::Colon, ":")?;
        self.block("'finally' statement", line)
    }

    /// One `except` (or, with `star`, `except*`) clause.
    fn except_block(&mut self, handlers: &mut Vec<ExceptHandler>, star: bool) -> PResult<()> {
        let except_tok = self.pos;
        let (h, _) = self.keyword_head();
        let is_star = self.eat(Tok::Star);
        let star_tok = self.pos - 1;
        let (typ, name) = if matches!(self.peek(), Tok::Colon | Tok::Newline) {
            if is_star {
                return Err(self.error_last("expected one or more exception types"));
            }
            (None, None)
        } else {
            let typ = self.expression()?;
            if self.peek() == Tok::Comma {
                return Err(self.multiple_exception_types(typ.span));
            }
            let name = if self.eat(Tok::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            (Some(typ), name)
        };
        self.header_colon()?;
        if is_star != star {
            return Err(self.mixed_except(except_tok, is_star.then_some(star_tok)));
        }
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(what, h.line)?;
        let span = self.span_from(h.start);
        handlers.push(ExceptHandler {
            typ: typ.map(|t| *t),
            name,
            body,
            span,
        });
        Ok(())
    }

    /// `except` and `except*` clauses on one `try`: at the `except` (to
    /// the `*` of an `except*`).
    #[inline(never)]
    fn mixed_except(&self, except_tok: usize, star_tok: Option<usize>) -> Box<ParseError> {
        const MSG: &str = "cannot have both 'except' and 'except*' on the same 'try'";
        let a = tok_span(&self.toks[except_tok]);
        match star_tok {
            Some(t) => self.error_range(a, tok_span(&self.toks[t]), MSG),
            None => self.error_at_span(a, MSG),
        }
    }

    /// `except A, B:`: CPython's error when the rest of the header parses.
    #[inline(never)]
    fn multiple_exception_types(&mut self, first: Span) -> Box<ParseError> {
        let saved = self.max_pos;
        self.bump();
        self.quiet += 1;
        let ok = self.star_expressions().is_ok()
            && (!self.eat(Tok::As) || self.name().is_ok())
            && self.peek() == Tok::Colon;
        self.quiet -= 1;
        if ok {
            return self.error_from(first, "multiple exception types must be parenthesized");
        }
        self.max_pos = saved;
        self.generic_error()
    }

    fn with_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let (h, is_async) = self.keyword_head();
        let items = self.with_header()?;
        let body = self.block("'with' statement", h.line)?;
        self.push_stmt(
            out,
            h.start,
            StmtKind::With {
                items,
                body,
                is_async,
            },
        );
        Ok(())
    }

    /// The items of a `with` and the colon: `(a as b, c)` is tried as
    /// parenthesized items first, then as an expression.
    #[inline(never)]
    fn with_header(&mut self) -> PResult<Vec<WithItem>> {
        let items = if self.peek() == Tok::LPar {
            let saved = self.pos;
            match self.with_items(true) {
                Ok(items) => items,
                Err(e) if Parser::is_generic(&e) => {
                    self.pos = saved;
                    self.with_items(false)?
                }
                Err(e) => return Err(e),
            }
        } else {
            self.with_items(false)?
        };
        self.header_colon()?;
        Ok(items)
    }

    fn with_items(&mut self, parenthesized: bool) -> PResult<Vec<WithItem>> {
        if parenthesized {
            self.bump();
        }
        let mut items = Vec::new();
        loop {
            items.push(self.with_item()?);
            if !self.eat(Tok::Comma) {
                break;
            }
            if parenthesized && self.peek() == Tok::RPar {
                break;
            }
        }
        if parenthesized {
            self.expect(Tok::RPar)?;
            if !matches!(self.peek(), Tok::Colon | Tok::Newline) {
                return Err(self.generic_error());
            }
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = *self.expression()?;
        if !self.eat(Tok::As) {
            return Ok(WithItem {
                context_expr,
                optional_vars: None,
            });
        }
        let target = *if self.peek() == Tok::Star {
            self.target_element()?
        } else {
            self.expression()?
        };
        if !matches!(
            self.peek(),
            Tok::Comma | Tok::RPar | Tok::Colon | Tok::Newline
        ) {
            return Err(self.generic_error());
        }
        let optional_vars = Some(self.make_target(target, TargetKind::Star)?);
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// `@decorator` lines, then a function or class definition.
    fn decorated(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            decorators.push(*self.named_expression()?);
            self.expect(Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.funcdef(out, decorators),
            Tok::Async if self.peek_at(1) == Tok::Def => self.funcdef(out, decorators),
            Tok::Class => self.classdef(out, decorators),
            _ => Err(self.generic_error()),
        }
    }

    fn funcdef(&mut self, out: &mut Vec<Stmt>, decorators: Vec<Expr>) -> PResult<()> {
        let (h, is_async) = self.keyword_head();
        let mut def = self.funcdef_header(decorators, is_async)?;
        def.body = self.block("function definition", h.line)?;
        self.push_stmt(out, h.start, StmtKind::FunctionDef(def));
        Ok(())
    }

    /// `NAME (params) [-> annotation]:` of a `def`.
    #[inline(never)]
    fn funcdef_header(
        &mut self,
        decorators: Vec<Expr>,
        is_async: bool,
    ) -> PResult<Box<FunctionDef>> {
        let (name, _) = self.name()?;
        self.expect_forced(Tok::LPar, "(")?;
        let mut args = Box::<Arguments>::default();
        if self.peek() != Tok::RPar {
            self.parameters(&mut args, false)?;
        }
        self.expect(Tok::RPar)?;
        let returns = self.return_annotation()?;
        self.expect_forced(Tok::Colon, ":")?;
        Ok(Box::new(FunctionDef {
            name,
            args: *args,
            body: Vec::new(),
            decorators,
            returns,
            is_async,
        }))
    }

    /// `['->' expression]`: when the expression does not parse, CPython
    /// skips the option and reports "expected ':'" at the arrow.
    fn return_annotation(&mut self) -> PResult<Option<Expr>> {
        if self.peek() != Tok::RArrow {
            return Ok(None);
        }
        let arrow = self.pos;
        self.bump();
        self.quiet += 1;
        let r = self.expression();
        self.quiet -= 1;
        match r {
            Ok(e) => Ok(Some(*e)),
            Err(e) if Parser::is_generic(&e) => {
                self.pos = arrow;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn classdef(&mut self, out: &mut Vec<Stmt>, decorators: Vec<Expr>) -> PResult<()> {
        let (h, _) = self.keyword_head();
        let mut class = self.classdef_header(decorators)?;
        class.body = self.block("class definition", h.line)?;
        self.push_stmt(out, h.start, StmtKind::ClassDef(class));
        Ok(())
    }

    /// `NAME [(bases)]:` of a `class`.
    #[inline(never)]
    fn classdef_header(&mut self, decorators: Vec<Expr>) -> PResult<Box<ClassDef>> {
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.peek() == Tok::LPar {
            self.call_args(ArgsOf::Class)?
        } else {
            (vec![], vec![])
        };
        self.header_colon()?;
        Ok(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body: Vec::new(),
            decorators,
        }))
    }
}
