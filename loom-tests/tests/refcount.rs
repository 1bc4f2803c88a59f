//! Models biased reference counting (`runtime::refcount`) together with the
//! owner's merge queue (`runtime::brc`): an object owned by thread A (thread
//! id 1) whose references are dropped, queued and re-acquired concurrently by
//! non-owner threads (ids 2 and 3).
//!
//! Every model checks, over all interleavings loom explores:
//! - the object is deallocated exactly once (counted after joining);
//! - never while a reference is still held: each holder sets its `released`
//!   flag (Relaxed) just before dropping its last reference, and the dealloc
//!   callback asserts every flag is visible, which also needs the protocol's
//!   Release/Acquire edges;
//! - the dealloc's write to the payload (a loom `UnsafeCell`) happens after
//!   every holder's read of it, or loom reports a data race.
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::brc::{BrcQueue, QueuedObject};
use loom_tests::runtime::refcount::{self, decref, incref, SharedDecref, MERGED, SHARED_SHIFT};
use loom_tests::runtime::sync::set_thread_id;

const OWNER: usize = 1;

/// A bare object: the header under test plus the bookkeeping of the checks.
struct Obj {
    header: ObjectHeader,
    payload: UnsafeCell<u64>,
    /// One flag per holder, set just before it drops its last reference.
    released: Vec<AtomicBool>,
    deallocs: AtomicUsize,
}

impl Obj {
    /// Called on the owner thread: the header is owned by `OWNER` with one
    /// local reference.
    fn new(holders: usize) -> Arc<Obj> {
        Arc::new(Obj {
            header: ObjectHeader::new(std::ptr::null(), OWNER),
            payload: UnsafeCell::new(7),
            released: (0..holders).map(|_| AtomicBool::new(false)).collect(),
            deallocs: AtomicUsize::new(0),
        })
    }

    /// A reference taken the non-owner way (shared count 1), for a holder
    /// spawned next.
    fn give_shared_ref(&self) {
        self.header
            .ref_shared
            .store(1 << SHARED_SHIFT, Ordering::Relaxed);
    }

    /// A holder touches the object while its reference is live.
    fn use_it(&self) {
        self.payload.with(|p| assert_eq!(unsafe { *p }, 7));
    }

    /// Holder `i` is about to drop its last reference.
    fn release(&self, i: usize) {
        self.use_it();
        self.released[i].store(true, Ordering::Relaxed);
    }

    fn dealloc(&self) {
        for (i, r) in self.released.iter().enumerate() {
            assert!(
                r.load(Ordering::Relaxed),
                "dealloc while holder {i} still holds a reference"
            );
        }
        self.payload.with_mut(|p| unsafe { *p = 0xdead });
        self.deallocs.fetch_add(1, Ordering::Relaxed);
    }

    /// Drop one reference on the calling thread; a `Queue` result goes to
    /// the owner's queue, as the object layer does.
    fn drop_ref(&self, queue: &BrcQueue) -> SharedDecref {
        let r = decref(&self.header);
        match r {
            SharedDecref::Dealloc => self.dealloc(),
            SharedDecref::Queue => queue.push(QueuedObject(&self.header)),
            SharedDecref::Done => {}
        }
        r
    }

    /// The owner drains its queue; the only object that can be queued is this one.
    fn merge(&self, queue: &BrcQueue) {
        queue.merge(|q| {
            assert!(std::ptr::eq(q.0, &self.header));
            self.dealloc();
        });
    }
}

fn model(f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(5, 1000, f);
}

/// A holds the owner reference (local 1), B a shared one (shared count 1);
/// both drop theirs at once. Whichever of A's merge-on-zero and B's
/// subtraction comes last must report `Dealloc`, and only it.
#[test]
fn brc_owner_and_nonowner_decref_race() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(2);
        obj.give_shared_ref(); // B's reference
        let queue = Arc::new(BrcQueue::new());

        let b = {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(2);
                obj.release(1);
                let r = obj.drop_ref(&queue);
                assert_ne!(r, SharedDecref::Queue, "shared count was never 0");
                r
            })
        };
        obj.release(0);
        let ra = obj.drop_ref(&queue);
        assert_ne!(ra, SharedDecref::Queue);
        let rb = b.join().unwrap();

        assert!(
            (ra == SharedDecref::Dealloc) != (rb == SharedDecref::Dealloc),
            "exactly one decref frees: A {ra:?}, B {rb:?}"
        );
        assert!(!queue.has_pending());
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 1);
    });
}

