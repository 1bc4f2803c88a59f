//! The entries `type.__new__` adds to a new class's dict (CPython's
//! `type_new_descriptors` and `type_new_set_doc`): the `__dict__` and
//! `__weakref__` getset descriptors of the first class in a hierarchy
//! whose instances get a dict or a weak-reference list, and `__doc__`
//! (None without a docstring).
//!
//! They make `C.__dict__`'s keys, `dir(C)` and `vars(C)` read as in
//! CPython. Reading `obj.__dict__` through the descriptor gives the same
//! instance dict the attribute paths use; assigning goes through
//! `class_assign::set_dict`.

use crate::object::pyref::Py;
use crate::object::typeobj::{PyType, TYPE_HAS_DICT};
use crate::object::value::Value;
use crate::objects::exception::{attribute_error, type_error, PyResult};
use crate::objects::str::intern;
use crate::vm::ops::attr::instance_dict;
use crate::vm::Vm;

fn dict_get(_vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match instance_dict(obj) {
        Some(d) => Ok(d.to_value()),
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            obj.class().payload.name()
        ))),
    }
}

fn dict_set(_vm: &mut Vm, obj: &Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(type_error("cannot delete __dict__"));
    }
    match instance_dict(obj) {
        Some(d) => crate::objects::class_assign::set_dict(d, &value),
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            obj.class().payload.name()
        ))),
    }
}

/// `obj.__weakref__`: the first weak reference to `obj`, or None.
fn weakref_get(_vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    Ok(crate::objects::weakref::weakrefs_of(obj)
        .into_iter()
        .next()
        .unwrap_or(Value::None))
}

fn weakref_set(_vm: &mut Vm, _obj: &Value, _value: Value) -> PyResult<()> {
    Err(attribute_error(
        "attribute '__weakref__' of objects is not writable",
    ))
}

/// Add `__dict__`, `__weakref__` and `__doc__` to the new class `cls`.
pub fn add_class_getsets(cls: &Py<PyType>) {
    let ty = &cls.payload;
    let inherited_dict = ty.mro.iter().any(|b| b.payload.flags & TYPE_HAS_DICT != 0);
    let wants_dict = ty.flags & TYPE_HAS_DICT != 0 && !inherited_dict;
    let wants_weakref = crate::objects::weakref::type_weakrefable(cls)
        && !ty
            .mro
            .iter()
            .any(|b| crate::objects::weakref::type_weakrefable(b));
    if wants_dict || wants_weakref {
        // The owner name is read by the descriptor's repr; classes live
        // until exit, so the leaked copy of their name does too.
        let owner: &'static str = Box::leak(ty.name.to_string().into_boxed_str());
        if wants_dict {
            crate::objects::getset::add_getsets(
                cls,
                owner,
                &[("__dict__", dict_get, Some(dict_set))],
            );
        }
        if wants_weakref {
            crate::objects::getset::add_getsets(
                cls,
                owner,
                &[("__weakref__", weakref_get, Some(weakref_set))],
            );
        }
    }
    let doc = intern("__doc__");
    if ty.dict.get_str(&doc).is_none() {
        ty.dict.set_str(&doc, Value::None);
    }
}
