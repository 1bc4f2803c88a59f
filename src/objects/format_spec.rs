//! Python 3.11 value formatting for ferropy: the format-spec mini-language
//! used by `format()`, `str.format` and f-strings for int, float and str, and
//! the value-level half of printf-style `%` formatting (spec parsing,
//! conversion of an already-fetched argument, padding). Float digits come
//! from the sibling module `float_repr`, which also implements `repr(float)`.
//!
//! Invariants:
//! - Pure functions, no `unsafe`, no panics on any input: every failure is an
//!   `Err` holding CPython's exception message ([`exception_type`] tells which
//!   exception class CPython raises for it).
//! - Output equals CPython 3.11 character for character; the oracle cases in
//!   `format_spec_cases.txt` (made by `format_spec_cases.py` with python3.11)
//!   check that, `repr(float)` included.
//! - The 'n' type uses the C locale ('.' and no grouping), which is what
//!   CPython uses unless a program calls `locale.setlocale(LC_NUMERIC, ...)`.
//! - Strings are Rust `str`, so `%c`/`{:c}` of a lone surrogate is an error.
//!
//! Upstream: CPython Python/formatter_unicode.c (spec parsing, padding,
//! grouping), Objects/unicodeobject.c (`%` formatting: unicode_format_arg_*,
//! _PyUnicode_FormatLong), Objects/longobject.c (`PyLong_AsDouble`).

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, ToPrimitive};

use super::float_repr::{double_to_string, float_repr, DtoaFlags};

/// Message for a field too wide to build; CPython raises MemoryError there.
pub const ERR_TOO_LARGE: &str = "formatted result too large";
/// Widest field this module builds (CPython's limit is memory itself).
const MAX_WIDTH: usize = i32::MAX as usize;
const INT_MAX: usize = i32::MAX as usize;

/// The exception class CPython raises with `msg`, for messages this module
/// returns: "OverflowError", "TypeError", "MemoryError" or "ValueError".
pub fn exception_type(msg: &str) -> &'static str {
    match msg {
        "int too large to convert to float"
        | "%c arg not in range(0x110000)"
        | "Python int too large to convert to C long"
        | "precision too large"
        | "cannot convert float infinity to integer" => "OverflowError",
        "%c requires int or char" => "TypeError",
        ERR_TOO_LARGE => "MemoryError",
        _ if msg.contains("format: an integer is required") => "TypeError",
        _ => "ValueError",
    }
}

/// `PyLong_AsDouble`: correctly rounded (num-bigint rounds to odd, then to
/// even), OverflowError when the result would not be finite.
fn int_to_f64(n: &BigInt) -> Result<f64, String> {
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err("int too large to convert to float".to_string()),
    }
}

// ---------------------------------------------------------------------------
// Format-spec mini-language (formatter_unicode.c)
// ---------------------------------------------------------------------------

/// A parsed standard format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is ' ' unless given; a '0' flag without an explicit fill sets
/// `zero` and makes `fill` '0'. `align` is `None` when not given (the
/// formatter picks the type's default; '0' makes numbers use '='). `sign` is
/// the '+', '-' or ' ' as written. `no_neg_0` is the 'z' flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Parses a format spec. The "more than one type character" error is plain
/// "Invalid format specifier" here; [`parse_format_spec_for`] gives CPython's
/// full message, which names the spec and the object's type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec(spec, None)
}

/// [`parse_format_spec`] with CPython's exact "Invalid format specifier
/// '...' for object of type '...'" message.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_spec(spec, Some(type_name))
}

const BOTH_SEPARATORS: &str = "Cannot specify both ',' and '_'.";

