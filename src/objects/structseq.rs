//! Struct sequences (CPython Objects/structseq.c): tuples whose items are
//! also named attributes, as `sys.int_info` and `sys.float_info`.
//!
//! A struct sequence type is a static subtype of `tuple` whose instances
//! are plain `PyTuple` payloads of that class; each field is a read-only
//! `member_descriptor` reading one tuple item, so indexing, unpacking,
//! `len` and comparison are the tuple's. `__match_args__` and `n_fields`
//! name the fields; the repr is `module.name(field=value, ...)`.

use crate::object::pyref::PyRef;
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::getset::{add_members, Getter};
use crate::objects::str::{intern, str_value, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::Vm;

fn item(obj: &Value, i: usize) -> PyResult<Value> {
    obj.downcast::<PyTuple>()
        .and_then(|t| t.items.get(i).cloned())
        .ok_or_else(|| type_error("descriptor requires a struct sequence"))
}

macro_rules! field_getters {
    ($($f:ident = $i:literal),*) => {
        $(fn $f(_vm: &mut Vm, obj: &Value) -> PyResult<Value> { item(obj, $i) })*
        const GETTERS: &[Getter] = &[$($f),*];
    };
}

field_getters!(
    f0 = 0,
    f1 = 1,
    f2 = 2,
    f3 = 3,
    f4 = 4,
    f5 = 5,
    f6 = 6,
    f7 = 7,
    f8 = 8,
    f9 = 9,
    f10 = 10,
    f11 = 11
);

/// A new struct sequence type `module.name` with `fields` (at most 12).
pub fn new_type(module: &str, name: &'static str, fields: &[&'static str]) -> PyRef<PyType> {
    assert!(fields.len() <= GETTERS.len(), "struct sequence too long");
    let t = PyType::for_payload::<PyTuple>(name, Some(types().tuple.clone()), 0);
    let t = crate::objects::types::new_static_type(t);
    let defs: Vec<_> = fields
        .iter()
        .zip(GETTERS)
        .map(|(&f, &g)| (f, g, None))
        .collect();
    add_members(&t, name, &defs);
    let dict = &t.payload.dict;
    let names = fields.iter().map(|&f| str_value(f)).collect();
    dict.set_str(&intern("__match_args__"), tuple_value(names));
    dict.set_str(&intern("n_fields"), Value::Int(fields.len() as i64));
    dict.set_str(
        &intern("n_sequence_fields"),
        Value::Int(fields.len() as i64),
    );
    dict.set_str(&intern("n_unnamed_fields"), Value::Int(0));
    dict.set_str(&intern("__module__"), str_value(module));
    t
}

/// The repr of `v` if it is a struct sequence (a tuple whose class is a
/// static subtype of tuple: only this file makes those).
pub fn repr(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    let t = v.downcast::<PyTuple>()?;
    let cls = v.class();
    if cls.is(&types().tuple) || cls.payload.is_heap_type() {
        return None;
    }
    let names = cls.payload.dict.get_str(&intern("__match_args__"))?;
    let names = names.downcast::<PyTuple>()?.items.to_vec();
    let module = cls.payload.dict.get_str(&intern("__module__"));
    let module = module.as_ref().and_then(|m| m.downcast::<PyStr>());
    let mut out = format!(
        "{}.{}(",
        module.map_or("", |m| m.as_str()),
        cls.payload.name()
    );
    for (i, (name, item)) in names.iter().zip(t.items.iter()).enumerate() {
        let r = match vm.repr(item) {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let name = name.downcast::<PyStr>().map_or("", |s| s.as_str());
        let sep = if i == 0 { "" } else { ", " };
        out.push_str(&format!("{sep}{name}={}", r.as_str()));
    }
    out.push(')');
    Some(Ok(out))
}

/// An instance of struct sequence type `ty` holding `items`.
pub fn new(ty: &PyRef<PyType>, items: Vec<Value>) -> Value {
    PyRef::new_in(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        ty,
    )
    .into_value()
}
