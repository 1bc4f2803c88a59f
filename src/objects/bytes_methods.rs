//! The methods `bytes` and `bytearray` share (CPython's
//! `Objects/bytes_methods.c` and `Objects/stringlib/`): searching,
//! splitting and joining, stripping and padding, ASCII case mapping and
//! predicates, `replace`, `translate`/`maketrans`, `decode`, `hex`/`fromhex`.
//!
//! Each method reads its receiver as a byte slice (`recv`: borrowed from a
//! bytes, a snapshot of a bytearray taken under its lock) after its
//! arguments are converted, and builds its result of the receiver's kind
//! (`Kind::make`), so `ba.upper()` is a bytearray. Nothing here holds a
//! lock. Error messages are CPython's; the argument checks follow how
//! CPython declares each method (positional-only, tuple-style, keywords).
//! Called from `bytes::init`, which installs the table on both types.

use std::borrow::Cow;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::bytes::{byte_of, bytes_like, expect_bytes_like, is_index_like, Kind};
use crate::objects::descriptor::PyStaticMethod;
use crate::objects::exception::{memory_error, type_error, value_error, PyErr, PyResult};
use crate::objects::list::list_value;
use crate::objects::method::{
    add_attr, add_methods, check_count, new_builtin_function, Args, NativeFn,
};
use crate::objects::str::{str_value, PyStr};
use crate::objects::str_methods::{cint_arg, clinic_str, keywords, slice_bound, ssize_arg, Align};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::Vm;

// ===== Arguments =====

/// The receiver's bytes and kind.
fn recv<'a>(args: &Args<'a>) -> (Cow<'a, [u8]>, Kind) {
    let v = &args.pos()[0];
    let data = bytes_like(v).and_then(Result::ok).unwrap_or_default();
    (data, Kind::of(v))
}

fn kind_of(args: &Args) -> Kind {
    Kind::of(&args.pos()[0])
}

/// Positional-only parameters: "bytes.upper() takes no arguments (1
/// given)", "center expected at least 1 argument, got 0".
fn positional<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let kind = kind_of(args).name();
    if args.has_kw() {
        return Err(type_error(format!(
            "{kind}.{name}() takes no keyword arguments"
        )));
    }
    let rest = &args.pos()[1..];
    let fname = if min == max {
        format!("{kind}.{name}")
    } else {
        name.to_string()
    };
    check_count(&fname, rest.len(), min, max)?;
    Ok(rest)
}

/// PyArg_ParseTuple-style parameters: "find() takes at least 1 argument
/// (0 given)".
fn tuple_style<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.pos()[1..];
    let n = rest.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            s(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            s(max)
        )));
    }
    Ok(rest)
}

/// Keyword-capable parameters (Argument Clinic).
fn kw_params<'a>(args: &Args<'a>, name: &str, names: &[&str]) -> PyResult<Vec<Option<&'a Value>>> {
    keywords(args, &args.pos()[1..], name, names)
}

/// `start`/`end` adjusted as CPython's ADJUST_INDICES (start may exceed len).
fn bounds(vm: &mut Vm, len: usize, p: &[Value]) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let start = slice_bound(vm, p.first())?.unwrap_or(0);
    let end = slice_bound(vm, p.get(1))?.unwrap_or(len);
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    Ok((start as usize, end as usize))
}

/// The needle of find/count/index: an int (one byte) or bytes-like.
fn needle<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = bytes_like(v) {
        return b;
    }
    if is_index_like(vm, v) {
        return Ok(Cow::Owned(vec![byte_of(
            vm,
            v,
            "byte must be in range(0, 256)",
        )?]));
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.class().payload.name()
    )))
}

/// A fill byte: "center() argument 2 must be a byte string of length 1, not str".
fn fill_byte(v: Option<&Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match bytes_like(v).filter(|_| !v.payload_is::<crate::objects::memoryview::PyMemoryView>()) {
        Some(Ok(b)) if b.len() == 1 => Ok(b[0]),
        _ => Err(type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            v.class().payload.name()
        ))),
    }
}

/// A result of `len` bytes, or MemoryError.
fn with_capacity(len: Option<usize>) -> PyResult<Vec<u8>> {
    let len = len.ok_or_else(memory_error)?;
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| memory_error())?;
    Ok(v)
}

