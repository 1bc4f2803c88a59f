//! Name-namespace operations: `LOAD_NAME`/`STORE_NAME`/`DELETE_NAME` over a
//! frame's locals mapping, the `locals()` view of a function frame
//! (CPython 3.11's `PyFrame_FastToLocalsWithError`), and `PRINT_EXPR`.
//!
//! A frame's locals mapping (`Frame::locals`) is the module dict for module
//! bodies, the class namespace for class bodies, and whatever `exec`/`eval`
//! were given. An exact `dict` is read and written directly; a dict
//! subclass goes through `__getitem__`/`__setitem__`/`__delitem__` (so
//! `__missing__` and overrides apply, as CPython's `PyObject_GetItem` path
//! for non-exact dicts; Python-level overrides are called explicitly since
//! `Vm::get_item` & co. treat a dict subclass as a dict). A mapping that is
//! not a dict at all (from `exec`/`eval`) sits in a stand-in dict and is
//! used through the mapping protocol (`vm/ops/mapping_locals.rs`).
//!
//! Function frames have no locals mapping until `locals()` (or `exec`/`eval`
//! without explicit namespaces, `vars()`, `dir()`) asks for one: the first
//! call creates a dict, stores it in the frame and every call refreshes it
//! from the fast locals, cells and free variables. Writes to it do not
//! reach the fast locals; names that are not fast locals stay in it: all
//! as in CPython 3.11. Function code never uses the `*_NAME` opcodes, so
//! the cached dict does not change how the function itself runs.
//!
//! Called by the eval loop (one-line handlers) and `modules/builtins_exec.rs`.

use crate::bytecode::code::{PyCode, CO_NEWLOCALS_DICT};
use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::cell::PyCell;
use crate::objects::dict::PyDict;
use crate::objects::exception::{name_error, new_error, ExcKind, PyErr, PyResult};
use crate::objects::str::PyStr;
use crate::vm::ops::mapping_locals::mapping_of;
use crate::vm::state::{interp, Vm};

fn is_key_error(e: &PyErr) -> bool {
    e.is_instance(types().exceptions.get(ExcKind::KeyError))
}

impl Vm {
    /// A Python-level override of `special` in a dict subclass's type.
    fn dict_override(&mut self, l: &Value, special: &PyRef<PyStr>) -> Option<Value> {
        self.lookup_special(l, special).filter(|f| {
            f.downcast::<crate::objects::function::PyFunction>()
                .is_some()
        })
    }

    /// `mapping[name]` for a locals mapping; `None` when absent.
    fn locals_get(&mut self, l: &Py<PyDict>, name: &PyRef<PyStr>) -> PyResult<Option<Value>> {
        if !l.class().payload.is_heap_type() {
            return Ok(l.get_str(name));
        }
        let r = match mapping_of(&l) {
            Some(m) => self.get_item(&m, &name.to_value()),
            None => {
                let l = l.to_value();
                match self.dict_override(&l, &interp().names.getitem) {
                    Some(f) => self.call(&f, &[l, name.to_value()]),
                    None => self.get_item(&l, &name.to_value()),
                }
            }
        };
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_key_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// LOAD_NAME: locals, then globals, then builtins.
    pub(crate) fn load_name(&mut self, fi: usize, name: &PyRef<PyStr>) -> PyResult<Value> {
        let f = &self.frames[fi];
        match &f.locals {
            Some(l) if !l.class().payload.is_heap_type() => {
                if let Some(v) = l.get_str(name) {
                    return Ok(v);
                }
            }
            Some(l) => {
                let l = l.clone();
                if let Some(v) = self.locals_get(&l, name)? {
                    return Ok(v);
                }
            }
            None => {}
        }
        let f = &self.frames[fi];
        if let Some(v) = f.globals.get_str(name) {
            return Ok(v);
        }
        if let Some(v) = f.builtins.get_str(name) {
            return Ok(v);
        }
        Err(name_error(name.as_str()))
    }

    /// SETUP_ANNOTATIONS: an empty `__annotations__` in the namespace
    /// unless it has one, read and written as `LOAD_NAME`/`STORE_NAME` do
    /// (through a mapping or a dict subclass's `__getitem__`/`__setitem__`).
    pub(crate) fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let name = &interp().names.annotations;
        let f = &self.frames[fi];
        let l = f.locals.clone().unwrap_or_else(|| f.globals.to_ref());
        let present = if l.class().payload.is_heap_type() {
            self.locals_get(&l, name)?.is_some()
        } else {
            l.get_str(name).is_some()
        };
        if !present {
            self.store_name(fi, name, PyDict::new_ref().into_value())?;
        }
        Ok(())
    }

