//! `WithDict<T>`: the layout of instances of Python subclasses of builtin
//! types (`class Positive(int)`, `class Name(str)`, `class L(list)`): the
//! builtin's payload `T` followed by the instance `__dict__` (CPython's
//! `tp_dictoffset`).
//!
//! Invariants: `WithDict<T>` is `repr(C)` with `base: T` first and `Py<_>`
//! is `repr(C)` with the header first, so a `Py<WithDict<T>>` starts with a
//! valid `Py<T>`: the subclass's type records `T`'s `TypeId` as its
//! `payload_id`, `downcast::<T>()` succeeds on its instances and every
//! operation of the builtin works on them unchanged. Only the subclass's
//! vtable (drop, traverse) and `SubclassLayout::dict_offset` know about
//! the trailing dict. Allocation is decided in one place,
//! `PyRef::new_in`: a heap type with `TYPE_DICT_TRAILER` gets this
//! layout whatever `__new__` creates the payload, so no builtin's
//! constructor can allocate the smaller `Py<T>` for such a class.
//!
//! Called by `PyRef::new_in` (allocation), `vm::ops::attr::instance_dict`
//! (lookup) and `objects::type_::new_heap_type` (the flag and vtable).

use crate::object::header::ObjectHeader;
use crate::object::pyref::{PayloadVTable, Py, PyPayload, PyRef, VTableOf};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::dict::PyDict;

/// A builtin payload followed by an instance dict.
#[repr(C)]
pub struct WithDict<T> {
    pub base: T,
    pub dict: PyRef<PyDict>,
}

impl<T: PyPayload> PyPayload for WithDict<T> {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.base.traverse(visit);
        visit(&self.dict.to_value());
    }
}

/// How instances of a subclass of a builtin with payload `T` are laid out.
pub struct SubclassLayout {
    /// Drop and traverse of `WithDict<T>`.
    pub vtable: &'static PayloadVTable,
    /// Byte offset of the dict from the object's start.
    pub dict_offset: usize,
}

/// The layout for payload `T`.
pub struct LayoutOf<T>(std::marker::PhantomData<T>);
impl<T: PyPayload> LayoutOf<T> {
    pub const LAYOUT: &'static SubclassLayout = &SubclassLayout {
        vtable: VTableOf::<WithDict<T>>::VTABLE,
        dict_offset: std::mem::offset_of!(Py<WithDict<T>>, payload)
            + std::mem::offset_of!(WithDict<T>, dict),
    };
    /// `Py<T>` is a prefix of `Py<WithDict<T>>`: same payload offset.
    const PREFIX: () = assert!(
        std::mem::offset_of!(Py<WithDict<T>>, payload) == std::mem::offset_of!(Py<T>, payload)
    );
}

/// Allocate `payload` as an instance of `ty`, a heap type whose instances
/// carry a dict (`TYPE_DICT_TRAILER`); returned as its builtin view.
pub(crate) fn alloc<T: PyPayload>(payload: T, ty: &Py<PyType>) -> PyRef<T> {
    #[allow(clippy::let_unit_value)]
    let () = LayoutOf::<T>::PREFIX;
    let full = PyRef::alloc_raw(
        WithDict {
            base: payload,
            dict: PyDict::new_ref(),
        },
        ty,
    );
    // SAFETY: `Py<T>` is a prefix of `Py<WithDict<T>>` (PREFIX above), and
    // the type's payload id is `T`'s, so the object is a valid `Py<T>`;
    // the type's vtable frees it as the `WithDict<T>` it was allocated as.
    unsafe { full.cast_prefix::<T>() }
}

/// The dict of an instance of a class with `TYPE_DICT_TRAILER`.
///
/// # Safety
/// `obj` (a pointer to the whole object, not derived from a reference to
/// its header) is live for `'a`, and its type has `TYPE_DICT_TRAILER`, so
/// it was allocated by `alloc` with `dict_offset` from the same
/// `SubclassLayout`.
pub unsafe fn trailer_dict<'a>(obj: *const ObjectHeader, dict_offset: usize) -> &'a Py<PyDict> {
    // SAFETY: by the contract, a live `PyRef<PyDict>` sits at `dict_offset`.
    unsafe {
        let p = (obj as *const u8).add(dict_offset) as *const PyRef<PyDict>;
        &*p
    }
}
