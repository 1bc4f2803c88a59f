//! The PEP 703 object header that starts every heap object.
//!
//! Layout (32 bytes, as CPython's free-threaded `PyObject`):
//!
//! | offset | field        | who writes it                                   |
//! |--------|--------------|-------------------------------------------------|
//! | 0      | `tid`        | allocating thread; cleared (0) when merged      |
//! | 8      | `bias`       | allocation (BIASED); revokers (`runtime::bias`) |
//! | 9      | padding (1)  |                                                 |
//! | 10     | `mutex`      | any thread: the per-object lock (`runtime::mutex`) |
//! | 11     | `gc_bits`    | allocation and (later) the cycle collector      |
//! | 12     | `ref_local`  | the owner thread only (relaxed load + store)    |
//! | 16     | `ref_shared` | any thread (atomic add / CAS); low 2 bits flags |
//! | 24     | `ob_type`    | set at allocation                               |
//!
//! `ref_local == IMMORTAL` marks an object whose reference count is never
//! touched: singletons, interned strings, builtin types, code constants.
//! `ref_local == DEFERRED | index` marks a deferred object (PEP 703): each
//! thread counts its references in its own slot `index`
//! (`runtime::deferred`), and only the cycle collector frees it.
//!
//! This file knows nothing of types or payloads: `ob_type` is opaque here and
//! the object layer (`object/pyref.rs`) gives it meaning. That keeps the
//! refcount and brc protocols testable under loom with a bare header.

use crate::runtime::bias::{BIASED, UNBIASED};
use crate::runtime::mutex::RawObjMutex;
use crate::runtime::refcount::{MERGED, SHARED_SHIFT};
use crate::runtime::sync::{
    self, AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering, GIL_BUILD,
};

/// `ref_local` value of an immortal object.
pub const IMMORTAL: u32 = u32::MAX;

/// `ref_local` of a deferred object: this bit, or'd with its index in
/// `runtime::deferred`'s table (an owner's count never gets this high).
pub const DEFERRED: u32 = 1 << 31;

/// `gc_bits`: `gc.freeze()` moved the container to the permanent
/// generation: the collector ignores it (what it refers to stays alive).
pub const GC_FROZEN: u8 = 1 << 0;
/// `gc_bits`: the object is a container the cycle collector must traverse.
pub const GC_TRACKED: u8 = 1 << 1;
/// `gc_bits`: `__del__` has run (PEP 442: never twice, even if the object
/// was resurrected). CPython's `_PyGC_BITS_FINALIZED`.
pub const GC_FINALIZED: u8 = 1 << 2;
/// `gc_bits`: the object has (had) weak references listed in
/// `runtime::weakref`'s table; its deallocation must clear them.
pub const GC_WEAKREFS: u8 = 1 << 3;

#[repr(C)]
pub struct ObjectHeader {
    /// Owning thread (`sync::thread_id()` of the allocator), 0 when none.
    pub tid: AtomicUsize,
    /// Whether the owner may skip the object lock (`runtime::bias`).
    pub bias: AtomicU8,
    _padding: u8,
    /// One-byte per-object lock.
    pub mutex: RawObjMutex,
    pub gc_bits: AtomicU8,
    /// Owner-only count; `IMMORTAL` for immortal objects.
    pub ref_local: AtomicU32,
    /// `count << SHARED_SHIFT | flags` (see `runtime::refcount`).
    pub ref_shared: AtomicIsize,
    /// The object's type, opaque to the runtime layer. Atomic so start-up
    /// can patch the first objects' types and `__class__` can be assigned;
    /// reads are relaxed loads (plain moves).
    pub ob_type: AtomicPtr<()>,
}

