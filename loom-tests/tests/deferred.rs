//! Models deferred reference counting (`runtime::deferred`): the owner
//! defers an object (`ObjectHeader::defer_shared`) while a non-owner that
//! may still see the old `ref_local` counts it, then both count in their
//! own slots (or, without slots, on the shared count).
//!
//! Checked over all interleavings loom explores: no decref reports the
//! object dead or queues it (only the collector frees a deferred object,
//! and a stale shared decref can never empty `ref_shared`, which holds the
//! owner's moved reference), and once every slot is folded in (as the
//! collector's `merge_all` and a thread's exit do) the count is exact.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::deferred::slots::ThreadSlots;
use loom_tests::runtime::refcount::{decref, incref, SharedDecref, SHARED_SHIFT};
use loom_tests::runtime::sync::{set_thread_id, Ordering};

const OWNER: usize = 1;
const INDEX: u32 = 3;

fn model(f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(4, 1000, f);
}

/// The calling thread's slots, installed as `deferred::open_thread` does.
fn open_slots() -> Box<ThreadSlots> {
    let slots = Box::<ThreadSlots>::default();
    slots.install();
    slots.grow_to(INDEX as usize + 1);
    slots
}

fn close_slots(slots: &ThreadSlots) -> isize {
    ThreadSlots::uninstall();
    let mut total = 0;
    slots.drain(&mut |i, v| {
        assert_eq!(i, INDEX);
        total += v;
    });
    total
}

/// A owns the object (local 1); B holds a shared reference. A defers it
/// and drops its reference; B meanwhile takes and drops another one, then
/// drops its own: every count must balance to zero with no decref asking
/// for a free.
#[test]
fn deferral_races_nonowner_counts() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Arc::new(ObjectHeader::new(std::ptr::null(), OWNER));
        obj.ref_shared.store(1 << SHARED_SHIFT, Ordering::Relaxed); // B's
        let slots_a = open_slots();

        let b = {
            let obj = obj.clone();
            thread::spawn(move || {
                set_thread_id(2);
                let slots_b = open_slots();
                incref(&obj);
                assert_eq!(decref(&obj), SharedDecref::Done);
                assert_eq!(decref(&obj), SharedDecref::Done); // B's own
                close_slots(&slots_b)
            })
        };

        assert!(obj.defer_shared(OWNER, INDEX));
        assert!(obj.is_deferred());
        assert_eq!(decref(&obj), SharedDecref::Done); // A's own
        let b_slot = b.join().unwrap();
        let a_slot = close_slots(&slots_a);

        let shared = obj.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT;
        assert_eq!(shared + a_slot + b_slot, 0, "every reference was dropped");
    });
}

/// A counts a deferred object in its slot; B and C have no slots (not
/// registered yet, or exited), so they count on the shared count. Folded
/// together, the count is exact.
#[test]
fn threads_without_slots_count_shared() {
    model(|| {
        set_thread_id(OWNER);
        let obj = Arc::new(ObjectHeader::new(std::ptr::null(), OWNER));
        obj.make_deferred(INDEX);
        let slots_a = open_slots();
        let spawn = |id: usize| {
            let obj = obj.clone();
            thread::spawn(move || {
                set_thread_id(id);
                incref(&obj);
                incref(&obj);
                assert_eq!(decref(&obj), SharedDecref::Done);
            })
        };
        let (b, c) = (spawn(2), spawn(3));
        assert_eq!(decref(&obj), SharedDecref::Done);
        b.join().unwrap();
        c.join().unwrap();
        let shared = obj.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT;
        assert_eq!(shared, 3, "A's moved reference and one each from B and C");
        assert_eq!(shared + close_slots(&slots_a), 2);
    });
}
