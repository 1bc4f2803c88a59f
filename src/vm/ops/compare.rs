//! Rich comparison (`COMPARE_OP`), `==` for containers, and `in`.
//!
//! Native values compare natively; lists and tuples compare element-wise
//! (identity first, as CPython); other objects go through the dunder
//! protocol with reflection (`__lt__` <-> `__gt__`) and NotImplemented.

use std::cmp::Ordering as CmpOrd;

use crate::bytecode::opcode::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::object::value::Value;
use crate::objects::dict::{native_eq, PyDict};
use crate::objects::exception::{type_error, PyResult};
use crate::objects::int::to_bigint;
use crate::objects::list::PyList;
use crate::objects::none::is_not_implemented;
use crate::objects::num_subclass::{float_obj, is_heap_obj, overrides};
use crate::objects::range::PyRange;
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::state::{interp, Vm};

const SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The context of a RecursionError from comparing nested containers.
const IN_COMPARISON: &str = " in comparison";

fn ord_result(op: u32, o: CmpOrd) -> bool {
    match op {
        CMP_LT => o == CmpOrd::Less,
        CMP_LE => o != CmpOrd::Greater,
        CMP_EQ => o == CmpOrd::Equal,
        CMP_NE => o != CmpOrd::Equal,
        CMP_GT => o == CmpOrd::Greater,
        _ => o != CmpOrd::Less,
    }
}

/// A comparison operator applied to two values of one ordered type
/// (machine ints in the eval loop's fast path, floats here).
#[inline(always)]
pub(crate) fn cmp_op<T: PartialOrd>(op: u32, a: T, b: T) -> bool {
    match op {
        CMP_LT => a < b,
        CMP_LE => a <= b,
        CMP_EQ => a == b,
        CMP_NE => a != b,
        CMP_GT => a > b,
        _ => a >= b,
    }
}

fn numeric_cmp(op: u32, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(cmp_op(op, *x, *y)),
        (Value::Float(x), _) => match to_bigint(b) {
            Some(y) => Some(float_vs_int(op, *x, &y)),
            None => float_obj(b).map(|y| cmp_op(op, *x, y)),
        },
        (_, Value::Float(y)) => match to_bigint(a) {
            Some(x) => {
                let swapped = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE][op as usize];
                Some(float_vs_int(swapped, *y, &x))
            }
            None => float_obj(a).map(|x| cmp_op(op, x, *y)),
        },
        _ => match (to_bigint(a), to_bigint(b)) {
            (Some(x), Some(y)) => Some(ord_result(op, x.cmp(&y))),
            _ => float_sub_cmp(op, a, b),
        },
    }
}

/// A comparison with an instance of a float subclass: as its plain value.
#[cold]
fn float_sub_cmp(op: u32, a: &Value, b: &Value) -> Option<bool> {
    let plain = |v: &Value| float_obj(v).map(Value::Float);
    match (plain(a), plain(b)) {
        (Some(x), Some(y)) => numeric_cmp(op, &x, &y),
        (Some(x), None) if to_bigint(b).is_some() => numeric_cmp(op, &x, b),
        (None, Some(y)) if to_bigint(a).is_some() => numeric_cmp(op, a, &y),
        _ => None,
    }
}

fn float_vs_int(op: u32, f: f64, i: &num_bigint::BigInt) -> bool {
    if f.is_nan() {
        return op == CMP_NE;
    }
    if f.is_infinite() {
        return ord_result(
            op,
            if f > 0.0 {
                CmpOrd::Greater
            } else {
                CmpOrd::Less
            },
        );
    }
    use num_traits::ToPrimitive;
    if let Some(x) = i.to_f64() {
        if x.abs() < 9.0e15 {
            return cmp_op(op, f, x);
        }
    }
    // Compare exactly: floor(f) vs i, then the fraction.
    let fl = f.floor();
    let fi = crate::objects::int::float_to_int(fl)
        .ok()
        .and_then(|v| to_bigint(&v))
        .unwrap_or_default();
    let o = match fi.cmp(i) {
        CmpOrd::Equal if f > fl => CmpOrd::Greater,
        o => o,
    };
    ord_result(op, o)
}

