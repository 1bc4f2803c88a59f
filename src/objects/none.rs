//! `None`, `NotImplemented` and `Ellipsis`.
//!
//! `None` is an immediate `Value::None`; `NotImplemented` and `Ellipsis` are
//! immortal singleton objects created at start-up.

use std::sync::OnceLock;

use crate::object::pyref::{PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;

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

pub fn init(_t: &BuiltinTypes) {
    singletons();
}
