//! `bytes`: an immutable byte string (the basics: literals, len, indexing,
//! iteration, comparison, decode; the full method set comes later).

use crate::object::pyref::{Py, PyPayload, PyRef};
use crate::object::typeobj::{types, BuiltinTypes, PyType};
use crate::object::value::Value;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::instance::set_new;
use crate::objects::method::{add_methods, Args};
use crate::objects::str::{str_value, PyStr};
use crate::vm::Vm;

pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyPayload for PyBytes {}

pub fn bytes_value(data: Vec<u8>) -> Value {
    PyRef::new_in(
        PyBytes {
            data: data.into_boxed_slice(),
        },
        &types().bytes,
    )
    .into_value()
}

/// `repr(b)`: CPython's quoting rules.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in data {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c as char == quote => {
                s.push('\\');
                s.push(quote)
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

fn bytes_new(vm: &mut Vm, cls: &Py<PyType>, args: &Args) -> PyResult<Value> {
    let p = args.exact("bytes", 0, 3)?;
    let data = match p.first() {
        None => Vec::new(),
        Some(v) => {
            if let Some(s) = v.downcast::<PyStr>() {
                if p.len() < 2 {
                    return Err(type_error("string argument without an encoding"));
                }
                s.as_str().as_bytes().to_vec()
            } else if matches!(v, Value::Int(_))
                || (v.class().payload.is_heap_type()
                    && vm
                        .lookup_special(v, &crate::vm::interp().names.index)
                        .is_some())
            {
                let n = vm.to_index(v)?;
                if n < 0 {
                    return Err(value_error("negative count"));
                }
                let mut zeros = Vec::new();
                zeros
                    .try_reserve_exact(n as usize)
                    .map_err(|_| crate::objects::exception::memory_error())?;
                zeros.resize(n as usize, 0);
                zeros
            } else if let Some(b) = v.downcast::<PyBytes>() {
                b.data.to_vec()
            } else {
                let mut out = Vec::new();
                for x in vm.to_vec(v)? {
                    let i = vm.to_index(&x)?;
                    if !(0..256).contains(&i) {
                        return Err(value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(i as u8);
                }
                out
            }
        }
    };
    Ok(PyRef::new_in(
        PyBytes {
            data: data.into_boxed_slice(),
        },
        cls,
    )
    .into_value())
}

fn this<'a>(args: &Args<'a>) -> &'a Py<PyBytes> {
    args.pos()[0]
        .downcast::<PyBytes>()
        .expect("bytes method on bytes")
}

fn decode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args);
    match std::str::from_utf8(&b.data) {
        Ok(s) => Ok(str_value(s)),
        Err(e) => Err(crate::objects::exception::new_error(
            crate::objects::exception::ExcKind::UnicodeDecodeError,
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b.data[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(this(args).data.len() as i64))
}

pub fn init(t: &BuiltinTypes) {
    set_new(&t.bytes, bytes_new);
    add_methods(&t.bytes, &[("decode", decode), ("__len__", len)]);
}
