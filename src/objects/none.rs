//! `None`, `NotImplemented` and `Ellipsis`.
//!
//! `None` is an immediate `Value::None`; `NotImplemented` and `Ellipsis` are
//! immortal singleton objects created at start-up.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::Args;
use crate::vm::Vm;

pub struct PyNone;
impl PyPayload for PyNone {}
pub struct PyNotImplemented;
impl PyPayload for PyNotImplemented {}
pub struct PyEllipsis;
impl PyPayload for PyEllipsis {}

static SINGLETONS: OnceLock<(Value, Value)> = OnceLock::new();

fn singletons() -> &'static (Value, Value) {
    SINGLETONS.get_or_init(|| {
        let ni = PyRef::new_in(PyNotImplemented, &types().not_implemented);
        ni.header.make_immortal();
        let el = PyRef::new_in(PyEllipsis, &types().ellipsis);
        el.header.make_immortal();
        (ni.into_value(), el.into_value())
    })
}

pub fn not_implemented() -> Value {
    singletons().0.clone()
}

pub fn is_not_implemented(v: &Value) -> bool {
    v.payload_is::<PyNotImplemented>()
}

pub fn ellipsis() -> Value {
    singletons().1.clone()
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singleton
/// itself; arguments are "NoneType takes no arguments".
fn singleton_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    if !args.pos().is_empty() || args.has_kw() {
        return Err(type_error(format!(
            "{} takes no arguments",
            cls.payload.name
        )));
    }
    let t = types();
    Ok(if cls.is(&t.none) {
        Value::None
    } else if cls.is(&t.ellipsis) {
        ellipsis()
    } else {
        not_implemented()
    })
}

pub fn init(t: &BuiltinTypes) {
    singletons();
    for ty in [&t.none, &t.ellipsis, &t.not_implemented] {
        set_new(ty, singleton_new);
    }
}
