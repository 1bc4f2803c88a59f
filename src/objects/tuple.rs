//! `tuple`: an immutable sequence. Immutable after creation, so reads need
//! no lock from any thread.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;

pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyPayload for PyTuple {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Last to first, as CPython.
        self.items.iter().rev().for_each(visit);
    }
}

impl Drop for PyTuple {
    /// Items die last to first, as CPython's `tupledealloc`.
    fn drop(&mut self) {
        crate::objects::list::drop_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

/// The shared empty tuple: every `()` is this one object, as in CPython.
fn empty_tuple() -> &'static PyRef<PyTuple> {
    static EMPTY: OnceLock<PyRef<PyTuple>> = OnceLock::new();
    EMPTY.get_or_init(|| {
        let t = PyRef::new_in(
            PyTuple {
                items: Box::new([]),
            },
            &types().tuple,
        );
        t.header.make_immortal();
        t
    })
}

pub fn new_tuple(items: Vec<Value>) -> PyRef<PyTuple> {
    if items.is_empty() {
        return empty_tuple().clone();
    }
    PyRef::new_in(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        &types().tuple,
    )
}

pub fn tuple_value(items: Vec<Value>) -> Value {
    new_tuple(items).into_value()
}

fn tuple_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("tuple", 0, 1)?;
    let items = match p.first() {
        None => Vec::new(),
        Some(v) => {
            if v.class().is(&types().tuple) && cls.is(&types().tuple) {
                return Ok(v.clone());
            }
            vm.to_vec(v)?
        }
    };
    if items.is_empty() && cls.is(&types().tuple) {
        return Ok(empty_tuple().to_value());
    }
    Ok(PyRef::new_in(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        cls,
    )
    .into_value())
}

/// `t[i:j:k]`: an exact tuple sliced whole is itself (CPython's
/// `tuplesubscript`).
pub fn tuple_slice(
    vm: &mut Vm,
    cont: &Value,
    t: &Py<PyTuple>,
    s: &Py<crate::objects::slice::PySlice>,
) -> PyResult<Value> {
    let n = t.items.len();
    let (start, stop, step) = s.bounds(vm, n)?;
    if step == 1 && start == 0 && stop >= n as i64 && cont.class().is(&types().tuple) {
        return Ok(cont.clone());
    }
    let mut items = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        items.push(t.items[i as usize].clone());
        i += step;
    }
    Ok(tuple_value(items))
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyTuple> {
    args.pos()[0]
        .downcast::<PyTuple>()
        .expect("tuple method on a tuple")
}

fn tuple_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("tuple.index", 2, 4)?;
    let items = &this(args).items;
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let mut bound = |k: usize, default: i64| -> PyResult<i64> {
        match p.get(k) {
            Some(v) => Ok(clamp(crate::objects::list::slice_index_not_none(vm, v)?)),
            None => Ok(default),
        }
    };
    let (start, stop) = (bound(2, 0)?, bound(3, n)?);
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&p[1]) || vm.eq(v, &p[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("count")?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(crate::objects::exception::type_error(format!(
            "tuple.count() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    let mut n = 0;
    for v in this(args).items.iter() {
        if v.is(&p[1]) || vm.eq(v, &p[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.tuple, tuple_new);
    add_methods(&t.tuple, &[("index", tuple_index), ("count", tuple_count)]);
}
