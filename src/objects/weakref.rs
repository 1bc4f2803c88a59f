//! Weak references: `weakref.ReferenceType` (`weakref.ref`) and the payload
//! of proxies (CPython Objects/weakrefobject.c).
//!
//! A weak reference is a `PyWeakRef`: a `WeakSlot` (the referent's address,
//! null once it died), an optional callback, a cached hash and, for
//! instances of Python subclasses (`KeyedRef`, `WeakMethod`), a `__dict__`.
//! The weak references to an object are listed in `runtime::weakref`'s
//! sharded table in CPython's order: the basic reference (exact `ref`, no
//! callback) first, then the basic proxy, then the others newest first.
//! `ref(o)` without a callback returns the basic reference if there is one.
//!
//! Dereferencing (`wr()`) goes through `WeakSlot::upgrade`, which is safe
//! against the referent's last reference being dropped on another thread
//! (see `runtime::weakref`). When the referent is deallocated
//! (`clear_weakrefs`, from `vm::finalize::before_dealloc`) every slot is
//! cleared at once, and the callbacks of the weak references that are still
//! alive are queued to run as finalizers (`vm::finalize`), in list order.
//!
//! Proxies share the payload; their type is `weakref.ProxyType` /
//! `CallableProxyType`, Python classes of the bundled `weakref` module
//! derived from `_weakref._ProxyBase`, whose methods forward every
//! operation to the referent (`_weakref._deref`). Which objects may be
//! weakly referenced follows CPython's `tp_weaklistoffset` (`weakrefable`).

use std::ptr::NonNull;
use std::sync::OnceLock;

use crate::object::header::ObjectHeader;
use crate::object::pyref::{ObjRef, Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType, TYPE_BASETYPE};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, type_error, ExcKind, PyErr, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::str_value;
use crate::runtime::refcount;
use crate::runtime::sync::{AtomicI64, Mutex, Ordering};
use crate::runtime::weakref::{WeakRegistry, WeakSlot};
use crate::vm::Vm;

/// `hash` not computed yet (a real hash is never -1).
const HASH_UNSET: i64 = -1;

pub struct PyWeakRef {
    slot: WeakSlot,
    /// The callback (`Null` when none, or once it has been taken to run).
    callback: Mutex<Value>,
    hash: AtomicI64,
    /// A proxy (`_ProxyBase` subclass) rather than a reference.
    proxy: bool,
    /// Created without a callback as an exact `ref` or a plain proxy: the
    /// one `ref(o)` / `proxy(o)` hands out again.
    basic: bool,
    /// Attributes of instances of Python subclasses.
    pub dict: Option<PyRef<PyDict>>,
}

impl PyPayload for PyWeakRef {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.callback.lock());
        if let Some(d) = &self.dict {
            visit(&d.to_value());
        }
    }
}

impl Drop for PyWeakRef {
    fn drop(&mut self) {
        let payload_offset = std::mem::offset_of!(Py<PyWeakRef>, payload);
        let me = self as *const PyWeakRef as usize - payload_offset;
        registry().unlist(&self.slot, me);
    }
}

/// The process-wide table of weak-reference lists.
pub fn registry() -> &'static WeakRegistry {
    static REG: OnceLock<WeakRegistry> = OnceLock::new();
    REG.get_or_init(WeakRegistry::new)
}

/// A listed weak reference from its table entry.
///
/// # Safety
/// `entry` comes from the table and the caller holds the shard lock, so
/// the weak reference has not finished its deallocation (`unlist`).
unsafe fn entry_ref<'a>(entry: usize) -> &'a Py<PyWeakRef> {
    // SAFETY: entries are addresses of `Py<PyWeakRef>` objects; see above.
    unsafe { &*(entry as *const Py<PyWeakRef>) }
}

// ===== Types =====

/// `weakref.ReferenceType`.
pub fn ref_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type("ReferenceType", "weakref.ReferenceType");
        crate::objects::instance::set_new(&t, ref_new);
        add_methods(
            &t,
            &[
                ("__init__", ref_init),
                ("__call__", ref_call),
                ("__hash__", ref_hash),
                ("__eq__", ref_eq),
                ("__ne__", ref_ne),
                ("__repr__", ref_repr),
            ],
        );
        crate::objects::getset::add_members(
            &t,
            "ReferenceType",
            &[("__callback__", get_callback, None)],
        );
        t
    })
}

/// `_weakref._ProxyBase`: the payload side of `weakref.ProxyType`.
pub fn proxy_base_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| new_type("_ProxyBase", "_weakref._ProxyBase"))
}

