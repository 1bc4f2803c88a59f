//! `Vm`: the state of one thread running Python code; `Interp`: what all
//! threads share.
//!
//! A `Vm` is created on its OS thread (`Vm::new_thread`), registers the
//! thread (`runtime::thread`) and attaches to the GIL if one is in force. It
//! owns the thread's value stack, frame stack, block stack, handled-exception
//! state and attribute cache: nothing in it is shared, so none of it needs a
//! lock. When the thread ends, `Vm::exit` drains the biased-refcount queue.

use std::sync::{Arc, OnceLock};

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::module::PyModule;
use crate::objects::str::{intern, PyStr};
use crate::runtime::sync::{AtomicUsize, Ordering};
use crate::runtime::thread::{self, ThreadShared};
use crate::runtime::{gil, sync};
use crate::vm::frame::{Block, Frame};

macro_rules! names {
    ($($field:ident = $text:literal,)*) => {
        /// Interned names the runtime looks up (dunders and friends).
        pub struct Names { $(pub $field: PyRef<PyStr>,)* }
        impl Names {
            fn new() -> Names { Names { $($field: intern($text),)* } }
        }
    };
}

names! {
    init = "__init__", new = "__new__", call = "__call__", repr = "__repr__", str = "__str__",
    hash = "__hash__", eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    bool_ = "__bool__", len = "__len__", iter = "__iter__", next = "__next__", getitem = "__getitem__",
    setitem = "__setitem__", delitem = "__delitem__", contains = "__contains__", getattr = "__getattr__",
    getattribute = "__getattribute__", setattr = "__setattr__", delattr = "__delattr__", get = "__get__",
    set = "__set__", delete = "__delete__", enter = "__enter__", exit = "__exit__", index = "__index__",
    int = "__int__", float = "__float__", format = "__format__", neg = "__neg__", pos = "__pos__",
    invert = "__invert__", abs = "__abs__", name = "__name__", qualname = "__qualname__", module = "__module__",
    doc = "__doc__", dict = "__dict__", class = "__class__", classcell = "__classcell__", builtins = "__builtins__",
    annotations = "__annotations__", init_subclass = "__init_subclass__", set_name = "__set_name__",
    mro = "__mro__", bases = "__bases__", base = "__base__", file = "__file__", all = "__all__",
    round = "__round__", reversed = "__reversed__", missing = "__missing__", args = "args",
    main = "__main__", cause = "__cause__", context = "__context__", traceback = "__traceback__",
    suppress_context = "__suppress_context__", self_ = "self", defaults = "__defaults__", code = "__code__",
    globals = "__globals__", closure = "__closure__", func = "__func__", wrapped = "__wrapped__",
    class_getitem = "__class_getitem__", del = "__del__", sizeof = "__sizeof__", length_hint = "__length_hint__",
}

