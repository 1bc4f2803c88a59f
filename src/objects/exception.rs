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

#[derive(Default)]
pub struct ExcState {
    pub args: Option<PyRef<PyTuple>>,
    /// `__traceback__`: None (or Null) or the head of a `traceback` chain
    /// (`objects::traceback`), outermost frame first.
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The per-type fields of the builtin subclass families
    /// (`SystemExit.code`, `OSError.errno`...), in `Family::members` order.
    /// `None` until first used: they are derived from `args` then, so the
    /// runtime's own exceptions (made by `new_exception`) pay nothing.
    pub members: Option<Box<[Value]>>,
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
        visit(&st.traceback);
        if let Some(m) = &st.members {
            m.iter().for_each(&mut *visit);
        }
        visit(&self.dict.to_value());
    }
    /// CPython's `BaseException_clear`: an exception closes cycles through
    /// its args (`e.args = (e,)`) and its traceback (a frame's local that
    /// holds a tuple with the exception), which tuples cannot break.
    fn gc_clear(obj: &Py<Self>) {
        let old = obj.with_state(std::mem::take);
        drop(old);
        obj.payload.dict.clear();
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
        self.with_state(|s| s.args.clone())
            .unwrap_or_else(|| new_tuple(Vec::new()))
    }

    pub fn set_args(&self, args: PyRef<PyTuple>) {
        let old = self.with_state(|s| s.args.replace(args));
        drop(old);
    }

    /// Record that the exception passed through a frame: a new traceback
    /// head in front of the current one.
    pub fn push_traceback(
        &self,
        code: PyRef<crate::bytecode::code::PyCode>,
        globals: PyRef<PyDict>,
        lineno: u32,
        lasti: u32,
    ) {
        self.with_state(|s| {
            let next = match std::mem::take(&mut s.traceback) {
                Value::Null => Value::None,
                v => v,
            };
            s.traceback =
                crate::objects::traceback::new_traceback(next, code, globals, lineno, lasti);
        });
    }

    /// `__traceback__` (None when there is none).
    pub fn traceback(&self) -> Value {
        match self.with_state(|s| s.traceback.clone()) {
            Value::Null => Value::None,
            v => v,
        }
    }

    pub fn has_traceback(&self) -> bool {
        !self.traceback().is_none()
    }

    /// Set a per-type field (`name` of an ImportError...); ignored if the
    /// exception's family has no such field.
    pub fn set_member(&self, name: &str, value: Value) {
        let fam = Family::of(self.class());
        let Some(i) = fam.members().iter().position(|m| *m == name) else {
            return;
        };
        let old = self.with_state(|s| {
            let m = s.members.get_or_insert_with(|| {
                fam.derive(s.args.as_ref().map_or(&[][..], |a| &a.items[..]))
            });
            std::mem::replace(&mut m[i], value)
        });
        drop(old);
    }

    /// A per-type field, derived from `args` on first use.
    pub fn member(&self, name: &str) -> Option<Value> {
        let fam = Family::of(self.class());
        let i = fam.members().iter().position(|m| *m == name)?;
        Some(self.with_state(|s| {
            let m = s.members.get_or_insert_with(|| {
                fam.derive(s.args.as_ref().map_or(&[][..], |a| &a.items[..]))
            });
            m[i].clone()
        }))
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
        state: UnsafeCell::new(ExcState {
            args: Some(new_tuple(args)),
            ..Default::default()
        }),
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
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
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
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    BytesWarning = "BytesWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    BaseExceptionGroup = "BaseExceptionGroup": BaseException,
    // Also derives from Exception: `make_exc_type` adds it to the MRO.
    ExceptionGroup = "ExceptionGroup": BaseExceptionGroup,
}

pub struct ExceptionTypes {
    all: Vec<PyRef<PyType>>,
}

