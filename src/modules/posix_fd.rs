//! File descriptors of the native `posix` module: `open`, `read`, `write`,
//! `lseek`, `ftruncate`, `fstat`, `isatty`, `close` on integer fds, the
//! layer CPython's `FileIO` sits on (`Modules/posixmodule.c`, `_io/fileio.c`).
//!
//! Safe Rust has no raw `read(2)` on an integer, so every fd this module
//! opens is a `std::fs::File` kept in one table keyed by its real
//! descriptor number (`fileno()` shows the kernel's number). An operation
//! clones the table's `Arc<File>` and releases the table lock before the
//! system call, which runs detached (`Vm::allow_threads`): a blocking read
//! never holds the table or stops other threads (or the GIL hand-off).
//! `close` removes the entry; the descriptor closes when the last `Arc`
//! (an operation still running on another thread) drops. Descriptors 0-2,
//! unless this module opened them, are the process's standard streams,
//! reached through a duplicate per operation; closing them is a no-op, so
//! the runtime's own stdin/stdout/stderr stay usable.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::sync::Arc;

use parking_lot::Mutex;

use super::posix::{os_error, os_error_at, path_arg, stat_tuple};
use crate::object::value::Value;
use crate::objects::bytes::{bytes_value, expect_bytes_like};
use crate::objects::exception::PyResult;
use crate::objects::method::Args;
use crate::vm::Vm;

/// Linux `open(2)` flags, exported as `os.O_*`.
pub const O_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_CLOEXEC", 0o2000000),
];
const EBADF: i32 = 9;
/// The largest single read: a bigger request is a short read (allowed by
/// `read(2)`'s contract) instead of a huge up-front allocation.
const MAX_READ: usize = 1 << 24;

static TABLE: Mutex<BTreeMap<i32, Arc<File>>> = Mutex::new(BTreeMap::new());

/// The open file behind `fd`, or `OSError: [Errno 9] Bad file descriptor`.
/// Descriptors 0-2 that this module did not open are the standard
/// streams: a duplicate made for this one operation (closed when it is
/// dropped, so descriptor numbers stay as in CPython).
fn file_of(vm: &mut Vm, fd: &Value) -> PyResult<Arc<File>> {
    let n = vm.to_index(fd)?;
    let n = i32::try_from(n).unwrap_or(-1);
    if let Some(f) = TABLE.lock().get(&n) {
        return Ok(f.clone());
    }
    let dup = match n {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => Err(std::io::Error::from_raw_os_error(EBADF)),
    };
    Ok(Arc::new(File::from(dup.map_err(|e| os_error(vm, e))?)))
}

/// Options for `open(2)`: the access mode through `read`/`write`, every
/// other flag (O_CREAT, O_EXCL, O_TRUNC, O_APPEND...) passed as is, so
/// combinations std refuses (O_RDONLY|O_CREAT) reach the kernel as in C.
fn open_options(flags: i64, mode: u32) -> OpenOptions {
    let mut o = OpenOptions::new();
    let access = flags & 3;
    o.read(access != 1)
        .write(access != 0)
        .mode(mode)
        .custom_flags((flags & !3) as i32);
    o
}

/// `open(path, flags, mode=0o777)` -> fd.
pub fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("open", 2, 3)?;
    let path = path_arg(vm, "open", &p[0])?;
    let flags = vm.to_index(&p[1])?;
    let mode = match p.get(2) {
        Some(m) => vm.to_index(m)?,
        None => 0o777,
    };
    let opts = open_options(flags, mode as u32);
    let f = vm
        .allow_threads(|| opts.open(&path))
        .map_err(|e| os_error_at(vm, e, &p[0]))?;
    let fd = f.as_raw_fd();
    TABLE.lock().insert(fd, Arc::new(f));
    Ok(Value::Int(fd as i64))
}

/// `close(fd)`.
pub fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("close", 1, 1)?;
    let n = vm.to_index(&p[0])?;
    let n = i32::try_from(n).unwrap_or(-1);
    let gone = TABLE.lock().remove(&n);
    match gone {
        Some(f) => {
            // Closing may flush to a slow device: detached, like the reads.
            vm.allow_threads(|| drop(f));
            Ok(Value::None)
        }
        // The standard streams stay open for print() and the runtime.
        None if (0..=2).contains(&n) => Ok(Value::None),
        None => Err(os_error(vm, std::io::Error::from_raw_os_error(EBADF))),
    }
}

/// `read(fd, n)` -> bytes (one system call, at most `n` bytes).
pub fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("read", 2, 2)?;
    let f = file_of(vm, &p[0])?;
    let n = vm.to_index(&p[1])?;
    if n < 0 {
        return Err(os_error(vm, std::io::Error::from_raw_os_error(22)));
    }
    let mut buf = vec![0u8; (n as usize).min(MAX_READ)];
    let got = vm
        .allow_threads(|| (&*f).read(&mut buf))
        .map_err(|e| os_error(vm, e))?;
    buf.truncate(got);
    Ok(bytes_value(buf))
}

/// `_readall(fd)` -> bytes: everything up to end of file (FileIO.readall).
pub fn readall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_readall", 1, 1)?;
    let f = file_of(vm, &p[0])?;
    let mut buf = Vec::new();
    vm.allow_threads(|| (&*f).read_to_end(&mut buf))
        .map_err(|e| os_error(vm, e))?;
    Ok(bytes_value(buf))
}

/// `write(fd, data)` -> number of bytes written (one system call).
pub fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("write", 2, 2)?;
    let f = file_of(vm, &p[0])?;
    let data = expect_bytes_like(&p[1])?;
    if matches!(vm.to_index(&p[0])?, 1 | 2) {
        // print() buffers stdout: keep the two streams in program order.
        super::builtins::flush_stdout();
    }
    let n = vm
        .allow_threads(|| (&*f).write(&data))
        .map_err(|e| os_error(vm, e))?;
    Ok(Value::Int(n as i64))
}

/// `lseek(fd, pos, how)` -> the new position.
pub fn lseek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("lseek", 3, 3)?;
    let f = file_of(vm, &p[0])?;
    let pos = vm.to_index(&p[1])?;
    let to = match vm.to_index(&p[2])? {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_error(vm, std::io::Error::from_raw_os_error(22))),
    };
    let at = (&*f).seek(to).map_err(|e| os_error(vm, e))?;
    Ok(Value::Int(at as i64))
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("ftruncate", 2, 2)?;
    let f = file_of(vm, &p[0])?;
    let len = vm.to_index(&p[1])?;
    let len =
        u64::try_from(len).map_err(|_| os_error(vm, std::io::Error::from_raw_os_error(22)))?;
    vm.allow_threads(|| f.set_len(len))
        .map_err(|e| os_error(vm, e))?;
    Ok(Value::None)
}

/// `fstat(fd)` -> the raw stat tuple `os.stat_result` wraps.
pub fn fstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("fstat", 1, 1)?;
    let f = file_of(vm, &p[0])?;
    let m = f.metadata().map_err(|e| os_error(vm, e))?;
    Ok(stat_tuple(&m))
}

/// `isatty(fd)` -> bool (False for a descriptor that is not open).
pub fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("isatty", 1, 1)?;
    Ok(Value::Bool(
        file_of(vm, &p[0]).is_ok_and(|f| f.is_terminal()),
    ))
}
