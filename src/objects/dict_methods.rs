//! The methods of `dict`, and the Vm's hashing dict access (`dict_get`,
//! `dict_set`, `dict_update_from`). The table and its lock are in `dict.rs`.

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::descriptor::PyClassMethod;
use crate::objects::dict::{KeyEq, PyDict};
use crate::objects::exception::{key_error, type_error, value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::iter::{dict_iter, dict_view, DictPart, PyDictView};
use crate::objects::method::{add_methods, new_builtin_function, Args};
use crate::objects::str::PyStr;
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

impl KeyEq for Vm {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq(a, b)
    }
}

impl Vm {
    pub fn dict_get(&mut self, d: &Py<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        if let Some(s) = key.downcast::<PyStr>() {
            if !key.class().payload.is_heap_type() {
                return Ok(d.get_str(s));
            }
        }
        let h = self.hash(key)?;
        d.get_item(key, h, self)
    }

    pub fn dict_set(&mut self, d: &Py<PyDict>, key: Value, value: Value) -> PyResult<()> {
        if let Some(s) = key.downcast::<PyStr>() {
            if !key.class().payload.is_heap_type() {
                d.set_str(s, value);
                return Ok(());
            }
        }
        let h = self.hash(&key)?;
        d.set_item(key, h, value, self)
    }

