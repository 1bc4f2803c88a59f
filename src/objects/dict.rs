//! `dict`: insertion-ordered hash table (CPython Objects/dictobject.c layout).
//!
//! Entries are kept in insertion order in `entries`; `indices` is an
//! open-addressed table of positions into it, probed with CPython's
//! perturbation scheme. A deleted entry leaves a tombstone (key `Null`) that
//! a resize compacts away.
//!
//! Thread safety: the table lives in an `UnsafeCell` guarded by the object's
//! header mutex (a leaf lock, see `runtime::mutex`). Every access goes through
//! `with_table`, which holds the lock only for Rust code: key comparisons that
//! need Python `__eq__` run with the lock released (`lookup` re-validates
//! through `version` afterwards), and replaced values are dropped after the
//! lock is released, so a `__del__` or a nested lookup can never run under it.

use std::cell::UnsafeCell;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::str::PyStr;
use crate::runtime::sync::{AtomicU64, Ordering};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Bumped on every mutation: lets an unlocked comparison detect changes.
    pub version: u64,
}

/// Python-level key equality, supplied by the VM for keys whose `__eq__`
/// is not native.
pub trait KeyEq {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
}

/// Equality decidable without running Python code; `None` when it is not
/// (also for tuples nested deeper than `NATIVE_EQ_DEPTH`: the VM's
/// comparison, which bounds its recursion, decides those).
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_within(a, b, NATIVE_EQ_DEPTH)
}

const NATIVE_EQ_DEPTH: u32 = 64;

fn native_eq_within(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use crate::objects::int::PyBigInt;
    use crate::objects::tuple::PyTuple;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some((*x as f64) == *y)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(*x as i64 as f64 == *y)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.is(y) {
                return Some(true);
            }
            if let (Some(s), Some(t)) = (x.downcast::<PyStr>(), y.downcast::<PyStr>()) {
                return Some(s.eq_str(t));
            }
            if let (Some(s), Some(t)) = (
                x.downcast::<crate::objects::bytes::PyBytes>(),
                y.downcast::<crate::objects::bytes::PyBytes>(),
            ) {
                return Some(s.data == t.data);
            }
            if let (Some(s), Some(t)) = (x.downcast::<PyBigInt>(), y.downcast::<PyBigInt>()) {
                return Some(s.value == t.value);
            }
            if let (Some(s), Some(t)) = (x.downcast::<PyTuple>(), y.downcast::<PyTuple>()) {
                if s.items.len() != t.items.len() {
                    return Some(false);
                }
                if depth == 0 {
                    return None;
                }
                for (p, q) in s.items.iter().zip(t.items.iter()) {
                    if !native_eq_within(p, q, depth - 1)? {
                        return Some(false);
                    }
                }
                return Some(true);
            }
            if x.payload_is::<crate::objects::set::PySet>()
                && y.payload_is::<crate::objects::set::PySet>()
            {
                // set == frozenset compares contents.
                return None;
            }
            let proxy = |v: &crate::object::ObjRef| {
                v.payload_is::<crate::objects::mappingproxy::PyMappingProxy>()
            };
            if proxy(x) || proxy(y) {
                return None;
            }
            let builtin = |v: &crate::object::ObjRef| !v.class().payload.is_heap_type();
            if builtin(x) && builtin(y) {
                if let Some(eq) = crate::objects::complex::complex_eq(a, b) {
                    return Some(eq);
                }
            }
            if let Some(eq) = crate::objects::method::method_eq(a, b) {
                return Some(eq);
            }
            if builtin(x) && builtin(y) && x.class().is(y.class()) && !x.payload_is::<PyTuple>() {
                // Distinct objects of the same builtin type without value
                // equality here (lists, dicts...) need the full protocol.
                return None;
            }
            if builtin(x) && builtin(y) && !x.class().is(y.class()) {
                if crate::objects::bytes::is_bytes_like(a)
                    && crate::objects::bytes::is_bytes_like(b)
                {
                    // bytes == bytearray == memoryview compare contents.
                    return None;
                }
                return Some(false);
            }
            None
        }
        (Value::Obj(_), _) | (_, Value::Obj(_)) => {
            let o = if let Value::Obj(o) = a {
                o
            } else if let Value::Obj(o) = b {
                o
            } else {
                unreachable!()
            };
            if o.class().payload.is_heap_type() {
                None
            } else if o.payload_is::<crate::objects::complex::PyComplex>() {
                Some(crate::objects::complex::complex_eq(a, b).unwrap_or(false))
            } else {
                Some(false)
            }
        }
        _ => Some(false),
    }
}

