//! Generators: a frame that can be suspended and resumed.
//!
//! `RETURN_GENERATOR` moves the new frame's slots, evaluation stack and
//! handler blocks into a `PyGenerator`. Each resumption pushes them back on
//! the resuming thread's stacks as an entry frame, runs it until it yields
//! or returns, and saves them again. The saved state sits behind a mutex
//! with a `running` flag: a generator is resumed by one thread at a time
//! ("generator already executing" otherwise), whichever thread that is.

use parking_lot::Mutex;

use crate::bytecode::code::PyCode;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, new_exception, stop_iteration, type_error, value_error, ExcKind, PyErr, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::vm::eval::FrameExit;
use crate::vm::frame::{Block, Frame};
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
}

enum GenState {
    Suspended(SavedFrame),
    Running,
    Finished,
}

pub struct PyGenerator {
    state: Mutex<GenState>,
    pub name: PyRef<PyStr>,
    pub qualname: PyRef<PyStr>,
    /// Not yet started: the first send must be None.
    started: crate::runtime::sync::AtomicBool,
}

impl PyPayload for PyGenerator {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(GenState::Suspended(f)) = self.state.try_lock().as_deref() {
            f.stack.iter().for_each(&mut *visit);
            if let Some(l) = &f.locals {
                visit(&l.to_value());
            }
        }
    }
}

