//! `property`, `staticmethod` and `classmethod`: the descriptors the
//! attribute protocol (`vm::ops::attr`) knows natively.
//!
//! All three are immutable after creation (`property.setter` returns a new
//! property, as in CPython), so any thread may read them without a lock.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;

pub struct PyProperty {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

impl PyPayload for PyProperty {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.fget);
        visit(&self.fset);
        visit(&self.fdel);
        visit(&self.doc);
    }
}

pub struct PyStaticMethod {
    pub func: Value,
}

impl PyPayload for PyStaticMethod {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
    }
}

pub struct PyClassMethod {
    pub func: Value,
}

impl PyPayload for PyClassMethod {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
    }
}

/// The function inside a staticmethod (or the value itself).
pub fn unwrap_staticmethod(v: &Value) -> Value {
    match v.downcast::<PyStaticMethod>() {
        Some(s) => s.func.clone(),
        None => v.clone(),
    }
}

fn property_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw("property", &["fget", "fset", "fdel", "doc"])?;
    let p = args.pos();
    if p.len() > 4 {
        return Err(type_error(format!("property() takes at most 4 arguments ({} given)", p.len())));
    }
    let get = |i: usize, name: &str| -> Value {
        p.get(i).or_else(|| args.kwarg(name)).cloned().unwrap_or(Value::None)
    };
    let prop = PyProperty { fget: get(0, "fget"), fset: get(1, "fset"), fdel: get(2, "fdel"), doc: get(3, "doc") };
    Ok(PyRef::new_in(prop, cls).into_value())
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let p = args.exact("property", 2, 2)?;
    let this = p[0].downcast::<PyProperty>().ok_or_else(|| type_error("descriptor requires a 'property' object"))?;
    let mut parts = [this.fget.clone(), this.fset.clone(), this.fdel.clone()];
    parts[which] = p[1].clone();
    let [fget, fset, fdel] = parts;
    let prop = PyProperty { fget, fset, fdel, doc: this.doc.clone() };
    Ok(PyRef::new_in(prop, p[0].class()).into_value())
}

fn property_getter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 0)
}

fn property_setter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 1)
}

fn property_deleter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(args, 2)
}

fn staticmethod_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("staticmethod", 1, 1)?;
    Ok(PyRef::new_in(PyStaticMethod { func: p[0].clone() }, cls).into_value())
}

fn classmethod_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("classmethod", 1, 1)?;
    Ok(PyRef::new_in(PyClassMethod { func: p[0].clone() }, cls).into_value())
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.property, property_new);
    set_new(&t.staticmethod, staticmethod_new);
    set_new(&t.classmethod, classmethod_new);
    add_methods(
        &t.property,
        &[("getter", property_getter), ("setter", property_setter), ("deleter", property_deleter)],
    );
}
