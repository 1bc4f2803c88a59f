//! Instances of classes whose solid base is `object`: their attributes.
//!
//! An instance of a class with shared keys (`object::shared_keys`) starts
//! in *values mode*: its attributes are `values[i]` for the class's key
//! `i`, and the instance holds exactly the first `values.len()` keys, in
//! that order (which is therefore their insertion order). Anything that
//! breaks the pattern (setting a name out of key order, deleting one but
//! the last, more than `MAX_KEYS` names, asking for `__dict__`, assigning
//! `__class__`) *materializes* a real dict once and for good: `dict` is
//! published and `values` stays empty. CPython 3.11 does the same with
//! its split tables, and instances take a third of the memory a dict
//! costs, with attribute reads that index instead of hashing.
//!
//! Locking: `values` is read and written under the instance's mutex (the
//! biased owner skips it, `runtime::bias`), and materialization happens
//! under it too, so a thread that finds values mode under the lock knows
//! the values are the attributes. `version` gets a fresh number (Release)
//! after each change, for reads of shared instances through the read
//! cache (`Vm::cached_read_unpinned`). `object()` itself and classes without a `__dict__`
//! have neither values nor dict.

use std::cell::UnsafeCell;

use smallvec::SmallVec;

use crate::object::lazy_dict::LazyDict;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::shared_keys::SharedKeys;
use crate::object::typeobj::{types, BuiltinTypes, PyType, TYPE_HAS_DICT, TYPE_HAS_SLOTS};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{attribute_error, type_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{intern, str_value, PyStr};
use crate::runtime::sync::{AtomicU64, Ordering};
use crate::vm::state::interp;
use crate::vm::Vm;

/// Attribute values in key order. Two fit in the object itself (96
/// bytes in all, less than CPython 3.11's instance of two attributes);
/// more go to a block of the exact size the class's keys had when the
/// instance was made.
type Values = SmallVec<[Value; 2]>;

pub struct PyInstance {
    values: UnsafeCell<Values>,
    /// The materialized `__dict__` (then it holds every attribute).
    dict: LazyDict,
    /// `__slots__` values by member name (`objects::slots`), when the
    /// class has slot members.
    pub slots: Option<PyRef<PyDict>>,
    /// Changes with every change of `values`, never to a number used
    /// before (`object::version`): the read cache's key.
    version: AtomicU64,
}

// SAFETY: `values` is only accessed under the object's mutex (or by its
// biased owner, or with the world stopped), see the module comment.
unsafe impl Sync for PyInstance {}

impl PyPayload for PyInstance {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Only called with the world stopped or on an unshared object.
        // SAFETY: see above: nothing mutates `values` meanwhile.
        unsafe { &*self.values.get() }.iter().for_each(&mut *visit);
        if let Some(d) = self.dict.get() {
            visit(&d.to_value());
        }
        if let Some(d) = &self.slots {
            visit(&d.to_value());
        }
    }
    fn gc_clear(obj: &Py<Self>) {
        let values = obj.locked(|| {
            // SAFETY: the lock is held.
            std::mem::take(unsafe { &mut *obj.payload.values.get() })
        });
        drop(values);
        if let Some(d) = obj.payload.dict.get() {
            d.clear();
        }
        if let Some(d) = &obj.payload.slots {
            d.clear();
        }
    }
}

impl PyInstance {
    /// A new instance's attribute storage for class `cls`.
    fn new(cls: &Py<PyType>) -> PyInstance {
        let dict = LazyDict::new();
        let values = match &cls.payload.keys {
            Some(keys) => Values::with_capacity(keys.len()),
            None => {
                if cls.payload.flags & TYPE_HAS_DICT != 0 {
                    dict.get_or_init(PyDict::new_ref);
                }
                Values::new()
            }
        };
        let slots = (cls.payload.flags & TYPE_HAS_SLOTS != 0).then(PyDict::new_ref);
        PyInstance {
            values: UnsafeCell::new(values),
            dict,
            slots,
            version: AtomicU64::new(crate::object::version::fresh()),
        }
    }
}

