//! The rest of `object`'s dunders (CPython `Objects/typeobject.c`
//! `object_methods`, `object_getsets`): the ordering comparisons that
//! decline, `__format__`, `__sizeof__`, `__dir__`, `__reduce_ex__` and the
//! `__class__` descriptor.
//!
//! Each is the generic behaviour every class inherits; the operator paths
//! (`vm::ops::compare`, `Vm::format`, `dir()`) never call these for builtin
//! types, so they cost the fast paths nothing. They are here so that
//! `object.__lt__`, `super().__format__(spec)`, `dir(object)` and
//! `x.__sizeof__()` exist as in CPython.

use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::vm::Vm;

/// `object.__lt__` & co.: NotImplemented, so the reflected operand decides.
fn object_cmp(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos().len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    Ok(crate::objects::none::not_implemented())
}

/// `object.__format__(spec)`: `str(self)` for an empty spec, else TypeError.
fn object_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__format__", 2, 2)?;
    let Some(spec) = p[1].downcast::<PyStr>() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].class().payload.name()
        )));
    };
    if !spec.as_str().is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            p[0].class().payload.name()
        )));
    }
    Ok(vm.str(&p[0])?.into_value())
}

/// `object.__sizeof__()`: CPython's sizes for the common builtins
/// (64-bit), the basic instance size otherwise.
fn object_sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__sizeof__", 1, 1)?;
    let v = &p[0];
    let size = match v {
        Value::Int(0) | Value::Bool(false) => 28,
        Value::Int(i) => 24 + 4 * digits(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(true) => 28,
        Value::Float(_) => 24,
        _ => match crate::objects::int::to_bigint(v) {
            Some(b) => 24 + 4 * digits(b.bits()),
            None => 16,
        },
    };
    Ok(Value::Int(size))
}

/// CPython's 30-bit digits for `bits` bits.
fn digits(bits: u64) -> i64 {
    bits.saturating_add(29) as i64 / 30
}

/// `object.__dir__()`: the instance dict's keys and the class's attributes.
fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__dir__", 1, 1)?;
    crate::modules::builtins::dir_default(vm, &p[0])
}

fn class_get(_vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    Ok(obj.class().to_value())
}

fn class_set(_vm: &mut Vm, obj: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(type_error("can't delete __class__ attribute"));
    }
    crate::objects::class_assign::set_class(obj, &value)
}

pub fn init(t: &BuiltinTypes) {
    add_methods(
        &t.object,
        &[
            ("__lt__", object_cmp),
            ("__le__", object_cmp),
            ("__gt__", object_cmp),
            ("__ge__", object_cmp),
            ("__format__", object_format),
            ("__sizeof__", object_sizeof),
            ("__dir__", object_dir),
        ],
    );
    crate::objects::getset::add_getsets(
        &t.object,
        "object",
        &[("__class__", class_get, Some(class_set))],
    );
}
