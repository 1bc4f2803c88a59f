//! Builtin modules: `builtins`, `sys`, `time`, `math`, `_thread`, `importlib`
//! (native) and `threading` (Python source bundled in the binary, on top of
//! `_thread`). The import system (`vm/import/`) asks `create_builtin` before
//! searching `sys.path`.

pub mod builtins;
mod builtins_exec;
pub mod importlib;
pub mod math;
pub mod sys;
pub mod thread;
pub mod time;

use crate::object::pyref::Py;
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::method::{new_builtin_function, NativeFn};
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::intern;
use crate::vm::Vm;

/// The source of the bundled `threading` module.
const THREADING_PY: &str = include_str!("threading.py");

/// Put native functions into a module's namespace.
pub fn add_functions(m: &Py<PyModule>, module_name: &'static str, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        let v = new_builtin_function(name, f, Some(module_name));
        if let Value::Obj(o) = &v {
            o.header().make_immortal();
        }
        m.dict.set_str(&intern(name), v);
    }
}

/// Create builtin module `name`, or `None` if there is none by that name.
pub fn create_builtin(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => Ok(crate::vm::interp().sys.to_value()),
        "builtins" => Ok(crate::vm::interp().builtins.to_value()),
        "time" => Ok(time::create().into_value()),
        "_thread" => Ok(thread::create().into_value()),
        "importlib" => Ok(importlib::create().into_value()),
        "math" => Ok(math::create().into_value()),
        "threading" => {
            let m = new_module("threading");
            let key = crate::objects::str::str_value("threading");
            if let Err(e) = vm.dict_set(&crate::vm::interp().modules, key, m.to_value()) {
                return Some(Err(e));
            }
            crate::interpreter::run_source_in(vm, THREADING_PY, "<frozen threading>", &m.dict).map(|_| m.into_value())
        }
        _ => return None,
    })
}

/// Is `name` a builtin (or bundled) module?
pub fn is_builtin(name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "time" | "_thread" | "importlib" | "threading" | "math")
}
