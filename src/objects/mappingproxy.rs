//! `mappingproxy` (`types.MappingProxyType`): a read-only, live view of a
//! mapping. `SomeClass.__dict__` is one over the class's own dict, so
//! reading it shows later class changes and writing through it is a
//! TypeError (the class dict may change only through `setattr`, which
//! keeps the attribute caches' type epoch right). `dict_keys.mapping` and
//! the other views' `.mapping` are proxies of their dict.
//!
//! Every operation delegates to the wrapped mapping (CPython
//! Objects/descrobject.c `mappingproxy_*`). The type is created on first
//! use, immortal, like the builtin types.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::str::str_value;
use crate::vm::Vm;

pub struct PyMappingProxy {
    pub mapping: Value,
}

impl PyPayload for PyMappingProxy {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

static TYPE: OnceLock<PyRef<PyType>> = OnceLock::new();

/// The `mappingproxy` type.
pub fn mappingproxy_type() -> &'static Py<PyType> {
    TYPE.get_or_init(|| {
        let t = crate::objects::types::new_static_type(PyType::for_payload::<PyMappingProxy>(
            "mappingproxy",
            Some(types().object.clone()),
            0,
        ));
        set_new(&t, mappingproxy_new);
        add_methods(
            &t,
            &[
                ("__getitem__", proxy_getitem),
                ("__len__", proxy_len),
                ("__iter__", proxy_iter),
                ("__contains__", proxy_contains),
                ("__repr__", proxy_repr),
                ("__str__", proxy_str),
                ("__eq__", proxy_eq),
                ("get", proxy_get),
                ("keys", proxy_keys),
                ("values", proxy_values),
                ("items", proxy_items),
                ("copy", proxy_copy),
            ],
        );
        t
    })
}

/// A read-only view of `mapping`.
pub fn new_mappingproxy(mapping: Value) -> Value {
    PyRef::new_in(PyMappingProxy { mapping }, mappingproxy_type()).into_value()
}

/// A proxy of a dict.
pub fn dict_proxy(d: &Py<PyDict>) -> Value {
    new_mappingproxy(d.to_value())
}

/// `mappingproxy(mapping)`: any mapping but a list or tuple (CPython's
/// `PyMapping_Check` minus sequences).
fn mappingproxy_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw("mappingproxy", &["mapping"])?;
    let m = match (args.pos(), args.kwarg("mapping")) {
        ([m], None) | ([], Some(m)) => m,
        ([], None) => {
            return Err(type_error(
                "mappingproxy() missing required argument 'mapping' (pos 1)",
            ))
        }
        _ => {
            return Err(type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                args.values.len()
            )))
        }
    };
    let seq = m.payload_is::<crate::objects::list::PyList>()
        || m.payload_is::<crate::objects::tuple::PyTuple>();
    let mapping = m.payload_is::<PyDict>()
        || m.payload_is::<PyMappingProxy>()
        || vm
            .lookup_special(m, &crate::vm::interp().names.getitem)
            .is_some();
    if seq || !mapping {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.class().payload.name()
        )));
    }
    Ok(new_mappingproxy(m.clone()))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyMappingProxy>())
        .map(|p| &p.payload.mapping)
        .ok_or_else(|| type_error("descriptor requires a 'mappingproxy' object"))
}

fn proxy_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getitem__", 2, 2)?;
    vm.get_item(this(args)?, &p[1])
}

fn proxy_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = vm.len(this(args)?)?;
    Ok(Value::Int(n as i64))
}

fn proxy_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    vm.iter(this(args)?)
}

fn proxy_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__contains__", 2, 2)?;
    vm.contains(this(args)?, &p[1]).map(Value::Bool)
}

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = vm.repr(this(args)?)?;
    Ok(str_value(format!("mappingproxy({})", r.as_str())))
}

fn proxy_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(vm.str(this(args)?)?.into_value())
}

fn proxy_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__eq__", 2, 2)?;
    vm.rich_compare(this(args)?, &p[1], crate::bytecode::opcode::CMP_EQ)
}

/// Call the wrapped mapping's method `name` with the arguments after self.
fn delegate(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let m = this(args)?.clone();
    vm.call_method(&m, name, &args.values[1..])
}

/// Methods that call the wrapped mapping's method of the same name:
/// (function, name, least and most arguments with self).
macro_rules! delegated {
    ($($f:ident = $name:literal, $min:literal, $max:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            args.exact($name, $min, $max)?;
            delegate(vm, args, $name)
        })*
    };
}

delegated! {
    proxy_get = "get", 2, 3;
    proxy_keys = "keys", 1, 1;
    proxy_values = "values", 1, 1;
    proxy_items = "items", 1, 1;
    proxy_copy = "copy", 1, 1;
}
