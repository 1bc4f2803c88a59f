//! Calling: the CALL opcodes, calls from Rust, argument binding, function
//! creation and class instantiation.
//!
//! A call from bytecode finds `callable, self_or_null, args...` on the value
//! stack. A bound method is unpacked into the two slots; a Python function
//! then gets a new frame whose locals start at its first argument, in place,
//! and the eval loop switches to it (no Rust recursion). Everything else is
//! called natively with the arguments moved off the stack.

use smallvec::SmallVec;

use crate::bytecode::code::{PyCode, CO_VARARGS, CO_VARKEYWORDS};
use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::cell::{new_cell, PyCell};
use crate::objects::dict::PyDict;
use crate::objects::exception::{recursion_error, type_error, PyResult};
use crate::objects::function::{FuncParts, PyFunction};
use crate::objects::method::{Args, PyBoundMethod, PyBuiltinFunction, PyMethodDescr};
use crate::objects::method_arity;
use crate::objects::str::PyStr;
use crate::objects::tuple::{new_tuple, PyTuple};
use crate::vm::eval::FrameExit;
use crate::vm::frame::Frame;
use crate::vm::frame::FrameDict;
use crate::vm::state::{interp, Vm};

type ArgVec = SmallVec<[Value; 8]>;

impl Vm {
    /// CALL / CALL_KW. Returns true when a Python frame was pushed.
    pub(crate) fn call_from_stack(
        &mut self,
        argc: usize,
        kwnames: Option<Value>,
    ) -> PyResult<bool> {
        let c = self.stack.len() - argc - 2;
        if self.stack[c + 1].is_null() && !self.stack[c].payload_is::<PyFunction>() {
            if let Some(m) = self.stack[c].downcast::<PyBoundMethod>() {
                let (f, s) = (m.func.clone(), m.self_.clone());
                self.stack[c] = f;
                self.stack[c + 1] = s;
            }
        }
        let args_start = if self.stack[c + 1].is_null() {
            c + 2
        } else {
            c + 1
        };
        let kwnames_items = kwnames
            .as_ref()
            .and_then(|k| k.downcast::<PyTuple>())
            .map(|t| &t.items[..])
            .unwrap_or(&[]);
        if let Some(f) = self.stack[c].downcast::<PyFunction>() {
            let f: *const Py<PyFunction> = f;
            // SAFETY: the function stays in its stack slot `c` while the
            // frame is pushed (the slot is cut only on an error, after
            // which `f` is not used) and for the frame's whole life.
            let f = unsafe { &*f };
            self.push_function_frame(f, args_start, kwnames_items, c, None, false)?;
            return Ok(true);
        }
        let args: ArgVec = self.stack.drain(args_start..).collect();
        let callable = std::mem::take(&mut self.stack[c]);
        self.stack.truncate(c);
        let r = self.call_args(
            &callable,
            Args {
                values: &args,
                kwnames: kwnames_items,
            },
        )?;
        self.push(r);
        Ok(false)
    }

    /// CALL_FUNCTION_EX: callable, NULL, args tuple[, kwargs dict].
    pub(crate) fn call_function_ex(&mut self, has_kw: bool) -> PyResult<bool> {
        let kwargs = if has_kw { Some(self.pop()) } else { None };
        let args = self.pop();
        let _null = self.pop();
        let callable = self.pop();
        let mut values: Vec<Value> = match args.downcast::<PyTuple>() {
            Some(t) => t.items.to_vec(),
            None => {
                let fname = self.func_display_name(&callable);
                self.to_vec_or(&args, |t| {
                    format!("{fname} argument after * must be an iterable, not {t}")
                })?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            if let Some(d) = kw.downcast::<PyDict>() {
                for (k, v) in d.items() {
                    if k.downcast::<PyStr>().is_none() {
                        return Err(type_error("keywords must be strings"));
                    }
                    names.push(k);
                    values.push(v);
                }
            }
        }
        let r = self.call_args(
            &callable,
            Args {
                values: &values,
                kwnames: &names,
            },
        )?;
        self.push(r);
        Ok(false)
    }

    /// Call `callable(*args)` from Rust.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callable, Args::new(args))
    }

