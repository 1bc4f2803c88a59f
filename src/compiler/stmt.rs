//! Statements: assignment, control flow, exception handling, `with`,
//! imports, and the static unwinding of blocks by `return`/`break`/`continue`.
//!
//! A port of the statement half of CPython 3.11's Python/compile.c onto
//! ferropy's block-stack exception model (opcode.rs): `try` bodies are
//! protected by `SETUP_FINALLY`; a handler starts with (prev_exc, exc)
//! pushed and protects itself with `SETUP_CLEANUP` (whose code,
//! `POP_EXCEPT_RERAISE`, restores prev_exc); the body of `except E as n`
//! is protected by an inner `SETUP_FINALLY` that clears `n` and re-raises.
//! `with` uses `BEFORE_WITH`/`SETUP_WITH`/`WITH_EXCEPT_START`. Every
//! `FBlock` pushed here mirrors CPython's `fblockinfo`, so the
//! "too many statically nested blocks" limit triggers where CPython's does.

use super::assemble::Label;
use super::code_object::Const;
use super::codegen::{Compiler, FBlock, UnitKind};
use super::error::CResult;
use super::symtable::ScopeKind;
use crate::ast::*;
use crate::bytecode::opcode::{Opcode, INPLACE};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let old = self.set_loc(s.span);
        let r = self.visit_stmt_kind(s);
        self.set_loc(old);
        r
    }

    fn visit_stmt_kind(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function(s, f),
            StmtKind::ClassDef(c) => self.compile_class(s, c),
            StmtKind::Return(v) => self.compile_return(v.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| {
                self.check_target(t, ExprContext::Del)?;
                self.visit_expr(t)
            }),
            StmtKind::Assign { targets, value } => {
                targets
                    .iter()
                    .try_for_each(|t| self.check_target(t, ExprContext::Store))?;
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async_stmt("'async for' outside async function")?;
                }
                self.compile_for(target, iter, body, orelse, *is_async)
            }
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async_stmt("'async with' outside async function")?;
                }
                self.compile_with(s, items, body, *is_async)
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let star = matches!(s.kind, StmtKind::TryStar { .. });
                match (finalbody.is_empty(), star) {
                    (true, false) => self.compile_try_except(body, handlers, orelse),
                    (true, true) => self.compile_try_star_except(body, handlers, orelse),
                    _ => self.compile_try_finally(body, handlers, orelse, finalbody, star),
                }
            }
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_ref()),
            StmtKind::Import(names) => names.iter().try_for_each(|a| self.compile_import(a)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_from_import(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Pass => {
                self.emit(Opcode::Nop, 0);
                Ok(())
            }
            StmtKind::Expr(e) if self.interactive && self.units_depth() == 1 => {
                self.visit_expr(e)?;
                self.emit(Opcode::PrintExpr, 0);
                Ok(())
            }
            StmtKind::Expr(e) => {
                if let ExprKind::Constant(_) = e.kind {
                    self.emit(Opcode::Nop, 0);
                    return Ok(());
                }
                self.visit_expr(e)?;
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            StmtKind::Break => self.compile_break(),
            StmtKind::Continue => self.compile_continue(),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
        }
    }

    // ----- assignment -----

    fn compile_augassign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        self.check_target(target, ExprContext::Store)?;
        let old = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.emit(Opcode::Copy, 1);
                self.emit_name(Opcode::LoadAttr, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => {
                return Err(
                    self.error("'expression' is an illegal expression for augmented assignment")
                )
            }
        }
        self.set_loc(old);
        self.visit_expr(value)?;
        self.emit(Opcode::BinaryOp, op as u32 + INPLACE);
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(Opcode::Swap, 2);
                self.emit_name(Opcode::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        self.set_loc(old);
        Ok(())
    }

    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        self.check_target(target, ExprContext::Store)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let at_top = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && at_top {
                    if self.future_annotations {
                        let text = self.annotation_text(annotation)?;
                        self.load_str(&text);
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.emit_raw_name(Opcode::LoadName, "__annotations__");
                    let mangled = self.mangle(id);
                    self.load_str(&mangled);
                    self.emit(Opcode::StoreSubscr, 0);
                }
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.visit_expr(obj)?;
                self.emit(Opcode::PopTop, 0);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.visit_expr(obj)?;
                self.emit(Opcode::PopTop, 0);
                self.visit_expr(slice)?;
                self.emit(Opcode::PopTop, 0);
            }
            _ => {}
        }
        if at_top && !self.future_annotations {
            self.visit_expr(annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    // ----- control flow -----

    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.visit_body(body)?;
        if !orelse.is_empty() {
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            self.visit_body(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    pub(crate) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.push_fblock(FBlock::WhileLoop { start, exit })?;
        self.jump_if(test, anchor, false)?;
        self.visit_body(body)?;
        self.emit_jump(Opcode::JumpBackward, start);
        self.pop_fblock();
        self.bind(anchor);
        self.visit_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.push_fblock(FBlock::ForLoop { start, exit })?;
        if is_async {
            self.visit_expr(iter)?;
            self.emit(Opcode::GetAiter, 0);
        } else {
            self.visit_iterable(iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.bind(start);
        if is_async {
            self.async_next(cleanup);
        } else {
            self.emit_jump(Opcode::ForIter, cleanup);
        }
        self.check_target(target, ExprContext::Store)?;
        self.visit_expr(target)?;
        self.visit_body(body)?;
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(cleanup);
        self.pop_fblock();
        if is_async {
            self.emit(Opcode::EndAsyncFor, 0);
        }
        self.visit_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_return(&mut self, value: Option<&'a Expr>) -> CResult<()> {
        let preserve = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant(_)));
        if self.scope_kind() != ScopeKind::Function {
            return Err(self.error("'return' outside function"));
        }
        let ste = &self.st.scopes[self.ur().scope];
        if value.is_some() && ste.is_coroutine && ste.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if let Some(v) = value {
            if preserve {
                self.visit_expr(v)?;
            } else if v.span.line == self.ur().loc.line {
                // CPython's location for a constant's return (and its errors).
                self.set_loc(v.span);
            }
        }
        self.unwind_fblock_stack(preserve, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(v) if !preserve => {
                self.visit_expr(v)?;
            }
            _ => {}
        }
        self.emit(Opcode::ReturnValue, 0);
        Ok(())
    }

    fn compile_break(&mut self) -> CResult<()> {
        self.emit(Opcode::Nop, 0);
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&loop_block, false)?;
        let exit = match loop_block {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
            _ => return Err(self.error("'break' outside loop")),
        };
        self.emit_jump(Opcode::Jump, exit);
        Ok(())
    }

    fn compile_continue(&mut self) -> CResult<()> {
        self.emit(Opcode::Nop, 0);
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        let start = match loop_block {
            FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => start,
            _ => return Err(self.error("'continue' not properly in loop")),
        };
        self.emit_jump(Opcode::JumpBackward, start);
        Ok(())
    }

    /// Unwind the blocks from the innermost outwards; with `stop_at_loop`,
    /// stop at (and return) the innermost loop.
    fn unwind_fblock_stack(
        &mut self,
        preserve: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve)
            .and_then(|_| self.unwind_fblock_stack(preserve, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    /// Emit the code leaving one block (CPython's `compiler_unwind_fblock`).
    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve: bool) -> CResult<()> {
        match b {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                self.swap_if(preserve);
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::PopBlock, 0),
            FBlock::FinallyTry(finalbody) => {
                self.emit(Opcode::PopBlock, 0);
                if preserve {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.visit_body(finalbody)?;
                if preserve {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                self.swap_if(preserve);
                self.emit(Opcode::PopTop, 0);
                self.swap_if(preserve);
                self.emit(Opcode::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With | FBlock::AsyncWith => {
                self.emit(Opcode::PopBlock, 0);
                self.swap_if(preserve);
                self.call_exit_with_nones();
                if matches!(b, FBlock::AsyncWith) {
                    self.await_top(2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Opcode::PopBlock, 0);
                }
                self.swap_if(preserve);
                self.emit(Opcode::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
        }
        Ok(())
    }

    fn swap_if(&mut self, preserve: bool) {
        if preserve {
            self.emit(Opcode::Swap, 2);
        }
    }

    /// `exit` is on top: call it with three Nones, leaving its result.
    fn call_exit_with_nones(&mut self) {
        self.emit(Opcode::PushNull, 0);
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Opcode::Call, 3);
    }

    /// `name = None; del name`.
    pub(super) fn clear_name(&mut self, name: &str) -> CResult<()> {
        self.load_const(Const::None);
        self.nameop(name, ExprContext::Store)?;
        self.nameop(name, ExprContext::Del)
    }

    // ----- exceptions -----

    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult<()> {
        let fin = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.emit_jump(Opcode::SetupFinally, fin);
        self.push_fblock(FBlock::FinallyTry(finalbody))?;
        if handlers.is_empty() {
            self.visit_body(body)?;
        } else if star {
            self.compile_try_star_except(body, handlers, orelse)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.emit(Opcode::PopBlock, 0);
        self.pop_fblock();
        self.visit_body(finalbody)?;
        self.emit_jump(Opcode::Jump, exit);
        self.bind(fin);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.visit_body(finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit(Opcode::PopExceptReraise, 0);
        self.bind(exit);
        Ok(())
    }

    /// The protected part of `try`/`except` and `try`/`except*`:
    /// `SETUP_FINALLY handler`, the body, `POP_BLOCK`, the `else` block,
    /// then a jump to `end`.
    pub(super) fn compile_guarded_body(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        handler: Label,
        end: Label,
    ) -> CResult<()> {
        self.emit_jump(Opcode::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept)?;
        self.visit_body(body)?;
        self.pop_fblock();
        self.emit(Opcode::PopBlock, 0);
        self.visit_body(orelse)?;
        self.emit_jump(Opcode::Jump, end);
        Ok(())
    }

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_guarded_body(body, orelse, handler, end)?;
        self.bind(handler);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.push_fblock(FBlock::ExceptionHandler)?;
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last"));
            }
            self.compile_handler(h, end)?;
            self.set_loc(old);
        }
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit(Opcode::PopExceptReraise, 0);
        self.bind(end);
        Ok(())
    }

    /// One `except` clause; the stack holds (prev_exc, exc) on entry.
    fn compile_handler(&mut self, h: &'a ExceptHandler, end: Label) -> CResult<()> {
        let next = self.new_label();
        if let Some(t) = &h.typ {
            self.visit_expr(t)?;
            self.emit(Opcode::CheckExcMatch, 0);
            self.emit_jump(Opcode::PopJumpIfFalse, next);
        }
        match &h.name {
            Some(name) => {
                let name_cleanup = self.new_label();
                self.nameop(name, ExprContext::Store)?;
                self.emit_jump(Opcode::SetupFinally, name_cleanup);
                self.push_fblock(FBlock::HandlerCleanup(Some(name.clone())))?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.emit(Opcode::PopBlock, 0);
                self.emit(Opcode::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                self.clear_name(name)?;
                self.emit_jump(Opcode::Jump, end);
                // Entered with (prev_exc, handled exc, new exc) on the stack.
                self.bind(name_cleanup);
                self.clear_name(name)?;
                self.emit(Opcode::PopExceptReraise, 0);
            }
            None => {
                self.emit(Opcode::PopTop, 0);
                self.push_fblock(FBlock::HandlerCleanup(None))?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.emit(Opcode::PopBlock, 0);
                self.emit(Opcode::PopExcept, 0);
                self.emit_jump(Opcode::Jump, end);
            }
        }
        self.bind(next);
        Ok(())
    }

    fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.visit_body(body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.visit_expr(&item.context_expr)?;
        if is_async {
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.await_top(1);
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        self.emit_jump(Opcode::SetupWith, handler);
        self.push_fblock(if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        })?;
        match &item.optional_vars {
            Some(v) => {
                self.check_target(v, ExprContext::Store)?;
                self.visit_expr(v)?
            }
            None => self.emit(Opcode::PopTop, 0),
        }
        if rest.is_empty() {
            self.visit_body(body)?;
        } else {
            self.compile_with(s, rest, body, is_async)?;
        }
        self.pop_fblock();
        self.set_loc(s.span);
        self.emit(Opcode::PopBlock, 0);
        self.call_exit_with_nones();
        if is_async {
            self.await_top(2);
        }
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        // Entered with (exit, prev_exc, exc) on the stack.
        self.bind(handler);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.emit(Opcode::WithExceptStart, 0);
        if is_async {
            self.await_top(2);
        }
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::PopExceptReraise, 0);
        self.bind(end);
        Ok(())
    }

    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult<()> {
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.emit(Opcode::LoadAssertionError, 0);
        if let Some(m) = msg {
            self.emit(Opcode::PushNull, 0);
            self.visit_expr(m)?;
            self.emit(Opcode::Call, 1);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }

    // ----- imports -----

    fn compile_import(&mut self, a: &'a Alias) -> CResult<()> {
        self.load_const(Const::Int(Rc::from("0")));
        self.load_const(Const::None);
        self.emit_name(Opcode::ImportName, &a.name);
        let parts: Vec<&str> = a.name.split('.').collect();
        match &a.asname {
            Some(asname) if parts.len() > 1 => {
                for (i, attr) in parts[1..].iter().enumerate() {
                    self.emit_raw_name(Opcode::ImportFrom, attr);
                    if i + 2 < parts.len() {
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                    }
                }
                self.nameop(asname, ExprContext::Store)?;
                self.emit(Opcode::PopTop, 0);
            }
            Some(asname) => self.nameop(asname, ExprContext::Store)?,
            None => self.nameop(parts[0], ExprContext::Store)?,
        }
        Ok(())
    }

    fn compile_from_import(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult<()> {
        self.load_const(Const::Int(Rc::from(level.to_string())));
        let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        self.load_const(Const::Tuple(fromlist));
        self.emit_name(Opcode::ImportName, module.unwrap_or(""));
        for a in names {
            if &*a.name == "*" {
                self.emit(Opcode::ImportStar, 0);
                return Ok(());
            }
            self.emit_name(Opcode::ImportFrom, &a.name);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
