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
use crate::objects::bytes::bytes_value;
use crate::objects::descriptor::PyStaticMethod;
use crate::objects::dict::PyDict;
use crate::objects::exception::{
    index_error, key_error, memory_error, overflow_error, type_error, value_error, ExcKind, PyErr,
    PyResult,
};
use crate::objects::instance::set_new;
use crate::objects::int::PyBigInt;
use crate::objects::iter::str_iter;
use crate::objects::list::{list_value, PyList};
use crate::objects::method::{
    add_attr, add_methods, check_count, new_builtin_function, Args, NativeFn,
};
use crate::objects::none::not_implemented;
use crate::objects::str::str_repr;
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::objects::unicode_tables::*;
use crate::vm::ops::convert::ascii_escape;
use crate::vm::state::interp;
use crate::vm::Vm;

// ===== Arguments =====

/// `self`: a str, or an instance of a str subclass.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyStr>> {
    match args.pos().first() {
        Some(v) => v.downcast::<PyStr>().ok_or_else(|| {
            type_error(format!(
                "descriptor requires a 'str' object but received a '{}'",
                type_name(v)
            ))
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
fn positional<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(no_keywords(name));
    }
    let rest = &args.pos()[1..];
    if rest.len() < min || rest.len() > max {
        let fname = if min == max {
            format!("str.{name}")
        } else {
            name.to_string()
        };
        check_count(&fname, rest.len(), min, max)?;
    }
    Ok((s, rest))
}

/// PyArg_ParseTuple-style parameters (find, count, index, startswith...):
/// "find() takes at least 1 argument (0 given)".
fn tuple_style<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(no_keywords(name));
    }
    let rest = &args.pos()[1..];
    let n = rest.len();
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok((s, rest))
}

/// Parameters that may also be passed by keyword, checked as Argument
/// Clinic's `_PyArg_UnpackKeywords` does (split, splitlines, expandtabs,
/// encode, the constructor). `pos` excludes `self`; one slot per name.
pub(crate) fn keywords<'a>(
    args: &Args<'a>,
    pos: &'a [Value],
    fname: &str,
    names: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let (nargs, nkw, max) = (pos.len(), args.kwnames.len(), names.len());
    if nargs + nkw > max {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(type_error(format!(
            "{fname}() takes at most {max} {kw}argument{} ({} given)",
            plural(max),
            nargs + nkw
        )));
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
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let bad = args
            .kw()
            .map(|(k, _)| k)
            .find(|k| !names.contains(k))
            .unwrap_or_default();
        return Err(type_error(format!(
            "'{bad}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(slots)
}

/// `self` and the keyword-capable parameters of a method.
fn method_keywords<'a>(
    args: &Args<'a>,
    name: &str,
    names: &[&str],
) -> PyResult<(&'a Py<PyStr>, Vec<Option<&'a Value>>)> {
    let s = this(args)?;
    Ok((s, keywords(args, &args.pos()[1..], name, names)?))
}

/// A str argument, or TypeError "must be str, not int".
fn expect_str(v: &Value) -> PyResult<&Py<PyStr>> {
    v.downcast::<PyStr>()
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// A str argument checked by Argument Clinic: "{what} must be str, not
/// None" (Clinic names None itself, not its type).
pub(crate) fn clinic_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a Py<PyStr>> {
    v.downcast::<PyStr>().ok_or_else(|| {
        let got = if v.is_none() { "None" } else { type_name(v) };
        type_error(format!("{what} must be str, not {got}"))
    })
}

/// A C `Py_ssize_t` argument (widths, counts, maxsplit).
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::objects::int::index_or_overflow(vm, v, "Python int too large to convert to C ssize_t")
}

/// A C `int` argument (tabsize, keepends).
pub(crate) fn cint_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let msg = "Python int too large to convert to C int";
    let i = crate::objects::int::index_or_overflow(vm, v, msg)?;
    i32::try_from(i).map_err(|_| overflow_error(msg))
}

/// An optional start/end argument: None, or an integer (big ones clamp, as
/// CPython's `_PyEval_SliceIndex`).
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(v) => {
            if let Some(b) = v.downcast::<PyBigInt>() {
                return Ok(Some(if b.value.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }));
            }
            if vm.lookup_user_special(v, &interp().names.index).is_some() {
                return vm.to_index(v).map(Some);
            }
            Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ))
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
        Some(obj) => str_value(decode_object(
            obj,
            encoding.unwrap_or("utf-8"),
            errors.unwrap_or("strict"),
        )?),
    };
    if cls.is(&types().str) {
        return Ok(value);
    }
    let text = value
        .downcast::<PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(PyRef::new_in(PyStr::from_string(text), cls).into_value())
}

