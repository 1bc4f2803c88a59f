//! `C.__bases__ = (...)` and a metaclass's `mro()` (CPython
//! Objects/typeobject.c `type_set_bases`, `mro_hierarchy`, `mro_internal`).
//!
//! Assigning `__bases__` keeps the class's instance layout: the new best
//! base must free and lay out instances as the old one does (the checks of
//! `__class__` assignment, `class_assign::same_layout`, plus CPython's
//! "deallocator differs" between garbage-collected and plain types). Then
//! the MRO of the class and of every class that inherits from it is
//! recomputed, bases before subclasses; a failure (an inconsistent MRO, a
//! metaclass `mro()` raising) puts every list back as it was. The lists
//! are `object::type_list::TypeList`s, replaced while readers may hold
//! the old ones; the subclass registry moves the class to its new bases,
//! and `type_modified` retires the attribute caches of the whole subtree.
//!
//! A metaclass that overrides `mro()` is called for the MRO, when the
//! class is created and whenever its bases change. Its result becomes
//! `__mro__`; the representation keeps the class itself out of the stored
//! list, so a result that does not start with the class gets the class put
//! first anyway (CPython would store it as returned).

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{type_modified, types, PyType, TYPE_HEAP};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::instance::PyInstance;
use crate::objects::str::intern;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

/// The base whose instance layout a class with `bases` inherits: the
/// first that is not a plain-object class, else the first (as
/// `type_::new_heap_type` picks it).
pub fn best_base(bases: &[PyRef<PyType>]) -> Option<&PyRef<PyType>> {
    let plain = std::any::TypeId::of::<PyInstance>();
    bases
        .iter()
        .find(|b| b.payload.payload_id != plain)
        .or(bases.first())
}

/// Are instances of `t` freed through the cycle collector's allocator
/// path? (CPython: `tp_free` is `PyObject_GC_Del`.) Classes always are;
/// of the builtins, only the ones that cannot hold references are not.
fn gc_freed(t: &Py<PyType>) -> bool {
    use std::any::TypeId;
    let plain = [
        TypeId::of::<PyInstance>(),
        TypeId::of::<crate::objects::int::PyBigInt>(),
        TypeId::of::<crate::objects::float::PyFloat>(),
        TypeId::of::<crate::objects::str::PyStr>(),
        TypeId::of::<crate::objects::bytes::PyBytes>(),
        TypeId::of::<crate::objects::complex::PyComplex>(),
    ];
    t.payload.flags & TYPE_HEAP != 0 || !plain.contains(&t.payload.payload_id)
}

/// CPython's `compatible_for_assignment(old, new, "__bases__")`.
fn check_compatible(old: &Py<PyType>, new: &Py<PyType>) -> PyResult<()> {
    if gc_freed(old) != gc_freed(new) {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            new.payload.name, old.payload.name
        )));
    }
    let same = old.is(new)
        || (old.payload.payload_id == new.payload.payload_id
            && crate::objects::class_assign::same_layout(old, new));
    if !same {
        return Err(type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            new.payload.name, old.payload.name
        )));
    }
    Ok(())
}

/// Check the value assigned to `t.__bases__`: the new bases.
fn new_bases(t: &Py<PyType>, value: &Value) -> PyResult<Vec<PyRef<PyType>>> {
    let name = &t.payload.name;
    let Some(tuple) = value.downcast::<PyTuple>() else {
        return Err(type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            value.class().payload.name()
        )));
    };
    if tuple.items.is_empty() {
        return Err(type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    let mut out = Vec::with_capacity(tuple.items.len());
    for item in tuple.items.iter() {
        let Some(b) = item.downcast::<PyType>() else {
            return Err(type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                item.class().payload.name()
            )));
        };
        if b.is_subtype(t) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        if out.iter().any(|o: &PyRef<PyType>| (**o).is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                b.payload.name
            )));
        }
        out.push(b.to_ref());
    }
    Ok(out)
}

