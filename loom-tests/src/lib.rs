//! The runtime's concurrency primitives, compiled unchanged from the main
//! crate's sources so the tests in `tests/` can model-check them with loom.
//!
//! The module tree mirrors the main crate's paths (`crate::runtime::{sync,
//! mutex, refcount, brc, deferred, bias, solo, alloc,
//! weakref}`, `crate::object::header`), which are the only paths
//! those files use to reach each other. Under `--cfg loom`, `sync.rs` swaps in
//! loom's atomics, mutex, condvar and thread-local thread id; without it the
//! crate builds against std/parking_lot and the tests are cfg'd out.

// A `#[path]` on an inline module names the directory its children resolve
// against (relative to this file's directory), so every path below goes
// through existing directories only.
#[path = "../../src/runtime"]
pub mod runtime {
    // Under loom `park`/`unpark_one` ignore their address argument.
    #[cfg_attr(loom, allow(unused_variables))]
    #[path = "sync.rs"]
    pub mod sync;

    #[path = "mutex.rs"]
    pub mod mutex;

    #[path = "refcount.rs"]
    pub mod refcount;

    #[path = "brc.rs"]
    pub mod brc;

    // The per-thread slots without the global table (`deferred/mod.rs`):
    // the models drive slots directly.
    pub mod deferred {
        #[path = "slots.rs"]
        pub mod slots;
    }

    #[path = "bias.rs"]
    pub mod bias;

    #[path = "solo.rs"]
    pub mod solo;

    // The allocator without its thread-local glue (`alloc/mod.rs`): the
    // models drive heaps directly.
    pub mod alloc {
        #[path = "arena.rs"]
        pub mod arena;
        #[path = "heap.rs"]
        pub mod heap;
        #[path = "pool.rs"]
        pub mod pool;
    }

    #[path = "weakref.rs"]
    pub mod weakref;
}

#[path = "../../src/object"]
pub mod object {
    #[path = "header.rs"]
    pub mod header;
}

/// Run a loom model with a preemption bound (unless `LOOM_MAX_PREEMPTIONS`
/// sets one) and a branch limit, and fail if it explored only one
/// interleaving: a model that silently checks a single schedule would pass
/// vacuously.
#[cfg(loom)]
pub fn check_model(
    preemption_bound: usize,
    max_branches: usize,
    f: impl Fn() + Sync + Send + 'static,
) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(preemption_bound);
    }
    b.max_branches = b.max_branches.max(max_branches);
    // A plain std atomic: it lives outside the model.
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    b.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        f()
    });
    let runs = runs.load(std::sync::atomic::Ordering::Relaxed);
    eprintln!("explored {runs} interleavings");
    assert!(runs > 1, "the model explored a single interleaving");
}
