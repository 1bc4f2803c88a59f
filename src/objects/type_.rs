//! `type`: the attributes and methods of type objects, and heap types
//! (classes made by `class` statements and by `type(name, bases, ns)`).
//!
//! A heap type inherits the Rust payload of its "solid" base (the first base
//! whose instances are not plain `object` instances), so `class E(Exception)`
//! instances are exceptions and `class L(list)` instances are lists. Its MRO
//! is CPython's C3 linearization.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{
    type_modified, types, BuiltinTypes, PyType, TYPE_BASETYPE, TYPE_DICT_TRAILER, TYPE_HAS_DICT,
    TYPE_HAS_SLOTS, TYPE_HEAP, TYPE_SUBCLASS_DICT,
};
use crate::object::value::Value;
use crate::objects::cell::PyCell;
use crate::objects::descriptor::{PyClassMethod, PyProperty, PyStaticMethod};
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::function::PyFunction;
use crate::objects::instance::{set_new, PyInstance};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::{interp, Vm};

use crate::objects::getset::PyGetSet;
pub use crate::objects::types::new_static_type;

/// Attributes every type has (`__name__`, `__mro__`...), before its dict.
pub fn type_special_attr(vm: &mut Vm, t: &Py<PyType>, name: &Py<PyStr>) -> PyResult<Option<Value>> {
    let n = &interp().names;
    let ty = &t.payload;
    let v = if name.eq_str(&n.name) {
        str_value(ty.name.to_string())
    } else if name.eq_str(&n.qualname) {
        str_value(ty.qualname.to_string())
    } else if name.eq_str(&n.mro) {
        let mut items = vec![t.to_value()];
        items.extend(ty.mro.iter().map(|m| m.to_value()));
        tuple_value(items)
    } else if name.eq_str(&n.bases) {
        tuple_value(ty.bases.iter().map(|b| b.to_value()).collect())
    } else if name.eq_str(&n.base) {
        let base = if ty.is_heap_type() {
            crate::objects::type_bases::best_base(&ty.bases)
        } else {
            ty.base.as_ref()
        };
        base.map_or(Value::None, |b| b.to_value())
    } else if name.eq_str(&n.dict) {
        crate::objects::mappingproxy::dict_proxy(&ty.dict)
    } else if name.eq_str(&n.module) {
        match ty.dict.get_str(name) {
            Some(v) if ty.is_heap_type() || v.payload_is::<PyStr>() => v,
            _ => str_value(vm.type_module_name(t)),
        }
    } else if name.eq_str(&n.class) {
        t.class().to_value()
    } else if name.eq_str(&n.doc) {
        // A static type's `__doc__` entry may be its instances' descriptor.
        match ty.dict.get_str(name) {
            Some(v) if ty.is_heap_type() || !v.payload_is::<PyGetSet>() => v,
            _ => Value::None,
        }
    } else {
        return Ok(None);
    };
    Ok(Some(v))
}

/// `C.__name__ = v` / `C.__qualname__ = v` on a class (CPython's
/// `type_set_name`, `type_set_qualname`); `None` for other attributes.
pub fn set_type_special_attr(
    t: &Py<PyType>,
    name: &Py<PyStr>,
    value: &Value,
) -> Option<PyResult<()>> {
    let n = &interp().names;
    let is_name = name.eq_str(&n.name);
    let field = if is_name {
        &t.payload.name
    } else if name.eq_str(&n.qualname) {
        &t.payload.qualname
    } else {
        return None;
    };
    let Some(s) = value.downcast::<PyStr>() else {
        return Some(Err(type_error(format!(
            "can only assign string to {}.{}, not '{}'",
            t.payload.name,
            name.as_str(),
            value.class().payload.name()
        ))));
    };
    if is_name && s.as_str().contains('\0') {
        return Some(Err(crate::objects::exception::value_error(
            "type name must not contain null characters",
        )));
    }
    field.set(s.as_str());
    Some(Ok(()))
}

