//! `reversed(d)`, `reversed(d.keys()/values()/items())`: iterators that
//! walk the dict's entries from the newest, as CPython's
//! `dict_reversekeyiterator` & co. A size change during the walk is
//! "dictionary changed size during iteration".

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{runtime_error, stop_iteration, type_error, PyResult};
use crate::objects::iter::DictPart;
use crate::objects::method::Args;
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

pub struct PyDictRevIter {
    dict: PyRef<PyDict>,
    part: DictPart,
    /// Entries below this slot are still to visit.
    pos: AtomicUsize,
    len_at_start: usize,
}

impl PyPayload for PyDictRevIter {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict.to_value());
    }
}

impl PyDictRevIter {
    pub fn next_value(&self) -> PyResult<Option<Value>> {
        if self.dict.len() != self.len_at_start {
            self.pos.store(0, Ordering::Relaxed);
            return Err(runtime_error("dictionary changed size during iteration"));
        }
        let pos = self.pos.load(Ordering::Relaxed);
        let Some((at, k, v)) = self.dict.entry_before(pos) else {
            self.pos.store(0, Ordering::Relaxed);
            return Ok(None);
        };
        self.pos.store(at, Ordering::Relaxed);
        Ok(Some(match self.part {
            DictPart::Keys => k,
            DictPart::Values => v,
            DictPart::Items => tuple_value(vec![k, v]),
        }))
    }
}

fn make_type(name: &'static str) -> PyRef<PyType> {
    crate::objects::types::lazy_native_type::<PyDictRevIter>(
        name,
        &[("__iter__", rev_iter), ("__next__", rev_next)],
    )
}

fn rev_type(part: DictPart) -> &'static Py<PyType> {
    static KEYS: OnceLock<PyRef<PyType>> = OnceLock::new();
    static VALUES: OnceLock<PyRef<PyType>> = OnceLock::new();
    static ITEMS: OnceLock<PyRef<PyType>> = OnceLock::new();
    match part {
        DictPart::Keys => KEYS.get_or_init(|| make_type("dict_reversekeyiterator")),
        DictPart::Values => VALUES.get_or_init(|| make_type("dict_reversevalueiterator")),
        DictPart::Items => ITEMS.get_or_init(|| make_type("dict_reverseitemiterator")),
    }
}

/// A reverse iterator over `part` of `dict`.
pub fn dict_reversed(dict: PyRef<PyDict>, part: DictPart) -> Value {
    let pos = AtomicUsize::new(dict.entry_slots());
    let len_at_start = dict.len();
    let it = PyDictRevIter {
        dict,
        part,
        pos,
        len_at_start,
    };
    PyRef::new_in(it, rev_type(part)).into_value()
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyDictRevIter>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyDictRevIter>())
        .ok_or_else(|| type_error("descriptor requires a reverse dict iterator"))
}

fn rev_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    Ok(args.pos()[0].clone())
}

fn rev_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?.next_value()?.ok_or_else(stop_iteration)
}
