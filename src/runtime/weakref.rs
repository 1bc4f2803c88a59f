//! The weak-reference protocol: where an object's weak references are
//! listed, and how a weak reference is turned into a strong one while the
//! referent may be dying on another thread (CPython 3.13t
//! Objects/weakrefobject.c: `LOCK_WEAKREFS`, `_PyWeakref_GET_REF`,
//! `_PyObject_SetMaybeWeakref`, `_Py_TryIncref`).
//!
//! The header has no room for a weak-reference list, so the lists live in a
//! process-wide table of `STRIPES` shards keyed by the referent's address;
//! each shard's mutex also guards the `WeakSlot`s (referent pointers) of the
//! weak references listed in it. An object gets the header bit
//! `GC_WEAKREFS` with its first weak reference; deallocation consults the
//! table only when the bit is set.
//!
//! Invariants:
//! - a slot is non-null only while its referent's memory is live: the
//!   referent's deallocation clears every slot of its list (`clear_referent`)
//!   under the shard lock before the memory is freed;
//! - a weak reference listed in the table is live: its own deallocation
//!   removes it from the list (`unlist`) under the shard lock first;
//! - the referent carries `MAYBE_WEAKREF` (`refcount::set_maybe_weakref`)
//!   from the first `attach` on, so its last decref goes through a CAS that
//!   `try_incref` synchronizes with (see `runtime::refcount`).
//!
//! Hence `WeakSlot::upgrade` is: read the slot; null means dead; else lock
//! the referent's shard (the lock is found from the address alone, no
//! dereference), re-read the slot (still set: the memory is live until we
//! unlock) and `try_incref`, which fails if the count has already reached
//! zero. A reader racing with the last decref gets either a strong
//! reference (and the object lives on) or nothing, never a dangling one.
//!
//! Lock discipline: shard locks are leaf locks; nothing is dropped, no
//! Python code runs and no other lock is taken while one is held.
//! `loom-tests/tests/weakref.rs` models the upgrade racing the last decref.

use std::collections::HashMap;
use std::ptr::NonNull;

use crate::object::header::{ObjectHeader, GC_WEAKREFS};
use crate::runtime::refcount;
use crate::runtime::sync::{AtomicPtr, Mutex, MutexGuard, Ordering};

/// Number of shards (a power of two).
pub const STRIPES: usize = 64;

/// One shard: referent address -> addresses of the weak references to it,
/// in CPython's list order (the caller decides where a new one goes).
pub type WeakLists = HashMap<usize, Vec<usize>>;

/// The sharded table of weak-reference lists.
pub struct WeakRegistry {
    shards: Vec<Mutex<WeakLists>>,
}

impl Default for WeakRegistry {
    fn default() -> Self {
        Self::new()
    }
}

impl WeakRegistry {
    pub fn new() -> Self {
        WeakRegistry {
            shards: (0..STRIPES).map(|_| Mutex::new(HashMap::new())).collect(),
        }
    }

    /// Lock the shard of the object at `addr` (which need not be live).
    pub fn lock(&self, addr: usize) -> MutexGuard<'_, WeakLists> {
        // Objects are at least 16-byte aligned: skip the zero bits.
        self.shards[(addr >> 4) & (STRIPES - 1)].lock()
    }

    /// Register a new weak reference `entry` to the live `referent` (the
    /// caller holds a strong reference): flag the referent, then let
    /// `insert` place the entry in its list, under the shard lock.
    pub fn attach<R>(
        &self,
        referent: &ObjectHeader,
        insert: impl FnOnce(&mut Vec<usize>) -> R,
    ) -> R {
        refcount::set_maybe_weakref(referent);
        referent.gc_bits.fetch_or(GC_WEAKREFS, Ordering::Relaxed);
        let addr = referent as *const ObjectHeader as usize;
        let mut shard = self.lock(addr);
        insert(shard.entry(addr).or_default())
    }

    /// The referent at `addr` is being deallocated: clear the slot of every
    /// weak reference to it (`visit` does that, under the shard lock, and
    /// may take strong references to the weak reference objects with
    /// `refcount::try_incref`), and forget the list.
    pub fn clear_referent(&self, addr: usize, mut visit: impl FnMut(usize)) {
        let mut shard = self.lock(addr);
        if let Some(list) = shard.remove(&addr) {
            for e in list {
                visit(e);
            }
        }
    }

    /// A weak reference `entry` to `referent` is being deallocated: take it
    /// out of the list, unless the referent's death already did.
    pub fn unlist(&self, slot: &WeakSlot, entry: usize) {
        let addr = slot.0.load(Ordering::Acquire) as usize;
        if addr == 0 {
            return;
        }
        let mut shard = self.lock(addr);
        // Re-read under the lock: a concurrent clear_referent may have won.
        if slot.0.load(Ordering::Relaxed) as usize != addr {
            return;
        }
        if let Some(list) = shard.get_mut(&addr) {
            list.retain(|&e| e != entry);
            if list.is_empty() {
                shard.remove(&addr);
            }
        }
    }

    /// Run `f` on the list of the object at `addr` (None if it has no
    /// weak references), under the shard lock.
    pub fn with_list<R>(&self, addr: usize, f: impl FnOnce(Option<&Vec<usize>>) -> R) -> R {
        f(self.lock(addr).get(&addr))
    }
}

/// A weak reference's pointer to its referent; null once the referent died.
/// Written only under the referent's shard lock.
pub struct WeakSlot(AtomicPtr<ObjectHeader>);

impl WeakSlot {
    pub fn new(referent: &ObjectHeader) -> Self {
        WeakSlot(AtomicPtr::new(
            referent as *const ObjectHeader as *mut ObjectHeader,
        ))
    }

    /// The referent's address, or null when it is dead. Only an identity:
    /// it must not be dereferenced (use `upgrade`).
    pub fn peek(&self) -> *const ObjectHeader {
        self.0.load(Ordering::Acquire)
    }

    /// A new strong reference to the referent, if it is still alive.
    pub fn upgrade(&self, reg: &WeakRegistry) -> Option<NonNull<ObjectHeader>> {
        let p = self.0.load(Ordering::Acquire);
        if p.is_null() {
            return None;
        }
        let _shard = reg.lock(p as usize);
        // Acquire: pairs with nothing racing (writes happen under the lock
        // we hold); the lock orders them.
        let p = NonNull::new(self.0.load(Ordering::Relaxed))?;
        // SAFETY: the slot is still set under the shard lock, so the
        // referent's deallocation has not cleared it, and it clears it under
        // this lock before freeing: the memory is live until we unlock.
        let h = unsafe { p.as_ref() };
        refcount::try_incref(h).then_some(p)
    }

    /// Clear the slot. The caller holds the referent's shard lock.
    pub fn clear_locked(&self) {
        self.0.store(std::ptr::null_mut(), Ordering::Release);
    }
}
