//! The methods of `str` (placeholder: filled in below).

use crate::object::pyref::Py;
use crate::object::typeobj::{BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::PyResult;
use crate::objects::instance::set_new;
use crate::objects::method::Args;
use crate::vm::Vm;

fn str_new(vm: &mut Vm, _cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("str", 0, 1)?;
    match p.first() {
        None => Ok(crate::objects::str::str_value("")),
        Some(v) => Ok(vm.str(v)?.into_value()),
    }
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.str, str_new);
}
