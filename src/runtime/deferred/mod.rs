//! Deferred reference counting (PEP 703), with the count kept per thread.
//!
//! The objects every thread reads (modules and their dicts, classes, the
//! functions and descriptors of module and class bodies, the module-level
//! objects shared when a thread starts) would otherwise have their counts
//! on one cache line written by every core. A deferred object gets an index
//! in this module's table and `ref_local = DEFERRED | index`; then every
//! thread, its owner included, counts its references to it in its own slot
//! `index` (`slots.rs`): a plain add in memory no other thread touches
//! while it runs. This is CPython 3.13's per-thread counting of heap types
//! (`_Py_THREAD_INCREF_OBJECT`) applied to all deferred objects; it counts
//! the references on thread stacks too, so no stack scan is needed.
//!
//! Protocol:
//! - The true count is `ref_shared >> SHARED_SHIFT` plus every thread's
//!   slot; any part may be negative (one thread increfs, another decrefs).
//! - A decref never frees a deferred object. The cycle collector, with the
//!   world stopped, folds every thread's slots into `ref_shared`
//!   (`merge_all`): counts are then exact. A deferred object whose count
//!   is zero (`take_dead`), or one in unreachable garbage (`undefer`), is
//!   made an ordinary object again (`ObjectHeader::undefer`) and its index
//!   is released; it dies as any garbage does.
//! - An index is reused only after that release: every slot for it is then
//!   zero (just merged) and no thread can reach the old object, so no
//!   slot ever mixes two objects' counts.
//! - A thread gets slots when it registers (`open_thread`). When it exits
//!   (`close_thread`), it folds its slots into the shared counts (atomic
//!   adds; it is still attached, so no collection runs meanwhile) and
//!   uninstalls them: counts it makes later (thread-local destructors),
//!   counts of threads without slots, and counts of an index past a
//!   thread's slots (handed out by another thread since the last
//!   collection grew them) go to `ref_shared`, which is always correct.
//!
//! Lock order: the table lock is a leaf, never held across Python code or a
//! safe point, so a collector that stops the world never waits for it.

pub mod slots;

use std::sync::OnceLock;

use crate::object::header::ObjectHeader;
use crate::runtime::refcount::SHARED_SHIFT;
use crate::runtime::sync::{self, Mutex, MutexGuard, Ordering};
use slots::ThreadSlots;

#[derive(Default)]
struct Table {
    /// Index → the deferred object's header address; 0 when free.
    objects: Vec<usize>,
    free: Vec<u32>,
    /// The slots of every thread between `open_thread` and `close_thread`.
    threads: Vec<Box<ThreadSlots>>,
}

fn table() -> MutexGuard<'static, Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(Table::default())).lock()
}

impl Table {
    fn object(&self, index: u32) -> Option<&ObjectHeader> {
        let p = *self.objects.get(index as usize)?;
        // SAFETY: a listed object is alive: only `release` (world stopped,
        // before the object can die) unlists it.
        (p != 0).then(|| unsafe { &*(p as *const ObjectHeader) })
    }

    /// Fold one thread's slots into the shared counts.
    fn fold(&self, slots: &ThreadSlots) {
        slots.drain(&mut |i, v| {
            if let Some(h) = self.object(i) {
                h.ref_shared.fetch_add(v << SHARED_SHIFT, Ordering::Relaxed);
            }
        });
    }
}

/// Defer `h`'s refcount; it must not be visible to other threads yet.
pub fn make_deferred(h: &ObjectHeader) {
    if h.ref_local.load(Ordering::Relaxed) < crate::object::header::DEFERRED {
        let index = table().assign(h);
        h.make_deferred(index);
    }
}

/// `ObjectHeader::defer_shared` with an index from the table.
pub fn defer_shared(h: &ObjectHeader, current_thread: usize) -> bool {
    let mut t = table();
    let index = t.assign(h);
    let done = h.defer_shared(current_thread, index);
    if !done {
        t.release(index);
    }
    done
}

/// Grow the calling thread's slots to cover `len` indexes.
fn grow_mine(len: usize) {
    let mine = sync::deferred_slots();
    if !mine.is_null() {
        // SAFETY: installed on this thread, so alive; we are its owner.
        unsafe { &*mine }.grow_to(len);
    }
}

impl Table {
    /// An index for `h`; the calling thread's slots cover it (other
    /// threads' are grown by the next collection).
    fn assign(&mut self, h: &ObjectHeader) -> u32 {
        let p = h as *const ObjectHeader as usize;
        let i = match self.free.pop() {
            Some(i) => {
                self.objects[i as usize] = p;
                i
            }
            None => {
                self.objects.push(p);
                (self.objects.len() - 1) as u32
            }
        };
        grow_mine(self.objects.len());
        i
    }

    fn release(&mut self, index: u32) {
        self.objects[index as usize] = 0;
        self.free.push(index);
    }
}

/// Give the calling thread its slots (at registration).
pub fn open_thread() {
    let slots = Box::<ThreadSlots>::default();
    slots.install();
    let mut t = table();
    slots.grow_to(t.objects.len());
    t.threads.push(slots);
}

/// The calling thread is done counting: fold its slots into the shared
/// counts and drop them (see the module comment).
pub fn close_thread() {
    let mine = sync::deferred_slots();
    if mine.is_null() {
        return;
    }
    ThreadSlots::uninstall();
    let mut t = table();
    if let Some(at) = t.threads.iter().position(|s| std::ptr::eq(&**s, mine)) {
        let slots = t.threads.swap_remove(at);
        t.fold(&slots);
    }
}

/// Fold every thread's slots into the shared counts, and let them cover
/// every index handed out. World stopped.
pub fn merge_all() {
    let t = table();
    for s in &t.threads {
        t.fold(s);
        s.grow_to(t.objects.len());
    }
}

/// Make the deferred object `h` ordinary again with one more reference
/// (the caller's), releasing its index. World stopped, after `merge_all`.
pub fn undefer(h: &ObjectHeader) {
    if let Some(i) = h.deferred_index() {
        table().release(i);
        h.undefer(1);
    }
}

/// The deferred objects whose count is zero (nothing refers to them: an
/// ordinary object would have died at its last decref), each made ordinary
/// with one reference for the caller, who drops it to free them. World
/// stopped, after `merge_all`.
pub fn take_dead() -> Vec<*const ObjectHeader> {
    let mut t = table();
    let mut dead = Vec::new();
    for i in 0..t.objects.len() as u32 {
        let Some(h) = t.object(i) else { continue };
        if h.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT == 0 {
            h.undefer(1);
            dead.push(h as *const ObjectHeader);
            t.release(i);
        }
    }
    dead
}

/// The count of deferred `h` as the calling thread can know it, for
/// `sys.getrefcount`: the shared count and its own slot (other threads'
/// slots are theirs alone while they run; exact in a single thread).
pub fn total(h: &ObjectHeader) -> isize {
    let Some(i) = h.deferred_index() else {
        return crate::runtime::refcount::total(h);
    };
    let own = sync::deferred_slots();
    // SAFETY: installed on this thread, so alive while we use it.
    let slot = if own.is_null() {
        0
    } else {
        unsafe { &*own }.get(i)
    };
    crate::runtime::refcount::total(h) + slot
}
