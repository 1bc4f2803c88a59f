//! Object handles: `Py<T>` (an object in memory), `PyRef<T>` (an owned strong
//! reference to it), `ObjRef` (an owned reference of unknown payload type).
//!
//! Every object is a `Py<T>`: the 32-byte `ObjectHeader` followed by its Rust
//! payload `T`. `PyRef`/`ObjRef` `Clone` is incref and `Drop` is decref
//! (biased, `runtime::refcount`); passing one by value moves ownership, `&Py<T>`
//! borrows. Types are objects too: `header.ob_type` points at a `Py<PyType>`
//! whose `vtable` knows how to drop and traverse the payload, and whose
//! `payload_id` lets `downcast` check the payload's Rust type.
//!
//! Deallocation is iterative past a depth (CPython's "trashcan"): freeing a
//! long chain of objects must not overflow the Rust stack.

use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

use crate::object::header::{ObjectHeader, GC_TRACKED, GC_WEAKREFS};
use crate::object::typeobj::{PyType, TYPE_DICT_TRAILER};
use crate::object::value::Value;
use crate::runtime::alloc;
use crate::runtime::brc::QueuedObject;
use crate::runtime::refcount::{self, SharedDecref};
use crate::runtime::sync::{thread_id, Ordering};
use crate::runtime::thread;

/// A Rust type that can be the payload of a Python object.
pub trait PyPayload: Send + Sync + Sized + 'static {
    /// Visit every object reference the payload holds (for the cycle
    /// collector and `gc.get_referents`). Containers must override it.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Is this a container the cycle collector must track?
    const CONTAINER: bool = false;
    /// Drop the references the object holds, to break a garbage cycle
    /// (CPython's `tp_clear`). Types that can close a cycle override it;
    /// the others are broken by their neighbours'.
    fn gc_clear(_obj: &Py<Self>) {}
}

/// Per-payload-type operations, stored in each `PyType`.
pub struct PayloadVTable {
    /// Drop the payload and free the memory of a dead object.
    pub dealloc: unsafe fn(NonNull<ObjectHeader>),
    /// Type-erased `PyPayload::traverse`.
    pub traverse: unsafe fn(NonNull<ObjectHeader>, &mut dyn FnMut(&Value)),
    /// Type-erased `PyPayload::gc_clear`.
    pub clear: unsafe fn(NonNull<ObjectHeader>),
}

/// The vtable of payload `T`.
pub struct VTableOf<T>(PhantomData<T>);
impl<T: PyPayload> VTableOf<T> {
    pub const VTABLE: &'static PayloadVTable = &PayloadVTable {
        dealloc: dealloc_impl::<T>,
        traverse: traverse_impl::<T>,
        clear: clear_impl::<T>,
    };
}

/// Does `Py<T>` come from the pool allocator (`runtime::alloc`)? Decided
/// per payload type at compile time; the rest use the system allocator.
const fn pooled<T>() -> bool {
    std::mem::size_of::<Py<T>>() <= alloc::MAX_SMALL && std::mem::align_of::<Py<T>>() <= 8
}

/// Place a new object in memory of its own.
#[inline]
fn allocate<T: PyPayload>(obj: Py<T>) -> NonNull<Py<T>> {
    // The collector finds containers by walking the pools.
    const { assert!(!T::CONTAINER || pooled::<T>()) };
    if pooled::<T>() {
        let p = alloc::alloc(std::mem::size_of::<Py<T>>(), T::CONTAINER).cast::<Py<T>>();
        // SAFETY: a fresh block of the right size and alignment (8).
        unsafe { p.as_ptr().write(obj) };
        p
    } else {
        NonNull::from(Box::leak(Box::new(obj)))
    }
}

/// # Safety
/// `ptr` is a dead (refcount zero) object allocated as `Py<T>`.
unsafe fn dealloc_impl<T: PyPayload>(ptr: NonNull<ObjectHeader>) {
    let obj = ptr.cast::<Py<T>>();
    // SAFETY: a live object's type pointer is a live `Py<PyType>`.
    let ty = unsafe { &*(obj.as_ref().header.ob_type() as *const Py<PyType>) };
    let heap_type = ty.payload.is_heap_type();
    let ty_ptr = NonNull::from(&ty.header);
    if T::CONTAINER {
        crate::vm::gc::note_container_free();
    }
    if pooled::<T>() {
        // SAFETY: the caller guarantees the layout and that no reference
        // remains; the block came from `alloc::alloc` (`allocate`).
        unsafe {
            std::ptr::drop_in_place(obj.as_ptr());
            alloc::free(obj.cast(), std::mem::size_of::<Py<T>>(), T::CONTAINER);
        }
    } else {
        // SAFETY: as above, allocated by `Box` in `allocate`.
        drop(unsafe { Box::from_raw(obj.as_ptr()) });
    }
    if heap_type {
        // Instances of heap types own a reference to their type.
        // SAFETY: that reference was taken in `PyRef::new_in`.
        drop(unsafe { ObjRef::from_raw(ty_ptr) });
    }
}

