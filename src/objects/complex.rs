//! `complex`: a pair of doubles in a heap object (`PyComplex`).
//!
//! Follows CPython 3.11 Objects/complexobject.c: arithmetic converts an int
//! or float operand to `(x, 0.0)` and works on pairs (`_Py_c_sum`,
//! `_Py_c_prod`, `_Py_c_quot` with Smith's scaling, `_Py_c_pow` in polar
//! form, `c_powi` by repeated squaring for integral exponents up to 100);
//! ordering is a TypeError; `repr` prints the parts with the
//! float repr minus its ".0" and drops a real part of +0.0; `hash` is
//! `hash(re) + 1000003 * hash(im)`, so `hash(2+0j) == hash(2)`. As in
//! 3.10+, complex has no `//`, `%` or `divmod` (the generic TypeError).
//!
//! Callers: `vm::ops::arith::numeric_binop` (after the int and float fast
//! paths), `vm::ops::compare::rich_compare` and `objects::dict::native_eq`
//! (equality), `vm::ops::convert` (repr, hash, format), the compiler's
//! constants (`bytecode::code::const_value`) and `builtins.complex`.
//! Instances are immutable, so no lock is involved anywhere.

use crate::ast::BinOp;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::objects::float_repr::float_repr;
use crate::objects::format_spec as fmt;
use crate::objects::instance::set_new;
use crate::objects::int::{big_to_f64, hash_float, PyBigInt};
use crate::objects::method::{add_methods, Args};
use crate::objects::none::not_implemented;
use crate::objects::str::{str_value, PyStr};
use crate::vm::Vm;

/// Payload of `complex` (and of its subclasses' instances).
pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}
impl PyPayload for PyComplex {}

/// A new exact `complex`.
pub fn complex_value(re: f64, im: f64) -> Value {
    PyRef::new_in(PyComplex { re, im }, &types().complex).into_value()
}

/// The parts of a complex (or complex subclass) value.
#[inline]
pub fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    v.downcast::<PyComplex>().map(|c| (c.re, c.im))
}

/// A numeric operand as a complex: int, bool, float or complex; `None` for
/// anything else (the caller returns NotImplemented).
fn operand(v: &Value) -> Option<PyResult<(f64, f64)>> {
    match v {
        Value::Int(i) => Some(Ok((*i as f64, 0.0))),
        Value::Bool(b) => Some(Ok((*b as i64 as f64, 0.0))),
        Value::Float(f) => Some(Ok((*f, 0.0))),
        Value::Obj(o) => {
            if let Some(c) = o.downcast::<PyComplex>() {
                return Some(Ok((c.re, c.im)));
            }
            o.downcast::<PyBigInt>()
                .map(|b| big_to_f64(&b.value).map(|f| (f, 0.0)))
        }
        _ => None,
    }
}

// ===== Arithmetic on pairs (CPython _Py_c_*) =====

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`; `None` when `b` is zero (CPython sets errno EDOM).
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; `None` for zero to a negative or complex power.
fn pow_polar(a: C, b: C) -> Option<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `c_powu`: repeated squaring.
fn pow_unsigned(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` as CPython's `complex_pow` (without the modulo argument).
pub fn complex_pow(a: C, b: C) -> PyResult<Value> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            Some(pow_unsigned(a, n))
        } else {
            quot((1.0, 0.0), pow_unsigned(a, -n))
        }
    } else {
        pow_polar(a, b)
    };
    let Some((re, im)) = p else {
        return Err(zero_division("0.0 to a negative or complex power"));
    };
    if re.is_infinite() || im.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(complex_value(re, im))
}

/// `a op b` when either side is a complex and neither is an instance of a
/// Python subclass (those go through the dunder protocol, which reaches
/// the methods below). `None`: not ours.
pub fn complex_binop(op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !(a.payload_is::<PyComplex>() || b.payload_is::<PyComplex>()) {
        return None;
    }
    if a.class().payload.is_heap_type() || b.class().payload.is_heap_type() {
        return None;
    }
    complex_binop_raw(op, a, b)
}

