//! Expressions: operators, conditions compiled to jumps, calls, displays,
//! comprehensions, f-strings, and assignment/deletion targets.
//!
//! A port of the expression half of CPython 3.11's Python/compile.c
//! (`compiler_visit_expr1`, `compiler_jump_if`, `compiler_compare`,
//! `compiler_call_helper`, `starunpack_helper`, `compiler_dict`,
//! `compiler_comprehension`, `unpack_helper`) with ferropy's call
//! convention (callable, NULL-or-self, args). Displays of more than
//! `STACK_USE_GUARDRAIL` items are built incrementally so the stack stays
//! small; constant tuples are folded into `Const::Tuple`.

use super::assemble::Label;
use super::code_object::Const;
use super::codegen::{Compiler, UnitKind};
use super::error::{CResult, CompileError};
use super::symtable::ScopeKind;
use crate::ast::*;
use crate::bytecode::opcode::*;
use std::rc::Rc;

/// Displays and calls with more items than this are built incrementally.
const STACK_USE_GUARDRAIL: usize = 30;

/// The constant an expression folds to, if any (literals, constant
/// tuples, negated numbers).
pub(crate) fn const_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Int(s) => Const::Int(s.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Complex(f) => Const::Complex(*f),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Ellipsis => Const::Ellipsis,
        }),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(const_of)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        ExprKind::BinOp {
            left,
            op: BinOp::Add,
            right,
        } if matches!(
            right.kind,
            ExprKind::Constant(Constant::Str(_) | Constant::Bytes(_))
        ) =>
        {
            match (const_of(left)?, const_of(right)?) {
                (Const::Str(a), Const::Str(b)) => Some(Const::Str(Rc::from(format!("{a}{b}")))),
                (Const::Bytes(a), Const::Bytes(b)) => {
                    Some(Const::Bytes(Rc::from([&a[..], &b[..]].concat())))
                }
                _ => None,
            }
        }
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match const_of(operand)? {
            Const::Int(s) => Some(Const::Int(negate_digits(&s))),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

fn negate_digits(s: &str) -> Rc<str> {
    if let Some(rest) = s.strip_prefix('-') {
        return Rc::from(rest);
    }
    if s.bytes().all(|b| b == b'0') {
        return Rc::from(s);
    }
    Rc::from(format!("-{s}"))
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

fn cmp_op(op: CmpOp) -> (Opcode, u32) {
    match op {
        CmpOp::Eq => (Opcode::CompareOp, CMP_EQ),
        CmpOp::NotEq => (Opcode::CompareOp, CMP_NE),
        CmpOp::Lt => (Opcode::CompareOp, CMP_LT),
        CmpOp::LtE => (Opcode::CompareOp, CMP_LE),
        CmpOp::Gt => (Opcode::CompareOp, CMP_GT),
        CmpOp::GtE => (Opcode::CompareOp, CMP_GE),
        CmpOp::Is => (Opcode::IsOp, 0),
        CmpOp::IsNot => (Opcode::IsOp, 1),
        CmpOp::In => (Opcode::ContainsOp, 0),
        CmpOp::NotIn => (Opcode::ContainsOp, 1),
    }
}

/// Which collection a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

/// The opcodes of a sequence display: build, add one, extend.
struct SeqOps {
    build: Opcode,
    add: Opcode,
    extend: Opcode,
    tuple: bool,
}

const LIST_OPS: SeqOps = SeqOps {
    build: Opcode::BuildList,
    add: Opcode::ListAppend,
    extend: Opcode::ListExtend,
    tuple: false,
};
const TUPLE_OPS: SeqOps = SeqOps {
    tuple: true,
    ..LIST_OPS
};
const SET_OPS: SeqOps = SeqOps {
    build: Opcode::BuildSet,
    add: Opcode::SetAdd,
    extend: Opcode::SetUpdate,
    tuple: false,
};

impl<'a> Compiler<'a> {
    pub(crate) fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_loc(e.span);
        let r = self.visit_expr_kind(e);
        self.set_loc(old);
        r
    }

    fn visit_expr_kind(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values),
            ExprKind::NamedExpr { target, value } => {
                if !matches!(
                    target.kind,
                    ExprKind::Name {
                        ctx: ExprContext::Store,
                        ..
                    }
                ) {
                    return Err(CompileError::at(
                        "cannot use assignment expressions with expression",
                        target.span,
                    ));
                }
                self.visit_expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.visit_expr(target)
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Opcode::BinaryOp, *op as u32);
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                let arg = match op {
                    UnaryOp::USub => 0,
                    UnaryOp::UAdd => 1,
                    UnaryOp::Invert => 2,
                    UnaryOp::Not => 3,
                };
                self.emit(Opcode::UnaryOp, arg);
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(next);
                self.visit_expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set(elts) => self.starunpack(elts, 0, &SET_OPS),
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, Comp::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, Comp::Set, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(e, Comp::Dict, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, Comp::Gen, generators, elt, None)
            }
            ExprKind::Await(v) => self.compile_await(v),
            ExprKind::Yield(v) => {
                self.check_yield()?;
                match v {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit_yield();
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield()?;
                if self.ur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(v)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.yield_from_loop();
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.compile_formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(values) => self.compile_joined_str(values),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx != ExprContext::Load {
                    self.check_forbidden(attr, *ctx)?;
                }
                self.visit_expr(value)?;
                self.u().loc.line = e.span.end_line;
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadAttr,
                    ExprContext::Store => Opcode::StoreAttr,
                    ExprContext::Del => Opcode::DeleteAttr,
                };
                self.emit_name(op, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                let op = match ctx {
                    ExprContext::Load => Opcode::BinarySubscr,
                    ExprContext::Store => Opcode::StoreSubscr,
                    ExprContext::Del => Opcode::DeleteSubscr,
                };
                self.emit(op, 0);
                Ok(())
            }
            ExprKind::Starred { ctx, .. } => Err(self.error(match ctx {
                ExprContext::Store => "starred assignment target must be in a list or tuple",
                _ => "can't use starred expression here",
            })),
            ExprKind::Name { id, ctx } => {
                if &**id == "__debug__" && *ctx == ExprContext::Load {
                    self.load_const(Const::Bool(true));
                    return Ok(());
                }
                self.nameop(id, *ctx)
            }
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(elts, 0, &LIST_OPS),
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Del => elts.iter().try_for_each(|x| self.visit_expr(x)),
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(elts, 0, &TUPLE_OPS),
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Del => elts.iter().try_for_each(|x| self.visit_expr(x)),
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                self.visit_opt(lower.as_deref())?;
                self.visit_opt(upper.as_deref())?;
                if let Some(s) = step {
                    self.visit_expr(s)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
                Ok(())
            }
        }
    }

    fn visit_opt(&mut self, e: Option<&'a Expr>) -> CResult<()> {
        match e {
            Some(e) => self.visit_expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    fn check_yield(&self) -> CResult<()> {
        if self.scope_kind() != ScopeKind::Function {
            return Err(self.error("'yield' outside function"));
        }
        Ok(())
    }

    /// `SEND`/`YIELD_VALUE` loop delegating to the iterator on the stack.
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let end = self.new_label();
        self.load_const(Const::None);
        self.bind(start);
        self.emit_jump(Opcode::Send, end);
        self.emit(Opcode::YieldValue, 0);
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(end);
    }

    // ----- conditions -----

    /// Jump to `target` if `e` is true (`cond`) or false (`!cond`),
    /// compiling `not`/`and`/`or`/comparisons into jumps.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        // CPython 3.11 places a comparison's jump at the comparison and
        // leaves that location in place (an `assert`'s raise is put
        // there); other tests' jumps take the enclosing location.
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.span);
        }
        self.jump_if_kind(e, target, cond)
    }

    fn jump_if_kind(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        if let Some(c) = const_of(e) {
            if c.truthy() == cond {
                self.emit_jump(Opcode::Jump, target);
            } else {
                self.emit(Opcode::Nop, 0);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, init) = values.split_last().expect("non-empty");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() => {
                let cleanup = self.new_label();
                let end = self.new_label();
                self.visit_expr(left)?;
                let n = ops.len() - 1;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.emit_cmp(ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.visit_comparator(ops[n], &comparators[n])?;
                self.emit_cmp(ops[n]);
                let j = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(j, target);
                self.emit_jump(Opcode::Jump, end);
                self.bind(cleanup);
                self.emit(Opcode::PopTop, 0);
                if !cond {
                    self.emit_jump(Opcode::Jump, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let j = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(j, target);
        Ok(())
    }

    /// The right operand of `in`/`not in`: a list display becomes a tuple
    /// (constant when possible), as CPython's AST optimizer does.
    fn visit_comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult<()> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            return self.visit_iterable(e);
        }
        self.visit_expr(e)
    }

    /// An iterated expression: a list display without stars is built as a
    /// tuple (CPython's `fold_iter`).
    pub(crate) fn visit_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } if !elts.iter().any(is_starred) => {
                let old = self.set_loc(e.span);
                let r = self.build_tuple(elts);
                self.set_loc(old);
                r
            }
            _ => self.visit_expr(e),
        }
    }

    fn emit_cmp(&mut self, op: CmpOp) {
        let (op, arg) = cmp_op(op);
        self.emit(op, arg);
    }

    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult<()> {
        let Some((last, init)) = values.split_last() else {
            return Err(self.error("boolean operation without operands"));
        };
        let j = match op {
            BoolOp::And => Opcode::JumpIfFalseOrPop,
            BoolOp::Or => Opcode::JumpIfTrueOrPop,
        };
        let end = self.new_label();
        for v in init {
            self.visit_expr(v)?;
            self.emit_jump(j, end);
        }
        self.visit_expr(last)?;
        self.bind(end);
        Ok(())
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(self.error("malformed comparison"));
        }
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_comparator(ops[0], &comparators[0])?;
            self.emit_cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.emit_cmp(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.visit_comparator(ops[n], &comparators[n])?;
        self.emit_cmp(ops[n]);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    // ----- calls -----

    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        self.validate_keywords(keywords)?;
        if self.try_method_call(func, args, keywords)? {
            return Ok(());
        }
        self.visit_expr(func)?;
        self.emit(Opcode::PushNull, 0);
        self.call_helper(0, args, keywords)
    }

    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            self.check_forbidden(name, ExprContext::Store)?;
            if let Some(dup) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_ref() == Some(name))
            {
                self.set_loc(dup.span);
                return Err(self.error(format!("keyword argument repeated: {name}")));
            }
        }
        Ok(())
    }

    /// `obj.m(args)` without stars: `LOAD_METHOD` then a plain call.
    fn try_method_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        let n = args.len() + keywords.len() + usize::from(!keywords.is_empty());
        if n >= STACK_USE_GUARDRAIL
            || args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.visit_expr(value)?;
        // CPython 3.11: the method load spans the attribute, the call the
        // whole call; both on the attribute's last line.
        let old = self.set_loc(Span {
            line: func.span.end_line,
            ..func.span
        });
        self.emit_name(Opcode::LoadMethod, attr);
        self.set_loc(Span {
            line: func.span.end_line,
            ..old
        });
        args.iter().try_for_each(|a| self.visit_expr(a))?;
        self.finish_simple_call(args.len(), keywords)?;
        self.set_loc(old);
        Ok(true)
    }

    /// Keyword values, the kwnames tuple, and `CALL`/`CALL_KW`.
    fn finish_simple_call(&mut self, npos: usize, keywords: &'a [Keyword]) -> CResult<()> {
        for k in keywords {
            self.visit_expr(&k.value)?;
        }
        let n = (npos + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Opcode::Call, n);
        } else {
            let names = keywords
                .iter()
                .map(|k| Const::Str(k.arg.clone().unwrap_or_else(|| Rc::from(""))))
                .collect();
            self.load_const(Const::Tuple(names));
            self.emit(Opcode::CallKw, n);
        }
        Ok(())
    }

    /// Arguments after the callable and NULL (`pushed` more already there).
    pub(crate) fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        self.validate_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUARDRAIL
            && !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            args.iter().try_for_each(|a| self.visit_expr(a))?;
            return self.finish_simple_call(pushed + args.len(), keywords);
        }
        match args {
            // `f(*a)`: CALL_FUNCTION_EX takes `a` itself, as CPython's does.
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if pushed == 0 => self.visit_expr(value)?,
            _ => self.starunpack(args, pushed, &TUPLE_OPS)?,
        }
        if !keywords.is_empty() {
            self.kwargs_dict(keywords)?;
        }
        self.emit(Opcode::CallFunctionEx, u32::from(!keywords.is_empty()));
        Ok(())
    }

    /// Build the keyword-arguments dict of an `f(*a, **k)` call.
    fn kwargs_dict(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        self.emit(Opcode::BuildMap, 0);
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].arg.is_none() {
                self.visit_expr(&keywords[i].value)?;
                self.emit(Opcode::DictMerge, 1);
                i += 1;
                continue;
            }
            let start = i;
            while i < keywords.len()
                && keywords[i].arg.is_some()
                && i - start < STACK_USE_GUARDRAIL / 2
            {
                let k = &keywords[i];
                self.load_str(k.arg.as_deref().unwrap_or(""));
                self.visit_expr(&k.value)?;
                i += 1;
            }
            self.emit(Opcode::BuildMap, (i - start) as u32);
            self.emit(Opcode::DictMerge, 1);
        }
        Ok(())
    }

    // ----- displays -----

    /// Push a tuple of the expressions (folded when all are constant).
    pub(crate) fn build_tuple(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.starunpack(elts, 0, &TUPLE_OPS)
    }

    /// CPython's `starunpack_helper`: a list/tuple/set display, `pushed`
    /// items already on the stack.
    fn starunpack(&mut self, elts: &'a [Expr], pushed: usize, ops: &SeqOps) -> CResult<()> {
        let n = elts.len();
        let consts: Option<Vec<Const>> = elts.iter().map(const_of).collect();
        if let Some(consts) = consts.filter(|_| n > 2 || (ops.tuple && pushed == 0)) {
            if ops.tuple && pushed == 0 {
                self.load_const(Const::Tuple(consts));
                return Ok(());
            }
            self.emit(ops.build, pushed as u32);
            self.load_const(Const::Tuple(consts));
            self.emit(ops.extend, 1);
            if ops.tuple {
                self.emit(Opcode::ListToTuple, 0);
            }
            return Ok(());
        }
        let big = n + pushed > STACK_USE_GUARDRAIL;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            elts.iter().try_for_each(|x| self.visit_expr(x))?;
            let build = if ops.tuple {
                Opcode::BuildTuple
            } else {
                ops.build
            };
            self.emit(build, (n + pushed) as u32);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(ops.build, pushed as u32);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(ops.build, (i + pushed) as u32);
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(ops.extend, 1);
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.emit(ops.add, 1);
                }
            }
        }
        if !built {
            self.emit(ops.build, (n + pushed) as u32);
        }
        if ops.tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        if keys.len() != values.len() {
            return Err(self.error("malformed dict display"));
        }
        let n = keys.len();
        if keys.iter().all(Option::is_some) && n * 2 <= STACK_USE_GUARDRAIL {
            for (k, v) in keys.iter().zip(values) {
                self.visit_opt(k.as_ref())?;
                self.visit_expr(v)?;
            }
            self.emit(Opcode::BuildMap, n as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.visit_expr(k)?;
                    self.visit_expr(v)?;
                    self.emit(Opcode::MapAdd, 1);
                }
                None => {
                    self.visit_expr(v)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    // ----- f-strings -----

    fn compile_formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: i32,
        spec: Option<&'a Expr>,
    ) -> CResult<()> {
        self.visit_expr(value)?;
        let mut arg = match conversion {
            -1 => 0,
            115 => 1,
            114 => 2,
            97 => 3,
            _ => return Err(self.error(format!("unrecognized conversion character {conversion}"))),
        };
        if let Some(s) = spec {
            self.visit_expr(s)?;
            arg |= 4;
        }
        self.emit(Opcode::FormatValue, arg);
        Ok(())
    }

    fn compile_joined_str(&mut self, values: &'a [Expr]) -> CResult<()> {
        if values.is_empty() {
            self.emit(Opcode::BuildString, 0);
            return Ok(());
        }
        if values.len() > STACK_USE_GUARDRAIL {
            self.load_str("");
            self.emit_raw_name(Opcode::LoadMethod, "join");
            self.emit(Opcode::BuildList, 0);
            for v in values {
                self.visit_expr(v)?;
                self.emit(Opcode::ListAppend, 1);
            }
            self.emit(Opcode::Call, 1);
            return Ok(());
        }
        values.iter().try_for_each(|v| self.visit_expr(v))?;
        if values.len() > 1 {
            self.emit(Opcode::BuildString, values.len() as u32);
        }
        Ok(())
    }

    // ----- comprehensions -----

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: Comp,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without 'for'"));
        };
        let scope = self.child_scope(self.st.scope_for(e))?;
        let name = match kind {
            Comp::List => "<listcomp>",
            Comp::Set => "<setcomp>",
            Comp::Dict => "<dictcomp>",
            Comp::Gen => "<genexpr>",
        };
        let is_async = self.st.scopes[scope].is_coroutine && kind != Comp::Gen;
        if is_async && !self.async_allowed() {
            let old = self.set_loc(e.span);
            let err = self.error("asynchronous comprehension outside of an asynchronous function");
            self.set_loc(old);
            return Err(err);
        }
        self.enter_unit(scope, UnitKind::Comprehension, name, e.span.line);
        self.u().loc = e.span;
        self.u().argcount = 1;
        let build = match kind {
            Comp::List => Some(Opcode::BuildList),
            Comp::Set => Some(Opcode::BuildSet),
            Comp::Dict => Some(Opcode::BuildMap),
            Comp::Gen => None,
        };
        if let Some(op) = build {
            self.emit(op, 0);
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if kind == Comp::Gen {
            self.load_const(Const::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.exit_unit()?;
        self.make_closure(code, 0)?;
        self.emit(Opcode::PushNull, 0);
        self.visit_iterable(&outermost.iter)?;
        if outermost.is_async {
            self.emit(Opcode::GetAiter, 0);
        } else {
            self.emit(Opcode::GetIter, 0);
        }
        self.emit(Opcode::Call, 1);
        if is_async {
            self.await_top(0);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Comp,
    ) -> CResult<()> {
        let gen = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.visit_iterable(&gen.iter)?;
            self.emit(
                if gen.is_async {
                    Opcode::GetAiter
                } else {
                    Opcode::GetIter
                },
                0,
            );
        }
        let depth = depth + 1;
        self.bind(start);
        if gen.is_async {
            self.async_next(anchor);
        } else {
            self.emit_jump(Opcode::ForIter, anchor);
        }
        self.check_target(&gen.target, ExprContext::Store)?;
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            self.comprehension_element(depth, elt, value, kind)?;
        }
        self.bind(if_cleanup);
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(anchor);
        if gen.is_async {
            self.emit(Opcode::EndAsyncFor, 0);
        }
        Ok(())
    }

    fn comprehension_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Comp,
    ) -> CResult<()> {
        self.visit_expr(elt)?;
        match kind {
            Comp::Gen => {
                self.emit_yield();
                self.emit(Opcode::PopTop, 0);
            }
            Comp::List => self.emit(Opcode::ListAppend, depth + 1),
            Comp::Set => self.emit(Opcode::SetAdd, depth + 1),
            Comp::Dict => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.emit(Opcode::MapAdd, depth + 1);
            }
        }
        Ok(())
    }

    // ----- targets -----

    /// Validate an assignment or deletion target (the parser guarantees
    /// this for CPython; here malformed ASTs must not produce bad code).
    pub(crate) fn check_target(&self, e: &Expr, ctx: ExprContext) -> CResult<()> {
        let ok = match &e.kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => *c == ctx,
            ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred { value, ctx: sc }
                            if ctx == ExprContext::Store && *sc == ctx =>
                        {
                            self.check_target(value, ctx)?
                        }
                        _ => self.check_target(x, ctx)?,
                    }
                }
                *c == ctx
            }
            ExprKind::Starred { ctx: c, .. } => ctx == ExprContext::Store && *c == ctx,
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let verb = if ctx == ExprContext::Del {
            "delete"
        } else {
            "assign to"
        };
        Err(CompileError::at(
            format!("cannot {verb} expression"),
            e.span,
        ))
    }

    /// Unpack the value on top into the targets of a tuple/list.
    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if !is_starred(elt) {
                continue;
            }
            if seen_star {
                return Err(self.error("multiple starred expressions in assignment"));
            }
            if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                return Err(self.error("too many expressions in star-unpacking assignment"));
            }
            self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
            seen_star = true;
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32);
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }
}
