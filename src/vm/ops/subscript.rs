//! Subscripts: `x[k]`, `x[k] = v`, `del x[k]`, with slices, for the builtin
//! sequences and mappings, then `__getitem__`/`__setitem__`/`__delitem__`
//! (and `__class_getitem__` on classes).

use crate::object::pyref::Py;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{index_error, key_error, type_error, PyResult};
use crate::objects::int::to_i64_index;
use crate::objects::list::{list_value, PyList};
use crate::objects::slice::PySlice;
use crate::objects::str::{str_value, PyStr};
use crate::objects::tuple::PyTuple;
use crate::vm::state::{interp, ReadKey, Vm};

/// Normalize index `i` for a sequence of length `n`.
fn seq_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// An index: an int, or (for a class defining it) `__index__`'s result.
#[inline]
fn index_of(vm: &mut Vm, key: &Value) -> Option<PyResult<i64>> {
    if let Some(r) = to_i64_index(key) {
        return Some(r);
    }
    if key.class().payload.is_heap_type() && vm.lookup_special(key, &interp().names.index).is_some()
    {
        return Some(vm.to_index(key));
    }
    None
}

impl Vm {
    /// `l[i]` (through the read cache when another thread owns `l`).
    #[inline]
    fn list_get(&mut self, l: &Py<PyList>, i: i64) -> PyResult<Value> {
        let r = if l.shared_with_other_threads() {
            self.cached_read(l, l.version(), ReadKey::Int(i), || l.get_index(i))
        } else {
            l.get_index(i)
        };
        r.ok_or_else(|| index_error("list index out of range"))
    }

