//! `memoryview`: a one-dimensional view of the bytes of a `bytes` or a
//! `bytearray` (CPython's `Objects/memoryobject.c`, restricted to
//! itemsize 1: formats 'B', 'b' and 'c').
//!
//! A view holds its exporter (`obj`) and a geometry (`start`, `step`,
//! `len`): item `i` is byte `start + i * step` of the exporter. Slicing a
//! view makes a new view of the same exporter, so views share memory and
//! writes through a view of a bytearray are seen by the bytearray and all
//! its views. Reads and writes of a bytearray go through its lock
//! (`PyByteArray::read`/`write`); a bytes is immutable and read directly.
//!
//! Each live view of a bytearray counts one export (`PyByteArray::export`),
//! given back by `release()`, `__exit__` or when the view is dropped; while
//! any is live the bytearray cannot change its length, so the geometry
//! stays valid. A released view refuses every operation but `release`,
//! `==` with itself and the repr.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::bytearray::PyByteArray;
use crate::objects::bytes::{bytes_like, bytes_value, hash_bytes, PyBytes};
use crate::objects::exception::{index_error, type_error, value_error, PyErr, PyResult};
use crate::objects::getset::add_getsets;
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::none::not_implemented;
use crate::objects::slice::PySlice;
use crate::objects::str::{str_value, PyStr};
use crate::runtime::sync::{AtomicBool, Ordering};
use crate::vm::Vm;

pub struct PyMemoryView {
    /// The exporter: a bytes or a bytearray.
    obj: Value,
    start: usize,
    step: isize,
    len: usize,
    /// b'B', b'b' or b'c'.
    format: u8,
    readonly: bool,
    released: AtomicBool,
}

impl PyPayload for PyMemoryView {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release_export();
    }
}

pub fn memoryview_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyMemoryView>("memoryview", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

impl PyMemoryView {
    /// A view of `obj` (bytes or bytearray), counting the export.
    fn new(obj: Value, start: usize, step: isize, len: usize, format: u8, readonly: bool) -> Self {
        if let Some(ba) = obj.downcast::<PyByteArray>() {
            ba.export();
        }
        PyMemoryView {
            obj,
            start,
            step,
            len,
            format,
            readonly,
            released: AtomicBool::new(false),
        }
    }

    /// Give the export back (once).
    fn release_export(&self) {
        if !self.released.swap(true, Ordering::AcqRel) {
            if let Some(ba) = self.obj.downcast::<PyByteArray>() {
                ba.unexport();
            }
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.released.load(Ordering::Acquire) {
            return Err(released_error());
        }
        Ok(())
    }

    /// Run `f` on the exporter's whole buffer (the bytearray's lock held).
    fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.obj.downcast::<PyByteArray>() {
            Some(ba) => ba.read(f),
            None => f(self.obj.downcast::<PyBytes>().map_or(&[][..], |b| &b.data)),
        }
    }

    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, copied out.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        Ok(self.with_buffer(|d| {
            (0..self.len)
                .filter_map(|i| d.get(self.offset(i)).copied())
                .collect()
        }))
    }

    /// Item `i` (None past the end); an error once released.
    pub fn item(&self, i: usize) -> PyResult<Option<Value>> {
        self.check()?;
        if i >= self.len {
            return Ok(None);
        }
        let b = self.with_buffer(|d| d.get(self.offset(i)).copied().unwrap_or(0));
        Ok(Some(self.unpack(b)))
    }

    /// Item `b` as a Python value in this view's format.
    fn unpack(&self, b: u8) -> Value {
        match self.format {
            b'b' => Value::Int(b as i8 as i64),
            b'c' => bytes_value(vec![b]),
            _ => Value::Int(b as i64),
        }
    }

    /// A Python value as a byte of this view's format.
    fn pack(&self, v: &Value) -> PyResult<u8> {
        let fmt = self.format as char;
        let bad_type = || type_error(format!("memoryview: invalid type for format '{fmt}'"));
        let bad_value = || value_error(format!("memoryview: invalid value for format '{fmt}'"));
        if self.format == b'c' {
            let b = v.downcast::<PyBytes>().ok_or_else(bad_type)?;
            return match &b.data[..] {
                [c] => Ok(*c),
                _ => Err(bad_value()),
            };
        }
        let i = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ if v.payload_is::<crate::objects::int::PyBigInt>() => return Err(bad_value()),
            _ => return Err(bad_type()),
        };
        let range = if self.format == b'b' {
            -128..128
        } else {
            0..256
        };
        if !range.contains(&i) {
            return Err(bad_value());
        }
        Ok(i as u8)
    }
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyMemoryView> {
    args.pos()[0]
        .downcast::<PyMemoryView>()
        .expect("memoryview method on a memoryview")
}

