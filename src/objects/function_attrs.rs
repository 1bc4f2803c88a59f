//! The attributes of `function` objects as CPython's `func_getsetlist` and
//! `func_memberlist` define them: data descriptors in the type's dict, so
//! `f.__name__ = ...` updates the function and never its `__dict__`.

use crate::bytecode::code::PyCode;
use crate::object::pyref::Py;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::function::{FuncMeta, PyFunction};
use crate::objects::getset::{add_getsets, add_members, Getter, Setter};
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

fn func(v: &Value) -> PyResult<&Py<PyFunction>> {
    v.downcast::<PyFunction>()
        .ok_or_else(|| type_error("descriptor requires a 'function' object"))
}

fn or_none(v: Option<Value>) -> Value {
    v.unwrap_or(Value::None)
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.name().into_value())
}

fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.qualname().into_value())
}

/// `__name__`/`__qualname__` take only str (and cannot be deleted).
fn set_str_field(
    v: &Value,
    value: Value,
    what: &str,
    field: fn(&mut FuncMeta) -> &mut crate::object::pyref::PyRef<PyStr>,
) -> PyResult<()> {
    let s = value
        .as_obj()
        .and_then(|o| o.clone().into_typed::<PyStr>().ok())
        .ok_or_else(|| type_error(format!("{what} must be set to a string object")))?;
    let old = func(v)?.with_meta(|m| std::mem::replace(field(m), s));
    drop(old);
    Ok(())
}

fn set_name(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    set_str_field(v, value, "__name__", |m| &mut m.name)
}

fn set_qualname(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    set_str_field(v, value, "__qualname__", |m| &mut m.qualname)
}

/// Replace a `Value` field; `del` (`Null`) stores `None`.
fn set_value_field(
    v: &Value,
    value: Value,
    field: fn(&mut FuncMeta) -> &mut Value,
) -> PyResult<()> {
    let value = if value.is_null() { Value::None } else { value };
    let old = func(v)?.with_meta(|m| std::mem::replace(field(m), value));
    drop(old);
    Ok(())
}

fn get_module(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.with_meta(|m| m.module.clone()))
}

fn set_module(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    set_value_field(v, value, |m| &mut m.module)
}

fn get_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.with_meta(|m| m.doc.clone()))
}

fn set_doc(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    set_value_field(v, value, |m| &mut m.doc)
}

/// Created empty on first read, as CPython's `func_get_annotations`.
fn get_annotations(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func(v)?;
    let cur = f.with_meta(|m| m.annotations.clone());
    if !cur.is_null() && !cur.is_none() {
        return Ok(cur);
    }
    let fresh = PyDict::new_ref().into_value();
    Ok(f.with_meta(|m| {
        if m.annotations.is_null() || m.annotations.is_none() {
            m.annotations = fresh;
        }
        m.annotations.clone()
    }))
}

fn set_annotations(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    if !value.is_null() && !value.is_none() && !value.payload_is::<PyDict>() {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    let value = if value.is_none() { Value::Null } else { value };
    let old = func(v)?.with_meta(|m| std::mem::replace(&mut m.annotations, value));
    drop(old);
    Ok(())
}

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.code().to_value())
}

/// `f.__code__ = code` (CPython's `func_set_code`): the new code must
/// expect as many free variables as the function has closure cells.
fn set_code(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let code = value
        .as_obj()
        .and_then(|o| o.clone().into_typed::<PyCode>().ok())
        .ok_or_else(|| type_error("__code__ must be set to a code object"))?;
    let f = func(v)?;
    let nclosure = f.closure.as_ref().map_or(0, |c| c.items.len());
    if code.freevars.len() != nclosure {
        return Err(value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            f.name().as_str(),
            nclosure,
            code.freevars.len()
        )));
    }
    f.set_code(code);
    Ok(())
}

fn get_defaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(or_none(func(v)?.defaults().map(|d| d.to_value())))
}

fn get_kwdefaults(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(or_none(func(v)?.kwdefaults().map(|d| d.to_value())))
}

/// `f.__defaults__ = tuple or None` (CPython's `func_set_defaults`).
fn set_defaults(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let t = match &value {
        Value::Null | Value::None => None,
        x => Some(
            x.as_obj()
                .and_then(|o| o.clone().into_typed::<PyTuple>().ok())
                .ok_or_else(|| type_error("__defaults__ must be set to a tuple object"))?,
        ),
    };
    func(v)?.set_defaults(t);
    Ok(())
}

/// `f.__kwdefaults__ = dict or None`.
fn set_kwdefaults(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let d = match &value {
        Value::Null | Value::None => None,
        x => Some(
            x.as_obj()
                .and_then(|o| o.clone().into_typed::<PyDict>().ok())
                .ok_or_else(|| type_error("__kwdefaults__ must be set to a dict object"))?,
        ),
    };
    func(v)?.set_kwdefaults(d);
    Ok(())
}

fn get_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.globals.to_value())
}

fn get_builtins(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)?.builtins.to_value())
}

fn get_closure(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(or_none(func(v)?.closure.as_ref().map(|d| d.to_value())))
}

/// `_introspect.iterable_coroutine(f)`: sets CO_ITERABLE_COROUTINE on
/// generator function `f`'s code, for `types.coroutine` (CPython assigns
/// `func.__code__ = co.replace(co_flags=...)` and returns `func`).
pub fn iterable_coroutine(_vm: &mut Vm, args: &crate::objects::method::Args) -> PyResult<Value> {
    let p = args.exact("iterable_coroutine", 1, 1)?;
    let f = func(&p[0])?;
    let old = f.code();
    let flags = old.flags | crate::bytecode::code::CO_ITERABLE_COROUTINE;
    f.set_code(crate::objects::code_methods::copy_code(old, |c| {
        c.flags = flags
    }));
    Ok(p[0].clone())
}

pub fn init() {
    let t = &types().function;
    let ro: Option<Setter> = None;
    let getsets: [(&'static str, Getter, Option<Setter>); 6] = [
        ("__code__", get_code, Some(set_code)),
        ("__defaults__", get_defaults, Some(set_defaults)),
        ("__kwdefaults__", get_kwdefaults, Some(set_kwdefaults)),
        ("__annotations__", get_annotations, Some(set_annotations)),
        ("__name__", get_name, Some(set_name)),
        ("__qualname__", get_qualname, Some(set_qualname)),
    ];
    add_getsets(t, "function", &getsets);
    let members: [(&'static str, Getter, Option<Setter>); 5] = [
        ("__closure__", get_closure, ro),
        ("__doc__", get_doc, Some(set_doc)),
        ("__globals__", get_globals, ro),
        ("__module__", get_module, Some(set_module)),
        ("__builtins__", get_builtins, ro),
    ];
    add_members(t, "function", &members);
}
