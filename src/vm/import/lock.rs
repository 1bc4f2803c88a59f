//! Per-module import locks (CPython `importlib._bootstrap._ModuleLock`).
//!
//! Protocol: a thread that loads module `name` holds `name`'s lock from
//! the moment it decides to load until the body has run, so a second
//! thread importing the same module waits and then finds it complete in
//! `sys.modules`. A thread importing a *partially initialised* module
//! (present in `sys.modules`, body still running) takes and drops the lock,
//! which also waits for completion. The locks are reentrant, so a circular
//! import on one thread passes through (and sees the partial module, as in
//! CPython).
//!
//! Deadlock detection as CPython's: before waiting, follow "owner of the
//! lock I want -> lock that owner waits for -> its owner ..." and if the
//! chain reaches this thread, fail instead of waiting.
//!
//! All lock states live in one registry behind one mutex (imports are rare,
//! so contention does not matter) with one condvar; an entry exists only
//! while held. Waiting happens with the thread detached (`allow_threads`),
//! so a waiter never holds the GIL and never blocks a stop-the-world.
//! The registry mutex is a leaf: no Python code runs and no other lock is
//! taken while it is held.

use std::collections::HashMap;

use parking_lot::{Condvar, Mutex};

use crate::vm::Vm;

#[derive(Default)]
struct Registry {
    /// Held locks: module name -> (owner thread id, recursion count).
    held: HashMap<String, (usize, usize)>,
    /// Threads waiting: thread id -> name of the lock waited for.
    waiting: HashMap<usize, String>,
}

static REGISTRY: Mutex<Option<Registry>> = Mutex::new(None);
static RELEASED: Condvar = Condvar::new();

/// A held module lock; dropping it releases one level.
pub struct ModuleLockGuard {
    name: String,
    tid: usize,
}

/// The acquisition would deadlock (CPython's `_DeadlockError`).
pub struct Deadlock(pub String);

/// Take the lock of module `name` for this thread, waiting detached.
pub fn acquire(vm: &mut Vm, name: &str) -> Result<ModuleLockGuard, Deadlock> {
    let tid = vm.thread.id;
    if try_acquire(name, tid)? {
        return Ok(ModuleLockGuard {
            name: name.to_string(),
            tid,
        });
    }
    vm.allow_threads(|| acquire_slow(name, tid))?;
    Ok(ModuleLockGuard {
        name: name.to_string(),
        tid,
    })
}

fn try_acquire(name: &str, tid: usize) -> Result<bool, Deadlock> {
    let mut g = REGISTRY.lock();
    let reg = g.get_or_insert_with(Registry::default);
    take_or_check(reg, name, tid)
}

/// Take the lock if free or ours (true); else false, or Deadlock if
/// waiting would close a cycle.
fn take_or_check(reg: &mut Registry, name: &str, tid: usize) -> Result<bool, Deadlock> {
    let owner = reg.held.get(name).map(|&(owner, _)| owner);
    match owner {
        None => {
            reg.held.insert(name.to_string(), (tid, 1));
            Ok(true)
        }
        Some(owner) if owner == tid => {
            if let Some((_, count)) = reg.held.get_mut(name) {
                *count += 1;
            }
            Ok(true)
        }
        Some(_) if has_deadlock(reg, name, tid) => Err(Deadlock(name.to_string())),
        Some(_) => Ok(false),
    }
}

#[cold]
fn acquire_slow(name: &str, tid: usize) -> Result<(), Deadlock> {
    let mut g = REGISTRY.lock();
    loop {
        let reg = g.get_or_insert_with(Registry::default);
        match take_or_check(reg, name, tid) {
            Ok(true) => {
                reg.waiting.remove(&tid);
                return Ok(());
            }
            Ok(false) => {
                reg.waiting.insert(tid, name.to_string());
                RELEASED.wait(&mut g);
            }
            Err(d) => {
                reg.waiting.remove(&tid);
                return Err(d);
            }
        }
    }
}

/// Does the chain owner(name) -> waits for -> owner ... reach `tid`?
fn has_deadlock(reg: &Registry, name: &str, tid: usize) -> bool {
    let mut lock = name;
    for _ in 0..=reg.held.len() {
        let Some(&(owner, _)) = reg.held.get(lock) else {
            return false;
        };
        if owner == tid {
            return true;
        }
        match reg.waiting.get(&owner) {
            Some(next) => lock = next,
            None => return false,
        }
    }
    false
}

impl Drop for ModuleLockGuard {
    fn drop(&mut self) {
        let mut g = REGISTRY.lock();
        let Some(reg) = g.as_mut() else { return };
        let done = match reg.held.get_mut(&self.name) {
            Some((owner, count)) if *owner == self.tid => {
                *count -= 1;
                *count == 0
            }
            _ => false,
        };
        if done {
            reg.held.remove(&self.name);
            RELEASED.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{take_or_check, Registry};

    #[test]
    fn reentrant_for_the_owner_and_busy_for_others() {
        let mut reg = Registry::default();
        assert!(matches!(take_or_check(&mut reg, "a", 1), Ok(true)));
        assert!(matches!(take_or_check(&mut reg, "a", 1), Ok(true)));
        assert_eq!(reg.held.get("a"), Some(&(1, 2)));
        assert!(matches!(take_or_check(&mut reg, "a", 2), Ok(false)));
    }

    #[test]
    fn cross_thread_cycle_is_a_deadlock() {
        let mut reg = Registry::default();
        assert!(matches!(take_or_check(&mut reg, "a", 1), Ok(true)));
        assert!(matches!(take_or_check(&mut reg, "b", 2), Ok(true)));
        // Thread 2 waits for "a" (held by 1); thread 1 now wants "b".
        assert!(matches!(take_or_check(&mut reg, "a", 2), Ok(false)));
        reg.waiting.insert(2, "a".to_string());
        assert!(take_or_check(&mut reg, "b", 1).is_err());
    }
}
