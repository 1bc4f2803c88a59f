//! The thread registry: ids, per-thread shared state, attach/exit.
//!
//! Every OS thread that touches Python objects registers first (`register`),
//! getting a process-unique id (never reused, never 0) that becomes the `tid`
//! of the objects it allocates. The registry maps ids to the `ThreadShared`
//! record through which other threads reach it: its biased-refcount queue and
//! its eval breaker.
//!
//! A thread's objects outlive it. When it exits it drains its queue; objects
//! it still owns keep their `tid`, whose lookup now fails, so a later
//! non-owner decref that would queue merges the counts itself instead
//! (`queue_object`). Ids are never reused, so a dead owner is never confused
//! with a live one.
//!
//! The registry is a DashMap: lookups by id from many threads (every queued
//! decref) must not serialize on one lock.

use std::sync::Arc;

use dashmap::DashMap;

use crate::object::header::ObjectHeader;
use crate::runtime::bias::{self, Handshake};
use crate::runtime::brc::{BrcQueue, QueuedObject};
use crate::runtime::gil;
use crate::runtime::refcount::{self, SharedDecref};
use crate::runtime::solo::SoloState;
use crate::runtime::sync::{self, AtomicU32, AtomicUsize, Ordering};

/// Eval-breaker bits: reasons for a thread to leave its fast path.
pub const BREAK_BRC_MERGE: u32 = 1 << 0;
pub const BREAK_GIL_DROP: u32 = 1 << 1;
/// Destructors queued Python code on this thread (`vm::finalize`).
pub const BREAK_FINALIZE: u32 = 1 << 2;
/// Another thread waits to attach: leave solo mode (`runtime::solo`).
pub const BREAK_SOLO_LEAVE: u32 = 1 << 3;
/// This may be the only attached thread: try solo mode.
pub const BREAK_SOLO_ENTER: u32 = 1 << 4;
/// Another thread revokes the bias of an object's lock: acknowledge.
pub const BREAK_BIAS_ACK: u32 = 1 << 5;
/// Another thread stops the world: park (`park_for_world`).
pub const BREAK_STW: u32 = 1 << 6;
/// Enough containers were allocated: run the cycle collector (`vm::gc`).
pub const BREAK_GC: u32 = 1 << 7;

/// The part of a thread's state other threads may touch.
pub struct ThreadShared {
    pub id: usize,
    pub brc: BrcQueue,
    /// Checked by the eval loop on backward jumps and calls.
    pub eval_breaker: AtomicU32,
    /// Its side of lock-bias revocations (`runtime::bias`).
    pub bias: Handshake,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

fn registry() -> &'static DashMap<usize, Arc<ThreadShared>> {
    static REGISTRY: std::sync::OnceLock<DashMap<usize, Arc<ThreadShared>>> =
        std::sync::OnceLock::new();
    REGISTRY.get_or_init(DashMap::new)
}

/// Register the calling OS thread; call before it touches any object.
pub fn register() -> Arc<ThreadShared> {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    sync::set_thread_id(id);
    let shared = Arc::new(ThreadShared {
        id,
        brc: BrcQueue::new(),
        eval_breaker: AtomicU32::new(0),
        bias: Handshake::new(),
    });
    registry().insert(id, shared.clone());
    crate::runtime::deferred::open_thread();
    shared
}

/// How many threads are registered (attached or not).
pub fn registered_count() -> usize {
    registry().len()
}

/// Unregister the calling thread after merging its queue. Objects queued to
/// it after this point are merged by whoever queues them.
pub fn unregister(shared: &ThreadShared, dealloc: fn(QueuedObject)) {
    registry().remove(&shared.id);
    shared.brc.merge(dealloc);
}

/// Number of registered threads (for `threading.active_count`).
pub fn count() -> usize {
    registry().len()
}

