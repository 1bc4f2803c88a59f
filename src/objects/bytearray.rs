//! `bytearray`: a mutable byte string guarded by its object mutex, with
//! list's lock discipline (DESIGN.md "Object locks", `objects/list.rs`).
//!
//! Every access to the bytes goes through `read` (a shared view), `write`
//! (in place, same length) or `resize` (may change the length), which hold
//! the object's lock across Rust code only: arguments are converted (which
//! may run Python code: `__index__`, iterables) before the lock is taken,
//! and a bytearray operand is copied out first (`bytes_like`), so
//! `ba += ba` and `ba.extend(ba)` never take two locks. Concurrent appends
//! from many threads therefore never lose a byte.
//!
//! Buffer exports (CPython's `ob_exports`): each live `memoryview` of a
//! bytearray counts one, incremented under the lock; `resize` fails with
//! BufferError while the count is not zero and the length would change
//! (CPython's `PyByteArray_Resize`), so a view's indices stay valid. The
//! decrement (a view released or dropped) needs no lock: it can only make
//! the check more permissive later, never let a resize race a new export.
//!
//! The shared non-mutating methods are in `bytes_methods.rs`, the
//! operators in `bytes_ops.rs`.

use std::cell::UnsafeCell;
use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType, TYPE_BASETYPE};
use crate::object::value::Value;
use crate::objects::bytes::{
    byte_of, bytes_from_source, bytes_like, ints_to_bytes, items_or, Kind,
};
use crate::objects::bytes_ops::seq_index;
use crate::objects::exception::{
    index_error, new_error, type_error, value_error, ExcKind, PyErr, PyResult,
};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::slice::PySlice;
use crate::runtime::sync::{AtomicUsize, Ordering};
use crate::vm::Vm;

const RANGE_MSG: &str = "byte must be in range(0, 256)";

pub struct PyByteArray {
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryviews of this buffer (see the module comment).
    exports: AtomicUsize,
}

// SAFETY: `data` is only accessed under the object's mutex (`read`,
// `write`, `resize`), or during traversal with the world stopped.
unsafe impl Sync for PyByteArray {}
// SAFETY: it holds plain bytes.
unsafe impl Send for PyByteArray {}

impl PyPayload for PyByteArray {}

pub fn bytearray_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyByteArray>(
            "bytearray",
            Some(types().object.clone()),
            TYPE_BASETYPE,
        );
        crate::objects::types::new_static_type(t)
    })
}

fn new_payload(data: Vec<u8>) -> PyByteArray {
    PyByteArray {
        data: UnsafeCell::new(data),
        exports: AtomicUsize::new(0),
    }
}

pub fn bytearray_value(data: Vec<u8>) -> Value {
    PyRef::new_in(new_payload(data), bytearray_type()).into_value()
}

pub fn buffer_error() -> PyErr {
    new_error(
        ExcKind::BufferError,
        "Existing exports of data: object cannot be re-sized",
    )
}

