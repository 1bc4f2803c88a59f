//! Module objects: a name and a globals dict.

use crate::object::pyref::{PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::{intern, str_value};

pub struct PyModule {
    pub name: String,
    pub dict: PyRef<PyDict>,
}

impl PyPayload for PyModule {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict.to_value());
    }
}

pub fn new_module(name: &str) -> PyRef<PyModule> {
    // Module namespaces live as long as the program (no cycle collector yet)
    // and every frame of the module's functions refers to them: deferred, so
    // frames on any thread take no reference count on them.
    let dict = PyDict::new_ref();
    dict.header.make_deferred();
    dict.set_str(&intern("__name__"), str_value(name));
    dict.set_str(&intern("__doc__"), Value::None);
    let m = PyRef::new_in(PyModule { name: name.to_string(), dict }, &types().module);
    // Every thread reads modules: deferred refcount (PEP 703).
    m.header.make_deferred();
    m
}

/// Before a new thread starts, the values bound to module-level names that
/// this thread owns get deferred refcounts (PEP 703's treatment of the
/// objects every thread reads). Threads typically share exactly these: the
/// configuration object, tables and lookup dicts a program builds at import
/// time. Without this, every load of such a global from a worker thread is
/// an atomic increment and decrement on one contended cache line. A deferred
/// object is reclaimed only by the cycle collector, so one rebound later
/// stays alive until it runs (a documented free-threading difference).
pub fn defer_module_globals() {
    let me = crate::runtime::sync::thread_id();
    for m in crate::vm::state::interp().modules.values() {
        let Some(m) = m.downcast::<PyModule>() else { continue };
        for v in m.dict.values() {
            if let Value::Obj(o) = &v {
                o.header().defer_shared(me);
            }
        }
    }
}

pub fn init(_t: &BuiltinTypes) {}
