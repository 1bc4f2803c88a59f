//! The runtime's concurrency primitives, compiled unchanged from the main
//! crate's sources so the tests in `tests/` can model-check them with loom.
//!
//! The module tree mirrors the main crate's paths (`crate::runtime::{sync,
//! mutex, refcount, brc}`, `crate::object::header`), which are the only paths
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
}

#[path = "../../src/object"]
pub mod object {
    #[path = "header.rs"]
    pub mod header;
}