impl ObjectHeader {
    /// A header for a new object owned by the calling thread with one reference.
    pub fn new(ob_type: *const (), owner: usize) -> Self {
        ObjectHeader {
            tid: AtomicUsize::new(owner),
            bias: AtomicU8::new(if owner != 0 && !GIL_BUILD && sync::bias_new_objects() {
                BIASED
            } else {
                UNBIASED
            }),
            _padding: 0,
            mutex: RawObjMutex::new(),
            gc_bits: AtomicU8::new(0),
            ref_local: AtomicU32::new(1),
            ref_shared: AtomicIsize::new(0),
            ob_type: AtomicPtr::new(ob_type as *mut ()),
        }
    }

    /// A header for an object that is never freed.
    pub fn new_immortal(ob_type: *const ()) -> Self {
        let h = Self::new(ob_type, 0);
        h.ref_local.store(IMMORTAL, Ordering::Relaxed);
        h
    }

    #[inline(always)]
    pub fn ob_type(&self) -> *const () {
        self.ob_type.load(Ordering::Relaxed)
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == IMMORTAL
    }

    /// Make the object immortal. Only valid while no other thread can see it
    /// (the count is overwritten, not merged).
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL, Ordering::Relaxed);
    }

    #[inline(always)]
    pub fn is_deferred(&self) -> bool {
        let local = self.ref_local.load(Ordering::Relaxed);
        local >= DEFERRED && local != IMMORTAL
    }

    /// The object's index in `runtime::deferred`'s table, if deferred.
    pub fn deferred_index(&self) -> Option<u32> {
        self.is_deferred()
            .then(|| self.ref_local.load(Ordering::Relaxed) & !DEFERRED)
    }

    /// Defer the refcount under table index `index`: the owner's count
    /// moves to the shared count, and from now on every thread counts in
    /// its own slot. Only by the owner, or by anyone when the object has
    /// none (merged counts: `ref_local` is unused); see `defer_shared`.
    pub fn make_deferred(&self, index: u32) {
        let local = self.ref_local.load(Ordering::Relaxed);
        debug_assert!(local < DEFERRED && index < DEFERRED);
        if local != 0 {
            self.ref_shared
                .fetch_add((local as isize) << SHARED_SHIFT, Ordering::Relaxed);
        }
        // Release: see `refcount::count_shared_deferred`.
        self.ref_local.store(DEFERRED | index, Ordering::Release);
    }

    /// Defer the refcount of an object other threads may be counting
    /// already, if the calling thread may: it must own the object or no
    /// thread may (merged counts), and it must hold a reference. False
    /// (and nothing done) otherwise, or if it is immortal or deferred.
    ///
    /// Why this is sound: the owner updates `ref_local` with a plain load
    /// and store, so only the owner may write it (from another thread the
    /// owner's next store could revert it). A non-owner that read the old
    /// value counts on `ref_shared` as before, which stays part of the
    /// count. Such a stale decref may find `ref_shared` emptied only after
    /// a thread without slots decremented it the deferred way, which makes
    /// the marker visible to it (`refcount::count_shared_deferred`): it
    /// then leaves the object to the collector. A stale decref that queues
    /// the object to its owner is folded back by `explicit_merge`.
    pub fn defer_shared(&self, current_thread: usize, index: u32) -> bool {
        let owner = self.tid.load(Ordering::Relaxed);
        if owner != current_thread && owner != 0 {
            return false;
        }
        if self.ref_local.load(Ordering::Relaxed) >= DEFERRED {
            return false;
        }
        self.make_deferred(index);
        true
    }

    /// Make a deferred object an ordinary one again, holding its count
    /// plus `extra`: on the shared count, merged (no owner), or in the GIL
    /// build, where every count is the owner's, on the local count. Only
    /// with the world stopped, after every thread's slots are merged.
    pub fn undefer(&self, extra: isize) {
        let count = (self.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT) + extra;
        self.tid.store(0, Ordering::Relaxed);
        if GIL_BUILD {
            self.ref_shared.store(0, Ordering::Relaxed);
            self.ref_local.store(count as u32, Ordering::Relaxed);
        } else {
            self.ref_local.store(0, Ordering::Relaxed);
            self.ref_shared
                .store((count << SHARED_SHIFT) | MERGED, Ordering::Relaxed);
        }
    }
}
