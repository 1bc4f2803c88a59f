//! `PyType`: the payload of type objects, and the table of builtin types.
//!
//! A type knows its name, its bases' linearization (`mro`, self excluded so a
//! heap type holds no reference to itself), its attribute dict, and the Rust
//! side of its instances: `payload_id` (which `PyPayload` they carry; a heap
//! type inherits its solid base's) and `vtable` (drop and traverse).
//!
//! Attribute lookup walks the dicts of the type and its MRO. The VM caches
//! the result per thread (`vm::ops::attr`), keyed by `type_epoch()`: any
//! change to any type's dict bumps the epoch, so a cached lookup can never be
//! stale, whatever thread changed which class.
//!
//! Builtin types are created once at start-up (`objects::types::init`),
//! immortal, and reachable through `types()`.

use std::any::TypeId;
use std::sync::OnceLock;

use crate::object::pyref::{PayloadVTable, Py, PyPayload, PyRef, VTableOf};
use crate::object::shared_keys::SharedKeys;
use crate::object::type_list::TypeList;
use crate::object::type_name::TypeName;
use crate::object::value::Value;
use crate::object::with_dict::{LayoutOf, SubclassLayout};
use crate::objects::dict::PyDict;
use crate::objects::str::PyStr;
use crate::runtime::sync::{AtomicU32, AtomicU64, Ordering};

pub const TYPE_HEAP: u32 = 1 << 0;
/// May be subclassed.
pub const TYPE_BASETYPE: u32 = 1 << 1;
/// Instances carry a `__dict__`.
pub const TYPE_HAS_DICT: u32 = 1 << 2;
/// Instances carry `__slots__` storage (a heap type with slot members, or
/// a subclass of one).
pub const TYPE_HAS_SLOTS: u32 = 1 << 3;
/// Instances are `WithDict<payload>`: a builtin's payload then a
/// `__dict__` (heap subclasses of builtins; `object::with_dict`).
pub const TYPE_DICT_TRAILER: u32 = 1 << 4;
/// A builtin whose subclasses' instances get a `__dict__` trailer.
pub const TYPE_SUBCLASS_DICT: u32 = 1 << 5;

pub struct PyType {
    pub name: TypeName,
    pub qualname: TypeName,
    pub base: Option<PyRef<PyType>>,
    /// The declared bases (`__bases__`).
    pub bases: TypeList,
    /// The method resolution order after this type itself.
    pub mro: TypeList,
    pub dict: PyRef<PyDict>,
    pub payload_id: TypeId,
    pub vtable: &'static PayloadVTable,
    /// The layout of subclass instances that carry a `__dict__`.
    pub subclass_layout: &'static SubclassLayout,
    pub flags: u32,
    /// Creates instances (`__new__` of a builtin base); inherited by subclasses.
    pub new: OnceLock<crate::objects::method::NewFn>,
    /// `type_epoch() << 1 | has __del__`, for `vm::finalize` (0: unknown).
    pub del_cache: AtomicU64,
    /// The instance attribute names of a class whose instances keep their
    /// attributes as values (`object::shared_keys`); `None` for the rest.
    pub keys: Option<Box<SharedKeys>>,
    /// The key of the inline attribute caches (`bytecode::attr_cache`):
    /// unique to this type's current state, 0 when none is assigned.
    pub version_tag: AtomicU32,
}

impl PyPayload for PyType {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(b) = &self.base {
            visit(&b.to_value());
        }
        for t in self.bases.iter().chain(&self.mro) {
            visit(&t.to_value());
        }
        visit(&self.dict.to_value());
    }

    /// CPython's `type_clear`: the dict goes (it holds the cycles through
    /// the class: its functions, descriptors, `__dict__` getset), after
    /// retiring every cached lookup in the class.
    fn gc_clear(obj: &Py<Self>) {
        type_modified(obj);
        obj.payload.dict.clear();
    }
}

impl Drop for PyType {
    fn drop(&mut self) {
        // The `Py<PyType>` around this payload, for the registry's links.
        let cls = (self as *const PyType as *const u8)
            .wrapping_sub(std::mem::offset_of!(Py<PyType>, payload))
            as *const Py<PyType>;
        crate::objects::type_::unregister_subclass(cls, &self.bases);
        // Per-thread attribute caches are keyed by a type's address, which
        // a new class may reuse: a new epoch retires them.
        TYPE_EPOCH.fetch_add(1, Ordering::Release);
    }
}

static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Changes whenever any type's dict changes: the attribute-cache key.
#[inline(always)]
pub fn type_epoch() -> u64 {
    // Acquire: pairs with the Release in `type_modified`, so a reader that
    // sees the new epoch also sees the new dict contents.
    TYPE_EPOCH.load(Ordering::Acquire)
}

/// `ty`'s dict (or its bases', or its MRO) changed: bump the epoch and
/// retire the version tags of `ty` and of every class that inherits from it.
pub fn type_modified(ty: &Py<PyType>) {
    TYPE_EPOCH.fetch_add(1, Ordering::Release);
    crate::objects::type_::for_each_subclass(ty, &mut |t| t.payload.retire_version_tag());
}

/// The next version tag to hand out; tags are never reused, so a cache
/// entry keyed by a retired tag can never match again.
static NEXT_VERSION_TAG: AtomicU32 = AtomicU32::new(1);