/// C3 linearization of `bases` (the MRO after the new type itself).
pub(crate) fn c3_mro(name: &str, bases: &[PyRef<PyType>]) -> PyResult<Vec<PyRef<PyType>>> {
    let mut seqs: Vec<Vec<PyRef<PyType>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.payload.mro.iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<PyRef<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(h))));
        let Some(head) = head else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].payload.name.to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let _ = name;
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// The live direct subclasses, in creation order, by their base's address
/// (`type.__subclasses__`, and retiring the version tags of a class's
/// descendants). A leaf lock: held only to push, copy, walk or unlink.
static SUBCLASSES: parking_lot::Mutex<BTreeMap<usize, Vec<SubclassLink>>> =
    parking_lot::Mutex::new(BTreeMap::new());

/// A registered subclass: a weak link (no reference, as CPython's
/// `tp_subclasses` holds weak references). A class is unlinked before it
/// can die: classes are deferred, so only the collector frees them, and it
/// unlinks the garbage with the world stopped (`forget_subclasses`); the
/// type's drop unlinks any other.
#[derive(Clone, Copy, PartialEq)]
struct SubclassLink(*const Py<PyType>);

// SAFETY: a link is dereferenced only under the registry lock, while the
// class is registered and so alive (see above).
unsafe impl Send for SubclassLink {}

impl SubclassLink {
    fn get(&self) -> &Py<PyType> {
        // SAFETY: see `SubclassLink`; callers hold the registry lock.
        unsafe { &*self.0 }
    }
}

fn type_key(t: &Py<PyType>) -> usize {
    t as *const Py<PyType> as usize
}

/// Record `cls` under each of its bases for `__subclasses__` (heap types
/// at creation, builtin types when `types::new_static_type` makes them).
pub fn register_subclass(cls: &Py<PyType>) {
    let mut subs = SUBCLASSES.lock();
    for b in &cls.payload.bases {
        subs.entry(type_key(b)).or_default().push(SubclassLink(cls));
    }
}

/// Unlink the classes among `garbage` from the registry. World stopped.
pub fn forget_subclasses(garbage: &[crate::object::pyref::ObjRef]) {
    let mut subs = SUBCLASSES.lock();
    for t in garbage.iter().filter_map(|o| o.downcast::<PyType>()) {
        unlink_subclass(&mut subs, t, &t.payload.bases);
    }
}

fn unlink_subclass(
    subs: &mut BTreeMap<usize, Vec<SubclassLink>>,
    cls: *const Py<PyType>,
    bases: &[PyRef<PyType>],
) {
    for b in bases {
        if let Some(v) = subs.get_mut(&type_key(b)) {
            v.retain(|l| l.0 != cls);
            if v.is_empty() {
                subs.remove(&type_key(b));
            }
        }
    }
}

/// After `cls.__bases__` changed from `old`: file `cls` under its new
/// bases instead.
pub fn move_subclass(cls: &Py<PyType>, old: &[PyRef<PyType>]) {
    unregister_subclass(cls, old);
    register_subclass(cls);
}

/// Take `cls` out of the registry entries of `bases` (a class whose
/// creation failed after it was registered, whose bases changed, or that
/// is dying: `PyType`'s drop).
pub fn unregister_subclass(cls: *const Py<PyType>, bases: &[PyRef<PyType>]) {
    unlink_subclass(&mut SUBCLASSES.lock(), cls, bases);
}

/// Functions and descriptors in a class body are read by every thread
/// that uses the class: their refcounts are deferred (PEP 703), as the
/// class's own is, so threads reading the same property or method write
/// no shared count. They live as long as the class.
fn defer_class_attr(v: &Value) {
    let Value::Obj(o) = v else { return };
    if o.payload_is::<PyFunction>()
        || o.payload_is::<PyProperty>()
        || o.payload_is::<PyClassMethod>()
        || o.payload_is::<PyStaticMethod>()
    {
        crate::runtime::deferred::defer_shared(o.header(), crate::runtime::sync::thread_id());
    }
}

