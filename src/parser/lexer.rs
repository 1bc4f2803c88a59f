//! The tokenizer: a port of CPython 3.11's `Parser/tokenizer.c` over a `&str`.
//!
//! Invariants:
//! - the input ends with `'\n'` and holds no `'\r'` (see `mod.rs`), as
//!   CPython's string tokenizer guarantees after translating newlines;
//! - the token vector always ends with `EndMarker` or, if lexing failed,
//!   with one `Error` token (the error is in `Lexed::err`);
//! - line/column bookkeeping follows CPython: consuming the final `'\n'` of
//!   the input does not start a new line, so tokens at end of input sit at
//!   the end of the last line;
//! - error offsets are computed exactly as the CPython tokenizer and
//!   `pegen_errors.c` do, already converted to characters.

use super::error::{char_offset, line_text, ErrText, ParseError, ParseErrorKind};
use super::token::{Tok, Token};

/// CPython's MAXLEVEL: deepest bracket nesting the tokenizer accepts.
pub(crate) const MAX_PAREN_LEVEL: usize = 200;
/// CPython's MAXINDENT.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;
const EOF: i32 = -1;

/// How a lexer error competes with a parser error found earlier in the
/// token stream (CPython re-tokenizes the rest of the file after a syntax
/// error, and some tokenizer errors take priority).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexErrClass {
    /// Raised by the tokenizer itself: wins over a parser error.
    Raising,
    /// Reported only when the parser fetches the failing token.
    Reached,
    /// End of input inside brackets; `line` of the innermost open bracket.
    Unclosed { line: u32 },
}

#[derive(Clone, Debug)]
pub(crate) struct LexError {
    pub err: Box<ParseError>,
    pub class: LexErrClass,
}

pub(crate) struct Lexed {
    pub toks: Vec<Token>,
    pub err: Option<LexError>,
}

type LResult<T> = Result<T, LexError>;

/// Tokenizes `text`, which must end with `'\n'` and hold no `'\r'`.
pub(crate) fn tokenize(text: &str) -> Lexed {
    debug_assert!(text.ends_with('\n'));
    let mut lx = Lexer {
        text,
        b: text.as_bytes(),
        pos: 0,
        line: 1,
        line_start: 0,
        at_bol: true,
        blank: false,
        indents: vec![(0, 0)],
        pending: 0,
        parens: Vec::new(),
        toks: Vec::with_capacity(text.len() / 3 + 4),
    };
    let err = loop {
        match lx.next_token() {
            Ok(true) => {}
            Ok(false) => break None,
            Err(e) => break Some(e),
        }
    };
    if err.is_some() {
        let col = lx.cursor_col();
        lx.push_at(Tok::Error, lx.pos, lx.pos, lx.line, col, lx.line, col);
    }
    Lexed { toks: lx.toks, err }
}

struct Lexer<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    at_bol: bool,
    /// The current line holds only whitespace and/or a comment.
    blank: bool,
    /// Indentation stack of (column, column with tabs counted as 1).
    indents: Vec<(u32, u32)>,
    /// Pending INDENT (> 0) or DEDENT (< 0) tokens.
    pending: i32,
    /// Open brackets: (char, line, byte column).
    parens: Vec<(u8, u32, u32)>,
    toks: Vec<Token>,
}

fn is_id_start(c: i32) -> bool {
    c >= 128 || c == b'_' as i32 || (c >= 0 && (c as u8).is_ascii_alphabetic())
}

fn is_id_char(c: i32) -> bool {
    is_id_start(c) || (c >= 0 && (c as u8).is_ascii_digit())
}

fn is_digit(c: i32) -> bool {
    c >= 0 && (c as u8).is_ascii_digit()
}

