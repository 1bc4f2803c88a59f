//! `_introspect`: the native half of the bundled `dis` and `inspect`
//! modules (`modules/dis.py`, `modules/inspect.py`), plus `sys._getframe`.
//!
//! * `instructions(code)`: the decoded instructions of a runtime code
//!   object as tuples `(opname, opcode, arg, argval, argrepr, offset,
//!   starts_line, is_jump_target)`, CPython's `dis.Instruction` fields.
//!   Code units may hold superinstructions written by `bytecode/quicken.rs`;
//!   each is shown as the instruction it was fused from (`Opcode::unfused`),
//!   so `dis` prints exactly what the compiler emitted (and what
//!   `ferropy --dis` prints).
//! * `opnames()`: the names of the compiler's opcodes, indexed by number
//!   (superinstructions appear as `<N>`, as unused numbers do in CPython).
//! * `getframe(depth)`: `sys._getframe`. Frames live on the thread's frame
//!   stack and are not objects, so the result is a chain of snapshots
//!   (`objects/traceback.rs`'s `frame`): code, globals, the line each frame
//!   was at when the call was made, and `f_back` links up to the module
//!   frame. A snapshot does not follow the frame afterwards (its `f_lineno`
//!   stays where it was) and has no `f_locals`.

use crate::bytecode::code::PyCode;
use crate::bytecode::disasm::{plain_argrepr, shows_arg};
use crate::bytecode::opcode::{ArgTable, Opcode};
use crate::object::pyref::PyRef;
use crate::object::value::Value;
use crate::objects::exception::{type_error, value_error, PyResult};
use crate::objects::list::list_value;
use crate::objects::method::Args;
use crate::objects::module::{new_module, PyModule};
use crate::objects::str::str_value;
use crate::objects::traceback::new_frame_object_with_back;
use crate::objects::tuple::tuple_value;
use crate::vm::Vm;

fn instructions(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("instructions", 1, 1)?;
    let Some(code) = p[0].downcast::<PyCode>() else {
        return Err(type_error("instructions() argument must be a code object"));
    };
    // (unit index, original opcode, full argument)
    let mut decoded = Vec::with_capacity(code.code.len());
    let mut ext: u32 = 0;
    for (i, cu) in code.code.iter().enumerate() {
        let op = cu.op.unfused();
        let arg = ext | cu.arg as u32;
        ext = if op == Opcode::ExtendedArg {
            arg << 8
        } else {
            0
        };
        decoded.push((i, op, arg));
    }
    let targets: std::collections::HashSet<u32> = decoded
        .iter()
        .filter(|(_, op, _)| op.is_jump())
        .map(|&(_, _, a)| a)
        .collect();
    let starts: std::collections::HashMap<u32, u32> = code.linetable.iter().copied().collect();
    let mut out = Vec::with_capacity(decoded.len());
    for &(i, op, arg) in &decoded {
        let (argv, argval, argrepr) = if shows_arg(op) {
            let (val, rep) = resolve(vm, code, op, arg)?;
            (Value::Int(arg as i64), val, rep)
        } else {
            (Value::None, Value::None, String::new())
        };
        let line = starts
            .get(&(i as u32))
            .map_or(Value::None, |&l| Value::Int(l as i64));
        out.push(tuple_value(vec![
            str_value(op.name()),
            Value::Int(op as u8 as i64),
            argv,
            argval,
            str_value(argrepr),
            Value::Int(i as i64 * 2),
            line,
            Value::Bool(targets.contains(&(i as u32))),
        ]));
    }
    Ok(list_value(out))
}

/// `argval` and `argrepr` of an instruction (CPython `dis._get_instructions_bytes`).
fn resolve(vm: &mut Vm, code: &PyCode, op: Opcode, arg: u32) -> PyResult<(Value, String)> {
    let a = arg as usize;
    let unknown = || (Value::Int(arg as i64), "<?>".to_string());
    if op.is_jump() {
        return Ok((Value::Int(a as i64 * 2), format!("to {}", a * 2)));
    }
    let name = |v: Option<&PyRef<crate::objects::str::PyStr>>| match v {
        Some(s) => (s.to_value(), s.as_str().to_string()),
        None => unknown(),
    };
    Ok(match op.arg_table() {
        ArgTable::Const => match code.consts.get(a) {
            Some(c) => {
                let r = vm.repr(c)?;
                (c.clone(), r.as_str().to_string())
            }
            None => unknown(),
        },
        ArgTable::Name => name(code.names.get(a)),
        ArgTable::Local => name(code.varnames.get(a)),
        ArgTable::Deref => name(code.cellvars.iter().chain(code.freevars.iter()).nth(a)),
        ArgTable::None => {
            let r = plain_argrepr(op, arg);
            let val = if op == Opcode::CompareOp && !r.is_empty() {
                str_value(r.as_str())
            } else {
                Value::Int(arg as i64)
            };
            (val, r)
        }
    })
}