fn new_type(name: &str, qualname: &str) -> PyRef<PyType> {
    let mut t = PyType::for_payload::<PyWeakRef>(name, Some(types().object.clone()), TYPE_BASETYPE);
    t.qualname = crate::object::type_name::TypeName::new(qualname);
    crate::objects::types::new_static_type(t)
}

// ===== Weak referenceability =====

/// May `v` be weakly referenced? CPython: the type has a weak-list slot.
pub fn weakrefable(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    let ty = o.class();
    if let Some(w) = o.downcast::<PyWeakRef>() {
        // Proxies and `ref` itself have no weak-list slot; Python
        // subclasses of `ref` (WeakMethod) get one.
        return !w.payload.proxy && ty.payload.is_heap_type();
    }
    if ty.payload.is_heap_type() {
        return heap_weakrefable(ty);
    }
    let t = types();
    use crate::objects::method::{PyBoundMethod, PyBuiltinFunction};
    o.payload_is::<crate::objects::function::PyFunction>()
        || o.payload_is::<PyType>()
        || o.payload_is::<crate::objects::set::PySet>()
        || o.payload_is::<crate::vm::generator::PyGenerator>()
        || o.payload_is::<crate::vm::coroutine::PyCoroutine>()
        || o.payload_is::<crate::vm::async_gen::PyAsyncGen>()
        || o.payload_is::<PyBoundMethod>()
        || o.payload_is::<PyBuiltinFunction>()
        || o.payload_is::<crate::bytecode::code::PyCode>()
        || o.payload_is::<crate::objects::module::PyModule>()
        || o.payload_is::<crate::objects::thread_lock::PyLock>()
        || ty.is(&t.property)
}

/// Are instances of `ty` weakly referenceable (CPython: a nonzero
/// `tp_weaklistoffset`)?
pub fn type_weakrefable(ty: &Py<PyType>) -> bool {
    if ty.payload.is_heap_type() {
        return heap_weakrefable(ty);
    }
    ty.payload.payload_id == std::any::TypeId::of::<crate::objects::set::PySet>()
}

/// Instances of a Python class are weakly referenceable unless every class
/// in its MRO up to its builtin base declares `__slots__` without
/// `__weakref__` (then the base decides: only sets have a weak list), or
/// the builtin base is variable-sized (int, tuple, bytes).
fn heap_weakrefable(ty: &Py<PyType>) -> bool {
    let t = types();
    let solid = std::iter::once(ty)
        .chain(ty.payload.mro.iter().map(|c| &**c))
        .find(|c| !c.payload.is_heap_type())
        .unwrap_or(&t.object);
    if solid.is(&t.int) || solid.is(&t.tuple) || solid.is(&t.bytes) {
        return false;
    }
    let slots = crate::objects::str::intern("__slots__");
    let mut all_slotted = true;
    for c in std::iter::once(ty).chain(ty.payload.mro.iter().map(|c| &**c)) {
        if !c.payload.is_heap_type() {
            break;
        }
        match c.payload.dict.get_str(&slots) {
            None => all_slotted = false,
            Some(s) => {
                if slots_name_weakref(&s) {
                    return true;
                }
            }
        }
    }
    !all_slotted || solid.payload.payload_id == std::any::TypeId::of::<crate::objects::set::PySet>()
}

fn slots_name_weakref(s: &Value) -> bool {
    use crate::objects::str::PyStr;
    let is_weak = |v: &Value| {
        v.downcast::<PyStr>()
            .is_some_and(|s| s.as_str() == "__weakref__")
    };
    if is_weak(s) {
        return true;
    }
    if let Some(t) = s.downcast::<crate::objects::tuple::PyTuple>() {
        return t.items.iter().any(is_weak);
    }
    if let Some(l) = s.downcast::<crate::objects::list::PyList>() {
        return l.snapshot().iter().any(is_weak);
    }
    false
}

fn not_weakrefable(v: &Value) -> PyErr {
    let ty = v.class();
    let name = match v.downcast::<PyWeakRef>() {
        Some(w) if w.payload.proxy => format!("weakref.{}", ty.payload.name),
        _ if ty.payload.is_heap_type() => ty.payload.name.to_string(),
        _ => ty.payload.qualname.to_string(),
    };
    type_error(format!("cannot create weak reference to '{name}' object"))
}

// ===== Creation, dereference, clearing =====