fn optional_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    v.map(|v| clinic_str(v, what).map(|s| s.as_str()))
        .transpose()
}

fn decode_object(obj: &Value, encoding: &str, errors: &str) -> PyResult<String> {
    if obj.payload_is::<PyStr>() {
        return Err(type_error("decoding str is not supported"));
    }
    let b = crate::objects::bytes::bytes_like(obj).unwrap_or_else(|| {
        Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        )))
    })?;
    decode_bytes(&b, encoding, errors)
}

// ===== Codecs (objects/codecs.rs) =====

/// `text.encode(encoding, errors)` (for `bytes(str, encoding)`).
pub(crate) fn encode_str(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::objects::codecs::encode(text, encoding, errors)
}

pub(crate) fn decode_bytes(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::objects::codecs::decode(data, encoding, errors)
}

fn encode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, a) = method_keywords(args, "encode", &["encoding", "errors"])?;
    let encoding = optional_str(a[0], "encode() argument 'encoding'")?.unwrap_or("utf-8");
    let errors = optional_str(a[1], "encode() argument 'errors'")?.unwrap_or("strict");
    Ok(bytes_value(encode_str(s.as_str(), encoding, errors)?))
}

// ===== Searching =====

/// Character index of `sub` in `s[a:b]` (bounds already adjusted).
fn find_in(s: &PyStr, sub: &PyStr, a: i64, b: i64, reverse: bool) -> Option<i64> {
    if b - a < sub.char_len() as i64 {
        return None;
    }
    let region = s.char_slice(a as usize, b as usize);
    let at = if reverse {
        region.rfind(sub.as_str())
    } else {
        region.find(sub.as_str())
    }?;
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
    search(vm, args, "index", false)?
        .map(Value::Int)
        .ok_or_else(|| value_error("substring not found"))
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    search(vm, args, "rindex", true)?
        .map(Value::Int)
        .ok_or_else(|| value_error("substring not found"))
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
        s.char_slice(a as usize, b as usize)
            .matches(sub.as_str())
            .count() as i64
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
                type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(item)
                ))
            })?;
            if tail_match(s, sub, a, b, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let sub = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(&p[0])
        ))
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
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts = match found {
        Some(i) => vec![
            str_value(&text[..i]),
            exact(&p[0], sep),
            str_value(&text[i + sep.as_str().len()..]),
        ],
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
    let sep =
        match a[0] {
            None | Some(Value::None) => None,
            Some(v) => {
                let sep = v.downcast::<PyStr>();
                Some(sep.ok_or_else(|| {
                    type_error(format!("must be str or None, not {}", type_name(v)))
                })?)
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
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
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
            let mut parts: Vec<&str> = s
                .as_str()
                .rsplitn(max.saturating_add(1), sep.as_str())
                .collect();
            parts.reverse();
            parts
        }
    };
    Ok(str_list(parts.into_iter()))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
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
    if let [only] = items.as_slice() {
        if only.class().is(&types().str) {
            return Ok(only.clone());
        }
    }
    let sep = s.as_str();
    let mut size = sep.len().checked_mul(items.len().saturating_sub(1));
    let mut pieces = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let piece = item.downcast::<PyStr>().ok_or_else(|| {
            type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(item)
            ))
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
            let chars = v
                .downcast::<PyStr>()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?;
            trim_by(text, left, right, &|c| chars.as_str().contains(c))
        }
    };
    Ok(if out.len() == text.len() {
        unchanged(args, s)
    } else {
        str_value(out)
    })
}

fn trim_by<'t>(text: &'t str, left: bool, right: bool, pred: &dyn Fn(char) -> bool) -> &'t str {
    let t = if left {
        text.trim_start_matches(pred)
    } else {
        text
    };
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
        Some(_) => Err(type_error(
            "The fill character must be exactly one character long",
        )),
        None => Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        ))),
    }
}

