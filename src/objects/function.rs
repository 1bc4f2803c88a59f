//! Python functions: code plus the environment it runs in (globals,
//! builtins, defaults, closure cells).
//!
//! Module-level functions are read by every thread that calls them, so they
//! use deferred reference counting (PEP 703): `MAKE_FUNCTION` marks functions
//! whose code is not nested, and the eval loop then never touches their
//! count. Until the cycle collector exists such functions live until exit.

use std::cell::UnsafeCell;

use crate::bytecode::code::{PyCode, CO_NESTED};
use crate::object::lazy_dict::LazyDict;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::getset::{add_getsets, add_members};
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

pub struct PyFunction {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
    pub defaults: Option<PyRef<PyTuple>>,
    pub kwdefaults: Option<PyRef<PyDict>>,
    pub closure: Option<PyRef<PyTuple>>,
    /// `__dict__`, built on first use (`object::lazy_dict`): most
    /// functions never have one.
    dict: LazyDict,
    /// `__name__`, `__qualname__`, `__module__`, `__doc__`,
    /// `__annotations__` (Null: not set): assignable, so read and written
    /// under the object's lock.
    extras: UnsafeCell<[Value; 5]>,
}

// Indexes into `PyFunction::extras`.
const NAME: usize = 0;
const QUALNAME: usize = 1;
const MODULE: usize = 2;
const DOC: usize = 3;
const ANNOTATIONS: usize = 4;

// SAFETY: `extras` is only touched under the object's lock (`get_extra`,
// `set_extra`) or with the world stopped (traverse); the rest is immutable
// or synchronizes itself.
unsafe impl Sync for PyFunction {}

/// `__module__`, `__doc__` or `__annotations__` (data descriptors on the
/// function type, as CPython's); the annotations dict is made on first
/// read.
fn get_extra<const E: usize>(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = function_arg(v)?;
    let v = f.locked(|| {
        // SAFETY: the object's lock is held.
        let slot = unsafe { &mut (*f.payload.extras.get())[E] };
        if slot.is_null() && E == ANNOTATIONS {
            *slot = PyDict::new_ref().into_value();
        }
        slot.clone()
    });
    Ok(if v.is_null() { Value::None } else { v })
}

/// Assign or (`Value::Null`) delete one of the extras.
fn set_extra<const E: usize>(_vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let f = function_arg(v)?;
    let new = match (E, new) {
        (ANNOTATIONS, n) if !n.is_null() && !n.payload_is::<PyDict>() => {
            return Err(type_error("__annotations__ must be set to a dict object"))
        }
        (NAME | QUALNAME, n) if !n.payload_is::<PyStr>() => {
            let which = if E == NAME {
                "__name__"
            } else {
                "__qualname__"
            };
            return Err(type_error(format!(
                "{which} must be set to a string object"
            )));
        }
        (_, n) => n,
    };
    let old = f.locked(|| {
        // SAFETY: the object's lock is held.
        std::mem::replace(unsafe { &mut (*f.payload.extras.get())[E] }, new)
    });
    // Dropped outside the lock: it may run `__del__`.
    drop(old);
    Ok(())
}

impl Py<PyFunction> {
    /// `__qualname__`, as reprs and call errors name the function.
    pub fn qualname(&self) -> String {
        self.locked(|| {
            // SAFETY: the object's lock is held.
            let v = unsafe { &(*self.payload.extras.get())[QUALNAME] };
            v.downcast::<PyStr>()
                .map_or_else(String::new, |s| s.as_str().to_string())
        })
    }
}

fn function_arg(v: &Value) -> PyResult<&Py<PyFunction>> {
    v.downcast::<PyFunction>()
        .ok_or_else(|| type_error("descriptor requires a 'function' object"))
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
        // SAFETY: the collector traverses with the world stopped.
        for v in unsafe { &*self.extras.get() } {
            visit(v);
        }
        if let Some(d) = self.dict.get() {
            visit(&d.to_value());
        }
    }
}

impl PyFunction {
    /// A function over `code`, named as its code; `extras` holds
    /// `__module__`, `__doc__` and `__annotations__` (Null: not set).
    pub fn new(
        code: PyRef<PyCode>,
        globals: PyRef<PyDict>,
        builtins: PyRef<PyDict>,
        defaults: Option<PyRef<PyTuple>>,
        kwdefaults: Option<PyRef<PyDict>>,
        closure: Option<PyRef<PyTuple>>,
        [module, doc, annotations]: [Value; 3],
    ) -> PyFunction {
        let names = [code.name.to_value(), code.qualname.to_value()];
        PyFunction {
            code,
            globals,
            builtins,
            defaults,
            kwdefaults,
            closure,
            dict: LazyDict::new(),
            extras: UnsafeCell::new([names[0].clone(), names[1].clone(), module, doc, annotations]),
        }
    }

    /// The function's `__dict__`.
    pub fn dict(&self) -> &Py<PyDict> {
        self.dict.get_or_init(PyDict::new_ref)
    }

    /// Should this function's refcount be deferred (top-level code)?
    pub fn wants_deferred(&self) -> bool {
        self.code.flags & CO_NESTED == 0
    }
}

pub fn init(t: &BuiltinTypes) {
    add_members(
        &t.function,
        "function",
        &[
            ("__module__", get_extra::<MODULE>, Some(set_extra::<MODULE>)),
            ("__doc__", get_extra::<DOC>, Some(set_extra::<DOC>)),
        ],
    );
    add_getsets(
        &t.function,
        "function",
        &[
            ("__name__", get_extra::<NAME>, Some(set_extra::<NAME>)),
            (
                "__qualname__",
                get_extra::<QUALNAME>,
                Some(set_extra::<QUALNAME>),
            ),
            (
                "__annotations__",
                get_extra::<ANNOTATIONS>,
                Some(set_extra::<ANNOTATIONS>),
            ),
        ],
    );
}
