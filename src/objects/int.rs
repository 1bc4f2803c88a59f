//! `int` beyond 64 bits, integer parsing, hashing and the `int`/`bool` types.
//!
//! Ints that fit in an `i64` are immediates (`Value::Int`); `PyBigInt` holds
//! the rest, and every operation normalizes its result back (`int_value`), so
//! a value has exactly one representation. `bool` is a subtype of `int`
//! whose values are the immediates `Value::Bool`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::vm::Vm;

pub struct PyBigInt {
    pub value: BigInt,
}
impl PyPayload for PyBigInt {}

/// The int value of `b`, as an immediate when it fits.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => PyRef::new_in(PyBigInt { value: b }, &types().int).into_value(),
    }
}

/// The integer of an int-like value (int, bool, big int), if it is one.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => o.downcast::<PyBigInt>().map(|b| b.value.clone()),
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || v.payload_is::<PyBigInt>()
}

/// Integer to `i64` for indexing, or OverflowError (CPython wording).
#[inline]
pub fn to_i64_index(v: &Value) -> Option<PyResult<i64>> {
    match v {
        Value::Int(i) => Some(Ok(*i)),
        Value::Bool(b) => Some(Ok(*b as i64)),
        Value::Obj(o) => o.downcast::<PyBigInt>().map(|b| {
            b.value.to_i64().ok_or_else(|| {
                crate::objects::exception::new_error(
                    crate::objects::exception::ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })
        }),
        _ => None,
    }
}

/// `operator.index(v)` as an i64, OverflowError `msg` when it does not fit
/// (CPython's `PyNumber_AsSsize_t(v, PyExc_OverflowError)` and the `n`
/// argument format).
pub fn index_or_overflow(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let i = vm.to_index_value(v)?;
    to_bigint(&i)
        .and_then(|b| b.to_i64())
        .ok_or_else(|| overflow_error(msg))
}

// ===== Hashing (CPython Python/pyhash.c: modulus 2**61 - 1) =====

pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.sign() == Sign::Minus { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm: fold the mantissa bits modulo 2**61 - 1.
    let (mut m, mut e) = frexp(f.abs());
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

// ===== Arithmetic on big ints =====

/// `a op b` for two ints, in big arithmetic (the i64 fast paths are in
/// `vm::ops::arith`). `op` is an `ast::BinOp` number.
pub fn bigint_binop(op: u8, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    use crate::ast::BinOp as B;
    let r = match op {
        x if x == B::Add as u8 => a + b,
        x if x == B::Sub as u8 => a - b,
        x if x == B::Mult as u8 => a * b,
        x if x == B::FloorDiv as u8 => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        x if x == B::Mod as u8 => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        x if x == B::Div as u8 => {
            if b.is_zero() {
                return Err(zero_division("division by zero"));
            }
            return Ok(Value::Float(int_true_div(a, b)?));
        }
        x if x == B::Pow as u8 => {
            if b.is_negative() {
                let (fa, fb) = (big_to_f64(a)?, big_to_f64(b)?);
                if fa == 0.0 {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(fa.powf(fb)));
            }
            match b.to_u32() {
                Some(e) => Pow::pow(a, e),
                None => huge_pow(a, b)?,
            }
        }
        x if x == B::LShift as u8 => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // CPython tries to allocate the result and runs out of memory.
            match b.to_usize().filter(|&n| n <= (1 << 32)) {
                Some(n) => a << n,
                None => return Err(crate::objects::exception::memory_error()),
            }
        }
        x if x == B::RShift as u8 => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        -BigInt::one()
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        x if x == B::BitAnd as u8 => a & b,
        x if x == B::BitOr as u8 => a | b,
        x if x == B::BitXor as u8 => a ^ b,
        _ => return Ok(crate::objects::none::not_implemented()),
    };
    Ok(int_value(r))
}

/// `a ** e` for an exponent past `u32`: exact for the bases 0, 1 and -1,
/// MemoryError otherwise (CPython runs out of memory computing it).
fn huge_pow(a: &BigInt, e: &BigInt) -> PyResult<BigInt> {
    if a.is_zero() || a.is_one() {
        return Ok(a.clone());
    }
    if *a == BigInt::from(-1) {
        return Ok(if e.is_odd() { a.clone() } else { BigInt::one() });
    }
    Err(crate::objects::exception::memory_error())
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient keeps 64+ significant bits before rounding.
    let shift = (b.bits() as i64 - a.bits() as i64 + 66).max(0) as usize;
    let q = (a << shift) / b;
    let f = big_to_f64(&q)
        .map_err(|_| overflow_error("integer division result too large for a float"))?;
    Ok(f / 2f64.powi(shift as i32))
}

// ===== Parsing =====

pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && t.bytes().any(|c| c != b'0' && c != b'_') {
                return None;
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

// ===== int() and bool() =====

/// `int.__new__(cls, x=0, base=10)`: the int, as an instance of `cls`
/// when that is a subclass.
fn int_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let v = int_from_args(vm, args)?;
    if cls.is(&types().int) {
        return Ok(v);
    }
    Ok(crate::objects::num_subclass::new_int_instance(&v, cls))
}

/// `int(x=0, base=10)`.
fn int_from_args(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Argument Clinic's checks and words: the count first, then names.
    if args.values.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.values.len()
        )));
    }
    if let Some((k, _)) = args.kw().find(|(k, _)| *k != "base") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for int()"
        )));
    }
    let pos = args.pos();
    let base_arg = args.kwarg("base").or(pos.get(1));
    let Some(x) = pos.first() else {
        if base_arg.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        let base = vm.to_index_value(b)?;
        let base = match base {
            Value::Int(i) if i == 0 || (2..=36).contains(&i) => i as u32,
            _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        let Some(text) = int_text(x) else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        check_digits(&text, base)?;
        return parse_int(&text, base)
            .map(int_value)
            .ok_or_else(|| invalid_literal(vm, base, x));
    }
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Obj(o) => {
            if o.class().payload.is_heap_type() {
                if let Some(r) = vm.call_dunder_int(x) {
                    return r;
                }
            }
            if let Some(b) = o.downcast::<PyBigInt>() {
                return Ok(int_value(b.value.clone()));
            }
            if let Some(text) = int_text(x) {
                check_digits(&text, 10)?;
                return parse_int(&text, 10)
                    .map(int_value)
                    .ok_or_else(|| invalid_literal(vm, 10, x));
            }
            if let Some(f) = o.downcast::<crate::objects::float::PyFloat>() {
                return float_to_int(f.0);
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.class().payload.name()
            )))
        }
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            x.class().payload.name()
        ))),
    }
}

