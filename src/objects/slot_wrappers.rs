//! The dunder methods of builtin types as attributes (CPython's slot
//! wrappers: `int.__add__`, `list.__getitem__`, `dict.__repr__`...), so
//! `super().__getitem__(i)` in a list subclass and `int.__abs__(x)` work.
//!
//! Each wrapper runs the builtin operation on the payload and never
//! dispatches back to a Python override on the receiver's class (that is
//! what calls it): `get_item_builtin`, `repr_builtin`, `len_builtin`.
//! Binary operators return NotImplemented for operands they do not handle,
//! as CPython's `wrap_binaryfunc_l/r`. Installed after the types' own
//! methods and never over one of them. Called by `objects::types::init`.

use crate::bytecode::opcode::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::object::pyref::Py;
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::int::to_bigint;
use crate::objects::method::{add_methods, Args, NativeFn};
use crate::objects::none::not_implemented;
use crate::objects::str::intern;
use crate::vm::ops::arith::{numeric_binop, sequence_binop};
use crate::vm::Vm;

fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.exact(name, 2, 2)
}

/// The place of a number in the tower int < float < complex (subclass
/// instances included), None for anything else.
fn rank(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Obj(o) if o.payload_is::<crate::objects::int::PyBigInt>() => Some(0),
        Value::Obj(o) if o.payload_is::<crate::objects::float::PyFloat>() => Some(1),
        Value::Obj(o) if o.payload_is::<crate::objects::complex::PyComplex>() => Some(2),
        _ => None,
    }
}

/// A number's own operator leaves a wider operand to the other side
/// (`int.__add__(1, 2.0)` is NotImplemented, as CPython's `long_add`).
fn wider(me: &Value, other: &Value) -> bool {
    matches!((rank(me), rank(other)), (Some(a), Some(b)) if b > a)
}

fn binop(vm: &mut Vm, args: &Args, op: u8, reflected: bool, name: &str) -> PyResult<Value> {
    let p = two(args, name)?;
    if wider(&p[0], &p[1]) {
        return Ok(not_implemented());
    }
    let (a, b) = if reflected {
        (&p[1], &p[0])
    } else {
        (&p[0], &p[1])
    };
    if let Some(r) = numeric_binop(op, a, b) {
        return r;
    }
    if !reflected || op == crate::ast::BinOp::Mult as u8 {
        if let Some(r) = sequence_binop(vm, op, a, b, false) {
            return r.or_else(|_| Ok(not_implemented()));
        }
    }
    Ok(not_implemented())
}

macro_rules! binops {
    ($($f:ident $rf:ident = $op:ident, $name:literal, $rname:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                binop(vm, args, crate::ast::BinOp::$op as u8, false, $name)
            }
            fn $rf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                binop(vm, args, crate::ast::BinOp::$op as u8, true, $rname)
            }
        )*
        const NUMBER_OPS: &[(&str, NativeFn)] =
            &[$(($name, $f), ($rname, $rf),)* ("__pow__", pow), ("__rpow__", rpow)];
    };
}

binops! {
    add radd = Add, "__add__", "__radd__";
    sub rsub = Sub, "__sub__", "__rsub__";
    mul rmul = Mult, "__mul__", "__rmul__";
    truediv rtruediv = Div, "__truediv__", "__rtruediv__";
    floordiv rfloordiv = FloorDiv, "__floordiv__", "__rfloordiv__";
    modulo rmodulo = Mod, "__mod__", "__rmod__";
    lshift rlshift = LShift, "__lshift__", "__rlshift__";
    rshift rrshift = RShift, "__rshift__", "__rrshift__";
    and rand = BitAnd, "__and__", "__rand__";
    or ror = BitOr, "__or__", "__ror__";
    xor rxor = BitXor, "__xor__", "__rxor__";
}

/// `__pow__(e, mod=None)` / `__rpow__(b, mod=None)`: with a modulus, the
/// three-argument power of ints, NotImplemented for anything else.
fn pow_wrapper(vm: &mut Vm, args: &Args, reflected: bool, name: &str) -> PyResult<Value> {
    let p = args.exact(name, 2, 3)?;
    match p.get(2) {
        None | Some(Value::None) => {
            let short = Args::new(&p[..2]);
            binop(vm, &short, crate::ast::BinOp::Pow as u8, reflected, name)
        }
        Some(_) if wider(&p[0], &p[1]) => Ok(not_implemented()),
        Some(m) => {
            let (b, e) = if reflected {
                (&p[1], &p[0])
            } else {
                (&p[0], &p[1])
            };
            let ints = (to_bigint(b), to_bigint(e), to_bigint(m));
            match ints {
                (Some(b), Some(e), Some(m)) => crate::objects::int::int_pow_mod(&b, &e, &m),
                _ => Ok(not_implemented()),
            }
        }
    }
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pow_wrapper(vm, args, false, "__pow__")
}