fn gen_type() -> &'static Py<PyType> {
    static T: std::sync::OnceLock<PyRef<PyType>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyGenerator>("generator", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

/// RETURN_GENERATOR: turn the top frame into a generator object.
pub fn make_generator(vm: &mut Vm) -> Value {
    let fi = vm.frames.len() - 1;
    let f = &vm.frames[fi];
    let base = f.base;
    let blocks: Vec<Block> =
        vm.blocks[f.block_base..].iter().map(|b| Block { level: b.level - base, ..*b }).collect();
    let saved = SavedFrame {
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: f.locals.clone(),
        stack: vm.stack[base..].to_vec(),
        blocks,
        ip: f.ip,
    };
    let name = f.code.name.clone();
    let qualname = f.code.qualname.clone();
    let g = PyGenerator {
        state: Mutex::new(GenState::Suspended(saved)),
        name,
        qualname,
        started: crate::runtime::sync::AtomicBool::new(false),
    };
    PyRef::new_in(g, gen_type()).into_value()
}

/// What to resume a generator with.
enum Resume {
    Send(Value),
    Throw(PyErr),
}

impl Vm {
    fn gen_resume(&mut self, g: &Py<PyGenerator>, how: Resume) -> PyResult<FrameExit> {
        let saved = {
            let mut st = g.state.lock();
            match std::mem::replace(&mut *st, GenState::Running) {
                GenState::Suspended(f) => f,
                GenState::Running => {
                    *st = GenState::Running;
                    return Err(value_error("generator already executing"));
                }
                GenState::Finished => {
                    *st = GenState::Finished;
                    return match how {
                        Resume::Throw(e) => Err(e),
                        Resume::Send(_) => Ok(FrameExit::Return(Value::Null)),
                    };
                }
            }
        };
        let first = !g.started.swap(true, crate::runtime::sync::Ordering::Relaxed);
        if first {
            if let Resume::Send(v) = &how {
                if !v.is_none() {
                    *g.state.lock() = GenState::Suspended(saved);
                    g.started.store(false, crate::runtime::sync::Ordering::Relaxed);
                    return Err(type_error("can't send non-None value to a just-started generator"));
                }
            }
        }
        let base = self.stack.len();
        let block_base = self.blocks.len();
        self.stack.extend(saved.stack);
        self.blocks.extend(saved.blocks.iter().map(|b| Block { level: b.level + base, ..*b }));
        self.push_frame(|| Frame {
            code: saved.code,
            globals: saved.globals,
            builtins: saved.builtins,
            locals: saved.locals,
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
        match r {
            Ok(FrameExit::Yield(v)) => {
                let fi = self.frames.len() - 1;
                let f = &self.frames[fi];
                let saved = SavedFrame {
                    code: f.code.clone(),
                    globals: f.globals.clone(),
                    builtins: f.builtins.clone(),
                    locals: f.locals.clone(),
                    stack: self.stack.split_off(base),
                    blocks: self.blocks.split_off(block_base).into_iter().map(|b| Block { level: b.level - base, ..b }).collect(),
                    ip: f.ip,
                };
                self.pop_frame();
                *g.state.lock() = GenState::Suspended(saved);
                Ok(FrameExit::Yield(v))
            }
            Ok(FrameExit::Return(v)) => {
                *g.state.lock() = GenState::Finished;
                Ok(FrameExit::Return(v))
            }
            Err(e) => {
                *g.state.lock() = GenState::Finished;
                if e.is_instance(types().exceptions.get(ExcKind::StopIteration)) {
                    let r = new_error(ExcKind::RuntimeError, "generator raised StopIteration");
                    r.with_state(|s| s.cause = e.to_value());
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// SEND: resume sub-iterator `sub` with `v` (`yield from` / `await`).
    pub fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<FrameExit> {
        if let Some(g) = sub.downcast::<PyGenerator>() {
            let g = g.to_ref();
            return match self.gen_resume(&g, Resume::Send(v))? {
                FrameExit::Return(r) if r.is_null() => Ok(FrameExit::Return(Value::None)),
                r => Ok(r),
            };
        }
        let r = if v.is_none() { self.next_with_value(sub) } else { self.call_method(sub, "send", &[v]).map(Ok) };
        match r? {
            Ok(y) => Ok(FrameExit::Yield(y)),
            Err(ret) => Ok(FrameExit::Return(ret)),
        }
    }

    /// `next(it)` distinguishing a yielded value (`Ok`) from the
    /// StopIteration value it finished with (`Err`).
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        let f = self.lookup_special(it, &crate::vm::interp().names.next);
        let Some(f) = f else {
            return Err(type_error(format!("'{}' object is not an iterator", it.class().payload.name())));
        };
        match self.call(&f, &[it.clone()]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.is_instance(types().exceptions.get(ExcKind::StopIteration)) => {
                Ok(Err(e.args().items.first().cloned().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    }

    /// One step of a generator for `next()`/`for`: `None` when finished.
    pub fn gen_next(&mut self, g: &Py<PyGenerator>) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Resume::Send(Value::None))? {
            FrameExit::Yield(v) => Ok(Some(v)),
            FrameExit::Return(_) => Ok(None),
        }
    }
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyGenerator> {
    args.pos()[0].downcast::<PyGenerator>().expect("generator method on a generator")
}

fn stop_with(v: Value) -> PyErr {
    if v.is_none() || v.is_null() {
        stop_iteration()
    } else {
        new_exception(types().exceptions.get(ExcKind::StopIteration), vec![v])
    }
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("send", 2, 2)?;
    match vm.gen_resume(this(args), Resume::Send(p[1].clone()))? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(r) => Err(stop_with(r)),
    }
}

fn gen_next_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match vm.gen_resume(this(args), Resume::Send(Value::None))? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(r) => Err(stop_with(r)),
    }
}

fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("throw", 2, 4)?;
    let exc = if p.len() >= 3 && p[1].payload_is::<PyType>() {
        vm.call(&p[1], &[p[2].clone()])?
    } else {
        p[1].clone()
    };
    let err = vm.make_raise(Some(exc), None);
    match vm.gen_resume(this(args), Resume::Throw(err))? {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(r) => Err(stop_with(r)),
    }
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args);
    if !g.started.load(crate::runtime::sync::Ordering::Relaxed) {
        *g.state.lock() = GenState::Finished;
        return Ok(Value::None);
    }
    if matches!(*g.state.lock(), GenState::Finished) {
        return Ok(Value::None);
    }
    let exit = new_exception(types().exceptions.get(ExcKind::GeneratorExit), vec![]);
    match vm.gen_resume(g, Resume::Throw(exit)) {
        Ok(FrameExit::Yield(_)) => Err(new_error(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Ok(FrameExit::Return(_)) => Ok(Value::None),
        Err(e) if e.is_instance(types().exceptions.get(ExcKind::GeneratorExit)) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn gen_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args);
    Ok(crate::objects::str::str_value(format!("<generator object {} at {:#x}>", g.qualname.as_str(), args.pos()[0].id())))
}

pub fn init(_t: &BuiltinTypes) {
    add_methods(
        gen_type(),
        &[
            ("__iter__", gen_iter),
            ("__next__", gen_next_m),
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__repr__", gen_repr),
        ],
    );
}
