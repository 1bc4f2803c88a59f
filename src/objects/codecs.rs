//! Text codecs of `str.encode`, `bytes.decode`, `str(b, encoding)` and
//! `bytes(s, encoding)`: utf-8, ascii, latin-1, utf-16 and utf-32 (with
//! `-le`/`-be` and the BOM forms), and cp1252, with CPython's error
//! handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace` for encoding) and its error reports: a strict
//! failure raises `UnicodeDecodeError(encoding, object, start, end,
//! reason)` / `UnicodeEncodeError(...)`, whose `str()` is the familiar
//! "'ascii' codec can't encode character '\xe9' in position 0: ordinal not
//! in range(128)". CPython Objects/unicodeobject.c and Lib/encodings.
//!
//! Strings are Rust `str`, so they hold no lone surrogates: encoding to a
//! UTF never fails, and `surrogateescape`/`surrogatepass` (which produce or
//! consume lone surrogates) fail as `strict` would.
//!
//! The decoders scan for the next malformed unit and hand its byte range
//! and reason to `DecodeErrors::handle`, which applies the handler: one
//! place for the handler table, whatever the codec.

use std::iter::repeat_n;

use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::bytes::bytes_value;
use crate::objects::exception::{new_error, new_exception, ExcKind, PyErr, PyResult};
use crate::objects::str::str_value;
use crate::vm::ops::convert::ascii_escape;

/// Byte order of a UTF-16/32 codec; `Bom` writes a BOM and reads one if
/// present (little-endian otherwise, as on the machines ferropy runs on).
#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    Bom,
    Le,
    Be,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
    Cp1252,
}

/// Bytes 0x80..0xa0 of cp1252 (0: undefined); the rest is latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// An encoding name as Python's `encodings.normalize_encoding` sees it:
/// lower case, runs of punctuation one `_`.
pub fn normalize(name: &str) -> String {
    let mut norm = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    norm
}

