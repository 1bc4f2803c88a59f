//! The `builtins` module: functions, builtin types and exception classes.
//!
//! Standard output is one process-wide buffer (as CPython's block-buffered
//! stdout when piped): `print` from any thread appends whole lines under a
//! short lock, it is flushed when large, on a newline when stdout is a
//! terminal, before anything goes to stderr, and at exit.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::Signed;
use parking_lot::Mutex;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, type_error, value_error, ExcKind, PyResult};
use crate::objects::function::PyFunction;
use crate::objects::int::{int_value, to_bigint, PyBigInt};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::{interp, Vm};

// ===== Standard output =====

static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn stdout_is_tty() -> bool {
    static TTY: OnceLock<bool> = OnceLock::new();
    *TTY.get_or_init(|| std::io::stdout().is_terminal())
}

pub fn write_stdout(s: &str) {
    let mut buf = STDOUT.lock();
    buf.extend_from_slice(s.as_bytes());
    if buf.len() > 1 << 16 || (stdout_is_tty() && s.contains('\n')) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&buf);
        let _ = out.flush();
        buf.clear();
    }
}

pub fn flush_stdout() {
    let mut buf = STDOUT.lock();
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(&buf);
    let _ = out.flush();
    buf.clear();
}

// ===== Functions =====

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw_legacy("print", &["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match args.kwarg(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.downcast::<PyStr>() {
                Some(s) => Ok(s.as_str().to_string()),
                None => {
                    let _ = vm;
                    Err(type_error(format!(
                        "{name} must be None or a string, not {}",
                        v.class().payload.name()
                    )))
                }
            },
        }
    };
    let sep = text_arg(vm, "sep", " ")?;
    let end = text_arg(vm, "end", "\n")?;
    let file = args.kwarg("file").filter(|f| !f.is_none());
    if let Some(f) = file.filter(|f| !f.payload_is::<super::sys::PyStream>()) {
        return print_to_object(vm, f, args, &sep, &end);
    }
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(vm.str(v)?.as_str());
    }
    out.push_str(&end);
    if file
        .and_then(|f| f.downcast::<super::sys::PyStream>())
        .is_some_and(|s| s.fd == 2)
    {
        flush_stdout();
        let _ = std::io::stderr().write_all(out.as_bytes());
    } else {
        write_stdout(&out);
    }
    if let Some(f) = args.kwarg("flush") {
        if vm.truthy(f)? {
            flush_stdout();
        }
    }
    Ok(Value::None)
}

