//! `memoryview`: a view of the bytes of a `bytes` or a `bytearray`
//! (CPython's `Objects/memoryobject.c`), in any native single-character
//! format (`memoryview_format`) and, after `cast(fmt, shape)`, of any
//! C-contiguous shape.
//!
//! A view holds its exporter (`obj`) and a geometry (`start`, `step`,
//! `itemsize`, `shape`): flat item `i` is the `itemsize` bytes at
//! `start + i * step` of the exporter. A view with more than one
//! dimension is always C-contiguous (only `cast` makes one, and it needs a
//! contiguous source), so its strides follow from its shape; indexing it
//! takes a full tuple, and sub-views of it are not implemented (as in
//! CPython). Slicing a 1-D view makes a new view of the same exporter, so views share memory and
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
use crate::objects::memoryview_format as fmt;
use crate::objects::method::{add_methods, Args};
use crate::objects::none::not_implemented;
use crate::objects::slice::PySlice;
use crate::objects::str::{str_value, PyStr};
use crate::runtime::sync::{AtomicBool, Ordering};
use crate::vm::Vm;

pub struct PyMemoryView {
    /// The exporter: a bytes or a bytearray.
    obj: Value,
    g: Geometry,
    readonly: bool,
    released: AtomicBool,
}

/// What a view looks like: everything but the exporter and its state.
#[derive(Clone)]
struct Geometry {
    /// Byte offset of item 0, and byte distance between flat items.
    start: usize,
    step: isize,
    itemsize: usize,
    shape: Vec<usize>,
    /// The format as given to `cast` ("B" by default), and its code.
    format: String,
    code: char,
}

impl Geometry {
    /// Bytes viewed one by one, `len` of them.
    fn bytes(len: usize) -> Geometry {
        Geometry {
            start: 0,
            step: 1,
            itemsize: 1,
            shape: vec![len],
            format: "B".to_string(),
            code: 'B',
        }
    }
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
    fn new(obj: Value, g: Geometry, readonly: bool) -> Self {
        if let Some(ba) = obj.downcast::<PyByteArray>() {
            ba.export();
        }
        PyMemoryView {
            obj,
            g,
            readonly,
            released: AtomicBool::new(false),
        }
    }

    fn geometry(&self) -> Geometry {
        self.g.clone()
    }

    /// Items in all dimensions.
    fn count(&self) -> usize {
        self.g.shape.iter().product()
    }

    /// Items in the first dimension (`len()`).
    fn len(&self) -> usize {
        self.g.shape.first().copied().unwrap_or(1)
    }

    fn nbytes(&self) -> usize {
        self.count() * self.g.itemsize
    }

    fn c_contiguous(&self) -> bool {
        self.g.step == self.g.itemsize as isize || self.count() <= 1
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
        (self.g.start as isize + i as isize * self.g.step) as usize
    }

    /// Can the view be iterated? (Only a 1-D view, as in CPython.)
    pub fn check_iter(&self) -> PyResult<()> {
        self.check()?;
        match self.g.shape.len() {
            1 => Ok(()),
            0 => Err(type_error("invalid indexing of 0-dim memory")),
            _ => Err(sub_views_error()),
        }
    }

