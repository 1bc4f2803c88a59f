//! Methods of code objects: `co_lines()` (the line of each range of
//! bytecode, from the line table) and `replace(**changes)`.
//!
//! `replace` changes only what the VM does not rely on for memory safety:
//! names, file, first line (the line table moves with it, as CPython's is
//! relative to `co_firstlineno`) and the flags that do not change how a
//! frame runs. Other fields CPython accepts (`co_code`, `co_consts`,
//! counts) raise ValueError: ferropy's bytecode is its own, and a count
//! that disagrees with the code would corrupt a frame.

use crate::bytecode::attr_cache::AttrCache;
use crate::bytecode::code::{PyCode, CO_ITERABLE_COROUTINE};
use crate::object::pyref::{Py, PyRef};
use crate::object::typeobj::{types, BuiltinTypes};
use crate::object::value::Value;
use crate::objects::exception::{type_error, type_name, value_error, PyResult};
use crate::objects::method::{add_methods, Args};
use crate::objects::str::PyStr;
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

fn code_of<'a>(args: &Args<'a>) -> PyResult<&'a Py<PyCode>> {
    args.values
        .first()
        .and_then(|v| v.downcast::<PyCode>())
        .ok_or_else(|| type_error("descriptor requires a 'code' object"))
}

/// Flags `replace` may change: informational ones
/// (CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_NOFREE, future flags) and
/// CO_ITERABLE_COROUTINE; the bits that pick how the code runs
/// (varargs, generator kinds) must stay as they are.
const FIXED_FLAGS: u32 = 0x04 | 0x08 | 0x20 | 0x80 | 0x200;

/// A copy of `c` with `edit` applied; immortal like every code object.
pub fn copy_code(c: &PyCode, edit: impl FnOnce(&mut PyCode)) -> PyRef<PyCode> {
    let mut code = PyCode {
        code: c.code.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        stacksize: c.stacksize,
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        firstlineno: c.firstlineno,
        linetable: c.linetable.clone(),
        positions: c.positions.clone(),
        attr_caches: AttrCache::for_names(c.names.len()),
    };
    edit(&mut code);
    let obj = PyRef::new_in(code, &types().code);
    obj.header.make_immortal();
    obj
}

fn str_arg(name: &str, v: &Value) -> PyResult<PyRef<PyStr>> {
    v.as_obj()
        .and_then(|o| o.clone().into_typed::<PyStr>().ok())
        .ok_or_else(|| {
            type_error(format!(
                "replace() argument '{name}' must be str, not {}",
                type_name(v)
            ))
        })
}

fn u32_arg(name: &str, v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(i) => u32::try_from(*i).map_err(|_| value_error(format!("{name} out of range"))),
        _ => Err(type_error(format!(
            "replace() argument '{name}' must be int, not {}",
            type_name(v)
        ))),
    }
}

/// Move every line of the tables by `delta` (a new `co_firstlineno`).
fn shift_lines(code: &mut PyCode, delta: i64) {
    let shift = |l: u32| (l as i64 + delta).clamp(0, u32::MAX as i64) as u32;
    code.linetable.iter_mut().for_each(|e| e.1 = shift(e.1));
    for (_, p) in code.positions.iter_mut() {
        p.line = shift(p.line);
        p.end_line = shift(p.end_line);
    }
}

fn replace(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = code_of(args)?;
    if args.pos().len() > 1 {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let mut edits: Vec<Box<dyn FnOnce(&mut PyCode)>> = Vec::new();
    for (k, v) in args.kw() {
        match k {
            "co_name" | "co_qualname" | "co_filename" => {
                let s = str_arg(k, v)?;
                edits.push(Box::new(move |code: &mut PyCode| match k {
                    "co_name" => code.name = s,
                    "co_qualname" => code.qualname = s,
                    _ => code.filename = s,
                }));
            }
            "co_firstlineno" => {
                let first = u32_arg(k, v)?;
                edits.push(Box::new(move |code: &mut PyCode| {
                    shift_lines(code, first as i64 - code.firstlineno as i64);
                    code.firstlineno = first;
                }));
            }
            "co_flags" => {
                let flags = u32_arg(k, v)?;
                if (flags ^ c.cpython_flags()) & FIXED_FLAGS != 0 {
                    return Err(value_error(
                        "ferropy: replace() cannot change how the code runs (co_flags)",
                    ));
                }
                let keep = c.flags & !CO_ITERABLE_COROUTINE;
                edits.push(Box::new(move |code: &mut PyCode| {
                    code.flags = keep | (flags & CO_ITERABLE_COROUTINE);
                }));
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_code" | "co_consts" | "co_names" | "co_varnames"
            | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(value_error(format!(
                    "ferropy: replace() cannot change {k} (its bytecode is its own)"
                )));
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    let new = copy_code(c, |code| edits.into_iter().for_each(|e| e(code)));
    Ok(new.into_value())
}

/// `co_lines()`: (start, end, line) byte ranges covering the code, one per
/// run of instructions on the same line.
fn co_lines(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = code_of(args)?;
    let end = c.code.len() as u32 * 2;
    let mut runs: Vec<(u32, u32)> = Vec::new();
    if c.linetable.first().is_none_or(|&(o, _)| o > 0) {
        runs.push((0, c.firstlineno));
    }
    for &(off, line) in c.linetable.iter() {
        match runs.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == off * 2 => last.1 = line,
            _ => runs.push((off * 2, line)),
        }
    }
    let items = runs.iter().enumerate().map(|(i, &(start, line))| {
        let stop = runs.get(i + 1).map_or(end, |r| r.0);
        tuple_value(vec![
            Value::Int(start as i64),
            Value::Int(stop as i64),
            Value::Int(line as i64),
        ])
    });
    let list = crate::objects::list::list_value(items.collect());
    Ok(crate::objects::iter::seq_iter(list))
}

pub fn init(t: &BuiltinTypes) {
    add_methods(&t.code, &[("replace", replace), ("co_lines", co_lines)]);
}
