//! Parameter lists of `def` and `lambda` (`/`, defaults, `*args`,
//! keyword-only parameters, `**kwargs`, annotations), with CPython 3.11's
//! `invalid_parameters` / `invalid_lambda_parameters` diagnostics.
//!
//! Invariant: the returned `Arguments` satisfy CPython's shape: `defaults`
//! belong to the last positional parameters and `kw_defaults` has one entry
//! per keyword-only parameter.

use super::error::{PResult, ParseError};
use super::height::height;
use super::parser::{tok_span, PExpr, MAX_HEIGHT, TOO_DEEP};
use super::token::Tok;
use super::Parser;
use crate::ast::{Arg, Arguments, Expr, ExprKind};

/// Where the parser is in a parameter list.
#[derive(Default)]
struct State {
    seen_slash: bool,
    seen_star: bool,
    seen_default: bool,
    /// The first default came after `/` (CPython then has no message).
    default_after_slash: bool,
    seen_kwarg: bool,
}

impl<'a> Parser<'a> {
    /// Parameters up to (not including) `)` for `def`, or `:` for `lambda`,
    /// into `a` (boxed: parameter lists hold expressions and recurse).
    pub(crate) fn parameters(&mut self, a: &mut Arguments, lambda: bool) -> PResult<()> {
        let close = if lambda { Tok::Colon } else { Tok::RPar };
        let mut st = State::default();
        while self.peek() != close {
            let idx = self.pos;
            match self.peek() {
                Tok::Slash => self.slash(a, &mut st, idx)?,
                Tok::Star => self.star_param(a, &mut st, idx, lambda)?,
                Tok::DoubleStar => self.double_star_param(a, &mut st, idx, lambda)?,
                Tok::Name => self.named_param(a, &mut st, lambda)?,
                Tok::LPar => return Err(self.parenthesized_params(lambda)),
                _ => return Err(self.generic_error()),
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(())
    }

    #[inline(never)]
    fn double_star_param(
        &mut self,
        a: &mut Arguments,
        st: &mut State,
        idx: usize,
        lambda: bool,
    ) -> PResult<()> {
        if st.seen_kwarg {
            return Err(self.after_kwarg(idx));
        }
        self.bump();
        a.kwarg = Some(self.param(lambda, false)?);
        if self.peek() == Tok::Equal {
            return Err(
                self.error_at_token(self.pos, "var-keyword argument cannot have default value")
            );
        }
        st.seen_kwarg = true;
        Ok(())
    }

    fn slash(&mut self, a: &mut Arguments, st: &mut State, idx: usize) -> PResult<()> {
        if a.args.is_empty() && !st.seen_slash && !st.seen_star {
            if self.toks[idx + 1].kind == Tok::Comma {
                self.peek_at(1);
                return Err(self.error_at_token(idx, "at least one argument must precede /"));
            }
            return Err(self.generic_error());
        }
        if st.seen_slash {
            return Err(self.error_at_token(idx, "/ may appear only once"));
        }
        if st.seen_star {
            return Err(self.error_at_token(idx, "/ must be ahead of *"));
        }
        if st.seen_kwarg {
            return Err(self.after_kwarg(idx));
        }
        self.bump();
        if self.peek() == Tok::Star {
            return Err(self.error_at_token(self.pos, "expected comma between / and *"));
        }
        a.posonlyargs = std::mem::take(&mut a.args);
        st.seen_slash = true;
        Ok(())
    }

    fn star_param(
        &mut self,
        a: &mut Arguments,
        st: &mut State,
        idx: usize,
        lambda: bool,
    ) -> PResult<()> {
        let close = if lambda { Tok::Colon } else { Tok::RPar };
        if st.seen_kwarg {
            return Err(self.after_kwarg(idx));
        }
        if st.seen_star {
            let saved = self.max_pos;
            let next = self.peek_at(1);
            let param_follows = next == Tok::Name
                && matches!(self.peek_at(2), t if t == close || t == Tok::Comma || (t == Tok::Colon && !lambda));
            if next == Tok::Comma || param_follows {
                return Err(self.error_at_token(idx, "* argument may appear only once"));
            }
            self.max_pos = saved;
            return Err(self.generic_error());
        }
        self.bump();
        st.seen_star = true;
        let next = self.peek();
        if next == close
            || (next == Tok::Comma
                && matches!(self.peek_at(1), t if t == close || t == Tok::DoubleStar))
        {
            if lambda {
                if next == Tok::Comma {
                    self.peek_at(1);
                }
                return Err(self.error_last("named arguments must follow bare *"));
            }
            return Err(self.error_at_token(idx, "named arguments must follow bare *"));
        }
        if next == Tok::Comma {
            return Ok(());
        }
        a.vararg = Some(self.param(lambda, true)?);
        if self.peek() == Tok::Equal {
            return Err(self.error_at_token(
                self.pos,
                "var-positional argument cannot have default value",
            ));
        }
        Ok(())
    }

    /// A parameter named by NAME, with an optional default (which may
    /// nest: the frame is kept small).
    fn named_param(&mut self, a: &mut Arguments, st: &mut State, lambda: bool) -> PResult<()> {
        if st.seen_kwarg {
            return Err(self.param_after_kwarg(lambda));
        }
        let list = if st.seen_star {
            &mut a.kwonlyargs
        } else {
            &mut a.args
        };
        self.param_into(lambda, list)?;
        let default = self.param_default()?;
        self.record_default(a, st, default, lambda)
    }

    #[inline(never)]
    fn param_after_kwarg(&mut self, lambda: bool) -> Box<ParseError> {
        match self.param(lambda, false) {
            Ok(arg) => self.error_at_span(arg.span, "arguments cannot follow var-keyword argument"),
            Err(e) => e,
        }
    }

    #[inline(never)]
    fn param_into(&mut self, lambda: bool, list: &mut Vec<Arg>) -> PResult<()> {
        let arg = self.param(lambda, false)?;
        list.push(arg);
        Ok(())
    }

    /// `['=' expression]` after a parameter.
    fn param_default(&mut self) -> PResult<Option<Box<Expr>>> {
        if self.peek() != Tok::Equal {
            return Ok(None);
        }
        let eq = self.pos;
        self.bump();
        if matches!(self.peek(), Tok::Comma | Tok::RPar) {
            return Err(self.error_at_token(eq, "expected default value expression"));
        }
        Ok(Some(self.expression()?))
    }

    /// Files the default of the parameter just read, checking their order.
    #[inline(never)]
    fn record_default(
        &mut self,
        a: &mut Arguments,
        st: &mut State,
        default: Option<Box<Expr>>,
        lambda: bool,
    ) -> PResult<()> {
        if st.seen_star {
            a.kw_defaults.push(default.map(|d| *d));
            return Ok(());
        }
        match default {
            Some(d) => {
                a.defaults.push(*d);
                st.default_after_slash |= !st.seen_default && st.seen_slash;
                st.seen_default = true;
            }
            None if st.seen_default => {
                // CPython's rule needs the parameter to end with `,` or `)`.
                let close = if lambda { Tok::Colon } else { Tok::RPar };
                let ends = matches!(self.peek(), t if t == close || t == Tok::Comma);
                if st.default_after_slash || !ends {
                    return Err(self.generic_error());
                }
                let span = a.args.last().expect("parameter").span;
                return Err(
                    self.error_at_span(span, "non-default argument follows default argument")
                );
            }
            None => {}
        }
        Ok(())
    }

    /// `NAME [':' annotation]` (no annotation in lambdas; `*args` may have
    /// a starred annotation).
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let start = self.start();
        let (name, _) = self.name()?;
        let annotation = if !lambda && self.eat(Tok::Colon) {
            Some(*if star && self.peek() == Tok::Star {
                self.star_expression()?
            } else {
                self.expression()?
            })
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            span: self.span_from(start),
        })
    }

