//! Structural pattern matching at run time (PEP 634): the opcodes
//! `GET_LEN`, `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS` and
//! `MATCH_CLASS`, after CPython 3.11's Python/ceval.c (`match_keys`,
//! `match_class`, `match_class_attr`).
//!
//! Mapping and sequence tests: CPython reads the type flags
//! `Py_TPFLAGS_MAPPING`/`Py_TPFLAGS_SEQUENCE`, which builtin types and
//! `collections.abc` registrations set. ferropy has no `collections.abc`
//! yet, so a mapping is an instance of `dict` (or a subclass) and a
//! sequence an instance of `list`, `tuple` or `range` (or a subclass);
//! `str`, `bytes` and other iterables are never sequences.
//!
//! Called by the one-line handlers of `vm/eval.rs`; every operation may
//! run Python code (`__eq__`, `__hash__`, `get`, attribute lookups).

use crate::object::pyref::Py;
use crate::object::typeobj::{types, PyType};
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, type_error, ExcKind, PyResult};
use crate::objects::list::list_value;
use crate::objects::str::{intern, PyStr};
use crate::objects::tuple::{tuple_value, PyTuple};
use crate::vm::state::Vm;

/// Builtin types whose class patterns with one positional sub-pattern
/// match the whole subject (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: &Py<PyType>) -> bool {
    let t = types();
    let builtins = [
        &t.bool_,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ];
    builtins.iter().any(|b| cls.is_subtype(b))
}

impl Vm {
    /// GET_LEN: `len(TOS)` pushed above it.
    pub(crate) fn op_get_len(&mut self) -> PyResult<()> {
        let v = self.stack.last().cloned().unwrap_or(Value::Null);
        let n = self.len(&v)?;
        self.push(Value::Int(n as i64));
        Ok(())
    }

    /// MATCH_MAPPING: pushes whether TOS is a mapping.
    pub(crate) fn op_match_mapping(&mut self) {
        let v = self.stack.last().cloned().unwrap_or(Value::Null);
        let is = v.class().is_subtype(&types().dict);
        self.push(Value::Bool(is));
    }

    /// MATCH_SEQUENCE: pushes whether TOS is a sequence.
    pub(crate) fn op_match_sequence(&mut self) {
        let v = self.stack.last().cloned().unwrap_or(Value::Null);
        let t = types();
        let cls = v.class();
        let is = [&t.list, &t.tuple, &t.range]
            .iter()
            .any(|s| cls.is_subtype(s));
        self.push(Value::Bool(is));
    }

    /// MATCH_KEYS: stack `subject, keys` gets the tuple of the values of
    /// the keys, or None when one is missing.
    pub(crate) fn op_match_keys(&mut self) -> PyResult<()> {
        let n = self.stack.len();
        let (subject, keys) = match n {
            2.. => (self.stack[n - 2].clone(), self.stack[n - 1].clone()),
            _ => (Value::Null, Value::Null),
        };
        let keys = keys
            .downcast::<PyTuple>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        let r = self.match_keys(&subject, &keys)?;
        self.push(r);
        Ok(())
    }

    fn match_keys(&mut self, subject: &Value, keys: &[Value]) -> PyResult<Value> {
        if keys.is_empty() {
            return Ok(tuple_value(Vec::new()));
        }
        let seen = PyDict::new_ref();
        let exact = subject.class().is(&types().dict);
        let missing = list_value(Vec::new());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.dict_get(&seen, key)?.is_some() {
                let r = self.repr(key)?;
                let msg = format!("mapping pattern checks duplicate key ({})", r.as_str());
                return Err(new_error(ExcKind::ValueError, msg));
            }
            self.dict_set(&seen, key.clone(), Value::None)?;
            let v = match subject.downcast::<PyDict>() {
                Some(d) if exact => self.dict_get(d, key)?.unwrap_or_else(|| missing.clone()),
                _ => self.call_method(subject, "get", &[key.clone(), missing.clone()])?,
            };
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(tuple_value(values))
    }

    /// MATCH_CLASS(nargs): stack `subject, cls, kwd_names` becomes the
    /// tuple of extracted attributes, or None when the subject does not
    /// match (not an instance, or an attribute is missing).
    pub(crate) fn op_match_class(&mut self, nargs: usize) -> PyResult<()> {
        let names = self.pop();
        let cls = self.pop();
        let subject = self.pop();
        let r = self.match_class(&subject, &cls, nargs, &names)?;
        self.push(r.map_or(Value::None, tuple_value));
        Ok(())
    }

    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Option<Vec<Value>>> {
        let Some(ty) = cls.downcast::<PyType>() else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !subject.class().is_subtype(ty) {
            return Ok(None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let Some(found) = self.positional_attrs(subject, cls, ty, nargs, &mut seen)? else {
                return Ok(None);
            };
            attrs = found;
        }
        let kw = names
            .downcast::<PyTuple>()
            .map(|t| t.items.to_vec())
            .unwrap_or_default();
        for name in &kw {
            match self.match_class_attr(subject, ty, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// The attributes named by `cls.__match_args__[:nargs]` (or the
    /// subject itself for the builtin types that match themselves).
    fn positional_attrs(
        &mut self,
        subject: &Value,
        cls: &Value,
        ty: &Py<PyType>,
        nargs: usize,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Vec<Value>>> {
        let tname = ty.payload.name().to_string();
        let (match_args, match_self) = match self.get_attr(cls, &intern("__match_args__")) {
            Ok(m) => match m.downcast::<PyTuple>() {
                Some(t) if m.class().is(&types().tuple) => (t.items.to_vec(), false),
                _ => {
                    let got = m.class().payload.name().to_string();
                    return Err(type_error(format!(
                        "{tname}.__match_args__ must be a tuple (got {got})"
                    )));
                }
            },
            Err(e) if e.is_instance(types().exceptions.get(ExcKind::AttributeError)) => {
                (Vec::new(), matches_self(ty))
            }
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            let msg = format!(
                "{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            );
            return Err(type_error(msg));
        }
        if match_self {
            return Ok(Some(vec![subject.clone()]));
        }
        let mut attrs = Vec::with_capacity(nargs);
        for name in &match_args[..nargs] {
            if !name.class().is(&types().str) {
                let got = name.class().payload.name().to_string();
                return Err(type_error(format!(
                    "__match_args__ elements must be strings (got {got})"
                )));
            }
            match self.match_class_attr(subject, ty, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// One attribute of the subject: `None` if it has no such attribute;
    /// a TypeError if the pattern names it twice.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        ty: &Py<PyType>,
        name: &Value,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        let Some(s) = name.downcast::<PyStr>() else {
            return Err(type_error("attribute name must be string"));
        };
        if seen.iter().any(|x| x == s.as_str()) {
            let r = self.repr(name)?;
            let msg = format!(
                "{}() got multiple sub-patterns for attribute {}",
                ty.payload.name(),
                r.as_str()
            );
            return Err(type_error(msg));
        }
        seen.push(s.as_str().to_string());
        match self.get_attr(subject, s) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(types().exceptions.get(ExcKind::AttributeError)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
