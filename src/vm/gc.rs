//! The cycle collector (CPython's algorithm, one generation, as the
//! free-threaded CPython 3.13 runs it).
//!
//! With the world stopped (`thread::with_world_stopped`: every other
//! thread parked at a safe point or blocked), walk every container in the
//! allocator's container pools (`alloc::number_containers`); for each,
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
//! The per-thread read and attribute caches hold strong references: the
//! collector and every thread it parks drop theirs first; what a blocked
//! thread's caches pin waits for a later collection.
//!
//! Immortal objects are never candidates. Deferred objects (modules,
//! classes, module-level and class-body functions, the module-level objects
//! threads share) are: each collection first folds every thread's counts of
//! them into their shared counts (`runtime::deferred`), so their counts are
//! exact, references from thread stacks included. Those nothing refers to
//! die first, as an ordinary object would have at its last decref (what
//! they alone held goes with them, not counted as cyclic garbage); then the
//! cycles are found as above, deferred objects among them made ordinary so
//! they die through the cycle with the rest. Garbage classes leave the
//! subclass registry while the world is still stopped.
//!
//! Triggering: each thread counts the containers it allocates minus those
//! it frees (a thread-local counter, flushed every 64 to a global one), so
//! short-lived containers never trigger it; past
//! `max(threshold, live / 4)` since the last collection (CPython 3.13's
//! rule, so a big heap is not rescanned every 700 allocations) the thread
//! sets its own eval-breaker bit and collects at its next safe point.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::header::{ObjectHeader, GC_FINALIZED, GC_FROZEN, GC_TRACKED};
use crate::object::pyref::{ObjRef, Py};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::runtime::sync::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};
use crate::runtime::{alloc, deferred, refcount, thread};
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

// ===== Finding the garbage =====
//
// The candidates are the tracked containers that are not immortal or
// deferred. Their `gc_refs` live in one flat array indexed by the
// allocator's dense numbering of container blocks (`alloc::Numbering`),
// which finds an object's number from its address alone: no hashing of
// objects, no side table per object, no write to any object, and no read
// of an object merely because something refers to it. A candidate's slot
// holds `CANDIDATE + gc_refs` (`CANDIDATE` far above any count, so the
// subtractions of its referrers may land before or after its count);
// every other block's slot is at most 0 (a referrer may subtract from an
// immortal or untracked container's slot too, which stays below `HALF`).
// A candidate found reachable is set to `PENDING` (to be traversed) and
// then 0 (done).
//
// Each object is touched twice, in address order: once to count and
// subtract, once (if reachable) to mark what it reaches.

/// Offset of a candidate's slot (see above); above any reference count.
const CANDIDATE: i64 = 1 << 48;
/// Slots above this are candidates not yet reached.
const HALF: i64 = CANDIDATE / 2;
/// The slot of a reachable candidate still to be traversed.
const PENDING: i64 = 1;

fn is_candidate(h: &ObjectHeader) -> bool {
    h.gc_bits.load(Ordering::Relaxed) & (GC_TRACKED | GC_FROZEN) == GC_TRACKED && !h.is_immortal()
}

/// The number of the container block `v` refers to, if any.
#[inline(always)]
fn number(numbering: &alloc::Numbering, v: &Value) -> Option<usize> {
    let Value::Obj(o) = v else { return None };
    // SAFETY: a live object; tracked only if allocated as a container
    // (see above).
    unsafe {
        numbering.number_of(o.as_ptr() as *const u8, || {
            o.header().gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0
        })
    }
}

