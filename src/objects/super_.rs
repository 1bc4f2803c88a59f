//! `super`: attribute lookup that starts after a given class in the MRO of
//! an instance's type. Zero-argument `super()` reads the calling frame's
//! `__class__` cell and first argument, as CPython does.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::cell::PyCell;
use crate::objects::exception::{attribute_error, runtime_error, type_error, PyResult};
use crate::objects::function::PyFunction;
use crate::objects::instance::set_new;
use crate::objects::method::{new_bound_method, Args, PyMethodDescr};
use crate::objects::str::PyStr;
use crate::vm::Vm;

pub struct PySuper {
    /// The class whose successors in the MRO are searched.
    pub ty: PyRef<PyType>,
    /// The instance (or class, for classmethods) the lookup binds to;
    /// None for an unbound `super(T)`.
    pub obj: Value,
    /// False for `super(T)`: attribute lookups are the super object's own.
    pub bound: bool,
}

impl PyPayload for PySuper {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.ty.to_value());
        visit(&self.obj);
    }
}

fn super_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("super", 0, 2)?;
    let (ty, obj) = match p.len() {
        0 => zero_arg_super(vm)?,
        2 => {
            let ty = as_type(&p[0])?;
            let obj = p[1].clone();
            let ok = match obj.downcast::<PyType>() {
                Some(t) if t.is_subtype(&ty) => true,
                _ => obj.class().is_subtype(&ty),
            };
            if !ok {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            (ty, obj)
        }
        _ => {
            let ty = as_type(&p[0])?;
            let s = PySuper {
                ty,
                obj: Value::None,
                bound: false,
            };
            return Ok(PyRef::new_in(s, cls).into_value());
        }
    };
    let bound = true;
    Ok(PyRef::new_in(PySuper { ty, obj, bound }, cls).into_value())
}

fn as_type(v: &Value) -> PyResult<PyRef<PyType>> {
    v.as_obj()
        .and_then(|o| o.clone().into_typed::<PyType>().ok())
        .ok_or_else(|| {
            type_error(format!(
                "super() argument 1 must be a type, not {}",
                v.class().payload.name()
            ))
        })
}

/// `repr(super(T, obj))`: `<super: <class 'T'>, <U object>>`.
fn super_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let Some(s) = this.downcast::<PySuper>() else {
        return Err(type_error(
            "descriptor '__repr__' requires a 'super' object",
        ));
    };
    let what = if s.bound {
        let sc = super_self_class(s);
        let name = sc
            .downcast::<PyType>()
            .map_or(String::new(), |t| t.payload.name.to_string());
        format!("<{name} object>")
    } else {
        "NULL".to_string()
    };
    Ok(crate::objects::str::str_value(format!(
        "<super: <class '{}'>, {what}>",
        s.ty.payload.name
    )))
}

fn zero_arg_super(vm: &mut Vm) -> PyResult<(PyRef<PyType>, Value)> {
    let f = vm
        .frames
        .last()
        .ok_or_else(|| runtime_error("super(): no current frame"))?;
    let code = &f.code;
    if code.argcount == 0 && code.flags & crate::bytecode::code::CO_VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack[f.base].clone();
    if let Some(c) = first.downcast::<PyCell>() {
        first = c.get();
    }
    let nlocals = code.nlocals() + code.cellvars.len();
    let pos = code.freevars.iter().position(|n| n.as_str() == "__class__");
    let Some(i) = pos else {
        return Err(runtime_error("super(): __class__ cell not found"));
    };
    let cell = vm.stack[f.base + nlocals + i].clone();
    let class = cell
        .downcast::<PyCell>()
        .map(|c| c.get())
        .unwrap_or_default();
    let ty = class
        .as_obj()
        .and_then(|o| o.clone().into_typed::<PyType>().ok())
        .ok_or_else(|| runtime_error("super(): __class__ is not a type"))?;
    Ok((ty, first))
}

/// `super_obj.__self_class__`: the class whose MRO is searched.
pub fn super_self_class(s: &PySuper) -> Value {
    if !s.bound {
        return Value::None;
    }
    match s.obj.downcast::<PyType>() {
        Some(t) if t.is_subtype(&s.ty) => s.obj.clone(),
        _ => s.obj.class().to_value(),
    }
}

impl Vm {
    /// `super_obj.name`.
    pub fn super_getattr(&mut self, s: &Py<PySuper>, name: &Py<PyStr>) -> PyResult<Value> {
        if !s.bound {
            return self.super_own_attr(s, name);
        }
        let start_type = match s.obj.downcast::<PyType>() {
            Some(t) if t.is_subtype(&s.ty) => t.to_ref(),
            _ => s.obj.class().to_ref(),
        };
        let is_class = s.obj.payload_is::<PyType>()
            && start_type.as_ptr() == s.obj.as_obj().map_or(std::ptr::null(), |o| o.as_ptr());
        let mro: Vec<PyRef<PyType>> = std::iter::once(start_type.clone())
            .chain(start_type.payload.mro.iter().cloned())
            .collect();
        let after = mro
            .iter()
            .position(|t| t.is(&s.ty))
            .map_or(mro.len(), |i| i + 1);
        for t in &mro[after..] {
            if let Some(v) = t.payload.dict.get_str(name) {
                return self.super_bind(v, s, is_class);
            }
        }
        self.super_own_attr(s, name)
    }

    /// An attribute of the super object itself (`__thisclass__`...).
    fn super_own_attr(&mut self, s: &Py<PySuper>, name: &Py<PyStr>) -> PyResult<Value> {
        let obj = s.to_value();
        if let Some(v) = crate::objects::attrs::builtin_attr(self, &obj, name)? {
            return Ok(v);
        }
        if let Some(v) = types().super_.payload.dict.get_str(name) {
            return self.descr_get(&v, &obj);
        }
        Err(attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.as_str()
        )))
    }

    fn super_bind(&mut self, v: Value, s: &Py<PySuper>, is_class: bool) -> PyResult<Value> {
        use crate::objects::descriptor::{PyClassMethod, PyStaticMethod};
        if v.payload_is::<PyFunction>() {
            return Ok(if is_class {
                v
            } else {
                new_bound_method(v, s.obj.clone())
            });
        }
        if let Some(d) = v.downcast::<PyMethodDescr>() {
            return Ok(if is_class {
                v.clone()
            } else {
                crate::objects::wrapper_descr::bind_descr(d, s.obj.clone())
            });
        }
        if let Some(sm) = v.downcast::<PyStaticMethod>() {
            return Ok(sm.func.clone());
        }
        if let Some(cm) = v.downcast::<PyClassMethod>() {
            let cls = if is_class {
                s.obj.clone()
            } else {
                s.obj.class().to_value()
            };
            return Ok(cm.bind(cls));
        }
        if let Some(p) = v.downcast::<crate::objects::descriptor::PyProperty>() {
            let fget = p.fget.clone();
            return self.call(&fget, &[s.obj.clone()]);
        }
        if v.class().payload.is_heap_type() {
            // A Python descriptor: `__get__(obj, start type)`, obj None
            // when the super object is bound to the class itself.
            if let Some(g) = self.lookup_type(v.class(), &crate::vm::state::interp().names.get) {
                let inst = if is_class { Value::None } else { s.obj.clone() };
                let owner = super_self_class(s);
                return self.call(&g, &[v, inst, owner]);
            }
        }
        Ok(v)
    }
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.super_, super_new);
    crate::objects::method::add_methods(&t.super_, &[("__repr__", super_repr)]);
}
