//! Arithmetic: `BINARY_OP` and `UNARY_OP` beyond the eval loop's inline
//! small-int paths. Native numbers, str/list/tuple concatenation and
//! repetition, `%` formatting, then the dunder protocol with reflected
//! operands and NotImplemented (CPython Objects/abstract.c binary_op1).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::complex::{complex_binop, complex_parts, complex_value, PyComplex};
use crate::objects::exception::{type_error, PyResult};
use crate::objects::float::float_binop;
use crate::objects::int::{big_to_f64, bigint_binop, int_value, to_bigint, PyBigInt};
use crate::objects::list::{list_value, PyList};
use crate::objects::none::{is_not_implemented, not_implemented};
use crate::objects::num_subclass::{float_obj, is_heap_obj, overrides, plain_number};
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::state::{interp, Vm, BINOP_DUNDERS};

fn as_float(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Obj(o) => match o.downcast::<PyBigInt>() {
            Some(b) => Some(big_to_f64(&b.value)),
            None => float_obj(v).map(Ok),
        },
        _ => None,
    }
}

/// Native numeric `a op b`; `None` when not both numbers.
pub(crate) fn numeric_binop(op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            o if o == BinOp::BitAnd as u8 => return Some(Ok(Value::Bool(x & y))),
            o if o == BinOp::BitOr as u8 => return Some(Ok(Value::Bool(x | y))),
            o if o == BinOp::BitXor as u8 => return Some(Ok(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = small_int_op(op, *x, *y) {
            return Some(Ok(r));
        }
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Some(x.and_then(|x| y.and_then(|y| float_binop(op, x, y))));
        }
        return complex_binop(op, a, b);
    }
    if let Some(x) = to_bigint(a) {
        if let Some(y) = to_bigint(b) {
            return Some(bigint_binop(op, &x, &y));
        }
    }
    if float_obj(a).is_some() || float_obj(b).is_some() {
        // An instance of a float subclass: its plain value.
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Some(x.and_then(|x| y.and_then(|y| float_binop(op, x, y))));
        }
    }
    complex_binop(op, a, b)
}

const ADD: u8 = BinOp::Add as u8;
const SUB: u8 = BinOp::Sub as u8;
const MUL: u8 = BinOp::Mult as u8;
const FLOORDIV: u8 = BinOp::FloorDiv as u8;
const MOD: u8 = BinOp::Mod as u8;
const AND: u8 = BinOp::BitAnd as u8;
const OR: u8 = BinOp::BitOr as u8;
const XOR: u8 = BinOp::BitXor as u8;
const RSHIFT: u8 = BinOp::RShift as u8;
const LSHIFT: u8 = BinOp::LShift as u8;
const DIV: u8 = BinOp::Div as u8;
const POW: u8 = BinOp::Pow as u8;

/// i64 arithmetic with Python semantics; `None` on overflow or when big
/// arithmetic must decide.
#[inline(always)]
pub(crate) fn small_int_op(op: u8, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        ADD => x.checked_add(y)?,
        SUB => x.checked_sub(y)?,
        MUL => x.checked_mul(y)?,
        FLOORDIV => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        MOD => {
            if y == 0 || y == -1 {
                return if y == -1 { Some(Value::Int(0)) } else { None };
            }
            let m = x % y;
            if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            }
        }
        AND => x & y,
        OR => x | y,
        XOR => x ^ y,
        RSHIFT => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        LSHIFT => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        DIV => {
            if y == 0 {
                return None;
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Some(Value::Float(x as f64 / y as f64));
            }
            return None;
        }
        POW => {
            if y < 0 {
                return None;
            }
            let e = u32::try_from(y).ok()?;
            x.checked_pow(e)?
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    let b = to_bigint(n)?;
    // As CPython's `PyNumber_AsSsize_t(n, PyExc_OverflowError)`, then
    // negative counts repeat zero times.
    Some(match b.to_i64() {
        Some(i) => Ok(i.max(0) as usize),
        None => Err(crate::objects::exception::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    })
}

/// The count of `seq * n`: TypeError for a non-int `n` of a builtin type,
/// `None` (try the dunders) for an instance of a class.
pub(crate) fn repeat_or_error(vm: &mut Vm, n: &Value) -> Option<PyResult<usize>> {
    match repeat_count(n) {
        Some(r) => Some(r),
        None if n.class().payload.is_heap_type() => {
            // CPython tries `n.__rmul__` first, then `sq_repeat` with `__index__`.
            let names = &interp().binop_names;
            if vm
                .lookup_special(n, &names.rop[BinOp::Mult as usize])
                .is_some()
                || vm.lookup_special(n, &interp().names.index).is_none()
            {
                return None;
            }
            Some(
                vm.to_index_value(n)
                    .and_then(|i| repeat_count(&i).unwrap_or(Ok(0))),
            )
        }
        None => Some(Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.class().payload.name()
        )))),
    }
}

