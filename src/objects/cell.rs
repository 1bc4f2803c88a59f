//! Cells: the shared boxes behind closures' free variables.
//!
//! A cell's contents may be read and written by any thread running a closure
//! over it, so the slot is guarded by the cell's own mutex (a leaf lock held
//! only to clone or swap the value).

use std::cell::UnsafeCell;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::vm::Vm;

pub struct PyCell {
    contents: UnsafeCell<Value>,
}

// SAFETY: `contents` is only accessed under the object's mutex.
unsafe impl Sync for PyCell {}
// SAFETY: it holds a Send value.
unsafe impl Send for PyCell {}

impl PyPayload for PyCell {
    const CONTAINER: bool = true;
    fn gc_clear(obj: &Py<Self>) {
        obj.set(Value::Null);
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        visit(unsafe { &*self.contents.get() });
    }
}

pub fn new_cell(v: Value) -> PyRef<PyCell> {
    PyRef::new_in(
        PyCell {
            contents: UnsafeCell::new(v),
        },
        &types().cell,
    )
}

impl Py<PyCell> {
    /// The contents (`Null` when empty).
    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: the mutex is held while the slot is read.
        self.locked(|| unsafe { (*self.payload.contents.get()).clone() })
    }

    #[inline]
    pub fn set(&self, v: Value) {
        // SAFETY: the mutex is held while the slot is written; the old value
        // is dropped after unlocking.
        let old =
            self.locked(|| unsafe { std::mem::replace(&mut *self.payload.contents.get(), v) });
        drop(old);
    }
}

/// `cell.cell_contents`: ValueError when empty; assignable and deletable.
fn get_contents(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = v
        .downcast::<PyCell>()
        .ok_or_else(|| type_error("descriptor requires a 'cell' object"))?;
    match c.get() {
        Value::Null => Err(value_error("Cell is empty")),
        x => Ok(x),
    }
}

fn set_contents(_vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let c = v
        .downcast::<PyCell>()
        .ok_or_else(|| type_error("descriptor requires a 'cell' object"))?;
    c.set(value);
    Ok(())
}

pub fn init(t: &BuiltinTypes) {
    crate::objects::getset::add_getsets(
        &t.cell,
        "cell",
        &[("cell_contents", get_contents, Some(set_contents))],
    );
}
