//! Generators: a frame that can be suspended and resumed (CPython's
//! `Objects/genobject.c`).
//!
//! `RETURN_GENERATOR` moves the new frame's slots, evaluation stack and
//! handler blocks into a `PyGenerator`. Each resumption pushes them back on
//! the resuming thread's stacks as an entry frame, runs it until it yields
//! or returns, and saves them again. The saved state sits behind a mutex
//! with a `Running` state: a generator is resumed by one thread at a time
//! ("generator already executing" otherwise), whichever thread that is.
//! The mutex is held only to move the state in or out, never while the
//! frame runs.
//!
//! Protocol, as CPython 3.11:
//! - `return x` ends the generator with `StopIteration(x)`; a
//!   StopIteration escaping the frame becomes RuntimeError (PEP 479).
//! - Suspended inside `yield from` (the instruction after the YIELD_VALUE
//!   jumps back to a SEND; the sub-iterator is on top of the saved stack),
//!   `send` goes through the SEND loop, while `throw`/`close` are handed to
//!   the sub-iterator (`throw`/`close` methods when it has them). When the
//!   sub-iterator finishes that way, its StopIteration value becomes the
//!   result of `yield from` (the frame resumes past the SEND loop).
//! - `close()` throws GeneratorExit at the yield point; yielding again is
//!   RuntimeError "generator ignored GeneratorExit".
//! - The generator's handled exception (`sys.exc_info()` inside it) is its
//!   own: saved at each yield, restored at each resumption, with the
//!   resumer's pushed on `Vm::exc_info_stack` meanwhile.
//! - A generator dropped while suspended inside `try`/`with` (or `yield
//!   from`) is closed: its destructor queues the frame on the dropping
//!   thread (`vm::finalize`), whose Vm closes it at the next safe point.

use parking_lot::Mutex;

use crate::bytecode::code::PyCode;
use crate::bytecode::opcode::Opcode;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{
    new_error, new_exception, type_error, value_error, ExcKind, PyBaseException, PyErr, PyResult,
};
use crate::objects::getset::{add_getsets, Getter, Setter};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::runtime::sync::{AtomicBool, Ordering};
use crate::vm::eval::FrameExit;
use crate::vm::frame::{Block, Frame, FrameDict};
use crate::vm::state::Vm;

struct SavedFrame {
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    builtins: PyRef<PyDict>,
    /// The `locals()` snapshot dict, once asked for (kept across resumptions).
    locals: Option<PyRef<PyDict>>,
    /// Slots and evaluation stack, from the frame's base.
    stack: Vec<Value>,
    /// Handler blocks, with levels relative to the base.
    blocks: Vec<Block>,
    ip: usize,
    /// The generator's own handled exception (`exc_info` inside it).
    exc_state: Value,
}

enum GenState {
    Suspended(SavedFrame),
    Running,
    Finished,
}

pub struct PyGenerator {
    state: Mutex<GenState>,
    /// `__name__` and `__qualname__` (assignable).
    names: Mutex<(PyRef<PyStr>, PyRef<PyStr>)>,
    code: PyRef<PyCode>,
    /// Not yet started: the first send must be None.
    started: AtomicBool,
    /// Made by the finalizer to close a dropped generator's frame: its own
    /// drop does not queue it again.
    finalizing: bool,
    /// Which of the three frame-backed types carries this state.
    pub(crate) kind: GenKind,
}

/// The three objects that run a suspendable frame (`RETURN_GENERATOR`
/// picks one from the code flags): they share this file's machinery and
/// differ in their type, messages and protocol (`vm/coroutine.rs`,
/// `vm/async_gen.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The noun CPython's messages use ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// From a code object's flags.
    fn of_code(code: &PyCode) -> GenKind {
        use crate::bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE};
        if code.flags & CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }
}

impl PyPayload for PyGenerator {
    const CONTAINER: bool = true;
    fn gc_clear(obj: &Py<Self>) {
        obj.payload.clear_frame();
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(GenState::Suspended(f)) = self.state.try_lock().as_deref() {
            f.stack.iter().for_each(&mut *visit);
            visit(&f.exc_state);
            if let Some(l) = &f.locals {
                visit(&l.to_value());
            }
        }
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        self.defer_close(None);
    }
}

