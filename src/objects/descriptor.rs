//! `property`, `staticmethod` and `classmethod`: the descriptors the
//! attribute protocol (`vm::ops::attr`) knows natively.
//!
//! All three are immutable after creation (`property.setter` returns a new
//! property, as in CPython), so any thread may read them without a lock;
//! but for a property's name, which `__set_name__` sets (under a leaf
//! lock) and only error messages read.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{attribute_error, type_error, PyErr, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, new_bound_method, Args};
use crate::objects::str::PyStr;
use crate::runtime::sync::Mutex;
use crate::vm::Vm;

pub struct PyProperty {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name `__set_name__` gave it (`Null`: none).
    name: Mutex<Value>,
}

impl PyPayload for PyProperty {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.fget);
        visit(&self.fset);
        visit(&self.fdel);
        visit(&self.doc);
        visit(&self.name.lock());
    }
}

impl PyProperty {
    /// The AttributeError for a missing getter, setter or deleter
    /// (`which`), worded as CPython 3.11's.
    pub fn missing(&self, obj: &Value, which: &str) -> PyErr {
        let qualname = obj.class().payload.qualname.to_string();
        let name = self.name.lock().clone();
        attribute_error(match name.downcast::<PyStr>() {
            Some(n) => format!(
                "property {} of '{qualname}' object has no {which}",
                crate::objects::str::str_repr(n.as_str())
            ),
            None => format!("property of '{qualname}' object has no {which}"),
        })
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

impl PyClassMethod {
    /// The classmethod bound to `cls`: a `method`, or for a native
    /// function (`dict.fromkeys`, `int.from_bytes`) a
    /// `builtin_function_or_method` whose `__self__` is the class, as
    /// CPython's `classmethod_descriptor` gives.
    pub fn bind(&self, cls: Value) -> Value {
        use crate::objects::method::{new_bound_method, PyBuiltinFunction};
        match self.func.downcast::<PyBuiltinFunction>() {
            Some(b) if b.self_.is_null() => PyRef::new_in(
                PyBuiltinFunction {
                    name: b.name,
                    func: b.func,
                    self_: cls,
                    module: None,
                },
                &crate::object::typeobj::types().builtin_function,
            )
            .into_value(),
            _ => new_bound_method(self.func.clone(), cls),
        }
    }
}

/// The function inside a staticmethod (or the value itself).
pub fn unwrap_staticmethod(v: &Value) -> Value {
    match v.downcast::<PyStaticMethod>() {
        Some(s) => s.func.clone(),
        None => v.clone(),
    }
}

fn property_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw("property", &["fget", "fset", "fdel", "doc"])?;
    let p = args.pos();
    if p.len() > 4 {
        return Err(type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            p.len()
        )));
    }
    let get = |i: usize, name: &str| -> Value {
        p.get(i)
            .or_else(|| args.kwarg(name))
            .cloned()
            .unwrap_or(Value::None)
    };
    let mut prop = PyProperty {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
        name: Mutex::new(Value::Null),
    };
    if prop.doc.is_none() && !prop.fget.is_none() {
        // CPython copies the getter's docstring when no doc is given.
        prop.doc = vm
            .get_attr_str(&prop.fget, "__doc__")
            .unwrap_or(Value::None);
    }
    Ok(PyRef::new_in(prop, cls).into_value())
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let p = args.exact("property", 2, 2)?;
    let this = p[0]
        .downcast::<PyProperty>()
        .ok_or_else(|| type_error("descriptor requires a 'property' object"))?;
    let mut parts = [this.fget.clone(), this.fset.clone(), this.fdel.clone()];
    parts[which] = p[1].clone();
    let [fget, fset, fdel] = parts;
    let prop = PyProperty {
        fget,
        fset,
        fdel,
        doc: this.doc.clone(),
        name: Mutex::new(this.name.lock().clone()),
    };
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

/// `descr.__get__(obj, type=None)` arguments: (self, obj, type).
fn get_args<'a>(args: &Args<'a>) -> PyResult<(&'a Value, Value, Value)> {
    let p = args.exact("__get__", 2, 3)?;
    let obj = if p[1].is_none() {
        Value::None
    } else {
        p[1].clone()
    };
    let ty = match p.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::None,
    };
    if obj.is_none() && ty.is_none() {
        return Err(type_error("__get__(None, None) is invalid"));
    }
    Ok((&p[0], obj, ty))
}

/// `function.__get__(obj, type=None)`: a bound method, or the function
/// itself when `obj` is None.
fn function_get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (f, obj, _) = get_args(args)?;
    Ok(if obj.is_none() {
        f.clone()
    } else {
        new_bound_method(f.clone(), obj)
    })
}

fn staticmethod_get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, _, _) = get_args(args)?;
    Ok(s.downcast::<PyStaticMethod>()
        .map_or(Value::None, |s| s.func.clone()))
}

fn classmethod_get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (c, obj, ty) = get_args(args)?;
    let ty = if ty.is_none() {
        obj.class().to_value()
    } else {
        ty
    };
    Ok(c.downcast::<PyClassMethod>()
        .map_or(Value::None, |c| new_bound_method(c.func.clone(), ty)))
}

/// `staticmethod(f)(*args)`: callable since Python 3.10.
fn staticmethod_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let func = args.values[0]
        .downcast::<PyStaticMethod>()
        .map_or(Value::None, |s| s.func.clone());
    vm.call_args(
        &func,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

fn property_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (p, obj, _) = get_args(args)?;
    if obj.is_none() {
        return Ok(p.clone());
    }
    let this = as_property(p)?;
    if this.fget.is_none() {
        return Err(this.missing(&obj, "getter"));
    }
    vm.call(&this.fget, &[obj])
}

fn as_property(v: &Value) -> PyResult<&Py<PyProperty>> {
    v.downcast::<PyProperty>()
        .ok_or_else(|| type_error("descriptor requires a 'property' object"))
}

fn property_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__set__", 3, 3)?;
    let this = as_property(&p[0])?;
    if this.fset.is_none() {
        return Err(this.missing(&p[1], "setter"));
    }
    vm.call(&this.fset, &[p[1].clone(), p[2].clone()])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__delete__", 2, 2)?;
    let this = as_property(&p[0])?;
    if this.fdel.is_none() {
        return Err(this.missing(&p[1], "deleter"));
    }
    vm.call(&this.fdel, &[p[1].clone()])?;
    Ok(Value::None)
}

/// `property.__set_name__(owner, name)`: the name its errors give.
fn property_set_name(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__set_name__", 3, 3)?;
    let this = as_property(&p[0])?;
    let old = std::mem::replace(&mut *this.name.lock(), p[2].clone());
    drop(old);
    Ok(Value::None)
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.no_kw("method")?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            p.len()
        )));
    }
    if !crate::modules::builtins::is_callable(vm, &p[0]) {
        return Err(type_error("first argument must be callable"));
    }
    if p[1].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_bound_method(p[0].clone(), p[1].clone()))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.bound_method, method_new);
    add_methods(&t.function, &[("__get__", function_get)]);
    add_methods(
        &t.staticmethod,
        &[
            ("__get__", staticmethod_get),
            ("__call__", staticmethod_call),
        ],
    );
    add_methods(&t.classmethod, &[("__get__", classmethod_get)]);
    set_new(&t.property, property_new);
    set_new(&t.staticmethod, staticmethod_new);
    set_new(&t.classmethod, classmethod_new);
    add_methods(
        &t.property,
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("__set_name__", property_set_name),
        ],
    );
}
