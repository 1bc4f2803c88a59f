//! The one-byte per-object mutex (CPython Python/lock.c `PyMutex`, parking_lot
//! `RawMutex`).
//!
//! State byte:
//!
//! | bits | meaning                                   |
//! |------|-------------------------------------------|
//! | 0b01 | LOCKED: a thread holds the lock           |
//! | 0b10 | PARKED: at least one thread sleeps on it  |
//!
//! Fast path: one CAS 0 -> LOCKED to lock, one CAS LOCKED -> 0 to unlock. The
//! slow path spins briefly, then sets PARKED and sleeps in parking_lot_core's
//! global table keyed by the byte's address; unlock with PARKED set wakes one
//! sleeper and clears PARKED if it was the last.
//!
//! Lock discipline (DESIGN.md "Object locks"): an object lock is a leaf lock.
//! It is held only across Rust code that neither runs Python code, nor blocks,
//! nor takes another object lock (except `lock_two`, which orders by address).
//! Hence two threads can never deadlock on object locks, and no lock is held
//! when a thread detaches (sleep, join, I/O, GIL hand-off).
//!
//! In the GIL build `lock`/`unlock` compile to nothing: the GIL already
//! serializes every container operation, which never spans a GIL hand-off.
//! In the free-threaded build `ObjLockGuard` skips the lock on a thread in
//! solo mode (`runtime::solo`: the only attached thread) and for the owner
//! of a biased object (`runtime::bias`); both rely on the discipline above.

use crate::object::header::ObjectHeader;
use crate::runtime::bias;
use crate::runtime::sync::{self, AtomicU8, Ordering, GIL_BUILD};

const LOCKED: u8 = 0b01;
const PARKED: u8 = 0b10;
const SPINS: u32 = 40;

pub struct RawObjMutex {
    state: AtomicU8,
}

impl Default for RawObjMutex {
    fn default() -> Self {
        Self::new()
    }
}

impl RawObjMutex {
    pub fn new() -> Self {
        RawObjMutex {
            state: AtomicU8::new(0),
        }
    }

    #[inline]
    pub fn lock(&self) {
        if GIL_BUILD {
            return;
        }
        // Acquire: pairs with the Release in `unlock`.
        if self
            .state
            .compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow();
        }
    }

    #[inline]
    pub fn try_lock(&self) -> bool {
        GIL_BUILD
            || self
                .state
                .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
    }

    #[inline]
    pub fn unlock(&self) {
        if GIL_BUILD {
            return;
        }
        // Release: publishes the critical section to the next locker.
        if self
            .state
            .compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            self.unlock_slow();
        }
    }

    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) & LOCKED != 0
    }

    #[cold]
    fn lock_slow(&self) {
        let mut spins = 0;
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                match self.state.compare_exchange_weak(
                    state,
                    state | LOCKED,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => return,
                    Err(s) => {
                        state = s;
                        continue;
                    }
                }
            }
            if state & PARKED == 0 && spins < SPINS {
                spins += 1;
                sync::spin_hint();
                state = self.state.load(Ordering::Relaxed);
                continue;
            }
            if state & PARKED == 0 {
                if let Err(s) = self.state.compare_exchange_weak(
                    state,
                    state | PARKED,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                ) {
                    state = s;
                    continue;
                }
            }
            let addr = &self.state as *const AtomicU8 as usize;
            sync::park(addr, || {
                self.state.load(Ordering::Relaxed) == LOCKED | PARKED
            });
            spins = 0;
            state = self.state.load(Ordering::Relaxed);
        }
    }

    #[cold]
    fn unlock_slow(&self) {
        let addr = &self.state as *const AtomicU8 as usize;
        sync::unpark_one(addr, |more| {
            // Release: as in `unlock`. The queue lock makes this store atomic
            // with the wake-up decision.
            self.state
                .store(if more { PARKED } else { 0 }, Ordering::Release);
        });
    }
}

/// Holds an object's lock; unlocks on drop. Holds nothing when the lock is
/// skipped: the GIL build, a thread in solo mode (`runtime::solo`), or the
/// owner of a biased object (`runtime::bias`).
pub struct ObjLockGuard<'a> {
    mutex: Option<&'a RawObjMutex>,
}

impl<'a> ObjLockGuard<'a> {
    /// Lock object `h`. `revoke(h)` is called first when its lock is biased
    /// to another thread (`bias::revoke` with the thread registry).
    #[inline]
    pub fn new(h: &'a ObjectHeader, revoke: impl FnOnce(&ObjectHeader)) -> Self {
        if GIL_BUILD || sync::is_solo() || bias::owner_skips(h) {
            return ObjLockGuard { mutex: None };
        }
        if h.bias.load(Ordering::Acquire) != bias::UNBIASED {
            revoke(h);
        }
        h.mutex.lock();
        ObjLockGuard {
            mutex: Some(&h.mutex),
        }
    }
}

impl Drop for ObjLockGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        if let Some(m) = self.mutex {
            m.unlock();
        }
    }
}

/// Lock two objects in address order (the one permitted nesting). Both
/// locks are real: a bias skip must not be held while waiting for a lock.
pub fn lock_two<'a>(
    a: &'a ObjectHeader,
    b: &'a ObjectHeader,
    revoke: impl Fn(&ObjectHeader),
) -> (ObjLockGuard<'a>, Option<ObjLockGuard<'a>>) {
    if GIL_BUILD || sync::is_solo() {
        return (ObjLockGuard { mutex: None }, None);
    }
    for h in [a, b] {
        if h.bias.load(Ordering::Acquire) != bias::UNBIASED {
            revoke(h);
        }
    }
    let real = |h: &'a ObjectHeader| {
        h.mutex.lock();
        ObjLockGuard {
            mutex: Some(&h.mutex),
        }
    };
    if std::ptr::eq(a, b) {
        return (real(a), None);
    }
    let (first, second) = if (a as *const _ as usize) < (b as *const _ as usize) {
        (a, b)
    } else {
        (b, a)
    };
    (real(first), Some(real(second)))
}