impl ExceptionTypes {
    pub fn create() -> ExceptionTypes {
        let mut all: Vec<PyRef<PyType>> = Vec::new();
        all.push(make_exc_type("BaseException", None, None));
        for (kind, name, base) in EXCEPTION_TABLE {
            debug_assert_eq!(*kind as usize, all.len());
            let b = all[*base as usize].clone();
            let also = (*kind == ExcKind::ExceptionGroup)
                .then(|| all[ExcKind::Exception as usize].clone());
            all.push(make_exc_type(name, Some(b), also));
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

/// A builtin exception class; `second` is a second base, placed in the
/// MRO right after the first (only ExceptionGroup has one).
fn make_exc_type(
    name: &str,
    base: Option<PyRef<PyType>>,
    second: Option<PyRef<PyType>>,
) -> PyRef<PyType> {
    let base = base.or_else(|| Some(types_object()));
    let mut ty = PyType::for_payload::<PyBaseException>(name, base, TYPE_BASETYPE | TYPE_HAS_DICT);
    if let Some(b) = second {
        ty.bases.get_mut().push(b.clone());
        ty.mro.get_mut().insert(1, b);
    }
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
    let e = new_error(ExcKind::NameError, format!("name '{name}' is not defined"));
    e.set_member("name", crate::objects::str::str_value(name));
    e
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
/// RecursionError with CPython's context (" in comparison").
pub fn recursion_error_in(context: &str) -> PyErr {
    new_error(
        ExcKind::RecursionError,
        format!("maximum recursion depth exceeded{context}"),
    )
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

// ===== Families: builtin subclasses with fields of their own =====

/// The builtin exception classes whose instances carry extra fields
/// (CPython's `PySystemExitObject`, `PyOSErrorObject`...). An exception
/// belongs to the family of its nearest such base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Base,
    SystemExit,
    StopIteration,
    OSError,
    ImportError,
    NameError,
    AttributeError,
    UnicodeDecode,
    UnicodeEncode,
    UnicodeTranslate,
    ExceptionGroup,
}

impl Family {
    pub fn of(ty: &Py<PyType>) -> Family {
        let ex = &types().exceptions;
        const ROOTS: [(ExcKind, Family); 10] = [
            (ExcKind::StopIteration, Family::StopIteration),
            (ExcKind::OSError, Family::OSError),
            (ExcKind::AttributeError, Family::AttributeError),
            (ExcKind::NameError, Family::NameError),
            (ExcKind::ImportError, Family::ImportError),
            (ExcKind::SystemExit, Family::SystemExit),
            (ExcKind::UnicodeDecodeError, Family::UnicodeDecode),
            (ExcKind::UnicodeEncodeError, Family::UnicodeEncode),
            (ExcKind::UnicodeTranslateError, Family::UnicodeTranslate),
            (ExcKind::BaseExceptionGroup, Family::ExceptionGroup),
        ];
        ROOTS
            .iter()
            .find(|(k, _)| ty.is_subtype(ex.get(*k)))
            .map_or(Family::Base, |r| r.1)
    }

    pub fn members(self) -> &'static [&'static str] {
        match self {
            Family::Base => &[],
            Family::SystemExit => &["code"],
            Family::StopIteration => &["value"],
            Family::OSError => &["errno", "strerror", "filename", "filename2"],
            Family::ImportError => &["msg", "name", "path"],
            Family::NameError => &["name"],
            Family::AttributeError => &["name", "obj"],
            Family::UnicodeDecode | Family::UnicodeEncode => {
                &["encoding", "object", "start", "end", "reason"]
            }
            Family::UnicodeTranslate => &["object", "start", "end", "reason"],
            // Set by `BaseExceptionGroup.__new__` (`objects::exc_group`).
            Family::ExceptionGroup => &["message", "exceptions"],
        }
    }

    /// The fields `__init__` derives from positional `args` (shapes it does
    /// not recognise leave them None).
    fn derive(self, args: &[Value]) -> Box<[Value]> {
        let mut m = vec![Value::None; self.members().len()];
        match self {
            Family::SystemExit => {
                m[0] = match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => new_tuple(args.to_vec()).into_value(),
                }
            }
            Family::StopIteration => m[0] = args.first().cloned().unwrap_or(Value::None),
            Family::OSError if (2..=5).contains(&args.len()) => {
                m[0] = args[0].clone();
                m[1] = args[1].clone();
                if let Some(f) = args.get(2) {
                    m[2] = f.clone();
                }
                if let Some(f) = args.get(4) {
                    m[3] = f.clone();
                }
            }
            Family::ImportError if args.len() == 1 => m[0] = args[0].clone(),
            Family::UnicodeDecode | Family::UnicodeEncode if args.len() == 5 => {
                m.clone_from_slice(args)
            }
            Family::UnicodeTranslate if args.len() == 4 => m.clone_from_slice(args),
            Family::ExceptionGroup => {
                m[0] = args.first().cloned().unwrap_or(Value::None);
                m[1] = new_tuple(Vec::new()).into_value();
            }
            _ => {}
        }
        m.into_boxed_slice()
    }
}

/// The OSError subclass CPython picks for `OSError(errno, ...)` (Linux
/// errno values).
fn errno_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}

/// Set `args` and the family fields of `e` from constructor arguments.
/// `strict` (from `__init__`) rejects keywords the family does not take.
fn init_from_args(e: &Py<PyBaseException>, args: &Args, strict: bool) -> PyResult<()> {
    let pos = &args.pos()[1..];
    let fam = Family::of(e.class());
    if fam == Family::ExceptionGroup {
        // A group's fields come from its `__new__`; `__init__` sets args only.
        e.set_args(new_tuple(pos.to_vec()));
        return Ok(());
    }
    let want = match fam {
        Family::UnicodeDecode | Family::UnicodeEncode => 5,
        Family::UnicodeTranslate => 4,
        _ => pos.len(),
    };
    if strict && pos.len() != want {
        return Err(type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            pos.len()
        )));
    }
    if e.class()
        .is_subtype(types().exceptions.get(ExcKind::SyntaxError))
    {
        syntax_error_init(e, pos);
    }
    let mut m = fam.derive(pos);
    for (k, v) in args.kw() {
        let slot = match (fam, k) {
            (Family::ImportError, "name") => Some(1),
            (Family::ImportError, "path") => Some(2),
            (Family::NameError, "name") | (Family::AttributeError, "name") => Some(0),
            (Family::AttributeError, "obj") => Some(1),
            _ => None,
        };
        match slot {
            Some(i) => m[i] = v.clone(),
            None if !strict => {}
            None if matches!(
                fam,
                Family::ImportError | Family::NameError | Family::AttributeError
            ) =>
            {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    e.class().payload.name()
                )));
            }
            None => {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    e.class().payload.name()
                )))
            }
        }
    }
    // OSError(errno, strerror, filename, ...) keeps only the first two as args.
    let args = if fam == Family::OSError && (3..=5).contains(&pos.len()) {
        pos[..2].to_vec()
    } else {
        pos.to_vec()
    };
    let (old_args, old_m) =
        e.with_state(|s| (s.args.replace(new_tuple(args)), s.members.replace(m)));
    drop((old_args, old_m));
    Ok(())
}