/// Binary operator dunders, indexed by `ast::BinOp` number: (op, reflected, in-place, symbol).
pub const BINOP_DUNDERS: [(&str, &str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__", "+"),
    ("__and__", "__rand__", "__iand__", "&"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    ("__mul__", "__rmul__", "__imul__", "*"),
    ("__mod__", "__rmod__", "__imod__", "%"),
    ("__or__", "__ror__", "__ior__", "|"),
    ("__pow__", "__rpow__", "__ipow__", "**"),
    ("__rshift__", "__rrshift__", "__irshift__", ">>"),
    ("__sub__", "__rsub__", "__isub__", "-"),
    ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    ("__xor__", "__rxor__", "__ixor__", "^"),
];

/// Interned dunder names for the binary operators.
pub struct BinopNames {
    pub op: Vec<PyRef<PyStr>>,
    pub rop: Vec<PyRef<PyStr>>,
    pub iop: Vec<PyRef<PyStr>>,
}

/// Process-wide interpreter state.
pub struct Interp {
    pub names: Names,
    pub binop_names: BinopNames,
    pub builtins: PyRef<PyModule>,
    pub sys: PyRef<PyModule>,
    /// `sys.modules`.
    pub modules: PyRef<PyDict>,
    pub recursion_limit: AtomicUsize,
    pub main_thread: AtomicUsize,
}

static INTERP: OnceLock<Interp> = OnceLock::new();

#[inline(always)]
pub fn interp() -> &'static Interp {
    match INTERP.get() {
        Some(i) => i,
        None => interp_missing(),
    }
}

#[cold]
fn interp_missing() -> ! {
    panic!("interpreter used before start-up")
}

/// Has start-up run?
pub fn interp_ready() -> bool {
    INTERP.get().is_some()
}

pub(crate) fn install_interp(i: Interp) {
    let _ = INTERP.set(i);
}

impl Interp {
    pub fn new(builtins: PyRef<PyModule>, sys: PyRef<PyModule>, modules: PyRef<PyDict>) -> Interp {
        let mk = |i: usize| {
            BINOP_DUNDERS
                .iter()
                .map(|d| intern([d.0, d.1, d.2][i]))
                .collect()
        };
        Interp {
            names: Names::new(),
            binop_names: BinopNames {
                op: mk(0),
                rop: mk(1),
                iop: mk(2),
            },
            builtins,
            sys,
            modules,
            recursion_limit: AtomicUsize::new(1000),
            main_thread: AtomicUsize::new(0),
        }
    }
}

/// One entry of the per-thread attribute cache.
#[derive(Default)]
pub struct AttrCacheEntry {
    pub epoch: u64,
    pub ty: usize,
    pub name: usize,
    /// The lookup result (`Null`: not found).
    pub value: Value,
}

pub const ATTR_CACHE_SIZE: usize = 1024;

/// One entry of the per-thread read cache (`Vm::cached_read`): what
/// `container[key]` was at `version` of the container.
#[derive(Default)]
pub struct ReadCacheEntry {
    /// The container's address.
    pub cont_addr: usize,
    /// The container, a strong reference so that its address cannot be
    /// reused while the entry exists; `Null` for containers whose versions
    /// are never reused (`Vm::cached_read_unpinned`).
    pub cont: Value,
    /// The key's identity (`ReadKey::id`) and, for an object key, a strong
    /// reference to it for the same reason.
    pub key_id: u64,
    pub key: Value,
    pub version: u64,
    /// The value found (`Null`: absent).
    pub value: Value,
}

pub const READ_CACHE_SIZE: usize = 512;

/// Fibonacci hashing of (container, key): consecutive list indices and
/// neighbouring objects spread over the whole table.
#[inline]
fn read_cache_slot(cont: u64, key: u64) -> usize {
    let h = (cont ^ key.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - READ_CACHE_SIZE.trailing_zeros())) as usize
}

/// The key of a cached read: a str compared by identity (an interned name,
/// a str key), a machine int (a list index), or the container's length.
pub enum ReadKey<'a> {
    Str(&'a Py<PyStr>),
    Int(i64),
    Len,
}

impl ReadKey<'_> {
    /// Object addresses are even, ints are tagged odd, and the length is 2
    /// (no object lives at address 2), so no two kinds of key meet.
    #[inline]
    fn id(&self) -> u64 {
        match self {
            ReadKey::Str(s) => s.as_ptr() as u64,
            ReadKey::Int(i) => ((*i as u64) << 1) | 1,
            ReadKey::Len => 2,
        }
    }

    fn keep(&self) -> Value {
        match self {
            ReadKey::Str(s) => s.to_value(),
            ReadKey::Int(_) | ReadKey::Len => Value::Null,
        }
    }
}

/// The state of one thread running Python code.
pub struct Vm {
    pub thread: Arc<ThreadShared>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub blocks: Vec<Block>,
    /// The exception being handled (`sys.exc_info()`), `None` outside handlers.
    pub exc_info: Value,
    /// The `exc_info` of the frames below each running generator (pushed
    /// when a generator resumes with its own handled exception, popped
    /// when it suspends or ends): `handled_exception` looks through them.
    pub exc_info_stack: Vec<Value>,
    /// Set by the re-raise opcodes: the next unwind adds no traceback entry.
    pub reraising: bool,
    pub attr_cache: Box<[AttrCacheEntry]>,
    pub read_cache: Box<[ReadCacheEntry]>,
    /// Lowest safe Rust stack address: deeper native recursion raises RecursionError.
    pub stack_limit: usize,
    /// Containers whose repr is being built on this thread (`[...]` on re-entry).
    pub repr_stack: Vec<usize>,
}

