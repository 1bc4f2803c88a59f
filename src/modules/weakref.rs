//! The native `_weakref` module (CPython Modules/_weakref.c): the
//! reference type, the proxy payload, and the list queries. The rest of
//! `weakref` (proxy classes, `WeakMethod`, the weak collections,
//! `finalize`) is Python source bundled as `weakref.py`, as CPython's
//! `Lib/weakref.py` sits on `_weakref`.

use crate::object::pyref::PyRef;
use crate::object::typeobj::PyType;
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::intern;
use crate::objects::weakref::{
    new_weakref, proxy_base_type, proxy_referent, ref_type, weakref_count, weakrefs_of,
};
use crate::vm::Vm;

fn getweakrefcount(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("getweakrefcount", 1, 1)?;
    Ok(Value::Int(weakref_count(&p[0]) as i64))
}

fn getweakrefs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("getweakrefs", 1, 1)?;
    Ok(list_value(weakrefs_of(&p[0])))
}

/// `_make_proxy(cls, obj, callback)`: a proxy of Python class `cls` (a
/// `_ProxyBase` subclass), the basic one reused when there is no callback.
fn make_proxy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_make_proxy", 3, 3)?;
    let cls = p[0]
        .downcast::<PyType>()
        .filter(|c| c.is_subtype(proxy_base_type()))
        .ok_or_else(|| type_error("_make_proxy() needs a proxy class"))?;
    new_weakref(cls, &p[1], p[2].clone())
}

/// `_deref(proxy)`: the referent, or ReferenceError.
fn deref(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_deref", 1, 1)?;
    proxy_referent(&p[0])
}

/// `_proxy_addrs(proxy)`: (proxy address, referent address or 0), for reprs.
fn proxy_addrs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_proxy_addrs", 1, 1)?;
    let me = p[0].id();
    let to = proxy_referent(&p[0]).map_or(0, |v| v.id());
    Ok(crate::objects::tuple::tuple_value(vec![
        Value::Int(me),
        Value::Int(to),
    ]))
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("_weakref");
    super::add_functions(
        &m,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_make_proxy", make_proxy),
            ("_deref", deref),
            ("_proxy_addrs", proxy_addrs),
        ],
    );
    let set = |k: &str, v: Value| m.dict.set_str(&intern(k), v);
    set("ref", ref_type().to_value());
    set("ReferenceType", ref_type().to_value());
    set("_ProxyBase", proxy_base_type().to_value());
    m
}