/// ValueError when `text` has more decimal digits than the conversion limit.
fn check_digits(text: &str, base: u32) -> PyResult<()> {
    use crate::objects::int_str_limit::{check_parse, parse_digit_count};
    check_parse(parse_digit_count(text, base)).map_err(value_error)
}

/// The text of a str or bytes argument of `int()`, with Unicode decimal
/// digits and spaces made ASCII (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`); other non-ASCII
/// characters become `?`, which no parser accepts.
pub fn int_text(x: &Value) -> Option<String> {
    if let Some(s) = x.downcast::<PyStr>() {
        return Some(ascii_digits(s.as_str()));
    }
    if let Some(Ok(b)) = crate::objects::bytes::bytes_like(x) {
        return Some(
            b.iter()
                .map(|&c| if c.is_ascii() { c as char } else { '?' })
                .collect(),
        );
    }
    None
}

/// `s` with Unicode decimal digits and whitespace mapped to ASCII.
pub fn ascii_digits(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = crate::objects::str_methods::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

fn invalid_literal(vm: &mut Vm, base: u32, x: &Value) -> crate::objects::exception::PyErr {
    let r = vm
        .repr(x)
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    value_error(format!("invalid literal for int() with base {base}: {r}"))
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_value(float_trunc_big(t)))
}

fn float_trunc_big(t: f64) -> BigInt {
    let (m, e) = frexp(t.abs());
    let mant = (m * (1u64 << 53) as f64) as u64;
    let mut b = BigInt::from(mant);
    let shift = e - 53;
    if shift >= 0 {
        b <<= shift as usize;
    } else {
        b >>= (-shift) as usize;
    }
    if t < 0.0 {
        -b
    } else {
        b
    }
}

fn bool_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("bool", 0, 1)?;
    Ok(Value::Bool(match p.first() {
        Some(v) => vm.truthy(v)?,
        None => false,
    }))
}