    /// The viewed bytes in item order, copied out.
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        Ok(self.with_buffer(|d| {
            let mut out = Vec::with_capacity(self.nbytes());
            for i in 0..self.count() {
                let at = self.offset(i);
                out.extend_from_slice(d.get(at..at + self.g.itemsize).unwrap_or(&[]));
            }
            out
        }))
    }

    /// Every item, flat, as Python values.
    fn items(&self) -> PyResult<Vec<Value>> {
        let data = self.to_bytes()?;
        Ok(data
            .chunks(self.g.itemsize)
            .map(|b| fmt::unpack(self.g.code, b))
            .collect())
    }

    /// Flat item `i` (None past the end); an error once released.
    pub fn item(&self, i: usize) -> PyResult<Option<Value>> {
        self.check()?;
        if i >= self.count() {
            return Ok(None);
        }
        let at = self.offset(i);
        let v = self.with_buffer(|d| {
            d.get(at..at + self.g.itemsize)
                .map(|b| fmt::unpack(self.g.code, b))
        });
        Ok(Some(v.unwrap_or(Value::None)))
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
        let v = PyMemoryView::new(m.obj.clone(), m.geometry(), m.readonly);
        return Ok(view_value(v));
    }
    if let Some(b) = obj.downcast::<PyBytes>() {
        let g = Geometry::bytes(b.data.len());
        return Ok(view_value(PyMemoryView::new(obj.clone(), g, true)));
    }
    if let Some(ba) = obj.downcast::<PyByteArray>() {
        let mut v = PyMemoryView::new(obj.clone(), Geometry::bytes(0), false);
        // The export is counted: the length cannot change any more.
        v.g.shape = vec![ba.len()];
        return Ok(view_value(v));
    }
    Err(type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        obj.class().payload.name()
    )))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(live(args)?.len() as i64))
}

/// A new view of `m`'s exporter (the geometry of a slice of `m`).
fn slice_view(m: &PyMemoryView, start: i64, step: i64, len: usize) -> Value {
    let first = m.offset(start.max(0) as usize);
    let g = Geometry {
        start: if len == 0 { m.g.start } else { first },
        step: m.g.step * step as isize,
        shape: vec![len],
        ..m.geometry()
    };
    view_value(PyMemoryView::new(m.obj.clone(), g, m.readonly))
}

fn sub_views_error() -> PyErr {
    crate::objects::exception::new_error(
        crate::objects::exception::ExcKind::NotImplementedError,
        "multi-dimensional sub-views are not implemented",
    )
}

