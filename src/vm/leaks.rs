//! Objects alive at exit that nothing reaches: `-X leaks` (or
//! `FERROPY_LEAKS=1`) reports them on stderr, so tests catch references
//! that were taken and never dropped.
//!
//! At exit the main module's globals are gone, so what the program made
//! should be dead. After a full collection (cyclic garbage is not a leak),
//! with the world stopped, every live object in the allocator's pools is a
//! candidate. The roots are the objects whose counts are not tracked:
//! immortal ones (builtin types and their dicts, interned strings, code
//! objects and their constants) and deferred ones (modules, classes,
//! top-level functions: the collection just run freed those that died),
//! plus
//! `sys.modules` and the builtins. Everything they reach through the
//! payloads' traverse hooks is accounted for; a candidate left over has a
//! count that no object explains: a leak. The report counts them by type.
//!
//! Objects bigger than a pool block come from the system allocator and are
//! not candidates, though the walk goes through them. Other threads' stacks
//! are roots the walk cannot see, so the report waits for every other
//! thread to finish (and is skipped if daemon threads keep running).

use std::collections::{BTreeMap, HashSet};
use std::ptr::NonNull;

use crate::object::header::ObjectHeader;
use crate::object::pyref::Py;
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::runtime::sync::{AtomicBool, Ordering};
use crate::runtime::{alloc, thread};
use crate::vm::state::interp;
use crate::vm::Vm;

pub static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turn the report on if `FERROPY_LEAKS` is set to a non-empty value
/// other than 0 (`-X leaks` turns it on directly).
pub fn enable_from_env() {
    if std::env::var("FERROPY_LEAKS").is_ok_and(|v| !v.is_empty() && v != "0") {
        ENABLED.store(true, Ordering::Relaxed);
    }
}

/// At exit: print the leaked objects, if the report is on.
pub fn report_at_exit(vm: &mut Vm) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    let Some(leaked) = leaked_objects(vm) else {
        eprintln!("ferropy: leak report skipped: other threads are still running");
        return;
    };
    let total: usize = leaked.values().sum();
    if total == 0 {
        return;
    }
    eprintln!("ferropy: {total} object(s) leaked at exit:");
    for (name, n) in &leaked {
        eprintln!("  {name}: {n}");
    }
}

/// The leaked objects by type name; None when other threads keep running.
pub fn leaked_objects(vm: &mut Vm) -> Option<BTreeMap<String, usize>> {
    // A joined thread may still be dropping what it held (its callable,
    // its frames): its Rust stack is a root this walk cannot see, so wait
    // for it to unregister.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while thread::registered_count() > 1 {
        if std::time::Instant::now() > deadline {
            return None;
        }
        vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(1)));
    }
    vm.drop_cached_refs();
    vm.gc_collect();
    let shared = vm.thread.clone();
    Some(thread::with_world_stopped(&shared, find_leaks))
}

/// Unreachable live pool objects, counted by type name. World stopped.
fn find_leaks() -> BTreeMap<String, usize> {
    let mut candidates: Vec<NonNull<ObjectHeader>> = Vec::new();
    alloc::for_each_object(&mut |b| candidates.push(b.cast()));
    let mut seen: HashSet<usize> = HashSet::new();
    let mut stack: Vec<NonNull<ObjectHeader>> = Vec::new();
    let mut push = |p: NonNull<ObjectHeader>, stack: &mut Vec<_>| {
        if seen.insert(p.as_ptr() as usize) {
            stack.push(p);
        }
    };
    for &p in &candidates {
        // SAFETY: a live pool block is an object; the world is stopped, so
        // it stays alive through this function (the SAFETY of the blocks
        // below).
        let h = unsafe { p.as_ref() };
        if h.is_immortal() || h.is_deferred() {
            push(p, &mut stack);
        }
    }
    for root in [interp().modules.as_ptr(), interp().builtins.as_ptr()] {
        push(NonNull::new(root as *mut ObjectHeader).unwrap(), &mut stack);
    }
    while let Some(p) = stack.pop() {
        // SAFETY: see above; the type of a live object is live.
        unsafe {
            let ty = &*(p.as_ref().ob_type() as *const Py<PyType>);
            push(NonNull::from(&ty.header), &mut stack);
            (ty.payload.vtable.traverse)(p, &mut |v| {
                if let Value::Obj(o) = v {
                    push(
                        NonNull::new(o.as_ptr() as *mut ObjectHeader).unwrap(),
                        &mut stack,
                    );
                }
            });
        }
    }
    let mut leaked = BTreeMap::new();
    for p in candidates {
        if !seen.contains(&(p.as_ptr() as usize)) {
            // SAFETY: see above.
            let ty = unsafe { &*(p.as_ref().ob_type() as *const Py<PyType>) };
            *leaked.entry(ty.payload.name().to_string()).or_insert(0) += 1;
        }
    }
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    /// The walk finds a reference taken and never dropped, and only that.
    #[test]
    fn a_forgotten_reference_is_reported() {
        crate::interpreter::startup(&[]);
        let mut vm = Vm::new_thread(8 << 20);
        // The namespace of a module in `sys.modules`, as a script's is.
        let module = crate::objects::module::new_module("leaktest");
        interp()
            .modules
            .set_str(&intern("leaktest"), module.to_value());
        let globals = module.payload.dict.clone();
        globals.set_str(&interp().names.builtins, interp().builtins.to_value());
        let src = "class K: pass\nx = [K(), {'a': (1, 2.5)}]\n";
        assert!(crate::interpreter::run_source_in(&mut vm, src, "<test>", &globals).is_ok());
        let x = globals.get_str(&intern("x")).unwrap();
        std::mem::forget(x.clone());
        drop(x);
        // As at exit: the module outlives the values of its globals.
        globals.set_str(&intern("x"), Value::None);
        let leaked = leaked_objects(&mut vm).unwrap();
        assert_eq!(leaked.get("list"), Some(&1), "{leaked:?}");
        // The literal; the instance keeps its (no) attributes as values.
        assert_eq!(leaked.get("dict"), Some(&1), "{leaked:?}");
        assert_eq!(leaked.get("K"), Some(&1), "{leaked:?}");
        assert_eq!(
            leaked.get("tuple"),
            None,
            "constants are immortal: {leaked:?}"
        );
        vm.exit();
    }
}
