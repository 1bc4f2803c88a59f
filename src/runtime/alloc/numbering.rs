//! The cycle collector's dense numbering of container blocks.
//!
//! While the world is stopped the collector numbers every block of every
//! container pool, 0..len, pool after pool, and keeps its per-object
//! counts in one flat array indexed by those numbers (`vm/gc.rs`). From an
//! object's address, `number_of` finds the number without reading the
//! object: a small open-addressing table keyed by pool address gives the
//! pool's first number and size class, and a multiply by the class's
//! reciprocal and a shift give the block's index. An address in no
//! container pool (a plain object, one from the system allocator, a
//! static) finds no entry. So following a reference costs the collector
//! no cache miss on the object it points to, only on the table (which
//! stays in cache: a few bytes per 16 KiB pool).
//!
//! Valid only while the world stays stopped: no pool is cut, freed or
//! handed out meanwhile, so the numbers and the table hold still.
//!
//! In the `sysalloc` build (`sysalloc.rs`) there are no pools: the
//! containers are numbered in list order, each number kept in the
//! container's prefix, and `objects` maps numbers back.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::runtime::alloc::pool::{Pool, CLASSES, POOL_HEADER, POOL_SIZE, SIZE_STEP};
use crate::runtime::alloc::sysalloc;
use crate::runtime::sync::SYSALLOC;

/// `ceil(2^32 / block_size)` per size class: an offset in a pool (below
/// 2^14, a multiple of the block size) times this, shifted right by 32,
/// is exactly the block index, since the rounding error stays below 2^14.
const RECIP: [u64; CLASSES] = {
    let mut r = [0u64; CLASSES];
    let mut c = 0;
    while c < CLASSES {
        r[c] = (1u64 << 32).div_ceil(((c + 1) * SIZE_STEP) as u64);
        c += 1;
    }
    r
};

const POOL_MASK: usize = POOL_SIZE - 1;

pub struct Numbering {
    /// Each container pool with the number of its first block, ascending.
    pools: Vec<(usize, *const Pool)>,
    /// Open addressing by pool address: (pool address | size class, first
    /// number); a key of 0 is an empty slot. A power of two, at most half
    /// full.
    table: Vec<(usize, usize)>,
    /// `64 - log2(table.len())`, for Fibonacci hashing.
    shift: u32,
    len: usize,
    /// The index in `pools` that `block` found last.
    last: Cell<usize>,
    /// `sysalloc` build: the container numbered `n` is `objects[n]`.
    objects: Vec<NonNull<u8>>,
}

#[inline(always)]
fn hash(pool: usize, shift: u32) -> usize {
    ((pool >> POOL_SIZE.trailing_zeros()) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as usize
        >> shift
}

impl Numbering {
    /// Number the blocks of `pools` (container pools, each visited once).
    pub fn new(for_each_pool: impl FnOnce(&mut dyn FnMut(&Pool))) -> Numbering {
        let mut pools = Vec::new();
        let mut len = 0;
        for_each_pool(&mut |p| {
            pools.push((len, p as *const Pool));
            len += p.blocks_cut();
        });
        let size = (pools.len() * 2).next_power_of_two().max(16);
        let shift = 64 - size.trailing_zeros();
        let mut table = vec![(0usize, 0usize); size];
        for &(first, p) in &pools {
            // SAFETY: a pool in use has a live header (world stopped).
            let class = unsafe { (*p).class } as usize;
            let mut i = hash(p as usize, shift);
            while table[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            table[i] = (p as usize | class, first);
        }
        Numbering {
            pools,
            table,
            shift,
            len,
            last: Cell::new(0),
            objects: Vec::new(),
        }
    }

    /// The `sysalloc` build's numbering: `objects[n]` is numbered `n`.
    pub fn of_objects(objects: Vec<NonNull<u8>>) -> Numbering {
        Numbering {
            pools: Vec::new(),
            table: Vec::new(),
            shift: 0,
            len: objects.len(),
            last: Cell::new(0),
            objects,
        }
    }

    /// One past the highest number.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The number of the object at `obj`, if it is a container. With the
    /// pools, `is_container` is not called and nothing at `obj` is read.
    ///
    /// # Safety
    /// `obj` is a live object, and `is_container()` is true only if it was
    /// allocated as a container (`alloc::alloc(_, true)`).
    #[inline(always)]
    pub unsafe fn number_of(
        &self,
        obj: *const u8,
        is_container: impl FnOnce() -> bool,
    ) -> Option<usize> {
        if SYSALLOC {
            // SAFETY: the caller's guarantee.
            return is_container().then(|| unsafe { sysalloc::number_of(obj) });
        }
        let addr = obj as usize;
        let pool = addr & !POOL_MASK;
        let mask = self.table.len() - 1;
        let mut i = hash(pool, self.shift);
        loop {
            let (key, first) = self.table[i];
            if key & !POOL_MASK == pool && key != 0 {
                let off = (addr - pool - POOL_HEADER) as u64;
                return Some(first + ((off * RECIP[key & POOL_MASK]) >> 32) as usize);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The block numbered `n` (live or free). Fast for ascending `n`.
    pub fn block(&self, n: usize) -> NonNull<u8> {
        if SYSALLOC {
            return self.objects[n];
        }
        let in_pool = |i: usize| {
            self.pools[i].0 <= n && self.pools.get(i + 1).is_none_or(|&(next, _)| n < next)
        };
        let mut i = self.last.get();
        if !in_pool(i) {
            i = self.pools.partition_point(|&(first, _)| first <= n) - 1;
            self.last.set(i);
        }
        let (first, pool) = self.pools[i];
        // SAFETY: numbered pools are live while the world is stopped, and
        // `n - first` is below the pool's count of cut blocks.
        unsafe { (*pool).block_at(n - first) }
    }

    /// Call `f` on every live container block with its number.
    pub fn for_each_live(&self, mut f: impl FnMut(NonNull<u8>, usize)) {
        for (n, &b) in self.objects.iter().enumerate() {
            f(b, n);
        }
        for &(first, p) in &self.pools {
            // SAFETY: as in `block`.
            unsafe { &*p }.for_each_live_indexed(|b, i| f(b, first + i));
        }
    }
}
