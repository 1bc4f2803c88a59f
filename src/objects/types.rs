//! Start-up of the builtin type table.
//!
//! Bootstrapping breaks three cycles: `type` is its own type, `object` is a
//! type, and every type owns a `dict` whose type is `dict`. The first objects
//! (those three types and their dicts) are created with a null type pointer
//! and patched once `type` and `dict` exist; every later object is ordinary.
//! Then each builtin type file's `init` fills its type's method table.

use std::sync::Mutex;

use crate::object::header::ObjectHeader;
use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{
    install_types, types, BuiltinTypes, PyType, TYPE_BASETYPE, TYPE_SUBCLASS_DICT,
};
use crate::objects::dict::PyDict;
use crate::objects::{
    cell, descriptor, exc_group, exception, float, function, instance, int, iter, list, method,
    module, none, range, set, slice, str_methods, super_, thread_lock, tuple, type_,
};
use crate::runtime::sync::{AtomicPtr, Ordering};

static TYPE_TYPE: AtomicPtr<Py<PyType>> = AtomicPtr::new(std::ptr::null_mut());
static DICT_TYPE: AtomicPtr<Py<PyType>> = AtomicPtr::new(std::ptr::null_mut());
static OBJECT_TYPE: AtomicPtr<Py<PyType>> = AtomicPtr::new(std::ptr::null_mut());

struct Unpatched(*const ObjectHeader, bool);
// SAFETY: only used by the start-up thread before any other thread exists.
unsafe impl Send for Unpatched {}
static UNPATCHED: Mutex<Vec<Unpatched>> = Mutex::new(Vec::new());

/// `type`, usable during start-up.
pub fn type_type() -> *const Py<PyType> {
    TYPE_TYPE.load(Ordering::Relaxed)
}

/// `dict`, usable during start-up.
#[inline]
pub fn dict_type() -> &'static Py<PyType> {
    let p = DICT_TYPE.load(Ordering::Relaxed);
    debug_assert!(!p.is_null());
    // SAFETY: set once at start-up to an immortal type object.
    unsafe { &*p }
}

pub fn object_type_during_init() -> PyRef<PyType> {
    // SAFETY: set at start-up to an immortal type object before any caller.
    unsafe { &*OBJECT_TYPE.load(Ordering::Relaxed) }.to_ref()
}

/// A new empty dict, even before the `dict` type exists.
pub fn boot_dict() -> PyRef<PyDict> {
    if !DICT_TYPE.load(Ordering::Relaxed).is_null() {
        return PyDict::new_ref();
    }
    let d = PyRef::new_raw(PyDict::new(), std::ptr::null());
    d.header.make_immortal();
    UNPATCHED.lock().unwrap().push(Unpatched(&d.header, false));
    d
}

