//! `slice`: immutable (start, stop, step) triples and their resolution
//! against a sequence length (CPython's `PySlice_AdjustIndices`), with the
//! Python-visible methods: `repr`, `indices`, comparisons as tuples.
//! Slices are unhashable in 3.11 (`Vm::hash` refuses them).

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl PyPayload for PySlice {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    PyRef::new_in(PySlice { start, stop, step }, &types().slice).into_value()
}

/// A slice bound as an index, clamped to i64 (`None` means absent).
fn bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match crate::objects::int::to_bigint(v) {
        Some(b) => {
            use num_traits::ToPrimitive;
            Ok(Some(b.to_i64().unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                },
            )))
        }
        None => match vm.lookup_special(v, &crate::vm::interp().names.index) {
            Some(f) => {
                let r = vm.call(&f, &[v.clone()])?;
                bound(vm, &r)
            }
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// A slice bound as an exact int (`None` means absent), for lengths past
/// a machine word (CPython's `_PySlice_GetLongIndices`).
fn big_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(b) = crate::objects::int::to_bigint(v) {
        return Ok(Some(b));
    }
    match vm.lookup_special(v, &crate::vm::interp().names.index) {
        Some(_) => {
            let r = vm.to_index_value(v)?;
            Ok(crate::objects::int::to_bigint(&r))
        }
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

impl Py<PySlice> {
    /// (start, stop, step) adjusted for a sequence of `len` items, exactly
    /// (`slice.indices`, slices of huge ranges).
    pub fn big_bounds(&self, vm: &mut Vm, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let step = big_bound(vm, &self.step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let back = step.is_negative();
        let (lower, upper) = if back {
            (-BigInt::one(), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let adjust = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(i) if i.is_negative() => (i + len).max(lower.clone()),
                Some(i) => i.min(upper.clone()),
            }
        };
        let start_v = big_bound(vm, &self.start)?;
        let stop_v = big_bound(vm, &self.stop)?;
        let (start, stop) = if back {
            (adjust(start_v, &upper), adjust(stop_v, &lower))
        } else {
            (adjust(start_v, &lower), adjust(stop_v, &upper))
        };
        Ok((start, stop, step))
    }

    /// (start, stop, step) adjusted for a sequence of `len` items.
    pub fn bounds(&self, vm: &mut Vm, len: usize) -> PyResult<(i64, i64, i64)> {
        let step = bound(vm, &self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let n = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + n).max(lo),
                Some(i) => i.min(hi),
            }
        };
        let start_v = bound(vm, &self.start)?;
        let stop_v = bound(vm, &self.stop)?;
        let (start, stop) = if step > 0 {
            (adjust(start_v, 0, 0, n), adjust(stop_v, n, 0, n))
        } else {
            (
                adjust(start_v, n - 1, -1, n - 1),
                adjust(stop_v, -1, -1, n - 1),
            )
        };
        Ok((start, stop, step))
    }

    /// The indices the slice selects in a sequence of `len` items.
    pub fn indices(&self, vm: &mut Vm, len: usize) -> PyResult<impl Iterator<Item = usize>> {
        let (start, stop, step) = self.bounds(vm, len)?;
        let count = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        Ok((0..count).map(move |k| (start + k * step) as usize))
    }
}

fn slice_new(_vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("slice", 1, 3)?;
    Ok(match p.len() {
        1 => new_slice(Value::None, p[0].clone(), Value::None),
        2 => new_slice(p[0].clone(), p[1].clone(), Value::None),
        _ => new_slice(p[0].clone(), p[1].clone(), p[2].clone()),
    })
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PySlice>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PySlice>())
        .ok_or_else(|| type_error("descriptor requires a 'slice' object"))
}

fn slice_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args)?;
    let (a, b, c) = (vm.repr(&s.start)?, vm.repr(&s.stop)?, vm.repr(&s.step)?);
    Ok(crate::objects::str::str_value(format!(
        "slice({}, {}, {})",
        a.as_str(),
        b.as_str(),
        c.as_str()
    )))
}

/// `slice.indices(length)`: (start, stop, step) clamped as slicing does.
fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("indices", 2, 2)?;
    let s = this(args)?;
    let n = vm.to_index_value(&p[1])?;
    let n = crate::objects::int::to_bigint(&n).unwrap_or_default();
    if n.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = s.big_bounds(vm, &n)?;
    let int = crate::objects::int::int_value;
    Ok(crate::objects::tuple::tuple_value(vec![
        int(start),
        int(stop),
        int(step),
    ]))
}

fn as_tuple(s: &Py<PySlice>) -> Value {
    crate::objects::tuple::tuple_value(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

/// Slices compare as their (start, stop, step) tuples.
fn compare(vm: &mut Vm, args: &Args, op: u32) -> PyResult<Value> {
    let p = args.exact("comparison", 2, 2)?;
    let a = this(args)?;
    let Some(b) = p[1].downcast::<PySlice>() else {
        return Ok(crate::objects::none::not_implemented());
    };
    if args.pos()[0].is(&p[1])
        && (op == crate::bytecode::opcode::CMP_EQ || op == crate::bytecode::opcode::CMP_NE)
    {
        return Ok(Value::Bool(op == crate::bytecode::opcode::CMP_EQ));
    }
    vm.rich_compare(&as_tuple(a), &as_tuple(b), op)
}

fn slice_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_EQ)
}
fn slice_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_NE)
}
fn slice_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_LT)
}
fn slice_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_LE)
}
fn slice_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_GT)
}
fn slice_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, crate::bytecode::opcode::CMP_GE)
}

fn slice_of(v: &Value) -> PyResult<&Py<PySlice>> {
    v.downcast::<PySlice>()
        .ok_or_else(|| type_error("descriptor requires a 'slice' object"))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_of(v)?.start.clone())
}

fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_of(v)?.stop.clone())
}

fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_of(v)?.step.clone())
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.slice, slice_new);
    crate::objects::getset::add_members(
        &t.slice,
        "slice",
        &[
            ("start", get_start, None),
            ("stop", get_stop, None),
            ("step", get_step, None),
        ],
    );
    add_methods(
        &t.slice,
        &[
            ("__repr__", slice_repr),
            ("indices", slice_indices),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
        ],
    );
    crate::objects::method::add_attr(&t.slice, "__hash__", Value::None);
}
