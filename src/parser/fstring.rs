//! String atoms: implicit concatenation of STRING tokens into one
//! `Constant` or `JoinedStr`, and f-strings, ported from CPython 3.11's
//! `Parser/string_parser.c` (`fstring_find_literal`, `fstring_find_expr`,
//! `fstring_compile_expr`, `FstringParser`).
//!
//! Invariants (as CPython 3.11): `JoinedStr`, `FormattedValue` and constant
//! parts span the whole group of concatenated tokens, except a format spec
//! (and its trailing constant), which spans its own token; empty constant
//! parts are omitted and adjacent ones merged. A replacement field's
//! expression is parsed as `(expr)` by a sub-parser whose token positions
//! are mapped back into the file.

use super::error::PResult;
use super::lexer::tokenize;
use super::literal::{decode_bytes, decode_str, split_string};
use super::parser::{FieldOrigin, PExpr, Parser};
use super::token::{Tok, Token};
use crate::ast::{Constant, Expr, ExprKind, Span};

/// CPython's MAXLEVEL, for brackets inside a replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

/// The string parts being concatenated (CPython's `FstringParser`).
#[derive(Default)]
struct Parts {
    last: String,
    values: Vec<Expr>,
    fmode: bool,
}

impl Parts {
    /// Turns the pending text into a constant part, if any.
    fn flush(&mut self, span: Span) {
        if !self.last.is_empty() {
            let s = std::mem::take(&mut self.last);
            self.values.push(Expr {
                span,
                kind: ExprKind::Constant(Constant::Str(s.into())),
            });
        }
    }

    fn finish(mut self, span: Span) -> Expr {
        if !self.fmode {
            return Expr {
                span,
                kind: ExprKind::Constant(Constant::Str(self.last.into())),
            };
        }
        self.flush(span);
        Expr {
            span,
            kind: ExprKind::JoinedStr(self.values),
        }
    }
}

/// The f-string token being scanned and its concatenation group.
#[derive(Clone, Copy)]
struct FTok {
    tok: Token,
    group: Span,
}

fn span_of(t: &Token) -> Span {
    super::parser::tok_span(t)
}

impl<'a> Parser<'a> {
    /// `strings`: one or more adjacent STRING tokens.
    pub(crate) fn strings(&mut self) -> PExpr {
        let first = self.pos;
        while self.peek() == Tok::String {
            self.bump();
        }
        let last = self.pos - 1;
        let (f, l) = (self.toks[first], self.toks[last]);
        let group = Span {
            line: f.line,
            col: f.col,
            end_line: l.end_line,
            end_col: l.end_col,
        };
        let mut parts = Parts::default();
        let mut bytes: Option<Vec<u8>> = None;
        for i in first..=last {
            let t = self.toks[i];
            let st = split_string(self.text(&t));
            let (body_start, body_end) = (
                t.start as usize + st.body_start,
                t.start as usize + st.body_end,
            );
            let body = &self.src[body_start..body_end];
            if st.bytes {
                if !self.text(&t).is_ascii() {
                    return Err(
                        self.error_at_token(i, "bytes can only contain ASCII literal characters")
                    );
                }
                let value = if st.raw {
                    body.as_bytes().to_vec()
                } else {
                    decode_bytes(body).map_err(|m| self.error_last(&m))?
                };
                if i != first && bytes.is_none() {
                    return Err(self.error_last("cannot mix bytes and nonbytes literals"));
                }
                bytes.get_or_insert_with(Vec::new).extend_from_slice(&value);
                continue;
            }
            if bytes.is_some() {
                return Err(self.error_last("cannot mix bytes and nonbytes literals"));
            }
            if st.fstring {
                let ft = FTok { tok: t, group };
                let mut s = body_start;
                self.concat_fstring(&mut parts, ft, &mut s, body_end, st.raw, 0)?;
            } else if st.raw {
                parts.last.push_str(body);
            } else {
                let value = decode_str(body).map_err(|m| self.error_last(&m))?;
                parts.last.push_str(&value);
            }
        }
        if let Some(b) = bytes {
            return Ok(Box::new(Expr {
                span: group,
                kind: ExprKind::Constant(Constant::Bytes(b.into())),
            }));
        }
        Ok(Box::new(parts.finish(group)))
    }

