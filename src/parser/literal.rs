//! Literal values: number tokens to `Constant`, string token prefixes, and
//! escape decoding for `str` and `bytes` bodies with CPython's messages.
//!
//! Invariants: `number` is only given texts the lexer accepted as NUMBER;
//! decoding errors carry CPython's full message ("(unicode error) …",
//! "(value error) …"), with positions counted as CPython counts them.

use std::borrow::Cow;

use num_bigint::BigUint;

use super::unicode_names::NAMES;
use crate::ast::Constant;

/// The value of a NUMBER token.
pub(crate) fn number(text: &str) -> Constant {
    let t: Cow<str> = if text.contains('_') {
        Cow::Owned(text.replace('_', ""))
    } else {
        Cow::Borrowed(text)
    };
    let b = t.as_bytes();
    if b.len() > 2
        && b[0] == b'0'
        && b[1].is_ascii_alphabetic()
        && !matches!(b[1], b'e' | b'E' | b'j' | b'J')
    {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            _ => 2,
        };
        let digits = &t[2..];
        let s = match u64::from_str_radix(digits, radix) {
            Ok(v) => v.to_string(),
            Err(_) => BigUint::parse_bytes(digits.as_bytes(), radix)
                .unwrap_or_default()
                .to_str_radix(10),
        };
        return Constant::Int(s.into());
    }
    if let Some(imag) = t.strip_suffix(['j', 'J']) {
        return Constant::Complex(parse_float(imag));
    }
    if t.contains(['.', 'e', 'E']) {
        return Constant::Float(parse_float(&t));
    }
    let digits = t.trim_start_matches('0');
    Constant::Int(if digits.is_empty() {
        "0".into()
    } else {
        digits.into()
    })
}

fn parse_float(s: &str) -> f64 {
    s.parse().unwrap_or(f64::NAN)
}

/// The parts of a STRING token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StrToken {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    /// Byte range of the body (between the quotes) within the token text.
    pub body_start: usize,
    pub body_end: usize,
}

pub(crate) fn split_string(text: &str) -> StrToken {
    let b = text.as_bytes();
    let (mut bytes, mut raw, mut fstring) = (false, false, false);
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_alphabetic() {
        match b[i] {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fstring = true,
            _ => {}
        }
        i += 1;
    }
    let q = b[i];
    let rest = b.len() - i;
    let quotes = if rest >= 6 && b[i + 1] == q && b[i + 2] == q {
        3
    } else {
        1
    };
    StrToken {
        bytes,
        raw,
        fstring,
        body_start: i + quotes,
        body_end: b.len() - quotes,
    }
}

fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    if end - start == 1 {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
    } else {
        let last = end - 1;
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{last}: {reason}")
    }
}

/// Decodes the escapes of a non-raw `str` body. Positions in errors count
/// each non-ASCII character as 10 bytes, as CPython rewrites them to
/// `\UXXXXXXXX` before decoding. Lone surrogates become U+FFFD (a Rust
/// `str` cannot hold them).
pub(crate) fn decode_str(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let (mut i, mut vpos) = (0usize, 0usize);
    while i < b.len() {
        if b[i] != b'\\' {
            let ch = body[i..].chars().next().expect("char");
            out.push(ch);
            i += ch.len_utf8();
            vpos += if ch.is_ascii() { 1 } else { 10 };
            continue;
        }
        let esc_start = vpos;
        i += 1;
        vpos += 1;
        let Some(&c) = b.get(i) else {
            return Err(unicode_error(esc_start, vpos, "\\ at end of string"));
        };
        if c >= 0x80 {
            // Kept as is; CPython sees `\u005c` and the character's escape.
            let ch = body[i..].chars().next().expect("char");
            out.push('\\');
            out.push(ch);
            i += ch.len_utf8();
            vpos += 15;
            continue;
        }
        i += 1;
        vpos += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c as char),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                            vpos += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).expect("octal escape below 0o777"));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                            vpos += 1;
                        }
                        None => return Err(unicode_error(esc_start, vpos, what)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(esc_start, vpos, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'N' => {
                let ch = named_escape(body, &mut i, &mut vpos, esc_start)?;
                out.push(ch);
            }
            _ => {
                out.push('\\');
                out.push(c as char);
            }
        }
    }
    Ok(out)
}

/// `\N{name}`: `i`/`vpos` are just past the `N`.
fn named_escape(
    body: &str,
    i: &mut usize,
    vpos: &mut usize,
    esc_start: usize,
) -> Result<char, String> {
    const MALFORMED: &str = "malformed \\N character escape";
    let b = body.as_bytes();
    if b.get(*i) != Some(&b'{') {
        return Err(unicode_error(esc_start, *vpos, MALFORMED));
    }
    *i += 1;
    *vpos += 1;
    let name_start = *i;
    while *i < b.len() && b[*i] != b'}' {
        *vpos += if b[*i] < 0x80 {
            1
        } else if b[*i] >= 0xC0 {
            10
        } else {
            0
        };
        *i += 1;
    }
    if *i >= b.len() || *i == name_start {
        return Err(unicode_error(esc_start, *vpos, MALFORMED));
    }
    let name = &body[name_start..*i];
    *i += 1;
    *vpos += 1;
    lookup_name(name)
        .ok_or_else(|| unicode_error(esc_start, *vpos, "unknown Unicode character name"))
}

/// The character named `name` (case-insensitive), from the built-in table,
/// CJK unified ideographs and Hangul syllables.
pub(crate) fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = NAMES.binary_search_by(|(n, _)| (*n).cmp(upper.as_str())) {
        return char::from_u32(NAMES[i].1);
    }
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let cp = u32::from_str_radix(hex, 16)
            .ok()
            .filter(|_| hex.len() == 4 || hex.len() == 5)?;
        let cjk = matches!(cp, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x30000..=0x3134A);
        return if cjk { char::from_u32(cp) } else { None };
    }
    upper
        .strip_prefix("HANGUL SYLLABLE ")
        .and_then(hangul_syllable)
}

fn hangul_syllable(s: &str) -> Option<char> {
    const L: [&str; 19] = [
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H",
    ];
    const V: [&str; 21] = [
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I",
    ];
    const T: [&str; 28] = [
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    ];
    fn longest(s: &str, set: &[&str]) -> Option<(usize, usize)> {
        set.iter()
            .enumerate()
            .filter(|(_, p)| s.starts_with(**p))
            .max_by_key(|(_, p)| p.len())
            .map(|(i, p)| (i, p.len()))
    }
    let (l, n) = longest(s, &L)?;
    let (v, m) = longest(&s[n..], &V)?;
    let (t, k) = longest(&s[n + m..], &T)?;
    if n + m + k != s.len() {
        return None;
    }
    char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32)
}

/// Decodes the escapes of a non-raw `bytes` body (ASCII only).
pub(crate) fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' || i >= b.len() {
            out.push(c);
            continue;
        }
        let e = b[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}
