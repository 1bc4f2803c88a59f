//! Asynchronous generators (`async def` with `yield`) and the awaitables
//! their methods return, plus the `aiter()`/`anext()` builtins (CPython's
//! `Objects/genobject.c` async-generator half, `Objects/iterobject.c`
//! `anextawaitable`).
//!
//! The frame is a generator's (`vm/generator.rs`, kind `AsyncGenerator`).
//! Its `yield v` compiles to ASYNC_GEN_WRAP + YIELD_VALUE, so what the
//! frame yields is either a wrapped value (an async `yield`: the awaitable
//! of `__anext__`/`asend` finishes with StopIteration(v)) or a bare value
//! passed up from an inner `await` (an asyncio Future: the awaitable
//! yields it to the event loop). `__anext__`/`asend` return an
//! `async_generator_asend` awaitable, `athrow`/`aclose` an
//! `async_generator_athrow`; each is a little state machine (INIT, ITER,
//! CLOSED) that steps the frame, as CPython's.
//!
//! A step is a `FrameExit`: `Yield(v)` passes v up to whoever drives the
//! awaitable, `Return(v)` means the awaitable is done with value v (its
//! StopIteration). `send_to` (SEND) steps these awaitables directly, so an
//! `async for` raises no StopIteration per item.
//!
//! `sys.set_asyncgen_hooks` (per thread): the first `__anext__`/`asend`/
//! `athrow`/`aclose` of an async generator calls `firstiter(agen)` and
//! keeps the `finalizer`; dropped while suspended (and not closed), the
//! generator is handed to `finalizer` at the next safe point instead of
//! being closed there (asyncio schedules `aclose()` in a task).

use std::cell::RefCell;
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::exception::{new_error, new_exception, type_error, ExcKind, PyErr, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::runtime::sync::{AtomicBool, AtomicU8, Ordering};
use crate::vm::eval::FrameExit;
use crate::vm::generator::{
    add_frame_getsets, gen_repr, static_type, stop_with, throw_exception, PyGenerator,
};
use crate::vm::state::Vm;

pub struct PyAsyncGen {
    gen: PyGenerator,
    /// An asend/athrow awaitable is being driven (`ag_running`).
    running_async: AtomicBool,
    /// Finished by StopAsyncIteration/GeneratorExit or `aclose()`.
    closed: AtomicBool,
    /// The hooks were consulted (first iteration).
    hooks_inited: AtomicBool,
    /// The finalizer hook in force at the first iteration.
    finalizer: Mutex<Option<Value>>,
}

impl PyPayload for PyAsyncGen {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.gen.traverse(visit);
        if let Some(f) = self
            .finalizer
            .try_lock()
            .as_deref()
            .and_then(Option::as_ref)
        {
            visit(f);
        }
    }
}

impl Drop for PyAsyncGen {
    fn drop(&mut self) {
        let hook = self.finalizer.get_mut().take();
        if hook.is_some() && !*self.closed.get_mut() {
            self.gen.defer_close(hook);
        }
    }
}

thread_local! {
    /// This thread's (firstiter, finalizer) hooks; `None` = both unset.
    static HOOKS: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn hooks() -> (Value, Value) {
    HOOKS.with(|h| h.borrow().clone().unwrap_or((Value::None, Value::None)))
}

impl Vm {
    /// `async_gen_init_hooks`: on the first iteration, remember the
    /// finalizer and call `firstiter(agen)`.
    fn agen_init_hooks(&mut self, agen: &Value) -> PyResult<()> {
        let Some(ag) = agen.downcast::<PyAsyncGen>() else {
            return Ok(());
        };
        if ag.hooks_inited.swap(true, Ordering::Relaxed) {
            return Ok(());
        }
        let (firstiter, finalizer) = hooks();
        if !finalizer.is_none() {
            *ag.finalizer.lock() = Some(finalizer);
        }
        if !firstiter.is_none() {
            self.call(&firstiter, &[agen.clone()])?;
        }
        Ok(())
    }
}

/// The value of an async `yield` (ASYNC_GEN_WRAP), never seen by Python code.
pub struct PyAsyncGenWrapped {
    val: Value,
}

impl PyPayload for PyAsyncGenWrapped {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.val);
    }
}

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// `__anext__()`/`asend(v)`: one step of the generator.
pub struct PyASend {
    agen: Value,
    sendval: Value,
    state: AtomicU8,
}