/// `print(..., file=f)` for a Python stream: one `f.write` per argument,
/// separator and end, then `f.flush()` if asked (CPython's order of calls).
fn print_to_object(vm: &mut Vm, f: &Value, args: &Args, sep: &str, end: &str) -> PyResult<Value> {
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            vm.call_method(f, "write", &[str_value(sep)])?;
        }
        let s = vm.str(v)?;
        vm.call_method(f, "write", &[s.into_value()])?;
    }
    vm.call_method(f, "write", &[str_value(end)])?;
    if let Some(flush) = args.kwarg("flush") {
        if vm.truthy(flush)? {
            vm.call_method(f, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("len", 1, 1)?;
    Ok(Value::Int(vm.len(&p[0])? as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("repr", 1, 1)?;
    Ok(vm.repr(&p[0])?.into_value())
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("ascii", 1, 1)?;
    let r = vm.repr(&p[0])?;
    Ok(str_value(crate::vm::ops::convert::ascii_escape(r.as_str())))
}

/// Is `cls` (a type or tuple of types) a superclass of `ty`?
fn class_matches(vm: &Vm, ty: &Py<PyType>, cls: &Value, fname: &str) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<PyType>() {
        return Ok(ty.is_subtype(t));
    }
    if let Some(tup) = cls.downcast::<PyTuple>() {
        vm.check_native_stack_in(if fname == "isinstance" {
            " in __instancecheck__"
        } else {
            " in __subclasscheck__"
        })?;
        for c in tup.items.iter() {
            if class_matches(vm, ty, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = cls.downcast::<crate::objects::union_type::PyUnion>() {
        for c in crate::objects::union_type::union_members(u) {
            if class_matches(vm, ty, &c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.payload_is::<crate::objects::generic_alias::PyGenericAlias>() {
        return Err(type_error(format!(
            "{fname}() argument 2 cannot be a parameterized generic"
        )));
    }
    let (kind, kinds) = if fname == "isinstance" {
        ("type", "types")
    } else {
        ("class", "classes")
    };
    Err(type_error(format!(
        "{fname}() arg 2 must be a {kind}, a tuple of {kinds}, or a union"
    )))
}

/// `__instancecheck__`/`__subclasscheck__` of a class whose metaclass is a
/// Python class (builtin metaclasses have none): `Some(result)` if defined.
fn metaclass_hook(vm: &mut Vm, cls: &Value, name: &str, arg: &Value) -> Option<PyResult<Value>> {
    cls.downcast::<PyType>()?;
    let f = vm.lookup_user_special(cls, &intern(name))?;
    Some(
        vm.call(&f, &[cls.clone(), arg.clone()])
            .and_then(|r| vm.truthy(&r).map(Value::Bool)),
    )
}

/// `isinstance(obj, cls)` (CPython's `PyObject_IsInstance`): the exact
/// type first, then each member of a tuple, then the metaclass hook, then
/// the MRO of `type(obj)` and of `obj.__class__` when that differs.
fn object_isinstance(vm: &mut Vm, obj: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if cls.downcast::<PyType>().is_some_and(|t| obj.class().is(t)) {
        return Ok(true);
    }
    if let Some(tup) = cls.downcast::<PyTuple>() {
        check_nesting(vm, depth, " in __instancecheck__")?;
        for c in tup.items.iter() {
            if object_isinstance(vm, obj, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = metaclass_hook(vm, cls, "__instancecheck__", obj) {
        return vm.truthy(&r?);
    }
    if class_matches(vm, obj.class(), cls, "isinstance")? {
        return Ok(true);
    }
    // Only a Python class can override `__class__`.
    if cls.downcast::<PyType>().is_some() && obj.class().payload.is_heap_type() {
        if let Ok(c) = vm.get_attr(obj, &interp().names.class) {
            if let Some(c) = c.downcast::<PyType>() {
                if !c.is(obj.class()) {
                    return class_matches(vm, c, cls, "isinstance");
                }
            }
        }
    }
    Ok(false)
}

/// Each nested tuple level counts against the recursion limit, as
/// CPython's `Py_EnterRecursiveCall` (and the native stack bounds it too).
fn check_nesting(vm: &Vm, depth: usize, context: &str) -> PyResult<()> {
    if depth >= vm.recursion_limit() {
        return Err(crate::objects::exception::recursion_error_in(context));
    }
    vm.check_native_stack_in(context)
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("isinstance", 2, 2)?;
    Ok(Value::Bool(object_isinstance(vm, &p[0], &p[1], 0)?))
}

/// `issubclass(sub, cls)`: each member of a tuple, then the metaclass
/// hook, then the MRO.
fn object_issubclass(vm: &mut Vm, sub: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if let Some(tup) = cls.downcast::<PyTuple>() {
        check_nesting(vm, depth, " in __subclasscheck__")?;
        for c in tup.items.iter() {
            if object_issubclass(vm, sub, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = metaclass_hook(vm, cls, "__subclasscheck__", sub) {
        return vm.truthy(&r?);
    }
    let t = sub
        .downcast::<PyType>()
        .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    class_matches(vm, t, cls, "issubclass")
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("issubclass", 2, 2)?;
    Ok(Value::Bool(object_issubclass(vm, &p[0], &p[1], 0)?))
}

fn id(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("id", 1, 1)?;
    Ok(Value::Int(p[0].id()))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&p[0])?))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("iter", 1, 2)?;
    if p.len() == 2 {
        return crate::objects::iter::callable_iter(vm, &p[0], &p[1]);
    }
    vm.iter(&p[0])
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("next", 1, 2)?;
    let it = &p[0];
    if vm.lookup_special(it, &interp().names.next).is_none()
        && !it.payload_is::<crate::vm::generator::PyGenerator>()
    {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            it.class().payload.name()
        )));
    }
    if p.len() == 1 {
        // Without a default the iterator's own StopIteration (and value) propagates.
        return vm.next_or_stop(it);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Ok(p[1].clone()),
    }
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    at_most(args, "sum", 2)?;
    args.only_kw("sum", &["start"])?;
    let mut acc = p
        .get(1)
        .or_else(|| args.kwarg("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if acc.payload_is::<PyStr>() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if crate::objects::bytes::is_bytes_like(&acc) && !acc.class().payload.is_heap_type() {
        let kind = acc.class().payload.name().to_string();
        if kind == "bytes" || kind == "bytearray" {
            return Err(type_error(format!(
                "sum() can't sum {kind} [use b''.join(seq) instead]"
            )));
        }
    }
    let it = vm.iter(&p[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(crate::ast::BinOp::Add as u32, acc, x)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, want_less: bool) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    args.only_kw_legacy(name, &["key", "default"])?;
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    let items = match p.len() {
        1 => vm.to_vec(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, &[x.clone()])?,
            None => x.clone(),
        };
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let op = if want_less {
                    crate::bytecode::opcode::CMP_LT
                } else {
                    crate::bytecode::opcode::CMP_GT
                };
                let r = vm.rich_compare(&k, &bk, op)?;
                let better = vm.truthy(&r)?;
                if better {
                    (k, x)
                } else {
                    (bk, bx)
                }
            }
        });
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "min", true)
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "max", false)
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("abs", 1, 1)?;
    Ok(match &p[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_value(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        v => match v.downcast::<PyBigInt>() {
            Some(b) => int_value(b.value.abs()),
            None if v.class().is(&types().complex) => {
                let (re, im) = crate::objects::complex::complex_parts(v).unwrap_or_default();
                Value::Float(crate::objects::complex::complex_abs(re, im)?)
            }
            None => match vm.lookup_special(v, &interp().names.abs) {
                Some(f) => vm.call(&f, &[v.clone()])?,
                None => {
                    return Err(type_error(format!(
                        "bad operand type for abs(): '{}'",
                        v.class().payload.name()
                    )))
                }
            },
        },
    })
}

/// Argument Clinic's count check: "f() takes at most N arguments (M given)"
/// over positional and keyword arguments together.
fn at_most(args: &Args, fname: &str, max: usize) -> PyResult<()> {
    let n = args.pos().len() + args.kw().count();
    if n <= max {
        return Ok(());
    }
    let kw = if args.pos().is_empty() {
        "keyword "
    } else {
        ""
    };
    Err(type_error(format!(
        "{fname}() takes at most {max} {kw}argument{} ({n} given)",
        if max == 1 { "" } else { "s" }
    )))
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    at_most(args, "round", 2)?;
    args.only_kw("round", &["number", "ndigits"])?;
    let p = args.pos();
    let x = p
        .first()
        .or_else(|| args.kwarg("number"))
        .ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = p
        .get(1)
        .or_else(|| args.kwarg("ndigits"))
        .filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => crate::objects::float::float_round_int(*f),
            Some(n) => crate::objects::float::float_round(*f, vm.to_index(n)?),
        },
        _ if crate::objects::int::is_int(x) => match nd {
            None => Ok(int_value(to_bigint(x).unwrap_or_default())),
            Some(n) => {
                let n = vm.to_index(n)?;
                let v = to_bigint(x).unwrap_or_default();
                if n >= 0 {
                    return Ok(int_value(v));
                }
                let m = num_traits::pow(BigInt::from(10), (-n) as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
                let twice = &r * 2;
                let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(int_value(q * m))
            }
        },
        _ => match vm.lookup_special(x, &interp().names.round) {
            Some(f) => {
                let mut a = vec![x.clone()];
                a.extend(nd.cloned());
                vm.call(&f, &a)
            }
            None => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                x.class().payload.name()
            ))),
        },
    }
}

/// A float or a float subclass's instance.
fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || crate::objects::num_subclass::float_obj(v).is_some()
}

/// An int, bool or float (or an instance of a subclass of one).
fn is_real(v: &Value) -> bool {
    to_bigint(v).is_some() || is_float(v)
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("divmod", 2, 2)?;
    let zero = matches!(p[1], Value::Float(f) if f == 0.0)
        || (matches!(p[0], Value::Float(_)) && matches!(p[1], Value::Int(0) | Value::Bool(false)));
    if zero && matches!(p[0], Value::Float(_) | Value::Int(_) | Value::Bool(_)) {
        return Err(crate::objects::exception::new_error(
            crate::objects::exception::ExcKind::ZeroDivisionError,
            "float divmod()",
        ));
    }
    use crate::objects::num_subclass::plain_unless_overridden as plain;
    let p = [
        plain(vm, &p[0], "__divmod__"),
        plain(vm, &p[1], "__rdivmod__"),
    ];
    use crate::ast::BinOp;
    if !p[0].class().payload.is_heap_type()
        && !p[1].class().payload.is_heap_type()
        && is_real(&p[0])
        && is_real(&p[1])
    {
        if (is_float(&p[0]) || is_float(&p[1])) && !vm.truthy(&p[1])? {
            return Err(crate::objects::exception::zero_division("float divmod()"));
        }
        let q = vm.binary_op(BinOp::FloorDiv as u32, p[0].clone(), p[1].clone())?;
        let r = vm.binary_op(BinOp::Mod as u32, p[0].clone(), p[1].clone())?;
        return Ok(tuple_value(vec![q, r]));
    }
    for (a, b, name) in [(&p[0], &p[1], "__divmod__"), (&p[1], &p[0], "__rdivmod__")] {
        if let Some(f) = vm.lookup_user_special(a, &intern(name)) {
            let r = vm.call(&f, &[a.clone(), b.clone()])?;
            if !crate::objects::none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        p[0].class().payload.name(),
        p[1].class().payload.name()
    )))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    at_most(args, "pow", 3)?;
    args.only_kw("pow", &["base", "exp", "mod"])?;
    let pos = args.pos();
    let mut p = Vec::with_capacity(2);
    for (i, name) in ["base", "exp"].into_iter().enumerate() {
        match pos.get(i).or_else(|| args.kwarg(name)) {
            Some(v) => p.push(v.clone()),
            None => {
                return Err(type_error(format!(
                    "pow() missing required argument '{name}' (pos {})",
                    i + 1
                )))
            }
        }
    }
    let m = pos
        .get(2)
        .or_else(|| args.kwarg("mod"))
        .filter(|v| !v.is_none());
    match m {
        None => vm.binary_op(crate::ast::BinOp::Pow as u32, p[0].clone(), p[1].clone()),
        Some(m) => {
            if let (Some(b), Some(e), Some(m)) = (to_bigint(&p[0]), to_bigint(&p[1]), to_bigint(m))
            {
                return crate::objects::int::int_pow_mod(&b, &e, &m);
            }
            ternary_pow(vm, &p[0], &p[1], m)
        }
    }
}

/// `pow(b, e, m)` beyond ints (CPython's `ternary_op`): the base's Python
/// `__pow__(e, m)` (three-argument power never uses `__rpow__`), then the
/// float and complex refusals, else TypeError naming the three types.
fn ternary_pow(vm: &mut Vm, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
    if let Some(f) =
        vm.lookup_user_special(b, &interp().binop_names.op[crate::ast::BinOp::Pow as usize])
    {
        let r = vm.call(&f, &[b.clone(), e.clone(), m.clone()])?;
        if !crate::objects::none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if crate::objects::complex::is_complex_modulo(b, e, m) {
        return Err(crate::objects::exception::value_error("complex modulo"));
    }
    if is_real(b) && is_real(e) && (is_float(b) || is_float(e) || is_float(m)) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        b.class().payload.name(),
        e.class().payload.name(),
        m.class().payload.name()
    )))
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("chr", 1, 1)?;
    let i = crate::objects::str_methods::cint_arg(vm, &p[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(str_value(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("ord", 1, 1)?;
    if let Some(s) = p[0].downcast::<PyStr>() {
        let mut cs = s.as_str().chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            ))),
        };
    }
    let bytes = p[0].payload_is::<crate::objects::bytes::PyBytes>()
        || p[0].payload_is::<crate::objects::bytearray::PyByteArray>();
    if let Some(b) = crate::objects::bytes::bytes_like(&p[0]).filter(|_| bytes) {
        let b = b?;
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        p[0].class().payload.name()
    )))
}