fn exc_of(v: &Value) -> PyResult<&Py<PyBaseException>> {
    v.downcast::<PyBaseException>()
        .ok_or_else(|| type_error("descriptor requires a 'BaseException' object"))
}

fn is_exception_or_none(v: &Value) -> bool {
    v.is_none() || v.payload_is::<PyBaseException>()
}

/// `str(exc)` for the builtin classes (each family's `__str__`).
pub fn exception_str(vm: &mut crate::vm::Vm, e: &Py<PyBaseException>) -> PyResult<PyRef<PyStr>> {
    // An exception whose argument is an exception recurses.
    vm.check_native_stack_in(" while getting the str of an object")?;
    if let Some(s) = syntax_error_str(vm, e)? {
        return vm.str(&s);
    }
    let fam = Family::of(e.class());
    let m = |name: &str| e.member(name).unwrap_or(Value::None);
    match fam {
        Family::OSError => {
            let (errno, strerror, f1, f2) =
                (m("errno"), m("strerror"), m("filename"), m("filename2"));
            if !f1.is_none() {
                let head = format!(
                    "[Errno {}] {}: {}",
                    vm.str(&errno)?.as_str(),
                    vm.str(&strerror)?.as_str(),
                    vm.repr(&f1)?.as_str()
                );
                if !f2.is_none() {
                    return Ok(crate::objects::str::new_str(format!(
                        "{head} -> {}",
                        vm.repr(&f2)?.as_str()
                    )));
                }
                return Ok(crate::objects::str::new_str(head));
            }
            if !errno.is_none() && !strerror.is_none() {
                return Ok(crate::objects::str::new_str(format!(
                    "[Errno {}] {}",
                    vm.str(&errno)?.as_str(),
                    vm.str(&strerror)?.as_str()
                )));
            }
        }
        Family::ImportError => {
            if let Some(s) = m("msg").downcast::<PyStr>() {
                return Ok(s.to_ref());
            }
        }
        Family::UnicodeDecode | Family::UnicodeEncode | Family::UnicodeTranslate => {
            if let Some(s) = unicode_error_str(vm, fam, e)? {
                return Ok(crate::objects::str::new_str(s));
            }
        }
        Family::ExceptionGroup => {
            let s = crate::objects::exc_group::group_str(vm, e)?;
            return Ok(crate::objects::str::new_str(s));
        }
        _ => {}
    }
    let args = e.args();
    match args.items.len() {
        0 => Ok(intern("")),
        1 if e.is_instance(types().exceptions.get(ExcKind::KeyError)) => vm.repr(&args.items[0]),
        1 => vm.str(&args.items[0]),
        _ => vm.repr(&args.to_value()),
    }
}

