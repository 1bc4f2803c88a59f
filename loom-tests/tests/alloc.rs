//! Models the allocator's cross-thread paths (`runtime::alloc`): a remote
//! free racing the owner's allocation from the same pool, and an exited
//! thread's pool adopted while another thread frees into it. A lost or
//! doubled free shows up as a wrong `used` count or a block handed out
//! twice.
#![cfg(loom)]

use std::ptr::NonNull;

use loom::sync::Arc;
use loom::thread;

use loom_tests::runtime::alloc::arena::ArenaSet;
use loom_tests::runtime::alloc::heap::Heap;
use loom_tests::runtime::alloc::pool::{class_of, Pool};
use loom_tests::runtime::sync::set_thread_id;

const CLASS_BYTES: usize = 32;

/// A block pointer that may cross threads in the model.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Block(NonNull<u8>);
// SAFETY: only the model's own bookkeeping moves it; the allocator decides
// who may touch the memory.
unsafe impl Send for Block {}

fn pool_of(b: Block) -> &'static mut Pool {
    // SAFETY: the block's pool lives as long as the model's arena set.
    unsafe { &mut *Pool::of(b.0.as_ptr()) }
}

/// The owner allocates, frees one block itself, and allocates again, while
/// another thread frees a second block remotely; the owner then collects.
/// Every block is handed out at most once at a time and `used` ends exact.
#[test]
fn alloc_remote_free_races_owner() {
    loom_tests::check_model(3, 20_000, || {
        let arenas = Arc::new(ArenaSet::new());
        set_thread_id(1);
        let mut heap = Heap::new(1);
        let class = class_of(CLASS_BYTES);
        let a = Block(heap.alloc(&arenas, class, 0));
        let b = Block(heap.alloc(&arenas, class, 0));
        let other = thread::spawn(move || {
            set_thread_id(2);
            // SAFETY: `b` is live and handed to this thread to free.
            unsafe { pool_of(b).give_back_remote(b.0) };
        });
        // SAFETY: our live block.
        unsafe { heap.free(&arenas, Pool::of(a.0.as_ptr()), a.0) };
        let c = Block(heap.alloc(&arenas, class, 0));
        assert_eq!(c, a, "the local free list is reused first");
        pool_of(c).collect_remote();
        other.join().unwrap();
        pool_of(c).collect_remote();
        assert_eq!(pool_of(c).used, 1);
        let d = Block(heap.alloc(&arenas, class, 0));
        assert_ne!(d, c);
        assert_eq!(pool_of(c).used, 2);
        heap.abandon(&arenas);
    });
}

/// Thread 1 exits with two live blocks; thread 2 frees one of them (remote,
/// racing the abandonment) and then allocates, adopting the pool.
#[test]
fn alloc_adopts_abandoned_pool() {
    loom_tests::check_model(3, 20_000, || {
        let arenas = Arc::new(ArenaSet::new());
        let class = class_of(CLASS_BYTES);
        set_thread_id(1);
        let mut heap1 = Heap::new(1);
        let a = Block(heap1.alloc(&arenas, class, 0));
        let b = Block(heap1.alloc(&arenas, class, 0));
        let t2 = {
            let arenas = arenas.clone();
            thread::spawn(move || {
                set_thread_id(2);
                // SAFETY: `a` is live and ours to free.
                unsafe { pool_of(a).give_back_remote(a.0) };
                let mut heap2 = Heap::new(2);
                let c = Block(heap2.alloc(&arenas, class, 0));
                let adopted = Pool::of(c.0.as_ptr()) == Pool::of(b.0.as_ptr());
                (c, adopted, heap2)
            })
        };
        heap1.abandon(&arenas);
        let (c, adopted, mut heap2) = t2.join().unwrap();
        assert_ne!(c, b, "a live block handed out again");
        let pool = pool_of(b);
        if adopted {
            // Thread 2 owns it now: b and c live, a freed (collected now
            // if its free raced the adoption).
            pool.collect_remote();
            assert_eq!(pool.used, 2);
            assert_eq!(pool.owner.load(loom::sync::atomic::Ordering::Relaxed), 2);
        }
        heap2.abandon(&arenas);
    });
}