impl PyGenerator {
    /// The drop of a started, suspended frame: queue its closing for the
    /// thread's next safe point, or, with `hook` (an async generator's
    /// finalizer from `sys.set_asyncgen_hooks`), a call of `hook(agen)`
    /// on a resurrected object over the same frame.
    pub(crate) fn defer_close(&mut self, hook: Option<Value>) {
        if self.finalizing || !self.started.load(Ordering::Relaxed) {
            return;
        }
        let GenState::Suspended(saved) =
            std::mem::replace(self.state.get_mut(), GenState::Finished)
        else {
            return;
        };
        let names = self.names.get_mut().clone();
        self.close_later(saved, names, hook);
    }

    /// Queue the closing of `saved` (this generator's frame, taken out of
    /// it) for the thread's next safe point, unless it would run no Python
    /// code: then it is just dropped.
    fn close_later(
        &self,
        saved: SavedFrame,
        names: (PyRef<PyStr>, PyRef<PyStr>),
        hook: Option<Value>,
    ) {
        if hook.is_none() && saved.blocks.is_empty() && delegation(&saved).is_none() {
            // Closing would run no Python code.
            return;
        }
        let code = self.code.clone();
        let kind = self.kind;
        crate::vm::finalize::defer(Box::new(move |vm: &mut Vm| {
            let g = PyGenerator {
                state: Mutex::new(GenState::Suspended(saved)),
                names: Mutex::new(names),
                code,
                started: AtomicBool::new(true),
                finalizing: true,
                kind,
            };
            let obj = new_gen_object(g);
            let Some(g) = gen_core(&obj) else { return };
            let r = match &hook {
                Some(f) => vm.call(f, &[obj.clone()]).map(drop),
                None => vm.gen_close(g),
            };
            if let Err(e) = r {
                let what = gen_repr_text(&obj, g);
                vm.write_unraisable(&e, &what);
            }
        }));
    }

    /// Break a garbage cycle through the frame (`PyPayload::gc_clear`):
    /// CPython's collector finalizes such a generator, closing it; here
    /// the frame is taken out and closed as when a generator is dropped
    /// (at the next safe point, if closing runs code), so what it held
    /// goes with it.
    fn clear_frame(&self) {
        if self.finalizing {
            return;
        }
        let taken = {
            let mut st = self.state.lock();
            match &*st {
                GenState::Suspended(_) => std::mem::replace(&mut *st, GenState::Finished),
                _ => return,
            }
        };
        let GenState::Suspended(saved) = taken else {
            return;
        };
        if self.started.load(Ordering::Relaxed) {
            let names = self.names.lock().clone();
            self.close_later(saved, names, None);
        }
    }
}