fn complex_binop_raw(op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = match operand(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match operand(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(complex_op(op, x, y))
}

fn complex_op(op: u8, x: C, y: C) -> PyResult<Value> {
    let r = match op {
        o if o == BinOp::Add as u8 => (x.0 + y.0, x.1 + y.1),
        o if o == BinOp::Sub as u8 => (x.0 - y.0, x.1 - y.1),
        o if o == BinOp::Mult as u8 => prod(x, y),
        o if o == BinOp::Div as u8 => {
            quot(x, y).ok_or_else(|| zero_division("complex division by zero"))?
        }
        o if o == BinOp::Pow as u8 => return complex_pow(x, y),
        _ => return Ok(not_implemented()),
    };
    Ok(complex_value(r.0, r.1))
}

/// Is `pow(base, exp, m)` a complex power (CPython's `complex_pow` with a
/// modulus, which raises "complex modulo")?
pub fn is_complex_modulo(base: &Value, exp: &Value, m: &Value) -> bool {
    let c = |v: &Value| v.payload_is::<PyComplex>() && !v.class().payload.is_heap_type();
    (c(base) || c(exp) || c(m)) && operand(base).is_some() && operand(exp).is_some()
}

/// `abs(z)` (CPython `_Py_c_abs`).
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() || im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if !r.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `a == b` when one side is a complex and the other a builtin number;
/// `None` when the protocol must decide.
pub fn complex_eq(a: &Value, b: &Value) -> Option<bool> {
    let (c, other) = match (complex_parts(a), complex_parts(b)) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(x), None) => (x, b),
        (None, Some(y)) => (y, a),
        (None, None) => return None,
    };
    match other {
        Value::Float(f) => Some(c.1 == 0.0 && c.0 == *f),
        Value::Int(_) | Value::Bool(_) | Value::Obj(_) => {
            let i = crate::objects::int::to_bigint(other)?;
            if c.1 != 0.0 {
                return Some(false);
            }
            // Exact comparison, as float == int.
            match crate::objects::int::float_to_int(c.0) {
                Ok(v) if c.0.fract() == 0.0 => Some(crate::objects::int::to_bigint(&v) == Some(i)),
                _ => Some(false),
            }
        }
        _ => None,
    }
}

// ===== repr, hash, format =====

/// One part in repr style: the float repr without the ".0" it adds.
fn part_repr(f: f64) -> String {
    let mut s = float_repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s
}

/// `repr(complex)` (CPython complex_repr).
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    let i = part_repr(im);
    let sign = if i.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_repr(re), sign, i)
}

/// `hash(complex)` (CPython complex_hash).
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (hash_float(re) as u64).wrapping_add((hash_float(im) as u64).wrapping_mul(1000003));
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// `format(complex, spec)` (CPython format_complex_internal).
pub fn complex_format(re: f64, im: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let s = fmt::parse_format_spec_for(spec, "complex")?;
    if s.zero {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let ty = match s.ty {
        None => None,
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(c),
        Some('n') => Some('g'),
        Some(c) => {
            return Err(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            ))
        }
    };
    let (skip_re, parens) = match ty {
        None if re == 0.0 && re.is_sign_positive() => (true, false),
        None => (false, true),
        Some(_) => (false, false),
    };
    let part = |x: f64, sign: Option<char>| -> Result<String, String> {
        match (ty, s.precision) {
            (None, None) => {
                let r = part_repr(x);
                Ok(match sign {
                    Some(c @ ('+' | ' ')) if !r.starts_with('-') => format!("{c}{r}"),
                    _ => r,
                })
            }
            _ => {
                let one = fmt::FormatSpec {
                    sign,
                    alternate: s.alternate,
                    no_neg_0: s.no_neg_0,
                    grouping: s.grouping,
                    precision: s.precision,
                    ty: Some(ty.unwrap_or('g')),
                    ..fmt::FormatSpec::default()
                };
                fmt::format_float_for(x, &one, "complex")
            }
        }
    };
    let mut body = String::new();
    if !skip_re {
        body.push_str(&part(re, s.sign)?);
    }
    body.push_str(&part(im, if skip_re { s.sign } else { Some('+') })?);
    body.push('j');
    if parens {
        body = format!("({body})");
    }
    let n = body.chars().count();
    let width = s.width.unwrap_or(0);
    if n >= width {
        return Ok(body);
    }
    let pad = width - n;
    let fill = |k: usize| std::iter::repeat(s.fill).take(k).collect::<String>();
    Ok(match s.align.unwrap_or('>') {
        '<' => format!("{body}{}", fill(pad)),
        '^' => format!("{}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{body}", fill(pad)),
    })
}

