//! The global interpreter lock and its hand-off (CPython Python/ceval_gil.c).
//!
//! Compiled in both builds: the GIL build (`--features gil`) always runs with
//! it; the free-threaded build turns it on at start with `-X gil=1` or
//! `PYTHON_GIL=1`. When it is off, `attach`/`detach` cost one relaxed load.
//!
//! Protocol:
//! - a thread holds the GIL while it runs bytecode ("attached");
//! - it releases it around blocking calls (sleep, join, lock waits, I/O):
//!   `detach()` ... `attach()`; nothing may touch a Python object in between;
//! - a thread that waits longer than the switch interval (5 ms default,
//!   `sys.setswitchinterval`) sets `BREAK_GIL_DROP` in the holder's eval
//!   breaker; the holder, at its next safe point (backward jump or call),
//!   calls `yield_to_waiter`: it releases the GIL and, so that it cannot simply
//!   take it back, waits until another thread has taken it (CPython's
//!   FORCE_SWITCHING) before queueing again.
//!
//! State is one `sync::Mutex<State>` and two condition variables, so the
//! hand-off is written with the facade's types.

use std::time::Duration;

use crate::runtime::sync::{AtomicBool, AtomicU64, Condvar, Mutex, Ordering, GIL_BUILD};
use crate::runtime::thread::{self, BREAK_GIL_DROP};

struct State {
    locked: bool,
    holder: usize,
    /// Incremented on every acquisition: lets a dropper see that another
    /// thread took the lock.
    switches: u64,
}

struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when the GIL changes hands.
    switched: Condvar,
}

static RUNTIME_ENABLED: AtomicBool = AtomicBool::new(false);
/// Switch interval in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

fn gil() -> &'static Gil {
    static GIL: std::sync::OnceLock<Gil> = std::sync::OnceLock::new();
    GIL.get_or_init(|| Gil {
        state: Mutex::new(State {
            locked: false,
            holder: 0,
            switches: 0,
        }),
        released: Condvar::new(),
        switched: Condvar::new(),
    })
}

/// Is a GIL in force (the GIL build, or `-X gil=1` at start)?
#[inline(always)]
pub fn enabled() -> bool {
    GIL_BUILD || RUNTIME_ENABLED.load(Ordering::Relaxed)
}

/// Turn the GIL on in the free-threaded build; only before any thread starts.
pub fn enable_at_startup() {
    RUNTIME_ENABLED.store(true, Ordering::Relaxed);
}

pub fn set_switch_interval(seconds: f64) {
    INTERVAL_US.store((seconds * 1e6).max(1.0) as u64, Ordering::Relaxed);
}

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Take the GIL for the calling thread (id `me`).
pub fn attach(me: usize) {
    if !enabled() {
        return;
    }
    let g = gil();
    let mut st = g.state.lock();
    while st.locked {
        let seen = st.switches;
        let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed));
        let (guard, timed_out) = g.released.wait_for(st, interval);
        st = guard;
        if timed_out && st.locked && st.switches == seen {
            // Nobody switched for a whole interval: ask the holder to yield.
            thread::set_breaker(st.holder, BREAK_GIL_DROP);
        }
    }
    st.locked = true;
    st.holder = me;
    st.switches += 1;
    drop(st);
    g.switched.notify_all();
}

/// Release the GIL (before blocking).
pub fn detach() {
    if !enabled() {
        return;
    }
    let g = gil();
    let mut st = g.state.lock();
    st.locked = false;
    st.holder = 0;
    drop(st);
    g.released.notify_one();
}

/// Called by the holder at a safe point when `BREAK_GIL_DROP` is set.
#[cold]
pub fn yield_to_waiter(me: usize) {
    if !enabled() {
        return;
    }
    let g = gil();
    let mut st = g.state.lock();
    let seen = st.switches;
    st.locked = false;
    st.holder = 0;
    g.released.notify_one();
    // Wait until another thread took it, so the hand-off really happens
    // (bounded: if the waiter vanished, take it back after one interval).
    let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed));
    while st.switches == seen {
        let (guard, timed_out) = g.switched.wait_for(st, interval);
        st = guard;
        if timed_out {
            break;
        }
    }
    drop(st);
    attach(me);
}
