//! Finalizers: Python code that runs because an object died (`__del__`,
//! weak-reference callbacks, closing a generator dropped while suspended
//! inside `try`/`with`, CPython's `_PyGen_Finalize`).
//!
//! A destructor can run anywhere a reference is dropped: in the middle of
//! an instruction, while a container is being rebuilt, during a biased
//! refcount merge. Running Python code there is unsafe (the eval stack is
//! mid-update, a lock may be held, the eval loop holds `&mut Vm`), so a
//! destructor only *queues* the work on the dropping thread (`defer`) and
//! sets that thread's eval-breaker bit `BREAK_FINALIZE`. The thread's `Vm`
//! runs the queue at the next safe point, and the eval loop puts safe
//! points right after every instruction that can drop the last reference
//! to a user object before Python can observe it: `DELETE_*`, `STORE_*`
//! (other than `STORE_FAST`, whose old value is checked only when its
//! decref frees something, as `POP_TOP`'s), returns, and native calls; plus
//! the usual backward jumps and calls. So `del x; print(flag)` sees what
//! `x.__del__` did, as in CPython, where the destructor runs inside the
//! decref. Also when the main module or a thread's function ends, and
//! while the main module's globals are cleared at exit.
//!
//! `__del__` (`before_dealloc`): the first time an instance of a class with
//! `__del__` reaches refcount zero, it is resurrected (one reference owned
//! by this thread, `refcount::resurrect`), marked `GC_FINALIZED` and queued;
//! the finalizer calls `__del__` and drops that reference. If `__del__`
//! stored `self` somewhere the object lives on; the next time it dies it is
//! freed without a second call (PEP 442). Weak references are cleared when
//! the object is really freed, after `__del__` (CPython's order), and their
//! callbacks are queued the same way.
//!
//! Order: CPython runs destructors depth first, inside the decref. The
//! queue reproduces that: work queued while one finalizer runs goes before
//! the rest of the queue, and the safe points inside a finalizer's Python
//! code run only the work queued since that finalizer started (each
//! `run_finalizers` level owns the part of the stack above its base), so a
//! `__del__` that drops another object sees that object's `__del__` run
//! where CPython runs it.
//!
//! Invariants: the queue is thread-local and is never borrowed while a
//! value is dropped or Python code runs (items are moved out first). A
//! finalizer that fails reports the error as CPython's "Exception ignored
//! in" and never propagates it. Work queued on a thread that has no `Vm`
//! any more is leaked, never run nor dropped (dropping could re-enter
//! thread-local state that is being torn down).

use std::cell::RefCell;
use std::ptr::NonNull;

use crate::object::header::{ObjectHeader, GC_FINALIZED, GC_WEAKREFS};
use crate::object::pyref::{ObjRef, Py};
use crate::object::typeobj::{type_epoch, PyType};
use crate::object::value::Value;
use crate::runtime::sync::{self, AtomicBool, Ordering};
use crate::runtime::thread::{set_breaker, BREAK_FINALIZE};
use crate::vm::state::Vm;

pub type Finalizer = Box<dyn FnOnce(&mut Vm)>;

/// `new`: queued since the last run, in queueing order. `stack`: to run,
/// next on top.
struct Pending {
    new: Vec<Finalizer>,
    stack: Vec<Finalizer>,
}

impl Drop for Pending {
    fn drop(&mut self) {
        // Thread teardown: see the module doc.
        std::mem::forget(std::mem::take(&mut self.new));
        std::mem::forget(std::mem::take(&mut self.stack));
    }
}

thread_local! {
    static PENDING: RefCell<Pending> = const {
        RefCell::new(Pending { new: Vec::new(), stack: Vec::new() })
    };
}

/// Queue `f` to run on this thread's `Vm` at its next safe point.
pub fn defer(f: Finalizer) {
    let mut f = Some(f);
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if let Some(f) = f.take() {
                p.new.push(f);
            }
        }
    });
    match f {
        None => set_breaker(sync::thread_id(), BREAK_FINALIZE),
        // No queue on this thread any more: leak rather than run or drop.
        Some(f) => std::mem::forget(f),
    }
}

/// Move the newly queued work on top of the stack (first queued on top)
/// and pop the next finalizer above `base`.
fn take_one(base: usize) -> Option<Finalizer> {
    PENDING
        .try_with(|p| {
            let mut p = p.try_borrow_mut().ok()?;
            let new = std::mem::take(&mut p.new);
            p.stack.extend(new.into_iter().rev());
            if p.stack.len() > base {
                p.stack.pop()
            } else {
                None
            }
        })
        .ok()
        .flatten()
}

