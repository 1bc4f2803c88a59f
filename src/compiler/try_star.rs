//! `try`/`except*` (PEP 654): CPython 3.11's `compiler_try_star_except`
//! on ferropy's block-stack exception model (see `stmt.rs`).
//!
//! The handler keeps three values above the previously handled exception:
//! `orig` (the exception caught), `res` (a list of what the clauses raised
//! or re-raised) and `rest` (what no clause has matched yet):
//!
//! ```text
//!   [prev, exc]                 COPY 1, BUILD_LIST 0, SWAP 2
//!   [prev, orig, res, rest]     per clause: <type> CHECK_EG_MATCH
//!   [.., rest', match|None]     None: POP_TOP, next clause
//!   [.., rest']                 bind/POP the match; SETUP_FINALLY err;
//!                               <body>; POP_BLOCK; next clause
//!   err: [.., rest', m, new]    LIST_APPEND 3 (new goes to res); POP_EXCEPT
//!   [prev, orig, res, rest]     LIST_APPEND 1 (the unmatched rest)
//!   [prev, orig, res]           PREP_RERAISE_STAR
//!   [prev, exc | None]          None: done; else POP_EXCEPT_RERAISE
//! ```
//!
//! `CHECK_EG_MATCH` makes the match the handled exception, so it is the
//! `__context__` of what a clause body raises, as in CPython. `break`,
//! `continue` and `return` cannot leave an except* clause: the
//! `ExceptionGroupHandler` block makes the static unwinder refuse them.

use super::assemble::Label;
use super::code_object::Const;
use super::codegen::{Compiler, FBlock};
use super::error::CResult;
use crate::ast::*;
use crate::bytecode::opcode::Opcode;

impl<'a> Compiler<'a> {
    pub(super) fn compile_try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        let end = self.new_label();
        self.compile_guarded_body(body, orelse, handler, end)?;
        // Entered with (prev_exc, exc) on the stack.
        self.bind(handler);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.push_fblock(FBlock::ExceptionGroupHandler)?;
        self.emit(Opcode::Copy, 1);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Swap, 2);
        for h in handlers {
            let old = self.set_loc(h.span);
            self.compile_star_handler(h)?;
            self.set_loc(old);
        }
        self.pop_fblock();
        self.emit(Opcode::ListAppend, 1);
        self.emit(Opcode::PrepReraiseStar, 0);
        self.jump_if_none(false, reraise);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopExceptReraise, 0);
        self.bind(cleanup);
        self.emit(Opcode::PopExceptReraise, 0);
        self.bind(end);
        Ok(())
    }

    /// One `except*` clause; the stack holds (prev, orig, res, rest) on
    /// entry and on exit.
    fn compile_star_handler(&mut self, h: &'a ExceptHandler) -> CResult<()> {
        let Some(t) = &h.typ else {
            return Err(self.error("expected one or more exception types"));
        };
        let no_match = self.new_label();
        let body_err = self.new_label();
        let next = self.new_label();
        self.visit_expr(t)?;
        self.emit(Opcode::CheckEgMatch, 0);
        self.jump_if_none(true, no_match);
        match &h.name {
            Some(n) => self.nameop(n, ExprContext::Store)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.emit_jump(Opcode::SetupFinally, body_err);
        self.push_fblock(FBlock::HandlerCleanup(h.name.clone()))?;
        self.visit_body(&h.body)?;
        self.pop_fblock();
        self.emit(Opcode::PopBlock, 0);
        self.clear_handler_name(h)?;
        self.emit_jump(Opcode::Jump, next);
        // Entered with (.., rest, handled match, new exc) on the stack.
        self.bind(body_err);
        self.clear_handler_name(h)?;
        self.emit(Opcode::ListAppend, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, next);
        self.bind(no_match);
        self.emit(Opcode::PopTop, 0);
        self.bind(next);
        Ok(())
    }

    fn clear_handler_name(&mut self, h: &ExceptHandler) -> CResult<()> {
        match &h.name {
            Some(n) => self.clear_name(n),
            None => Ok(()),
        }
    }

    /// Jump to `target` if the top of the stack is (`if_none`) or is not
    /// None, keeping it on the stack.
    fn jump_if_none(&mut self, if_none: bool, target: Label) {
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 0);
        let op = if if_none {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(op, target);
    }
}