/// A gives B a reference counted in its local count (local 2). B takes a
/// second reference from its side (shared 1), then drops both: the last drop
/// finds the shared count at 0 and queues the object to A. Meanwhile A drops
/// its own reference and merges its queue (once racing B, once after joining
/// it, as at thread exit). Depending on the interleaving the object dies in
/// the final merge or, when the first merge already happened, in A's decref
/// (then a non-owner decref of a MERGED object).
#[test]
fn brc_nonowner_queues_then_owner_merges() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(2);
        incref(&obj.header); // B's reference, local 2
        let queue = Arc::new(BrcQueue::new());

        let b = {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(2);
                incref(&obj.header); // non-owner: shared 1
                obj.use_it();
                assert_eq!(obj.drop_ref(&queue), SharedDecref::Done);
                obj.release(1);
                assert_eq!(obj.drop_ref(&queue), SharedDecref::Queue);
            })
        };

        obj.merge(&queue); // a safe point racing B
        obj.release(0);
        obj.drop_ref(&queue);
        b.join().unwrap();
        obj.merge(&queue); // thread exit
        assert!(!queue.has_pending());

        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 1);
        assert_eq!(obj.header.ref_shared.load(Ordering::Relaxed), MERGED);
    });
}

/// The owner keeps its reference throughout; B and C, non-owners, each take
/// and drop an extra reference on a borrowed one. No decref may free or queue,
/// and afterwards the total is back to 1, all of it A's, which A then frees.
#[test]
fn brc_incref_decref_nonowner_concurrent() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(1);
        let queue = Arc::new(BrcQueue::new());

        let spawn = |id: usize| {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(id);
                incref(&obj.header);
                obj.use_it();
                assert_eq!(obj.drop_ref(&queue), SharedDecref::Done);
            })
        };
        let (b, c) = (spawn(2), spawn(3));
        obj.use_it();
        b.join().unwrap();
        c.join().unwrap();

        assert!(!queue.has_pending());
        assert_eq!(refcount::total(&obj.header), 1);
        assert_eq!(obj.header.ref_shared.load(Ordering::Relaxed), 0);
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 0);
        obj.release(0);
        assert_eq!(obj.drop_ref(&queue), SharedDecref::Dealloc);
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 1);
    });
}

/// B drops a reference A counted locally while C takes and drops one on
/// A's: exactly one of the two drops finds the shared count at 0 and queues
/// (which one depends on the order). After A merges, the total is A's single
/// reference and the object is no longer biased, so A's own decref is a
/// shared one that frees it.
#[test]
fn brc_nonowner_drop_and_incref_race() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(3);
        incref(&obj.header); // B's reference, local 2
        let queue = Arc::new(BrcQueue::new());
        let queued = Arc::new(AtomicUsize::new(0));

        let b = {
            let (obj, queue, queued) = (obj.clone(), queue.clone(), queued.clone());
            thread::spawn(move || {
                set_thread_id(2);
                obj.release(1);
                match obj.drop_ref(&queue) {
                    SharedDecref::Queue => queued.fetch_add(1, Ordering::Relaxed),
                    r => {
                        assert_eq!(r, SharedDecref::Done);
                        0
                    }
                };
            })
        };
        let c = {
            let (obj, queue, queued) = (obj.clone(), queue.clone(), queued.clone());
            thread::spawn(move || {
                set_thread_id(3);
                incref(&obj.header);
                obj.release(2);
                match obj.drop_ref(&queue) {
                    SharedDecref::Queue => queued.fetch_add(1, Ordering::Relaxed),
                    r => {
                        assert_eq!(r, SharedDecref::Done);
                        0
                    }
                };
            })
        };
        b.join().unwrap();
        c.join().unwrap();

        assert_eq!(queued.load(Ordering::Relaxed), 1);
        assert!(queue.has_pending());
        assert_eq!(
            refcount::total(&obj.header),
            2,
            "A's reference and the queued one"
        );
        obj.merge(&queue);
        assert_eq!(refcount::total(&obj.header), 1);
        assert_eq!(obj.header.tid.load(Ordering::Relaxed), 0);
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 0);

        obj.release(0);
        assert_eq!(obj.drop_ref(&queue), SharedDecref::Dealloc);
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 1);
    });
}

