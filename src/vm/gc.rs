//! The cycle collector (CPython's algorithm, one generation, as the
//! free-threaded CPython 3.13 runs it).
//!
//! With the world stopped (`thread::with_world_stopped`: every other
//! thread parked at a safe point or blocked), walk every container in the
//! allocator's container pools (`alloc::for_each_container`); for each,
//! `gc_refs` = its reference count (local + shared); subtract one for every
//! reference from another candidate (the payload's `traverse`). What stays
//! above zero is referenced from outside (a frame, a global, another
//! thread's cache): reachable, and so is everything it reaches. The rest is
//! garbage. The collector takes a strong reference to each garbage object
//! and restarts the world: nobody else can reach them, so what follows runs
//! with other threads going.
//!
//! Then, as CPython (PEP 442): the `__del__` of each garbage instance that
//! has not been finalized runs once. A finalizer may resurrect objects, so
//! if any ran, the collector looks again (another pass, up to four: other
//! threads may be making new garbage) instead of clearing what it holds. Otherwise each
//! garbage object's references are dropped (`PyPayload::gc_clear`, CPython's
//! `tp_clear`) and its count falls to zero through the cycle; weak
//! references die with it, their callbacks queued as for any deallocation.
//!
//! The per-thread read caches hold strong references: the collector and
//! every thread it parks drop theirs first; what a blocked thread's cache
//! pins waits for a later collection.
//!
//! Immortal and deferred objects (`ref_local == IMMORTAL`: modules, classes,
//! top-level functions and the module-level objects threads share) are
//! never candidates: their references count as from outside, so a cycle
//! through them is kept (deferred objects live until exit, a documented
//! difference; CPython scans thread stacks to collect them).
//!
//! Triggering: each thread counts the containers it allocates minus those
//! it frees (a thread-local counter, flushed every 64 to a global one), so
//! short-lived containers never trigger it; past
//! `max(threshold, live / 4)` since the last collection (CPython 3.13's
//! rule, so a big heap is not rescanned every 700 allocations) the thread
//! sets its own eval-breaker bit and collects at its next safe point.

use std::cell::Cell;
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::object::header::{ObjectHeader, GC_FINALIZED};
use crate::object::pyref::{ObjRef, Py};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::runtime::sync::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};
use crate::runtime::{alloc, refcount, thread};
use crate::vm::Vm;

pub static ENABLED: AtomicBool = AtomicBool::new(true);
pub static THRESHOLD: AtomicUsize = AtomicUsize::new(2000);
/// Containers allocated since the last collection.
static COUNT: AtomicIsize = AtomicIsize::new(0);
/// Containers that survived the last collection.
static LIVE: AtomicUsize = AtomicUsize::new(0);
pub static COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
pub static COLLECTED: AtomicUsize = AtomicUsize::new(0);

const FLUSH: u32 = 64;
/// Collection passes per `gc_collect` (see there).
const MAX_PASSES: usize = 4;

thread_local! {
    static LOCAL_COUNT: Cell<i32> = const { Cell::new(0) };
}

/// One container allocated (called by the object layer).
#[inline(always)]
pub fn note_container_alloc() {
    bump_count(1);
}

/// One container freed: garbage that dies young never triggers a
/// collection (free-threaded CPython counts the same way).
#[inline(always)]
pub fn note_container_free() {
    bump_count(-1);
}

#[inline(always)]
fn bump_count(d: i32) {
    let n = LOCAL_COUNT.with(|c| {
        let n = c.get() + d;
        c.set(if n.unsigned_abs() >= FLUSH { 0 } else { n });
        n
    });
    if n.unsigned_abs() >= FLUSH {
        flush_count(n as isize);
    }
}

#[cold]
fn flush_count(n: isize) {
    let count = COUNT.fetch_add(n, Ordering::Relaxed) + n;
    let limit = THRESHOLD
        .load(Ordering::Relaxed)
        .max(LIVE.load(Ordering::Relaxed) / 4);
    if count > limit as isize && ENABLED.load(Ordering::Relaxed) {
        thread::set_breaker(crate::runtime::sync::thread_id(), thread::BREAK_GC);
    }
}

/// Containers allocated since the last collection (`gc.get_count()`).
pub fn count() -> usize {
    COUNT.load(Ordering::Relaxed).max(0) as usize
}

/// Type-erased traverse of a raw object.
///
/// # Safety
/// `p` is a live object.
unsafe fn traverse(p: NonNull<ObjectHeader>, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller's guarantee; its type is live and matches.
    unsafe {
        let ty = &*(p.as_ref().ob_type() as *const Py<PyType>);
        (ty.payload.vtable.traverse)(p, visit)
    }
}