    /// Call with positional and keyword arguments (vectorcall layout).
    pub fn call_args(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(obj) = callable else {
            return Err(not_callable(callable));
        };
        if let Some(f) = obj.downcast::<PyFunction>() {
            let f = f.to_ref();
            return self.call_function(&f, args, None);
        }
        if let Some(b) = obj.downcast::<PyBuiltinFunction>() {
            self.check_native_stack()?;
            if b.self_.is_null() {
                return (b.func)(self, &args);
            }
            let mut v: ArgVec = SmallVec::with_capacity(args.values.len() + 1);
            v.push(b.self_.clone());
            v.extend(args.values.iter().cloned());
            let args = Args {
                values: &v,
                kwnames: args.kwnames,
            };
            // Only calls with arguments pay for the name test.
            if v.len() > 1 && method_arity::takes_no_args(b.name) {
                let owner = b.self_.class();
                return Err(method_arity::no_args_error(
                    owner.payload.name(),
                    b.name,
                    &args,
                ));
            }
            return (b.func)(self, &args).map_err(|e| {
                let npos = args.pos().len();
                method_arity::rebase_bound(e, &b.self_, b.name, b.func as usize, npos)
            });
        }
        if let Some(d) = obj.downcast::<PyMethodDescr>() {
            self.check_native_stack()?;
            check_descr_self(d, obj, args.pos().first())?;
            if d.noargs && args.values.len() != 1 {
                return Err(method_arity::no_args_error(
                    &d.owner.payload.name,
                    d.name,
                    &args,
                ));
            }
            return (d.func)(self, &args)
                .map_err(|e| method_arity::rebase(e, d.owner, d.name, args.pos().len()));
        }
        if let Some(m) = obj.downcast::<PyBoundMethod>() {
            let mut v: ArgVec = SmallVec::with_capacity(args.values.len() + 1);
            v.push(m.self_.clone());
            v.extend(args.values.iter().cloned());
            let func = m.func.clone();
            return self.call_args(
                &func,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            );
        }
        if let Some(t) = obj.downcast::<PyType>() {
            let t = t.to_ref();
            return self.call_type(&t, args);
        }
        let call = self.lookup_special(callable, &interp().names.call);
        match call {
            Some(f) if f.payload_is::<crate::objects::descriptor::PyStaticMethod>() => {
                let f = crate::objects::descriptor::unwrap_staticmethod(&f);
                self.call_args(&f, args)
            }
            Some(f) => {
                let mut v: ArgVec = SmallVec::with_capacity(args.values.len() + 1);
                v.push(callable.clone());
                v.extend(args.values.iter().cloned());
                self.call_args(
                    &f,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
            None => Err(not_callable(callable)),
        }
    }

    /// Run a Python function to completion from Rust (`locals`: a class body's namespace).
    pub fn call_function(
        &mut self,
        f: &Py<PyFunction>,
        args: Args,
        locals: Option<PyRef<PyDict>>,
    ) -> PyResult<Value> {
        let start = self.stack.len();
        self.stack.extend(args.values.iter().cloned());
        self.push_function_frame(f, start, args.kwnames, start, locals, true)?;
        match self.run_frame()? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Push a frame for `f` whose arguments are `stack[args_start..]`.
    pub(crate) fn push_function_frame(
        &mut self,
        f: &Py<PyFunction>,
        args_start: usize,
        kwnames: &[Value],
        ret_to: usize,
        locals: Option<PyRef<PyDict>>,
        entry: bool,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit() {
            self.stack.truncate(ret_to);
            return Err(recursion_error());
        }
        #[cfg(feature = "fuzzing")]
        if let Err(e) = crate::vm::budget::spend() {
            self.stack.truncate(ret_to);
            return Err(e);
        }
        let code = f.code();
        let nargs = self.stack.len() - args_start;
        let simple = kwnames.is_empty()
            && nargs == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0;
        if simple {
            if code.nlocals() > nargs {
                self.stack.resize(args_start + code.nlocals(), Value::Null);
            }
        } else {
            let mut args: ArgVec = self.stack.drain(args_start..).collect();
            self.stack.resize(args_start + code.nlocals(), Value::Null);
            if let Err(e) =
                bind_arguments(f, code, &mut args, kwnames, &mut self.stack[args_start..])
            {
                self.stack.truncate(ret_to);
                return Err(e);
            }
        }
        for arg in code.cell2arg.iter() {
            let v = match arg {
                Some(a) => std::mem::take(&mut self.stack[args_start + *a as usize]),
                None => Value::Null,
            };
            self.stack.push(new_cell(v).into_value());
        }
        if let Some(cl) = &f.closure {
            self.stack.extend(cl.items.iter().cloned());
        }
        let block_base = self.blocks.len();
        self.push_frame(|| Frame {
            code: code.to_ref(),
            globals: FrameDict::new(&f.globals),
            builtins: FrameDict::new(&f.builtins),
            locals,
            base: args_start,
            ret_to,
            ip: 0,
            last_ip: 0,
            block_base,
            entry,
        });
        Ok(())
    }

    /// Run a module-level code object with `globals` as its namespace.
    pub fn run_code(
        &mut self,
        code: PyRef<PyCode>,
        globals: PyRef<PyDict>,
        locals: Option<PyRef<PyDict>>,
    ) -> PyResult<Value> {
        let builtins = builtins_for(&globals);
        let base = self.stack.len();
        self.stack.resize(base + code.nslots(), Value::Null);
        let block_base = self.blocks.len();
        // `globals` and `builtins` outlive the frame: it is popped before
        // `run_frame` returns.
        self.push_frame(|| Frame {
            code,
            globals: FrameDict::new(&globals),
            builtins: FrameDict::new(&builtins),
            locals: Some(locals.unwrap_or_else(|| globals.clone())),
            base,
            ret_to: base,
            ip: 0,
            last_ip: 0,
            block_base,
            entry: true,
        });
        match self.run_frame()? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// MAKE_FUNCTION.
    pub(crate) fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let code_v = self.pop();
        let closure = if flags & 8 != 0 {
            self.pop()
                .as_obj()
                .and_then(|o| o.clone().into_typed::<PyTuple>().ok())
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.pop()
                .as_obj()
                .and_then(|o| o.clone().into_typed::<PyDict>().ok())
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            self.pop()
                .as_obj()
                .and_then(|o| o.clone().into_typed::<PyTuple>().ok())
        } else {
            None
        };
        let code = code_v
            .as_obj()
            .and_then(|o| o.clone().into_typed::<PyCode>().ok())
            .ok_or_else(|| type_error("MAKE_FUNCTION expects a code object"))?;
        let names = &interp().names;
        let frame = &self.frames[fi];
        let (globals, builtins) = (frame.globals.to_ref(), frame.builtins.to_ref());
        // Cached: every thread making closures or comprehensions reads
        // the same module dict.
        let module = self
            .dict_get_str_cached(&globals, &names.name)
            .unwrap_or(Value::None);
        let doc = crate::objects::function_new::code_doc(&code);
        let func = PyFunction::new(FuncParts {
            globals,
            builtins,
            code,
            defaults,
            kwdefaults,
            closure,
            module,
            doc,
            annotations: annotations.unwrap_or(Value::Null),
        });
        let deferred = func.wants_deferred();
        let f = PyRef::new_in(func, &types().function);
        if deferred {
            crate::runtime::deferred::make_deferred(&f.header);
        }
        Ok(f.into_value())
    }

    /// `cls(*args, **kwargs)`: the metaclass's `__call__` if a Python
    /// metaclass defines one, else `type.__call__`.
    pub fn call_type(&mut self, cls: &Py<PyType>, args: Args) -> PyResult<Value> {
        let meta = cls.class();
        if meta.payload.is_heap_type() {
            if let Some(f) = self.lookup_type(meta, &interp().names.call) {
                if f.payload_is::<PyFunction>() {
                    let mut v: ArgVec = SmallVec::new();
                    v.push(cls.to_value());
                    v.extend(args.values.iter().cloned());
                    return self.call_args(
                        &f,
                        Args {
                            values: &v,
                            kwnames: args.kwnames,
                        },
                    );
                }
            }
        }
        self.call_type_default(cls, args)
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`.
    pub fn call_type_default(&mut self, cls: &Py<PyType>, args: Args) -> PyResult<Value> {
        let t = types();
        if cls.is(&t.type_) && args.values.len() == 1 && args.kwnames.is_empty() {
            return Ok(args.values[0].class().to_value());
        }
        let names = &interp().names;
        let obj = match self.lookup_type(cls, &names.new) {
            Some(new)
                if new.payload_is::<PyFunction>()
                    || new.payload_is::<crate::objects::descriptor::PyStaticMethod>() =>
            {
                let new = crate::objects::descriptor::unwrap_staticmethod(&new);
                let mut v: ArgVec = SmallVec::new();
                v.push(cls.to_value());
                v.extend(args.values.iter().cloned());
                self.call_args(
                    &new,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )?
            }
            _ => {
                let new = find_native_new(cls).ok_or_else(|| {
                    type_error(format!("cannot create '{}' instances", cls.payload.name))
                })?;
                if new as *const () == crate::objects::instance::object_new as *const ()
                    && !args.values.is_empty()
                {
                    let init = self.lookup_type(cls, &names.init);
                    let object_init = self.lookup_type(&t.object, &names.init);
                    if let (Some(i), Some(oi)) = (&init, &object_init) {
                        if i.is(oi) {
                            return Err(type_error(format!(
                                "{}() takes no arguments",
                                cls.payload.name
                            )));
                        }
                    }
                }
                new(self, cls, &args)?
            }
        };
        if !obj.class().is_subtype(cls) {
            return Ok(obj);
        }
        if let Some(init) = self.lookup_special(&obj, &names.init) {
            let is_object_init = self
                .lookup_type(&t.object, &names.init)
                .is_some_and(|oi| oi.is(&init));
            if !is_object_init {
                let mut v: ArgVec = SmallVec::new();
                v.push(obj.clone());
                v.extend(args.values.iter().cloned());
                let r = self.call_args(
                    &init,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.class().payload.name()
                    )));
                }
            }
        }
        Ok(obj)
    }
}

fn find_native_new(cls: &Py<PyType>) -> Option<crate::objects::method::NewFn> {
    if let Some(n) = cls.payload.new.get() {
        return Some(*n);
    }
    cls.payload
        .mro
        .iter()
        .find_map(|t| t.payload.new.get().copied())
}

fn not_callable(v: &Value) -> crate::objects::exception::PyErr {
    type_error(format!(
        "'{}' object is not callable",
        v.class().payload.name()
    ))
}

fn check_descr_self(
    d: &Py<PyMethodDescr>,
    obj: &crate::object::pyref::ObjRef,
    first: Option<&Value>,
) -> PyResult<()> {
    match first {
        Some(s) if s.class().is_subtype(d.owner) => Ok(()),
        // A slot wrapper (`int.__add__`) words it as CPython's `wrapperdescr_call`.
        Some(s)
            if obj
                .class()
                .is(crate::objects::wrapper_descr::wrapper_descriptor_type()) =>
        {
            Err(type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                d.name,
                d.owner.payload.name,
                s.class().payload.name()
            )))
        }
        Some(s) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.payload.name,
            s.class().payload.name()
        ))),
        None => Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner.payload.name, d.name
        ))),
    }
}

impl PyCode {
    /// Code objects of lambdas and comprehensions have no docstring slot.
    pub fn flags_has_no_doc(&self) -> bool {
        let n = self.name.as_str();
        n.starts_with('<')
    }
}

// ===== Argument binding (CPython Python/ceval.c initialize_locals) =====

fn join_names(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// The builtins namespace for code run with `globals`: from
/// `globals["__builtins__"]` (a module or a dict, as CPython's
/// `_PyEval_BuiltinsFromGlobals`), inserted if absent; anything else there
/// means the real builtins.
pub fn builtins_for(globals: &Py<PyDict>) -> PyRef<PyDict> {
    match globals.get_str(&interp().names.builtins) {
        None => {
            // The dict, as CPython's exec (`PyEval_GetBuiltins()`); only
            // `__main__` gets the module itself (`run_main`).
            globals.set_str(&interp().names.builtins, interp().builtins.dict.to_value());
            interp().builtins.dict.clone()
        }
        Some(b) => match (
            b.downcast::<crate::objects::module::PyModule>(),
            b.downcast::<PyDict>(),
        ) {
            (Some(m), _) => m.dict.clone(),
            (None, Some(d)) => d.to_ref(),
            (None, None) => interp().builtins.dict.clone(),
        },
    }
}

/// Bind a call's arguments (moved out of `args`) to the parameters in
/// `locals` (all Null on entry), CPython's rules and messages.
/// Displays a function's current `__qualname__`.
struct QualName<'a>(&'a Py<PyFunction>);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str(self.0.qualname().as_str())
    }
}

/// `code` is the `f.code()` the caller loaded (one load per call: a
/// concurrent `__code__` assignment must not mix two codes in one frame).
fn bind_arguments(
    f: &Py<PyFunction>,
    code: &PyCode,
    args: &mut [Value],
    kwnames: &[Value],
    locals: &mut [Value],
) -> PyResult<()> {
    // Read only when an error is reported: the name sits behind the lock.
    let fname = QualName(f);
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let npos = args.len() - kwnames.len();
    let (pos, kwvals) = args.split_at_mut(npos);
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + (code.flags & CO_VARARGS != 0) as usize;

    for (i, v) in pos.iter_mut().take(argcount).enumerate() {
        locals[i] = std::mem::take(v);
    }
    if code.flags & CO_VARARGS != 0 {
        let extra = if npos > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        locals[varargs_slot] = new_tuple(extra).into_value();
    } else if npos > argcount {
        return Err(too_many_positional(f, code, npos, kwnames, kwvals));
    }
    let varkw = if code.flags & CO_VARKEYWORDS != 0 {
        let d = PyDict::new_ref();
        locals[varkw_slot] = d.to_value();
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (name_v, v) in kwnames.iter().zip(kwvals.iter_mut()) {
        let name = name_v
            .downcast::<PyStr>()
            .ok_or_else(|| type_error("keywords must be strings"))?;
        let idx = code.varnames[..argcount + kwonly]
            .iter()
            .position(|n| n.eq_str(name));
        match idx {
            Some(i) if i >= posonly => {
                if !locals[i].is_null() {
                    return Err(type_error(format!(
                        "{fname}() got multiple values for argument '{}'",
                        name.as_str()
                    )));
                }
                locals[i] = std::mem::take(v);
            }
            _ => match &varkw {
                Some(d) => d.set_str(name, std::mem::take(v)),
                None if idx.is_some() => posonly_as_kw.push(name.as_str().to_string()),
                None => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{}'",
                        name.as_str()
                    )))
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    let defaults: &[Value] = f.defaults().map(|d| &d.items[..]).unwrap_or(&[]);
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if locals[i].is_null() {
            if i >= first_default {
                locals[i] = defaults[defaults.len() - (argcount - i)].clone();
            } else {
                missing.push(code.varnames[i].as_str().to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    for i in argcount..argcount + kwonly {
        if locals[i].is_null() {
            let name = &code.varnames[i];
            match f.kwdefaults().and_then(|d| d.get_str(name)) {
                Some(v) => locals[i] = v,
                None => missing.push(name.as_str().to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    Ok(())
}

fn too_many_positional(
    f: &Py<PyFunction>,
    code: &PyCode,
    given: usize,
    kwnames: &[Value],
    _kwvals: &[Value],
) -> crate::objects::exception::PyErr {
    let argcount = code.argcount as usize;
    let ndefaults = f.defaults().map_or(0, |d| d.items.len());
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount - ndefaults.min(argcount),
            argcount
        )
    } else {
        format!(
            "{} positional argument{}",
            argcount,
            if argcount == 1 { "" } else { "s" }
        )
    };
    let kwonly_given = kwnames
        .iter()
        .filter(|k| {
            k.downcast::<PyStr>().is_some_and(|k| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|n| n.eq_str(k))
            })
        })
        .count();
    let given_s = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{})",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!("{given}")
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(format!(
        "{}() takes {} but {} {} given",
        f.qualname().as_str(),
        takes,
        given_s,
        verb
    ))
}

/// The cell object in a frame slot (for `super()`'s `__class__`).
pub fn cell_contents(v: &Value) -> Option<Value> {
    v.downcast::<PyCell>().map(|c| c.get())
}
