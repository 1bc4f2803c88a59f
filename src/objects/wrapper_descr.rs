//! `wrapper_descriptor` and `method-wrapper`: the types CPython gives the
//! dunder methods that implement type slots (`int.__add__` is
//! `<slot wrapper '__add__' of 'int' objects>`, `(1).__add__` is
//! `<method-wrapper '__add__' of int object at 0x...>`).
//!
//! They are the same payloads as `method_descriptor` (`PyMethodDescr`)
//! and `builtin_function_or_method` (`PyBuiltinFunction`) under other
//! type objects: calls, binding and `downcast` treat them alike, only
//! `type()` and the repr differ. `objects::method::add_methods` picks the
//! descriptor type by name (`is_slot_name`), and binding a slot wrapper
//! (`bind_descr`) makes a method-wrapper. The types are created on first
//! use, immortal.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::method::{add_methods, PyBuiltinFunction, PyMethodDescr};

/// The dunder names that are type slots in CPython (their builtin
/// implementations are slot wrappers; other dunders such as `__format__`
/// or `__round__` are ordinary method descriptors).
pub fn is_slot_name(name: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__repr__",
        "__str__",
        "__hash__",
        "__call__",
        "__getattribute__",
        "__setattr__",
        "__delattr__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
        "__iter__",
        "__next__",
        "__get__",
        "__set__",
        "__delete__",
        "__init__",
        "__del__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__invert__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__xor__",
        "__rxor__",
        "__or__",
        "__ror__",
        "__int__",
        "__float__",
        "__floordiv__",
        "__rfloordiv__",
        "__truediv__",
        "__rtruediv__",
        "__index__",
        "__matmul__",
        "__rmatmul__",
        "__len__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ixor__",
        "__ior__",
        "__ifloordiv__",
        "__itruediv__",
        "__imatmul__",
        "__await__",
        "__aiter__",
        "__anext__",
    ];
    name.starts_with("__") && SLOTS.contains(&name)
}

static DESCR: OnceLock<PyRef<PyType>> = OnceLock::new();
static WRAPPER: OnceLock<PyRef<PyType>> = OnceLock::new();

fn new_type<T: crate::object::pyref::PyPayload>(name: &str) -> PyRef<PyType> {
    crate::objects::types::new_static_type(PyType::for_payload::<T>(
        name,
        Some(types().object.clone()),
        0,
    ))
}

/// The `wrapper_descriptor` type (unbound slot wrappers).
pub fn wrapper_descriptor_type() -> &'static Py<PyType> {
    DESCR.get_or_init(|| new_type::<PyMethodDescr>("wrapper_descriptor"))
}

/// The `method-wrapper` type (slot wrappers bound to an object).
pub fn method_wrapper_type() -> &'static Py<PyType> {
    WRAPPER.get_or_init(|| new_type::<PyBuiltinFunction>("method-wrapper"))
}

/// Bind a native method descriptor to `obj`: a method-wrapper for a slot
/// wrapper, else a builtin method.
pub fn bind_descr(d: &Py<PyMethodDescr>, obj: Value) -> Value {
    let f = PyBuiltinFunction {
        name: d.name,
        func: d.func,
        self_: obj,
        module: None,
    };
    let ty = if d.class().is(wrapper_descriptor_type()) {
        method_wrapper_type()
    } else {
        &types().builtin_function
    };
    PyRef::new_in(f, ty).into_value()
}

/// Give the two types their reprs (before any slot wrapper exists).
pub fn init() {
    use crate::objects::method::{builtin_repr, descr_repr};
    add_methods(wrapper_descriptor_type(), &[("__repr__", descr_repr)]);
    add_methods(method_wrapper_type(), &[("__repr__", builtin_repr)]);
}