fn parse_spec(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
    let cs: Vec<char> = spec.chars().collect();
    let at = |i: usize| cs.get(i).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut f = FormatSpec::default();
    let mut p = 0;
    let mut fill_given = false;
    if is_align(at(1)) {
        (f.fill, f.align, fill_given, p) = (cs[0], at(1), true, 2);
    } else if is_align(at(0)) {
        (f.align, p) = (at(0), 1);
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(p) {
        (f.sign, p) = (Some(c), p + 1);
    }
    if at(p) == Some('z') {
        (f.no_neg_0, p) = (true, p + 1);
    }
    if at(p) == Some('#') {
        (f.alternate, p) = (true, p + 1);
    }
    // '0' before the width means zero padding, unless a fill was given
    if !fill_given && at(p) == Some('0') {
        (f.zero, f.fill, p) = (true, '0', p + 1);
    }
    f.width = parse_decimal(&cs, &mut p)?;
    if at(p) == Some(',') {
        (f.grouping, p) = (Some(','), p + 1);
    }
    if at(p) == Some('_') {
        if f.grouping.is_some() {
            return Err(BOTH_SEPARATORS.to_string());
        }
        (f.grouping, p) = (Some('_'), p + 1);
    }
    if at(p) == Some(',') && f.grouping == Some('_') {
        return Err(BOTH_SEPARATORS.to_string());
    }
    if at(p) == Some('.') {
        p += 1;
        f.precision = parse_decimal(&cs, &mut p)?;
        if f.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    match cs.len() - p {
        0 => {}
        1 => f.ty = at(p),
        _ => return Err(invalid_spec(spec, type_name)),
    }
    Ok(f)
}

fn invalid_spec(spec: &str, type_name: Option<&str>) -> String {
    match type_name {
        Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
        None => "Invalid format specifier".to_string(),
    }
}

/// `get_integer`: a run of Unicode decimal digits (as `Py_UNICODE_TODECIMAL`)
/// at `*p`; `None` if there is none. Overflow past `isize::MAX` is an error.
fn parse_decimal(cs: &[char], p: &mut usize) -> Result<Option<usize>, String> {
    let start = *p;
    let mut acc: usize = 0;
    while let Some(d) = cs.get(*p).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *p += 1;
    }
    Ok((*p > start).then_some(acc))
}

/// First code points of the Unicode 14.0 runs of decimal digits (category
/// Nd), each run being the ten digits 0..=9; Python 3.11 accepts them all.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// A presentation type quoted as CPython's error messages show it.
fn quote_code(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(ty)
    )
}

/// The separator and group size for `ty`, or CPython's error when grouping
/// does not apply to it (PEP 378, PEP 515: '_' groups hex/oct/bin by four).
fn grouping_for(spec: &FormatSpec, ty: char) -> Result<Option<(char, usize)>, String> {
    let Some(sep) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((sep, 4))),
        _ => Err(format!("Cannot specify '{sep}' with {}.", quote_code(ty))),
    }
}

/// The alignment in force: given, or '=' for zero-padded numbers, or the
/// type's default.
fn align_for(spec: &FormatSpec, default_align: char) -> char {
    match spec.align {
        Some(a) => a,
        None if spec.zero && default_align == '>' => '=',
        None => default_align,
    }
}

fn width_of(width: Option<usize>) -> Result<usize, String> {
    match width.unwrap_or(0) {
        w if w > MAX_WIDTH => Err(ERR_TOO_LARGE.to_string()),
        w => Ok(w),
    }
}

/// How a number is padded: the resolved parts of the spec.
struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: usize,
    grouping: Option<(char, usize)>,
}

impl Layout {
    fn new(spec: &FormatSpec, grouping: Option<(char, usize)>) -> Result<Layout, String> {
        Ok(Layout {
            fill: spec.fill,
            align: align_for(spec, '>'),
            sign: spec.sign,
            width: width_of(spec.width)?,
            grouping,
        })
    }
}

