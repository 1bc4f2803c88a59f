//! Attributes of builtin objects that live in their Rust payloads rather
//! than in a dict (`f.__code__`, `m.__self__`, `x.__class__`...): the last
//! step of `object.__getattribute__`.

use crate::bytecode::code::PyCode;
use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::descriptor::PyProperty;
use crate::objects::exception::PyResult;
use crate::objects::method::{PyBoundMethod, PyBuiltinFunction};
use crate::objects::range::PyRange;
use crate::objects::slice::PySlice;
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

pub fn builtin_attr(vm: &mut Vm, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
    let n = name.as_str();
    if n == "__class__" {
        return Ok(Some(obj.class().to_value()));
    }
    if n == "__dict__" {
        if let Some(d) = crate::vm::ops::attr::instance_dict(obj) {
            return Ok(Some(d.to_value()));
        }
    }
    if let Some(a) = obj.downcast::<crate::objects::generic_alias::PyGenericAlias>() {
        return crate::objects::generic_alias::alias_attr(vm, a, name);
    }
    if let Some(u) = obj.downcast::<crate::objects::union_type::PyUnion>() {
        return Ok(match n {
            "__args__" => Some(u.args.to_value()),
            "__parameters__" => Some(tuple_value(Vec::new())),
            _ => None,
        });
    }
    let v = match obj {
        Value::Int(_) | Value::Bool(_) => match n {
            "real" | "numerator" => Some(Value::Int(
                crate::objects::int::to_i64_index(obj)
                    .and_then(|r| r.ok())
                    .unwrap_or(0),
            )),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match n {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Obj(o) => {
            if let Some(b) = o.downcast::<PyBuiltinFunction>() {
                match n {
                    "__name__" => Some(str_value(b.name)),
                    "__qualname__" => Some(str_value(builtin_qualname(b))),
                    "__self__" => Some(if b.self_.is_null() {
                        Value::None
                    } else {
                        b.self_.clone()
                    }),
                    "__module__" => Some(b.module.map_or(Value::None, str_value)),
                    "__doc__" => Some(match b.module.filter(|m| *m == "builtins") {
                        Some(_) => crate::modules::builtins_doc::builtin_doc(b.name)
                            .map_or(Value::None, str_value),
                        None => Value::None,
                    }),
                    _ => None,
                }
            } else if let Some(m) = o.downcast::<PyBoundMethod>() {
                match n {
                    "__self__" => Some(m.self_.clone()),
                    "__func__" => Some(m.func.clone()),
                    _ => {
                        return vm
                            .get_attr(&m.func, &crate::objects::str::intern(n))
                            .map(Some)
                            .or(Ok(None))
                    }
                }
            } else if let Some(c) = o.downcast::<PyCode>() {
                match n {
                    "co_name" => Some(c.name.to_value()),
                    "co_qualname" => Some(c.qualname.to_value()),
                    "co_filename" => Some(c.filename.to_value()),
                    "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
                    "co_argcount" => Some(Value::Int(c.argcount as i64)),
                    "co_varnames" => Some(names_tuple(&c.varnames)),
                    "co_cellvars" => Some(names_tuple(&c.cellvars)),
                    "co_freevars" => Some(names_tuple(&c.freevars)),
                    "co_names" => Some(names_tuple(&c.names)),
                    "co_consts" => Some(tuple_value(c.consts.to_vec())),
                    "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                    "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                    "co_stacksize" => Some(Value::Int(c.stacksize as i64)),
                    "co_flags" => Some(Value::Int(c.cpython_flags() as i64)),
                    // The compiler's instructions (superinstructions unfused),
                    // two bytes per unit as CPython's.
                    "co_code" => Some(crate::objects::bytes::bytes_value(
                        c.code
                            .iter()
                            .flat_map(|u| [u.op.unfused() as u8, u.arg])
                            .collect(),
                    )),
                    _ => None,
                }
            } else if let Some(s) = o.downcast::<PySlice>() {
                match n {
                    "start" => Some(s.start.clone()),
                    "stop" => Some(s.stop.clone()),
                    "step" => Some(s.step.clone()),
                    _ => None,
                }
            } else if let Some(r) = o.downcast::<PyRange>() {
                match n {
                    "start" => Some(Value::Int(r.start)),
                    "stop" => Some(Value::Int(r.stop)),
                    "step" => Some(Value::Int(r.step)),
                    _ => None,
                }
            } else if let Some(p) = o.downcast::<PyProperty>() {
                match n {
                    "fget" => Some(p.fget.clone()),
                    "fset" => Some(p.fset.clone()),
                    "fdel" => Some(p.fdel.clone()),
                    "__doc__" => Some(p.doc.clone()),
                    _ => None,
                }
            } else if let Some(sm) = o.downcast::<crate::objects::descriptor::PyStaticMethod>() {
                match n {
                    "__func__" | "__wrapped__" => Some(sm.func.clone()),
                    "__isabstractmethod__" => Some(Value::Bool(false)),
                    _ => None,
                }
            } else if let Some(cm) = o.downcast::<crate::objects::descriptor::PyClassMethod>() {
                match n {
                    "__func__" | "__wrapped__" => Some(cm.func.clone()),
                    "__isabstractmethod__" => Some(Value::Bool(false)),
                    _ => None,
                }
            } else if let Some(g) = o.downcast::<crate::objects::getset::PyGetSet>() {
                match n {
                    "__name__" | "__qualname__" => Some(str_value(g.name())),
                    _ => None,
                }
            } else if let Some(s) = o.downcast::<crate::objects::super_::PySuper>() {
                match n {
                    "__thisclass__" => Some(s.ty.to_value()),
                    "__self__" => Some(s.obj.clone()),
                    "__self_class__" => Some(crate::objects::super_::super_self_class(s)),
                    _ => None,
                }
            } else if let Some(b) = o.downcast::<crate::objects::int::PyBigInt>() {
                match n {
                    "real" | "numerator" => Some(crate::objects::int::int_value(b.value.clone())),
                    "imag" => Some(Value::Int(0)),
                    "denominator" => Some(Value::Int(1)),
                    _ => None,
                }
            } else if let Some(d) = o.downcast::<crate::objects::method::PyMethodDescr>() {
                match n {
                    "__name__" => Some(str_value(d.name)),
                    "__qualname__" => {
                        Some(str_value(format!("{}.{}", d.owner.payload.name, d.name)))
                    }
                    "__objclass__" => Some(d.owner.to_value()),
                    _ => None,
                }
            } else if let Some(v) = o.downcast::<crate::objects::iter::PyDictView>() {
                match n {
                    "mapping" => Some(crate::objects::mappingproxy::dict_proxy(&v.dict)),
                    _ => None,
                }
            } else if let Some(f) = crate::objects::num_subclass::float_obj(obj) {
                match n {
                    "real" => Some(Value::Float(f)),
                    "imag" => Some(Value::Float(0.0)),
                    _ => None,
                }
            } else {
                None
            }
        }
        _ => None,
    };
    Ok(v)
}

/// `list.append` for a method bound to an instance, `len` for a function.
fn builtin_qualname(b: &PyBuiltinFunction) -> String {
    let s = &b.self_;
    if s.is_null() || s.is_none() || s.payload_is::<crate::objects::module::PyModule>() {
        return b.name.to_string();
    }
    let owner = match s.downcast::<crate::object::typeobj::PyType>() {
        Some(t) => t.payload.name().to_string(),
        None => s.class().payload.name().to_string(),
    };
    format!("{owner}.{}", b.name)
}

fn names_tuple(names: &[PyRef<PyStr>]) -> Value {
    tuple_value(names.iter().map(|v| v.to_value()).collect())
}
