//! The native `posix` module: the operating-system calls that the bundled
//! `os`, `posixpath` and `_io` modules are written on, as CPython's
//! `Lib/os.py` sits on `Modules/posixmodule.c`. Paths, directories, the
//! environment and process facts are here; file descriptors are in
//! `posix_fd.rs`.
//!
//! Every failure is CPython's `OSError` built from the system's errno and
//! message (`OSError(errno, strerror, filename[, None, filename2])`, whose
//! constructor picks the subclass: FileNotFoundError, IsADirectoryError...).
//! Calls that can block on a slow device run detached (`Vm::allow_threads`).

use std::fs::Metadata;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::PathBuf;

use super::posix_fd;
use crate::object::pyref::PyRef;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::bytes::{bytes_value, PyBytes};
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

// ===== Errors =====

/// The errno and C library message of an I/O error (errors that are not
/// the system's, such as Rust's own argument checks, read as EINVAL).
fn errno_and_message(e: &std::io::Error) -> (i32, String) {
    let code = e.raw_os_error().unwrap_or(22);
    let text = std::io::Error::from_raw_os_error(code).to_string();
    let suffix = format!(" (os error {code})");
    let text = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
    (code, text)
}

/// `OSError(errno, strerror, *names)` through the class's constructor, so the
/// errno picks the subclass exactly as in CPython.
fn build_os_error(vm: &mut Vm, e: std::io::Error, names: &[Value]) -> PyErr {
    let (code, text) = errno_and_message(&e);
    let mut args = vec![Value::Int(code as i64), str_value(text)];
    args.extend_from_slice(names);
    let cls = types().exceptions.get(ExcKind::OSError).to_value();
    match vm.call(&cls, &args) {
        Ok(v) => vm.as_exception(v),
        Err(err) => err,
    }
}

/// An OSError without a file name (`[Errno 9] Bad file descriptor`).
pub fn os_error(vm: &mut Vm, e: std::io::Error) -> PyErr {
    build_os_error(vm, e, &[])
}

/// An OSError about the file `name` (the argument as the caller gave it).
pub fn os_error_at(vm: &mut Vm, e: std::io::Error, name: &Value) -> PyErr {
    build_os_error(vm, e, std::slice::from_ref(name))
}

// ===== Arguments and results =====

/// A path argument of function `fname`: str, bytes or an `os.PathLike`
/// (its `__fspath__`).
pub fn path_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<PathBuf> {
    let v = if v.payload_is::<PyStr>() || v.payload_is::<PyBytes>() {
        v.clone()
    } else if let Some(f) = vm.lookup_special(v, &intern("__fspath__")) {
        vm.call(&f, std::slice::from_ref(v))?
    } else {
        let fd = if fname == "stat" {
            ", os.PathLike or integer"
        } else {
            " or os.PathLike"
        };
        return Err(type_error(format!(
            "{fname}: path should be string, bytes{fd}, not {}",
            v.class().payload.name()
        )));
    };
    let raw: &[u8] = if let Some(s) = v.downcast::<PyStr>() {
        s.as_str().as_bytes()
    } else if let Some(b) = v.downcast::<PyBytes>() {
        &b.data
    } else {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.class().payload.name(),
            v.class().payload.name()
        )));
    };
    if raw.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(PathBuf::from(std::ffi::OsStr::from_bytes(raw)))
}

/// The raw `stat` tuple `os.stat_result` wraps: mode, ino, dev, nlink,
/// uid, gid, size, the three times as ints, as floats, as nanoseconds.
pub fn stat_tuple(m: &Metadata) -> Value {
    let int = |n: i64| Value::Int(n);
    let secs = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| Value::Int(s.saturating_mul(1_000_000_000).saturating_add(ns));
    tuple_value(vec![
        int(m.mode() as i64),
        int(m.ino() as i64),
        int(m.dev() as i64),
        int(m.nlink() as i64),
        int(m.uid() as i64),
        int(m.gid() as i64),
        int(m.size() as i64),
        int(m.atime()),
        int(m.mtime()),
        int(m.ctime()),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
    ])
}

/// A name from the file system as the caller's kind: bytes for a bytes
/// path, else str (undecodable bytes replaced; there is no surrogateescape).
fn name_value(name: std::ffi::OsString, as_bytes: bool) -> Value {
    if as_bytes {
        bytes_value(name.into_vec())
    } else {
        str_value(name.to_string_lossy().into_owned())
    }
}

// ===== Paths and directories =====

/// Run `op` on the path argument `p[0]` detached; errors name that path.
fn on_path<T>(
    vm: &mut Vm,
    fname: &str,
    arg: &Value,
    op: impl FnOnce(PathBuf) -> std::io::Result<T>,
) -> PyResult<T> {
    let path = path_arg(vm, fname, arg)?;
    vm.allow_threads(|| op(path))
        .map_err(|e| os_error_at(vm, e, arg))
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("stat", 1, 1)?;
    if let Value::Int(_) = p[0] {
        return posix_fd::fstat(vm, args);
    }
    let m = on_path(vm, "stat", &p[0], std::fs::metadata)?;
    Ok(stat_tuple(&m))
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("lstat", 1, 1)?;
    let m = on_path(vm, "lstat", &p[0], std::fs::symlink_metadata)?;
    Ok(stat_tuple(&m))
}

