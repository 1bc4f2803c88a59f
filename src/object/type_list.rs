//! `TypeList`: a type's `__bases__` or its MRO, which `C.__bases__ = ...`
//! may replace while other threads read them.
//!
//! Readers borrow the current list as a slice with one Acquire load and
//! no lock (attribute lookup walks the MRO this way). A new list is
//! published with a Release swap; the old one is kept, not freed, until
//! the type itself dies: a reader may still hold the slice it borrowed.
//! Replacing bases is rare, so the kept lists cost nothing that matters.
//! The same scheme as `type_name::TypeName`, except that old lists hold
//! references to classes and so are released with the type.
//! Called by `objects::type_bases` (the `__bases__` setter, a metaclass
//! `mro()`) and read wherever a type's bases or MRO are walked.

use std::ops::Deref;

use crate::object::pyref::PyRef;
use crate::object::typeobj::PyType;
use crate::runtime::sync::{AtomicPtr, Mutex, Ordering};

type List = Vec<PyRef<PyType>>;

pub struct TypeList {
    cur: AtomicPtr<List>,
    /// Lists replaced so far, freed when the type is dropped.
    old: Mutex<Vec<Box<List>>>,
}

impl TypeList {
    pub fn new(v: List) -> TypeList {
        TypeList {
            cur: AtomicPtr::new(Box::into_raw(Box::new(v))),
            old: Mutex::new(Vec::new()),
        }
    }

    /// Publish `v` as the current list (see the module comment).
    pub fn replace(&self, v: List) {
        let p = Box::into_raw(Box::new(v));
        // Release: pairs with the Acquire in `deref`, so a reader that
        // sees the new pointer sees the list's contents.
        let prev = self.cur.swap(p, Ordering::AcqRel);
        // SAFETY: `prev` came from `Box::into_raw` and was just unpublished;
        // it is owned again here and kept alive (in `old`) until drop.
        self.old.lock().push(unsafe { Box::from_raw(prev) });
    }

    /// The list, while the type is still being built (not yet shared).
    pub fn get_mut(&mut self) -> &mut List {
        // SAFETY: the pointer is a live `Box` (see `deref`) and `&mut self`
        // excludes every reader.
        unsafe { &mut *self.cur.load(Ordering::Acquire) }
    }
}

impl Deref for TypeList {
    type Target = [PyRef<PyType>];
    #[inline]
    fn deref(&self) -> &[PyRef<PyType>] {
        // SAFETY: the pointer always comes from `Box::into_raw` of a list
        // that is never mutated while shared and never freed before the
        // `TypeList` (`replace` keeps the old one), so the borrow is valid
        // for as long as `self`.
        unsafe { &*self.cur.load(Ordering::Acquire) }
    }
}

impl<'a> IntoIterator for &'a TypeList {
    type Item = &'a PyRef<PyType>;
    type IntoIter = std::slice::Iter<'a, PyRef<PyType>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Drop for TypeList {
    fn drop(&mut self) {
        // SAFETY: as in `deref`; with `&mut self` no borrow is alive.
        drop(unsafe { Box::from_raw(self.cur.load(Ordering::Acquire)) });
    }
}
