//! Syntax errors as CPython 3.11 reports them.
//!
//! Positions follow `SyntaxError`: `line` is 1-based, `col` is CPython's 1-based
//! *character* offset (`offset`), and `end_col` its `end_offset`. Offsets
//! CPython reports as `0` or leaves unset are `0`; an end offset of `-1`
//! (an error at a synthetic token) is kept.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

#[derive(Clone, Debug)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// CPython's message, e.g. "invalid syntax", "expected ':'".
    pub msg: String,
    /// 1-based, as `SyntaxError.lineno`.
    pub line: u32,
    /// 1-based character offset, as `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    /// 1-based, as `SyntaxError.end_offset`; -1 where CPython gives -1.
    pub end_col: i64,
    /// Which form of the line `SyntaxError.text` takes.
    pub text: ErrText,
}

/// The form of a SyntaxError's `text` (CPython takes it from different
/// buffers depending on who raised the error).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrText {
    /// The line with its newline (parser errors).
    Line,
    /// Without its newline (tokenizer errors).
    Bare,
    /// A parser error on a line the tokenizer has left: from the file when
    /// `filename` names one, else without its newline.
    BareUnlessFile,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ParseErrorKind::SyntaxError => "SyntaxError",
            ParseErrorKind::IndentationError => "IndentationError",
            ParseErrorKind::TabError => "TabError",
        };
        write!(
            f,
            "{kind}: {} (line {}, offset {})",
            self.msg, self.line, self.col
        )
    }
}

impl std::error::Error for ParseError {}

/// Errors travel boxed so that `Result`s stay small in deep recursion.
pub(crate) type PResult<T> = Result<T, Box<ParseError>>;

/// Converts CPython's 1-based *byte* offset into `line_text` to its
/// character offset (`_PyPegen_byte_offset_to_character_offset`): a
/// character cut by the offset counts as one, and the offset is capped
/// just past the end of the line. Offsets ≤ 0 become 0.
pub(crate) fn char_offset(line_text: &str, byte_offset: i64) -> u32 {
    if byte_offset <= 0 {
        return 0;
    }
    let len = line_text.len() as i64;
    let n = byte_offset.min(len + 1) as usize;
    if n > line_text.len() {
        return line_text.chars().count() as u32 + 1;
    }
    let mut count = 0u32;
    for (i, _) in line_text.char_indices() {
        if i >= n {
            break;
        }
        count += 1;
    }
    count
}

/// The text of 1-based line `line` of `src` (with its newline), or "".
pub(crate) fn line_text(src: &str, line: u32) -> &str {
    let mut n = 1;
    let mut start = 0;
    let bytes = src.as_bytes();
    if line == 0 {
        return "";
    }
    while n < line {
        match memchr_newline(&bytes[start..]) {
            Some(i) => start += i + 1,
            None => return "",
        }
        n += 1;
    }
    let end = memchr_newline(&bytes[start..]).map_or(src.len(), |i| start + i + 1);
    &src[start..end]
}

fn memchr_newline(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'\n')
}

/// Builds an error whose offsets are CPython byte offsets (1-based, ≤ 0 for
/// none) on the lines of `src`; the end offset is converted with the start
/// line's text, as CPython does.
pub(crate) fn error_at(
    src: &str,
    kind: ParseErrorKind,
    msg: impl Into<String>,
    line: u32,
    offset: i64,
    end_line: u32,
    end_offset: i64,
) -> Box<ParseError> {
    let text = line_text(src, line);
    Box::new(ParseError {
        kind,
        msg: msg.into(),
        line,
        col: char_offset(text, offset),
        end_line,
        end_col: match end_offset {
            ..=-1 => -1,
            _ => char_offset(text, end_offset) as i64,
        },
        text: ErrText::Line,
    })
}