/// Call `f` on `ty` and on every class that inherits from it, directly or
/// not, each once. `f` runs under the registry's leaf lock: it must not
/// take another lock or run Python code.
pub fn for_each_subclass(ty: &Py<PyType>, f: &mut dyn FnMut(&Py<PyType>)) {
    let subs = SUBCLASSES.lock();
    let mut seen = vec![type_key(ty)];
    let mut todo = vec![ty];
    while let Some(t) = todo.pop() {
        f(t);
        for cls in subs
            .get(&type_key(t))
            .into_iter()
            .flatten()
            .map(SubclassLink::get)
        {
            if !seen.contains(&type_key(cls)) {
                seen.push(type_key(cls));
                todo.push(cls);
            }
        }
    }
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and
/// the types of `bases`, or the "metaclass conflict" TypeError.
pub fn calculate_metaclass(meta: &Py<PyType>, bases: &[Value]) -> PyResult<PyRef<PyType>> {
    let mut winner = meta.to_ref();
    for b in bases {
        let tmp = b.class();
        if winner.is_subtype(tmp) {
            continue;
        }
        if tmp.is_subtype(&winner) {
            winner = tmp.to_ref();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Create a class: `metatype(name, bases, namespace)`.
pub fn new_heap_type(
    meta: &Py<PyType>,
    name: &str,
    bases: Vec<PyRef<PyType>>,
    ns: &Py<PyDict>,
) -> PyResult<PyRef<PyType>> {
    let t = types();
    let names = &interp().names;
    let bases = if bases.is_empty() {
        vec![t.object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                b.payload.name
            )));
        }
    }
    for b in &bases {
        if b.payload.flags & TYPE_BASETYPE == 0 {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                b.payload.name
            )));
        }
    }
    let instance_id = std::any::TypeId::of::<PyInstance>();
    let solid = bases
        .iter()
        .find(|b| b.payload.payload_id != instance_id)
        .unwrap_or(&bases[0])
        .clone();
    if bases.iter().any(|b| {
        b.payload.payload_id != instance_id && b.payload.payload_id != solid.payload.payload_id
    }) {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    let mro = c3_mro(name, &bases)?;
    let dict = PyDict::new_ref();
    for (k, v) in ns.items() {
        if let Some(ks) = k.downcast::<PyStr>() {
            let v = match ks.as_str() {
                "__new__" if v.payload_is::<PyFunction>() => {
                    PyRef::new_in(PyStaticMethod { func: v }, &t.staticmethod).into_value()
                }
                "__init_subclass__" | "__class_getitem__" if v.payload_is::<PyFunction>() => {
                    PyRef::new_in(PyClassMethod { func: v }, &t.classmethod).into_value()
                }
                _ => v,
            };
            defer_class_attr(&v);
            dict.set_str(&intern(ks.as_str()), v);
        }
    }
    let qualname = match dict.del_str(&names.qualname) {
        Some(q) => match q.downcast::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.class().payload.name()
                )))
            }
        },
        None => name.to_string(),
    };
    let classcell = dict.del_str(&names.classcell);
    if dict.get_str(&names.eq).is_some() && dict.get_str(&names.hash).is_none() {
        dict.set_str(&names.hash, Value::None);
    }
    let slots = crate::objects::slots::prepare_slots(name, &dict, &solid)?;
    crate::objects::slots::check_bases(&slots, &bases)?;
    let has_dict = match &slots {
        Some(s) => {
            s.wants_dict
                || bases
                    .iter()
                    .any(|b| b.payload.flags & TYPE_HAS_DICT != 0 && !b.is(&t.object))
        }
        None => true,
    };
    let mut flags = TYPE_HEAP | TYPE_BASETYPE;
    if has_dict {
        flags |= TYPE_HAS_DICT;
    }
    if crate::objects::slots::needs_slot_storage(&slots, &bases) {
        flags |= TYPE_HAS_SLOTS;
    }
    let builtin_dict = TYPE_SUBCLASS_DICT | TYPE_DICT_TRAILER;
    if has_dict && solid.payload.flags & builtin_dict != 0 {
        flags |= TYPE_DICT_TRAILER;
    }
    let vtable = if flags & TYPE_DICT_TRAILER != 0 {
        solid.payload.subclass_layout.vtable
    } else {
        solid.payload.vtable
    };
    let ty = PyType {
        name: crate::object::type_name::TypeName::new(name),
        qualname: crate::object::type_name::TypeName::new(&qualname),
        base: Some(solid.clone()),
        bases: crate::object::type_list::TypeList::new(bases.clone()),
        mro: crate::object::type_list::TypeList::new(mro),
        dict,
        payload_id: solid.payload.payload_id,
        vtable,
        subclass_layout: solid.payload.subclass_layout,
        flags,
        new: OnceLock::new(),
        del_cache: crate::runtime::sync::AtomicU64::new(0),
        keys: (has_dict
            && flags & TYPE_DICT_TRAILER == 0
            && solid.payload.payload_id
                == std::any::TypeId::of::<crate::objects::instance::PyInstance>())
        .then(Box::default),
        version_tag: crate::runtime::sync::AtomicU32::new(0),
    };
    let cls = PyRef::new_in(ty, meta);
    // Every instance holds a reference to its class, from whichever thread
    // creates it: deferred (CPython 3.13 gives heap types per-thread counts
    // for the same reason).
    crate::runtime::deferred::make_deferred(&cls.header);
    if let Some(s) = slots {
        crate::objects::slots::install_slots(&cls, s);
    }
    crate::objects::class_getsets::add_class_getsets(&cls);
    if let Some(c) = classcell {
        match c.downcast::<PyCell>() {
            Some(cell) => cell.set(cls.to_value()),
            None => {
                return Err(type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    c.class().payload.name()
                )))
            }
        }
    }
    register_subclass(&cls);
    type_modified(&cls);
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: the class, its
/// `__set_name__` calls and its parent's `__init_subclass__(**kwargs)`.
fn type_new(vm: &mut Vm, meta: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 1 && meta.is(&types().type_) && !args.has_kw() {
        return Ok(p[0].class().to_value());
    }
    if p.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let name = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            p[0].class().payload.name()
        ))
    })?;
    let Some(bases_t) = p[1].downcast::<PyTuple>() else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            p[1].class().payload.name()
        )));
    };
    let ns = p[2].downcast::<PyDict>().ok_or_else(|| {
        type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            p[2].class().payload.name()
        ))
    })?;
    let winner = calculate_metaclass(meta, &bases_t.items)?;
    if !std::ptr::eq(&*winner as *const Py<PyType>, meta) {
        if let Some(n) = winner.lookup(&interp().names.new) {
            if n.payload_is::<PyStaticMethod>() || n.payload_is::<PyFunction>() {
                let f = crate::objects::descriptor::unwrap_staticmethod(&n);
                let mut v = vec![winner.to_value()];
                v.extend(args.values.iter().cloned());
                return vm.call_args(
                    &f,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                );
            }
        }
    }
    let bases = bases_t
        .items
        .iter()
        .map(|b| {
            b.as_obj()
                .and_then(|o| o.clone().into_typed::<PyType>().ok())
                .ok_or_else(|| type_error("bases must be types"))
        })
        .collect::<PyResult<Vec<_>>>()?;
    let module = interp().names.module.clone();
    let with_module;
    let ns = match (ns.get_str(&module), vm.frames.last()) {
        (None, Some(f)) => {
            // `type(name, bases, ns)` called from Python: the caller's module.
            with_module = ns.copy();
            if let Some(m) = f.globals.get_str(&interp().names.name) {
                with_module.set_str(&module, m);
            }
            &*with_module
        }
        _ => ns,
    };
    let cls = new_heap_type(&winner, name.as_str(), bases, ns)?;
    if let Err(e) = crate::objects::type_bases::apply_meta_mro(vm, &cls) {
        unregister_subclass(&*cls, &cls.payload.bases);
        return Err(e);
    }
    let kw = &args.values[p.len()..];
    finish_class(vm, &cls, kw, args.kwnames)?;
    Ok(cls.into_value())
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`,
/// bypassing a metaclass `__call__` (which is what calls this).
fn type_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = this(args).to_ref();
    vm.call_type_default(
        &cls,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

/// `type.__prepare__(name, bases, **kwargs)`: an empty dict.
fn type_prepare(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(PyDict::new_ref().into_value())
}

/// `cls.__subclasses__()`: the live direct subclasses, in creation order.
fn type_subclasses(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__subclasses__", 1, 1)?;
    let t = this(args);
    let _ = p;
    let subs: Vec<Value> = SUBCLASSES
        .lock()
        .get(&type_key(t))
        .into_iter()
        .flatten()
        .map(|c| c.get().to_value())
        .collect();
    Ok(crate::objects::list::list_value(subs))
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyType> {
    args.pos()[0]
        .downcast::<PyType>()
        .expect("type method on a type")
}

fn type_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this(args);
    let module = vm.type_module_name(t);
    Ok(str_value(if module == "builtins" {
        format!("<class '{}'>", t.payload.qualname)
    } else {
        format!("<class '{}.{}'>", module, t.payload.qualname)
    }))
}

/// `type.mro(cls)`: C3 over the current bases (what a metaclass's own
/// `mro()` usually starts from).
fn type_mro(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this(args);
    let mro = if t.payload.is_heap_type() {
        c3_mro(&t.payload.name, &t.payload.bases)?
    } else {
        t.payload.mro.to_vec()
    };
    let mut items = vec![t.to_value()];
    items.extend(mro.iter().map(|m| m.to_value()));
    Ok(crate::objects::list::list_value(items))
}

/// `type.__setattr__(C, name, value)` (what `super().__setattr__` in a
/// metaclass reaches).
fn type_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__setattr__", 3, 3)?;
    let name = attr_name(&p[1])?;
    vm.type_setattr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn type_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getattribute__", 2, 2)?;
    let name = attr_name(&p[1])?;
    vm.type_getattribute(&p[0], &name)
}

fn type_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__delattr__", 2, 2)?;
    let name = attr_name(&p[1])?;
    vm.type_delattr(&p[0], &name)?;
    Ok(Value::None)
}

fn attr_name(v: &Value) -> PyResult<PyRef<PyStr>> {
    match v.downcast::<PyStr>() {
        Some(s) => Ok(intern(s.as_str())),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.class().payload.name()
        ))),
    }
}

fn type_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.type_, type_new);
    add_methods(
        &t.type_,
        &[
            ("__repr__", type_repr),
            ("mro", type_mro),
            ("__init__", type_init),
            ("__call__", type_call),
            ("__subclasses__", type_subclasses),
            ("__setattr__", type_setattr),
            ("__getattribute__", type_getattribute),
            ("__delattr__", type_delattr),
        ],
    );
    let prepare = crate::objects::method::new_builtin_function("__prepare__", type_prepare, None);
    crate::objects::method::add_attr(
        &t.type_,
        "__prepare__",
        PyRef::new_in(PyClassMethod { func: prepare }, &t.classmethod).into_value(),
    );
}

/// The tail of `type.__new__` (CPython's `type_new_impl`): `__set_name__`
/// on the new class's attributes, then the parent's
/// `__init_subclass__(**kwargs)` (`super(cls, cls).__init_subclass__`).
pub fn finish_class(
    vm: &mut Vm,
    cls: &Py<PyType>,
    kwvalues: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let names = &interp().names;
    for (k, v) in cls.payload.dict.items() {
        if let Some(f) = vm.lookup_special(&v, &names.set_name) {
            if let Err(e) = vm.call(&f, &[v.clone(), cls.to_value(), k.clone()]) {
                let key = k
                    .downcast::<PyStr>()
                    .map_or(String::new(), |s| s.as_str().to_string());
                let wrapped = crate::objects::exception::runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    v.class().payload.name(),
                    key,
                    cls.payload.name
                ));
                let old = wrapped.with_state(|s| {
                    s.suppress_context = true;
                    std::mem::replace(&mut s.cause, e.into_value())
                });
                drop(old);
                return Err(wrapped);
            }
        }
    }
    let Some(parent) = cls
        .payload
        .mro
        .iter()
        .find_map(|t| t.payload.dict.get_str(&names.init_subclass))
    else {
        return Ok(());
    };
    let mut v = Vec::with_capacity(kwvalues.len() + 1);
    let f = if let Some(cm) = parent.downcast::<PyClassMethod>() {
        v.push(cls.to_value());
        cm.func.clone()
    } else if let Some(sm) = parent.downcast::<PyStaticMethod>() {
        sm.func.clone()
    } else {
        v.push(cls.to_value());
        parent
    };
    v.extend(kwvalues.iter().cloned());
    vm.call_args(
        &f,
        Args {
            values: &v,
            kwnames,
        },
    )?;
    Ok(())
}