/// A number split as `fill_number` sees it:
/// `<sign><prefix><digits>[.]<remainder>`; only `digits` get grouped.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`: sign, padding and grouping. With
/// fill '0' and '=' alignment the zeros go through the grouping too, as in
/// CPython ('{:08,}' gives '0,001,234').
fn fill_number(num: &Number, lay: &Layout) -> String {
    let sign = match (lay.sign, num.negative) {
        (_, true) => Some('-'),
        (Some(c @ ('+' | ' ')), false) => Some(c),
        _ => None,
    };
    let fixed = usize::from(sign.is_some())
        + num.prefix.chars().count()
        + usize::from(num.decimal)
        + num.remainder.chars().count();
    let min_width = if lay.fill == '0' && lay.align == '=' {
        lay.width as i64 - fixed as i64
    } else {
        0
    };
    let grouped = if num.digits.is_empty() {
        String::new()
    } else {
        group_digits(num.digits.as_bytes(), min_width, lay.grouping)
    };
    let pad = lay.width.saturating_sub(fixed + grouped.len());
    let (left, mid, right) = match lay.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::with_capacity(lay.width.max(fixed + grouped.len()) + 8);
    push_n(&mut out, lay.fill, left);
    out.extend(sign);
    out.push_str(num.prefix);
    push_n(&mut out, lay.fill, mid);
    out.push_str(&grouped);
    if num.decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_n(&mut out, lay.fill, right);
    out
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `_PyUnicode_InsertThousandsGrouping`: groups ASCII `digits` from the right
/// and left-pads them with zeros up to `min_width` (separators included).
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(char, usize)>) -> String {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + min_width.max(0) as usize);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let Some((sep, size)) = grouping else {
        let len = remaining.max(min_width).max(1);
        emit_group(&mut rev, digits, &mut remaining, len, None);
        return rev.into_iter().rev().collect();
    };
    let mut sep_next = None;
    loop {
        let len = (size as i64).min(remaining.max(min_width).max(1));
        emit_group(&mut rev, digits, &mut remaining, len, sep_next);
        sep_next = Some(sep);
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.into_iter().rev().collect()
}

/// Appends (reversed) a separator, then up to `len` digits, then zeros.
fn emit_group(
    rev: &mut Vec<char>,
    digits: &[u8],
    remaining: &mut i64,
    len: i64,
    sep: Option<char>,
) {
    let zeros = (len - *remaining).max(0);
    let chars = (*remaining).min(len).max(0);
    rev.extend(sep);
    let end = *remaining as usize;
    let start = end - chars as usize;
    rev.extend(digits[start..end].iter().rev().map(|&b| b as char));
    rev.extend((0..zeros).map(|_| '0'));
    *remaining -= chars;
}

/// `format(int, spec)`: types b c d o x X n, and e E f F g G % via float.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_for(n, spec, "int")
}

