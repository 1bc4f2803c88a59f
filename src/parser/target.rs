//! Assignment, `for`, `with` and `del` targets: expressions parsed as usual
//! and then checked and given `Store`/`Del` context, reporting invalid
//! targets with CPython 3.11's messages (`_PyPegen_get_invalid_target`,
//! `_PyPegen_get_expr_name`).
//!
//! Invariant: a target returned by `into_target` is a Name, Attribute,
//! Subscript, or a Starred/List/Tuple of targets, all with the new context.

use super::error::{PResult, ParseError};
use super::expr::starts_expression;
use super::token::Tok;
use super::Parser;
use crate::ast::{Constant, Expr, ExprContext, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TargetKind {
    /// Assignment and `with ... as` targets.
    Star,
    /// `for` loop and comprehension targets.
    For,
    Del,
}

/// What CPython calls an expression in error messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target of `kind`.
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        // `a in b` of `for a in b` parses as a comparison.
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops[0] == crate::ast::CmpOp::In {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Gives `e` (and its elements) context `ctx`; false if it is no target.
fn set_ctx(e: &mut Expr, ctx: ExprContext) -> bool {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx;
            true
        }
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_ctx(value, ctx)
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            elts.iter_mut().all(|x| set_ctx(x, ctx))
        }
        _ => false,
    }
}

/// Whether `e` is a valid target of `kind`.
pub(crate) fn is_target(e: &Expr, kind: TargetKind) -> bool {
    fn shape(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
            ExprKind::Starred { value, .. } => shape(value),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().all(shape),
            _ => false,
        }
    }
    invalid_target(e, kind).is_none() && shape(e)
}

/// Whether `e` is a `single_target` (augmented and annotated assignment).
pub(crate) fn is_single_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    )
}

impl<'a> Parser<'a> {
    /// Checks `e` as a target of `kind` and sets its context.
    pub(crate) fn make_target(&self, mut e: Expr, kind: TargetKind) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, kind) {
            return Err(self.invalid_target_error(bad, kind));
        }
        let ctx = if kind == TargetKind::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        };
        if !set_ctx(&mut e, ctx) {
            return Err(self.generic_error());
        }
        Ok(e)
    }

    pub(crate) fn invalid_target_error(&self, bad: &Expr, kind: TargetKind) -> Box<ParseError> {
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        self.error_at_span(bad.span, &format!("cannot {verb} {}", expr_name(bad)))
    }

    /// `star_targets 'in'` of `for` and comprehensions (`in` consumed).
    pub(crate) fn for_target(&mut self) -> PResult<Expr> {
        let (start_idx, saved_max) = (self.pos, self.max_pos);
        let e = match self.for_target_list() {
            Ok(e) if self.peek() == Tok::In && is_target(&e, TargetKind::For) => e,
            _ => return Err(self.invalid_for_target(start_idx, saved_max)),
        };
        self.bump();
        self.make_target(e, TargetKind::For)
    }

    fn for_target_list(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = *self.target_element()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expression(self.peek()) {
                break;
            }
            elts.push(*self.target_element()?);
        }
        Ok(self.mk(
            start,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
        ))
    }

    /// CPython's `invalid_for_target`: the target read as `star_expressions`
    /// (where `a in b` is a comparison) and its first invalid part reported.
    #[inline(never)]
    fn invalid_for_target(&mut self, start_idx: usize, saved_max: usize) -> Box<ParseError> {
        let furthest = self.max_pos;
        match self.reparse(start_idx, |p| p.star_expressions()) {
            Ok(e) => {
                if let Some(bad) = invalid_target(&e, TargetKind::For) {
                    return self.invalid_target_error(bad, TargetKind::For);
                }
            }
            Err(err) if !Parser::is_generic(&err) => return err,
            Err(_) => {}
        }
        self.max_pos = furthest.max(saved_max);
        self.generic_error()
    }

    /// One element of a target list (CPython's `star_target`): a primary,
    /// possibly starred; other expressions are reported by the caller.
    pub(crate) fn target_element(&mut self) -> PResult<Box<Expr>> {
        if self.peek() != Tok::Star {
            return self.primary();
        }
        let start = self.start();
        self.bump();
        if self.peek() == Tok::Star {
            return Err(self.generic_error());
        }
        let value = self.primary()?;
        Ok(self.mkb(
            start,
            ExprKind::Starred {
                value,
                ctx: ExprContext::Load,
            },
        ))
    }
}
