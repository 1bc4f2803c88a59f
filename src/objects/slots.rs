//! `__slots__`: class creation reads the names, and each becomes a
//! `member_descriptor` on the class whose values live in the instance's
//! slot storage (`PyInstance::slots`), not in a `__dict__`.
//!
//! Invariants: a class whose `__slots__` lacks `'__dict__'` and whose bases
//! are all dict-less (or `object`) has no `TYPE_HAS_DICT`, so its instances
//! get no `__dict__`; `TYPE_HAS_SLOTS` is set on every class that has slot
//! members itself or through a base, and `object.__new__` gives those
//! instances a storage dict keyed by the (mangled, interned) slot name. The
//! storage is an ordinary dict, so its lock is the instance's slot lock.
//! Called by `objects::type_::new_heap_type`; CPython Objects/typeobject.c
//! (`type_new_slots`, `type_new_descriptors`) and Objects/descrobject.c.

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{PyType, TYPE_HAS_SLOTS};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{attribute_error, type_error, value_error, PyResult};
use crate::objects::getset::new_slot_member;
use crate::objects::instance::PyInstance;
use crate::objects::list::PyList;
use crate::objects::str::{intern, PyStr};
use crate::objects::tuple::PyTuple;

/// What a class's `__slots__` asks for.
pub struct SlotSpec {
    /// Member names (mangled), in declaration order.
    pub names: Vec<PyRef<PyStr>>,
    /// `'__dict__'` was among the slots.
    pub wants_dict: bool,
    /// `'__weakref__'` was among the slots.
    pub wants_weakref: bool,
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// CPython's `_Py_Mangle` for a private slot name.
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Read and check `__slots__` from a new class's namespace (`None`: the
/// class has no `__slots__`).
pub fn prepare_slots(
    class_name: &str,
    dict: &Py<PyDict>,
    solid: &Py<PyType>,
) -> PyResult<Option<SlotSpec>> {
    let Some(slots) = dict.get_str(&intern("__slots__")) else {
        return Ok(None);
    };
    let items: Vec<Value> = if slots.payload_is::<PyStr>() {
        vec![slots.clone()]
    } else if let Some(t) = slots.downcast::<PyTuple>() {
        t.items.to_vec()
    } else if let Some(l) = slots.downcast::<PyList>() {
        l.with_items(|v| v.clone())
    } else if let Some(d) = slots.downcast::<PyDict>() {
        d.keys()
    } else {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            slots.class().payload.name()
        )));
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        wants_dict: false,
        wants_weakref: false,
    };
    for it in &items {
        let Some(s) = it.downcast::<PyStr>() else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                it.class().payload.name()
            )));
        };
        let n = s.as_str();
        if !is_identifier(n) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        if n == "__dict__" {
            if spec.wants_dict {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            spec.wants_dict = true;
            continue;
        }
        if n == "__weakref__" {
            if spec.wants_weakref {
                return Err(weakref_disallowed());
            }
            spec.wants_weakref = true;
            continue;
        }
        let m = intern(&mangle(class_name, n));
        if dict.get_str(&m).is_some() {
            return Err(value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                m.as_str()
            )));
        }
        spec.names.push(m);
    }
    if !spec.names.is_empty() && solid.payload.payload_id != std::any::TypeId::of::<PyInstance>() {
        return Err(type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            solid.payload.name
        )));
    }
    Ok(Some(spec))
}

fn weakref_disallowed() -> crate::objects::exception::PyErr {
    type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
}

/// `'__dict__'`/`'__weakref__'` in `__slots__` when a base already gives
/// instances one (a class without `__slots__` gives both), and bases
/// whose slot layouts cannot be combined (CPython's `best_base`: neither
/// adds to the other's slots).
pub fn check_bases(spec: &Option<SlotSpec>, bases: &[PyRef<PyType>]) -> PyResult<()> {
    use crate::object::typeobj::TYPE_HAS_DICT;
    let dict_base = bases
        .iter()
        .any(|b| b.payload.is_heap_type() && b.payload.flags & TYPE_HAS_DICT != 0);
    if let Some(s) = spec {
        if s.wants_dict && dict_base {
            return Err(type_error("__dict__ slot disallowed: we already got one"));
        }
        if s.wants_weakref && dict_base {
            return Err(weakref_disallowed());
        }
    }
    let layouts: Vec<Vec<PyRef<PyStr>>> = bases.iter().map(|b| slot_layout(b)).collect();
    let extends = |a: &[PyRef<PyStr>], b: &[PyRef<PyStr>]| {
        a.len() >= b.len()
            && a[a.len() - b.len()..]
                .iter()
                .zip(b)
                .all(|(x, y)| x.as_str() == y.as_str())
    };
    for (i, a) in layouts.iter().enumerate() {
        for b in &layouts[..i] {
            if !extends(a, b) && !extends(b, a) {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(())
}

/// Put the member descriptors of `spec` into the new class's dict.
pub fn install_slots(cls: &Py<PyType>, spec: SlotSpec) {
    for n in spec.names {
        let d = new_slot_member(n.clone(), cls.payload.name.to_string());
        cls.payload.dict.set_str(&n, d);
    }
}

/// Does a class being created need slot storage in its instances?
pub fn needs_slot_storage(spec: &Option<SlotSpec>, bases: &[PyRef<PyType>]) -> bool {
    spec.as_ref().is_some_and(|s| !s.names.is_empty())
        || bases.iter().any(|b| b.payload.flags & TYPE_HAS_SLOTS != 0)
}

fn storage(obj: &Value) -> Option<&Py<PyDict>> {
    obj.downcast::<PyInstance>()
        .and_then(|i| i.slots.as_deref())
}

/// Read slot `name` of `obj` (the member descriptor's `__get__`).
pub fn slot_get(obj: &Value, name: &Py<PyStr>) -> PyResult<Value> {
    match storage(obj).and_then(|d| d.get_str(name)) {
        Some(v) => Ok(v),
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class().payload.name(),
            name.as_str()
        ))),
    }
}

/// Write (or, with `Value::Null`, delete) slot `name` of `obj`.
pub fn slot_set(obj: &Value, name: &Py<PyStr>, value: Value) -> PyResult<()> {
    let Some(d) = storage(obj) else {
        return Err(type_error(format!(
            "descriptor '{}' doesn't apply to a '{}' object",
            name.as_str(),
            obj.class().payload.name()
        )));
    };
    if value.is_null() {
        return match d.del_str(name) {
            Some(_) => Ok(()),
            None => Err(attribute_error(name.as_str().to_string())),
        };
    }
    d.set_str(name, value);
    Ok(())
}

/// The slot members `ty` and its bases declare, in MRO order: two classes
/// whose instances store the same slots (CPython's `same_slots_added`
/// over the chain of slot-adding bases), for `__class__` and `__bases__`
/// assignment.
pub fn slot_layout(ty: &Py<PyType>) -> Vec<PyRef<PyStr>> {
    let mut out = Vec::new();
    for t in std::iter::once(ty).chain(ty.payload.mro.iter().map(|t| &**t)) {
        if t.payload.flags & TYPE_HAS_SLOTS == 0 {
            break;
        }
        for (_, v) in t.payload.dict.items() {
            let Some(g) = v.downcast::<crate::objects::getset::PyGetSet>() else {
                continue;
            };
            if let Some((n, _)) = &g.slot {
                out.push(n.clone());
            }
        }
    }
    out
}
