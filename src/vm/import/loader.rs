//! Loading modules: `sys.modules`, the per-module lock, the parent package,
//! finding, creating and executing the module (CPython
//! `importlib._bootstrap._find_and_load{,_unlocked}`, `_load_unlocked`),
//! and `importlib.reload`.
//!
//! Invariants (as CPython): a module is in `sys.modules` before its body
//! runs and is removed again if the body raises; it is marked
//! initializing while the body runs; a submodule becomes an attribute of
//! its parent once loaded. Loading happens under the module's import lock
//! (`lock.rs`), so two threads never run the same module's body.

use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::types;
use crate::object::value::Value;
use crate::objects::exception::{new_error, type_error, ExcKind, PyErr, PyResult};
use crate::objects::list::list_value;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::{intern, str_repr, str_value, PyStr};
use crate::vm::import::finder::{find_in, Spec};
use crate::vm::import::lock::{self, ModuleLockGuard};
use crate::vm::state::{interp, Vm};

/// An ImportError (or subclass) with CPython's `name` and `path` attributes.
pub fn import_error(
    kind: ExcKind,
    msg: impl Into<String>,
    name: Option<&str>,
    path: Option<&str>,
) -> PyErr {
    let e = new_error(kind, msg);
    let opt = |s: Option<&str>| s.map_or(Value::None, str_value);
    e.set_member("name", opt(name));
    e.set_member("path", opt(path));
    e
}

fn not_found(name: &str) -> PyErr {
    import_error(
        ExcKind::ModuleNotFoundError,
        format!("No module named {}", str_repr(name)),
        Some(name),
        None,
    )
}

fn is_initializing(m: &Value) -> bool {
    m.downcast::<PyModule>()
        .is_some_and(|m| m.is_initializing())
}

