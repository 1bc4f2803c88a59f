//! A pool: 16 KiB of blocks of one size class, owned by one thread.
//!
//! The pool's header sits at its start, and pools are aligned to their size,
//! so a block's pool is its address with the low bits cleared. Free blocks
//! form two singly linked lists through their first word (where a live
//! object keeps its owner's thread id, so a stale reader can never mistake
//! a free block for an object of its own):
//! - `local`: blocks the owner freed; only the owner touches it;
//! - `remote`: blocks other threads freed, a lock-free stack (CAS push by
//!   anyone, `swap(null)` by the owner, who takes the whole list at once, so
//!   there is no ABA: a block leaves `remote` only through the owner).
//!
//! Blocks above `bump` were never handed out. A freed block's type word
//! (offset 24, the header's `ob_type`) is nulled, so a walker can tell the
//! live objects of a pool apart (`for_each_live`). `used` counts the blocks
//! handed out minus those freed locally or collected from `remote`.
//!
//! Owner-only fields are plain memory reached through `*mut Pool`: the owner
//! is the only writer and reader, and ownership changes hands only through
//! the abandoned list's mutex (`arena.rs`), which orders them.

use std::ptr::{self, NonNull};

use crate::runtime::sync::{AtomicPtr, AtomicUsize, Ordering};

pub const POOL_SIZE: usize = 16 * 1024;
/// Bytes before the first block: the header, rounded up.
pub const POOL_HEADER: usize = 128;
/// Size classes step by 8 bytes up to 512: class `c` holds `(c + 1) * 8`.
pub const SIZE_STEP: usize = 8;
pub const MAX_BLOCK: usize = 512;
pub const CLASSES: usize = MAX_BLOCK / SIZE_STEP;
/// Offset of a block's type word, nulled when it is freed.
const TYPE_WORD: usize = 24;

/// The size class of a block of `size` bytes (`size <= MAX_BLOCK`).
#[inline(always)]
pub fn class_of(size: usize) -> usize {
    size.max(1).div_ceil(SIZE_STEP) - 1
}

pub struct FreeBlock {
    next: *mut FreeBlock,
}

#[repr(C)]
pub struct Pool {
    /// Owning thread id; `NO_OWNER` while abandoned.
    pub owner: AtomicUsize,
    remote: AtomicPtr<FreeBlock>,
    // ---- owner only ----
    local: *mut FreeBlock,
    bump: u32,
    pub used: u32,
    pub block_size: u32,
    pub class: u8,
    /// 0 plain objects, 1 containers (the collector walks these).
    pub kind: u8,
    /// In the owner's full list (no free block when it was last looked at).
    pub in_full: bool,
    pub next: *mut Pool,
    pub prev: *mut Pool,
    /// The arena and this pool's index in it (`arena.rs`).
    pub arena: *mut u8,
    pub index: u32,
}

/// `Pool::owner` of an abandoned pool (thread ids are never 0).
pub const NO_OWNER: usize = 0;

const _: () = assert!(std::mem::size_of::<Pool>() <= POOL_HEADER);

impl Pool {
    /// Format the pool at `at` (POOL_SIZE bytes, aligned to POOL_SIZE).
    ///
    /// # Safety
    /// `at` is such a region, unused by anything else.
    pub unsafe fn init(
        at: NonNull<u8>,
        owner: usize,
        class: usize,
        kind: u8,
        arena: *mut u8,
        index: u32,
    ) -> *mut Pool {
        let p = at.as_ptr() as *mut Pool;
        // SAFETY: the caller gives us the region; the header fits (assert above).
        unsafe {
            p.write(Pool {
                owner: AtomicUsize::new(owner),
                remote: AtomicPtr::new(ptr::null_mut()),
                local: ptr::null_mut(),
                bump: POOL_HEADER as u32,
                used: 0,
                block_size: ((class + 1) * SIZE_STEP) as u32,
                class: class as u8,
                kind,
                in_full: false,
                next: ptr::null_mut(),
                prev: ptr::null_mut(),
                arena,
                index,
            });
        }
        p
    }

    /// The pool holding `block`.
    #[inline(always)]
    pub fn of(block: *const u8) -> *mut Pool {
        (block as usize & !(POOL_SIZE - 1)) as *mut Pool
    }

