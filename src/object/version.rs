//! Version numbers that are never issued twice in the process.
//!
//! An instance's attribute version (`objects::instance`) comes from here,
//! at creation and at every change. The per-thread read cache can then
//! key an entry by the instance's address and version without holding a
//! reference to it: an instance that died and a new one at the same
//! address never share a version. (Pinning the instance instead would
//! delay its `__del__` and weakref callbacks for as long as some thread's
//! cache entry survived.)
//!
//! Each thread takes blocks of 2^32 numbers from a global counter and
//! hands them out with no atomic operation.

use std::cell::Cell;

use crate::runtime::sync::{AtomicU64, Ordering};

const BLOCK: u64 = 1 << 32;

static NEXT_BLOCK: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The next number this thread hands out; a multiple of `BLOCK` when
    /// its block is used up (or it has none yet).
    static NEXT: Cell<u64> = const { Cell::new(0) };
}

/// A version number no other call returns.
#[inline]
pub fn fresh() -> u64 {
    NEXT.with(|next| {
        let mut v = next.get();
        if v % BLOCK == 0 {
            // Relaxed: only the block numbers' uniqueness matters, which
            // the read-modify-write gives; nothing else is published.
            v = NEXT_BLOCK.fetch_add(1, Ordering::Relaxed) * BLOCK + 1;
        }
        next.set(v + 1);
        v
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn never_repeats_across_threads() {
        let mine: Vec<u64> = (0..1000).map(|_| super::fresh()).collect();
        let theirs = std::thread::spawn(|| (0..1000).map(|_| super::fresh()).collect::<Vec<_>>())
            .join()
            .unwrap();
        let mut all: Vec<u64> = mine.into_iter().chain(theirs).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 2000);
    }
}
