//! `import`: `sys.modules`, then the builtin modules (`modules/`), then a
//! `NAME.py` file beside the main script (`sys.path[0]`).

use crate::object::value::Value;
use crate::objects::exception::{new_error, ExcKind, PyResult};
use crate::objects::module::PyModule;
use crate::objects::str::{str_value, PyStr};
use crate::vm::state::{interp, Vm};

impl Vm {
    /// IMPORT_NAME: the module object bound by `import a` (the top-level
    /// package for a dotted name, which ferropy does not have yet).
    pub(crate) fn import_name(&mut self, _fi: usize, name: &PyStr, _fromlist: &Value, level: &Value) -> PyResult<Value> {
        if !matches!(level, Value::Int(0)) {
            return Err(new_error(ExcKind::ImportError, "attempted relative import with no known parent package"));
        }
        self.import_module(name.as_str())
    }

    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = str_value(name);
        if let Some(m) = self.dict_get(&interp().modules, &key)? {
            return Ok(m);
        }
        if let Some(m) = crate::modules::create_builtin(self, name) {
            let m = m?;
            self.dict_set(&interp().modules, key, m.clone())?;
            return Ok(m);
        }
        if let Some(path) = crate::modules::find_source(name) {
            let module = crate::objects::module::new_module(name);
            module.dict.set_str(&interp().names.file, str_value(path.to_string_lossy().to_string()));
            self.dict_set(&interp().modules, key.clone(), module.to_value())?;
            let r = crate::interpreter::run_file_in(self, &path, &module.dict);
            if let Err(e) = r {
                let h = self.hash(&key)?;
                interp().modules.pop_item(&key, h, self)?;
                return Err(e);
            }
            return Ok(module.into_value());
        }
        let e = new_error(ExcKind::ModuleNotFoundError, format!("No module named '{name}'"));
        e.set_member("name", crate::objects::str::str_value(name.to_string()));
        Err(e)
    }

    /// IMPORT_FROM.
    pub(crate) fn import_from(&mut self, m: &Value, name: &PyStr) -> PyResult<Value> {
        match self.get_attr(m, &crate::objects::str::intern(name.as_str())) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance(crate::object::types().exceptions.get(ExcKind::AttributeError)) => {
                let mname = m.downcast::<PyModule>().map(|m| m.name.clone()).unwrap_or_else(|| "?".into());
                let e = new_error(
                    ExcKind::ImportError,
                    format!("cannot import name '{}' from '{}' (unknown location)", name.as_str(), mname),
                );
                e.set_member("name", crate::objects::str::str_value(mname));
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    /// IMPORT_STAR: public names (or `__all__`) into the current namespace.
    pub(crate) fn import_star(&mut self, fi: usize, m: &Value) -> PyResult<()> {
        let Some(module) = m.downcast::<PyModule>() else { return Ok(()) };
        let f = &self.frames[fi];
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let all = module.dict.get_str(&interp().names.all);
        let names: Vec<Value> = match all {
            Some(a) => self.to_vec(&a)?,
            None => module
                .dict
                .keys()
                .into_iter()
                .filter(|k| k.downcast::<PyStr>().is_some_and(|s| !s.as_str().starts_with('_')))
                .collect(),
        };
        for n in names {
            let v = self.get_item(&module.dict.to_value(), &n)?;
            self.dict_set(&target, n, v)?;
        }
        Ok(())
    }
}
