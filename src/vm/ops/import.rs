//! The import opcodes: `IMPORT_NAME` (CPython `PyImport_ImportModuleLevelObject`
//! and `_handle_fromlist`), `IMPORT_FROM` (ceval's `import_from`) and
//! `IMPORT_STAR` (`import_all_from`). Finding and loading modules is
//! `vm/import/`.

use crate::object::pyref::Py;
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::dict::PyDict;
use crate::objects::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::objects::module::PyModule;
use crate::objects::str::{intern, str_value, PyStr};
use crate::vm::import::loader::import_error;
use crate::vm::import::resolve::{package_of, resolve_name};
use crate::vm::state::{interp, Vm};

fn is_attr_error(e: &PyErr) -> bool {
    e.is_instance(types().exceptions.get(ExcKind::AttributeError))
}

fn str_of(v: &Value) -> Option<String> {
    v.downcast::<PyStr>().map(|s| s.as_str().to_string())
}

impl Vm {
    /// IMPORT_NAME: `import a.b` (binds `a`), `from .. import x`.
    pub(crate) fn import_name(
        &mut self,
        fi: usize,
        name: &PyStr,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let globals = self.frames[fi].globals.clone();
        // `__import__` from the frame's builtins, as CPython: a replaced one
        // is called, a missing one is an error.
        let import = self.frames[fi]
            .builtins
            .get_str(&crate::objects::str::intern("__import__"));
        match import {
            None => {
                return Err(crate::objects::exception::new_error(
                    ExcKind::ImportError,
                    "__import__ not found",
                ))
            }
            Some(f)
                if !f
                    .downcast::<crate::objects::method::PyBuiltinFunction>()
                    .is_some_and(|b| b.name == "__import__") =>
            {
                let locals = self.frames[fi]
                    .locals
                    .as_ref()
                    .map_or(Value::None, |l| l.to_value());
                let args = [
                    str_value(name.as_str()),
                    globals.to_value(),
                    locals,
                    fromlist.clone(),
                    level.clone(),
                ];
                return self.call(&f, &args);
            }
            Some(_) => {}
        }
        let level = match level {
            Value::Int(n) if *n >= 0 => *n as usize,
            _ => return Err(value_error("level must be >= 0")),
        };
        self.import_level(name.as_str(), Some(&globals), fromlist, level)
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_level(
        &mut self,
        name: &str,
        globals: Option<&Py<PyDict>>,
        fromlist: &Value,
        level: usize,
    ) -> PyResult<Value> {
        let abs = if level > 0 {
            let Some(g) = globals else {
                return Err(type_error("globals must be a dict"));
            };
            let Some(package) = package_of(self, g)? else {
                return Err(type_error("package must be a string"));
            };
            resolve_name(name, Some(&package), level)?
        } else {
            resolve_name(name, None, 0)?
        };
        let module = self.import_absolute(&abs)?;
        let fromlist = if fromlist.is_none() || fromlist.is_null() {
            Vec::new()
        } else {
            self.to_vec(fromlist)?
        };
        if !fromlist.is_empty() {
            if self.has_attr(&module, "__path__")? {
                self.handle_fromlist(&module, &fromlist, false)?;
            }
            return Ok(module);
        }
        let Some((front, _)) = name.split_once('.') else {
            return Ok(module);
        };
        if level == 0 {
            return self.import_absolute(front);
        }
        let cut_off = name.len() - front.len();
        let to_return = &abs[..abs.len() - cut_off];
        self.cached_module(to_return)?.ok_or_else(|| {
            crate::objects::exception::new_error(
                ExcKind::KeyError,
                format!("'{to_return}' not in sys.modules as expected"),
            )
        })
    }

    fn has_attr(&mut self, v: &Value, name: &str) -> PyResult<bool> {
        match self.get_attr(v, &intern(name)) {
            Ok(_) => Ok(true),
            Err(e) if is_attr_error(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `from package import x`: import submodule `package.x` if `x` is not
    /// an attribute (and `__all__`'s submodules for `*`).
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &[Value],
        recursive: bool,
    ) -> PyResult<()> {
        let modname = self
            .get_attr_str(module, "__name__")
            .ok()
            .and_then(|n| str_of(&n))
            .unwrap_or_default();
        for x in fromlist {
            let Some(x) = str_of(x) else {
                let place = if recursive {
                    format!("{modname}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(type_error(format!(
                    "Item in {place} must be str, not {}",
                    x.class().payload.name()
                )));
            };
            if x == "*" {
                if !recursive && self.has_attr(module, "__all__")? {
                    let all = self.get_attr_str(module, "__all__")?;
                    let all = self.to_vec(&all)?;
                    self.handle_fromlist(module, &all, true)?;
                }
            } else if !self.has_attr(module, &x)? {
                self.import_submodule_quietly(&format!("{modname}.{x}"))?;
            }
        }
        Ok(())
    }

    /// Import `from_name`; a missing module is not an error here (the
    /// IMPORT_FROM that follows reports it).
    fn import_submodule_quietly(&mut self, from_name: &str) -> PyResult<()> {
        match self.import_absolute(from_name) {
            Ok(_) => Ok(()),
            Err(e) if e.is_instance(types().exceptions.get(ExcKind::ModuleNotFoundError)) => {
                let named = e.member("name").and_then(|n| str_of(&n));
                let blocked = matches!(self.cached_module(from_name)?, Some(Value::None));
                if named.as_deref() == Some(from_name) && !blocked {
                    Ok(())
                } else {
                    Err(e)
                }
            }
            Err(e) => Err(e),
        }
    }

    /// IMPORT_FROM: attribute `name` of module `m`, else the submodule
    /// `m.__name__ + '.' + name` from `sys.modules`, else ImportError.
    pub(crate) fn import_from(&mut self, m: &Value, name: &PyStr) -> PyResult<Value> {
        match self.get_attr(m, &intern(name.as_str())) {
            Err(e) if is_attr_error(&e) => {}
            r => return r,
        }
        let pkgname = self
            .get_attr_str(m, "__name__")
            .ok()
            .and_then(|n| str_of(&n));
        if let Some(p) = &pkgname {
            if let Some(sub) = self.cached_module(&format!("{p}.{}", name.as_str()))? {
                return Ok(sub);
            }
        }
        Err(self.cannot_import(m, name, pkgname.as_deref()))
    }

    fn cannot_import(&mut self, m: &Value, name: &PyStr, pkgname: Option<&str>) -> PyErr {
        let file = m
            .downcast::<PyModule>()
            .and_then(|md| md.dict.get_str(&interp().names.file))
            .and_then(|f| str_of(&f));
        let r = |vm: &mut Vm, s: &str| {
            vm.repr(&str_value(s))
                .map(|r| r.as_str().to_string())
                .unwrap_or_default()
        };
        let name_r = r(self, name.as_str());
        let pkg_r = r(self, pkgname.unwrap_or("<unknown module name>"));
        let msg = match &file {
            None => format!("cannot import name {name_r} from {pkg_r} (unknown location)"),
            Some(f) if m.downcast::<PyModule>().is_some_and(|md| md.is_initializing()) => format!(
                "cannot import name {name_r} from partially initialized module {pkg_r} (most likely due to a circular import) ({f})"
            ),
            Some(f) => format!("cannot import name {name_r} from {pkg_r} ({f})"),
        };
        import_error(ExcKind::ImportError, msg, pkgname, file.as_deref())
    }

    /// IMPORT_STAR: `__all__`, else the public names, into the current namespace.
    pub(crate) fn import_star(&mut self, fi: usize, m: &Value) -> PyResult<()> {
        let modname = self
            .get_attr_str(m, "__name__")
            .ok()
            .and_then(|n| str_of(&n))
            .unwrap_or_default();
        let (names, place) = match self.get_attr(m, &interp().names.all) {
            Ok(all) => (self.to_vec(&all)?, "__all__"),
            Err(e) if is_attr_error(&e) => {
                let Some(module) = m.downcast::<PyModule>() else {
                    return Err(e);
                };
                (module.dict.keys(), "__dict__")
            }
            Err(e) => return Err(e),
        };
        let from_dict = place == "__dict__";
        for n in names {
            let Some(s) = n.downcast::<PyStr>() else {
                let what = if from_dict { "Key" } else { "Item" };
                return Err(type_error(format!(
                    "{what} in {modname}.{place} must be str, not {}",
                    n.class().payload.name()
                )));
            };
            if from_dict && s.as_str().starts_with('_') {
                continue;
            }
            let name = intern(s.as_str());
            let v = self.get_attr(m, &name)?;
            // STORE_NAME's path: through a locals mapping or a dict
            // subclass's `__setitem__`, as CPython's `import_all_from`.
            self.store_name(fi, &name, v)?;
        }
        Ok(())
    }
}