fn radix(vm: &mut Vm, args: &Args, name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    let p = args.exact(name, 1, 1)?;
    let n = match to_bigint(&p[0]) {
        Some(n) => n,
        None => BigInt::from(vm.to_index(&p[0])?),
    };
    let digits = n.magnitude().to_str_radix(radix);
    Ok(str_value(format!(
        "{}{}{}",
        if n.is_negative() { "-" } else { "" },
        prefix,
        digits
    )))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "bin", "0b", 2)
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("format", 1, 2)?;
    let spec = match p.get(1) {
        Some(s) => s
            .downcast::<PyStr>()
            .map(|s| s.as_str().to_string())
            .ok_or_else(|| {
                type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.class().payload.name()
                ))
            })?,
        None => String::new(),
    };
    Ok(vm.format(&p[0], &spec)?.into_value())
}

fn attr_name<'a>(v: &'a Value, fname: &str) -> PyResult<&'a Py<PyStr>> {
    let _ = fname;
    v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            v.class().payload.name()
        ))
    })
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("getattr", 2, 3)?;
    let name = intern(attr_name(&p[1], "getattr")?.as_str());
    match vm.get_attr(&p[0], &name) {
        Ok(v) => Ok(v),
        Err(e)
            if p.len() == 3 && e.is_instance(types().exceptions.get(ExcKind::AttributeError)) =>
        {
            Ok(p[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("setattr", 3, 3)?;
    let name = intern(attr_name(&p[1], "setattr")?.as_str());
    vm.set_attr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("hasattr", 2, 2)?;
    let name = intern(attr_name(&p[1], "hasattr")?.as_str());
    match vm.get_attr(&p[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::AttributeError)) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("delattr", 2, 2)?;
    let name = intern(attr_name(&p[1], "delattr")?.as_str());
    vm.del_attr(&p[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("callable", 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &p[0])))
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    let native = v.payload_is::<PyFunction>()
        || v.payload_is::<PyType>()
        || v.payload_is::<crate::objects::method::PyBuiltinFunction>()
        || v.payload_is::<crate::objects::method::PyBoundMethod>()
        || v.payload_is::<crate::objects::method::PyMethodDescr>();
    native || vm.lookup_special(v, &interp().names.call).is_some()
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // CPython counts the positional arguments before it reads keywords.
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            p.len()
        )));
    }
    args.only_kw_legacy("sort", &["key", "reverse"])?;
    let items = vm.to_vec(&p[0])?;
    let reverse = crate::objects::list::reverse_flag(vm, args.kwarg("reverse"))?;
    let sorted = vm
        .sort_values(items, args.kwarg("key"), reverse)
        .map_err(|(_, e)| e)?;
    Ok(list_value(sorted))
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("any", 1, 1)?;
    let it = vm.iter(&p[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("all", 1, 1)?;
    let it = vm.iter(&p[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dir(obj)`: the instance's attributes and those of its type and bases
/// (a module: its dict). `dir()` without arguments is in builtins_exec.rs.
/// `dir(v)`: a Python `__dir__` of `v`'s class, sorted; else the default.
pub(crate) fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(f) = vm.lookup_user_special(v, &intern("__dir__")) {
        if f.payload_is::<PyFunction>() {
            let r = vm.call(&f, &[v.clone()])?;
            let items = vm.to_vec(&r)?;
            let l = list_value(items);
            vm.call_method(&l, "sort", &[])?;
            return Ok(l);
        }
    }
    dir_default(vm, v)
}

/// `object.__dir__` / `type.__dir__` / module `__dir__`, sorted.
pub fn dir_default(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_keys = |d: &Py<PyDict>| {
        for k in d.keys() {
            if let Some(s) = k.downcast::<PyStr>() {
                names.push(s.as_str().to_string());
            }
        }
    };
    if let Some(d) = crate::vm::ops::attr::instance_dict(v) {
        add_keys(d);
    }
    let ty = match v.downcast::<PyType>() {
        Some(t) => t.to_ref(),
        None => v.class().to_ref(),
    };
    if !v.payload_is::<PyModule>() {
        add_keys(&ty.payload.dict);
        for t in ty.payload.mro.iter() {
            add_keys(&t.payload.dict);
        }
    }
    names.sort();
    names.dedup();
    Ok(list_value(names.into_iter().map(str_value).collect()))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: CPython's
/// `builtin___build_class__`: pick the metaclass (the explicit one, else
/// the type of the first base, then the most derived of the bases'
/// metaclasses), call its `__prepare__(name, bases, **kwds)`, run the body
/// in that namespace, and call `metaclass(name, bases, ns, **kwds)`.
/// PEP 560: a base that is not a class but has `__mro_entries__` (a
/// generic alias) is replaced by the classes that method returns.
fn mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let name = intern("__mro_entries__");
    for b in bases {
        if b.payload_is::<PyType>() {
            out.push(b.clone());
            continue;
        }
        match vm.lookup_special(b, &name) {
            Some(f) => {
                let r = vm.call(&f, &[b.clone(), tuple_value(bases.to_vec())])?;
                let Some(t) = r.downcast::<PyTuple>() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.items.iter().cloned());
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let body = p[0]
        .downcast::<PyFunction>()
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?
        .to_ref();
    let name = p[1].clone();
    if !name.payload_is::<PyStr>() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &p[2..];
    let bases = mro_entries(vm, orig_bases)?;
    let bases_changed =
        bases.len() != orig_bases.len() || bases.iter().zip(orig_bases).any(|(a, b)| !a.is(b));
    let mut kwnames: Vec<Value> = Vec::new();
    let mut kwvalues: Vec<Value> = Vec::new();
    let mut explicit = None;
    for (k, v) in args.kw() {
        if k == "metaclass" {
            explicit = Some(v.clone());
        } else {
            kwnames.push(str_value(k));
            kwvalues.push(v.clone());
        }
    }
    let meta = match explicit {
        Some(m) => match m.downcast::<PyType>() {
            Some(t) => crate::objects::type_::calculate_metaclass(t, &bases)?.into_value(),
            None => m,
        },
        None => {
            let first = bases
                .first()
                .map_or_else(|| types().type_.to_ref(), |b| b.class().to_ref());
            crate::objects::type_::calculate_metaclass(&first, &bases)?.into_value()
        }
    };
    let bases_v = tuple_value(bases);
    let mut call_args: Vec<Value> = vec![name.clone(), bases_v.clone()];
    call_args.extend(kwvalues.iter().cloned());
    let ns = match vm.get_attr(&meta, &intern("__prepare__")) {
        Ok(prep) => vm.call_args(
            &prep,
            Args {
                values: &call_args,
                kwnames: &kwnames,
            },
        )?,
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::AttributeError)) => {
            PyDict::new_ref().into_value()
        }
        Err(e) => return Err(e),
    };
    let Some(ns_dict) = ns.downcast::<PyDict>() else {
        let mname = match meta.downcast::<PyType>() {
            Some(t) => t.payload.name.to_string(),
            None => "<metaclass>".to_string(),
        };
        return Err(type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            mname,
            ns.class().payload.name()
        )));
    };
    let ns_dict = ns_dict.to_ref();
    if bases_changed {
        ns_dict.set_str(&intern("__orig_bases__"), tuple_value(orig_bases.to_vec()));
    }
    let cell = vm.call_function(&body, Args::new(&[]), Some(ns_dict.clone()))?;
    let mut margs: Vec<Value> = vec![name, bases_v, ns.clone()];
    margs.extend(kwvalues);
    let cls = vm.call_args(
        &meta,
        Args {
            values: &margs,
            kwnames: &kwnames,
        },
    )?;
    if let Some(c) = cell.downcast::<crate::objects::cell::PyCell>() {
        if !c.get().is(&cls) && cls.payload_is::<PyType>() {
            c.set(cls.clone());
        }
    }
    Ok(cls)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    args.only_kw("__import__", &NAMES)?;
    let p = args.pos();
    if p.len() > 5 {
        return Err(type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            p.len()
        )));
    }
    let arg = |i: usize| p.get(i).or_else(|| args.kwarg(NAMES[i])).cloned();
    let Some(name) = arg(0) else {
        return Err(type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let name = name
        .downcast::<PyStr>()
        .ok_or_else(|| type_error("module name must be a string"))?;
    let globals = arg(1).and_then(|g| {
        g.downcast::<crate::objects::dict::PyDict>()
            .map(|d| d.to_ref())
    });
    let fromlist = arg(3).unwrap_or(Value::None);
    let level = match arg(4) {
        Some(l) => vm.to_index(&l)?,
        None => 0,
    };
    if level < 0 {
        return Err(crate::objects::exception::value_error("level must be >= 0"));
    }
    vm.import_level(name.as_str(), globals.as_deref(), &fromlist, level as usize)
}

/// `open(...)`: `_io._open`, imported on first use so that start-up does
/// not load the I/O stack; `io.open` and `_io.open` are this function.
fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let io = vm.import_absolute("_io")?;
    let f = vm.get_attr_str(&io, "_open")?;
    vm.call_args(&f, *args)
}

fn input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("input", 0, 1)?;
    if let Some(prompt) = p.first() {
        let s = vm.str(prompt)?;
        write_stdout(s.as_str());
    }
    flush_stdout();
    let mut line = String::new();
    let n = vm
        .allow_threads(|| std::io::stdin().read_line(&mut line))
        .unwrap_or(0);
    if n == 0 {
        return Err(new_error(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(str_value(line))
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("builtins");
    super::add_functions(
        &m,
        "builtins",
        &[
            ("print", print),
            ("len", len),
            ("repr", repr),
            ("ascii", ascii),
            ("isinstance", isinstance),
            ("issubclass", issubclass),
            ("id", id),
            ("hash", hash),
            ("iter", iter),
            ("next", next),
            ("sum", sum),
            ("min", min),
            ("max", max),
            ("abs", abs),
            ("round", round),
            ("divmod", divmod),
            ("pow", pow),
            ("chr", chr),
            ("ord", ord),
            ("hex", hex),
            ("oct", oct),
            ("bin", bin),
            ("format", format),
            ("getattr", getattr),
            ("setattr", setattr),
            ("hasattr", hasattr),
            ("delattr", delattr),
            ("callable", callable),
            ("sorted", sorted),
            ("any", any),
            ("all", all),
            ("input", input),
            ("open", open),
            ("__build_class__", build_class),
            ("__import__", import),
        ],
    );
    super::add_functions(&m, "builtins", &crate::vm::async_gen::BUILTINS);
    super::add_functions(&m, "builtins", super::builtins_exec::FUNCTIONS);
    super::builtins_site::install(&m);
    let t = types();
    let set = |name: &str, v: Value| m.dict.set_str(&intern(name), v);
    for ty in [
        &t.object,
        &t.type_,
        &t.int,
        &t.float,
        &t.complex,
        &t.bool_,
        &t.str,
        &t.bytes,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
    ] {
        set(ty.payload.name(), ty.to_value());
    }
    set(
        "bytearray",
        crate::objects::bytearray::bytearray_type().to_value(),
    );
    set(
        "memoryview",
        crate::objects::memoryview::memoryview_type().to_value(),
    );
    for ty in t.exceptions.all() {
        set(ty.payload.name(), ty.to_value());
    }
    set(
        "EnvironmentError",
        t.exceptions.get(ExcKind::OSError).to_value(),
    );
    set("IOError", t.exceptions.get(ExcKind::OSError).to_value());
    set("NotImplemented", crate::objects::none::not_implemented());
    set("Ellipsis", crate::objects::none::ellipsis());
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set("__debug__", Value::Bool(true));
    m
}