/// A weak reference (or proxy, when `cls` derives from `_ProxyBase`) of
/// type `cls` to `obj`, reusing the basic one as CPython does.
pub fn new_weakref(cls: &Py<PyType>, obj: &Value, callback: Value) -> PyResult<Value> {
    if !weakrefable(obj) {
        return Err(not_weakrefable(obj));
    }
    let Value::Obj(o) = obj else {
        return Err(not_weakrefable(obj));
    };
    let callback = if callback.is_none() {
        Value::Null
    } else {
        callback
    };
    let proxy = cls.is_subtype(proxy_base_type());
    let basic = callback.is_null() && (proxy || cls.is(ref_type()));
    let dict = cls.payload.is_heap_type() && !proxy;
    let made = registry().attach(o.header(), |list| {
        let is_basic = |e: usize, p: bool| {
            // SAFETY: `attach` holds the shard lock while this runs.
            let w = unsafe { entry_ref(e) };
            w.payload.basic && w.payload.proxy == p
        };
        let basic_ref = list.first().copied().filter(|&e| is_basic(e, false));
        let proxy_at = usize::from(basic_ref.is_some());
        let basic_proxy = list.get(proxy_at).copied().filter(|&e| is_basic(e, true));
        if basic {
            let existing = if proxy { basic_proxy } else { basic_ref };
            if let Some(e) = existing {
                // SAFETY: `attach` holds the shard lock while this runs.
                let w = unsafe { entry_ref(e) };
                // A dying basic reference (count zero, its deallocation
                // waiting for this lock) is not handed out again.
                if refcount::try_incref(&w.header) {
                    // SAFETY: try_incref took the reference we hand over.
                    return Ok(unsafe { ObjRef::from_raw(NonNull::from(&w.header)) });
                }
            }
        }
        let w = PyRef::new_in(
            PyWeakRef {
                slot: WeakSlot::new(o.header()),
                callback: Mutex::new(callback),
                hash: AtomicI64::new(HASH_UNSET),
                proxy,
                basic,
                dict: dict.then(PyDict::new_ref),
            },
            cls,
        );
        // The table's entry lets other threads try_incref it.
        refcount::set_maybe_weakref(&w.header);
        let entry = w.as_ptr() as usize;
        let at = if basic && !proxy {
            0
        } else if basic {
            proxy_at
        } else {
            proxy_at + usize::from(basic_proxy.is_some())
        };
        list.insert(at.min(list.len()), entry);
        Err(w.into_obj())
    });
    Ok(Value::Obj(match made {
        Ok(reused) | Err(reused) => reused,
    }))
}

impl Py<PyWeakRef> {
    /// The referent as a new strong reference, if it is alive.
    pub fn upgrade(&self) -> Option<Value> {
        let p = self.payload.slot.upgrade(registry())?;
        // SAFETY: `upgrade` took a reference for us.
        Some(Value::Obj(unsafe { ObjRef::from_raw(p) }))
    }

    pub fn is_proxy(&self) -> bool {
        self.payload.proxy
    }
}

/// The referent at `ptr` is being deallocated: clear every weak reference
/// to it and queue the callbacks of those still alive (`vm::finalize`).
pub fn clear_weakrefs(ptr: NonNull<ObjectHeader>) {
    let mut calls: Vec<(ObjRef, Value)> = Vec::new();
    let callbacks = crate::vm::finalize::weakref_callbacks_enabled();
    registry().clear_referent(ptr.as_ptr() as usize, |e| {
        // SAFETY: `clear_referent` holds the shard lock.
        let w = unsafe { entry_ref(e) };
        w.payload.slot.clear_locked();
        let mut cb = w.payload.callback.lock();
        if !cb.is_null() && callbacks && refcount::try_incref(&w.header) {
            let cb = std::mem::take(&mut *cb);
            // SAFETY: try_incref took the reference we keep.
            calls.push((unsafe { ObjRef::from_raw(NonNull::from(&w.header)) }, cb));
        }
    });
    for (w, cb) in calls {
        crate::vm::finalize::defer(Box::new(move |vm: &mut Vm| {
            let wv = Value::Obj(w);
            if let Err(e) = vm.call(&cb, &[wv]) {
                let what = vm.repr(&cb).map(|s| s.as_str().to_string());
                vm.write_unraisable(&e, &what.unwrap_or_default());
            }
        }));
    }
}

/// Number of weak references and proxies to `obj`.
pub fn weakref_count(obj: &Value) -> usize {
    match obj {
        Value::Obj(o) => registry().with_list(o.as_ptr() as usize, |l| l.map_or(0, |l| l.len())),
        _ => 0,
    }
}

