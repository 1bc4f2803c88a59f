//! One thread's counts of deferred objects (`runtime::deferred`).
//!
//! Slot `i` holds the thread's share of the count of the deferred object
//! with index `i`: what it added minus what it took away, negative when it
//! dropped references other threads took. The slots are plain memory that
//! only the owner thread touches while it runs: every incref and decref of
//! a deferred object is an add to it through the thread-local pointer and
//! length (`sync::deferred_slots`), with no atomic and no contention. Other
//! threads read them only while the owner cannot count: the collector with
//! the world stopped (parking and resuming order the accesses), a thread's
//! own exit. An index past the slots grows them (the owner reallocates,
//! nobody else looks meanwhile) or, for a thread without slots, goes to
//! the object's shared count, which is always correct, only contended.

use std::cell::UnsafeCell;

use crate::runtime::sync;

pub struct ThreadSlots {
    slots: UnsafeCell<Vec<isize>>,
}

// SAFETY: the slots are touched by their owner while it runs, and by
// others only while it is stopped or gone (see above).
unsafe impl Send for ThreadSlots {}
unsafe impl Sync for ThreadSlots {}

impl Default for ThreadSlots {
    fn default() -> Self {
        ThreadSlots {
            slots: UnsafeCell::new(Vec::new()),
        }
    }
}

impl ThreadSlots {
    /// Make these the calling thread's slots (it must own them until
    /// `uninstall`).
    pub fn install(&self) {
        sync::set_deferred_owner(self);
        self.publish();
    }

    /// The calling thread stops counting in these slots.
    pub fn uninstall() {
        sync::set_deferred_owner(std::ptr::null());
        sync::set_deferred_slots(std::ptr::null_mut(), 0);
    }

    fn publish(&self) {
        // SAFETY: the owner thread, between install and uninstall.
        let v = unsafe { &mut *self.slots.get() };
        sync::set_deferred_slots(v.as_mut_ptr(), v.len());
    }

    /// Grow the slots past `index` (owner only, while installed).
    #[cold]
    pub fn grow(&self, index: usize) {
        // SAFETY: as `publish`; no other thread reads them while we run.
        let v = unsafe { &mut *self.slots.get() };
        v.resize((index + 1).next_power_of_two().max(64), 0);
        self.publish();
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
