//! `_thread.lock`: a mutual-exclusion lock that may be released by a thread
//! other than its holder (Python's semantics, unlike `std::sync::Mutex`).
//!
//! A waiter blocks with the thread detached (`Vm::allow_threads`), so in the
//! GIL build the GIL is free while it waits. The state is a parking_lot
//! mutex-protected flag plus a condvar: simple, and held only for the flag.

use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;
use crate::objects::exception::{runtime_error, value_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::vm::Vm;

pub struct PyLock {
    locked: Mutex<bool>,
    released: Condvar,
}

impl PyPayload for PyLock {}

pub fn new_lock() -> PyRef<PyLock> {
    PyRef::new_in(
        PyLock {
            locked: Mutex::new(false),
            released: Condvar::new(),
        },
        &types().lock,
    )
}

impl PyLock {
    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        !std::mem::replace(&mut *l, true)
    }

    /// Block until acquired or `timeout` passes (None: forever).
    pub fn acquire_blocking(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut l = self.locked.lock();
        while *l {
            match deadline {
                None => self.released.wait(&mut l),
                Some(d) => {
                    if self.released.wait_until(&mut l, d).timed_out() && *l {
                        return false;
                    }
                }
            }
        }
        *l = true;
        true
    }

    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.released.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyLock> {
    args.pos()[0]
        .downcast::<PyLock>()
        .expect("lock method on a lock")
}

/// `lock.acquire(blocking=True, timeout=-1)`.
pub fn lock_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("acquire", &["blocking", "timeout"])?;
    let p = args.pos();
    let blocking = match p.get(1).or_else(|| args.kwarg("blocking")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match p.get(2).or_else(|| args.kwarg("timeout")) {
        Some(v) => vm.to_f64(v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    let lock = this(args);
    if lock.try_acquire() {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let t = (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout));
    let lock = lock.to_ref();
    Ok(Value::Bool(vm.allow_threads(|| lock.acquire_blocking(t))))
}

fn lock_release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if this(args).release() {
        Ok(Value::None)
    } else {
        Err(runtime_error("release unlocked lock"))
    }
}

fn lock_locked(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(this(args).is_locked()))
}

fn lock_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    lock_release(vm, &Args::new(&args.values[..1]))
}

pub fn init(t: &BuiltinTypes) {
    add_methods(
        &t.lock,
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("locked", lock_locked),
            ("__enter__", lock_acquire),
            ("__exit__", lock_exit),
        ],
    );
}