/// `athrow(...)` (`args` Some) or `aclose()` (`args` None).
pub struct PyAThrow {
    agen: Value,
    args: Option<Vec<Value>>,
    state: AtomicU8,
}

impl PyPayload for PyASend {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.agen);
        visit(&self.sendval);
    }
}

impl PyPayload for PyAThrow {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.agen);
        self.args.iter().flatten().for_each(visit);
    }
}

/// `anext(it, default)`: the awaitable of `it.__anext__()` with
/// StopAsyncIteration turned into a result of `default`.
pub struct PyANextAwaitable {
    wrapped: Value,
    default: Value,
}

impl PyPayload for PyANextAwaitable {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.wrapped);
        visit(&self.default);
    }
}

fn agen_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyAsyncGen>(&T, "async_generator")
}
fn wrapped_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyAsyncGenWrapped>(&T, "async_generator_wrapped_value")
}
fn asend_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyASend>(&T, "async_generator_asend")
}
fn athrow_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyAThrow>(&T, "async_generator_athrow")
}
fn anext_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyANextAwaitable>(&T, "anext_awaitable")
}

pub(crate) fn new_async_gen(gen: PyGenerator) -> Value {
    let ag = PyAsyncGen {
        gen,
        running_async: AtomicBool::new(false),
        closed: AtomicBool::new(false),
        hooks_inited: AtomicBool::new(false),
        finalizer: Mutex::new(None),
    };
    PyRef::new_in(ag, agen_type()).into_value()
}

pub fn agen_core(v: &Value) -> Option<&PyGenerator> {
    v.downcast::<PyAsyncGen>().map(|a| &a.gen)
}

/// ASYNC_GEN_WRAP.
pub fn wrap_value(val: Value) -> Value {
    PyRef::new_in(PyAsyncGenWrapped { val }, wrapped_type()).into_value()
}

fn is_kind(e: &PyErr, kind: ExcKind) -> bool {
    e.is_instance(types().exceptions.get(kind))
}

fn stop_async() -> PyErr {
    new_exception(types().exceptions.get(ExcKind::StopAsyncIteration), vec![])
}

fn runtime_error(msg: &str) -> PyErr {
    new_error(ExcKind::RuntimeError, msg)
}

/// `async_gen_unwrap_value`: a frame step as the awaitable sees it.
fn unwrap(ag: &PyAsyncGen, r: PyResult<FrameExit>) -> PyResult<FrameExit> {
    match r {
        Ok(FrameExit::Yield(v)) => match v.downcast::<PyAsyncGenWrapped>() {
            Some(w) => {
                ag.running_async.store(false, Ordering::Relaxed);
                Ok(FrameExit::Return(w.val.clone()))
            }
            None => Ok(FrameExit::Yield(v)),
        },
        Ok(FrameExit::Return(_)) => {
            ag.closed.store(true, Ordering::Relaxed);
            ag.running_async.store(false, Ordering::Relaxed);
            Err(stop_async())
        }
        Err(e) => {
            if is_kind(&e, ExcKind::StopAsyncIteration) || is_kind(&e, ExcKind::GeneratorExit) {
                ag.closed.store(true, Ordering::Relaxed);
            }
            ag.running_async.store(false, Ordering::Relaxed);
            Err(e)
        }
    }
}

fn agen_of(v: &Value) -> PyResult<&PyAsyncGen> {
    v.downcast::<PyAsyncGen>()
        .map(|a| &**a)
        .ok_or_else(|| type_error("descriptor requires an 'async_generator' object"))
}

/// What resumes an awaitable: a sent value or a thrown exception (with
/// the raw `throw()` arguments).
enum Step<'a> {
    Send(Value),
    Throw(PyErr, Option<&'a [Value]>),
}

impl Vm {
    fn agen_step(&mut self, ag: &PyAsyncGen, how: Step) -> PyResult<FrameExit> {
        match how {
            Step::Send(v) => self.gen_send(&ag.gen, v),
            Step::Throw(e, raw) => self.gen_throw(&ag.gen, e, raw),
        }
    }