/// # Safety
/// `ptr` is a live object allocated as `Py<T>`.
unsafe fn traverse_impl<T: PyPayload>(ptr: NonNull<ObjectHeader>, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller guarantees the layout and liveness.
    let obj = unsafe { &*(ptr.as_ptr() as *const Py<T>) };
    obj.payload.traverse(visit);
    // Instances of heap types own a reference to their type (`new_in`),
    // as CPython's `subtype_traverse` visits it.
    // SAFETY: a live object's type is a live `Py<PyType>`.
    let ty = unsafe { &*(obj.header.ob_type() as *const Py<PyType>) };
    if ty.payload.is_heap_type() {
        visit(&ty.to_value());
    }
}

/// # Safety
/// `ptr` is a live object allocated as `Py<T>`.
unsafe fn clear_impl<T: PyPayload>(ptr: NonNull<ObjectHeader>) {
    // SAFETY: the caller guarantees the layout and liveness.
    T::gc_clear(unsafe { &*(ptr.as_ptr() as *const Py<T>) });
}

/// An object: header then payload.
#[repr(C)]
pub struct Py<T> {
    pub header: ObjectHeader,
    pub payload: T,
}

impl<T> Deref for Py<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.payload
    }
}

impl<T> Py<T> {
    /// The object's type.
    #[inline(always)]
    pub fn class(&self) -> &Py<PyType> {
        // SAFETY: `ob_type` of a live object points at a live type object
        // (instances of heap types hold a reference to it).
        unsafe { &*(self.header.ob_type() as *const Py<PyType>) }
    }

    /// A new strong reference to this object.
    #[inline]
    pub fn to_ref(&self) -> PyRef<T> {
        refcount::incref(&self.header);
        PyRef {
            ptr: NonNull::from(self),
            _marker: PhantomData,
        }
    }

    #[inline]
    pub fn to_obj(&self) -> ObjRef {
        refcount::incref(&self.header);
        ObjRef(NonNull::from(&self.header))
    }

    #[inline]
    pub fn as_ptr(&self) -> *const ObjectHeader {
        &self.header
    }

    /// A new strong reference as a `Value`.
    #[inline]
    pub fn to_value(&self) -> Value {
        Value::Obj(self.to_obj())
    }

    /// Might another thread be using this object? True unless the calling
    /// thread owns it (a heuristic for choosing lock-free cached reads; the
    /// GIL build has no concurrent readers).
    #[inline]
    pub fn shared_with_other_threads(&self) -> bool {
        !crate::runtime::sync::GIL_BUILD
            && self.header.tid.load(Ordering::Relaxed) != crate::runtime::sync::thread_id()
    }

    /// Run `f` with the object's mutex held (see `runtime::mutex`).
    #[inline]
    pub fn locked<R>(&self, f: impl FnOnce() -> R) -> R {
        let _guard = crate::runtime::mutex::ObjLockGuard::new(
            &self.header,
            crate::runtime::thread::revoke_bias,
        );
        f()
    }

    /// `locked`, or no lock when the calling thread holds the only
    /// reference (a list or dict being built, a comprehension's result):
    /// nobody else can reach the object, so the lock would protect nothing.
    /// For the paths that fill new containers; elsewhere the check would
    /// only cost time.
    #[inline]
    pub fn locked_unless_unique<R>(&self, f: impl FnOnce() -> R) -> R {
        if crate::runtime::sync::is_solo() || refcount::is_unique_to_current_thread(&self.header) {
            return f();
        }
        self.locked(f)
    }
}

// ===== Owned handles =====

/// An owned strong reference to a `Py<T>`.
pub struct PyRef<T> {
    ptr: NonNull<Py<T>>,
    _marker: PhantomData<Py<T>>,
}

// SAFETY: payloads are Send + Sync (PyPayload bound at creation); the
// reference count itself is thread-safe.
unsafe impl<T: Sync + Send> Send for PyRef<T> {}
// SAFETY: as above.
unsafe impl<T: Sync + Send> Sync for PyRef<T> {}

