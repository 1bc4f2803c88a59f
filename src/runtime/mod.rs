//! The free-threading runtime: primitives below the object model.
//!
//! Nothing here imports `objects/` or `vm/`; objects are seen only through
//! `object::header::ObjectHeader`, so `loom-tests/` can compile these files
//! against a bare header.
//!
//! - `alloc`: the object allocator (per-thread pools in arenas)
//! - `sync`: the facade over atomics, parking and thread identity (loom switch)
//! - `mutex`: the one-byte per-object lock
//! - `bias`: object locks biased to the owner thread, and their revocation
//! - `refcount`: biased reference counting fast paths
//! - `brc`: merge queues for decrefs from non-owner threads
//! - `deferred`: per-thread counts of deferred objects, merged by the collector
//! - `thread`: thread ids, registry, eval breaker bits, attach/detach
//! - `solo`: the only attached thread skips object locks
//! - `weakref`: weak-reference lists and the upgrade-vs-last-decref protocol
//! - `gil`: the global interpreter lock and its hand-off

pub mod alloc;
pub mod bias;
pub mod brc;
pub mod deferred;
pub mod gil;
pub mod mutex;
pub mod refcount;
pub mod solo;
pub mod sync;
pub mod thread;
pub mod weakref;
