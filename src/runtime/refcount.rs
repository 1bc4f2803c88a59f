//! Biased reference counting (PEP 703; CPython Include/object.h,
//! Objects/object.c `_Py_DecRefShared`, `_Py_MergeZeroLocalRefcount`).
//!
//! Each object has two counts. The owner thread (`header.tid`) updates
//! `ref_local` with plain relaxed load/store: no atomic read-modify-write.
//! Every other thread updates `ref_shared` atomically. The true count is
//! `ref_local + (ref_shared >> SHARED_SHIFT)`; either half alone may be zero or
//! (the shared half) negative while the object lives.
//!
//! `ref_shared` low bits:
//!
//! | flags | state    | meaning                                                   |
//! |-------|----------|-----------------------------------------------------------|
//! | 0b00  | default  | owner alive and counting locally                          |
//! | 0b01  | WEAKREFS | as default, but the object may have weak references: a    |
//! |       |          | non-owner may `try_incref` it, so the owner's last decref |
//! |       |          | must go through the CAS (CPython `_Py_REF_MAYBE_WEAKREF`)  |
//! | 0b10  | QUEUED   | a non-owner's decref found the shared count at zero and   |
//! |       |          | queued the object to its owner (the queue holds that ref) |
//! | 0b11  | MERGED   | counts merged into `ref_shared`; `tid` is 0, local unused |
//!
//! Protocol:
//! - owner decref to `ref_local == 0`: if `ref_shared == 0` the object is dead;
//!   otherwise set MERGED (clearing `tid`), and it is dead if the shared count
//!   is then zero.
//! - non-owner decref: if `ref_shared` is 0 (count 0, no flag but WEAKREFS) the
//!   decref is handed to the owner: set QUEUED, push to the owner's queue
//!   (`runtime::brc`); otherwise subtract one (possibly going negative). If the
//!   result is "MERGED with count 0", the object is dead.
//! - the owner merges its queue at safe points and at exit: the merged count
//!   is `local + shared - 1`; zero means dead.
//!
//! - `try_incref` (weak references, `runtime::weakref`): the owner adds to
//!   its local count unless it is 0; a non-owner CASes `ref_shared` up
//!   unless it is exactly 0 or exactly MERGED (count 0). Both cases that
//!   fail are the states a dead object is in; a live object with weak
//!   references is never in them, because the WEAKREFS flag makes its word
//!   nonzero until it merges. The CAS orders it against the owner's merge
//!   CAS: either the increment lands first (the merge sees a count and the
//!   object lives) or the merge does (MERGED with count 0: the try fails).
//!
//! Deferred objects (`ref_local = DEFERRED | index`, `runtime::deferred`)
//! leave all of this: every thread counts them in its own slot, and only
//! the cycle collector frees them. Immortal ones are not counted at all.
//!
//! Functions here never free: they return `true` when the caller must
//! deallocate, so this module needs no knowledge of object layouts.
//!
//! In the GIL build only the owner path exists: one thread runs at a time and
//! the GIL hand-off orders every count update.

use crate::object::header::{ObjectHeader, DEFERRED, IMMORTAL};
use crate::runtime::sync::{self, thread_id, Ordering, GIL_BUILD};

pub const SHARED_SHIFT: u32 = 2;
pub const FLAG_MASK: isize = 0b11;
pub const MAYBE_WEAKREF: isize = 0b01;
pub const QUEUED: isize = 0b10;
pub const MERGED: isize = 0b11;
const ONE_SHARED: isize = 1 << SHARED_SHIFT;

/// What a non-owner decref asks its caller to do.
#[derive(Debug, PartialEq, Eq)]
pub enum SharedDecref {
    Done,
    /// The count reached zero: deallocate.
    Dealloc,
    /// Hand the object to its owner's merge queue (the queue owns this ref).
    Queue,
}

#[inline(always)]
fn is_owner(h: &ObjectHeader) -> bool {
    GIL_BUILD || h.tid.load(Ordering::Relaxed) == thread_id()
}

/// Count `delta` on an immortal (nothing to count) or deferred object: in
/// the calling thread's slot for it (`runtime::deferred`), or, when the
/// thread has none, on the shared count. No call on this path (see
/// `runtime::deferred::slots`).
#[inline(always)]
fn count_uncontended(h: &ObjectHeader, local: u32, delta: isize) {
    if local == IMMORTAL {
        return;
    }
    let slots = sync::deferred_slots();
    // SAFETY: a thread's slots live until it uninstalls them
    // (`runtime::deferred::close_thread`).
    if slots.is_null() || !unsafe { &*slots }.add((local & !DEFERRED) as usize, delta) {
        count_shared_deferred(h, delta);
    }
}

