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
        return Err(value_error("complex results are not supported yet"));
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
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') || t.contains("_.") || t.contains("._") {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_ascii_digit() || "+-.eE".contains(c)) {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn float_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("float", 0, 1)?;
    let Some(x) = p.first() else { return Ok(Value::Float(0.0)) };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Obj(o) => {
            if let Some(s) = o.downcast::<PyStr>() {
                return parse_float(s.as_str()).map(Value::Float).ok_or_else(|| {
                    let r = vm.repr(x).map(|r| r.as_str().to_string()).unwrap_or_default();
                    value_error(format!("could not convert string to float: {r}"))
                });
            }
            if let Some(b) = o.downcast::<crate::objects::int::PyBigInt>() {
                return crate::objects::int::big_to_f64(&b.value).map(Value::Float);
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
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(args)?;
    Ok(str_value(format!("{f:e}")))
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
    let e = if exp == 0 { -1074 } else {
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
    let items = vec![crate::objects::int::int_value(num / &g), crate::objects::int::int_value(den / &g)];
    Ok(crate::objects::tuple::new_tuple(items).into_value())
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.float, float_new);
    add_methods(
        &t.float,
        &[("is_integer", float_is_integer), ("hex", float_hex), ("as_integer_ratio", float_as_integer_ratio)],
    );
}
