//! `types.GenericAlias` (PEP 585): `list[int]`, `dict[str, list[int]]`,
//! `tuple[int, ...]` (CPython Objects/genericaliasobject.c).
//!
//! An alias records its origin and its argument tuple. It prints as
//! `origin[args]`, compares and hashes by both, calls its origin (so
//! `list[int]("ab")` is a list), forwards other attribute reads to the
//! origin, and in a class's bases stands for its origin
//! (`__mro_entries__`). `__class_getitem__` of the builtin containers
//! makes one; `isinstance` refuses one. The type is created on first
//! use, immortal, with `__module__` `types`.

use std::sync::OnceLock;

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_attr, add_methods, new_builtin_function, Args};
use crate::objects::none::not_implemented;
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::{new_tuple, tuple_value, PyTuple};
use crate::vm::Vm;

pub struct PyGenericAlias {
    pub origin: Value,
    pub args: PyRef<PyTuple>,
}

impl PyPayload for PyGenericAlias {
    const CONTAINER: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args.to_value());
    }
}

static TYPE: OnceLock<PyRef<PyType>> = OnceLock::new();

/// A builtin type named `name` in module `types`, created once.
pub fn types_module_type<T: PyPayload>(
    cell: &'static OnceLock<PyRef<PyType>>,
    name: &str,
    init: fn(&Py<PyType>),
) -> &'static Py<PyType> {
    cell.get_or_init(|| {
        let t = crate::objects::types::new_static_type(PyType::for_payload::<T>(
            name,
            Some(types().object.clone()),
            0,
        ));
        add_attr(&t, "__module__", str_value("types"));
        init(&t);
        t
    })
}

/// The `types.GenericAlias` type.
pub fn generic_alias_type() -> &'static Py<PyType> {
    types_module_type::<PyGenericAlias>(&TYPE, "GenericAlias", |t| {
        set_new(t, alias_new);
        add_methods(
            t,
            &[
                ("__repr__", alias_repr),
                ("__call__", alias_call),
                ("__eq__", alias_eq),
                ("__hash__", alias_hash),
                ("__mro_entries__", alias_mro_entries),
                ("__or__", crate::objects::union_type::union_or),
                ("__ror__", crate::objects::union_type::union_ror),
            ],
        );
    })
}

/// `origin[args]`: `args` is the subscript (a tuple means several).
pub fn new_alias(origin: Value, args: &Value) -> Value {
    let args = match args.downcast::<PyTuple>() {
        Some(t) if t.class().is(&types().tuple) => t.to_ref(),
        _ => new_tuple(vec![args.clone()]),
    };
    PyRef::new_in(PyGenericAlias { origin, args }, generic_alias_type()).into_value()
}

/// `types.GenericAlias(origin, args)`.
fn alias_new(_vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    args.no_kw("GenericAlias")?;
    match args.pos() {
        [origin, a] => Ok(new_alias(origin.clone(), a)),
        p => Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len()
        ))),
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyGenericAlias>> {
    args.pos()
        .first()
        .and_then(|v| v.downcast::<PyGenericAlias>())
        .ok_or_else(|| type_error("descriptor requires a 'types.GenericAlias' object"))
}

/// How a type argument prints inside `[...]` or a union (CPython's
/// `ga_repr_item`): `...`, a class's (module-qualified) name, else repr.
pub fn type_arg_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.payload_is::<crate::objects::none::PyEllipsis>() {
        return Ok("...".to_string());
    }
    if let Some(t) = v.downcast::<PyType>() {
        let module = vm.type_module_name(t);
        return Ok(if module == "builtins" {
            t.payload.qualname.to_string()
        } else {
            format!("{module}.{}", t.payload.qualname)
        });
    }
    Ok(vm.repr(v)?.as_str().to_string())
}

fn alias_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(args)?;
    let mut s = type_arg_repr(vm, &a.origin)?;
    s.push('[');
    if a.args.items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in a.args.items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&type_arg_repr(vm, x)?);
    }
    s.push(']');
    Ok(str_value(s))
}

/// Calling an alias calls its origin, then records `__orig_class__` on
/// the result when it can take attributes.
fn alias_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(args)?;
    let r = vm.call_args(
        &a.origin,
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )?;
    let name = crate::objects::str::intern("__orig_class__");
    if crate::vm::ops::attr::instance_dict(&r).is_some() {
        vm.set_attr(&r, &name, args.values[0].clone())?;
    }
    Ok(r)
}

fn alias_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__eq__", 2, 2)?;
    let a = this(args)?;
    let Some(b) = p[1].downcast::<PyGenericAlias>() else {
        return Ok(not_implemented());
    };
    Ok(Value::Bool(
        vm.eq(&a.origin, &b.origin)? && vm.eq(&a.args.to_value(), &b.args.to_value())?,
    ))
}

fn alias_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(args)?;
    let h = vm.hash(&a.origin)? ^ vm.hash(&a.args.to_value())?;
    Ok(Value::Int(h))
}

fn alias_mro_entries(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__mro_entries__", 2, 2)?;
    Ok(tuple_value(vec![this(args)?.origin.clone()]))
}

/// `alias.name`: `__origin__`, `__args__`, `__parameters__`, else the
/// origin's attribute (CPython's `ga_getattro`).
pub fn alias_attr(vm: &mut Vm, a: &Py<PyGenericAlias>, name: &PyStr) -> PyResult<Option<Value>> {
    Ok(Some(match name.as_str() {
        "__origin__" => a.origin.clone(),
        "__args__" => a.args.to_value(),
        "__parameters__" => tuple_value(Vec::new()),
        n => return vm.get_attr_str(&a.origin, n).map(Some),
    }))
}

/// `cls.__class_getitem__(item)` of the builtin containers.
fn class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__class_getitem__", 2, 2)?;
    Ok(new_alias(p[0].clone(), &p[1]))
}

/// Give the builtin containers `__class_getitem__` (a classmethod), and
/// `type` the `|` of unions.
pub fn init(t: &BuiltinTypes) {
    for ty in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        let f = new_builtin_function("__class_getitem__", class_getitem, None);
        let cm = PyRef::new_in(
            crate::objects::descriptor::PyClassMethod { func: f },
            &t.classmethod,
        );
        cm.header.make_immortal();
        add_attr(ty, "__class_getitem__", cm.into_value());
    }
    add_methods(
        &t.type_,
        &[
            ("__or__", crate::objects::union_type::union_or),
            ("__ror__", crate::objects::union_type::union_ror),
        ],
    );
}