impl Py<PyInstance> {
    /// The dict, if the attributes have moved into one.
    #[inline]
    pub fn materialized(&self) -> Option<&Py<PyDict>> {
        self.payload.dict.get()
    }

    /// The change counter (Acquire: pairs with the bump after a change).
    #[inline]
    pub fn version(&self) -> u64 {
        self.payload.version.load(Ordering::Acquire)
    }

    fn keys(&self) -> Option<&SharedKeys> {
        self.class().payload.keys.as_deref()
    }

    /// Run `f` on the values under the lock; `None` in dict mode.
    #[inline]
    fn with_values<R>(&self, f: impl FnOnce(&mut Values) -> R) -> Option<R> {
        self.locked(|| {
            if self.payload.dict.get().is_some() {
                return None;
            }
            // SAFETY: the lock is held (see the module comment).
            Some(f(unsafe { &mut *self.payload.values.get() }))
        })
    }

    fn bump(&self) {
        self.payload
            .version
            .store(crate::object::version::fresh(), Ordering::Release);
    }

    /// The value of key `index`: `Some(None)` when the instance does not
    /// have it, `None` in dict mode.
    #[inline]
    pub fn load_value(&self, index: usize) -> Option<Option<Value>> {
        self.with_values(|v| v.get(index).cloned())
    }

    /// Store the value of key `index` if the instance is in values mode
    /// and has the key or it comes next; else `value` comes back.
    #[inline]
    pub fn store_value(&self, index: usize, value: Value) -> Result<(), Value> {
        let mut value = Some(value);
        let old = self.with_values(|v| {
            let r = match index.cmp(&v.len()) {
                std::cmp::Ordering::Less => Some(std::mem::replace(&mut v[index], value.take()?)),
                std::cmp::Ordering::Equal => {
                    v.push(value.take()?);
                    None
                }
                std::cmp::Ordering::Greater => return None,
            };
            self.bump();
            r
        });
        match value {
            None => {
                drop(old);
                Ok(())
            }
            Some(v) => Err(v),
        }
    }

    /// Key `index` (which is `name`), or `name` in the dict if the
    /// instance was materialized meanwhile.
    #[inline]
    pub fn get_value_or_dict(&self, index: usize, name: &Py<PyStr>) -> Option<Value> {
        match self.load_value(index) {
            Some(r) => r,
            None => self.materialized()?.get_str(name),
        }
    }

    /// The key index `name` gets on this instance, if it can stay in
    /// values mode: its key, or a new key appended right after the
    /// instance's last one.
    fn index_for_store(&self, keys: &SharedKeys, name: &Py<PyStr>) -> Option<usize> {
        if let Some(i) = keys.index_of(name) {
            return Some(i);
        }
        let n = self.with_values(|v| v.len())?;
        if !name.header.is_immortal() || !keys.append_at(name, n) {
            return keys.index_of(name);
        }
        // Cached method lookups rely on the keys not holding a name.
        self.class().payload.retire_version_tag();
        Some(n)
    }

    /// `setattr` on the instance's own attributes (`name` interned). The
    /// class must have a `__dict__`.
    pub fn set_attr(&self, name: &Py<PyStr>, value: Value) {
        let mut value = value;
        if self.materialized().is_none() {
            if let Some(i) = self.keys().and_then(|k| self.index_for_store(k, name)) {
                match self.store_value(i, value) {
                    Ok(()) => return,
                    Err(v) => value = v,
                }
            }
        }
        self.materialize().set_str(name, value);
    }

    /// `delattr` on the instance's own attributes: was it there? The class
    /// must have a `__dict__`.
    pub fn del_attr(&self, name: &Py<PyStr>) -> bool {
        if self.materialized().is_none() {
            // As in `get_attr`: a name outside the keys is absent.
            let Some(i) = self.keys().and_then(|k| k.index_of(name)) else {
                return false;
            };
            // Only the last value can go without breaking the key order.
            let popped = self.with_values(|v| {
                if i >= v.len() {
                    return Some(None);
                }
                if i + 1 != v.len() {
                    return None;
                }
                self.bump();
                Some(v.pop())
            });
            if let Some(Some(old)) = popped {
                return old.is_some();
            }
        }
        self.materialize().del_str(name).is_some()
    }