impl<T: PyPayload> PyRef<T> {
    /// Allocate a new object of type `ty` (whose payload must be `T`).
    pub fn new_in(payload: T, ty: &Py<PyType>) -> PyRef<T> {
        debug_assert!(ty.payload.payload_id == TypeId::of::<T>());
        if ty.payload.is_heap_type() && ty.payload.flags & TYPE_DICT_TRAILER != 0 {
            // A subclass of a builtin whose instances carry a `__dict__`.
            return crate::object::with_dict::alloc(payload, ty);
        }
        Self::alloc_raw(payload, ty)
    }

    /// `new_in` without the subclass-layout check: `T` is the full payload.
    pub(crate) fn alloc_raw(payload: T, ty: &Py<PyType>) -> PyRef<T> {
        if ty.payload.is_heap_type() {
            std::mem::forget(ty.to_ref());
        }
        let header = ObjectHeader::new(&ty.header as *const ObjectHeader as *const (), thread_id());
        if T::CONTAINER {
            header.gc_bits.store(GC_TRACKED, Ordering::Relaxed);
            crate::vm::gc::note_container_alloc();
        }
        PyRef {
            ptr: allocate(Py { header, payload }),
            _marker: PhantomData,
        }
    }
}

impl<T: PyPayload> PyRef<T> {
    /// Allocate with an explicit type pointer (start-up only: may be null
    /// until the type table is patched).
    pub fn new_raw(payload: T, ob_type: *const ()) -> PyRef<T> {
        let header = ObjectHeader::new(ob_type, thread_id());
        PyRef {
            ptr: allocate(Py { header, payload }),
            _marker: PhantomData,
        }
    }
}

impl<T> PyRef<T> {
    #[inline]
    pub fn into_obj(self) -> ObjRef {
        let p = self.ptr.cast::<ObjectHeader>();
        std::mem::forget(self);
        ObjRef(p)
    }

    #[inline]
    pub fn as_obj(&self) -> &ObjRef {
        // SAFETY: PyRef<T> and ObjRef are both one NonNull to the same
        // object start (the header is at offset 0 of the repr(C) Py<T>).
        unsafe { &*(self as *const PyRef<T> as *const ObjRef) }
    }

    #[inline]
    pub fn into_value(self) -> Value {
        Value::Obj(self.into_obj())
    }

    #[inline]
    pub fn to_value(&self) -> Value {
        Value::Obj(self.as_obj().clone())
    }

    pub fn is(&self, other: &PyRef<T>) -> bool {
        self.ptr == other.ptr
    }

    /// Give up the reference without releasing it (`from_raw_typed` takes
    /// it back).
    pub fn into_raw(self) -> NonNull<Py<T>> {
        let p = self.ptr;
        std::mem::forget(self);
        p
    }

    /// # Safety
    /// `p` came from `into_raw` and its reference is handed over.
    pub unsafe fn from_raw_typed(p: NonNull<Py<T>>) -> PyRef<T> {
        PyRef {
            ptr: p,
            _marker: PhantomData,
        }
    }

    /// View the object as its leading `Py<U>`.
    ///
    /// # Safety
    /// `Py<U>` is a prefix of `Py<T>` and the object's type records `U`'s
    /// payload id (`object::with_dict`).
    pub(crate) unsafe fn cast_prefix<U>(self) -> PyRef<U> {
        let p = self.ptr.cast::<Py<U>>();
        std::mem::forget(self);
        PyRef {
            ptr: p,
            _marker: PhantomData,
        }
    }
}

