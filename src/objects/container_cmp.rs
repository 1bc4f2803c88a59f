//! Comparison and in-place operator dunders of the builtin containers as
//! explicit methods: `list.__lt__`, `tuple.__eq__`, `dict.__eq__`,
//! `set.__le__`, `range.__eq__`, `set.__ior__` & co.
//!
//! `COMPARE_OP` and `BINARY_OP` on builtin containers take the native
//! paths of `vm/ops/compare.rs` and `vm/ops/arith.rs`; these methods serve
//! explicit calls (`[3, 1].__lt__([3, 2])`, `super().__eq__(other)` in a
//! subclass) with CPython's results: `NotImplemented` for an operand of
//! another kind, never a call back into a subclass's override. `list`,
//! `dict` and `set` get `__hash__ = None` here too, as CPython's types.

use crate::ast::BinOp;
use crate::bytecode::opcode::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
use crate::object::typeobj::BuiltinTypes;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::PyResult;
use crate::objects::list::PyList;
use crate::objects::method::{add_methods, Args, NativeFn};
use crate::objects::none::not_implemented;
use crate::objects::range::PyRange;
use crate::objects::tuple::PyTuple;
use crate::vm::ops::compare::seq_items;
use crate::vm::Vm;

/// `self` and the other operand of a binary dunder.
fn operands<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let p = args.exact(name, 2, 2)?;
    Ok((&p[0], &p[1]))
}

/// Both lists or both tuples: compared item by item.
fn sequence_cmp(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let same_kind = (a.payload_is::<PyList>() && b.payload_is::<PyList>())
        || (a.payload_is::<PyTuple>() && b.payload_is::<PyTuple>());
    match (same_kind, seq_items(a), seq_items(b)) {
        (true, Some(x), Some(y)) => vm.compare_sequences(&x, &y, op).map(Value::Bool),
        _ => Ok(not_implemented()),
    }
}

/// Dicts compare for equality only.
fn dict_cmp(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    match (a.downcast::<PyDict>(), b.downcast::<PyDict>()) {
        (Some(x), Some(y)) if op == CMP_EQ || op == CMP_NE => {
            let eq = vm.dict_eq(x, y)?;
            Ok(Value::Bool(eq == (op == CMP_EQ)))
        }
        _ => Ok(not_implemented()),
    }
}

/// Sets and frozensets: subset order.
fn set_cmp(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    crate::objects::set::set_compare(vm, a, b, op).unwrap_or_else(|| Ok(not_implemented()))
}

/// Ranges compare for equality only (as sequences of the same ints).
fn range_cmp(_vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    match (a.downcast::<PyRange>(), b.downcast::<PyRange>()) {
        (Some(x), Some(y)) if op == CMP_EQ || op == CMP_NE => {
            let eq = crate::objects::range::range_eq(x, y);
            Ok(Value::Bool(eq == (op == CMP_EQ)))
        }
        _ => Ok(not_implemented()),
    }
}

type Cmp = fn(&mut Vm, &Value, &Value, u32) -> PyResult<Value>;

/// The six comparison methods of a kind of container.
macro_rules! cmp_methods {
    ($table:ident, $cmp:expr) => {
        const $table: &[(&str, NativeFn)] = &[
            ("__lt__", |vm, a| run(vm, a, "__lt__", CMP_LT, $cmp)),
            ("__le__", |vm, a| run(vm, a, "__le__", CMP_LE, $cmp)),
            ("__eq__", |vm, a| run(vm, a, "__eq__", CMP_EQ, $cmp)),
            ("__ne__", |vm, a| run(vm, a, "__ne__", CMP_NE, $cmp)),
            ("__gt__", |vm, a| run(vm, a, "__gt__", CMP_GT, $cmp)),
            ("__ge__", |vm, a| run(vm, a, "__ge__", CMP_GE, $cmp)),
        ];
    };
}

fn run(vm: &mut Vm, args: &Args, name: &str, op: u32, cmp: Cmp) -> PyResult<Value> {
    let (a, b) = operands(args, name)?;
    cmp(vm, a, b, op)
}

cmp_methods!(SEQUENCE_CMPS, sequence_cmp);
cmp_methods!(DICT_CMPS, dict_cmp);
cmp_methods!(SET_CMPS, set_cmp);
cmp_methods!(RANGE_CMPS, range_cmp);

/// `s op= other` on a set: in place when `other` is a set, else
/// `NotImplemented` (CPython's `set_ior` & co.).
fn set_inplace(vm: &mut Vm, args: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = operands(args, name)?;
    crate::objects::set::set_inplace(vm, op as u8, a, b).unwrap_or_else(|| Ok(not_implemented()))
}

const SET_INPLACE: &[(&str, NativeFn)] = &[
    ("__ior__", |vm, a| {
        set_inplace(vm, a, "__ior__", BinOp::BitOr)
    }),
    ("__iand__", |vm, a| {
        set_inplace(vm, a, "__iand__", BinOp::BitAnd)
    }),
    ("__isub__", |vm, a| {
        set_inplace(vm, a, "__isub__", BinOp::Sub)
    }),
    ("__ixor__", |vm, a| {
        set_inplace(vm, a, "__ixor__", BinOp::BitXor)
    }),
];

pub fn init(t: &BuiltinTypes) {
    add_methods(&t.list, SEQUENCE_CMPS);
    add_methods(&t.tuple, SEQUENCE_CMPS);
    add_methods(&t.dict, DICT_CMPS);
    add_methods(&t.set, SET_CMPS);
    add_methods(&t.frozenset, SET_CMPS);
    add_methods(&t.range, RANGE_CMPS);
    add_methods(&t.set, SET_INPLACE);
    // Mutable containers define `__eq__` and are unhashable: `__hash__`
    // is None in their dicts, so their subclasses are unhashable too.
    for ty in [&t.list, &t.dict, &t.set] {
        crate::objects::method::add_attr(ty, "__hash__", Value::None);
    }
}
