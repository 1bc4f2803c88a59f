//! Python functions: code plus the environment it runs in (globals,
//! builtins, defaults, closure cells).
//!
//! Module-level functions are read by every thread that calls them, so they
//! use deferred reference counting (PEP 703): `MAKE_FUNCTION` marks functions
//! whose code is not nested, and the eval loop then never touches their
//! count. Until the cycle collector exists such functions live until exit.
//!
//! The writable dunders (`__name__`, `__qualname__`, `__module__`,
//! `__doc__`, `__annotations__`) live in `FuncMeta`, guarded by the
//! object's mutex, and are exposed by the getset descriptors of
//! `objects::function_attrs`; the `__dict__` holds only user attributes.

use std::cell::UnsafeCell;

use crate::bytecode::code::{PyCode, CO_NESTED};
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;

pub struct PyFunction {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
    pub defaults: Option<PyRef<PyTuple>>,
    pub kwdefaults: Option<PyRef<PyDict>>,
    pub closure: Option<PyRef<PyTuple>>,
    /// Function attributes (`__dict__`).
    pub dict: PyRef<PyDict>,
    meta: UnsafeCell<FuncMeta>,
}

/// The assignable dunders of a function.
#[derive(Clone)]
pub struct FuncMeta {
    pub name: PyRef<PyStr>,
    pub qualname: PyRef<PyStr>,
    pub module: Value,
    pub doc: Value,
    /// `Null` until first read (then an empty dict) or set.
    pub annotations: Value,
}

// SAFETY: `meta` is only accessed under the object's mutex (or during
// traversal with the world stopped); every other field is immutable.
unsafe impl Sync for PyFunction {}
// SAFETY: all fields hold Send values.
unsafe impl Send for PyFunction {}

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
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        let m = unsafe { &*self.meta.get() };
        visit(&m.module);
        visit(&m.doc);
        visit(&m.annotations);
    }
}

/// Everything a new function is made of.
pub struct FuncParts {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
    pub defaults: Option<PyRef<PyTuple>>,
    pub kwdefaults: Option<PyRef<PyDict>>,
    pub closure: Option<PyRef<PyTuple>>,
    pub module: Value,
    pub doc: Value,
    pub annotations: Value,
}

impl PyFunction {
    pub fn new(p: FuncParts) -> PyFunction {
        let meta = FuncMeta {
            name: p.code.name.clone(),
            qualname: p.code.qualname.clone(),
            module: p.module,
            doc: p.doc,
            annotations: p.annotations,
        };
        PyFunction {
            code: p.code,
            globals: p.globals,
            builtins: p.builtins,
            defaults: p.defaults,
            kwdefaults: p.kwdefaults,
            closure: p.closure,
            dict: PyDict::new_ref(),
            meta: UnsafeCell::new(meta),
        }
    }

    /// Should this function's refcount be deferred (top-level code)?
    pub fn wants_deferred(&self) -> bool {
        self.code.flags & CO_NESTED == 0
    }
}

impl Py<PyFunction> {
    /// Read the dunders under the object's mutex.
    pub fn with_meta<R>(&self, f: impl FnOnce(&mut FuncMeta) -> R) -> R {
        // SAFETY: the mutex is held while `meta` is accessed.
        self.locked(|| f(unsafe { &mut *self.payload.meta.get() }))
    }

    pub fn name(&self) -> PyRef<PyStr> {
        self.with_meta(|m| m.name.clone())
    }

    pub fn qualname(&self) -> PyRef<PyStr> {
        self.with_meta(|m| m.qualname.clone())
    }
}

pub fn init(_t: &BuiltinTypes) {
    crate::objects::function_attrs::init();
}