// ===== complex("...") =====

/// The longest float at the start of `s` (CPython `PyOS_string_to_double`
/// with an end pointer): its value and length; `None` if there is none.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let neg = s.first() == Some(&b'-');
    let special = if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if neg { -v } else { v }, i + n));
    }
    let start = i;
    let digits = |s: &[u8], mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let int_end = digits(s, i);
    let mut end = int_end;
    let mut any = int_end > start;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits(s, end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits(s, j);
        if k > j {
            end = k;
        }
    }
    let text = std::str::from_utf8(&s[..end]).ok()?;
    Some((text.parse::<f64>().ok()?, end))
}

/// CPython's `_Py_string_to_number_with_underscores` check: each '_' sits
/// between two digits. Returns the text without underscores.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev = i.checked_sub(1).map(|j| b[j]);
            let next = b.get(i + 1).copied();
            if !(prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit()))
            {
                return None;
            }
        }
    }
    Some(s.replace('_', ""))
}

/// Parse `complex()`'s string argument (CPython complex_from_string_inner).
fn parse_complex(vm: &mut Vm, arg: &Value, text: &str) -> PyResult<C> {
    let malformed = || value_error("complex() arg is a malformed string");
    let ascii = crate::objects::int::ascii_digits(text);
    if ascii.contains('\0') {
        return Err(malformed());
    }
    let Some(clean) = strip_underscores(&ascii) else {
        let r = vm.repr(arg)?;
        return Err(value_error(format!(
            "could not convert string to complex: {}",
            r.as_str()
        )));
    };
    let s = clean.as_bytes();
    let space =
        |c: Option<&u8>| matches!(c, Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'));
    let mut i = 0;
    while space(s.get(i)) {
        i += 1;
    }
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        while space(s.get(i)) {
            i += 1;
        }
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        match s.get(i) {
            Some(b'+' | b'-') => {
                x = z;
                if let Some((w, m)) = float_prefix(&s[i..]) {
                    y = w;
                    i += m;
                } else {
                    y = if s[i] == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
                if !is_j(s.get(i)) {
                    return Err(malformed());
                }
                i += 1;
            }
            c if is_j(c) => {
                y = z;
                i += 1;
            }
            _ => x = z,
        }
    } else {
        match s.get(i) {
            Some(b'+') => {
                y = 1.0;
                i += 1;
            }
            Some(b'-') => {
                y = -1.0;
                i += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(s.get(i)) {
            return Err(malformed());
        }
        i += 1;
    }
    while space(s.get(i)) {
        i += 1;
    }
    if bracket {
        if s.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        while space(s.get(i)) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok((x, y))
}

// ===== complex(real=0, imag=0) =====

/// Is `v` a number for `complex()`: a builtin number, or an object with
/// `__float__` or `__index__` (CPython checks `nb_float`/`nb_index`).
fn is_real_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o)
            if o.payload_is::<PyBigInt>() || o.payload_is::<crate::objects::float::PyFloat>() =>
        {
            true
        }
        _ => {
            let names = &crate::vm::state::interp().names;
            vm.lookup_user_special(v, &names.float).is_some()
                || vm.lookup_user_special(v, &names.index).is_some()
        }
    }
}

/// `x.__complex__()` if `x`'s class defines it (the result must be a complex).
fn try_dunder_complex(vm: &mut Vm, x: &Value) -> PyResult<Option<Value>> {
    if !x.class().payload.is_heap_type() {
        return Ok(None);
    }
    let Some(f) = vm.lookup_special(x, &crate::objects::str::intern("__complex__")) else {
        return Ok(None);
    };
    let r = vm.call(&f, &[x.clone()])?;
    if !r.payload_is::<PyComplex>() {
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.class().payload.name()
        )));
    }
    Ok(Some(r))
}

