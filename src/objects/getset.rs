//! `getset_descriptor` / `member_descriptor`: attributes of builtin objects
//! that live in the Rust payload (`e.args`, `e.__traceback__`, `g.gi_frame`,
//! `tb.tb_next`...), exposed as data descriptors in the type's dict as
//! CPython's `PyGetSetDef`/`PyMemberDef` tables are.
//!
//! Being data descriptors, they take precedence over the instance `__dict__`
//! (`vm::ops::attr::generic_getattr`/`generic_setattr` call `get`/`set`), so
//! assigning `e.args` or `e.__cause__` updates the payload, never the dict;
//! they show in `dir()` because they sit in the type's dict.
//!
//! A descriptor is immutable after creation: any thread may read it.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{attribute_error, PyResult};
use crate::objects::method::{add_attr, add_methods, Args};
use crate::objects::str::PyStr;
use crate::vm::Vm;

/// Read the attribute of `obj` (an instance of the owning type or a subtype).
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// Assign the attribute; `Value::Null` means `del`.
pub type Setter = fn(&mut Vm, &Value, Value) -> PyResult<()>;

pub struct PyGetSet {
    pub name: &'static str,
    /// Name of the type that defines it (for the repr and error messages).
    pub owner: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    /// A `__slots__` member: its (interned) name and its class's name; the
    /// value lives in the instance's slot storage (`objects::slots`).
    pub slot: Option<(PyRef<PyStr>, String)>,
    /// A `member_descriptor` (its read-only error is "readonly attribute").
    pub member: bool,
}

impl PyPayload for PyGetSet {}

fn getset_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t =
            PyType::for_payload::<PyGetSet>("getset_descriptor", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

fn member_type() -> &'static Py<PyType> {
    static T: OnceLock<PyRef<PyType>> = OnceLock::new();
    T.get_or_init(|| {
        let t =
            PyType::for_payload::<PyGetSet>("member_descriptor", Some(types().object.clone()), 0);
        crate::objects::types::new_static_type(t)
    })
}

/// Install getset descriptors `(name, get, set)` in `ty`'s dict.
pub fn add_getsets(
    ty: &Py<PyType>,
    owner: &'static str,
    defs: &[(&'static str, Getter, Option<Setter>)],
) {
    add_descriptors(ty, owner, defs, getset_type());
}

/// As `add_getsets`, typed `member_descriptor` (CPython's `PyMemberDef`).
pub fn add_members(
    ty: &Py<PyType>,
    owner: &'static str,
    defs: &[(&'static str, Getter, Option<Setter>)],
) {
    add_descriptors(ty, owner, defs, member_type());
}

fn add_descriptors(
    ty: &Py<PyType>,
    owner: &'static str,
    defs: &[(&'static str, Getter, Option<Setter>)],
    kind: &Py<PyType>,
) {
    for &(name, get, set) in defs {
        let d = PyRef::new_in(
            PyGetSet {
                name,
                owner,
                get,
                set,
                slot: None,
                member: std::ptr::eq(kind, member_type()),
            },
            kind,
        );
        add_attr(ty, name, d.into_value());
    }
}

fn slot_placeholder_get(_vm: &mut Vm, _obj: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// A `member_descriptor` for slot `name` of class `owner`.
pub fn new_slot_member(name: PyRef<PyStr>, owner: String) -> Value {
    let d = PyGetSet {
        name: "",
        owner: "",
        get: slot_placeholder_get,
        set: None,
        slot: Some((name, owner)),
        member: true,
    };
    PyRef::new_in(d, member_type()).into_value()
}

impl PyGetSet {
    pub fn get_value(&self, vm: &mut Vm, obj: &Value) -> PyResult<Value> {
        if let Some((n, _)) = &self.slot {
            return crate::objects::slots::slot_get(obj, n);
        }
        (self.get)(vm, obj)
    }

    /// The attribute name (`__name__`).
    pub fn name(&self) -> &str {
        match &self.slot {
            Some((n, _)) => n.as_str(),
            None => self.name,
        }
    }

    /// The defining type's name (`__objclass__.__name__`).
    pub fn owner(&self) -> &str {
        match &self.slot {
            Some((_, o)) => o,
            None => self.owner,
        }
    }

    /// `value` is `Value::Null` for `del obj.name`.
    pub fn set_value(&self, vm: &mut Vm, obj: &Value, value: Value) -> PyResult<()> {
        if let Some((n, _)) = &self.slot {
            return crate::objects::slots::slot_set(obj, n, value);
        }
        match self.set {
            Some(s) => s(vm, obj, value),
            None if self.member => Err(attribute_error("readonly attribute")),
            None => Err(attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                self.name, self.owner
            ))),
        }
    }
}

fn getset_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.pos()[0];
    let Some(d) = v.downcast::<PyGetSet>() else {
        return Ok(crate::objects::str::str_value("<descriptor>"));
    };
    let kind = if v.class().payload.name() == "member_descriptor" {
        "member"
    } else {
        "attribute"
    };
    Ok(crate::objects::str::str_value(format!(
        "<{kind} '{}' of '{}' objects>",
        d.name(),
        d.owner()
    )))
}

fn this<'a>(args: &Args<'a>, fname: &str, n: usize) -> PyResult<(&'a PyGetSet, &'a [Value])> {
    let p = args.pos();
    crate::objects::method::check_count(fname, p.len(), n, n.max(3))?;
    let d = p[0]
        .downcast::<PyGetSet>()
        .ok_or_else(|| crate::objects::exception::type_error("descriptor expected"))?;
    Ok((&d.payload, p))
}

/// `d.__get__(obj, type=None)`: the descriptor itself for `obj` None.
fn getset_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, p) = this(args, "__get__", 2)?;
    if p[1].is_none() {
        return Ok(p[0].clone());
    }
    d.get_value(vm, &p[1])
}

fn getset_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, p) = this(args, "__set__", 3)?;
    d.set_value(vm, &p[1], p[2].clone())?;
    Ok(Value::None)
}

fn getset_delete(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, p) = this(args, "__delete__", 2)?;
    d.set_value(vm, &p[1], Value::Null)?;
    Ok(Value::None)
}

pub fn init(_t: &BuiltinTypes) {
    let methods: &[(&'static str, crate::objects::method::NativeFn)] = &[
        ("__repr__", getset_repr),
        ("__get__", getset_get),
        ("__set__", getset_set),
        ("__delete__", getset_delete),
    ];
    add_methods(getset_type(), methods);
    add_methods(member_type(), methods);
}
