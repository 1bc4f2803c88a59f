//! `bytes % args` (PEP 461, CPython's `_PyBytes_FormatEx`).
//!
//! The loop is str's (`Vm::percent_core`), run over the format read as
//! Latin-1 text: every byte is one char, so widths and precisions count
//! bytes, and the result maps back byte for byte. This file supplies what
//! differs: the `%s`/`%b` (bytes-like or `__bytes__`), `%r`/`%a` (ASCII
//! repr) and `%c` (an int or a single byte) conversions and bytes keys.

use crate::object::value::Value;
use crate::objects::bytes::{bytes_like, bytes_value, Kind, PyBytes};
use crate::objects::exception::{overflow_error, type_error, PyResult};
use crate::vm::ops::convert::ascii_escape;
use crate::vm::Vm;

/// Bytes as Latin-1 text (one char per byte).
pub fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// A bytes object from Latin-1 text (a mapping key of the format).
pub fn latin1_bytes(s: &str) -> Value {
    bytes_value(s.chars().map(|c| c as u32 as u8).collect())
}

/// `fmt % args` where `fmt` is a bytes or bytearray.
pub fn format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text = latin1(
        &bytes_like(fmt)
            .map(|r| r.map(|c| c.into_owned()))
            .unwrap_or(Ok(Vec::new()))?,
    );
    let out = vm.percent_core(&text, args, true)?;
    Ok(Kind::of(fmt).make(out.chars().map(|c| c as u32 as u8).collect()))
}

/// The Latin-1 text of one `%s %b %r %a %c` conversion of `arg`.
pub fn convert_arg(vm: &mut Vm, conv: char, arg: &Value) -> PyResult<String> {
    match conv {
        'r' | 'a' => {
            let r = vm.repr(arg)?;
            Ok(ascii_escape(r.as_str()))
        }
        'c' => char_arg(vm, arg),
        _ => {
            if let Some(b) = bytes_like(arg) {
                return Ok(latin1(&b?));
            }
            if let Some(b) = crate::objects::bytes::dunder_bytes(vm, arg) {
                return Ok(latin1(&b?));
            }
            Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                arg.class().payload.name()
            )))
        }
    }
}

fn char_arg(vm: &mut Vm, arg: &Value) -> PyResult<String> {
    let bad = || type_error("%c requires an integer in range(256) or a single byte");
    if arg.payload_is::<PyBytes>() || arg.payload_is::<crate::objects::bytearray::PyByteArray>() {
        let b = bytes_like(arg).ok_or_else(bad)??;
        return match &b[..] {
            [c] => Ok((*c as char).to_string()),
            _ => Err(bad()),
        };
    }
    if !crate::objects::bytes::is_index_like(vm, arg) {
        return Err(bad());
    }
    match vm.to_index_value(arg)? {
        Value::Int(i) if (0..256).contains(&i) => Ok((i as u8 as char).to_string()),
        Value::Bool(b) => Ok((b as u8 as char).to_string()),
        _ => Err(overflow_error("%c arg not in range(256)")),
    }
}
