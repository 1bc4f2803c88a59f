//! `types.UnionType` (PEP 604): `int | str`, `None | int`
//! (CPython Objects/unionobject.c).
//!
//! `X | Y` makes a union when both operands are classes, `None`, generic
//! aliases or unions; anything else leaves `|` NotImplemented. Arguments
//! are flattened and deduplicated in order, `None` becomes `NoneType`, and
//! a single remaining argument is returned as itself (`int | int` is
//! `int`). A union prints as `int | None`, compares equal to a union of
//! the same arguments in any order, and serves as the second argument of
//! `isinstance`/`issubclass` (`union_members`).

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::generic_alias::{type_arg_repr, types_module_type, PyGenericAlias};
use crate::objects::method::{add_methods, Args};
use crate::objects::none::not_implemented;
use crate::objects::str::str_value;
use crate::objects::tuple::{new_tuple, PyTuple};
use crate::vm::Vm;

pub struct PyUnion {
    pub args: PyRef<PyTuple>,
}

impl PyPayload for PyUnion {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.args.to_value());
    }
}

static TYPE: OnceLock<PyRef<PyType>> = OnceLock::new();

/// The `types.UnionType` type.
pub fn union_type() -> &'static Py<PyType> {
    types_module_type::<PyUnion>(&TYPE, "UnionType", |t| {
        add_methods(
            t,
            &[
                ("__repr__", union_repr),
                ("__eq__", union_eq),
                ("__hash__", union_hash),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        );
    })
}

/// Can `v` be an operand of a union?
fn unionable(v: &Value) -> bool {
    v.is_none()
        || v.payload_is::<PyType>()
        || v.payload_is::<PyGenericAlias>()
        || v.payload_is::<PyUnion>()
}

/// Append `v`'s members to `out`, flattening unions, without repeats.
fn add_members(v: &Value, out: &mut Vec<Value>) {
    if let Some(u) = v.downcast::<PyUnion>() {
        for x in u.args.items.iter() {
            add_members(x, out);
        }
        return;
    }
    let v = if v.is_none() {
        types().none.to_value()
    } else {
        v.clone()
    };
    let dup = out.iter().any(|x| {
        x.is(&v)
            || matches!(
                (x.downcast::<PyGenericAlias>(), v.downcast::<PyGenericAlias>()),
                (Some(a), Some(b)) if a.origin.is(&b.origin)
                    && a.args.items.len() == b.args.items.len()
                    && a.args.items.iter().zip(b.args.items.iter()).all(|(p, q)| p.is(q))
            )
    });
    if !dup {
        out.push(v);
    }
}

/// `a | b` for unionable operands; NotImplemented otherwise.
pub fn make_union(a: &Value, b: &Value) -> Value {
    if !unionable(a) || !unionable(b) {
        return not_implemented();
    }
    let mut members = Vec::new();
    add_members(a, &mut members);
    add_members(b, &mut members);
    if members.len() == 1 {
        return members.pop().unwrap_or_default();
    }
    PyRef::new_in(
        PyUnion {
            args: new_tuple(members),
        },
        union_type(),
    )
    .into_value()
}

/// `X.__or__(Y)` of classes, aliases and unions.
pub fn union_or(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__or__", 2, 2)?;
    Ok(make_union(&p[0], &p[1]))
}

/// `X.__ror__(Y)`: `Y | X`.
pub fn union_ror(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__ror__", 2, 2)?;
    Ok(make_union(&p[1], &p[0]))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyUnion>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyUnion>())
        .ok_or_else(|| type_error("descriptor requires a 'types.UnionType' object"))
}

fn union_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let u = this(args)?;
    let mut parts = Vec::with_capacity(u.args.items.len());
    for x in u.args.items.iter() {
        parts.push(if x.is(&types().none.to_value()) {
            "None".to_string()
        } else {
            type_arg_repr(vm, x)?
        });
    }
    Ok(str_value(parts.join(" | ")))
}

/// Do `a` and `b` have the same members (in any order)?
fn same_members(vm: &mut Vm, a: &Py<PyUnion>, b: &Py<PyUnion>) -> PyResult<bool> {
    for (x, y) in [(a, b), (b, a)] {
        for m in x.args.items.iter() {
            let mut found = false;
            for n in y.args.items.iter() {
                if vm.eq(m, n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn union_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__eq__", 2, 2)?;
    let a = this(args)?;
    match p[1].downcast::<PyUnion>() {
        Some(b) => same_members(vm, a, b).map(Value::Bool),
        None => Ok(not_implemented()),
    }
}

/// Order-independent: the XOR of the members' hashes.
fn union_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let u = this(args)?;
    let mut h = 0x5d1_u64 as i64;
    for x in u.args.items.iter() {
        h ^= vm.hash(x)?;
    }
    Ok(Value::Int(h))
}

/// The members of a union given to `isinstance`/`issubclass`, checked
/// in order (a parameterized generic is a TypeError only when reached,
/// as in CPython).
pub fn union_members(u: &Py<PyUnion>) -> Vec<Value> {
    u.args.items.to_vec()
}
