//! `set` and `frozenset`: a hash table of keys.
//!
//! The payload wraps a private dict (keys map to None): the dict's table,
//! lock and Python-equality protocol serve sets unchanged. `frozenset` has
//! the same payload; only the mutating methods are missing from its type.
//!
//! Iteration order. A dict keeps insertion order, CPython's set does not: it
//! iterates its open-addressing table. Each set keeps that table's layout
//! (`set_layout.rs`: hashes and identities per slot, with dummies, `fill`
//! and the `pop` finger) beside its dict, updated by every insertion and
//! removal here, and iterates in its order; so order after removals,
//! `pop()`, copies (`set(s)`, `s.copy()`, `frozenset(s)`: CPython's
//! `set_merge`) and the operators (built as `set_or` & co. build them)
//! are CPython's. One difference is left: CPython compiles a set display
//! of three or more constants to a frozenset constant merged into an
//! empty set, while here `SET_UPDATE` adds the items of a tuple one by one,
//! so such a display whose keys collide in the table can print in another
//! order (`{8, 16, 24, 32, 40}`).

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{key_error, type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::set_layout::Layout;
use crate::vm::Vm;

pub struct PySet {
    pub table: PyRef<PyDict>,
    /// CPython's table layout of the keys: their iteration order.
    pub layout: crate::runtime::sync::Mutex<Layout>,
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
        let entries = self.table.entries();
        let mut at: std::collections::HashMap<(i64, i64), usize> = entries
            .iter()
            .enumerate()
            .map(|(i, (h, k, _))| ((*h, k.id()), i))
            .collect();
        let mut slots: Vec<Option<Value>> = entries.into_iter().map(|(_, k, _)| Some(k)).collect();
        let mut out = Vec::with_capacity(slots.len());
        for key in self.layout.lock().order() {
            if let Some(i) = at.remove(&key) {
                out.extend(slots[i].take());
            }
        }
        // Keys the layout missed (a racing update) follow in dict order.
        out.extend(slots.into_iter().flatten());
        out
    }

    /// Add `v` (a no-op when an equal key is present).
    pub fn insert(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let before = self.table.len();
        vm.dict_set(&self.table, v.clone(), Value::None)?;
        if self.table.len() > before {
            let h = vm.hash(&v)?;
            self.layout.lock().add(h, v.id());
        }
        Ok(())
    }

    /// Remove the key equal to `k` (hash `h`); whether it was there.
    fn remove_key(&self, vm: &mut Vm, k: &Value, h: i64) -> PyResult<bool> {
        match self.table.pop_entry(k, h, vm)? {
            Some((stored, _)) => {
                self.layout.lock().discard(h, stored.id());
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn clear_all(&self) {
        self.table.clear();
        self.layout.lock().clear();
    }

    /// Add the keys of set `src`, as CPython's `set_merge`: a copy of
    /// the layout into a pristine set, else one presizing and additions
    /// in `src`'s order.
    fn update_from_set(&self, vm: &mut Vm, src: &Py<PySet>) -> PyResult<()> {
        if std::ptr::eq(self, src) {
            return Ok(());
        }
        if self.table.is_empty() && self.layout.lock().is_pristine() {
            self.merge_from(src);
            return Ok(());
        }
        self.layout.lock().presize(src.len());
        add_all(vm, self, src.ordered_keys())
    }

    /// Fill this empty set with the keys of `src`, laid out as CPython's
    /// `set_merge` does (presized, in the source's table order).
    fn merge_from(&self, src: &Py<PySet>) {
        let layout = src.layout.lock().clone();
        self.table.extend_new(src.table.entries());
        self.layout.lock().merge(&layout);
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
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
            layout: crate::runtime::sync::Mutex::new(Layout::default()),
        },
        ty,
    )
}

/// A set (or frozenset) of `items`.
pub fn set_from_values(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let t = types();
    let s = new_set_in(if frozen { &t.frozenset } else { &t.set });
    for v in items {
        s.insert(vm, v)?;
    }
    Ok(s.into_value())
}

/// `s.add(v)` for a set value.
pub fn set_add(vm: &mut Vm, s: &Value, v: Value) -> PyResult<()> {
    let s = s
        .downcast::<PySet>()
        .ok_or_else(|| type_error("set expected"))?;
    s.insert(vm, v)
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

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (`op`: ast::BinOp
/// number), built as CPython's `set_or` & co. build them, so the result's
/// layout (its order) is CPython's.
pub fn set_binop(vm: &mut Vm, op: u8, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use crate::ast::BinOp;
    let (sa, sb) = (a.downcast::<PySet>()?, b.downcast::<PySet>()?);
    let t = types();
    let frozen = a.class().is_subtype(&t.frozenset);
    let out = new_set_in(if frozen { &t.frozenset } else { &t.set });
    let r = match op {
        o if o == BinOp::BitOr as u8 => {
            out.merge_from(sa);
            out.update_from_set(vm, sb)
        }
        o if o == BinOp::BitAnd as u8 => {
            // Walk the smaller set, keep what the larger one has.
            let (small, large) = if sb.len() > sa.len() { (a, b) } else { (b, a) };
            keep_where(vm, &out, small, large, true)
        }
        o if o == BinOp::Sub as u8 => {
            if sa.len() >> 2 > sb.len() {
                out.merge_from(sa);
                discard_all(vm, &out, sb.ordered_keys())
            } else {
                keep_where(vm, &out, a, b, false)
            }
        }
        o if o == BinOp::BitXor as u8 => {
            out.merge_from(sb);
            toggle_all(vm, &out, sa.ordered_keys())
        }
        _ => return None,
    };
    Some(r.map(|_| out.into_value()))
}

fn add_all(vm: &mut Vm, s: &Py<PySet>, keys: Vec<Value>) -> PyResult<()> {
    keys.into_iter().try_for_each(|k| s.insert(vm, k))
}

/// Add to `out` the keys of `from` that `other` has (`has`) or lacks.
fn keep_where(
    vm: &mut Vm,
    out: &Py<PySet>,
    from: &Value,
    other: &Value,
    has: bool,
) -> PyResult<()> {
    for k in keys(from) {
        if contains(vm, other, &k)? == has {
            out.insert(vm, k)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update`: remove the keys present, add the others.
fn toggle_all(vm: &mut Vm, s: &Py<PySet>, keys: Vec<Value>) -> PyResult<()> {
    for k in keys {
        let h = vm.hash(&k)?;
        if !s.remove_key(vm, &k, h)? {
            s.insert(vm, k)?;
        }
    }
    Ok(())
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
        if let Some(src) = it.downcast::<PySet>() {
            s.merge_from(src);
            return Ok(s.into_value());
        }
        for v in vm.to_vec(it)? {
            s.insert(vm, v)?;
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
    this(args).insert(vm, p[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.remove", 2, 2)?;
    let k = lookup_key(vm, &p[1])?;
    let h = vm.hash(&k)?;
    match this(args).remove_key(vm, &k, h)? {
        true => Ok(Value::None),
        false => Err(key_error(p[1].clone())),
    }
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("set.discard", 2, 2)?;
    let k = lookup_key(vm, &p[1])?;
    let h = vm.hash(&k)?;
    this(args).remove_key(vm, &k, h)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("set.pop", 1, 1)?;
    let s = this(args);
    let slot = s.layout.lock().pop();
    if let Some((h, id)) = slot {
        let found = s
            .table
            .entries()
            .into_iter()
            .find(|(eh, k, _)| *eh == h && k.id() == id);
        if let Some((_, k, _)) = found {
            s.table.pop_item(&k, h, vm)?;
            return Ok(k);
        }
    }
    // The layout lost track (a racing update): any key will do.
    if let Some((h, k, _)) = s.table.entries().into_iter().next() {
        s.remove_key(vm, &k, h)?;
        return Ok(k);
    }
    Err(key_error(crate::objects::str::str_value(
        "pop from an empty set",
    )))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args).clear_all();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this_v = &args.pos()[0];
    if this_v.class().is(&types().frozenset) {
        // An exact frozenset is immutable: its copy is itself.
        return Ok(this_v.clone());
    }
    let t = types();
    let frozen = this_v.class().is_subtype(&t.frozenset);
    let s = new_set_in(if frozen { &t.frozenset } else { &t.set });
    s.merge_from(this(args));
    Ok(s.into_value())
}

/// Remove each of `keys` from `s` in place, then drop the dummies if they
/// fill a quarter of the table (CPython's `set_difference_update_internal`).
fn discard_all(vm: &mut Vm, s: &Py<PySet>, keys: Vec<Value>) -> PyResult<()> {
    for k in keys {
        let k = lookup_key(vm, &k)?;
        let h = vm.hash(&k)?;
        s.remove_key(vm, &k, h)?;
    }
    s.layout.lock().shed_dummies();
    Ok(())
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("set.update")?;
    let s = this(args);
    for other in &args.pos()[1..] {
        if let Some(o) = other.downcast::<PySet>() {
            s.update_from_set(vm, o)?;
            continue;
        }
        for v in vm.to_vec(other)? {
            s.insert(vm, v)?;
        }
    }
    Ok(Value::None)
}

/// Give set `s` the contents and layout of `tmp` (CPython's
/// `set_swap_bodies`, as `intersection_update` does).
fn swap_in(s: &Py<PySet>, tmp: &Value) {
    if let Some(tmp) = tmp.downcast::<PySet>() {
        let layout = tmp.layout.lock().clone();
        s.table.clear();
        s.table.extend_new(tmp.table.entries());
        s.layout.lock().take_body(&layout);
    }
}

/// `s op= other` in place, as CPython's `set_ior`, `set_isub`, `set_ixor`
/// and `set_iand` (the last computes the intersection, then swaps it in).
fn update_in_place(
    vm: &mut Vm,
    s: &Py<PySet>,
    op: crate::ast::BinOp,
    other: &Value,
) -> PyResult<()> {
    use crate::ast::BinOp;
    if matches!(op, BinOp::Sub | BinOp::BitXor)
        && other
            .downcast::<PySet>()
            .is_some_and(|o| std::ptr::eq(o, s))
    {
        s.clear_all();
        return Ok(());
    }
    match op {
        BinOp::BitOr => match other.downcast::<PySet>() {
            Some(o) => s.update_from_set(vm, o),
            None => add_all(vm, s, keys(other)),
        },
        BinOp::Sub => discard_all(vm, s, keys(other)),
        BinOp::BitXor => toggle_all(vm, s, keys(other)),
        _ => {
            let tmp = set_binop(vm, op as u8, &s.to_value(), other);
            swap_in(s, &tmp.unwrap_or_else(|| Ok(Value::None))?);
            Ok(())
        }
    }
}

/// `s.intersection_update(*others)` and friends.
fn update_with(vm: &mut Vm, args: &Args, name: &str, op: crate::ast::BinOp) -> PyResult<Value> {
    args.no_kw(&format!("set.{name}"))?;
    let s = this(args).to_ref();
    for other in &args.pos()[1..] {
        if op == crate::ast::BinOp::BitAnd && !is_set(other) {
            let tmp = with_iterable(vm, op, &s.to_value(), other)?;
            swap_in(&s, &tmp);
            continue;
        }
        let other = as_set(vm, other)?;
        update_in_place(vm, &s, op, &other)?;
    }
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
    use crate::ast::BinOp;
    let s = a.downcast::<PySet>()?;
    if a.class().is_subtype(&types().frozenset) || !is_set(b) {
        return None;
    }
    let op = [BinOp::BitOr, BinOp::BitAnd, BinOp::Sub, BinOp::BitXor]
        .into_iter()
        .find(|o| *o as u8 == op)?;
    Some(update_in_place(vm, s, op, b).map(|_| a.clone()))
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
        acc = match set_binop(vm, op as u8, &acc, other) {
            Some(r) => r?,
            None => with_iterable(vm, op, &acc, other)?,
        };
    }
    if args.pos().len() == 1 {
        return copy(vm, args);
    }
    Ok(acc)
}

/// `set op iterable` (the methods accept any iterable), as CPython's
/// `set_union` & co.: the iterable's items in their own order.
fn with_iterable(
    vm: &mut Vm,
    op: crate::ast::BinOp,
    acc: &Value,
    other: &Value,
) -> PyResult<Value> {
    use crate::ast::BinOp;
    let t = types();
    let src = acc
        .downcast::<PySet>()
        .ok_or_else(|| type_error("set expected"))?;
    let frozen = acc.class().is_subtype(&t.frozenset);
    let out = new_set_in(if frozen { &t.frozenset } else { &t.set });
    let items = vm.to_vec(other)?;
    match op {
        BinOp::BitOr => {
            out.merge_from(src);
            add_all(vm, &out, items)?;
        }
        BinOp::BitAnd => {
            for k in items {
                if contains(vm, acc, &k)? {
                    out.insert(vm, k)?;
                }
            }
        }
        BinOp::Sub => {
            out.merge_from(src);
            discard_all(vm, &out, items)?;
        }
        _ => {
            let tmp = set_from_values(vm, items, false)?;
            return set_binop(vm, op as u8, acc, &tmp).unwrap_or_else(|| Ok(acc.clone()));
        }
    }
    Ok(out.into_value())
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