    /// Scans one f-string body from `*s` to `end` (a format spec when
    /// `depth` > 0, which stops at its closing `}`).
    fn concat_fstring(
        &mut self,
        parts: &mut Parts,
        ft: FTok,
        s: &mut usize,
        end: usize,
        raw: bool,
        depth: u32,
    ) -> PResult<()> {
        parts.fmode = true;
        loop {
            let (literal, doubled) = self.find_literal(s, end, raw, depth)?;
            if let Some(l) = literal {
                parts.last.push_str(&l);
            }
            if doubled {
                continue;
            }
            if *s >= end || self.src.as_bytes()[*s] == b'}' {
                break;
            }
            let (text, value) = self.find_expr(s, end, raw, depth, ft)?;
            if let Some(t) = text {
                parts.last.push_str(&t);
            }
            parts.flush(ft.group);
            parts.values.push(value);
        }
        if depth != 0 && (*s >= end || self.src.as_bytes()[*s] != b'}') {
            return Err(self.error_last("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Literal text up to a `{` (or the `}` closing a format spec).
    /// Returns it decoded, and whether it ended at a doubled brace.
    fn find_literal(
        &mut self,
        s: &mut usize,
        end: usize,
        raw: bool,
        depth: u32,
    ) -> PResult<(Option<String>, bool)> {
        let b = self.src.as_bytes();
        let start = *s;
        let mut i = *s;
        let mut doubled = false;
        while i < end {
            let mut ch = b[i];
            i += 1;
            if !raw && ch == b'\\' && i < end {
                ch = b[i];
                i += 1;
                if ch == b'N' {
                    // `\N{NAME}`: its braces belong to the escape.
                    if i < end {
                        let c = b[i];
                        i += 1;
                        if c == b'{' {
                            while i < end {
                                i += 1;
                                if b[i - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if depth == 0 {
                    if i < end && b[i] == ch {
                        *s = i + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *s = i - 1;
                        return Err(self.error_last("f-string: single '}' is not allowed"));
                    }
                }
                i -= 1;
                break;
            }
        }
        let lit_end = if doubled { *s - 1 } else { i };
        if !doubled {
            *s = i;
        }
        if lit_end == start {
            return Ok((None, doubled));
        }
        let text = &self.src[start..lit_end];
        let value = if raw {
            text.to_string()
        } else {
            decode_str(text).map_err(|m| self.error_last(&m))?
        };
        Ok((Some(value), doubled))
    }

    /// A replacement field `{expr[=][!c][:spec]}` at `*s` (on the `{`).
    /// Returns the `=` text, if any, and the `FormattedValue`.
    fn find_expr(
        &mut self,
        s: &mut usize,
        end: usize,
        raw: bool,
        depth: u32,
        ft: FTok,
    ) -> PResult<(Option<String>, Expr)> {
        if depth >= 2 {
            return Err(self.error_last("f-string: expressions nested too deeply"));
        }
        *s += 1;
        let expr_start = *s;
        self.scan_field(s, end)?;
        let b = self.src.as_bytes();
        if *s >= end {
            return Err(self.error_last("f-string: expecting '}'"));
        }
        let value = self.field_expression(expr_start, *s, ft)?;
        let mut text = None;
        if b[*s] == b'=' {
            *s += 1;
            while *s < end && matches!(b[*s], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                *s += 1;
            }
            if *s >= end {
                return Err(self.error_last("f-string: expecting '}'"));
            }
            text = Some(self.src[expr_start..*s].to_string());
        }
        let mut conversion = -1;
        if b[*s] == b'!' {
            *s += 1;
            if *s >= end {
                return Err(self.error_last("f-string: expecting '}'"));
            }
            conversion = b[*s] as i32;
            *s += 1;
            if !matches!(conversion as u8, b's' | b'r' | b'a') {
                return Err(self.error_last(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
        }
        let mut format_spec = None;
        if *s < end && b[*s] == b':' {
            *s += 1;
            if *s >= end {
                return Err(self.error_last("f-string: expecting '}'"));
            }
            let mut spec = Parts::default();
            self.concat_fstring(&mut spec, ft, s, end, raw, depth + 1)?;
            format_spec = Some(Box::new(spec.finish(span_of(&ft.tok))));
        }
        if *s >= end || b[*s] != b'}' {
            return Err(self.error_last("f-string: expecting '}'"));
        }
        *s += 1;
        if text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        let kind = ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        };
        Ok((
            text,
            Expr {
                span: ft.group,
                kind,
            },
        ))
    }

    /// Finds the end of a field's expression: the first `!`, `:`, `}` or
    /// `=` outside brackets and strings (not part of `!=`, `==`, `<=`, `>=`).
    fn scan_field(&mut self, s: &mut usize, end: usize) -> PResult<()> {
        let b = self.src.as_bytes();
        let (mut quote, mut triple) = (0u8, false);
        let mut brackets: Vec<u8> = Vec::new();
        while *s < end {
            let ch = b[*s];
            if ch == b'\\' {
                return Err(self.error_last("f-string expression part cannot include a backslash"));
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch {
                        *s += 2;
                        quote = 0;
                    }
                }
                *s += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch;
                    if triple {
                        *s += 2;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_FIELD_BRACKETS {
                        return Err(self.error_last("f-string: too many nested parenthesis"));
                    }
                    brackets.push(ch);
                }
                b'#' => return Err(self.error_last("f-string expression part cannot include '#'")),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    let next = if *s + 1 < end { b[*s + 1] } else { 0 };
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *s += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = brackets.pop() else {
                        return Err(
                            self.error_last(&format!("f-string: unmatched '{}'", ch as char))
                        );
                    };
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        );
                        return Err(self.error_last(&msg));
                    }
                }
                _ => {}
            }
            *s += 1;
        }
        if quote != 0 {
            return Err(self.error_last("f-string: unterminated string"));
        }
        if let Some(&open) = brackets.last() {
            return Err(self.error_last(&format!("f-string: unmatched '{}'", open as char)));
        }
        Ok(())
    }

    /// Parses the expression text `src[start..end]` of a field as `(expr)`.
    fn field_expression(&mut self, start: usize, end: usize, ft: FTok) -> PExpr {
        let b = self.src.as_bytes();
        let text = &self.src[start..end];
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c))
        {
            let stop = b[end];
            if matches!(stop, b'!' | b':' | b'=') {
                return Err(self.error_last(&format!(
                    "f-string: expression required before '{}'",
                    stop as char
                )));
            }
            return Err(self.error_last("f-string: empty expression not allowed"));
        }
        let origin = self.field_origin(start - 1, ft.tok);
        let sub_src = format!("({text})\n");
        let lexed = tokenize(&sub_src);
        let toks: Vec<Token> = lexed.toks.iter().map(|t| map_token(*t, origin)).collect();
        let lex_err = lexed.err.map(|mut e| {
            e.err.line += origin.base_line - 1;
            e.err.end_line += origin.base_line - 1;
            e
        });
        let mut sub = Parser::new(&sub_src, toks, self.depth + 1, Some(origin));
        sub.star_expressions()
            .map_err(|e| sub.final_error(e, lex_err.as_ref()))
    }

    /// CPython's `fstring_find_expr_location`: where the `(expr)` text
    /// starts, given the `{` at `brace` in f-string token `t`.
    fn field_origin(&self, brace: usize, t: Token) -> FieldOrigin {
        let b = self.src.as_bytes();
        let tok_start = t.start as usize;
        let mut k = brace + 1;
        let mut newline_after_brace = true;
        while k < b.len() && b[k] != b'}' && b[k] != b'\n' {
            if !matches!(b[k], b' ' | b'\t' | 0x0c) {
                newline_after_brace = false;
                break;
            }
            k += 1;
        }
        let mut cols = 0;
        if !newline_after_brace {
            let mut st = brace;
            while st > tok_start && b[st] != b'\n' {
                st -= 1;
            }
            cols = brace - st;
            if b[st] == b'\n' {
                cols -= 1;
            }
        }
        let lines = b[tok_start..brace].iter().filter(|&&c| c == b'\n').count() as u32;
        let start_col = if lines != 0 {
            cols as u32
        } else {
            t.col + cols as u32
        };
        FieldOrigin {
            base_line: t.line + lines,
            start_col,
        }
    }
}

/// Moves a token of the `(expr)` text to its place in the file.
fn map_token(mut t: Token, o: FieldOrigin) -> Token {
    if t.end_line == 1 {
        t.col += o.start_col;
        t.end_col += o.start_col;
    }
    t.line += o.base_line - 1;
    t.end_line += o.base_line - 1;
    t
}