/// The static type `name` for payload `T`, made on first use (the
/// generator family's types are not in `BuiltinTypes`).
pub(crate) fn static_type<T: PyPayload>(
    cell: &'static std::sync::OnceLock<PyRef<PyType>>,
    name: &str,
) -> &'static Py<PyType> {
    cell.get_or_init(|| {
        let t = PyType::for_payload::<T>(name, Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

fn gen_type() -> &'static Py<PyType> {
    static T: std::sync::OnceLock<PyRef<PyType>> = std::sync::OnceLock::new();
    static_type::<PyGenerator>(&T, "generator")
}

/// The object of `g.kind`'s type carrying `g`.
fn new_gen_object(g: PyGenerator) -> Value {
    match g.kind {
        GenKind::Generator => PyRef::new_in(g, gen_type()).into_value(),
        GenKind::Coroutine => crate::vm::coroutine::new_coroutine(g),
        GenKind::AsyncGenerator => crate::vm::async_gen::new_async_gen(g),
    }
}

/// The frame state of a generator, coroutine or async generator.
pub fn gen_core(v: &Value) -> Option<&PyGenerator> {
    if let Some(g) = v.downcast::<PyGenerator>() {
        return Some(g);
    }
    crate::vm::coroutine::coro_core(v).or_else(|| crate::vm::async_gen::agen_core(v))
}

/// A sub-iterator `yield from`/`await` resumes directly (CPython:
/// `PyGen_CheckExact(yf) || PyCoro_CheckExact(yf)`).
fn direct_sub(v: &Value) -> Option<&PyGenerator> {
    match v.downcast::<PyGenerator>() {
        Some(g) => Some(g),
        None => crate::vm::coroutine::coro_core(v),
    }
}

impl PyGenerator {
    pub fn code_flags(&self) -> u32 {
        self.code.flags
    }

    pub fn is_running(&self) -> bool {
        matches!(*self.state.lock(), GenState::Running)
    }

    pub fn is_finished(&self) -> bool {
        matches!(*self.state.lock(), GenState::Finished)
    }
}

/// RETURN_GENERATOR: turn the top frame into a generator, coroutine or
/// async generator object (by the code's flags).
pub fn make_generator(vm: &mut Vm) -> Value {
    let fi = vm.frames.len() - 1;
    let f = &vm.frames[fi];
    let base = f.base;
    let blocks: Vec<Block> = vm.blocks[f.block_base..]
        .iter()
        .map(|b| Block {
            level: b.level - base,
            ..*b
        })
        .collect();
    let saved = SavedFrame {
        code: f.code.clone(),
        globals: f.globals.to_ref(),
        builtins: f.builtins.to_ref(),
        locals: f.locals.clone(),
        stack: vm.stack[base..].to_vec(),
        blocks,
        ip: f.ip,
        exc_state: Value::None,
    };
    let g = PyGenerator {
        state: Mutex::new(GenState::Suspended(saved)),
        names: Mutex::new((f.code.name.clone(), f.code.qualname.clone())),
        code: f.code.clone(),
        started: AtomicBool::new(false),
        finalizing: false,
        kind: GenKind::of_code(&f.code),
    };
    new_gen_object(g)
}

/// The instruction at `ip` (after any EXTENDED_ARG prefixes): (op, arg).
fn decode(code: &PyCode, mut ip: usize) -> Option<(Opcode, u32)> {
    let mut unit = *code.code.get(ip)?;
    let mut arg = unit.arg as u32;
    while unit.op == Opcode::ExtendedArg {
        ip += 1;
        unit = *code.code.get(ip)?;
        arg = (arg << 8) | unit.arg as u32;
    }
    Some((unit.op, arg))
}

/// If the frame is suspended in a `yield from` loop (the next instruction
/// jumps back to a SEND): the sub-iterator and the SEND's exit target.
fn delegation(f: &SavedFrame) -> Option<(Value, usize)> {
    let (op, target) = decode(&f.code, f.ip)?;
    if op != Opcode::JumpBackward {
        return None;
    }
    let (op, exit) = decode(&f.code, target as usize)?;
    if op != Opcode::Send {
        return None;
    }
    Some((f.stack.last()?.clone(), exit as usize))
}

/// What to resume a generator with.
enum Resume {
    Send(Value),
    Throw(PyErr),
}

enum Taken {
    Frame(SavedFrame),
    Finished,
}

fn is_kind(e: &PyErr, kind: ExcKind) -> bool {
    e.is_instance(types().exceptions.get(kind))
}

/// The value a StopIteration carries.
fn stop_value(e: &PyErr) -> Value {
    e.member("value").unwrap_or(Value::None)
}

impl Vm {
    /// Take the suspended frame out, leaving the state `Running`.
    fn gen_take(&mut self, g: &PyGenerator) -> PyResult<Taken> {
        let mut st = g.state.lock();
        match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Suspended(f) => Ok(Taken::Frame(f)),
            GenState::Running => Err(value_error(format!("{} already executing", g.kind.noun()))),
            GenState::Finished => {
                *st = GenState::Finished;
                Ok(Taken::Finished)
            }
        }
    }

    /// Run the generator's frame from its saved state until it yields
    /// (state saved again) or ends (state `Finished`).
    fn gen_run(
        &mut self,
        g: &PyGenerator,
        mut saved: SavedFrame,
        how: Resume,
    ) -> PyResult<FrameExit> {
        g.started.store(true, Ordering::Relaxed);
        let base = self.stack.len();
        let block_base = self.blocks.len();
        // Drained, not consumed: the saved buffers keep their capacity
        // for the next yield.
        self.stack.extend(saved.stack.drain(..));
        self.blocks.extend(saved.blocks.drain(..).map(|b| Block {
            level: b.level + base,
            ..b
        }));
        let own_exc = std::mem::replace(&mut saved.exc_state, Value::None);
        let caller_exc = std::mem::replace(&mut self.exc_info, own_exc);
        self.exc_info_stack.push(caller_exc);
        self.push_frame(|| Frame {
            code: saved.code.clone(),
            globals: FrameDict::new(&saved.globals),
            builtins: FrameDict::new(&saved.builtins),
            locals: saved.locals.take(),
            base,
            ret_to: base,
            ip: saved.ip,
            last_ip: saved.ip.saturating_sub(1),
            block_base,
            entry: true,
        });
        let r = match how {
            Resume::Send(v) => {
                self.stack.push(v);
                self.run_frame()
            }
            Resume::Throw(e) => match self.unwind_into(e) {
                Ok(()) => self.run_frame(),
                Err(e) => Err(e),
            },
        };
        let caller_exc = self.exc_info_stack.pop().unwrap_or(Value::None);
        let own_exc = std::mem::replace(&mut self.exc_info, caller_exc);
        match r {
            Ok(FrameExit::Yield(v)) => {
                let fi = self.frames.len() - 1;
                let f = &mut self.frames[fi];
                saved.locals = f.locals.take();
                saved.ip = f.ip;
                saved.exc_state = own_exc;
                saved.stack.extend(self.stack.drain(base..));
                saved
                    .blocks
                    .extend(self.blocks.drain(block_base..).map(|b| Block {
                        level: b.level - base,
                        ..b
                    }));
                self.pop_frame();
                *g.state.lock() = GenState::Suspended(saved);
                Ok(FrameExit::Yield(v))
            }
            Ok(FrameExit::Return(v)) => {
                *g.state.lock() = GenState::Finished;
                drop(own_exc);
                Ok(FrameExit::Return(v))
            }
            Err(e) => {
                *g.state.lock() = GenState::Finished;
                drop(own_exc);
                let stop = is_kind(&e, ExcKind::StopIteration)
                    || (g.kind == GenKind::AsyncGenerator
                        && is_kind(&e, ExcKind::StopAsyncIteration));
                if stop {
                    let r = new_error(
                        ExcKind::RuntimeError,
                        format!(
                            "{} raised {}",
                            g.kind.noun(),
                            if is_kind(&e, ExcKind::StopIteration) {
                                "StopIteration"
                            } else {
                                "StopAsyncIteration"
                            }
                        ),
                    );
                    r.with_state(|s| {
                        s.cause = e.to_value();
                        s.context = e.to_value();
                        s.suppress_context = true;
                    });
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// `gen.send(v)` (`next(gen)` is `send(None)`). A finished generator
    /// returns `Return(Null)` (a StopIteration without value).
    pub fn gen_send(&mut self, g: &PyGenerator, v: Value) -> PyResult<FrameExit> {
        let saved = match self.gen_take(g)? {
            Taken::Frame(f) => f,
            Taken::Finished if g.kind == GenKind::Coroutine => return Err(reused_coroutine()),
            Taken::Finished => return Ok(FrameExit::Return(Value::Null)),
        };
        if !g.started.load(Ordering::Relaxed) && !v.is_none() {
            *g.state.lock() = GenState::Suspended(saved);
            return Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                g.kind.noun()
            )));
        }
        self.gen_run(g, saved, Resume::Send(v))
    }

    /// `gen.throw(err)`: delegated to the sub-iterator of a `yield from`,
    /// else raised at the yield point. `raw` are the arguments `throw()`
    /// was called with: a sub-iterator's own `throw` method gets them as
    /// they were (CPython forwards them unnormalized); without them it gets
    /// (type, value, traceback).
    pub fn gen_throw(
        &mut self,
        g: &PyGenerator,
        err: PyErr,
        raw: Option<&[Value]>,
    ) -> PyResult<FrameExit> {
        // Recurses once per `yield from` level.
        self.check_native_stack()?;
        let mut saved = match self.gen_take(g)? {
            Taken::Frame(f) => f,
            Taken::Finished
                if g.kind == GenKind::Coroutine && !is_kind(&err, ExcKind::GeneratorExit) =>
            {
                return Err(reused_coroutine())
            }
            Taken::Finished => return Err(err),
        };
        let Some((sub, exit)) = (if g.started.load(Ordering::Relaxed) {
            delegation(&saved)
        } else {
            None
        }) else {
            return self.gen_run(g, saved, Resume::Throw(err));
        };
        if is_kind(&err, ExcKind::GeneratorExit) {
            // Close the sub-iterator, then raise GeneratorExit (or what
            // closing raised) here.
            return match self.close_iter(&sub) {
                Ok(()) => self.gen_run(g, saved, Resume::Throw(err)),
                Err(e) => self.gen_run(g, saved, Resume::Throw(e)),
            };
        }
        let r = if let Some(sg) = direct_sub(&sub) {
            self.gen_throw(sg, err, raw)
        } else {
            match self.lookup_method_opt(&sub, "throw") {
                Err(e) => {
                    *g.state.lock() = GenState::Suspended(saved);
                    return Err(e);
                }
                Ok(None) => return self.gen_run(g, saved, Resume::Throw(err)),
                Ok(Some(m)) => {
                    let args = match raw {
                        Some(raw) => raw.to_vec(),
                        None => {
                            let ev = err.to_value();
                            let tb = self.traceback_of(&ev);
                            vec![ev.class().to_value(), ev, tb]
                        }
                    };
                    match self.call(&m, &args) {
                        Ok(v) => Ok(FrameExit::Yield(v)),
                        Err(e) => Err(e),
                    }
                }
            }
        };
        // Unless the sub-iterator yielded, it ended: leave the SEND loop
        // with its return value, or with the exception it raised.
        let result = match r {
            Ok(FrameExit::Yield(v)) => {
                *g.state.lock() = GenState::Suspended(saved);
                return Ok(FrameExit::Yield(v));
            }
            Ok(FrameExit::Return(v)) => Resume::Send(if v.is_null() { Value::None } else { v }),
            Err(e) if is_kind(&e, ExcKind::StopIteration) => Resume::Send(stop_value(&e)),
            Err(e) => Resume::Throw(e),
        };
        drop(saved.stack.pop());
        saved.ip = exit;
        self.gen_run(g, saved, result)
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &PyGenerator) -> PyResult<()> {
        if !g.started.load(Ordering::Relaxed) {
            let mut st = g.state.lock();
            if let GenState::Suspended(_) = &*st {
                let old = std::mem::replace(&mut *st, GenState::Finished);
                drop(st);
                drop(old);
            }
            return Ok(());
        }
        let exit = new_exception(types().exceptions.get(ExcKind::GeneratorExit), vec![]);
        match self.gen_throw(g, exit, None) {
            Ok(FrameExit::Yield(_)) => Err(new_error(
                ExcKind::RuntimeError,
                format!("{} ignored GeneratorExit", g.kind.noun()),
            )),
            Ok(FrameExit::Return(_)) => Ok(()),
            Err(e)
                if is_kind(&e, ExcKind::GeneratorExit) || is_kind(&e, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Close the sub-iterator of a `yield from`: `gen_close` for a
    /// generator, else its `close()` method if it has one.
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Some(sg) = direct_sub(sub) {
            return self.gen_close(sg);
        }
        if let Some(m) = self.lookup_method_opt(sub, "close")? {
            self.call(&m, &[])?;
        }
        Ok(())
    }

    /// `getattr(obj, name)` with AttributeError mapped to `None`.
    pub(crate) fn lookup_method_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_kind(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// SEND: resume sub-iterator `sub` with `v` (`yield from` / `await`).
    pub fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<FrameExit> {
        if let Some(g) = direct_sub(sub) {
            return match self.gen_send(g, v)? {
                FrameExit::Return(r) if r.is_null() => Ok(FrameExit::Return(Value::None)),
                r => Ok(r),
            };
        }
        let v = match self.async_gen_send(sub, v) {
            Ok(r) => return r,
            Err(v) => v,
        };
        let r = if v.is_none() {
            self.next_with_value(sub)
        } else {
            match self.call_method(sub, "send", &[v]) {
                Ok(y) => Ok(Ok(y)),
                Err(e) if is_kind(&e, ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
                Err(e) => Err(e),
            }
        };
        match r? {
            Ok(y) => Ok(FrameExit::Yield(y)),
            Err(ret) => Ok(FrameExit::Return(ret)),
        }
    }

    /// `next(it)` distinguishing a yielded value (`Ok`) from the
    /// StopIteration value it finished with (`Err`).
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(r) = self.builtin_next(it) {
            return Ok(r?.ok_or(Value::None));
        }
        let f = self.lookup_special(it, &crate::vm::interp().names.next);
        let Some(f) = f else {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                it.class().payload.name()
            )));
        };
        match self.call(&f, &[it.clone()]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if is_kind(&e, ExcKind::StopIteration) => Ok(Err(stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// One step of a generator for `next()`/`for`: `None` when finished.
    pub fn gen_next(&mut self, g: &PyGenerator) -> PyResult<Option<Value>> {
        match self.gen_send(g, Value::None)? {
            FrameExit::Yield(v) => Ok(Some(v)),
            FrameExit::Return(_) => Ok(None),
        }
    }

    /// `next(g)` as `g.__next__()`: StopIteration carries the return value.
    pub fn gen_next_or_stop(&mut self, g: &PyGenerator) -> PyResult<Value> {
        match self.gen_send(g, Value::None)? {
            FrameExit::Yield(v) => Ok(v),
            FrameExit::Return(r) => Err(stop_with(r)),
        }
    }
}

fn reused_coroutine() -> PyErr {
    new_error(
        ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

/// The receiver of a generator/coroutine method.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyGenerator> {
    args.pos()
        .first()
        .and_then(gen_core)
        .ok_or_else(|| type_error("descriptor requires a 'generator' object"))
}

/// The StopIteration a finished generator raises (`return`, `return
/// None` and exhaustion carry no args).
pub(crate) fn stop_with(v: Value) -> PyErr {
    if v.is_null() || v.is_none() {
        new_exception(types().exceptions.get(ExcKind::StopIteration), vec![])
    } else {
        new_exception(types().exceptions.get(ExcKind::StopIteration), vec![v])
    }
}

pub(crate) fn gen_send_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("send", 2, 2)?;
    match vm.gen_send(this(args)?, p[1].clone())? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(r) => Err(stop_with(r)),
    }
}

pub(crate) fn gen_next_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args)?;
    vm.gen_next_or_stop(g)
}

/// The exception `throw(typ[, val[, tb]])` raises (CPython's `_gen_throw`
/// argument rules).
pub(crate) fn throw_exception(vm: &mut Vm, p: &[Value]) -> PyResult<PyErr> {
    let typ = &p[0];
    let val = p.get(1).cloned().unwrap_or(Value::None);
    let tb = p.get(2).cloned().unwrap_or(Value::None);
    if !tb.is_none() && !tb.payload_is::<crate::objects::traceback::PyTraceback>() {
        return Err(type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let base = types().exceptions.get(ExcKind::BaseException);
    let exc: PyErr = if let Some(t) = typ.downcast::<PyType>().filter(|t| t.is_subtype(base)) {
        let inst = if val.class().is_subtype(t) {
            val
        } else if let Some(tup) = val.downcast::<crate::objects::tuple::PyTuple>() {
            let items = tup.items.to_vec();
            vm.call(typ, &items)?
        } else if val.is_none() {
            vm.call(typ, &[])?
        } else {
            vm.call(typ, &[val])?
        };
        match inst
            .as_obj()
            .and_then(|o| o.clone().into_typed::<PyBaseException>().ok())
        {
            Some(e) => e,
            None => {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    t.payload.name(),
                    inst.class().payload.name()
                )))
            }
        }
    } else if let Some(e) = typ
        .as_obj()
        .and_then(|o| o.clone().into_typed::<PyBaseException>().ok())
    {
        if !val.is_none() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        e
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.class().payload.name()
        )));
    };
    if !tb.is_none() {
        let old = exc.with_state(|s| std::mem::replace(&mut s.traceback, tb));
        drop(old);
    }
    Ok(exc)
}

