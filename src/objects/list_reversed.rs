//! `list_reverseiterator`: `reversed(list)`, walking the live list from
//! the end by index as CPython's `listreviterator` does. Items appended
//! meanwhile are not seen; once the index falls outside the list (it was
//! cleared or shrank) the iterator is exhausted for good.

use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::exception::{stop_iteration, type_error, PyResult};
use crate::objects::list::PyList;
use crate::objects::method::Args;
use crate::vm::Vm;

pub struct PyListRevIter {
    list: PyRef<PyList>,
    /// The next position to read; -1 once exhausted.
    index: AtomicIsize,
}

impl PyPayload for PyListRevIter {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.list.to_value());
    }
}

impl PyListRevIter {
    /// The next item, or None when exhausted.
    pub fn next_value(&self) -> Option<Value> {
        let i = self.index.load(Ordering::Relaxed);
        let item = usize::try_from(i).ok().and_then(|i| self.list.get(i));
        self.index
            .store(if item.is_some() { i - 1 } else { -1 }, Ordering::Relaxed);
        item
    }
}

fn rev_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        crate::objects::types::lazy_native_type::<PyListRevIter>(
            "list_reverseiterator",
            &[
                ("__iter__", rev_iter),
                ("__next__", rev_next),
                ("__length_hint__", rev_hint),
            ],
        )
    })
}

/// `reversed(list)`.
pub fn list_reversed(list: PyRef<PyList>) -> Value {
    let index = AtomicIsize::new(list.len() as isize - 1);
    PyRef::new_in(PyListRevIter { list, index }, rev_type()).into_value()
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyListRevIter>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyListRevIter>())
        .ok_or_else(|| type_error("descriptor requires a 'list_reverseiterator' object"))
}

fn rev_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    Ok(args.pos()[0].clone())
}

fn rev_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?.next_value().ok_or_else(stop_iteration)
}

fn rev_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = this(args)?;
    let i = it.index.load(Ordering::Relaxed);
    let n = if i >= 0 && (i as usize) < it.list.len() {
        i + 1
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}