fn live<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyMemoryView>> {
    let m = this(args);
    m.check()?;
    Ok(m)
}

fn view_value(m: PyMemoryView) -> Value {
    PyRef::new_in(m, memoryview_type()).into_value()
}

fn mv_new(_vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw("memoryview", &["object"])?;
    let obj = match (args.pos(), args.kwarg("object")) {
        ([o], None) | ([], Some(o)) => o,
        (p, k) => {
            crate::objects::method::check_count(
                "memoryview",
                p.len() + k.is_some() as usize,
                1,
                1,
            )?;
            return Err(type_error("memoryview() takes exactly one argument"));
        }
    };
    if let Some(m) = obj.downcast::<PyMemoryView>() {
        m.check()?;
        let v = PyMemoryView::new(m.obj.clone(), m.start, m.step, m.len, m.format, m.readonly);
        return Ok(view_value(v));
    }
    if let Some(b) = obj.downcast::<PyBytes>() {
        return Ok(view_value(PyMemoryView::new(
            obj.clone(),
            0,
            1,
            b.data.len(),
            b'B',
            true,
        )));
    }
    if let Some(ba) = obj.downcast::<PyByteArray>() {
        let mut v = PyMemoryView::new(obj.clone(), 0, 1, 0, b'B', false);
        // The export is counted: the length cannot change any more.
        v.len = ba.len();
        return Ok(view_value(v));
    }
    Err(type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        obj.class().payload.name()
    )))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(live(args)?.len as i64))
}

/// A new view of `m`'s exporter (the geometry of a slice of `m`).
fn slice_view(m: &PyMemoryView, start: i64, step: i64, len: usize) -> Value {
    let first = m.offset(start.max(0) as usize);
    view_value(PyMemoryView::new(
        m.obj.clone(),
        if len == 0 { m.start } else { first },
        m.step * step as isize,
        len,
        m.format,
        m.readonly,
    ))
}

fn index_arg(vm: &mut Vm, m: &PyMemoryView, key: &Value) -> PyResult<usize> {
    let i = vm.to_index(key)?;
    crate::objects::bytes_ops::seq_index(i, m.len)
        .ok_or_else(|| index_error("index out of bounds on dimension 1"))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getitem__", 2, 2)?;
    let m = live(args)?;
    if crate::objects::bytes::is_index_like(vm, &p[1]) {
        let i = index_arg(vm, m, &p[1])?;
        return Ok(m.item(i)?.unwrap_or(Value::None));
    }
    if let Some(s) = p[1].downcast::<PySlice>() {
        let (start, _, step) = s.bounds(vm, m.len)?;
        let n = s.indices(vm, m.len)?.count();
        return Ok(slice_view(m, start, step, n));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__setitem__", 3, 3)?;
    let m = live(args)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(ba) = m.obj.downcast::<PyByteArray>() else {
        return Err(type_error("cannot modify read-only memory"));
    };
    if crate::objects::bytes::is_index_like(vm, &p[1]) {
        let i = index_arg(vm, m, &p[1])?;
        let b = m.pack(&p[2])?;
        let at = m.offset(i);
        ba.write(|d| d.get_mut(at).map(|x| *x = b));
        return Ok(Value::None);
    }
    let Some(s) = p[1].downcast::<PySlice>() else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let idx: Vec<usize> = s.indices(vm, m.len)?.collect();
    let src = bytes_like(&p[2]).unwrap_or_else(|| {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            p[2].class().payload.name()
        )))
    })?;
    if src.len() != idx.len() {
        return Err(value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    let src = src.into_owned();
    ba.write(|d| {
        for (&i, b) in idx.iter().zip(src) {
            if let Some(x) = d.get_mut(m.offset(i)) {
                *x = b;
            }
        }
    });
    Ok(Value::None)
}

fn delitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__delitem__", 2, 2)?;
    live(args)?;
    Err(type_error("cannot delete memory"))
}

fn tobytes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("tobytes", &["order"])?;
    Ok(bytes_value(this(args).to_bytes()?))
}

fn tolist(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("tolist", 1, 1)?;
    let m = this(args);
    let data = m.to_bytes()?;
    Ok(crate::objects::list::list_value(
        data.into_iter().map(|b| m.unpack(b)).collect(),
    ))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = this(args).to_bytes()?;
    crate::objects::bytes_methods::hex_impl(vm, args, &data)
}

