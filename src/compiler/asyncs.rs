//! Code generation for the asynchronous forms: `await`, `async for`
//! (statement and comprehension clause) and the awaits of `async with`
//! (whose block structure is `compile_with`'s). CPython 3.11's
//! `compiler_async_for`, `compiler_async_comprehension_generator` and
//! `ADD_YIELD_FROM`: an await is GET_AWAITABLE followed by the
//! SEND/YIELD_VALUE loop of `yield from`.
//!
//! `async for` (`compile_for`) keeps the `__aiter__()` result on the
//! stack like `for` keeps its iterator; each step (`async_next`) is
//! GET_ANEXT + await inside a SETUP_FINALLY whose handler, END_ASYNC_FOR,
//! ends the loop on StopAsyncIteration.

use super::assemble::Label;
use super::codegen::{Compiler, UnitKind};
use super::error::CResult;
use super::symtable::ScopeKind;
use crate::ast::*;
use crate::bytecode::opcode::Opcode;

impl<'a> Compiler<'a> {
    /// Await the object on top of the stack (GET_AWAITABLE `where_`:
    /// 0 `await`, 1 `__aenter__`, 2 `__aexit__`).
    pub(crate) fn await_top(&mut self, where_: u32) {
        self.emit(Opcode::GetAwaitable, where_);
        self.yield_from_loop();
    }

    /// `yield`'s YIELD_VALUE, wrapped in an async generator.
    pub(crate) fn emit_yield(&mut self) {
        let ste = &self.st.scopes[self.ur().scope];
        if ste.is_generator && ste.is_coroutine {
            self.emit(Opcode::AsyncGenWrap, 0);
        }
        self.emit(Opcode::YieldValue, 0);
    }

    /// May this unit await (an `async def` or a comprehension, which
    /// becomes asynchronous itself)?
    pub(crate) fn async_allowed(&self) -> bool {
        matches!(
            self.ur().kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        )
    }

    pub(crate) fn compile_await(&mut self, v: &'a Expr) -> CResult<()> {
        if self.scope_kind() != ScopeKind::Function {
            return Err(self.error("'await' outside function"));
        }
        if !self.async_allowed() {
            return Err(self.error("'await' outside async function"));
        }
        self.visit_expr(v)?;
        self.await_top(0);
        Ok(())
    }

    /// `async for`/`async with` outside an `async def`.
    pub(crate) fn check_async_stmt(&self, msg: &str) -> CResult<()> {
        if self.ur().kind == UnitKind::AsyncFunction {
            Ok(())
        } else {
            Err(self.error(msg))
        }
    }

    /// The next item of the async iterator on top (kept there), or a jump
    /// to `done`, where END_ASYNC_FOR must follow.
    pub(crate) fn async_next(&mut self, done: Label) {
        self.emit_jump(Opcode::SetupFinally, done);
        // GET_ANEXT already pushes the awaitable's iterator.
        self.emit(Opcode::GetAnext, 0);
        self.yield_from_loop();
        self.emit(Opcode::PopBlock, 0);
    }
}