/// MemoryError (as CPython) for a repetition too large to allocate.
pub(crate) fn check_repeat_size(len: usize, n: usize) -> PyResult<()> {
    match len.checked_mul(n) {
        Some(total) if total <= isize::MAX as usize / 16 => Ok(()),
        _ => Err(crate::objects::exception::memory_error()),
    }
}

/// Sequence and string operators of builtin types.
pub(crate) fn sequence_binop(
    vm: &mut Vm,
    op: u8,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> Option<PyResult<Value>> {
    let add = op == BinOp::Add as u8;
    let mul = op == BinOp::Mult as u8;
    if let Some(r) = crate::objects::dict_view::view_binop(vm, op, a, b) {
        return Some(r);
    }
    if let Some(s) = a.downcast::<PyStr>() {
        if add {
            let Some(t) = b.downcast::<PyStr>() else {
                if b.class().payload.is_heap_type() {
                    return None;
                }
                return Some(Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    b.class().payload.name()
                ))));
            };
            let exact = |v: &Value| v.class().is(&crate::object::types().str);
            if t.char_len() == 0 && exact(a) {
                return Some(Ok(a.clone()));
            }
            if s.char_len() == 0 && exact(b) {
                return Some(Ok(b.clone()));
            }
            let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
            r.push_str(s.as_str());
            r.push_str(t.as_str());
            return Some(Ok(str_value(r)));
        }
        if mul {
            return Some(repeat_or_error(vm, b)?.and_then(|n| {
                check_repeat_size(s.as_str().len(), n)?;
                if n == 1 && a.class().is(&crate::object::types().str) {
                    return Ok(a.clone());
                }
                Ok(str_value(s.as_str().repeat(n)))
            }));
        }
        if op == BinOp::Mod as u8 {
            return Some(vm.percent_format(s.as_str(), b));
        }
        return None;
    }
    if let Some(l) = a.downcast::<PyList>() {
        if add {
            if inplace {
                let other = match vm.to_vec(b) {
                    Ok(o) => o,
                    Err(e) => return Some(Err(e)),
                };
                l.with_items(|v| v.extend(other));
                return Some(Ok(a.clone()));
            }
            let Some(other) = b.downcast::<PyList>() else {
                if b.class().payload.is_heap_type() {
                    return None;
                }
                return Some(Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.class().payload.name()
                ))));
            };
            let other = other.snapshot();
            let mut items = l.snapshot();
            items.extend(other);
            return Some(Ok(list_value(items)));
        }
        if mul {
            let n = match repeat_or_error(vm, b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            let items = l.snapshot();
            if let Err(e) = check_repeat_size(items.len(), n) {
                return Some(Err(e));
            }
            let rep: Vec<Value> = items
                .iter()
                .cloned()
                .cycle()
                .take(items.len() * n)
                .collect();
            if inplace {
                l.replace_all(rep);
                return Some(Ok(a.clone()));
            }
            return Some(Ok(list_value(rep)));
        }
        return None;
    }
    if let Some(t) = a.downcast::<PyTuple>() {
        if add {
            let Some(u) = b.downcast::<PyTuple>() else {
                if b.class().payload.is_heap_type() {
                    return None;
                }
                return Some(Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    b.class().payload.name()
                ))));
            };
            // An exact tuple plus an empty one is itself (CPython's tupleconcat).
            let exact = |v: &Value| v.class().is(&types().tuple);
            if u.items.is_empty() && exact(a) {
                return Some(Ok(a.clone()));
            }
            if t.items.is_empty() && exact(b) {
                return Some(Ok(b.clone()));
            }
            let items: Vec<Value> = t.items.iter().chain(u.items.iter()).cloned().collect();
            return Some(Ok(tuple_value(items)));
        }
        if mul {
            let n = match repeat_or_error(vm, b)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            if let Err(e) = check_repeat_size(t.items.len(), n) {
                return Some(Err(e));
            }
            if (n == 1 || t.items.is_empty()) && a.class().is(&types().tuple) {
                return Some(Ok(a.clone()));
            }
            let items: Vec<Value> = t
                .items
                .iter()
                .cloned()
                .cycle()
                .take(t.items.len() * n)
                .collect();
            return Some(Ok(tuple_value(items)));
        }
        return None;
    }
    if let Some(r) = crate::objects::bytes_ops::bytes_binop(vm, op, a, b, inplace) {
        return Some(r);
    }
    if mul
        && (b.payload_is::<PyStr>() || b.payload_is::<PyList>() || b.payload_is::<PyTuple>())
        && (to_bigint(a).is_some()
            || a.payload_is::<PyComplex>()
            || a.class().payload.is_heap_type())
    {
        return sequence_binop(vm, op, b, a, false);
    }
    if inplace {
        if let Some(r) = crate::objects::set::set_inplace(vm, op, a, b) {
            return Some(r);
        }
    }
    if let Some(r) = crate::objects::set::set_binop(vm, op, a, b) {
        return Some(r);
    }
    if inplace
        && op == BinOp::BitOr as u8
        && a.payload_is::<crate::objects::dict::PyDict>()
        && !a.class().payload.is_heap_type()
    {
        // `d |= iterable of pairs` (dict.update semantics); `d | pairs` stays a TypeError.
        return Some(vm.dict_update_from(a, b, false, None).map(|_| a.clone()));
    }
    if op == BinOp::BitOr as u8 {
        if let (Some(x), Some(y)) = (
            a.downcast::<crate::objects::dict::PyDict>(),
            b.downcast::<crate::objects::dict::PyDict>(),
        ) {
            if inplace {
                return Some(vm.dict_update_from(a, b, false, None).map(|_| a.clone()));
            }
            let d = x.copy();
            let dv = d.to_value();
            let _ = y;
            return Some(vm.dict_update_from(&dv, b, false, None).map(|_| dv));
        }
    }
    None
}

