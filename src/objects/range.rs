//! `range`: an immutable arithmetic progression.
//!
//! Nearly every range has bounds and a length that fit in `i64`; those live
//! in the plain fields, which the fast paths (iteration, `len`, indexing,
//! `in`) read without allocating. A range past that (`range(2**100)`) keeps
//! exact ints in `big` and takes the bigint paths here, as CPython's "long
//! ranges": `len()` of one raises OverflowError, and it iterates with a
//! `longrange_iterator`.

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use parking_lot::Mutex;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{
    index_error, overflow_error, stop_iteration, type_error, value_error, PyResult,
};
use crate::objects::instance::set_new;
use crate::objects::int::{int_value, is_int, to_bigint};
use crate::objects::iter::{range_iter, PyRangeIter};
use crate::objects::method::{add_methods, Args};
use crate::objects::slice::PySlice;
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

pub struct PyRange {
    /// The bounds when `big` is None (the length then fits in `i64` too).
    /// A big range leaves them as the empty `range(0, 0, 1)`, so a fast
    /// path that forgets to check `big` sees no items rather than wrong ones.
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    big: Option<Box<BigRange>>,
}

/// The exact bounds of a range past `i64`, with its length.
struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

impl PyPayload for PyRange {}

/// The number of items of `range(start, stop, step)` (step != 0).
fn count_of(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8) / step + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8) / (-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// The length of a machine-word range when it fits in `i64` too.
fn small_count(start: i64, stop: i64, step: i64) -> Option<i64> {
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    let n = if st > 0 && lo < hi {
        (hi - lo - 1) / st + 1
    } else if st < 0 && lo > hi {
        (lo - hi - 1) / (-st) + 1
    } else {
        0
    };
    i64::try_from(n).ok()
}

impl PyRange {
    /// The length; only meaningful for a machine-word range (`big` None).
    fn small_len(&self) -> i64 {
        small_count(self.start, self.stop, self.step).unwrap_or(0)
    }

    /// `len(r)`: OverflowError when it does not fit a machine word.
    pub fn checked_len(&self) -> PyResult<usize> {
        match &self.big {
            None => Ok(self.small_len() as usize),
            Some(b) => b
                .len
                .to_i64()
                .map(|n| n as usize)
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            None => self.small_len() == 0,
            Some(b) => b.len.is_zero(),
        }
    }

    /// start, stop, step and length as exact ints.
    fn parts(&self) -> (BigInt, BigInt, BigInt, BigInt) {
        match &self.big {
            None => (
                self.start.into(),
                self.stop.into(),
                self.step.into(),
                self.small_len().into(),
            ),
            Some(b) => (
                b.start.clone(),
                b.stop.clone(),
                b.step.clone(),
                b.len.clone(),
            ),
        }
    }

    /// `r.start` as a Python int (any size).
    pub fn start_value(&self) -> Value {
        self.big
            .as_ref()
            .map_or(Value::Int(self.start), |b| int_value(b.start.clone()))
    }

    /// `r.stop` as a Python int (any size).
    pub fn stop_value(&self) -> Value {
        self.big
            .as_ref()
            .map_or(Value::Int(self.stop), |b| int_value(b.stop.clone()))
    }

    /// `r.step` as a Python int (any size).
    pub fn step_value(&self) -> Value {
        self.big
            .as_ref()
            .map_or(Value::Int(self.step), |b| int_value(b.step.clone()))
    }
}

/// A range of machine-word bounds (big when its length does not fit).
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    if small_count(start, stop, step).is_none() {
        return make_range(start.into(), stop.into(), step.into());
    }
    let big = None;
    PyRef::new_in(
        PyRange {
            start,
            stop,
            step,
            big,
        },
        &types().range,
    )
    .into_value()
}

/// A range of any bounds (step != 0).
pub fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if small_count(a, b, c).is_some() {
            return new_range(a, b, c);
        }
    }
    let len = count_of(&start, &stop, &step);
    let big = Some(Box::new(BigRange {
        start,
        stop,
        step,
        len,
    }));
    let r = PyRange {
        start: 0,
        stop: 0,
        step: 1,
        big,
    };
    PyRef::new_in(r, &types().range).into_value()
}

fn range_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("range", 1, 3)?;
    match p {
        [Value::Int(b)] => return Ok(new_range(0, *b, 1)),
        [Value::Int(a), Value::Int(b)] => return Ok(new_range(*a, *b, 1)),
        [Value::Int(a), Value::Int(b), Value::Int(c)] if *c != 0 => {
            return Ok(new_range(*a, *b, *c))
        }
        _ => {}
    }
    let mut n = Vec::with_capacity(3);
    for v in p {
        let i = vm.to_index_value(v)?;
        n.push(to_bigint(&i).unwrap_or_default());
    }
    let one = BigInt::one;
    let (start, stop, step) = match n.len() {
        1 => (BigInt::zero(), n.remove(0), one()),
        2 => (n.remove(0), n.remove(0), one()),
        _ => (n.remove(0), n.remove(0), n.remove(0)),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(start, stop, step))
}