fn stack_height() -> usize {
    PENDING
        .try_with(|p| p.try_borrow().map_or(0, |p| p.stack.len()))
        .unwrap_or(0)
}

// ===== Deallocation hook =====

static SHUTTING_DOWN: AtomicBool = AtomicBool::new(false);

/// The main module's globals are being cleared at exit: from now on weak
/// references are cleared without calling their callbacks. In CPython the
/// module's objects and the weak references to them die together as
/// cyclic garbage at shutdown, and the collector calls no callback of a
/// weak reference that is itself garbage (`__del__` still runs).
pub fn begin_shutdown() {
    SHUTTING_DOWN.store(true, Ordering::Relaxed);
}

pub fn weakref_callbacks_enabled() -> bool {
    !SHUTTING_DOWN.load(Ordering::Relaxed)
}

/// Called by the object layer before freeing `ptr` when its type is a heap
/// type or it has weak references. Returns false when the object was
/// resurrected to run `__del__` (it must not be freed now).
#[cold]
pub fn before_dealloc(ptr: NonNull<ObjectHeader>, ty: &Py<PyType>) -> bool {
    // SAFETY: the object's count reached zero but its memory is intact.
    let h = unsafe { ptr.as_ref() };
    let bits = h.gc_bits.load(Ordering::Relaxed);
    let weak = bits & GC_WEAKREFS != 0;
    if ty.payload.is_heap_type() && bits & GC_FINALIZED == 0 && type_has_del(ty) {
        h.gc_bits.fetch_or(GC_FINALIZED, Ordering::Relaxed);
        {
            // Excludes weak-reference upgrades while the counts are rewritten.
            let _shard =
                weak.then(|| crate::objects::weakref::registry().lock(ptr.as_ptr() as usize));
            crate::runtime::refcount::resurrect(h, sync::thread_id(), weak);
        }
        // SAFETY: `resurrect` gave the object one reference, which we own.
        let obj = unsafe { ObjRef::from_raw(ptr) };
        defer(Box::new(move |vm: &mut Vm| call_del(vm, obj)));
        return false;
    }
    if weak {
        crate::objects::weakref::clear_weakrefs(ptr);
    }
    true
}

/// Does `ty` (or a base) define `__del__`? Cached in the type per type
/// epoch, so an instance's deallocation costs two loads.
fn type_has_del(ty: &Py<PyType>) -> bool {
    let epoch = type_epoch();
    let cached = ty.payload.del_cache.load(Ordering::Relaxed);
    if cached >> 1 == epoch {
        return cached & 1 != 0;
    }
    let has = ty.lookup(&crate::vm::state::interp().names.del).is_some();
    ty.payload
        .del_cache
        .store(epoch << 1 | u64::from(has), Ordering::Relaxed);
    has
}

fn call_del(vm: &mut Vm, obj: ObjRef) {
    let v = Value::Obj(obj);
    let Some(f) = v.class().lookup(&crate::vm::state::interp().names.del) else {
        return;
    };
    let r = if f.payload_is::<crate::objects::function::PyFunction>() {
        vm.call(&f, &[v.clone()])
    } else {
        vm.get_attr_str(&v, "__del__")
            .and_then(|m| vm.call(&m, &[]))
    };
    if let Err(e) = r {
        let what = vm.repr(&f).map(|s| s.as_str().to_string());
        vm.write_unraisable(&e, &what.unwrap_or_default());
    }
    drop(v);
}

impl Vm {
    /// Run the finalizers queued since this level started (see the module
    /// doc), including the ones they queue.
    pub fn run_finalizers(&mut self) {
        let base = stack_height();
        while let Some(f) = take_one(base) {
            let saved_reraising = std::mem::take(&mut self.reraising);
            f(self);
            self.reraising = saved_reraising;
        }
    }

    /// Report an exception a finalizer could not propagate (CPython's
    /// `PyErr_WriteUnraisable`): "Exception ignored in: <obj>" and the
    /// exception's own traceback (not its chain), on stderr.
    pub fn write_unraisable(&mut self, err: &crate::objects::exception::PyErr, what: &str) {
        crate::modules::builtins::flush_stdout();
        let mut text = String::new();
        self.format_one(err, &mut text);
        eprint!("Exception ignored in: {what}\n{text}");
    }
}