impl Codec {
    /// The codec an encoding name denotes (CPython's aliases).
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let codec = match normalize(name).as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "ibm819" | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => {
                Codec::Latin1
            }
            "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Bom),
            "utf_16_le" | "utf_16le" => Codec::Utf16(Order::Le),
            "utf_16_be" | "utf_16be" => Codec::Utf16(Order::Be),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Bom),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Le),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Be),
            "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
            _ => {
                return Err(new_error(
                    ExcKind::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        };
        Ok(codec)
    }

    /// The name error reports give (`'utf-16-le' codec can't ...`).
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Be) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Order::Be) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
            Codec::Cp1252 => "charmap",
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    new_error(
        ExcKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `\xe9`, `\u20ac` or `\U0001f600`: how `backslashreplace` shows a char.
fn escape_char(c: char) -> String {
    ascii_escape(c.encode_utf8(&mut [0; 4]))
}

// ===== Encoding =====

/// The single byte `c` encodes to in a one-byte codec, if any.
fn byte_for(codec: Codec, c: char) -> Option<u8> {
    let n = c as u32;
    match codec {
        Codec::Ascii => (n < 0x80).then_some(n as u8),
        Codec::Latin1 => (n < 0x100).then_some(n as u8),
        Codec::Cp1252 => {
            if n < 0x80 || (0xa0..0x100).contains(&n) {
                return Some(n as u8);
            }
            let i = CP1252_HIGH.iter().position(|&u| u != 0 && u as u32 == n)?;
            Some(0x80 + i as u8)
        }
        _ => None,
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let mut out = Vec::with_capacity(text.len());
    match codec {
        Codec::Utf8 => out.extend_from_slice(text.as_bytes()),
        Codec::Utf16(order) => {
            let be = order == Order::Be;
            if order == Order::Bom {
                out.extend_from_slice(b"\xff\xfe");
            }
            for u in text.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Codec::Utf32(order) => {
            let be = order == Order::Be;
            if order == Order::Bom {
                out.extend_from_slice(b"\xff\xfe\x00\x00");
            }
            for c in text.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            encode_one_byte(text, codec, errors, &mut out)?
        }
    }
    Ok(out)
}

fn encode_one_byte(text: &str, codec: Codec, errors: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_for(codec, chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let run = chars[i..]
            .iter()
            .take_while(|&&c| byte_for(codec, c).is_none())
            .count();
        encode_bad_run(out, text, &chars[i..i + run], i, codec, errors)?;
        i += run;
    }
    Ok(())
}

/// Apply the error handler to the unencodable characters `bad` at `pos`.
fn encode_bad_run(
    out: &mut Vec<u8>,
    text: &str,
    bad: &[char],
    pos: usize,
    codec: Codec,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            let reason = match codec {
                Codec::Ascii => "ordinal not in range(128)",
                Codec::Latin1 => "ordinal not in range(256)",
                _ => "character maps to <undefined>",
            };
            let end = pos + bad.len();
            let args = vec![
                str_value(codec.name()),
                str_value(text),
                Value::Int(pos as i64),
                Value::Int(end as i64),
                str_value(reason),
            ];
            Err(new_exception(
                types().exceptions.get(ExcKind::UnicodeEncodeError),
                args,
            ))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.extend(repeat_n(b'?', bad.len()));
            Ok(())
        }
        "xmlcharrefreplace" => {
            bad.iter()
                .for_each(|&c| out.extend(format!("&#{};", c as u32).bytes()));
            Ok(())
        }
        "backslashreplace" => {
            bad.iter().for_each(|&c| out.extend(escape_char(c).bytes()));
            Ok(())
        }
        _ => Err(wrap_python_codec(
            codec,
            "encoding",
            unknown_handler(errors),
        )),
    }
}

/// cp1252 is a Python-level codec in CPython: errors from inside it come
/// wrapped as "encoding with 'cp1252' codec failed (LookupError: ...)".
fn wrap_python_codec(codec: Codec, what: &str, e: PyErr) -> PyErr {
    if codec != Codec::Cp1252 {
        return e;
    }
    let msg = e
        .args()
        .items
        .first()
        .and_then(|m| {
            m.downcast::<crate::objects::str::PyStr>()
                .map(|s| s.as_str().to_string())
        })
        .unwrap_or_default();
    new_error(
        ExcKind::LookupError,
        format!("{what} with 'cp1252' codec failed (LookupError: {msg})"),
    )
}

// ===== Decoding =====

/// The error handler of one decode call, applied to each malformed range.
struct DecodeErrors<'a> {
    data: &'a [u8],
    codec: Codec,
    errors: &'a str,
}

impl DecodeErrors<'_> {
    /// Bytes `start..end` are malformed for `reason`.
    fn handle(&self, out: &mut String, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let args = vec![
                    str_value(self.codec.name()),
                    bytes_value(self.data.to_vec()),
                    Value::Int(start as i64),
                    Value::Int(end as i64),
                    str_value(reason),
                ];
                Err(new_exception(
                    types().exceptions.get(ExcKind::UnicodeDecodeError),
                    args,
                ))
            }
            "ignore" => Ok(()),
            "replace" => {
                out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            other => Err(wrap_python_codec(
                self.codec,
                "decoding",
                unknown_handler(other),
            )),
        }
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf8 => decode_utf8(data, errors, &mut out)?,
        Codec::Ascii | Codec::Cp1252 => {
            let errs = DecodeErrors {
                data,
                codec,
                errors,
            };
            for (i, &b) in data.iter().enumerate() {
                let c = match (codec, b) {
                    (_, 0..=0x7f) => Some(b as char),
                    (Codec::Cp1252, 0x80..=0x9f) => match CP1252_HIGH[b as usize - 0x80] {
                        0 => None,
                        u => char::from_u32(u as u32),
                    },
                    (Codec::Cp1252, _) => Some(b as char),
                    _ => None,
                };
                match c {
                    Some(c) => out.push(c),
                    None if codec == Codec::Ascii => {
                        errs.handle(&mut out, i, i + 1, "ordinal not in range(128)")?
                    }
                    None => errs.handle(&mut out, i, i + 1, "character maps to <undefined>")?,
                }
            }
        }
        Codec::Utf16(order) => decode_utf16(data, order, errors, &mut out)?,
        Codec::Utf32(order) => decode_utf32(data, order, errors, &mut out)?,
    }
    Ok(out)
}

