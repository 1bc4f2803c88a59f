//! `Value`: what the eval stack, locals and containers hold.
//!
//! Immediates need no object and no reference count: `None`, booleans, ints
//! that fit in an `i64`, and floats. Everything else is an `Obj` (a counted
//! reference). This makes the common arithmetic allocation-free and keeps
//! refcount traffic off the values every thread shares (small ints, None,
//! True/False are effectively immortal: there is nothing to count). Ints
//! outside `i64` are `PyBigInt` objects; an int result that fits in `i64` is
//! always normalized back to `Int`, so each int value has one representation.
//!
//! `Null` is internal: an unbound local or cell, and the empty slot of a call
//! sequence (CPython's NULL). Python code never sees it.

use crate::object::pyref::{ObjRef, Py, PyPayload};
use crate::object::typeobj::types;
use crate::object::typeobj::PyType;

#[derive(Debug, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    /// The value's type (borrowed: builtin types are immortal and an
    /// object's type lives as long as the object).
    #[inline]
    pub fn class(&self) -> &Py<PyType> {
        let t = types();
        match self {
            Value::Obj(o) => o.class(),
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Bool(_) => &t.bool_,
            Value::None => &t.none,
            Value::Null => &t.none,
        }
    }

    /// Python's `is`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn downcast<T: PyPayload>(&self) -> Option<&Py<T>> {
        match self {
            Value::Obj(o) => o.downcast::<T>(),
            _ => None,
        }
    }

    #[inline]
    pub fn payload_is<T: PyPayload>(&self) -> bool {
        matches!(self, Value::Obj(o) if o.payload_is::<T>())
    }

    /// A stable identity for `id()`: the address for objects, a value-derived
    /// number for immediates (distinct from any address: odd).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.as_ptr() as i64,
            Value::None => 0x10_0001,
            Value::Null => 0x10_0003,
            Value::Bool(b) => 0x10_0005 + 2 * (*b as i64),
            Value::Int(i) => (i.wrapping_mul(2).wrapping_add(1)) ^ 0x4000_0000_0000_0000,
            Value::Float(f) => (f.to_bits() | 1) as i64 & i64::MAX,
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// Move a Value out of `p` with two 8-byte loads. A value pushed a
    /// moment ago was usually stored as tag and payload separately; one
    /// 16-byte load of it cannot be forwarded from those two stores and
    /// stalls (the eval stack's push-then-pop is the hot case).
    ///
    /// # Safety
    /// `p` points to an initialised Value whose ownership the caller takes.
    #[inline(always)]
    pub unsafe fn read_split(p: *const Value) -> Value {
        use std::mem::MaybeUninit;
        let w = p as *const MaybeUninit<u64>;
        // SAFETY: `p` is valid and 16 bytes long (asserted above); the
        // words are read as MaybeUninit because padding bytes may be
        // uninitialised, and volatile keeps them two separate loads.
        unsafe {
            let words = [w.read_volatile(), w.add(1).read_volatile()];
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words)
        }
    }
}

impl Value {
    /// Move `self` into `dst` with two 8-byte loads and stores: the value
    /// was usually just built as tag and payload by two stores, and one
    /// 16-byte copy of it cannot be forwarded from them and stalls (the
    /// eval stack's push; which builds hit it depended on code layout).
    ///
    /// # Safety
    /// `dst` is valid for a write of a Value and holds none to drop.
    #[inline(always)]
    pub unsafe fn write_split(self, dst: *mut Value) {
        use std::mem::MaybeUninit;
        let v = std::mem::ManuallyDrop::new(self);
        let src = &*v as *const Value as *const MaybeUninit<u64>;
        let dst = dst as *mut MaybeUninit<u64>;
        // SAFETY: both are 16 bytes (asserted above) and `dst` is the
        // caller's; ownership moves, `v` is not dropped. Volatile keeps the
        // loads two separate 8-byte ones.
        unsafe {
            dst.write(src.read_volatile());
            dst.add(1).write(src.add(1).read_volatile());
        }
    }
}

impl Clone for Value {
    /// Written by hand: the derived clone rebuilds each variant and LLVM
    /// copies the immediates' bytes through the stack in overlapping pieces,
    /// a store-forwarding stall on the eval loop's hottest path.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            // SAFETY: every other variant is plain data with no destructor
            // (`Null`, `None`, `Bool`, `Int`, `Float`): a bitwise copy is a
            // valid, independent value.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}
