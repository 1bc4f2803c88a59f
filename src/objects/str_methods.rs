//! The methods of `str`: the constructor, searching, splitting and joining,
//! stripping and padding, case mapping, the `is*` predicates, `replace`,
//! `encode`, `translate`/`maketrans`, `format`/`format_map`, and the dunders
//! user code may call explicitly (`s.__add__(t)`). Follows CPython 3.11's
//! `Objects/unicodeobject.c`, `Objects/stringlib/` and
//! `Objects/stringlib/unicode_format.h`, error messages included.
//!
//! Invariants and conventions:
//! - `str` is immutable, so no method takes a lock. Whatever may run Python
//!   code (`__index__`, a translate table's `__getitem__`, a format field's
//!   `__format__`) goes through the `Vm`.
//! - Text is UTF-8 (`objects/str.rs`) but every index a method takes or
//!   returns counts characters. Searches run on the bytes (`str::find`) and
//!   convert the byte offset back; for ASCII strings both agree and nothing
//!   is walked. Slicing happens only at character boundaries: `char_slice`,
//!   offsets returned by `str` searches, or positions of ASCII characters.
//! - `self` is `args.pos()[0]`, a `PyStr` payload (an exact `str` or, later,
//!   an instance of a subclass); methods returning `self` unchanged return it
//!   only when it is an exact `str`, as CPython does.
//! - Argument errors use CPython's wording, which depends on how CPython
//!   declares the method; one helper per declaration style (first section).
//! - Results are sized before they are built: a result too large to allocate
//!   is a MemoryError, never an abort.
//! - Unicode properties are those of Unicode 14.0 (CPython 3.11's
//!   `unicodedata`): letters, digits, numerics, printables and identifier
//!   characters come from the tables at the end of the file, generated from
//!   CPython; case properties and mappings come from Rust's `char`, limited
//!   to the characters Unicode 14.0 assigns, plus the few title-case and
//!   case-folding rules Rust's std does not provide.
//!
//! Called from: `objects::types` (`init`) at start-up; `str.maketrans` is a
//! staticmethod wrapping a builtin function, like `dict.fromkeys`.

use std::cmp::Ordering;
use std::iter::repeat_n;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::bytes::{bytes_value, PyBytes};
use crate::objects::descriptor::PyStaticMethod;
use crate::objects::dict::PyDict;
use crate::objects::exception::{
    index_error, key_error, memory_error, new_error, overflow_error, type_error, value_error, ExcKind, PyErr, PyResult,
};
use crate::objects::instance::set_new;
use crate::objects::int::PyBigInt;
use crate::objects::iter::str_iter;
use crate::objects::list::{list_value, PyList};
use crate::objects::method::{add_attr, add_methods, check_count, new_builtin_function, Args, NativeFn};
use crate::objects::none::not_implemented;
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::ops::convert::{ascii_escape, str_repr};
use crate::vm::state::interp;
use crate::vm::Vm;

// ===== Arguments =====

/// `self`: a str, or an instance of a str subclass.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyStr>> {
    match args.pos().first() {
        Some(v) => v.downcast::<PyStr>().ok_or_else(|| {
            type_error(format!("descriptor requires a 'str' object but received a '{}'", type_name(v)))
        }),
        None => Err(type_error("unbound method needs a 'str' argument")),
    }
}

fn type_name(v: &Value) -> &str {
    v.class().payload.name()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords(name: &str) -> PyErr {
    type_error(format!("str.{name}() takes no keyword arguments"))
}

/// Positional-only parameters (METH_NOARGS, METH_O, Argument Clinic):
/// "str.upper() takes no arguments (1 given)", "str.zfill() takes exactly
/// one argument (0 given)", "center expected at least 1 argument, got 0".
/// Returns `self` and the arguments after it.
fn positional<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(no_keywords(name));
    }
    let rest = &args.pos()[1..];
    if rest.len() < min || rest.len() > max {
        let fname = if min == max { format!("str.{name}") } else { name.to_string() };
        check_count(&fname, rest.len(), min, max)?;
    }
    Ok((s, rest))
}

/// PyArg_ParseTuple-style parameters (find, count, index, startswith...):
/// "find() takes at least 1 argument (0 given)".
fn tuple_style<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(no_keywords(name));
    }
    let rest = &args.pos()[1..];
    let n = rest.len();
    if n < min {
        return Err(type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok((s, rest))
}

/// Parameters that may also be passed by keyword, checked as Argument
/// Clinic's `_PyArg_UnpackKeywords` does (split, splitlines, expandtabs,
/// encode, the constructor). `pos` excludes `self`; one slot per name.
fn keywords<'a>(args: &Args<'a>, pos: &'a [Value], fname: &str, names: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    let (nargs, nkw, max) = (pos.len(), args.kwnames.len(), names.len());
    if nargs + nkw > max {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(type_error(format!("{fname}() takes at most {max} {kw}argument{} ({} given)", plural(max), nargs + nkw)));
    }
    let mut slots: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    slots.resize(max, None);
    let mut unused = nkw;
    for (i, name) in names.iter().enumerate().skip(nargs) {
        if let Some(v) = args.kwarg(name) {
            slots[i] = Some(v);
            unused = unused.saturating_sub(1);
        }
    }
    if unused > 0 {
        for (i, name) in names.iter().enumerate().take(nargs) {
            if args.kwarg(name).is_some() {
                return Err(type_error(format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
            }
        }
        let bad = args.kw().map(|(k, _)| k).find(|k| !names.contains(k)).unwrap_or_default();
        return Err(type_error(format!("'{bad}' is an invalid keyword argument for {fname}()")));
    }
    Ok(slots)
}

/// `self` and the keyword-capable parameters of a method.
fn method_keywords<'a>(args: &Args<'a>, name: &str, names: &[&str]) -> PyResult<(&'a Py<PyStr>, Vec<Option<&'a Value>>)> {
    let s = this(args)?;
    Ok((s, keywords(args, &args.pos()[1..], name, names)?))
}

/// A str argument, or TypeError "must be str, not int".
fn expect_str(v: &Value) -> PyResult<&Py<PyStr>> {
    v.downcast::<PyStr>().ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// A str argument checked by Argument Clinic: "{what} must be str, not
/// None" (Clinic names None itself, not its type).
fn clinic_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a Py<PyStr>> {
    v.downcast::<PyStr>().ok_or_else(|| {
        let got = if v.is_none() { "None" } else { type_name(v) };
        type_error(format!("{what} must be str, not {got}"))
    })
}

/// A C `Py_ssize_t` argument (widths, counts, maxsplit).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.payload_is::<PyBigInt>() {
        return Err(overflow_error("Python int too large to convert to C ssize_t"));
    }
    vm.to_index(v)
}

/// A C `int` argument (tabsize, keepends).
fn cint_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    if v.payload_is::<PyBigInt>() {
        return Err(too_large());
    }
    i32::try_from(vm.to_index(v)?).map_err(|_| too_large())
}

/// An optional start/end argument: None, or an integer (big ones clamp, as
/// CPython's `_PyEval_SliceIndex`).
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(v) => {
            if let Some(b) = v.downcast::<PyBigInt>() {
                return Ok(Some(if b.value.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }));
            }
            if vm.lookup_user_special(v, &interp().names.index).is_some() {
                return vm.to_index(v).map(Some);
            }
            Err(type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// The `[start[, end]]` arguments of find, count, startswith..., adjusted as
/// CPython's ADJUST_INDICES: `end` clamped into `0..=len`, a negative
/// `start` counted from the end (and floored at 0); `start` may exceed `len`.
fn bounds(vm: &mut Vm, s: &PyStr, p: &[Value]) -> PyResult<(i64, i64)> {
    let start = slice_bound(vm, p.first())?;
    let end = slice_bound(vm, p.get(1))?;
    let len = s.char_len() as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    Ok((start, end))
}

// ===== Results =====

/// A string with room for `size` bytes (None: the size overflowed).
fn string_with_capacity(size: Option<usize>) -> PyResult<String> {
    let size = size.ok_or_else(memory_error)?;
    let mut s = String::new();
    s.try_reserve(size).map_err(|_| memory_error())?;
    Ok(s)
}

/// `v` itself when it is an exact str, else an exact copy of its text.
fn exact(v: &Value, s: &PyStr) -> Value {
    if v.class().is(&types().str) {
        v.clone()
    } else {
        str_value(s.as_str())
    }
}

/// `self` unchanged (CPython's `unicode_result_unchanged`).
fn unchanged(args: &Args, s: &PyStr) -> Value {
    exact(&args.pos()[0], s)
}

/// Characters in `part`, a piece of `s`'s text.
fn chars_in(s: &PyStr, part: &str) -> usize {
    if s.is_ascii() {
        part.len()
    } else {
        part.chars().count()
    }
}

fn str_list<'s>(parts: impl Iterator<Item = &'s str>) -> Value {
    list_value(parts.map(str_value).collect())
}

// ===== Constructor =====

/// `str()`, `str(object)`, `str(object, encoding[, errors])`.
fn str_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let a = keywords(args, args.pos(), "str", &["object", "encoding", "errors"])?;
    let encoding = optional_str(a[1], "str() argument 'encoding'")?;
    let errors = optional_str(a[2], "str() argument 'errors'")?;
    let value = match a[0] {
        None => str_value(""),
        Some(obj) if encoding.is_none() && errors.is_none() => vm.str(obj)?.into_value(),
        Some(obj) => str_value(decode_object(obj, encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))?),
    };
    if cls.is(&types().str) {
        return Ok(value);
    }
    let text = value.downcast::<PyStr>().map(|s| s.as_str().to_string()).unwrap_or_default();
    Ok(PyRef::new_in(PyStr::from_string(text), cls).into_value())
}

fn optional_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    v.map(|v| clinic_str(v, what).map(|s| s.as_str())).transpose()
}

fn decode_object(obj: &Value, encoding: &str, errors: &str) -> PyResult<String> {
    if obj.payload_is::<PyStr>() {
        return Err(type_error("decoding str is not supported"));
    }
    let b = obj.downcast::<PyBytes>().ok_or_else(|| {
        type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(obj)))
    })?;
    decode_bytes(&b.data, encoding, errors)
}

// ===== Codecs: utf-8, ascii, latin-1 =====

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name denotes, normalized as Python's
    /// `encodings.normalize_encoding` (case and punctuation runs ignored).
    fn lookup(name: &str) -> PyResult<Codec> {
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
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Ok(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "ibm819"
            | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Ok(Codec::Latin1),
            _ => Err(new_error(ExcKind::LookupError, format!("unknown encoding: {name}"))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Code points below this encode as one byte.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    new_error(ExcKind::LookupError, format!("unknown error handler name '{errors}'"))
}

/// `\xe9`, `\u20ac` or `\U0001f600`: how codec messages and
/// `backslashreplace` show a non-ASCII character.
fn escape_char(c: char) -> String {
    ascii_escape(c.encode_utf8(&mut [0; 4]))
}

fn encode_text(text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u32 as u8);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&c| c as u32 >= limit).count();
        encode_bad_run(&mut out, &chars[i..i + run], i, codec, errors)?;
        i += run;
    }
    Ok(out)
}

