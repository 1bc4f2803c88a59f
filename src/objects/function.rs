//! Python functions: code plus the environment it runs in (globals,
//! builtins, defaults, closure cells).
//!
//! Module-level functions are read by every thread that calls them, so they
//! use deferred reference counting (PEP 703): `MAKE_FUNCTION` marks functions
//! whose code is not nested, and the eval loop then never touches their
//! count. Until the cycle collector exists such functions live until exit.

use crate::bytecode::code::{PyCode, CO_NESTED};
use crate::object::pyref::{PyPayload, PyRef};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;

pub struct PyFunction {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
    pub name: PyRef<PyStr>,
    pub qualname: PyRef<PyStr>,
    pub defaults: Option<PyRef<PyTuple>>,
    pub kwdefaults: Option<PyRef<PyDict>>,
    pub closure: Option<PyRef<PyTuple>>,
    /// Function attributes (`__dict__`), `__module__`, `__doc__`, `__annotations__`.
    pub dict: PyRef<PyDict>,
}

impl PyPayload for PyFunction {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code.to_value());
        visit(&self.globals.to_value());
        if let Some(d) = &self.defaults {
            visit(&d.to_value());
        }
        if let Some(d) = &self.kwdefaults {
            visit(&d.to_value());
        }
        if let Some(c) = &self.closure {
            visit(&c.to_value());
        }
        visit(&self.dict.to_value());
    }
}

impl PyFunction {
    /// Should this function's refcount be deferred (top-level code)?
    pub fn wants_deferred(&self) -> bool {
        self.code.flags & CO_NESTED == 0
    }
}

pub fn init(_t: &BuiltinTypes) {}
