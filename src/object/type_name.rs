//! `TypeName`: a type's `__name__` or `__qualname__`, which a program may
//! reassign (`Cat.__name__ = "Kitty"`) while other threads read it.
//!
//! Readers borrow the current string with one Acquire load and no lock.
//! A new name is published with a Release swap and the old string is
//! leaked, never freed: a reader may still hold the `&str` it borrowed,
//! and renaming classes is rare enough that the leak does not matter
//! (the same trade CPython avoids only because it holds references).
//! Called by `objects::type_` (the `__name__`/`__qualname__` setters) and
//! everything that prints a type's name.

use std::fmt;
use std::ops::Deref;

use crate::runtime::sync::{AtomicPtr, Ordering};

pub struct TypeName(AtomicPtr<String>);

impl TypeName {
    pub fn new(s: &str) -> TypeName {
        TypeName(AtomicPtr::new(Box::into_raw(Box::new(s.to_string()))))
    }

    /// Replace the name; the old string stays allocated (see above).
    pub fn set(&self, s: &str) {
        let p = Box::into_raw(Box::new(s.to_string()));
        // Release: pairs with the Acquire in `deref`, so a reader that
        // sees the new pointer sees the string's bytes.
        self.0.swap(p, Ordering::AcqRel);
    }
}

impl Deref for TypeName {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        // SAFETY: the pointer always comes from `Box::into_raw` of a
        // String that is never freed or mutated afterwards (`set` leaks
        // the old one), so the borrow is valid for as long as `self`.
        unsafe { &*self.0.load(Ordering::Acquire) }
    }
}

impl Drop for TypeName {
    fn drop(&mut self) {
        // SAFETY: as in `deref`; with `&mut self` no borrow of the current
        // string is alive, so it can be freed (earlier names stay leaked).
        drop(unsafe { Box::from_raw(self.0.load(Ordering::Acquire)) });
    }
}

impl fmt::Display for TypeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}
