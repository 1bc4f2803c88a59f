//! `_thread`: OS threads running Python functions, and `allocate_lock`.
//!
//! Each new thread gets its own `Vm` (value stack, frame stack, attribute
//! cache, biased-refcount queue) on a Rust thread with a large stack; the
//! function and its arguments move to it as owned references.

use crate::object::pyref::PyRef;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, ExcKind, PyResult};
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::PyStr;
use crate::objects::tuple::PyTuple;
use crate::vm::Vm;

/// Rust stack of threads that run Python code (native recursion such as
/// repr of nested containers is bounded by `Vm::check_native_stack`).
pub const THREAD_STACK_SIZE: usize = 16 << 20;

fn start_new_thread(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("start_new_thread", 2, 3)?;
    let func = p[0].clone();
    let fargs = p[1]
        .downcast::<PyTuple>()
        .map(|t| t.items.to_vec())
        .ok_or_else(|| type_error("2nd arg must be a tuple"))?;
    let kwargs = match p.get(2) {
        Some(k) if !k.is_none() => Some(
            k.downcast::<PyDict>()
                .ok_or_else(|| type_error("optional 3rd arg must be a dictionary"))?
                .items(),
        ),
        _ => None,
    };
    crate::objects::module::defer_module_globals();
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK_SIZE)
        .spawn(move || {
            let mut vm = Vm::new_thread(THREAD_STACK_SIZE);
            let _ = tx.send(vm.thread.id);
            let mut values = fargs;
            let mut names = Vec::new();
            for (k, v) in kwargs.unwrap_or_default() {
                names.push(k);
                values.push(v);
            }
            let r = vm.call_args(
                &func,
                Args {
                    values: &values,
                    kwnames: &names,
                },
            );
            drop(values);
            drop(func);
            if let Err(e) = r {
                if !e.is_instance(types().exceptions.get(ExcKind::SystemExit)) {
                    let text = vm.format_exception(&e);
                    eprint!(
                        "Exception ignored in thread started by: {}\n{}",
                        "<function>", text
                    );
                }
            }
            vm.run_finalizers();
            vm.exit();
        });
    if let Err(e) = spawned {
        return Err(crate::objects::exception::runtime_error(format!(
            "can't start new thread: {e}"
        )));
    }
    let id = vm.allow_threads(|| rx.recv().unwrap_or(0));
    Ok(Value::Int(id as i64))
}

fn allocate_lock(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("allocate_lock", 0, 0)?;
    Ok(crate::objects::thread_lock::new_lock().into_value())
}

fn get_ident(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_ident", 0, 0)?;
    Ok(Value::Int(vm.thread.id as i64))
}

fn count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_count", 0, 0)?;
    Ok(Value::Int(
        crate::runtime::thread::count().saturating_sub(1) as i64,
    ))
}

/// `_thread._format_exception(exc)`: the traceback text CPython prints.
fn format_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_format_exception", 1, 1)?;
    let e = vm.as_exception(p[0].clone());
    let text = vm.format_exception(&e);
    Ok(crate::objects::str::str_value(text))
}

/// `_thread._stderr_write(text)`: unbuffered write to stderr.
fn stderr_write(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_stderr_write", 1, 1)?;
    if let Some(s) = p[0].downcast::<PyStr>() {
        use std::io::Write;
        crate::modules::builtins::flush_stdout();
        let _ = std::io::stderr().write_all(s.as_str().as_bytes());
    }
    Ok(Value::None)
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("_thread");
    super::add_functions(
        &m,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("_count", count),
            ("_format_exception", format_exception),
            ("_stderr_write", stderr_write),
        ],
    );
    m.dict.set_str(
        &crate::objects::str::intern("LockType"),
        types().lock.to_value(),
    );
    m.dict.set_str(
        &crate::objects::str::intern("error"),
        types().exceptions.get(ExcKind::RuntimeError).to_value(),
    );
    m
}