pub(crate) fn gen_throw_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("throw", 2, 4)?;
    let g = this(args)?;
    let err = throw_exception(vm, &p[1..])?;
    match vm.gen_throw(g, err, Some(&p[1..]))? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(r) => Err(stop_with(r)),
    }
}

pub(crate) fn gen_close_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("close", 1, 1)?;
    vm.gen_close(this(args)?)?;
    Ok(Value::None)
}

pub(crate) fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

/// `<coroutine object f at 0x...>` (the type's name, the qualname).
fn gen_repr_text(obj: &Value, g: &PyGenerator) -> String {
    let qualname = g.names.lock().1.clone();
    format!(
        "<{} object {} at {:#x}>",
        obj.class().payload.name(),
        qualname.as_str(),
        obj.id()
    )
}

pub(crate) fn gen_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args)?;
    Ok(crate::objects::str::str_value(gen_repr_text(
        &args.pos()[0],
        g,
    )))
}

fn gen_of(v: &Value) -> PyResult<&PyGenerator> {
    gen_core(v).ok_or_else(|| type_error("descriptor requires a 'generator' object"))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(v)?.names.lock().0.to_value())
}
fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(v)?.names.lock().1.to_value())
}
fn str_arg(x: &Value, what: &str) -> PyResult<PyRef<PyStr>> {
    x.as_obj()
        .and_then(|o| o.clone().into_typed::<PyStr>().ok())
        .ok_or_else(|| type_error(format!("{what} must be set to a string object")))
}
fn set_name(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let s = str_arg(&x, "__name__")?;
    let old = std::mem::replace(&mut gen_of(v)?.names.lock().0, s);
    drop(old);
    Ok(())
}
fn set_qualname(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let s = str_arg(&x, "__qualname__")?;
    let old = std::mem::replace(&mut gen_of(v)?.names.lock().1, s);
    drop(old);
    Ok(())
}
fn gi_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gen_of(v)?.is_running()))
}
fn gi_suspended(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(v)?;
    let started = g.started.load(Ordering::Relaxed);
    Ok(Value::Bool(
        started && matches!(*g.state.lock(), GenState::Suspended(_)),
    ))
}
fn gi_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(v)?.code.to_value())
}
fn gi_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(v)?;
    let snapshot = match &*g.state.lock() {
        GenState::Finished => None,
        GenState::Suspended(f) => {
            let last = if g.started.load(Ordering::Relaxed) {
                f.ip.saturating_sub(1)
            } else {
                0
            };
            let line = if g.started.load(Ordering::Relaxed) {
                f.code.line_at(last)
            } else {
                f.code.firstlineno
            };
            let locals = PyDict::new_ref();
            crate::vm::ops::names::sync_fast_locals(&f.code, &f.stack, &locals);
            Some((f.globals.clone(), line, last, locals))
        }
        GenState::Running => None,
    };
    Ok(match snapshot {
        Some((globals, line, last, locals)) => {
            crate::objects::traceback::new_frame_object_with_back(
                g.code.clone(),
                globals,
                line,
                last as u32,
                Value::None,
                locals.into_value(),
            )
        }
        None => Value::None,
    })
}
/// The sub-iterator of the `yield from`/`await` the frame is suspended in.
pub(crate) fn gen_delegate(g: &PyGenerator) -> Option<Value> {
    if !g.started.load(Ordering::Relaxed) {
        return None;
    }
    match &*g.state.lock() {
        GenState::Suspended(f) => delegation(f).map(|d| d.0),
        _ => None,
    }
}

