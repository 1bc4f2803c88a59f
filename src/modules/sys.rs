//! `sys`: argv, recursion limit, GIL state and switch interval, refcounts,
//! stdout/stderr, modules, exit.

use std::io::Write;
use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_exception, type_error, value_error, ExcKind, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::tuple_value;
use crate::objects::{int_str_limit, structseq};
use crate::runtime::gil;
use crate::runtime::sync::Ordering;
use crate::vm::{interp, Vm};

/// `sys.stdout` / `sys.stderr`: text streams writing to fd 1 / 2.
pub struct PyStream {
    pub fd: u8,
}

impl PyPayload for PyStream {}

fn stream_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = PyType::for_payload::<PyStream>("TextIOWrapper", Some(types().object.clone()), 0);
        let t = crate::objects::types::new_static_type(t);
        add_methods(&t, &[("write", stream_write), ("flush", stream_flush)]);
        t
    })
}

fn stream_write(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("write", 2, 2)?;
    let fd = p[0].downcast::<PyStream>().map_or(1, |s| s.fd);
    let s = p[1].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            p[1].class().payload.name()
        ))
    })?;
    if fd == 2 {
        super::builtins::flush_stdout();
        let _ = std::io::stderr().write_all(s.as_str().as_bytes());
    } else {
        super::builtins::write_stdout(s.as_str());
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    super::builtins::flush_stdout();
    Ok(Value::None)
}

pub fn stream(fd: u8) -> Value {
    PyRef::new_in(PyStream { fd }, stream_type()).into_value()
}

fn getrecursionlimit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(
        interp().recursion_limit.load(Ordering::Relaxed) as i64
    ))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("setrecursionlimit", 1, 1)?;
    let n = vm.to_index(&p[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    interp()
        .recursion_limit
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn is_gil_enabled(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_is_gil_enabled", 0, 0)?;
    Ok(Value::Bool(gil::enabled()))
}

fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("setswitchinterval", 1, 1)?;
    let s = vm.to_f64(&p[0])?;
    if s <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    gil::set_switch_interval(s);
    Ok(Value::None)
}

fn getswitchinterval(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getswitchinterval", 0, 0)?;
    Ok(Value::Float(gil::switch_interval()))
}

/// Live blocks in the allocator's pools (pymalloc's count; objects too big
/// for a pool come from the system allocator and are not counted).
fn getallocatedblocks(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getallocatedblocks", 0, 0)?;
    let shared = vm.thread.clone();
    let n = crate::runtime::thread::with_world_stopped(&shared, || {
        let mut n = 0i64;
        crate::runtime::alloc::for_each_object(&mut |_| n += 1);
        n
    });
    Ok(Value::Int(n))
}

fn getrefcount(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("sys.getrefcount", 1, 1)?;
    Ok(Value::Int(match &p[0] {
        Value::Obj(o) => {
            if o.header().is_immortal() {
                u32::MAX as i64
            } else {
                crate::runtime::deferred::total(o.header()) as i64
            }
        }
        _ => u32::MAX as i64,
    }))
}

pub(super) fn exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("exit", 0, 1)?;
    let a = p.iter().cloned().collect();
    Err(new_exception(
        types().exceptions.get(ExcKind::SystemExit),
        a,
    ))
}

fn sys_intern(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("intern", 1, 1)?;
    let s = p[0].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "intern() argument must be str, not {}",
            p[0].class().payload.name()
        ))
    })?;
    if p[0].class().payload.is_heap_type() {
        return Err(type_error(format!(
            "can't intern {}",
            p[0].class().payload.name()
        )));
    }
    Ok(intern(s.as_str()).into_value())
}

fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("exc_info", 0, 0)?;
    Ok(match vm.handled_exception() {
        e @ Value::Obj(_) => {
            let tb = vm.traceback_of(&e);
            tuple_value(vec![e.class().to_value(), e, tb])
        }
        _ => tuple_value(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("exception", 0, 0)?;
    Ok(match vm.handled_exception() {
        e @ Value::Obj(_) => e,
        _ => Value::None,
    })
}

/// `sys.displayhook(value)`: what `single` mode's `PRINT_EXPR` calls. Prints
/// `repr(value)` to `sys.stdout` unless it is None, and binds it to
/// `builtins._` (CPython's `sys_displayhook`).
fn displayhook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("displayhook", 1, 1)?;
    let v = &p[0];
    if v.is_none() {
        return Ok(Value::None);
    }
    let builtins = &crate::vm::interp().builtins.dict;
    let underscore = intern("_");
    builtins.set_str(&underscore, Value::None);
    let text = format!("{}\n", vm.repr(v)?.as_str());
    let out = crate::vm::interp().sys.dict.get_str(&intern("stdout"));
    match out {
        None => {
            return Err(crate::objects::exception::new_error(
                crate::objects::exception::ExcKind::RuntimeError,
                "lost sys.stdout",
            ))
        }
        Some(o) if o.downcast::<PyStream>().is_some() => super::builtins::write_stdout(&text),
        Some(o) => {
            vm.call_method(&o, "write", &[str_value(text)])?;
        }
    }
    builtins.set_str(&underscore, v.clone());
    Ok(Value::None)
}

/// `sys.get_int_max_str_digits()`.
fn get_int_max_str_digits(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(int_str_limit::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
fn set_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("set_int_max_str_digits", &["maxdigits"])?;
    let Some(v) = args.pos().first().or_else(|| args.kwarg("maxdigits")) else {
        return Err(type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    let n = crate::objects::str_methods::ssize_arg(vm, v)?;
    int_str_limit::set_max_str_digits(n).map_err(value_error)?;
    Ok(Value::None)
}

/// `sys.int_info` (the digit layout CPython reports on 64-bit builds).
fn int_info() -> Value {
    let fields = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let ty = structseq::new_type("sys", "int_info", &fields);
    let values = [
        30,
        4,
        int_str_limit::DEFAULT_MAX_STR_DIGITS,
        int_str_limit::STR_DIGITS_CHECK_THRESHOLD,
    ];
    structseq::new(&ty, values.iter().map(|&v| Value::Int(v as i64)).collect())
}

/// `sys.float_info`: the IEEE 754 binary64 parameters (C's `<float.h>`).
fn float_info() -> Value {
    let fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let ty = structseq::new_type("sys", "float_info", &fields);
    let i = |v: i32| Value::Int(v as i64);
    let values = vec![
        Value::Float(f64::MAX),
        i(f64::MAX_EXP),
        i(f64::MAX_10_EXP),
        Value::Float(f64::MIN_POSITIVE),
        i(f64::MIN_EXP),
        i(f64::MIN_10_EXP),
        i(f64::DIGITS as i32),
        i(f64::MANTISSA_DIGITS as i32),
        Value::Float(f64::EPSILON),
        i(f64::RADIX as i32),
        i(1),
    ];
    structseq::new(&ty, values)
}

/// The `sys` module (argv is filled in by the interpreter's start-up).
pub fn create(modules: &PyRef<PyDict>) -> PyRef<PyModule> {
    let m = new_module("sys");
    super::add_functions(
        &m,
        "sys",
        &[
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("_is_gil_enabled", is_gil_enabled),
            ("setswitchinterval", setswitchinterval),
            ("getswitchinterval", getswitchinterval),
            ("getrefcount", getrefcount),
            ("getallocatedblocks", getallocatedblocks),
            ("exit", exit),
            ("intern", sys_intern),
            ("exc_info", exc_info),
            ("exception", exception),
            ("displayhook", displayhook),
            ("_getframe", super::introspect::getframe),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
    super::add_functions(&m, "sys", &crate::vm::async_gen::SYS_FUNCTIONS);
    if let Some(h) = m.dict.get_str(&intern("displayhook")) {
        m.dict.set_str(&intern("__displayhook__"), h);
    }
    let set = |k: &str, v: Value| m.dict.set_str(&intern(k), v);
    set("modules", modules.to_value());
    set("stdout", stream(1));
    set("stderr", stream(2));
    set("__stdout__", stream(1));
    set("__stderr__", stream(2));
    set("maxsize", Value::Int(i64::MAX));
    set("int_info", int_info());
    set("float_info", float_info());
    set("float_repr_style", str_value("short"));
    set(
        "byteorder",
        str_value(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("platform", str_value(std::env::consts::OS));
    set(
        "version",
        str_value(format!("3.11.0 (ferropy {})", env!("CARGO_PKG_VERSION"))),
    );
    set(
        "version_info",
        tuple_value(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            str_value("final"),
            Value::Int(0),
        ]),
    );
    set(
        "executable",
        str_value(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    set("argv", crate::objects::list::list_value(Vec::new()));
    set("path", crate::objects::list::list_value(Vec::new()));
    set("flags", Value::None);
    m
}
