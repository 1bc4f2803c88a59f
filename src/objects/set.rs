//! `set` and `frozenset`: a hash table of keys.
//!
//! The payload wraps a private dict (keys map to None): the dict's table,
//! lock and Python-equality protocol serve sets unchanged. `frozenset` has
//! the same payload; only the mutating methods are missing from its type.
//!
//! Iteration order. A dict keeps insertion order, CPython's set does not: it
//! iterates its open-addressing table (CPython Objects/setobject.c: 9 linear
//! probes, then perturbed probing; the table starts at 8 slots and grows to
//! the next power of two above `used * 4` when 3/5 full). `cpython_order`
//! replays the insertions of the current keys, in insertion order, into
//! such a table and iterates it, so `{1, 2, 9, 8}` prints `{8, 1, 2, 9}`
//! as CPython. It matches CPython exactly for sets built by adding keys
//! (literals, comprehensions, `set(iterable)`, `add`, the operators). It
//! can differ where CPython's table remembers history, when keys collide
//! in the table: after removals (CPython keeps dummies and does not
//! shrink), for copies of a set (`set(s)`, `s.copy()`, which CPython
//! presizes to `2 * len` and fills in the source's table order), and for
//! set displays of three or more constants, which CPython compiles to a
//! frozenset constant merged into an empty set (so `{-1, -2, 5, 13, 21}`
//! prints `{5, 21, -2, 13, -1}` there and `{5, 13, 21, -2, -1}` here).
//! Matching those needs the layout history kept in the set itself.

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

impl Py<PySet> {
    /// The keys in CPython's iteration order (see the module doc).
    pub fn ordered_keys(&self) -> Vec<Value> {
        cpython_order(
            self.table
                .entries()
                .into_iter()
                .map(|(h, k, _)| (h, k))
                .collect(),
        )
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}

// ===== CPython's table layout =====

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SET_MINSIZE: usize = 8;

/// Put entry `idx` of hash `hash` into the first free slot CPython's
/// `set_insert_clean` would choose.
fn insert_clean(table: &mut [Option<(i64, usize)>], hash: i64, idx: usize) {
    let mask = table.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some((hash, idx));
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some((hash, idx));
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// CPython's `set_table_resize(so, minused)`.
fn resize(table: &mut Vec<Option<(i64, usize)>>, minused: usize) {
    let mut size = SET_MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    let old = std::mem::replace(table, vec![None; size]);
    for (h, idx) in old.into_iter().flatten() {
        insert_clean(table, h, idx);
    }
}

/// The order CPython iterates a set built by adding `entries` (distinct
/// keys with their hashes) one by one to an empty set.
fn cpython_order(entries: Vec<(i64, Value)>) -> Vec<Value> {
    let mut table: Vec<Option<(i64, usize)>> = vec![None; SET_MINSIZE];
    let mut used = 0usize;
    for (idx, (h, _)) in entries.iter().enumerate() {
        insert_clean(&mut table, *h, idx);
        used += 1;
        let mask = table.len() - 1;
        // No removals are replayed, so fill == used.
        if used * 5 >= mask * 3 {
            resize(&mut table, if used > 50000 { used * 2 } else { used * 4 });
        }
    }
    let mut slots: Vec<Option<Value>> = entries.into_iter().map(|(_, k)| Some(k)).collect();
    table
        .into_iter()
        .flatten()
        .filter_map(|(_, idx)| slots[idx].take())
        .collect()
}

/// CPython's `frozenset.__hash__` over the keys' hashes (order-free).
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    let mut n: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// `set_iterator`: a snapshot of the keys in CPython order; raises
/// RuntimeError once the set's size changed (as CPython's `setiter_iternext`).
pub struct PySetIter {
    pub set: PyRef<PySet>,
    pub items: Vec<Value>,
    pub index: crate::runtime::sync::AtomicUsize,
    pub len_at_start: usize,
}

impl PyPayload for PySetIter {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.set.to_value());
        self.items.iter().for_each(visit);
    }
}

impl PySetIter {
    pub fn next_value(&self) -> PyResult<Option<Value>> {
        use crate::runtime::sync::Ordering;
        if self.set.len() != self.len_at_start {
            self.index.store(usize::MAX / 2, Ordering::Relaxed);
            return Err(crate::objects::exception::runtime_error(
                "Set changed size during iteration",
            ));
        }
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        Ok(self.items.get(i).cloned())
    }
}