/// [`format_int`] naming `type_name` (e.g. 'bool') in "Unknown format code".
pub fn format_int_for(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = grouping_for(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_inner(int_to_f64(n)?, spec, ty, grouping)
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let layout = Layout::new(spec, grouping)?;
    if ty == 'c' {
        return format_int_char(n, spec, &layout);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(n, radix)?;
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let num = Number {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(fill_number(&num, &layout))
}

/// The 'c' type: the code point as a lone "remainder" character, as CPython.
fn format_int_char(n: &BigInt, spec: &FormatSpec, layout: &Layout) -> Result<String, String> {
    if spec.sign.is_some() {
        return Err("Sign not allowed with integer format specifier 'c'".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
    }
    let code = n
        .to_i64()
        .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
    let ch = code_point(code)?;
    let text = ch.to_string();
    let num = Number {
        negative: false,
        prefix: "",
        digits: "",
        decimal: false,
        remainder: &text,
    };
    Ok(fill_number(&num, layout))
}

/// A `%c`/'c' argument as a char: range checked as CPython; lone surrogates
/// cannot live in a Rust string.
fn code_point(code: i64) -> Result<char, String> {
    if !(0..=0x10ffff).contains(&code) {
        return Err("%c arg not in range(0x110000)".to_string());
    }
    char::from_u32(code as u32).ok_or_else(|| {
        format!("%c arg is a lone surrogate (U+{code:04X}), which ferropy strings cannot hold")
    })
}

/// `format(float, spec)`: types e E f F g G n % and none.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_for(x, spec, "float")
}

/// [`format_float`] naming `type_name` in "Unknown format code".
pub fn format_float_for(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('\0');
    let grouping = grouping_for(spec, ty)?;
    match ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
            format_float_inner(x, spec, ty, grouping)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

/// `format_float_internal`. No type means repr, or with a precision 'g' that
/// keeps at least one digit after the point (Py_DTSF_ADD_DOT_0).
fn format_float_inner(
    x: f64,
    spec: &FormatSpec,
    ty: char,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > INT_MAX) {
        return Err("precision too big".to_string());
    }
    let flags = DtoaFlags {
        add_dot_0: ty == '\0',
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
    };
    let (mut code, value, percent) = match ty {
        '\0' => ('r', x, false),
        'n' => ('g', x, false),
        '%' => ('f', x * 100.0, true),
        _ => (ty, x, false),
    };
    let precision = match spec.precision {
        Some(p) if code == 'r' => {
            code = 'g';
            p
        }
        Some(p) => p,
        None if code == 'r' => 0,
        None => 6,
    };
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let layout = Layout::new(spec, if ty == 'n' { None } else { grouping })?;
    Ok(fill_number(&split_float(&text), &layout))
}

/// `parse_number`: sign, leading digits, optional '.', and the rest
/// (fraction, exponent, '%', or all of "inf"/"nan").
fn split_float(text: &str) -> Number<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Number {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    }
}

/// `format(str, spec)`: type 's' or none; precision truncates; default left.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_for(s, spec, "str")
}

/// [`format_str`] naming `type_name` in "Unknown format code".
pub fn format_str_for(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    grouping_for(spec, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    check_str_spec(spec)?;
    let width = width_of(spec.width)?;
    let len = s.chars().count().min(spec.precision.unwrap_or(usize::MAX));
    let pad = width.saturating_sub(len);
    let left = match align_for(spec, '<') {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(s.len() + pad * spec.fill.len_utf8());
    push_n(&mut out, spec.fill, left);
    out.extend(s.chars().take(len));
    push_n(&mut out, spec.fill, pad - left);
    Ok(out)
}

/// The flags a string spec rejects, in CPython's order.
fn check_str_spec(spec: &FormatSpec) -> Result<(), String> {
    let err = match spec.sign {
        Some(' ') => "Space not allowed in string format specifier",
        Some(_) => "Sign not allowed in string format specifier",
        None if spec.no_neg_0 => {
            "Negative zero coercion (z) not allowed in string format specifier"
        }
        None if spec.alternate => "Alternate form (#) not allowed in string format specifier",
        None if align_for(spec, '<') == '=' => {
            "'=' alignment not allowed in string format specifier"
        }
        None => return Ok(()),
    };
    Err(err.to_string())
}

// ---------------------------------------------------------------------------
// printf-style formatting (unicodeobject.c)
// ---------------------------------------------------------------------------

/// One parsed `%` conversion: `%[(key)][flags][width][.precision][hlL]conv`.
/// `conv` is '%' only for "%%" (nothing consumed, nothing padded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentNum>,
    pub precision: Option<PercentNum>,
    pub conv: char,
}

/// A width or precision: written digits, or '*' (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentNum {
    Fixed(usize),
    Star,
}

/// The flags '-', '0', '+', ' ' and '#'.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub left: bool,
    pub zero: bool,
    pub sign: bool,
    pub space: bool,
    pub alternate: bool,
}

pub const PERCENT_CONVERSIONS: &str = "sracdiuoxXeEfFgG";