fn rpow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pow_wrapper(vm, args, true, "__rpow__")
}

/// `__divmod__` / `__rdivmod__` of int and float: `divmod()` on the plain
/// values, NotImplemented for other operands.
fn divmod_wrapper(vm: &mut Vm, args: &Args, reflected: bool, name: &str) -> PyResult<Value> {
    let p = two(args, name)?;
    if rank(&p[1]).is_none() || wider(&p[0], &p[1]) {
        return Ok(not_implemented());
    }
    let plain = |v: &Value| crate::objects::num_subclass::plain_number(v).unwrap_or(v.clone());
    let (a, b) = (plain(&p[0]), plain(&p[1]));
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    vm.call(&vm_builtin("divmod"), &[a, b])
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    divmod_wrapper(vm, args, false, "__divmod__")
}

fn rdivmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    divmod_wrapper(vm, args, true, "__rdivmod__")
}

/// `int.__format__` / `float.__format__`: the format mini-language on the
/// plain value.
fn format_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = two(args, "__format__")?;
    let Some(spec) = p[1].downcast::<crate::objects::str::PyStr>() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].class().payload.name()
        )));
    };
    if spec.as_str().is_empty() {
        // str(self): a subclass's __repr__/__str__ shows.
        return Ok(vm.str(&p[0])?.into_value());
    }
    let v = crate::objects::num_subclass::plain_number(&p[0]).unwrap_or(p[0].clone());
    Ok(vm.format(&v, spec.as_str())?.into_value())
}

/// `__getnewargs__` of int and float: the plain value in a 1-tuple.
fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__getnewargs__")?;
    let v = crate::objects::num_subclass::plain_number(v).unwrap_or(v.clone());
    Ok(crate::objects::tuple::tuple_value(vec![v]))
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.exact(name, 1, 1)?[0])
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__neg__")?.clone();
    vm.unary_op(0, v)
}

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__pos__")?.clone();
    vm.unary_op(1, v)
}

fn invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__invert__")?.clone();
    vm.unary_op(2, v)
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__abs__")?;
    let plain = match v {
        Value::Obj(_) => crate::objects::num_subclass::plain_number(v)
            .ok_or_else(|| type_error("descriptor '__abs__' requires a number"))?,
        v => v.clone(),
    };
    vm.call(&vm_builtin("abs"), &[plain])
}

fn vm_builtin(name: &str) -> Value {
    crate::vm::interp()
        .builtins
        .dict
        .get_str(&intern(name))
        .unwrap_or(Value::None)
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__bool__")?;
    Ok(Value::Bool(vm.truthy(v)?))
}

fn float_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__float__")?;
    vm.call(&vm_builtin("float"), &[v.clone()])
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__hash__")?;
    vm.hash_builtin(v).map(Value::Int)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__repr__")?;
    Ok(vm.repr_builtin(v)?.into_value())
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__len__")?;
    Vm::len_builtin(v)
        .map(|n| Value::Int(n as i64))
        .ok_or_else(|| type_error("descriptor '__len__' requires a sized object"))
}

fn iter_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one(args, "__iter__")?;
    let t = crate::object::typeobj::types();
    if let Some(l) = v.downcast::<crate::objects::list::PyList>() {
        return Ok(crate::objects::iter::list_iter(
            l.to_ref(),
            &t.list_iterator,
        ));
    }
    match v.downcast::<crate::objects::tuple::PyTuple>() {
        Some(tu) => Ok(crate::objects::iter::tuple_iter(tu.to_ref())),
        None => Err(type_error("descriptor '__iter__' requires a list or tuple")),
    }
}