/// `t.__bases__ = value`.
pub fn set_bases(vm: &mut Vm, t: &Py<PyType>, value: &Value) -> PyResult<()> {
    let bases = new_bases(t, value)?;
    let best = best_base(&bases).expect("non-empty bases");
    if bases.iter().any(|b| {
        b.payload.payload_id != std::any::TypeId::of::<PyInstance>()
            && b.payload.payload_id != best.payload.payload_id
    }) {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let old_bases = t.payload.bases.to_vec();
    if let Some(old) = best_base(&old_bases) {
        check_compatible(old, best)?;
    }
    t.payload.bases.replace(bases.clone());
    if let Err(e) = recompute_mros(vm, t) {
        t.payload.bases.replace(old_bases);
        return Err(e);
    }
    crate::objects::type_::move_subclass(t, &old_bases);
    type_modified(t);
    Ok(())
}

/// `t` and the classes that inherit from it, each after its bases.
fn subtree(t: &Py<PyType>) -> Vec<PyRef<PyType>> {
    let mut all = Vec::new();
    crate::objects::type_::for_each_subclass(t, &mut |c| all.push(c.to_ref()));
    let mut ordered: Vec<PyRef<PyType>> = Vec::with_capacity(all.len());
    while !all.is_empty() {
        let ready =
            all.iter()
                .position(|c| {
                    (**c).is(t)
                        || c.payload.bases.iter().all(|b| {
                            !all.iter().any(|o| o.is(b)) || ordered.iter().any(|o| o.is(b))
                        })
                })
                .unwrap_or(0);
        ordered.push(all.remove(ready));
    }
    ordered
}

/// Recompute the MRO of `t` and its subclasses; on failure restore them.
fn recompute_mros(vm: &mut Vm, t: &Py<PyType>) -> PyResult<()> {
    let mut done: Vec<(PyRef<PyType>, Vec<PyRef<PyType>>)> = Vec::new();
    for cls in subtree(t) {
        match compute_mro(vm, &cls) {
            Ok(mro) => {
                done.push((cls.clone(), cls.payload.mro.to_vec()));
                cls.payload.mro.replace(mro);
            }
            Err(e) => {
                for (c, old) in done.into_iter().rev() {
                    c.payload.mro.replace(old);
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The MRO of `cls` after itself: its metaclass's `mro()` when
/// overridden, else C3 over its current bases.
fn compute_mro(vm: &mut Vm, cls: &Py<PyType>) -> PyResult<Vec<PyRef<PyType>>> {
    match custom_mro(vm, cls)? {
        Some(m) => Ok(m),
        None => crate::objects::type_::c3_mro(&cls.payload.name, &cls.payload.bases),
    }
}

/// `type(cls).mro(cls)` when the metaclass overrides `mro`, checked as
/// CPython's `mro_check`; `None` when it does not.
fn custom_mro(vm: &mut Vm, cls: &Py<PyType>) -> PyResult<Option<Vec<PyRef<PyType>>>> {
    let meta = cls.class();
    if meta.is(&types().type_) {
        return Ok(None);
    }
    let name = intern("mro");
    let Some(f) = vm.lookup_type(meta, &name) else {
        return Ok(None);
    };
    if types()
        .type_
        .payload
        .dict
        .get_str(&name)
        .is_some_and(|d| d.is(&f))
    {
        return Ok(None);
    }
    let r = vm.call(&f, &[cls.to_value()])?;
    let items = vm.to_vec(&r)?;
    let plain = std::any::TypeId::of::<PyInstance>();
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Some(k) = it.downcast::<PyType>() else {
            return Err(type_error(format!(
                "mro() returned a non-class ('{}')",
                it.class().payload.name()
            )));
        };
        if k.payload.payload_id != plain && k.payload.payload_id != cls.payload.payload_id {
            return Err(type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                k.payload.name
            )));
        }
        if !k.is(cls) {
            out.push(k.to_ref());
        }
    }
    Ok(Some(out))
}

/// At class creation: use the metaclass's `mro()` if it overrides it.
pub fn apply_meta_mro(vm: &mut Vm, cls: &Py<PyType>) -> PyResult<()> {
    if let Some(m) = custom_mro(vm, cls)? {
        cls.payload.mro.replace(m);
        type_modified(cls);
    }
    Ok(())
}
