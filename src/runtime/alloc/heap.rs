//! A thread's heap: for each size class and kind, its pools with free
//! blocks (`avail`) and the ones that were full when last looked at
//! (`full`). Only the owning thread touches a heap, so nothing here is
//! atomic; other threads reach its pools only through `Pool::give_back_remote`.
//!
//! Allocation takes a block from the first available pool. When that pool
//! runs dry (`alloc_slow`), in order: collect its remote frees; move it to
//! `full` and try the next; look for remote frees in a few full pools
//! (round robin); adopt
//! an abandoned pool of an exited thread; cut a new pool from an arena.
//! A local free into a full pool moves it back to `avail`; a pool that
//! becomes empty goes back to its arena unless it is the class's only one.
//! When the thread exits (`abandon`), its empty pools go back to their
//! arenas and the rest are parked for adoption.

use std::ptr::{self, NonNull};

use crate::runtime::alloc::arena::ArenaSet;
use crate::runtime::alloc::pool::{Pool, CLASSES};

pub const KINDS: usize = 2;
/// Full pools checked for remote frees per slow-path allocation.
const FULL_SCAN: usize = 4;

pub struct Heap {
    pub owner: usize,
    avail: [[*mut Pool; CLASSES]; KINDS],
    full: [[*mut Pool; CLASSES]; KINDS],
    /// Where the next scan of `full` resumes (null: at the head).
    cursor: [[*mut Pool; CLASSES]; KINDS],
}

// SAFETY: a heap is used by one thread at a time (its owner's TLS, or the
// fallback heap under a mutex); the pools it points to are its own.
unsafe impl Send for Heap {}

impl Heap {
    pub fn new(owner: usize) -> Heap {
        Heap {
            owner,
            avail: [[ptr::null_mut(); CLASSES]; KINDS],
            full: [[ptr::null_mut(); CLASSES]; KINDS],
            cursor: [[ptr::null_mut(); CLASSES]; KINDS],
        }
    }

    /// A block of size class `class` in a pool of `kind`.
    #[inline(always)]
    pub fn alloc(&mut self, arenas: &ArenaSet, class: usize, kind: usize) -> NonNull<u8> {
        let p = self.avail[kind][class];
        if !p.is_null() {
            // SAFETY: pools on our lists are ours and live.
            if let Some(b) = unsafe { (*p).take() } {
                return b;
            }
        }
        self.alloc_slow(arenas, class, kind)
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, arenas: &ArenaSet, class: usize, kind: usize) -> NonNull<u8> {
        loop {
            let p = self.avail[kind][class];
            if p.is_null() {
                break;
            }
            // SAFETY: our pool.
            let pool = unsafe { &mut *p };
            if pool.has_free() || pool.collect_remote() {
                if let Some(b) = pool.take() {
                    return b;
                }
            }
            self.unlink(p);
            self.push(p, true);
        }
        // Full pools that others have freed into since: a few per call,
        // resuming where the last call stopped, so a heap with many full
        // pools does not scan them all for every new pool.
        let mut p = self.cursor[kind][class];
        for _ in 0..FULL_SCAN {
            if p.is_null() {
                p = self.full[kind][class];
                if p.is_null() {
                    break;
                }
            }
            // SAFETY: our pool.
            let pool = unsafe { &mut *p };
            let next = pool.next;
            if pool.collect_remote() {
                self.unlink(p);
                self.push(p, false);
            }
            p = next;
        }
        self.cursor[kind][class] = p;
        let p = self.avail[kind][class];
        if !p.is_null() {
            // SAFETY: our pool, with blocks collected just now.
            if let Some(b) = unsafe { (*p).take() } {
                return b;
            }
        }
        // Adopt an exited thread's pool, else cut a new one (always free).
        loop {
            let p = match arenas.take_abandoned(self.owner, class, kind as u8) {
                Some(p) => {
                    // SAFETY: adopted: ours now.
                    unsafe { (*p).collect_remote() };
                    p
                }
                None => arenas.new_pool(self.owner, class, kind as u8),
            };
            // SAFETY: ours.
            let has_free = unsafe { (*p).has_free() };
            self.push(p, !has_free);
            if has_free {
                // SAFETY: ours, with a free block.
                if let Some(b) = unsafe { (*p).take() } {
                    return b;
                }
            }
        }
    }