    fn asend_step(&mut self, o: &PyASend, how: Step) -> PyResult<FrameExit> {
        let ag = agen_of(&o.agen)?;
        let state = o.state.load(Ordering::Relaxed);
        if state == CLOSED {
            return Err(runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let how = match how {
            Step::Send(mut v) => {
                if state == INIT {
                    if ag.running_async.load(Ordering::Relaxed) {
                        return Err(runtime_error(
                            "anext(): asynchronous generator is already running",
                        ));
                    }
                    if v.is_none() {
                        v = o.sendval.clone();
                    }
                    o.state.store(ITER, Ordering::Relaxed);
                }
                ag.running_async.store(true, Ordering::Relaxed);
                Step::Send(v)
            }
            how => how,
        };
        let r = self.agen_step(ag, how);
        let r = unwrap(ag, r);
        if !matches!(r, Ok(FrameExit::Yield(_))) {
            o.state.store(CLOSED, Ordering::Relaxed);
        }
        r
    }

    fn athrow_step(&mut self, o: &PyAThrow, how: Step) -> PyResult<FrameExit> {
        let ag = agen_of(&o.agen)?;
        let state = o.state.load(Ordering::Relaxed);
        if state == CLOSED {
            return Err(runtime_error(
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        let r = match how {
            Step::Send(_) if ag.gen.is_finished() => {
                o.state.store(CLOSED, Ordering::Relaxed);
                return Ok(FrameExit::Return(Value::None));
            }
            Step::Send(v) if state == INIT => {
                if ag.running_async.load(Ordering::Relaxed) {
                    o.state.store(CLOSED, Ordering::Relaxed);
                    return Err(runtime_error(if o.args.is_none() {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    }));
                }
                if ag.closed.load(Ordering::Relaxed) {
                    o.state.store(CLOSED, Ordering::Relaxed);
                    return Err(stop_async());
                }
                if !v.is_none() {
                    return Err(runtime_error(
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                o.state.store(ITER, Ordering::Relaxed);
                ag.running_async.store(true, Ordering::Relaxed);
                match &o.args {
                    None => {
                        ag.closed.store(true, Ordering::Relaxed);
                        let exit =
                            new_exception(types().exceptions.get(ExcKind::GeneratorExit), vec![]);
                        self.gen_throw(&ag.gen, exit, None)
                    }
                    Some(args) => {
                        let err = throw_exception(self, args)?;
                        self.gen_throw(&ag.gen, err, Some(args))
                    }
                }
            }
            how => self.agen_step(ag, how),
        };
        self.athrow_finish(o, ag, r)
    }

    /// The end of an athrow/aclose step (CPython's `yield_close` and
    /// `check_error` paths).
    fn athrow_finish(
        &mut self,
        o: &PyAThrow,
        ag: &PyAsyncGen,
        r: PyResult<FrameExit>,
    ) -> PyResult<FrameExit> {
        if o.args.is_some() {
            let r = unwrap(ag, r);
            if !matches!(r, Ok(FrameExit::Yield(_))) {
                o.state.store(CLOSED, Ordering::Relaxed);
            }
            return r;
        }
        let done = |o: &PyAThrow| {
            ag.running_async.store(false, Ordering::Relaxed);
            o.state.store(CLOSED, Ordering::Relaxed);
        };
        match r {
            Ok(FrameExit::Yield(v)) if v.payload_is::<PyAsyncGenWrapped>() => {
                done(o);
                Err(runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(FrameExit::Yield(v)) => Ok(FrameExit::Yield(v)),
            Ok(FrameExit::Return(_)) => {
                done(o);
                Ok(FrameExit::Return(Value::None))
            }
            Err(e) => {
                done(o);
                if is_kind(&e, ExcKind::StopAsyncIteration) || is_kind(&e, ExcKind::GeneratorExit) {
                    Ok(FrameExit::Return(Value::None))
                } else {
                    Err(e)
                }
            }
        }
    }

    fn anext_step(&mut self, o: &PyANextAwaitable, how: Step) -> PyResult<FrameExit> {
        let Some(it) = self.awaitable_iter(&o.wrapped)? else {
            return Err(type_error(format!(
                "'{}' object can't be awaited",
                o.wrapped.class().payload.name()
            )));
        };
        let r = match how {
            Step::Send(v) => self.send_to(&it, v),
            Step::Throw(e, raw) => match self.lookup_method_opt(&it, "throw")? {
                Some(m) => {
                    let args = match raw {
                        Some(raw) => raw.to_vec(),
                        None => vec![e.to_value()],
                    };
                    match self.call(&m, &args) {
                        Ok(v) => Ok(FrameExit::Yield(v)),
                        Err(e) if is_kind(&e, ExcKind::StopIteration) => {
                            Ok(FrameExit::Return(e.member("value").unwrap_or(Value::None)))
                        }
                        Err(e) => Err(e),
                    }
                }
                None => Err(e),
            },
        };
        match r {
            Err(e) if is_kind(&e, ExcKind::StopAsyncIteration) => {
                Ok(FrameExit::Return(o.default.clone()))
            }
            r => r,
        }
    }

    /// SEND on an asend/athrow awaitable; `v` back if `sub` is not one.
    pub fn async_gen_send(&mut self, sub: &Value, v: Value) -> Result<PyResult<FrameExit>, Value> {
        if let Some(o) = sub.downcast::<PyASend>() {
            return Ok(self.asend_step(o, Step::Send(v)));
        }
        if let Some(o) = sub.downcast::<PyAThrow>() {
            return Ok(self.athrow_step(o, Step::Send(v)));
        }
        Err(v)
    }

    /// One step of any awaitable of this file.
    fn awaitable_step(&mut self, obj: &Value, how: Step) -> PyResult<FrameExit> {
        if let Some(o) = obj.downcast::<PyASend>() {
            return self.asend_step(o, how);
        }
        if let Some(o) = obj.downcast::<PyAThrow>() {
            return self.athrow_step(o, how);
        }
        if let Some(o) = obj.downcast::<PyANextAwaitable>() {
            return self.anext_step(o, how);
        }
        Err(type_error("expected an async generator awaitable"))
    }
}

/// A step's result as a Python method returns it.
fn as_method_result(r: PyResult<FrameExit>) -> PyResult<Value> {
    match r? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(v) => Err(stop_with(v)),
    }
}

fn aw_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("send", 2, 2)?;
    as_method_result(vm.awaitable_step(&p[0], Step::Send(p[1].clone())))
}

fn aw_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__next__", 1, 1)?;
    as_method_result(vm.awaitable_step(&p[0], Step::Send(Value::None)))
}

fn aw_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("throw", 2, 4)?;
    let err = throw_exception(vm, &p[1..])?;
    as_method_result(vm.awaitable_step(&p[0], Step::Throw(err, Some(&p[1..]))))
}

fn aw_close(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("close", 1, 1)?;
    if let Some(o) = p[0].downcast::<PyASend>() {
        o.state.store(CLOSED, Ordering::Relaxed);
    } else if let Some(o) = p[0].downcast::<PyAThrow>() {
        o.state.store(CLOSED, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn aw_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn new_asend(agen: &Value, sendval: Value) -> Value {
    let o = PyASend {
        agen: agen.clone(),
        sendval,
        state: AtomicU8::new(INIT),
    };
    PyRef::new_in(o, asend_type()).into_value()
}

fn new_athrow(agen: &Value, args: Option<Vec<Value>>) -> Value {
    let o = PyAThrow {
        agen: agen.clone(),
        args,
        state: AtomicU8::new(INIT),
    };
    PyRef::new_in(o, athrow_type()).into_value()
}

/// The receiver of an async generator method, its hooks initialized.
fn agen_receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    (min, max): (usize, usize),
) -> PyResult<&'a [Value]> {
    let p = args.exact(name, min, max)?;
    agen_of(&p[0])?;
    vm.agen_init_hooks(&p[0])?;
    Ok(p)
}

fn ag_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = agen_receiver(vm, args, "__anext__", (1, 1))?;
    Ok(new_asend(&p[0], Value::None))
}

fn ag_asend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = agen_receiver(vm, args, "asend", (2, 2))?;
    Ok(new_asend(&p[0], p[1].clone()))
}

fn ag_athrow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = agen_receiver(vm, args, "athrow", (2, 4))?;
    Ok(new_athrow(&p[0], Some(p[1..].to_vec())))
}

fn ag_aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = agen_receiver(vm, args, "aclose", (1, 1))?;
    Ok(new_athrow(&p[0], None))
}

// ===== sys.set_asyncgen_hooks / get_asyncgen_hooks =====

fn set_asyncgen_hooks(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 2] = ["firstiter", "finalizer"];
    args.only_kw("set_asyncgen_hooks", &NAMES)?;
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let (mut firstiter, mut finalizer) = hooks();
    for (i, name) in NAMES.iter().enumerate() {
        let Some(v) = p.get(i).or_else(|| args.kwarg(name)) else {
            continue;
        };
        if !v.is_none() && !crate::modules::builtins::is_callable(vm, v) {
            return Err(type_error(format!(
                "callable {name} expected, got {}",
                v.class().payload.name()
            )));
        }
        if i == 0 {
            firstiter = v.clone();
        } else {
            finalizer = v.clone();
        }
    }
    let old = HOOKS.with(|h| h.replace(Some((firstiter, finalizer))));
    drop(old);
    Ok(Value::None)
}

fn get_asyncgen_hooks(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_asyncgen_hooks", 0, 0)?;
    let (firstiter, finalizer) = hooks();
    Ok(crate::objects::tuple::new_tuple(vec![firstiter, finalizer]).into_value())
}

/// `set_asyncgen_hooks` and `get_asyncgen_hooks`, for the sys module.
pub const SYS_FUNCTIONS: [(&str, crate::objects::method::NativeFn); 2] = [
    ("set_asyncgen_hooks", set_asyncgen_hooks),
    ("get_asyncgen_hooks", get_asyncgen_hooks),
];

fn ag_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        agen_of(v)?.running_async.load(Ordering::Relaxed),
    ))
}