/// A deferred object's count from a thread without a slot for it. This
/// may empty the shared count under a non-owner that read `ref_local`
/// before the deferral and decrefs the old way; that decref must then see
/// the object deferred and leave it to the collector (`decref_shared`).
/// So: Acquire (the fence, after our load of the marker) pairs with the
/// Release that stored it, and our Release RMW heads a release sequence
/// that such a decref's Acquire CAS reads from: the marker's store
/// happens before that decref's second look.
#[inline(always)]
fn count_shared_deferred(h: &ObjectHeader, delta: isize) {
    sync::fence(Ordering::Acquire);
    h.ref_shared
        .fetch_add(delta << SHARED_SHIFT, Ordering::Release);
}

#[inline(always)]
pub fn incref(h: &ObjectHeader) {
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= DEFERRED {
        count_uncontended(h, local, 1);
        return;
    }
    if is_owner(h) {
        h.ref_local.store(local + 1, Ordering::Relaxed);
    } else {
        // Relaxed: an incref needs no ordering; the decref that may free
        // synchronizes through the Release/Acquire pair below.
        h.ref_shared.fetch_add(ONE_SHARED, Ordering::Relaxed);
    }
}

/// Drop one reference. `Dealloc` means the object is dead; `Queue` means the
/// caller must pass it to `brc::queue_object`.
#[inline(always)]
pub fn decref(h: &ObjectHeader) -> SharedDecref {
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= DEFERRED {
        // A deferred object is freed only by the cycle collector.
        count_uncontended(h, local, -1);
        return SharedDecref::Done;
    }
    if is_owner(h) {
        let local = local - 1;
        h.ref_local.store(local, Ordering::Relaxed);
        if local != 0 {
            return SharedDecref::Done;
        }
        // Acquire: pairs with the Release CAS of non-owner decrefs, so their
        // accesses to the object happen before a dealloc here. Most objects
        // never leave their thread, so the merge is rarely needed.
        if GIL_BUILD || h.ref_shared.load(Ordering::Acquire) == 0 || merge_zero_local(h) {
            return SharedDecref::Dealloc;
        }
        SharedDecref::Done
    } else {
        decref_shared(h)
    }
}

/// The owner's local count reached zero while other threads hold or held
/// references. Returns true when the object is dead.
#[cold]
fn merge_zero_local(h: &ObjectHeader) -> bool {
    // Acquire: as in `decref`.
    let mut shared = h.ref_shared.load(Ordering::Acquire);
    if shared == 0 {
        return true;
    }
    // From here on no thread is the owner: every count goes to `ref_shared`.
    h.tid.store(0, Ordering::Relaxed);
    loop {
        let new = (shared & !FLAG_MASK) | MERGED;
        match h
            .ref_shared
            .compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => return new == MERGED,
            Err(actual) => shared = actual,
        }
    }
}

#[cold]
fn decref_shared(h: &ObjectHeader) -> SharedDecref {
    let mut shared = h.ref_shared.load(Ordering::Relaxed);
    loop {
        let queue = shared == 0 || shared == MAYBE_WEAKREF;
        // Queueing does not subtract: the queue holds this reference until
        // the owner merges it.
        let new = if queue { QUEUED } else { shared - ONE_SHARED };
        // Release: publishes this thread's uses of the object to whoever
        // deallocates it (Acquire in merge_zero_local / explicit_merge).
        match h
            .ref_shared
            .compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Relaxed)
        {
            Ok(_) if queue => return SharedDecref::Queue,
            // Unless it was deferred meanwhile (see `count_shared_deferred`).
            Ok(_) if new == MERGED && h.ref_local.load(Ordering::Relaxed) < DEFERRED => {
                return SharedDecref::Dealloc
            }
            Ok(_) => return SharedDecref::Done,
            Err(actual) => shared = actual,
        }
    }
}

/// Merge both counts into `ref_shared` plus `extra`, mark MERGED and clear the
/// owner. Returns the merged count (0 means the caller must deallocate).
/// Called by the owner for its queued objects, by anyone for objects whose
/// owner has exited, and at thread exit.
pub fn explicit_merge(h: &ObjectHeader, extra: isize) -> isize {
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= DEFERRED {
        // Deferred by its owner after it was queued: the queue's reference
        // (`extra`) goes to the shared count; only the collector frees it.
        if local != IMMORTAL {
            h.ref_shared
                .fetch_add(extra << SHARED_SHIFT, Ordering::Relaxed);
        }
        return 1;
    }
    let mut shared = h.ref_shared.load(Ordering::Acquire);
    loop {
        let count = (shared >> SHARED_SHIFT) + h.ref_local.load(Ordering::Relaxed) as isize + extra;
        let new = (count << SHARED_SHIFT) | MERGED;
        match h
            .ref_shared
            .compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => {
                h.ref_local.store(0, Ordering::Relaxed);
                h.tid.store(0, Ordering::Relaxed);
                return count;
            }
            Err(actual) => shared = actual,
        }
    }
}