fn make(cls: &Py<PyType>, re: f64, im: f64) -> Value {
    if cls.is(&types().complex) {
        complex_value(re, im)
    } else {
        PyRef::new_in(PyComplex { re, im }, cls).into_value()
    }
}

fn complex_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.only_kw_legacy("complex", &["real", "imag"])?;
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let real_kw = args.kwarg("real");
    let imag_kw = args.kwarg("imag");
    if real_kw.is_some() && !p.is_empty() {
        return Err(type_error(
            "argument for complex() given by name ('real') and position (1)",
        ));
    }
    if imag_kw.is_some() && p.len() > 1 {
        return Err(type_error(
            "argument for complex() given by name ('imag') and position (2)",
        ));
    }
    let r = p.first().or(real_kw).cloned().unwrap_or(Value::Int(0));
    let i = p.get(1).or(imag_kw).cloned();
    let exact = cls.is(&types().complex);
    if i.is_none() && exact && r.payload_is::<PyComplex>() && !r.class().payload.is_heap_type() {
        return Ok(r);
    }
    if let Some(s) = r.downcast::<PyStr>() {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let text = s.as_str().to_string();
        let (x, y) = parse_complex(vm, &r, &text)?;
        return Ok(make(cls, x, y));
    }
    if let Some(iv) = &i {
        if iv.payload_is::<PyStr>() {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let r = try_dunder_complex(vm, &r)?.unwrap_or(r);
    if !r.payload_is::<PyComplex>() && !is_real_number(vm, &r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.class().payload.name()
        )));
    }
    if let Some(iv) = &i {
        if !iv.payload_is::<PyComplex>() && !is_real_number(vm, iv) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                iv.class().payload.name()
            )));
        }
    }
    let (cr, cr_complex) = match complex_parts(&r) {
        Some(c) => (c, true),
        None => ((vm.to_f64(&r)?, 0.0), false),
    };
    let (ci, ci_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match complex_parts(iv) {
            Some(c) => (c, true),
            None => ((vm.to_f64(iv)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_complex {
        re -= ci.1;
    }
    if cr_complex && i.is_some() {
        im += cr.1;
    }
    Ok(make(cls, re, im))
}

// ===== Methods =====

fn this(args: &Args) -> PyResult<C> {
    args.pos()
        .first()
        .and_then(complex_parts)
        .ok_or_else(|| type_error("descriptor requires a 'complex' object"))
}

fn other<'a>(args: &'a Args) -> PyResult<&'a Value> {
    args.pos()
        .get(1)
        .ok_or_else(|| type_error("expected 1 argument, got 0"))
}

macro_rules! binop_methods {
    ($($fwd:ident, $rev:ident, $op:expr;)*) => {$(
        fn $fwd(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            this(args)?;
            let p = args.pos();
            complex_binop_raw($op as u8, &p[0], other(args)?).unwrap_or_else(|| Ok(not_implemented()))
        }
        fn $rev(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            this(args)?;
            let p = args.pos();
            complex_binop_raw($op as u8, other(args)?, &p[0]).unwrap_or_else(|| Ok(not_implemented()))
        }
    )*};
}

binop_methods! {
    m_add, m_radd, BinOp::Add;
    m_sub, m_rsub, BinOp::Sub;
    m_mul, m_rmul, BinOp::Mult;
    m_truediv, m_rtruediv, BinOp::Div;
}

fn m_pow(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    let p = args.pos();
    if p.get(2).is_some_and(|m| !m.is_none()) {
        return Err(value_error("complex modulo"));
    }
    complex_binop_raw(BinOp::Pow as u8, &p[0], other(args)?)
        .unwrap_or_else(|| Ok(not_implemented()))
}

fn m_rpow(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    let p = args.pos();
    if p.get(2).is_some_and(|m| !m.is_none()) {
        return Err(value_error("complex modulo"));
    }
    complex_binop_raw(BinOp::Pow as u8, other(args)?, &p[0])
        .unwrap_or_else(|| Ok(not_implemented()))
}

fn m_neg(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(complex_value(-re, -im))
}

fn m_pos(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(complex_value(re, im))
}

fn m_abs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    complex_abs(re, im).map(Value::Float)
}