impl<T> Deref for PyRef<T> {
    type Target = Py<T>;
    #[inline(always)]
    fn deref(&self) -> &Py<T> {
        // SAFETY: a PyRef keeps its object alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T> Clone for PyRef<T> {
    #[inline]
    fn clone(&self) -> Self {
        refcount::incref(&self.header);
        PyRef {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl<T> Drop for PyRef<T> {
    #[inline]
    fn drop(&mut self) {
        release(self.ptr.cast());
    }
}

/// An owned strong reference to an object of any type.
#[repr(transparent)]
pub struct ObjRef(NonNull<ObjectHeader>);

// SAFETY: see PyRef.
unsafe impl Send for ObjRef {}
// SAFETY: see PyRef.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// # Safety
    /// `ptr` is a live object and the caller transfers one reference to it.
    pub unsafe fn from_raw(ptr: NonNull<ObjectHeader>) -> ObjRef {
        ObjRef(ptr)
    }

    #[inline(always)]
    pub fn header(&self) -> &ObjectHeader {
        // SAFETY: an ObjRef keeps its object alive.
        unsafe { self.0.as_ref() }
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const ObjectHeader {
        self.0.as_ptr()
    }

    #[inline(always)]
    pub fn class(&self) -> &Py<PyType> {
        // SAFETY: as `Py::class`.
        unsafe { &*(self.header().ob_type() as *const Py<PyType>) }
    }

    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// Borrow the object as `Py<T>` if its payload is a `T`.
    #[inline(always)]
    pub fn downcast<T: PyPayload>(&self) -> Option<&Py<T>> {
        if self.class().payload.payload_id == TypeId::of::<T>() {
            // SAFETY: the type records the payload's Rust type.
            Some(unsafe { &*(self.0.as_ptr() as *const Py<T>) })
        } else {
            None
        }
    }

    #[inline]
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<PyRef<T>> {
        self.downcast::<T>().map(|p| p.to_ref())
    }

    #[inline]
    pub fn payload_is<T: PyPayload>(&self) -> bool {
        self.class().payload.payload_id == TypeId::of::<T>()
    }

    /// Convert into a typed reference if the payload is a `T`.
    pub fn into_typed<T: PyPayload>(self) -> Result<PyRef<T>, ObjRef> {
        if self.payload_is::<T>() {
            let p = self.0.cast::<Py<T>>();
            std::mem::forget(self);
            Ok(PyRef {
                ptr: p,
                _marker: PhantomData,
            })
        } else {
            Err(self)
        }
    }

    /// Drop this reference; true when that deallocated the object (the
    /// eval loop then checks for finalizers it queued, `vm::finalize`).
    #[inline(always)]
    pub fn release_freed(self) -> bool {
        let p = self.0;
        std::mem::forget(self);
        release(p)
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: the object is alive and its type's vtable matches it.
        unsafe { (self.class().payload.vtable.traverse)(self.0, visit) }
    }

    /// Break the object's references (`PyPayload::gc_clear`).
    pub fn gc_clear(&self) {
        // SAFETY: as `traverse`.
        unsafe { (self.class().payload.vtable.clear)(self.0) }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> Self {
        refcount::incref(self.header());
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        release(self.0);
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "<{} object at {:p}>",
            self.class().payload.name(),
            self.0.as_ptr()
        )
    }
}

// ===== Release and deallocation =====

/// Drop one reference; true when the object was deallocated.
#[inline(always)]
fn release(ptr: NonNull<ObjectHeader>) -> bool {
    // SAFETY: the caller owned a reference, so the object is alive.
    match refcount::decref(unsafe { ptr.as_ref() }) {
        SharedDecref::Done => false,
        SharedDecref::Dealloc => {
            dealloc(ptr);
            true
        }
        SharedDecref::Queue => {
            thread::queue_object(QueuedObject(ptr.as_ptr()), dealloc_queued);
            false
        }
    }
}

/// Entry point for the brc queues and the thread registry.
pub fn dealloc_queued(obj: QueuedObject) {
    if let Some(p) = NonNull::new(obj.0 as *mut ObjectHeader) {
        dealloc(p);
    }
}

const TRASHCAN_DEPTH: u32 = 200;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_LATER: RefCell<Vec<NonNull<ObjectHeader>>> = const { RefCell::new(Vec::new()) };
}

#[cold]
#[inline(never)]
fn dealloc(ptr: NonNull<ObjectHeader>) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        DEALLOC_LATER.with(|l| l.borrow_mut().push(ptr));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    dealloc_now(ptr);
    if depth == 0 {
        while let Some(p) = DEALLOC_LATER.with(|l| l.borrow_mut().pop()) {
            dealloc_now(p);
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

fn dealloc_now(ptr: NonNull<ObjectHeader>) {
    // SAFETY: the object's count reached zero; its type is alive (builtin
    // types are immortal, heap types are held by the instance until the
    // vtable's dealloc releases them) and its vtable matches its layout.
    unsafe {
        let h = &*ptr.as_ptr();
        let ty = &*(h.ob_type() as *const Py<PyType>);
        // `__del__` and weak references (`vm::finalize`): heap types only
        // have `__del__`; the header bit says whether weakrefs were made.
        if (ty.payload.is_heap_type() || h.gc_bits.load(Ordering::Relaxed) & GC_WEAKREFS != 0)
            && !crate::vm::finalize::before_dealloc(ptr, ty)
        {
            return;
        }
        (ty.payload.vtable.dealloc)(ptr);
    }
}
