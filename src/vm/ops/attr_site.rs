//! `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` through their inline caches
//! (`bytecode::attr_cache`): a hit is the class's version tag compared and
//! the instance's value read by index, with no lookup in the class and no
//! hashing. A miss takes the generic path (`vm::ops::attr`) and then fills
//! the cache from the class as it is now.
//!
//! The three entry points are `inline(never)`: inlined into the dispatch
//! loop they made its register allocation worse for every instruction
//! (the attribute-free `loops` benchmark ran 10% slower).

use std::mem::ManuallyDrop;
use std::ptr::NonNull;

use crate::bytecode::attr_cache::{AttrCache, Hit, GENERIC, INSTANCE_VALUE, METHOD};
use crate::bytecode::code::PyCode;
use crate::object::header::ObjectHeader;
use crate::object::pyref::{ObjRef, Py};
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::function::PyFunction;
use crate::objects::instance::PyInstance;
use crate::objects::method::{new_bound_method, PyMethodDescr};
use crate::objects::str::PyStr;
use crate::runtime::sync::Ordering;
use crate::vm::ops::attr::is_data_descriptor;
use crate::vm::state::{interp, Vm};

/// The cache entry that applies to `obj`: it is an instance of a class
/// whose current version tag the entry was filled for.
#[inline]
fn lookup<'a>(cache: &AttrCache, obj: &'a Value) -> Option<(&'a Py<PyInstance>, Hit)> {
    let Value::Obj(o) = obj else { return None };
    let tag = o.class().payload.version_tag.load(Ordering::Acquire);
    if tag == 0 {
        return None;
    }
    let hit = cache.get(tag)?;
    Some((o.downcast::<PyInstance>()?, hit))
}

/// The `METHOD` entry's object as a new reference.
fn method_value(hit: &Hit) -> Value {
    let p = hit.value as *mut ObjectHeader;
    // SAFETY: a `METHOD` entry holds an immortal or deferred object that
    // the class held when the entry was filled for this version tag (see
    // `bytecode::attr_cache`): it is alive. The borrowed handle is never
    // dropped; the clone takes the new reference.
    let borrowed = ManuallyDrop::new(unsafe { ObjRef::from_raw(NonNull::new_unchecked(p)) });
    Value::Obj(ObjRef::clone(&borrowed))
}

impl Vm {
    /// `LOAD_ATTR namei` on `obj`.
    #[inline(never)]
    pub fn load_attr_site(&mut self, code: &PyCode, namei: usize, obj: &Value) -> PyResult<Value> {
        let name = &code.names[namei];
        let cache = &code.attr_caches[namei];
        match lookup(cache, obj) {
            Some((inst, hit)) => match hit.kind {
                INSTANCE_VALUE => {
                    if let Some(v) = self.instance_value(inst, hit.index, name) {
                        return Ok(v);
                    }
                }
                METHOD if inst.materialized().is_none() => {
                    let m = method_value(&hit);
                    if m.payload_is::<PyFunction>() {
                        return Ok(new_bound_method(m, obj.clone()));
                    }
                }
                _ => {}
            },
            None => self.specialize(cache, obj, name),
        }
        self.get_attr(obj, name)
    }

    /// `LOAD_METHOD namei` on `obj`: (method, self) or (attribute, NULL).
    #[inline(never)]
    pub fn load_method_site(
        &mut self,
        code: &PyCode,
        namei: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let name = &code.names[namei];
        let cache = &code.attr_caches[namei];
        match lookup(cache, &obj) {
            Some((inst, hit)) => match hit.kind {
                METHOD if inst.materialized().is_none() => return Ok((method_value(&hit), obj)),
                INSTANCE_VALUE => {
                    if let Some(v) = self.instance_value(inst, hit.index, name) {
                        return Ok((v, Value::Null));
                    }
                }
                _ => {}
            },
            None => self.specialize(cache, &obj, name),
        }
        self.load_method(obj, name)
    }

    /// `STORE_ATTR namei`: `obj.name = value`.
    #[inline(never)]
    pub fn store_attr_site(
        &mut self,
        code: &PyCode,
        namei: usize,
        obj: &Value,
        value: Value,
    ) -> PyResult<()> {
        let name = &code.names[namei];
        let cache = &code.attr_caches[namei];
        let mut value = value;
        let hit = lookup(cache, obj);
        if let Some((
            inst,
            Hit {
                kind: INSTANCE_VALUE,
                index,
                ..
            },
        )) = hit
        {
            match inst.store_value(index, value) {
                Ok(()) => {
                    self.forget_own_read(inst, name);
                    return Ok(());
                }
                Err(v) => value = v,
            }
        }
        self.set_attr(obj, name, value)?;
        if hit.is_none() {
            // After the store: a first store gives the name its key.
            self.specialize(cache, obj, name);
        }
        Ok(())
    }

    /// Fill `cache` for `obj.name` from `obj`'s class (see
    /// `bytecode::attr_cache` for what each kind promises).
    fn specialize(&mut self, cache: &AttrCache, obj: &Value, name: &Py<PyStr>) {
        let Some(inst) = obj.downcast::<PyInstance>() else {
            return;
        };
        let ty = inst.class();
        let Some(keys) = ty.payload.keys.as_deref() else {
            return;
        };
        // The tag first: a change racing the lookups below retires it.
        let tag = ty.payload.version_tag();
        if tag == 0 {
            return;
        }
        let names = &interp().names;
        let overridden = [&names.getattribute, &names.setattr]
            .into_iter()
            .any(|hook| {
                self.lookup_type(ty, hook)
                    .is_some_and(|f| f.payload_is::<PyFunction>())
            });
        let attr = self.lookup_type(ty, name);
        if overridden || attr.as_ref().is_some_and(|a| is_data_descriptor(self, a)) {
            cache.set(tag, GENERIC, 0, std::ptr::null());
            return;
        }
        match (keys.index_of(name), attr) {
            (Some(i), _) => cache.set(tag, INSTANCE_VALUE, i, std::ptr::null()),
            (None, Some(Value::Obj(f)))
                if (f.payload_is::<PyFunction>() || f.payload_is::<PyMethodDescr>())
                    && (f.header().is_immortal() || f.header().is_deferred()) =>
            {
                cache.set(tag, METHOD, 0, f.as_ptr() as *const ());
            }
            _ => cache.set(tag, GENERIC, 0, std::ptr::null()),
        }
    }
}
