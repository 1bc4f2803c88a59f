//! Biased reference counting and the object mutex under real threads (the
//! loom models in `loom-tests/` check the interleavings exhaustively; these
//! check the same protocols at scale on real hardware).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use ferropy::object::header::ObjectHeader;
use ferropy::runtime::brc::{BrcQueue, QueuedObject};
use ferropy::runtime::mutex::{lock_two, ObjLockGuard};
use ferropy::runtime::refcount::{self, SharedDecref};
use ferropy::runtime::sync::{set_thread_id, GIL_BUILD};
use ferropy::runtime::thread::revoke_bias;

struct Obj {
    header: ObjectHeader,
}

// Wrapper to send a raw header pointer to helper threads (the test keeps the
// object alive until every thread is joined).
#[derive(Clone, Copy)]
struct Ptr(*const ObjectHeader);
unsafe impl Send for Ptr {}

#[test]
fn owner_counts_locally_and_frees_at_zero() {
    set_thread_id(1);
    let o = Obj {
        header: ObjectHeader::new(std::ptr::null(), 1),
    };
    for _ in 0..1000 {
        refcount::incref(&o.header);
    }
    assert_eq!(refcount::total(&o.header), 1001);
    for _ in 0..1000 {
        assert_eq!(refcount::decref(&o.header), SharedDecref::Done);
    }
    assert_eq!(refcount::decref(&o.header), SharedDecref::Dealloc);
}

#[test]
fn immortal_objects_are_never_counted() {
    set_thread_id(1);
    let o = Obj {
        header: ObjectHeader::new_immortal(std::ptr::null()),
    };
    for _ in 0..10 {
        refcount::incref(&o.header);
        assert_eq!(refcount::decref(&o.header), SharedDecref::Done);
    }
    assert!(o.header.is_immortal());
}

/// Non-owner threads take and drop many references while the owner holds
/// its own; then everyone drops the last ones. Exactly one deallocation.
#[test]
fn nonowner_traffic_then_merge_frees_once() {
    if GIL_BUILD {
        return; // the GIL build has only the owner path
    }
    set_thread_id(100);
    let o = Box::new(Obj {
        header: ObjectHeader::new(std::ptr::null(), 100),
    });
    let queue = Arc::new(BrcQueue::new());
    let deallocs = Arc::new(AtomicUsize::new(0));
    let p = Ptr(&o.header);
    // One extra reference per worker, handed over from the owner.
    let workers = 4;
    for _ in 0..workers {
        refcount::incref(&o.header);
    }
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let (queue, deallocs) = (queue.clone(), deallocs.clone());
            std::thread::spawn(move || {
                set_thread_id(200 + w);
                let p = p;
                // SAFETY: the owner keeps the object alive until joined.
                let h = unsafe { &*p.0 };
                // A decref may find the shared count at zero (another
                // worker's final decref went first): it queues to the owner.
                let drop_ref = || match refcount::decref(h) {
                    SharedDecref::Done => {}
                    SharedDecref::Queue => queue.push(QueuedObject(p.0)),
                    SharedDecref::Dealloc => {
                        deallocs.fetch_add(1, Ordering::SeqCst);
                    }
                };
                for _ in 0..100_000 {
                    refcount::incref(h);
                    drop_ref();
                }
                drop_ref();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(
        deallocs.load(Ordering::SeqCst),
        0,
        "freed while the owner holds a reference"
    );
    match refcount::decref(&o.header) {
        SharedDecref::Dealloc => {
            deallocs.fetch_add(1, Ordering::SeqCst);
        }
        SharedDecref::Done => {}
        SharedDecref::Queue => unreachable!("the owner never queues"),
    }
    queue.merge(|_| {
        deallocs.fetch_add(1, Ordering::SeqCst);
    });
    assert_eq!(deallocs.load(Ordering::SeqCst), 1);
}

#[test]
fn object_mutex_excludes_and_two_lock_order_is_safe() {
    // `a` starts biased to a thread that never registered (as if exited):
    // the first locker revokes it without waiting.
    let a = Arc::new(ObjectHeader::new(std::ptr::null(), usize::MAX));
    let b = Arc::new(ObjectHeader::new(std::ptr::null(), 0));
    let counter = Arc::new(AtomicUsize::new(0));
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (a, b, counter) = (a.clone(), b.clone(), counter.clone());
            std::thread::spawn(move || {
                for _ in 0..20_000 {
                    if t % 2 == 0 {
                        let _g = lock_two(&a, &b, revoke_bias);
                        let v = counter.load(Ordering::Relaxed);
                        counter.store(v + 1, Ordering::Relaxed);
                    } else {
                        let _g = ObjLockGuard::new(&a, revoke_bias);
                        let v = counter.load(Ordering::Relaxed);
                        counter.store(v + 1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    if !GIL_BUILD {
        assert_eq!(counter.load(Ordering::Relaxed), 80_000);
    }
}

#[test]
fn header_is_32_bytes() {
    assert_eq!(std::mem::size_of::<ObjectHeader>(), 32);
}

#[test]
fn pools_hand_out_distinct_blocks_and_walk_live_containers() {
    use ferropy::runtime::alloc;
    use std::collections::HashSet;
    std::thread::spawn(|| {
        set_thread_id(1_000_001);
        let blocks: Vec<_> = (0..2000).map(|_| alloc::alloc(48, true)).collect();
        let set: HashSet<usize> = blocks.iter().map(|b| b.as_ptr() as usize).collect();
        assert_eq!(set.len(), blocks.len(), "a block handed out twice");
        for b in &blocks {
            // A live object's type word (offset 24) is non-null.
            unsafe { (b.as_ptr().add(24) as *mut usize).write(1) };
        }
        let mut seen = 0;
        alloc::for_each_container(&mut |b| seen += set.contains(&(b.as_ptr() as usize)) as usize);
        assert_eq!(seen, blocks.len());
        // Half freed by another thread (remote frees), half here.
        let (mine, theirs) = blocks.split_at(1000);
        let theirs: Vec<usize> = theirs.iter().map(|b| b.as_ptr() as usize).collect();
        std::thread::spawn(move || {
            set_thread_id(1_000_002);
            for b in theirs {
                unsafe { alloc::free(std::ptr::NonNull::new(b as *mut u8).unwrap(), 48, true) };
            }
        })
        .join()
        .unwrap();
        for b in mine {
            unsafe { alloc::free(*b, 48, true) };
        }
        let mut left = 0;
        alloc::for_each_container(&mut |b| left += set.contains(&(b.as_ptr() as usize)) as usize);
        assert_eq!(left, 0);
        // Remote frees are collected and reused: no new pools needed.
        let again: Vec<_> = (0..2000).map(|_| alloc::alloc(48, true)).collect();
        let reused = again
            .iter()
            .filter(|b| set.contains(&(b.as_ptr() as usize)))
            .count();
        assert!(reused >= 1000, "only {reused} blocks reused");
        for b in again {
            unsafe { alloc::free(b, 48, true) };
        }
    })
    .join()
    .unwrap();
}
