//! The set-like behaviour of `dict_keys` and `dict_items` (CPython
//! Objects/dictobject.c `dictviews_*`): the operators `& | - ^` with any
//! iterable (the result is a `set`), comparisons with sets and other
//! set-like views, `isdisjoint`, `reversed()`, and `.mapping`.
//!
//! The view payload (`PyDictView`) and its iterator live in `iter.rs`;
//! `vm::ops::arith` and `vm::ops::compare` call in here for views.

use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict_methods::view_items;
use crate::objects::exception::PyResult;
use crate::objects::iter::{DictPart, PyDictView};
use crate::objects::method::{add_methods, Args};
use crate::objects::set::{set_binop, set_compare, set_from_values};
use crate::vm::Vm;

/// Is `v` a keys or items view (the set-like ones)?
fn set_like_view(v: &Value) -> bool {
    v.downcast::<PyDictView>()
        .is_some_and(|d| d.part != DictPart::Values)
}

/// `a op b` when either operand is a keys/items view: `set(a) op set(b)`
/// (`op`: ast::BinOp number). `None` when neither is such a view or `op`
/// is not a set operator.
pub fn view_binop(vm: &mut Vm, op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use crate::ast::BinOp;
    if !(set_like_view(a) || set_like_view(b)) {
        return None;
    }
    if ![
        BinOp::BitAnd as u8,
        BinOp::BitOr as u8,
        BinOp::Sub as u8,
        BinOp::BitXor as u8,
    ]
    .contains(&op)
    {
        return None;
    }
    let r = (|| {
        let sa = to_set(vm, a)?;
        let sb = to_set(vm, b)?;
        set_binop(vm, op, &sa, &sb).unwrap_or(Ok(Value::None))
    })();
    Some(r)
}

/// A view's items, or any iterable's, as a new `set`.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = match v.downcast::<PyDictView>() {
        Some(d) => view_items(d),
        None => vm.to_vec(v)?,
    };
    set_from_values(vm, items, false)
}

/// Rich comparison of a keys/items view with a set or another such view
/// (as sets); `None` otherwise (then identity decides `==`).
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> Option<PyResult<Value>> {
    if !(set_like_view(a) || set_like_view(b)) {
        return None;
    }
    let comparable = |v: &Value| set_like_view(v) || crate::objects::set::is_set(v);
    if !(comparable(a) && comparable(b)) {
        return None;
    }
    let r = (|| {
        let sa = to_set(vm, a)?;
        let sb = to_set(vm, b)?;
        set_compare(vm, &sa, &sb, op).unwrap_or(Ok(Value::Bool(false)))
    })();
    Some(r)
}

/// The items of a view in reverse order (`reversed(d.keys())`).
pub fn view_reversed(v: &Value) -> Option<Vec<Value>> {
    let d = v.downcast::<PyDictView>()?;
    let mut items = view_items(d);
    items.reverse();
    Some(items)
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("isdisjoint", 2, 2)?;
    let me = to_set(vm, &p[0])?;
    for k in vm.to_vec(&p[1])? {
        if vm.contains(&me, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed_m(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.pos()[0]
        .downcast::<PyDictView>()
        .ok_or_else(|| crate::objects::exception::type_error("descriptor requires a dict view"))?;
    Ok(crate::objects::dict_reversed::dict_reversed(
        v.dict.clone(),
        v.part,
    ))
}

pub fn init(t: &BuiltinTypes) {
    for ty in [&t.dict_keys, &t.dict_items] {
        add_methods(ty, &[("isdisjoint", isdisjoint)]);
    }
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(ty, &[("__reversed__", view_reversed_m)]);
    }
}