fn m_bool(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn m_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    Ok(complex_eq(&args.pos()[0], other(args)?).map_or_else(not_implemented, Value::Bool))
}

fn m_ne(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args)?;
    Ok(complex_eq(&args.pos()[0], other(args)?).map_or_else(not_implemented, |b| Value::Bool(!b)))
}

fn m_hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(Value::Int(complex_hash(re, im)))
}

fn m_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(str_value(complex_repr(re, im)))
}

fn m_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    let spec = other(args)?
        .downcast::<PyStr>()
        .ok_or_else(|| type_error("format() argument 2 must be str"))?
        .as_str()
        .to_string();
    if spec.is_empty() {
        // str(self): a subclass's __repr__/__str__ shows.
        return Ok(vm.str(&args.pos()[0])?.into_value());
    }
    complex_format(re, im, &spec)
        .map(str_value)
        .map_err(|m| value_error(m))
}

fn m_complex(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    if args.pos()[0].class().is(&types().complex) {
        return Ok(args.pos()[0].clone());
    }
    Ok(complex_value(re, im))
}

fn m_conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(complex_value(re, -im))
}

fn m_getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(crate::objects::tuple::tuple_value(vec![
        Value::Float(re),
        Value::Float(im),
    ]))
}

fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    complex_parts(v)
        .map(|c| Value::Float(c.0))
        .ok_or_else(|| type_error("descriptor 'real' requires a 'complex' object"))
}

fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    complex_parts(v)
        .map(|c| Value::Float(c.1))
        .ok_or_else(|| type_error("descriptor 'imag' requires a 'complex' object"))
}

/// `real` and `imag` are READONLY members (CPython PyMember_SetOne's text).
fn set_readonly(_vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(crate::objects::exception::attribute_error(
        "readonly attribute",
    ))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.complex, complex_new);
    crate::objects::getset::add_members(
        &t.complex,
        "complex",
        &[
            ("real", get_real, Some(set_readonly)),
            ("imag", get_imag, Some(set_readonly)),
        ],
    );
    add_methods(
        &t.complex,
        &[
            ("__add__", m_add),
            ("__radd__", m_radd),
            ("__sub__", m_sub),
            ("__rsub__", m_rsub),
            ("__mul__", m_mul),
            ("__rmul__", m_rmul),
            ("__truediv__", m_truediv),
            ("__rtruediv__", m_rtruediv),
            ("__pow__", m_pow),
            ("__rpow__", m_rpow),
            ("__neg__", m_neg),
            ("__pos__", m_pos),
            ("__abs__", m_abs),
            ("__bool__", m_bool),
            ("__eq__", m_eq),
            ("__ne__", m_ne),
            ("__hash__", m_hash),
            ("__repr__", m_repr),
            ("__format__", m_format),
            ("__complex__", m_complex),
            ("__getnewargs__", m_getnewargs),
            ("conjugate", m_conjugate),
        ],
    );
}