/// `r[i:j:k]`: the sub-range.
fn range_slice(vm: &mut Vm, r: &PyRange, s: &Py<PySlice>) -> PyResult<Value> {
    if r.big.is_none() {
        let (i, j, k) = s.bounds(vm, r.small_len() as usize)?;
        let (start, step) = (r.start as i128, r.step as i128);
        let lo = start + i as i128 * step;
        let hi = start + j as i128 * step;
        let st = step * k as i128;
        return Ok(make_range(lo.into(), hi.into(), st.into()));
    }
    let (start, _, step, len) = r.parts();
    let (i, j, k) = s.big_bounds(vm, &len)?;
    Ok(make_range(&start + i * &step, &start + j * &step, step * k))
}

/// `r[key]` when `cont` is a range.
pub fn range_getitem(vm: &mut Vm, cont: &Value, key: &Value) -> Option<PyResult<Value>> {
    let r = cont.downcast::<PyRange>()?;
    if let Some(s) = key.downcast::<PySlice>() {
        return Some(range_slice(vm, r, s));
    }
    Some(range_item(vm, r, key))
}

fn range_item(vm: &mut Vm, r: &PyRange, key: &Value) -> PyResult<Value> {
    if let (Value::Int(i), None) = (key, &r.big) {
        let n = r.small_len();
        let j = if *i < 0 { *i + n } else { *i };
        if (0..n).contains(&j) {
            return Ok(Value::Int(r.start + j * r.step));
        }
        return Err(index_error("range object index out of range"));
    }
    if !is_int(key)
        && vm
            .lookup_special(key, &crate::vm::interp().names.index)
            .is_none()
    {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            key.class().payload.name()
        )));
    }
    let i = to_bigint(&vm.to_index_value(key)?).unwrap_or_default();
    let (start, _, step, len) = r.parts();
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(int_value(start + j * step))
}

/// The position of the int `x` in `r`, if it is an item.
fn position(r: &PyRange, x: &Value) -> Option<BigInt> {
    if let (Value::Int(x), None) = (x, &r.big) {
        let inside = if r.step > 0 {
            *x >= r.start && *x < r.stop
        } else {
            *x <= r.start && *x > r.stop
        };
        let off = *x as i128 - r.start as i128;
        return (inside && off % r.step as i128 == 0).then(|| (off / r.step as i128).into());
    }
    let x = to_bigint(x)?;
    let (start, _, step, len) = r.parts();
    let off = x - start;
    let (q, m) = num_integer::Integer::div_mod_floor(&off, &step);
    (m.is_zero() && !q.is_negative() && q < len).then_some(q)
}

/// Exact ints and bools are located by arithmetic (CPython's fast path).
fn is_plain_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || (is_int(v) && !v.class().payload.is_heap_type())
}

/// The positions where `x` equals an item, found by comparing each one
/// (CPython's sequence search for non-int needles); stops at the first
/// when `first`.
fn search(vm: &mut Vm, r: &PyRange, x: &Value, first: bool) -> PyResult<Vec<BigInt>> {
    let (start, _, step, len) = r.parts();
    let mut found = Vec::new();
    let mut i = BigInt::zero();
    let mut v = start;
    while i < len {
        let item = int_value(v.clone());
        if vm.eq(&item, x)? {
            found.push(i.clone());
            if first {
                break;
            }
        }
        v += &step;
        i += 1u8;
    }
    Ok(found)
}

/// `x in r`.
pub fn range_contains(vm: &mut Vm, cont: &Value, item: &Value) -> Option<PyResult<bool>> {
    let r = cont.downcast::<PyRange>()?;
    if is_plain_int(item) {
        let x = match item {
            Value::Bool(b) => Value::Int(*b as i64),
            _ => item.clone(),
        };
        return Some(Ok(position(r, &x).is_some()));
    }
    Some(search(vm, r, item, true).map(|f| !f.is_empty()))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyRange>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyRange>())
        .ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

fn plain(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        _ => v.clone(),
    }
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("index", 2, 2)?;
    let r = this(args)?;
    if is_plain_int(&p[1]) {
        if let Some(i) = position(r, &plain(&p[1])) {
            return Ok(int_value(i));
        }
        let shown = vm.repr(&p[1])?;
        return Err(value_error(format!("{} is not in range", shown.as_str())));
    }
    match search(vm, r, &p[1], true)?.pop() {
        Some(i) => Ok(int_value(i)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("count", 2, 2)?;
    let r = this(args)?;
    if is_plain_int(&p[1]) {
        return Ok(Value::Int(position(r, &plain(&p[1])).is_some() as i64));
    }
    Ok(Value::Int(search(vm, r, &p[1], false)?.len() as i64))
}

/// `repr(r)`.
pub fn range_repr(r: &PyRange) -> String {
    let (start, stop, step, _) = r.parts();
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// `a == b` for ranges: the same sequence of items.
pub fn range_eq(a: &PyRange, b: &PyRange) -> bool {
    let (s1, _, st1, n1) = a.parts();
    let (s2, _, st2, n2) = b.parts();
    n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1.is_one() || st1 == st2)))
}