    /// The instance `__dict__`, built from the values on first use; from
    /// then on it holds the attributes. `None` if the class has no dict.
    pub fn dict(&self) -> Option<&Py<PyDict>> {
        if let Some(d) = self.materialized() {
            return Some(d);
        }
        self.keys()?;
        Some(self.materialize())
    }

    fn materialize(&self) -> &Py<PyDict> {
        if let Some(d) = self.materialized() {
            return d;
        }
        self.locked(|| {
            self.payload.dict.get_or_init(|| {
                // SAFETY: the lock is held, and nobody materialized yet
                // (`get_or_init` runs this only when the dict is unset,
                // and every materialization holds the lock).
                let values = std::mem::take(unsafe { &mut *self.payload.values.get() });
                let d = PyDict::new_ref();
                if let Some(keys) = self.keys() {
                    for (i, v) in values.into_iter().enumerate() {
                        d.set_str(keys.name(i), v);
                    }
                }
                self.bump();
                d
            })
        })
    }
}

/// `object.__new__(cls, *args)`: extra arguments are an error unless the
/// class overrides `__init__` and not `__new__` (CPython's `object_new`).
pub fn object_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    if !args.values.is_empty() {
        let names = &interp().names;
        let object = &types().object;
        // Through the thread's type cache: every thread creating instances
        // would otherwise lock the same class dicts.
        let mut own = |n: &Py<PyStr>| -> bool {
            match (vm.lookup_type(cls, n), vm.lookup_type(object, n)) {
                (Some(a), Some(b)) => a.is(&b),
                _ => false,
            }
        };
        if !own(&names.new) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if own(&names.init) {
            return Err(type_error(format!(
                "{}() takes no arguments",
                cls.payload.name
            )));
        }
    }
    Ok(PyRef::new_in(PyInstance::new(cls), cls).into_value())
}

fn attr_name<'a>(v: &'a Value) -> PyResult<&'a Py<PyStr>> {
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            v.class().payload.name()
        ))
    })
}

/// `object.__getattribute__(self, name)`: the generic lookup, never the
/// class's own `__getattribute__` (which is what usually calls this).
fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getattribute__", 2, 2)?;
    let name = intern(attr_name(&p[1])?.as_str());
    let obj = &p[0];
    if obj.payload_is::<PyType>() || obj.payload_is::<crate::objects::module::PyModule>() {
        return vm.get_attr(obj, &name);
    }
    match vm.generic_getattr(obj, &name)? {
        Some(v) => Ok(v),
        None => {
            let e = attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.class().payload.name(),
                name.as_str()
            ));
            e.set_member("name", name.to_value());
            e.set_member("obj", obj.clone());
            Err(e)
        }
    }
}

/// `object.__setattr__(self, name, value)`.
fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__setattr__", 3, 3)?;
    let name = intern(attr_name(&p[1])?.as_str());
    if let Some(t) = p[0].downcast::<PyType>() {
        if !t.payload.is_heap_type() {
            return Err(type_error(format!(
                "can't apply this __setattr__ to {} object",
                t.payload.name
            )));
        }
        vm.set_attr(&p[0], &name, p[2].clone())?;
        return Ok(Value::None);
    }
    vm.generic_setattr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__delattr__", 2, 2)?;
    let name = intern(attr_name(&p[1])?.as_str());
    if p[0].payload_is::<PyType>() {
        vm.del_attr(&p[0], &name)?;
    } else {
        vm.generic_delattr(&p[0], &name)?;
    }
    Ok(Value::None)
}

