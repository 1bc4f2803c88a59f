//! The operators of `bytes` and `bytearray` (CPython's `bytes_as_sequence`,
//! `bytes_richcompare`, `bytearray_as_sequence`): `len`, `x[i]`, `x[a:b]`,
//! `in`, iteration, comparisons, `+`, `*`, `%`, hashing.
//!
//! They are native dunder methods in the types' dicts, which the VM's
//! generic paths find (`len`, subscripts, `in`, comparisons, iteration);
//! the binary operators are reached through `bytes_binop`, which
//! `vm::ops::arith::sequence_binop` calls, since the VM only looks up
//! Python-level operator methods. A bytearray operand is read through a
//! snapshot (`bytes_like`) and `+=`/`*=` write it back under its lock.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::ast::BinOp;
use crate::bytecode::opcode::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::bytearray::{bytearray_type, PyByteArray};
use crate::objects::bytes::{bytes_like, bytes_repr, hash_bytes, is_index_like, Kind, PyBytes};
use crate::objects::exception::{index_error, stop_iteration, type_error, PyResult};
use crate::objects::memoryview::PyMemoryView;
use crate::objects::method::{add_methods, Args, NativeFn};
use crate::objects::none::not_implemented;
use crate::objects::slice::PySlice;
use crate::objects::str::str_value;
use crate::runtime::sync::{AtomicUsize, Ordering};
use crate::vm::Vm;

fn this<'a>(args: &Args<'a>) -> &'a Value {
    &args.pos()[0]
}

/// The receiver's bytes (borrowed from a bytes, a snapshot of a bytearray).
fn data_of(v: &Value) -> Cow<'_, [u8]> {
    bytes_like(v).and_then(Result::ok).unwrap_or_default()
}

/// Byte `i` (Python's negative indices) of a bytes or bytearray, without
/// copying the rest.
fn byte_at(v: &Value, i: i64) -> Option<u8> {
    match v.downcast::<PyByteArray>() {
        Some(ba) => ba.read(|d| seq_index(i, d.len()).map(|j| d[j])),
        None => v
            .downcast::<PyBytes>()
            .and_then(|b| seq_index(i, b.data.len()).map(|j| b.data[j])),
    }
}

fn buffer_len(v: &Value) -> usize {
    match v.downcast::<PyByteArray>() {
        Some(b) => b.len(),
        None => v.downcast::<PyBytes>().map_or(0, |b| b.data.len()),
    }
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(buffer_len(this(args)) as i64))
}

/// Normalize index `i` for a sequence of `n` items.
pub fn seq_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// `x[key]` of a bytes or bytearray (int: an int; slice: the same kind).
pub fn get_item(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let kind = Kind::of(v);
    if is_index_like(vm, key) {
        let i = vm.to_index(key)?;
        let msg = match kind {
            Kind::Bytes => "index out of range",
            Kind::ByteArray => "bytearray index out of range",
        };
        return byte_at(v, i)
            .map(|b| Value::Int(b as i64))
            .ok_or_else(|| index_error(msg));
    }
    if let Some(s) = key.downcast::<PySlice>() {
        let n = buffer_len(v);
        // The bounds may run `__index__`: read the bytes after them.
        let idx: Vec<usize> = s.indices(vm, n)?.collect();
        // `b[:]` of an exact bytes is `b` (bytes are immutable).
        if v.class().is(&types().bytes) && idx.iter().copied().eq(0..n) {
            return Ok(v.clone());
        }
        let data = data_of(v);
        return Ok(kind.make(
            idx.into_iter()
                .filter_map(|j| data.get(j).copied())
                .collect(),
        ));
    }
    let what = match kind {
        Kind::Bytes => "byte",
        Kind::ByteArray => "bytearray",
    };
    Err(type_error(format!(
        "{what} indices must be integers or slices, not {}",
        key.class().payload.name()
    )))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getitem__", 2, 2)?;
    get_item(vm, &p[0], &p[1])
}

/// `x in b`: an int byte or a bytes-like substring.
pub fn contains_in(vm: &mut Vm, data: &[u8], x: &Value) -> PyResult<bool> {
    if let Some(b) = bytes_like(x) {
        let b = b?;
        return Ok(b.is_empty() || data.windows(b.len()).any(|w| w == &b[..]));
    }
    if is_index_like(vm, x) {
        let c = crate::objects::bytes::byte_of(vm, x, "byte must be in range(0, 256)")?;
        return Ok(data.contains(&c));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        x.class().payload.name()
    )))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__contains__", 2, 2)?;
    let data = data_of(&p[0]);
    contains_in(vm, &data, &p[1]).map(Value::Bool)
}

