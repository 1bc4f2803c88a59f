//! Exceptions: the `BaseException` payload, the builtin hierarchy, and the
//! constructors the runtime uses to raise them.
//!
//! Every fallible operation returns `PyResult<T>`, whose error is an exception
//! object (`PyErr`): Python errors are values, never panics.
//!
//! The mutable parts of an exception (traceback entries, `__cause__`,
//! `__context__`, `args`) are guarded by the object's mutex through
//! `with_state`; an exception is usually touched by one thread, but one
//! stored in a shared container may be read from another.

use std::cell::UnsafeCell;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType, TYPE_BASETYPE, TYPE_HAS_DICT};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::{intern, PyStr};
use crate::objects::tuple::{new_tuple, PyTuple};

pub type PyErr = PyRef<PyBaseException>;
pub type PyResult<T = Value> = Result<T, PyErr>;

/// One line of a traceback: where the exception passed.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: PyRef<PyStr>,
    pub name: PyRef<PyStr>,
    pub lineno: u32,
}

#[derive(Default)]
pub struct ExcState {
    pub args: Option<PyRef<PyTuple>>,
    /// Innermost frame first (the order entries are added while unwinding).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

pub struct PyBaseException {
    state: UnsafeCell<ExcState>,
    pub dict: PyRef<PyDict>,
}

// SAFETY: `state` is only accessed under the object's mutex (`with_state`).
unsafe impl Sync for PyBaseException {}
// SAFETY: the state holds only Send values.
unsafe impl Send for PyBaseException {}

impl PyPayload for PyBaseException {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: traversal runs with the world stopped or on an unshared object.
        let st = unsafe { &*self.state.get() };
        if let Some(a) = &st.args {
            visit(&a.to_value());
        }
        visit(&st.cause);
        visit(&st.context);
        visit(&self.dict.to_value());
    }
}

impl Py<PyBaseException> {
    pub fn with_state<R>(&self, f: impl FnOnce(&mut ExcState) -> R) -> R {
        self.locked(|| {
            // SAFETY: the object mutex is held; all access goes through here.
            f(unsafe { &mut *self.payload.state.get() })
        })
    }

    pub fn args(&self) -> PyRef<PyTuple> {
        self.with_state(|s| s.args.clone()).unwrap_or_else(|| new_tuple(Vec::new()))
    }

    pub fn set_args(&self, args: PyRef<PyTuple>) {
        let old = self.with_state(|s| s.args.replace(args));
        drop(old);
    }

    pub fn add_traceback(&self, entry: TbEntry) {
        self.with_state(|s| s.traceback.push(entry));
    }

    pub fn traceback(&self) -> Vec<TbEntry> {
        self.with_state(|s| s.traceback.clone())
    }

    pub fn type_name(&self) -> &str {
        self.class().payload.name()
    }

    pub fn is_instance(&self, ty: &Py<PyType>) -> bool {
        self.class().is_subtype(ty)
    }
}

/// A new exception of type `ty` (a subtype of BaseException) with `args`.
pub fn new_exception(ty: &Py<PyType>, args: Vec<Value>) -> PyErr {
    let exc = PyBaseException {
        state: UnsafeCell::new(ExcState { args: Some(new_tuple(args)), ..Default::default() }),
        dict: PyDict::new_ref(),
    };
    PyRef::new_in(exc, ty)
}

// ===== The builtin hierarchy =====

macro_rules! exception_kinds {
    ($($kind:ident = $name:literal : $base:ident,)*) => {
        /// The builtin exception types, in definition order (bases first).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(clippy::enum_variant_names)]
        pub enum ExcKind { BaseException, $($kind,)* }

        const EXCEPTION_TABLE: &[(ExcKind, &str, ExcKind)] = &[
            $((ExcKind::$kind, $name, ExcKind::$base),)*
        ];
    };
}

exception_kinds! {
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    FileNotFoundError = "FileNotFoundError": OSError,
    FileExistsError = "FileExistsError": OSError,
    PermissionError = "PermissionError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
}

pub struct ExceptionTypes {
    all: Vec<PyRef<PyType>>,
}

impl ExceptionTypes {
    pub fn create() -> ExceptionTypes {
        let mut all: Vec<PyRef<PyType>> = Vec::new();
        all.push(make_exc_type("BaseException", None));
        for (kind, name, base) in EXCEPTION_TABLE {
            debug_assert_eq!(*kind as usize, all.len());
            let b = all[*base as usize].clone();
            all.push(make_exc_type(name, Some(b)));
        }
        ExceptionTypes { all }
    }

    #[inline]
    pub fn get(&self, kind: ExcKind) -> &Py<PyType> {
        &self.all[kind as usize]
    }

    pub fn all(&self) -> &[PyRef<PyType>] {
        &self.all
    }
}

fn make_exc_type(name: &str, base: Option<PyRef<PyType>>) -> PyRef<PyType> {
    let base = base.or_else(|| Some(types_object()));
    let ty = PyType::for_payload::<PyBaseException>(name, base, TYPE_BASETYPE | TYPE_HAS_DICT);
    crate::objects::type_::new_static_type(ty)
}

fn types_object() -> PyRef<PyType> {
    crate::objects::types::object_type_during_init()
}

// ===== Constructors used by the runtime =====

