//! Shared keys: the attribute names of a class's instances, in the order
//! they were first set (CPython 3.11's split-table `PyDictKeysObject`).
//!
//! Instances of a class mostly get the same attributes in the same order
//! (`__init__` sets them), so each instance keeps only its values, in this
//! order (`objects::instance`), and the names are stored once per class.
//!
//! Protocol: the table is append-only and holds interned (immortal)
//! names, so an index, once given to a name, means that name forever,
//! and readers need no lock: a name's pointer is written before the
//! length that covers it is published (Release), and readers load the
//! length (Acquire) before the names. Appends take the table's own leaf
//! lock. A class has at most `MAX_KEYS` names; instances needing more
//! fall back to a real dict.

use crate::object::pyref::Py;
use crate::objects::str::PyStr;
use crate::runtime::sync::{AtomicPtr, AtomicUsize, Mutex, Ordering};

/// CPython's `SHARED_KEYS_MAX_SIZE`.
pub const MAX_KEYS: usize = 30;

pub struct SharedKeys {
    names: [AtomicPtr<Py<PyStr>>; MAX_KEYS],
    len: AtomicUsize,
    append: Mutex<()>,
}

impl Default for SharedKeys {
    fn default() -> Self {
        SharedKeys {
            names: std::array::from_fn(|_| AtomicPtr::new(std::ptr::null_mut())),
            len: AtomicUsize::new(0),
            append: Mutex::new(()),
        }
    }
}

impl SharedKeys {
    /// How many names the table holds.
    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index of `name`: by address (names are mostly interned), then,
    /// for a name built at run time, by content.
    #[inline]
    pub fn index_of(&self, name: &Py<PyStr>) -> Option<usize> {
        let names = &self.names[..self.len()];
        let p = name as *const Py<PyStr> as *mut Py<PyStr>;
        if let Some(i) = names.iter().position(|k| k.load(Ordering::Relaxed) == p) {
            return Some(i);
        }
        (0..names.len()).find(|&i| self.name(i).as_str() == name.as_str())
    }

    /// The name at `index` (< `len()`).
    pub fn name(&self, index: usize) -> &Py<PyStr> {
        debug_assert!(index < self.len());
        // SAFETY: slots below `len` hold interned strings, which are
        // immortal, and are never rewritten.
        unsafe { &*self.names[index].load(Ordering::Relaxed) }
    }

    /// Append `name` (interned) if the table has room and holds exactly
    /// `expected_len` names, so that it gets index `expected_len`; `false`
    /// otherwise (another thread appended first, or the table is full).
    pub fn append_at(&self, name: &Py<PyStr>, expected_len: usize) -> bool {
        debug_assert!(name.header.is_immortal());
        let _guard = self.append.lock();
        let n = self.len.load(Ordering::Relaxed);
        if n != expected_len || n == MAX_KEYS {
            return false;
        }
        let p = name as *const Py<PyStr> as *mut Py<PyStr>;
        self.names[n].store(p, Ordering::Relaxed);
        // Release: a reader that sees the new length sees the name.
        self.len.store(n + 1, Ordering::Release);
        true
    }
}
