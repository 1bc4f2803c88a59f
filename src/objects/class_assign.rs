//! `obj.__class__ = C` and `obj.__dict__ = d` (CPython Objects/typeobject.c
//! `object_set_class`, `compatible_for_assignment`, `subtype_setdict`).
//!
//! `__class__` assignment swaps the header's type pointer. It is allowed
//! only between classes (heap types: builtin types and their instances'
//! immediates are immutable) whose instances have the same layout: the
//! same Rust payload, the same instance-dict / slot storage and the same
//! dict trailer, so the payload is read the same way through either type
//! and freed by the same vtable. Invariants: an instance holds one counted
//! reference to its class (taken for the new class, released for the old);
//! a thread that read the old pointer just before the swap still uses a
//! live type, since classes are deferred objects, freed only by a
//! collection with the world stopped, and the thread reaches no safe point
//! while it uses the pointer.
//! Called by `Vm::generic_setattr`.

use crate::object::pyref::{ObjRef, Py};
use crate::object::typeobj::{PyType, TYPE_DICT_TRAILER, TYPE_HAS_DICT, TYPE_HAS_SLOTS};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::runtime::sync::Ordering;

/// Flags that describe an instance's memory layout.
const LAYOUT_FLAGS: u32 = TYPE_HAS_DICT | TYPE_HAS_SLOTS | TYPE_DICT_TRAILER;

/// Can instances of `a` become instances of `b`? Subclasses of int, tuple
/// and bytes never can: CPython's objects of those types are variable-size
/// and it refuses them, so the same program fails the same way here.
pub(crate) fn same_layout(a: &Py<PyType>, b: &Py<PyType>) -> bool {
    use std::any::TypeId;
    let var_sized = [
        TypeId::of::<crate::objects::int::PyBigInt>(),
        TypeId::of::<crate::objects::tuple::PyTuple>(),
        TypeId::of::<crate::objects::bytes::PyBytes>(),
    ];
    a.is(b)
        || (a.payload.payload_id == b.payload.payload_id
            && !var_sized.contains(&a.payload.payload_id)
            && a.payload.flags & LAYOUT_FLAGS == b.payload.flags & LAYOUT_FLAGS
            && same_slots(a, b))
}

fn same_slots(a: &Py<PyType>, b: &Py<PyType>) -> bool {
    use crate::objects::slots::slot_layout;
    let (sa, sb) = (slot_layout(a), slot_layout(b));
    sa.len() == sb.len() && sa.iter().zip(&sb).all(|(x, y)| x.as_str() == y.as_str())
}

/// `obj.__class__ = value`.
pub fn set_class(obj: &Value, value: &Value) -> PyResult<()> {
    let Some(new) = value.downcast::<PyType>() else {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            value.class().payload.name()
        )));
    };
    let old = obj.class();
    let Value::Obj(o) = obj else {
        return Err(immutable());
    };
    if !new.payload.is_heap_type() || !old.payload.is_heap_type() {
        return Err(immutable());
    }
    if !same_layout(old, new) {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.payload.name, old.payload.name
        )));
    }
    // Instance values are laid out by the old class's keys: move them
    // into a dict first.
    if let Some(i) = o.downcast::<crate::objects::instance::PyInstance>() {
        i.dict();
    }
    std::mem::forget(new.to_ref());
    let old_ptr = o.header().ob_type.swap(
        new as *const Py<PyType> as *mut (),
        // Release: a thread that loads the new pointer sees the class
        // reference taken above.
        Ordering::AcqRel,
    );
    // SAFETY: the swapped-out pointer is the old class, a live heap type
    // on which this instance held one counted reference (taken when it was
    // allocated or when it was assigned); that reference is released here.
    let old_ref = unsafe {
        ObjRef::from_raw(std::ptr::NonNull::new_unchecked(
            old_ptr as *mut crate::object::header::ObjectHeader,
        ))
    };
    drop(old_ref);
    Ok(())
}

fn immutable() -> crate::objects::exception::PyErr {
    type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
}

/// `obj.__dict__ = value` for an object whose dict is `d`: the new
/// dict's items replace the old ones. (CPython rebinds the dict pointer;
/// here the dict is the same object afterwards, so later changes to
/// `value` are not seen through the instance.)
pub fn set_dict(d: &Py<PyDict>, value: &Value) -> PyResult<()> {
    let Some(new) = value.downcast::<PyDict>() else {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            value.class().payload.name()
        )));
    };
    let entries = new.entries();
    d.clear();
    d.extend_new(entries);
    Ok(())
}
