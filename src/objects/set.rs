//! `set` and `frozenset`: a hash table of keys.
//!
//! The payload wraps a private dict (keys map to None): the dict's table,
//! lock and Python-equality protocol serve sets unchanged. `frozenset` has
//! the same payload; only the mutating methods are missing from its type.

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{key_error, type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;

pub struct PySet {
    pub table: PyRef<PyDict>,
}

impl PyPayload for PySet {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.table.to_value());
    }
}

fn new_set_in(ty: &Py<PyType>) -> PyRef<PySet> {
    PyRef::new_in(PySet { table: PyDict::new_ref() }, ty)
}

/// A set (or frozenset) of `items`.
pub fn set_from_values(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let t = types();
    let s = new_set_in(if frozen { &t.frozenset } else { &t.set });
    for v in items {
        vm.dict_set(&s.table, v, Value::None)?;
    }
    Ok(s.into_value())
}

/// `s.add(v)` for a set value.
pub fn set_add(vm: &mut Vm, s: &Value, v: Value) -> PyResult<()> {
    let s = s.downcast::<PySet>().ok_or_else(|| type_error("set expected"))?;
    vm.dict_set(&s.table, v, Value::None)
}

pub fn is_set(v: &Value) -> bool {
    v.payload_is::<PySet>()
}

/// `x in s` when `cont` is a set.
pub fn set_contains(vm: &mut Vm, cont: &Value, item: &Value) -> Option<PyResult<bool>> {
    let s = cont.downcast::<PySet>()?;
    Some(vm.dict_get(&s.table, item).map(|r| r.is_some()))
}

fn keys(v: &Value) -> Vec<Value> {
    v.downcast::<PySet>().map(|s| s.table.keys()).unwrap_or_default()
}

fn contains(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<bool> {
    match s.downcast::<PySet>() {
        Some(s) => Ok(vm.dict_get(&s.table, k)?.is_some()),
        None => Ok(false),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (`op`: ast::BinOp number).
pub fn set_binop(vm: &mut Vm, op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use crate::ast::BinOp;
    if !is_set(a) || !is_set(b) {
        return None;
    }
    let frozen = a.class().is(&types().frozenset);
    let r = (|| {
        let (ka, kb) = (keys(a), keys(b));
        let mut out = Vec::new();
        match op {
            o if o == BinOp::BitOr as u8 => {
                out = ka;
                out.extend(kb);
            }
            o if o == BinOp::BitAnd as u8 => {
                for k in ka {
                    if contains(vm, b, &k)? {
                        out.push(k);
                    }
                }
            }
            o if o == BinOp::Sub as u8 => {
                for k in ka {
                    if !contains(vm, b, &k)? {
                        out.push(k);
                    }
                }
            }
            o if o == BinOp::BitXor as u8 => {
                for k in ka {
                    if !contains(vm, b, &k)? {
                        out.push(k);
                    }
                }
                for k in kb {
                    if !contains(vm, a, &k)? {
                        out.push(k);
                    }
                }
            }
            _ => return Ok(None),
        }
        set_from_values(vm, out, frozen).map(Some)
    })();
    match r {
        Ok(Some(v)) => Some(Ok(v)),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for k in keys(a) {
        if !contains(vm, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Rich comparison of two sets (subset order).
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> Option<PyResult<Value>> {
    use crate::bytecode::opcode::{CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE};
    if !is_set(a) || !is_set(b) {
        return None;
    }
    let (na, nb) = (keys(a).len(), keys(b).len());
    let r = (|| {
        Ok(match op {
            CMP_EQ => na == nb && is_subset(vm, a, b)?,
            CMP_NE => !(na == nb && is_subset(vm, a, b)?),
            CMP_LE => is_subset(vm, a, b)?,
            CMP_LT => na < nb && is_subset(vm, a, b)?,
            CMP_GE => is_subset(vm, b, a)?,
            CMP_GT => na > nb && is_subset(vm, b, a)?,
            _ => false,
        })
    })();
    Some(r.map(Value::Bool))
}

fn set_new_fn(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact(cls.payload.name(), 0, 1)?;
    let s = new_set_in(cls);
    if let Some(it) = p.first() {
        for v in vm.to_vec(it)? {
            vm.dict_set(&s.table, v, Value::None)?;
        }
    }
    Ok(s.into_value())
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PySet> {
    args.pos()[0].downcast::<PySet>().expect("set method on a set")
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("add", 2, 2)?;
    vm.dict_set(&this(args).table, p[1].clone(), Value::None)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("remove", 2, 2)?;
    let h = vm.hash(&p[1])?;
    match this(args).table.pop_item(&p[1], h, vm)? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(p[1].clone())),
    }
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("discard", 2, 2)?;
    let h = vm.hash(&p[1])?;
    this(args).table.pop_item(&p[1], h, vm)?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("pop", 1, 1)?;
    match this(args).table.popitem() {
        Some((k, _)) => Ok(k),
        None => Err(key_error(crate::objects::str::str_value("pop from an empty set"))),
    }
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args).table.clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let frozen = args.pos()[0].class().is(&types().frozenset);
    set_from_values(vm, keys(&args.pos()[0]), frozen)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("update")?;
    let s = this(args);
    for other in &args.pos()[1..] {
        for v in vm.to_vec(other)? {
            vm.dict_set(&s.table, v, Value::None)?;
        }
    }
    Ok(Value::None)
}

/// union/intersection/difference/symmetric_difference with any iterables.
fn combine(vm: &mut Vm, args: &Args, op: crate::ast::BinOp) -> PyResult<Value> {
    args.no_kw("set operation")?;
    let mut acc = args.pos()[0].clone();
    for other in &args.pos()[1..] {
        let other = if is_set(other) {
            other.clone()
        } else {
            let items = vm.to_vec(other)?;
            set_from_values(vm, items, false)?
        };
        acc = set_binop(vm, op as u8, &acc, &other).unwrap_or_else(|| Ok(acc.clone()))?;
    }
    if args.pos().len() == 1 {
        return copy(vm, args);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, crate::ast::BinOp::BitOr)
}

fn intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, crate::ast::BinOp::BitAnd)
}

fn difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, crate::ast::BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, crate::ast::BinOp::BitXor)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_set(v) {
        return Ok(v.clone());
    }
    let items = vm.to_vec(v)?;
    set_from_values(vm, items, false)
}

fn issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("issubset", 2, 2)?;
    let other = as_set(vm, &p[1])?;
    Ok(Value::Bool(is_subset(vm, &p[0], &other)?))
}

fn issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("issuperset", 2, 2)?;
    let other = as_set(vm, &p[1])?;
    Ok(Value::Bool(is_subset(vm, &other, &p[0])?))
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("isdisjoint", 2, 2)?;
    for k in vm.to_vec(&p[1])? {
        if contains(vm, &p[0], &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(args).table.len() as i64))
}

fn set_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = this(args).table.keys();
    Ok(crate::objects::iter::list_iter(crate::objects::list::new_list(items), &types().set_iterator))
}

fn contains_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__contains__", 2, 2)?;
    Ok(Value::Bool(contains(vm, &p[0], &p[1])?))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.set, set_new_fn);
    set_new(&t.frozenset, set_new_fn);
    let common: &[(&'static str, crate::objects::method::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", len),
        ("__iter__", set_iter),
        ("__contains__", contains_m),
    ];
    add_methods(&t.set, common);
    add_methods(&t.frozenset, common);
    add_methods(
        &t.set,
        &[("add", add), ("remove", remove), ("discard", discard), ("pop", pop), ("clear", clear), ("update", update)],
    );
}
