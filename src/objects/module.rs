//! Module objects: a name, a globals dict, and whether the body is still
//! running (CPython's `__spec__._initializing`, read by the import system
//! and by attribute errors: "partially initialized module").

use crate::object::pyref::{PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::{intern, str_value};
use crate::runtime::sync::{AtomicBool, Ordering};

pub struct PyModule {
    pub name: String,
    pub dict: PyRef<PyDict>,
    initializing: AtomicBool,
}

impl PyModule {
    /// Is the module's body running (a circular import sees it partial)?
    pub fn is_initializing(&self) -> bool {
        // Acquire: pairs with the Release in `set_initializing`.
        self.initializing.load(Ordering::Acquire)
    }

    pub fn set_initializing(&self, on: bool) {
        // Release: the body's writes happen before a reader sees `false`.
        self.initializing.store(on, Ordering::Release);
    }
}

impl PyPayload for PyModule {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict.to_value());
    }
}

pub fn new_module(name: &str) -> PyRef<PyModule> {
    // Every frame of the module's functions refers to its namespace:
    // deferred, so frames on any thread count it in their own slots.
    let dict = PyDict::new_ref();
    crate::runtime::deferred::make_deferred(&dict.header);
    dict.set_str(&intern("__name__"), str_value(name));
    dict.set_str(&intern("__doc__"), Value::None);
    let m = PyRef::new_in(
        PyModule {
            name: name.to_string(),
            dict,
            initializing: AtomicBool::new(false),
        },
        &types().module,
    );
    // Every thread reads modules: deferred refcount (PEP 703).
    crate::runtime::deferred::make_deferred(&m.header);
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
///
/// One level down too: the items of a small list, tuple or dict bound to a
/// module-level name (the strings of a shared table of names, say), which
/// threads reading the container would otherwise count on contended lines.
pub fn defer_module_globals() {
    let me = crate::runtime::sync::thread_id();
    for m in crate::vm::state::interp().modules.values() {
        let Some(m) = m.downcast::<PyModule>() else {
            continue;
        };
        for v in m.dict.values() {
            let Value::Obj(o) = &v else { continue };
            if crate::runtime::deferred::defer_shared(o.header(), me) {
                for item in small_container_items(&v) {
                    if let Value::Obj(i) = &item {
                        crate::runtime::deferred::defer_shared(i.header(), me);
                    }
                }
            }
        }
    }
}

/// Containers larger than this keep their items' counts (deferring a big
/// table would pin all of it until the cycle collector runs).
const DEFER_ITEMS_MAX: usize = 1024;

fn small_container_items(v: &Value) -> Vec<Value> {
    use crate::objects::{list::PyList, tuple::PyTuple};
    if let Some(l) = v.downcast::<PyList>() {
        if l.len() <= DEFER_ITEMS_MAX {
            return l.snapshot();
        }
    } else if let Some(t) = v.downcast::<PyTuple>() {
        if t.items.len() <= DEFER_ITEMS_MAX {
            return t.items.to_vec();
        }
    } else if let Some(d) = v.downcast::<PyDict>() {
        if d.len() <= DEFER_ITEMS_MAX {
            return d.items().into_iter().flat_map(|(k, v)| [k, v]).collect();
        }
    }
    Vec::new()
}

/// `types.ModuleType(name, doc=None)`: an empty module (not entered in
/// `sys.modules`).
fn module_new(
    _vm: &mut crate::vm::Vm,
    cls: &crate::object::pyref::Py<crate::object::typeobj::PyType>,
    args: &crate::objects::method::Args,
) -> crate::objects::exception::PyResult<Value> {
    use crate::objects::exception::type_error;
    args.only_kw("module", &["name", "doc"])?;
    let p = args.pos();
    crate::objects::method::check_count("module", p.len() + args.kw().count(), 1, 2)?;
    let name = p
        .first()
        .or(args.kwarg("name"))
        .cloned()
        .unwrap_or_default();
    let Some(n) = name.downcast::<crate::objects::str::PyStr>() else {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            name.class().payload.name()
        )));
    };
    if !std::ptr::eq(cls, &*types().module) {
        return Err(type_error("module subclasses are not supported"));
    }
    let m = new_module(n.as_str());
    if let Some(doc) = p.get(1).or(args.kwarg("doc")) {
        m.dict.set_str(&intern("__doc__"), doc.clone());
    }
    Ok(m.into_value())
}

pub fn init(t: &BuiltinTypes) {
    crate::objects::instance::set_new(&t.module, module_new);
}