/// Apply the error handler to a run of unencodable characters at `pos`.
fn encode_bad_run(out: &mut Vec<u8>, bad: &[char], pos: usize, codec: Codec, errors: &str) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = match bad {
                [c] => format!("character '{}' in position {pos}", escape_char(*c)),
                _ => format!("characters in position {pos}-{}", pos + bad.len() - 1),
            };
            let msg = format!("'{}' codec can't encode {what}: ordinal not in range({})", codec.name(), codec.limit());
            Err(new_error(ExcKind::UnicodeEncodeError, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.extend(repeat_n(b'?', bad.len()));
            Ok(())
        }
        "xmlcharrefreplace" => {
            bad.iter().for_each(|&c| out.extend(format!("&#{};", c as u32).bytes()));
            Ok(())
        }
        "backslashreplace" => {
            bad.iter().for_each(|&c| out.extend(escape_char(c).bytes()));
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match Codec::lookup(encoding)? {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_bad_run(&mut out, &data[i..=i], i, Codec::Ascii, "ordinal not in range(128)", errors)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(data, errors),
    }
}

/// UTF-8 with CPython's error reports: each invalid maximal subpart is one
/// error ("invalid start byte", "invalid continuation byte", "unexpected
/// end of data"), as Rust's `Utf8Error` delimits it.
fn decode_utf8(data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
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
            Some(n) if matches!(rest[valid], 0x80..=0xc1 | 0xf5..=0xff) => (n, "invalid start byte"),
            Some(n) => (n, "invalid continuation byte"),
        };
        decode_bad_run(&mut out, &rest[valid..valid + n], pos + valid, Codec::Utf8, reason, errors)?;
        pos += valid + n;
    }
    Ok(out)
}

/// Apply the error handler to undecodable bytes at `pos`.
fn decode_bad_run(out: &mut String, bad: &[u8], pos: usize, codec: Codec, reason: &str, errors: &str) -> PyResult<()> {
    match errors {
        "strict" => {
            let what = match bad {
                [b] => format!("byte 0x{b:02x} in position {pos}"),
                _ => format!("bytes in position {pos}-{}", pos + bad.len() - 1),
            };
            let msg = format!("'{}' codec can't decode {what}: {reason}", codec.name());
            Err(new_error(ExcKind::UnicodeDecodeError, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            bad.iter().for_each(|b| out.push_str(&format!("\\x{b:02x}")));
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

fn encode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, a) = method_keywords(args, "encode", &["encoding", "errors"])?;
    let encoding = optional_str(a[0], "encode() argument 'encoding'")?.unwrap_or("utf-8");
    let errors = optional_str(a[1], "encode() argument 'errors'")?.unwrap_or("strict");
    Ok(bytes_value(encode_text(s.as_str(), Codec::lookup(encoding)?, errors)?))
}

// ===== Searching =====

/// Character index of `sub` in `s[a:b]` (bounds already adjusted).
fn find_in(s: &PyStr, sub: &PyStr, a: i64, b: i64, reverse: bool) -> Option<i64> {
    if b - a < sub.char_len() as i64 {
        return None;
    }
    let region = s.char_slice(a as usize, b as usize);
    let at = if reverse { region.rfind(sub.as_str()) } else { region.find(sub.as_str()) }?;
    Some(a + chars_in(s, &region[..at]) as i64)
}

/// Does `s[a:b]` start (or end) with `sub`? (CPython's `tailmatch`.)
fn tail_match(s: &PyStr, sub: &PyStr, a: i64, b: i64, at_end: bool) -> bool {
    if b - (sub.char_len() as i64) < a {
        return false;
    }
    let region = s.char_slice(a as usize, b as usize);
    if at_end {
        region.ends_with(sub.as_str())
    } else {
        region.starts_with(sub.as_str())
    }
}

/// find/rfind/index/rindex: `sub[, start[, end]]`.
fn search(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<i64>> {
    let (s, p) = tuple_style(args, name, 1, 3)?;
    let (a, b) = bounds(vm, s, &p[1..])?;
    let sub = expect_str(&p[0])?;
    Ok(find_in(s, sub, a, b, reverse))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "find", false)?.unwrap_or(-1)))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, "rfind", true)?.unwrap_or(-1)))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    search(vm, args, "index", false)?.map(Value::Int).ok_or_else(|| value_error("substring not found"))
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    search(vm, args, "rindex", true)?.map(Value::Int).ok_or_else(|| value_error("substring not found"))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = tuple_style(args, "count", 1, 3)?;
    let (a, b) = bounds(vm, s, &p[1..])?;
    let sub = expect_str(&p[0])?;
    let n = if b - a < sub.char_len() as i64 {
        0
    } else if sub.char_len() == 0 {
        b - a + 1
    } else {
        s.char_slice(a as usize, b as usize).matches(sub.as_str()).count() as i64
    };
    Ok(Value::Int(n))
}

/// startswith/endswith: a str or a tuple of str, then `[start[, end]]`.
fn affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (s, p) = tuple_style(args, name, 1, 3)?;
    let (a, b) = bounds(vm, s, &p[1..])?;
    if let Some(t) = p[0].downcast::<PyTuple>() {
        for item in t.items.iter() {
            let sub = item.downcast::<PyStr>().ok_or_else(|| {
                type_error(format!("tuple for {name} must only contain str, not {}", type_name(item)))
            })?;
            if tail_match(s, sub, a, b, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let sub = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(&p[0])))
    })?;
    Ok(Value::Bool(tail_match(s, sub, a, b, at_end)))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_match(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_match(vm, args, "endswith", true)
}

fn partition_impl(args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, p) = positional(args, name, 1, 1)?;
    let sep = expect_str(&p[0])?;
    if sep.char_len() == 0 {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    let parts = match found {
        Some(i) => vec![str_value(&text[..i]), exact(&p[0], sep), str_value(&text[i + sep.as_str().len()..])],
        None if reverse => vec![str_value(""), str_value(""), unchanged(args, s)],
        None => vec![unchanged(args, s), str_value(""), str_value("")],
    };
    Ok(tuple_value(parts))
}

fn partition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

// ===== Splitting and joining =====

/// `self`, the separator (None: whitespace) and the maximum number of splits.
type SplitArgs<'a> = (&'a Py<PyStr>, Option<&'a Py<PyStr>>, usize);

/// `sep=None, maxsplit=-1` of split and rsplit.
fn split_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<SplitArgs<'a>> {
    let (s, a) = method_keywords(args, name, &["sep", "maxsplit"])?;
    let maxsplit = match a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = v.downcast::<PyStr>();
            Some(sep.ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?)
        }
    };
    if sep.is_some_and(|sep| sep.char_len() == 0) {
        return Err(value_error("empty separator"));
    }
    Ok((s, sep, usize::try_from(maxsplit).unwrap_or(usize::MAX)))
}

/// Split on runs of whitespace; after `max` splits the rest is one piece
/// (leading whitespace dropped, trailing kept).
fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = &rest[end..];
    }
    parts
}

/// `split_whitespace` from the right.
fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        let start = rest.char_indices().rev().find(|&(_, c)| is_space(c)).map_or(0, |(i, c)| i + c.len_utf8());
        parts.push(&rest[start..]);
        rest = &rest[..start];
    }
    parts.reverse();
    parts
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, "split")?;
    Ok(match sep {
        None => str_list(split_whitespace(s.as_str(), max).into_iter()),
        Some(sep) => str_list(s.as_str().splitn(max.saturating_add(1), sep.as_str())),
    })
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, "rsplit")?;
    let parts = match sep {
        None => rsplit_whitespace(s.as_str(), max),
        Some(sep) => {
            let mut parts: Vec<&str> = s.as_str().rsplitn(max.saturating_add(1), sep.as_str()).collect();
            parts.reverse();
            parts
        }
    };
    Ok(str_list(parts.into_iter()))
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, a) = method_keywords(args, "splitlines", &["keepends"])?;
    let keep = match a[0] {
        Some(v) => cint_arg(vm, v)? != 0,
        None => false,
    };
    let text = s.as_str();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            end += 1;
        }
        parts.push(&text[start..if keep { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    Ok(str_list(parts.into_iter()))
}

/// The items of `join`'s argument ("can only join an iterable").
fn join_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if v.payload_is::<PyList>() || v.payload_is::<PyTuple>() {
        return vm.to_vec(v);
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::TypeError)) => {
            return Err(type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(x) = vm.next(&it)? {
        items.push(x);
    }
    Ok(items)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "join", 1, 1)?;
    let items = join_items(vm, &p[0])?;
    let sep = s.as_str();
    let mut size = sep.len().checked_mul(items.len().saturating_sub(1));
    let mut pieces = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let piece = item.downcast::<PyStr>().ok_or_else(|| {
            type_error(format!("sequence item {i}: expected str instance, {} found", type_name(item)))
        })?;
        size = size.and_then(|n| n.checked_add(piece.as_str().len()));
        pieces.push(piece.as_str());
    }
    let mut out = string_with_capacity(size)?;
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(piece);
    }
    Ok(str_value(out))
}

// ===== Stripping, padding, tabs, replacing =====

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, p) = positional(args, name, 0, 1)?;
    let text = s.as_str();
    let out = match p.first() {
        None | Some(Value::None) => trim_by(text, left, right, &is_space),
        Some(v) => {
            let chars = v.downcast::<PyStr>().ok_or_else(|| type_error(format!("{name} arg must be None or str")))?;
            trim_by(text, left, right, &|c| chars.as_str().contains(c))
        }
    };
    Ok(if out.len() == text.len() { unchanged(args, s) } else { str_value(out) })
}

fn trim_by<'t>(text: &'t str, left: bool, right: bool, pred: &dyn Fn(char) -> bool) -> &'t str {
    let t = if left { text.trim_start_matches(pred) } else { text };
    if right {
        t.trim_end_matches(pred)
    } else {
        t
    }
}

fn strip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn fill_char(v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    match v.downcast::<PyStr>() {
        Some(f) if f.char_len() == 1 => Ok(f.char_at(0)),
        Some(_) => Err(type_error("The fill character must be exactly one character long")),
        None => Err(type_error(format!("The fill character must be a unicode character, not {}", type_name(v)))),
    }
}

/// `text` with `left` and `right` copies of `fill` around it.
fn pad(text: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let size = left.checked_add(right).and_then(|n| n.checked_mul(fill.len_utf8())).and_then(|n| n.checked_add(text.len()));
    let mut out = string_with_capacity(size)?;
    out.extend(repeat_n(fill, left));
    out.push_str(text);
    out.extend(repeat_n(fill, right));
    Ok(out)
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

/// ljust/rjust/center: `width[, fillchar]`.
fn justify(vm: &mut Vm, args: &Args, name: &str, align: Align) -> PyResult<Value> {
    let (s, p) = positional(args, name, 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = fill_char(p.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(args, s));
    }
    let marg = width - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => marg,
        // CPython's rounding: the odd extra space goes left only for odd widths.
        Align::Center => marg / 2 + (marg & width & 1),
    };
    Ok(str_value(pad(s.as_str(), left as usize, (marg - left) as usize, fill)?))
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "ljust", Align::Left)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "rjust", Align::Right)
}

fn center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "center", Align::Center)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "zfill", 1, 1)?;
    let width = ssize_arg(vm, &p[0])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(unchanged(args, s));
    }
    let text = s.as_str();
    let (sign, digits) = if text.starts_with(['+', '-']) { text.split_at(1) } else { ("", text) };
    let zeros = (width - len) as usize;
    let mut out = string_with_capacity(zeros.checked_add(text.len()))?;
    out.push_str(sign);
    out.extend(repeat_n('0', zeros));
    out.push_str(digits);
    Ok(str_value(out))
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, a) = method_keywords(args, "expandtabs", &["tabsize"])?;
    let tabsize = match a[0] {
        Some(v) => cint_arg(vm, v)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(unchanged(args, s));
    }
    // Spaces a tab at `column` expands to (none for tabsize <= 0).
    let tab = |column: u64| if tabsize > 0 { tabsize as u64 - column % tabsize as u64 } else { 0 };
    // First pass: the size, so an enormous result is a MemoryError.
    let (mut column, mut size) = (0u64, 0u64);
    for c in text.chars() {
        if c == '\t' {
            let n = tab(column);
            column = column.saturating_add(n);
            size = size.saturating_add(n);
        } else {
            column = if c == '\n' || c == '\r' { 0 } else { column + 1 };
            size = size.saturating_add(c.len_utf8() as u64);
        }
    }
    let mut out = string_with_capacity(usize::try_from(size).ok())?;
    column = 0;
    for c in text.chars() {
        if c == '\t' {
            let n = tab(column);
            column += n;
            out.extend(repeat_n(' ', n as usize));
        } else {
            column = if c == '\n' || c == '\r' { 0 } else { column + 1 };
            out.push(c);
        }
    }
    Ok(str_value(out))
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "replace", 2, 3)?;
    let old = clinic_str(&p[0], "replace() argument 1")?;
    let new = clinic_str(&p[1], "replace() argument 2")?;
    let count = match p.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    match replace_text(s, old.as_str(), new.as_str(), max)? {
        Some(out) => Ok(str_value(out)),
        None => Ok(unchanged(args, s)),
    }
}

