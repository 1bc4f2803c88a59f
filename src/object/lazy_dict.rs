//! A `__dict__` built on first use.
//!
//! Most functions never have their dict read or written (a comprehension's
//! or a lambda's never do), yet `MAKE_FUNCTION` runs for each of them every
//! time: building the dict eagerly was a dict and a table allocated and
//! freed per call. The owner keeps what the dict starts with and builds it
//! the first time anyone asks.
//!
//! Protocol: threads may race to build it. Each builds its own and
//! publishes it with a compare-exchange from null; the losers drop theirs
//! and use the winner's. Once published the pointer never changes while the
//! owner lives, so a borrow of the dict lasts as long as the borrow of its
//! owner. Acquire on the load pairs with the publishing Release, so the
//! reader sees the dict's initial entries.

use std::ptr::NonNull;

use crate::object::pyref::{Py, PyRef};
use crate::objects::dict::PyDict;
use crate::runtime::sync::{AtomicPtr, Ordering};

pub struct LazyDict {
    dict: AtomicPtr<Py<PyDict>>,
}

impl LazyDict {
    pub fn new() -> Self {
        LazyDict {
            dict: AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    /// The dict, if it has been built.
    #[inline]
    pub fn get(&self) -> Option<&Py<PyDict>> {
        let p = self.dict.load(Ordering::Acquire);
        // SAFETY: a published pointer holds a strong reference owned by
        // `self` and never changes until `self` is dropped.
        NonNull::new(p).map(|p| unsafe { &*p.as_ptr() })
    }

    /// The dict, built by `init` if nobody has built it yet.
    pub fn get_or_init(&self, init: impl FnOnce() -> PyRef<PyDict>) -> &Py<PyDict> {
        if let Some(d) = self.get() {
            return d;
        }
        let mine = init().into_raw();
        match self.dict.compare_exchange(
            std::ptr::null_mut(),
            mine.as_ptr(),
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            // SAFETY: published; `self` now owns the reference `mine` held.
            Ok(_) => unsafe { &*mine.as_ptr() },
            Err(winner) => {
                // SAFETY: `mine` was never published, so we still own it.
                drop(unsafe { PyRef::from_raw_typed(mine) });
                // SAFETY: as in `get`.
                unsafe { &*winner }
            }
        }
    }
}

impl Drop for LazyDict {
    fn drop(&mut self) {
        let p = self.dict.load(Ordering::Acquire);
        if let Some(p) = NonNull::new(p) {
            // SAFETY: the published reference is owned by `self`, which is
            // going away.
            drop(unsafe { PyRef::from_raw_typed(p) });
        }
    }
}
