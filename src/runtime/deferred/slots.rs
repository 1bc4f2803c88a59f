//! One thread's counts of deferred objects (`runtime::deferred`).
//!
//! Slot `i` holds the thread's share of the count of the deferred object
//! with index `i`: what it added minus what it took away, negative when it
//! dropped references other threads took. The slots are plain memory that
//! only the owner thread touches while it runs: every incref and decref of
//! a deferred object is an add to it, found through a thread-local pointer
//! (`sync::deferred_slots`), with no atomic and no contention. Other
//! threads touch them only while the owner cannot count: the collector
//! with the world stopped (parking and resuming order the accesses), which
//! also grows them to cover every index handed out, and the owner's own
//! exit. A thread also grows its own when it hands out an index. An index
//! past the slots (a new object another thread deferred since) is counted
//! on the object's shared count instead, which is always correct, only
//! contended: the count path makes no call, since a call, even a cold one,
//! in the increfs inlined all over the eval loop made it twice as slow.

use std::cell::UnsafeCell;

use crate::runtime::sync;

#[derive(Default)]
pub struct ThreadSlots {
    slots: UnsafeCell<Vec<isize>>,
}

// SAFETY: the slots are touched by their owner while it runs, and by
// others only while it is stopped or gone (see above).
unsafe impl Send for ThreadSlots {}
unsafe impl Sync for ThreadSlots {}

impl ThreadSlots {
    /// Make these the calling thread's slots (it must own them until
    /// `uninstall`).
    pub fn install(&self) {
        sync::set_deferred_slots(self);
    }

    /// The calling thread stops counting in these slots.
    pub fn uninstall() {
        sync::set_deferred_slots(std::ptr::null());
    }

    /// Add `delta` to slot `index`; false when there is no such slot.
    /// Only the owner, while it runs.
    #[inline(always)]
    pub fn add(&self, index: usize, delta: isize) -> bool {
        // SAFETY: the owner is the only one touching the slots now.
        match unsafe { &mut *self.slots.get() }.get_mut(index) {
            Some(s) => {
                *s += delta;
                true
            }
            None => false,
        }
    }

    /// Cover indexes below `len` (the owner, or anyone while it is stopped).
    pub fn grow_to(&self, len: usize) {
        // SAFETY: see above.
        let v = unsafe { &mut *self.slots.get() };
        if v.len() < len {
            v.resize(len.next_power_of_two().max(64), 0);
        }
    }

    /// Slot `index` (the owner, or anyone while the owner is stopped).
    pub fn get(&self, index: u32) -> isize {
        // SAFETY: see above.
        unsafe { &*self.slots.get() }
            .get(index as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Take every nonzero slot's value, leaving zero: `f(index, value)`.
    /// Only while the owner cannot count (it is stopped, or is the caller).
    pub fn drain(&self, f: &mut dyn FnMut(u32, isize)) {
        // SAFETY: see above.
        for (i, slot) in unsafe { &mut *self.slots.get() }.iter_mut().enumerate() {
            if *slot != 0 {
                f(i as u32, std::mem::take(slot));
            }
        }
    }
}
