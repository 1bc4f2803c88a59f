//! The parser state: token cursor, node positions, recursion guard and the
//! construction of errors at the places CPython 3.11 reports them.
//!
//! Invariants:
//! - `pos` never moves past the last token (`EndMarker` or `Error`);
//! - `max_pos` is the furthest token looked at, CPython's "last token
//!   fetched" (`p->tokens[p->fill - 1]`), where generic errors are reported;
//! - `depth` counts nested recursive constructs; beyond `MAX_DEPTH` parsing
//!   stops with an error instead of overflowing the stack.

use std::collections::HashMap;
use std::rc::Rc;

use super::error::{error_at, ErrText, PResult, ParseError, ParseErrorKind};
use super::lexer::{LexErrClass, LexError};
use super::token::{Tok, Token};
use crate::ast::{Expr, ExprContext, ExprKind, Ident, Span};

/// Deepest nesting of recursive constructs: expressions within brackets,
/// calls and subscripts (two levels per bracket, of which the tokenizer
/// allows 200), lambda parameter defaults, f-string fields, blocks and
/// elif chains. Operator, unary, `not`, conditional and lambda chains are
/// read iteratively and bounded by `MAX_HEIGHT` instead.
pub(crate) const MAX_DEPTH: u32 = 800;
/// Tallest expression tree a left-associative chain (`a+a+…`, `a.b.c…`)
/// may build, like CPython's recursion limit for the compiler.
pub(crate) const MAX_HEIGHT: u32 = 2000;
/// Expressions are returned boxed: it keeps the frames of the recursive
/// descent small (a `Result<Expr>` temporary is 72 bytes in debug builds).
pub(crate) type PExpr = PResult<Box<Expr>>;

/// Message for both limits (CPython raises RecursionError with it).
pub(crate) const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// Where an f-string replacement field's expression sits in the file.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldOrigin {
    /// File line of the first line of the parsed `(expr)` text.
    pub base_line: u32,
    /// Column shift of that first line (CPython's `starting_col_offset`).
    pub start_col: u32,
}

