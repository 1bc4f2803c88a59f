//! Instances of classes whose solid base is `object`: a `__dict__`.
//!
//! `object()` itself has no dict. Attribute reads and writes go through the
//! instance dict (`vm::ops::attr`), so its lock is the instance's lock.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType, TYPE_HAS_DICT, TYPE_HAS_SLOTS};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{attribute_error, type_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{intern, str_value, PyStr};
use crate::vm::state::interp;
use crate::vm::Vm;

pub struct PyInstance {
    pub dict: Option<PyRef<PyDict>>,
    /// `__slots__` values by member name (`objects::slots`), when the
    /// class has slot members.
    pub slots: Option<PyRef<PyDict>>,
}

impl PyPayload for PyInstance {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = &self.dict {
            visit(&d.to_value());
        }
        if let Some(d) = &self.slots {
            visit(&d.to_value());
        }
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
    let dict = if cls.payload.flags & TYPE_HAS_DICT != 0 {
        Some(PyDict::new_ref())
    } else {
        None
    };
    let slots = if cls.payload.flags & TYPE_HAS_SLOTS != 0 {
        Some(PyDict::new_ref())
    } else {
        None
    };
    Ok(PyRef::new_in(PyInstance { dict, slots }, cls).into_value())
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