/// `s` with the first `max` occurrences of `old` replaced (None: nothing to replace).
fn replace_text(s: &PyStr, old: &str, new: &str, max: usize) -> PyResult<Option<String>> {
    let text = s.as_str();
    let n = if old.is_empty() { max.min(s.char_len() + 1) } else { text.matches(old).take(max).count() };
    if n == 0 {
        return Ok(None);
    }
    let size = new.len().checked_mul(n).and_then(|r| r.checked_add(text.len() - old.len() * n));
    let mut out = string_with_capacity(size)?;
    if old.is_empty() {
        // `new` before each of the first n characters (and at the end if n allows).
        let mut chars = text.chars();
        for _ in 0..n {
            out.push_str(new);
            out.extend(chars.next());
        }
        out.extend(chars);
        return Ok(Some(out));
    }
    let mut last = 0;
    for (i, _) in text.match_indices(old).take(n) {
        out.push_str(&text[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&text[last..]);
    Ok(Some(out))
}

fn removeprefix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(args, "removeprefix", |t, a| t.strip_prefix(a))
}

fn removesuffix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(args, "removesuffix", |t, a| t.strip_suffix(a))
}

fn remove_affix(args: &Args, name: &str, strip: for<'t> fn(&'t str, &str) -> Option<&'t str>) -> PyResult<Value> {
    let (s, p) = positional(args, name, 1, 1)?;
    let affix = clinic_str(&p[0], &format!("{name}() argument"))?;
    match strip(s.as_str(), affix.as_str()) {
        Some(rest) if !affix.as_str().is_empty() => Ok(str_value(rest)),
        _ => Ok(unchanged(args, s)),
    }
}

// ===== Case mapping =====

/// Assigned in Unicode 14.0? Rust's `char` tables are newer; characters
/// CPython 3.11 does not know have no case.
fn known(c: char) -> bool {
    // Everything below U+0378 is assigned (controls have no case anyway).
    c < '\u{378}' || in_ranges(PRINTABLE, c)
}

/// Has its Unicode 14.0 case mappings: known, and not one of the letters
/// that only gained an uppercase partner later.
fn mapped(c: char) -> bool {
    known(c) && !matches!(c as u32, 0x19b | 0x264 | 0xa7d3 | 0xa7d5)
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase() && known(c)
    }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    // The Lowercase property changed for these after Unicode 14.0.
    match c as u32 {
        0x295 => true,
        0x10fc | 0xa7f2..=0xa7f4 | 0xab69 => false,
        _ => c.is_lowercase() && known(c),
    }
}

/// Category Lt: the digraphs and Greek letters with prosgegrammeni.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
        | 0x1fbc | 0x1fcc | 0x1ffc)
}

fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if mapped(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if mapped(c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Full title-case mapping: the uppercase mapping except for the characters
/// listed (Rust's std has no title case).
fn push_title(out: &mut String, c: char) {
    let lt = |n: u32| char::from_u32(n).unwrap_or(c);
    match c as u32 {
        0x1c4..=0x1c6 => out.push('\u{1c5}'),
        0x1c7..=0x1c9 => out.push('\u{1c8}'),
        0x1ca..=0x1cc => out.push('\u{1cb}'),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        n @ 0x1f80..=0x1faf => out.push(lt(n | 8)),
        0x1fb3 | 0x1fbc => out.push('\u{1fbc}'),
        0x1fc3 | 0x1fcc => out.push('\u{1fcc}'),
        0x1ff3 | 0x1ffc => out.push('\u{1ffc}'),
        // Uppercase ends in IOTA; title case keeps the ypogegrammeni.
        0x1fb2 | 0x1fb4 | 0x1fb7 | 0x1fc2 | 0x1fc4 | 0x1fc7 | 0x1ff2 | 0x1ff4 | 0x1ff7 => {
            let upper: Vec<char> = c.to_uppercase().collect();
            out.extend(&upper[..upper.len().saturating_sub(1)]);
            out.push('\u{345}');
        }
        // Georgian Mkhedruli letters uppercase to Mtavruli but are their own title case.
        0x10d0..=0x10ff => out.push(c),
        // Ligatures: only the first letter goes up ('ß' -> "Ss", 'ﬁ' -> "Fi").
        0xdf | 0x587 | 0xfb00..=0xfb06 | 0xfb13..=0xfb17 => {
            for (i, u) in c.to_uppercase().enumerate() {
                if i == 0 {
                    out.push(u);
                } else {
                    push_lower(out, u);
                }
            }
        }
        _ => push_upper(out, c),
    }
}

/// Full case folding: lowercase, except for the characters whose folding
/// is the lowercase of their uppercase ('ß' -> "ss", 'ς' -> 'σ', 'ﬁ' ->
/// "fi"), capital sharp s, and Cherokee (folds to uppercase).
fn push_fold(out: &mut String, c: char) {
    match c as u32 {
        0x1e9e => out.push_str("ss"),
        0x13a0..=0x13f5 => out.push(c),
        0x13f8..=0x13fd | 0xab70..=0xabbf => push_upper(out, c),
        0xb5 | 0xdf | 0x149 | 0x17f | 0x1f0 | 0x345 | 0x390 | 0x3b0 | 0x3c2 | 0x3d0 | 0x3d1 | 0x3d5 | 0x3d6 | 0x3f0
        | 0x3f1 | 0x3f5 | 0x587 | 0x1c80..=0x1c88 | 0x1e96..=0x1e9b | 0x1f50 | 0x1f52 | 0x1f54 | 0x1f56
        | 0x1f80..=0x1faf | 0x1fb2..=0x1fb4 | 0x1fb6 | 0x1fb7 | 0x1fbc | 0x1fbe | 0x1fc2..=0x1fc4 | 0x1fc6
        | 0x1fc7 | 0x1fcc | 0x1fd2 | 0x1fd3 | 0x1fd6 | 0x1fd7 | 0x1fe2..=0x1fe4 | 0x1fe6 | 0x1fe7
        | 0x1ff2..=0x1ff4 | 0x1ff6 | 0x1ff7 | 0x1ffc | 0xfb00..=0xfb06 | 0xfb13..=0xfb17 => {
            c.to_uppercase().for_each(|u| push_lower(out, u))
        }
        _ => push_lower(out, c),
    }
}

/// Character indices of the capital sigmas in Final_Sigma context (they
/// lowercase to 'ς'; CPython's `handle_capital_sigma`). Rust's
/// `str::to_lowercase` applies the same Unicode rule, so read its decisions.
fn final_sigmas(text: &str) -> Vec<usize> {
    if !text.contains('Σ') {
        return Vec::new();
    }
    let lowered = text.to_lowercase();
    let mut out = lowered.chars();
    let mut finals = Vec::new();
    for (i, c) in text.chars().enumerate() {
        if c == 'Σ' {
            if out.next() == Some('ς') {
                finals.push(i);
            }
        } else {
            c.to_lowercase().for_each(|_| {
                out.next();
            });
        }
    }
    finals
}

/// Lowercase character `i` of a string whose final sigmas are `finals`.
fn push_lower_at(out: &mut String, c: char, i: usize, finals: &[usize]) {
    if c == 'Σ' {
        out.push(if finals.binary_search(&i).is_ok() { 'ς' } else { 'σ' });
    } else {
        push_lower(out, c);
    }
}

fn lower_text(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let finals = final_sigmas(text);
    let mut out = String::with_capacity(text.len());
    text.chars().enumerate().for_each(|(i, c)| push_lower_at(&mut out, c, i, &finals));
    out
}

fn upper_text(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_upper(&mut out, c));
    out
}

fn title_text(text: &str) -> String {
    let finals = final_sigmas(text);
    let mut out = String::with_capacity(text.len());
    let mut previous_cased = false;
    for (i, c) in text.chars().enumerate() {
        if previous_cased {
            push_lower_at(&mut out, c, i, &finals);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

fn capitalize_text(text: &str) -> String {
    let finals = final_sigmas(text);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, c, i, &finals);
        }
    }
    out
}

fn swapcase_text(text: &str) -> String {
    let finals = final_sigmas(text);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, c, i, &finals);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold_text(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_fold(&mut out, c));
    out
}

/// A method taking no arguments and mapping the text to a new text.
fn map_text(args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let (s, _) = positional(args, name, 0, 0)?;
    Ok(str_value(f(s.as_str())))
}

fn lower(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "lower", lower_text)
}

fn upper(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "upper", upper_text)
}

fn title(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "title", title_text)
}

fn capitalize(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "capitalize", capitalize_text)
}

fn swapcase(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "swapcase", swapcase_text)
}

fn casefold(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_text(args, "casefold", casefold_text)
}

// ===== Predicates =====

/// Python's whitespace (`Py_UNICODE_ISSPACE`): bidirectional types WS, B, S and category Zs.
fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..=' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}'
        | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                Ordering::Less
            } else if lo > c {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

/// The value of a decimal digit (category Nd), as `Py_UNICODE_TODECIMAL`.
fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let d = n - DECIMAL_ZEROS[i.checked_sub(1)?];
    (d <= 9).then_some(d)
}

fn is_digit(c: char) -> bool {
    decimal_value(c).is_some() || (!c.is_ascii() && in_ranges(DIGIT_NOT_DECIMAL, c))
}

fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_ranges(NUMERIC_NOT_DIGIT, c))
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(PRINTABLE, c)
    }
}

/// XID_Start (or '_').
fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (is_alpha(c) && !in_ranges(ALPHA_NOT_ID_START, c)) || in_ranges(ID_START_NOT_ALPHA, c)
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start(c) || in_ranges(XID_CONTINUE_ONLY, c)
}

/// A predicate true when the string is non-empty and every character passes.
fn all_chars(args: &Args, name: &str, pred: fn(char) -> bool) -> PyResult<Value> {
    let (s, _) = positional(args, name, 0, 0)?;
    let text = s.as_str();
    Ok(Value::Bool(!text.is_empty() && text.chars().all(pred)))
}

fn isalpha(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isalpha", is_alpha)
}

fn isdecimal(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isdecimal", |c| decimal_value(c).is_some())
}

fn isdigit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isdigit", is_digit)
}

fn isnumeric(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isnumeric", is_numeric)
}

fn isalnum(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isalnum", |c| is_alpha(c) || is_numeric(c))
}

fn isspace(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    all_chars(args, "isspace", is_space)
}

fn isprintable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(args, "isprintable", 0, 0)?;
    Ok(Value::Bool(s.as_str().chars().all(is_printable)))
}

fn isascii(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(args, "isascii", 0, 0)?;
    Ok(Value::Bool(s.is_ascii()))
}

fn isidentifier(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(args, "isidentifier", 0, 0)?;
    let mut chars = s.as_str().chars();
    let ok = chars.next().is_some_and(is_id_start) && chars.all(is_id_continue);
    Ok(Value::Bool(ok))
}

