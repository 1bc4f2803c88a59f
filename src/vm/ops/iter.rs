//! Iteration: `iter()`, `next()`, and collecting an iterable into a Vec.

use crate::object::pyref::Py;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, ExcKind, PyResult};
use crate::objects::iter::{dict_iter, list_iter, str_iter, tuple_iter, DictPart};
use crate::objects::list::PyList;
use crate::objects::range::PyRange;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::generator::PyGenerator;
use crate::vm::state::{interp, ReadKey, Vm};

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !o.class().payload.is_heap_type() {
                if let Some(l) = o.downcast::<PyList>() {
                    return Ok(list_iter(l.to_ref(), &types().list_iterator));
                }
                if let Some(t) = o.downcast::<PyTuple>() {
                    return Ok(tuple_iter(t.to_ref()));
                }
                if let Some(r) = o.downcast::<PyRange>() {
                    return Ok(crate::objects::range::range_iter_of(r));
                }
                if let Some(s) = o.downcast::<PyStr>() {
                    return Ok(str_iter(s.to_ref()));
                }
                if let Some(d) = o.downcast::<PyDict>() {
                    return Ok(dict_iter(d.to_ref(), DictPart::Keys));
                }
                if o.payload_is::<PyGenerator>() {
                    return Ok(v.clone());
                }
            }
        }
        let names = &interp().names;
        if let Some(f) = self.lookup_special(v, &names.iter) {
            if f.is_none() {
                // `__iter__ = None` blocks iteration (and the `__getitem__` fallback).
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    v.class().payload.name()
                )));
            }
            let it = self.call(&f, &[v.clone()])?;
            if self.lookup_special(&it, &names.next).is_none() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.class().payload.name()
                )));
            }
            return Ok(it);
        }
        if self.lookup_special(v, &names.getitem).is_some() {
            return Ok(crate::objects::iter::seq_iter(v.clone()));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            v.class().payload.name()
        )))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.builtin_next(it) {
            return r;
        }
        if let Some(g) = it.downcast::<PyGenerator>() {
            let g = g.to_ref();
            return self.gen_next(&g);
        }
        let Some(f) = self.lookup_special(it, &interp().names.next) else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                it.class().payload.name()
            )));
        };
        match self.call(&f, &[it.clone()]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(types().exceptions.get(ExcKind::StopIteration)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `it.__next__()`: exhaustion raises the iterator's own StopIteration
    /// (a generator's carries its return value).
    pub fn next_or_stop(&mut self, it: &Value) -> PyResult<Value> {
        if let Some(g) = it.downcast::<PyGenerator>() {
            let g = g.to_ref();
            return self.gen_next_or_stop(&g);
        }
        if let Some(r) = self.builtin_next(it) {
            return r?.ok_or_else(crate::objects::exception::stop_iteration);
        }
        let Some(f) = self.lookup_special(it, &interp().names.next) else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                it.class().payload.name()
            )));
        };
        self.call(&f, &[it.clone()])
    }

    /// All items of an iterable.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(l) = v.downcast::<PyList>() {
            return Ok(l.snapshot());
        }
        if let Some(t) = v.downcast::<PyTuple>() {
            return Ok(t.items.to_vec());
        }
        // An exact dict's keys in one locked copy: `list(d)` while another
        // thread inserts is a snapshot, as in free-threaded CPython (its
        // iterator would raise "changed size during iteration").
        if v.class().is(&types().dict) {
            if let Some(d) = v.downcast::<crate::objects::dict::PyDict>() {
                return Ok(d.keys());
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// As `to_vec`, with unpacking's error message.
    pub fn to_vec_for_unpack(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.to_vec_or(v, |t| format!("cannot unpack non-iterable {t} object"))
    }

    /// As `to_vec`; a non-iterable `v` raises TypeError `msg(type name)`.
    pub fn to_vec_or(
        &mut self,
        v: &Value,
        msg: impl FnOnce(&str) -> String,
    ) -> PyResult<Vec<Value>> {
        if let Err(e) = self.iter(v) {
            if e.is_instance(types().exceptions.get(ExcKind::TypeError))
                && e.args().items.first().is_some_and(|m| {
                    m.downcast::<PyStr>()
                        .is_some_and(|s| s.as_str().ends_with("is not iterable"))
                })
            {
                return Err(type_error(msg(v.class().payload.name())));
            }
            return Err(e);
        }
        self.to_vec(v)
    }

    /// `len(v)`.
    /// The length of a list or dict another thread owns, through the read
    /// cache (no lock while it is unchanged).
    fn shared_len<T: crate::object::pyref::PyPayload>(
        &mut self,
        c: &Py<T>,
        version: u64,
        len: impl FnOnce() -> usize,
    ) -> usize {
        match self.cached_read(c, version, ReadKey::Len, || Some(Value::Int(len() as i64))) {
            Some(Value::Int(n)) => n as usize,
            _ => 0,
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if o.class().payload.is_heap_type()
                && !o.payload_is::<crate::objects::instance::PyInstance>()
            {
                return self.len_slow(v);
            }
            if let Some(l) = o.downcast::<PyList>() {
                if l.shared_with_other_threads() {
                    return Ok(self.shared_len(l, l.version(), || l.len()));
                }
                return Ok(l.len());
            }
            if let Some(t) = o.downcast::<PyTuple>() {
                return Ok(t.items.len());
            }
            if let Some(s) = o.downcast::<PyStr>() {
                return Ok(s.char_len());
            }
            if let Some(d) = o.downcast::<PyDict>() {
                if d.shared_with_other_threads() {
                    return Ok(self.shared_len(d, d.version(), || d.len()));
                }
                return Ok(d.len());
            }
            if let Some(r) = o.downcast::<PyRange>() {
                return r.checked_len();
            }
        }
        self.len_slow(v)
    }

    /// The length of a builtin payload (list, tuple, str, dict), whatever
    /// the class.
    pub fn len_builtin(v: &Value) -> Option<usize> {
        let Value::Obj(o) = v else { return None };
        if let Some(l) = o.downcast::<PyList>() {
            return Some(l.len());
        }
        if let Some(t) = o.downcast::<PyTuple>() {
            return Some(t.items.len());
        }
        if let Some(s) = o.downcast::<PyStr>() {
            return Some(s.char_len());
        }
        o.downcast::<PyDict>().map(|d| d.len())
    }

    /// `len()` through `__len__` (a Python override on a subclass of a
    /// builtin, or any other object), else the builtin payload's length.
    #[cold]
    fn len_slow(&mut self, v: &Value) -> PyResult<usize> {
        let f = self.lookup_special(v, &interp().names.len);
        let native = match &f {
            Some(f) => !f.payload_is::<crate::objects::function::PyFunction>(),
            None => true,
        };
        if native {
            if let Some(n) = Self::len_builtin(v) {
                return Ok(n);
            }
        }
        match f {
            Some(f) => {
                let r = self.call(&f, &[v.clone()])?;
                let n =
                    crate::objects::int::to_bigint(&self.to_index_value(&r)?).unwrap_or_default();
                if num_traits::Signed::is_negative(&n) {
                    return Err(crate::objects::exception::value_error(
                        "__len__() should return >= 0",
                    ));
                }
                usize::try_from(n)
                    .ok()
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(|| {
                        crate::objects::exception::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        )
                    })
            }
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                v.class().payload.name()
            ))),
        }
    }
}
