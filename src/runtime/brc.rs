//! Biased-refcount merge queues (CPython Python/brc.c).
//!
//! When a non-owner's decref finds an object's shared count at zero it cannot
//! tell whether the object is dead (the owner's local count is unknown to it),
//! so it marks the object QUEUED and gives it to the owner through that
//! thread's `BrcQueue`. The queue holds the reference that decref would have
//! dropped. The owner drains its queue at safe points (the eval loop's breaker
//! check) and when it exits, merging both counts minus that reference; an
//! object whose merged count is zero is deallocated there.
//!
//! Invariants:
//! - only the owner thread calls `merge`; any thread may `push`;
//! - an object is in at most one queue at a time (QUEUED is set once, by the
//!   CAS in `refcount::decref_shared`, and only from the 0 state).
//!
//! Finding the owner's queue from `tid`, and handling an owner that is gone,
//! is the thread registry's job (`runtime::thread`).

use crate::object::header::ObjectHeader;
use crate::runtime::refcount::explicit_merge;
use crate::runtime::sync::{AtomicBool, Mutex, Ordering};

/// A raw object pointer parked in a queue.
#[derive(Clone, Copy)]
pub struct QueuedObject(pub *const ObjectHeader);
// SAFETY: a queued object is kept alive by the reference the queue holds; the
// pointer is only dereferenced by the owner while merging.
unsafe impl Send for QueuedObject {}

pub struct BrcQueue {
    objects: Mutex<Vec<QueuedObject>>,
    /// Set by `push`, cleared by `merge`: the cheap "anything to do?" check.
    pending: AtomicBool,
}

impl Default for BrcQueue {
    fn default() -> Self {
        Self::new()
    }
}

impl BrcQueue {
    pub fn new() -> Self {
        BrcQueue {
            objects: Mutex::new(Vec::new()),
            pending: AtomicBool::new(false),
        }
    }

    /// Give a QUEUED object (and one reference to it) to this queue's owner.
    pub fn push(&self, obj: QueuedObject) {
        self.objects.lock().push(obj);
        // Release: pairs with the Acquire in `has_pending`, so the owner that
        // sees the flag also sees the pushed entry (the mutex orders it too).
        self.pending.store(true, Ordering::Release);
    }

    #[inline]
    pub fn has_pending(&self) -> bool {
        self.pending.load(Ordering::Acquire)
    }

    /// Owner only: merge every queued object; `dealloc` receives the dead ones.
    pub fn merge(&self, mut dealloc: impl FnMut(QueuedObject)) {
        self.pending.store(false, Ordering::Relaxed);
        let batch = std::mem::take(&mut *self.objects.lock());
        for obj in batch {
            // SAFETY: the queue's reference keeps the object alive until this
            // merge drops it.
            let header = unsafe { &*obj.0 };
            if explicit_merge(header, -1) == 0 {
                dealloc(obj);
            }
        }
    }
}