// ===== aiter() / anext() =====

fn aiter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("aiter", 1, 1)?;
    let obj = &p[0];
    let Some(f) = vm.lookup_special(obj, &crate::objects::str::intern("__aiter__")) else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            obj.class().payload.name()
        )));
    };
    let it = vm.call(&f, &[obj.clone()])?;
    if vm
        .lookup_special(&it, &crate::objects::str::intern("__anext__"))
        .is_none()
    {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.class().payload.name()
        )));
    }
    Ok(it)
}

fn anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("anext", 1, 2)?;
    let it = &p[0];
    let Some(f) = vm.lookup_special(it, &crate::objects::str::intern("__anext__")) else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            it.class().payload.name()
        )));
    };
    let awaitable = vm.call(&f, &[it.clone()])?;
    let Some(default) = p.get(1) else {
        return Ok(awaitable);
    };
    let o = PyANextAwaitable {
        wrapped: awaitable,
        default: default.clone(),
    };
    Ok(PyRef::new_in(o, anext_type()).into_value())
}

/// `aiter` and `anext`, for the builtins module.
pub const BUILTINS: [(&str, crate::objects::method::NativeFn); 2] =
    [("aiter", aiter), ("anext", anext)];

pub(crate) fn init() {
    add_methods(
        agen_type(),
        &[
            ("__aiter__", aw_self),
            ("__anext__", ag_anext),
            ("asend", ag_asend),
            ("athrow", ag_athrow),
            ("aclose", ag_aclose),
            ("__repr__", gen_repr),
        ],
    );
    add_frame_getsets(
        agen_type(),
        "async_generator",
        [
            "ag_running",
            "ag_suspended",
            "ag_code",
            "ag_frame",
            "ag_await",
        ],
        ag_running,
    );
    let awaitable_methods: [(&'static str, crate::objects::method::NativeFn); 6] = [
        ("send", aw_send),
        ("throw", aw_throw),
        ("close", aw_close),
        ("__await__", aw_self),
        ("__iter__", aw_self),
        ("__next__", aw_next),
    ];
    for t in [asend_type(), athrow_type(), anext_type()] {
        add_methods(t, &awaitable_methods);
    }
}