/// Approximates `str.isprintable()` for one character.
pub(crate) fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    if ch.is_control() || ch.is_whitespace() {
        return false;
    }
    !matches!(ch as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
        | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

impl<'a> Lexer<'a> {
    fn cursor_col(&self) -> u32 {
        (self.pos - self.line_start) as u32
    }

    fn cur(&self) -> i32 {
        self.b.get(self.pos).map_or(EOF, |&c| c as i32)
    }

    fn nextc(&mut self) -> i32 {
        let c = self.cur();
        if c != EOF {
            self.pos += 1;
        }
        c
    }

    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.pos -= 1;
        }
    }

    /// Records a consumed `'\n'` inside a token or a blank line. The final
    /// newline of the input starts no new line (CPython never reads one).
    fn newline_consumed(&mut self) {
        if self.pos < self.b.len() {
            self.line += 1;
            self.line_start = self.pos;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_at(
        &mut self,
        kind: Tok,
        start: usize,
        end: usize,
        line: u32,
        col: u32,
        end_line: u32,
        end_col: u32,
    ) {
        self.toks.push(Token {
            kind,
            level: self.parens.len() as u8,
            start: start as u32,
            end: end as u32,
            line,
            col,
            end_line,
            end_col,
        });
    }

    /// Pushes a token from `start` to the cursor, both on the current line.
    fn push(&mut self, kind: Tok, start: usize) {
        let col = (start - self.line_start) as u32;
        let end_col = self.cursor_col();
        self.push_at(kind, start, self.pos, self.line, col, self.line, end_col);
    }

    fn push_synthetic(&mut self, kind: Tok) {
        let col = self.cursor_col();
        self.push_at(kind, self.pos, self.pos, self.line, col, self.line, col);
    }

    fn cur_line_text(&self) -> &'a str {
        line_text(self.text, self.line)
    }

    /// CPython's tokenizer `syntaxerror()`: offset at the cursor.
    fn error_at_cursor(&self, msg: String) -> LexError {
        let off = char_offset(self.cur_line_text(), self.cursor_col() as i64);
        self.error(
            ParseErrorKind::SyntaxError,
            msg,
            self.line,
            off,
            off,
            LexErrClass::Raising,
        )
    }

    fn error(
        &self,
        kind: ParseErrorKind,
        msg: String,
        line: u32,
        col: u32,
        end_col: impl Into<i64>,
        class: LexErrClass,
    ) -> LexError {
        let text = match class {
            LexErrClass::Unclosed { line } if line < self.line => ErrText::BareUnlessFile,
            LexErrClass::Unclosed { .. } => ErrText::Line,
            _ if kind == ParseErrorKind::SyntaxError => ErrText::Bare,
            _ => ErrText::Line,
        };
        let err = Box::new(ParseError {
            kind,
            msg,
            line,
            col,
            end_line: line,
            end_col: end_col.into(),
            text,
        });
        LexError { err, class }
    }

    /// An indentation error reported by `pegen`'s `tokenizer_error` at
    /// column 0 of the current line.
    fn indent_error(&self, kind: ParseErrorKind, msg: &str) -> LexError {
        self.error(kind, msg.to_string(), self.line, 1, 0, LexErrClass::Reached)
    }

    fn unclosed(&self) -> LexError {
        let (c, line, col) = *self.parens.last().expect("open bracket");
        let off = char_offset(line_text(self.text, line), col as i64 + 1);
        let msg = format!("'{}' was never closed", c as char);
        self.error(
            ParseErrorKind::SyntaxError,
            msg,
            line,
            off,
            0,
            LexErrClass::Unclosed { line },
        )
    }

    /// Produces the next token; `Ok(false)` once `EndMarker` is pushed.
    fn next_token(&mut self) -> LResult<bool> {
        loop {
            if self.at_bol {
                self.at_bol = false;
                self.indentation()?;
            }
            if self.pending != 0 {
                let kind = if self.pending < 0 {
                    Tok::Dedent
                } else {
                    Tok::Indent
                };
                self.pending -= self.pending.signum();
                self.push_synthetic(kind);
                return Ok(true);
            }
            while matches!(self.cur(), 0x20 | 0x09 | 0x0c) {
                self.pos += 1;
            }
            let start = self.pos;
            if self.cur() == b'#' as i32 {
                while !matches!(self.cur(), EOF | 0x0a) {
                    self.pos += 1;
                }
            }
            let c = self.cur();
            if c == EOF {
                if !self.parens.is_empty() {
                    return Err(self.unclosed());
                }
                self.push_synthetic(Tok::EndMarker);
                return Ok(false);
            }
            if c == b'\n' as i32 {
                self.pos += 1;
                let blank = std::mem::replace(&mut self.blank, false);
                if blank || !self.parens.is_empty() {
                    self.newline_consumed();
                    self.at_bol = true;
                    continue;
                }
                // The token spans any comment before the newline, and ends
                // at the newline itself (CPython's `p_end = cur - 1`).
                let col = (start - self.line_start) as u32;
                let end_col = (self.pos - 1 - self.line_start) as u32;
                self.push_at(
                    Tok::Newline,
                    start,
                    self.pos - 1,
                    self.line,
                    col,
                    self.line,
                    end_col,
                );
                self.newline_consumed();
                self.at_bol = true;
                return Ok(true);
            }
            if c == b'\\' as i32 {
                self.pos += 1;
                self.continuation()?;
                continue;
            }
            self.token(start, c as u8)?;
            return Ok(true);
        }
    }

    /// After a backslash: the line must end here, and input must go on.
    fn continuation(&mut self) -> LResult<()> {
        let c = self.nextc();
        if c != b'\n' as i32 {
            let off = char_offset(self.cur_line_text(), self.cursor_col() as i64);
            let msg = "unexpected character after line continuation character".to_string();
            return Err(self.error(
                ParseErrorKind::SyntaxError,
                msg,
                self.line,
                off,
                0,
                LexErrClass::Reached,
            ));
        }
        self.newline_consumed();
        if self.pos >= self.b.len() {
            if !self.parens.is_empty() {
                return Err(self.unclosed());
            }
            let off = char_offset(self.cur_line_text(), self.cursor_col() as i64);
            let msg = "unexpected EOF while parsing".to_string();
            return Err(self.error(
                ParseErrorKind::SyntaxError,
                msg,
                self.line,
                off,
                0,
                LexErrClass::Reached,
            ));
        }
        Ok(())
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENTs.
    fn indentation(&mut self) -> LResult<()> {
        let (mut col, mut altcol, mut cont_col) = (0u32, 0u32, 0u32);
        loop {
            match self.cur() {
                0x20 => {
                    col += 1;
                    altcol += 1;
                }
                0x09 => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                0x5c => {
                    // Indentation cannot be split by backslashes: the first
                    // one found fixes the indentation of what follows.
                    cont_col = if cont_col != 0 { cont_col } else { col };
                    self.pos += 1;
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.cur();
        self.blank = c == b'#' as i32 || c == b'\n' as i32;
        if self.blank || !self.parens.is_empty() {
            return Ok(());
        }
        if cont_col != 0 {
            col = cont_col;
            altcol = cont_col;
        }
        self.apply_indent(col, altcol)
    }

    fn apply_indent(&mut self, col: u32, altcol: u32) -> LResult<()> {
        const TAB_MSG: &str = "inconsistent use of tabs and spaces in indentation";
        let (top, alttop) = *self.indents.last().expect("indent base");
        if col == top {
            if altcol != alttop {
                return Err(self.indent_error(ParseErrorKind::TabError, TAB_MSG));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indent_error(
                    ParseErrorKind::IndentationError,
                    "too many levels of indentation",
                ));
            }
            if altcol <= alttop {
                return Err(self.indent_error(ParseErrorKind::TabError, TAB_MSG));
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().expect("indent").0 {
                self.pending -= 1;
                self.indents.pop();
            }
            let (top, alttop) = *self.indents.last().expect("indent base");
            if col != top {
                // Reported at the end of the line, CPython's `tok->inp`.
                let text = self.cur_line_text();
                let off = char_offset(text, text.len() as i64);
                let msg = "unindent does not match any outer indentation level".to_string();
                return Err(self.error(
                    ParseErrorKind::IndentationError,
                    msg,
                    self.line,
                    off,
                    -1,
                    LexErrClass::Reached,
                ));
            }
            if altcol != alttop {
                return Err(self.indent_error(ParseErrorKind::TabError, TAB_MSG));
            }
        }
        Ok(())
    }

    /// Lexes one token starting at `start` whose first byte is `c`.
    fn token(&mut self, start: usize, c: u8) -> LResult<()> {
        if is_id_start(c as i32) {
            return self.name_or_string(start);
        }
        if c == b'.' {
            let next = self.b.get(start + 1).copied().unwrap_or(0);
            if next.is_ascii_digit() {
                self.pos = start + 1;
                return self.number(start, c);
            }
            if next == b'.' && self.b.get(start + 2) == Some(&b'.') {
                self.pos = start + 3;
                self.push(Tok::Ellipsis, start);
                return Ok(());
            }
            self.pos = start + 1;
            self.push(Tok::Dot, start);
            return Ok(());
        }
        if c.is_ascii_digit() {
            self.pos = start + 1;
            return self.number(start, c);
        }
        if c == b'"' || c == b'\'' {
            return self.string(start, start);
        }
        self.operator(start, c)
    }

    fn operator(&mut self, start: usize, c: u8) -> LResult<()> {
        let c2 = self.b.get(start + 1).copied().unwrap_or(0);
        if let Some(tok2) = Tok::two_chars(c, c2) {
            let c3 = self.b.get(start + 2).copied().unwrap_or(0);
            let (kind, len) = match Tok::three_chars(c, c2, c3) {
                Some(tok3) => (tok3, 3),
                None => (tok2, 2),
            };
            self.pos = start + len;
            self.push(kind, start);
            return Ok(());
        }
        self.pos = start + 1;
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.error_at_cursor("too many nested parentheses".into()));
                }
                let col = (start - self.line_start) as u32;
                self.parens.push((c, self.line, col));
            }
            b')' | b']' | b'}' => self.close_paren(c)?,
            _ => {}
        }
        match Tok::one_char(c) {
            Some(kind) => self.push(kind, start),
            None if c < 0x20 || c == 0x7f => {
                return Err(
                    self.error_at_cursor(format!("invalid non-printable character U+{:04X}", c))
                );
            }
            None => self.push(Tok::Op, start),
        }
        Ok(())
    }

    fn close_paren(&mut self, c: u8) -> LResult<()> {
        let Some((open, line, _)) = self.parens.pop() else {
            return Err(self.error_at_cursor(format!("unmatched '{}'", c as char)));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if c != expected {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                c as char, open as char
            );
            if line != self.line {
                msg.push_str(&format!(" on line {line}"));
            }
            return Err(self.error_at_cursor(msg));
        }
        Ok(())
    }

    /// An identifier, a keyword, or a string with a prefix.
    fn name_or_string(&mut self, start: usize) -> LResult<()> {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut p = start;
        loop {
            match self.b[p] {
                b'b' | b'B' if !(saw_b || saw_u || saw_f) => saw_b = true,
                b'u' | b'U' if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                b'r' | b'R' if !(saw_r || saw_u) => saw_r = true,
                b'f' | b'F' if !(saw_f || saw_b || saw_u) => saw_f = true,
                _ => break,
            }
            p += 1;
            if matches!(self.b[p], b'"' | b'\'') {
                return self.string(start, p);
            }
        }
        let mut p = start;
        let mut nonascii = false;
        while p < self.b.len() && is_id_char(self.b[p] as i32) {
            nonascii |= self.b[p] >= 128;
            p += 1;
        }
        self.pos = p;
        if nonascii {
            self.verify_identifier(start)?;
        }
        let kind = Tok::keyword(&self.text[start..p]).unwrap_or(Tok::Name);
        self.push(kind, start);
        Ok(())
    }

    /// Rejects identifiers with characters that cannot appear in them:
    /// XID_Start then XID_Continue, checked before NFKC normalization (as
    /// CPython's `_PyUnicode_ScanIdentifier`).
    fn verify_identifier(&mut self, start: usize) -> LResult<()> {
        use crate::objects::str_methods::{is_id_continue, is_id_start};
        let word = &self.text[start..self.pos];
        let mut chars = word.char_indices();
        let bad = chars.find(|&(i, ch)| {
            if i == 0 {
                !is_id_start(ch)
            } else {
                !is_id_continue(ch)
            }
        });
        let Some((i, ch)) = bad else { return Ok(()) };
        self.pos = start + i + ch.len_utf8();
        let msg = if is_printable(ch) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.error_at_cursor(msg))
    }

    /// A string literal; `quote_pos` is its opening quote, `start` its prefix.
    fn string(&mut self, start: usize, quote_pos: usize) -> LResult<()> {
        let quote = self.b[quote_pos] as i32;
        let (first_line, first_line_start) = (self.line, self.line_start);
        self.pos = quote_pos + 1;
        let (mut quote_size, mut end_quote_size) = (1, 0);
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                return Err(self.unterminated(start, first_line, first_line_start, quote_size));
            }
            if c == quote {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            if c == b'\\' as i32 {
                c = self.nextc();
            }
            if c == b'\n' as i32 {
                self.newline_consumed();
            }
        }
        let col = (start - first_line_start) as u32;
        let end_col = self.cursor_col();
        self.push_at(
            Tok::String,
            start,
            self.pos,
            first_line,
            col,
            self.line,
            end_col,
        );
        Ok(())
    }

    fn unterminated(
        &self,
        start: usize,
        line: u32,
        line_start: usize,
        quote_size: u32,
    ) -> LexError {
        let detected = self.line;
        let off = char_offset(line_text(self.text, line), (start + 1 - line_start) as i64);
        let msg = if quote_size == 3 {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error(
            ParseErrorKind::SyntaxError,
            msg,
            line,
            off,
            off,
            LexErrClass::Raising,
        )
    }
}