    /// BINARY_SUBSCR: the list-and-int case inline, the rest in `get_item`.
    #[inline(always)]
    pub fn subscr(&mut self, cont: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::Int(i), Some(l)) = (key, cont.downcast::<PyList>()) {
            if !l.class().payload.is_heap_type() {
                return self.list_get(l, *i);
            }
        }
        self.get_item(cont, key)
    }

    /// A Python-level override of a container slot on a subclass of a
    /// builtin (`class L(list): def __getitem__...`).
    #[cold]
    fn container_override(&mut self, cont: &Value, name: &Py<PyStr>) -> Option<Value> {
        if cont.payload_is::<crate::objects::instance::PyInstance>() {
            return None;
        }
        let f = self.lookup_type(cont.class(), name)?;
        f.payload_is::<crate::objects::function::PyFunction>()
            .then_some(f)
    }

    pub fn get_item(&mut self, cont: &Value, key: &Value) -> PyResult<Value> {
        if cont.class().payload.is_heap_type() {
            if let Some(f) = self.container_override(cont, &interp().names.getitem) {
                return self.call(&f, &[cont.clone(), key.clone()]);
            }
        }
        self.get_item_builtin(cont, key)
    }

    /// `cont[key]` on the builtin payload, ignoring overrides on a subclass
    /// (`list.__getitem__(self, i)`).
    pub fn get_item_builtin(&mut self, cont: &Value, key: &Value) -> PyResult<Value> {
        if let Some(l) = cont.downcast::<PyList>() {
            if let Some(i) = index_of(self, key) {
                return self.list_get(l, i?);
            }
            if let Some(s) = key.downcast::<PySlice>() {
                let items = l.snapshot();
                let idx = s.indices(self, items.len())?;
                return Ok(list_value(idx.map(|j| items[j].clone()).collect()));
            }
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                key.class().payload.name()
            )));
        }
        if let Some(t) = cont.downcast::<PyTuple>() {
            if let Some(i) = index_of(self, key) {
                return seq_index(i?, t.items.len())
                    .map(|j| t.items[j].clone())
                    .ok_or_else(|| index_error("tuple index out of range"));
            }
            if let Some(s) = key.downcast::<PySlice>() {
                return crate::objects::tuple::tuple_slice(self, cont, t, s);
            }
            return Err(type_error(format!(
                "tuple indices must be integers or slices, not {}",
                key.class().payload.name()
            )));
        }
        if let Some(s) = cont.downcast::<PyStr>() {
            if let Some(i) = index_of(self, key) {
                return seq_index(i?, s.char_len())
                    .map(|j| str_value(s.char_at(j).to_string()))
                    .ok_or_else(|| index_error("string index out of range"));
            }
            if let Some(sl) = key.downcast::<PySlice>() {
                let (start, stop, step) = sl.bounds(self, s.char_len())?;
                if step == 1 {
                    let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
                    return Ok(crate::objects::str::substr_value(cont, s, a, b));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let idx = sl.indices(self, chars.len())?;
                return Ok(str_value(idx.map(|j| chars[j]).collect::<String>()));
            }
            return Err(type_error(format!(
                "string indices must be integers, not '{}'",
                key.class().payload.name()
            )));
        }
        if let Some(d) = cont.downcast::<PyDict>() {
            let exact_str = key
                .downcast::<PyStr>()
                .filter(|_| key.class().is(&crate::object::types().str));
            let found = match exact_str {
                Some(k) if d.shared_with_other_threads() => {
                    self.cached_read(d, d.version(), ReadKey::Str(k), || d.get_str(k))
                }
                _ => self.dict_get(d, key)?,
            };
            if let Some(v) = found {
                return Ok(v);
            }
            if cont.class().payload.is_heap_type() {
                if let Some(m) = self.lookup_special(cont, &interp().names.missing) {
                    return self.call(&m, &[cont.clone(), key.clone()]);
                }
            }
            return Err(key_error(key.clone()));
        }
        if let Some(r) = crate::objects::range::range_getitem(self, cont, key) {
            return r;
        }
        if let Some(f) = self.lookup_special(cont, &interp().names.getitem) {
            return self.call(&f, &[cont.clone(), key.clone()]);
        }
        if let Some(t) = cont.downcast::<crate::object::PyType>() {
            if let Some(f) = t.lookup(&interp().names.class_getitem) {
                let f = match f.downcast::<crate::objects::descriptor::PyClassMethod>() {
                    Some(cm) => cm.func.clone(),
                    None => f,
                };
                return self.call(&f, &[cont.clone(), key.clone()]);
            }
            return Err(type_error(format!(
                "type '{}' is not subscriptable",
                t.payload.name
            )));
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            cont.class().payload.name()
        )))
    }

    pub fn set_item(&mut self, cont: &Value, key: Value, value: Value) -> PyResult<()> {
        if cont.class().payload.is_heap_type() {
            if let Some(f) = self.container_override(cont, &interp().names.setitem) {
                return self.call(&f, &[cont.clone(), key, value]).map(drop);
            }
        }
        self.set_item_builtin(cont, key, value)
    }

    /// `cont[key] = value` on the builtin payload.
    pub fn set_item_builtin(&mut self, cont: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(l) = cont.downcast::<PyList>() {
            if let Some(i) = index_of(self, &key) {
                let i = i?;
                let old = l.with_items(|v| {
                    seq_index(i, v.len()).map(|j| std::mem::replace(&mut v[j], value))
                });
                return old
                    .map(drop)
                    .ok_or_else(|| index_error("list assignment index out of range"));
            }
            if let Some(s) = key.downcast::<PySlice>() {
                let simple = matches!(s.step, Value::None | Value::Int(1));
                let new_items = self.to_vec_or(&value, |_| {
                    if simple {
                        "can only assign an iterable".into()
                    } else {
                        "must assign iterable to extended slice".into()
                    }
                })?;
                return self.list_set_slice(l, s, new_items);
            }
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                key.class().payload.name()
            )));
        }
        if let Some(d) = cont.downcast::<PyDict>() {
            return self.dict_set(d, key, value);
        }
        if let Some(f) = self.lookup_special(cont, &interp().names.setitem) {
            self.call(&f, &[cont.clone(), key, value])?;
            return Ok(());
        }
        Err(type_error(format!(
            "'{}' object does not support item assignment",
            cont.class().payload.name()
        )))
    }

    pub fn del_item(&mut self, cont: &Value, key: &Value) -> PyResult<()> {
        if cont.class().payload.is_heap_type() {
            if let Some(f) = self.container_override(cont, &interp().names.delitem) {
                return self.call(&f, &[cont.clone(), key.clone()]).map(drop);
            }
        }
        self.del_item_builtin(cont, key)
    }

    /// `del cont[key]` on the builtin payload.
    pub fn del_item_builtin(&mut self, cont: &Value, key: &Value) -> PyResult<()> {
        if let Some(l) = cont.downcast::<PyList>() {
            if let Some(i) = index_of(self, key) {
                let i = i?;
                let old = l.with_items(|v| seq_index(i, v.len()).map(|j| v.remove(j)));
                return old
                    .map(drop)
                    .ok_or_else(|| index_error("list assignment index out of range"));
            }
            if let Some(s) = key.downcast::<PySlice>() {
                let n = l.len();
                let mut idx: Vec<usize> = s.indices(self, n)?.collect();
                idx.sort_unstable();
                let removed = l.with_items(|v| {
                    let mut out = Vec::new();
                    for &j in idx.iter().rev() {
                        if j < v.len() {
                            out.push(v.remove(j));
                        }
                    }
                    out
                });
                drop(removed);
                return Ok(());
            }
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                key.class().payload.name()
            )));
        }
        if let Some(d) = cont.downcast::<PyDict>() {
            let h = self.hash(key)?;
            return match d.pop_item(key, h, self)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.clone())),
            };
        }
        if let Some(f) = self.lookup_special(cont, &interp().names.delitem) {
            self.call(&f, &[cont.clone(), key.clone()])?;
            return Ok(());
        }
        // CPython: an index key reaches `PySequence_DelItem` ("doesn't"),
        // any other the generic message ("does not").
        let verb = if crate::objects::int::is_int(key)
            && self.lookup_special(cont, &interp().names.getitem).is_some()
        {
            "doesn't"
        } else {
            "does not"
        };
        Err(type_error(format!(
            "'{}' object {verb} support item deletion",
            cont.class().payload.name()
        )))
    }

    fn list_set_slice(
        &mut self,
        l: &crate::object::Py<PyList>,
        s: &crate::object::Py<PySlice>,
        items: Vec<Value>,
    ) -> PyResult<()> {
        let n = l.len();
        let (start, stop, step) = s.bounds(self, n)?;
        if step == 1 {
            let a = start.clamp(0, n as i64) as usize;
            let b = (stop.max(start)).clamp(0, n as i64) as usize;
            let removed = l.with_items(|v| {
                let b = b.min(v.len());
                let a = a.min(b);
                v.splice(a..b, items).collect::<Vec<_>>()
            });
            crate::objects::list::drop_reversed(removed);
            return Ok(());
        }
        let idx: Vec<usize> = s.indices(self, n)?.collect();
        if idx.len() != items.len() {
            return Err(crate::objects::exception::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                idx.len()
            )));
        }
        let old = l.with_items(|v| {
            let n = v.len();
            idx.iter()
                .zip(items)
                .filter(|(j, _)| **j < n)
                .map(|(j, x)| std::mem::replace(&mut v[*j], x))
                .collect::<Vec<_>>()
        });
        drop(old);
        Ok(())
    }
}