    /// STORE_NAME.
    pub(crate) fn store_name(&mut self, fi: usize, name: &PyRef<PyStr>, v: Value) -> PyResult<()> {
        let f = &self.frames[fi];
        let l = f.locals.clone().unwrap_or_else(|| f.globals.to_ref());
        if !l.class().payload.is_heap_type() {
            l.set_str(name, v);
            self.forget_cached_read(&l, name);
            return Ok(());
        }
        if let Some(m) = mapping_of(&l) {
            return self.set_item(&m, name.to_value(), v);
        }
        let l = l.to_value();
        match self.dict_override(&l, &interp().names.setitem) {
            Some(f) => self.call(&f, &[l, name.to_value(), v]).map(drop),
            None => self.set_item(&l, name.to_value(), v),
        }
    }

    /// DELETE_NAME.
    pub(crate) fn delete_name(&mut self, fi: usize, name: &PyRef<PyStr>) -> PyResult<()> {
        let f = &self.frames[fi];
        let l = f.locals.clone().unwrap_or_else(|| f.globals.to_ref());
        if !l.class().payload.is_heap_type() {
            let old = l.del_str(name);
            self.forget_cached_read(&l, name);
            return match old {
                Some(_) => Ok(()),
                None => Err(name_error(name.as_str())),
            };
        }
        let r = match mapping_of(&l) {
            Some(m) => self.del_item(&m, &name.to_value()),
            None => {
                let l = l.to_value();
                match self.dict_override(&l, &interp().names.delitem) {
                    Some(f) => self.call(&f, &[l, name.to_value()]).map(drop),
                    None => self.del_item(&l, &name.to_value()),
                }
            }
        };
        match r {
            Err(e) if is_key_error(&e) => Err(name_error(name.as_str())),
            r => r,
        }
    }

    /// PRINT_EXPR (`single` mode): `sys.displayhook(value)`.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let hook = interp()
            .sys
            .dict
            .get_str(&crate::objects::str::intern("displayhook"));
        match hook {
            Some(h) => self.call(&h, &[v]).map(drop),
            None => Err(new_error(ExcKind::RuntimeError, "lost sys.displayhook")),
        }
    }

    /// The locals mapping of frame `fi` (CPython's `PyEval_GetLocals`): a
    /// module or class body's namespace, or a function frame's snapshot
    /// dict, refreshed from its fast locals (see the file comment).
    pub fn frame_locals(&mut self, fi: usize) -> PyRef<PyDict> {
        let f = &self.frames[fi];
        if f.code.flags & CO_NEWLOCALS_DICT != 0 {
            return f.locals.clone().unwrap_or_else(|| f.globals.to_ref());
        }
        let d = f.locals.clone().unwrap_or_else(PyDict::new_ref);
        sync_fast_locals(&f.code, &self.stack[f.base..], &d);
        let f = &mut self.frames[fi];
        if f.locals.is_none() {
            f.locals = Some(d.clone());
        }
        d
    }
}

/// Copy the fast locals, cells and free variables of a frame running
/// `code` (its slots start at `slots[0]`) into `d`; unbound names are
/// removed.
pub fn sync_fast_locals(code: &PyCode, slots: &[Value], d: &Py<PyDict>) {
    let nl = code.nlocals();
    let ncells = code.cellvars.len();
    let cell_value = |v: &Value| v.downcast::<PyCell>().map_or(Value::Null, |c| c.get());
    let sync = |name: &Py<PyStr>, v: Value| {
        if v.is_null() {
            d.del_str(name);
        } else {
            d.set_str(name, v);
        }
    };
    for (i, name) in code.varnames.iter().enumerate() {
        // A parameter that is also a cell lives in its cell.
        let v = match code.cell2arg.iter().position(|a| *a == Some(i as u32)) {
            Some(c) => cell_value(&slots[nl + c]),
            None => slots[i].clone(),
        };
        sync(name, v);
    }
    for (c, name) in code.cellvars.iter().enumerate() {
        if code.cell2arg.get(c).copied().flatten().is_none() {
            sync(name, cell_value(&slots[nl + c]));
        }
    }
    for (k, name) in code.freevars.iter().enumerate() {
        sync(name, cell_value(&slots[nl + ncells + k]));
    }
}
