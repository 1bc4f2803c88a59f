//! The names `site.py` adds to `builtins` in CPython (`exit`, `quit`,
//! `help`, `copyright`, `credits`, `license`), plus `breakpoint` and the
//! module's own `__doc__`/`__package__`/`__spec__`/`__loader__`, so
//! `dir(builtins)` lists what CPython's does. They are plain builtin
//! functions here, not site's `Quitter`/`_Printer`/`_Helper` instances.

use crate::object::pyref::Py;
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::method::Args;
use crate::objects::module::PyModule;
use crate::objects::str::{intern, str_value};
use crate::vm::Vm;

const DOC: &str = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

/// `help(obj)`: the object's `__doc__` (no interactive pager).
fn help(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("help", 0, 1)?;
    let text = match p.first() {
        Some(v) => {
            let doc = vm.get_attr(v, &intern("__doc__")).unwrap_or(Value::None);
            vm.str(&doc)?.as_str().to_string()
        }
        None => "Type help(object) for help about object.".to_string(),
    };
    super::builtins::write_stdout(&format!("{text}\n"));
    Ok(Value::None)
}

/// `copyright()`, `credits()`, `license()`: a line about ferropy.
fn notice(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("notice", 0, 0)?;
    super::builtins::write_stdout("ferropy: a Python 3 interpreter in Rust.\n");
    Ok(Value::None)
}

/// `breakpoint()`: there is no debugger to enter; does nothing.
fn breakpoint(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `__loader__`: callable as CPython's `BuiltinImporter` class is.
fn loader(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, crate::objects::method::NativeFn)] = &[
    ("exit", super::sys::exit),
    ("quit", super::sys::exit),
    ("help", help),
    ("copyright", notice),
    ("credits", notice),
    ("license", notice),
    ("breakpoint", breakpoint),
    ("__loader__", loader),
];

/// Add the names above to the builtins module `m`.
pub fn install(m: &Py<PyModule>) {
    super::add_functions(m, "builtins", FUNCTIONS);
    let set = |name: &str, v: Value| m.dict.set_str(&intern(name), v);
    set("__doc__", str_value(DOC));
    set("__package__", str_value(""));
    set("__spec__", Value::None);
}
