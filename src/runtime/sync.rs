//! The concurrency facade: the only file (with `gil.rs` and `lib.rs`) that
//! switches on `cfg(loom)` or `feature = "gil"`.
//!
//! Every primitive of the runtime (reference counts, the object mutex, the
//! biased-refcount queues, the GIL hand-off) takes its atomics, its blocking
//! and its thread identity from here. Normally they are `std` atomics and
//! `parking_lot`; under `--cfg loom` they are loom's model-checked versions, so
//! `loom-tests/` can compile the primitive files unchanged against this module.
//!
//! `GIL_BUILD` is a constant, so `if GIL_BUILD { .. }` branches fold away: in
//! the GIL build object locks compile to nothing and reference counts take the
//! owner path only (one thread runs bytecode at a time, and the GIL hand-off
//! orders every access).

#[cfg(not(loom))]
pub use std::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicIsize, AtomicPtr, AtomicU32, AtomicU64, AtomicU8,
    AtomicUsize, Ordering,
};

#[cfg(loom)]
pub use loom::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicIsize, AtomicPtr, AtomicU32, AtomicU64, AtomicU8,
    AtomicUsize, Ordering,
};

use crate::runtime::deferred::slots::ThreadSlots;

/// True in the build made with `--features gil`.
pub const GIL_BUILD: bool = cfg!(feature = "gil");

/// True in the build made with `--features sysalloc`: objects come from the
/// system allocator instead of the pools (`runtime::alloc::sysalloc`), for
/// the allocation benchmark only.
pub const SYSALLOC: bool = cfg!(feature = "sysalloc");

// ===== Thread identity =====

// The owner check of biased reference counting reads this on every incref and
// decref, so it must be a plain TLS load: const-initialized, no lazy init, no
// destructor.
#[cfg(not(loom))]
std::thread_local! {
    static THREAD_ID: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}
#[cfg(loom)]
loom::thread_local! {
    static THREAD_ID: std::cell::Cell<usize> = std::cell::Cell::new(0);
}

/// The id of the calling thread, as stored in `ObjectHeader::tid`; 0 for a
/// thread that never called [`set_thread_id`] (it owns nothing).
#[inline(always)]
pub fn thread_id() -> usize {
    THREAD_ID.with(|t| t.get())
}

/// Bind the calling thread to `id` (unique for the process lifetime, never 0).
pub fn set_thread_id(id: usize) {
    THREAD_ID.with(|t| t.set(id));
}

// Per-thread lock flags, read on every object lock and allocation.
const SOLO: u8 = 1 << 0;
const NO_BIAS: u8 = 1 << 1;

#[cfg(not(loom))]
std::thread_local! {
    static LOCK_FLAGS: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}
#[cfg(loom)]
loom::thread_local! {
    static LOCK_FLAGS: std::cell::Cell<u8> = std::cell::Cell::new(0);
}

#[inline(always)]
fn lock_flag(bit: u8) -> bool {
    LOCK_FLAGS.with(|f| f.get() & bit != 0)
}

fn set_lock_flag(bit: u8, on: bool) {
    LOCK_FLAGS.with(|f| f.set(if on { f.get() | bit } else { f.get() & !bit }));
}

/// Is the calling thread in solo mode (`runtime::solo`): the only attached
/// thread, so object locks are skipped?
#[inline(always)]
pub fn is_solo() -> bool {
    lock_flag(SOLO)
}

/// Only `runtime::solo` sets it, keeping it in step with the shared state.
pub fn set_solo(on: bool) {
    set_lock_flag(SOLO, on);
}

/// Do the calling thread's new objects get locks biased to it
/// (`runtime::bias`)?
#[inline(always)]
pub fn bias_new_objects() -> bool {
    !lock_flag(NO_BIAS)
}

pub fn stop_biasing_new_objects() {
    set_lock_flag(NO_BIAS, true);
}

// The calling thread's counts of deferred objects (`runtime::deferred`),
// read on every count of a deferred object: a plain TLS load, as above.
#[cfg(not(loom))]
std::thread_local! {
    static DEFERRED_SLOTS: std::cell::Cell<*const ThreadSlots> =
        const { std::cell::Cell::new(std::ptr::null()) };
}
#[cfg(loom)]
loom::thread_local! {
    static DEFERRED_SLOTS: std::cell::Cell<*const ThreadSlots> =
        std::cell::Cell::new(std::ptr::null());
}

/// The calling thread's deferred-count slots; null when it has none (not
/// registered yet, or exited): its counts go to the shared counts then.
#[inline(always)]
pub fn deferred_slots() -> *const ThreadSlots {
    DEFERRED_SLOTS.with(|s| s.get())
}

/// Only `runtime::deferred::slots` sets it, for as long as the slots live.
pub fn set_deferred_slots(p: *const ThreadSlots) {
    DEFERRED_SLOTS.with(|s| s.set(p));
}