pub fn new_error(kind: ExcKind, msg: impl Into<String>) -> PyErr {
    let msg = crate::objects::str::str_value(msg.into());
    new_exception(types().exceptions.get(kind), vec![msg])
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::ValueError, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::IndexError, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::AttributeError, msg)
}
pub fn name_error(name: &str) -> PyErr {
    new_error(ExcKind::NameError, format!("name '{name}' is not defined"))
}
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::ZeroDivisionError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::OverflowError, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    new_error(ExcKind::RuntimeError, msg)
}
pub fn recursion_error() -> PyErr {
    new_error(ExcKind::RecursionError, "maximum recursion depth exceeded")
}
pub fn key_error(key: Value) -> PyErr {
    new_exception(types().exceptions.get(ExcKind::KeyError), vec![key])
}
pub fn stop_iteration() -> PyErr {
    new_exception(types().exceptions.get(ExcKind::StopIteration), vec![])
}
pub fn memory_error() -> PyErr {
    new_exception(types().exceptions.get(ExcKind::MemoryError), vec![])
}

/// The name of `v`'s type, as error messages quote it.
pub fn type_name(v: &Value) -> String {
    v.class().payload.name().to_string()
}

/// `__name__`-style interned names used by exception attribute access.
pub fn exc_attr_names() -> [PyRef<PyStr>; 4] {
    [intern("args"), intern("__cause__"), intern("__context__"), intern("__traceback__")]
}

// ===== BaseException's methods =====

fn exc_new(_vm: &mut crate::vm::Vm, cls: &Py<PyType>, args: &crate::objects::method::Args) -> PyResult<Value> {
    Ok(new_exception(cls, args.pos().to_vec()).into_value())
}

fn exc_init(_vm: &mut crate::vm::Vm, args: &crate::objects::method::Args) -> PyResult<Value> {
    let p = args.pos();
    if let Some(e) = p[0].downcast::<PyBaseException>() {
        e.set_args(new_tuple(p[1..].to_vec()));
        if e.class().is_subtype(types().exceptions.get(ExcKind::ImportError)) {
            // ImportError(msg, *, name=None, path=None).
            if let Some((k, _)) = args.kw().find(|(k, _)| !matches!(*k, "name" | "path")) {
                return Err(type_error(format!("'{k}' is an invalid keyword argument for {}()", e.class().payload.name())));
            }
            for k in ["name", "path"] {
                e.dict.set_str(&intern(k), args.kwarg(k).cloned().unwrap_or(Value::None));
            }
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut crate::vm::Vm, args: &crate::objects::method::Args) -> PyResult<Value> {
    let e = args.pos()[0].downcast::<PyBaseException>().ok_or_else(|| type_error("BaseException expected"))?;
    if let Some(s) = syntax_error_str(vm, e)? {
        return Ok(s);
    }
    let a = e.args();
    match a.items.len() {
        0 => Ok(crate::objects::str::str_value("")),
        1 => Ok(vm.str(&a.items[0])?.into_value()),
        _ => Ok(vm.repr(&a.to_value())?.into_value()),
    }
}

/// CPython's `SyntaxError.__str__`: `msg (file basename, line N)`.
pub(crate) fn syntax_error_str(vm: &mut crate::vm::Vm, e: &Py<PyBaseException>) -> PyResult<Option<Value>> {
    if !e.class().is_subtype(types().exceptions.get(ExcKind::SyntaxError)) {
        return Ok(None);
    }
    let Some(msg) = e.dict.get_str(&intern("msg")) else { return Ok(None) };
    let msg = vm.str(&msg)?;
    let file = e.dict.get_str(&intern("filename"));
    let file = file.as_ref().and_then(|f| f.downcast::<PyStr>()).map(|f| f.as_str().rsplit('/').next().unwrap_or("").to_string());
    let line = match e.dict.get_str(&intern("lineno")) {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    let text = match (file, line) {
        (Some(f), Some(l)) => format!("{} ({f}, line {l})", msg.as_str()),
        (Some(f), None) => format!("{} ({f})", msg.as_str()),
        (None, Some(l)) => format!("{} (line {l})", msg.as_str()),
        (None, None) => msg.as_str().to_string(),
    };
    Ok(Some(crate::objects::str::str_value(text)))
}

fn exc_repr(vm: &mut crate::vm::Vm, args: &crate::objects::method::Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let e = v.downcast::<PyBaseException>().ok_or_else(|| type_error("BaseException expected"))?;
    let a = e.args();
    let name = v.class().payload.name().to_string();
    let inner = if a.items.len() == 1 { vm.repr(&a.items[0])?.as_str().to_string() } else { vm.repr(&a.to_value())?.as_str().to_string() };
    Ok(crate::objects::str::str_value(if a.items.len() == 1 { format!("{name}({inner})") } else { format!("{name}{inner}") }))
}

fn exc_with_traceback(_vm: &mut crate::vm::Vm, args: &crate::objects::method::Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

pub fn init(t: &crate::object::typeobj::BuiltinTypes) {
    let base = t.exceptions.get(ExcKind::BaseException);
    crate::objects::instance::set_new(base, exc_new);
    crate::objects::method::add_methods(
        base,
        &[("__init__", exc_init), ("__str__", exc_str), ("__repr__", exc_repr), ("with_traceback", exc_with_traceback)],
    );
}