/// Parses one conversion starting right after a '%' at byte index `pos` of
/// `fmt`; returns it and the byte index after it. Errors as CPython:
/// "incomplete format", "incomplete format key", "width too big",
/// "precision too big", "unsupported format character 'y' (0x79) at index 5"
/// (a char index into the whole `fmt`). CPython fetches the argument before
/// reporting an unsupported character, so with too few arguments it raises
/// "not enough arguments for format string" instead; callers that care check
/// that first. A `*` width/precision is left for the caller to fetch.
pub fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpec, usize), String> {
    parse_percent_spec_in(fmt, pos, PERCENT_CONVERSIONS)
}

/// `bytes % args` also takes `%b` (a synonym of `%s`).
pub const BYTES_PERCENT_CONVERSIONS: &str = "sracdiuoxXeEfFgGb";

/// As `parse_percent_spec`, accepting the conversion characters `convs`.
pub fn parse_percent_spec_in(
    fmt: &str,
    pos: usize,
    convs: &str,
) -> Result<(PercentSpec, usize), String> {
    let rest = fmt.get(pos..).ok_or_else(incomplete)?;
    let cs: Vec<(usize, char)> = rest.char_indices().collect();
    let at = |i: usize| cs.get(i).map(|&(_, c)| c).ok_or_else(incomplete);
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        conv: '%',
    };
    let mut i = 0;
    let mut c = at(0)?;
    if c == '%' {
        return Ok((spec, pos + 1));
    }
    if c == '(' {
        i = skip_key(&cs)?;
        spec.key = Some(rest[cs[0].0 + 1..cs[i - 1].0].to_string());
        c = at(i)?;
    }
    while set_flag(&mut spec.flags, c) {
        i += 1;
        c = at(i)?;
    }
    (spec.width, i) = parse_percent_num(&cs, i, isize::MAX as usize, "width too big")?;
    c = at(i)?;
    if c == '.' {
        let (prec, j) = parse_percent_num(&cs, i + 1, INT_MAX, "precision too big")?;
        spec.precision = Some(prec.unwrap_or(PercentNum::Fixed(0)));
        i = j;
        c = at(i)?;
    }
    if matches!(c, 'h' | 'l' | 'L') {
        i += 1;
        c = at(i)?;
    }
    if !convs.contains(c) {
        let index = fmt[..pos].chars().count() + i;
        return Err(unsupported_char(c, Some(index)));
    }
    spec.conv = c;
    Ok((spec, pos + cs[i].0 + c.len_utf8()))
}

fn incomplete() -> String {
    "incomplete format".to_string()
}

/// Skips a balanced "(key)" at the start of `cs`; returns the index after it.
fn skip_key(cs: &[(usize, char)]) -> Result<usize, String> {
    let mut depth = 0usize;
    for (i, &(_, c)) in cs.iter().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return Ok(i + 1);
        }
    }
    Err("incomplete format key".to_string())
}

fn set_flag(flags: &mut PercentFlags, c: char) -> bool {
    match c {
        '-' => flags.left = true,
        '+' => flags.sign = true,
        ' ' => flags.space = true,
        '#' => flags.alternate = true,
        '0' => flags.zero = true,
        _ => return false,
    }
    true
}

/// A '*' or a run of ASCII digits at `cs[i]`; returns it and the next index.
fn parse_percent_num(
    cs: &[(usize, char)],
    mut i: usize,
    max: usize,
    too_big: &str,
) -> Result<(Option<PercentNum>, usize), String> {
    match cs.get(i).map(|&(_, c)| c) {
        Some('*') => return Ok((Some(PercentNum::Star), i + 1)),
        Some('0'..='9') => {}
        _ => return Ok((None, i)),
    }
    let mut acc: usize = 0;
    while let Some(d) = cs.get(i).and_then(|&(_, c)| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= max)
            .ok_or_else(|| too_big.to_string())?;
        i += 1;
    }
    Ok((Some(PercentNum::Fixed(acc)), i))
}

fn unsupported_char(c: char, index: Option<usize>) -> String {
    let shown = if (31..=126).contains(&(c as u32)) {
        c
    } else {
        '?'
    };
    let msg = format!("unsupported format character '{shown}' (0x{:x})", c as u32);
    match index {
        Some(i) => format!("{msg} at index {i}"),
        None => msg,
    }
}

