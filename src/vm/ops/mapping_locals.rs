//! Locals that are any mapping, not a dict: `exec(code, globals, mapping)`
//! and `eval(expr, globals, mapping)` (CPython accepts any object with
//! `__getitem__` there; `LOAD_NAME`/`STORE_NAME`/`DELETE_NAME` then use the
//! mapping protocol).
//!
//! A frame's locals slot holds a dict (`Frame::locals`), so a mapping is
//! carried by a stand-in: an instance of the hidden dict subclass
//! `mapping_locals` whose one entry, under a key no identifier can be
//! (`MAPPING_KEY`, with a space), is the mapping. The stand-in's class is a
//! heap type, so the name operations of `vm/ops/names.rs` leave their
//! exact-dict fast path and ask `mapping_of` first: the fast path of module
//! and class bodies is unchanged. `locals()`, `vars()` and `dir()` unwrap
//! the stand-in, so user code sees its own mapping.
//!
//! `import *` and `SETUP_ANNOTATIONS` go through `store_name` (and
//! `locals_get`), so they reach the mapping.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::str::intern;

/// The stand-in's key for the mapping: not an identifier, so no
/// `LOAD_NAME` can ask for it.
const MAPPING_KEY: &str = " mapping";

fn stand_in_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let ns = PyDict::new_ref();
        let ty = crate::objects::type_::new_heap_type(
            &t.type_,
            "mapping_locals",
            vec![t.dict.clone()],
            &ns,
        )
        // Cannot fail (a dict subclass with an empty namespace); were it
        // to, plain dicts would carry mappings, still correctly.
        .unwrap_or_else(|_| t.dict.clone());
        ty.header.make_immortal();
        ty
    })
}

/// The locals slot value for `mapping`: the dict itself when it is one,
/// else a stand-in that carries it.
pub fn locals_for(mapping: &Value) -> PyRef<PyDict> {
    if let Some(d) = mapping.downcast::<PyDict>() {
        return d.to_ref();
    }
    let d = PyRef::new_in(PyDict::new(), stand_in_type());
    d.set_str(&intern(MAPPING_KEY), mapping.clone());
    d
}

/// The mapping a locals dict stands in for, if it is a stand-in.
#[inline]
pub fn mapping_of(l: &Py<PyDict>) -> Option<Value> {
    if !l.class().is(stand_in_type()) {
        return None;
    }
    l.get_str(&intern(MAPPING_KEY))
}

/// What user code sees as these locals: the mapping, or the dict.
pub fn user_view(l: PyRef<PyDict>) -> Value {
    mapping_of(&l).unwrap_or_else(|| l.into_value())
}
