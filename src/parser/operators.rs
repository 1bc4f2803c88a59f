//! Operator expressions (`or`, `and`, `not`, comparisons, binary operators,
//! unary `+ - ~`, `**`) by operator precedence with explicit stacks, so that
//! long or nested operator chains use heap, not stack: only brackets,
//! lambdas and conditional expressions recurse.
//!
//! Invariants: the trees are those of CPython's grammar levels
//! (`disjunction` … `power`): `and`/`or` and comparison chains are flat,
//! `**` is right-associative and binds tighter than a unary operator on its
//! left; spans run from an operand's first token (an opening parenthesis
//! included) to the last token consumed. Every node built is at most
//! `MAX_HEIGHT` high.

use super::error::PResult;
use super::height::height;
use super::parser::{PExpr, Parser, MAX_HEIGHT, TOO_DEEP};
use super::token::Tok;
use crate::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, UnaryOp};

/// Precedence levels, loosest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    Or = 1,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Power,
}

/// An operator waiting for its right operand.
#[derive(Clone, Copy, Debug)]
enum Pending {
    Bool(BoolOp),
    Not((u32, u32)),
    Compare(CmpOp),
    Binary(BinOp, Level),
    Unary(UnaryOp, (u32, u32)),
}

impl Pending {
    fn level(self) -> Level {
        match self {
            Pending::Bool(BoolOp::Or) => Level::Or,
            Pending::Bool(BoolOp::And) => Level::And,
            Pending::Not(_) => Level::Not,
            Pending::Compare(_) => Level::Compare,
            Pending::Binary(_, level) => level,
            Pending::Unary(..) => Level::Unary,
        }
    }
}

/// Which flat node an operand is, so that `a < b < c` and `a and b and c`
/// extend it instead of nesting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Chain {
    None,
    Bool(BoolOp),
    Compare,
}

struct Operand {
    expr: Box<Expr>,
    start: (u32, u32),
    height: Option<u32>,
    chain: Chain,
}

fn binary_op(t: Tok) -> Option<(BinOp, Level)> {
    Some(match t {
        Tok::VBar => (BinOp::BitOr, Level::BitOr),
        Tok::CircumFlex => (BinOp::BitXor, Level::BitXor),
        Tok::Amper => (BinOp::BitAnd, Level::BitAnd),
        Tok::LeftShift => (BinOp::LShift, Level::Shift),
        Tok::RightShift => (BinOp::RShift, Level::Shift),
        Tok::Plus => (BinOp::Add, Level::Arith),
        Tok::Minus => (BinOp::Sub, Level::Arith),
        Tok::Star => (BinOp::Mult, Level::Term),
        Tok::Slash => (BinOp::Div, Level::Term),
        Tok::DoubleSlash => (BinOp::FloorDiv, Level::Term),
        Tok::Percent => (BinOp::Mod, Level::Term),
        Tok::At => (BinOp::MatMult, Level::Term),
        Tok::DoubleStar => (BinOp::Pow, Level::Power),
        _ => return None,
    })
}

impl<'a> Parser<'a> {
    /// An operator expression whose loosest operator is at `min` (`Or` for
    /// `disjunction`, `BitOr` for `bitwise_or`).
    pub(crate) fn operators(&mut self, min: Level) -> PExpr {
        if matches!(self.peek(), Tok::Plus | Tok::Minus | Tok::Tilde | Tok::Not) {
            return self.operator_chain(min, None);
        }
        // Fast path, and small frame on the recursion path: one operand.
        let start = self.start();
        let first = self.await_primary()?;
        if !self.operator_follows(min) {
            return Ok(first);
        }
        self.operator_chain(min, Some((start, first)))
    }

    fn operator_follows(&mut self, min: Level) -> bool {
        let t = self.peek();
        binary_op(t).is_some()
            || (min <= Level::Compare
                && matches!(
                    t,
                    Tok::EqEqual
                        | Tok::NotEqual
                        | Tok::Less
                        | Tok::LessEqual
                        | Tok::Greater
                        | Tok::GreaterEqual
                        | Tok::In
                        | Tok::Is
                        | Tok::And
                        | Tok::Or
                        | Tok::Not
                ))
    }