// ===== Searching =====

fn find_at(hay: &[u8], pat: &[u8], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > hay.len() || end < start || end - start < pat.len() {
        return None;
    }
    let region = &hay[start..end];
    if pat.is_empty() {
        return Some(if reverse { end } else { start });
    }
    let mut w = region.windows(pat.len());
    let at = if reverse {
        w.rposition(|x| x == pat)
    } else {
        w.position(|x| x == pat)
    };
    at.map(|i| i + start)
}

/// Non-overlapping occurrences of `pat` in `hay[start..end]`.
fn count_in(hay: &[u8], pat: &[u8], start: usize, end: usize) -> usize {
    if start > hay.len() || end < start || end - start < pat.len() {
        return 0;
    }
    if pat.is_empty() {
        return end - start + 1;
    }
    let region = &hay[start..end];
    let (mut i, mut n) = (0, 0);
    while i + pat.len() <= region.len() {
        if &region[i..i + pat.len()] == pat {
            n += 1;
            i += pat.len();
        } else {
            i += 1;
        }
    }
    n
}

fn search(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let p = tuple_style(args, name, 1, 3)?;
    let pat = needle(vm, &p[0])?;
    let (data, _) = recv(args);
    let (start, end) = bounds(vm, data.len(), &p[1..])?;
    Ok(find_at(&data, &pat, start, end, reverse))
}

fn index_result(r: Option<usize>, raise: bool) -> PyResult<Value> {
    match r {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    index_result(search(vm, args, "find", false)?, false)
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    index_result(search(vm, args, "rfind", true)?, false)
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    index_result(search(vm, args, "index", false)?, true)
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    index_result(search(vm, args, "rindex", true)?, true)
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = tuple_style(args, "count", 1, 3)?;
    let pat = needle(vm, &p[0])?;
    let (data, _) = recv(args);
    let (start, end) = bounds(vm, data.len(), &p[1..])?;
    Ok(Value::Int(count_in(&data, &pat, start, end) as i64))
}

fn tailmatch(data: &[u8], pat: &[u8], start: usize, end: usize, at_end: bool) -> bool {
    if start > data.len() || end < start || end - start < pat.len() {
        return false;
    }
    if at_end {
        &data[end - pat.len()..end] == pat
    } else {
        &data[start..start + pat.len()] == pat
    }
}

fn starts_ends(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let p = tuple_style(args, name, 1, 3)?;
    let (data, _) = recv(args);
    let (start, end) = bounds(vm, data.len(), &p[1..])?;
    if let Some(t) = p[0].downcast::<PyTuple>() {
        for x in t.items.iter() {
            let pat = expect_bytes_like(x)?;
            if tailmatch(&data, &pat, start, end, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let pat = bytes_like(&p[0]).unwrap_or_else(|| {
        Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            p[0].class().payload.name()
        )))
    })?;
    Ok(Value::Bool(tailmatch(&data, &pat, start, end, at_end)))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

// ===== Splitting and joining =====

pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `sep=None, maxsplit=-1`.
fn split_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Option<Cow<'a, [u8]>>, usize)> {
    let a = kw_params(args, name, &["sep", "maxsplit"])?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(expect_bytes_like(v)?),
    };
    let max = match a[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(value_error("empty separator"));
    }
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

/// Pieces of `data` split on `sep` (whitespace runs when None), at most
/// `max` splits, from the left or the right; returned left to right.
fn split_pieces<'d>(data: &'d [u8], sep: Option<&[u8]>, max: usize, right: bool) -> Vec<&'d [u8]> {
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = data.len();
            let mut start = 0;
            let mut n = 0;
            if right {
                while n < max {
                    match find_at(data, sep, 0, end, true) {
                        Some(i) => {
                            out.push(&data[i + sep.len()..end]);
                            end = i;
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push(&data[..end]);
                out.reverse();
            } else {
                while n < max {
                    match find_at(data, sep, start, data.len(), false) {
                        Some(i) => {
                            out.push(&data[start..i]);
                            start = i + sep.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.push(&data[start..]);
            }
        }
        None if right => {
            let mut end = data.len();
            let mut n = 0;
            loop {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if n == max {
                    out.push(&data[..end]);
                    break;
                }
                let mut i = end;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                out.push(&data[i..end]);
                end = i;
                n += 1;
            }
            out.reverse();
        }
        None => {
            let mut i = 0;
            let mut n = 0;
            loop {
                while i < data.len() && is_space(data[i]) {
                    i += 1;
                }
                if i == data.len() {
                    break;
                }
                if n == max {
                    out.push(&data[i..]);
                    break;
                }
                let start = i;
                while i < data.len() && !is_space(data[i]) {
                    i += 1;
                }
                out.push(&data[start..i]);
                n += 1;
            }
        }
    }
    out
}

fn pieces_list(kind: Kind, pieces: Vec<&[u8]>) -> Value {
    list_value(pieces.into_iter().map(|p| kind.make(p.to_vec())).collect())
}

fn split_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, name)?;
    let (data, kind) = recv(args);
    Ok(pieces_list(
        kind,
        split_pieces(&data, sep.as_deref(), max, right),
    ))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = kw_params(args, "splitlines", &["keepends"])?;
    let keep = match a[0] {
        Some(v) => cint_arg(vm, v)? != 0,
        None => false,
    };
    let (data, kind) = recv(args);
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let start = i;
        while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < data.len() {
            eol = if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
        out.push(&data[start..if keep { eol } else { i }]);
        i = eol;
    }
    Ok(pieces_list(kind, out))
}

fn partition_impl(args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let p = positional(args, name, 1, 1)?;
    let sep = expect_bytes_like(&p[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let (data, kind) = recv(args);
    let parts: [&[u8]; 3] = match find_at(&data, &sep, 0, data.len(), right) {
        Some(i) => [&data[..i], &sep, &data[i + sep.len()..]],
        None if right => [b"", b"", &data],
        None => [&data, b"", b""],
    };
    Ok(tuple_value(
        parts.iter().map(|p| kind.make(p.to_vec())).collect(),
    ))
}

fn partition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(args, "join", 1, 1)?;
    let items =
        crate::objects::bytes::items_or(vm, &p[0], || type_error("can only join an iterable"))?;
    let (sep, kind) = recv(args);
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_like(x) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                x.class().payload.name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b?);
    }
    Ok(kind.make(out))
}

