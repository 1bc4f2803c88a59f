//! Raising and reporting: `raise` semantics, exception chaining
//! (`__context__`, `__cause__`), traceback entries, `except` matching, the
//! `with` protocol's entry. Printing tracebacks is `vm/traceback.rs`.

use crate::object::pyref::PyRef;
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::exception::{new_error, type_error, ExcKind, PyBaseException, PyErr, PyResult};
use crate::objects::tuple::PyTuple;
use crate::vm::state::{interp, Vm};

fn base_exception() -> &'static crate::object::Py<PyType> {
    types().exceptions.get(ExcKind::BaseException)
}

impl Vm {
    /// The exception object `v` as an error (TypeError if it is not one).
    pub fn as_exception(&mut self, v: Value) -> PyErr {
        match v {
            Value::Obj(o) => match o.into_typed::<PyBaseException>() {
                Ok(e) => e,
                Err(_) => type_error("exceptions must derive from BaseException"),
            },
            _ => type_error("exceptions must derive from BaseException"),
        }
    }

    /// An exception instance from `raise X` (a class is instantiated).
    fn instantiate(&mut self, v: Value) -> PyResult<PyErr> {
        if let Some(t) = v.downcast::<PyType>() {
            if t.is_subtype(base_exception()) {
                let inst = self.call(&v, &[])?;
                return match inst
                    .as_obj()
                    .and_then(|o| o.clone().into_typed::<PyBaseException>().ok())
                {
                    Some(e) => Ok(e),
                    None => Err(type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(&v)?.as_str(),
                        inst.class().payload.name()
                    ))),
                };
            }
        }
        match v
            .as_obj()
            .and_then(|o| o.clone().into_typed::<PyBaseException>().ok())
        {
            Some(e) => Ok(e),
            None => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub fn make_raise(&mut self, exc: Option<Value>, cause: Option<Value>) -> PyErr {
        let Some(exc) = exc else {
            return match self.handled_exception() {
                Value::Obj(o) if o.payload_is::<PyBaseException>() => {
                    self.reraising = true;
                    self.as_exception(Value::Obj(o))
                }
                _ => new_error(ExcKind::RuntimeError, "No active exception to reraise"),
            };
        };
        let err = match self.instantiate(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                match self.instantiate(cause) {
                    Ok(c) => c.into_value(),
                    Err(_) => return type_error("exception causes must derive from BaseException"),
                }
            };
            let old = err.with_state(|s| {
                s.suppress_context = true;
                std::mem::replace(&mut s.cause, cause)
            });
            drop(old);
        }
        err
    }

    /// The exception being handled (`sys.exc_info()[1]`), or None: the
    /// innermost handler's, looking through generators that handle none
    /// into the frames that resumed them (CPython's
    /// `_PyErr_GetTopmostException`).
    pub fn handled_exception(&self) -> Value {
        if let v @ Value::Obj(_) = &self.exc_info {
            return v.clone();
        }
        for v in self.exc_info_stack.iter().rev() {
            if let Value::Obj(_) = v {
                return v.clone();
            }
        }
        Value::None
    }

    /// Chain the exception being handled as `err.__context__`.
    pub fn set_context(&mut self, err: &PyErr) {
        let handled_v = self.handled_exception();
        let Value::Obj(handled) = &handled_v else {
            return;
        };
        if handled.as_ptr() == err.as_ptr() || !handled.payload_is::<PyBaseException>() {
            return;
        }
        // Break a cycle err -> ... -> handled -> ... -> err (CPython does the same).
        let mut o = handled.clone();
        loop {
            let Some(e) = o.downcast::<PyBaseException>() else {
                break;
            };
            let ctx = e.with_state(|s| s.context.clone());
            match ctx {
                Value::Obj(c) if c.as_ptr() == err.as_ptr() => {
                    e.with_state(|s| s.context = Value::Null);
                    break;
                }
                Value::Obj(c) => o = c,
                _ => break,
            }
        }
        let handled = handled_v.clone();
        let old = err.with_state(|s| {
            if s.context.is_null() {
                Some(std::mem::replace(&mut s.context, handled))
            } else {
                None
            }
        });
        drop(old);
    }

    /// Record that `err` passed through frame `fi`.
    pub fn add_traceback(&mut self, err: &PyErr, fi: usize) {
        let f = &self.frames[fi];
        err.push_traceback(
            f.code.clone(),
            f.globals.to_ref(),
            f.code.line_at(f.last_ip),
            f.last_ip as u32,
        );
    }

    /// `except ty:` — does `exc` match the class or tuple of classes `ty`?
    /// Every class of a tuple is checked first (CPython's
    /// `check_except_type_valid`), even when an earlier one would match.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let classes = match ty.downcast::<PyTuple>() {
            Some(t) => &t.items[..],
            None => std::slice::from_ref(ty),
        };
        let mut matched = false;
        for item in classes {
            match item.downcast::<PyType>() {
                Some(t) if t.is_subtype(base_exception()) => {
                    matched = matched || exc.class().is_subtype(t);
                }
                _ => {
                    return Err(type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(matched)
    }

    /// BEFORE_WITH: (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let names = &interp().names;
        let enter = self.lookup_special(&mgr, &names.enter);
        let exit = self.lookup_special(&mgr, &names.exit);
        let Some(enter) = enter else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                mgr.class().payload.name()
            )));
        };
        let Some(exit) = exit else {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                mgr.class().payload.name()
            )));
        };
        let exit = self.bind(&exit, &mgr)?;
        let entered = self.call(&enter, &[mgr])?;
        Ok((exit, entered))
    }

    /// `__traceback__` of an exception value, for `__exit__(type, value, tb)`.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        exc.downcast::<PyBaseException>()
            .map_or(Value::None, |e| e.traceback())
    }

    /// A function or native method bound to `obj`, as attribute access would.
    pub fn bind(&mut self, f: &Value, obj: &Value) -> PyResult<Value> {
        use crate::objects::function::PyFunction;
        use crate::objects::method::{new_bound_method, PyMethodDescr};
        if f.payload_is::<PyFunction>() {
            return Ok(new_bound_method(f.clone(), obj.clone()));
        }
        if let Some(d) = f.downcast::<PyMethodDescr>() {
            return Ok(crate::objects::wrapper_descr::bind_descr(d, obj.clone()));
        }
        Ok(f.clone())
    }
}

/// For `str(exc)`: the message of an exception's args.
pub fn exception_str_parts(e: &PyRef<PyBaseException>) -> Vec<Value> {
    e.args().items.to_vec()
}