    /// The general case; `first` is the first operand (and its start) when
    /// it has been parsed already (then an operator follows it).
    #[inline(never)]
    fn operator_chain(&mut self, min: Level, first: Option<((u32, u32), Box<Expr>)>) -> PExpr {
        let mut ops: Vec<Pending> = Vec::new();
        let mut vals: Vec<Operand> = Vec::new();
        match first {
            Some((start, expr)) => vals.push(Operand {
                expr,
                start,
                height: None,
                chain: Chain::None,
            }),
            None => self.operand(&mut ops, &mut vals, min)?,
        }
        while let Some((op, width)) = self.infix_operator(min) {
            self.reduce_before(op.level(), &mut ops, &mut vals)?;
            let (before, pending) = (self.pos, ops.len());
            for _ in 0..width {
                self.bump();
            }
            ops.push(op);
            if let Err(e) = self.operand(&mut ops, &mut vals, min) {
                if !self.backtracking()
                    || (self.quiet == 0 && !Parser::is_generic(&e))
                    || self.reached_error
                {
                    return Err(e);
                }
                // Speculative parse: an operator without operand is left out.
                self.pos = before;
                ops.truncate(pending);
                break;
            }
        }
        while let Some(top) = ops.pop() {
            self.reduce(top, &mut vals)?;
        }
        Ok(vals.pop().expect("operand").expr)
    }

    /// Prefix operators and one primary.
    fn operand(
        &mut self,
        ops: &mut Vec<Pending>,
        vals: &mut Vec<Operand>,
        min: Level,
    ) -> PResult<()> {
        self.prefix_operators(ops, min);
        let start = self.start();
        let expr = self.await_primary()?;
        vals.push(Operand {
            expr,
            start,
            height: None,
            chain: Chain::None,
        });
        Ok(())
    }

    /// Reduces the pending operators that bind tighter than an incoming
    /// one at `level` (`**` is right-associative, the others left).
    fn reduce_before(
        &self,
        level: Level,
        ops: &mut Vec<Pending>,
        vals: &mut Vec<Operand>,
    ) -> PResult<()> {
        while let Some(&top) = ops.last() {
            if top.level() < level || (level == Level::Power && top.level() == Level::Power) {
                break;
            }
            ops.pop();
            self.reduce(top, vals)?;
        }
        Ok(())
    }

    /// Unary `+ - ~` anywhere; `not` where an `inversion` may start.
    fn prefix_operators(&mut self, ops: &mut Vec<Pending>, min: Level) {
        loop {
            let op = match self.peek() {
                Tok::Plus => UnaryOp::UAdd,
                Tok::Minus => UnaryOp::USub,
                Tok::Tilde => UnaryOp::Invert,
                Tok::Not => {
                    let allowed = min <= Level::Not
                        && matches!(
                            ops.last(),
                            None | Some(Pending::Bool(_)) | Some(Pending::Not(_))
                        );
                    if !allowed {
                        return;
                    }
                    ops.push(Pending::Not(self.start()));
                    self.bump();
                    continue;
                }
                _ => return,
            };
            ops.push(Pending::Unary(op, self.start()));
            self.bump();
        }
    }