impl Vm {
    /// `sys.modules[name]`, if present.
    pub fn cached_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        self.dict_get(&interp().modules, &str_value(name))
    }

    fn uncache_module(&mut self, name: &str) -> PyResult<()> {
        let key = str_value(name);
        let h = self.hash(&key)?;
        interp().modules.pop_item(&key, h, self)?;
        Ok(())
    }

    /// Import the module with absolute dotted `name` (and its parents).
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.cached_module(name)? {
            if m.is_none() {
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(import_error(
                    ExcKind::ModuleNotFoundError,
                    msg,
                    Some(name),
                    None,
                ));
            }
            if is_initializing(&m) {
                // Wait for the thread running its body (a deadlock means a
                // circular import across threads: use the partial module).
                drop(lock::acquire(self, name));
            }
            return Ok(m);
        }
        let _guard = self.module_lock(name)?;
        match self.cached_module(name)? {
            Some(m) => Ok(m),
            None => self.find_and_load_unlocked(name),
        }
    }

    fn module_lock(&mut self, name: &str) -> PyResult<ModuleLockGuard> {
        lock::acquire(self, name).map_err(|d| {
            new_error(
                ExcKind::RuntimeError,
                format!("deadlock detected by _ModuleLock('{}')", d.0),
            )
        })
    }

    fn find_and_load_unlocked(&mut self, name: &str) -> PyResult<Value> {
        let Some((parent, leaf)) = name.rsplit_once('.').filter(|(p, _)| !p.is_empty()) else {
            if let Some(m) = crate::modules::create_builtin(self, name) {
                let m = m?;
                self.dict_set(&interp().modules, str_value(name), m.clone())?;
                return Ok(m);
            }
            let dirs = self.sys_path()?;
            let spec = find_in(name, &dirs).ok_or_else(|| not_found(name))?;
            return self.load_spec(name, spec);
        };
        if self.cached_module(parent)?.is_none() {
            self.import_absolute(parent)?;
        }
        if let Some(m) = self.cached_module(name)? {
            return Ok(m);
        }
        let parent_module = self.cached_module(parent)?.ok_or_else(|| not_found(name))?;
        let dirs = self.package_path(&parent_module, name, parent)?;
        let spec = find_in(leaf, &dirs).ok_or_else(|| not_found(name))?;
        let module = self.load_spec(name, spec)?;
        // CPython only warns if this fails.
        let _ = self.set_attr(&parent_module, &intern(leaf), module.clone());
        Ok(module)
    }

    /// The string entries of `sys.path`.
    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let path = interp()
            .sys
            .dict
            .get_str(&intern("path"))
            .unwrap_or(Value::None);
        self.path_strings(&path)
    }

    fn path_strings(&mut self, path: &Value) -> PyResult<Vec<String>> {
        let items = self.to_vec(path)?;
        Ok(items
            .iter()
            .filter_map(|v| v.downcast::<PyStr>().map(|s| s.as_str().to_string()))
            .collect())
    }

    /// The parent package's `__path__` (ModuleNotFoundError if it has none).
    fn package_path(
        &mut self,
        parent_module: &Value,
        name: &str,
        parent: &str,
    ) -> PyResult<Vec<String>> {
        let attr_error = types().exceptions.get(ExcKind::AttributeError);
        match self.get_attr(parent_module, &intern("__path__")) {
            Ok(p) => self.path_strings(&p),
            Err(e) if e.is_instance(attr_error) => {
                let msg = format!(
                    "No module named {}; {} is not a package",
                    str_repr(name),
                    str_repr(parent)
                );
                Err(import_error(
                    ExcKind::ModuleNotFoundError,
                    msg,
                    Some(name),
                    None,
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// Create module `name` from `spec`, put it in `sys.modules`, run it.
    fn load_spec(&mut self, name: &str, spec: Spec) -> PyResult<Value> {
        let module = new_module(name);
        set_spec_attrs(&module, name, &spec);
        let module_spec = self.module_spec(name, &module)?;
        module.dict.set_str(&intern("__spec__"), module_spec);
        let key = str_value(name);
        module.set_initializing(true);
        self.dict_set(&interp().modules, key, module.to_value())?;
        let r = self.exec_spec(&module, &spec);
        module.set_initializing(false);
        if let Err(e) = r {
            let _ = self.uncache_module(name);
            return Err(e);
        }
        // The body may have replaced the module in sys.modules; as CPython,
        // re-insert it so that sys.modules lists modules in completion order.
        let m = self
            .cached_module(name)?
            .unwrap_or_else(|| module.to_value());
        self.uncache_module(name)?;
        self.dict_set(&interp().modules, str_value(name), m.clone())?;
        Ok(m)
    }

    /// The module's `__spec__`: a `ModuleSpec` (`_frozen_importlib`) built
    /// from the `__file__` and `__path__` just set.
    fn module_spec(&mut self, name: &str, module: &Py<PyModule>) -> PyResult<Value> {
        let boot = self.import_absolute("_frozen_importlib")?;
        let make = self.get_attr_str(&boot, "_spec_for")?;
        let get = |k: &str| module.dict.get_str(&intern(k)).unwrap_or(Value::None);
        self.call(&make, &[str_value(name), get("__file__"), get("__path__")])
    }

    fn exec_spec(&mut self, module: &Py<PyModule>, spec: &Spec) -> PyResult<()> {
        let file = match spec {
            Spec::Module(f) | Spec::Package { init: f, .. } => f,
            Spec::Namespace(_) => return Ok(()),
        };
        crate::interpreter::run_file_in(self, file, &module.dict).map(drop)
    }

    /// `importlib.reload(module)`: find the module again and re-run its
    /// body in its existing namespace.
    pub fn reload_module(&mut self, module: &Value) -> PyResult<Value> {
        let Some(m) = module.downcast::<PyModule>().map(|m| m.to_ref()) else {
            return Err(type_error("reload() argument must be a module"));
        };
        let name = match m.dict.get_str(&interp().names.name) {
            Some(n) => n
                .downcast::<PyStr>()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default(),
            None => m.name.clone(),
        };
        match self.cached_module(&name)? {
            Some(Value::Obj(o)) if o.as_ptr() == m.as_ptr() => {}
            _ => {
                return Err(import_error(
                    ExcKind::ImportError,
                    format!("module {name} not in sys.modules"),
                    Some(&name),
                    None,
                ))
            }
        }
        if crate::modules::is_builtin(&name) {
            return Ok(module.clone());
        }
        let spec = self.find_for_reload(&name)?;
        let _guard = self.module_lock(&name)?;
        set_spec_attrs(&m, &name, &spec);
        m.set_initializing(true);
        let r = self.exec_spec(&m, &spec);
        m.set_initializing(false);
        r?;
        Ok(self.cached_module(&name)?.unwrap_or_else(|| module.clone()))
    }

    fn find_for_reload(&mut self, name: &str) -> PyResult<Spec> {
        let (dirs, leaf) = match name.rsplit_once('.') {
            Some((parent, leaf)) => {
                let Some(p) = self.cached_module(parent)? else {
                    let msg = format!("parent {} not in sys.modules", str_repr(parent));
                    return Err(import_error(ExcKind::ImportError, msg, Some(parent), None));
                };
                (self.package_path(&p, name, parent)?, leaf)
            }
            None => (self.sys_path()?, name),
        };
        find_in(leaf, &dirs).ok_or_else(|| {
            let msg = format!("spec not found for the module {}", str_repr(name));
            import_error(ExcKind::ModuleNotFoundError, msg, Some(name), None)
        })
    }
}

/// `__package__`, `__loader__`, `__spec__`, `__path__` and `__file__`.
fn set_spec_attrs(module: &PyRef<PyModule>, name: &str, spec: &Spec) {
    let set = |k: &str, v: Value| module.dict.set_str(&intern(k), v);
    let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
    let path_list = |dirs: &[&std::path::Path]| {
        list_value(
            dirs.iter()
                .map(|d| str_value(d.to_string_lossy().to_string()))
                .collect(),
        )
    };
    let file = |f: &std::path::Path| str_value(f.to_string_lossy().to_string());
    match spec {
        Spec::Module(f) => {
            set("__package__", str_value(parent));
            set("__loader__", Value::None);
            set("__spec__", Value::None);
            set("__file__", file(f));
        }
        Spec::Package { init, dir } => {
            set("__package__", str_value(name));
            set("__loader__", Value::None);
            set("__spec__", Value::None);
            set("__path__", path_list(&[dir.as_path()]));
            set("__file__", file(init));
        }
        Spec::Namespace(dirs) => {
            set("__package__", str_value(name));
            set("__loader__", Value::None);
            set("__spec__", Value::None);
            set(
                "__path__",
                path_list(&dirs.iter().map(|d| d.as_path()).collect::<Vec<_>>()),
            );
            set("__file__", Value::None);
        }
    }
}
