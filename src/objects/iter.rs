//! The builtin iterators and dict views.
//!
//! Iterator positions are atomics: an iterator shared between threads (rare,
//! and unspecified in CPython too) never tears, it may only hand two threads
//! the same item. Each `next_value` takes at most the container's lock.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{runtime_error, type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::list::PyList;
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::runtime::sync::{AtomicI64, AtomicUsize, Ordering};
use crate::vm::Vm;

macro_rules! no_refs {
    ($($t:ty),*) => { $(impl PyPayload for $t {})* };
}

/// Iterates by `__getitem__(0), (1), ...` until IndexError.
pub struct PySeqIter {
    pub seq: Value,
    pub index: AtomicUsize,
}

pub struct PyListIter {
    pub list: PyRef<PyList>,
    pub index: AtomicUsize,
}

pub struct PyTupleIter {
    pub tuple: PyRef<PyTuple>,
    pub index: AtomicUsize,
}

pub struct PyRangeIter {
    pub next: AtomicI64,
    pub stop: i64,
    pub step: i64,
}

pub struct PyStrIter {
    pub s: PyRef<PyStr>,
    /// Byte offset of the next character.
    pub pos: AtomicUsize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub struct PyDictIter {
    pub dict: PyRef<PyDict>,
    pub part: DictPart,
    pub pos: AtomicUsize,
    pub len_at_start: usize,
    /// Items handed out so far: one more than `len_at_start` means keys
    /// were replaced at the same size.
    pub yielded: AtomicUsize,
}

pub struct PyDictView {
    pub dict: PyRef<PyDict>,
    pub part: DictPart,
}

pub struct PyEnumerate {
    pub it: Value,
    pub count: AtomicI64,
}

pub struct PyZip {
    pub its: Vec<Value>,
    /// `zip(..., strict=True)`: unequal lengths raise ValueError.
    pub strict: bool,
}

/// `iter(callable, sentinel)` (CPython's `callable_iterator`): calls
/// `callable()` until it returns a value equal to `sentinel`.
pub struct PyCallableIter {
    pub callable: Value,
    pub sentinel: Value,
    pub done: crate::runtime::sync::AtomicBool,
}

pub struct PyMap {
    pub func: Value,
    pub its: Vec<Value>,
}

pub struct PyFilter {
    pub func: Value,
    pub it: Value,
}

no_refs!(PyRangeIter, PyStrIter);

macro_rules! traverse_fields {
    ($t:ty, |$s:ident, $v:ident| $body:expr) => {
        impl PyPayload for $t {
            const CONTAINER: bool = true;
            fn traverse(&$s, $v: &mut dyn FnMut(&Value)) {
                $body
            }
        }
    };
}

traverse_fields!(PySeqIter, |self, v| v(&self.seq));
traverse_fields!(PyListIter, |self, v| v(&self.list.to_value()));
traverse_fields!(PyTupleIter, |self, v| v(&self.tuple.to_value()));
traverse_fields!(PyDictIter, |self, v| v(&self.dict.to_value()));
traverse_fields!(PyDictView, |self, v| v(&self.dict.to_value()));
traverse_fields!(PyEnumerate, |self, v| v(&self.it));
traverse_fields!(PyZip, |self, v| self.its.iter().for_each(v));
traverse_fields!(PyCallableIter, |self, v| {
    v(&self.callable);
    v(&self.sentinel)
});
traverse_fields!(PyMap, |self, v| {
    v(&self.func);
    self.its.iter().for_each(v)
});
traverse_fields!(PyFilter, |self, v| {
    v(&self.func);
    v(&self.it)
});

pub fn list_iter(list: PyRef<PyList>, ty: &Py<PyType>) -> Value {
    PyRef::new_in(
        PyListIter {
            list,
            index: AtomicUsize::new(0),
        },
        ty,
    )
    .into_value()
}

pub fn tuple_iter(tuple: PyRef<PyTuple>) -> Value {
    PyRef::new_in(
        PyTupleIter {
            tuple,
            index: AtomicUsize::new(0),
        },
        &types().tuple_iterator,
    )
    .into_value()
}

pub fn range_iter(start: i64, stop: i64, step: i64) -> Value {
    PyRef::new_in(
        PyRangeIter {
            next: AtomicI64::new(start),
            stop,
            step,
        },
        &types().range_iterator,
    )
    .into_value()
}

pub fn str_iter(s: PyRef<PyStr>) -> Value {
    PyRef::new_in(
        PyStrIter {
            s,
            pos: AtomicUsize::new(0),
        },
        &types().str_iterator,
    )
    .into_value()
}

pub fn dict_iter(dict: PyRef<PyDict>, part: DictPart) -> Value {
    let t = types();
    let ty = match part {
        DictPart::Keys => &t.dict_keyiterator,
        DictPart::Values => &t.dict_valueiterator,
        DictPart::Items => &t.dict_itemiterator,
    };
    let len_at_start = dict.len();
    PyRef::new_in(
        PyDictIter {
            dict,
            part,
            pos: AtomicUsize::new(0),
            len_at_start,
            yielded: AtomicUsize::new(0),
        },
        ty,
    )
    .into_value()
}

pub fn dict_view(dict: PyRef<PyDict>, part: DictPart) -> Value {
    let t = types();
    let ty = match part {
        DictPart::Keys => &t.dict_keys,
        DictPart::Values => &t.dict_values,
        DictPart::Items => &t.dict_items,
    };
    PyRef::new_in(PyDictView { dict, part }, ty).into_value()
}

pub fn seq_iter(seq: Value) -> Value {
    PyRef::new_in(
        PySeqIter {
            seq,
            index: AtomicUsize::new(0),
        },
        &types().iterator,
    )
    .into_value()
}

impl PyListIter {
    #[inline]
    pub fn next_value(&self) -> Option<Value> {
        let i = self.index.load(Ordering::Relaxed);
        let v = self.list.get(i)?;
        self.index.store(i + 1, Ordering::Relaxed);
        Some(v)
    }
}

impl PyTupleIter {
    #[inline]
    pub fn next_value(&self) -> Option<Value> {
        let i = self.index.load(Ordering::Relaxed);
        let v = self.tuple.items.get(i)?.clone();
        self.index.store(i + 1, Ordering::Relaxed);
        Some(v)
    }
}

impl PyRangeIter {
    #[inline]
    pub fn next_value(&self) -> Option<Value> {
        let n = self.next.load(Ordering::Relaxed);
        let more = if self.step > 0 {
            n < self.stop
        } else {
            n > self.stop
        };
        if !more {
            return None;
        }
        self.next
            .store(n.saturating_add(self.step), Ordering::Relaxed);
        Some(Value::Int(n))
    }
}

impl PyStrIter {
    pub fn next_value(&self) -> Option<Value> {
        let pos = self.pos.load(Ordering::Relaxed);
        let c = self.s.as_str()[pos..].chars().next()?;
        self.pos.store(pos + c.len_utf8(), Ordering::Relaxed);
        Some(str_value(c.to_string()))
    }
}

impl PyDictIter {
    pub fn next_value(&self) -> PyResult<Option<Value>> {
        if self.dict.len() != self.len_at_start {
            self.pos.store(usize::MAX / 2, Ordering::Relaxed);
            return Err(runtime_error("dictionary changed size during iteration"));
        }
        let pos = self.pos.load(Ordering::Relaxed);
        let Some((next, k, v)) = self.dict.entry_from(pos) else {
            return Ok(None);
        };
        // A plain load and store, as `pos` (no locked read-modify-write).
        let yielded = self.yielded.load(Ordering::Relaxed);
        self.yielded.store(yielded + 1, Ordering::Relaxed);
        if yielded >= self.len_at_start {
            self.pos.store(usize::MAX / 2, Ordering::Relaxed);
            return Err(runtime_error("dictionary keys changed during iteration"));
        }
        self.pos.store(next, Ordering::Relaxed);
        Ok(Some(match self.part {
            DictPart::Keys => k,
            DictPart::Values => v,
            DictPart::Items => tuple_value(vec![k, v]),
        }))
    }
}

impl Vm {
    /// One step of a builtin iterator; `None` when `it` is not one.
    pub fn builtin_next(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        let o = it.as_obj()?;
        if let Some(r) = o.downcast::<PyRangeIter>() {
            return Some(Ok(r.next_value()));
        }
        if let Some(l) = o.downcast::<PyListIter>() {
            return Some(Ok(l.next_value()));
        }
        if let Some(t) = o.downcast::<PyTupleIter>() {
            return Some(Ok(t.next_value()));
        }
        if let Some(s) = o.downcast::<PyStrIter>() {
            return Some(Ok(s.next_value()));
        }
        if let Some(d) = o.downcast::<PyDictIter>() {
            return Some(d.next_value());
        }
        if let Some(s) = o.downcast::<crate::objects::set::PySetIter>() {
            return Some(s.next_value());
        }
        if let Some(r) = o.downcast::<crate::objects::list_reversed::PyListRevIter>() {
            return Some(Ok(r.next_value()));
        }
        if let Some(r) = o.downcast::<crate::objects::dict_reversed::PyDictRevIter>() {
            return Some(r.next_value());
        }
        // The iterators below wrap others: a chain of them recurses.
        if let Err(e) = self.check_native_stack() {
            return Some(Err(e));
        }
        if let Some(e) = o.downcast::<PyEnumerate>() {
            let r = self.next(&e.it).map(|v| {
                v.map(|v| {
                    let n = e.count.fetch_add(1, Ordering::Relaxed);
                    tuple_value(vec![Value::Int(n), v])
                })
            });
            return Some(r);
        }
        if let Some(z) = o.downcast::<PyZip>() {
            return Some(self.zip_next(z));
        }
        if let Some(m) = o.downcast::<PyMap>() {
            return Some(self.map_next(m));
        }
        if let Some(f) = o.downcast::<PyFilter>() {
            return Some(self.filter_next(f));
        }
        if let Some(c) = o.downcast::<PyCallableIter>() {
            return Some(self.callable_iter_next(c));
        }
        if let Some(b) = o.downcast::<crate::objects::bytes_ops::PyBytesIter>() {
            return Some(b.next_value());
        }
        if let Some(s) = o.downcast::<PySeqIter>() {
            // usize::MAX: exhausted, and stays so (CPython drops `it_seq`).
            if s.index.load(Ordering::Relaxed) == usize::MAX {
                return Some(Ok(None));
            }
            let i = s.index.fetch_add(1, Ordering::Relaxed);
            let r = match self.get_item(&s.seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.is_instance(
                        types()
                            .exceptions
                            .get(crate::objects::exception::ExcKind::IndexError),
                    ) || e.is_instance(
                        types()
                            .exceptions
                            .get(crate::objects::exception::ExcKind::StopIteration),
                    ) =>
                {
                    s.index.store(usize::MAX, Ordering::Relaxed);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
            return Some(r);
        }
        None
    }

    fn zip_next(&mut self, z: &Py<PyZip>) -> PyResult<Option<Value>> {
        if z.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(z.its.len());
        for (i, it) in z.its.iter().enumerate() {
            match self.next(it)? {
                Some(v) => out.push(v),
                None if z.strict => return self.zip_strict_end(z, i),
                None => return Ok(None),
            }
        }
        Ok(Some(tuple_value(out)))
    }

    /// Iterator `i` of a strict zip is exhausted: every other one must be
    /// too (CPython zip_next's messages).
    #[cold]
    fn zip_strict_end(&mut self, z: &Py<PyZip>, i: usize) -> PyResult<Option<Value>> {
        let plural = |i: usize| {
            if i == 1 {
                " ".to_string()
            } else {
                "s 1-".to_string()
            }
        };
        if i > 0 {
            return Err(crate::objects::exception::value_error(format!(
                "zip() argument {} is shorter than argument{}{}",
                i + 1,
                plural(i),
                i
            )));
        }
        for (j, it) in z.its.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                return Err(crate::objects::exception::value_error(format!(
                    "zip() argument {} is longer than argument{}{}",
                    j + 1,
                    plural(j),
                    j
                )));
            }
        }
        Ok(None)
    }