/// islower/isupper: some cased character, and none of the other case (or title case).
fn case_only(args: &Args, name: &str, wanted: fn(char) -> bool, other: fn(char) -> bool) -> PyResult<Value> {
    let (s, _) = positional(args, name, 0, 0)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if other(c) || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= wanted(c);
    }
    Ok(Value::Bool(cased))
}

fn islower(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_only(args, "islower", is_lower, is_upper)
}

fn isupper(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_only(args, "isupper", is_upper, is_lower)
}

/// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
fn istitle(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(args, "istitle", 0, 0)?;
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else if is_lower(c) {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            (previous_cased, cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ===== translate and maketrans =====

/// What a translate table says about one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

/// `table[ord(c)]`, interpreted as CPython's `charmaptranslate_lookup`.
fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let v = match vm.get_item(table, &Value::Int(c as i64)) {
        Ok(v) => v,
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::LookupError)) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    let range_error = || value_error("character mapping must be in range(0x110000)");
    let code = match &v {
        Value::None => return Ok(Mapped::Delete),
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ if v.payload_is::<PyBigInt>() => return Err(range_error()),
        _ => match v.downcast::<PyStr>() {
            Some(s) => return Ok(Mapped::Text(s.as_str().to_string())),
            None => return Err(type_error("character mapping must return integer, None or str")),
        },
    };
    let code = u32::try_from(code).ok().filter(|&n| n < 0x11_0000).ok_or_else(range_error)?;
    // Strings are UTF-8: a lone surrogate cannot be stored.
    char::from_u32(code).map(Mapped::Char).ok_or_else(|| value_error("surrogate characters are not supported"))
}

fn push_mapped(out: &mut String, c: char, m: &Mapped) {
    match m {
        Mapped::Keep => out.push(c),
        Mapped::Delete => {}
        Mapped::Char(m) => out.push(*m),
        Mapped::Text(t) => out.push_str(t),
    }
}

/// ASCII results are cached per character while the input is ASCII; the
/// first other result ends the caching (CPython's `unicode_fast_translate`,
/// which then looks that character up again in its general loop).
fn cacheable(m: &Mapped) -> bool {
    match m {
        Mapped::Keep | Mapped::Delete => true,
        Mapped::Char(c) => c.is_ascii(),
        Mapped::Text(t) => t.len() == 1 && t.is_ascii(),
    }
}

fn translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "translate", 1, 1)?;
    let table = &p[0];
    let mut out = String::with_capacity(s.as_str().len());
    let mut cache: Vec<Option<Mapped>> = vec![None; if s.is_ascii() { 128 } else { 0 }];
    for c in s.as_str().chars() {
        if let Some(Some(m)) = cache.get(c as usize) {
            push_mapped(&mut out, c, m);
            continue;
        }
        let mut m = translate_lookup(vm, table, c)?;
        if !cache.is_empty() {
            if cacheable(&m) {
                cache[c as usize] = Some(m.clone());
            } else {
                cache.clear();
                m = translate_lookup(vm, table, c)?;
            }
        }
        push_mapped(&mut out, c, &m);
    }
    Ok(str_value(out))
}

/// `str.maketrans(x[, y[, z]])` (static: no `self`).
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("str.maketrans")?;
    let p = args.pos();
    check_count("maketrans", p.len(), 1, 3)?;
    let y = p.get(1).map(|v| clinic_str(v, "maketrans() argument 2")).transpose()?;
    let z = p.get(2).map(|v| clinic_str(v, "maketrans() argument 3")).transpose()?;
    let table = PyDict::new_ref();
    let Some(y) = y else {
        let d = p[0].downcast::<PyDict>().filter(|_| p[0].class().is(&types().dict));
        let d = d.ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
        for (k, v) in d.items() {
            vm.dict_set(&table, translate_key(&k)?, v)?;
        }
        return Ok(table.into_value());
    };
    let x = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.char_len() != y.char_len() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    for c in z.map_or("", |z| z.as_str()).chars() {
        vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
    }
    Ok(table.into_value())
}

/// A key of `maketrans`'s dict: a one-character str becomes its ordinal.
fn translate_key(k: &Value) -> PyResult<Value> {
    if let Some(s) = k.downcast::<PyStr>() {
        if s.char_len() != 1 {
            return Err(value_error("string keys in translate table must be of length 1"));
        }
        return Ok(Value::Int(s.char_at(0) as i64));
    }
    if matches!(k, Value::Int(_) | Value::Bool(_)) || k.payload_is::<PyBigInt>() {
        return Ok(k.clone());
    }
    Err(type_error("keys in translate table must be strings or integers"))
}

// ===== str.format =====

/// One replacement field: `{name!conversion:spec}`.
struct Field<'f> {
    name: &'f str,
    conversion: Option<char>,
    spec: &'f str,
    /// The spec holds nested fields (`{:{width}}`).
    nested: bool,
}

/// Where named fields come from: `format`'s keywords or `format_map`'s mapping.
enum Named<'a> {
    Keywords(Vec<(&'a str, &'a Value)>),
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// The state of one `format`/`format_map` call (CPython `unicode_format.h`).
struct Formatter<'a> {
    /// None for `format_map`, which has no positional arguments.
    positional: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// Decimal digits (any script) as an index; None if `s` is not all digits.
fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= i64::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parse the field starting at byte `*i` (just after its `{`); on return
/// `*i` is just after its closing `}`. Only ASCII syntax characters end
/// the pieces, so every slice is at a character boundary.
fn parse_field<'f>(fmt: &'f str, i: &mut usize) -> PyResult<Field<'f>> {
    let b = fmt.as_bytes();
    let start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if !matches!(c, b'}' | b':' | b'!') {
        return Err(value_error("expected '}' before end of string"));
    }
    let name = &fmt[start..*i - 1];
    let mut field = Field { name, conversion: None, spec: "", nested: false };
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let conv = fmt[*i..].chars().next();
        let conv = conv.ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
        field.conversion = Some(conv);
        *i += conv.len_utf8();
        if *i < b.len() {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < b.len() {
        let c = b[*i];
        *i += 1;
        if c == b'{' {
            field.nested = true;
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                field.spec = &fmt[spec_start..*i - 1];
                return Ok(field);
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

impl<'a> Formatter<'a> {
    /// Expand `fmt`; `depth` counts how many more nested specs may be expanded.
    fn render(&mut self, vm: &mut Vm, fmt: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        while i < b.len() {
            let start = i;
            while i < b.len() && b[i] != b'{' && b[i] != b'}' {
                i += 1;
            }
            out.push_str(&fmt[start..i]);
            if i == b.len() {
                break;
            }
            let brace = b[i];
            i += 1;
            if i < b.len() && b[i] == brace {
                // `{{` or `}}`: a literal brace.
                out.push(brace as char);
                i += 1;
            } else if brace == b'}' {
                return Err(value_error("Single '}' encountered in format string"));
            } else if i == b.len() {
                return Err(value_error("Single '{' encountered in format string"));
            } else {
                let field = parse_field(fmt, &mut i)?;
                self.render_field(vm, &field, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    fn render_field(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let obj = self.field_value(vm, field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('s') => vm.str(&obj)?.into_value(),
            Some('r') => vm.repr(&obj)?.into_value(),
            Some('a') => str_value(ascii_escape(vm.repr(&obj)?.as_str())),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")));
            }
            Some(c) => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec = if field.nested { self.render(vm, field.spec, depth - 1)? } else { field.spec.to_string() };
        out.push_str(vm.format(&obj, &spec)?.as_str());
        Ok(())
    }

    /// The object a field name denotes: `first` (an index, a name or empty
    /// for auto-numbering), then `.attr` and `[key]` steps.
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_len = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(first_len);
        let auto = first.is_empty();
        let mut index = field_index(first)?;
        if auto || index.is_some() {
            self.check_numbering(auto)?;
        }
        if auto {
            index = Some(self.next_auto);
            self.next_auto += 1;
        }
        let mut obj = match index {
            Some(i) => self.positional_arg(i)?,
            None => self.named_arg(vm, first)?,
        };
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let step = b[i];
            i += 1;
            let start = i;
            match step {
                b'.' => {
                    while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                        i += 1;
                    }
                    let attr = &rest[start..i];
                    if attr.is_empty() {
                        return Err(value_error("Empty attribute in format string"));
                    }
                    obj = vm.get_attr_str(&obj, attr)?;
                }
                b'[' => {
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    if i == b.len() {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    let key = &rest[start..i];
                    i += 1;
                    let key = match field_index(key)? {
                        Some(n) => Value::Int(n as i64),
                        None if key.is_empty() => return Err(value_error("Empty attribute in format string")),
                        None => str_value(key),
                    };
                    obj = vm.get_item(&obj, &key)?;
                }
                _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
            }
        }
        Ok(obj)
    }

    /// A numeric (or empty: `auto`) field name: all must use one numbering style.
    fn check_numbering(&mut self, auto: bool) -> PyResult<()> {
        if self.numbering == Numbering::Unset {
            self.numbering = if auto { Numbering::Auto } else { Numbering::Manual };
        }
        match (self.numbering, auto) {
            (Numbering::Manual, true) => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (Numbering::Auto, false) => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            _ => Ok(()),
        }
    }

    fn positional_arg(&self, i: usize) -> PyResult<Value> {
        let args = self.positional.ok_or_else(|| value_error("Format string contains positional fields"))?;
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!("Replacement index {i} out of range for positional args tuple"))
        })
    }

    fn named_arg(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match &self.named {
            Named::Keywords(kw) => match kw.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => Ok((*v).clone()),
                None => Err(key_error(str_value(name))),
            },
            Named::Mapping(m) => vm.get_item(m, &str_value(name)),
        }
    }
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args)?;
    let named = Named::Keywords(args.kw().collect());
    let mut f = Formatter { positional: Some(&args.pos()[1..]), named, numbering: Numbering::Unset, next_auto: 0 };
    Ok(str_value(f.render(vm, s.as_str(), 2)?))
}

fn format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "format_map", 1, 1)?;
    let mut f = Formatter { positional: None, named: Named::Mapping(&p[0]), numbering: Numbering::Unset, next_auto: 0 };
    Ok(str_value(f.render(vm, s.as_str(), 2)?))
}

// ===== Dunders =====

/// Slot-wrapper arguments (`s.__len__()`, `s.__eq__(t)`): "expected 1 argument, got 0".
fn wrapper<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.pos()[1..];
    if rest.len() != n {
        return Err(type_error(format!("expected {n} argument{}, got {}", plural(n), rest.len())));
    }
    Ok((s, rest))
}

fn dunder_len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = wrapper(args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_contains(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = wrapper(args, "__contains__", 1)?;
    let sub = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!("'in <string>' requires string as left operand, not {}", type_name(&p[0])))
    })?;
    Ok(Value::Bool(s.as_str().contains(sub.as_str())))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = wrapper(args, "__getitem__", 1)?;
    vm.get_item(&args.pos()[0], &p[0])
}

fn dunder_add(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = wrapper(args, "__add__", 1)?;
    let other = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!("can only concatenate str (not \"{}\") to str", type_name(&p[0])))
    })?;
    let mut out = string_with_capacity(s.as_str().len().checked_add(other.as_str().len()))?;
    out.push_str(s.as_str());
    out.push_str(other.as_str());
    Ok(str_value(out))
}