    /// Free `block` of `pool`, which this heap owns.
    ///
    /// # Safety
    /// `pool` is on this heap's lists and `block` is a live block of it.
    #[inline(always)]
    pub unsafe fn free(&mut self, arenas: &ArenaSet, pool: *mut Pool, block: NonNull<u8>) {
        // SAFETY: the caller's guarantee.
        let p = unsafe { &mut *pool };
        // SAFETY: as above.
        unsafe { p.give_back(block) };
        if p.in_full {
            self.unlink(pool);
            self.push(pool, false);
        } else if p.used == 0 {
            self.maybe_release(arenas, pool);
        }
    }

    #[cold]
    fn maybe_release(&mut self, arenas: &ArenaSet, pool: *mut Pool) {
        // SAFETY: ours.
        let (kind, class, next, prev) = unsafe {
            let p = &*pool;
            (p.kind as usize, p.class as usize, p.next, p.prev)
        };
        // Keep a class's last pool: a loop that allocates and frees one
        // object must not cut and return a pool each time.
        if self.avail[kind][class] == pool && next.is_null() && prev.is_null() {
            return;
        }
        self.unlink(pool);
        // SAFETY: empty and unlinked; no other thread holds a block of it
        // (`used` counts collected remote frees; uncollected ones would
        // keep it above zero).
        unsafe { arenas.release_pool(pool) };
    }

    /// The thread exits: return empty pools, park the others.
    pub fn abandon(&mut self, arenas: &ArenaSet) {
        let mut keep = Vec::new();
        for kind in 0..KINDS {
            for class in 0..CLASSES {
                for head in [self.avail[kind][class], self.full[kind][class]] {
                    let mut p = head;
                    while !p.is_null() {
                        // SAFETY: ours.
                        let pool = unsafe { &mut *p };
                        let next = pool.next;
                        pool.collect_remote();
                        pool.next = ptr::null_mut();
                        pool.prev = ptr::null_mut();
                        pool.in_full = false;
                        if pool.used == 0 {
                            // SAFETY: empty, and this heap is going away.
                            unsafe { arenas.release_pool(p) };
                        } else {
                            keep.push(p);
                        }
                        p = next;
                    }
                }
                self.avail[kind][class] = ptr::null_mut();
                self.full[kind][class] = ptr::null_mut();
                self.cursor[kind][class] = ptr::null_mut();
            }
        }
        // SAFETY: our pools, which this thread will not touch again.
        unsafe { arenas.abandon(&keep) };
    }

    /// Put `p` at the head of its avail (or full) list.
    fn push(&mut self, p: *mut Pool, full: bool) {
        // SAFETY: ours and unlinked.
        let pool = unsafe { &mut *p };
        let (kind, class) = (pool.kind as usize, pool.class as usize);
        let head = if full {
            &mut self.full[kind][class]
        } else {
            &mut self.avail[kind][class]
        };
        pool.in_full = full;
        pool.prev = ptr::null_mut();
        pool.next = *head;
        if !head.is_null() {
            // SAFETY: ours.
            unsafe { (**head).prev = p };
        }
        *head = p;
    }

    fn unlink(&mut self, p: *mut Pool) {
        // SAFETY: ours and on one of our lists.
        let pool = unsafe { &mut *p };
        let (kind, class) = (pool.kind as usize, pool.class as usize);
        if self.cursor[kind][class] == p {
            self.cursor[kind][class] = pool.next;
        }
        if pool.prev.is_null() {
            let head = if pool.in_full {
                &mut self.full[kind][class]
            } else {
                &mut self.avail[kind][class]
            };
            *head = pool.next;
        } else {
            // SAFETY: ours.
            unsafe { (*pool.prev).next = pool.next };
        }
        if !pool.next.is_null() {
            // SAFETY: ours.
            unsafe { (*pool.next).prev = pool.prev };
        }
        pool.next = ptr::null_mut();
        pool.prev = ptr::null_mut();
    }
}