    fn callable_iter_next(&mut self, c: &Py<PyCallableIter>) -> PyResult<Option<Value>> {
        if c.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let v = match self.call(&c.callable, &[]) {
            Ok(v) => v,
            Err(e)
                if e.is_instance(
                    types()
                        .exceptions
                        .get(crate::objects::exception::ExcKind::StopIteration),
                ) =>
            {
                c.done.store(true, Ordering::Relaxed);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if self.eq(&v, &c.sentinel)? {
            c.done.store(true, Ordering::Relaxed);
            return Ok(None);
        }
        Ok(Some(v))
    }

    fn map_next(&mut self, m: &Py<PyMap>) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(m.its.len());
        for it in &m.its {
            match self.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        self.call(&m.func, &args).map(Some)
    }

    fn filter_next(&mut self, f: &Py<PyFilter>) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = self.next(&f.it)? else {
                return Ok(None);
            };
            let keep = if f.func.is_none() {
                self.truthy(&v)?
            } else {
                let r = self.call(&f.func, &[v.clone()])?;
                self.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

// ===== Constructors (enumerate, zip, map, filter, reversed) =====

fn enumerate_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw("enumerate", &["iterable", "start"])?;
    let p = args.pos();
    let iterable = p
        .first()
        .or_else(|| args.kwarg("iterable"))
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = match p.get(1).or_else(|| args.kwarg("start")) {
        Some(s) => vm.to_index(s)?,
        None => 0,
    };
    let it = vm.iter(iterable)?;
    Ok(PyRef::new_in(
        PyEnumerate {
            it,
            count: AtomicI64::new(start),
        },
        cls,
    )
    .into_value())
}

fn zip_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw_legacy("zip", &["strict"])?;
    let its = args
        .pos()
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    let strict = match args.kwarg("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(PyRef::new_in(PyZip { its, strict }, cls).into_value())
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, callable: &Value, sentinel: &Value) -> PyResult<Value> {
    use crate::objects::method::{PyBoundMethod, PyBuiltinFunction, PyMethodDescr};
    let ok = callable.payload_is::<crate::objects::function::PyFunction>()
        || callable.payload_is::<PyType>()
        || callable.payload_is::<PyBuiltinFunction>()
        || callable.payload_is::<PyBoundMethod>()
        || callable.payload_is::<PyMethodDescr>()
        || vm
            .lookup_special(callable, &crate::vm::interp().names.call)
            .is_some();
    if !ok {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    let it = PyCallableIter {
        callable: callable.clone(),
        sentinel: sentinel.clone(),
        done: crate::runtime::sync::AtomicBool::new(false),
    };
    Ok(PyRef::new_in(it, &types().callable_iterator).into_value())
}

fn map_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.no_kw("map")?;
    let p = args.pos();
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = p[1..]
        .iter()
        .map(|v| vm.iter(v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyRef::new_in(
        PyMap {
            func: p[0].clone(),
            its,
        },
        cls,
    )
    .into_value())
}

fn filter_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("filter", 2, 2)?;
    let it = vm.iter(&p[1])?;
    Ok(PyRef::new_in(
        PyFilter {
            func: p[0].clone(),
            it,
        },
        cls,
    )
    .into_value())
}

fn reversed_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.no_kw("reversed")?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            p.len()
        )));
    }
    let v = &p[0];
    if let Some(f) = vm.lookup_user_special(v, &crate::vm::interp().names.reversed) {
        if f.is_none() {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                v.class().payload.name()
            )));
        }
        return vm.call(&f, &[v.clone()]);
    }
    if let Some(d) = v.downcast::<PyDictView>() {
        return Ok(crate::objects::dict_reversed::dict_reversed(
            d.dict.clone(),
            d.part,
        ));
    }
    if let (Some(d), false) = (v.downcast::<PyDict>(), v.class().payload.is_heap_type()) {
        return Ok(crate::objects::dict_reversed::dict_reversed(
            d.to_ref(),
            DictPart::Keys,
        ));
    }
    if let Some(r) = v.downcast::<crate::objects::range::PyRange>() {
        return Ok(crate::objects::range::range_reversed(r));
    }
    if let (Some(l), false) = (v.downcast::<PyList>(), v.class().payload.is_heap_type()) {
        return Ok(crate::objects::list_reversed::list_reversed(l.to_ref()));
    }
    let items = if let Some(l) = v.downcast::<PyList>() {
        l.snapshot()
    } else if let Some(t) = v.downcast::<PyTuple>() {
        t.items.to_vec()
    } else if v.payload_is::<PyStr>()
        || v.payload_is::<PyDict>()
        || v.class().payload.is_heap_type()
        || crate::objects::bytes::is_bytes_like(v)
    {
        if v.payload_is::<PyDict>() {
            vm.to_vec(v)?
        } else if v.payload_is::<PyStr>()
            || vm
                .lookup_special(v, &crate::vm::interp().names.getitem)
                .is_some()
        {
            let n = vm.len(v)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                out.push(vm.get_item(v, &Value::Int(i as i64))?);
            }
            out
        } else {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                v.class().payload.name()
            )));
        }
    } else {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            v.class().payload.name()
        )));
    };
    let rev: Vec<Value> = items.into_iter().rev().collect();
    Ok(list_iter(
        crate::objects::list::new_list(rev),
        &types().reversed,
    ))
}

