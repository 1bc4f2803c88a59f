//! `dict.__or__`, `__ror__`, `__ior__` and `__reversed__` as methods.
//!
//! The `|`/`|=` operators on dicts are served by the binary-op fast path
//! (`vm/ops/arith.rs`); these methods exist for explicit calls
//! (`d.__ior__(pairs)`), for `dir(dict)` and for subclasses calling
//! `super().__or__`. Their results follow CPython's `dict_or`/`dict_ior`.

use crate::object::pyref::Py;
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyResult;
use crate::objects::iter::DictPart;
use crate::objects::method::{add_methods, Args};
use crate::objects::none::not_implemented;
use crate::vm::Vm;

/// `self` and the one other operand.
fn operands<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Py<PyDict>, &'a Value)> {
    let p = args.exact(name, 2, 2)?;
    let d = p[0]
        .downcast::<PyDict>()
        .ok_or_else(|| crate::objects::exception::type_error("descriptor requires a dict"))?;
    Ok((d, &p[1]))
}

/// A copy of `left` (a dict's payload) updated from the dict `right`.
fn merged(vm: &mut Vm, left: &Py<PyDict>, right: &Value) -> PyResult<Value> {
    let out = left.copy().into_value();
    vm.dict_update_from(&out, right, false, None)?;
    Ok(out)
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, other) = operands(args, "__or__")?;
    if !other.payload_is::<PyDict>() {
        return Ok(not_implemented());
    }
    merged(vm, d, other)
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, other) = operands(args, "__ror__")?;
    match other.downcast::<PyDict>() {
        Some(left) => merged(vm, left, &args.pos()[0]),
        None => Ok(not_implemented()),
    }
}

fn ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, other) = operands(args, "__ior__")?;
    let this = &args.pos()[0];
    vm.dict_update_from(this, other, false, None)?;
    Ok(this.clone())
}

fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__reversed__", 1, 1)?;
    let d = p[0]
        .downcast::<PyDict>()
        .ok_or_else(|| crate::objects::exception::type_error("descriptor requires a dict"))?;
    Ok(crate::objects::dict_reversed::dict_reversed(
        d.to_ref(),
        DictPart::Keys,
    ))
}

pub fn init(t: &BuiltinTypes) {
    add_methods(
        &t.dict,
        &[
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__reversed__", reversed),
        ],
    );
}
