//! Conversions that may run Python code: `repr`, `str`, `hash`, `format`,
//! `%`-formatting, `__index__`/`__int__`/`__float__`, and sorting.

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::bytes::{bytes_repr, PyBytes};
use crate::objects::complex::{complex_format, complex_hash, complex_repr, PyComplex};
use crate::objects::dict::PyDict;
use crate::objects::exception::{
    new_error, recursion_error_in, type_error, ExcKind, PyBaseException, PyErr, PyResult,
};
use crate::objects::float_repr::float_repr;
use crate::objects::format_spec::{self as fmt, PercentNum};
use crate::objects::function::PyFunction;
use crate::objects::int::{hash_bigint, hash_float, hash_i64, to_bigint, PyBigInt};
use crate::objects::iter::PyDictView;
use crate::objects::list::PyList;
use crate::objects::module::PyModule;
use crate::objects::none::{PyEllipsis, PyNotImplemented};
use crate::objects::num_subclass::{float_obj, is_heap_obj, overrides, plain_number};
use crate::objects::range::PyRange;
use crate::objects::set::PySet;
use crate::objects::str::{intern, new_str, str_repr, PyStr};
use crate::objects::tuple::PyTuple;
use crate::vm::state::{interp, Vm};

/// The context of a RecursionError from the repr of nested containers.
const IN_REPR: &str = " while getting the repr of an object";

