//! The constructors of `function` and `method` (`types.FunctionType(code,
//! globals, name=None, argdefs=None, closure=None)` and
//! `types.MethodType(func, instance)`), with CPython's argument checks
//! (Objects/funcobject.c `func_new_impl`, Objects/classobject.c
//! `method_new`).

use crate::bytecode::code::PyCode;
use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::cell::PyCell;
use crate::objects::clinic_args::{clinic_args, Arity};
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, type_name, value_error, PyResult};
use crate::objects::function::{FuncParts, PyFunction};
use crate::objects::instance::set_new;
use crate::objects::method::{new_bound_method, Args};
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::{interp, Vm};

/// A new function's `__doc__`: the code's first constant when it is a
/// string the compiler put there as the docstring.
pub fn code_doc(code: &PyCode) -> Value {
    match code.consts.first() {
        Some(d @ Value::Obj(o)) if o.payload_is::<PyStr>() && !code.flags_has_no_doc() => d.clone(),
        _ => Value::None,
    }
}

fn typed<T: crate::object::pyref::PyPayload>(v: &Value) -> Option<PyRef<T>> {
    v.as_obj().and_then(|o| o.clone().into_typed::<T>().ok())
}

fn none_or<T: crate::object::pyref::PyPayload>(
    v: Option<&Value>,
    err: &str,
) -> PyResult<Option<PyRef<T>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => typed::<T>(v).map(Some).ok_or_else(|| type_error(err)),
    }
}

/// `closure` checked against the code's free variables.
fn closure_arg(code: &PyCode, v: Option<&Value>) -> PyResult<Option<PyRef<PyTuple>>> {
    let nfree = code.freevars.len();
    let closure = none_or::<PyTuple>(v, "arg 5 (closure) must be None or tuple")?;
    let n = closure.as_ref().map_or(0, |c| c.items.len());
    if nfree > 0 && closure.is_none() {
        return Err(type_error("arg 5 (closure) must be tuple"));
    }
    if n != nfree {
        return Err(value_error(format!(
            "{} requires closure of length {nfree}, not {n}",
            code.name.as_str()
        )));
    }
    for c in closure.iter().flat_map(|c| c.items.iter()) {
        if !c.payload_is::<PyCell>() {
            return Err(type_error(format!(
                "arg 5 (closure) expected cell, found {}",
                type_name(c)
            )));
        }
    }
    Ok(closure.filter(|c| !c.items.is_empty()))
}

fn function_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let arity = Arity {
        required: 2,
        max_pos: 5,
    };
    let [code, globals, name, argdefs, closure] = clinic_args(args, "function", names, arity)?;
    let (code, globals) = (
        code.unwrap_or(&Value::None),
        globals.unwrap_or(&Value::None),
    );
    let code = typed::<PyCode>(code).ok_or_else(|| {
        type_error(format!(
            "function() argument 'code' must be code, not {}",
            type_name(code)
        ))
    })?;
    let globals = typed::<PyDict>(globals).ok_or_else(|| {
        type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            type_name(globals)
        ))
    })?;
    let name = none_or::<PyStr>(name, "arg 3 (name) must be None or string")?;
    let defaults = none_or::<PyTuple>(argdefs, "arg 4 (defaults) must be None or tuple")?;
    let closure = closure_arg(&code, closure)?;
    let module = vm
        .dict_get_str_cached(&globals, &interp().names.name)
        .unwrap_or(Value::None);
    let f = PyFunction::new(FuncParts {
        builtins: crate::vm::call::builtins_for(&globals),
        doc: code_doc(&code),
        code,
        globals,
        defaults,
        kwdefaults: None,
        closure,
        module,
        annotations: Value::Null,
    });
    let f = PyRef::new_in(f, &types().function);
    if let Some(name) = name {
        let old = f.with_meta(|m| std::mem::replace(&mut m.name, name));
        drop(old);
    }
    Ok(f.into_value())
}

fn method_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    let [func, instance] = args.pos() else {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos().len()
        )));
    };
    if !crate::modules::builtins::is_callable(vm, func) {
        return Err(type_error("first argument must be callable"));
    }
    if instance.is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_bound_method(func.clone(), instance.clone()))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.function, function_new);
    set_new(&t.bound_method, method_new);
}