pub(crate) struct Parser<'a> {
    /// The text token byte ranges refer to.
    pub(crate) src: &'a str,
    pub(crate) toks: Vec<Token>,
    pub(crate) pos: usize,
    pub(crate) max_pos: usize,
    /// The furthest token ever looked at, even speculatively (CPython's
    /// `fill`); `max_pos` may be set back after a speculative parse.
    pub(crate) fill: usize,
    /// A call or subscript trailer that failed and was left out, at this
    /// token: CPython then sees a second expression starting there.
    pub(crate) failed_trailer: Option<usize>,
    pub(crate) depth: u32,
    /// The lexer's error token was looked at (its error then wins).
    pub(crate) reached_error: bool,
    /// While > 0, CPython's `invalid_*` diagnostics are off and failures
    /// backtrack as in a PEG parser (speculative parses).
    pub(crate) quiet: u32,
    /// While > 0, failures backtrack as in a PEG parser, but diagnostics
    /// stay on (re-parses of CPython's second pass).
    pub(crate) peg: u32,
    /// Nesting of `invalid_legacy_expression` checks (one is enough).
    pub(crate) legacy_checks: u32,
    /// Set when parsing an f-string replacement field.
    pub(crate) field: Option<FieldOrigin>,
    names: HashMap<&'a str, Ident>,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(
        src: &'a str,
        toks: Vec<Token>,
        depth: u32,
        field: Option<FieldOrigin>,
    ) -> Self {
        let reached_error = toks[0].kind == Tok::Error;
        Parser {
            src,
            toks,
            pos: 0,
            max_pos: 0,
            fill: 0,
            failed_trailer: None,
            depth,
            reached_error,
            quiet: 0,
            peg: 0,
            legacy_checks: 0,
            field,
            names: HashMap::new(),
        }
    }

    // ----- token cursor -------------------------------------------------

    #[inline]
    fn touch(&mut self, i: usize) {
        if i > self.max_pos {
            self.max_pos = i;
            if i > self.fill {
                self.fill = i;
                self.reached_error |= self.toks[i].kind == Tok::Error;
            }
        }
    }

    #[inline]
    pub(crate) fn peek(&mut self) -> Tok {
        self.touch(self.pos);
        self.toks[self.pos].kind
    }

    /// The kind `k` tokens ahead (0 = current), clamped to the last token.
    pub(crate) fn peek_at(&mut self, k: usize) -> Tok {
        let mut i = self.pos;
        for _ in 0..k {
            if matches!(self.toks[i].kind, Tok::EndMarker | Tok::Error) {
                break;
            }
            i += 1;
        }
        self.touch(i);
        self.toks[i].kind
    }

    #[inline]
    pub(crate) fn tok(&self) -> Token {
        self.toks[self.pos]
    }

    #[inline]
    pub(crate) fn bump(&mut self) {
        if !matches!(self.toks[self.pos].kind, Tok::EndMarker | Tok::Error) {
            self.pos += 1;
        }
    }

    pub(crate) fn eat(&mut self, kind: Tok) -> bool {
        if self.peek() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes `kind` or fails with a generic syntax error.
    pub(crate) fn expect(&mut self, kind: Tok) -> PResult<()> {
        if self.eat(kind) {
            Ok(())
        } else {
            Err(self.generic_error())
        }
    }

    /// CPython's forced token (`&&':'`): "expected ':'" at the current token.
    pub(crate) fn expect_forced(&mut self, kind: Tok, what: &str) -> PResult<()> {
        if self.eat(kind) {
            return Ok(());
        }
        let idx = self.pos;
        Err(self.error_at_token(idx, &format!("expected '{what}'")))
    }

    /// The text of token `t`.
    pub(crate) fn text(&self, t: &Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// Interns the identifier spelled by token `t` (NFKC-normalized when
    /// it is not ASCII, PEP 3131).
    pub(crate) fn ident(&mut self, t: &Token) -> Ident {
        let s = self.text(t);
        if let Some(id) = self.names.get(s) {
            return id.clone();
        }
        let id: Ident = if s.is_ascii() {
            Rc::from(s)
        } else {
            Rc::from(super::nfkc::normalize(s))
        };
        self.names.insert(s, id.clone());
        id
    }

    /// Consumes a NAME token and returns its identifier and span.
    pub(crate) fn name(&mut self) -> PResult<(Ident, Span)> {
        if self.peek() != Tok::Name {
            return Err(self.generic_error());
        }
        let t = self.tok();
        self.bump();
        Ok((self.ident(&t), tok_span(&t)))
    }

    pub(crate) fn name_expr(&mut self, ctx: ExprContext) -> PResult<Expr> {
        let (id, span) = self.name()?;
        Ok(Expr {
            span,
            kind: ExprKind::Name { id, ctx },
        })
    }

    // ----- positions ----------------------------------------------------

    /// Start of the current token, for the node about to be parsed.
    #[inline]
    pub(crate) fn start(&mut self) -> (u32, u32) {
        let t = self.toks[self.pos];
        self.touch(self.pos);
        (t.line, t.col)
    }

    /// Span from `start` to the end of the last consumed token that is not
    /// NEWLINE/INDENT/DEDENT (`_PyPegen_get_last_nonnwhitespace_token`).
    pub(crate) fn span_from(&self, start: (u32, u32)) -> Span {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            if !matches!(
                self.toks[i].kind,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
            ) {
                break;
            }
        }
        let t = &self.toks[i];
        Span {
            line: start.0,
            col: start.1,
            end_line: t.end_line,
            end_col: t.end_col,
        }
    }

    pub(crate) fn mk(&self, start: (u32, u32), kind: ExprKind) -> Expr {
        Expr {
            span: self.span_from(start),
            kind,
        }
    }

    pub(crate) fn mkb(&self, start: (u32, u32), kind: ExprKind) -> Box<Expr> {
        Box::new(Expr {
            span: self.span_from(start),
            kind,
        })
    }

    // ----- recursion guard ------------------------------------------------

    pub(crate) fn enter(&mut self) -> PResult<()> {
        #[cfg(test)]
        super::tests::note_stack_depth();
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let idx = self.pos;
            return Err(self.error_at_token(idx, TOO_DEEP));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- errors ---------------------------------------------------------

    /// An error at CPython byte offsets (1-based; ≤ 0 for none). Inside an
    /// f-string field, offsets become relative to the `(expr)` text and the
    /// message gets the "f-string: " prefix, as in CPython.
    pub(crate) fn raise(
        &self,
        kind: ParseErrorKind,
        msg: &str,
        line: u32,
        off: i64,
        end_line: u32,
        end_off: i64,
    ) -> Box<ParseError> {
        match self.field {
            None => error_at(self.src, kind, msg, line, off, end_line, end_off),
            Some(f) => {
                // CPython's tokenizer of the `(expr)` text has no encoding
                // set: these offsets stay in bytes.
                let off = (off - f.start_col as i64).max(0) as u32;
                let end_off = (end_off - f.start_col as i64).max(0) as u32;
                let msg = format!("f-string: {msg}");
                Box::new(ParseError {
                    kind,
                    msg,
                    line,
                    col: off,
                    end_line,
                    end_col: end_off as i64,
                    text: ErrText::Line,
                })
            }
        }
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token)`.
    pub(crate) fn error_at_token(&self, idx: usize, msg: &str) -> Box<ParseError> {
        let t = self.toks[idx];
        let (off, end) = if t.kind.is_synthetic() {
            (0, 0)
        } else {
            (t.col as i64 + 1, t.end_col as i64 + 1)
        };
        self.raise(
            ParseErrorKind::SyntaxError,
            msg,
            t.line,
            off,
            t.end_line,
            end,
        )
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node)`.
    pub(crate) fn error_at_span(&self, s: Span, msg: &str) -> Box<ParseError> {
        self.error_range(s, s, msg)
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b)`.
    pub(crate) fn error_range(&self, a: Span, b: Span, msg: &str) -> Box<ParseError> {
        let kind = ParseErrorKind::SyntaxError;
        self.raise(
            kind,
            msg,
            a.line,
            a.col as i64 + 1,
            b.end_line,
            b.end_col as i64 + 1,
        )
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a)`: ends at the tokenizer cursor.
    pub(crate) fn error_from(&self, a: Span, msg: &str) -> Box<ParseError> {
        let t = self.toks[self.max_pos];
        let kind = ParseErrorKind::SyntaxError;
        self.raise(
            kind,
            msg,
            a.line,
            a.col as i64 + 1,
            t.end_line,
            t.end_col as i64,
        )
    }

    /// `RAISE_SYNTAX_ERROR(msg)`: at the last token fetched.
    pub(crate) fn error_last(&self, msg: &str) -> Box<ParseError> {
        self.error_last_kind(ParseErrorKind::SyntaxError, msg)
    }

    pub(crate) fn error_last_kind(&self, kind: ParseErrorKind, msg: &str) -> Box<ParseError> {
        let t = self.toks[self.max_pos];
        if t.kind.is_synthetic() {
            // CPython uses the tokenizer cursor, without the +1.
            return self.raise(kind, msg, t.line, t.col as i64, t.end_line, -1);
        }
        self.raise(
            kind,
            msg,
            t.line,
            t.col as i64 + 1,
            t.end_line,
            t.end_col as i64 + 1,
        )
    }

    /// The generic error of a failed parse, at the furthest token fetched.
    pub(crate) fn generic_error(&self) -> Box<ParseError> {
        let t = self.toks[self.max_pos];
        match t.kind {
            Tok::Indent => {
                self.error_last_kind(ParseErrorKind::IndentationError, "unexpected indent")
            }
            Tok::Dedent => {
                self.error_last_kind(ParseErrorKind::IndentationError, "unexpected unindent")
            }
            _ => self.error_at_token(self.max_pos, "invalid syntax"),
        }
    }

    /// Whether failures backtrack (speculative or second-pass re-parse).
    pub(crate) fn backtracking(&self) -> bool {
        self.quiet > 0 || self.peg > 0
    }

    /// A diagnostic of one of CPython's `invalid_*` rules: only reported
    /// when those rules are on, else the parse just fails.
    pub(crate) fn invalid(&self, e: Box<ParseError>) -> Box<ParseError> {
        if self.quiet > 0 {
            return self.generic_error();
        }
        e
    }

    /// Runs `f` as a second-pass re-parse (failures backtrack), restoring
    /// the cursor afterwards.
    pub(crate) fn reparse<T>(
        &mut self,
        at: usize,
        f: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<T> {
        let saved = self.pos;
        self.pos = at;
        self.peg += 1;
        let r = f(self);
        self.peg -= 1;
        self.pos = saved;
        r
    }

    /// Whether `e` is a generic error that alternatives may recover from.
    pub(crate) fn is_generic(e: &ParseError) -> bool {
        e.msg == "invalid syntax"
    }

    /// Picks the error CPython reports when parsing failed with `e` and the
    /// lexer stopped on `lex` (CPython tokenizes the rest of the file after
    /// a syntax error, and tokenizer errors may win).
    pub(crate) fn final_error(
        &self,
        e: Box<ParseError>,
        lex: Option<&LexError>,
    ) -> Box<ParseError> {
        let Some(lex) = lex else { return e };
        if self.reached_error {
            return lex.err.clone();
        }
        let unexpected_indent = e.kind == ParseErrorKind::IndentationError
            && (e.msg == "unexpected indent" || e.msg == "unexpected unindent");
        if unexpected_indent {
            return e;
        }
        match lex.class {
            LexErrClass::Raising => lex.err.clone(),
            LexErrClass::Unclosed { line } if self.toks[self.fill].line > line => lex.err.clone(),
            _ => e,
        }
    }
}

pub(crate) fn tok_span(t: &Token) -> Span {
    Span {
        line: t.line,
        col: t.col,
        end_line: t.end_line,
        end_col: t.end_col,
    }
}
