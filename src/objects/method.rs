//! Builtin functions and methods, bound methods, and the native calling
//! convention.
//!
//! A native function receives the thread's `Vm` and an `Args` view:
//! positional values followed by keyword values, with `kwnames` naming the
//! trailing keyword ones (CPython's vectorcall convention). For a method,
//! `self` is the first positional value.
//!
//! - `PyBuiltinFunction`: `builtin_function_or_method` (`len`, `lst.append`
//!   once bound: then `self_` is the receiver);
//! - `PyMethodDescr`: a native method stored in a builtin type's dict;
//! - `PyBoundMethod`: a Python function bound to an instance (`method`).

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::str::{intern, PyStr};
use crate::vm::Vm;

pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;
/// `__new__` of a builtin base: create an instance of `cls`.
pub type NewFn = fn(&mut Vm, &Py<PyType>, &Args) -> PyResult<Value>;

/// Arguments of a native call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    /// Names (str values) of the trailing keyword arguments.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kw(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let n = self.values.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(&self.values[n..])
            .map(|(k, v)| (k.downcast::<PyStr>().map_or("", |s| s.as_str()), v))
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Fail unless there are no keyword arguments.
    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            let msg = format!("{fname}() takes no keyword arguments");
            let err = type_error(msg.as_str());
            crate::objects::method_arity::note_no_kw(&err, &msg, fname);
            return Err(err);
        }
        Ok(())
    }

    /// As `only_kw`, in `PyArg_ParseTupleAndKeywords`' words (min, max,
    /// print, sort): too many keywords, then "'k' is an invalid keyword
    /// argument for f()".
    pub fn only_kw_legacy(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        let n = self.kwnames.len();
        if n > allowed.len() {
            return Err(type_error(format!(
                "{fname}() takes at most {} keyword arguments ({n} given)",
                allowed.len()
            )));
        }
        match self.kw().find(|(k, _)| !allowed.contains(k)) {
            Some((k, _)) => Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            ))),
            None => Ok(()),
        }
    }

    /// Fail unless every keyword is one of `allowed`.
    pub fn only_kw(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kw() {
            if !allowed.contains(&k) {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }

    /// Positional arguments, checking `min..=max` count (CPython wording).
    pub fn exact(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kw(fname)?;
        let p = self.pos();
        check_count(fname, p.len(), min, max)?;
        Ok(p)
    }
}

impl<'a> Args<'a> {
    /// The arguments of a builtin method (`self` first, counted in `min`
    /// and `max`), with CPython's arity errors, which do not count `self`:
    /// "list.append() takes exactly one argument (0 given)" (METH_O and
    /// METH_NOARGS name the qualified method), "insert expected 2
    /// arguments, got 1" (the others name it short). Keywords are refused
    /// under the qualified name ("dict.fromkeys() takes no keyword
    /// arguments").
    pub fn method(&self, qualname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        self.no_kw(qualname)?;
        let p = self.pos();
        let n = p.len().saturating_sub(1);
        let (lo, hi) = (min.saturating_sub(1), max.saturating_sub(1));
        if lo == hi && lo <= 1 {
            check_count(qualname, n, lo, hi)?;
        } else {
            check_count(short, n, lo, hi)?;
        }
        Ok(p)
    }
}

pub fn check_count(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            // `PyArg_ParseTuple` names ("OO:BaseExceptionGroup.__new__")
            // keep its wording; `_PyArg_CheckPositional` has its own.
            _ if fname.contains('.') => {
                format!("{fname}() takes exactly {min} arguments ({n} given)")
            }
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    let err = type_error(msg.as_str());
    crate::objects::method_arity::note(&err, &msg, fname, (min, max, n));
    Err(err)
}

pub struct PyBuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver of a bound native method, `Null` for a plain function.
    pub self_: Value,
    /// Module name for the repr (`<built-in function len>`).
    pub module: Option<&'static str>,
}

impl PyPayload for PyBuiltinFunction {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.self_);
    }
}

/// `m1 == m2` for bound methods (Python or native): the same function
/// bound to the same object (CPython 3.8+ `method_richcompare` compares
/// `__self__` by identity). `None` when `a` and `b` are not both methods.
pub fn method_eq(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.downcast::<PyBoundMethod>(), b.downcast::<PyBoundMethod>()) {
        return Some(x.func.is(&y.func) && x.self_.is(&y.self_));
    }
    let (x, y) = (
        a.downcast::<PyBuiltinFunction>()?,
        b.downcast::<PyBuiltinFunction>()?,
    );
    Some(x.func as usize == y.func as usize && x.name == y.name && x.self_.is(&y.self_))
}

