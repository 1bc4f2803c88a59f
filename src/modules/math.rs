//! The `math` module (CPython Modules/mathmodule.c): libm functions on
//! doubles with CPython's error rules, and the exact integer functions.
//!
//! Error rule of the one- and two-argument float functions (CPython
//! `math_1`/`math_2`): a NaN result from non-NaN arguments is
//! ValueError("math domain error"); an infinite result from finite
//! arguments is OverflowError("math range error") for the functions that
//! can overflow (exp, cosh, ...) and ValueError otherwise (log(0), ...).
//!
//! Not provided: gamma, lgamma, erf, erfc (CPython has its own series for
//! them), and the deprecated or rarely used rest.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::exception::{overflow_error, type_error, value_error, PyResult};
use crate::objects::int::{int_value, to_bigint};
use crate::objects::method::{check_count, Args};
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::intern;
use crate::vm::Vm;

fn domain() -> crate::objects::exception::PyErr {
    value_error("math domain error")
}

fn range() -> crate::objects::exception::PyErr {
    overflow_error("math range error")
}

fn args_n<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    args.no_kw(name)?;
    let p = args.pos();
    if p.len() != n {
        let msg = if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                p.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", p.len())
        };
        return Err(type_error(msg));
    }
    Ok(p)
}

/// CPython `math_1`: apply `f`, then the error rule.
fn math_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let p = args_n(args, name, 1)?;
    let x = vm.to_f64(&p[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// CPython `math_2`.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let p = args_n(args, name, 2)?;
    let (x, y) = (vm.to_f64(&p[0])?, vm.to_f64(&p[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $over:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                math_1(vm, args, stringify!($name), $f, $over)
            }
        )*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    cbrt => f64::cbrt, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    atanh => f64::atanh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
}

fn atan2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    math_2(vm, args, "atan2", f64::atan2)
}

fn copysign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    math_2(vm, args, "copysign", f64::copysign)
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "fmod", 2)?;
    let (x, y) = (vm.to_f64(&p[0])?, vm.to_f64(&p[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder (CPython `m_remainder`).
fn remainder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "remainder", 2)?;
    let (x, y) = (vm.to_f64(&p[0])?, vm.to_f64(&p[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "pow", 2)?;
    let (x, y) = (vm.to_f64(&p[0])?, vm.to_f64(&p[1])?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(Value::Float(r))
}

// ===== Logarithms =====

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

/// `ln(v)` for a positive real or int of any size (CPython `loghelper`).
fn ln_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(b) = to_bigint(v) {
        if !b.is_positive() {
            return Err(domain());
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // Too big for a double: b = m * 2**e with m < 2**64.
        let e = b.bits() as i64 - 64;
        let m = (&b >> (e as usize)).to_f64().unwrap_or(1.0);
        return Ok(m.ln() + e as f64 * std::f64::consts::LN_2);
    }
    let x = vm.to_f64(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("log")?;
    let p = args.pos();
    check_count("log", p.len(), 1, 2)?;
    let num = ln_of(vm, &p[0])?;
    if let Some(base) = p.get(1) {
        let den = ln_of(vm, base)?;
        if den == 0.0 {
            return Err(crate::objects::exception::zero_division(
                "float division by zero",
            ));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "log2", 1)?;
    if let Some(b) = to_bigint(&p[0]) {
        // Exact for powers of two of any size.
        if b.is_positive() && (&b & (&b - 1u32)).is_zero() {
            return Ok(Value::Float((b.bits() - 1) as f64));
        }
    }
    if let Some(x) = float_of(&p[0]) {
        if x > 0.0 && x.is_finite() {
            return Ok(Value::Float(x.log2()));
        }
    }
    Ok(Value::Float(ln_of(vm, &p[0])? / std::f64::consts::LN_2))
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "log10", 1)?;
    if let Some(x) = float_of(&p[0]).or_else(|| {
        to_bigint(&p[0])
            .and_then(|b| b.to_f64())
            .filter(|f| f.is_finite())
    }) {
        if x > 0.0 {
            return Ok(Value::Float(x.log10()));
        }
    }
    Ok(Value::Float(ln_of(vm, &p[0])? / std::f64::consts::LN_10))
}

// ===== Rounding =====

/// floor/ceil/trunc: ints as they are, floats natively, else the dunder.
fn rounding(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let p = args_n(args, name, 1)?;
    let x = &p[0];
    if crate::objects::int::is_int(x) && !x.class().payload.is_heap_type() {
        return Ok(int_value(to_bigint(x).unwrap_or_default()));
    }
    if let Value::Float(v) = x {
        return crate::objects::int::float_to_int(f(*v));
    }
    if let Some(m) = vm.lookup_special(x, &intern(dunder)) {
        return vm.call(&m, &[x.clone()]);
    }
    if name == "trunc" {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.class().payload.name()
        )));
    }
    let v = vm.to_f64(x)?;
    crate::objects::int::float_to_int(f(v))
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

// ===== Float decomposition =====

fn modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "modf", 1)?;
    let x = vm.to_f64(&p[0])?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        (x - x.trunc(), x.trunc())
    };
    let frac = if frac == 0.0 { 0f64.copysign(x) } else { frac };
    Ok(crate::objects::tuple::tuple_value(vec![
        Value::Float(frac),
        Value::Float(int),
    ]))
}

fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        let (m, e) = frexp_f(x * 2f64.powi(54));
        return (m, e - 54);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        exp - 1022,
    )
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "frexp", 1)?;
    let (m, e) = frexp_f(vm.to_f64(&p[0])?);
    Ok(crate::objects::tuple::tuple_value(vec![
        Value::Float(m),
        Value::Int(e),
    ]))
}

fn ldexp_f(x: f64, e: i64) -> f64 {
    let mut x = x;
    let mut e = e.clamp(-2200, 2200);
    // Scale in steps that stay exact until the final rounding step.
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "ldexp", 2)?;
    let x = vm.to_f64(&p[0])?;
    let e = match to_bigint(&p[1]) {
        Some(b) => b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
        None => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp_f(x, e);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "nextafter", 2)?;
    let (x, y) = (vm.to_f64(&p[0])?, vm.to_f64(&p[1])?);
    Ok(Value::Float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "ulp", 1)?;
    let x = vm.to_f64(&p[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(up - x))
}

// ===== Predicates =====

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "isfinite", 1)?;
    Ok(Value::Bool(vm.to_f64(&p[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "isinf", 1)?;
    Ok(Value::Bool(vm.to_f64(&p[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "isnan", 1)?;
    Ok(Value::Bool(vm.to_f64(&p[0])?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        )));
    }
    let get = |i: usize, name: &str| p.get(i).or_else(|| args.kwarg(name));
    let (Some(a), Some(b)) = (get(0, "a"), get(1, "b")) else {
        return Err(type_error("isclose() missing required argument"));
    };
    let (a, b) = (vm.to_f64(a)?, vm.to_f64(b)?);
    let rel = match args.kwarg("rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

// ===== Sums, products, distances =====

/// `math.fsum`: the correctly rounded sum, computed exactly in integers
/// (every double is an integer multiple of 2**-1074).
fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "fsum", 1)?;
    let mut acc = BigInt::zero();
    let (mut pos_inf, mut neg_inf, mut nan) = (false, false, false);
    for v in vm.to_vec(&p[0])? {
        let x = vm.to_f64(&v)?;
        if x.is_nan() {
            nan = true;
        } else if x.is_infinite() {
            if x > 0.0 {
                pos_inf = true;
            } else {
                neg_inf = true;
            }
        } else if x != 0.0 {
            let (num, den) = crate::objects::float::exact_ratio(x.abs());
            let scaled = (num << 1074usize) / den;
            if x < 0.0 {
                acc -= scaled;
            } else {
                acc += scaled;
            }
        }
    }
    if nan || (pos_inf && neg_inf) {
        if !nan {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(f64::NAN));
    }
    if pos_inf || neg_inf {
        return Ok(Value::Float(if pos_inf {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        }));
    }
    let r = crate::objects::float::bigint_scaled_to_f64(&acc.abs(), -1074)
        .ok_or_else(|| overflow_error("intermediate overflow in fsum"))?;
    Ok(Value::Float(if acc.is_negative() { -r } else { r }))
}

fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("prod", &["start"])?;
    let p = args.pos();
    check_count("prod", p.len(), 1, 1)?;
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for v in vm.to_vec(&p[0])? {
        acc = vm.binary_op(crate::ast::BinOp::Mult as u32, acc, v)?;
    }
    Ok(acc)
}

fn hypot_of(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    for x in xs {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        max = max.max(x.abs());
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * s.sqrt()
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("hypot")?;
    let mut xs = Vec::new();
    for v in args.pos() {
        xs.push(vm.to_f64(v)?);
    }
    Ok(Value::Float(hypot_of(&xs)))
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "dist", 2)?;
    let (a, b) = (vm.to_vec(&p[0])?, vm.to_vec(&p[1])?);
    if a.len() != b.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut xs = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(&b) {
        xs.push(vm.to_f64(x)? - vm.to_f64(y)?);
    }
    Ok(Value::Float(hypot_of(&xs)))
}

// ===== Integer functions =====

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.to_index_value(v)?;
    Ok(to_bigint(&i).unwrap_or_default())
}

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "factorial", 1)?;
    let n = int_arg(vm, &p[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().filter(|&n| n <= 1_000_000).ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(int_value(acc))
}

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("gcd")?;
    let mut acc = BigInt::zero();
    for v in args.pos() {
        let x = int_arg(vm, v)?;
        acc = acc.gcd(&x);
    }
    Ok(int_value(acc))
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("lcm")?;
    let mut acc = BigInt::one();
    for v in args.pos() {
        let x = int_arg(vm, v)?;
        acc = if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&x)
        };
    }
    Ok(int_value(acc))
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "isqrt", 1)?;
    let n = int_arg(vm, &p[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_value(n.sqrt()))
}