/// Native stack kept free below `stack_limit` for the error path itself.
const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// Set up the calling OS thread to run Python code; `stack_size` is the
    /// size of its Rust stack (to bound native recursion).
    pub fn new_thread(stack_size: usize) -> Vm {
        let shared = thread::register();
        thread::attach(&shared);
        let here = approx_sp();
        let mut cache = Vec::with_capacity(ATTR_CACHE_SIZE);
        cache.resize_with(ATTR_CACHE_SIZE, AttrCacheEntry::default);
        Vm {
            thread: shared,
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            blocks: Vec::new(),
            exc_info: Value::None,
            exc_info_stack: Vec::new(),
            reraising: false,
            attr_cache: cache.into_boxed_slice(),
            read_cache: (0..READ_CACHE_SIZE)
                .map(|_| ReadCacheEntry::default())
                .collect(),
            stack_limit: here.saturating_sub(stack_size.saturating_sub(STACK_RESERVE)),
            repr_stack: Vec::new(),
        }
    }

    /// The thread is done with Python: drop its state, merge its queue,
    /// leave the GIL.
    pub fn exit(mut self) {
        self.stack.clear();
        self.frames.clear();
        self.exc_info = Value::None;
        self.drop_cached_refs();
        // What those drops freed: `__del__` and callbacks still run here.
        self.run_finalizers();
        crate::runtime::deferred::close_thread();
        thread::unregister(&self.thread, crate::object::pyref::dealloc_queued);
        thread::detach(&self.thread);
    }

    /// `d[name]` for an interned `name`, through the thread's read cache.
    #[inline]
    pub fn dict_get_str_cached(&mut self, d: &Py<PyDict>, name: &Py<PyStr>) -> Option<Value> {
        self.cached_read(d, d.version(), ReadKey::Str(name), || d.get_str(name))
    }

    /// Forget this thread's cached read of `cont[name]`, if any. Stores
    /// and deletes by this thread call it, so that the cache does not pin
    /// the old value: it must die now if that was its last reference
    /// (its `__del__` and weakref callbacks run at once, `vm::finalize`).
    /// Another thread's cache may still pin it until that entry is reused.
    #[inline]
    pub fn forget_cached_read<T>(&mut self, cont: &Py<T>, name: &Py<PyStr>) {
        let cp = cont.as_ptr() as usize;
        let kid = ReadKey::Str(name).id();
        let way0 = read_cache_slot(cp as u64, kid) & !1;
        for slot in [way0, way0 + 1] {
            let e = &mut self.read_cache[slot];
            if e.key_id == kid && e.cont_addr == cp {
                // Key id 0 is never a real key's: the entry cannot hit.
                e.key_id = 0;
                let old = std::mem::take(&mut e.value);
                drop(old);
            }
        }
    }

    /// `cont[key]` through the thread's read cache. `version` is the
    /// container's change counter, loaded (Acquire) before this call; `read`
    /// does the real, locked lookup. A hit costs that one load and takes no
    /// lock, so threads reading the same globals, the same shared object's
    /// attributes, or the same shared list or dict write no shared cache
    /// line. Loading the version first makes a racing change harmless: the
    /// entry is tagged with the older version, which never matches again.
    /// Entries keep their container, key and value alive until replaced
    /// (so a value dropped from a shared container may outlive it here).
    #[inline]
    pub fn cached_read<T: crate::object::pyref::PyPayload>(
        &mut self,
        cont: &Py<T>,
        version: u64,
        key: ReadKey,
        read: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        self.read_through(
            cont.as_ptr() as usize,
            Some(|| cont.to_value()),
            version,
            key,
            read,
        )
    }

    /// `cached_read` for a container whose version numbers are never
    /// reused, not even by another object at the same address
    /// (`object::version`): the entry does not keep it alive.
    #[inline]
    pub fn cached_read_unpinned<T: crate::object::pyref::PyPayload>(
        &mut self,
        cont: &Py<T>,
        version: u64,
        key: ReadKey,
        read: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        self.read_through(
            cont.as_ptr() as usize,
            None::<fn() -> Value>,
            version,
            key,
            read,
        )
    }

    #[inline]
    fn read_through(
        &mut self,
        cp: usize,
        pin: Option<impl FnOnce() -> Value>,
        version: u64,
        key: ReadKey,
        read: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let kid = key.id();
        // Two-way set associative: the set is slots `way0` and `way0 + 1`,
        // the most recently filled first.
        let way0 = read_cache_slot(cp as u64, kid) & !1;
        for slot in [way0, way0 + 1] {
            let e = &self.read_cache[slot];
            // An entry for an unpinned container that died never serves a
            // pinned one born at its address.
            if e.cont_addr == cp
                && e.key_id == kid
                && e.version == version
                && e.cont.is_null() != pin.is_some()
            {
                return if e.value.is_null() {
                    None
                } else {
                    Some(e.value.clone())
                };
            }
        }
        let found = read();
        self.read_cache.swap(way0, way0 + 1);
        let e = &mut self.read_cache[way0];
        if e.cont_addr != cp || e.cont.is_null() {
            e.cont_addr = cp;
            e.cont = pin.map_or(Value::Null, |p| p());
        }
        if e.key_id != kid {
            e.key_id = kid;
            e.key = key.keep();
        }
        e.version = version;
        let old = std::mem::replace(&mut e.value, found.clone().unwrap_or(Value::Null));
        drop(old);
        found
    }

    /// Run `f` with the thread detached (GIL released): `f` must not touch
    /// any Python object.
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        thread::detach(&self.thread);
        let r = f();
        thread::attach(&self.thread);
        r
    }

    /// Drop every read-cache entry (and the references it pins).
    pub fn clear_read_cache(&mut self) {
        for e in self.read_cache.iter_mut() {
            *e = ReadCacheEntry::default();
        }
    }

    /// Drop every attribute-cache entry (and the class attributes it
    /// pins); epoch 0 never matches.
    pub fn clear_attr_cache(&mut self) {
        for e in self.attr_cache.iter_mut() {
            *e = AttrCacheEntry::default();
        }
    }

    /// Before a collection: the caches' strong references would keep
    /// garbage alive (a dead class's methods, a dropped container).
    pub fn drop_cached_refs(&mut self) {
        self.clear_attr_cache();
        self.clear_read_cache();
    }

    /// Safe-point work requested through the eval breaker.
    #[cold]
    pub fn handle_eval_breaker(&mut self) {
        let bits = self.thread.eval_breaker.swap(0, Ordering::Acquire);
        if bits & thread::BREAK_BRC_MERGE != 0 {
            self.thread.brc.merge(crate::object::pyref::dealloc_queued);
        }
        if bits & thread::BREAK_BIAS_ACK != 0 {
            self.thread.bias.ack();
        }
        if bits & thread::BREAK_STW != 0 {
            self.drop_cached_refs();
            thread::park_for_world(&self.thread);
        }
        if bits & thread::BREAK_GC != 0 && crate::vm::gc::ENABLED.load(Ordering::Relaxed) {
            self.gc_collect();
        }
        if bits & thread::BREAK_SOLO_ENTER != 0 {
            thread::solo_try_enter(self.thread.id);
        }
        if bits & thread::BREAK_SOLO_LEAVE != 0 {
            thread::solo_leave();
        }
        if bits & thread::BREAK_GIL_DROP != 0 {
            gil::yield_to_waiter(self.thread.id);
        }
        if bits & (thread::BREAK_FINALIZE | thread::BREAK_BRC_MERGE) != 0 {
            // Merges can free generators that queue finalizers.
            self.run_finalizers();
        }
    }

    #[inline]
    pub fn recursion_limit(&self) -> usize {
        interp().recursion_limit.load(Ordering::Relaxed)
    }

    /// Fail with RecursionError if native recursion is about to exhaust the
    /// Rust stack.
    #[inline]
    pub fn check_native_stack(&self) -> crate::objects::exception::PyResult<()> {
        if approx_sp() < self.stack_limit {
            return Err(crate::objects::exception::recursion_error());
        }
        Ok(())
    }

    /// `check_native_stack` with CPython's context for the message, as
    /// `Py_EnterRecursiveCall(" in comparison")`.
    #[inline]
    pub fn check_native_stack_in(&self, context: &str) -> crate::objects::exception::PyResult<()> {
        if approx_sp() < self.stack_limit {
            return Err(crate::objects::exception::recursion_error_in(context));
        }
        Ok(())
    }

    /// The module name of a type, for reprs (`__main__.Foo`).
    pub fn type_module_name(&self, ty: &Py<PyType>) -> String {
        match ty.payload.dict.get_str(&interp().names.module) {
            Some(v) => match v.downcast::<PyStr>() {
                Some(s) => s.as_str().to_string(),
                // A static type's dict may hold a `__module__` descriptor
                // for its instances (`function`).
                None if !ty.payload.is_heap_type() => "builtins".to_string(),
                None => "?".to_string(),
            },
            None => "builtins".to_string(),
        }
    }
}

/// An address near the top of the current Rust stack.
#[inline(always)]
pub fn approx_sp() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Is the free-threaded build running without a GIL?
pub fn is_gil_enabled() -> bool {
    gil::enabled()
}

pub fn gil_build() -> bool {
    sync::GIL_BUILD
}