    /// The operator after an operand, if it continues the expression, and
    /// how many tokens it takes (`not in`, `is not`).
    fn infix_operator(&mut self, min: Level) -> Option<(Pending, usize)> {
        let t = self.peek();
        if let Some((op, level)) = binary_op(t) {
            return Some((Pending::Binary(op, level), 1));
        }
        if min > Level::Compare {
            return None;
        }
        let cmp = |op| Some((Pending::Compare(op), 1));
        match t {
            Tok::EqEqual => cmp(CmpOp::Eq),
            Tok::NotEqual => cmp(CmpOp::NotEq),
            Tok::Less => cmp(CmpOp::Lt),
            Tok::LessEqual => cmp(CmpOp::LtE),
            Tok::Greater => cmp(CmpOp::Gt),
            Tok::GreaterEqual => cmp(CmpOp::GtE),
            Tok::In => cmp(CmpOp::In),
            Tok::Not if self.peek_at(1) == Tok::In => Some((Pending::Compare(CmpOp::NotIn), 2)),
            Tok::Is if self.peek_at(1) == Tok::Not => Some((Pending::Compare(CmpOp::IsNot), 2)),
            Tok::Is => cmp(CmpOp::Is),
            Tok::And => Some((Pending::Bool(BoolOp::And), 1)),
            Tok::Or => Some((Pending::Bool(BoolOp::Or), 1)),
            _ => None,
        }
    }

    fn operand_height(o: &mut Operand) -> u32 {
        *o.height.get_or_insert_with(|| height(&o.expr, MAX_HEIGHT))
    }

    /// Applies `op` to the operands on top of `vals`.
    fn reduce(&self, op: Pending, vals: &mut Vec<Operand>) -> PResult<()> {
        let mut right = vals.pop().expect("right operand");
        let rh = Self::operand_height(&mut right);
        let (start, kind, h, chain) = match op {
            Pending::Not(start) | Pending::Unary(_, start) => {
                let op = if let Pending::Unary(op, _) = op {
                    op
                } else {
                    UnaryOp::Not
                };
                (
                    start,
                    ExprKind::UnaryOp {
                        op,
                        operand: right.expr,
                    },
                    rh + 1,
                    Chain::None,
                )
            }
            Pending::Binary(op, _) => {
                let mut left = vals.pop().expect("left operand");
                let h = 1 + Self::operand_height(&mut left).max(rh);
                let kind = ExprKind::BinOp {
                    left: left.expr,
                    op,
                    right: right.expr,
                };
                (left.start, kind, h, Chain::None)
            }
            Pending::Compare(cmp) => {
                let mut left = vals.pop().expect("left operand");
                let lh = Self::operand_height(&mut left);
                let kind = match (left.chain, *left.expr) {
                    (
                        Chain::Compare,
                        Expr {
                            kind:
                                ExprKind::Compare {
                                    left: l,
                                    mut ops,
                                    mut comparators,
                                },
                            ..
                        },
                    ) => {
                        ops.push(cmp);
                        comparators.push(*right.expr);
                        ExprKind::Compare {
                            left: l,
                            ops,
                            comparators,
                        }
                    }
                    (_, l) => ExprKind::Compare {
                        left: Box::new(l),
                        ops: vec![cmp],
                        comparators: vec![*right.expr],
                    },
                };
                let h = if left.chain == Chain::Compare {
                    lh.max(rh + 1)
                } else {
                    1 + lh.max(rh)
                };
                (left.start, kind, h, Chain::Compare)
            }
            Pending::Bool(bop) => {
                let mut left = vals.pop().expect("left operand");
                let lh = Self::operand_height(&mut left);
                let kind = match (left.chain, *left.expr) {
                    (
                        Chain::Bool(b),
                        Expr {
                            kind: ExprKind::BoolOp { op, mut values },
                            ..
                        },
                    ) if b == bop => {
                        values.push(*right.expr);
                        ExprKind::BoolOp { op, values }
                    }
                    (_, l) => ExprKind::BoolOp {
                        op: bop,
                        values: vec![l, *right.expr],
                    },
                };
                let h = if left.chain == Chain::Bool(bop) {
                    lh.max(rh + 1)
                } else {
                    1 + lh.max(rh)
                };
                (left.start, kind, h, Chain::Bool(bop))
            }
        };
        let expr = self.mkb(start, kind);
        if h > MAX_HEIGHT {
            return Err(self.error_at_span(expr.span, TOO_DEEP));
        }
        vals.push(Operand {
            expr,
            start,
            height: Some(h),
            chain,
        });
        Ok(())
    }
}
