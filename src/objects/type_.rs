//! `type`: the attributes and methods of type objects, and heap types
//! (classes made by `class` statements and by `type(name, bases, ns)`).
//!
//! A heap type inherits the Rust payload of its "solid" base (the first base
//! whose instances are not plain `object` instances), so `class E(Exception)`
//! instances are exceptions and `class L(list)` instances are lists. Its MRO
//! is CPython's C3 linearization.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{type_modified, types, BuiltinTypes, PyType, TYPE_BASETYPE, TYPE_HAS_DICT, TYPE_HEAP};
use crate::object::value::Value;
use crate::objects::descriptor::PyStaticMethod;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::function::PyFunction;
use crate::objects::instance::{set_new, PyInstance};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::{interp, Vm};

pub use crate::objects::types::new_static_type;

/// Attributes every type has (`__name__`, `__mro__`...), before its dict.
pub fn type_special_attr(vm: &mut Vm, t: &Py<PyType>, name: &Py<PyStr>) -> PyResult<Option<Value>> {
    let n = &interp().names;
    let ty = &t.payload;
    let v = if name.eq_str(&n.name) {
        str_value(ty.name.clone())
    } else if name.eq_str(&n.qualname) {
        str_value(ty.qualname.clone())
    } else if name.eq_str(&n.mro) {
        let mut items = vec![t.to_value()];
        items.extend(ty.mro.iter().map(|m| m.to_value()));
        tuple_value(items)
    } else if name.eq_str(&n.bases) {
        tuple_value(bases_of(t).into_iter().map(|b| b.into_value()).collect())
    } else if name.eq_str(&n.base) {
        ty.base.as_ref().map_or(Value::None, |b| b.to_value())
    } else if name.eq_str(&n.dict) {
        ty.dict.copy().into_value()
    } else if name.eq_str(&n.module) {
        match ty.dict.get_str(name) {
            Some(v) => v,
            None => str_value(vm.type_module_name(t)),
        }
    } else if name.eq_str(&n.doc) {
        ty.dict.get_str(name).unwrap_or(Value::None)
    } else {
        return Ok(None);
    };
    Ok(Some(v))
}

/// The declared bases of a type (kept in its dict as `__bases__` for heap
/// types; a builtin type's single base otherwise).
pub fn bases_of(t: &Py<PyType>) -> Vec<PyRef<PyType>> {
    if let Some(b) = t.payload.dict.get_str(&interp().names.bases) {
        if let Some(tup) = b.downcast::<PyTuple>() {
            return tup.items.iter().filter_map(|v| v.as_obj().and_then(|o| o.clone().into_typed::<PyType>().ok())).collect();
        }
    }
    t.payload.base.iter().cloned().collect()
}

/// C3 linearization of `bases` (the MRO after the new type itself).
fn c3_mro(name: &str, bases: &[PyRef<PyType>]) -> PyResult<Vec<PyRef<PyType>>> {
    let mut seqs: Vec<Vec<PyRef<PyType>>> = bases
        .iter()
        .map(|b| std::iter::once(b.clone()).chain(b.payload.mro.iter().cloned()).collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<PyRef<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(h))));
        let Some(head) = head else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].payload.name.clone();
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

