//! Source bytes to text (PEP 263): a script, an imported module and
//! `compile(bytes)` are decoded with the encoding a coding cookie declares
//! (`# -*- coding: latin-1 -*-`) or UTF-8 without one; a leading UTF-8 BOM
//! is dropped. CPython's rules (Parser/tokenizer.c `check_coding_spec`):
//! the cookie is in a comment on line 1, or on line 2 when line 1 is blank
//! or a comment; the first `coding[:=]` in the comment counts, its name is
//! the following run of `[-\w.]`, and a name no codec knows makes the
//! source unreadable (a SyntaxError, even if the bytes are plain ASCII).
//!
//! ferropy decodes with the codecs of `objects::codecs`. Other names CPython
//! knows (the ISO-8859, Windows, Mac and East Asian families) are accepted
//! when the source is ASCII, which every one of them reads the same.

use crate::objects::codecs::{decode, normalize, Codec};
use crate::objects::exception::PyErr;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Why source bytes could not be read as text.
pub enum SourceError {
    /// The cookie names no codec ferropy or CPython knows.
    UnknownEncoding(String),
    /// Not UTF-8 and no cookie.
    NonUtf8(std::str::Utf8Error),
    /// The bytes are not valid in the declared encoding (the codec's
    /// UnicodeDecodeError; None for a codec ferropy only knows by name).
    Undecodable(String, Option<PyErr>),
}

impl SourceError {
    /// The one line CPython prints when the main script is unreadable.
    pub fn script_message(&self, data: &[u8], path: &str) -> String {
        match self {
            SourceError::UnknownEncoding(name) | SourceError::Undecodable(name, _) => {
                format!("encoding problem: {name}")
            }
            SourceError::NonUtf8(e) => {
                let data = data.strip_prefix(BOM).unwrap_or(data);
                let at = e.valid_up_to();
                let line = data[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    data[at]
                )
            }
        }
    }
}

/// The text of source `data`.
pub fn decode_source(data: &[u8]) -> Result<String, SourceError> {
    let data = data.strip_prefix(BOM).unwrap_or(data);
    let Some(name) = cookie(data) else {
        return std::str::from_utf8(data)
            .map(str::to_string)
            .map_err(SourceError::NonUtf8);
    };
    if Codec::lookup(&name).is_ok() {
        return decode(data, &name, "strict").map_err(|e| SourceError::Undecodable(name, Some(e)));
    }
    if known_elsewhere(&name) {
        if data.is_ascii() {
            return Ok(String::from_utf8_lossy(data).into_owned());
        }
        return Err(SourceError::Undecodable(name, None));
    }
    Err(SourceError::UnknownEncoding(name))
}

/// The encoding named by a cookie on line 1 or 2, if any.
fn cookie(data: &[u8]) -> Option<String> {
    let mut lines = data.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = line_cookie(first) {
        return Some(name);
    }
    let rest = first.trim_ascii_start();
    if rest.is_empty() || rest[0] == b'#' || rest == b"\r" {
        return lines.next().and_then(line_cookie);
    }
    None
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn line_cookie(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment
        .windows(7)
        .position(|w| &w[..6] == b"coding" && matches!(w[6], b':' | b'='))?;
    let name: String = comment[at + 7..]
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'\t'))
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .map(|&b| b as char)
        .collect();
    (!name.is_empty()).then_some(name)
}

/// ASCII-compatible codec families CPython has and `objects::codecs` lacks.
fn known_elsewhere(name: &str) -> bool {
    let n = normalize(name);
    let digits_after = |p: &str| {
        n.strip_prefix(p)
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
    };
    ["iso8859_", "iso_8859_", "cp", "windows_", "latin"]
        .iter()
        .any(|p| digits_after(p))
        || [
            "koi8_r",
            "koi8_u",
            "mac_roman",
            "mac_latin2",
            "euc_jp",
            "euc_kr",
            "shift_jis",
            "gbk",
            "gb2312",
            "gb18030",
            "big5",
            "tis_620",
        ]
        .contains(&n.as_str())
}

/// Where a byte of source lies, for CPython's token-by-token decoding of
/// `compile()`'s bytes: comments are never decoded, a string literal is
/// decoded alone (from `start` to `end`, its body).
pub enum Place {
    Comment,
    /// A str literal (for an f-string, the text after its last `}`).
    Literal {
        start: usize,
        end: usize,
    },
    /// A bytes literal: only ASCII may be written in one.
    Bytes,
    Code,
}

/// The place of byte `pos` in `data` (a light scan of comments and string
/// literals, escapes and triple quotes included; f-strings count as one
/// literal).
pub fn place_of(data: &[u8], pos: usize) -> Place {
    let mut i = 0;
    while i < data.len() && i <= pos {
        match data[i] {
            b'#' => {
                let end = line_end(data, i);
                if pos < end {
                    return Place::Comment;
                }
                i = end;
            }
            q @ (b'\'' | b'"') => {
                let triple = data[i..].starts_with(&[q, q, q]);
                let start = i + if triple { 3 } else { 1 };
                let end = literal_end(data, start, q, triple);
                if (start..end).contains(&pos) {
                    return literal_place(data, i, start, end, pos);
                }
                i = end + if triple { 3 } else { 1 };
            }
            _ => i += 1,
        }
    }
    Place::Code
}

/// The place of `pos` in the literal whose quote is at `quote` (its body
/// from `start` to `end`), after the literal's prefix letters.
fn literal_place(data: &[u8], quote: usize, start: usize, end: usize, pos: usize) -> Place {
    let prefix = &data[quote.saturating_sub(2)..quote];
    let has = |c: u8| {
        prefix
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .any(|b| b.eq_ignore_ascii_case(&c))
    };
    if has(b'b') {
        return Place::Bytes;
    }
    let start = match data[start..pos].iter().rposition(|&b| b == b'}') {
        Some(k) if has(b'f') => start + k + 1,
        _ => start,
    };
    Place::Literal { start, end }
}

fn line_end(data: &[u8], from: usize) -> usize {
    data[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(data.len(), |n| from + n)
}

/// The index of a literal's closing quote(s) (or where it stops unclosed).
fn literal_end(data: &[u8], start: usize, q: u8, triple: bool) -> usize {
    let mut j = start;
    while j < data.len() {
        match data[j] {
            b'\\' => j += 2,
            b'\n' if !triple => return j,
            c if c == q && (!triple || data[j..].starts_with(&[q, q, q])) => return j,
            _ => j += 1,
        }
    }
    data.len()
}

/// `data` as text when every byte that is not UTF-8 is in a comment
/// (which CPython's tokenizer never decodes); else the first bad byte
/// outside one and its place.
pub fn decode_lenient(data: &[u8]) -> Result<String, (usize, Place)> {
    let mut i = 0;
    while let Err(e) = std::str::from_utf8(&data[i..]) {
        let at = i + e.valid_up_to();
        match place_of(data, at) {
            Place::Comment => i = at + e.error_len().unwrap_or(data.len() - at),
            place => return Err((at, place)),
        }
        if i >= data.len() {
            break;
        }
    }
    Ok(String::from_utf8_lossy(data).into_owned())
}