// ===== Stripping, padding, replacing =====

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let p = positional(args, name, 0, 1)?;
    let chars: Option<Cow<[u8]>> = match p.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(expect_bytes_like(v)?),
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(*c),
    };
    let (data, kind) = recv(args);
    let mut a = 0;
    let mut b = data.len();
    if left {
        while a < b && strip(&data[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(&data[b - 1]) {
            b -= 1;
        }
    }
    Ok(kind.make(data[a..b].to_vec()))
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

fn justify(vm: &mut Vm, args: &Args, name: &str, align: Align) -> PyResult<Value> {
    let p = positional(args, name, 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = fill_byte(p.get(1), name)?;
    let (data, kind) = recv(args);
    let len = data.len() as i64;
    if width <= len {
        return Ok(kind.make(data.into_owned()));
    }
    let marg = width - len;
    let left = align.left_margin(marg, width) as usize;
    let mut out = with_capacity(usize::try_from(width).ok())?;
    out.resize(left, fill);
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(kind.make(out))
}

fn center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "center", Align::Center)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "ljust", Align::Left)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    justify(vm, args, "rjust", Align::Right)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(args, "zfill", 1, 1)?;
    let width = ssize_arg(vm, &p[0])?;
    let (data, kind) = recv(args);
    if width <= data.len() as i64 {
        return Ok(kind.make(data.into_owned()));
    }
    let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = with_capacity(usize::try_from(width).ok())?;
    out.extend_from_slice(&data[..sign]);
    out.resize(sign + width as usize - data.len(), b'0');
    out.extend_from_slice(&data[sign..]);
    Ok(kind.make(out))
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = kw_params(args, "expandtabs", &["tabsize"])?;
    let tabsize = match a[0] {
        Some(v) => cint_arg(vm, v)?.max(0) as u64,
        None => 8,
    };
    let (data, kind) = recv(args);
    let tab = |col: u64| {
        if tabsize > 0 {
            tabsize - col % tabsize
        } else {
            0
        }
    };
    let (mut col, mut size) = (0u64, 0u64);
    for &c in data.iter() {
        if c == b'\t' {
            let n = tab(col);
            col = col.saturating_add(n);
            size = size.saturating_add(n);
        } else {
            col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
            size += 1;
        }
    }
    let mut out = with_capacity(usize::try_from(size).ok())?;
    col = 0;
    for &c in data.iter() {
        if c == b'\t' {
            let n = tab(col);
            col += n;
            out.resize(out.len() + n as usize, b' ');
        } else {
            col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
            out.push(c);
        }
    }
    Ok(kind.make(out))
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(args, "replace", 2, 3)?;
    let old = expect_bytes_like(&p[0])?;
    let new = expect_bytes_like(&p[1])?;
    let max = match p.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let (data, kind) = recv(args);
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0;
    if old.is_empty() {
        for &c in data.iter() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(kind.make(out));
    }
    let mut i = 0;
    while i < data.len() {
        if n < max && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
        if out.len() > isize::MAX as usize / 2 {
            return Err(memory_error());
        }
    }
    Ok(kind.make(out))
}

