//! Positional-or-keyword arguments of builtins whose CPython signature is
//! made by Argument Clinic (`compile`, `function`): the slots by name, with
//! Clinic's messages for too many, unknown, doubled and missing arguments.

use crate::object::value::Value;
use crate::objects::exception::{type_error, PyResult};
use crate::objects::method::Args;

/// How many arguments of a signature are required and how many may be
/// positional (the rest are keyword-only).
pub struct Arity {
    pub required: usize,
    pub max_pos: usize,
}

/// The arguments of `fname(names...)` by slot.
pub fn clinic_args<'a, const N: usize>(
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
    arity: Arity,
) -> PyResult<[Option<&'a Value>; N]> {
    let pos = args.pos();
    if pos.len() > arity.max_pos {
        return Err(type_error(format!(
            "{fname}() takes at most {} positional arguments ({} given)",
            arity.max_pos,
            pos.len()
        )));
    }
    let mut slots: [Option<&Value>; N] = [None; N];
    for (i, v) in pos.iter().enumerate() {
        slots[i] = Some(v);
    }
    for (k, v) in args.kw() {
        let Some(i) = names.iter().position(|n| *n == k) else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    if let Some(i) = slots[..arity.required].iter().position(Option::is_none) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(slots)
}