impl Vm {
    /// Two tuples (or two lists), either maybe of a subclass that does not
    /// override comparisons: compared as the builtin (`Pair(1, 2) == (1, 2)`).
    #[cold]
    fn same_builtin_sequences(&mut self, a: &Value, b: &Value) -> bool {
        let kind = |v: &Value| {
            (
                v.payload_is::<PyTuple>(),
                v.payload_is::<crate::objects::list::PyList>(),
            )
        };
        if kind(a) != kind(b) {
            return false;
        }
        let names = &interp().names;
        let overrides = |vm: &mut Vm, v: &Value| {
            v.class().payload.is_heap_type()
                && [&names.eq, &names.lt].iter().any(|n| {
                    vm.lookup_type(v.class(), n)
                        .is_some_and(|f| f.payload_is::<crate::objects::function::PyFunction>())
                })
        };
        !overrides(self, a) && !overrides(self, b)
    }

    /// `a op b` for `COMPARE_OP`.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        if (is_heap_obj(a) || is_heap_obj(b)) && self.compare_overridden(a, b, op) {
            return self.compare_dunders(a, b, op);
        }
        if let Some(r) = numeric_cmp(op, a, b) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (a.downcast::<PyStr>(), b.downcast::<PyStr>()) {
            return Ok(Value::Bool(ord_result(op, x.as_str().cmp(y.as_str()))));
        }
        if let (Some(x), Some(y)) = (
            a.downcast::<crate::objects::bytes::PyBytes>(),
            b.downcast::<crate::objects::bytes::PyBytes>(),
        ) {
            return Ok(Value::Bool(ord_result(op, x.data.cmp(&y.data))));
        }
        if let (Some(x), Some(y)) = (seq_items(a), seq_items(b)) {
            if a.class().is(b.class()) || self.same_builtin_sequences(a, b) {
                return self.compare_sequences(&x, &y, op).map(Value::Bool);
            }
        }
        if let Some(r) = crate::objects::dict_view::view_compare(self, a, b, op) {
            return r;
        }
        if op == CMP_EQ || op == CMP_NE {
            if let (Some(x), Some(y)) = (a.downcast::<PyRange>(), b.downcast::<PyRange>()) {
                let same = crate::objects::range::range_eq(x, y);
                return Ok(Value::Bool(same == (op == CMP_EQ)));
            }
            if let Some(eq) = native_eq(a, b) {
                if !(a.payload_is::<PyDict>()
                    || a.class().payload.is_heap_type()
                    || b.class().payload.is_heap_type())
                {
                    return Ok(Value::Bool(eq == (op == CMP_EQ)));
                }
            }
            if let (Some(x), Some(y)) = (a.downcast::<PyDict>(), b.downcast::<PyDict>()) {
                let r = self.dict_eq(x, y)?;
                return Ok(Value::Bool(r == (op == CMP_EQ)));
            }
            if let Some(r) = crate::objects::set::set_compare(self, a, b, op) {
                return r;
            }
        } else if let Some(r) = crate::objects::set::set_compare(self, a, b, op) {
            return r;
        }
        self.compare_dunders(a, b, op)
    }

    /// Does an operand's class override comparison `op` in Python (so it
    /// runs before the builtin base's native comparison)?
    fn compare_overridden(&mut self, a: &Value, b: &Value, op: u32) -> bool {
        let names = &interp().names;
        let fwd = [
            &names.lt, &names.le, &names.eq, &names.ne, &names.gt, &names.ge,
        ];
        let refl = [
            &names.gt, &names.ge, &names.eq, &names.ne, &names.lt, &names.le,
        ];
        overrides(self, a, fwd[op as usize]) || overrides(self, b, refl[op as usize])
    }

    /// The comparison protocol (CPython's `do_richcompare`): reflected
    /// first for a right operand of a subclass, forward, reflected; then
    /// identity for `==`/`!=`, else TypeError.
    fn compare_dunders(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
        let names = &interp().names;
        let fwd = [
            &names.lt, &names.le, &names.eq, &names.ne, &names.gt, &names.ge,
        ];
        let refl = [
            &names.gt, &names.ge, &names.eq, &names.ne, &names.lt, &names.le,
        ];
        let a_ty = a.class();
        let b_ty = b.class();
        let reflected_first = !a_ty.is(b_ty) && b_ty.is_subtype(a_ty);
        if reflected_first {
            if let Some(f) = self.lookup_special(b, refl[op as usize]) {
                let r = self.call(&f, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = self.lookup_special(a, fwd[op as usize]) {
            let r = self.call(&f, &[a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !reflected_first {
            if let Some(f) = self.lookup_special(b, refl[op as usize]) {
                let r = self.call(&f, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CMP_EQ => Ok(Value::Bool(a.is(b))),
            CMP_NE => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                SYMBOLS[op as usize],
                a.class().payload.name(),
                b.class().payload.name()
            ))),
        }
    }

    pub(crate) fn compare_sequences(
        &mut self,
        x: &[Value],
        y: &[Value],
        op: u32,
    ) -> PyResult<bool> {
        self.check_native_stack_in(IN_COMPARISON)?;
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            if !self.eq(p, q)? {
                return match op {
                    CMP_EQ => Ok(false),
                    CMP_NE => Ok(true),
                    _ => {
                        let r = self.rich_compare(p, q, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(ord_result(op, x.len().cmp(&y.len())))
    }

    pub(crate) fn dict_eq(
        &mut self,
        x: &crate::object::Py<PyDict>,
        y: &crate::object::Py<PyDict>,
    ) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.check_native_stack_in(IN_COMPARISON)?;
        for (k, v) in x.items() {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        // Tuples compare element-wise below (their items may run Python
        // code); walking one natively first would make nesting quadratic.
        if !a.payload_is::<PyTuple>() {
            if let Some(r) = native_eq(a, b) {
                if !a.class().payload.is_heap_type() && !b.class().payload.is_heap_type() {
                    return Ok(r);
                }
            }
        }
        let r = self.rich_compare(a, b, CMP_EQ)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.rich_compare(a, b, CMP_LT)?;
        self.truthy(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(d) = container.downcast::<PyDict>() {
            return Ok(self.dict_get(d, item)?.is_some());
        }
        if let Some(s) = container.downcast::<PyStr>() {
            let Some(i) = item.downcast::<PyStr>() else {
                return Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.class().payload.name()
                )));
            };
            return Ok(s.as_str().contains(i.as_str()));
        }
        if let Some(r) = crate::objects::set::set_contains(self, container, item) {
            return r;
        }
        if let Some(items) = seq_items(container) {
            for v in &items {
                if v.is(item) || self.eq(v, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = crate::objects::range::range_contains(self, container, item) {
            return r;
        }
        if let Some(f) = self.lookup_special(container, &interp().names.contains) {
            if f.is_none() {
                return Err(type_error(format!(
                    "'{}' object is not a container",
                    container.class().payload.name()
                )));
            }
            let r = self.call(&f, &[container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        let iter = self.lookup_special(container, &interp().names.iter);
        if iter.as_ref().is_some_and(|f| f.is_none())
            || iter.is_none()
                && self
                    .lookup_special(container, &interp().names.getitem)
                    .is_none()
        {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                container.class().payload.name()
            )));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The items of a list or tuple (a snapshot), else None.
pub fn seq_items(v: &Value) -> Option<Vec<Value>> {
    if let Some(t) = v.downcast::<PyTuple>() {
        return Some(t.items.to_vec());
    }
    v.downcast::<PyList>().map(|l| l.snapshot())
}
