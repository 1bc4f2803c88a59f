//! Patterns of `case` clauses (PEP 634): the `patterns` rule of CPython
//! 3.11's grammar and everything under it (or, as, literal, capture,
//! wildcard, value, group, sequence, mapping and class patterns).
//!
//! Invariants: a pattern's span is CPython's (first token to last token);
//! a group `(p)` returns `p` with its own span; `-1`, `1 + 2j` and
//! `-1 - 2j` become `UnaryOp`/`BinOp` value expressions as in CPython, and
//! the real/imaginary checks of `complex_number` fail in any parse mode
//! (they are actions, not `invalid_*` rules). Called by `match_stmt.rs`.

use super::error::PResult;
use super::parser::tok_span;
use super::token::Tok;
use super::Parser;
use crate::ast::{
    BinOp, Constant, Expr, ExprContext, ExprKind, Ident, Pattern, PatternKind, UnaryOp,
};

/// Can a (possibly starred) pattern start with this token?
fn starts_pattern(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::Minus
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Star
    )
}

impl<'a> Parser<'a> {
    fn mkp(&self, start: (u32, u32), kind: PatternKind) -> Pattern {
        Pattern {
            span: self.span_from(start),
            kind,
        }
    }

    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    pub(crate) fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if self.peek() != Tok::Comma {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Err(self.generic_error());
            }
            return Ok(first);
        }
        let items = self.sequence_rest(first)?;
        Ok(self.mkp(start, PatternKind::MatchSequence(items)))
    }

    /// After a first element and at a `,`: the other elements of a
    /// sequence pattern (a trailing comma allowed).
    fn sequence_rest(&mut self, first: Pattern) -> PResult<Vec<Pattern>> {
        let mut items = vec![first];
        while self.peek() == Tok::Comma && starts_pattern(self.peek_at(1)) {
            self.bump();
            items.push(self.maybe_star_pattern()?);
        }
        self.eat(Tok::Comma);
        Ok(items)
    }

    /// `maybe_star_pattern`: `*name`, `*_` or a pattern.
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.peek() != Tok::Star {
            return self.pattern();
        }
        let start = self.start();
        self.bump();
        let name = if self.is_wildcard() {
            self.bump();
            None
        } else {
            Some(self.capture_target()?)
        };
        Ok(self.mkp(start, PatternKind::MatchStar(name)))
    }

    /// `pattern`: an or-pattern, optionally `as name`.
    pub(crate) fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let p = self.or_pattern()?;
        if self.peek() != Tok::As {
            return Ok(p);
        }
        self.bump();
        let name = match self.capture_target() {
            Ok(n) => n,
            Err(e) => return Err(self.invalid_as_target(e)),
        };
        let kind = PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name),
        };
        Ok(self.mkp(start, kind))
    }

    /// `invalid_as_pattern`: `as _` and `as <not a name>`.
    #[inline(never)]
    fn invalid_as_target(&mut self, e: Box<super::ParseError>) -> Box<super::ParseError> {
        if self.quiet > 0 {
            return e;
        }
        if self.is_wildcard() {
            return self.error_at_token(self.pos, "cannot use '_' as a target");
        }
        if self.peek() == Tok::Name {
            return e;
        }
        self.quiet += 1;
        let r = self.expression();
        self.quiet -= 1;
        match r {
            Ok(x) => self.error_at_span(x.span, "invalid pattern target"),
            Err(_) => e,
        }
    }

    /// `or_pattern`: `closed_pattern ('|' closed_pattern)*`.
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if self.peek() != Tok::VBar {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat(Tok::VBar) {
            alts.push(self.closed_pattern()?);
        }
        Ok(self.mkp(start, PatternKind::MatchOr(alts)))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.closed_pattern_inner();
        self.leave();
        r
    }

    fn closed_pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.start();
        match self.peek() {
            Tok::Number | Tok::Minus | Tok::String => {
                let v = self.literal_value()?;
                Ok(self.mkp(start, PatternKind::MatchValue(*v)))
            }
            Tok::None | Tok::True | Tok::False => {
                let c = match self.peek() {
                    Tok::None => Constant::None,
                    t => Constant::Bool(t == Tok::True),
                };
                self.bump();
                Ok(self.mkp(start, PatternKind::MatchSingleton(c)))
            }
            Tok::Name => self.name_pattern(start),
            Tok::LPar => self.paren_pattern(start),
            Tok::LSqb => {
                self.bump();
                let items = if self.peek() == Tok::RSqb {
                    Vec::new()
                } else {
                    let first = self.maybe_star_pattern()?;
                    self.sequence_rest(first)?
                };
                self.expect(Tok::RSqb)?;
                Ok(self.mkp(start, PatternKind::MatchSequence(items)))
            }
            Tok::LBrace => self.mapping_pattern(start),
            _ => Err(self.generic_error()),
        }
    }

    /// Wildcard, capture, value (`a.b`) or class (`a.b(...)`) pattern.
    fn name_pattern(&mut self, start: (u32, u32)) -> PResult<Pattern> {
        if self.is_wildcard() {
            self.bump();
            let kind = PatternKind::MatchAs {
                pattern: None,
                name: None,
            };
            return Ok(self.mkp(start, kind));
        }
        if !matches!(self.peek_at(1), Tok::Dot | Tok::LPar) {
            let name = self.capture_target()?;
            let kind = PatternKind::MatchAs {
                pattern: None,
                name: Some(name),
            };
            return Ok(self.mkp(start, kind));
        }
        let cls = self.name_or_attr()?;
        if self.peek() == Tok::LPar {
            return self.class_pattern(start, cls);
        }
        if matches!(cls.kind, ExprKind::Name { .. }) || self.peek() == Tok::Equal {
            return Err(self.generic_error());
        }
        Ok(self.mkp(start, PatternKind::MatchValue(cls)))
    }

    fn is_wildcard(&mut self) -> bool {
        self.peek() == Tok::Name && self.text(&self.tok()) == "_"
    }

    /// `pattern_capture_target`: `!"_" NAME !('.' | '(' | '=')`.
    fn capture_target(&mut self) -> PResult<Ident> {
        if self.peek() != Tok::Name || self.is_wildcard() {
            return Err(self.generic_error());
        }
        if matches!(self.peek_at(1), Tok::Dot | Tok::LPar | Tok::Equal) {
            return Err(self.generic_error());
        }
        Ok(self.name()?.0)
    }

    /// `name_or_attr`: `NAME ('.' NAME)*` as a Load expression.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.name_expr(ExprContext::Load)?;
        while self.eat(Tok::Dot) {
            let (attr, _) = self.name()?;
            e = self.mk(
                start,
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
            );
        }
        Ok(e)
    }

    /// `(`: `()`, a group `(p)` or a sequence `(p, ...)`.
    fn paren_pattern(&mut self, start: (u32, u32)) -> PResult<Pattern> {
        self.bump();
        if self.eat(Tok::RPar) {
            return Ok(self.mkp(start, PatternKind::MatchSequence(Vec::new())));
        }
        let first = self.maybe_star_pattern()?;
        if self.peek() == Tok::RPar && !matches!(first.kind, PatternKind::MatchStar(_)) {
            self.bump();
            return Ok(first);
        }
        if self.peek() != Tok::Comma {
            return Err(self.generic_error());
        }
        let items = self.sequence_rest(first)?;
        self.expect(Tok::RPar)?;
        Ok(self.mkp(start, PatternKind::MatchSequence(items)))
    }

    // ----- literals -----

    /// A literal value: `signed_number !('+' | '-')`, `complex_number` or
    /// `strings` (as CPython, f-strings parse and the compiler rejects them).
    fn literal_value(&mut self) -> PResult<Box<Expr>> {
        if self.peek() == Tok::String {
            return self.strings();
        }
        let start = self.start();
        let real = self.signed_number()?;
        let op = match self.peek() {
            Tok::Plus => BinOp::Add,
            Tok::Minus => BinOp::Sub,
            _ => return Ok(real),
        };
        if is_complex(&real) {
            let number = match &real.kind {
                ExprKind::UnaryOp { operand, .. } => operand.span,
                _ => real.span,
            };
            return Err(self.error_at_span(number, "real number required in complex literal"));
        }
        self.bump();
        if self.peek() != Tok::Number {
            return Err(self.generic_error());
        }
        let imag = self.signed_number()?;
        if !is_complex(&imag) {
            let msg = "imaginary number required in complex literal";
            return Err(self.error_at_span(imag.span, msg));
        }
        let kind = ExprKind::BinOp {
            left: real,
            op,
            right: imag,
        };
        Ok(self.mkb(start, kind))
    }

    /// `signed_number`: `NUMBER | '-' NUMBER`.
    fn signed_number(&mut self) -> PResult<Box<Expr>> {
        let start = self.start();
        let neg = self.eat(Tok::Minus);
        if self.peek() != Tok::Number {
            return Err(self.generic_error());
        }
        let t = self.tok();
        self.bump();
        let num = Box::new(Expr {
            span: tok_span(&t),
            kind: ExprKind::Constant(super::literal::number(self.text(&t))),
        });
        if !neg {
            return Ok(num);
        }
        let kind = ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: num,
        };
        Ok(self.mkb(start, kind))
    }

    /// A mapping key: `literal_expr | attr`.
    fn mapping_key(&mut self) -> PResult<Expr> {
        let start = self.start();
        let c = match self.peek() {
            Tok::None => Constant::None,
            Tok::True => Constant::Bool(true),
            Tok::False => Constant::Bool(false),
            Tok::Name => {
                let e = self.name_or_attr()?;
                if matches!(e.kind, ExprKind::Name { .. }) {
                    return Err(self.generic_error());
                }
                return Ok(e);
            }
            _ => return Ok(*self.literal_value()?),
        };
        self.bump();
        Ok(self.mk(start, ExprKind::Constant(c)))
    }

    // ----- mapping and class patterns -----

    /// `{k: p, ..., **rest}`.
    fn mapping_pattern(&mut self, start: (u32, u32)) -> PResult<Pattern> {
        self.bump();
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        loop {
            match self.peek() {
                Tok::RBrace => break,
                Tok::DoubleStar => {
                    self.bump();
                    rest = Some(self.capture_target()?);
                    self.eat(Tok::Comma);
                    break;
                }
                _ => {
                    keys.push(self.mapping_key()?);
                    self.expect(Tok::Colon)?;
                    patterns.push(self.pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
            }
        }
        self.expect(Tok::RBrace)?;
        let kind = PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        };
        Ok(self.mkp(start, kind))
    }

    /// `cls(p, ..., kw=p, ...)`, at the `(`.
    fn class_pattern(&mut self, start: (u32, u32), cls: Expr) -> PResult<Pattern> {
        self.bump();
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        let mut late: Vec<Pattern> = Vec::new();
        while self.peek() != Tok::RPar {
            if self.peek() == Tok::Name && self.peek_at(1) == Tok::Equal {
                if !late.is_empty() {
                    break;
                }
                kwd_attrs.push(self.name()?.0);
                self.bump();
                kwd_patterns.push(self.pattern()?);
            } else if kwd_attrs.is_empty() {
                patterns.push(self.pattern()?);
            } else {
                late.push(self.pattern()?);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if let (Some(a), Some(b)) = (late.first(), late.last()) {
            if self.quiet == 0 {
                let msg = "positional patterns follow keyword patterns";
                return Err(self.error_range(a.span, b.span, msg));
            }
            return Err(self.generic_error());
        }
        self.expect(Tok::RPar)?;
        let kind = PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        };
        Ok(self.mkp(start, kind))
    }
}

/// Is this number expression imaginary (`2j`, `-2j`)?
fn is_complex(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Complex(_)) => true,
        ExprKind::UnaryOp { operand, .. } => is_complex(operand),
        _ => false,
    }
}