/// Formats an int for `%d %i %u %o %x %X %c`, and `%e %f %g ...` through
/// float. `width` and `precision` are resolved by the caller: a negative `*`
/// width means `flags.left` plus its magnitude, a negative `*` precision 0.
/// The digits of `|n|` in `radix`; decimal is subject to the int/str
/// conversion limit.
fn magnitude_digits(n: &BigInt, radix: u32) -> Result<String, String> {
    if radix == 10 {
        return crate::objects::int_str_limit::decimal_digits(n.magnitude());
    }
    Ok(n.magnitude().to_str_radix(radix))
}

pub fn percent_format_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    match spec.conv {
        'c' => {
            let ch = code_point(n.to_i64().unwrap_or(-1))?;
            percent_pad(&ch.to_string(), spec, width, precision, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let text = percent_long(n, spec.flags.alternate, precision, spec.conv)?;
            percent_pad(&text, spec, width, precision, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            percent_format_float(int_to_f64(n)?, spec, width, precision)
        }
        's' | 'r' | 'a' => percent_format_str(&n.to_string(), spec, width, precision),
        c => Err(unsupported_char(c, None)),
    }
}

/// `_PyUnicode_FormatLong`: sign, "0x"/"0o" marker if `alt`, digits
/// zero-extended to `precision`.
fn percent_long(
    n: &BigInt,
    alt: bool,
    precision: Option<usize>,
    conv: char,
) -> Result<String, String> {
    if precision.is_some_and(|p| p > INT_MAX - 3) {
        return Err("precision too large".to_string());
    }
    let (radix, marker) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(n, radix)?;
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if alt {
        out.push_str(marker);
    }
    push_n(&mut out, '0', zeros);
    out.push_str(&digits);
    Ok(out)
}

/// Formats a float for `%e %E %f %F %g %G`; `%d %i %u` truncate it to an
/// int as CPython does; `%s %r %a` use its repr. Width/precision as for
/// [`percent_format_int`].
pub fn percent_format_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    match spec.conv {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            if precision.is_some_and(|p| p > INT_MAX) {
                return Err("precision too big".to_string());
            }
            let flags = DtoaFlags {
                alt: spec.flags.alternate,
                ..DtoaFlags::default()
            };
            let text = double_to_string(x, spec.conv, precision.unwrap_or(6), flags);
            percent_pad(&text, spec, width, precision, true)
        }
        'd' | 'i' | 'u' => percent_format_int(&float_to_int(x)?, spec, width, precision),
        'o' | 'x' | 'X' => Err(format!(
            "%{} format: an integer is required, not float",
            spec.conv
        )),
        'c' => Err("%c requires int or char".to_string()),
        's' | 'r' | 'a' => percent_format_str(&float_repr(x), spec, width, precision),
        c => Err(unsupported_char(c, None)),
    }
}

/// `int(x)` for a float: truncation toward zero.
fn float_to_int(x: f64) -> Result<BigInt, String> {
    if x.is_nan() {
        return Err("cannot convert float NaN to integer".to_string());
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| "cannot convert float infinity to integer".to_string())
}

/// Pads (and for %s %r %a truncates) an already-converted string; also right
/// for `%c` of a one-character string. Fails only for an absurd width.
pub fn percent_format_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    percent_pad(s, spec, width, precision, false)
}

