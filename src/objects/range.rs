//! `range`: an immutable arithmetic progression of machine-word ints.
//! (Ranges past i64 are not supported yet: OverflowError.)

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{index_error, value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::slice::PySlice;
use crate::vm::Vm;

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyPayload for PyRange {}

impl PyRange {
    pub fn len(&self) -> usize {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo + step - 1) / step
        } else if step < 0 && lo > hi {
            (lo - hi - step - 1) / (-step)
        } else {
            0
        };
        n as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: usize) -> i64 {
        self.start + i as i64 * self.step
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    PyRef::new_in(PyRange { start, stop, step }, &types().range).into_value()
}

fn range_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("range", 1, 3)?;
    let mut n = [0i64; 3];
    for (i, v) in p.iter().enumerate() {
        n[i] = vm.to_index(v)?;
    }
    let (start, stop, step) = match p.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

/// `r[key]` when `cont` is a range.
pub fn range_getitem(vm: &mut Vm, cont: &Value, key: &Value) -> Option<PyResult<Value>> {
    let r = cont.downcast::<PyRange>()?;
    if let Some(s) = key.downcast::<PySlice>() {
        return Some(s.bounds(vm, r.len()).map(|(start, stop, step)| {
            let lo = r.start + start * r.step;
            let hi = r.start + stop * r.step;
            new_range(lo, hi, r.step * step)
        }));
    }
    Some(vm.to_index(key).and_then(|i| {
        let n = r.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            Ok(Value::Int(r.item(j as usize)))
        } else {
            Err(index_error("range object index out of range"))
        }
    }))
}

/// `x in r` for int `x` (no Python code runs).
pub fn range_contains(cont: &Value, item: &Value) -> Option<PyResult<bool>> {
    let r = cont.downcast::<PyRange>()?;
    let x = match item {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => return None,
    };
    let inside = if r.step > 0 {
        x >= r.start && x < r.stop
    } else {
        x <= r.start && x > r.stop
    };
    Some(Ok(inside && (x - r.start) % r.step == 0))
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyRange> {
    args.pos()[0]
        .downcast::<PyRange>()
        .expect("range method on a range")
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("index", 2, 2)?;
    let r = this(args);
    if let Some(Ok(true)) = range_contains(&p[0], &p[1]) {
        if let Value::Int(x) = p[1] {
            return Ok(Value::Int((x - r.start) / r.step));
        }
    }
    Err(value_error(format!(
        "{} is not in range",
        vm.repr(&p[1])?.as_str()
    )))
}

fn range_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("count", 2, 2)?;
    Ok(Value::Int(
        matches!(range_contains(&p[0], &p[1]), Some(Ok(true))) as i64,
    ))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.range, range_new);
    add_methods(&t.range, &[("index", range_index), ("count", range_count)]);
}
