//! `traceback` objects (`exc.__traceback__`) and the minimal `frame` object
//! they point to (`tb.tb_frame`, `gen.gi_frame`).
//!
//! A traceback is a singly linked list built while an exception unwinds:
//! each frame the exception leaves (or is caught in) pushes a new head whose
//! `tb_next` is the old head, so the head is the outermost frame and the
//! list runs towards the frame that raised (CPython's `PyTraceBack_Here`).
//! Nodes are immutable once made; the exception holds the head under its
//! lock (`objects::exception`).
//!
//! Frames live on the thread's frame stack (`vm::frame`) and are not
//! objects; a `frame` object here is a snapshot (code, globals, line) made
//! on demand, enough for `tb_frame.f_code.co_name` and `f_lineno`. Only the
//! snapshots `sys._getframe` makes have `f_locals` (the frame's `locals()`
//! at that moment) and link through `f_back` to the calling frame's
//! snapshot; for `tb_frame`/`gi_frame` `f_back` is None.

use std::cell::UnsafeCell;
use std::sync::OnceLock;

use crate::bytecode::code::PyCode;
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::getset::{add_getsets, Getter, Setter};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::vm::Vm;

pub struct PyTraceback {
    /// The next entry inwards (towards the raise), or None.
    pub next: Value,
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub lineno: u32,
    pub lasti: u32,
    /// `tb_frame`, made on first access.
    frame: OnceLock<PyRef<PyFrameObject>>,
    /// The variables of the frame, moved here when the exception popped
    /// it: a traceback keeps them alive as CPython's frame object does, so
    /// they die (and their `__del__` runs) when the exception is dropped.
    /// Set once under the object's mutex (`keep_locals`); taken only by
    /// `gc_clear`.
    locals: UnsafeCell<Option<Box<[Value]>>>,
}

// SAFETY: `locals` is written only under the object's mutex (`keep_locals`)
// or on garbage (`gc_clear`), and read only by traversal with the world
// stopped; the values in it are Send.
unsafe impl Sync for PyTraceback {}
// SAFETY: every field holds only Send values.
unsafe impl Send for PyTraceback {}

impl PyPayload for PyTraceback {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.next);
        if let Some(f) = self.frame.get() {
            visit(&f.to_value());
        }
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        let locals = unsafe { &*self.locals.get() };
        locals.iter().flatten().for_each(visit);
    }
    /// A handler that keeps `sys.exc_info()` (or the exception) in a local
    /// closes the cycle traceback -> locals -> tuple -> traceback, which
    /// tuples cannot break (CPython's `tb_clear` drops `tb_frame`, whose
    /// locals these are).
    fn gc_clear(obj: &Py<Self>) {
        // SAFETY: the object mutex is held; see `locals`.
        let old = obj.locked(|| unsafe { (*obj.payload.locals.get()).take() });
        drop(old);
    }
}

/// Keep the popped frame's `locals` alive in traceback entry `tb` (the
/// exception's innermost-so-far entry, which is that frame's).
pub fn keep_locals(tb: &Value, locals: Vec<Value>) {
    if let Some(t) = tb.downcast::<PyTraceback>() {
        // Already set (a re-raise in the same frame): drop them now.
        let extra = t.locked(|| {
            // SAFETY: the object mutex is held; see `PyTraceback::locals`.
            let slot = unsafe { &mut *t.payload.locals.get() };
            match slot {
                Some(_) => Some(locals),
                None => {
                    *slot = Some(locals.into_boxed_slice());
                    None
                }
            }
        });
        drop(extra);
    }
}

/// A snapshot of a frame: what `tb_frame` and `gi_frame` expose.
pub struct PyFrameObject {
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    pub lineno: u32,
    pub lasti: u32,
    /// `f_back`: the caller's snapshot, or None.
    pub back: Value,
    /// `f_locals` (a dict), `Null` when not captured.
    pub locals: Value,
}

impl PyPayload for PyFrameObject {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.back);
        visit(&self.locals);
    }
}

