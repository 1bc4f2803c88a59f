//! Instances of Python subclasses of `int` and `float`
//! (`class Positive(int)`).
//!
//! Plain ints and floats are immediates (`Value::Int`, `Value::Float`) and
//! have no object to carry a class; an instance of a subclass is a heap
//! object of that class whose payload is the builtin's (`PyBigInt`, which
//! then may hold a value that fits in an `i64`, or `PyFloat`), followed by
//! its `__dict__` (`object::with_dict`). The immediates' fast paths never
//! see these objects: they reach the slow paths, which read the payload
//! (`to_bigint`, `as_f64`) or first turn the instance into its plain value
//! (`plain_number`), so arithmetic on them returns plain ints and floats,
//! as in CPython. A subclass that overrides an operator in Python gets it
//! called first (`overrides`, used by `vm::ops::{arith,compare}`).

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::float::PyFloat;
use crate::objects::function::PyFunction;
use crate::objects::int::{int_value, to_bigint, PyBigInt};
use crate::objects::str::PyStr;
use crate::vm::Vm;

/// The plain int or float value of an int or float object (an instance of
/// a subclass, or a big int).
pub fn plain_number(v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    if let Some(b) = o.downcast::<PyBigInt>() {
        return Some(int_value(b.value.clone()));
    }
    o.downcast::<PyFloat>().map(|f| Value::Float(f.0))
}

/// The float of a `float` subclass instance.
#[inline]
pub fn float_obj(v: &Value) -> Option<f64> {
    v.downcast::<PyFloat>().map(|f| f.0)
}

/// Is `v` an object of a class made by a `class` statement?
#[inline]
pub fn is_heap_obj(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.class().payload.is_heap_type())
}

/// Does `v`'s class define `name` in Python (overriding the method of
/// its builtin base)? Only instances of classes can.
pub fn overrides(vm: &mut Vm, v: &Value, name: &Py<PyStr>) -> bool {
    is_heap_obj(v)
        && vm
            .lookup_type(v.class(), name)
            .is_some_and(|f| f.payload_is::<PyFunction>())
}

/// `v`, or its plain value when it is an int or float subclass instance
/// that does not override `name` (`divmod`, `pow` on such instances).
pub fn plain_unless_overridden(vm: &mut Vm, v: &Value, name: &str) -> Value {
    if is_heap_obj(v) && !overrides(vm, v, &crate::objects::str::intern(name)) {
        if let Some(p) = plain_number(v) {
            return p;
        }
    }
    v.clone()
}

/// An instance of `cls` (a subclass of `int`) with the value of int `v`.
pub fn new_int_instance(v: &Value, cls: &Py<PyType>) -> Value {
    let value = to_bigint(v).unwrap_or_default();
    PyRef::new_in(PyBigInt { value }, cls).into_value()
}

/// `float.__new__(cls, x)` for a subclass `cls`, with the float `f`.
pub fn new_float_instance(f: f64, cls: &Py<PyType>) -> Value {
    if cls.is(&types().float) {
        return Value::Float(f);
    }
    PyRef::new_in(PyFloat(f), cls).into_value()
}