/// The flat item a key addresses: an index of a 1-D view, or a tuple of
/// one index per dimension; None for a slice.
fn flat_index(vm: &mut Vm, m: &PyMemoryView, key: &Value) -> PyResult<Option<usize>> {
    let dims: Vec<Value> = match key.downcast::<crate::objects::tuple::PyTuple>() {
        Some(t) => t.items.to_vec(),
        None if crate::objects::bytes::is_index_like(vm, key) => match m.g.shape.len() {
            0 => return Err(type_error("invalid indexing of 0-dim memory")),
            1 => vec![key.clone()],
            _ => return Err(sub_views_error()),
        },
        None => return Ok(None),
    };
    if dims.iter().any(|k| k.payload_is::<PySlice>()) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let n = m.g.shape.len();
    if dims.len() < n {
        return Err(crate::objects::exception::new_error(
            crate::objects::exception::ExcKind::NotImplementedError,
            "sub-views are not implemented",
        ));
    }
    if dims.len() > n {
        return Err(type_error(format!(
            "cannot index {n}-dimension view with {}-element tuple",
            dims.len()
        )));
    }
    let mut flat = 0;
    for (d, (k, &n)) in dims.iter().zip(&m.g.shape).enumerate() {
        let i = vm.to_index(k)?;
        let i = crate::objects::bytes_ops::seq_index(i, n)
            .ok_or_else(|| index_error(format!("index out of bounds on dimension {}", d + 1)))?;
        flat = flat * n + i;
    }
    Ok(Some(flat))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getitem__", 2, 2)?;
    let m = live(args)?;
    if let Some(i) = flat_index(vm, m, &p[1])? {
        return Ok(m.item(i)?.unwrap_or(Value::None));
    }
    if let Some(s) = p[1].downcast::<PySlice>() {
        if m.g.shape.len() != 1 {
            return Err(sub_views_error());
        }
        let (start, _, step) = s.bounds(vm, m.len())?;
        let n = s.indices(vm, m.len())?.count();
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
    if let Some(i) = flat_index(vm, m, &p[1])? {
        let b = fmt::pack(vm, m.g.code, &p[2])?;
        let at = m.offset(i);
        ba.write(|d| d.get_mut(at..at + b.len()).map(|x| x.copy_from_slice(&b)));
        return Ok(Value::None);
    }
    let Some(s) = p[1].downcast::<PySlice>() else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    if m.g.shape.len() != 1 {
        return Err(sub_views_error());
    }
    let idx: Vec<usize> = s.indices(vm, m.len())?.collect();
    let src = bytes_like(&p[2]).unwrap_or_else(|| {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            p[2].class().payload.name()
        )))
    })?;
    let src_code = p[2].downcast::<PyMemoryView>().map_or('B', |v| v.g.code);
    if src.len() != idx.len() * m.g.itemsize || src_code != m.g.code {
        return Err(value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    let src = src.into_owned();
    let size = m.g.itemsize;
    ba.write(|d| {
        for (&i, b) in idx.iter().zip(src.chunks(size)) {
            let at = m.offset(i);
            if let Some(x) = d.get_mut(at..at + size) {
                x.copy_from_slice(b);
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
    let items = m.items()?;
    if m.g.shape.is_empty() {
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    Ok(nest(&mut items.into_iter(), &m.g.shape))
}

/// The next items of `it` as nested lists of `shape`.
fn nest(it: &mut impl Iterator<Item = Value>, shape: &[usize]) -> Value {
    let list = match shape {
        [n] => it.take(*n).collect(),
        [n, rest @ ..] => (0..*n).map(|_| nest(it, rest)).collect(),
        [] => Vec::new(),
    };
    crate::objects::list::list_value(list)
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
    let v = PyMemoryView::new(m.obj.clone(), m.geometry(), true);
    Ok(view_value(v))
}

/// `cast(format, shape=None)` (CPython's `memory_cast_impl`, checks in
/// its order).
fn cast(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("cast", &["format", "shape"])?;
    let p = args.pos();
    let m = live(args)?;
    let format = p
        .get(1)
        .or_else(|| args.kwarg("format"))
        .ok_or_else(|| type_error("cast() missing required argument 'format' (pos 1)"))?;
    let format = format.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "cast() argument 'format' must be str, not {}",
            format.class().payload.name()
        ))
    })?;
    let shape = p
        .get(2)
        .or_else(|| args.kwarg("shape"))
        .filter(|v| !v.is_none());
    let shape = match shape {
        Some(v)
            if v.payload_is::<crate::objects::list::PyList>()
                || v.payload_is::<crate::objects::tuple::PyTuple>() =>
        {
            Some(vm.to_vec(v)?)
        }
        Some(_) => return Err(type_error("shape must be a list or a tuple")),
        None => None,
    };
    if !m.c_contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if shape
        .as_ref()
        .is_some_and(|s| m.g.shape.len() != 1 && s.len() != 1)
    {
        return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    let code = fmt::parse(format.as_str()).ok_or_else(|| {
        value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        )
    })?;
    if !fmt::is_byte_format(m.g.code) && !fmt::is_byte_format(code) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let itemsize = fmt::itemsize(code).unwrap_or(1);
    let nbytes = m.nbytes();
    if nbytes % itemsize != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let shape = match shape {
        None => vec![nbytes / itemsize],
        Some(dims) => cast_shape(vm, &dims, itemsize, nbytes)?,
    };
    let g = Geometry {
        start: m.g.start,
        step: itemsize as isize,
        itemsize,
        shape,
        format: format.as_str().to_string(),
        code,
    };
    Ok(view_value(PyMemoryView::new(m.obj.clone(), g, m.readonly)))
}

/// The dimensions of a cast: positive, and covering the buffer exactly.
fn cast_shape(vm: &mut Vm, dims: &[Value], itemsize: usize, nbytes: usize) -> PyResult<Vec<usize>> {
    let mut shape = Vec::with_capacity(dims.len());
    for d in dims {
        let n = crate::objects::str_methods::ssize_arg(vm, d)?;
        if n <= 0 {
            return Err(value_error(
                "memoryview.cast(): elements of shape must be integers > 0",
            ));
        }
        shape.push(n as usize);
    }
    let total = shape
        .iter()
        .try_fold(itemsize, |acc, &n| acc.checked_mul(n));
    if total != Some(nbytes) {
        return Err(type_error(
            "memoryview: product(shape) * itemsize != buffer size",
        ));
    }
    Ok(shape)
}

/// The shape and items of a comparison operand.
fn cmp_items(v: &Value) -> Option<PyResult<(Vec<usize>, Vec<Value>)>> {
    if let Some(m) = v.downcast::<PyMemoryView>() {
        return Some(m.items().map(|items| (m.g.shape.clone(), items)));
    }
    if v.payload_is::<PyBytes>() || v.payload_is::<PyByteArray>() {
        return bytes_like(v).map(|r| {
            r.map(|d| {
                let items = d.iter().map(|&b| Value::Int(b as i64)).collect();
                (vec![d.len()], items)
            })
        });
    }
    None
}

/// Same shape and equal items (so 'B' and 'b' views agree on bytes below
/// 0x80, and 'c' items, being bytes, never equal ints). A released view
/// equals only itself.
fn views_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if a.is(b) {
        return Ok(Some(true));
    }
    let (Some(x), Some(y)) = (cmp_items(a), cmp_items(b)) else {
        return Ok(None);
    };
    let (Ok((sa, x)), Ok((sb, y))) = (x, y) else {
        return Ok(Some(false));
    };
    if sa != sb {
        return Ok(Some(false));
    }
    for (p, q) in x.iter().zip(&y) {
        if !vm.eq(p, q)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__eq__", 2, 2)?;
    Ok(views_equal(vm, &p[0], &p[1])?.map_or_else(not_implemented, Value::Bool))
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__ne__", 2, 2)?;
    Ok(views_equal(vm, &p[0], &p[1])?.map_or_else(not_implemented, |e| Value::Bool(!e)))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = live(args)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !fmt::is_byte_format(m.g.code) {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
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
    Ok(Value::Int(view(v)?.nbytes() as i64))
}

fn get_readonly(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(view(v)?.readonly))
}

fn get_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(str_value(view(v)?.g.format.as_str()))
}

fn get_itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(view(v)?.g.itemsize as i64))
}

