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
//! touched: singletons, interned strings, builtin types, code constants, and
//! (until the cycle collector exists) deferred-refcount objects.
//!
//! This file knows nothing of types or payloads: `ob_type` is opaque here and
//! the object layer (`object/pyref.rs`) gives it meaning. That keeps the
//! refcount and brc protocols testable under loom with a bare header.

use crate::runtime::bias::{BIASED, UNBIASED};
use crate::runtime::mutex::RawObjMutex;
use crate::runtime::sync::{
    self, AtomicIsize, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize, Ordering, GIL_BUILD,
};

/// `ref_local` value of an immortal object.
pub const IMMORTAL: u32 = u32::MAX;

/// `gc_bits`: the object's refcount is deferred (PEP 703): it is treated as
/// immortal by the eval loop and reclaimed only by the cycle collector.
pub const GC_DEFERRED: u8 = 1 << 0;
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

    /// Mark the refcount deferred: the eval loop stops counting references to
    /// it. Without the cycle collector that means it lives to process exit.
    /// Only for an object no other thread can see yet; see `defer_shared`.
    pub fn make_deferred(&self) {
        self.gc_bits.fetch_or(GC_DEFERRED, Ordering::Relaxed);
        self.ref_local.store(IMMORTAL, Ordering::Relaxed);
    }

    /// Defer the refcount of an object other threads may be counting
    /// already, if the calling thread may: it must own the object or no
    /// thread may (merged counts), and it must hold a reference.
    ///
    /// Why this is sound: the owner updates `ref_local` with a plain load
    /// and store, so only the owner may write `IMMORTAL` there (from another
    /// thread the owner's next store could revert it, after some thread
    /// skipped an incref on seeing it: a premature free). Once written it
    /// is never reverted (`explicit_merge` leaves such objects alone). A
    /// non-owner that read the old value counts on `ref_shared` as before;
    /// if it sees `IMMORTAL` by the time it decrefs, its increment is simply
    /// never taken back, so counts err only upward (kept alive, never freed
    /// early). The caller's own reference keeps the object alive meanwhile.
    pub fn defer_shared(&self, current_thread: usize) -> bool {
        let owner = self.tid.load(Ordering::Relaxed);
        if owner != current_thread && owner != 0 {
            return false;
        }
        if !self.is_immortal() {
            self.make_deferred();
        }
        true
    }
}