/// Number literals (the cursor is just past `first`).
impl<'a> Lexer<'a> {
    fn number(&mut self, start: usize, first: u8) -> LResult<()> {
        let c = if first == b'.' {
            let c = self.nextc();
            self.fraction(c)?
        } else if first == b'0' {
            let c = self.nextc();
            match c as u8 {
                b'x' | b'X' if c >= 0 => self.radix_digits(16, "hexadecimal")?,
                b'o' | b'O' if c >= 0 => self.radix_digits(8, "octal")?,
                b'b' | b'B' if c >= 0 => self.radix_digits(2, "binary")?,
                _ => self.zero_number(start, c)?,
            }
        } else {
            let c = self.decimal_tail()?;
            self.float_rest(c)?
        };
        if c != i32::MIN {
            self.backup(c);
        }
        self.push(Tok::Number, start);
        Ok(())
    }

    /// Digits after `0x`/`0o`/`0b`; returns the first char after them.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> LResult<i32> {
        let ok = |c: i32| c >= 0 && (c as u8 as char).is_digit(radix);
        let mut c = self.nextc();
        loop {
            if c == b'_' as i32 {
                c = self.nextc();
            }
            if !ok(c) {
                if radix != 16 && is_digit(c) {
                    return Err(self.error_at_cursor(format!(
                        "invalid digit '{}' in {kind} literal",
                        c as u8 as char
                    )));
                }
                self.backup(c);
                return Err(self.error_at_cursor(format!("invalid {kind} literal")));
            }
            loop {
                c = self.nextc();
                if !ok(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            return Err(self.error_at_cursor(format!(
                "invalid digit '{}' in {kind} literal",
                c as u8 as char
            )));
        }
        self.verify_end_of_number(c, kind)?;
        Ok(c)
    }

    /// A number starting with `0` and no radix prefix; `c` follows the 0.
    fn zero_number(&mut self, start: usize, mut c: i32) -> LResult<i32> {
        loop {
            if c == b'_' as i32 {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error_at_cursor("invalid decimal literal".into()));
                }
            }
            if c != b'0' as i32 {
                break;
            }
            c = self.nextc();
        }
        let zeros_end = self.pos;
        let mut nonzero = false;
        if is_digit(c) {
            nonzero = true;
            c = self.decimal_tail()?;
        }
        if c == b'.' as i32
            || c == b'e' as i32
            || c == b'E' as i32
            || c == b'j' as i32
            || c == b'J' as i32
        {
            return self.float_rest(c);
        }
        if nonzero {
            self.backup(c);
            let text = self.cur_line_text();
            let col = char_offset(text, (start + 1 - self.line_start) as i64);
            let end = char_offset(text, (zeros_end - self.line_start) as i64);
            let msg = "leading zeros in decimal integer literals are not permitted; \
                       use an 0o prefix for octal integers";
            return Err(self.error(
                ParseErrorKind::SyntaxError,
                msg.into(),
                self.line,
                col,
                end,
                LexErrClass::Raising,
            ));
        }
        self.verify_end_of_number(c, "decimal")?;
        Ok(c)
    }

    /// Reads digits (with single `_` separators); returns the char after.
    fn decimal_tail(&mut self) -> LResult<i32> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_at_cursor("invalid decimal literal".into()));
            }
        }
    }

    /// After the integer part: optional fraction, exponent, imaginary.
    fn float_rest(&mut self, c: i32) -> LResult<i32> {
        if c == b'.' as i32 {
            let c = self.nextc();
            return self.fraction(c);
        }
        self.exponent_rest(c)
    }

    /// `c` is the first char after the dot.
    fn fraction(&mut self, mut c: i32) -> LResult<i32> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent_rest(c)
    }

    /// Returns the char to back up, or `i32::MIN` when already backed up.
    fn exponent_rest(&mut self, mut c: i32) -> LResult<i32> {
        if c == b'e' as i32 || c == b'E' as i32 {
            let e = c;
            c = self.nextc();
            if c == b'+' as i32 || c == b'-' as i32 {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error_at_cursor("invalid decimal literal".into()));
                }
            } else if !is_digit(c) {
                // `1else`: the number ends before the `e`.
                self.backup(c);
                self.verify_end_of_number(e, "decimal")?;
                self.backup(e);
                return Ok(i32::MIN);
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' as i32 || c == b'J' as i32 {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        } else {
            self.verify_end_of_number(c, "decimal")?;
        }
        Ok(c)
    }

    /// A number may be followed by a keyword (`1if x else y`) but by no
    /// other identifier character. The cursor is just past `c`.
    /// (CPython 3.11 does not treat a non-ASCII character here as part of
    /// the literal: `1é` is a number and a name.)
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> LResult<()> {
        let rest = &self.b[self.pos.min(self.b.len())..];
        let word = |w: &[u8]| {
            rest.starts_with(w) && !rest.get(w.len()).is_some_and(|&n| is_id_char(n as i32))
        };
        let keyword_follows = match c {
            0x61 => word(b"nd"),
            0x65 => word(b"lse"),
            0x66 => word(b"or"),
            0x69 => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            0x6f => word(b"r"),
            0x6e => word(b"ot"),
            _ => false,
        };
        if !keyword_follows && c < 128 && is_id_char(c) {
            self.backup(c);
            return Err(self.error_at_cursor(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}
