//! `str`: immutable Unicode text.
//!
//! Stored as UTF-8 with its character count, so `len()` is O(1) and indexing
//! and slicing are O(1) for ASCII strings (byte index = char index); other
//! strings walk the UTF-8 (later: a per-string index table). The hash is
//! computed on first use and cached in an atomic (racing writers store the
//! same value). Interned strings (identifiers, names in code objects,
//! `sys.intern`) live in one concurrent table and are immortal, so attribute
//! and global lookups compare pointers first and never touch a refcount.

use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use dashmap::DashMap;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::runtime::sync::{AtomicI64, Ordering};

pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    /// -1 until computed (Python hashes are never -1).
    hash: AtomicI64,
}

impl PyPayload for PyStr {}

impl PyStr {
    pub fn from_string(s: String) -> PyStr {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            char_len,
            hash: AtomicI64::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    #[inline]
    pub fn hash_value(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The character at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by character indices.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.s[b0..b1]
    }
}

pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0; // CPython's hash of the empty string
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.as_bytes().hash(&mut h);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// A string object: the shared one for `''` and the one-character strings
/// of U+0000..U+00FF (as CPython, so `s[:0] is ''` and `'ab'[1] is 'b'`),
/// else a new (not interned) one.
pub fn new_str(s: impl Into<String>) -> PyRef<PyStr> {
    let s = s.into();
    match small_str(&s) {
        Some(shared) => shared,
        None => fresh_str(s),
    }
}

/// `s[a:b]` of the str value `v` (payload `s`): `v` itself when that is
/// all of an exact str, as CPython.
pub fn substr_value(v: &Value, s: &PyStr, a: usize, b: usize) -> Value {
    if a == 0 && b >= s.char_len() && v.class().is(&types().str) {
        return v.clone();
    }
    str_value(s.char_slice(a, b))
}

fn fresh_str(s: String) -> PyRef<PyStr> {
    PyRef::new_in(PyStr::from_string(s), &types().str)
}

/// The shared string equal to `s` when `s` is empty or one Latin-1
/// character, kept in a table indexed by the character, 256 for `''`.
/// `''` is the interned one (the constant of code objects); as in CPython,
/// the one-character constants of code are other objects (`'x'[0] is 'x'`
/// is false there too).
fn small_str(s: &str) -> Option<PyRef<PyStr>> {
    static SMALL: [OnceLock<PyRef<PyStr>>; 257] = [const { OnceLock::new() }; 257];
    let idx = match s.as_bytes() {
        [] => 256,
        [b] if b.is_ascii() => *b as usize,
        [0xc2..=0xc3, _] => s.chars().next()? as usize,
        _ => return None,
    };
    let make = || {
        if idx == 256 {
            return intern(s);
        }
        let c = fresh_str(s.to_owned());
        c.header.make_immortal();
        c
    };
    Some(SMALL[idx].get_or_init(make).clone())
}

/// A string value.
pub fn str_value(s: impl Into<String>) -> Value {
    new_str(s).into_value()
}

// ===== Interning =====

struct InternKey(PyRef<PyStr>);

impl PartialEq for InternKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}
impl Eq for InternKey {}
impl Hash for InternKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.as_str().hash(state)
    }
}
impl std::borrow::Borrow<str> for InternKey {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

fn intern_table() -> &'static DashMap<InternKey, ()> {
    static TABLE: OnceLock<DashMap<InternKey, ()>> = OnceLock::new();
    TABLE.get_or_init(DashMap::new)
}

/// The immortal interned string equal to `s`.
pub fn intern(s: &str) -> PyRef<PyStr> {
    let table = intern_table();
    if let Some(entry) = table.get(s) {
        return entry.key().0.clone();
    }
    let obj = fresh_str(s.to_owned());
    obj.header.make_immortal();
    obj.hash_value();
    match table.entry(InternKey(obj)) {
        dashmap::mapref::entry::Entry::Occupied(e) => e.key().0.clone(),
        dashmap::mapref::entry::Entry::Vacant(v) => {
            let k = v.key().0.clone();
            v.insert(());
            k
        }
    }
}

impl Py<PyStr> {
    /// Same string? Pointer equality first (interned names), then content.
    #[inline]
    pub fn eq_str(&self, other: &Py<PyStr>) -> bool {
        std::ptr::eq(self, other)
            || (self.hash_value() == other.hash_value() && self.as_str() == other.as_str())
    }
}

/// `repr(s)`: CPython's quote choice; `\\`, `\n`, `\r`, `\t` and the quote
/// escaped; unprintable characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if crate::objects::unicode_tables::is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}
