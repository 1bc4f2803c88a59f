//! Builtin modules: `builtins`, `sys`, `time`, `math`, `_thread`, `importlib`,
//! `_introspect`, `_weakref`, `posix` (native) and the modules bundled in the
//! binary as Python source (`BUNDLED`): `threading` (on `_thread`), `_io`
//! and `io` (files on `posix` descriptors, in-memory streams), `os` and
//! `posixpath` (on `posix`), `token`, `tokenize`, `dis` and `inspect` (on
//! `_introspect`), `weakref` (on `_weakref`), `atexit`, `types`, `asyncio`
//! (an event loop without I/O) and `ast` (on `_asttree`). The import system
//! (`vm/import/`) asks `create_builtin` before searching `sys.path`.

mod ast_import;
mod ast_tree;
mod ast_validate;
pub mod builtins;
pub mod builtins_doc;
pub(crate) mod builtins_exec;
mod builtins_site;
pub mod gc;
pub mod importlib;
pub mod introspect;
pub mod math;
pub mod posix;
mod posix_fd;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

use crate::object::pyref::Py;
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::method::{new_builtin_function, NativeFn};
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::intern;
use crate::vm::Vm;

/// Modules bundled as Python source: (name, source). Each runs in a new
/// module registered in `sys.modules` first (so circular imports between
/// them see the partial module), under the filename `<frozen NAME>`.
const BUNDLED: &[(&str, &str)] = &[
    ("threading", include_str!("threading.py")),
    ("io", include_str!("io.py")),
    ("_io", include_str!("_io.py")),
    ("os", include_str!("os.py")),
    ("posixpath", include_str!("posixpath.py")),
    ("token", include_str!("token.py")),
    ("tokenize", include_str!("tokenize.py")),
    ("dis", include_str!("dis.py")),
    ("inspect", include_str!("inspect.py")),
    ("types", include_str!("types.py")),
    ("_frozen_importlib", include_str!("_frozen_importlib.py")),
    ("weakref", include_str!("weakref.py")),
    ("atexit", include_str!("atexit.py")),
    ("asyncio", include_str!("asyncio.py")),
    ("ast", include_str!("ast.py")),
    // Operators as functions, CPython's pure-Python Lib/operator.py.
    ("operator", include_str!("operator.py")),
    // BOM constants, encode/decode and lookup over the native codecs.
    ("codecs", include_str!("codecs.py")),
    // kwlist/softkwlist and iskeyword, CPython's Lib/keyword.py.
    ("keyword", include_str!("keyword.py")),
];

/// Put native functions into a module's namespace.
pub fn add_functions(
    m: &Py<PyModule>,
    module_name: &'static str,
    fns: &[(&'static str, NativeFn)],
) {
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
        "gc" => Ok(gc::create().into_value()),
        "_thread" => Ok(thread::create().into_value()),
        "importlib" => Ok(importlib::create().into_value()),
        "math" => Ok(math::create().into_value()),
        "_introspect" => Ok(introspect::create().into_value()),
        "_weakref" => Ok(weakref::create().into_value()),
        "_asttree" => Ok(ast_tree::create().into_value()),
        "posix" => Ok(posix::create().into_value()),
        _ => {
            let &(name, source) = BUNDLED.iter().find(|(n, _)| *n == name)?;
            let m = new_module(name);
            let key = crate::objects::str::str_value(name);
            if let Err(e) = vm.dict_set(&crate::vm::interp().modules, key.clone(), m.to_value()) {
                return Some(Err(e));
            }
            let filename = format!("<frozen {name}>");
            // Initializing while the body runs: another thread importing it
            // meanwhile waits on the module lock instead of seeing it partial.
            m.set_initializing(true);
            let ran = crate::interpreter::run_source_in(vm, source, &filename, &m.dict);
            m.set_initializing(false);
            match ran {
                Ok(_) => Ok(m.into_value()),
                Err(e) => {
                    // As for a file module: a failed body leaves no entry behind.
                    let _ = crate::vm::interp().modules.del_str(&intern(name));
                    Err(e)
                }
            }
        }
    })
}

/// Is `name` a builtin (or bundled) module?
pub fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "builtins"
            | "time"
            | "gc"
            | "_thread"
            | "importlib"
            | "math"
            | "_introspect"
            | "_weakref"
            | "_asttree"
            | "posix"
    ) || BUNDLED.iter().any(|(n, _)| *n == name)
}