// ===== Methods =====

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn iter_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match vm.next(&args.pos()[0])? {
        Some(v) => Ok(v),
        None => Err(crate::objects::exception::stop_iteration()),
    }
}

/// The characters a str iterator has left.
fn str_iter_length_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = args.pos()[0]
        .downcast::<PyStrIter>()
        .ok_or_else(|| crate::objects::exception::type_error("expected a str iterator"))?;
    let pos = it.pos.load(Ordering::Relaxed);
    let rest = it.s.as_str().get(pos..).unwrap_or("");
    Ok(Value::Int(rest.chars().count() as i64))
}

fn view_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.pos()[0].downcast::<PyDictView>().expect("dict view");
    Ok(dict_iter(v.dict.clone(), v.part))
}

fn view_len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.pos()[0].downcast::<PyDictView>().expect("dict view");
    Ok(Value::Int(v.dict.len() as i64))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.enumerate, enumerate_new);
    set_new(&t.zip, zip_new);
    set_new(&t.map, map_new);
    set_new(&t.filter, filter_new);
    set_new(&t.reversed, reversed_new);
    let iterators = [
        &t.iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
    ];
    for ty in iterators {
        add_methods(ty, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
    add_methods(
        &t.str_iterator,
        &[("__length_hint__", str_iter_length_hint)],
    );
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(ty, &[("__iter__", view_iter), ("__len__", view_len)]);
    }
}