/// `__mul__`/`__rmul__`: repetition by an index-like count.
fn repeat_dunder(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.pos()[1..];
    if rest.len() != 1 {
        // CPython's wording, leading space included.
        return Err(type_error(format!(" expected 1 argument, got {}", rest.len())));
    }
    if rest[0].payload_is::<PyBigInt>() {
        return Err(overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let n = usize::try_from(vm.to_index(&rest[0])?).unwrap_or(0);
    let text = s.as_str();
    let mut out = string_with_capacity(text.len().checked_mul(n))?;
    out.extend(repeat_n(text, if text.is_empty() { 0 } else { n }));
    Ok(str_value(out))
}

fn dunder_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat_dunder(vm, args, "__mul__")
}

fn dunder_rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    repeat_dunder(vm, args, "__rmul__")
}

fn dunder_mod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = wrapper(args, "__mod__", 1)?;
    vm.percent_format(s.as_str(), &p[0])
}

/// `other % self`: only a str `other` formats.
fn dunder_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = wrapper(args, "__rmod__", 1)?;
    match p[0].downcast::<PyStr>() {
        Some(fmt) => vm.percent_format(fmt.as_str(), &args.pos()[0]),
        None => Ok(not_implemented()),
    }
}

/// A rich comparison with another str; NotImplemented for anything else.
fn compare(args: &Args, name: &str, test: fn(Ordering) -> bool) -> PyResult<Value> {
    let (s, p) = wrapper(args, name, 1)?;
    Ok(match p[0].downcast::<PyStr>() {
        // UTF-8 byte order is code point order.
        Some(other) => Value::Bool(test(s.as_str().cmp(other.as_str()))),
        None => not_implemented(),
    })
}

fn dunder_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__eq__", Ordering::is_eq)
}

fn dunder_ne(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__ne__", Ordering::is_ne)
}

fn dunder_lt(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__lt__", Ordering::is_lt)
}

fn dunder_le(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__le__", Ordering::is_le)
}

fn dunder_gt(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__gt__", Ordering::is_gt)
}

fn dunder_ge(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(args, "__ge__", Ordering::is_ge)
}

fn dunder_hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = wrapper(args, "__hash__", 0)?;
    Ok(Value::Int(s.hash_value()))
}

fn dunder_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = wrapper(args, "__iter__", 0)?;
    Ok(str_iter(s.to_ref()))
}

fn dunder_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = wrapper(args, "__repr__", 0)?;
    Ok(str_value(str_repr(s.as_str())))
}

fn dunder_str(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = wrapper(args, "__str__", 0)?;
    Ok(unchanged(args, s))
}

/// `format(s, spec)` on the text itself (an exact str, so a subclass's
/// `__format__` is not re-entered).
fn dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "__format__", 1, 1)?;
    let spec = clinic_str(&p[0], "__format__() argument")?;
    Ok(vm.format(&unchanged(args, s), spec.as_str())?.into_value())
}

fn dunder_getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _) = positional(args, "__getnewargs__", 0, 0)?;
    Ok(tuple_value(vec![str_value(s.as_str())]))
}

// ===== Registration =====

const METHODS: &[(&str, NativeFn)] = &[
    ("join", join),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("startswith", startswith),
    ("endswith", endswith),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("partition", partition),
    ("rpartition", rpartition),
    ("expandtabs", expandtabs),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isnumeric", isnumeric),
    ("isdecimal", isdecimal),
    ("isascii", isascii),
    ("isprintable", isprintable),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("encode", encode),
    ("format", format),
    ("format_map", format_map),
    ("translate", translate),
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_rmul),
    ("__mod__", dunder_mod),
    ("__rmod__", dunder_rmod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
    ("__hash__", dunder_hash),
    ("__iter__", dunder_iter),
    ("__repr__", dunder_repr),
    ("__str__", dunder_str),
    ("__format__", dunder_format),
    ("__getnewargs__", dunder_getnewargs),
];

pub fn init(t: &BuiltinTypes) {
    set_new(&t.str, str_new);
    add_methods(&t.str, METHODS);
    let f = new_builtin_function("maketrans", maketrans, None);
    let sm = PyRef::new_in(PyStaticMethod { func: f }, &t.staticmethod);
    sm.header.make_immortal();
    add_attr(&t.str, "maketrans", sm.into_value());
}

// ===== Unicode 14.0 tables (generated from CPython 3.11's unicodedata) =====