    /// `d.update(other)` (DICT_UPDATE), or `{**other}` in a call (DICT_MERGE:
    /// duplicate keys are an error naming `callable`).
    pub fn dict_update_from(
        &mut self,
        d: &Value,
        other: &Value,
        merge: bool,
        callable: Option<&Value>,
    ) -> PyResult<()> {
        let d = d
            .downcast::<PyDict>()
            .ok_or_else(|| type_error("dict expected"))?;
        let pairs: Vec<(Value, Value)> = if let Some(o) = other.downcast::<PyDict>() {
            o.items()
        } else if self
            .lookup_special(other, &crate::objects::str::intern("keys"))
            .is_some()
        {
            let keys = self.call_method(other, "keys", &[])?;
            let mut out = Vec::new();
            for k in self.to_vec(&keys)? {
                let v = self.get_item(other, &k)?;
                out.push((k, v));
            }
            out
        } else if merge {
            let fname = match callable {
                Some(c) => self.func_display_name(c),
                None => "function".to_string(),
            };
            return Err(type_error(format!(
                "{fname} argument after ** must be a mapping, not {}",
                other.class().payload.name()
            )));
        } else {
            // Element by element: an endless iterable fails at its first
            // bad element, as in CPython, instead of being read to the end.
            let mut out = Vec::new();
            let it = self.iter(other)?;
            let mut i = 0usize;
            while let Some(item) = self.next(&it)? {
                let kv = self.to_vec(&item).map_err(|_| {
                    type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if kv.len() != 2 {
                    return Err(value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                let mut kv = kv.into_iter();
                out.push((kv.next().unwrap_or_default(), kv.next().unwrap_or_default()));
                i += 1;
            }
            out
        };
        for (k, v) in pairs {
            if merge && self.dict_get(d, &k)?.is_some() {
                let fname = match callable {
                    Some(c) => self.func_display_name(c),
                    None => "function".to_string(),
                };
                let kname = match k.downcast::<PyStr>() {
                    Some(s) => s.as_str().to_string(),
                    None => self.repr(&k)?.as_str().to_string(),
                };
                return Err(type_error(format!(
                    "{fname} got multiple values for keyword argument '{kname}'"
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `{**other}` needs a mapping (a `keys` method), not pairs.
    pub fn check_mapping(&mut self, other: &Value) -> PyResult<()> {
        if other.downcast::<PyDict>().is_some()
            || self
                .lookup_special(other, &crate::objects::str::intern("keys"))
                .is_some()
        {
            return Ok(());
        }
        Err(type_error(format!(
            "'{}' object is not a mapping",
            other.class().payload.name()
        )))
    }

    /// `name()` as call errors show a callable (CPython's
    /// `_PyObject_FunctionStr`: `module.qualname()` unless the module is
    /// `builtins`).
    pub fn func_display_name(&mut self, c: &Value) -> String {
        let Ok(q) = self.get_attr_str(c, "__qualname__") else {
            return format!("{} object", c.class().payload.name());
        };
        let Some(q) = q.downcast::<PyStr>().map(|s| s.as_str().to_string()) else {
            return format!("{} object", c.class().payload.name());
        };
        let module = self.get_attr_str(c, "__module__").ok();
        match module.as_ref().and_then(|m| m.downcast::<PyStr>()) {
            Some(m) if m.as_str() != "builtins" => format!("{}.{q}()", m.as_str()),
            _ => format!("{q}()"),
        }
    }
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyDict> {
    args.pos()[0]
        .downcast::<PyDict>()
        .expect("dict method on a dict")
}

fn dict_new(_vm: &mut Vm, cls: &Py<PyType>, _args: &Args) -> PyResult<Value> {
    Ok(PyRef::new_in(PyDict::new(), cls).into_value())
}

fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_named(vm, args, "dict")
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_named(vm, args, "update")
}

/// `d.update(...)`, also `dict(...)`'s `__init__` (its errors name `fname`).
fn update_named(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    if let Some(other) = p.get(1) {
        vm.dict_update_from(&p[0], other, false, None)?;
    }
    let d = this(args);
    for (k, v) in args.kw() {
        d.set_str(&crate::objects::str::intern(k), v.clone());
    }
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.get", 2, 3)?;
    Ok(vm
        .dict_get(this(args), &p[1])?
        .unwrap_or_else(|| p.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.setdefault", 2, 3)?;
    let d = this(args);
    if let Some(v) = vm.dict_get(d, &p[1])? {
        return Ok(v);
    }
    let v = p.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(d, p[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.pop", 2, 3)?;
    if this(args).len() == 0 {
        // CPython answers an empty dict before hashing the key.
        return p.get(2).cloned().ok_or_else(|| key_error(p[1].clone()));
    }
    let h = vm.hash(&p[1])?;
    match this(args).pop_item(&p[1], h, vm)? {
        Some(v) => Ok(v),
        None => p.get(2).cloned().ok_or_else(|| key_error(p[1].clone())),
    }
}

fn popitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.method("dict.popitem", 1, 1)?;
    match this(args).popitem() {
        Some((k, v)) => Ok(tuple_value(vec![k, v])),
        None => Err(key_error(crate::objects::str::str_value(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn keys(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(dict_view(this(args).to_ref(), DictPart::Keys))
}

fn values(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(dict_view(this(args).to_ref(), DictPart::Values))
}

fn items(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(dict_view(this(args).to_ref(), DictPart::Items))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args).clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(this(args).copy().into_value())
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(args).len() as i64))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(dict_iter(this(args).to_ref(), DictPart::Keys))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.__contains__", 2, 2)?;
    Ok(Value::Bool(vm.dict_get(this(args), &p[1])?.is_some()))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.__getitem__", 2, 2)?;
    vm.get_item_builtin(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.__setitem__", 3, 3)?;
    vm.dict_set(this(args), p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.__delitem__", 2, 2)?;
    let h = vm.hash(&p[1])?;
    match this(args).pop_item(&p[1], h, vm)? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(p[1].clone())),
    }
}

fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.method("dict.fromkeys", 2, 3)?;
    let d = vm.call(&p[0], &[])?;
    let dd = d
        .downcast::<PyDict>()
        .ok_or_else(|| type_error("fromkeys needs a dict class"))?
        .to_ref();
    let v = p.get(2).cloned().unwrap_or(Value::None);
    for k in vm.to_vec(&p[1])? {
        vm.dict_set(&dd, k, v.clone())?;
    }
    Ok(d)
}

/// The (key, value) pairs of a dict view (for set-like ops and reprs).
pub fn view_items(v: &Py<PyDictView>) -> Vec<Value> {
    match v.part {
        DictPart::Keys => v.dict.keys(),
        DictPart::Values => v.dict.values(),
        DictPart::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, v)| tuple_value(vec![k, v]))
            .collect(),
    }
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.dict, dict_new);
    add_methods(
        &t.dict,
        &[
            ("__init__", dict_init),
            ("update", update),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("clear", clear),
            ("copy", copy),
            ("__len__", len),
            ("__iter__", iter),
            ("__contains__", contains),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
        ],
    );
    let fk = new_builtin_function("fromkeys", fromkeys, None);
    let cm = PyRef::new_in(PyClassMethod { func: fk }, &t.classmethod);
    cm.header.make_immortal();
    crate::objects::method::add_attr(&t.dict, "fromkeys", cm.into_value());
}
