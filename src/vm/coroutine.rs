//! Coroutines: the objects `async def` functions return, `await`, and the
//! opcodes of `async with` / `async for` (CPython's `Objects/genobject.c`
//! coroutine half and `_PyCoro_GetAwaitableIter`, `Python/ceval.c`'s
//! GET_AWAITABLE, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT).
//!
//! A coroutine is a generator frame (`vm/generator.rs`) under another
//! type: `PyCoroutine` wraps a `PyGenerator` of kind `Coroutine`, so the
//! suspend/resume machinery, `throw` delegation and finalization are the
//! generator's, while the type has no `__iter__`/`__next__` (a coroutine
//! is not iterable) and has `__await__`, which returns a
//! `coroutine_wrapper` iterator over the same frame.
//!
//! `await x` compiles to GET_AWAITABLE then the `yield from` SEND loop: a
//! coroutine (or a generator whose code has CO_ITERABLE_COROUTINE, what
//! `types.coroutine` sets) passes through, anything else must have an
//! `__await__` returning an iterator. What the innermost iterator yields
//! (an asyncio Future, or None for `sleep(0)`) passes up the chain of
//! SEND loops to whoever drives the outermost coroutine with `send()`.
//!
//! Not done: the RuntimeWarning "coroutine '...' was never awaited" when a
//! never-started coroutine is dropped, and `cr_origin` tracking (always
//! None).

use std::sync::OnceLock;

use crate::bytecode::code::{CO_COROUTINE, CO_ITERABLE_COROUTINE};
use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::exception::{new_error, type_error, ExcKind, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{intern, PyStr};
use crate::vm::generator::{
    add_frame_getsets, gen_close_m, gen_delegate, gen_iter, gen_next_m, gen_repr, gen_send_m,
    gen_throw_m, static_type, PyGenerator,
};
use crate::vm::state::Vm;

pub struct PyCoroutine {
    gen: PyGenerator,
}

impl PyPayload for PyCoroutine {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.gen.traverse(visit);
    }
}

/// `coro.__await__()`: an iterator driving the coroutine's frame.
pub struct PyCoroWrapper {
    coro: Value,
}

impl PyPayload for PyCoroWrapper {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.coro);
    }
}

pub(crate) fn coro_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyCoroutine>(&T, "coroutine")
}

fn wrapper_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    static_type::<PyCoroWrapper>(&T, "coroutine_wrapper")
}

pub(crate) fn new_coroutine(gen: PyGenerator) -> Value {
    PyRef::new_in(PyCoroutine { gen }, coro_type()).into_value()
}

/// The frame state behind a coroutine or its `__await__` wrapper.
pub fn coro_core(v: &Value) -> Option<&PyGenerator> {
    if let Some(c) = v.downcast::<PyCoroutine>() {
        return Some(&c.gen);
    }
    let w = v.downcast::<PyCoroWrapper>()?;
    w.coro.downcast::<PyCoroutine>().map(|c| &c.gen)
}

/// A coroutine object, or a generator-based one (CO_ITERABLE_COROUTINE):
/// what `await` accepts as it is.
pub fn is_coroutine_object(v: &Value) -> bool {
    v.payload_is::<PyCoroutine>()
        || v.downcast::<PyGenerator>()
            .is_some_and(|g| g.code_flags() & CO_ITERABLE_COROUTINE != 0)
}

/// Interned names of the asynchronous protocols.
struct AsyncNames {
    await_: PyRef<PyStr>,
    aiter: PyRef<PyStr>,
    anext: PyRef<PyStr>,
    aenter: PyRef<PyStr>,
    aexit: PyRef<PyStr>,
}

fn names() -> &'static AsyncNames {
    static N: OnceLock<AsyncNames> = OnceLock::new();
    N.get_or_init(|| AsyncNames {
        await_: intern("__await__"),
        aiter: intern("__aiter__"),
        anext: intern("__anext__"),
        aenter: intern("__aenter__"),
        aexit: intern("__aexit__"),
    })
}

fn tname(v: &Value) -> &str {
    v.class().payload.name()
}

