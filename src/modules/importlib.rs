//! `importlib`: `import_module(name, package=None)`, `reload(module)` and
//! `invalidate_caches()` over the import system in `vm/import/` (CPython
//! `Lib/importlib/__init__.py`).

use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::PyStr;
use crate::vm::import::resolve::resolve_name;
use crate::vm::Vm;

fn import_module(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.only_kw("import_module", &["name", "package"])?;
    let p = args.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "import_module() takes from 1 to 2 positional arguments but {} were given",
            p.len()
        )));
    }
    let name = p.first().or_else(|| args.kwarg("name"));
    let Some(name) = name else {
        return Err(type_error(
            "import_module() missing 1 required positional argument: 'name'",
        ));
    };
    let package = p
        .get(1)
        .or_else(|| args.kwarg("package"))
        .cloned()
        .unwrap_or(Value::None);
    let Some(name) = name.downcast::<PyStr>().map(|s| s.as_str().to_string()) else {
        let t = vm.repr(&name.class().to_value())?;
        return Err(type_error(format!(
            "module name must be str, not {}",
            t.as_str()
        )));
    };
    let level = name.chars().take_while(|&c| c == '.').count();
    let package = package.downcast::<PyStr>().map(|s| s.as_str().to_string());
    if level > 0 && package.as_deref().map_or(true, str::is_empty) {
        let r = vm.repr(&crate::objects::str::str_value(name.as_str()))?;
        return Err(type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            r.as_str()
        )));
    }
    let abs = resolve_name(&name[level..], package.as_deref(), level)?;
    vm.import_absolute(&abs)
}

fn reload(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("reload", 1, 1)?;
    vm.reload_module(&p[0])
}

fn invalidate_caches(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("invalidate_caches", 0, 0)?;
    Ok(Value::None)
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("importlib");
    super::add_functions(
        &m,
        "importlib",
        &[
            ("import_module", import_module),
            ("reload", reload),
            ("invalidate_caches", invalidate_caches),
        ],
    );
    m
}