fn affix(args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let p = positional(args, name, 1, 1)?;
    let fix = expect_bytes_like(&p[0])?;
    let (data, kind) = recv(args);
    let r = if suffix {
        data.strip_suffix(&fix[..])
    } else {
        data.strip_prefix(&fix[..])
    };
    Ok(kind.make(r.unwrap_or(&data).to_vec()))
}

fn removeprefix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(args, "removeprefix", false)
}

fn removesuffix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(args, "removesuffix", true)
}

// ===== Case mapping and predicates (ASCII only) =====

fn map_bytes(args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    positional(args, name, 0, 0)?;
    let (data, kind) = recv(args);
    Ok(kind.make(f(&data)))
}

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

macro_rules! case_methods {
    ($($f:ident = $name:literal, $map:expr;)*) => {
        $(fn $f(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            map_bytes(args, $name, $map)
        })*
        const CASE_METHODS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

case_methods! {
    upper = "upper", |d| d.to_ascii_uppercase();
    lower = "lower", |d| d.to_ascii_lowercase();
    title = "title", title_bytes;
    capitalize = "capitalize", capitalize_bytes;
    swapcase = "swapcase", swapcase_bytes;
}

fn istitle_bytes(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

macro_rules! predicates {
    ($($f:ident = $name:literal, $test:expr;)*) => {
        $(fn $f(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            positional(args, $name, 0, 0)?;
            let (data, _) = recv(args);
            let test: fn(&[u8]) -> bool = $test;
            Ok(Value::Bool(test(&data)))
        })*
        const PREDICATES: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

predicates! {
    isalnum = "isalnum", |d| all_nonempty(d, u8::is_ascii_alphanumeric);
    isalpha = "isalpha", |d| all_nonempty(d, u8::is_ascii_alphabetic);
    isascii = "isascii", |d| d.is_ascii();
    isdigit = "isdigit", |d| all_nonempty(d, u8::is_ascii_digit);
    isspace = "isspace", |d| all_nonempty(d, |c| is_space(*c));
    islower = "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase);
    isupper = "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase);
    istitle = "istitle", istitle_bytes;
}

// ===== translate, maketrans =====

fn translate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (table, delete) = translate_args(args)?;
    let table = match table {
        Value::None => None,
        t => {
            let t = expect_bytes_like(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = delete.map(expect_bytes_like).transpose()?;
    let (data, kind) = recv(args);
    let out = data
        .iter()
        .filter(|c| !delete.as_ref().is_some_and(|d| d.contains(c)))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(kind.make(out))
}

/// `translate(table, /, delete=b'')`.
fn translate_args<'a>(args: &Args<'a>) -> PyResult<(&'a Value, Option<&'a Value>)> {
    args.only_kw("translate", &["delete"])?;
    let pos = &args.pos()[1..];
    let delete = args.kwarg("delete");
    let max = if delete.is_some() { 1 } else { 2 };
    if pos.is_empty() || pos.len() > max {
        check_count("translate", pos.len() + delete.is_some() as usize, 1, 2)?;
        return Err(type_error(
            "argument for translate() given by name ('delete') and position (2)",
        ));
    }
    Ok((&pos[0], delete.or(pos.get(1))))
}

fn maketrans(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("maketrans", 2, 2)?;
    let frm = expect_bytes_like(&p[0])?;
    let to = expect_bytes_like(&p[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in frm.iter().zip(to.iter()) {
        table[a as usize] = b;
    }
    Ok(crate::objects::bytes::bytes_value(table))
}

// ===== decode, hex, fromhex =====

fn decode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = kw_params(args, "decode", &["encoding", "errors"])?;
    let arg = |v: Option<&Value>, name: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => v
                .downcast::<PyStr>()
                .map(|s| s.as_str().to_string())
                .ok_or_else(|| {
                    type_error(format!(
                        "decode() argument '{name}' must be str, not {}",
                        v.class().payload.name()
                    ))
                }),
        }
    };
    let encoding = arg(a[0], "encoding", "utf-8")?;
    let errors = arg(a[1], "errors", "strict")?;
    let (data, _) = recv(args);
    let s = crate::objects::str_methods::decode_bytes(&data, &encoding, &errors)?;
    Ok(str_value(s))
}

/// `hex(sep=<none>, bytes_per_sep=1)` of `data` (also memoryview.hex).
pub fn hex_impl(vm: &mut Vm, args: &Args, data: &[u8]) -> PyResult<Value> {
    let a = kw_params(args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match a[0] {
        None => None,
        Some(v) => {
            let s: Vec<char> = match v.downcast::<PyStr>() {
                Some(s) => s.as_str().chars().collect(),
                None => match crate::objects::bytes::bytes_like(v) {
                    Some(b) => b?.iter().map(|&b| b as char).collect(),
                    None => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            v.class().payload.name()
                        )))
                    }
                },
            };
            if s.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(s[0])
        }
    };
    let per = match a[1] {
        Some(v) => cint_arg(vm, v)? as i64,
        None => 1,
    };
    Ok(str_value(hex_string(data, sep, per)))
}

fn hex_string(data: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && group > 0) {
            // Groups count from the right for a positive bytes_per_sep.
            let boundary = if per > 0 {
                (n - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (data, _) = recv(args);
    hex_impl(vm, args, &data)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (a classmethod).
fn fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let (true, Some(cls)) = (args.has_kw(), args.pos().first()) {
        let owner = cls
            .downcast::<PyType>()
            .map_or("bytes", |t| t.payload.name());
        args.no_kw(&format!("{owner}.fromhex"))?;
    }
    let p = args.exact("fromhex", 2, 2)?;
    let s = clinic_str(&p[1], "fromhex() argument")?;
    let data = parse_hex(s.as_str())?;
    let cls = p[0]
        .downcast::<PyType>()
        .ok_or_else(|| type_error("fromhex needs a class"))?;
    let bytearray = cls.is_subtype(crate::objects::bytearray::bytearray_type());
    let kind = if bytearray {
        Kind::ByteArray
    } else {
        Kind::Bytes
    };
    let value = kind.make(data);
    if cls.payload.is_heap_type() {
        return vm.call(&p[0], &[value]);
    }
    Ok(value)
}

fn parse_hex(s: &str) -> PyResult<Vec<u8>> {
    let cs: Vec<char> = s.chars().collect();
    let bad = |i: usize| -> PyErr {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let digit = |i: usize| cs.get(i).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i));
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii() && is_space(cs[i] as u8) {
            i += 1;
            continue;
        }
        let hi = digit(i)?;
        let lo = digit(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

// ===== Table =====

const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("partition", partition),
    ("rpartition", rpartition),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("replace", replace),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("translate", translate),
    ("decode", decode),
    ("hex", hex),
];

/// Install the shared methods on `bytes` or `bytearray`.
pub fn init_type(ty: &Py<PyType>) {
    add_methods(ty, METHODS);
    add_methods(ty, CASE_METHODS);
    add_methods(ty, PREDICATES);
    crate::objects::method::add_classmethod(ty, "fromhex", fromhex);
    let mt = new_builtin_function("maketrans", maketrans, None);
    let sm = PyRef::new_in(
        PyStaticMethod { func: mt },
        &crate::object::types().staticmethod,
    );
    sm.header.make_immortal();
    add_attr(ty, "maketrans", sm.into_value());
}
