//! Models the biased-refcount merge queue (`runtime::brc::BrcQueue`): two
//! non-owner threads each drop the last non-owner reference to a different
//! object owned by thread A, both find the shared count at 0 and push to A's
//! queue concurrently, while A drops its own references and drains the queue
//! at a safe point (`has_pending` then `merge`) and again after joining, as at
//! thread exit. Checks: no push is lost, each object is merged and freed
//! exactly once, the queue ends empty, and the merge's reads of the headers
//! and the frees are ordered after the pushers' last uses (loom `UnsafeCell`).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

use loom_tests::object::header::ObjectHeader;
use loom_tests::runtime::brc::{BrcQueue, QueuedObject};
use loom_tests::runtime::refcount::{decref, incref, SharedDecref, MERGED};
use loom_tests::runtime::sync::set_thread_id;

const OWNER: usize = 1;

struct Obj {
    header: ObjectHeader,
    payload: UnsafeCell<u64>,
    deallocs: AtomicUsize,
}

fn model(f: impl Fn() + Sync + Send + 'static) {
    loom_tests::check_model(4, 1000, f);
}

#[test]
fn brc_two_pushers_owner_merges_each_once() {
    model(|| {
        set_thread_id(OWNER);
        let objs: Arc<[Obj; 2]> = Arc::new(std::array::from_fn(|_| Obj {
            header: ObjectHeader::new(std::ptr::null(), OWNER),
            payload: UnsafeCell::new(7),
            deallocs: AtomicUsize::new(0),
        }));
        // One reference for each pusher, counted locally (local 2 each).
        for o in objs.iter() {
            incref(&o.header);
        }
        let queue = Arc::new(BrcQueue::new());

        let pushers: Vec<_> = (0..2)
            .map(|i| {
                let (objs, queue) = (objs.clone(), queue.clone());
                thread::spawn(move || {
                    set_thread_id(2 + i);
                    let o = &objs[i];
                    o.payload.with(|p| assert_eq!(unsafe { *p }, 7));
                    assert_eq!(decref(&o.header), SharedDecref::Queue);
                    queue.push(QueuedObject(&o.header));
                })
            })
            .collect();

        let dealloc = |q: QueuedObject| {
            let o = objs
                .iter()
                .find(|o| std::ptr::eq(q.0, &o.header))
                .expect("merge handed back an object never queued");
            o.payload.with_mut(|p| unsafe { *p = 0xdead });
            o.deallocs.fetch_add(1, Ordering::Relaxed);
        };

        // A drops its own references (local 1 each: the queued ones remain).
        for o in objs.iter() {
            assert_eq!(decref(&o.header), SharedDecref::Done);
        }
        // A safe point racing the pushers.
        if queue.has_pending() {
            queue.merge(dealloc);
        }
        for p in pushers {
            p.join().unwrap();
        }
        // Thread exit: drain whatever is left.
        queue.merge(dealloc);

        assert!(!queue.has_pending());
        for o in objs.iter() {
            assert_eq!(o.deallocs.load(Ordering::Relaxed), 1, "freed exactly once");
            assert_eq!(o.header.ref_shared.load(Ordering::Relaxed), MERGED);
            assert_eq!(o.header.tid.load(Ordering::Relaxed), 0);
        }
    });
}
