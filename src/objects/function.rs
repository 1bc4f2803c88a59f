//! Python functions: code plus the environment it runs in (globals,
//! builtins, defaults, closure cells).
//!
//! Module-level functions are read by every thread that calls them, so they
//! use deferred reference counting (PEP 703): `MAKE_FUNCTION` marks functions
//! whose code is not nested, and threads then count them in per-thread
//! slots (`runtime::deferred`); the cycle collector frees them.
//!
//! The writable dunders (`__name__`, `__qualname__`, `__module__`,
//! `__doc__`, `__annotations__`) live in `FuncMeta`, guarded by the
//! object's mutex, and are exposed by the getset descriptors of
//! `objects::function_attrs`; the `__dict__` holds only user attributes.

use std::cell::UnsafeCell;

use crate::bytecode::code::{PyCode, CO_NESTED};
use crate::object::lazy_dict::LazyDict;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::runtime::sync::{AtomicPtr, Ordering};

pub struct PyFunction {
    /// The code made with the function; `__code__` assignment repoints
    /// `code_now` (see `code()`), as `__defaults__` does `defaults_now`.
    code: PyRef<PyCode>,
    code_now: AtomicPtr<Py<PyCode>>,
    pub globals: PyRef<PyDict>,
    pub builtins: PyRef<PyDict>,
    /// The defaults made with the function; `__defaults__` assignment
    /// repoints `defaults_now` (see `defaults()`).
    defaults: Option<PyRef<PyTuple>>,
    kwdefaults: Option<PyRef<PyDict>>,
    defaults_now: AtomicPtr<Py<PyTuple>>,
    kwdefaults_now: AtomicPtr<Py<PyDict>>,
    pub closure: Option<PyRef<PyTuple>>,
    /// Function attributes (`__dict__`), built on first use
    /// (`object::lazy_dict`): most functions never have one, and making
    /// one per comprehension or lambda was a dict and a table per call.
    dict: LazyDict,
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
    /// Every `__code__`/`__defaults__`/`__kwdefaults__` value ever
    /// assigned: kept until the function dies, so a pointer a caller
    /// loaded (a frame may still be running an old code) stays valid.
    pub retired: Vec<Value>,
}

// SAFETY: `meta` is only accessed under the object's mutex (or during
// traversal with the world stopped); the `*_now` pointers are atomics to
// objects owned by the function; every other field is immutable.
unsafe impl Sync for PyFunction {}
// SAFETY: all fields hold Send values.
unsafe impl Send for PyFunction {}

impl PyPayload for PyFunction {
    const CONTAINER: bool = true;
    /// Break a garbage cycle through the assignable parts (CPython's
    /// `func_clear`): defaults read as None afterwards. What the fixed
    /// fields hold (code, globals, the defaults made with the function,
    /// closure cells) is broken by its neighbours' clears: cells, dicts.
    fn gc_clear(obj: &Py<Self>) {
        let dropped = obj.with_meta(|m| {
            // The function is garbage: no caller holds a pointer loaded
            // from these, so the retired values may go.
            obj.payload
                .defaults_now
                .store(std::ptr::null_mut(), Ordering::Release);
            obj.payload
                .kwdefaults_now
                .store(std::ptr::null_mut(), Ordering::Release);
            // An assigned `__code__` is in `retired` too: back to the
            // code the function was made with, which it owns.
            let own = &*obj.payload.code as *const Py<PyCode> as *mut Py<PyCode>;
            obj.payload.code_now.store(own, Ordering::Release);
            (
                std::mem::take(&mut m.retired),
                std::mem::replace(&mut m.doc, Value::None),
                std::mem::replace(&mut m.module, Value::None),
                std::mem::replace(&mut m.annotations, Value::Null),
            )
        });
        drop(dropped);
    }
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
        if let Some(d) = self.dict.get() {
            visit(&d.to_value());
        }
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        let m = unsafe { &*self.meta.get() };
        visit(&m.module);
        visit(&m.doc);
        visit(&m.annotations);
        m.retired.iter().for_each(visit);
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
            retired: Vec::new(),
        };
        PyFunction {
            code_now: AtomicPtr::new(&*p.code as *const Py<PyCode> as *mut Py<PyCode>),
            code: p.code,
            globals: p.globals,
            builtins: p.builtins,
            defaults_now: AtomicPtr::new(ptr_of(&p.defaults)),
            kwdefaults_now: AtomicPtr::new(ptr_of(&p.kwdefaults)),
            defaults: p.defaults,
            kwdefaults: p.kwdefaults,
            closure: p.closure,
            dict: LazyDict::new(),
            meta: UnsafeCell::new(meta),
        }
    }

    /// `__code__`: one Acquire load, paired with the Release store of
    /// `set_code`, so the code's contents are visible to the caller.
    #[inline]
    pub fn code(&self) -> &Py<PyCode> {
        // SAFETY: the pointer names a code object owned by `self.code` or
        // `meta.retired`, which live as long as `self`; never null.
        unsafe { &*self.code_now.load(Ordering::Acquire) }
    }

    /// `__defaults__` (None when absent).
    #[inline]
    pub fn defaults(&self) -> Option<&Py<PyTuple>> {
        // SAFETY: the pointer is null or names a tuple owned by
        // `self.defaults` or `meta.retired`, which live as long as `self`.
        unsafe { self.defaults_now.load(Ordering::Acquire).as_ref() }
    }

    /// `__kwdefaults__` (None when absent).
    #[inline]
    pub fn kwdefaults(&self) -> Option<&Py<PyDict>> {
        // SAFETY: as in `defaults`.
        unsafe { self.kwdefaults_now.load(Ordering::Acquire).as_ref() }
    }

    /// Should this function's refcount be deferred (top-level code)?
    /// The function's `__dict__`.
    pub fn dict(&self) -> &Py<PyDict> {
        self.dict.get_or_init(PyDict::new_ref)
    }

    pub fn wants_deferred(&self) -> bool {
        self.code().flags & CO_NESTED == 0
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

    /// Assign `__code__` (the caller checked the free-variable count).
    pub fn set_code(&self, v: PyRef<PyCode>) {
        self.repoint(&self.payload.code_now, Some(v));
    }

    /// Assign `__defaults__` (`None` removes them).
    pub fn set_defaults(&self, v: Option<PyRef<PyTuple>>) {
        self.repoint(&self.payload.defaults_now, v);
    }

    /// Assign `__kwdefaults__` (`None` removes them).
    pub fn set_kwdefaults(&self, v: Option<PyRef<PyDict>>) {
        self.repoint(&self.payload.kwdefaults_now, v);
    }

    /// Point `slot` at `v`, retiring `v` into the function so a pointer
    /// loaded before the next assignment stays valid until the function
    /// dies (an object already retired is not kept twice, so swapping
    /// between two values does not grow the list). The Release store
    /// pairs with the Acquire loads of the readers.
    fn repoint<T: PyPayload>(&self, slot: &AtomicPtr<Py<T>>, v: Option<PyRef<T>>) {
        let p = ptr_of(&v);
        self.with_meta(|m| {
            if let Some(v) = v.map(|r| r.into_value()) {
                if !m.retired.iter().any(|r| r.is(&v)) {
                    m.retired.push(v);
                }
            }
            slot.store(p, Ordering::Release);
        });
    }
}

fn ptr_of<T>(r: &Option<PyRef<T>>) -> *mut Py<T> {
    r.as_deref()
        .map_or(std::ptr::null_mut(), |p| p as *const Py<T> as *mut Py<T>)
}

pub fn init(_t: &BuiltinTypes) {
    crate::objects::function_attrs::init();
}