/// `object.__init_subclass__()` (a classmethod): accepts nothing.
fn object_init_subclass(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args
        .values
        .first()
        .and_then(|c| c.downcast::<PyType>())
        .map_or(String::new(), |t| t.payload.name.to_string());
    if args.has_kw() {
        return Err(type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.pos().len() > 1 {
        return Err(type_error(format!(
            "{cls}.__init_subclass__() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(Value::None)
}

/// `object.__subclasshook__()` (a classmethod): NotImplemented.
fn object_subclasshook(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(crate::objects::none::not_implemented())
}

/// `T.__new__(cls, *args)` for a builtin `T` (CPython's `tp_new_wrapper`):
/// the first value is `T` itself (the builtin's receiver).
fn tp_new_wrapper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let owner = pos[0]
        .downcast::<PyType>()
        .ok_or_else(|| type_error("__new__ of a non-type"))?;
    let oname = &owner.payload.name;
    let Some(cls_v) = pos.get(1) else {
        return Err(type_error(format!(
            "{oname}.__new__(): not enough arguments"
        )));
    };
    let Some(cls) = cls_v.downcast::<PyType>() else {
        return Err(type_error(format!(
            "{oname}.__new__(X): X is not a type object ({})",
            cls_v.class().payload.name()
        )));
    };
    let cname = &cls.payload.name;
    if !cls.is_subtype(owner) {
        return Err(type_error(format!(
            "{oname}.__new__({cname}): {cname} is not a subtype of {oname}"
        )));
    }
    let Some(own_new) = owner.payload.new.get().copied() else {
        return Err(type_error(format!("cannot create '{oname}' instances")));
    };
    let native = std::iter::once(cls)
        .chain(cls.payload.mro.iter().map(|t| &**t))
        .find(|t| t.payload.new.get().is_some());
    if let Some(n) = native {
        let nf = n.payload.new.get().copied();
        if nf.map(|f| f as usize) != Some(own_new as usize) {
            return Err(type_error(format!(
                "{oname}.__new__({cname}) is not safe, use {}.__new__()",
                n.payload.name
            )));
        }
    }
    own_new(
        vm,
        cls,
        &Args {
            values: &args.values[2..],
            kwnames: args.kwnames,
        },
    )
}

fn object_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let ty = this.class();
    let module = vm.type_module_name(ty);
    let prefix = if module == "builtins" {
        String::new()
    } else {
        format!("{module}.")
    };
    Ok(str_value(format!(
        "<{}{} object at {:#x}>",
        prefix,
        ty.payload.qualname,
        this.id()
    )))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(vm.repr(&args.pos()[0])?.into_value())
}

fn object_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    Ok(if p[0].is(&p[1]) {
        Value::Bool(true)
    } else {
        crate::objects::none::not_implemented()
    })
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let r = vm.rich_compare(&p[0], &p[1], crate::bytecode::opcode::CMP_EQ)?;
    if crate::objects::none::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(args.pos()[0].id() >> 4))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.object, object_new);
    crate::objects::object_dunders::init(t);
    add_methods(
        &t.object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
        ],
    );
    for (name, f) in [
        (
            "__init_subclass__",
            object_init_subclass as crate::objects::method::NativeFn,
        ),
        ("__subclasshook__", object_subclasshook),
    ] {
        let func = crate::objects::method::new_builtin_function(name, f, None);
        let cm = PyRef::new_in(
            crate::objects::descriptor::PyClassMethod { func },
            &t.classmethod,
        );
        cm.header.make_immortal();
        crate::objects::method::add_attr(&t.object, name, cm.into_value());
    }
}

/// Install a type's `__new__` (once, at its creation): the native
/// function, and `T.__new__` in its dict (a builtin bound to `T`).
pub fn set_new(ty: &Py<PyType>, new: crate::objects::method::NewFn) {
    if ty.payload.new.set(new).is_ok() {
        let f = crate::objects::method::PyBuiltinFunction {
            name: "__new__",
            func: tp_new_wrapper,
            self_: ty.to_value(),
            module: None,
        };
        let f = PyRef::new_in(f, &types().builtin_function);
        f.header.make_immortal();
        crate::objects::method::add_attr(ty, "__new__", f.into_value());
    }
}
#[cfg(test)]
mod tests {
    /// The memory target of issue 5 rests on this.
    #[test]
    fn an_instance_with_two_values_takes_96_bytes() {
        assert_eq!(
            std::mem::size_of::<crate::object::pyref::Py<super::PyInstance>>(),
            96
        );
    }
}