/// Take a new reference unless the object is already dead (its count
/// reached zero): CPython's `_Py_TryIncref`. Only sound when the object's
/// memory cannot be freed meanwhile (`runtime::weakref` holds the stripe
/// lock its deallocation must take) and when the object was marked with
/// `set_maybe_weakref` while a reference to it was held.
pub fn try_incref(h: &ObjectHeader) -> bool {
    let local = h.ref_local.load(Ordering::Relaxed);
    if local >= DEFERRED {
        count_uncontended(h, local, 1);
        return true;
    }
    if is_owner(h) {
        // Local 0 with us as owner: its last decref is running on this
        // very thread (a merged object has no owner).
        if local == 0 {
            return false;
        }
        h.ref_local.store(local + 1, Ordering::Relaxed);
        return true;
    }
    let mut shared = h.ref_shared.load(Ordering::Relaxed);
    loop {
        if shared == 0 || shared == MERGED {
            return false;
        }
        // Relaxed suffices for the success (as incref); the object's
        // memory is kept by the caller's lock, not by this ordering.
        match h.ref_shared.compare_exchange_weak(
            shared,
            shared + ONE_SHARED,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            Ok(_) => return true,
            Err(actual) => shared = actual,
        }
    }
}

/// Flag a live object as possibly weakly referenced (`MAYBE_WEAKREF`), so
/// that its owner's last decref takes the CAS path that `try_incref`
/// synchronizes with. The caller holds a reference. CPython's
/// `_PyObject_SetMaybeWeakref`.
pub fn set_maybe_weakref(h: &ObjectHeader) {
    if GIL_BUILD || h.ref_local.load(Ordering::Relaxed) >= DEFERRED {
        return;
    }
    let mut shared = h.ref_shared.load(Ordering::Relaxed);
    loop {
        if shared & FLAG_MASK != 0 {
            // Already flagged, queued or merged: the owner's fast path
            // (`shared == 0`) is closed either way.
            return;
        }
        match h.ref_shared.compare_exchange_weak(
            shared,
            shared | MAYBE_WEAKREF,
            Ordering::Relaxed,
            Ordering::Relaxed,
        ) {
            Ok(_) => return,
            Err(actual) => shared = actual,
        }
    }
}

/// Give a dead object (count zero, about to be deallocated) one reference
/// owned by the calling thread again: a finalizer resurrects it to run
/// `__del__`. `weakrefs` keeps the MAYBE_WEAKREF flag. The caller must
/// exclude concurrent `try_incref` (the weakref stripe lock).
pub fn resurrect(h: &ObjectHeader, current_thread: usize, weakrefs: bool) {
    h.tid.store(current_thread, Ordering::Relaxed);
    h.ref_local.store(1, Ordering::Relaxed);
    let flags = if weakrefs && !GIL_BUILD {
        MAYBE_WEAKREF
    } else {
        0
    };
    // Release: a try_incref that sees the flag sees the owner's fields.
    h.ref_shared.store(flags, Ordering::Release);
}

/// Does the calling thread hold the only reference? (CPython's
/// `_PyObject_IsUniquelyReferenced`.) True when it owns the object with a
/// local count of 1 and no shared count. Any thread using an object holds a
/// counted reference of its own, so then no other thread can reach it, and
/// an object lock would protect nothing. The Acquire load pairs with the
/// AcqRel decref of the last non-owner to let go, so that thread's uses of
/// the object happen before ours.
#[inline]
pub fn is_unique_to_current_thread(h: &ObjectHeader) -> bool {
    !GIL_BUILD
        && h.tid.load(Ordering::Relaxed) == thread_id()
        && h.ref_local.load(Ordering::Relaxed) == 1
        && h.ref_shared.load(Ordering::Acquire) == 0
}

/// The total count (racy by nature): for a deferred object, the shared
/// part only, which is all of it once the collector has merged every
/// thread's slots (`runtime::deferred::merge_all`).
pub fn total(h: &ObjectHeader) -> isize {
    let local = h.ref_local.load(Ordering::Relaxed);
    let shared = h.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT;
    match local {
        IMMORTAL => u32::MAX as isize,
        DEFERRED.. => shared,
        _ => local as isize + shared,
    }
}