fn opnames(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("opnames", 0, 0)?;
    let names = (0..=255u8)
        .map(|b| match Opcode::from_u8(b) {
            Some(op) if !op.is_superinstruction() => str_value(op.name()),
            _ => str_value(format!("<{b}>")),
        })
        .collect();
    Ok(list_value(names))
}

fn hasjump(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("hasjump", 0, 0)?;
    let ops = (0..=255u8)
        .filter_map(Opcode::from_u8)
        .filter(|op| op.is_jump() && !op.is_superinstruction())
        .map(|op| Value::Int(op as u8 as i64))
        .collect();
    Ok(list_value(ops))
}

/// `sys._getframe(depth=0)`: snapshots of the calling frame and its callers.
pub fn getframe(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("_getframe", 0, 1)?;
    let depth = match p.first() {
        None => 0,
        Some(Value::Int(d)) => *d,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class().name()
            )))
        }
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        if depth < 0 {
            // CPython treats a negative depth as 0.
            return frame_chain(vm, n - 1);
        }
        return Err(value_error("call stack is not deep enough"));
    }
    frame_chain(vm, n - 1 - depth)
}

/// The snapshot of frame `top` (an index into `Vm::frames`), linked through
/// `f_back` to snapshots of every frame below it.
fn frame_chain(vm: &mut Vm, top: i64) -> PyResult<Value> {
    let mut back = Value::None;
    for i in 0..(top + 1).max(0) as usize {
        let locals = vm.frame_locals(i).into_value();
        let f = &vm.frames[i];
        let line = f.code.line_at(f.last_ip);
        back = new_frame_object_with_back(
            f.code.clone(),
            f.globals.to_ref(),
            line,
            f.last_ip as u32,
            back,
            locals,
        );
    }
    Ok(back)
}

/// `getline(filename, lineno)`: line `lineno` (from 1) of a source file
/// with its newline, or '' when the file or line cannot be read
/// (`linecache.getline`; nothing is cached).
fn getline(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("getline", 2, 2)?;
    let (Some(name), Value::Int(n)) = (p[0].downcast::<crate::objects::str::PyStr>(), &p[1]) else {
        return Ok(str_value(""));
    };
    if *n < 1 || name.as_str().starts_with('<') {
        return Ok(str_value(""));
    }
    // Only regular files of sane size: a code object's filename is whatever
    // `compile()` was given (`/dev/zero`, a FIFO...).
    const MAX_SOURCE: u64 = 64 << 20;
    match std::fs::metadata(name.as_str()) {
        Ok(m) if m.is_file() && m.len() <= MAX_SOURCE => {}
        _ => return Ok(str_value("")),
    }
    let Ok(text) = std::fs::read_to_string(name.as_str()) else {
        return Ok(str_value(""));
    };
    let line = text
        .split_inclusive('\n')
        .nth((*n - 1) as usize)
        .unwrap_or("");
    let mut line = line.to_string();
    if !line.is_empty() && !line.ends_with('\n') {
        line.push('\n');
    }
    Ok(str_value(line))
}

/// `repr()` of a code object, as CPython prints it (`dis` shows it).
fn code_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = args.exact("__repr__", 1, 1)?;
    let Some(c) = p[0].downcast::<PyCode>() else {
        return Err(type_error("descriptor '__repr__' requires a 'code' object"));
    };
    Ok(str_value(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name.as_str(),
        p[0].id(),
        c.filename.as_str(),
        c.firstlineno
    )))
}

/// Start-up: methods of the `code` type.
pub fn init_code_type(t: &crate::object::typeobj::BuiltinTypes) {
    crate::objects::method::add_methods(&t.code, &[("__repr__", code_repr)]);
}

pub fn create() -> PyRef<PyModule> {
    let m = new_module("_introspect");
    super::add_functions(
        &m,
        "_introspect",
        &[
            ("instructions", instructions),
            ("opnames", opnames),
            ("hasjump", hasjump),
            ("getframe", getframe),
            ("getline", getline),
            (
                "iterable_coroutine",
                crate::objects::function_attrs::iterable_coroutine,
            ),
        ],
    );
    m
}