/// The unreachable containers, each with a new strong reference. Runs with
/// the world stopped.
fn find_garbage() -> (Vec<ObjRef>, usize) {
    let mut objs: Vec<NonNull<ObjectHeader>> = Vec::new();
    alloc::for_each_container(&mut |b| {
        let h = b.cast::<ObjectHeader>();
        // SAFETY: a live block of a container pool is an object.
        if !unsafe { h.as_ref() }.is_immortal() {
            objs.push(h);
        }
    });
    let index: HashMap<usize, usize> = objs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_ptr() as usize, i))
        .collect();
    let find = |v: &Value| match v {
        Value::Obj(o) => index.get(&(o.as_ptr() as usize)).copied(),
        _ => None,
    };
    // Candidates are live and the world is stopped, so counts and contents
    // hold still (the SAFETY of the blocks below).
    let mut refs: Vec<isize> = objs
        .iter()
        // SAFETY: see above.
        .map(|p| refcount::total(unsafe { p.as_ref() }))
        .collect();
    for &p in &objs {
        // SAFETY: see above.
        unsafe {
            traverse(p, &mut |v| {
                if let Some(j) = find(v) {
                    refs[j] -= 1;
                }
            })
        };
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        // SAFETY: see above.
        unsafe {
            traverse(objs[i], &mut |v| {
                if let Some(j) = find(v) {
                    if !reachable[j] {
                        reachable[j] = true;
                        stack.push(j);
                    }
                }
            })
        };
    }
    let garbage = objs
        .iter()
        .zip(&reachable)
        .filter(|(_, &r)| !r)
        .map(|(&p, _)| {
            // SAFETY: live; the reference we take is ours.
            unsafe {
                refcount::incref(p.as_ref());
                ObjRef::from_raw(p)
            }
        })
        .collect::<Vec<_>>();
    let live = objs.len() - garbage.len();
    (garbage, live)
}

impl Vm {
    /// A full collection; returns the number of unreachable objects found.
    pub fn gc_collect(&mut self) -> usize {
        // The collecting thread's id. One collection at a time; a second
        // caller waits detached (it must not hold up the first one's
        // stop-the-world). A finalizer run by the collection that triggers
        // another one (its own safe points) returns at once.
        static BUSY: AtomicUsize = AtomicUsize::new(0);
        let me = self.thread.id;
        loop {
            match BUSY.compare_exchange(0, me, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => break,
                Err(owner) if owner == me => return 0,
                Err(_) => {
                    self.allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(100)))
                }
            }
        }
        self.gc_callbacks("start", 0);
        // A pass that runs finalizers clears nothing (they may resurrect);
        // the next pass looks again. Other threads may keep making garbage
        // with finalizers, so the passes are bounded.
        let mut found = 0;
        for pass in 0..MAX_PASSES {
            let (n, finalized) = self.collect_pass();
            if pass == 0 {
                found = n;
            }
            if !finalized {
                break;
            }
        }
        COLLECTIONS.fetch_add(1, Ordering::Relaxed);
        COLLECTED.fetch_add(found, Ordering::Relaxed);
        BUSY.store(0, Ordering::Release);
        self.gc_callbacks("stop", found);
        found
    }

    /// One pass: (garbage found, whether finalizers ran instead of clearing).
    fn collect_pass(&mut self) -> (usize, bool) {
        self.thread.brc.merge(crate::object::pyref::dealloc_queued);
        // Cached reads pin containers; the other threads drop theirs when
        // they park (a blocked thread's pins survive this collection).
        self.clear_read_cache();
        let shared = self.thread.clone();
        let (garbage, live) = thread::with_world_stopped(&shared, find_garbage);
        COUNT.store(0, Ordering::Relaxed);
        LIVE.store(live, Ordering::Relaxed);
        let found = garbage.len();
        let mut ran = false;
        {
            for o in &garbage {
                let h = o.header();
                let ty = o.class();
                if ty.payload.is_heap_type()
                    && h.gc_bits.load(Ordering::Relaxed) & GC_FINALIZED == 0
                    && crate::vm::finalize::type_has_del(ty)
                {
                    h.gc_bits.fetch_or(GC_FINALIZED, Ordering::Relaxed);
                    crate::vm::finalize::call_del(self, o.clone());
                    ran = true;
                }
            }
        }
        if !ran {
            for o in &garbage {
                o.gc_clear();
            }
        }
        drop(garbage);
        self.run_finalizers();
        (found, ran)
    }

    /// Call each of `gc.callbacks` with (phase, info), as CPython.
    fn gc_callbacks(&mut self, phase: &str, collected: usize) {
        let Some(cbs) = crate::modules::gc::callbacks() else {
            return;
        };
        for cb in cbs {
            let info = crate::objects::dict::PyDict::new_ref();
            info.set_str(&crate::objects::str::intern("generation"), Value::Int(2));
            info.set_str(
                &crate::objects::str::intern("collected"),
                Value::Int(collected as i64),
            );
            info.set_str(&crate::objects::str::intern("uncollectable"), Value::Int(0));
            let args = [crate::objects::str::str_value(phase), info.into_value()];
            if let Err(e) = self.call(&cb, &args) {
                self.write_unraisable(&e, "gc callback");
            }
        }
    }
}