impl Py<PyByteArray> {
    /// Run `f` on the bytes with the lock held (`f` must not run Python
    /// code or block).
    #[inline]
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        self.locked(|| {
            // SAFETY: the object mutex is held; every access goes through
            // `read`, `write` or `resize`.
            f(unsafe { &*self.payload.data.get() })
        })
    }

    /// Change bytes in place (never the length) with the lock held.
    #[inline]
    pub fn write<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> R {
        self.locked(|| {
            // SAFETY: the object mutex is held (see `read`).
            f(unsafe { &mut *self.payload.data.get() })
        })
    }

    /// Change the bytes, maybe their length, with the lock held:
    /// BufferError (and nothing changed) if memoryviews are exported and
    /// the length would change.
    pub fn resize<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
        self.locked(|| {
            // SAFETY: the object mutex is held (see `read`).
            let v = unsafe { &mut *self.payload.data.get() };
            if self.payload.exports.load(Ordering::Relaxed) == 0 {
                return Ok(f(v));
            }
            // Exported: apply to a copy, keep it only if the length is the same.
            let mut copy = v.clone();
            let r = f(&mut copy);
            if copy.len() != v.len() {
                return Err(buffer_error());
            }
            *v = copy;
            Ok(r)
        })
    }

    /// Count a new memoryview (under the lock, so no resize is halfway).
    pub fn export(&self) {
        self.locked(|| {
            self.payload.exports.fetch_add(1, Ordering::Relaxed);
        });
    }

    /// A memoryview went away.
    pub fn unexport(&self) {
        self.payload.exports.fetch_sub(1, Ordering::Relaxed);
    }

    pub fn len(&self) -> usize {
        self.read(|d| d.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<u8> {
        self.read(|d| d.get(i).copied())
    }

    pub fn snapshot(&self) -> Vec<u8> {
        self.read(|d| d.to_vec())
    }
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyByteArray> {
    args.pos()[0]
        .downcast::<PyByteArray>()
        .expect("bytearray method on a bytearray")
}

fn ba_new(_vm: &mut Vm, cls: &Py<PyType>, _args: &Args) -> PyResult<Value> {
    Ok(PyRef::new_in(new_payload(Vec::new()), cls).into_value())
}

fn ba_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let a = crate::objects::str_methods::keywords(
        args,
        pos,
        "bytearray",
        &["source", "encoding", "errors"],
    )?;
    let data = bytes_from_source(vm, a[0], a[1], a[2], Kind::ByteArray)?;
    this(args).resize(|v| *v = data)?;
    Ok(Value::None)
}

/// An int byte argument (via `__index__`).
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    byte_of(vm, v, RANGE_MSG)
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("append", 2, 2)?;
    let b = byte_arg(vm, &p[1])?;
    this(args).resize(|v| v.push(b))?;
    Ok(Value::None)
}

/// The bytes of `extend`'s or a slice assignment's argument.
fn bytes_of_iterable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b?.into_owned());
    }
    let items = items_or(vm, v, || {
        type_error(what.replace("{}", v.class().payload.name()))
    })?;
    ints_to_bytes(vm, &items, Kind::ByteArray)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("extend", 2, 2)?;
    let data = bytes_of_iterable(vm, &p[1], "can't extend bytearray with {}")?;
    this(args).resize(|v| v.extend_from_slice(&data))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("insert")?;
    let p = &args.pos()[1..];
    if p.len() != 2 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            p.len()
        )));
    }
    let i = crate::objects::str_methods::ssize_arg(vm, &p[0])?;
    let b = byte_arg(vm, &p[1])?;
    this(args).resize(|v| {
        let n = v.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(at as usize, b);
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("pop", 1, 2)?;
    let i = match p.get(1) {
        Some(x) => crate::objects::str_methods::ssize_arg(vm, x)?,
        None => -1,
    };
    let r = this(args).resize(|v| {
        if v.is_empty() {
            return Err("pop from empty bytearray");
        }
        match seq_index(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err("pop index out of range"),
        }
    })?;
    r.map(|b| Value::Int(b as i64)).map_err(index_error)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("remove", 2, 2)?;
    let b = byte_arg(vm, &p[1])?;
    let found = this(args).resize(|v| {
        let at = v.iter().position(|&c| c == b);
        at.map(|j| v.remove(j)).is_some()
    })?;
    if !found {
        return Err(value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("clear", 1, 1)?;
    this(args).resize(|v| v.clear())?;
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("reverse", 1, 1)?;
    this(args).write(|d| d.reverse());
    Ok(Value::None)
}

/// `ba += x`, `ba *= n` called as methods.
fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__iadd__", 2, 2)?;
    inplace(vm, crate::ast::BinOp::Add, &p[0], &p[1])
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__imul__", 2, 2)?;
    vm.to_index_value(&p[1])?;
    inplace(vm, crate::ast::BinOp::Mult, &p[0], &p[1])
}

fn inplace(vm: &mut Vm, op: crate::ast::BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    crate::objects::bytes_ops::bytes_binop(vm, op as u8, a, b, true)
        .unwrap_or_else(|| Ok(crate::objects::none::not_implemented()))
}

/// `bytearray.__alloc__()`: the bytes allocated, counting CPython's
/// trailing NUL.
fn alloc(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__alloc__", 1, 1)?;
    Ok(Value::Int(this(args).snapshot().len() as i64 + 1))
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("copy", 1, 1)?;
    Ok(bytearray_value(this(args).snapshot()))
}

// ===== Item and slice assignment =====

/// A subscript of a bytearray: an index (ints and `__index__`) or a slice.
enum Key<'a> {
    Index(i64),
    Slice(&'a Py<PySlice>),
}

fn key_of<'a>(vm: &mut Vm, key: &'a Value) -> PyResult<Key<'a>> {
    if crate::objects::bytes::is_index_like(vm, key) {
        return vm.to_index(key).map(Key::Index);
    }
    key.downcast::<PySlice>().map(Key::Slice).ok_or_else(|| {
        type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.class().payload.name()
        ))
    })
}