// ===== Comparison =====

/// The bytes of the other operand of a comparison: bytes or bytearray,
/// and for a bytearray receiver any buffer (CPython's
/// `bytearray_richcompare`; `bytes` leaves memoryviews to their `__eq__`).
fn cmp_operand(v: &Value, any_buffer: bool) -> Option<PyResult<Cow<'_, [u8]>>> {
    if v.payload_is::<PyMemoryView>() && !any_buffer {
        return None;
    }
    bytes_like(v)
}

fn compare(args: &Args, op: u32, name: &str) -> PyResult<Value> {
    let p = args.exact(name, 2, 2)?;
    let a = data_of(&p[0]);
    let Some(b) = cmp_operand(&p[1], p[0].payload_is::<PyByteArray>()) else {
        return Ok(not_implemented());
    };
    let b = b?;
    let o = a.cmp(&b);
    Ok(Value::Bool(match op {
        CMP_LT => o.is_lt(),
        CMP_LE => o.is_le(),
        CMP_EQ => o.is_eq(),
        CMP_NE => o.is_ne(),
        CMP_GT => o.is_gt(),
        _ => o.is_ge(),
    }))
}

macro_rules! comparisons {
    ($($f:ident = $op:ident, $name:literal;)*) => {
        $(fn $f(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            compare(args, $op, $name)
        })*
        const COMPARISONS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

comparisons! {
    lt = CMP_LT, "__lt__";
    le = CMP_LE, "__le__";
    eq = CMP_EQ, "__eq__";
    ne = CMP_NE, "__ne__";
    gt = CMP_GT, "__gt__";
    ge = CMP_GE, "__ge__";
}

// ===== Binary operators =====

/// `a op b` when `a` (or, for `n * b`, `b`) is a bytes or bytearray;
/// `None` when the operator is not theirs. Called by `sequence_binop`.
pub fn bytes_binop(
    vm: &mut Vm,
    op: u8,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> Option<PyResult<Value>> {
    let is_buf = |v: &Value| v.payload_is::<PyBytes>() || v.payload_is::<PyByteArray>();
    if op == BinOp::Mult as u8 && !is_buf(a) && is_buf(b) && is_index_like(vm, a) {
        // `n * b`, unless `n`'s class has its own `__mul__` to try first.
        let mul = &crate::vm::interp().binop_names.op[op as usize];
        if vm.lookup_user_special(a, mul).is_none() {
            return bytes_binop(vm, op, b, a, false);
        }
    }
    if !is_buf(a) {
        return None;
    }
    if op == BinOp::Add as u8 {
        return Some(concat(a, b, inplace));
    }
    if op == BinOp::Mult as u8 {
        return repeat(vm, a, b, inplace);
    }
    if op == BinOp::Mod as u8 {
        return Some(crate::objects::bytes_format::format(vm, a, b));
    }
    None
}

fn concat(a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let kind = Kind::of(a);
    let Some(other) = bytes_like(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            b.class().payload.name(),
            a.class().payload.name()
        )));
    };
    let other = other?.into_owned();
    if let (true, Some(ba)) = (inplace, a.downcast::<PyByteArray>()) {
        if a.is(b) {
            // CPython holds a buffer of `b` while resizing `a`: `ba += ba` fails.
            return Err(crate::objects::bytearray::buffer_error());
        }
        ba.resize(|v| v.extend_from_slice(&other))?;
        return Ok(a.clone());
    }
    let mut out = data_of(a).into_owned();
    out.extend_from_slice(&other);
    Ok(kind.make(out))
}

fn repeat(vm: &mut Vm, a: &Value, n: &Value, inplace: bool) -> Option<PyResult<Value>> {
    let count = crate::vm::ops::arith::repeat_or_error(vm, n)?;
    Some(count.and_then(|count| {
        let data = data_of(a);
        crate::vm::ops::arith::check_repeat_size(data.len(), count)?;
        let out = data.repeat(count);
        match (inplace, a.downcast::<PyByteArray>()) {
            (true, Some(ba)) => ba.resize(|v| *v = out).map(|_| a.clone()),
            _ => Ok(Kind::of(a).make(out)),
        }
    }))
}

