//! `list`: a mutable sequence guarded by its object mutex.
//!
//! Every access to the item vector goes through `with_items` (changes; it
//! bumps the version other threads validate cached reads with) or
//! `read_items`, which hold the list's lock for Rust code only. Operations that run Python code (sorting
//! with a key, comparisons in `index`/`remove`/`count`, `extend` from an
//! arbitrary iterable) work on a snapshot or collect first, then lock to
//! apply; removed items are dropped after unlocking. Concurrent appends from
//! many threads therefore never lose an item.

use std::cell::UnsafeCell;

use crate::runtime::sync::{AtomicU64, Ordering};

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{index_error, type_error, value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;

pub struct PyList {
    items: UnsafeCell<Vec<Value>>,
    /// Bumped (Release, under the lock) by every `with_items`: readers on
    /// other threads validate their cached reads with it (`Vm::cached_read`).
    version: AtomicU64,
}

impl PyList {
    fn from_vec(items: Vec<Value>) -> PyList {
        PyList {
            items: UnsafeCell::new(items),
            version: AtomicU64::new(0),
        }
    }
}

// SAFETY: `items` is only accessed under the object's mutex, or by the only
// thread holding a reference (`with_items`, `read_items`, `append`).
unsafe impl Sync for PyList {}
// SAFETY: it holds Send values.
unsafe impl Send for PyList {}

impl PyPayload for PyList {
    const CONTAINER: bool = true;
    fn gc_clear(obj: &Py<Self>) {
        obj.replace_all(Vec::new());
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        // Last to first, as CPython (gc.get_referents shows the order).
        unsafe { &*self.items.get() }.iter().rev().for_each(visit);
    }
}

impl Drop for PyList {
    /// Items die last to first, as CPython's `list_dealloc` (the order in
    /// which their `__del__` methods run).
    fn drop(&mut self) {
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

/// Drop values removed from a sequence last to first: CPython's order
/// (`list_dealloc`, `_list_clear`, `list_ass_slice`, `tupledealloc`), in
/// which their `__del__` methods run.
pub fn drop_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

pub fn new_list(items: Vec<Value>) -> PyRef<PyList> {
    PyRef::new_in(PyList::from_vec(items), &types().list)
}

pub fn list_value(items: Vec<Value>) -> Value {
    new_list(items).into_value()
}

impl Py<PyList> {
    /// Run `f` on the items with the list's lock held. `f` must not run
    /// Python code or block; values it removes should be returned and dropped
    /// by the caller.
    /// Every call counts as a change (the version is bumped): use
    /// `read_items` for reads.
    #[inline]
    pub fn with_items<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        self.locked(|| {
            // SAFETY: the object mutex is held; every access goes through
            // here or `read_items`.
            let r = f(unsafe { &mut *self.payload.items.get() });
            self.bump_version();
            r
        })
    }

    /// Run `f` on the items with the lock held, without counting a change.
    #[inline]
    pub fn read_items<R>(&self, f: impl FnOnce(&Vec<Value>) -> R) -> R {
        self.locked(|| {
            // SAFETY: the object mutex is held; writers go through `with_items`.
            f(unsafe { &*self.payload.items.get() })
        })
    }

    /// The change counter, for validating a cached read (Acquire: pairs
    /// with the Release bump after a change).
    #[inline]
    pub fn version(&self) -> u64 {
        self.payload.version.load(Ordering::Acquire)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.read_items(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.read_items(|v| v.get(i).cloned())
    }

    /// `self[i]` with Python's negative indices.
    #[inline]
    pub fn get_index(&self, i: i64) -> Option<Value> {
        self.read_items(|v| {
            let j = if i < 0 { i + v.len() as i64 } else { i };
            usize::try_from(j).ok().and_then(|j| v.get(j).cloned())
        })
    }

    /// (Unlocked when the caller holds the only reference: `LIST_APPEND`
    /// filling a comprehension's list.)
    #[inline]
    pub fn append(&self, x: Value) {
        self.locked_unless_unique(|| {
            // SAFETY: the lock is held, or the calling thread holds the only
            // reference so no other thread can reach the items.
            unsafe { &mut *self.payload.items.get() }.push(x);
            self.bump_version();
        });
    }

    /// Count a change (under the lock or a unique reference).
    #[inline]
    fn bump_version(&self) {
        let v = self.payload.version.load(Ordering::Relaxed);
        self.payload.version.store(v + 1, Ordering::Release);
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.read_items(|v| v.clone())
    }

    /// Replace the whole contents (old items dropped unlocked).
    pub fn replace_all(&self, items: Vec<Value>) {
        let old = self.with_items(|v| std::mem::replace(v, items));
        drop_reversed(old);
    }
}

fn list_new(_vm: &mut Vm, cls: &Py<PyType>, _args: &Args) -> PyResult<Value> {
    Ok(PyRef::new_in(PyList::from_vec(Vec::new()), cls).into_value())
}

fn list_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list", 1, 2)?;
    let items = match p.get(1) {
        Some(it) => vm.to_vec(it)?,
        None => Vec::new(),
    };
    this(args).replace_all(items);
    Ok(Value::None)
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyList> {
    args.pos()[0]
        .downcast::<PyList>()
        .expect("list method on a list")
}

fn append(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.append", 2, 2)?;
    this(args).append(p[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.extend", 2, 2)?;
    let items = vm.to_vec(&p[1])?;
    this(args).with_items(|v| v.extend(items));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("insert")?;
    let p = args.pos();
    if p.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            p.len() - 1
        )));
    }
    let i = crate::objects::str_methods::ssize_arg(vm, &p[1])?;
    let x = p[2].clone();
    this(args).with_items(|v| {
        let n = v.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(at as usize, x);
    });
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.pop", 1, 2)?;
    let i = match p.get(1) {
        Some(x) => crate::objects::str_methods::ssize_arg(vm, x)?,
        None => -1,
    };
    let r = this(args).with_items(|v| {
        if v.is_empty() {
            return Err("pop from empty list");
        }
        let n = v.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err("pop index out of range");
        }
        Ok(v.remove(at as usize))
    });
    r.map_err(index_error)
}