/// The owner defers the object's refcount (`ObjectHeader::defer_shared`, as
/// before a thread starts) while B, a non-owner holding a shared reference,
/// takes and drops more, and A itself keeps counting. Neither thread has
/// deferred-count slots here, so counts after the deferral go to the shared
/// count. Whatever the order, no decref may free it (only the collector
/// frees a deferred object), and at the end the count is exactly zero.
#[test]
fn brc_owner_defers_while_nonowner_counts() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(2);
        obj.give_shared_ref(); // B's reference
        let queue = Arc::new(BrcQueue::new());

        let b = {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(2);
                assert!(!obj.header.defer_shared(2, 0), "only the owner may defer");
                incref(&obj.header);
                obj.use_it();
                obj.drop_ref(&queue);
                obj.release(1);
                obj.drop_ref(&queue);
            })
        };
        incref(&obj.header);
        assert!(obj.header.defer_shared(OWNER, 0));
        obj.drop_ref(&queue);
        obj.merge(&queue);
        b.join().unwrap();
        obj.merge(&queue);
        obj.release(0);
        obj.drop_ref(&queue);

        assert!(obj.header.is_deferred());
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 0);
        let count = obj.header.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT;
        assert_eq!(count, 0, "every reference was dropped");
    });
}

/// An object whose owner has gone (merged counts) may be deferred by any
/// thread holding a reference, while another thread counts on it.
#[test]
fn brc_defer_merged_object() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(2);
        incref(&obj.header); // C's reference
        let queue = Arc::new(BrcQueue::new());
        assert_eq!(refcount::explicit_merge(&obj.header, 0), 2);
        assert_eq!(obj.header.tid.load(Ordering::Relaxed), 0);

        let c = {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(3);
                incref(&obj.header);
                obj.use_it();
                obj.drop_ref(&queue);
                obj.release(1);
                obj.drop_ref(&queue);
            })
        };
        set_thread_id(2);
        assert!(obj.header.defer_shared(2, 0));
        obj.release(0);
        obj.drop_ref(&queue);
        c.join().unwrap();

        assert!(!queue.has_pending());
        assert_eq!(obj.deallocs.load(Ordering::Relaxed), 0);
        let count = obj.header.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT;
        assert_eq!(count, 0, "every reference was dropped");
    });
}

/// `is_unique_to_current_thread`: B, a non-owner with its own reference,
/// writes the payload under the object's mutex and lets go; A, the owner
/// with local count 1, waits until it holds the only reference and then
/// writes the payload with no lock. Loom reports a data race unless B's
/// write happens before A's (the Acquire on the shared count), and A must
/// never see itself unique while B still holds its reference.
#[test]
fn brc_unique_reference_needs_no_lock() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Obj::new(2);
        obj.give_shared_ref(); // B's reference
        let queue = Arc::new(BrcQueue::new());

        let b = {
            let (obj, queue) = (obj.clone(), queue.clone());
            thread::spawn(move || {
                set_thread_id(2);
                assert!(!refcount::is_unique_to_current_thread(&obj.header));
                obj.header.mutex.lock();
                obj.payload.with_mut(|p| unsafe { *p = 8 });
                obj.header.mutex.unlock();
                obj.released[1].store(true, Ordering::Relaxed);
                obj.drop_ref(&queue);
            })
        };
        while !refcount::is_unique_to_current_thread(&obj.header) {
            thread::yield_now();
        }
        assert!(
            obj.released[1].load(Ordering::Relaxed),
            "unique while B holds a reference"
        );
        obj.payload.with_mut(|p| unsafe {
            assert_eq!(*p, 8);
            *p = 7;
        });
        b.join().unwrap();
        obj.release(0);
        assert_eq!(obj.drop_ref(&queue), SharedDecref::Dealloc);
    });
}