/// The hash that goes with `method_eq`: the receiver's identity and the
/// function's (CPython's `method_hash`).
pub fn method_hash(v: &Value) -> Option<i64> {
    if let Some(m) = v.downcast::<PyBoundMethod>() {
        return Some(((m.self_.id() >> 4) ^ (m.func.id() >> 4)) & i64::MAX);
    }
    let f = v.downcast::<PyBuiltinFunction>()?;
    Some(((f.self_.id() >> 4) ^ (f.func as usize as i64 >> 4)) & i64::MAX)
}

pub struct PyMethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    /// The builtin type that defines it: calls check `self` against it.
    pub owner: &'static Py<PyType>,
    /// Takes nothing besides `self` (`method_arity::takes_no_args`).
    pub noargs: bool,
}

impl PyPayload for PyMethodDescr {}

pub struct PyBoundMethod {
    pub func: Value,
    pub self_: Value,
}

impl PyPayload for PyBoundMethod {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub fn new_builtin_function(
    name: &'static str,
    func: NativeFn,
    module: Option<&'static str>,
) -> Value {
    let f = PyBuiltinFunction {
        name,
        func,
        self_: Value::Null,
        module,
    };
    PyRef::new_in(f, &types().builtin_function).into_value()
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    PyRef::new_in(PyBoundMethod { func, self_ }, &types().bound_method).into_value()
}

/// Put native methods into a builtin type's dict.
pub fn add_methods(ty: &Py<PyType>, methods: &[(&'static str, NativeFn)]) {
    // SAFETY: builtin types are immortal, so the reference lives forever.
    let owner: &'static Py<PyType> = unsafe { &*(ty as *const Py<PyType>) };
    for &(name, func) in methods {
        let descr_type = if crate::objects::wrapper_descr::is_slot_name(name) {
            crate::objects::wrapper_descr::wrapper_descriptor_type()
        } else {
            &types().method_descriptor
        };
        let noargs = crate::objects::method_arity::takes_no_args(name);
        let d = PyRef::new_in(
            PyMethodDescr {
                name,
                func,
                owner,
                noargs,
            },
            descr_type,
        );
        d.header.make_immortal();
        ty.payload.dict.set_str(&intern(name), d.into_value());
    }
}

/// Put a plain value (a class attribute, a staticmethod-like builtin) into a type's dict.
pub fn add_attr(ty: &Py<PyType>, name: &str, value: Value) {
    ty.payload.dict.set_str(&intern(name), value);
}

/// Install the native `f` as classmethod `name` of `ty` (`int.from_bytes`,
/// `float.fromhex`...).
pub fn add_classmethod(ty: &Py<PyType>, name: &'static str, f: NativeFn) {
    let func = new_builtin_function(name, f, None);
    let cm = PyRef::new_in(
        crate::objects::descriptor::PyClassMethod { func },
        &crate::object::typeobj::types().classmethod,
    );
    cm.header.make_immortal();
    add_attr(ty, name, cm.into_value());
}

/// The repr of a builtin function or method, or of a method-wrapper.
pub(crate) fn builtin_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let f = this
        .downcast::<PyBuiltinFunction>()
        .ok_or_else(|| type_error("bad self"))?;
    let s = if f.self_.is_null() {
        format!("<built-in function {}>", f.name)
    } else {
        let head = if this
            .class()
            .is(crate::objects::wrapper_descr::method_wrapper_type())
        {
            format!("method-wrapper '{}'", f.name)
        } else {
            format!("built-in method {}", f.name)
        };
        format!(
            "<{head} of {} object at {:#x}>",
            f.self_.class().payload.name(),
            f.self_.id()
        )
    };
    Ok(crate::objects::str::str_value(s))
}

/// The repr of a method descriptor or a slot wrapper.
pub(crate) fn descr_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &args.pos()[0];
    let d = this
        .downcast::<PyMethodDescr>()
        .ok_or_else(|| type_error("bad self"))?;
    let kind = if this
        .class()
        .is(crate::objects::wrapper_descr::wrapper_descriptor_type())
    {
        "slot wrapper"
    } else {
        "method"
    };
    Ok(crate::objects::str::str_value(format!(
        "<{kind} '{}' of '{}' objects>",
        d.name, d.owner.payload.name
    )))
}

fn bound_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = args.pos()[0]
        .downcast::<PyBoundMethod>()
        .ok_or_else(|| type_error("bad self"))?;
    let name = vm.get_attr(&m.func, &intern("__qualname__"))?;
    let name = vm.str(&name)?;
    let obj = vm.repr(&m.self_)?;
    Ok(crate::objects::str::str_value(format!(
        "<bound method {} of {}>",
        name.as_str(),
        obj.as_str()
    )))
}

pub fn init(t: &BuiltinTypes) {
    add_methods(&t.builtin_function, &[("__repr__", builtin_repr)]);
    add_methods(&t.method_descriptor, &[("__repr__", descr_repr)]);
    add_methods(&t.bound_method, &[("__repr__", bound_repr)]);
}