impl PyType {
    /// The current version tag, assigned if the type has none (0 when
    /// the tags ran out: such types are never cached). Callers load it
    /// *before* looking anything up in the type, so a change racing the
    /// lookup retires the tag their cache entry is keyed by.
    pub fn version_tag(&self) -> u32 {
        let tag = self.version_tag.load(Ordering::Acquire);
        if tag != 0 {
            return tag;
        }
        // Relaxed: a tag only needs to be unique; the type's state is
        // published by the compare-exchange below and `retire_version_tag`.
        let fresh = NEXT_VERSION_TAG.fetch_add(1, Ordering::Relaxed);
        if fresh == 0 || fresh == u32::MAX {
            NEXT_VERSION_TAG.store(u32::MAX, Ordering::Relaxed);
            return 0;
        }
        match self
            .version_tag
            .compare_exchange(0, fresh, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => fresh,
            Err(other) => other,
        }
    }

    /// Make every cache entry keyed by the current tag miss from now on.
    pub fn retire_version_tag(&self) {
        // Release: a thread that reads the next tag sees the change that
        // retired this one.
        self.version_tag.store(0, Ordering::Release);
    }
}

impl PyType {
    /// A type record for builtin payload `T`.
    pub fn for_payload<T: PyPayload>(
        name: &str,
        base: Option<PyRef<PyType>>,
        flags: u32,
    ) -> PyType {
        let mro = match &base {
            Some(b) => std::iter::once(b.clone())
                .chain(b.mro.iter().cloned())
                .collect(),
            None => Vec::new(),
        };
        PyType {
            name: TypeName::new(name),
            qualname: TypeName::new(name),
            bases: TypeList::new(base.iter().cloned().collect()),
            base,
            mro: TypeList::new(mro),
            dict: crate::objects::types::boot_dict(),
            payload_id: TypeId::of::<T>(),
            vtable: VTableOf::<T>::VTABLE,
            subclass_layout: LayoutOf::<T>::LAYOUT,
            flags,
            new: OnceLock::new(),
            del_cache: AtomicU64::new(0),
            keys: None,
            version_tag: AtomicU32::new(0),
        }
    }

    #[inline]
    pub fn is_heap_type(&self) -> bool {
        self.flags & TYPE_HEAP != 0
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Py<PyType> {
    /// Look `name` up in this type and its MRO (no cache).
    pub fn lookup(&self, name: &Py<PyStr>) -> Option<Value> {
        if let Some(v) = self.payload.dict.get_str(name) {
            return Some(v);
        }
        self.payload
            .mro
            .iter()
            .find_map(|t| t.payload.dict.get_str(name))
    }

    /// Is `self` the type `other` or a subclass of it?
    pub fn is_subtype(&self, other: &Py<PyType>) -> bool {
        std::ptr::eq(self, other) || self.payload.mro.iter().any(|t| std::ptr::eq(&**t, other))
    }

    pub fn is(&self, other: &Py<PyType>) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The builtin types, created at start-up.
pub struct BuiltinTypes {
    pub object: PyRef<PyType>,
    pub type_: PyRef<PyType>,
    pub none: PyRef<PyType>,
    pub not_implemented: PyRef<PyType>,
    pub ellipsis: PyRef<PyType>,
    pub bool_: PyRef<PyType>,
    pub int: PyRef<PyType>,
    pub float: PyRef<PyType>,
    pub complex: PyRef<PyType>,
    pub str: PyRef<PyType>,
    pub bytes: PyRef<PyType>,
    pub tuple: PyRef<PyType>,
    pub list: PyRef<PyType>,
    pub dict: PyRef<PyType>,
    pub set: PyRef<PyType>,
    pub frozenset: PyRef<PyType>,
    pub range: PyRef<PyType>,
    pub slice: PyRef<PyType>,
    pub function: PyRef<PyType>,
    pub builtin_function: PyRef<PyType>,
    pub method_descriptor: PyRef<PyType>,
    pub bound_method: PyRef<PyType>,
    pub code: PyRef<PyType>,
    pub cell: PyRef<PyType>,
    pub module: PyRef<PyType>,
    pub property: PyRef<PyType>,
    pub staticmethod: PyRef<PyType>,
    pub classmethod: PyRef<PyType>,
    pub super_: PyRef<PyType>,
    pub iterator: PyRef<PyType>,
    pub list_iterator: PyRef<PyType>,
    pub tuple_iterator: PyRef<PyType>,
    pub range_iterator: PyRef<PyType>,
    pub str_iterator: PyRef<PyType>,
    pub dict_keyiterator: PyRef<PyType>,
    pub dict_valueiterator: PyRef<PyType>,
    pub dict_itemiterator: PyRef<PyType>,
    pub set_iterator: PyRef<PyType>,
    pub dict_keys: PyRef<PyType>,
    pub dict_values: PyRef<PyType>,
    pub dict_items: PyRef<PyType>,
    pub enumerate: PyRef<PyType>,
    pub zip: PyRef<PyType>,
    pub map: PyRef<PyType>,
    pub filter: PyRef<PyType>,
    pub reversed: PyRef<PyType>,
    pub callable_iterator: PyRef<PyType>,
    pub lock: PyRef<PyType>,
    pub instance: PyRef<PyType>,
    pub exceptions: crate::objects::exception::ExceptionTypes,
}

static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();

/// The builtin types (after `install_types`).
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    match TYPES.get() {
        Some(t) => t,
        None => types_missing(),
    }
}

#[cold]
fn types_missing() -> ! {
    panic!("builtin types used before interpreter start-up")
}

pub fn install_types(t: BuiltinTypes) {
    let _ = TYPES.set(t);
}
