//! The bytecode compiler: AST (src/ast) to code objects.
//!
//! Pipeline, as CPython 3.11's: `symtable` (Python/symtable.c) resolves the
//! scope of every name; `codegen`, `stmt` and `expr` (Python/compile.c)
//! emit instructions with symbolic labels per block, tracking statically
//! nested blocks for `return`/`break`/`continue` unwinding; `assemble`
//! (Python/flowgraph.c, assembler) computes stack depths, drops dead code,
//! sizes `EXTENDED_ARG` prefixes, resolves jumps to absolute code-unit
//! offsets and builds the line table. The result is a plain-Rust
//! `CodeObject` that the VM converts to its `PyCode`. No AST makes the
//! compiler panic: malformed input yields a `CompileError`.

mod assemble;
mod asyncs;
mod code_object;
mod codegen;
mod error;
mod expr;
mod pattern;
pub mod source_encoding;
mod stmt;
mod symtable;
mod try_star;
mod unparse;

#[cfg(test)]
mod tests;

pub use code_object::{
    CodeObject, Const, CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_NESTED,
    CO_NEWLOCALS_DICT, CO_VARARGS, CO_VARKEYWORDS,
};
pub use error::CompileError;

use crate::ast;

/// Compile a module body (`exec` mode); the code returns None at the end.
pub fn compile_module(m: &ast::Module, filename: &str) -> Result<CodeObject, CompileError> {
    codegen::compile_module(m, filename, false)
}

/// Compile an interactive statement (`single` mode): as `exec`, but the
/// top-level expression statements print their value via `sys.displayhook`.
pub fn compile_interactive(m: &ast::Module, filename: &str) -> Result<CodeObject, CompileError> {
    codegen::compile_module(m, filename, true)
}

/// Compile an expression (`eval` mode); the code returns its value.
pub fn compile_expression(e: &ast::Expr, filename: &str) -> Result<CodeObject, CompileError> {
    codegen::compile_expression(e, filename)
}