    /// Take a block: a locally freed one, else a never-used one. Owner only.
    #[inline(always)]
    pub fn take(&mut self) -> Option<NonNull<u8>> {
        if let Some(b) = NonNull::new(self.local) {
            // SAFETY: blocks on `local` are free blocks of this pool, linked
            // through their first word by `give_back`/`collect_remote`.
            self.local = unsafe { b.as_ref().next };
            self.used += 1;
            return Some(b.cast());
        }
        let size = self.block_size;
        if self.bump as usize + size as usize <= POOL_SIZE {
            let at = self.bump as usize;
            self.bump += size;
            self.used += 1;
            // SAFETY: `at` is inside this pool's POOL_SIZE bytes.
            return NonNull::new(unsafe { (self as *mut Pool as *mut u8).add(at) });
        }
        None
    }

    /// Free `block` (of this pool) on the owner thread.
    ///
    /// # Safety
    /// The caller owns the pool and `block` is a live block of it.
    #[inline(always)]
    pub unsafe fn give_back(&mut self, block: NonNull<u8>) {
        let b = block.as_ptr() as *mut FreeBlock;
        // SAFETY: the block is ours and at least 32 bytes (objects are).
        unsafe {
            mark_free(block);
            (*b).next = self.local;
        }
        self.local = b;
        self.used -= 1;
    }

    /// Free `block` from a thread that does not own the pool.
    ///
    /// # Safety
    /// `block` is a live block of this pool that the caller may free.
    pub unsafe fn give_back_remote(&self, block: NonNull<u8>) {
        let b = block.as_ptr() as *mut FreeBlock;
        // SAFETY: the block is no longer used by anyone but us.
        unsafe { mark_free(block) };
        let mut head = self.remote.load(Ordering::Relaxed);
        loop {
            // SAFETY: as above; the link is published by the Release CAS.
            unsafe { (*b).next = head };
            // Release: the link and the freed contents before the owner's
            // Acquire swap.
            match self
                .remote
                .compare_exchange_weak(head, b, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => return,
                Err(h) => head = h,
            }
        }
    }

    /// Move the remotely freed blocks to `local`. Owner only. True if any.
    pub fn collect_remote(&mut self) -> bool {
        let first = self.remote.swap(ptr::null_mut(), Ordering::Acquire);
        if first.is_null() {
            return false;
        }
        let mut n = 1;
        let mut last = first;
        // SAFETY: the list was built by `give_back_remote` of blocks of this
        // pool; we took it whole, so nobody else walks it.
        unsafe {
            while !(*last).next.is_null() {
                last = (*last).next;
                n += 1;
            }
            (*last).next = self.local;
        }
        self.local = first;
        self.used -= n;
        true
    }

    /// Is there a block to take without collecting?
    pub fn has_free(&self) -> bool {
        !self.local.is_null() || self.bump as usize + self.block_size as usize <= POOL_SIZE
    }

    /// Call `f` on every live block (type word set). Only while no thread
    /// allocates or frees in this pool (the world stopped, or owner only).
    pub fn for_each_live(&self, f: &mut dyn FnMut(NonNull<u8>)) {
        self.for_each_live_indexed(|b, _| f(b));
    }

    /// `for_each_live` with each block's index in the pool.
    #[inline]
    pub fn for_each_live_indexed(&self, mut f: impl FnMut(NonNull<u8>, usize)) {
        let base = self as *const Pool as usize;
        let mut at = POOL_HEADER;
        let mut i = 0;
        while at < self.bump as usize {
            let b = (base + at) as *mut u8;
            // SAFETY: below `bump` every block was handed out once; free
            // ones have a null type word, live ones a type pointer.
            let ty = unsafe { ptr::read_volatile(b.add(TYPE_WORD) as *const usize) };
            if ty != 0 {
                // SAFETY: non-null, inside the pool.
                f(unsafe { NonNull::new_unchecked(b) }, i);
            }
            at += self.block_size as usize;
            i += 1;
        }
    }

    /// How many blocks were ever handed out (live or free now): the
    /// indices `for_each_live_indexed` can give.
    pub fn blocks_cut(&self) -> usize {
        (self.bump as usize - POOL_HEADER) / self.block_size as usize
    }

    /// Block `i` of this pool (`i < blocks_cut()`).
    #[inline]
    pub fn block_at(&self, i: usize) -> NonNull<u8> {
        let at = POOL_HEADER + i * self.block_size as usize;
        debug_assert!(at < self.bump as usize);
        // SAFETY: inside this pool, hence not null.
        unsafe { NonNull::new_unchecked((self as *const Pool as *mut u8).add(at)) }
    }
}

/// Null the type word of a block being freed.
///
/// # Safety
/// `block` is a block of at least 32 bytes that nobody uses any more.
unsafe fn mark_free(block: NonNull<u8>) {
    // SAFETY: the caller's guarantee.
    unsafe { ptr::write_volatile(block.as_ptr().add(TYPE_WORD) as *mut usize, 0) };
}
