//! `__length_hint__` of the list, tuple, dict and set iterators: how many
//! items are left (CPython's `listiter_len` & co.), for
//! `operator.length_hint` and explicit calls. A dict or set iterator whose
//! container changed size hints 0, as CPython's.

use crate::object::pyref::{Py, PyPayload};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::iter::{PyDictIter, PyListIter, PyTupleIter};
use crate::objects::method::{add_methods, Args};
use crate::objects::set::PySetIter;
use crate::runtime::sync::Ordering;
use crate::vm::Vm;

/// The iterator a hint is asked of.
fn this<'a, T: PyPayload>(args: &Args<'a>) -> PyResult<&'a Py<T>> {
    args.exact("__length_hint__", 1, 1)?[0]
        .downcast::<T>()
        .ok_or_else(|| type_error("descriptor '__length_hint__' requires an iterator"))
}

fn hint(n: usize) -> PyResult<Value> {
    Ok(Value::Int(n as i64))
}

fn list_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this::<PyListIter>(args)?;
    hint(
        it.list
            .len()
            .saturating_sub(it.index.load(Ordering::Relaxed)),
    )
}

fn tuple_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this::<PyTupleIter>(args)?;
    hint(
        it.tuple
            .items
            .len()
            .saturating_sub(it.index.load(Ordering::Relaxed)),
    )
}

fn dict_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this::<PyDictIter>(args)?;
    if it.dict.len() != it.len_at_start {
        return hint(0);
    }
    hint(
        it.len_at_start
            .saturating_sub(it.yielded.load(Ordering::Relaxed)),
    )
}

fn set_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this::<PySetIter>(args)?;
    if it.set.len() != it.len_at_start {
        return hint(0);
    }
    hint(
        it.items
            .len()
            .saturating_sub(it.index.load(Ordering::Relaxed)),
    )
}

pub fn init(t: &BuiltinTypes) {
    add_methods(&t.list_iterator, &[("__length_hint__", list_hint)]);
    add_methods(&t.tuple_iterator, &[("__length_hint__", tuple_hint)]);
    for ty in [
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
    ] {
        add_methods(ty, &[("__length_hint__", dict_hint)]);
    }
    add_methods(&t.set_iterator, &[("__length_hint__", set_hint)]);
}