/// UTF-8 with CPython's error reports: each invalid maximal subpart is one
/// error ("invalid start byte", "invalid continuation byte", "unexpected
/// end of data"), as Rust's `Utf8Error` delimits it.
fn decode_utf8(data: &[u8], errors: &str, out: &mut String) -> PyResult<()> {
    let errs = DecodeErrors {
        data,
        codec: Codec::Utf8,
        errors,
    };
    let mut pos = 0;
    while pos < data.len() {
        let rest = &data[pos..];
        let e = match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => e,
        };
        let valid = e.valid_up_to();
        if let Ok(s) = std::str::from_utf8(&rest[..valid]) {
            out.push_str(s);
        }
        let (n, reason) = match e.error_len() {
            None => (rest.len() - valid, "unexpected end of data"),
            Some(n) if matches!(rest[valid], 0x80..=0xc1 | 0xf5..=0xff) => {
                (n, "invalid start byte")
            }
            Some(n) => (n, "invalid continuation byte"),
        };
        errs.handle(out, pos + valid, pos + valid + n, reason)?;
        pos += valid + n;
    }
    Ok(())
}

/// The byte order a BOM codec reads, and the bytes its BOM takes.
fn read_bom(data: &[u8], le: &[u8], be: &[u8]) -> (Order, usize) {
    if data.starts_with(le) {
        (Order::Le, le.len())
    } else if data.starts_with(be) {
        (Order::Be, be.len())
    } else {
        (Order::Le, 0)
    }
}

fn decode_utf16(data: &[u8], order: Order, errors: &str, out: &mut String) -> PyResult<()> {
    let (order, mut pos) = match order {
        Order::Bom => read_bom(data, b"\xff\xfe", b"\xfe\xff"),
        o => (o, 0),
    };
    let errs = DecodeErrors {
        data,
        codec: Codec::Utf16(order),
        errors,
    };
    let unit = |i: usize| {
        let b = [data[i], data[i + 1]];
        if order == Order::Be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    while pos < data.len() {
        if pos + 1 >= data.len() {
            errs.handle(out, pos, data.len(), "truncated data")?;
            break;
        }
        let u = unit(pos);
        match u {
            0xd800..=0xdbff => {
                if pos + 3 >= data.len() {
                    let reason = if pos + 2 == data.len() {
                        "unexpected end of data"
                    } else {
                        "truncated data"
                    };
                    errs.handle(out, pos, data.len(), reason)?;
                    break;
                }
                let lo = unit(pos + 2);
                if (0xdc00..=0xdfff).contains(&lo) {
                    let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    errs.handle(out, pos, pos + 2, "illegal UTF-16 surrogate")?;
                    pos += 2;
                }
            }
            0xdc00..=0xdfff => {
                errs.handle(out, pos, pos + 2, "illegal encoding")?;
                pos += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(data: &[u8], order: Order, errors: &str, out: &mut String) -> PyResult<()> {
    let (order, mut pos) = match order {
        Order::Bom => read_bom(data, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"),
        o => (o, 0),
    };
    let errs = DecodeErrors {
        data,
        codec: Codec::Utf32(order),
        errors,
    };
    while pos < data.len() {
        if pos + 3 >= data.len() {
            errs.handle(out, pos, data.len(), "truncated data")?;
            break;
        }
        let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let u = if order == Order::Be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None if (0xd800..0xe000).contains(&u) => errs.handle(
                out,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => errs.handle(out, pos, pos + 4, "code point not in range(0x110000)")?,
        }
        pos += 4;
    }
    Ok(())
}
