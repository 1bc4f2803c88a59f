//! Primaries and atoms: names, literals, displays, comprehensions,
//! attribute/call/subscript trailers, slices and call arguments, with
//! CPython 3.11's diagnostics for them (`invalid_group`,
//! `invalid_comprehension`, `invalid_arguments`, `invalid_kwarg`, dicts).
//!
//! Invariants: brackets (displays, calls, subscripts) are one nesting level
//! each (`Parser::enter`); the trailer loop checks the height of the tree
//! it builds (`MAX_HEIGHT`), so `a.b.c…` or `f()()()…` cannot grow without
//! bound. Functions on the recursion path are kept small; the rest of each
//! construct is in `#[inline(never)]` continuations.

use super::error::{PResult, ParseError, ParseErrorKind};
use super::height::height;
use super::parser::{tok_span, PExpr, Parser, MAX_HEIGHT, TOO_DEEP};
use super::token::Tok;
use crate::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword, Span};

/// What an argument list belongs to (a class accepts no bare generator).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArgsOf {
    Call,
    Class,
}

impl<'a> Parser<'a> {
    /// `primary`: an atom followed by `.name`, `(args)` and `[slices]`.
    pub(crate) fn primary(&mut self) -> PExpr {
        let start = self.start();
        let e = self.atom()?;
        if !matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
            return Ok(e);
        }
        self.trailers(start, e)
    }

    #[inline(never)]
    fn trailers(&mut self, start: (u32, u32), mut e: Box<Expr>) -> PExpr {
        let mut h: Option<u32> = None;
        while matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::LSqb) {
            let saved = self.pos;
            match self.trailer(start, e, &mut h) {
                Ok(x) => e = x,
                Err((err, inner)) => {
                    // In a speculative parse, and for a `(…)` or `[…]` that
                    // fails generically, the trailer is left out as in
                    // CPython's PEG parser: `x [` then reads as two
                    // expressions side by side.
                    let bracket = self.toks[saved].kind != Tok::Dot;
                    let generic = Parser::is_generic(&err) && !self.reached_error;
                    let backtrack = if self.backtracking() {
                        generic || self.quiet > 0
                    } else {
                        bracket && generic
                    };
                    if !backtrack {
                        return Err(err);
                    }
                    self.pos = saved;
                    if !self.backtracking() {
                        self.failed_trailer = Some(saved);
                    }
                    return Ok(inner);
                }
            }
        }
        Ok(e)
    }

    /// One trailer; calls and subscripts are one nesting level deeper. On
    /// failure the primary is handed back with the error.
    fn trailer(
        &mut self,
        start: (u32, u32),
        e: Box<Expr>,
        h: &mut Option<u32>,
    ) -> Result<Box<Expr>, (Box<ParseError>, Box<Expr>)> {
        let kind = match self.peek() {
            Tok::Dot => {
                self.bump();
                match self.name() {
                    Ok((attr, _)) => ExprKind::Attribute {
                        value: e,
                        attr,
                        ctx: ExprContext::Load,
                    },
                    Err(err) => return Err((err, e)),
                }
            }
            Tok::LPar => match self.bracket_trailer(|p| p.call_args(ArgsOf::Call)) {
                Ok((args, keywords)) => ExprKind::Call {
                    func: e,
                    args,
                    keywords,
                },
                Err(err) => return Err((err, e)),
            },
            _ => match self.bracket_trailer(|p| p.subscript_slices()) {
                Ok(slice) => ExprKind::Subscript {
                    value: e,
                    slice,
                    ctx: ExprContext::Load,
                },
                Err(err) => return Err((err, e)),
            },
        };
        let e = self.mkb(start, kind);
        match self.trailer_height(&e, *h) {
            Ok(height) => *h = Some(height),
            Err(err) => return Err((err, e)),
        }
        Ok(e)
    }

    /// Parses a call's arguments or a subscript one nesting level deeper.
    fn bracket_trailer<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.enter()?;
        let r = f(self);
        self.leave();
        r
    }

    fn subscript_slices(&mut self) -> PExpr {
        self.bump();
        let slice = self.slices()?;
        self.expect(Tok::RSqb)?;
        Ok(slice)
    }

    /// Height of trailer node `e` given its inner primary's height `inner`.
    #[inline(never)]
    fn trailer_height(&self, e: &Expr, inner: Option<u32>) -> PResult<u32> {
        let h = match &e.kind {
            ExprKind::Attribute { value, .. } => inner.unwrap_or_else(|| height(value, MAX_HEIGHT)),
            ExprKind::Subscript { value, slice, .. } => {
                let hv = inner.unwrap_or_else(|| height(value, MAX_HEIGHT));
                hv.max(height(slice, MAX_HEIGHT))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut h = inner.unwrap_or_else(|| height(func, MAX_HEIGHT));
                for a in args.iter().chain(keywords.iter().map(|k| &k.value)) {
                    h = h.max(height(a, MAX_HEIGHT));
                }
                h
            }
            _ => unreachable!("trailer node"),
        };
        if h + 1 > MAX_HEIGHT {
            return Err(self.error_at_span(e.span, TOO_DEEP));
        }
        Ok(h + 1)
    }

    pub(crate) fn atom(&mut self) -> PExpr {
        match self.peek() {
            Tok::Name => Ok(Box::new(self.name_expr(ExprContext::Load)?)),
            Tok::String => self.strings(),
            Tok::LPar | Tok::LSqb | Tok::LBrace => self.bracket_atom(),
            _ => self.constant(),
        }
    }

    #[inline(never)]
    fn constant(&mut self) -> PExpr {
        let t = self.tok();
        let constant = match t.kind {
            Tok::True => Constant::Bool(true),
            Tok::False => Constant::Bool(false),
            Tok::None => Constant::None,
            Tok::Ellipsis => Constant::Ellipsis,
            Tok::Number => {
                let text = self.text(&t);
                if let Err(msg) = literal_digit_limit(text) {
                    // CPython reports it with no column (offset 0).
                    return Err(self.raise(
                        super::error::ParseErrorKind::SyntaxError,
                        &msg,
                        t.line,
                        0,
                        t.end_line,
                        0,
                    ));
                }
                super::literal::number(text)
            }
            _ => return Err(self.generic_error()),
        };
        self.bump();
        Ok(Box::new(Expr {
            span: tok_span(&t),
            kind: ExprKind::Constant(constant),
        }))
    }

    /// `(`, `[` or `{`: one nesting level deeper.
    fn bracket_atom(&mut self) -> PExpr {
        self.enter()?;
        let r = match self.peek() {
            Tok::LPar => self.paren_atom(),
            Tok::LSqb => self.list_atom(),
            _ => self.brace_atom(),
        };
        self.leave();
        r
    }

    /// `(`: empty tuple, group, tuple or generator expression.
    fn paren_atom(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        if matches!(self.peek(), Tok::RPar | Tok::Yield | Tok::DoubleStar) {
            return self.paren_special(start);
        }
        let first_idx = self.pos;
        let first = self.star_named_expression()?;
        self.paren_rest(start, first_idx, first)
    }

    /// `()`, `(yield …)` and `(**x)`.
    #[inline(never)]
    fn paren_special(&mut self, start: (u32, u32)) -> PExpr {
        match self.peek() {
            Tok::RPar => {
                self.bump();
                Ok(self.mkb(
                    start,
                    ExprKind::Tuple {
                        elts: vec![],
                        ctx: ExprContext::Load,
                    },
                ))
            }
            Tok::Yield => {
                let y = self.yield_expr()?;
                self.expect(Tok::RPar)?;
                Ok(y)
            }
            _ if self.quiet == 0 => Err(self.double_starred_group()),
            _ => Err(self.generic_error()),
        }
    }

    /// After `(first`: `)`, `, …)` or `for …)`.
    fn paren_rest(&mut self, start: (u32, u32), first_idx: usize, first: Box<Expr>) -> PExpr {
        let starred = self.toks[first_idx].kind == Tok::Star;
        match self.peek() {
            Tok::RPar => {
                self.bump();
                if starred {
                    return Err(self.invalid(
                        self.error_at_span(first.span, "cannot use starred expression here"),
                    ));
                }
                Ok(first)
            }
            Tok::Comma => self.tuple_rest(start, first),
            _ if self.at_comprehension() => self.genexp_rest(start, first, starred),
            _ => Err(self.generic_error()),
        }
    }

    fn tuple_rest(&mut self, start: (u32, u32), first: Box<Expr>) -> PExpr {
        let elts = self.rest_of_elements(first, Tok::RPar)?;
        self.expect(Tok::RPar)?;
        Ok(self.mkb(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    #[inline(never)]
    fn genexp_rest(&mut self, start: (u32, u32), elt: Box<Expr>, starred: bool) -> PExpr {
        let generators = self.for_if_clauses()?;
        if starred {
            let msg = "iterable unpacking cannot be used in comprehension";
            return Err(self.invalid(self.error_at_span(elt.span, msg)));
        }
        self.expect(Tok::RPar)?;
        Ok(self.mkb(start, ExprKind::GeneratorExp { elt, generators }))
    }

    /// `( ** expression )`: CPython's `invalid_group`.
    fn double_starred_group(&mut self) -> Box<ParseError> {
        let star = self.pos;
        let saved = self.max_pos;
        self.bump();
        self.quiet += 1;
        let ok = self.expression().is_ok() && self.peek() == Tok::RPar;
        self.quiet -= 1;
        if ok {
            return self.error_at_token(star, "cannot use double starred expression here");
        }
        self.max_pos = saved.max(star);
        self.generic_error()
    }

    /// After a first element followed by a comma: the other elements.
    #[allow(clippy::boxed_local)] // the parsed element arrives boxed
    fn rest_of_elements(&mut self, first: Box<Expr>, close: Tok) -> PResult<Vec<Expr>> {
        let mut elts = vec![*first];
        while self.eat(Tok::Comma) {
            if self.peek() == close {
                break;
            }
            let e = self.star_named_expression()?;
            elts.push(*e);
        }
        Ok(elts)
    }

    /// `[`: list display or list comprehension.
    fn list_atom(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        if self.eat(Tok::RSqb) {
            return Ok(self.mkb(
                start,
                ExprKind::List {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
            ));
        }
        let first_idx = self.pos;
        let first = self.star_named_expression()?;
        self.list_rest(start, first_idx, first)
    }

    fn list_rest(&mut self, start: (u32, u32), first_idx: usize, first: Box<Expr>) -> PExpr {
        if self.at_comprehension() {
            return self.list_comprehension(start, first_idx, first);
        }
        let elts = self.rest_of_elements(first, Tok::RSqb)?;
        if self.at_comprehension() && self.quiet == 0 {
            return Err(self.unparenthesized_target(&elts));
        }
        self.expect(Tok::RSqb)?;
        Ok(self.mkb(
            start,
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    #[inline(never)]
    fn list_comprehension(
        &mut self,
        start: (u32, u32),
        first_idx: usize,
        first: Box<Expr>,
    ) -> PExpr {
        let elt = self.comprehension_elt(first_idx, first)?;
        let generators = self.for_if_clauses()?;
        self.expect(Tok::RSqb)?;
        Ok(self.mkb(start, ExprKind::ListComp { elt, generators }))
    }

    /// A comprehension's element may not be starred.
    fn comprehension_elt(&mut self, first_idx: usize, first: Box<Expr>) -> PExpr {
        if self.toks[first_idx].kind == Tok::Star {
            let saved = self.max_pos;
            if self.quiet == 0 && self.for_if_clauses().is_ok() {
                return Err(self.error_at_span(
                    first.span,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            self.max_pos = saved;
            return Err(self.generic_error());
        }
        Ok(first)
    }

    /// `[a, b for …]`: "did you forget parentheses around the comprehension target?"
    #[inline(never)]
    fn unparenthesized_target(&mut self, elts: &[Expr]) -> Box<ParseError> {
        let comma = self.pos - 1;
        let saved = self.max_pos;
        if self.for_if_clauses().is_err() {
            self.max_pos = saved;
            return self.generic_error();
        }
        let msg = "did you forget parentheses around the comprehension target?";
        let last = if elts.len() >= 2 {
            elts[elts.len() - 1].span
        } else {
            tok_span(&self.toks[comma])
        };
        self.error_range(elts[0].span, last, msg)
    }

    /// `{`: dict, set, dict comprehension or set comprehension.
    fn brace_atom(&mut self) -> PExpr {
        let start = self.start();
        self.bump();
        if matches!(self.peek(), Tok::RBrace | Tok::DoubleStar) {
            return self.brace_special(start);
        }
        let first_idx = self.pos;
        let first = self.star_named_expression()?;
        self.brace_rest(start, first_idx, first)
    }

    /// `{}` and `{**value, …}`.
    #[inline(never)]
    fn brace_special(&mut self, start: (u32, u32)) -> PExpr {
        if self.eat(Tok::RBrace) {
            return Ok(self.mkb(
                start,
                ExprKind::Dict {
                    keys: vec![],
                    values: vec![],
                },
            ));
        }
        let star = self.pos;
        self.bump();
        let value = self.bitwise_or()?;
        if self.at_comprehension() {
            let saved = self.max_pos;
            if self.for_if_clauses().is_ok() && self.peek() == Tok::RBrace && self.quiet == 0 {
                return Err(self
                    .error_at_token(star, "dict unpacking cannot be used in dict comprehension"));
            }
            self.max_pos = saved;
            return Err(self.generic_error());
        }
        self.dict_rest(start, vec![None], vec![*value])
    }

    /// After `{first`: a dict (when `:` follows), a set, or a comprehension.
    fn brace_rest(&mut self, start: (u32, u32), first_idx: usize, first: Box<Expr>) -> PExpr {
        let plain_key = !matches!(
            first.kind,
            ExprKind::Starred { .. } | ExprKind::NamedExpr { .. }
        ) || self.is_parenthesized(first_idx, &first);
        if self.peek() == Tok::Colon && plain_key {
            return self.dict_first_value(start, first);
        }
        if self.at_comprehension() {
            return self.set_comprehension(start, first_idx, first);
        }
        let elts = self.rest_of_elements(first, Tok::RBrace)?;
        if self.at_comprehension() && self.quiet == 0 {
            return Err(self.unparenthesized_target(&elts));
        }
        self.expect(Tok::RBrace)?;
        Ok(self.mkb(start, ExprKind::Set(elts)))
    }

    #[inline(never)]
    fn set_comprehension(
        &mut self,
        start: (u32, u32),
        first_idx: usize,
        first: Box<Expr>,
    ) -> PExpr {
        let elt = self.comprehension_elt(first_idx, first)?;
        let generators = self.for_if_clauses()?;
        self.expect(Tok::RBrace)?;
        Ok(self.mkb(start, ExprKind::SetComp { elt, generators }))
    }

    /// `{key: value` then more entries or a comprehension.
    fn dict_first_value(&mut self, start: (u32, u32), key: Box<Expr>) -> PExpr {
        let colon = self.pos;
        self.bump();
        let value = self.dict_value(colon)?;
        if self.at_comprehension() {
            return self.dict_comprehension(start, key, value);
        }
        self.dict_rest(start, vec![Some(*key)], vec![*value])
    }

    #[inline(never)]
    fn dict_comprehension(&mut self, start: (u32, u32), key: Box<Expr>, value: Box<Expr>) -> PExpr {
        let generators = self.for_if_clauses()?;
        self.expect(Tok::RBrace)?;
        Ok(self.mkb(
            start,
            ExprKind::DictComp {
                key,
                value,
                generators,
            },
        ))
    }

    /// The value after `key :` in a dict display.
    fn dict_value(&mut self, colon: usize) -> PExpr {
        if self.quiet == 0 && matches!(self.peek(), Tok::Star | Tok::RBrace | Tok::Comma) {
            return Err(self.dict_value_error(colon));
        }
        self.expression()
    }

    #[inline(never)]
    fn dict_value_error(&mut self, colon: usize) -> Box<ParseError> {
        if self.peek() != Tok::Star {
            return self.error_at_token(colon, "expression expected after dictionary key and ':'");
        }
        let star = tok_span(&self.tok());
        self.bump();
        if let Err(e) = self.bitwise_or() {
            return e;
        }
        self.error_from(
            star,
            "cannot use a starred expression in a dictionary value",
        )
    }

    /// The entries of a dict display after its first one.
    #[inline(never)]
    fn dict_rest(
        &mut self,
        start: (u32, u32),
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PExpr {
        while self.eat(Tok::Comma) {
            match self.peek() {
                Tok::RBrace => break,
                Tok::DoubleStar => {
                    self.bump();
                    keys.push(None);
                    values.push(*self.bitwise_or()?);
                    continue;
                }
                _ => {}
            }
            let key = self.expression()?;
            if self.peek() != Tok::Colon {
                return Err(self.missing_colon_in_dict(&key));
            }
            let colon = self.pos;
            self.bump();
            values.push(*self.dict_value(colon)?);
            keys.push(Some(*key));
        }
        self.expect(Tok::RBrace)?;
        Ok(self.mkb(start, ExprKind::Dict { keys, values }))
    }

    fn missing_colon_in_dict(&self, key: &Expr) -> Box<ParseError> {
        if self.quiet > 0 {
            return self.generic_error();
        }
        let s = key.span;
        let msg = "':' expected after dictionary key";
        self.raise(
            ParseErrorKind::SyntaxError,
            msg,
            s.line,
            s.end_col as i64,
            s.end_line,
            0,
        )
    }

    /// `for_if_clauses` of a comprehension.
    pub(crate) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat(Tok::Async);
            self.bump();
            let target = self.for_target()?;
            let iter = *self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(*self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `slices` inside `[...]`: one slice, or a tuple of them.
    fn slices(&mut self) -> PExpr {
        if self.peek() == Tok::Star {
            return self.slice_tuple(None);
        }
        let first = self.slice_item()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        self.slice_tuple(Some(first))
    }

    #[inline(never)]
    fn slice_tuple(&mut self, first: Option<Box<Expr>>) -> PExpr {
        let start = match &first {
            Some(f) => (f.span.line, f.span.col),
            None => self.start(),
        };
        let first = match first {
            Some(f) => f,
            None => self.slice_item()?,
        };
        let mut elts = vec![*first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RSqb {
                break;
            }
            elts.push(*self.slice_item()?);
        }
        Ok(self.mkb(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// `slice | starred_expression`.
    fn slice_item(&mut self) -> PExpr {
        if matches!(self.peek(), Tok::Star | Tok::Colon) {
            return self.slice_special();
        }
        let idx = self.pos;
        let e = self.named_expression()?;
        if self.peek() != Tok::Colon {
            return Ok(e);
        }
        self.slice_rest(idx, Some(e))
    }

    /// `*expression` and `:…` slice items.
    #[inline(never)]
    fn slice_special(&mut self) -> PExpr {
        if self.peek() == Tok::Colon {
            return self.slice_rest(self.pos, None);
        }
        let start = self.start();
        self.bump();
        let value = self.expression()?;
        Ok(self.mkb(
            start,
            ExprKind::Starred {
                value,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// The rest of `lower:upper:step` at the first colon.
    #[inline(never)]
    fn slice_rest(&mut self, idx: usize, lower: Option<Box<Expr>>) -> PExpr {
        if let Some(e) = &lower {
            if matches!(e.kind, ExprKind::NamedExpr { .. }) && !self.is_parenthesized(idx, e) {
                return Err(self.generic_error());
            }
        }
        let t = self.toks[idx];
        self.bump();
        let upper = self.slice_bound()?;
        let step = if self.eat(Tok::Colon) {
            self.slice_bound()?
        } else {
            None
        };
        Ok(self.mkb((t.line, t.col), ExprKind::Slice { lower, upper, step }))
    }

    fn slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) {
            return Ok(None);
        }
        Ok(Some(self.expression()?))
    }

    /// `(` arguments `)` of a call or class definition (cursor on `(`).
    pub(crate) fn call_args(&mut self, of: ArgsOf) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.start();
        self.bump();
        let mut st = ArgState::default();
        while self.peek() != Tok::RPar {
            if let Some(genexp) = self.argument(&mut st, open, of)? {
                return Ok((vec![*genexp], vec![]));
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if let Some(msg) = st.misplaced {
            return Err(self.invalid(self.error_last(msg)));
        }
        self.expect(Tok::RPar)?;
        Ok((st.args, st.keywords))
    }

    /// One argument; returns a generator expression when it is the sole,
    /// unparenthesized argument `f(x for x in y)` (then `)` is consumed).
    fn argument(
        &mut self,
        st: &mut ArgState,
        open: (u32, u32),
        of: ArgsOf,
    ) -> PResult<Option<Box<Expr>>> {
        match self.peek() {
            Tok::Star => self.starred_argument(st)?,
            Tok::DoubleStar => self.double_starred_argument(st)?,
            Tok::Name if self.peek_at(1) == Tok::Equal => self.keyword_argument(st)?,
            Tok::True | Tok::False | Tok::None
                if self.peek_at(1) == Tok::Equal && self.quiet == 0 =>
            {
                return Err(self.constant_keyword_error());
            }
            _ => return self.positional_argument(st, open, of),
        }
        Ok(None)
    }

    #[inline(never)]
    fn starred_argument(&mut self, st: &mut ArgState) -> PResult<()> {
        if st.seen_double_star && self.quiet == 0 {
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            return Err(self.error_at_token(self.pos, msg));
        }
        let start = self.start();
        self.bump();
        let value = self.expression()?;
        st.args.push(self.mk(
            start,
            ExprKind::Starred {
                value,
                ctx: ExprContext::Load,
            },
        ));
        Ok(())
    }

    #[inline(never)]
    fn double_starred_argument(&mut self, st: &mut ArgState) -> PResult<()> {
        let start = self.start();
        self.bump();
        let value = *self.expression()?;
        st.keywords.push(Keyword {
            arg: None,
            value,
            span: self.span_from(start),
        });
        st.seen_double_star = true;
        st.seen_keyword = true;
        Ok(())
    }

    #[inline(never)]
    fn constant_keyword_error(&mut self) -> Box<ParseError> {
        let idx = self.pos;
        let msg = format!("cannot assign to {}", self.text(&self.toks[idx]));
        self.error_range(
            tok_span(&self.toks[idx]),
            tok_span(&self.toks[idx + 1]),
            &msg,
        )
    }

    #[inline(never)]
    fn keyword_argument(&mut self, st: &mut ArgState) -> PResult<()> {
        let start = self.start();
        let (arg, name_span) = self.name()?;
        let eq = tok_span(&self.tok());
        self.bump();
        let value = *self.expression()?;
        if self.quiet == 0 && self.at_comprehension() {
            let saved = self.max_pos;
            if self.for_if_clauses().is_ok() {
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return Err(self.error_range(name_span, eq, msg));
            }
            self.max_pos = saved;
            return Err(self.generic_error());
        }
        st.keywords.push(Keyword {
            arg: Some(arg),
            value,
            span: self.span_from(start),
        });
        st.seen_keyword = true;
        Ok(())
    }

    fn positional_argument(
        &mut self,
        st: &mut ArgState,
        open: (u32, u32),
        of: ArgsOf,
    ) -> PResult<Option<Box<Expr>>> {
        let e = if self.peek() == Tok::Name && self.peek_at(1) == Tok::ColonEqual {
            self.walrus()?
        } else {
            self.expression()?
        };
        if matches!(self.peek(), Tok::Equal | Tok::For | Tok::Async) {
            return self.positional_argument_end(st, open, of, e);
        }
        st.push_positional(*e);
        Ok(None)
    }

    /// A positional argument followed by `=` or a comprehension clause.
    #[inline(never)]
    fn positional_argument_end(
        &mut self,
        st: &mut ArgState,
        open: (u32, u32),
        of: ArgsOf,
        e: Box<Expr>,
    ) -> PResult<Option<Box<Expr>>> {
        if self.peek() == Tok::Equal && self.quiet == 0 {
            let eq = tok_span(&self.tok());
            let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
            return Err(self.error_range(e.span, eq, msg));
        }
        if self.at_comprehension() {
            return self.argument_genexp(st, open, of, e).map(Some);
        }
        st.push_positional(*e);
        Ok(None)
    }

    /// `elt for …` as an argument: fine alone in a call, else an error.
    fn argument_genexp(
        &mut self,
        st: &ArgState,
        open: (u32, u32),
        of: ArgsOf,
        elt: Box<Expr>,
    ) -> PExpr {
        let at_for = self.max_pos;
        let generators = match self.for_if_clauses() {
            Ok(g) => g,
            Err(e) if of == ArgsOf::Class && Parser::is_generic(&e) => {
                self.max_pos = at_for;
                return Err(self.generic_error());
            }
            Err(e) => return Err(e),
        };
        let sole = st.args.is_empty() && st.keywords.is_empty();
        if sole && of == ArgsOf::Call && self.peek() == Tok::RPar {
            self.bump();
            return Ok(self.mkb(open, ExprKind::GeneratorExp { elt, generators }));
        }
        if (sole && self.peek() != Tok::Comma) || self.quiet > 0 {
            if of == ArgsOf::Class {
                self.max_pos = at_for;
            }
            return Err(self.generic_error());
        }
        let last = last_comprehension_item(&generators);
        Err(self.error_range(elt.span, last, "Generator expression must be parenthesized"))
    }
}

#[derive(Default)]
struct ArgState {
    args: Vec<Expr>,
    keywords: Vec<Keyword>,
    seen_keyword: bool,
    seen_double_star: bool,
    /// "positional argument follows keyword argument", reported once the
    /// whole list is read (CPython's error is at the last token fetched).
    misplaced: Option<&'static str>,
}

impl ArgState {
    fn push_positional(&mut self, e: Expr) {
        if self.seen_keyword && self.misplaced.is_none() {
            self.misplaced = Some(if self.seen_double_star {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            });
        }
        self.args.push(e);
    }
}

/// `_PyPegen_get_last_comprehension_item`.
fn last_comprehension_item(generators: &[Comprehension]) -> Span {
    let last = generators.last().expect("at least one clause");
    last.ifs.last().unwrap_or(&last.iter).span
}

/// A decimal int literal longer than `sys.get_int_max_str_digits()`:
/// CPython 3.11's parser refuses it (converting it is quadratic).
fn literal_digit_limit(text: &str) -> Result<(), String> {
    if text.contains(['.', 'e', 'E', 'j', 'J']) {
        return Ok(());
    }
    let digits = crate::objects::int_str_limit::parse_digit_count(text, 0);
    crate::objects::int_str_limit::check_parse(digits).map_err(|m| {
        m + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
    })
}