/// `hash(r)`: the hash of `(len, start, step)` with the parts that do not
/// matter for equality as None, as CPython.
pub fn range_hash(vm: &mut Vm, r: &PyRange) -> PyResult<i64> {
    let (start, _, step, len) = r.parts();
    let key = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![Value::Int(1), int_value(start), Value::None]
    } else {
        vec![int_value(len), int_value(start), int_value(step)]
    };
    vm.hash(&tuple_value(key))
}

/// An iterator over `count` items from `first` by `step`.
fn iter_from(first: BigInt, step: BigInt, count: BigInt) -> Value {
    let end = &first + &step * &count;
    if let (Some(a), Some(b), Some(c)) = (first.to_i64(), end.to_i64(), step.to_i64()) {
        return range_iter(a, b, c);
    }
    let state = Mutex::new((first, count));
    PyRef::new_in(LongRangeIter { state, step }, longrange_iterator_type()).into_value()
}

/// `iter(r)`.
pub fn range_iter_of(r: &PyRange) -> Value {
    if r.big.is_none() {
        return range_iter(r.start, r.stop, r.step);
    }
    let (start, _, step, len) = r.parts();
    iter_from(start, step, len)
}

/// `reversed(r)`.
pub fn range_reversed(r: &PyRange) -> Value {
    let (start, _, step, len) = r.parts();
    if len.is_zero() {
        return range_iter(0, 0, 1);
    }
    let last = start + (&len - 1u8) * &step;
    iter_from(last, -step, len)
}

/// The iterator of a range past `i64`: the next item and how many remain.
pub struct LongRangeIter {
    state: Mutex<(BigInt, BigInt)>,
    step: BigInt,
}

impl PyPayload for LongRangeIter {}

fn longrange_iterator_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        crate::objects::types::lazy_native_type::<LongRangeIter>(
            "longrange_iterator",
            &[
                ("__iter__", long_iter_self),
                ("__next__", long_iter_next),
                ("__length_hint__", long_iter_hint),
            ],
        )
    })
}

fn long_iter<'a>(args: &Args<'a>) -> PyResult<&'a Py<LongRangeIter>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<LongRangeIter>())
        .ok_or_else(|| type_error("descriptor requires a 'longrange_iterator' object"))
}

fn long_iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    long_iter(args)?;
    Ok(args.pos()[0].clone())
}

fn long_iter_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = long_iter(args)?;
    let mut st = it.state.lock();
    if st.1.is_zero() {
        return Err(stop_iteration());
    }
    let v = st.0.clone();
    st.0 += &it.step;
    st.1 -= 1u8;
    Ok(int_value(v))
}

fn long_iter_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int_value(long_iter(args)?.state.lock().1.clone()))
}

fn range_len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.checked_len()? as i64))
}

fn range_bool(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(!this(args)?.is_empty()))
}

fn range_dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getitem__", 2, 2)?;
    this(args)?;
    range_getitem(vm, &p[0], &p[1]).expect("a range")
}

fn range_dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__contains__", 2, 2)?;
    this(args)?;
    range_contains(vm, &p[0], &p[1])
        .expect("a range")
        .map(Value::Bool)
}

fn range_dunder_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(range_iter_of(this(args)?))
}

fn range_dunder_reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(range_reversed(this(args)?))
}

/// `range_iterator.__length_hint__`.
fn range_iter_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = args
        .pos()
        .first()
        .and_then(|v| v.downcast::<PyRangeIter>())
        .ok_or_else(|| type_error("descriptor requires a 'range_iterator' object"))?;
    let next = it.next.load(std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Int(small_count(next, it.stop, it.step).unwrap_or(0)))
}

fn range_of(v: &Value) -> PyResult<&Py<PyRange>> {
    v.downcast::<PyRange>()
        .ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(v)?.start_value())
}

fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(v)?.stop_value())
}

fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(range_of(v)?.step_value())
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.range, range_new);
    crate::objects::getset::add_members(
        &t.range,
        "range",
        &[
            ("start", get_start, None),
            ("stop", get_stop, None),
            ("step", get_step, None),
        ],
    );
    add_methods(
        &t.range,
        &[
            ("index", range_index),
            ("count", range_count),
            ("__len__", range_len),
            ("__bool__", range_bool),
            ("__getitem__", range_dunder_getitem),
            ("__contains__", range_dunder_contains),
            ("__iter__", range_dunder_iter),
            ("__reversed__", range_dunder_reversed),
        ],
    );
    add_methods(&t.range_iterator, &[("__length_hint__", range_iter_hint)]);
}