/// Create a class: `metatype(name, bases, namespace)`.
pub fn new_heap_type(
    meta: &Py<PyType>,
    name: &str,
    bases: Vec<PyRef<PyType>>,
    ns: &Py<PyDict>,
) -> PyResult<PyRef<PyType>> {
    let t = types();
    let bases = if bases.is_empty() { vec![t.object.clone()] } else { bases };
    for b in &bases {
        if b.payload.flags & TYPE_BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", b.payload.name)));
        }
    }
    let solid = bases
        .iter()
        .find(|b| b.payload.payload_id != std::any::TypeId::of::<PyInstance>())
        .unwrap_or(&bases[0])
        .clone();
    let mro = c3_mro(name, &bases)?;
    let dict = PyDict::new_ref();
    for (k, v) in ns.items() {
        if let Some(ks) = k.downcast::<PyStr>() {
            let v = if ks.as_str() == "__new__" && v.payload_is::<PyFunction>() {
                PyRef::new_in(PyStaticMethod { func: v }, &t.staticmethod).into_value()
            } else {
                v
            };
            dict.set_str(&intern(ks.as_str()), v);
        }
    }
    let qualname = match dict.del_str(&interp().names.qualname) {
        Some(q) => q.downcast::<PyStr>().map(|s| s.as_str().to_string()).unwrap_or_else(|| name.to_string()),
        None => name.to_string(),
    };
    dict.set_str(&interp().names.bases, tuple_value(bases.iter().map(|b| b.to_value()).collect()));
    if dict.get_str(&interp().names.eq).is_some() && dict.get_str(&interp().names.hash).is_none() {
        dict.set_str(&interp().names.hash, Value::None);
    }
    if let Some(f) = dict.get_str(&interp().names.init_subclass) {
        if f.payload_is::<PyFunction>() {
            let cm = crate::objects::descriptor::PyClassMethod { func: f };
            dict.set_str(&interp().names.init_subclass, PyRef::new_in(cm, &t.classmethod).into_value());
        }
    }
    let flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_HAS_DICT | (solid.payload.flags & TYPE_HAS_DICT);
    let ty = PyType {
        name: name.to_string(),
        qualname,
        base: Some(solid.clone()),
        mro,
        dict,
        payload_id: solid.payload.payload_id,
        vtable: solid.payload.vtable,
        flags,
        new: OnceLock::new(),
    };
    let cls = PyRef::new_in(ty, meta);
    // Every instance holds a reference to its class, from whichever thread
    // creates it: deferred (CPython 3.13 gives heap types per-thread counts
    // for the same reason). Classes live until the cycle collector exists.
    cls.header.make_deferred();
    type_modified();
    Ok(cls)
}

fn type_new(vm: &mut Vm, meta: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() == 1 && meta.is(&types().type_) {
        return Ok(p[0].class().to_value());
    }
    if p.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let name = p[0].downcast::<PyStr>().ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?;
    let bases = match p[1].downcast::<PyTuple>() {
        Some(t) => t
            .items
            .iter()
            .map(|b| b.as_obj().and_then(|o| o.clone().into_typed::<PyType>().ok()).ok_or_else(|| type_error("bases must be types")))
            .collect::<PyResult<Vec<_>>>()?,
        None => return Err(type_error("type.__new__() argument 2 must be tuple")),
    };
    let ns = p[2].downcast::<PyDict>().ok_or_else(|| type_error("type.__new__() argument 3 must be dict"))?;
    let _ = vm;
    Ok(new_heap_type(meta, name.as_str(), bases, ns)?.into_value())
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyType> {
    args.pos()[0].downcast::<PyType>().expect("type method on a type")
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

fn type_mro(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this(args);
    let mut items = vec![t.to_value()];
    items.extend(t.payload.mro.iter().map(|m| m.to_value()));
    Ok(crate::objects::list::list_value(items))
}

fn type_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.type_, type_new);
    add_methods(&t.type_, &[("__repr__", type_repr), ("mro", type_mro), ("__init__", type_init)]);
}

/// After a `class` statement builds `cls`: `__set_name__` on its attributes
/// and the parent's `__init_subclass__` (CPython's type_new_impl tail).
pub fn finish_class(vm: &mut Vm, cls: &Py<PyType>) -> PyResult<()> {
    let names = &interp().names;
    for (k, v) in cls.payload.dict.items() {
        if v.class().payload.is_heap_type() {
            if let Some(f) = vm.lookup_special(&v, &names.set_name) {
                vm.call(&f, &[v.clone(), cls.to_value(), k])?;
            }
        }
    }
    let parent = cls.payload.mro.iter().find_map(|t| t.payload.dict.get_str(&names.init_subclass));
    if let Some(f) = parent {
        let f = match f.downcast::<crate::objects::descriptor::PyClassMethod>() {
            Some(cm) => cm.func.clone(),
            None => f,
        };
        if f.payload_is::<PyFunction>() {
            vm.call(&f, &[cls.to_value()])?;
        }
    }
    Ok(())
}
