//! `bytes`: an immutable byte string, and what `bytes`, `bytearray` and
//! `memoryview` share: reading any of them as a byte slice (`bytes_like`),
//! building a result of the receiver's kind (`Kind`), and the constructor
//! logic `bytes(...)`/`bytearray(...)` have in common (`bytes_from_source`).
//!
//! The methods live in `bytes_methods.rs` (shared by bytes and bytearray),
//! the operators and the iterator in `bytes_ops.rs`, `%` in
//! `bytes_format.rs`, the mutable type in `bytearray.rs` and views in
//! `memoryview.rs`. Follows CPython 3.11's `Objects/bytesobject.c`,
//! error messages included.
//!
//! `bytes` is immutable, so nothing here locks; reading a bytearray or a
//! view of one copies its bytes out under the bytearray's lock first
//! (`bytes_like`), so no method runs Python code with a lock held.

use std::borrow::Cow;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::bytearray::{bytearray_type, PyByteArray};
use crate::objects::exception::{memory_error, type_error, value_error, ExcKind, PyErr, PyResult};
use crate::objects::instance::set_new;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::method::Args;
use crate::objects::str::PyStr;
use crate::vm::state::interp;
use crate::vm::Vm;

pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyPayload for PyBytes {}

/// A bytes value: the shared object for `b''` and each one-byte string
/// (as CPython, so `b[:0] is b''`), else a new one.
pub fn bytes_value(data: Vec<u8>) -> Value {
    static SMALL: [std::sync::OnceLock<PyRef<PyBytes>>; 257] =
        [const { std::sync::OnceLock::new() }; 257];
    let idx = match data.as_slice() {
        [] => 256,
        [b] => *b as usize,
        _ => return fresh_bytes(data, &types().bytes),
    };
    let shared = SMALL[idx].get_or_init(|| {
        let b = PyRef::new_in(
            PyBytes {
                data: data.into_boxed_slice(),
            },
            &types().bytes,
        );
        b.header.make_immortal();
        b
    });
    shared.to_value()
}

fn fresh_bytes(data: Vec<u8>, cls: &Py<PyType>) -> Value {
    PyRef::new_in(
        PyBytes {
            data: data.into_boxed_slice(),
        },
        cls,
    )
    .into_value()
}

/// The result type of a method: the receiver's kind (`b.upper()` is bytes,
/// `ba.upper()` a bytearray).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn of(v: &Value) -> Kind {
        if v.payload_is::<PyByteArray>() {
            Kind::ByteArray
        } else {
            Kind::Bytes
        }
    }

    pub fn make(self, data: Vec<u8>) -> Value {
        match self {
            Kind::Bytes => bytes_value(data),
            Kind::ByteArray => crate::objects::bytearray::bytearray_value(data),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview):
/// borrowed from a bytes, copied (under its lock) from a mutable buffer.
/// `None` when `v` is not bytes-like; an error for a released view.
pub fn bytes_like(v: &Value) -> Option<PyResult<Cow<'_, [u8]>>> {
    if let Some(b) = v.downcast::<PyBytes>() {
        return Some(Ok(Cow::Borrowed(&b.data)));
    }
    if let Some(b) = v.downcast::<PyByteArray>() {
        return Some(Ok(Cow::Owned(b.snapshot())));
    }
    v.downcast::<PyMemoryView>()
        .map(|m| m.to_bytes().map(Cow::Owned))
}

/// Is `v` a bytes, bytearray or memoryview?
pub fn is_bytes_like(v: &Value) -> bool {
    v.payload_is::<PyBytes>() || v.payload_is::<PyByteArray>() || v.payload_is::<PyMemoryView>()
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
pub fn expect_bytes_like(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(v).unwrap_or_else(|| {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class().payload.name()
        )))
    })
}

/// `repr(b)`: CPython's quoting rules (single quotes unless the data has a
/// single quote and no double quote).
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(data.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in data {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote)
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

/// The hash of a byte string: the same function as `str`'s over its UTF-8,
/// so `hash(b'abc') == hash('abc')` as in CPython.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0; // as CPython's
    }
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.hash(&mut h);
    match h.finish() as i64 {
        -1 => -2,
        v => v,
    }
}

/// A zero-filled buffer of `n` bytes (MemoryError when it cannot be had).
pub fn zeros(n: i64) -> PyResult<Vec<u8>> {
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let mut v = Vec::new();
    v.try_reserve_exact(n as usize)
        .map_err(|_| memory_error())?;
    v.resize(n as usize, 0);
    Ok(v)
}