fn gi_yieldfrom(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_delegate(gen_of(v)?).unwrap_or(Value::None))
}

/// The attributes the three frame-backed types share, under their
/// prefixes (`gi_`, `cr_`, `ag_`): names are
/// [running, suspended, code, frame, yieldfrom/await].
pub(crate) fn add_frame_getsets(
    t: &'static Py<PyType>,
    type_name: &'static str,
    names: [&'static str; 5],
    running: Getter,
) {
    let ro: Option<Setter> = None;
    let defs: [(&'static str, Getter, Option<Setter>); 7] = [
        ("__name__", get_name, Some(set_name)),
        ("__qualname__", get_qualname, Some(set_qualname)),
        (names[0], running, ro),
        (names[1], gi_suspended, ro),
        (names[2], gi_code, ro),
        (names[3], gi_frame, ro),
        (names[4], gi_yieldfrom, ro),
    ];
    add_getsets(t, type_name, &defs);
}

pub fn init(_t: &BuiltinTypes) {
    add_methods(
        gen_type(),
        &[
            ("__iter__", gen_iter),
            ("__next__", gen_next_m),
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__repr__", gen_repr),
        ],
    );
    add_frame_getsets(
        gen_type(),
        "generator",
        [
            "gi_running",
            "gi_suspended",
            "gi_code",
            "gi_frame",
            "gi_yieldfrom",
        ],
        gi_running,
    );
    crate::vm::coroutine::init();
    crate::vm::async_gen::init();
}