/// The unreachable containers, each with a new strong reference, and the
/// number of candidates that stay. Runs with the world stopped: counts and
/// contents hold still (the SAFETY of the blocks below).
/// Deferred objects' counts must be exact (`deferred::merge_all` in this
/// stopped world).
fn find_garbage() -> (Vec<ObjRef>, usize) {
    let numbering = alloc::number_containers();
    let mut refs: Vec<i64> = vec![0; numbering.len()];
    // Count each candidate and subtract its references to containers.
    let mut candidates = 0usize;
    numbering.for_each_live(|b, n| {
        let p = b.cast::<ObjectHeader>();
        // SAFETY: a live block of a container pool is an object.
        let h = unsafe { p.as_ref() };
        if !is_candidate(h) {
            return;
        }
        candidates += 1;
        refs[n] += CANDIDATE + refcount::total(h) as i64;
        // SAFETY: as above.
        unsafe {
            traverse(p, &mut |v| {
                if let Some(t) = number(&numbering, v) {
                    refs[t] -= 1;
                }
            })
        };
    });
    // A candidate referenced from outside (gc_refs not zero: above, or
    // below if counts and traversal disagree, which must keep it too) is
    // reachable, and so is all it reaches. As CPython's `move_unreachable`,
    // one scan in block order does most of the work: a candidate reached
    // from one before it in that order is marked PENDING and traversed when
    // the scan gets there; one behind the scan is traversed at once (the
    // stack). So objects are touched in address order, which the hardware
    // prefetches, and each reachable one once.
    let mut reached = 0usize;
    let mut stack: Vec<NonNull<ObjectHeader>> = Vec::new();
    for n in 0..refs.len() {
        let r = refs[n];
        if r != PENDING && (r <= HALF || r == CANDIDATE) {
            continue;
        }
        if r != PENDING {
            reached += 1;
        }
        refs[n] = 0;
        let mut next = Some(numbering.block(n).cast::<ObjectHeader>());
        while let Some(p) = next {
            // SAFETY: `p` is a candidate (its slot was one's): a live object.
            unsafe {
                traverse(p, &mut |v| {
                    let Some(m) = number(&numbering, v) else {
                        return;
                    };
                    if refs[m] > HALF {
                        reached += 1;
                        if m > n {
                            refs[m] = PENDING;
                        } else if let Value::Obj(o) = v {
                            refs[m] = 0;
                            stack.push(NonNull::from(o.header()));
                        }
                    }
                })
            };
            next = stack.pop();
        }
    }
    // The rest is garbage.
    let mut garbage = Vec::with_capacity(candidates - reached);
    if reached < candidates {
        for (n, &r) in refs.iter().enumerate() {
            if r > HALF {
                let p = numbering.block(n).cast::<ObjectHeader>();
                // SAFETY: an unreached candidate: a live object. The
                // reference taken is ours; a deferred one becomes ordinary,
                // to die through the cycle as the rest.
                unsafe {
                    if p.as_ref().is_deferred() {
                        deferred::undefer(p.as_ref());
                    } else {
                        refcount::incref(p.as_ref());
                    }
                    garbage.push(ObjRef::from_raw(p));
                }
            }
        }
    }
    // Weak links to garbage go before any other thread can follow them
    // (CPython clears weak references with the world stopped).
    crate::objects::type_::forget_subclasses(&garbage);
    (garbage, reached)
}

/// `deferred::take_dead`, each with the reference it took for us.
fn take_dead_deferred() -> Vec<ObjRef> {
    deferred::take_dead()
        .into_iter()
        // SAFETY: a live object, and the reference is ours.
        .map(|p| unsafe { ObjRef::from_raw(NonNull::new_unchecked(p as *mut ObjectHeader)) })
        .collect()
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
        // Cached reads and lookups pin objects; the other threads drop
        // theirs when they park (a blocked thread's survive this collection).
        self.drop_cached_refs();
        let shared = self.thread.clone();
        // Deferred objects nothing refers to die first, as they would have
        // at their last decref were they ordinary (what they alone held
        // dies with them, and none of it counts as cyclic garbage); then
        // the world stops again for the cycles, unless there were none.
        let (dead, found) = thread::with_world_stopped(&shared, || {
            deferred::merge_all();
            let dead = take_dead_deferred();
            let found = dead.is_empty().then(find_garbage);
            (dead, found)
        });
        drop(dead);
        let (garbage, live) = found.unwrap_or_else(|| {
            thread::with_world_stopped(&shared, || {
                deferred::merge_all();
                find_garbage()
            })
        });
        let found = garbage.len();
        COUNT.store(0, Ordering::Relaxed);
        LIVE.store(live, Ordering::Relaxed);
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
        if !ran && !crate::modules::gc::save_garbage(&garbage) {
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
