//! The Python 3.11 parser: source text to `crate::ast`, with CPython's
//! syntax errors (message, line, offset) for malformed input.
//!
//! Layout: `lexer` (tokenizer) → `parser` (cursor, positions, errors) with
//! the grammar in `stmt`, `compound`, `expr`, `atom`, `params`, `target`,
//! and literals in `literal` and `fstring`; `match` statements in
//! `match_stmt` and their patterns in `pattern`.
//!
//! Invariants: parsing never panics and never overflows the stack: nesting
//! is bounded (200 brackets as CPython's tokenizer, `parser::MAX_DEPTH`
//! recursive constructs, `parser::MAX_HEIGHT` for left-associative chains),
//! and beyond those bounds a `ParseError` is returned. Positions are
//! CPython's: 1-based lines, 0-based UTF-8 byte columns in the AST.
//! Not supported: `except*` (a SyntaxError, as the AST has no node for it).

mod atom;
mod compound;
mod error;
mod expr;
mod fstring;
mod height;
mod lexer;
mod literal;
mod match_stmt;
mod nfkc;
mod nfkc_table;
mod operators;
mod params;
#[allow(clippy::module_inception)]
mod parser;
mod pattern;
mod stmt;
mod target;
mod token;
mod unicode_names;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

pub use error::{ErrText, ParseError, ParseErrorKind};
use parser::Parser;
use token::Tok;

use crate::ast::{Expr, Module};

/// Parse a whole module (file or `exec` source).
pub fn parse_module(source: &str) -> Result<crate::ast::Module, ParseError> {
    let text = normalize(source)?;
    let lexed = lexer::tokenize(&text);
    let mut p = Parser::new(&text, lexed.toks, 0, None);
    match p.file() {
        Ok(body) => Ok(Module { body }),
        Err(e) => Err(*p.final_error(e, lexed.err.as_ref())),
    }
}

/// Parse a single expression (`eval` source); leading/trailing whitespace
/// and newlines allowed.
pub fn parse_expression(source: &str) -> Result<crate::ast::Expr, ParseError> {
    let text = normalize(source)?;
    let mut lexed = lexer::tokenize(&text);
    if !source.ends_with(['\n', '\r']) {
        drop_final_newline(&mut lexed.toks, text.len() - 1);
    }
    let mut p = Parser::new(&text, lexed.toks, 0, None);
    match eval_input(&mut p) {
        Ok(e) => Ok(e),
        Err(e) => Err(*p.final_error(e, lexed.err.as_ref())),
    }
}

/// CPython adds no newline to `eval` input: the NEWLINE token of the
/// newline added here goes, and what follows stays where it would be.
fn drop_final_newline(toks: &mut Vec<token::Token>, newline_at: usize) {
    let Some(i) = toks
        .iter()
        .rposition(|t| t.kind == Tok::Newline && t.end as usize == newline_at)
    else {
        return;
    };
    let nl = toks.remove(i);
    for t in &mut toks[i..] {
        if t.line == nl.line {
            t.col = nl.end_col;
            t.end_col = nl.end_col;
        }
    }
}

/// `eval: expressions NEWLINE* ENDMARKER`, tolerating indentation.
fn eval_input(p: &mut Parser) -> error::PResult<Expr> {
    p.eat(Tok::Indent);
    let e = p.expressions()?;
    while p.eat(Tok::Newline) || p.eat(Tok::Dedent) {}
    if p.peek() != Tok::EndMarker {
        return Err(p.generic_error());
    }
    Ok(*e)
}

/// CPython's newline translation: `\r\n` and `\r` become `\n`, and the
/// text ends with a newline. A leading byte order mark is dropped; NUL
/// characters are rejected as CPython's `compile()` does.
fn normalize(source: &str) -> Result<Cow<'_, str>, ParseError> {
    if let Some(i) = source.find('\0') {
        let line = source[..i].matches('\n').count() as u32 + 1;
        let col = source[..i]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count()) as u32
            + 1;
        let msg = "source code string cannot contain null bytes".to_string();
        return Err(ParseError {
            kind: ParseErrorKind::SyntaxError,
            msg,
            line,
            col,
            end_line: line,
            end_col: col as i64,
            text: ErrText::Line,
        });
    }
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if !s.contains('\r') && s.ends_with('\n') {
        return Ok(Cow::Borrowed(s));
    }
    let mut t = s.replace("\r\n", "\n").replace('\r', "\n");
    if !t.ends_with('\n') {
        t.push('\n');
    }
    Ok(Cow::Owned(t))
}