macro_rules! binop_methods {
    ($($f:ident = $op:ident, $swap:expr, $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let p = args.exact($name, 2, 2)?;
            let (a, b) = if $swap { (&p[1], &p[0]) } else { (&p[0], &p[1]) };
            bytes_binop(vm, BinOp::$op as u8, a, b, false).unwrap_or_else(|| Ok(not_implemented()))
        })*
        const BINOPS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

binop_methods! {
    add = Add, false, "__add__";
    mul = Mult, false, "__mul__";
    rmul = Mult, true, "__rmul__";
    modulo = Mod, false, "__mod__";
}

fn rmod(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__rmod__", 2, 2)?;
    Ok(not_implemented())
}

// ===== Iteration =====

/// `bytes_iterator` / `bytearray_iterator`: the sequence and the next index.
pub struct PyBytesIter {
    seq: Value,
    pos: AtomicUsize,
}

impl PyPayload for PyBytesIter {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.seq);
    }
}

fn iter_type(seq: &Value) -> &'static Py<PyType> {
    static B: OnceLock<PyRef<PyType>> = OnceLock::new();
    static BA: OnceLock<PyRef<PyType>> = OnceLock::new();
    static MV: OnceLock<PyRef<PyType>> = OnceLock::new();
    let (cell, name) = match Kind::of(seq) {
        _ if seq.payload_is::<PyMemoryView>() => (&MV, "memory_iterator"),
        Kind::ByteArray => (&BA, "bytearray_iterator"),
        Kind::Bytes => (&B, "bytes_iterator"),
    };
    cell.get_or_init(|| {
        let t = PyType::for_payload::<PyBytesIter>(name, Some(types().object.clone()), 0);
        let t = crate::objects::types::new_static_type(t);
        add_methods(
            &t,
            &[
                ("__iter__", iter_self),
                ("__next__", iter_next),
                ("__length_hint__", iter_hint),
            ],
        );
        t
    })
}

/// `__length_hint__`: the bytes not yet produced.
fn iter_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = args.exact("__length_hint__", 1, 1)?[0]
        .downcast::<PyBytesIter>()
        .ok_or_else(|| type_error("expected a bytes iterator"))?;
    let left = buffer_len(&it.seq).saturating_sub(it.pos.load(Ordering::Relaxed));
    Ok(Value::Int(left as i64))
}

/// `iter(b)` of a bytes, bytearray or memoryview.
pub fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.exact("__iter__", 1, 1)?[0].clone();
    if let Some(m) = v.downcast::<PyMemoryView>() {
        m.check_iter()?;
    }
    let ty = iter_type(&v);
    let it = PyBytesIter {
        seq: v,
        pos: AtomicUsize::new(0),
    };
    Ok(PyRef::new_in(it, ty).into_value())
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(this(args).clone())
}

impl PyBytesIter {
    /// The next item (None when exhausted; an exhausted iterator stays so).
    pub fn next_value(&self) -> PyResult<Option<Value>> {
        let i = self.pos.fetch_add(1, Ordering::Relaxed);
        let item = match self.seq.downcast::<PyMemoryView>() {
            Some(m) => m.item(i)?,
            None => byte_at(&self.seq, i as i64).map(|b| Value::Int(b as i64)),
        };
        if item.is_none() {
            self.pos.store(usize::MAX / 2, Ordering::Relaxed);
        }
        Ok(item)
    }
}

fn iter_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this(args)
        .downcast::<PyBytesIter>()
        .ok_or_else(|| type_error("bad iterator"))?;
    it.next_value()?.ok_or_else(stop_iteration)
}

// ===== repr, str, hash =====

/// `repr(ba)`: `bytearray(b'...')` (a subclass shows its own name).
fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = this(args);
    let r = bytes_repr(&data_of(v));
    if v.payload_is::<PyByteArray>() {
        return Ok(str_value(format!("{}({r})", v.class().payload.name())));
    }
    Ok(str_value(r))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(hash_bytes(&data_of(this(args)))))
}

fn bytes_dunder(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(crate::objects::bytes::bytes_value(
        data_of(this(args)).into_owned(),
    ))
}

/// Is `v` a sequence of bytes for `reversed()`?
pub fn is_byte_sequence(v: &Value) -> bool {
    v.payload_is::<PyBytes>() || v.payload_is::<PyByteArray>()
}

/// Install the operators on `bytes` or `bytearray`.
pub fn init_type(ty: &Py<PyType>) {
    add_methods(
        ty,
        &[
            ("__len__", len),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__str__", repr),
            ("__rmod__", rmod),
        ],
    );
    add_methods(ty, COMPARISONS);
    add_methods(ty, BINOPS);
    if ty.is(bytearray_type()) {
        crate::objects::method::add_attr(ty, "__hash__", Value::None);
    } else {
        add_methods(ty, &[("__hash__", hash), ("__bytes__", bytes_dunder)]);
    }
}
