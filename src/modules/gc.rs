//! `gc`: the cycle collector's interface (`vm/gc.rs` does the work).
//!
//! One generation, as in free-threaded CPython: `collect(generation)`
//! accepts 0-2 and always collects everything; `get_count()` is
//! `(allocations since the last collection, 0, 0)`; thresholds 1 and 2 are
//! kept only to be reported back. `freeze` moves every tracked container
//! to the permanent generation (a header bit, `GC_FROZEN`): collections
//! and `get_objects` skip it until `unfreeze`.
//! `set_debug(DEBUG_SAVEALL)` keeps what a collection finds in
//! `gc.garbage` instead of freeing it; the statistics flags print nothing.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use crate::object::header::{ObjectHeader, GC_FINALIZED, GC_FROZEN, GC_TRACKED};
use crate::object::pyref::{ObjRef, PyRef};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{value_error, PyResult};
use crate::objects::list::{list_value, PyList};
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::intern;
use crate::objects::tuple::tuple_value;
use crate::runtime::{alloc, thread};
use crate::vm::gc;
use crate::vm::Vm;

static THRESHOLDS_12: [AtomicI64; 2] = [AtomicI64::new(10), AtomicI64::new(10)];

/// `gc.callbacks` and `gc.garbage`: lists made with the module.
struct Lists {
    callbacks: PyRef<PyList>,
    garbage: PyRef<PyList>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let make = || {
            let l = crate::objects::list::new_list(Vec::new());
            crate::runtime::deferred::make_deferred(&l.header);
            l
        };
        Lists {
            callbacks: make(),
            garbage: make(),
        }
    })
}

/// The registered callbacks, if the module was imported and any are.
pub fn callbacks() -> Option<Vec<Value>> {
    let l = lists().callbacks.snapshot();
    (!l.is_empty()).then_some(l)
}

fn collect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("collect", &["generation"])?;
    let g = args.pos().first().or(args.kwarg("generation"));
    if let Some(g) = g {
        let g = vm.to_index(g)?;
        if !(0..=2).contains(&g) {
            return Err(value_error("invalid generation"));
        }
    }
    Ok(Value::Int(vm.gc_collect() as i64))
}

fn enable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("enable", 0, 0)?;
    gc::ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("disable", 0, 0)?;
    gc::ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("isenabled", 0, 0)?;
    Ok(Value::Bool(gc::ENABLED.load(Ordering::Relaxed)))
}

fn get_threshold(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_threshold", 0, 0)?;
    Ok(tuple_value(vec![
        Value::Int(gc::THRESHOLD.load(Ordering::Relaxed) as i64),
        Value::Int(THRESHOLDS_12[0].load(Ordering::Relaxed)),
        Value::Int(THRESHOLDS_12[1].load(Ordering::Relaxed)),
    ]))
}