/// CPython's tuple hash (xxHash-based, Objects/tupleobject.c).
fn tuple_hash(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<PyRef<PyStr>> {
        if let Value::Obj(o) = v {
            if o.class().payload.is_heap_type() {
                return self.repr_by_method(v);
            }
        }
        self.repr_builtin(v)
    }

    /// The repr of a builtin payload, whatever the class (`list.__repr__`
    /// called on a list subclass instance).
    pub fn repr_builtin(&mut self, v: &Value) -> PyResult<PyRef<PyStr>> {
        let s = match v {
            Value::None | Value::Null => return Ok(intern("None")),
            Value::Bool(b) => return Ok(intern(if *b { "True" } else { "False" })),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Obj(o) => {
                if let Some(s) = o.downcast::<PyStr>() {
                    str_repr(s.as_str())
                } else if let Some(b) = o.downcast::<PyBigInt>() {
                    let digits = crate::objects::int_str_limit::decimal_digits(b.value.magnitude())
                        .map_err(crate::objects::exception::value_error)?;
                    let sign = if b.value.sign() == num_bigint::Sign::Minus {
                        "-"
                    } else {
                        ""
                    };
                    format!("{sign}{digits}")
                } else if let Some(f) = float_obj(v) {
                    float_repr(f)
                } else if let Some(c) = o.downcast::<PyComplex>() {
                    complex_repr(c.re, c.im)
                } else if let Some(r) = crate::objects::structseq::repr(self, v) {
                    r?
                } else if o.payload_is::<PyList>()
                    || o.payload_is::<PyTuple>()
                    || o.payload_is::<PyDict>()
                    || o.payload_is::<PySet>()
                    || o.payload_is::<PyDictView>()
                {
                    self.container_repr(v)?
                } else if let Some(r) = o.downcast::<PyRange>() {
                    crate::objects::range::range_repr(r)
                } else if let Some(b) = o.downcast::<PyBytes>() {
                    bytes_repr(&b.data)
                } else if let Some(f) = o.downcast::<PyFunction>() {
                    format!("<function {} at {:#x}>", f.qualname().as_str(), v.id())
                } else if let Some(m) = o.downcast::<PyModule>() {
                    format!("<module '{}' (built-in)>", m.name)
                } else if let Some(e) = o.downcast::<PyBaseException>() {
                    let args = e.args();
                    let name = o.class().payload.name().to_string();
                    if args.items.len() == 1 {
                        let arg = self.repr_level(0, |vm| {
                            Ok(vm.repr(&args.items[0])?.as_str().to_string())
                        })?;
                        format!("{name}({arg})")
                    } else {
                        format!("{}{}", name, self.repr(&args.to_value())?.as_str())
                    }
                } else if o.payload_is::<PyNotImplemented>() {
                    "NotImplemented".to_string()
                } else if o.payload_is::<PyEllipsis>() {
                    "Ellipsis".to_string()
                } else {
                    return self.repr_by_method(v);
                }
            }
        };
        Ok(new_str(s))
    }

    fn repr_by_method(&mut self, v: &Value) -> PyResult<PyRef<PyStr>> {
        self.check_native_stack()?;
        let f = self
            .lookup_special(v, &interp().names.repr)
            .ok_or_else(|| type_error("object has no __repr__"))?;
        let r = self.call(&f, &[v.clone()])?;
        r.as_obj()
            .and_then(|o| o.clone().into_typed::<PyStr>().ok())
            .ok_or_else(|| {
                type_error(format!(
                    "__repr__ returned non-string (type {})",
                    r.class().payload.name()
                ))
            })
    }

    /// Reprs of list, tuple, dict, set and dict views, with `...` for a
    /// container already being printed on this thread.
    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let id = v.id() as usize;
        if self.repr_stack.contains(&id) {
            return Ok(if v.payload_is::<PyList>() {
                "[...]".to_string()
            } else if v.payload_is::<PyDict>() {
                "{...}".to_string()
            } else if v.payload_is::<PyTuple>() {
                "(...)".to_string()
            } else if v.payload_is::<PySet>() {
                format!("{}(...)", v.class().payload.name())
            } else {
                "...".to_string()
            });
        }
        self.repr_level(id, |vm| vm.container_repr_inner(v))
    }

    /// Run `f` one level deeper in nested reprs, with `id` (0 for a level
    /// that is no container's) on `repr_stack`. CPython's `PyObject_Repr`
    /// counts against the recursion limit with the Python frames (the
    /// innermost item's repr included).
    fn repr_level(
        &mut self,
        id: usize,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        if self.frames.len() + self.repr_stack.len() + 2 >= self.recursion_limit() {
            return Err(recursion_error_in(IN_REPR));
        }
        self.check_native_stack_in(IN_REPR)?;
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?.as_str().to_string());
        }
        Ok(parts.join(", "))
    }

    /// `join_reprs` for sets and dict views, whose CPython reprs go
    /// through the repr of a list of the items: one more level.
    fn join_reprs_as_list(&mut self, items: &[Value]) -> PyResult<String> {
        self.repr_level(0, |vm| vm.join_reprs(items))
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        if let Some(l) = v.downcast::<PyList>() {
            let items = l.snapshot();
            return Ok(format!("[{}]", self.join_reprs(&items)?));
        }
        if let Some(t) = v.downcast::<PyTuple>() {
            let inner = self.join_reprs(&t.items)?;
            return Ok(if t.items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            });
        }
        if let Some(d) = v.downcast::<PyDict>() {
            let mut parts = Vec::new();
            for (k, val) in d.items() {
                parts.push(format!(
                    "{}: {}",
                    self.repr(&k)?.as_str(),
                    self.repr(&val)?.as_str()
                ));
            }
            return Ok(format!("{{{}}}", parts.join(", ")));
        }
        if let Some(s) = v.downcast::<PySet>() {
            let keys = s.ordered_keys();
            let name = v.class().payload.name();
            if keys.is_empty() {
                return Ok(format!("{name}()"));
            }
            let inner = self.join_reprs_as_list(&keys)?;
            return Ok(if v.class().is(&types().set) {
                format!("{{{inner}}}")
            } else {
                format!("{name}({{{inner}}})")
            });
        }
        if let Some(view) = v.downcast::<PyDictView>() {
            let items = crate::objects::dict_methods::view_items(view);
            return Ok(format!(
                "{}([{}])",
                v.class().payload.name(),
                self.join_reprs_as_list(&items)?
            ));
        }
        Ok(String::new())
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<PyRef<PyStr>> {
        if let Value::Obj(o) = v {
            if let Some(s) = o.downcast::<PyStr>() {
                if !o.class().payload.is_heap_type() {
                    return Ok(s.to_ref());
                }
            }
            if o.class().payload.is_heap_type() {
                let f = self.lookup_special(v, &interp().names.str);
                let object_str = types().object.payload.dict.get_str(&interp().names.str);
                let exc_str = types()
                    .exceptions
                    .get(ExcKind::BaseException)
                    .payload
                    .dict
                    .get_str(&interp().names.str);
                if let Some(f) = f {
                    let native =
                        object_str.is_some_and(|o| o.is(&f)) || exc_str.is_some_and(|e| e.is(&f));
                    if !native {
                        let r = self.call(&f, &[v.clone()])?;
                        return r
                            .as_obj()
                            .and_then(|o| o.clone().into_typed::<PyStr>().ok())
                            .ok_or_else(|| {
                                type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    r.class().payload.name()
                                ))
                            });
                    }
                }
            }
            if let Some(e) = o.downcast::<PyBaseException>() {
                return self.exception_str(e);
            }
            if let Some(s) = o.downcast::<PyStr>() {
                return Ok(new_str(s.as_str()));
            }
            if let Some(p) = o.downcast::<crate::objects::mappingproxy::PyMappingProxy>() {
                let m = p.mapping.clone();
                return self.str(&m);
            }
        }
        self.repr(v)
    }

    fn exception_str(&mut self, e: &Py<PyBaseException>) -> PyResult<PyRef<PyStr>> {
        crate::objects::exception::exception_str(self, e)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(*i),
            Value::Float(f) => hash_float(*f),
            Value::Bool(b) => *b as i64,
            Value::None | Value::Null => 0xFC_A86F_i64,
            Value::Obj(o) => {
                if let Some(s) = o.downcast::<PyStr>() {
                    if !o.class().payload.is_heap_type() {
                        return Ok(s.hash_value());
                    }
                }
                if o.class().payload.is_heap_type() {
                    return self.hash_by_method(v);
                }
                return self.hash_builtin(v);
            }
        })
    }

    /// The hash of a builtin payload, whatever the class (`int.__hash__`
    /// called on an int subclass's instance).
    pub fn hash_builtin(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Obj(o) => {
                if let Some(s) = o.downcast::<PyStr>() {
                    s.hash_value()
                } else if let Some(f) = float_obj(v) {
                    hash_float(f)
                } else if let Some(b) = o.downcast::<PyBigInt>() {
                    hash_bigint(&b.value)
                } else if let Some(c) = o.downcast::<PyComplex>() {
                    complex_hash(c.re, c.im)
                } else if let Some(t) = o.downcast::<PyTuple>() {
                    self.check_native_stack()?;
                    let mut hs = Vec::with_capacity(t.items.len());
                    for x in t.items.iter() {
                        hs.push(self.hash(x)?);
                    }
                    tuple_hash(hs.into_iter())
                } else if let Some(s) = o.downcast::<PySet>() {
                    if !o.class().is_subtype(&types().frozenset) {
                        return Err(unhashable(v));
                    }
                    let mut hs = Vec::with_capacity(s.len());
                    for (h, _, _) in s.table.entries() {
                        hs.push(h);
                    }
                    crate::objects::set::frozenset_hash(hs.into_iter())
                } else if o.payload_is::<PyList>()
                    || o.payload_is::<PyDict>()
                    || o.payload_is::<crate::objects::slice::PySlice>()
                    || o.payload_is::<PyDictView>()
                {
                    return Err(unhashable(v));
                } else if let Some(b) = o.downcast::<PyBytes>() {
                    crate::objects::bytes::hash_bytes(&b.data)
                } else if crate::objects::bytes::is_bytes_like(v)
                    || o.payload_is::<crate::objects::generic_alias::PyGenericAlias>()
                    || o.payload_is::<crate::objects::union_type::PyUnion>()
                {
                    // bytearray (`__hash__ = None`), memoryview, aliases.
                    return self.hash_by_method(v);
                } else if let Some(r) = o.downcast::<PyRange>() {
                    return crate::objects::range::range_hash(self, r);
                } else if let Some(w) = o.downcast::<crate::objects::weakref::PyWeakRef>() {
                    return crate::objects::weakref::weak_hash(self, w);
                } else if let Some(h) = crate::objects::method::method_hash(v) {
                    h
                } else {
                    (v.id() >> 4) & i64::MAX
                }
            }
            _ => return self.hash(v),
        })
    }

    fn hash_by_method(&mut self, v: &Value) -> PyResult<i64> {
        match self.lookup_special(v, &interp().names.hash) {
            Some(f) if !f.is_none() => {
                let r = self.call(&f, &[v.clone()])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    _ => match to_bigint(&r) {
                        Some(b) => Ok(hash_bigint(&b)),
                        None => Err(type_error("__hash__ method should return an integer")),
                    },
                }
            }
            _ => Err(unhashable(v)),
        }
    }

    /// `operator.index(v)` as an i64 (IndexError when it does not fit,
    /// as CPython's `PyNumber_AsSsize_t(v, PyExc_IndexError)`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => {
                let r = self.to_index_value(v)?;
                match r {
                    Value::Int(i) => Ok(i),
                    Value::Bool(b) => Ok(b as i64),
                    _ => match to_bigint(&r).and_then(|b| num_traits::ToPrimitive::to_i64(&b)) {
                        Some(i) => Ok(i),
                        None => Err(new_error(
                            ExcKind::IndexError,
                            format!(
                                "cannot fit '{}' into an index-sized integer",
                                v.class().payload.name()
                            ),
                        )),
                    },
                }
            }
        }
    }

    /// `operator.index(v)`: the int itself, or what `__index__` returns
    /// (which must be an int: "__index__ returned non-int (type X)").
    pub fn to_index_value(&mut self, v: &Value) -> PyResult<Value> {
        if crate::objects::int::is_int(v) && !v.class().payload.is_heap_type() {
            return Ok(v.clone());
        }
        if let Some(f) = self.lookup_user_special(v, &interp().names.index) {
            let r = self.call(&f, &[v.clone()])?;
            if crate::objects::int::is_int(&r) {
                return Ok(r);
            }
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                r.class().payload.name()
            )));
        }
        if let Some(b) = to_bigint(v) {
            return Ok(crate::objects::int::int_value(b));
        }
        Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class().payload.name()
        )))
    }

    /// A real number as f64 (`__float__`, then `__index__`).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::Obj(o) if o.payload_is::<PyBigInt>() => crate::objects::int::big_to_f64(
                &o.downcast::<PyBigInt>()
                    .map(|b| b.value.clone())
                    .unwrap_or_default(),
            ),
            Value::Obj(_)
                if float_obj(v).is_some() && !overrides(self, v, &interp().names.float) =>
            {
                Ok(float_obj(v).unwrap_or_default())
            }
            _ => {
                if let Some(f) = self.lookup_user_special(v, &interp().names.float) {
                    let r = self.call(&f, &[v.clone()])?;
                    if let Value::Float(x) = r {
                        return Ok(x);
                    }
                    // A float subclass is accepted (CPython warns that
                    // this is deprecated).
                    if let Some(x) = float_obj(&r) {
                        return Ok(x);
                    }
                    return Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.class().payload.name(),
                        r.class().payload.name()
                    )));
                }
                if self.lookup_user_special(v, &interp().names.index).is_some() {
                    return Ok(self.to_index(v)? as f64);
                }
                Err(type_error(format!(
                    "must be real number, not {}",
                    v.class().payload.name()
                )))
            }
        }
    }

    /// `int(x)` through `__int__`, `__index__`, then `__trunc__` (CPython
    /// 3.11 `PyNumber_Long`); `None` when `x`'s class defines none of them.
    pub fn call_dunder_int(&mut self, v: &Value) -> Option<PyResult<Value>> {
        let names = &interp().names;
        for (name, label) in [(&names.int, "__int__"), (&names.index, "__index__")] {
            if let Some(f) = self.lookup_user_special(v, name) {
                return Some(self.call(&f, &[v.clone()]).and_then(|r| {
                    if crate::objects::int::is_int(&r) {
                        Ok(r)
                    } else {
                        Err(type_error(format!(
                            "{label} returned non-int (type {})",
                            r.class().payload.name()
                        )))
                    }
                }));
            }
        }
        let f = self.lookup_user_special(v, &intern("__trunc__"))?;
        Some(self.call(&f, &[v.clone()]).and_then(|r| {
            if crate::objects::int::is_int(&r) {
                return Ok(r);
            }
            if self
                .lookup_user_special(&r, &interp().names.index)
                .is_none()
            {
                return Err(type_error(format!(
                    "__trunc__ returned non-Integral (type {})",
                    r.class().payload.name()
                )));
            }
            self.to_index_value(&r)
        }))
    }

    /// `float(x)` for an object with `__float__` or `__index__`.
    pub fn call_dunder_float(&mut self, v: &Value) -> PyResult<Value> {
        if self.lookup_user_special(v, &interp().names.float).is_some()
            || self.lookup_user_special(v, &interp().names.index).is_some()
        {
            return self.to_f64(v).map(Value::Float);
        }
        Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            v.class().payload.name()
        )))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let name = intern(name);
        let (f, s) = self.load_method(obj.clone(), &name)?;
        if s.is_null() {
            self.call(&f, args)
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(s);
            v.extend_from_slice(args);
            self.call(&f, &v)
        }
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then `format`.
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => self.str(&v)?.into_value(),
            2 => self.repr(&v)?.into_value(),
            3 => new_str(ascii_escape(self.repr(&v)?.as_str())).into_value(),
            _ => v,
        };
        let spec = match &spec {
            Some(s) => s
                .downcast::<PyStr>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
            None => String::new(),
        };
        if spec.is_empty() && v.payload_is::<PyStr>() && !v.class().payload.is_heap_type() {
            return Ok(v);
        }
        Ok(self.format(&v, &spec)?.into_value())
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<PyRef<PyStr>> {
        if is_heap_obj(v) && !overrides(self, v, &interp().names.format) {
            return self.format_builtin_subclass(v, spec);
        }
        if !v.class().payload.is_heap_type() {
            // `format(s)` and `f'{s}'` of an exact str are `s` itself.
            if spec.is_empty() {
                if let Some(s) = v
                    .as_obj()
                    .and_then(|o| o.clone().into_typed::<PyStr>().ok())
                {
                    return Ok(s);
                }
            }
            let tname = v.class().payload.name().to_string();
            let native = match v {
                Value::Bool(_) if spec.is_empty() => Some(Ok(self.str(v)?.as_str().to_string())),
                Value::Int(_) | Value::Bool(_) => {
                    let n = to_bigint(v).unwrap_or_default();
                    Some(
                        fmt::parse_format_spec_for(spec, &tname)
                            .and_then(|s| fmt::format_int_for(&n, &s, &tname)),
                    )
                }
                Value::Float(f) => Some(
                    fmt::parse_format_spec_for(spec, &tname)
                        .and_then(|s| fmt::format_float_for(*f, &s, &tname)),
                ),
                Value::Obj(o) => {
                    if let Some(b) = o.downcast::<PyBigInt>() {
                        Some(
                            fmt::parse_format_spec_for(spec, &tname)
                                .and_then(|s| fmt::format_int_for(&b.value, &s, &tname)),
                        )
                    } else if let Some(c) = o.downcast::<PyComplex>() {
                        Some(complex_format(c.re, c.im, spec))
                    } else {
                        o.downcast::<PyStr>().map(|s| {
                            fmt::parse_format_spec_for(spec, &tname)
                                .and_then(|sp| fmt::format_str_for(s.as_str(), &sp, &tname))
                        })
                    }
                }
                _ => None,
            };
            if let Some(r) = native {
                return r.map(new_str).map_err(format_error);
            }
        } else if let Some(f) = self.lookup_special(v, &interp().names.format) {
            let object_format = types().object.payload.dict.get_str(&interp().names.format);
            if !object_format.is_some_and(|o| o.is(&f)) {
                let r = self.call(&f, &[v.clone(), new_str(spec).into_value()])?;
                return r
                    .as_obj()
                    .and_then(|o| o.clone().into_typed::<PyStr>().ok())
                    .ok_or_else(|| {
                        type_error(format!(
                            "__format__ must return a str, not {}",
                            r.class().payload.name()
                        ))
                    });
            }
        }
        if !spec.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                v.class().payload.name()
            )));
        }
        self.str(v)
    }

    /// `format(x, spec)` for an instance of a subclass of a builtin that
    /// does not override `__format__`: the builtin's `__format__` on its
    /// plain value, which with an empty spec is `str(x)` (so a `__str__`
    /// override shows, as in CPython).
    #[cold]
    fn format_builtin_subclass(&mut self, v: &Value, spec: &str) -> PyResult<PyRef<PyStr>> {
        if spec.is_empty() {
            return self.str(v);
        }
        let plain = plain_number(v).or_else(|| {
            v.downcast::<PyStr>()
                .map(|s| new_str(s.as_str()).into_value())
        });
        match plain {
            Some(p) => self.format(&p, spec),
            None => Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                v.class().payload.name()
            ))),
        }
    }

    /// The number a `%` conversion `conv` makes of a non-int, non-float
    /// `arg` (CPython's `mainformatlong` and `formatfloat`): `%d` is
    /// `int(arg)`, `%x` `operator.index(arg)`, `%f` `float(arg)`; Ok is an
    /// int, Err a float.
    #[cold]
    fn percent_number(
        &mut self,
        conv: char,
        arg: &Value,
        bytes: bool,
    ) -> PyResult<Result<num_bigint::BigInt, f64>> {
        let names = &interp().names;
        let tname = arg.class().payload.name().to_string();
        if !"diuoxX".contains(conv) {
            if bytes && !is_number(self, arg) {
                return Err(type_error(format!("float argument required, not {tname}")));
            }
            return Ok(Err(self.to_f64(arg)?));
        }
        if !is_number(self, arg) {
            let kind = if "oxX".contains(conv) {
                "an integer is required"
            } else {
                "a real number is required"
            };
            return Err(type_error(format!("%{conv} format: {kind}, not {tname}")));
        }
        let n = if "oxX".contains(conv) {
            self.to_index_value(arg)?
        } else {
            match self.call_dunder_int(arg) {
                Some(r) => r?,
                None => match self.lookup_user_special(arg, &names.float) {
                    Some(_) => {
                        return Err(type_error(format!(
                            "int() argument must be a string, a bytes-like object or a real number, not '{tname}'"
                        )))
                    }
                    None => crate::objects::num_subclass::plain_number(arg)
                        .unwrap_or(Value::Int(0)),
                },
            }
        };
        match n {
            Value::Float(f) => Ok(Ok(crate::objects::int::float_to_int(f)
                .ok()
                .and_then(|v| to_bigint(&v))
                .unwrap_or_default())),
            v => Ok(Ok(to_bigint(&v).unwrap_or_default())),
        }
    }

    /// `fmt % args` for a str `fmt`.
    pub fn percent_format(&mut self, fmt_s: &str, args: &Value) -> PyResult<Value> {
        let out = self.percent_core(fmt_s, args, false)?;
        Ok(new_str(out).into_value())
    }

    /// `fmt % args`: for a str `fmt`, or (`bytes`) for a bytes `fmt` read
    /// as Latin-1 text, whose `%s %b %r %a %c` conversions and mapping keys
    /// are bytes (`objects::bytes_format`); the result is then Latin-1 too.
    pub(crate) fn percent_core(
        &mut self,
        fmt_s: &str,
        args: &Value,
        bytes: bool,
    ) -> PyResult<String> {
        let convs = if bytes {
            fmt::BYTES_PERCENT_CONVERSIONS
        } else {
            fmt::PERCENT_CONVERSIONS
        };
        let mapping = args.payload_is::<PyDict>()
            || (args.class().payload.is_heap_type()
                && !args.payload_is::<PyTuple>()
                && self.lookup_special(args, &interp().names.getitem).is_some());
        let items: Vec<Value> = match args.downcast::<PyTuple>() {
            Some(t) => t.items.to_vec(),
            None => vec![args.clone()],
        };
        let mut next = 0usize;
        let mut out = String::with_capacity(fmt_s.len() + 16);
        let mut i = 0;
        let mut used_mapping = false;
        while let Some(off) = fmt_s[i..].find('%') {
            out.push_str(&fmt_s[i..i + off]);
            let (mut spec, after) =
                fmt::parse_percent_spec_in(fmt_s, i + off + 1, convs).map_err(format_error)?;
            i = after;
            if spec.conv == '%' {
                out.push('%');
                continue;
            }
            let mut take = |vm: &mut Vm| -> PyResult<Value> {
                let _ = vm;
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                Ok(v)
            };
            let width = match spec.width {
                Some(PercentNum::Star) => {
                    let w = take(self)?;
                    let w = star_arg(&w, i64::MAX, "ssize_t")?;
                    spec.flags.left |= w < 0;
                    Some(w.unsigned_abs() as usize)
                }
                Some(PercentNum::Fixed(w)) => Some(w),
                None => None,
            };
            let precision = match spec.precision {
                Some(PercentNum::Star) => {
                    let p = take(self)?;
                    Some(star_arg(&p, i32::MAX as i64, "int")?.max(0) as usize)
                }
                Some(PercentNum::Fixed(p)) => Some(p),
                None => None,
            };
            let arg = match &spec.key {
                Some(k) => {
                    if !mapping {
                        return Err(type_error("format requires a mapping"));
                    }
                    used_mapping = true;
                    // The mapping counts as the one argument, now used.
                    next = items.len();
                    let key = if bytes {
                        crate::objects::bytes_format::latin1_bytes(k)
                    } else {
                        new_str(k.as_str()).into_value()
                    };
                    self.get_item(args, &key)?
                }
                None => {
                    if mapping && items.len() == 1 && !args.payload_is::<PyTuple>() {
                        used_mapping = true;
                    }
                    take(self)?
                }
            };
            let text = match spec.conv {
                's' | 'r' | 'a' | 'b' | 'c' if bytes => {
                    let s = crate::objects::bytes_format::convert_arg(self, spec.conv, &arg)?;
                    if spec.conv != 'c' {
                        spec.conv = 's';
                    }
                    fmt::percent_format_str(&s, &spec, width, precision)
                }
                's' => {
                    let s = self.str(&arg)?;
                    fmt::percent_format_str(s.as_str(), &spec, width, precision)
                }
                'r' | 'a' => {
                    let s = self.repr(&arg)?;
                    let s = if spec.conv == 'a' {
                        ascii_escape(s.as_str())
                    } else {
                        s.as_str().to_string()
                    };
                    fmt::percent_format_str(&s, &spec, width, precision)
                }
                'c' => match arg.downcast::<PyStr>() {
                    Some(s) if s.char_len() == 1 => {
                        fmt::percent_format_str(s.as_str(), &spec, width, precision)
                    }
                    Some(_) => return Err(type_error("%c requires int or char")),
                    None => match to_bigint(&arg) {
                        Some(n) => fmt::percent_format_int(&n, &spec, width, precision),
                        None => return Err(type_error("%c requires int or char")),
                    },
                },
                conv => {
                    let num = match &arg {
                        Value::Float(f) => Err(*f),
                        _ => match to_bigint(&arg) {
                            Some(n) => Ok(n),
                            None => self.percent_number(conv, &arg, bytes)?,
                        },
                    };
                    match num {
                        Ok(n) => fmt::percent_format_int(&n, &spec, width, precision),
                        Err(f) => fmt::percent_format_float(f, &spec, width, precision),
                    }
                }
            };
            out.push_str(&text.map_err(format_error)?);
        }
        out.push_str(&fmt_s[i..]);
        if next < items.len() && !used_mapping && !mapping {
            return Err(type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }

    /// Sort `items` by `key` (stable, `<` only, like CPython's list.sort).
    /// On error the items come back unsorted with the exception.
    pub fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
        let keys: Vec<Value> = match key {
            Some(k) if !k.is_none() => match items
                .iter()
                .map(|x| self.call(k, &[x.clone()]))
                .collect::<PyResult<_>>()
            {
                Ok(k) => k,
                Err(e) => return Err((items, e)),
            },
            _ => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        let mut error: Option<PyErr> = None;
        idx.sort_by(|&a, &b| {
            if error.is_some() {
                return std::cmp::Ordering::Equal;
            }
            let (x, y) = if reverse {
                (&keys[b], &keys[a])
            } else {
                (&keys[a], &keys[b])
            };
            match self.lt(x, y) {
                Ok(true) => {
                    if reverse {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Less
                    }
                }
                Ok(false) => match self.lt(y, x) {
                    Ok(true) => {
                        if reverse {
                            std::cmp::Ordering::Less
                        } else {
                            std::cmp::Ordering::Greater
                        }
                    }
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        error = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if let Some(e) = error {
            return Err((items, e));
        }
        if reverse {
            idx.reverse();
        }
        let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
        Ok(idx
            .into_iter()
            .map(|i| slots[i].take().unwrap_or_default())
            .collect())
    }
}

/// The exception for a message from `objects::format_spec`.
fn format_error(m: String) -> PyErr {
    let kind = match fmt::exception_type(&m) {
        "OverflowError" => ExcKind::OverflowError,
        "TypeError" => ExcKind::TypeError,
        "MemoryError" => ExcKind::MemoryError,
        _ => ExcKind::ValueError,
    };
    new_error(kind, m)
}

fn unhashable(v: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", v.class().payload.name()))
}

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// CPython's `PyNumber_Check`: an int, float or complex, or an object with
/// `__index__`, `__int__` or `__float__`.
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    let names = &interp().names;
    to_bigint(v).is_some()
        || matches!(v, Value::Float(_))
        || float_obj(v).is_some()
        || v.payload_is::<PyComplex>()
        || [&names.index, &names.int, &names.float]
            .into_iter()
            .any(|n| vm.lookup_user_special(v, n).is_some())
}

/// A `*` width or precision of `%` formatting: an int (no `__index__`) that
/// fits the C type `ctype` (at most `max`).
fn star_arg(v: &Value, max: i64, ctype: &str) -> PyResult<i64> {
    let n = to_bigint(v).ok_or_else(|| type_error("* wants int"))?;
    num_traits::ToPrimitive::to_i64(&n)
        .filter(|i| (-max - 1..=max).contains(i))
        .ok_or_else(|| {
            crate::objects::exception::overflow_error(format!(
                "Python int too large to convert to C {ctype}"
            ))
        })
}