/// The live weak references and proxies to `obj`, in list order.
pub fn weakrefs_of(obj: &Value) -> Vec<Value> {
    let Value::Obj(o) = obj else {
        return Vec::new();
    };
    registry().with_list(o.as_ptr() as usize, |l| {
        l.into_iter()
            .flatten()
            .filter_map(|&e| {
                // SAFETY: `with_list` holds the shard lock.
                let w = unsafe { entry_ref(e) };
                refcount::try_incref(&w.header).then(|| {
                    // SAFETY: try_incref took the reference.
                    Value::Obj(unsafe { ObjRef::from_raw(NonNull::from(&w.header)) })
                })
            })
            .collect()
    })
}

// ===== ReferenceType methods =====

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyWeakRef>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyWeakRef>())
        .ok_or_else(|| type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// The (ob, callback) arguments of `ref.__new__` / `__init__`.
fn ref_args<'a>(args: &Args<'a>, skip: usize) -> PyResult<(&'a Value, Value)> {
    if args.has_kw() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let p = &args.pos()[skip.min(args.pos().len())..];
    match p.len() {
        0 => Err(type_error("__new__ expected at least 1 argument, got 0")),
        1 | 2 => Ok((&p[0], p.get(1).cloned().unwrap_or(Value::None))),
        n => Err(type_error(format!(
            "__new__ expected at most 2 arguments, got {n}"
        ))),
    }
}

fn ref_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let (obj, cb) = ref_args(args, 0)?;
    new_weakref(cls, obj, cb)
}

fn ref_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    ref_args(args, 1)?;
    Ok(Value::None)
}

fn ref_call(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let w = this(args)?;
    if args.pos().len() > 1 || args.has_kw() {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.pos().len() - 1
        )));
    }
    Ok(w.upgrade().unwrap_or(Value::None))
}

/// `hash(wr)`: the referent's hash, remembered after the referent dies.
pub fn weak_hash(vm: &mut Vm, w: &Py<PyWeakRef>) -> PyResult<i64> {
    let h = w.payload.hash.load(Ordering::Relaxed);
    if h != HASH_UNSET {
        return Ok(h);
    }
    let obj = w
        .upgrade()
        .ok_or_else(|| type_error("weak object has gone away"))?;
    let h = vm.hash(&obj)?;
    w.payload.hash.store(h, Ordering::Relaxed);
    Ok(h)
}

fn ref_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let w = this(args)?;
    weak_hash(vm, w).map(Value::Int)
}

/// `==` / `!=`: the referents' comparison when both are alive, else
/// identity (CPython's `weakref_richcompare`).
fn ref_compare(vm: &mut Vm, args: &Args, eq: bool) -> PyResult<Value> {
    let w = this(args)?;
    let Some(other) = args.pos().get(1).and_then(|v| v.downcast::<PyWeakRef>()) else {
        return Ok(crate::objects::none::not_implemented());
    };
    match (w.upgrade(), other.upgrade()) {
        (Some(a), Some(b)) => {
            let op = if eq { 2 } else { 3 };
            vm.rich_compare(&a, &b, op)
        }
        _ => Ok(Value::Bool(std::ptr::eq(w, other) == eq)),
    }
}

fn ref_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ref_compare(vm, args, true)
}

fn ref_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    ref_compare(vm, args, false)
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let w = this(args)?;
    let me = w.as_ptr();
    let Some(obj) = w.upgrade() else {
        return Ok(str_value(format!("<weakref at {me:p}; dead>")));
    };
    let ty = obj.class();
    let tname = if ty.payload.is_heap_type() {
        ty.payload.name.to_string()
    } else {
        ty.payload.qualname.to_string()
    };
    let addr = obj.as_obj().map_or(std::ptr::null(), |o| o.as_ptr());
    let name = match vm.get_attr_str(&obj, "__name__") {
        Ok(n) => n
            .downcast::<crate::objects::str::PyStr>()
            .map(|s| s.as_str().to_string()),
        Err(_) => None,
    };
    Ok(str_value(match name {
        Some(n) => format!("<weakref at {me:p}; to '{tname}' at {addr:p} ({n})>"),
        None => format!("<weakref at {me:p}; to '{tname}' at {addr:p}>"),
    }))
}

fn get_callback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = v
        .downcast::<PyWeakRef>()
        .ok_or_else(|| type_error("descriptor requires a 'weakref.ReferenceType' object"))?;
    let cb = w.payload.callback.lock().clone();
    Ok(if cb.is_null() { Value::None } else { cb })
}

/// The referent of a proxy, or ReferenceError.
pub fn proxy_referent(v: &Value) -> PyResult<Value> {
    let w = v
        .downcast::<PyWeakRef>()
        .ok_or_else(|| type_error("a weak proxy is required"))?;
    w.upgrade().ok_or_else(|| {
        new_error(
            ExcKind::ReferenceError,
            "weakly-referenced object no longer exists",
        )
    })
}