pub fn traceback_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyTraceback>("traceback", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

fn frame_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyFrameObject>("frame", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

/// A new traceback head for frame (`code`, `globals`) at line `lineno`,
/// in front of `next` (None or a traceback).
pub fn new_traceback(
    next: Value,
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    lineno: u32,
    lasti: u32,
) -> Value {
    let tb = PyTraceback {
        next,
        code,
        globals,
        lineno,
        lasti,
        frame: OnceLock::new(),
        locals: UnsafeCell::new(None),
    };
    PyRef::new_in(tb, traceback_type()).into_value()
}

pub fn new_frame_object(
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    lineno: u32,
    lasti: u32,
) -> Value {
    new_frame_object_with_back(code, globals, lineno, lasti, Value::None, Value::Null)
}

/// A frame snapshot whose `f_back` is `back` (None or another snapshot).
pub fn new_frame_object_with_back(
    code: PyRef<PyCode>,
    globals: PyRef<PyDict>,
    lineno: u32,
    lasti: u32,
    back: Value,
    locals: Value,
) -> Value {
    PyRef::new_in(
        PyFrameObject {
            code,
            globals,
            lineno,
            lasti,
            back,
            locals,
        },
        frame_type(),
    )
    .into_value()
}

/// One printable entry of a traceback chain.
pub struct TbLine {
    pub filename: PyRef<PyStr>,
    pub name: PyRef<PyStr>,
    pub lineno: u32,
    /// The failing instruction's source range (for the caret line).
    pub position: Option<crate::bytecode::code::Position>,
}

/// The entries of the chain starting at `tb`, outermost first (the order a
/// traceback prints in). A cycle cannot occur: nodes are immutable and each
/// points to an older one.
pub fn traceback_lines(tb: &Value) -> Vec<TbLine> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    while let Some(t) = cur.downcast::<PyTraceback>() {
        out.push(TbLine {
            filename: t.code.filename.clone(),
            name: t.code.name.clone(),
            lineno: t.lineno,
            position: t.code.position_at(t.lasti as usize),
        });
        let next = t.next.clone();
        cur = next;
    }
    out
}

fn tb_of(v: &Value) -> PyResult<&Py<PyTraceback>> {
    v.downcast::<PyTraceback>()
        .ok_or_else(|| type_error("descriptor requires a 'traceback' object"))
}

fn frame_of(v: &Value) -> PyResult<&Py<PyFrameObject>> {
    v.downcast::<PyFrameObject>()
        .ok_or_else(|| type_error("descriptor requires a 'frame' object"))
}

fn tb_next(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tb_of(v)?.next.clone())
}
fn tb_lineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(tb_of(v)?.lineno as i64))
}
fn tb_lasti(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(tb_of(v)?.lasti as i64 * 2))
}
fn tb_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = tb_of(v)?;
    let f = t.frame.get_or_init(|| {
        let f = PyFrameObject {
            code: t.code.clone(),
            globals: t.globals.clone(),
            lineno: t.lineno,
            lasti: t.lasti,
            back: Value::None,
            locals: Value::Null,
        };
        PyRef::new_in(f, frame_type())
    });
    Ok(f.to_value())
}

fn f_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)?.code.to_value())
}
fn f_lineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(frame_of(v)?.lineno as i64))
}
fn f_lasti(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(frame_of(v)?.lasti as i64 * 2))
}
fn f_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)?.globals.to_value())
}
fn f_locals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match &frame_of(v)?.locals {
        Value::Null => Err(crate::objects::exception::attribute_error(
            "ferropy keeps no f_locals for this frame",
        )),
        l => Ok(l.clone()),
    }
}
fn f_back(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_of(v)?.back.clone())
}
fn f_builtins(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = frame_of(v)?;
    match f
        .globals
        .get_str(&crate::objects::str::intern("__builtins__"))
    {
        Some(b) if b.downcast::<PyDict>().is_some() => Ok(b),
        _ => Ok(crate::vm::interp().builtins.dict.to_value()),
    }
}

fn frame_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let f = frame_of(v)?;
    Ok(crate::objects::str::str_value(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.id(),
        f.code.filename.as_str(),
        f.lineno,
        f.code.name.as_str()
    )))
}

pub fn init(_t: &BuiltinTypes) {
    let ro: Option<Setter> = None;
    let tb: [(&'static str, Getter, Option<Setter>); 4] = [
        ("tb_next", tb_next, ro),
        ("tb_lineno", tb_lineno, ro),
        ("tb_lasti", tb_lasti, ro),
        ("tb_frame", tb_frame, ro),
    ];
    add_getsets(traceback_type(), "traceback", &tb);
    let fr: [(&'static str, Getter, Option<Setter>); 7] = [
        ("f_locals", f_locals, ro),
        ("f_builtins", f_builtins, ro),
        ("f_code", f_code, ro),
        ("f_lineno", f_lineno, ro),
        ("f_lasti", f_lasti, ro),
        ("f_globals", f_globals, ro),
        ("f_back", f_back, ro),
    ];
    add_getsets(frame_type(), "frame", &fr);
    add_methods(frame_type(), &[("__repr__", frame_repr)]);
}
