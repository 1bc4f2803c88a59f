//! Compile-time errors: the `SyntaxError`s raised by the symbol table and
//! the code generator (CPython Python/symtable.c, Python/compile.c).
//!
//! Positions follow `SyntaxError`: `line`/`end_line` are 1-based and
//! `col`/`end_col` are 1-based offsets (the AST's 0-based column plus one).

use crate::ast::Span;
use std::fmt;

/// A `SyntaxError` found while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
    /// 1-based, as `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    /// 1-based, as `SyntaxError.end_offset`.
    pub end_col: u32,
}

impl CompileError {
    /// An error located at an AST span (0-based columns).
    pub fn at(msg: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            msg: msg.into(),
            line: span.line,
            col: span.col + 1,
            end_line: span.end_line,
            end_col: span.end_col + 1,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (line {}, column {})", self.msg, self.line, self.col)
    }
}

impl std::error::Error for CompileError {}

pub type CResult<T> = Result<T, CompileError>;