fn set_threshold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("set_threshold", 1, 3)?;
    let t0 = vm.to_index(&p[0])?;
    gc::THRESHOLD.store(t0.max(0) as usize, Ordering::Relaxed);
    for (i, v) in p.iter().skip(1).enumerate() {
        THRESHOLDS_12[i].store(vm.to_index(v)?, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn get_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_count", 0, 0)?;
    Ok(tuple_value(vec![
        Value::Int(gc::count() as i64),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn get_stats(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_stats", 0, 0)?;
    let gen = |collections: usize, collected: usize| {
        let d = PyDict::new_ref();
        d.set_str(&intern("collections"), Value::Int(collections as i64));
        d.set_str(&intern("collected"), Value::Int(collected as i64));
        d.set_str(&intern("uncollectable"), Value::Int(0));
        d.into_value()
    };
    Ok(list_value(vec![
        gen(0, 0),
        gen(0, 0),
        gen(
            gc::COLLECTIONS.load(Ordering::Relaxed),
            gc::COLLECTED.load(Ordering::Relaxed),
        ),
    ]))
}

/// Is `v` an object the collector walks?
fn tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let h = o.header();
            h.gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0 && !h.is_immortal()
        }
        _ => false,
    }
}

fn is_tracked(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("is_tracked", 1, 1)?;
    Ok(Value::Bool(tracked(&p[0])))
}

/// `gc.is_finalized(obj)`: has the object's `__del__` run (PEP 442)?
fn is_finalized(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("is_finalized", 1, 1)?;
    Ok(Value::Bool(match &p[0] {
        Value::Obj(o) => o.header().gc_bits.load(Ordering::Relaxed) & GC_FINALIZED != 0,
        _ => false,
    }))
}

fn get_referents(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("get_referents")?;
    let mut out = Vec::new();
    for v in args.values {
        if let Value::Obj(o) = v {
            if o.header().gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0 {
                o.traverse(&mut |r| {
                    if !r.is_null() {
                        out.push(r.clone());
                    }
                });
            }
        }
    }
    Ok(list_value(out))
}

/// Every live container, each with a new reference, read with the world
/// stopped.
fn all_containers(vm: &mut Vm) -> Vec<ObjRef> {
    let shared = vm.thread.clone();
    thread::with_world_stopped(&shared, || {
        let mut out = Vec::new();
        alloc::for_each_container(&mut |b| {
            let h = b.cast::<ObjectHeader>();
            // SAFETY: a live block of a container pool is an object; the
            // world is stopped, so it stays alive while we take a reference.
            unsafe {
                crate::runtime::refcount::incref(h.as_ref());
                out.push(ObjRef::from_raw(h));
            }
        });
        out
    })
}

fn get_referrers(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("get_referrers")?;
    let targets: Vec<usize> = args
        .values
        .iter()
        .filter_map(|v| v.as_obj().map(|o| o.as_ptr() as usize))
        .collect();
    let mut out = Vec::new();
    for o in all_containers(vm) {
        let mut hit = false;
        o.traverse(&mut |r| {
            if let Value::Obj(x) = r {
                hit |= targets.contains(&(x.as_ptr() as usize));
            }
        });
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(list_value(out))
}

fn get_objects(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("get_objects", &["generation"])?;
    // The permanent generation is not listed, as in CPython.
    let objs = all_containers(vm)
        .into_iter()
        .filter(|o| o.header().gc_bits.load(Ordering::Relaxed) & GC_FROZEN == 0)
        .map(Value::Obj)
        .filter(tracked)
        .collect();
    Ok(list_value(objs))
}

fn freeze(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("gc.freeze", 0, 0)?;
    for_each_tracked(vm, &mut |h| {
        h.gc_bits.fetch_or(GC_FROZEN, Ordering::Relaxed);
    });
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("gc.unfreeze", 0, 0)?;
    for_each_tracked(vm, &mut |h| {
        h.gc_bits.fetch_and(!GC_FROZEN, Ordering::Relaxed);
    });
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("gc.get_freeze_count", 0, 0)?;
    let mut n = 0;
    for_each_tracked(vm, &mut |h| {
        n += (h.gc_bits.load(Ordering::Relaxed) & GC_FROZEN != 0) as i64;
    });
    Ok(Value::Int(n))
}

/// `f` on the header of every tracked container, with the world stopped.
fn for_each_tracked(vm: &mut Vm, f: &mut dyn FnMut(&ObjectHeader)) {
    let shared = vm.thread.clone();
    thread::with_world_stopped(&shared, || {
        alloc::for_each_container(&mut |b| {
            // SAFETY: a live block of a container pool is an object, kept
            // alive by the stopped world.
            let h = unsafe { b.cast::<ObjectHeader>().as_ref() };
            if h.gc_bits.load(Ordering::Relaxed) & GC_TRACKED != 0 && !h.is_immortal() {
                f(h);
            }
        })
    });
}

/// The `set_debug` flags; only `DEBUG_SAVEALL` changes what a collection
/// does (the statistics flags print nothing).
static DEBUG: AtomicI64 = AtomicI64::new(0);
const DEBUG_SAVEALL: i64 = 32;

fn get_debug(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_debug", 0, 0)?;
    Ok(Value::Int(DEBUG.load(Ordering::Relaxed)))
}

fn set_debug(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("set_debug", 1, 1)?;
    let flags = vm.to_index(&p[0])?;
    DEBUG.store(flags as i64, Ordering::Relaxed);
    Ok(Value::None)
}

/// With `DEBUG_SAVEALL`, put the garbage a collection found in
/// `gc.garbage` instead of freeing it (true if it did).
pub fn save_garbage(garbage: &[ObjRef]) -> bool {
    if DEBUG.load(Ordering::Relaxed) & DEBUG_SAVEALL == 0 {
        return false;
    }
    for o in garbage {
        lists().garbage.append(Value::Obj(o.clone()));
    }
    true
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("gc");
    super::add_functions(
        &m,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_count", get_count),
            ("get_stats", get_stats),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_objects", get_objects),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
        ],
    );
    let l = lists();
    m.dict.set_str(&intern("callbacks"), l.callbacks.to_value());
    m.dict.set_str(&intern("garbage"), l.garbage.to_value());
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        m.dict.set_str(&intern(name), Value::Int(v));
    }
    m
}