/// Position of the first item equal to `x`, comparing outside the lock.
fn find(vm: &mut Vm, list: &Py<PyList>, x: &Value) -> PyResult<Option<usize>> {
    let mut i = 0;
    while let Some(item) = list.get(i) {
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.remove", 2, 2)?;
    let list = this(args);
    match find(vm, list, &p[1])? {
        Some(i) => {
            let old = list.with_items(|v| (i < v.len()).then(|| v.remove(i)));
            drop(old);
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.index", 2, 4)?;
    let list = this(args);
    let n = list.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match p.get(2) {
        Some(s) => clamp(slice_index_not_none(vm, s)?),
        None => 0,
    };
    let stop = match p.get(3) {
        Some(s) => clamp(slice_index_not_none(vm, s)?),
        None => n,
    };
    for i in start..stop {
        let Some(item) = list.get(i as usize) else {
            break;
        };
        if item.is(&p[1]) || vm.eq(&item, &p[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(value_error(format!(
        "{} is not in list",
        vm.repr(&p[1])?.as_str()
    )))
}

/// A start/stop argument (CPython's `_PyEval_SliceIndexNotNone`): an int
/// or `__index__`, clamped to the i64 range.
pub(crate) fn slice_index_not_none(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let has_index = crate::objects::int::is_int(v)
        || vm
            .lookup_special(v, &crate::vm::state::interp().names.index)
            .is_some();
    if !has_index {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    let i = vm.to_index_value(v)?;
    Ok(match i {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        other => match crate::objects::int::to_bigint(&other) {
            Some(b) if num_traits::Signed::is_negative(&b) => i64::MIN,
            _ => i64::MAX,
        },
    })
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("list.count", 2, 2)?;
    let mut n = 0;
    for item in this(args).snapshot() {
        if item.is(&p[1]) || vm.eq(&item, &p[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("list.reverse", 1, 1)?;
    this(args).with_items(|v| v.reverse());
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("list.copy", 1, 1)?;
    Ok(list_value(this(args).snapshot()))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("list.clear", 1, 1)?;
    this(args).replace_all(Vec::new());
    Ok(Value::None)
}

/// The `reverse=` argument of `list.sort` and `sorted`: an int-like
/// value (CPython parses it as a C int: `reverse=None` is a TypeError).
pub fn reverse_flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(r) => Ok(vm.to_index(r)? != 0),
        None => Ok(false),
    }
}

fn sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw_legacy("sort", &["key", "reverse"])?;
    if args.pos().len() != 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let reverse = reverse_flag(vm, args.kwarg("reverse"))?;
    let list = this(args);
    // Sort a detached vector: comparisons run Python code, so the list is
    // empty (and its lock free) meanwhile, as CPython does.
    let items = list.with_items(std::mem::take);
    let result = vm.sort_values(items, key.as_ref(), reverse);
    match result {
        Ok(sorted) => {
            let modified = list.with_items(|v| std::mem::replace(v, sorted));
            if !modified.is_empty() {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((items, e)) => {
            list.replace_all(items);
            Err(e)
        }
    }
}

/// `list.__iadd__`/`__imul__`: the in-place operator on the payload.
fn inplace(vm: &mut Vm, args: &Args, name: &str, op: crate::ast::BinOp) -> PyResult<Value> {
    let p = args.method(name, 2, 2)?;
    match crate::vm::ops::arith::sequence_binop(vm, op as u8, &p[0], &p[1], true) {
        Some(r) => r,
        None => Ok(crate::objects::none::not_implemented()),
    }
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "list.__iadd__", crate::ast::BinOp::Add)
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, "list.__imul__", crate::ast::BinOp::Mult)
}

/// `list.__reversed__`: a reverse iterator over the items now.
fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("list.__reversed__", 1, 1)?;
    Ok(crate::objects::list_reversed::list_reversed(
        this(args).to_ref(),
    ))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.list, list_new);
    add_methods(
        &t.list,
        &[
            ("__init__", list_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("sort", sort),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__reversed__", reversed),
        ],
    );
}