/// A builtin type made on first use rather than in `BuiltinTypes` (an
/// iterator such as `list_reverseiterator`): a subclass of `object`
/// holding payload `T`, with native `methods`.
pub fn lazy_native_type<T: crate::object::PyPayload>(
    name: &str,
    methods: &[(&'static str, crate::objects::method::NativeFn)],
) -> PyRef<PyType> {
    let t = PyType::for_payload::<T>(name, Some(types().object.clone()), 0);
    let t = new_static_type(t);
    crate::objects::method::add_methods(&t, methods);
    t
}

/// An immortal type object (builtin types, exception types).
pub fn new_static_type(ty: PyType) -> PyRef<PyType> {
    let tt = TYPE_TYPE.load(Ordering::Relaxed);
    let obj = PyRef::new_raw(ty, tt as *const ());
    obj.header.make_immortal();
    crate::objects::type_::register_subclass(&obj);
    if tt.is_null() {
        UNPATCHED.lock().unwrap().push(Unpatched(&obj.header, true));
    }
    obj
}

/// A builtin that may be subclassed, whose subclasses' instances get a
/// `__dict__` (`object::with_dict`).
const SUBCLASSABLE: u32 = TYPE_BASETYPE | TYPE_SUBCLASS_DICT;

fn builtin<T: crate::object::PyPayload>(
    name: &str,
    base: &PyRef<PyType>,
    flags: u32,
) -> PyRef<PyType> {
    new_static_type(PyType::for_payload::<T>(name, Some(base.clone()), flags))
}

/// Create every builtin type and install the table. Idempotent.
pub fn init() {
    if !TYPE_TYPE.load(Ordering::Relaxed).is_null() {
        return;
    }
    use crate::object::typeobj::TYPE_HAS_DICT;
    let object = new_static_type(PyType::for_payload::<instance::PyInstance>(
        "object",
        None,
        TYPE_BASETYPE,
    ));
    OBJECT_TYPE.store(&*object as *const _ as *mut _, Ordering::Relaxed);
    let type_ = builtin::<PyType>("type", &object, TYPE_BASETYPE);
    let dict = builtin::<PyDict>("dict", &object, SUBCLASSABLE);
    TYPE_TYPE.store(&*type_ as *const _ as *mut _, Ordering::Relaxed);
    DICT_TYPE.store(&*dict as *const _ as *mut _, Ordering::Relaxed);
    for u in UNPATCHED.lock().unwrap().drain(..) {
        let target = if u.1 { &*type_ } else { &*dict };
        // SAFETY: the start-up objects are immortal and not yet shared.
        unsafe { &*u.0 }
            .ob_type
            .store(target as *const Py<PyType> as *mut (), Ordering::Relaxed);
    }
    let int = builtin::<int::PyBigInt>("int", &object, SUBCLASSABLE);
    let t = BuiltinTypes {
        none: builtin::<none::PyNone>("NoneType", &object, 0),
        not_implemented: builtin::<none::PyNotImplemented>("NotImplementedType", &object, 0),
        ellipsis: builtin::<none::PyEllipsis>("ellipsis", &object, 0),
        bool_: builtin::<int::PyBigInt>("bool", &int, 0),
        float: builtin::<float::PyFloat>("float", &object, SUBCLASSABLE),
        complex: builtin::<crate::objects::complex::PyComplex>("complex", &object, SUBCLASSABLE),
        str: builtin::<crate::objects::str::PyStr>("str", &object, SUBCLASSABLE),
        bytes: builtin::<crate::objects::bytes::PyBytes>("bytes", &object, SUBCLASSABLE),
        tuple: builtin::<tuple::PyTuple>("tuple", &object, SUBCLASSABLE),
        list: builtin::<list::PyList>("list", &object, SUBCLASSABLE),
        set: builtin::<set::PySet>("set", &object, SUBCLASSABLE),
        frozenset: builtin::<set::PySet>("frozenset", &object, SUBCLASSABLE),
        range: builtin::<range::PyRange>("range", &object, 0),
        slice: builtin::<slice::PySlice>("slice", &object, 0),
        function: builtin::<function::PyFunction>("function", &object, 0),
        builtin_function: builtin::<method::PyBuiltinFunction>(
            "builtin_function_or_method",
            &object,
            0,
        ),
        method_descriptor: builtin::<method::PyMethodDescr>("method_descriptor", &object, 0),
        bound_method: builtin::<method::PyBoundMethod>("method", &object, 0),
        code: builtin::<crate::bytecode::code::PyCode>("code", &object, 0),
        cell: builtin::<cell::PyCell>("cell", &object, 0),
        module: builtin::<module::PyModule>("module", &object, TYPE_BASETYPE),
        property: builtin::<descriptor::PyProperty>("property", &object, TYPE_BASETYPE),
        staticmethod: builtin::<descriptor::PyStaticMethod>("staticmethod", &object, TYPE_BASETYPE),
        classmethod: builtin::<descriptor::PyClassMethod>("classmethod", &object, TYPE_BASETYPE),
        super_: builtin::<super_::PySuper>("super", &object, TYPE_BASETYPE),
        iterator: builtin::<iter::PySeqIter>("iterator", &object, 0),
        list_iterator: builtin::<iter::PyListIter>("list_iterator", &object, 0),
        tuple_iterator: builtin::<iter::PyTupleIter>("tuple_iterator", &object, 0),
        range_iterator: builtin::<iter::PyRangeIter>("range_iterator", &object, 0),
        str_iterator: builtin::<iter::PyStrIter>("str_ascii_iterator", &object, 0),
        dict_keyiterator: builtin::<iter::PyDictIter>("dict_keyiterator", &object, 0),
        dict_valueiterator: builtin::<iter::PyDictIter>("dict_valueiterator", &object, 0),
        dict_itemiterator: builtin::<iter::PyDictIter>("dict_itemiterator", &object, 0),
        set_iterator: builtin::<set::PySetIter>("set_iterator", &object, 0),
        dict_keys: builtin::<iter::PyDictView>("dict_keys", &object, 0),
        dict_values: builtin::<iter::PyDictView>("dict_values", &object, 0),
        dict_items: builtin::<iter::PyDictView>("dict_items", &object, 0),
        enumerate: builtin::<iter::PyEnumerate>("enumerate", &object, TYPE_BASETYPE),
        zip: builtin::<iter::PyZip>("zip", &object, TYPE_BASETYPE),
        map: builtin::<iter::PyMap>("map", &object, TYPE_BASETYPE),
        filter: builtin::<iter::PyFilter>("filter", &object, TYPE_BASETYPE),
        reversed: builtin::<iter::PyListIter>("reversed", &object, TYPE_BASETYPE),
        callable_iterator: builtin::<iter::PyCallableIter>("callable_iterator", &object, 0),
        lock: builtin::<thread_lock::PyLock>("lock", &object, 0),
        instance: builtin::<instance::PyInstance>("instance", &object, TYPE_HAS_DICT),
        exceptions: exception::ExceptionTypes::create(),
        int,
        dict,
        type_,
        object,
    };
    install_types(t);
    let t = types();
    crate::objects::wrapper_descr::init();
    type_::init(t);
    instance::init(t);
    none::init(t);
    int::init(t);
    float::init(t);
    crate::objects::complex::init(t);
    str_methods::init(t);
    crate::objects::bytes::init(t);
    tuple::init(t);
    list::init(t);
    crate::objects::dict_methods::init(t);
    crate::objects::dict_merge::init(t);
    crate::objects::container_cmp::init(t);
    crate::objects::iter_hint::init(t);
    set::init(t);
    range::init(t);
    slice::init(t);
    function::init(t);
    crate::objects::function_new::init(t);
    crate::objects::code_methods::init(t);
    method::init(t);
    cell::init(t);
    module::init(t);
    descriptor::init(t);
    super_::init(t);
    iter::init(t);
    crate::objects::dict_view::init(t);
    thread_lock::init(t);
    exception::init(t);
    exc_group::init(t);
    crate::objects::getset::init(t);
    crate::objects::traceback::init(t);
    crate::objects::slot_wrappers::init(t);
    crate::objects::generic_alias::init(t);
    crate::modules::introspect::init_code_type(t);
}