fn release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("release", 1, 1)?;
    this(args).release_export();
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__enter__", 1, 1)?;
    live(args)?;
    Ok(args.pos()[0].clone())
}

fn exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args).release_export();
    Ok(Value::None)
}

fn toreadonly(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("toreadonly", 1, 1)?;
    let m = live(args)?;
    let v = PyMemoryView::new(m.obj.clone(), m.start, m.step, m.len, m.format, true);
    Ok(view_value(v))
}

fn cast(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("cast", 2, 3)?;
    let m = live(args)?;
    let fmt = p[1].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "cast() argument 'format' must be str, not {}",
            p[1].class().payload.name()
        ))
    })?;
    let f = match fmt.as_str().strip_prefix('@').unwrap_or(fmt.as_str()) {
        "B" => b'B',
        "b" => b'b',
        "c" => b'c',
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if m.step != 1 {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let v = PyMemoryView::new(m.obj.clone(), m.start, m.step, m.len, f, m.readonly);
    Ok(view_value(v))
}

/// The items of a comparison operand as (format, bytes).
fn cmp_items(v: &Value) -> Option<PyResult<(u8, Vec<u8>)>> {
    if let Some(m) = v.downcast::<PyMemoryView>() {
        return Some(m.to_bytes().map(|d| (m.format, d)));
    }
    if v.payload_is::<PyBytes>() || v.payload_is::<PyByteArray>() {
        return bytes_like(v).map(|r| r.map(|d| (b'B', d.into_owned())));
    }
    None
}

/// Items equal: same bytes and the formats unpack them alike ('B' and 'b'
/// agree on bytes below 0x80; 'c' items are bytes, never ints).
fn views_equal(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let (Ok((fa, x)), Ok((fb, y))) = (cmp_items(a)?, cmp_items(b)?) else {
        return Some(false);
    };
    if x.len() != y.len() || x != y {
        return Some(false);
    }
    let same = fa == fb || (fa != b'c' && fb != b'c' && x.iter().all(|&c| c < 0x80));
    Some(same)
}

fn eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__eq__", 2, 2)?;
    Ok(views_equal(&p[0], &p[1]).map_or_else(not_implemented, Value::Bool))
}

fn ne(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__ne__", 2, 2)?;
    Ok(views_equal(&p[0], &p[1]).map_or_else(not_implemented, |e| Value::Bool(!e)))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = live(args)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(hash_bytes(&m.to_bytes()?)))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = this(args);
    let state = if m.released.load(Ordering::Acquire) {
        "released "
    } else {
        ""
    };
    Ok(str_value(format!(
        "<{state}memory at {:#x}>",
        args.pos()[0].id()
    )))
}

// ===== Attributes =====

fn view(v: &Value) -> PyResult<&Py<PyMemoryView>> {
    let m = v
        .downcast::<PyMemoryView>()
        .ok_or_else(|| type_error("memoryview attribute on another object"))?;
    m.check()?;
    Ok(m)
}

fn get_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(view(v)?.obj.clone())
}

fn get_nbytes(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(view(v)?.len as i64))
}

fn get_readonly(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(view(v)?.readonly))
}

fn get_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(str_value((view(v)?.format as char).to_string()))
}

fn get_one(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    view(v)?;
    Ok(Value::Int(1))
}

fn get_shape(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = view(v)?.len as i64;
    Ok(crate::objects::tuple::tuple_value(vec![Value::Int(n)]))
}

fn get_strides(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = view(v)?.step as i64;
    Ok(crate::objects::tuple::tuple_value(vec![Value::Int(s)]))
}

fn get_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view(v)?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}

pub fn init() {
    let ty = memoryview_type();
    set_new(ty, mv_new);
    add_methods(
        ty,
        &[
            ("__len__", len),
            ("__iter__", crate::objects::bytes_ops::iter),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__enter__", enter),
            ("__exit__", exit),
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("release", release),
            ("toreadonly", toreadonly),
            ("cast", cast),
        ],
    );
    add_getsets(
        ty,
        "memoryview",
        &[
            ("obj", get_obj, None),
            ("nbytes", get_nbytes, None),
            ("readonly", get_readonly, None),
            ("format", get_format, None),
            ("itemsize", get_one, None),
            ("ndim", get_one, None),
            ("shape", get_shape, None),
            ("strides", get_strides, None),
            ("c_contiguous", get_contiguous, None),
            ("f_contiguous", get_contiguous, None),
            ("contiguous", get_contiguous, None),
        ],
    );
}
