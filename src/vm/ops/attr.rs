//! Attribute access: `getattr`/`setattr`/`delattr`, `LOAD_METHOD`, and type
//! lookups through the per-thread attribute cache.
//!
//! Type lookups (`lookup_type`) are cached per thread, keyed by type and
//! interned-name addresses and validated by the global type epoch
//! (`object::typeobj::type_epoch`): no lock and no shared write on a hit, and
//! never stale, since any class change bumps the epoch.
//!
//! Instance lookup follows CPython's `PyObject_GenericGetAttr`: data
//! descriptors on the type, then the instance `__dict__`, then non-data
//! descriptors and plain class attributes, then `__getattr__`.

use crate::object::pyref::Py;
use crate::object::typeobj::{
    type_epoch, type_modified, types, PyType, TYPE_DICT_TRAILER, TYPE_HAS_DICT,
};
use crate::object::value::Value;
use crate::object::with_dict::trailer_dict;
use crate::objects::descriptor::{PyClassMethod, PyProperty, PyStaticMethod};
use crate::objects::dict::PyDict;
use crate::objects::exception::{attribute_error, type_error, PyBaseException, PyResult};
use crate::objects::function::PyFunction;
use crate::objects::getset::PyGetSet;
use crate::objects::instance::PyInstance;
use crate::objects::method::{new_bound_method, PyMethodDescr};
use crate::objects::module::PyModule;
use crate::objects::str::PyStr;
use crate::vm::state::{interp, ReadKey, Vm, ATTR_CACHE_SIZE};

/// The `__dict__` of an object that has one.
pub fn instance_dict(v: &Value) -> Option<&Py<PyDict>> {
    let o = v.as_obj()?;
    if let Some(i) = o.downcast::<PyInstance>() {
        return i.dict();
    }
    if let Some(e) = o.downcast::<PyBaseException>() {
        return Some(&e.dict);
    }
    if let Some(f) = o.downcast::<PyFunction>() {
        return Some(f.dict());
    }
    if let Some(m) = o.downcast::<PyModule>() {
        return Some(&m.dict);
    }
    if let Some(w) = o.downcast::<crate::objects::weakref::PyWeakRef>() {
        return w.payload.dict.as_deref();
    }
    let ty = &o.class().payload;
    if ty.flags & TYPE_DICT_TRAILER != 0 {
        // SAFETY: the class has TYPE_DICT_TRAILER, so `o` was allocated as
        // `WithDict<payload>` with this layout's offset; `v` keeps it alive
        // for the returned borrow.
        return Some(unsafe { trailer_dict(o.as_ptr(), ty.subclass_layout.dict_offset) });
    }
    None
}

/// A data descriptor of a Python class may define `__set__` alone; then
/// the instance `__dict__` still wins (CPython's `PyObject_GenericGetAttr`).
fn has_getter(vm: &mut Vm, attr: &Value) -> bool {
    !attr.class().payload.is_heap_type()
        || vm.lookup_type(attr.class(), &interp().names.get).is_some()
}

pub(crate) fn is_data_descriptor(vm: &mut Vm, attr: &Value) -> bool {
    if attr.payload_is::<PyProperty>() || attr.payload_is::<PyGetSet>() {
        return true;
    }
    attr.class().payload.is_heap_type()
        && (vm.lookup_type(attr.class(), &interp().names.set).is_some()
            || vm
                .lookup_type(attr.class(), &interp().names.delete)
                .is_some())
}

impl Vm {
    /// Look `name` (interned) up in `ty`'s MRO, through the thread's cache.
    #[inline]
    pub fn lookup_type(&mut self, ty: &Py<PyType>, name: &Py<PyStr>) -> Option<Value> {
        let epoch = type_epoch();
        let t = ty as *const _ as usize;
        let n = name as *const _ as usize;
        let slot = ((t >> 4) ^ (n >> 3) ^ (n >> 12)) & (ATTR_CACHE_SIZE - 1);
        let e = &self.attr_cache[slot];
        if e.epoch == epoch && e.ty == t && e.name == n {
            return if e.value.is_null() {
                None
            } else {
                Some(e.value.clone())
            };
        }
        let found = ty.lookup(name);
        let e = &mut self.attr_cache[slot];
        e.epoch = epoch;
        e.ty = t;
        e.name = n;
        e.value = found.clone().unwrap_or(Value::Null);
        found
    }