impl DictTable {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Find the entry position for (`key`, `hash`) by native equality only;
    /// `Err(candidates)` lists same-hash keys needing Python equality.
    fn find_native(&self, key: &Value, hash: i64) -> Result<Option<usize>, Vec<Value>> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut pending = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if pending.is_empty() {
                    Ok(None)
                } else {
                    Err(pending)
                };
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    // Identity first, as CPython (a NaN key finds itself).
                    let same = if e.key.is(key) {
                        Some(true)
                    } else {
                        native_eq(&e.key, key)
                    };
                    match same {
                        Some(true) => return Ok(Some(ix as usize)),
                        Some(false) => {}
                        None => pending.push(e.key.clone()),
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Find by key identity (after a Python comparison matched).
    fn find_identity(&self, key: &Value, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && e.key.is(key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    fn find_str(&self, key: &Py<PyStr>) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let hash = key.hash_value();
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some(s) = e.key.downcast::<PyStr>() {
                        if s.eq_str(key) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    fn insert_index(&mut self, hash: i64, pos: u32) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[i] = pos;
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 < min_used * 3 + 1 {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        for pos in 0..self.entries.len() {
            let h = self.entries[pos].hash;
            self.insert_index(h, pos as u32);
        }
    }

    /// Append a new entry (key known absent).
    fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize(self.used + 1);
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.insert_index(hash, pos);
        self.used += 1;
        self.version += 1;
    }

    /// Replace the value at `pos`, returning the old one (to drop unlocked).
    fn replace(&mut self, pos: usize, value: Value) -> Value {
        self.version += 1;
        std::mem::replace(&mut self.entries[pos].value, value)
    }

    /// Remove the entry at `pos`, returning (key, value) to drop unlocked.
    fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let hash = self.entries[pos].hash;
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != pos as u32 {
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
        self.indices[i] = DUMMY;
        self.used -= 1;
        self.version += 1;
        let e = &mut self.entries[pos];
        (std::mem::take(&mut e.key), std::mem::take(&mut e.value))
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Entry at position `pos` or later that is live: (next position, key, value).
    /// The live entry before position `pos` (walking back), with its index.
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, &Value, &Value)> {
        self.entries[..pos.min(self.entries.len())]
            .iter()
            .rposition(|e| !e.key.is_null())
            .map(|i| (i, &self.entries[i].key, &self.entries[i].value))
    }

    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Value, &Value)> {
        self.entries[pos.min(self.entries.len())..]
            .iter()
            .enumerate()
            .find(|(_, e)| !e.key.is_null())
            .map(|(i, e)| (pos + i + 1, &e.key, &e.value))
    }
}

pub struct PyDict {
    table: UnsafeCell<DictTable>,
    /// Bumped (Release, under the lock) after every mutation. Readers that
    /// cached a lookup result re-validate it with one Acquire load and no
    /// lock (`Vm::dict_get_str_cached`).
    pub version: AtomicU64,
}

// SAFETY: `table` is only accessed under the object's mutex, or by the only
// thread holding a reference (`with_table`, `with_table_for_insert`).
unsafe impl Sync for PyDict {}
// SAFETY: the table holds only Send values.
unsafe impl Send for PyDict {}

impl PyPayload for PyDict {
    const CONTAINER: bool = true;
    fn gc_clear(obj: &Py<Self>) {
        obj.clear();
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Only called with the world stopped (the collector) or on an
        // unshared object: no concurrent mutation.
        // SAFETY: see above.
        let t = unsafe { &*self.table.get() };
        for e in &t.entries {
            if !e.key.is_null() {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: UnsafeCell::new(DictTable::default()),
            version: AtomicU64::new(0),
        }
    }

    pub fn new_ref() -> PyRef<PyDict> {
        PyRef::new_in(PyDict::new(), crate::objects::types::dict_type())
    }
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

/// What `lookup` found.
enum Found {
    At(usize),
    Absent,
}

impl Py<PyDict> {
    /// Run `f` on the table with the dict's lock held. `f` must not run
    /// Python code, block, or drop values that might (return them instead).
    #[inline]
    pub fn with_table<R>(&self, f: impl FnOnce(&mut DictTable) -> R) -> R {
        self.locked(|| self.table_op(f))
    }

    /// `with_table` for inserting into a dict that is likely new (displays,
    /// comprehensions, `__init__` filling an instance dict): no lock when
    /// the calling thread holds the only reference.
    #[inline]
    fn with_table_for_insert<R>(&self, f: impl FnOnce(&mut DictTable) -> R) -> R {
        self.locked_unless_unique(|| self.table_op(f))
    }

    /// Run `f` on the table; bump the version if it changed. Called with
    /// the lock held or a unique reference.
    #[inline(always)]
    fn table_op<R>(&self, f: impl FnOnce(&mut DictTable) -> R) -> R {
        // SAFETY: the caller holds the object mutex or the only reference,
        // and every access to the table goes through here.
        let t = unsafe { &mut *self.payload.table.get() };
        let before = t.version;
        let r = f(t);
        if t.version != before {
            let v = self.payload.version.load(Ordering::Relaxed);
            self.payload.version.store(v + 1, Ordering::Release);
        }
        r
    }

    pub fn len(&self) -> usize {
        self.with_table(|t| t.used)
    }

    /// The change counter, for validating a cached read (Acquire: pairs
    /// with the Release bump after a change).
    #[inline]
    pub fn version(&self) -> u64 {
        self.payload.version.load(Ordering::Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Locate `key`; on return the table may have changed again, so callers
    /// re-check under the lock with `Found`'s identity.
    fn lookup(&self, key: &Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<(Found, Value)> {
        loop {
            let (result, version) = self.with_table(|t| (t.find_native(key, hash), t.version));
            match result {
                Ok(Some(pos)) => return Ok((Found::At(pos), Value::Null)),
                Ok(None) => return Ok((Found::Absent, Value::Null)),
                Err(candidates) => {
                    let mut matched = None;
                    for c in candidates {
                        if eq.key_eq(&c, key)? {
                            matched = Some(c);
                            break;
                        }
                    }
                    let Some(m) = matched else {
                        if self.with_table(|t| t.version) == version {
                            return Ok((Found::Absent, Value::Null));
                        }
                        continue;
                    };
                    if let Some(pos) = self.with_table(|t| t.find_identity(&m, hash)) {
                        return Ok((Found::At(pos), m));
                    }
                    // The matching key was removed meanwhile: start again.
                }
            }
        }
    }

    pub fn get_item(&self, key: &Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<Option<Value>> {
        loop {
            let (found, matched) = self.lookup(key, hash, eq)?;
            let Found::At(pos) = found else {
                return Ok(None);
            };
            let r = self.with_table(|t| {
                let e = t.entries.get(pos)?;
                if e.key.is_null() || (!matched.is_null() && !e.key.is(&matched)) {
                    return None;
                }
                Some(e.value.clone())
            });
            if r.is_some() || matched.is_null() {
                return Ok(r);
            }
        }
    }

    pub fn set_item(
        &self,
        key: Value,
        hash: i64,
        value: Value,
        eq: &mut dyn KeyEq,
    ) -> PyResult<()> {
        let (found, matched) = self.lookup(&key, hash, eq)?;
        let old = self.with_table_for_insert(|t| {
            let pos = match found {
                Found::At(_) if !matched.is_null() => t.find_identity(&matched, hash),
                Found::At(_) | Found::Absent => t.find_native(&key, hash).ok().flatten(),
            };
            match pos {
                Some(p) => Some(t.replace(p, value)),
                None => {
                    t.push_new(key, hash, value);
                    None
                }
            }
        });
        drop(old);
        Ok(())
    }

    /// Remove `key`; returns its value if present.
    pub fn pop_item(&self, key: &Value, hash: i64, eq: &mut dyn KeyEq) -> PyResult<Option<Value>> {
        Ok(self.pop_entry(key, hash, eq)?.map(|(_k, v)| v))
    }

    /// Remove `key`; returns the stored key and its value if present.
    pub fn pop_entry(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut dyn KeyEq,
    ) -> PyResult<Option<(Value, Value)>> {
        let (found, matched) = self.lookup(key, hash, eq)?;
        if let Found::Absent = found {
            return Ok(None);
        }
        let removed = self.with_table(|t| {
            let pos = if matched.is_null() {
                t.find_native(key, hash).ok().flatten()
            } else {
                t.find_identity(&matched, hash)
            };
            pos.map(|p| t.remove_at(p))
        });
        Ok(removed)
    }

    // ===== String-keyed access (names: globals, attributes) =====

    #[inline]
    pub fn get_str(&self, key: &Py<PyStr>) -> Option<Value> {
        self.with_table(|t| t.find_str(key).map(|p| t.entries[p].value.clone()))
    }

    pub fn set_str(&self, key: &Py<PyStr>, value: Value) {
        let old = self.with_table_for_insert(|t| match t.find_str(key) {
            Some(p) => Some(t.replace(p, value)),
            None => {
                t.push_new(key.to_value(), key.hash_value(), value);
                None
            }
        });
        drop(old);
    }

    pub fn del_str(&self, key: &Py<PyStr>) -> Option<Value> {
        let removed = self.with_table(|t| t.find_str(key).map(|p| t.remove_at(p)));
        removed.map(|(_k, v)| v)
    }

    // ===== Whole-dict operations =====

    pub fn keys(&self) -> Vec<Value> {
        self.with_table(|t| {
            t.entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| e.key.clone())
                .collect()
        })
    }

    pub fn values(&self) -> Vec<Value> {
        self.with_table(|t| {
            t.entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| e.value.clone())
                .collect()
        })
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.with_table(|t| {
            t.entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    /// (hash, key, value) triples, for copying into another dict.
    pub fn entries(&self) -> Vec<(i64, Value, Value)> {
        self.with_table(|t| {
            t.entries
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    /// Insert entries known to have distinct keys not yet present (copying).
    pub fn extend_new(&self, entries: Vec<(i64, Value, Value)>) {
        self.with_table(|t| {
            for (h, k, v) in entries {
                t.push_new(k, h, v);
            }
        });
    }

    /// Iteration step: the live entry at or after `pos`, with the next position.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.with_table(|t| t.next_entry(pos).map(|(n, k, v)| (n, k.clone(), v.clone())))
    }

    /// Reverse iteration step: the live entry before `pos`, with its index.
    pub fn entry_before(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.with_table(|t| t.prev_entry(pos).map(|(n, k, v)| (n, k.clone(), v.clone())))
    }

    /// The number of entry slots (live or deleted): where reverse iteration starts.
    pub fn entry_slots(&self) -> usize {
        self.with_table(|t| t.entries.len())
    }

    pub fn clear(&self) {
        let old = self.with_table(|t| {
            let version = t.version;
            let old = std::mem::take(t);
            t.version = version + 1;
            old
        });
        drop(old);
    }

    /// Remove and return the last inserted pair.
    pub fn popitem(&self) -> Option<(Value, Value)> {
        self.with_table(|t| {
            let pos = t.entries.iter().rposition(|e| !e.key.is_null())?;
            Some(t.remove_at(pos))
        })
    }

    pub fn copy(&self) -> PyRef<PyDict> {
        let d = PyDict::new_ref();
        d.extend_new(self.entries());
        d
    }
}