impl Vm {
    /// `_PyCoro_GetAwaitableIter`: the iterator `await v` delegates to, or
    /// `None` when `v` has no `__await__`.
    pub fn awaitable_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if is_coroutine_object(v) {
            return Ok(Some(v.clone()));
        }
        let Some(getter) = self.lookup_special(v, &names().await_) else {
            return Ok(None);
        };
        let it = self.call(&getter, &[v.clone()])?;
        if is_coroutine_object(&it) {
            return Err(type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                tname(&it)
            )));
        }
        Ok(Some(it))
    }

    fn is_iterator(&mut self, v: &Value) -> bool {
        v.payload_is::<PyGenerator>()
            || self
                .lookup_special(v, &crate::vm::interp().names.next)
                .is_some()
    }

    /// GET_YIELD_FROM_ITER on a non-generator: a coroutine passes in a
    /// coroutine-flagged code, anything else is iterated.
    pub fn yield_from_iter(&mut self, v: Value, code_flags: u32) -> PyResult<Value> {
        if v.payload_is::<PyCoroutine>() {
            if code_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE) == 0 {
                return Err(type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            return Ok(v);
        }
        self.iter(&v)
    }

    /// GET_AWAITABLE `arg`: 0 for `await`, 1 after `__aenter__`, 2 after
    /// `__aexit__` (they only change the message).
    pub fn get_awaitable(&mut self, v: Value, arg: u32) -> PyResult<Value> {
        let Some(it) = self.awaitable_iter(&v)? else {
            return Err(type_error(match arg {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    tname(&v)
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    tname(&v)
                ),
                _ => format!("object {} can't be used in 'await' expression", tname(&v)),
            }));
        };
        if let Some(c) = it.downcast::<PyCoroutine>() {
            if gen_delegate(&c.gen).is_some() {
                return Err(new_error(
                    ExcKind::RuntimeError,
                    "coroutine is being awaited already",
                ));
            }
        }
        Ok(it)
    }

    /// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`).
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let n = names();
        let Some(enter) = self.lookup_special(&mgr, &n.aenter) else {
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                tname(&mgr)
            )));
        };
        let Some(exit) = self.lookup_special(&mgr, &n.aexit) else {
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                tname(&mgr)
            )));
        };
        let exit = self.bind(&exit, &mgr)?;
        let entered = self.call(&enter, &[mgr])?;
        Ok((exit, entered))
    }

    /// GET_AITER: `obj.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        let n = names();
        let Some(f) = self.lookup_special(obj, &n.aiter) else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                tname(obj)
            )));
        };
        let it = self.call(&f, &[obj.clone()])?;
        if self.lookup_special(&it, &n.anext).is_none() {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                tname(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(f) = self.lookup_special(aiter, &names().anext) else {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                tname(aiter)
            )));
        };
        let next = self.call(&f, &[aiter.clone()])?;
        match self.awaitable_iter(&next)? {
            Some(it) => Ok(it),
            None => Err(type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                tname(&next)
            ))),
        }
    }
}

fn coro_await(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__await__", 1, 1)?;
    if !p[0].payload_is::<PyCoroutine>() {
        return Err(type_error(
            "descriptor '__await__' requires a 'coroutine' object",
        ));
    }
    let w = PyCoroWrapper { coro: p[0].clone() };
    Ok(PyRef::new_in(w, wrapper_type()).into_value())
}

fn cr_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = coro_core(v).ok_or_else(|| type_error("descriptor requires a 'coroutine' object"))?;
    Ok(Value::Bool(g.is_running()))
}

fn cr_origin(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

pub(crate) fn init() {
    add_methods(
        coro_type(),
        &[
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
            ("__await__", coro_await),
            ("__repr__", gen_repr),
        ],
    );
    add_frame_getsets(
        coro_type(),
        "coroutine",
        [
            "cr_running",
            "cr_suspended",
            "cr_code",
            "cr_frame",
            "cr_await",
        ],
        cr_running,
    );
    crate::objects::getset::add_getsets(
        coro_type(),
        "coroutine",
        &[("cr_origin", cr_origin, None)],
    );
    add_methods(
        wrapper_type(),
        &[
            ("__iter__", gen_iter),
            ("__next__", gen_next_m),
            ("send", gen_send_m),
            ("throw", gen_throw_m),
            ("close", gen_close_m),
        ],
    );
}