    /// A special method looked up on the type (never the instance), bound-ready.
    #[inline]
    pub fn lookup_special(&mut self, v: &Value, name: &Py<PyStr>) -> Option<Value> {
        self.lookup_type(v.class(), name)
    }

    /// As `lookup_special`, but only for instances of heap types (the
    /// builtin types' operators are native).
    #[inline]
    pub fn lookup_user_special(&mut self, v: &Value, name: &Py<PyStr>) -> Option<Value> {
        if !v.class().payload.is_heap_type() {
            return None;
        }
        self.lookup_special(v, name)
    }

    /// `getattr(obj, name)`.
    #[inline]
    pub fn get_attr(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<Value> {
        match self.get_attr_impl(obj, name) {
            Ok(v) => Ok(v),
            Err(e) => Err(attribute_error_context(e, obj, name)),
        }
    }

    fn get_attr_impl(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<Value> {
        if let Some(t) = obj.downcast::<PyType>() {
            let t = t.to_ref();
            let r = match self.meta_hook(obj, &interp().names.getattribute) {
                Some(g) => self.call(&g, &[obj.clone(), name.to_value()]),
                None => self.type_getattr(&t, obj, name),
            };
            return match r {
                Err(e) if obj.class().payload.is_heap_type() => {
                    self.getattr_error_slow(obj, name, e)
                }
                r => r,
            };
        }
        if let Some(m) = obj.downcast::<PyModule>() {
            if let Some(v) = self.dict_get_str_cached(&m.dict, name) {
                return Ok(v);
            }
        }
        if let Some(s) = obj.downcast::<crate::objects::super_::PySuper>() {
            let s = s.to_ref();
            return self.super_getattr(&s, name);
        }
        let ty = obj.class();
        let custom_getattribute = ty.payload.is_heap_type()
            && self
                .lookup_type(ty, &interp().names.getattribute)
                .is_some_and(|g| g.payload_is::<PyFunction>());
        if custom_getattribute {
            let g = self
                .lookup_type(ty, &interp().names.getattribute)
                .unwrap_or_default();
            let r = self.call(&g, &[obj.clone(), name.to_value()]);
            return match r {
                Err(e)
                    if e.is_instance(
                        types()
                            .exceptions
                            .get(crate::objects::exception::ExcKind::AttributeError),
                    ) =>
                {
                    self.getattr_hook(obj, name, e)
                }
                r => r,
            };
        }
        match self.generic_getattr(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let e = self.no_attribute(obj, name);
                self.getattr_hook(obj, name, e)
            }
            Err(e) => self.getattr_error_slow(obj, name, e),
        }
    }

    /// An AttributeError raised by a descriptor (a property getter...)
    /// still falls back to `__getattr__`, as CPython's `slot_tp_getattr_hook`.
    #[cold]
    fn getattr_error_slow(
        &mut self,
        obj: &Value,
        name: &Py<PyStr>,
        e: crate::objects::exception::PyErr,
    ) -> PyResult<Value> {
        if obj.class().payload.is_heap_type()
            && e.is_instance(
                types()
                    .exceptions
                    .get(crate::objects::exception::ExcKind::AttributeError),
            )
        {
            return self.getattr_hook(obj, name, e);
        }
        Err(e)
    }

    fn getattr_hook(
        &mut self,
        obj: &Value,
        name: &Py<PyStr>,
        err: crate::objects::exception::PyErr,
    ) -> PyResult<Value> {
        if let Some(m) = obj.downcast::<PyModule>() {
            // PEP 562: a module-level `__getattr__(name)`.
            return match m.dict.get_str(&interp().names.getattr) {
                Some(f) => self.call(&f, &[name.to_value()]),
                None => Err(err),
            };
        }
        if let Some(f) = self.lookup_user_special(obj, &interp().names.getattr) {
            return self.call(&f, &[obj.clone(), name.to_value()]);
        }
        Err(err)
    }

    fn no_attribute(&self, obj: &Value, name: &Py<PyStr>) -> crate::objects::exception::PyErr {
        if let Some(m) = obj.downcast::<PyModule>() {
            let mod_name = m.dict.get_str(&interp().names.name);
            let Some(mod_name) = mod_name.as_ref().and_then(|n| n.downcast::<PyStr>()) else {
                return attribute_error(format!("module has no attribute '{}'", name.as_str()));
            };
            if m.is_initializing() {
                return attribute_error(format!(
                    "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                    mod_name.as_str(),
                    name.as_str()
                ));
            }
            let e = attribute_error(format!(
                "module '{}' has no attribute '{}'",
                mod_name.as_str(),
                name.as_str()
            ));
            e.set_member("name", name.to_value());
            e.set_member("obj", obj.clone());
            return e;
        }
        let e = attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class().payload.name(),
            name.as_str()
        ));
        e.set_member("name", name.to_value());
        e.set_member("obj", obj.clone());
        e
    }

    /// An instance's own attribute. Through the read cache when other
    /// threads may share the object; a thread's own objects change often
    /// (every `self.x = ...` is a new version), so for them the plain,
    /// uncontended lookup is cheaper than a cache miss.
    #[inline]
    fn instance_dict_get(&mut self, d: &Py<PyDict>, name: &Py<PyStr>) -> Option<Value> {
        if d.shared_with_other_threads() {
            self.dict_get_str_cached(d, name)
        } else {
            d.get_str(name)
        }
    }

    /// The object's own attribute `name` (instance values or `__dict__`):
    /// `None` when it has no attribute storage at all.
    #[inline]
    fn own_attr(&mut self, obj: &Value, name: &Py<PyStr>) -> Option<Option<Value>> {
        if let Some(i) = obj.downcast::<PyInstance>() {
            return Some(self.instance_attr(i, name));
        }
        instance_dict(obj).map(|d| self.instance_dict_get(d, name))
    }

    /// An instance's own attribute, without materializing its dict.
    fn instance_attr(&mut self, inst: &Py<PyInstance>, name: &Py<PyStr>) -> Option<Value> {
        if let Some(d) = inst.materialized() {
            return self.instance_dict_get(d, name);
        }
        // Not materialized when checked: a name outside the keys is absent.
        let index = inst.class().payload.keys.as_deref()?.index_of(name)?;
        self.instance_value(inst, index, name)
    }

    /// Key `index` (`name`) of an instance: through the read cache when
    /// other threads may share it, as `instance_dict_get`.
    #[inline]
    pub(crate) fn instance_value(
        &mut self,
        inst: &Py<PyInstance>,
        index: usize,
        name: &Py<PyStr>,
    ) -> Option<Value> {
        if inst.shared_with_other_threads() {
            let version = inst.version();
            self.cached_read_unpinned(inst, version, ReadKey::Str(name), || {
                inst.get_value_or_dict(index, name)
            })
        } else {
            inst.get_value_or_dict(index, name)
        }
    }

    /// `object.__getattribute__`: `None` when not found.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<Option<Value>> {
        let ty = obj.class();
        let attr = self.lookup_type(ty, name);
        if let Some(a) = &attr {
            if is_data_descriptor(self, a) && has_getter(self, a) {
                return self.descr_get(a, obj).map(Some);
            }
        }
        if let Some(Some(v)) = self.own_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(a) = attr {
            return self.descr_get(&a, obj).map(Some);
        }
        crate::objects::attrs::builtin_attr(self, obj, name)
    }

    /// Bind a class attribute found for instance `obj`.
    pub(crate) fn descr_get(&mut self, attr: &Value, obj: &Value) -> PyResult<Value> {
        let Value::Obj(o) = attr else {
            return Ok(attr.clone());
        };
        if o.payload_is::<PyFunction>() {
            return Ok(new_bound_method(attr.clone(), obj.clone()));
        }
        if let Some(d) = o.downcast::<PyMethodDescr>() {
            return Ok(crate::objects::wrapper_descr::bind_descr(d, obj.clone()));
        }
        if let Some(s) = o.downcast::<PyStaticMethod>() {
            return Ok(s.func.clone());
        }
        if let Some(c) = o.downcast::<PyClassMethod>() {
            return Ok(c.bind(obj.class().to_value()));
        }
        if let Some(g) = o.downcast::<PyGetSet>() {
            return g.get_value(self, obj);
        }
        if let Some(p) = o.downcast::<PyProperty>() {
            if !o.class().payload.is_heap_type() {
                if p.fget.is_none() {
                    return Err(p.missing(obj, "getter"));
                }
                let fget = p.fget.clone();
                return self.call(&fget, &[obj.clone()]);
            }
        }
        if o.class().payload.is_heap_type() {
            if let Some(g) = self.lookup_type(o.class(), &interp().names.get) {
                return self.call(&g, &[attr.clone(), obj.clone(), obj.class().to_value()]);
            }
        }
        Ok(attr.clone())
    }

    /// `type.__getattribute__(C, name)`: `C.name` without a metaclass's
    /// `__getattribute__`.
    pub fn type_getattribute(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<Value> {
        let Some(t) = obj.downcast::<PyType>() else {
            return Err(type_error(
                "descriptor '__getattribute__' requires a 'type' object",
            ));
        };
        let t = t.to_ref();
        self.type_getattr(&t, obj, name)
    }

    /// Attribute of a class object (`C.x`).
    fn type_getattr(&mut self, t: &Py<PyType>, obj: &Value, name: &Py<PyStr>) -> PyResult<Value> {
        // Data descriptors of the metatype (type's own attributes) first.
        if let Some(v) = crate::objects::type_::type_special_attr(self, t, name)? {
            return Ok(v);
        }
        let meta = obj.class();
        if meta.payload.is_heap_type() {
            if let Some(a) = self.lookup_type(meta, name) {
                if is_data_descriptor(self, &a) {
                    return self.descr_get(&a, obj);
                }
            }
        }
        if let Some(a) = t.lookup(name) {
            let Value::Obj(o) = &a else { return Ok(a) };
            if let Some(s) = o.downcast::<PyStaticMethod>() {
                return Ok(s.func.clone());
            }
            if let Some(c) = o.downcast::<PyClassMethod>() {
                return Ok(c.bind(obj.clone()));
            }
            if o.class().payload.is_heap_type() {
                if let Some(g) = self.lookup_type(o.class(), &interp().names.get) {
                    return self.call(&g, &[a.clone(), Value::None, obj.clone()]);
                }
            }
            return Ok(a);
        }
        if let Some(v) = self.lookup_type(meta, name) {
            return self.descr_get(&v, obj);
        }
        Err(attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.payload.name,
            name.as_str()
        )))
    }

    /// `LOAD_METHOD`: (function, self) without allocating a bound method
    /// when the attribute is a plain method; else (attribute, NULL).
    pub fn load_method(&mut self, obj: Value, name: &Py<PyStr>) -> PyResult<(Value, Value)> {
        if !obj.payload_is::<PyType>()
            && !obj.payload_is::<PyModule>()
            && !obj.payload_is::<crate::objects::super_::PySuper>()
        {
            let ty = obj.class();
            if let Some(attr) = self.lookup_type(ty, name) {
                let plain = attr.payload_is::<PyFunction>() || attr.payload_is::<PyMethodDescr>();
                let getattribute_overridden = ty.payload.is_heap_type()
                    && self
                        .lookup_type(ty, &interp().names.getattribute)
                        .is_some_and(|g| g.payload_is::<PyFunction>());
                if plain && !getattribute_overridden {
                    return Ok(match self.own_attr(&obj, name).flatten() {
                        Some(v) => (v, Value::Null),
                        None => (attr, obj),
                    });
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &Value, name: &Py<PyStr>, value: Value) -> PyResult<()> {
        if obj.payload_is::<PyType>() {
            if let Some(f) = self.meta_hook(obj, &interp().names.setattr) {
                return self
                    .call(&f, &[obj.clone(), name.to_value(), value])
                    .map(drop);
            }
            self.type_setattr(obj, name, value)
        } else {
            self.instance_setattr(obj, name, value)
        }
    }

    /// A `__setattr__`/`__delattr__` defined in Python by the metaclass
    /// of class `obj`.
    fn meta_hook(&mut self, obj: &Value, name: &Py<PyStr>) -> Option<Value> {
        let meta = obj.class();
        if !meta.payload.is_heap_type() {
            return None;
        }
        self.lookup_type(meta, name)
            .filter(|f| f.payload_is::<PyFunction>())
    }

    /// `type.__setattr__(C, name, value)`: a data descriptor of the
    /// metaclass, else `C.__dict__[name] = value`.
    pub fn type_setattr(&mut self, obj: &Value, name: &Py<PyStr>, value: Value) -> PyResult<()> {
        let meta = obj.class();
        if meta.payload.is_heap_type() {
            if let Some(attr) = self.lookup_type(meta, name) {
                if let Some(r) = self.descr_set(&attr, obj, &value) {
                    return r;
                }
            }
        }
        let Some(t) = obj.downcast::<PyType>() else {
            return Err(type_error(
                "descriptor '__setattr__' requires a 'type' object",
            ));
        };
        if !t.payload.is_heap_type() {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.payload.name
            )));
        }
        if std::ptr::eq(name, &*interp().names.bases) {
            return crate::objects::type_bases::set_bases(self, t, &value);
        }
        if let Some(r) = crate::objects::type_::set_type_special_attr(t, name, &value) {
            return r;
        }
        t.payload.dict.set_str(name, value);
        type_modified(t);
        Ok(())
    }

    fn instance_setattr(&mut self, obj: &Value, name: &Py<PyStr>, value: Value) -> PyResult<()> {
        let ty = obj.class();
        if ty.payload.is_heap_type() {
            if let Some(f) = self.lookup_type(ty, &interp().names.setattr) {
                if f.payload_is::<PyFunction>() {
                    self.call(&f, &[obj.clone(), name.to_value(), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Py<PyStr>, value: Value) -> PyResult<()> {
        if let Some(attr) = self.lookup_type(obj.class(), name) {
            if let Some(r) = self.descr_set(&attr, obj, &value) {
                return r;
            }
        }
        let names = &interp().names;
        if std::ptr::eq(name, &*names.class) {
            return crate::objects::class_assign::set_class(obj, &value);
        }
        if let Some(i) = obj.downcast::<PyInstance>() {
            if i.class().payload.flags & TYPE_HAS_DICT != 0 && !std::ptr::eq(name, &*names.dict) {
                i.set_attr(name, value);
                self.forget_own_read(i, name);
                return Ok(());
            }
        }
        if let Some(d) = instance_dict(obj) {
            if std::ptr::eq(name, &*names.dict) {
                return crate::objects::class_assign::set_dict(d, &value);
            }
            d.set_str(name, value);
            self.forget_instance_read(d, name);
            return Ok(());
        }
        if self.lookup_type(obj.class(), name).is_some() {
            return Err(attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                obj.class().payload.name(),
                name.as_str()
            )));
        }
        if crate::objects::attrs::builtin_attr(self, obj, name)?.is_some() {
            // A payload field (CPython: a getset without a setter).
            return Err(attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                name.as_str(),
                obj.class().payload.name()
            )));
        }
        Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class().payload.name(),
            name.as_str()
        )))
    }

    /// Store `value` through `attr` when it is a data descriptor
    /// (`None`: it is not one).
    fn descr_set(&mut self, attr: &Value, obj: &Value, value: &Value) -> Option<PyResult<()>> {
        if let Some(g) = attr.downcast::<PyGetSet>() {
            return Some(g.set_value(self, obj, value.clone()));
        }
        if let Some(p) = attr.downcast::<PyProperty>() {
            if p.fset.is_none() {
                return Some(Err(p.missing(obj, "setter")));
            }
            let fset = p.fset.clone();
            return Some(self.call(&fset, &[obj.clone(), value.clone()]).map(drop));
        }
        if attr.class().payload.is_heap_type() {
            if let Some(s) = self.lookup_type(attr.class(), &interp().names.set) {
                let r = self.call(&s, &[attr.clone(), obj.clone(), value.clone()]);
                return Some(r.map(drop));
            }
            // A data descriptor without `__set__` (CPython's
            // `slot_tp_descr_set` with a value).
            if self
                .lookup_type(attr.class(), &interp().names.delete)
                .is_some()
            {
                return Some(Err(attribute_error("__set__")));
            }
        }
        None
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<()> {
        if obj.payload_is::<PyType>() {
            if let Some(f) = self.meta_hook(obj, &interp().names.delattr) {
                return self.call(&f, &[obj.clone(), name.to_value()]).map(drop);
            }
            return self.type_delattr(obj, name);
        }
        if let Some(f) = self.lookup_user_special(obj, &interp().names.delattr) {
            if f.payload_is::<PyFunction>() {
                self.call(&f, &[obj.clone(), name.to_value()])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `type.__delattr__(C, name)`.
    pub fn type_delattr(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<()> {
        let meta = obj.class();
        if meta.payload.is_heap_type() {
            if let Some(attr) = self.lookup_type(meta, name) {
                if let Some(r) = self.descr_delete(&attr, obj) {
                    return r;
                }
            }
        }
        let Some(t) = obj.downcast::<PyType>() else {
            return Err(type_error(
                "descriptor '__delattr__' requires a 'type' object",
            ));
        };
        if std::ptr::eq(name, &*interp().names.bases) {
            return Err(type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{}'",
                t.payload.name
            )));
        }
        if t.payload.is_heap_type() && t.payload.dict.del_str(name).is_some() {
            type_modified(t);
            return Ok(());
        }
        Err(attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.payload.name,
            name.as_str()
        )))
    }

    /// Delete through `attr` when it is a data descriptor (`None`: it is
    /// not one).
    fn descr_delete(&mut self, attr: &Value, obj: &Value) -> Option<PyResult<()>> {
        if attr.class().payload.is_heap_type() {
            if let Some(d) = self.lookup_type(attr.class(), &interp().names.delete) {
                return Some(self.call(&d, &[attr.clone(), obj.clone()]).map(drop));
            }
            // A data descriptor without `__delete__` (CPython's
            // `slot_tp_descr_set` with no value).
            if self
                .lookup_type(attr.class(), &interp().names.set)
                .is_some()
            {
                return Some(Err(attribute_error("__delete__")));
            }
        }
        if let Some(g) = attr.downcast::<PyGetSet>() {
            return Some(g.set_value(self, obj, Value::Null));
        }
        if let Some(p) = attr.downcast::<PyProperty>() {
            let fdel = p.fdel.clone();
            if !fdel.is_none() {
                return Some(self.call(&fdel, &[obj.clone()]).map(drop));
            }
            return Some(Err(p.missing(obj, "deleter")));
        }
        None
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Py<PyStr>) -> PyResult<()> {
        if let Some(attr) = self.lookup_type(obj.class(), name) {
            if let Some(r) = self.descr_delete(&attr, obj) {
                return r;
            }
        }
        if let Some(i) = obj.downcast::<PyInstance>() {
            if i.class().payload.flags & TYPE_HAS_DICT != 0 {
                let found = i.del_attr(name);
                self.forget_own_read(i, name);
                if found {
                    return Ok(());
                }
                return Err(self.no_attribute(obj, name));
            }
        }
        if let Some(d) = instance_dict(obj) {
            let old = d.del_str(name);
            self.forget_instance_read(d, name);
            if old.is_some() {
                return Ok(());
            }
        }
        Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.class().payload.name(),
            name.as_str()
        )))
    }

    /// After this thread changed `d[name]` of an instance: reads of shared
    /// instances go through the read cache (`instance_dict_get`), whose
    /// entry must not keep the old value alive.
    #[inline]
    fn forget_instance_read(&mut self, d: &Py<PyDict>, name: &Py<PyStr>) {
        if d.shared_with_other_threads() {
            let d = d.to_ref();
            self.forget_cached_read(&d, name);
        }
    }

    /// After this thread changed an instance's attribute: the read cache
    /// may hold it keyed by the instance (values) or by its dict.
    #[inline]
    pub(crate) fn forget_own_read(&mut self, inst: &Py<PyInstance>, name: &Py<PyStr>) {
        if inst.shared_with_other_threads() {
            self.forget_cached_read(inst, name);
            if let Some(d) = inst.materialized() {
                self.forget_instance_read(d, name);
            }
        }
    }

    /// `getattr` with a runtime string (interned first so the cache applies).
    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = crate::objects::str::intern(name);
        self.get_attr(obj, &n)
    }
}

/// An AttributeError leaving `getattr(obj, name)` records `name` and `obj`
/// unless it already has them (CPython's `set_attribute_error_context`):
/// what "Did you mean" hints are computed from.
#[cold]
fn attribute_error_context(
    e: crate::objects::exception::PyErr,
    obj: &Value,
    name: &Py<PyStr>,
) -> crate::objects::exception::PyErr {
    let attr_error = types()
        .exceptions
        .get(crate::objects::exception::ExcKind::AttributeError);
    let unset = |v: Option<Value>| v.map_or(true, |v| v.is_none() || v.is_null());
    if e.is_instance(attr_error) && unset(e.member("name")) && unset(e.member("obj")) {
        e.set_member("name", name.to_value());
        e.set_member("obj", obj.clone());
    }
    e
}