fn unicode_error_str(
    vm: &mut crate::vm::Vm,
    fam: Family,
    e: &Py<PyBaseException>,
) -> PyResult<Option<String>> {
    let m = |name: &str| e.member(name).unwrap_or(Value::None);
    if fam == Family::UnicodeTranslate {
        return translate_error_str(vm, e);
    }
    let (enc, obj, start, end, reason) = (
        m("encoding"),
        m("object"),
        m("start"),
        m("end"),
        m("reason"),
    );
    let (Value::Int(start), Value::Int(end)) = (start, end) else {
        return Ok(None);
    };
    let enc = vm.str(&enc)?.as_str().to_string();
    let reason = vm.str(&reason)?.as_str().to_string();
    if fam == Family::UnicodeDecode {
        if let Some(b) = obj.downcast::<crate::objects::bytes::PyBytes>() {
            if end == start + 1 && start >= 0 && (start as usize) < b.data.len() {
                return Ok(Some(format!(
                    "'{enc}' codec can't decode byte {:#04x} in position {start}: {reason}",
                    b.data[start as usize]
                )));
            }
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    if let Some(s) = obj.downcast::<PyStr>() {
        if end == start + 1 && start >= 0 {
            if let Some(c) = s.as_str().chars().nth(start as usize) {
                let esc = char_escape(c);
                return Ok(Some(format!(
                    "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
                )));
            }
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

// ===== BaseException's methods and attributes =====

use crate::objects::method::Args;
use crate::vm::Vm;

fn exc_new(_vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut cls = cls;
    let os = types().exceptions.get(ExcKind::OSError);
    if std::ptr::eq(cls, os) && pos.len() >= 2 {
        if let Some(k) = if let Value::Int(n) = pos[0] {
            errno_subclass(n)
        } else {
            None
        } {
            cls = types().exceptions.get(k);
        }
    }
    let e = new_exception(cls, Vec::new());
    // `args` here excludes the class; `init_from_args` expects a receiver first.
    let mut with_self = Vec::with_capacity(args.values.len() + 1);
    with_self.push(Value::None);
    with_self.extend_from_slice(args.values);
    init_from_args(
        &e,
        &Args {
            values: &with_self,
            kwnames: args.kwnames,
        },
        false,
    )?;
    Ok(e.into_value())
}

fn exc_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let e = exc_of(&args.pos()[0])?;
    init_from_args(e, args, true)?;
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let e = exc_of(&args.pos()[0])?;
    Ok(exception_str(vm, e)?.into_value())
}

/// A character as the Unicode errors show it: `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn char_escape(c: char) -> String {
    let c = c as u32;
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// CPython's `UnicodeTranslateError.__str__`.
fn translate_error_str(
    vm: &mut crate::vm::Vm,
    e: &Py<PyBaseException>,
) -> PyResult<Option<String>> {
    let m = |name: &str| e.member(name).unwrap_or(Value::None);
    let (Value::Int(start), Value::Int(end)) = (m("start"), m("end")) else {
        return Ok(None);
    };
    let reason = vm.str(&m("reason"))?.as_str().to_string();
    let obj = m("object");
    let one = obj
        .downcast::<PyStr>()
        .filter(|_| end == start + 1 && start >= 0)
        .and_then(|s| s.as_str().chars().nth(start as usize));
    Ok(Some(match one {
        Some(c) => format!(
            "can't translate character '{}' in position {start}: {reason}",
            char_escape(c)
        ),
        None => format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`: the attributes CPython's `SyntaxError_init` sets
/// (None when not given), kept in the instance dict where the compiler
/// puts them too.
/// SyntaxError's attributes, in constructor order.
pub(crate) const SYNTAX_ERROR_FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

fn syntax_error_init(e: &Py<PyBaseException>, pos: &[Value]) {
    const NAMES: [&str; 8] = SYNTAX_ERROR_FIELDS;
    let mut vals = vec![Value::None; NAMES.len()];
    if let Some(m) = pos.first() {
        vals[0] = m.clone();
    }
    if let (2, Some(info)) = (pos.len(), pos.get(1).and_then(|v| v.downcast::<PyTuple>())) {
        for (i, v) in info.items.iter().take(6).enumerate() {
            vals[i + 1] = v.clone();
        }
    }
    for (name, v) in NAMES.iter().zip(vals) {
        e.dict.set_str(&intern(name), v);
    }
}

/// CPython's `SyntaxError.__str__`: `msg (file basename, line N)`.
pub(crate) fn syntax_error_str(
    vm: &mut crate::vm::Vm,
    e: &Py<PyBaseException>,
) -> PyResult<Option<Value>> {
    if !e
        .class()
        .is_subtype(types().exceptions.get(ExcKind::SyntaxError))
    {
        return Ok(None);
    }
    let Some(msg) = e.dict.get_str(&intern("msg")) else {
        return Ok(None);
    };
    let msg = vm.str(&msg)?;
    let file = e.dict.get_str(&intern("filename"));
    let file = file
        .as_ref()
        .and_then(|f| f.downcast::<PyStr>())
        .map(|f| f.as_str().rsplit('/').next().unwrap_or("").to_string());
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

fn exc_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let e = exc_of(v)?;
    let a = e.args();
    let name = v.class().payload.name().to_string();
    let inner = if a.items.len() == 1 {
        vm.repr(&a.items[0])?.as_str().to_string()
    } else {
        vm.repr(&a.to_value())?.as_str().to_string()
    };
    Ok(crate::objects::str::str_value(if a.items.len() == 1 {
        format!("{name}({inner})")
    } else {
        format!("{name}{inner}")
    }))
}

fn check_traceback(tb: &Value) -> PyResult<()> {
    if tb.is_none() || tb.payload_is::<crate::objects::traceback::PyTraceback>() {
        Ok(())
    } else {
        Err(type_error("__traceback__ must be a traceback or None"))
    }
}

fn exc_with_traceback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("with_traceback", 2, 2)?;
    let e = exc_of(&p[0])?;
    check_traceback(&p[1])?;
    let old = e.with_state(|s| std::mem::replace(&mut s.traceback, p[1].clone()));
    drop(old);
    Ok(p[0].clone())
}

fn exc_add_note(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("BaseException.add_note", 2, 2)?;
    let e = exc_of(&p[0])?;
    if !p[1].payload_is::<PyStr>() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(&p[1])
        )));
    }
    let key = intern("__notes__");
    match e.dict.get_str(&key) {
        None => e
            .dict
            .set_str(&key, crate::objects::list::list_value(vec![p[1].clone()])),
        Some(notes) => match notes.downcast::<crate::objects::list::PyList>() {
            Some(l) => l.append(p[1].clone()),
            None => return Err(type_error("Cannot add note: __notes__ is not a list")),
        },
    }
    Ok(Value::None)
}

fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_of(v)?.args().into_value())
}
fn set_args(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_of(v)?;
    if x.is_null() {
        return Err(type_error("args may not be deleted"));
    }
    let t = match x
        .as_obj()
        .and_then(|o| o.clone().into_typed::<PyTuple>().ok())
    {
        Some(t) => t,
        None => new_tuple(vm.to_vec(&x)?),
    };
    e.set_args(t);
    Ok(())
}
fn get_cause(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(exc_of(v)?.with_state(|s| s.cause.clone())))
}
fn set_cause(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_of(v)?;
    if x.is_null() {
        return Err(type_error("__cause__ may not be deleted"));
    }
    if !is_exception_or_none(&x) {
        return Err(type_error(
            "exception cause must be None or derive from BaseException",
        ));
    }
    let old = e.with_state(|s| {
        s.suppress_context = true;
        std::mem::replace(&mut s.cause, x)
    });
    drop(old);
    Ok(())
}
fn get_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(null_to_none(exc_of(v)?.with_state(|s| s.context.clone())))
}
fn set_context(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_of(v)?;
    if x.is_null() {
        return Err(type_error("__context__ may not be deleted"));
    }
    if !is_exception_or_none(&x) {
        return Err(type_error(
            "exception context must be None or derive from BaseException",
        ));
    }
    let old = e.with_state(|s| std::mem::replace(&mut s.context, x));
    drop(old);
    Ok(())
}
fn get_suppress(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc_of(v)?.with_state(|s| s.suppress_context)))
}
fn set_suppress(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_of(v)?;
    match x {
        Value::Bool(b) => {
            e.with_state(|s| s.suppress_context = b);
            Ok(())
        }
        Value::Null => Err(type_error("can't delete numeric/char attribute")),
        _ => Err(type_error("attribute value type must be bool")),
    }
}
fn get_traceback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_of(v)?.traceback())
}
fn set_traceback(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_of(v)?;
    if x.is_null() {
        return Err(type_error("__traceback__ may not be deleted"));
    }
    check_traceback(&x)?;
    let old = e.with_state(|s| std::mem::replace(&mut s.traceback, x));
    drop(old);
    Ok(())
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v
    }
}

macro_rules! member_accessors {
    ($($get:ident, $set:ident = $name:literal;)*) => {$(
        fn $get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(exc_of(v)?.member($name).unwrap_or(Value::None))
        }
        fn $set(_vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
            exc_of(v)?.set_member($name, null_to_none(x));
            Ok(())
        }
    )*};
}

member_accessors! {
    get_code, set_code = "code";
    get_value, set_value = "value";
    get_errno, set_errno = "errno";
    get_strerror, set_strerror = "strerror";
    get_filename, set_filename = "filename";
    get_filename2, set_filename2 = "filename2";
    get_msg, set_msg = "msg";
    get_name, set_name = "name";
    get_path, set_path = "path";
    get_obj, set_obj = "obj";
    get_encoding, set_encoding = "encoding";
    get_object, set_object = "object";
    get_start, set_start = "start";
    get_end, set_end = "end";
    get_reason, set_reason = "reason";
}

pub fn init(t: &crate::object::typeobj::BuiltinTypes) {
    use crate::objects::getset::{add_getsets, add_members, Getter, Setter};
    type Def = (&'static str, Getter, Option<Setter>);
    let ex = &t.exceptions;
    let base = ex.get(ExcKind::BaseException);
    crate::objects::instance::set_new(base, exc_new);
    crate::objects::method::add_methods(
        base,
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    let base_defs: [Def; 4] = [
        ("args", get_args, Some(set_args)),
        ("__cause__", get_cause, Some(set_cause)),
        ("__context__", get_context, Some(set_context)),
        ("__traceback__", get_traceback, Some(set_traceback)),
    ];
    add_getsets(base, "BaseException", &base_defs);
    add_members(
        base,
        "BaseException",
        &[("__suppress_context__", get_suppress, Some(set_suppress))],
    );
    let families: [(ExcKind, &'static str, &[Def]); 9] = [
        (
            ExcKind::SystemExit,
            "SystemExit",
            &[("code", get_code, Some(set_code))],
        ),
        (
            ExcKind::StopIteration,
            "StopIteration",
            &[("value", get_value, Some(set_value))],
        ),
        (
            ExcKind::OSError,
            "OSError",
            &[
                ("errno", get_errno, Some(set_errno)),
                ("strerror", get_strerror, Some(set_strerror)),
                ("filename", get_filename, Some(set_filename)),
                ("filename2", get_filename2, Some(set_filename2)),
            ],
        ),
        (
            ExcKind::ImportError,
            "ImportError",
            &[
                ("msg", get_msg, Some(set_msg)),
                ("name", get_name, Some(set_name)),
                ("path", get_path, Some(set_path)),
            ],
        ),
        (
            ExcKind::NameError,
            "NameError",
            &[("name", get_name, Some(set_name))],
        ),
        (
            ExcKind::AttributeError,
            "AttributeError",
            &[
                ("name", get_name, Some(set_name)),
                ("obj", get_obj, Some(set_obj)),
            ],
        ),
        (
            ExcKind::UnicodeDecodeError,
            "UnicodeDecodeError",
            &[
                ("encoding", get_encoding, Some(set_encoding)),
                ("object", get_object, Some(set_object)),
                ("start", get_start, Some(set_start)),
                ("end", get_end, Some(set_end)),
                ("reason", get_reason, Some(set_reason)),
            ],
        ),
        (
            ExcKind::UnicodeTranslateError,
            "UnicodeTranslateError",
            &[
                ("object", get_object, Some(set_object)),
                ("start", get_start, Some(set_start)),
                ("end", get_end, Some(set_end)),
                ("reason", get_reason, Some(set_reason)),
            ],
        ),
        (
            ExcKind::UnicodeEncodeError,
            "UnicodeEncodeError",
            &[
                ("encoding", get_encoding, Some(set_encoding)),
                ("object", get_object, Some(set_object)),
                ("start", get_start, Some(set_start)),
                ("end", get_end, Some(set_end)),
                ("reason", get_reason, Some(set_reason)),
            ],
        ),
    ];
    for (kind, owner, defs) in families {
        add_members(ex.get(kind), owner, defs);
    }
}