/// Letters (categories Lu, Ll, Lt, Lm, Lo): `str.isalpha` (648 ranges)
const ALPHA: &[(u32, u32)] = &[
    (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6), (0xd8, 0xf6),
    (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee), (0x370, 0x374), (0x376, 0x377),
    (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a), (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5),
    (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556), (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2),
    (0x620, 0x64a), (0x66e, 0x66f), (0x671, 0x6d3), (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc),
    (0x6ff, 0x6ff), (0x710, 0x710), (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
    (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858), (0x860, 0x86a),
    (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d), (0x950, 0x950), (0x958, 0x961),
    (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8), (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9),
    (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd), (0x9df, 0x9e1), (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a),
    (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c),
    (0xa5e, 0xa5e), (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
    (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c), (0xb0f, 0xb10),
    (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d), (0xb5c, 0xb5d), (0xb5f, 0xb61),
    (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c),
    (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10),
    (0xc12, 0xc28), (0xc2a, 0xc39), (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80),
    (0xc85, 0xc8c), (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde),
    (0xce0, 0xce1), (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d), (0xd4e, 0xd4e),
    (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd),
    (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe33), (0xe40, 0xe46), (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a),
    (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0), (0xeb2, 0xeb3), (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6),
    (0xedc, 0xedf), (0xf00, 0xf00), (0xf40, 0xf47), (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f),
    (0x1050, 0x1055), (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070), (0x1075, 0x1081), (0x108e, 0x108e),
    (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x10fa), (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256),
    (0x1258, 0x1258), (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5), (0x12b8, 0x12be),
    (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315), (0x1318, 0x135a), (0x1380, 0x138f),
    (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1401, 0x166c), (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8),
    (0x1700, 0x1711), (0x171f, 0x1731), (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770), (0x1780, 0x17b3), (0x17d7, 0x17d7),
    (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x1884), (0x1887, 0x18a8), (0x18aa, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e),
    (0x1950, 0x196d), (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54), (0x1aa7, 0x1aa7),
    (0x1b05, 0x1b33), (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf), (0x1bba, 0x1be5), (0x1c00, 0x1c23), (0x1c4d, 0x1c4f),
    (0x1c5a, 0x1c7d), (0x1c80, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cbf), (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6),
    (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf), (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57),
    (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4), (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe),
    (0x1fc2, 0x1fc4), (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffc),
    (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102), (0x2107, 0x2107), (0x210a, 0x2113), (0x2115, 0x2115),
    (0x2119, 0x211d), (0x2124, 0x2124), (0x2126, 0x2126), (0x2128, 0x2128), (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f),
    (0x2145, 0x2149), (0x214e, 0x214e), (0x2183, 0x2184), (0x2c00, 0x2ce4), (0x2ceb, 0x2cee), (0x2cf2, 0x2cf3), (0x2d00, 0x2d25),
    (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d6f), (0x2d80, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae),
    (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2e2f, 0x2e2f),
    (0x3005, 0x3006), (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096), (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff),
    (0x3105, 0x312f), (0x3131, 0x318e), (0x31a0, 0x31bf), (0x31f0, 0x31ff), (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd),
    (0xa500, 0xa60c), (0xa610, 0xa61f), (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d), (0xa6a0, 0xa6e5), (0xa717, 0xa71f),
    (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa801), (0xa803, 0xa805),
    (0xa807, 0xa80a), (0xa80c, 0xa822), (0xa840, 0xa873), (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb), (0xa8fd, 0xa8fe),
    (0xa90a, 0xa925), (0xa930, 0xa946), (0xa960, 0xa97c), (0xa984, 0xa9b2), (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef),
    (0xa9fa, 0xa9fe), (0xaa00, 0xaa28), (0xaa40, 0xaa42), (0xaa44, 0xaa4b), (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf),
    (0xaab1, 0xaab1), (0xaab5, 0xaab6), (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2), (0xaadb, 0xaadd), (0xaae0, 0xaaea),
    (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab5a),
    (0xab5c, 0xab69), (0xab70, 0xabe2), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9),
    (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28), (0xfb2a, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e),
    (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbb1), (0xfbd3, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb),
    (0xfe70, 0xfe74), (0xfe76, 0xfefc), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf),
    (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b), (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d),
    (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c), (0x102a0, 0x102d0), (0x10300, 0x1031f), (0x1032d, 0x10340), (0x10342, 0x10349),
    (0x10350, 0x10375), (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x10400, 0x1049d), (0x104b0, 0x104d3), (0x104d8, 0x104fb),
    (0x10500, 0x10527), (0x10530, 0x10563), (0x10570, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1),
    (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c),
    (0x1083f, 0x10855), (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x10900, 0x10915), (0x10920, 0x10939),
    (0x10980, 0x109b7), (0x109be, 0x109bf), (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35), (0x10a60, 0x10a7c),
    (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4), (0x10b00, 0x10b35), (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91),
    (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10d00, 0x10d23), (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c),
    (0x10f27, 0x10f27), (0x10f30, 0x10f45), (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6), (0x11003, 0x11037), (0x11071, 0x11072),
    (0x11075, 0x11075), (0x11083, 0x110af), (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147), (0x11150, 0x11172),
    (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4), (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x1122b),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a8), (0x112b0, 0x112de), (0x11305, 0x1130c),
    (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133d, 0x1133d), (0x11350, 0x11350),
    (0x1135d, 0x11361), (0x11400, 0x11434), (0x11447, 0x1144a), (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5), (0x114c7, 0x114c7),
    (0x11580, 0x115ae), (0x115d8, 0x115db), (0x11600, 0x1162f), (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a),
    (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916),
    (0x11918, 0x1192f), (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0), (0x119e1, 0x119e1), (0x119e3, 0x119e3),
    (0x11a00, 0x11a00), (0x11a0b, 0x11a32), (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d), (0x11ab0, 0x11af8),
    (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40), (0x11c72, 0x11c8f), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30),
    (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d89), (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11fb0, 0x11fb0),
    (0x12000, 0x12399), (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342e), (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e),
    (0x16a70, 0x16abe), (0x16ad0, 0x16aed), (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f), (0x16e40, 0x16e7f),
    (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f), (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5),
    (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122), (0x1b150, 0x1b152), (0x1b164, 0x1b167),
    (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99), (0x1d400, 0x1d454), (0x1d456, 0x1d49c),
    (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3),
    (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
    (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0), (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714),
    (0x1d716, 0x1d734), (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8), (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb),
    (0x1df00, 0x1df1e), (0x1e100, 0x1e12c), (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb), (0x1e7e0, 0x1e7e6),
    (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03),
    (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39),
    (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52),
    (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62),
    (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72), (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89),
    (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb), (0x20000, 0x2a6df), (0x2a700, 0x2b738), (0x2b740, 0x2b81d),
    (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
];

/// Printable characters (not Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs other than space): `str.isprintable` (700 ranges)
const PRINTABLE: &[(u32, u32)] = &[
    (0x20, 0x7e), (0xa1, 0xac), (0xae, 0x377), (0x37a, 0x37f), (0x384, 0x38a), (0x38c, 0x38c), (0x38e, 0x3a1),
    (0x3a3, 0x52f), (0x531, 0x556), (0x559, 0x58a), (0x58d, 0x58f), (0x591, 0x5c7), (0x5d0, 0x5ea), (0x5ef, 0x5f4),
    (0x606, 0x61b), (0x61d, 0x6dc), (0x6de, 0x70d), (0x710, 0x74a), (0x74d, 0x7b1), (0x7c0, 0x7fa), (0x7fd, 0x82d),
    (0x830, 0x83e), (0x840, 0x85b), (0x85e, 0x85e), (0x860, 0x86a), (0x870, 0x88e), (0x898, 0x8e1), (0x8e3, 0x983),
    (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8), (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bc, 0x9c4),
    (0x9c7, 0x9c8), (0x9cb, 0x9ce), (0x9d7, 0x9d7), (0x9dc, 0x9dd), (0x9df, 0x9e3), (0x9e6, 0x9fe), (0xa01, 0xa03),
    (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28), (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39),
    (0xa3c, 0xa3c), (0xa3e, 0xa42), (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51), (0xa59, 0xa5c), (0xa5e, 0xa5e),
    (0xa66, 0xa76), (0xa81, 0xa83), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
    (0xab5, 0xab9), (0xabc, 0xac5), (0xac7, 0xac9), (0xacb, 0xacd), (0xad0, 0xad0), (0xae0, 0xae3), (0xae6, 0xaf1),
    (0xaf9, 0xaff), (0xb01, 0xb03), (0xb05, 0xb0c), (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33),
    (0xb35, 0xb39), (0xb3c, 0xb44), (0xb47, 0xb48), (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb5c, 0xb5d), (0xb5f, 0xb63),
    (0xb66, 0xb77), (0xb82, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90), (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c),
    (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa), (0xbae, 0xbb9), (0xbbe, 0xbc2), (0xbc6, 0xbc8), (0xbca, 0xbcd),
    (0xbd0, 0xbd0), (0xbd7, 0xbd7), (0xbe6, 0xbfa), (0xc00, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39),
    (0xc3c, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4d), (0xc55, 0xc56), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc63),
    (0xc66, 0xc6f), (0xc77, 0xc8c), (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbc, 0xcc4),
    (0xcc6, 0xcc8), (0xcca, 0xccd), (0xcd5, 0xcd6), (0xcdd, 0xcde), (0xce0, 0xce3), (0xce6, 0xcef), (0xcf1, 0xcf2),
    (0xd00, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4f), (0xd54, 0xd63), (0xd66, 0xd7f),
    (0xd81, 0xd83), (0xd85, 0xd96), (0xd9a, 0xdb1), (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xdca, 0xdca),
    (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf), (0xde6, 0xdef), (0xdf2, 0xdf4), (0xe01, 0xe3a), (0xe3f, 0xe5b),
    (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xebd), (0xec0, 0xec4),
    (0xec6, 0xec6), (0xec8, 0xecd), (0xed0, 0xed9), (0xedc, 0xedf), (0xf00, 0xf47), (0xf49, 0xf6c), (0xf71, 0xf97),
    (0xf99, 0xfbc), (0xfbe, 0xfcc), (0xfce, 0xfda), (0x1000, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd), (0x10d0, 0x1248),
    (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258), (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0),
    (0x12b2, 0x12b5), (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310), (0x1312, 0x1315),
    (0x1318, 0x135a), (0x135d, 0x137c), (0x1380, 0x1399), (0x13a0, 0x13f5), (0x13f8, 0x13fd), (0x1400, 0x167f), (0x1681, 0x169c),
    (0x16a0, 0x16f8), (0x1700, 0x1715), (0x171f, 0x1736), (0x1740, 0x1753), (0x1760, 0x176c), (0x176e, 0x1770), (0x1772, 0x1773),
    (0x1780, 0x17dd), (0x17e0, 0x17e9), (0x17f0, 0x17f9), (0x1800, 0x180d), (0x180f, 0x1819), (0x1820, 0x1878), (0x1880, 0x18aa),
    (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1920, 0x192b), (0x1930, 0x193b), (0x1940, 0x1940), (0x1944, 0x196d), (0x1970, 0x1974),
    (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x19d0, 0x19da), (0x19de, 0x1a1b), (0x1a1e, 0x1a5e), (0x1a60, 0x1a7c), (0x1a7f, 0x1a89),
    (0x1a90, 0x1a99), (0x1aa0, 0x1aad), (0x1ab0, 0x1ace), (0x1b00, 0x1b4c), (0x1b50, 0x1b7e), (0x1b80, 0x1bf3), (0x1bfc, 0x1c37),
    (0x1c3b, 0x1c49), (0x1c4d, 0x1c88), (0x1c90, 0x1cba), (0x1cbd, 0x1cc7), (0x1cd0, 0x1cfa), (0x1d00, 0x1f15), (0x1f18, 0x1f1d),
    (0x1f20, 0x1f45), (0x1f48, 0x1f4d), (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d), (0x1f5f, 0x1f7d),
    (0x1f80, 0x1fb4), (0x1fb6, 0x1fc4), (0x1fc6, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fdd, 0x1fef), (0x1ff2, 0x1ff4), (0x1ff6, 0x1ffe),
    (0x2010, 0x2027), (0x2030, 0x205e), (0x2070, 0x2071), (0x2074, 0x208e), (0x2090, 0x209c), (0x20a0, 0x20c0), (0x20d0, 0x20f0),
    (0x2100, 0x218b), (0x2190, 0x2426), (0x2440, 0x244a), (0x2460, 0x2b73), (0x2b76, 0x2b95), (0x2b97, 0x2cf3), (0x2cf9, 0x2d25),
    (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67), (0x2d6f, 0x2d70), (0x2d7f, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae),
    (0x2db0, 0x2db6), (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde), (0x2de0, 0x2e5d),
    (0x2e80, 0x2e99), (0x2e9b, 0x2ef3), (0x2f00, 0x2fd5), (0x2ff0, 0x2ffb), (0x3001, 0x303f), (0x3041, 0x3096), (0x3099, 0x30ff),
    (0x3105, 0x312f), (0x3131, 0x318e), (0x3190, 0x31e3), (0x31f0, 0x321e), (0x3220, 0xa48c), (0xa490, 0xa4c6), (0xa4d0, 0xa62b),
    (0xa640, 0xa6f7), (0xa700, 0xa7ca), (0xa7d0, 0xa7d1), (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa82c), (0xa830, 0xa839),
    (0xa840, 0xa877), (0xa880, 0xa8c5), (0xa8ce, 0xa8d9), (0xa8e0, 0xa953), (0xa95f, 0xa97c), (0xa980, 0xa9cd), (0xa9cf, 0xa9d9),
    (0xa9de, 0xa9fe), (0xaa00, 0xaa36), (0xaa40, 0xaa4d), (0xaa50, 0xaa59), (0xaa5c, 0xaac2), (0xaadb, 0xaaf6), (0xab01, 0xab06),
    (0xab09, 0xab0e), (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab6b), (0xab70, 0xabed), (0xabf0, 0xabf9),
    (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d), (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17),
    (0xfb1d, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44), (0xfb46, 0xfbc2), (0xfbd3, 0xfd8f),
    (0xfd92, 0xfdc7), (0xfdcf, 0xfdcf), (0xfdf0, 0xfe19), (0xfe20, 0xfe52), (0xfe54, 0xfe66), (0xfe68, 0xfe6b), (0xfe70, 0xfe74),
    (0xfe76, 0xfefc), (0xff01, 0xffbe), (0xffc2, 0xffc7), (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0xffe0, 0xffe6),
    (0xffe8, 0xffee), (0xfffc, 0xfffd), (0x10000, 0x1000b), (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d),
    (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10100, 0x10102), (0x10107, 0x10133), (0x10137, 0x1018e), (0x10190, 0x1019c), (0x101a0, 0x101a0),
    (0x101d0, 0x101fd), (0x10280, 0x1029c), (0x102a0, 0x102d0), (0x102e0, 0x102fb), (0x10300, 0x10323), (0x1032d, 0x1034a), (0x10350, 0x1037a),
    (0x10380, 0x1039d), (0x1039f, 0x103c3), (0x103c8, 0x103d5), (0x10400, 0x1049d), (0x104a0, 0x104a9), (0x104b0, 0x104d3), (0x104d8, 0x104fb),
    (0x10500, 0x10527), (0x10530, 0x10563), (0x1056f, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595), (0x10597, 0x105a1),
    (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc), (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808), (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c),
    (0x1083f, 0x10855), (0x10857, 0x1089e), (0x108a7, 0x108af), (0x108e0, 0x108f2), (0x108f4, 0x108f5), (0x108fb, 0x1091b), (0x1091f, 0x10939),
    (0x1093f, 0x1093f), (0x10980, 0x109b7), (0x109bc, 0x109cf), (0x109d2, 0x10a03), (0x10a05, 0x10a06), (0x10a0c, 0x10a13), (0x10a15, 0x10a17),
    (0x10a19, 0x10a35), (0x10a38, 0x10a3a), (0x10a3f, 0x10a48), (0x10a50, 0x10a58), (0x10a60, 0x10a9f), (0x10ac0, 0x10ae6), (0x10aeb, 0x10af6),
    (0x10b00, 0x10b35), (0x10b39, 0x10b55), (0x10b58, 0x10b72), (0x10b78, 0x10b91), (0x10b99, 0x10b9c), (0x10ba9, 0x10baf), (0x10c00, 0x10c48),
    (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10cfa, 0x10d27), (0x10d30, 0x10d39), (0x10e60, 0x10e7e), (0x10e80, 0x10ea9), (0x10eab, 0x10ead),
    (0x10eb0, 0x10eb1), (0x10f00, 0x10f27), (0x10f30, 0x10f59), (0x10f70, 0x10f89), (0x10fb0, 0x10fcb), (0x10fe0, 0x10ff6), (0x11000, 0x1104d),
    (0x11052, 0x11075), (0x1107f, 0x110bc), (0x110be, 0x110c2), (0x110d0, 0x110e8), (0x110f0, 0x110f9), (0x11100, 0x11134), (0x11136, 0x11147),
    (0x11150, 0x11176), (0x11180, 0x111df), (0x111e1, 0x111f4), (0x11200, 0x11211), (0x11213, 0x1123e), (0x11280, 0x11286), (0x11288, 0x11288),
    (0x1128a, 0x1128d), (0x1128f, 0x1129d), (0x1129f, 0x112a9), (0x112b0, 0x112ea), (0x112f0, 0x112f9), (0x11300, 0x11303), (0x11305, 0x1130c),
    (0x1130f, 0x11310), (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339), (0x1133b, 0x11344), (0x11347, 0x11348),
    (0x1134b, 0x1134d), (0x11350, 0x11350), (0x11357, 0x11357), (0x1135d, 0x11363), (0x11366, 0x1136c), (0x11370, 0x11374), (0x11400, 0x1145b),
    (0x1145d, 0x11461), (0x11480, 0x114c7), (0x114d0, 0x114d9), (0x11580, 0x115b5), (0x115b8, 0x115dd), (0x11600, 0x11644), (0x11650, 0x11659),
    (0x11660, 0x1166c), (0x11680, 0x116b9), (0x116c0, 0x116c9), (0x11700, 0x1171a), (0x1171d, 0x1172b), (0x11730, 0x11746), (0x11800, 0x1183b),
    (0x118a0, 0x118f2), (0x118ff, 0x11906), (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x11935), (0x11937, 0x11938),
    (0x1193b, 0x11946), (0x11950, 0x11959), (0x119a0, 0x119a7), (0x119aa, 0x119d7), (0x119da, 0x119e4), (0x11a00, 0x11a47), (0x11a50, 0x11aa2),
    (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c36), (0x11c38, 0x11c45), (0x11c50, 0x11c6c), (0x11c70, 0x11c8f), (0x11c92, 0x11ca7),
    (0x11ca9, 0x11cb6), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d36), (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d), (0x11d3f, 0x11d47),
    (0x11d50, 0x11d59), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d8e), (0x11d90, 0x11d91), (0x11d93, 0x11d98), (0x11da0, 0x11da9),
    (0x11ee0, 0x11ef8), (0x11fb0, 0x11fb0), (0x11fc0, 0x11ff1), (0x11fff, 0x12399), (0x12400, 0x1246e), (0x12470, 0x12474), (0x12480, 0x12543),
    (0x12f90, 0x12ff2), (0x13000, 0x1342e), (0x14400, 0x14646), (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a60, 0x16a69), (0x16a6e, 0x16abe),
    (0x16ac0, 0x16ac9), (0x16ad0, 0x16aed), (0x16af0, 0x16af5), (0x16b00, 0x16b45), (0x16b50, 0x16b59), (0x16b5b, 0x16b61), (0x16b63, 0x16b77),
    (0x16b7d, 0x16b8f), (0x16e40, 0x16e9a), (0x16f00, 0x16f4a), (0x16f4f, 0x16f87), (0x16f8f, 0x16f9f), (0x16fe0, 0x16fe4), (0x16ff0, 0x16ff1),
    (0x17000, 0x187f7), (0x18800, 0x18cd5), (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe), (0x1b000, 0x1b122),
    (0x1b150, 0x1b152), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb), (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99),
    (0x1bc9c, 0x1bc9f), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46), (0x1cf50, 0x1cfc3), (0x1d000, 0x1d0f5), (0x1d100, 0x1d126), (0x1d129, 0x1d172),
    (0x1d17b, 0x1d1ea), (0x1d200, 0x1d245), (0x1d2e0, 0x1d2f3), (0x1d300, 0x1d356), (0x1d360, 0x1d378), (0x1d400, 0x1d454), (0x1d456, 0x1d49c),
    (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2), (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb), (0x1d4bd, 0x1d4c3),
    (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514), (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
    (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d7cb), (0x1d7ce, 0x1da8b), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf),
    (0x1df00, 0x1df1e), (0x1e000, 0x1e006), (0x1e008, 0x1e018), (0x1e01b, 0x1e021), (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e100, 0x1e12c),
    (0x1e130, 0x1e13d), (0x1e140, 0x1e149), (0x1e14e, 0x1e14f), (0x1e290, 0x1e2ae), (0x1e2c0, 0x1e2f9), (0x1e2ff, 0x1e2ff), (0x1e7e0, 0x1e7e6),
    (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe), (0x1e800, 0x1e8c4), (0x1e8c7, 0x1e8d6), (0x1e900, 0x1e94b), (0x1e950, 0x1e959),
    (0x1e95e, 0x1e95f), (0x1ec71, 0x1ecb4), (0x1ed01, 0x1ed3d), (0x1ee00, 0x1ee03), (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24),
    (0x1ee27, 0x1ee27), (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b), (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47),
    (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b), (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57), (0x1ee59, 0x1ee59),
    (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f), (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72),
    (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89), (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9),
    (0x1eeab, 0x1eebb), (0x1eef0, 0x1eef1), (0x1f000, 0x1f02b), (0x1f030, 0x1f093), (0x1f0a0, 0x1f0ae), (0x1f0b1, 0x1f0bf), (0x1f0c1, 0x1f0cf),
    (0x1f0d1, 0x1f0f5), (0x1f100, 0x1f1ad), (0x1f1e6, 0x1f202), (0x1f210, 0x1f23b), (0x1f240, 0x1f248), (0x1f250, 0x1f251), (0x1f260, 0x1f265),
    (0x1f300, 0x1f6d7), (0x1f6dd, 0x1f6ec), (0x1f6f0, 0x1f6fc), (0x1f700, 0x1f773), (0x1f780, 0x1f7d8), (0x1f7e0, 0x1f7eb), (0x1f7f0, 0x1f7f0),
    (0x1f800, 0x1f80b), (0x1f810, 0x1f847), (0x1f850, 0x1f859), (0x1f860, 0x1f887), (0x1f890, 0x1f8ad), (0x1f8b0, 0x1f8b1), (0x1f900, 0x1fa53),
    (0x1fa60, 0x1fa6d), (0x1fa70, 0x1fa74), (0x1fa78, 0x1fa7c), (0x1fa80, 0x1fa86), (0x1fa90, 0x1faac), (0x1fab0, 0x1faba), (0x1fac0, 0x1fac5),
    (0x1fad0, 0x1fad9), (0x1fae0, 0x1fae7), (0x1faf0, 0x1faf6), (0x1fb00, 0x1fb92), (0x1fb94, 0x1fbca), (0x1fbf0, 0x1fbf9), (0x20000, 0x2a6df),
    (0x2a700, 0x2b738), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a), (0xe0100, 0xe01ef),
];