fn get_ndim(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(view(v)?.g.shape.len() as i64))
}

fn int_tuple(xs: impl Iterator<Item = i64>) -> Value {
    crate::objects::tuple::tuple_value(xs.map(Value::Int).collect())
}

fn get_shape(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int_tuple(view(v)?.g.shape.iter().map(|&n| n as i64)))
}

/// Byte strides: the step of a 1-D view; C order for more dimensions.
fn get_strides(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view(v)?;
    if m.g.shape.len() == 1 {
        return Ok(int_tuple(std::iter::once(m.g.step as i64)));
    }
    let mut strides = vec![m.g.itemsize as i64; m.g.shape.len()];
    for d in (0..m.g.shape.len().saturating_sub(1)).rev() {
        strides[d] = strides[d + 1] * m.g.shape[d + 1] as i64;
    }
    Ok(int_tuple(strides.into_iter()))
}

fn get_suboffsets(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    view(v)?;
    Ok(int_tuple(std::iter::empty()))
}

fn get_c_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(view(v)?.c_contiguous()))
}

/// Fortran order: a contiguous view of at most one dimension longer than 1.
fn get_f_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view(v)?;
    let long_dims = m.g.shape.iter().filter(|&&n| n > 1).count();
    Ok(Value::Bool(m.c_contiguous() && long_dims <= 1))
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
            ("itemsize", get_itemsize, None),
            ("ndim", get_ndim, None),
            ("shape", get_shape, None),
            ("strides", get_strides, None),
            ("suboffsets", get_suboffsets, None),
            ("c_contiguous", get_c_contiguous, None),
            ("f_contiguous", get_f_contiguous, None),
            ("contiguous", get_c_contiguous, None),
        ],
    );
}