/// One byte from an int-like value: "byte must be in range(0, 256)".
pub fn byte_of(vm: &mut Vm, v: &Value, range_msg: &str) -> PyResult<u8> {
    let i = vm.to_index_value(v)?;
    match i {
        Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
        Value::Bool(b) => Ok(b as u8),
        _ => Err(value_error(range_msg.to_string())),
    }
}

/// Does `v` convert with `__index__` (an int, or an instance defining it)?
pub fn is_index_like(vm: &mut Vm, v: &Value) -> bool {
    crate::objects::int::is_int(v)
        || (v.class().payload.is_heap_type()
            && vm.lookup_special(v, &interp().names.index).is_some())
}

/// The bytes of `bytes(source, encoding, errors)` / `bytearray(...)`
/// (`kind` picks the wording of the errors).
pub fn bytes_from_source(
    vm: &mut Vm,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    kind: Kind,
) -> PyResult<Vec<u8>> {
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            let what = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.downcast::<PyStr>() {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = arg_str(enc, kind, "encoding")?;
        let err = errors.map(|e| arg_str(e, kind, "errors")).transpose()?;
        return crate::objects::str_methods::encode_str(s.as_str(), enc, err.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if kind == Kind::Bytes && !src.payload_is::<PyBytes>() {
        if let Some(r) = dunder_bytes(vm, src) {
            return r;
        }
    }
    if let Some(b) = bytes_like(src) {
        return Ok(b?.into_owned());
    }
    if is_index_like(vm, src) {
        let msg = "cannot fit 'int' into an index-sized integer";
        return zeros(crate::objects::int::index_or_overflow(vm, src, msg)?);
    }
    let items = items_or(vm, src, || {
        type_error(format!(
            "cannot convert '{}' object to {}",
            src.class().payload.name(),
            kind.name()
        ))
    })?;
    ints_to_bytes(vm, &items, kind)
}

/// `v.__bytes__()` when `v`'s class defines it (it must return bytes).
pub fn dunder_bytes(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let f = vm.lookup_special(v, &crate::objects::str::intern("__bytes__"))?;
    Some(
        vm.call(&f, std::slice::from_ref(v))
            .and_then(|r| match r.downcast::<PyBytes>() {
                Some(b) => Ok(b.data.to_vec()),
                None => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    r.class().payload.name()
                ))),
            }),
    )
}

/// All items of an iterable, or the TypeError `not_iterable` when `v` is
/// not one.
pub fn items_or(
    vm: &mut Vm,
    v: &Value,
    not_iterable: impl FnOnce() -> PyErr,
) -> PyResult<Vec<Value>> {
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::TypeError)) => {
            return Err(not_iterable())
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// The bytes of a sequence of ints in range(0, 256).
pub fn ints_to_bytes(vm: &mut Vm, items: &[Value], kind: Kind) -> PyResult<Vec<u8>> {
    let msg = match kind {
        Kind::Bytes => "bytes must be in range(0, 256)",
        Kind::ByteArray => "byte must be in range(0, 256)",
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(byte_of(vm, x, msg)?);
    }
    Ok(out)
}

/// A str argument of the constructor ("bytes() argument 'encoding' must be
/// str, not int").
fn arg_str<'a>(v: &'a Value, kind: Kind, name: &str) -> PyResult<&'a str> {
    v.downcast::<PyStr>().map(|s| s.as_str()).ok_or_else(|| {
        type_error(format!(
            "{}() argument '{name}' must be str, not {}",
            kind.name(),
            v.class().payload.name()
        ))
    })
}

/// The `source, encoding, errors` parameters of both constructors.
pub fn constructor_args<'a>(args: &Args<'a>, kind: Kind) -> PyResult<[Option<&'a Value>; 3]> {
    let a = crate::objects::str_methods::keywords(
        args,
        args.pos(),
        kind.name(),
        &["source", "encoding", "errors"],
    )?;
    Ok([a[0], a[1], a[2]])
}

fn bytes_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let exact = |v: &Value| v.class().is(&types().bytes);
    if cls.is(&types().bytes) && !args.has_kw() && pos.len() == 1 && exact(&pos[0]) {
        return Ok(pos[0].clone());
    }
    let [src, enc, err] = constructor_args(args, Kind::Bytes)?;
    let data = bytes_from_source(vm, src, enc, err, Kind::Bytes)?;
    if cls.is(&types().bytes) {
        return Ok(bytes_value(data));
    }
    Ok(fresh_bytes(data, cls))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.bytes, bytes_new);
    crate::objects::bytes_methods::init_type(&t.bytes);
    crate::objects::bytes_ops::init_type(&t.bytes);
    let ba = bytearray_type();
    crate::objects::bytearray::init(ba);
    crate::objects::bytes_methods::init_type(ba);
    crate::objects::bytes_ops::init_type(ba);
    crate::objects::memoryview::init();
}
