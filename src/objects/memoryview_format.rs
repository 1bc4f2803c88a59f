//! Item formats of `memoryview` (the native single-character `struct`
//! codes CPython's `memoryview.cast` accepts): the size of an item, and
//! converting one item between its bytes and a Python value.
//!
//! Native means this machine's byte order and C sizes (`l`/`L`/`N`/`n`
//! are 8 bytes on the 64-bit targets ferropy builds for). Used by
//! `objects::memoryview` for `cast`, indexing, item assignment, `tolist`
//! and comparison. Upstream: CPython Objects/memoryobject.c (`unpack_single`,
//! `pack_single`, `get_native_fmtchar`).

use crate::object::value::Value;
use crate::objects::bytes::{bytes_value, PyBytes};
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::int::to_bigint;
use crate::vm::Vm;

/// The item size of native format `code`, or None if it is not one.
pub fn itemsize(code: char) -> Option<usize> {
    Some(match code {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' | 'P' => 8,
        _ => return None,
    })
}

/// The format code of a format string: one native code, optionally
/// prefixed with '@'.
pub fn parse(fmt: &str) -> Option<char> {
    let mut cs = fmt.strip_prefix('@').unwrap_or(fmt).chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if itemsize(c).is_some() => Some(c),
        _ => None,
    }
}

/// Formats whose items are single bytes (casts must start or end there).
pub fn is_byte_format(code: char) -> bool {
    matches!(code, 'B' | 'b' | 'c')
}

fn ne_bytes<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut a = [0u8; N];
    a.copy_from_slice(&b[..N]);
    a
}

/// The Python value of the item stored in `b` (exactly `itemsize` bytes).
pub fn unpack(code: char, b: &[u8]) -> Value {
    let int = |i: i64| Value::Int(i);
    let uint = |u: u64| crate::objects::int::int_value(u.into());
    match code {
        'b' => int(b[0] as i8 as i64),
        'c' => bytes_value(vec![b[0]]),
        '?' => Value::Bool(b[0] != 0),
        'H' => int(u16::from_ne_bytes(ne_bytes(b)) as i64),
        'h' => int(i16::from_ne_bytes(ne_bytes(b)) as i64),
        'I' => int(u32::from_ne_bytes(ne_bytes(b)) as i64),
        'i' => int(i32::from_ne_bytes(ne_bytes(b)) as i64),
        'L' | 'Q' | 'N' | 'P' => uint(u64::from_ne_bytes(ne_bytes(b))),
        'l' | 'q' | 'n' => int(i64::from_ne_bytes(ne_bytes(b))),
        'f' => Value::Float(f32::from_ne_bytes(ne_bytes(b)) as f64),
        'd' => Value::Float(f64::from_ne_bytes(ne_bytes(b))),
        _ => int(b[0] as i64),
    }
}

/// The bytes of `v` as an item of format `code` (CPython's messages:
/// TypeError for a wrong type, ValueError for a value out of range).
pub fn pack(vm: &mut Vm, code: char, v: &Value) -> PyResult<Vec<u8>> {
    let bad_type = || type_error(format!("memoryview: invalid type for format '{code}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{code}'"));
    match code {
        'c' => {
            let b = v.downcast::<PyBytes>().ok_or_else(bad_type)?;
            match &b.data[..] {
                [c] => Ok(vec![*c]),
                _ => Err(bad_value()),
            }
        }
        '?' => Ok(vec![vm.truthy(v)? as u8]),
        'f' | 'd' => {
            let f = match v {
                Value::Float(f) => *f,
                _ if to_bigint(v).is_some() => vm.to_f64(v)?,
                _ => return Err(bad_type()),
            };
            Ok(if code == 'f' {
                (f as f32).to_ne_bytes().to_vec()
            } else {
                f.to_ne_bytes().to_vec()
            })
        }
        _ => {
            let n = to_bigint(v).ok_or_else(bad_type)?;
            let size = itemsize(code).unwrap_or(1);
            let signed = code.is_ascii_lowercase();
            let i = num_traits::ToPrimitive::to_i128(&n).ok_or_else(bad_value)?;
            let bits = 8 * size as u32;
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if !(lo..=hi).contains(&i) {
                return Err(bad_value());
            }
            Ok(match size {
                1 => (i as u8).to_ne_bytes().to_vec(),
                2 => (i as u16).to_ne_bytes().to_vec(),
                4 => (i as u32).to_ne_bytes().to_vec(),
                _ => (i as u64).to_ne_bytes().to_vec(),
            })
        }
    }
}