/// `list/tuple/dict/str.__contains__` on the payload (never the subclass's
/// override, so `super().__contains__(x)` cannot recurse).
fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = two(args, "__contains__")?;
    let (cont, x) = (&p[0], &p[1]);
    if let Some(d) = cont.downcast::<crate::objects::dict::PyDict>() {
        return Ok(Value::Bool(vm.dict_get(d, x)?.is_some()));
    }
    if let Some(s) = cont.downcast::<crate::objects::str::PyStr>() {
        let Some(sub) = x.downcast::<crate::objects::str::PyStr>() else {
            return Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                x.class().payload.name()
            )));
        };
        return Ok(Value::Bool(s.as_str().contains(sub.as_str())));
    }
    let items = match cont.downcast::<crate::objects::list::PyList>() {
        Some(l) => l.snapshot(),
        None => match cont.downcast::<crate::objects::tuple::PyTuple>() {
            Some(t) => t.items.to_vec(),
            None => return Err(type_error("descriptor '__contains__' requires a container")),
        },
    };
    for item in &items {
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = two(args, "__getitem__")?;
    vm.get_item_builtin(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__setitem__", 3, 3)?;
    vm.set_item_builtin(&p[0], p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = two(args, "__delitem__")?;
    vm.del_item_builtin(&p[0], &p[1])?;
    Ok(Value::None)
}

/// Comparisons of numbers (the only payloads whose order is native here
/// and never dispatches to a subclass's override).
fn cmp(vm: &mut Vm, args: &Args, op: u32, name: &str) -> PyResult<Value> {
    let p = two(args, name)?;
    let num = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || v.payload_is::<crate::objects::int::PyBigInt>()
    };
    if num(&p[0]) && num(&p[1]) && !wider(&p[0], &p[1]) {
        return vm.rich_compare(&p[0], &p[1], op);
    }
    Ok(not_implemented())
}

macro_rules! cmps {
    ($($f:ident = $op:ident, $name:literal;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> { cmp(vm, args, $op, $name) })*
        const NUMBER_CMPS: &[(&str, NativeFn)] = &[$(($name, $f),)*];
    };
}

cmps! {
    lt = CMP_LT, "__lt__";
    le = CMP_LE, "__le__";
    eq = CMP_EQ, "__eq__";
    ne = CMP_NE, "__ne__";
    gt = CMP_GT, "__gt__";
    ge = CMP_GE, "__ge__";
}

/// `__call__` of the callable builtin types (functions, builtins, bound
/// methods, method descriptors): call the receiver with the rest.
fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some((callee, _)) = args.pos().split_first() else {
        return Err(type_error("descriptor '__call__' needs an argument"));
    };
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    vm.call_args(callee, rest)
}

/// Add `methods` to `ty` except the names its dict already has.
fn add_missing(ty: &Py<PyType>, methods: &[(&'static str, NativeFn)]) {
    let missing: Vec<(&'static str, NativeFn)> = methods
        .iter()
        .copied()
        .filter(|(n, _)| ty.payload.dict.get_str(&intern(n)).is_none())
        .collect();
    add_methods(ty, &missing);
}

pub fn init(t: &BuiltinTypes) {
    let unary: &[(&'static str, NativeFn)] = &[
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__float__", float_),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
        ("__format__", format_),
        ("__getnewargs__", getnewargs),
    ];
    for ty in [&t.int, &t.float] {
        add_missing(ty, NUMBER_OPS);
        add_missing(ty, NUMBER_CMPS);
        add_missing(ty, unary);
        add_missing(ty, &[("__repr__", repr)]);
    }
    add_missing(&t.int, &[("__invert__", invert)]);
    let seq: &[(&'static str, NativeFn)] =
        &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];
    for ty in [&t.list, &t.tuple, &t.str] {
        add_missing(ty, seq);
    }
    for ty in [
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.str,
        &t.bytes,
        &t.range,
    ] {
        add_missing(ty, &[("__repr__", repr)]);
    }
    for ty in [
        &t.int,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.tuple,
        &t.frozenset,
    ] {
        add_missing(ty, &[("__hash__", hash)]);
    }
    for ty in [&t.list, &t.tuple, &t.dict, &t.str] {
        add_missing(
            ty,
            &[
                ("__len__", len),
                ("__getitem__", getitem),
                ("__contains__", contains),
            ],
        );
    }
    for ty in [&t.list, &t.tuple] {
        add_missing(ty, &[("__iter__", iter_)]);
    }
    for ty in [&t.list, &t.dict] {
        add_missing(ty, &[("__setitem__", setitem), ("__delitem__", delitem)]);
    }
    for ty in [
        &t.function,
        &t.builtin_function,
        &t.bound_method,
        &t.method_descriptor,
    ] {
        add_missing(ty, &[("__call__", call)]);
    }
}
