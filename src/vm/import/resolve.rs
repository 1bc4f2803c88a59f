//! Names of modules to import: the package a module's globals belong to and
//! the absolute name of a relative import (CPython `importlib._bootstrap`
//! `_calc___package__`, `_sanity_check`, `_resolve_name`).

use crate::object::pyref::Py;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{new_error, type_error, value_error, ExcKind, PyResult};
use crate::objects::str::{intern, PyStr};
use crate::vm::import::loader::import_error;
use crate::vm::state::Vm;

/// `__package__` of the module whose namespace is `globals`: the value of
/// `__package__`, else derived from `__name__` (and `__path__`).
/// `None` when it is not a string.
pub fn package_of(vm: &mut Vm, globals: &Py<PyDict>) -> PyResult<Option<String>> {
    let as_str = |v: &Value| v.downcast::<PyStr>().map(|s| s.as_str().to_string());
    match globals.get_str(&intern("__package__")) {
        Some(p) if !p.is_none() => return Ok(as_str(&p)),
        _ => {}
    }
    if let Some(spec) = globals
        .get_str(&intern("__spec__"))
        .filter(|s| !s.is_none())
    {
        let parent = vm.get_attr_str(&spec, "parent")?;
        return Ok(as_str(&parent));
    }
    let Some(name) = globals.get_str(&intern("__name__")) else {
        return Err(new_error(ExcKind::KeyError, "'__name__' not in globals"));
    };
    let Some(name) = as_str(&name) else {
        return Ok(None);
    };
    if globals.get_str(&intern("__path__")).is_some() {
        return Ok(Some(name));
    }
    Ok(Some(
        name.rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string()),
    ))
}

/// The absolute module name for `name` at relative `level` from `package`.
pub fn resolve_name(name: &str, package: Option<&str>, level: usize) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let Some(package) = package else {
        return Err(type_error("__package__ not set to a string"));
    };
    if package.is_empty() {
        return Err(import_error(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
            None,
            None,
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
            None,
            None,
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

#[cfg(test)]
mod tests {
    use super::resolve_name;

    #[test]
    fn relative_names() {
        assert_eq!(
            resolve_name("x", Some("a.b"), 1).ok().as_deref(),
            Some("a.b.x")
        );
        assert_eq!(
            resolve_name("x", Some("a.b"), 2).ok().as_deref(),
            Some("a.x")
        );
        assert_eq!(resolve_name("", Some("a.b"), 2).ok().as_deref(), Some("a"));
        assert_eq!(resolve_name("m", None, 0).ok().as_deref(), Some("m"));
    }
}