/// n! / (n-k)!, with the argument checks of comb and perm.
fn falling(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<Option<(BigInt, BigInt, u64)>> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(None);
    }
    let ku = k
        .to_u64()
        .ok_or_else(|| overflow_error("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..ku {
        acc *= &f;
        f -= 1u32;
    }
    Ok(Some((acc, n, ku)))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args_n(args, "comb", 2)?;
    let p1 = {
        // comb(n, k) == comb(n, n - k): use the smaller k.
        let n = int_arg(vm, &p[0])?;
        let k = int_arg(vm, &p[1])?;
        if !n.is_negative() && !k.is_negative() && k <= n && (&n - &k) < k {
            int_value(&n - &k)
        } else {
            p[1].clone()
        }
    };
    let Some((num, _, k)) = falling(vm, &p[0], &p1)? else {
        return Ok(Value::Int(0));
    };
    let mut den = BigInt::one();
    for i in 2..=k {
        den *= i;
    }
    Ok(int_value(num / den))
}

fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("perm")?;
    let p = args.pos();
    check_count("perm", p.len(), 1, 2)?;
    let k = match p.get(1) {
        Some(k) if !k.is_none() => k.clone(),
        _ => p[0].clone(),
    };
    match falling(vm, &p[0], &k)? {
        Some((r, _, _)) => Ok(int_value(r)),
        None => Ok(Value::Int(0)),
    }
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("math");
    super::add_functions(
        &m,
        "math",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log1p", log1p),
            ("cbrt", cbrt),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("fabs", fabs),
            ("degrees", degrees),
            ("radians", radians),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("pow", pow),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("fsum", fsum),
            ("prod", prod),
            ("hypot", hypot),
            ("dist", dist),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
        ],
    );
    let set = |name: &str, v: f64| m.dict.set_str(&intern(name), Value::Float(v));
    set("pi", std::f64::consts::PI);
    set("e", std::f64::consts::E);
    set("tau", std::f64::consts::TAU);
    set("inf", f64::INFINITY);
    set("nan", f64::NAN);
    m
}
