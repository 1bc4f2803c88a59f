//! Inline attribute caches: what `obj.name` resolved to last time, per
//! code object and name (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
//! STORE_ATTR_INSTANCE_VALUE and LOAD_METHOD_WITH_VALUES).
//!
//! A code object has one `AttrCache` per entry of `co_names`, shared by
//! its `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` instructions on that
//! name (they nearly always see the same class). An entry is keyed by the
//! class's version tag (`PyType::version_tag`), which changes whenever the
//! class, a base, or its shared keys change, and is never reused; so a
//! hit needs no lookup in the class at all:
//!
//! - `INSTANCE_VALUE(i)`: the class has no data descriptor, no
//!   `__getattribute__` and no `__setattr__` override for the name, and
//!   the name is shared key `i`: the attribute is the instance's value `i`.
//! - `METHOD(f)`: the class's attribute is the plain function or method
//!   descriptor `f` (immortal or deferred, so it outlives any class
//!   change until a stop-the-world collection, which no reader can be in
//!   the middle of), no `__getattribute__` override, and the name is not
//!   a shared key, so an instance in values mode cannot shadow it.
//!
//! Concurrency: code objects are shared by threads, so entries are
//! written racily. An entry is a seqlock of two words. A writer claims the
//! entry by a compare-exchange of `word` to `BUSY` (losing writers give
//! up: a cache fill is only an optimization), stores `value`, then
//! publishes the new `word` (Release). A reader loads `word` (Acquire),
//! then `value`, then `word` again after an Acquire fence: if both loads
//! agree, `value` belongs to that `word`.

use crate::runtime::sync::{fence, AtomicPtr, AtomicU64, Ordering};

pub const INSTANCE_VALUE: u16 = 1;
pub const METHOD: u16 = 2;
/// Nothing to cache for this class (a property, an override, a class
/// attribute...): take the generic path without trying again.
pub const GENERIC: u16 = 3;

/// `word` while a writer fills the entry (tag 0 never matches a class).
const BUSY: u64 = 1;

#[derive(Default)]
pub struct AttrCache {
    /// `tag << 32 | kind << 16 | index`; 0 when empty.
    word: AtomicU64,
    /// The `METHOD` kind's object (a `Py<_>` header), borrowed.
    value: AtomicPtr<()>,
}

/// A cache entry as read.
#[derive(Clone, Copy)]
pub struct Hit {
    pub kind: u16,
    pub index: usize,
    pub value: *const (),
}

fn pack(tag: u32, kind: u16, index: u16) -> u64 {
    (tag as u64) << 32 | (kind as u64) << 16 | index as u64
}

impl AttrCache {
    pub fn for_names(n: usize) -> Box<[AttrCache]> {
        (0..n).map(|_| AttrCache::default()).collect()
    }

    /// The entry, if it was filled for version tag `tag` (non-zero).
    #[inline]
    pub fn get(&self, tag: u32) -> Option<Hit> {
        let w = self.word.load(Ordering::Acquire);
        if (w >> 32) as u32 != tag {
            return None;
        }
        let value = self.value.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        if self.word.load(Ordering::Relaxed) != w {
            return None;
        }
        Some(Hit {
            kind: (w >> 16) as u16,
            index: (w & 0xffff) as usize,
            value,
        })
    }

    /// Fill the entry for version tag `tag`, unless another thread is
    /// filling it or it already says this.
    pub fn set(&self, tag: u32, kind: u16, index: usize, value: *const ()) {
        let Ok(index) = u16::try_from(index) else {
            return;
        };
        let new = pack(tag, kind, index);
        let old = self.word.load(Ordering::Relaxed);
        if old == BUSY
            || (old == new && std::ptr::eq(self.value.load(Ordering::Relaxed), value))
            || self
                .word
                .compare_exchange(old, BUSY, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        // Release: a reader that sees `value` and then re-reads `word`
        // sees BUSY or later, never the old word with the new value.
        fence(Ordering::Release);
        self.value.store(value as *mut (), Ordering::Relaxed);
        self.word.store(new, Ordering::Release);
    }
}
