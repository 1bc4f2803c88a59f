//! `float`: IEEE doubles, held as immediates (`Value::Float`).
//!
//! Python's float semantics that differ from Rust's: `%` and `//` floor
//! towards negative infinity with the divisor's sign, division by zero
//! raises, and overflow of `**` raises OverflowError.

use crate::object::pyref::{Py, PyPayload};
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{str_value, PyStr};
use crate::vm::Vm;

/// Payload type of `float` (floats themselves are immediates).
pub struct PyFloat(pub f64);
impl PyPayload for PyFloat {}

/// `a op b` on floats (`op`: an `ast::BinOp` number).
pub fn float_binop(op: u8, a: f64, b: f64) -> PyResult<Value> {
    use crate::ast::BinOp as B;
    let r = match op {
        x if x == B::Add as u8 => a + b,
        x if x == B::Sub as u8 => a - b,
        x if x == B::Mult as u8 => a * b,
        x if x == B::Div as u8 => {
            if b == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            a / b
        }
        x if x == B::FloorDiv as u8 => {
            if b == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        x if x == B::Mod as u8 => {
            if b == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        x if x == B::Pow as u8 => return float_pow(a, b),
        _ => return Ok(crate::objects::none::not_implemented()),
    };
    Ok(Value::Float(r))
}

/// Python's divmod for floats (CPython Objects/floatobject.c float_divmod).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // Negative numbers raised to fractional powers become complex.
        return crate::objects::complex::complex_pow((a, 0.0), (b, 0.0));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// Parse float text as `float()` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - body.len() > 1 {
            return None;
        }
        return Some(if neg { -v } else { v });
    }
    if t.contains("__")
        || t.starts_with('_')
        || t.ends_with('_')
        || t.contains("_.")
        || t.contains("._")
    {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty()
        || !clean
            .chars()
            .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float.__new__(cls, x=0.0)`: the float, as an instance of `cls` when
/// that is a subclass.
fn float_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    match float_from_args(vm, args)? {
        Value::Float(f) => Ok(crate::objects::num_subclass::new_float_instance(f, cls)),
        v => Ok(v),
    }
}

/// `float(x=0.0)`.
fn float_from_args(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("float", 0, 1)?;
    let Some(x) = p.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Obj(o) => {
            let text = match o.downcast::<PyStr>() {
                Some(s) => Some(crate::objects::int::ascii_digits(s.as_str())),
                None => crate::objects::int::int_text(x),
            };
            if let Some(text) = text {
                return parse_float(&text).map(Value::Float).ok_or_else(|| {
                    let r = vm
                        .repr(x)
                        .map(|r| r.as_str().to_string())
                        .unwrap_or_default();
                    value_error(format!("could not convert string to float: {r}"))
                });
            }
            if let Some(b) = o.downcast::<crate::objects::int::PyBigInt>() {
                return crate::objects::int::big_to_f64(&b.value).map(Value::Float);
            }
            if let Some(f) = o.downcast::<PyFloat>() {
                if !crate::objects::num_subclass::overrides(vm, x, &crate::vm::interp().names.float)
                {
                    return Ok(Value::Float(f.0));
                }
            }
            vm.call_dunder_float(x)
        }
        _ => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            x.class().payload.name()
        ))),
    }
}

fn this(args: &Args) -> PyResult<f64> {
    match args.pos().first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v @ Value::Obj(_)) => crate::objects::num_subclass::float_obj(v)
            .ok_or_else(|| type_error("descriptor requires a 'float' object")),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// `float.hex()`, CPython's format: `[-]0x1.<13 hex digits>p<exp>` for a
/// normal number, `0x0.<13 hex digits>p-1022` for a subnormal one.
fn float_hex(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("float.hex", 1, 1)?;
    let f = this(args)?;
    Ok(str_value(float_to_hex(f)))
}

pub fn float_to_hex(f: f64) -> String {
    if !f.is_finite() {
        return crate::objects::float_repr::float_repr(f);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// `float.fromhex(s)` (a classmethod; CPython float_fromhex): correctly
/// rounded, half to even.
fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("float.fromhex", 2, 2)?;
    let s = p[1]
        .downcast::<crate::objects::str::PyStr>()
        .ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let f = parse_hex_float(s.as_str())?;
    match p[0].downcast::<PyType>() {
        Some(t) if !t.is(&crate::object::typeobj::types().float) => {
            vm.call(&p[0], &[Value::Float(f)])
        }
        _ => Ok(Value::Float(f)),
    }
}

fn parse_hex_float(text: &str) -> PyResult<f64> {
    use num_bigint::BigInt;
    use num_traits::Zero;
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |x: f64| if neg { -x } else { x };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp_text) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = (m << 4u32) + d;
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            // Clamp absurd exponents: the value is then 0 or an overflow anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    exp -= 4 * frac_part.len() as i64;
    let f = bigint_scaled_to_f64(&m, exp).ok_or_else(|| {
        crate::objects::exception::overflow_error(
            "hexadecimal value too large to represent as a float",
        )
    })?;
    Ok(signed(f))
}

/// `m * 2**exp` (`m` >= 0) correctly rounded (half to even) to a double;
/// `None` on overflow. Used by `float.fromhex` and `math.fsum`.
pub fn bigint_scaled_to_f64(m: &num_bigint::BigInt, exp: i64) -> Option<f64> {
    use num_bigint::BigInt;
    use num_traits::{ToPrimitive, Zero};
    if m.is_zero() {
        return Some(0.0);
    }
    let nbits = m.bits() as i64;
    let top = nbits + exp; // value in [2**(top-1), 2**top)
    if top > 1024 {
        return None;
    }
    let mut lsb = (top - 53).max(-1074);
    let shift = lsb - exp;
    let mut q = if shift <= 0 {
        m << ((-shift) as usize)
    } else if shift > nbits + 1 {
        BigInt::zero()
    } else {
        let sh = shift as usize;
        let q = m >> sh;
        let rem = m - (&q << sh);
        let half = BigInt::from(1) << (sh - 1);
        let odd = (&q & BigInt::from(1)) == BigInt::from(1);
        if rem > half || (rem == half && odd) {
            q + 1
        } else {
            q
        }
    };
    if q.bits() > 53 {
        q >>= 1;
        lsb += 1;
    }
    let q = q.to_u64().unwrap_or(0);
    let bits = if q >= 1 << 52 {
        let biased = lsb + 1075;
        if biased > 2046 {
            return None;
        }
        ((biased as u64) << 52) | (q & ((1 << 52) - 1))
    } else {
        q
    };
    Some(f64::from_bits(bits))
}

// ===== round() =====

/// `round(f)`: the nearest int, ties to even.
pub fn float_round_int(f: f64) -> PyResult<Value> {
    crate::objects::int::float_to_int(f.round_ties_even())
}

/// `round(f, ndigits)` as CPython's `double_round`: the exact binary value
/// rounded half-even to `ndigits` decimal places (correctly rounded, as
/// CPython's dtoa mode 3), then read back correctly rounded.
pub fn float_round(f: f64, ndigits: i64) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{Pow, Signed};
    // CPython's NDIGITS_MAX and NDIGITS_MIN.
    if !f.is_finite() || ndigits > 323 {
        return Ok(Value::Float(f));
    }
    if ndigits < -308 {
        return Ok(Value::Float(0.0 * f));
    }
    let (num, den) = exact_ratio(f.abs());
    let p = BigInt::from(10u32).pow(ndigits.unsigned_abs() as u32);
    let (n, d) = if ndigits >= 0 {
        (num * &p, den)
    } else {
        (num, den * &p)
    };
    let (q, r) = n.div_rem(&d);
    let twice = r * 2;
    let q = if twice > d || (twice == d && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}{}e{}", q.abs(), -ndigits);
    let r: f64 = text.parse().unwrap_or(f);
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(Value::Float(r))
}

/// `x` (finite, >= 0) as an exact fraction `num / den`, `den` a power of two.
pub fn exact_ratio(x: f64) -> (num_bigint::BigInt, num_bigint::BigInt) {
    use num_bigint::BigInt;
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1 << 52) - 1);
    let e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if e >= 0 {
        (BigInt::from(mant) << (e as usize), BigInt::from(1))
    } else {
        (BigInt::from(mant), BigInt::from(1) << ((-e) as usize))
    }
}

fn float_round_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__round__", 1, 2)?;
    let f = this(args)?;
    match p.get(1).filter(|v| !v.is_none()) {
        None => float_round_int(f),
        Some(n) => float_round(f, vm.to_index(n)?),
    }
}

fn float_trunc(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::objects::int::float_to_int(this(args)?)
}

fn float_floor(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::objects::int::float_to_int(this(args)?.floor())
}

fn float_ceil(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::objects::int::float_to_int(this(args)?.ceil())
}

fn float_conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(args)?))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let f = this(args)?;
    if !f.is_finite() {
        return Err(if f.is_nan() {
            value_error("cannot convert NaN to integer ratio")
        } else {
            overflow_error("cannot convert Infinity to integer ratio")
        });
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i64;
    let e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if f < 0.0 {
        num = -num;
    }
    let items = vec![
        crate::objects::int::int_value(num / &g),
        crate::objects::int::int_value(den / &g),
    ];
    Ok(crate::objects::tuple::new_tuple(items).into_value())
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.float, float_new);
    add_methods(
        &t.float,
        &[
            ("is_integer", float_is_integer),
            ("hex", float_hex),
            ("as_integer_ratio", float_as_integer_ratio),
            ("conjugate", float_conjugate),
            ("__round__", float_round_m),
            ("__trunc__", float_trunc),
            ("__int__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
        ],
    );
    crate::objects::method::add_classmethod(&t.float, "fromhex", float_fromhex);
    crate::objects::method::add_classmethod(&t.float, "__getformat__", float_getformat);
    crate::objects::getset::add_getsets(
        &t.float,
        "float",
        &[("real", get_real, None), ("imag", get_imag, None)],
    );
}

fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = match v {
        Value::Float(f) => *f,
        _ => crate::objects::num_subclass::float_obj(v).unwrap_or(0.0),
    };
    Ok(Value::Float(f))
}

/// `float.__getformat__(typestr)`: the C layout of double and float.
fn float_getformat(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__getformat__", 2, 2)?;
    let s = crate::objects::str_methods::clinic_str(&p[1], "__getformat__() argument")?;
    match s.as_str() {
        "double" | "float" => Ok(crate::objects::str::str_value(
            if cfg!(target_endian = "little") {
                "IEEE, little-endian"
            } else {
                "IEEE, big-endian"
            },
        )),
        _ => Err(crate::objects::exception::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

fn get_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}