fn listdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("listdir", 0, 1)?;
    let dot = str_value(".");
    let arg = p.first().filter(|v| !v.is_none()).unwrap_or(&dot);
    let as_bytes = arg.payload_is::<PyBytes>();
    let names = on_path(vm, "listdir", arg, |path| {
        std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::io::Result<Vec<_>>>()
    })?;
    Ok(list_value(
        names.into_iter().map(|n| name_value(n, as_bytes)).collect(),
    ))
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("mkdir", 1, 2)?;
    let mode = match p.get(1) {
        Some(m) => vm.to_index(m)? as u32,
        None => 0o777,
    };
    on_path(vm, "mkdir", &p[0], |path| {
        std::fs::DirBuilder::new().mode(mode).create(path)
    })?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("rmdir", 1, 1)?;
    on_path(vm, "rmdir", &p[0], std::fs::remove_dir)?;
    Ok(Value::None)
}

/// `unlink(path)` and its alias `remove(path)` (errors name the one called).
fn remove_file(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let p = args.exact(fname, 1, 1)?;
    on_path(vm, fname, &p[0], std::fs::remove_file)?;
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_file(vm, args, "unlink")
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_file(vm, args, "remove")
}

/// `rename(src, dst)` (also `replace`: both are rename(2) on POSIX).
fn rename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("rename", 2, 2)?;
    let (from, to) = (
        path_arg(vm, "rename", &p[0])?,
        path_arg(vm, "rename", &p[1])?,
    );
    vm.allow_threads(|| std::fs::rename(from, to))
        .map_err(|e| build_os_error(vm, e, &[p[0].clone(), Value::None, p[1].clone()]))?;
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, e))?;
    Ok(name_value(d.into_os_string(), false))
}

fn chdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("chdir", 1, 1)?;
    on_path(vm, "chdir", &p[0], std::env::set_current_dir)?;
    Ok(Value::None)
}

// ===== Process and environment =====

fn getpid(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getpid", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn strerror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("strerror", 1, 1)?;
    let code = vm.to_index(&p[0])?;
    let code = i32::try_from(code).unwrap_or(i32::MAX);
    let (_, text) = errno_and_message(&std::io::Error::from_raw_os_error(code));
    Ok(str_value(text))
}

fn urandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Read;
    let p = args.exact("urandom", 1, 1)?;
    let n = vm.to_index(&p[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    if n > 1 << 32 {
        return Err(crate::objects::exception::memory_error());
    }
    let mut buf = Vec::new();
    vm.allow_threads(|| {
        std::fs::File::open("/dev/urandom")?
            .take(n as u64)
            .read_to_end(&mut buf)
    })
    .map_err(|e| os_error(vm, e))?;
    Ok(bytes_value(buf))
}

/// `_environ()` -> a new dict of the environment (str keys and values).
fn environ(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_environ", 0, 0)?;
    let d = PyDict::new_ref();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (name_value(k, false), name_value(v, false));
        vm.dict_set(&d, k, v)?;
    }
    Ok(d.into_value())
}

/// A `str` argument without NUL or (for names) `=`.
fn env_text<'a>(v: &'a Value, what: &str, is_name: bool) -> PyResult<&'a str> {
    let s = v
        .downcast::<PyStr>()
        .ok_or_else(|| type_error(format!("str expected, not {}", v.class().payload.name())))?
        .as_str();
    if s.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    if is_name && s.contains('=') {
        return Err(value_error(format!("illegal environment variable {what}")));
    }
    Ok(s)
}

/// `putenv(name, value)`. The C environment is process-global: a native
/// library reading it on another thread at the same moment could race,
/// as with CPython's `os.putenv`.
fn putenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("putenv", 2, 2)?;
    let k = env_text(&p[0], "name", true)?;
    let v = env_text(&p[1], "value", false)?;
    if k.is_empty() {
        // setenv(3) refuses it; std would panic.
        return Err(os_error(vm, std::io::Error::from_raw_os_error(22)));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("unsetenv", 1, 1)?;
    let k = env_text(&p[0], "name", true)?;
    if k.is_empty() {
        return Err(os_error(vm, std::io::Error::from_raw_os_error(22)));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("posix");
    super::add_functions(
        &m,
        "posix",
        &[
            ("stat", stat),
            ("lstat", lstat),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("unlink", unlink),
            ("remove", remove),
            ("rename", rename),
            ("replace", rename),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("getpid", getpid),
            ("cpu_count", cpu_count),
            ("strerror", strerror),
            ("urandom", urandom),
            ("_environ", environ),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("open", posix_fd::open),
            ("close", posix_fd::close),
            ("read", posix_fd::read),
            ("_readall", posix_fd::readall),
            ("write", posix_fd::write),
            ("lseek", posix_fd::lseek),
            ("ftruncate", posix_fd::ftruncate),
            ("fstat", posix_fd::fstat),
            ("isatty", posix_fd::isatty),
        ],
    );
    for &(name, value) in posix_fd::O_FLAGS {
        m.dict.set_str(&intern(name), Value::Int(value));
    }
    m
}