/// Hand a QUEUED object to its owner (see `runtime::brc`). `dealloc` frees it
/// if the merge has to happen here and finds it dead.
#[cold]
pub fn queue_object(obj: QueuedObject, dealloc: fn(QueuedObject)) {
    // SAFETY: the reference being queued keeps the object alive.
    let header: &ObjectHeader = unsafe { &*obj.0 };
    let owner = header.tid.load(Ordering::Acquire);
    if owner == 0 {
        // The owner merged concurrently: the object is now shared-only, so
        // drop our reference as an ordinary shared decref.
        if refcount::decref(header) == SharedDecref::Dealloc {
            dealloc(obj);
        }
        return;
    }
    if let Some(t) = registry().get(&owner) {
        t.brc.push(obj);
        t.eval_breaker.fetch_or(BREAK_BRC_MERGE, Ordering::Release);
        return;
    }
    // The owner has exited: merge here.
    if refcount::explicit_merge(header, -1) == 0 {
        dealloc(obj);
    }
}

/// Set eval-breaker bits of thread `id`, if it is still registered.
pub fn set_breaker(id: usize, bits: u32) {
    if let Some(t) = registry().get(&id) {
        t.eval_breaker.fetch_or(bits, Ordering::Release);
    }
}

// ===== Attached and detached =====
//
// A thread is attached while it may touch Python objects, detached around
// blocking calls (`Vm::allow_threads`) and after it exits. With a GIL in
// force attaching takes the GIL; without, it counts the thread in
// `runtime::solo`'s word, so the only attached thread can skip object locks.

fn solo() -> &'static SoloState {
    static SOLO: std::sync::OnceLock<SoloState> = std::sync::OnceLock::new();
    SOLO.get_or_init(SoloState::new)
}

/// Attach the calling thread: it may run Python code after this.
pub fn attach(me: &ThreadShared) {
    if gil::enabled() {
        gil::attach(me.id);
        // The GIL excludes the other threads as solo mode does.
        sync::set_solo(true);
    } else {
        solo().attach(me.id, |owner| set_breaker(owner, BREAK_SOLO_LEAVE));
    }
    me.bias.set_attached(true);
}

/// Detach the calling thread: it touches no object until `attach`.
pub fn detach(me: &ThreadShared) {
    me.bias.set_attached(false);
    if gil::enabled() {
        gil::detach();
    } else if solo().detach() {
        // One thread is left running Python code: let it go solo.
        for t in registry().iter() {
            if *t.key() != me.id {
                t.eval_breaker.fetch_or(BREAK_SOLO_ENTER, Ordering::Release);
            }
        }
    }
}

/// Safe-point handling of `BREAK_SOLO_ENTER` / `BREAK_SOLO_LEAVE`.
pub fn solo_try_enter(me: usize) {
    if !gil::enabled() {
        solo().try_enter(me);
    }
}

pub fn solo_leave() {
    solo().leave();
}

/// Revoke the bias of `h`'s lock before the calling thread locks it
/// (`runtime::bias`), through the registry.
#[cold]
pub fn revoke_bias(h: &ObjectHeader) {
    let me = registry()
        .get(&sync::thread_id())
        .map(|t| t.value().clone());
    let fallback;
    let me_bias = match &me {
        Some(t) => &t.bias,
        None => {
            fallback = Handshake::new();
            &fallback
        }
    };
    bias::revoke(
        h,
        me_bias,
        |tid, f| match registry().get(&tid).map(|t| t.value().clone()) {
            Some(t) => f(&t.bias),
            None => false,
        },
        |tid| set_breaker(tid, BREAK_BIAS_ACK),
    );
}

/// Stop every other thread at a safe point (or blocked), for the cycle
/// collector; run `f` with the world stopped, then restart it. With a GIL
/// in force holding it already stops the world.
pub fn with_world_stopped<R>(me: &ThreadShared, f: impl FnOnce() -> R) -> R {
    if gil::enabled() {
        return f();
    }
    let poke = || {
        for t in registry().iter() {
            if *t.key() != me.id {
                t.eval_breaker.fetch_or(BREAK_STW, Ordering::Release);
            }
        }
    };
    let was_solo = solo().stop_world(me.id, poke, || me.bias.ack());
    let r = f();
    solo().start_world(was_solo);
    r
}

/// Safe-point handling of `BREAK_STW`: park until the world runs again.
pub fn park_for_world(me: &ThreadShared) {
    if gil::enabled() || !solo().world_stopping() {
        return;
    }
    // Attaching waits until the world runs again.
    detach(me);
    attach(me);
}