fn out_of_range() -> PyErr {
    index_error("bytearray index out of range")
}

const ASSIGN_MSG: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__setitem__", 3, 3)?;
    let ba = this(args);
    let s = match key_of(vm, &p[1])? {
        Key::Index(i) => {
            let b = byte_arg(vm, &p[2])?;
            let ok = ba.write(|d| seq_index(i, d.len()).map(|j| d[j] = b));
            ok.ok_or_else(out_of_range)?;
            return Ok(Value::None);
        }
        Key::Slice(s) => s,
    };
    let data = if crate::objects::bytes::is_index_like(vm, &p[2])
        || p[2].payload_is::<crate::objects::str::PyStr>()
    {
        return Err(type_error(ASSIGN_MSG));
    } else {
        bytes_of_iterable(vm, &p[2], ASSIGN_MSG)?
    };
    set_slice(vm, ba, s, data)?;
    Ok(Value::None)
}

fn set_slice(vm: &mut Vm, ba: &Py<PyByteArray>, s: &Py<PySlice>, data: Vec<u8>) -> PyResult<()> {
    let n = ba.len();
    let (start, stop, step) = s.bounds(vm, n)?;
    if step == 1 {
        let a = start.clamp(0, n as i64) as usize;
        let b = stop.max(start).clamp(0, n as i64) as usize;
        return ba.resize(|v| {
            let b = b.min(v.len());
            let a = a.min(b);
            v.splice(a..b, data);
        });
    }
    let idx: Vec<usize> = s.indices(vm, n)?.collect();
    if idx.len() != data.len() {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            idx.len()
        )));
    }
    ba.write(|d| {
        for (&j, b) in idx.iter().zip(data) {
            if let Some(x) = d.get_mut(j) {
                *x = b;
            }
        }
    });
    Ok(())
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__delitem__", 2, 2)?;
    let ba = this(args);
    let s = match key_of(vm, &p[1])? {
        Key::Index(i) => {
            let ok = ba.resize(|v| seq_index(i, v.len()).map(|j| v.remove(j)))?;
            ok.ok_or_else(out_of_range)?;
            return Ok(Value::None);
        }
        Key::Slice(s) => s,
    };
    let mut idx: Vec<usize> = s.indices(vm, ba.len())?.collect();
    idx.sort_unstable();
    ba.resize(|v| {
        let mut k = 0;
        let mut j = 0;
        v.retain(|_| {
            let drop = idx.get(k) == Some(&j);
            if drop {
                k += 1;
            }
            j += 1;
            !drop
        });
    })?;
    Ok(Value::None)
}

pub fn init(ty: &Py<PyType>) {
    set_new(ty, ba_new);
    add_methods(
        ty,
        &[
            ("__init__", ba_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("clear", clear),
            ("reverse", reverse),
            ("copy", copy),
            ("__alloc__", alloc),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
        ],
    );
}