fn int_bit_length(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("int.bit_length")?;
    if args.pos().len() != 1 {
        return Err(type_error(format!(
            "int.bit_length() takes no arguments ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    }
    let b = to_bigint(&args.pos()[0])
        .ok_or_else(|| type_error("descriptor 'bit_length' requires an int"))?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(to_bigint(&args.pos()[0])
        .map(int_value)
        .unwrap_or(Value::None))
}

fn this_int(args: &Args, name: &str) -> PyResult<BigInt> {
    args.pos()
        .first()
        .and_then(to_bigint)
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'int' object")))
}

/// `int.bit_count()`: ones in the binary form of `abs(self)`.
fn int_bit_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("bit_count", 1, 1)?;
    let b = this_int(args, "bit_count")?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

/// `int.as_integer_ratio()`: `(int(self), 1)`.
fn int_as_integer_ratio(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("as_integer_ratio", 1, 1)?;
    let b = this_int(args, "as_integer_ratio")?;
    Ok(crate::objects::tuple::tuple_value(vec![
        int_value(b),
        Value::Int(1),
    ]))
}

/// `int.__round__(ndigits=None)`: `round(self, ndigits)`.
fn int_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__round__", 1, 2)?;
    this_int(args, "__round__")?;
    let round = crate::vm::interp()
        .builtins
        .dict
        .get_str(&crate::objects::str::intern("round"))
        .unwrap_or_default();
    vm.call(&round, p)
}

/// Keyword-or-positional argument `i` (after self) named `name`.
fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kwarg(name))
}

fn byteorder_arg(v: Option<&Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    let s = v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            v.class().payload.name()
        ))
    })?;
    match s.as_str() {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn signed_arg(vm: &mut Vm, args: &Args) -> PyResult<bool> {
    match args.kwarg("signed") {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// Argument Clinic's count check of `to_bytes`/`from_bytes` (two
/// positional parameters after `self`/`cls`, then keyword-only `signed`).
fn clinic_at_most(args: &Args, fname: &str) -> PyResult<()> {
    let total = args.values.len().saturating_sub(1);
    let pos = args.pos().len().saturating_sub(1);
    if total > 3 {
        return Err(type_error(format!(
            "{fname}() takes at most 3 arguments ({total} given)"
        )));
    }
    if pos > 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 positional arguments ({pos} given)"
        )));
    }
    Ok(())
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("to_bytes", &["length", "byteorder", "signed"])?;
    clinic_at_most(args, "to_bytes")?;
    let v = this_int(args, "to_bytes")?;
    let length = match arg(args, 1, "length") {
        Some(l) => crate::objects::str_methods::ssize_arg(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(arg(args, 2, "byteorder"), "to_bytes")?;
    let signed = signed_arg(vm, args)?;
    if !signed && v.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as u64;
    // Bits needed: unsigned magnitude, or two's complement with a sign bit.
    let needed = if signed {
        if v.is_negative() {
            (-&v - 1u32).bits() + 1
        } else {
            v.bits() + 1
        }
    } else {
        v.bits()
    };
    if needed > length.saturating_mul(8) {
        return Err(overflow_error("int too big to convert"));
    }
    let mut bytes = v.to_signed_bytes_le();
    bytes
        .try_reserve_exact((length as usize).saturating_sub(bytes.len()))
        .map_err(|_| crate::objects::exception::memory_error())?;
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if big {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::bytes_value(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("from_bytes", &["bytes", "byteorder", "signed"])?;
    clinic_at_most(args, "from_bytes")?;
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(src) = arg(args, 1, "bytes") else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let big = byteorder_arg(arg(args, 2, "byteorder"), "from_bytes")?;
    let signed = signed_arg(vm, args)?;
    let mut data: Vec<u8> = match crate::objects::bytes::bytes_like(src) {
        Some(b) => b?.into_owned(),
        None => {
            if src.payload_is::<PyStr>() {
                return Err(type_error("cannot convert 'str' object to bytes"));
            }
            let mut out = Vec::new();
            for x in vm.to_vec_or(src, |t| format!("cannot convert '{t}' object to bytes"))? {
                let i = vm.to_index(&x)?;
                out.push(
                    u8::try_from(i).map_err(|_| value_error("bytes must be in range(0, 256)"))?,
                );
            }
            out
        }
    };
    if big {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let v = int_value(v);
    match cls.downcast::<PyType>() {
        Some(t) if !t.is(&types().int) => vm.call(&cls, &[v]),
        _ => Ok(v),
    }
}

// ===== pow(base, exp, mod) =====

/// `pow(b, e, m)` for ints: modular exponentiation, a negative exponent
/// through the modular inverse (CPython long_pow).
pub fn int_pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut base = b.mod_floor(&am);
    let mut e = e.clone();
    if e.is_negative() {
        base = mod_inverse(&base, &am)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let r = base.modpow(&e, &am);
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(int_value(r))
}

/// The inverse of `a` modulo `m` (`m` > 0, `0 <= a < m`), if gcd(a, m) is 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.int, int_new);
    set_new(&t.bool_, bool_new);
    add_methods(
        &t.int,
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("__index__", int_conjugate),
            ("__int__", int_conjugate),
            ("__trunc__", int_conjugate),
            ("__floor__", int_conjugate),
            ("__ceil__", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("__round__", int_round),
            ("to_bytes", int_to_bytes),
        ],
    );
    crate::objects::method::add_classmethod(&t.int, "from_bytes", int_from_bytes);
    // Read through the attribute fast path (`objects::attrs`); the
    // descriptors make them visible to `dir()` and `int.real`.
    crate::objects::getset::add_getsets(
        &t.int,
        "int",
        &[
            ("real", get_self, None),
            ("numerator", get_self, None),
            ("imag", get_zero, None),
            ("denominator", get_one, None),
        ],
    );
}

fn get_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(to_bigint(v).map(int_value).unwrap_or(Value::Int(0)))
}

fn get_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn get_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}