/// `text` with `left` and `right` copies of `fill` around it.
fn pad(text: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(text.len()));
    let mut out = string_with_capacity(size)?;
    out.extend(repeat_n(fill, left));
    out.push_str(text);
    out.extend(repeat_n(fill, right));
    Ok(out)
}

#[derive(Clone, Copy)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

impl Align {
    /// Fill before the text when `marg` fill characters pad it to `width`
    /// (CPython's rounding: the odd extra goes left only for odd widths).
    pub(crate) fn left_margin(self, marg: i64, width: i64) -> i64 {
        match self {
            Align::Left => 0,
            Align::Right => marg,
            Align::Center => marg / 2 + (marg & width & 1),
        }
    }
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
    let left = align.left_margin(marg, width);
    Ok(str_value(pad(
        s.as_str(),
        left as usize,
        (marg - left) as usize,
        fill,
    )?))
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
    let (sign, digits) = if text.starts_with(['+', '-']) {
        text.split_at(1)
    } else {
        ("", text)
    };
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
    let tab = |column: u64| {
        if tabsize > 0 {
            tabsize as u64 - column % tabsize as u64
        } else {
            0
        }
    };
    // First pass: the size, so an enormous result is a MemoryError.
    let (mut column, mut size) = (0u64, 0u64);
    for c in text.chars() {
        if c == '\t' {
            let n = tab(column);
            column = column.saturating_add(n);
            size = size.saturating_add(n);
        } else {
            column = if c == '\n' || c == '\r' {
                0
            } else {
                column + 1
            };
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
            column = if c == '\n' || c == '\r' {
                0
            } else {
                column + 1
            };
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
    let n = if old.is_empty() {
        max.min(s.char_len() + 1)
    } else {
        text.matches(old).take(max).count()
    };
    if n == 0 {
        return Ok(None);
    }
    let size = new
        .len()
        .checked_mul(n)
        .and_then(|r| r.checked_add(text.len() - old.len() * n));
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

fn remove_affix(
    args: &Args,
    name: &str,
    strip: for<'t> fn(&'t str, &str) -> Option<&'t str>,
) -> PyResult<Value> {
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
        0xb5
        | 0xdf
        | 0x149
        | 0x17f
        | 0x1f0
        | 0x345
        | 0x390
        | 0x3b0
        | 0x3c2
        | 0x3d0
        | 0x3d1
        | 0x3d5
        | 0x3d6
        | 0x3f0
        | 0x3f1
        | 0x3f5
        | 0x587
        | 0x1c80..=0x1c88
        | 0x1e96..=0x1e9b
        | 0x1f50
        | 0x1f52
        | 0x1f54
        | 0x1f56
        | 0x1f80..=0x1faf
        | 0x1fb2..=0x1fb4
        | 0x1fb6
        | 0x1fb7
        | 0x1fbc
        | 0x1fbe
        | 0x1fc2..=0x1fc4
        | 0x1fc6
        | 0x1fc7
        | 0x1fcc
        | 0x1fd2
        | 0x1fd3
        | 0x1fd6
        | 0x1fd7
        | 0x1fe2..=0x1fe4
        | 0x1fe6
        | 0x1fe7
        | 0x1ff2..=0x1ff4
        | 0x1ff6
        | 0x1ff7
        | 0x1ffc
        | 0xfb00..=0xfb06
        | 0xfb13..=0xfb17 => c.to_uppercase().for_each(|u| push_lower(out, u)),
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
        out.push(if finals.binary_search(&i).is_ok() {
            'ς'
        } else {
            'σ'
        });
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
    text.chars()
        .enumerate()
        .for_each(|(i, c)| push_lower_at(&mut out, c, i, &finals));
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

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

/// The value of a decimal digit (category Nd), as `Py_UNICODE_TODECIMAL`.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
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

/// XID_Start (or '_').
pub(crate) fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (is_alpha(c) && !in_ranges(ALPHA_NOT_ID_START, c)) || in_ranges(ID_START_NOT_ALPHA, c)
}

pub(crate) fn is_id_continue(c: char) -> bool {
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
fn case_only(
    args: &Args,
    name: &str,
    wanted: fn(char) -> bool,
    other: fn(char) -> bool,
) -> PyResult<Value> {
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
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::LookupError)) => {
            return Ok(Mapped::Keep)
        }
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
            None => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        },
    };
    let code = u32::try_from(code)
        .ok()
        .filter(|&n| n < 0x11_0000)
        .ok_or_else(range_error)?;
    // Strings are UTF-8: a lone surrogate cannot be stored.
    char::from_u32(code)
        .map(Mapped::Char)
        .ok_or_else(|| value_error("surrogate characters are not supported"))
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
    let y = p
        .get(1)
        .map(|v| clinic_str(v, "maketrans() argument 2"))
        .transpose()?;
    let z = p
        .get(2)
        .map(|v| clinic_str(v, "maketrans() argument 3"))
        .transpose()?;
    let table = PyDict::new_ref();
    let Some(y) = y else {
        let d = p[0]
            .downcast::<PyDict>()
            .filter(|_| p[0].class().is(&types().dict));
        let d = d.ok_or_else(|| {
            type_error("if you give only one argument to maketrans it must be a dict")
        })?;
        for (k, v) in d.items() {
            vm.dict_set(&table, translate_key(&k)?, v)?;
        }
        return Ok(table.into_value());
    };
    let x = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.char_len() != y.char_len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
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
            return Err(value_error(
                "string keys in translate table must be of length 1",
            ));
        }
        return Ok(Value::Int(s.char_at(0) as i64));
    }
    if matches!(k, Value::Int(_) | Value::Bool(_)) || k.payload_is::<PyBigInt>() {
        return Ok(k.clone());
    }
    Err(type_error(
        "keys in translate table must be strings or integers",
    ))
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
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
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
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        nested: false,
    };
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let conv = fmt[*i..].chars().next();
        let conv = conv
            .ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
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

    fn render_field(
        &mut self,
        vm: &mut Vm,
        field: &Field,
        depth: u32,
        out: &mut String,
    ) -> PyResult<()> {
        let obj = self.field_value(vm, field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('s') => vm.str(&obj)?.into_value(),
            Some('r') => vm.repr(&obj)?.into_value(),
            Some('a') => str_value(ascii_escape(vm.repr(&obj)?.as_str())),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")));
            }
            Some(c) => {
                return Err(value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )))
            }
        };
        let spec = if field.nested {
            self.render(vm, field.spec, depth - 1)?
        } else {
            field.spec.to_string()
        };
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
                        None if key.is_empty() => {
                            return Err(value_error("Empty attribute in format string"))
                        }
                        None => str_value(key),
                    };
                    obj = vm.get_item(&obj, &key)?;
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            }
        }
        Ok(obj)
    }

    /// A numeric (or empty: `auto`) field name: all must use one numbering style.
    fn check_numbering(&mut self, auto: bool) -> PyResult<()> {
        if self.numbering == Numbering::Unset {
            self.numbering = if auto {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
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
        let args = self
            .positional
            .ok_or_else(|| value_error("Format string contains positional fields"))?;
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
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
    let mut f = Formatter {
        positional: Some(&args.pos()[1..]),
        named,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(str_value(f.render(vm, s.as_str(), 2)?))
}

fn format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = positional(args, "format_map", 1, 1)?;
    let mut f = Formatter {
        positional: None,
        named: Named::Mapping(&p[0]),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(str_value(f.render(vm, s.as_str(), 2)?))
}

// ===== Dunders =====

/// Slot-wrapper arguments (`s.__len__()`, `s.__eq__(t)`): "expected 1 argument, got 0".
fn wrapper<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(&'a Py<PyStr>, &'a [Value])> {
    let s = this(args)?;
    if args.has_kw() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = &args.pos()[1..];
    if rest.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            rest.len()
        )));
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
        type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(&p[0])
        ))
    })?;
    Ok(Value::Bool(s.as_str().contains(sub.as_str())))
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = wrapper(args, "__getitem__", 1)?;
    vm.get_item_builtin(&args.pos()[0], &p[0])
}

fn dunder_add(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, p) = wrapper(args, "__add__", 1)?;
    let other = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(&p[0])
        ))
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
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = &args.pos()[1..];
    if rest.len() != 1 {
        // CPython's wording, leading space included.
        return Err(type_error(format!(
            " expected 1 argument, got {}",
            rest.len()
        )));
    }
    if rest[0].payload_is::<PyBigInt>() {
        return Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
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