    fn after_kwarg(&self, idx: usize) -> Box<ParseError> {
        self.error_at_token(idx, "arguments cannot follow var-keyword argument")
    }

    /// `def f((a, b))`: CPython's message when the parentheses hold plain
    /// parameters; a generic error otherwise.
    fn parenthesized_params(&mut self, lambda: bool) -> Box<ParseError> {
        let open = self.pos;
        let mut i = open + 1;
        let mut names = 0;
        while self.toks[i].kind == Tok::Name {
            names += 1;
            i += 1;
            if self.toks[i].kind != Tok::Comma {
                break;
            }
            i += 1;
        }
        if names == 0 || self.toks[i].kind != Tok::RPar {
            // CPython's rule looked at the token after `(` before failing.
            let saved = self.max_pos;
            self.peek_at(1);
            self.max_pos = saved;
            return self.generic_error();
        }
        for k in open..=i {
            self.peek_at(k - open);
        }
        let what = if lambda {
            "Lambda expression parameters"
        } else {
            "Function parameters"
        };
        let msg = format!("{what} cannot be parenthesized");
        self.error_range(tok_span(&self.toks[open]), tok_span(&self.toks[i]), &msg)
    }

    /// `lambda [params]: body`.
    /// `lambda [params]: body`; `lambda: lambda: …` is read iteratively.
    pub(crate) fn lambdef(&mut self) -> PExpr {
        let mut heads: Vec<((u32, u32), Box<Arguments>)> = Vec::new();
        while self.peek() == Tok::Lambda {
            if heads.len() as u32 >= MAX_HEIGHT {
                return Err(self.error_at_token(self.pos, TOO_DEEP));
            }
            let start = self.start();
            self.bump();
            heads.push((start, self.lambda_parameters()?));
        }
        let mut body = self.expression()?;
        while let Some((start, args)) = heads.pop() {
            body = self.mkb(start, ExprKind::Lambda { args, body });
        }
        if height(&body, MAX_HEIGHT + 1) > MAX_HEIGHT {
            return Err(self.error_at_span(body.span, TOO_DEEP));
        }
        Ok(body)
    }

    /// Lambda parameters and the colon after them (defaults may hold
    /// lambdas: one nesting level deeper).
    #[inline(never)]
    fn lambda_parameters(&mut self) -> PResult<Box<Arguments>> {
        let mut args = Box::<Arguments>::default();
        if self.peek() != Tok::Colon {
            self.enter()?;
            let r = self.parameters(&mut args, true);
            self.leave();
            r?;
        }
        self.expect(Tok::Colon)?;
        Ok(args)
    }
}