fn new_set_in(ty: &Py<PyType>) -> PyRef<PySet> {
    PyRef::new_in(
        PySet {
            table: PyDict::new_ref(),
        },
        ty,
    )
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
    let s = s
        .downcast::<PySet>()
        .ok_or_else(|| type_error("set expected"))?;
    vm.dict_set(&s.table, v, Value::None)
}

pub fn is_set(v: &Value) -> bool {
    v.payload_is::<PySet>()
}

/// `x in s` when `cont` is a set.
pub fn set_contains(vm: &mut Vm, cont: &Value, item: &Value) -> Option<PyResult<bool>> {
    cont.downcast::<PySet>()?;
    Some(contains(vm, cont, item))
}

/// The key to look up for `item`: a (mutable, unhashable) set stands for
/// the frozenset of its keys, as CPython's `set_contains`/`remove`/
/// `discard` retry after the TypeError.
fn lookup_key(vm: &mut Vm, item: &Value) -> PyResult<Value> {
    match item.downcast::<PySet>() {
        Some(_) if !item.class().is_subtype(&types().frozenset) => {
            set_from_values(vm, keys(item), true)
        }
        _ => Ok(item.clone()),
    }
}

fn keys(v: &Value) -> Vec<Value> {
    v.downcast::<PySet>()
        .map(|s| s.ordered_keys())
        .unwrap_or_default()
}

fn contains(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<bool> {
    match s.downcast::<PySet>() {
        Some(s) => {
            let k = lookup_key(vm, k)?;
            Ok(vm.dict_get(&s.table, &k)?.is_some())
        }
        None => Ok(false),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (`op`: ast::BinOp number).
pub fn set_binop(vm: &mut Vm, op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use crate::ast::BinOp;
    if !is_set(a) || !is_set(b) {
        return None;
    }
    let frozen = a.class().is_subtype(&types().frozenset);
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
    let t = types();
    if let (true, Some(f)) = (cls.is(&t.frozenset), p.first()) {
        if f.class().is(&t.frozenset) {
            return Ok(f.clone()); // frozenset(f) is f
        }
    }
    let s = new_set_in(cls);
    if let Some(it) = p.first() {
        for v in vm.to_vec(it)? {
            vm.dict_set(&s.table, v, Value::None)?;
        }
    }
    Ok(s.into_value())
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PySet> {
    args.pos()[0]
        .downcast::<PySet>()
        .expect("set method on a set")
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.add", 2, 2)?;
    vm.dict_set(&this(args).table, p[1].clone(), Value::None)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.remove", 2, 2)?;
    let k = lookup_key(vm, &p[1])?;
    let h = vm.hash(&k)?;
    match this(args).table.pop_item(&k, h, vm)? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(p[1].clone())),
    }
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.discard", 2, 2)?;
    let k = lookup_key(vm, &p[1])?;
    let h = vm.hash(&k)?;
    this(args).table.pop_item(&k, h, vm)?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("set.pop", 1, 1)?;
    let s = this(args);
    for k in s.ordered_keys() {
        let h = _vm.hash(&k)?;
        if s.table.pop_item(&k, h, _vm)?.is_some() {
            return Ok(k);
        }
    }
    Err(key_error(crate::objects::str::str_value(
        "pop from an empty set",
    )))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args).table.clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let frozen = args.pos()[0].class().is(&types().frozenset);
    if frozen {
        // An exact frozenset is immutable: its copy is itself.
        return Ok(args.pos()[0].clone());
    }
    set_from_values(vm, keys(&args.pos()[0]), frozen)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("set.update")?;
    let s = this(args);
    for other in &args.pos()[1..] {
        for v in vm.to_vec(other)? {
            vm.dict_set(&s.table, v, Value::None)?;
        }
    }
    Ok(Value::None)
}

/// Replace the contents of set `s` with `keys` (in that insertion order).
fn replace_contents(vm: &mut Vm, s: &Py<PySet>, keys: Vec<Value>) -> PyResult<()> {
    let fresh = PyDict::new_ref();
    for k in keys {
        vm.dict_set(&fresh, k, Value::None)?;
    }
    let entries = fresh.entries();
    s.table.clear();
    s.table.extend_new(entries);
    Ok(())
}

/// `s.intersection_update(*others)` and friends: compute, then replace.
fn update_with(vm: &mut Vm, args: &Args, name: &str, op: crate::ast::BinOp) -> PyResult<Value> {
    args.no_kw(&format!("set.{name}"))?;
    let s = this(args).to_ref();
    let mut acc = s.to_value();
    for other in &args.pos()[1..] {
        let other = as_set(vm, other)?;
        acc = set_binop(vm, op as u8, &acc, &other).unwrap_or_else(|| Ok(acc.clone()))?;
    }
    let keys = keys(&acc);
    replace_contents(vm, &s, keys)?;
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_with(vm, args, "intersection_update", crate::ast::BinOp::BitAnd)
}

fn difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_with(vm, args, "difference_update", crate::ast::BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.symmetric_difference_update", 2, 2)?;
    let _ = p;
    update_with(
        vm,
        args,
        "symmetric_difference_update",
        crate::ast::BinOp::BitXor,
    )
}

/// `a op= b` on a (mutable) set: mutate `a` in place, as CPython's
/// `set_ior` & co. `None` unless both are sets and `a` is a `set`.
pub fn set_inplace(vm: &mut Vm, op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let s = a.downcast::<PySet>()?;
    if a.class().is_subtype(&types().frozenset) || !is_set(b) {
        return None;
    }
    let r = set_binop(vm, op, a, b)?;
    Some(r.and_then(|v| {
        let keys = keys(&v);
        if op == crate::ast::BinOp::BitOr as u8 {
            // `|=` only adds: keep the existing insertion order.
            for k in keys {
                vm.dict_set(&s.table, k, Value::None)?;
            }
        } else {
            replace_contents(vm, s, keys)?;
        }
        Ok(a.clone())
    }))
}

/// union/intersection/difference/symmetric_difference with any iterables.
fn combine(vm: &mut Vm, args: &Args, name: &str, op: crate::ast::BinOp) -> PyResult<Value> {
    if args.has_kw() {
        let frozen = args.pos()[0].class().is_subtype(&types().frozenset);
        let owner = if frozen { "frozenset" } else { "set" };
        args.no_kw(&format!("{owner}.{name}"))?;
    }
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
    combine(vm, args, "union", crate::ast::BinOp::BitOr)
}

fn intersection(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, "intersection", crate::ast::BinOp::BitAnd)
}