/// Digits that are not decimal (superscripts, circled digits...): `str.isdigit` (20 ranges)
const DIGIT_NOT_DECIMAL: &[(u32, u32)] = &[
    (0xb2, 0xb3), (0xb9, 0xb9), (0x1369, 0x1371), (0x19da, 0x19da), (0x2070, 0x2070), (0x2074, 0x2079), (0x2080, 0x2089),
    (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490), (0x24ea, 0x24ea), (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e),
    (0x2780, 0x2788), (0x278a, 0x2792), (0x10a40, 0x10a43), (0x10e60, 0x10e68), (0x11052, 0x1105a), (0x1f100, 0x1f10a),
];

/// Numeric characters that are not digits (fractions, Roman numerals, CJK numerals...): `str.isnumeric` (151 ranges)
const NUMERIC_NOT_DIGIT: &[(u32, u32)] = &[
    (0xbc, 0xbe), (0x9f4, 0x9f9), (0xb72, 0xb77), (0xbf0, 0xbf2), (0xc78, 0xc7e), (0xd58, 0xd5e), (0xd70, 0xd78),
    (0xf2a, 0xf33), (0x1372, 0x137c), (0x16ee, 0x16f0), (0x17f0, 0x17f9), (0x2150, 0x2182), (0x2185, 0x2189), (0x2469, 0x2473),
    (0x247d, 0x2487), (0x2491, 0x249b), (0x24eb, 0x24f4), (0x24fe, 0x24fe), (0x277f, 0x277f), (0x2789, 0x2789), (0x2793, 0x2793),
    (0x2cfd, 0x2cfd), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324f),
    (0x3251, 0x325f), (0x3280, 0x3289), (0x32b1, 0x32bf), (0x3405, 0x3405), (0x3483, 0x3483), (0x382a, 0x382a), (0x3b4d, 0x3b4d),
    (0x4e00, 0x4e00), (0x4e03, 0x4e03), (0x4e07, 0x4e07), (0x4e09, 0x4e09), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c), (0x4e94, 0x4e94),
    (0x4e96, 0x4e96), (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8), (0x4f0d, 0x4f0d), (0x4f70, 0x4f70), (0x5104, 0x5104),
    (0x5146, 0x5146), (0x5169, 0x5169), (0x516b, 0x516b), (0x516d, 0x516d), (0x5341, 0x5341), (0x5343, 0x5345), (0x534c, 0x534c),
    (0x53c1, 0x53c4), (0x56db, 0x56db), (0x58f1, 0x58f1), (0x58f9, 0x58f9), (0x5e7a, 0x5e7a), (0x5efe, 0x5eff), (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10), (0x62fe, 0x62fe), (0x634c, 0x634c), (0x67d2, 0x67d2), (0x6f06, 0x6f06), (0x7396, 0x7396), (0x767e, 0x767e),
    (0x8086, 0x8086), (0x842c, 0x842c), (0x8cae, 0x8cae), (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x9621, 0x9621), (0x9646, 0x9646),
    (0x964c, 0x964c), (0x9678, 0x9678), (0x96f6, 0x96f6), (0xa6e6, 0xa6ef), (0xa830, 0xa835), (0xf96b, 0xf96b), (0xf973, 0xf973),
    (0xf978, 0xf978), (0xf9b2, 0xf9b2), (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0x10107, 0x10133), (0x10140, 0x10178),
    (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323), (0x10341, 0x10341), (0x1034a, 0x1034a), (0x103d1, 0x103d5), (0x10858, 0x1085f),
    (0x10879, 0x1087f), (0x108a7, 0x108af), (0x108fb, 0x108ff), (0x10916, 0x1091b), (0x109bc, 0x109bd), (0x109c0, 0x109cf), (0x109d2, 0x109ff),
    (0x10a44, 0x10a48), (0x10a7d, 0x10a7e), (0x10a9d, 0x10a9f), (0x10aeb, 0x10aef), (0x10b58, 0x10b5f), (0x10b78, 0x10b7f), (0x10ba9, 0x10baf),
    (0x10cfa, 0x10cff), (0x10e69, 0x10e7e), (0x10f1d, 0x10f26), (0x10f51, 0x10f54), (0x10fc5, 0x10fcb), (0x1105b, 0x11065), (0x111e1, 0x111f4),
    (0x1173a, 0x1173b), (0x118ea, 0x118f2), (0x11c5a, 0x11c6c), (0x11fc0, 0x11fd4), (0x12400, 0x1246e), (0x16b5b, 0x16b61), (0x16e80, 0x16e96),
    (0x1d2e0, 0x1d2f3), (0x1d360, 0x1d378), (0x1e8c7, 0x1e8cf), (0x1ec71, 0x1ecab), (0x1ecad, 0x1ecaf), (0x1ecb1, 0x1ecb4), (0x1ed01, 0x1ed2d),
    (0x1ed2f, 0x1ed3d), (0x1f10b, 0x1f10c), (0x20001, 0x20001), (0x20064, 0x20064), (0x200e2, 0x200e2), (0x20121, 0x20121), (0x2092a, 0x2092a),
    (0x20983, 0x20983), (0x2098c, 0x2098c), (0x2099c, 0x2099c), (0x20aea, 0x20aea), (0x20afd, 0x20afd), (0x20b19, 0x20b19), (0x22390, 0x22390),
    (0x22998, 0x22998), (0x23b1b, 0x23b1b), (0x2626d, 0x2626d), (0x2f890, 0x2f890),
];

/// XID_Start characters (and `_`) that are not letters (16 ranges)
const ID_START_NOT_ALPHA: &[(u32, u32)] = &[
    (0x5f, 0x5f), (0x16ee, 0x16f0), (0x1885, 0x1886), (0x2118, 0x2118), (0x212e, 0x212e), (0x2160, 0x2182), (0x2185, 0x2188),
    (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303a), (0xa6e6, 0xa6ef), (0x10140, 0x10174), (0x10341, 0x10341), (0x1034a, 0x1034a),
    (0x103d1, 0x103d5), (0x12400, 0x1246e),
];

/// Letters that are not XID_Start (15 ranges)
const ALPHA_NOT_ID_START: &[(u32, u32)] = &[
    (0x37a, 0x37a), (0xe33, 0xe33), (0xeb3, 0xeb3), (0x2e2f, 0x2e2f), (0xfc5e, 0xfc63), (0xfdfa, 0xfdfb), (0xfe70, 0xfe70),
    (0xfe72, 0xfe72), (0xfe74, 0xfe74), (0xfe76, 0xfe76), (0xfe78, 0xfe78), (0xfe7a, 0xfe7a), (0xfe7c, 0xfe7c), (0xfe7e, 0xfe7e),
    (0xff9e, 0xff9f),
];

