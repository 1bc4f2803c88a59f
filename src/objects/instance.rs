//! Instances of classes whose solid base is `object`: a `__dict__`.
//!
//! `object()` itself has no dict. Attribute reads and writes go through the
//! instance dict (`vm::ops::attr`), so its lock is the instance's lock.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{BuiltinTypes, PyType, TYPE_HAS_DICT};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::str_value;
use crate::vm::Vm;

pub struct PyInstance {
    pub dict: Option<PyRef<PyDict>>,
}

impl PyPayload for PyInstance {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = &self.dict {
            visit(&d.to_value());
        }
    }
}

/// `object.__new__(cls)`.
pub fn object_new(_vm: &mut Vm, cls: &Py<PyType>, _args: &Args) -> PyResult<Value> {
    let dict = if cls.payload.flags & TYPE_HAS_DICT != 0 { Some(PyDict::new_ref()) } else { None };
    Ok(PyRef::new_in(PyInstance { dict }, cls).into_value())
}

fn object_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let ty = this.class();
    let module = vm.type_module_name(ty);
    let prefix = if module == "builtins" { String::new() } else { format!("{module}.") };
    Ok(str_value(format!("<{}{} object at {:#x}>", prefix, ty.payload.qualname, this.id())))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(vm.repr(&args.pos()[0])?.into_value())
}

fn object_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    Ok(if p[0].is(&p[1]) { Value::Bool(true) } else { crate::objects::none::not_implemented() })
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
    add_methods(
        &t.object,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
        ],
    );
}

/// Install a type's `__new__` (once, at its creation).
pub fn set_new(ty: &Py<PyType>, new: crate::objects::method::NewFn) {
    let _ = ty.payload.new.set(new);
}