fn difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    combine(vm, args, "difference", crate::ast::BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("set.symmetric_difference", 2, 2)?;
    combine(vm, args, "symmetric_difference", crate::ast::BinOp::BitXor)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_set(v) {
        return Ok(v.clone());
    }
    let items = vm.to_vec(v)?;
    set_from_values(vm, items, false)
}

fn issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.issubset", 2, 2)?;
    let other = as_set(vm, &p[1])?;
    Ok(Value::Bool(is_subset(vm, &p[0], &other)?))
}

fn issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.issuperset", 2, 2)?;
    let other = as_set(vm, &p[1])?;
    Ok(Value::Bool(is_subset(vm, &other, &p[0])?))
}

fn isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.isdisjoint", 2, 2)?;
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
    let set = this(args).to_ref();
    let items = set.ordered_keys();
    let len_at_start = items.len();
    let it = PySetIter {
        set,
        items,
        index: crate::runtime::sync::AtomicUsize::new(0),
        len_at_start,
    };
    Ok(PyRef::new_in(it, &types().set_iterator).into_value())
}

fn contains_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.__contains__", 2, 2)?;
    Ok(Value::Bool(contains(vm, &p[0], &p[1])?))
}

/// The operator slot wrappers (`set.__or__`...): NotImplemented unless
/// both operands are sets.
macro_rules! set_op_wrappers {
    ($($name:ident = $op:ident, $reflected:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let p = args.exact(stringify!($name), 2, 2)?;
            let (a, b) = if $reflected { (&p[1], &p[0]) } else { (&p[0], &p[1]) };
            if !is_set(a) || !is_set(b) {
                return Ok(crate::objects::none::not_implemented());
            }
            set_binop(vm, crate::ast::BinOp::$op as u8, a, b)
                .unwrap_or_else(|| Ok(crate::objects::none::not_implemented()))
        })*
    };
}

set_op_wrappers! {
    op_or = BitOr, false;
    op_and = BitAnd, false;
    op_sub = Sub, false;
    op_xor = BitXor, false;
    op_ror = BitOr, true;
    op_rand = BitAnd, true;
    op_rsub = Sub, true;
    op_rxor = BitXor, true;
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
        ("__or__", op_or),
        ("__and__", op_and),
        ("__sub__", op_sub),
        ("__xor__", op_xor),
        ("__ror__", op_ror),
        ("__rand__", op_rand),
        ("__rsub__", op_rsub),
        ("__rxor__", op_rxor),
    ];
    add_methods(&t.set, common);
    add_methods(&t.frozenset, common);
    add_methods(
        &t.set,
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}