/// XID_Continue minus XID_Start: the other characters of an identifier (362 ranges)
const XID_CONTINUE_ONLY: &[(u32, u32)] = &[
    (0x30, 0x39), (0xb7, 0xb7), (0x300, 0x36f), (0x387, 0x387), (0x483, 0x487), (0x591, 0x5bd), (0x5bf, 0x5bf),
    (0x5c1, 0x5c2), (0x5c4, 0x5c5), (0x5c7, 0x5c7), (0x610, 0x61a), (0x64b, 0x669), (0x670, 0x670), (0x6d6, 0x6dc),
    (0x6df, 0x6e4), (0x6e7, 0x6e8), (0x6ea, 0x6ed), (0x6f0, 0x6f9), (0x711, 0x711), (0x730, 0x74a), (0x7a6, 0x7b0),
    (0x7c0, 0x7c9), (0x7eb, 0x7f3), (0x7fd, 0x7fd), (0x816, 0x819), (0x81b, 0x823), (0x825, 0x827), (0x829, 0x82d),
    (0x859, 0x85b), (0x898, 0x89f), (0x8ca, 0x8e1), (0x8e3, 0x903), (0x93a, 0x93c), (0x93e, 0x94f), (0x951, 0x957),
    (0x962, 0x963), (0x966, 0x96f), (0x981, 0x983), (0x9bc, 0x9bc), (0x9be, 0x9c4), (0x9c7, 0x9c8), (0x9cb, 0x9cd),
    (0x9d7, 0x9d7), (0x9e2, 0x9e3), (0x9e6, 0x9ef), (0x9fe, 0x9fe), (0xa01, 0xa03), (0xa3c, 0xa3c), (0xa3e, 0xa42),
    (0xa47, 0xa48), (0xa4b, 0xa4d), (0xa51, 0xa51), (0xa66, 0xa71), (0xa75, 0xa75), (0xa81, 0xa83), (0xabc, 0xabc),
    (0xabe, 0xac5), (0xac7, 0xac9), (0xacb, 0xacd), (0xae2, 0xae3), (0xae6, 0xaef), (0xafa, 0xaff), (0xb01, 0xb03),
    (0xb3c, 0xb3c), (0xb3e, 0xb44), (0xb47, 0xb48), (0xb4b, 0xb4d), (0xb55, 0xb57), (0xb62, 0xb63), (0xb66, 0xb6f),
    (0xb82, 0xb82), (0xbbe, 0xbc2), (0xbc6, 0xbc8), (0xbca, 0xbcd), (0xbd7, 0xbd7), (0xbe6, 0xbef), (0xc00, 0xc04),
    (0xc3c, 0xc3c), (0xc3e, 0xc44), (0xc46, 0xc48), (0xc4a, 0xc4d), (0xc55, 0xc56), (0xc62, 0xc63), (0xc66, 0xc6f),
    (0xc81, 0xc83), (0xcbc, 0xcbc), (0xcbe, 0xcc4), (0xcc6, 0xcc8), (0xcca, 0xccd), (0xcd5, 0xcd6), (0xce2, 0xce3),
    (0xce6, 0xcef), (0xd00, 0xd03), (0xd3b, 0xd3c), (0xd3e, 0xd44), (0xd46, 0xd48), (0xd4a, 0xd4d), (0xd57, 0xd57),
    (0xd62, 0xd63), (0xd66, 0xd6f), (0xd81, 0xd83), (0xdca, 0xdca), (0xdcf, 0xdd4), (0xdd6, 0xdd6), (0xdd8, 0xddf),
    (0xde6, 0xdef), (0xdf2, 0xdf3), (0xe31, 0xe31), (0xe33, 0xe3a), (0xe47, 0xe4e), (0xe50, 0xe59), (0xeb1, 0xeb1),
    (0xeb3, 0xebc), (0xec8, 0xecd), (0xed0, 0xed9), (0xf18, 0xf19), (0xf20, 0xf29), (0xf35, 0xf35), (0xf37, 0xf37),
    (0xf39, 0xf39), (0xf3e, 0xf3f), (0xf71, 0xf84), (0xf86, 0xf87), (0xf8d, 0xf97), (0xf99, 0xfbc), (0xfc6, 0xfc6),
    (0x102b, 0x103e), (0x1040, 0x1049), (0x1056, 0x1059), (0x105e, 0x1060), (0x1062, 0x1064), (0x1067, 0x106d), (0x1071, 0x1074),
    (0x1082, 0x108d), (0x108f, 0x109d), (0x135d, 0x135f), (0x1369, 0x1371), (0x1712, 0x1715), (0x1732, 0x1734), (0x1752, 0x1753),
    (0x1772, 0x1773), (0x17b4, 0x17d3), (0x17dd, 0x17dd), (0x17e0, 0x17e9), (0x180b, 0x180d), (0x180f, 0x1819), (0x18a9, 0x18a9),
    (0x1920, 0x192b), (0x1930, 0x193b), (0x1946, 0x194f), (0x19d0, 0x19da), (0x1a17, 0x1a1b), (0x1a55, 0x1a5e), (0x1a60, 0x1a7c),
    (0x1a7f, 0x1a89), (0x1a90, 0x1a99), (0x1ab0, 0x1abd), (0x1abf, 0x1ace), (0x1b00, 0x1b04), (0x1b34, 0x1b44), (0x1b50, 0x1b59),
    (0x1b6b, 0x1b73), (0x1b80, 0x1b82), (0x1ba1, 0x1bad), (0x1bb0, 0x1bb9), (0x1be6, 0x1bf3), (0x1c24, 0x1c37), (0x1c40, 0x1c49),
    (0x1c50, 0x1c59), (0x1cd0, 0x1cd2), (0x1cd4, 0x1ce8), (0x1ced, 0x1ced), (0x1cf4, 0x1cf4), (0x1cf7, 0x1cf9), (0x1dc0, 0x1dff),
    (0x203f, 0x2040), (0x2054, 0x2054), (0x20d0, 0x20dc), (0x20e1, 0x20e1), (0x20e5, 0x20f0), (0x2cef, 0x2cf1), (0x2d7f, 0x2d7f),
    (0x2de0, 0x2dff), (0x302a, 0x302f), (0x3099, 0x309a), (0xa620, 0xa629), (0xa66f, 0xa66f), (0xa674, 0xa67d), (0xa69e, 0xa69f),
    (0xa6f0, 0xa6f1), (0xa802, 0xa802), (0xa806, 0xa806), (0xa80b, 0xa80b), (0xa823, 0xa827), (0xa82c, 0xa82c), (0xa880, 0xa881),
    (0xa8b4, 0xa8c5), (0xa8d0, 0xa8d9), (0xa8e0, 0xa8f1), (0xa8ff, 0xa909), (0xa926, 0xa92d), (0xa947, 0xa953), (0xa980, 0xa983),
    (0xa9b3, 0xa9c0), (0xa9d0, 0xa9d9), (0xa9e5, 0xa9e5), (0xa9f0, 0xa9f9), (0xaa29, 0xaa36), (0xaa43, 0xaa43), (0xaa4c, 0xaa4d),
    (0xaa50, 0xaa59), (0xaa7b, 0xaa7d), (0xaab0, 0xaab0), (0xaab2, 0xaab4), (0xaab7, 0xaab8), (0xaabe, 0xaabf), (0xaac1, 0xaac1),
    (0xaaeb, 0xaaef), (0xaaf5, 0xaaf6), (0xabe3, 0xabea), (0xabec, 0xabed), (0xabf0, 0xabf9), (0xfb1e, 0xfb1e), (0xfe00, 0xfe0f),
    (0xfe20, 0xfe2f), (0xfe33, 0xfe34), (0xfe4d, 0xfe4f), (0xff10, 0xff19), (0xff3f, 0xff3f), (0xff9e, 0xff9f), (0x101fd, 0x101fd),
    (0x102e0, 0x102e0), (0x10376, 0x1037a), (0x104a0, 0x104a9), (0x10a01, 0x10a03), (0x10a05, 0x10a06), (0x10a0c, 0x10a0f), (0x10a38, 0x10a3a),
    (0x10a3f, 0x10a3f), (0x10ae5, 0x10ae6), (0x10d24, 0x10d27), (0x10d30, 0x10d39), (0x10eab, 0x10eac), (0x10f46, 0x10f50), (0x10f82, 0x10f85),
    (0x11000, 0x11002), (0x11038, 0x11046), (0x11066, 0x11070), (0x11073, 0x11074), (0x1107f, 0x11082), (0x110b0, 0x110ba), (0x110c2, 0x110c2),
    (0x110f0, 0x110f9), (0x11100, 0x11102), (0x11127, 0x11134), (0x11136, 0x1113f), (0x11145, 0x11146), (0x11173, 0x11173), (0x11180, 0x11182),
    (0x111b3, 0x111c0), (0x111c9, 0x111cc), (0x111ce, 0x111d9), (0x1122c, 0x11237), (0x1123e, 0x1123e), (0x112df, 0x112ea), (0x112f0, 0x112f9),
    (0x11300, 0x11303), (0x1133b, 0x1133c), (0x1133e, 0x11344), (0x11347, 0x11348), (0x1134b, 0x1134d), (0x11357, 0x11357), (0x11362, 0x11363),
    (0x11366, 0x1136c), (0x11370, 0x11374), (0x11435, 0x11446), (0x11450, 0x11459), (0x1145e, 0x1145e), (0x114b0, 0x114c3), (0x114d0, 0x114d9),
    (0x115af, 0x115b5), (0x115b8, 0x115c0), (0x115dc, 0x115dd), (0x11630, 0x11640), (0x11650, 0x11659), (0x116ab, 0x116b7), (0x116c0, 0x116c9),
    (0x1171d, 0x1172b), (0x11730, 0x11739), (0x1182c, 0x1183a), (0x118e0, 0x118e9), (0x11930, 0x11935), (0x11937, 0x11938), (0x1193b, 0x1193e),
    (0x11940, 0x11940), (0x11942, 0x11943), (0x11950, 0x11959), (0x119d1, 0x119d7), (0x119da, 0x119e0), (0x119e4, 0x119e4), (0x11a01, 0x11a0a),
    (0x11a33, 0x11a39), (0x11a3b, 0x11a3e), (0x11a47, 0x11a47), (0x11a51, 0x11a5b), (0x11a8a, 0x11a99), (0x11c2f, 0x11c36), (0x11c38, 0x11c3f),
    (0x11c50, 0x11c59), (0x11c92, 0x11ca7), (0x11ca9, 0x11cb6), (0x11d31, 0x11d36), (0x11d3a, 0x11d3a), (0x11d3c, 0x11d3d), (0x11d3f, 0x11d45),
    (0x11d47, 0x11d47), (0x11d50, 0x11d59), (0x11d8a, 0x11d8e), (0x11d90, 0x11d91), (0x11d93, 0x11d97), (0x11da0, 0x11da9), (0x11ef3, 0x11ef6),
    (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16af0, 0x16af4), (0x16b30, 0x16b36), (0x16b50, 0x16b59), (0x16f4f, 0x16f4f), (0x16f51, 0x16f87),
    (0x16f8f, 0x16f92), (0x16fe4, 0x16fe4), (0x16ff0, 0x16ff1), (0x1bc9d, 0x1bc9e), (0x1cf00, 0x1cf2d), (0x1cf30, 0x1cf46), (0x1d165, 0x1d169),
    (0x1d16d, 0x1d172), (0x1d17b, 0x1d182), (0x1d185, 0x1d18b), (0x1d1aa, 0x1d1ad), (0x1d242, 0x1d244), (0x1d7ce, 0x1d7ff), (0x1da00, 0x1da36),
    (0x1da3b, 0x1da6c), (0x1da75, 0x1da75), (0x1da84, 0x1da84), (0x1da9b, 0x1da9f), (0x1daa1, 0x1daaf), (0x1e000, 0x1e006), (0x1e008, 0x1e018),
    (0x1e01b, 0x1e021), (0x1e023, 0x1e024), (0x1e026, 0x1e02a), (0x1e130, 0x1e136), (0x1e140, 0x1e149), (0x1e2ae, 0x1e2ae), (0x1e2ec, 0x1e2f9),
    (0x1e8d0, 0x1e8d6), (0x1e944, 0x1e94a), (0x1e950, 0x1e959), (0x1fbf0, 0x1fbf9), (0xe0100, 0xe01ef),
];

/// The zero of every run of decimal digits (category Nd, each run is 0..=9) (66 runs)
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];
