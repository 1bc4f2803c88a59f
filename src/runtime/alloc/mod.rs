//! The object allocator: size-classed pools owned per thread (pymalloc's
//! shape, mimalloc's ownership).
//!
//! Objects of up to 512 bytes (`MAX_SMALL`) come from blocks in 16 KiB
//! pools of one size class (8-byte steps), cut from 1 MiB arenas
//! (`arena.rs`). Each thread has its own heap (`heap.rs`) of pools: it
//! allocates and frees its own blocks with no atomic operation. A block
//! freed by another thread goes on its pool's lock-free remote list
//! (`pool.rs`), which the owner collects when the pool runs dry. An exiting
//! thread returns its empty pools and parks the rest, which the next thread
//! that needs a pool of that class adopts. Larger objects, and objects
//! aligned beyond 8, use the system allocator (`object/pyref.rs` decides,
//! per payload type, at compile time).
//!
//! Containers and plain objects live in separate pools (the pool's `kind`),
//! so the cycle collector can enumerate every container by walking the
//! arenas, with no per-object list; freed blocks have a null type word.
//!
//! Threads that have no thread id yet (start-up before registration) or
//! whose heap is gone (allocations from thread-local destructors after
//! exit) use one shared fallback heap under a mutex; its pools belong to no
//! thread, so every free into them is remote.
//!
//! `loom-tests/tests/alloc.rs` models a remote free racing the owner's
//! allocation, and adoption of an exited thread's pool.

pub mod arena;
pub mod heap;
pub mod numbering;
pub mod pool;
pub mod sysalloc;

use std::cell::Cell;
use std::ptr::NonNull;
use std::sync::OnceLock;

use crate::runtime::sync::{thread_id, Mutex, Ordering, SYSALLOC};
use arena::ArenaSet;
use heap::Heap;
pub use numbering::Numbering;
use pool::Pool;

/// Largest object served from pools.
pub const MAX_SMALL: usize = pool::MAX_BLOCK;

/// Owner id of the fallback heap's pools: no thread has it.
const FALLBACK_OWNER: usize = usize::MAX;

/// `HEAP` of a thread whose heap was abandoned at exit.
const DEAD: usize = 1;

thread_local! {
    static HEAP: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
    static GUARD: HeapGuard = const { HeapGuard };
}

/// Abandons the thread's heap when the thread exits.
struct HeapGuard;

impl Drop for HeapGuard {
    fn drop(&mut self) {
        let h = HEAP.with(|h| h.replace(DEAD as *mut Heap));
        if h as usize > DEAD {
            // SAFETY: created by `alloc_cold` with Box::into_raw, used only by
            // this thread, which is exiting.
            let mut heap = unsafe { Box::from_raw(h) };
            heap.abandon(arenas());
            arenas().reclaim_abandoned();
        }
    }
}

fn arenas() -> &'static ArenaSet {
    static ARENAS: OnceLock<ArenaSet> = OnceLock::new();
    ARENAS.get_or_init(ArenaSet::new)
}

fn fallback() -> &'static Mutex<Heap> {
    static FALLBACK: OnceLock<Mutex<Heap>> = OnceLock::new();
    FALLBACK.get_or_init(|| Mutex::new(Heap::new(FALLBACK_OWNER)))
}

/// A block of `size` bytes (32..=MAX_SMALL), 8-aligned, in a container
/// pool if `container`.
#[inline(always)]
pub fn alloc(size: usize, container: bool) -> NonNull<u8> {
    debug_assert!((32..=MAX_SMALL).contains(&size));
    if SYSALLOC {
        return sysalloc::alloc(size, container);
    }
    let class = pool::class_of(size);
    let kind = container as usize;
    let h = HEAP.with(|h| h.get());
    if h as usize > DEAD {
        // SAFETY: the thread's own live heap.
        return unsafe { (*h).alloc(arenas(), class, kind) };
    }
    alloc_cold(class, kind)
}

#[cold]
#[inline(never)]
fn alloc_cold(class: usize, kind: usize) -> NonNull<u8> {
    let me = thread_id();
    if me != 0 && HEAP.with(|h| h.get()).is_null() {
        let h = Box::into_raw(Box::new(Heap::new(me)));
        HEAP.with(|c| c.set(h));
        GUARD.with(|_| {});
        // SAFETY: just made, ours.
        return unsafe { (*h).alloc(arenas(), class, kind) };
    }
    fallback().lock().alloc(arenas(), class, kind)
}

/// Free a block from `alloc` (of that `size` and `container`).
///
/// # Safety
/// `block` came from `alloc` and nothing uses it any more.
#[inline(always)]
pub unsafe fn free(block: NonNull<u8>, size: usize, container: bool) {
    if SYSALLOC {
        // SAFETY: the caller's guarantee.
        unsafe { sysalloc::free(block, size, container) };
        return;
    }
    let pool = Pool::of(block.as_ptr());
    let me = thread_id();
    // SAFETY: a block's pool header is live while the block is.
    let owner = unsafe { (*pool).owner.load(Ordering::Relaxed) };
    if owner == me && me != pool::NO_OWNER {
        let h = HEAP.with(|h| h.get());
        // SAFETY: pools owned by this thread are on its live heap (ids are
        // never 0 or FALLBACK_OWNER, and an exiting heap disowns its pools).
        unsafe { (*h).free(arenas(), pool, block) };
    } else {
        // SAFETY: the caller's guarantee.
        unsafe { (*pool).give_back_remote(block) };
    }
}

/// Call `f` on every live object in container pools (`gc`'s walk). Only
/// while no other thread allocates or frees.
pub fn for_each_container(f: &mut dyn FnMut(NonNull<u8>)) {
    if SYSALLOC {
        return sysalloc::for_each_container(f);
    }
    arenas().for_each_pool(&mut |p| {
        if p.kind == 1 {
            p.for_each_live(f);
        }
    });
}

/// Number the blocks of every container pool densely, for the collector's
/// per-object array (`numbering.rs`). Only with the world stopped; valid
/// until it restarts.
pub fn number_containers() -> Numbering {
    if SYSALLOC {
        return sysalloc::number_containers();
    }
    Numbering::new(|f| {
        arenas().for_each_pool(&mut |p| {
            if p.kind == 1 {
                f(p);
            }
        })
    })
}

/// Call `f` on every live object in any pool. Only while no other thread
/// allocates or frees.
pub fn for_each_object(f: &mut dyn FnMut(NonNull<u8>)) {
    if SYSALLOC {
        // Plain objects are not listed in that build.
        return sysalloc::for_each_container(f);
    }
    arenas().for_each_pool(&mut |p| p.for_each_live(f));
}

/// (arenas, pools in use).
pub fn counts() -> (usize, usize) {
    arenas().counts()
}

/// Serve every large block (vectors of big lists and dicts, long strings)
/// from its own mapping. glibc otherwise raises its mmap threshold after
/// the first such block is freed, so a list grown by doubling leaves each
/// old buffer as free but resident heap (a comprehension of a million
/// items peaked 30 MB higher); mapped blocks are returned at once and
/// grow by `mremap`, without copying.
pub fn tune_system_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_MMAP_THRESHOLD: std::os::raw::c_int = -3;
        extern "C" {
            fn mallopt(
                param: std::os::raw::c_int,
                value: std::os::raw::c_int,
            ) -> std::os::raw::c_int;
        }
        // SAFETY: glibc's `mallopt` only changes allocator parameters; it
        // is called once at start-up, before other threads exist.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 256 * 1024);
        }
    }
}