impl Vm {
    /// `a op b` (`arg`: BinOp number, + INPLACE for augmented assignment).
    pub fn binary_op(&mut self, arg: u32, a: Value, b: Value) -> PyResult<Value> {
        let inplace = arg >= 13;
        let op = (arg % 13) as u8;
        if (is_heap_obj(&a) || is_heap_obj(&b)) && self.binop_overridden(op, inplace, &a, &b) {
            return self.binary_op_dunders(op, inplace, a, b);
        }
        if let Some(r) = numeric_binop(op, &a, &b) {
            let r = r?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(r) = sequence_binop(self, op, &a, &b, inplace) {
            return r;
        }
        self.binary_op_dunders(op, inplace, a, b)
    }

    /// Does a class among the operands' override the operator in Python
    /// (so it must run before the builtin base's native operation)?
    fn binop_overridden(&mut self, op: u8, inplace: bool, a: &Value, b: &Value) -> bool {
        let names = &interp().binop_names;
        (inplace && overrides(self, a, &names.iop[op as usize]))
            || overrides(self, a, &names.op[op as usize])
            || overrides(self, b, &names.rop[op as usize])
    }

    /// The dunder protocol of `a op b` (CPython's `binary_op1`): the
    /// in-place method, the reflected one first for a right operand of a
    /// subclass, then forward and reflected; else TypeError.
    fn binary_op_dunders(&mut self, op: u8, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
        let names = &interp().binop_names;
        if inplace {
            if let Some(f) = self.lookup_user_special(&a, &names.iop[op as usize]) {
                let r = self.call(&f, &[a.clone(), b.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let a_ty = a.class();
        let b_ty = b.class();
        let reflected_first =
            !a_ty.is(b_ty) && b_ty.is_subtype(a_ty) && b_ty.payload.is_heap_type();
        let mut reflected_tried = false;
        if reflected_first {
            if let Some(f) = self.lookup_user_special(&b, &names.rop[op as usize]) {
                // CPython's `method_is_overloaded`: between two classes the
                // subclass goes first only if it redefines the reflected method.
                let inherited = a_ty.payload.is_heap_type()
                    && self
                        .lookup_special(&a, &names.rop[op as usize])
                        .is_some_and(|g| g.is(&f));
                if !inherited {
                    reflected_tried = true;
                    let r = self.call(&f, &[b.clone(), a.clone()])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(f) = self.lookup_user_special(&a, &names.op[op as usize]) {
            let r = self.call(&f, &[a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !reflected_tried && !a_ty.is(b_ty) {
            if let Some(f) = self.lookup_user_special(&b, &names.rop[op as usize]) {
                let r = self.call(&f, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.binop_native_after_dunders(op, &a, &b) {
            return r;
        }
        if op == BinOp::BitOr as u8 {
            // `int | str`, `None | int`: the classes' type is builtin.
            let u = crate::objects::union_type::make_union(&a, &b);
            if !is_not_implemented(&u) {
                return Ok(u);
            }
        }
        let sym = BINOP_DUNDERS[op as usize].3;
        let sym = if inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        if op == BinOp::Pow as u8 && !inplace {
            return Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                a.class().payload.name(),
                b.class().payload.name()
            )));
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            a.class().payload.name(),
            b.class().payload.name()
        )))
    }

    /// After the Python methods of an instance of a subclass of a builtin
    /// declined: the builtin's own operation (CPython tries the other
    /// operand's native slot), and the sequences' concatenation message.
    #[cold]
    fn binop_native_after_dunders(
        &mut self,
        op: u8,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        if let Some(r) = numeric_binop(op, a, b) {
            match r {
                Ok(v) if is_not_implemented(&v) => {}
                r => return Some(r),
            }
        }
        if op != BinOp::Add as u8 {
            return None;
        }
        let kind = if a.payload_is::<PyStr>() {
            "str"
        } else if a.payload_is::<PyList>() {
            "list"
        } else if a.payload_is::<PyTuple>() {
            "tuple"
        } else {
            return None;
        };
        Some(Err(type_error(format!(
            "can only concatenate {kind} (not \"{}\") to {kind}",
            b.class().payload.name()
        ))))
    }

    /// Unary `-` (0), `+` (1), `~` (2), `not` (3).
    pub fn unary_op(&mut self, arg: u32, v: Value) -> PyResult<Value> {
        if arg != 3 && is_heap_obj(&v) {
            return self.unary_op_subclass(arg, v);
        }
        match (arg, &v) {
            (3, _) => return Ok(Value::Bool(!self.truthy(&v)?)),
            (0, Value::Int(i)) if *i != i64::MIN => return Ok(Value::Int(-i)),
            (0, Value::Float(f)) => return Ok(Value::Float(-f)),
            (1, Value::Int(_) | Value::Float(_)) => return Ok(v),
            (2, Value::Int(i)) => return Ok(Value::Int(!i)),
            (0 | 1 | 2, Value::Bool(b)) => {
                let i = *b as i64;
                return Ok(Value::Int([-i, i, !i][arg as usize]));
            }
            _ => {}
        }
        if let Some(b) = v.downcast::<PyBigInt>() {
            let x: &BigInt = &b.value;
            return Ok(match arg {
                0 => int_value(-x),
                1 => int_value(x.clone()),
                _ => int_value(!x),
            });
        }
        if let Value::Int(i) = v {
            return Ok(int_value(-BigInt::from(i)));
        }
        if let (Some((re, im)), false) = (complex_parts(&v), v.class().payload.is_heap_type()) {
            match arg {
                0 => return Ok(complex_value(-re, -im)),
                1 => return Ok(v),
                _ => {}
            }
        }
        self.unary_op_dunder(arg, v)
    }

    /// A unary operator on an instance of a class: its Python override,
    /// else the builtin base's operation on the plain value.
    #[cold]
    fn unary_op_subclass(&mut self, arg: u32, v: Value) -> PyResult<Value> {
        let names = &interp().names;
        let name = [&names.neg, &names.pos, &names.invert][arg as usize];
        if !overrides(self, &v, name) {
            if let Some(p) = plain_number(&v) {
                return self.unary_op(arg, p);
            }
        }
        self.unary_op_dunder(arg, v)
    }

    /// `__neg__`, `__pos__` or `__invert__` of `v`'s type, else TypeError.
    fn unary_op_dunder(&mut self, arg: u32, v: Value) -> PyResult<Value> {
        let names = &interp().names;
        let name = [&names.neg, &names.pos, &names.invert][arg as usize];
        if let Some(f) = self.lookup_special(&v, name) {
            return self.call(&f, &[v]);
        }
        let sym = ["-", "+", "~"][arg as usize];
        Err(type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            v.class().payload.name()
        )))
    }

    /// Truth value: `__bool__`, then `__len__`, else true.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => {
                let names = &interp().names;
                if o.class().payload.is_heap_type()
                    && (overrides(self, v, &names.bool_) || overrides(self, v, &names.len))
                {
                    return self.truthy_dunders(v);
                }
                if let Some(s) = o.downcast::<PyStr>() {
                    return Ok(s.char_len() > 0);
                }
                if let Some(l) = o.downcast::<PyList>() {
                    return Ok(!l.is_empty());
                }
                if let Some(t) = o.downcast::<PyTuple>() {
                    return Ok(!t.items.is_empty());
                }
                if let Some(d) = o.downcast::<crate::objects::dict::PyDict>() {
                    return Ok(!d.is_empty());
                }
                if let Some(b) = o.downcast::<PyBigInt>() {
                    // A big int, or an int subclass's instance (maybe 0).
                    return Ok(!b.value.is_zero());
                }
                if let Some(f) = float_obj(v) {
                    return Ok(f != 0.0);
                }
                if let (Some(c), false) =
                    (o.downcast::<PyComplex>(), o.class().payload.is_heap_type())
                {
                    return Ok(c.re != 0.0 || c.im != 0.0);
                }
                if let Some(r) = o.downcast::<crate::objects::range::PyRange>() {
                    return Ok(!r.is_empty());
                }
                self.truthy_dunders(v)?
            }
        })
    }

    /// `__bool__`, then `__len__`, else true.
    fn truthy_dunders(&mut self, v: &Value) -> PyResult<bool> {
        let names = &interp().names;
        if let Some(f) = self.lookup_special(v, &names.bool_) {
            let r = self.call(&f, &[v.clone()])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    r.class().payload.name()
                ))),
            };
        }
        if self.lookup_special(v, &names.len).is_some() {
            return Ok(self.len(v)? > 0);
        }
        Ok(true)
    }

    /// `not_implemented` re-exported for the ops files.
    pub fn not_implemented(&self) -> Value {
        not_implemented()
    }
}