/// `unicode_format_arg_output`. `numeric` means CPython's `arg->sign`: the
/// text may start with a sign, '+'/' ' flags apply, and '0' pads after the
/// sign and any "0x"/"0o" marker.
fn percent_pad(
    text: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> Result<String, String> {
    let width = width_of(width)?;
    let flags = &spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    if matches!(spec.conv, 's' | 'r' | 'a') {
        len = len.min(precision.unwrap_or(usize::MAX));
    }
    let mut start = 0;
    let sign = match chars.first() {
        _ if !numeric => None,
        Some(&c @ ('-' | '+')) => {
            (start, len) = (1, len - 1);
            Some(c)
        }
        _ if flags.sign => Some('+'),
        _ if flags.space => Some(' '),
        _ => None,
    };
    let marker = flags.alternate && matches!(spec.conv, 'x' | 'X' | 'o') && numeric;
    let mut width = width.max(len);
    if sign.is_some() && width > len {
        width -= 1;
    }
    let mut prefix = String::new();
    prefix.extend(sign);
    if marker {
        prefix.push('0');
        prefix.push(spec.conv);
        (start, len) = (start + 2, len.saturating_sub(2));
        width = width.saturating_sub(2);
    }
    let left_pad = if flags.left {
        0
    } else {
        width.saturating_sub(len)
    };
    let mut out = String::with_capacity(width + prefix.len() + text.len());
    if fill == ' ' {
        push_n(&mut out, fill, left_pad);
        out.push_str(&prefix);
    } else {
        out.push_str(&prefix);
        push_n(&mut out, fill, left_pad);
    }
    out.extend(chars.iter().skip(start).take(len));
    push_n(&mut out, ' ', width.saturating_sub(len + left_pad));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes Python's 'unicode_escape' encoding used by the cases file.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let hex_len = match it.next() {
                Some('x') => 2,
                Some('u') => 4,
                Some('U') => 8,
                Some('n') => {
                    out.push('\n');
                    continue;
                }
                Some('t') => {
                    out.push('\t');
                    continue;
                }
                Some('r') => {
                    out.push('\r');
                    continue;
                }
                Some(other) => {
                    out.push(other);
                    continue;
                }
                None => break,
            };
            let hex: String = it.by_ref().take(hex_len).collect();
            let code = u32::from_str_radix(&hex, 16).expect("hex escape");
            out.push(char::from_u32(code).expect("valid char"));
        }
        out
    }

    fn bits(hex: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
    }

    fn int(s: &str) -> BigInt {
        s.parse().expect("int literal")
    }

    enum Arg {
        Int(BigInt),
        Float(f64),
        Text(String),
    }

    fn parse_args(field: &str) -> Vec<Arg> {
        field
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(|t| match t.split_at(2) {
                ("i:", v) => Arg::Int(int(v)),
                ("f:", v) => Arg::Float(bits(v)),
                (_, v) => {
                    let bytes: Vec<u8> = (0..v.len())
                        .step_by(2)
                        .map(|i| u8::from_str_radix(&v[i..i + 2], 16).expect("hex byte"))
                        .collect();
                    Arg::Text(String::from_utf8(bytes).expect("utf-8"))
                }
            })
            .collect()
    }

    fn star_arg(args: &mut impl Iterator<Item = Arg>) -> i64 {
        match args.next() {
            Some(Arg::Int(n)) => n.to_i64().expect("small int"),
            _ => panic!("* wants int"),
        }
    }

    /// A minimal `fmt % args` driver, as the interpreter would use the API.
    fn run_percent(fmt: &str, args: Vec<Arg>) -> Result<String, String> {
        let mut args = args.into_iter();
        let mut out = String::new();
        let mut i = 0;
        while let Some(off) = fmt[i..].find('%') {
            out.push_str(&fmt[i..i + off]);
            let (mut spec, next) = parse_percent_spec(fmt, i + off + 1)?;
            i = next;
            if spec.conv == '%' {
                out.push('%');
                continue;
            }
            let width = match spec.width {
                Some(PercentNum::Star) => {
                    let w = star_arg(&mut args);
                    spec.flags.left |= w < 0;
                    Some(w.unsigned_abs() as usize)
                }
                Some(PercentNum::Fixed(w)) => Some(w),
                None => None,
            };
            let precision = match spec.precision {
                Some(PercentNum::Star) => Some(star_arg(&mut args).max(0) as usize),
                Some(PercentNum::Fixed(p)) => Some(p),
                None => None,
            };
            out.push_str(&match args.next().expect("enough args") {
                Arg::Int(n) => percent_format_int(&n, &spec, width, precision)?,
                Arg::Float(x) => percent_format_float(x, &spec, width, precision)?,
                Arg::Text(t) => percent_format_str(&t, &spec, width, precision)?,
            });
        }
        out.push_str(&fmt[i..]);
        Ok(out)
    }

    fn run_case(kind: &str, spec: &str, value: &str) -> Result<String, String> {
        match kind {
            "R" => Ok(float_repr(bits(value))),
            "F" => format_float(bits(value), &parse_format_spec_for(spec, "float")?),
            "I" => format_int(&int(value), &parse_format_spec_for(spec, "int")?),
            "S" => format_str(value, &parse_format_spec_for(spec, "str")?),
            "P" => run_percent(spec, parse_args(value)),
            _ => panic!("unknown case kind {kind}"),
        }
    }

    #[test]
    fn oracle_cases() {
        let data = include_str!("format_spec_cases.txt");
        let mut failures = Vec::new();
        let mut total = 0;
        for line in data
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let fields: Vec<String> = line.split('\t').map(unescape).collect();
            let [kind, spec, value, expected] = &fields[..] else {
                panic!("bad case line: {line}");
            };
            total += 1;
            let got = match run_case(kind, spec, value) {
                Ok(s) => s,
                Err(e) => format!("!{e}"),
            };
            if &got != expected {
                failures.push(format!(
                    "{kind} {spec:?} {value:?}: expected {expected:?}, got {got:?}"
                ));
            }
        }
        for f in failures.iter().take(40) {
            eprintln!("{f}");
        }
        eprintln!(
            "oracle: {} passed, {} failed",
            total - failures.len(),
            failures.len()
        );
        assert!(failures.is_empty());
    }

    #[test]
    fn spec_fields() {
        let s = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!((s.fill, s.align, s.sign), ('*', Some('^'), Some('+')));
        assert!(s.no_neg_0 && s.alternate && !s.zero);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (Some(12), Some('_'), Some(3), Some('f'))
        );
        let z = parse_format_spec("08").unwrap();
        assert_eq!(
            (z.fill, z.zero, z.align, z.width),
            ('0', true, None, Some(8))
        );
        assert_eq!(
            parse_format_spec("abc").unwrap_err(),
            "Invalid format specifier"
        );
    }

    #[test]
    fn percent_spec_fields() {
        let (s, end) = parse_percent_spec("x%(k)-#*.*lf!", 2).unwrap();
        assert_eq!(s.key.as_deref(), Some("k"));
        assert!(s.flags.left && s.flags.alternate);
        assert_eq!(
            (s.width, s.precision, s.conv, end),
            (Some(PercentNum::Star), Some(PercentNum::Star), 'f', 12)
        );
        assert_eq!(parse_percent_spec("%%", 1).unwrap().1, 2);
        assert_eq!(
            parse_percent_spec("é%", 3).unwrap_err(),
            "incomplete format"
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        let specs = [
            "",
            "\u{0}",
            "99999999999999999999",
            "9999999999",
            ".9999999999f",
            "<",
            "=",
            "0",
            "\u{10ffff}>",
        ];
        for spec in specs {
            if let Ok(s) = parse_format_spec(spec) {
                let _ = format_int(&int("-12345678901234567890"), &s);
                let _ = format_float(-1.5e300, &s);
                let _ = format_str("abc", &s);
            }
        }
        assert_eq!(
            format_str("a", &parse_format_spec("9999999999").unwrap()).unwrap_err(),
            ERR_TOO_LARGE
        );
        assert!(parse_percent_spec("%d", 7).is_err());
        assert!(parse_percent_spec("é%d", 1).is_err());
        assert_eq!(
            exception_type("%x format: an integer is required, not float"),
            "TypeError"
        );
    }
}