// ===== Blocking =====

/// A short busy-wait step of a spinning lock.
#[inline]
pub fn spin_hint() {
    #[cfg(not(loom))]
    std::hint::spin_loop();
    #[cfg(loom)]
    loom::thread::yield_now();
}

/// Let other threads run (a waiting loop's slow step).
pub fn yield_now() {
    #[cfg(not(loom))]
    std::thread::yield_now();
    #[cfg(loom)]
    loom::thread::yield_now();
}

/// Park the calling thread on `addr` while `validate()` holds (parking_lot_core
/// semantics: `validate` runs under the queue lock, so an unpark between the
/// check and the sleep cannot be lost). Returns when unparked. Under loom the
/// thread yields instead, and the caller's retry loop re-checks the state.
pub fn park(addr: usize, validate: impl FnOnce() -> bool) {
    #[cfg(not(loom))]
    {
        // SAFETY: the key is the address of a live atomic owned by the caller,
        // and neither callback panics or calls back into parking_lot.
        unsafe {
            parking_lot_core::park(
                addr,
                validate,
                || {},
                |_, _| {},
                parking_lot_core::DEFAULT_PARK_TOKEN,
                None,
            );
        }
    }
    #[cfg(loom)]
    {
        if validate() {
            loom::thread::yield_now();
        }
    }
}

/// Wake one thread parked on `addr`. `after(more)` runs under the queue lock
/// with whether other threads remain parked there, so the caller can clear its
/// "parked" bit atomically with the wake-up.
pub fn unpark_one(addr: usize, after: impl FnOnce(bool)) {
    #[cfg(not(loom))]
    {
        // SAFETY: the key is the address of a live atomic owned by the caller;
        // the callback does not call back into parking_lot.
        unsafe {
            parking_lot_core::unpark_one(addr, |r| {
                after(r.have_more_threads);
                parking_lot_core::DEFAULT_UNPARK_TOKEN
            });
        }
    }
    #[cfg(loom)]
    after(false);
}

/// Wake every thread parked on `addr`.
pub fn unpark_all(addr: usize) {
    #[cfg(not(loom))]
    {
        // SAFETY: the key is the address of a live atomic owned by the caller.
        unsafe {
            parking_lot_core::unpark_all(addr, parking_lot_core::DEFAULT_UNPARK_TOKEN);
        }
    }
    #[cfg(loom)]
    let _ = addr;
}

// ===== A plain mutex for runtime registries =====

/// A data mutex for runtime bookkeeping (brc queues, registries); never held
/// while Python code runs.
pub struct Mutex<T> {
    #[cfg(not(loom))]
    inner: parking_lot::Mutex<T>,
    #[cfg(loom)]
    inner: loom::sync::Mutex<T>,
}

#[cfg(not(loom))]
pub type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;
#[cfg(loom)]
pub type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;

impl<T> Mutex<T> {
    pub fn new(value: T) -> Self {
        Mutex {
            #[cfg(not(loom))]
            inner: parking_lot::Mutex::new(value),
            #[cfg(loom)]
            inner: loom::sync::Mutex::new(value),
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        #[cfg(not(loom))]
        return self.inner.lock();
        #[cfg(loom)]
        return self.inner.lock().unwrap();
    }
}

// ===== Condition variable (GIL hand-off, thread joins) =====

pub struct Condvar {
    #[cfg(not(loom))]
    inner: parking_lot::Condvar,
    #[cfg(loom)]
    inner: loom::sync::Condvar,
}

impl Default for Condvar {
    fn default() -> Self {
        Self::new()
    }
}

impl Condvar {
    pub fn new() -> Self {
        Condvar {
            #[cfg(not(loom))]
            inner: parking_lot::Condvar::new(),
            #[cfg(loom)]
            inner: loom::sync::Condvar::new(),
        }
    }

    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        #[cfg(not(loom))]
        {
            let mut guard = guard;
            self.inner.wait(&mut guard);
            guard
        }
        #[cfg(loom)]
        return self.inner.wait(guard).unwrap();
    }

    /// Wait at most `timeout`; the flag is true when the wait timed out.
    pub fn wait_for<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout: std::time::Duration,
    ) -> (MutexGuard<'a, T>, bool) {
        #[cfg(not(loom))]
        {
            let mut guard = guard;
            let timed_out = self.inner.wait_for(&mut guard, timeout).timed_out();
            (guard, timed_out)
        }
        #[cfg(loom)]
        {
            let _ = timeout;
            let guard = self.inner.wait(guard).unwrap();
            (guard, false)
        }
    }

    pub fn notify_one(&self) {
        self.inner.notify_one();
    }

    pub fn notify_all(&self) {
        self.inner.notify_all();
    }
}
