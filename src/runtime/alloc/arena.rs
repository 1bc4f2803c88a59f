//! Arenas: 1 MiB regions from the system allocator, cut into 64 pools.
//!
//! Shared by all threads under one mutex, which is taken once per pool (16
//! KiB of objects), never per object. An arena whose pools are all free is
//! returned to the system (glibc maps a region this large on its own, so
//! it goes back to the OS), except the last one standing, kept against
//! thrashing. Pools are handed to the fullest arena first (pymalloc's
//! policy: the emptier arenas get the chance to empty completely).
//!
//! Also here: the abandoned pools of exited threads, waiting for a thread to
//! adopt them (`take_abandoned`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr::NonNull;

use crate::runtime::alloc::pool::{Pool, NO_OWNER, POOL_SIZE};
use crate::runtime::sync::{Mutex, Ordering};

pub const ARENA_SIZE: usize = 1024 * 1024;
const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;
const ALL_FREE: u64 = u64::MAX;

const _: () = assert!(POOLS_PER_ARENA == 64);

struct Arena {
    base: NonNull<u8>,
    /// Bit i set: pool i is free.
    free: u64,
}

struct Arenas {
    list: Vec<Arena>,
    /// Pools of exited threads (owner `NO_OWNER`), still holding objects.
    abandoned: Vec<*mut Pool>,
}

// SAFETY: the raw pointers are to arena memory, which this structure owns
// and only touches under its mutex.
unsafe impl Send for Arenas {}

pub struct ArenaSet {
    inner: Mutex<Arenas>,
}

impl Drop for ArenaSet {
    /// Only a test's own set is ever dropped (the process's lives forever).
    fn drop(&mut self) {
        let a = self.inner.lock();
        for ar in &a.list {
            // SAFETY: allocated with this layout; nothing can use a dropped set.
            unsafe { System.dealloc(ar.base.as_ptr(), layout()) };
        }
    }
}

impl Default for ArenaSet {
    fn default() -> Self {
        Self::new()
    }
}

fn layout() -> Layout {
    // Pool-aligned, so `Pool::of` finds a block's pool by masking.
    Layout::from_size_align(ARENA_SIZE, POOL_SIZE).expect("arena layout")
}

impl ArenaSet {
    pub fn new() -> Self {
        ArenaSet {
            inner: Mutex::new(Arenas {
                list: Vec::new(),
                abandoned: Vec::new(),
            }),
        }
    }

    /// A fresh pool for `owner`, of size class `class` and `kind`.
    pub fn new_pool(&self, owner: usize, class: usize, kind: u8) -> *mut Pool {
        let mut a = self.inner.lock();
        // Fullest arena with a free pool first.
        let pick = a
            .list
            .iter()
            .enumerate()
            .filter(|(_, ar)| ar.free != 0)
            .min_by_key(|(_, ar)| ar.free.count_ones())
            .map(|(i, _)| i);
        let i = match pick {
            Some(i) => i,
            None => {
                // SAFETY: the layout has a non-zero size.
                let base = unsafe { System.alloc(layout()) };
                let Some(base) = NonNull::new(base) else {
                    std::alloc::handle_alloc_error(layout());
                };
                a.list.push(Arena {
                    base,
                    free: ALL_FREE,
                });
                a.list.len() - 1
            }
        };
        let ar = &mut a.list[i];
        let index = ar.free.trailing_zeros();
        ar.free &= !(1u64 << index);
        // SAFETY: pool `index` lies inside the arena and was free.
        unsafe {
            let at = NonNull::new_unchecked(ar.base.as_ptr().add(index as usize * POOL_SIZE));
            Pool::init(at, owner, class, kind, ar.base.as_ptr(), index)
        }
    }

    /// Return an empty pool (no live block, not linked anywhere).
    ///
    /// # Safety
    /// `pool` came from `new_pool` and nobody will touch it again.
    pub unsafe fn release_pool(&self, pool: *mut Pool) {
        // SAFETY: the caller's guarantee; the header is readable.
        let (arena, index) = unsafe { ((*pool).arena, (*pool).index) };
        let mut a = self.inner.lock();
        let Some(i) = a.list.iter().position(|ar| ar.base.as_ptr() == arena) else {
            return;
        };
        a.list[i].free |= 1u64 << index;
        let empty = a.list.iter().filter(|ar| ar.free == ALL_FREE).count();
        if a.list[i].free == ALL_FREE && empty > 1 {
            let ar = a.list.swap_remove(i);
            // SAFETY: allocated with this layout; every pool in it is free.
            unsafe { System.dealloc(ar.base.as_ptr(), layout()) };
        }
    }

    /// Park the pools of an exiting thread that still hold objects.
    ///
    /// # Safety
    /// The pools belong to the calling thread, which will not touch them
    /// again.
    pub unsafe fn abandon(&self, pools: &[*mut Pool]) {
        let mut a = self.inner.lock();
        for &p in pools {
            // SAFETY: our pool; from now on only the mutex holder touches
            // its owner-only fields. Frees by others go to `remote`.
            unsafe { (*p).owner.store(NO_OWNER, Ordering::Relaxed) };
            a.abandoned.push(p);
        }
    }

    /// Adopt an abandoned pool of `class`/`kind` for `owner`, if any.
    pub fn take_abandoned(&self, owner: usize, class: usize, kind: u8) -> Option<*mut Pool> {
        let mut a = self.inner.lock();
        let i = a.abandoned.iter().position(|&p| {
            // SAFETY: abandoned pools are live headers, read under the mutex.
            unsafe { (*p).class as usize == class && (*p).kind == kind }
        })?;
        let p = a.abandoned.swap_remove(i);
        // SAFETY: as above; the new owner takes over under the mutex, which
        // orders the previous owner's writes before its reads.
        unsafe { (*p).owner.store(owner, Ordering::Relaxed) };
        Some(p)
    }

    /// Free the abandoned pools whose blocks have all been freed remotely.
    pub fn reclaim_abandoned(&self) {
        let empty: Vec<*mut Pool> = {
            let mut a = self.inner.lock();
            let mut empty = Vec::new();
            a.abandoned.retain(|&p| {
                // SAFETY: ownerless pools are only touched under the mutex.
                let pool = unsafe { &mut *p };
                pool.collect_remote();
                if pool.used == 0 {
                    empty.push(p);
                    false
                } else {
                    true
                }
            });
            empty
        };
        for p in empty {
            // SAFETY: empty and unlisted now.
            unsafe { self.release_pool(p) };
        }
    }

    /// Call `f` on every pool in use (owned or abandoned). Only while no
    /// thread allocates (the world stopped).
    pub fn for_each_pool(&self, f: &mut dyn FnMut(&Pool)) {
        let a = self.inner.lock();
        for ar in &a.list {
            for i in 0..POOLS_PER_ARENA {
                if ar.free & (1u64 << i) == 0 {
                    // SAFETY: a pool in use has an initialized header.
                    f(unsafe { &*(ar.base.as_ptr().add(i * POOL_SIZE) as *const Pool) });
                }
            }
        }
    }

    /// (arenas, pools in use), for statistics.
    pub fn counts(&self) -> (usize, usize) {
        let a = self.inner.lock();
        let pools = a
            .list
            .iter()
            .map(|ar| POOLS_PER_ARENA - ar.free.count_ones() as usize)
            .sum();
        (a.list.len(), pools)
    }
}
