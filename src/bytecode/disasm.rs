//! The disassembler: renders a compiled `CodeObject` in CPython's `dis`
//! layout (Lib/dis.py of CPython 3.11).
//!
//! One row per code unit: the source line where a line starts (after a
//! blank row), a jump-target marker `>>`, the byte offset (2 per code
//! unit), the opcode name, the argument (accumulated through
//! `EXTENDED_ARG` prefixes) and its resolution in parentheses: constants
//! via a Python `repr`, names, locals, cells, `to N` for jumps, the
//! operator of `COMPARE_OP`/`BINARY_OP`/`UNARY_OP`. Nested code objects
//! follow, each after "Disassembly of <code object ...>:".

use crate::bytecode::opcode::{ArgTable, Opcode, INPLACE};
use crate::compiler::{CodeObject, Const};
use std::collections::HashSet;
use std::fmt::Write;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// `dis.dis(code)`: this code and, recursively, its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out);
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, out);
        }
    }
}

/// Ops whose argument `dis` does not show (CPython's `< HAVE_ARGUMENT`).
pub fn shows_arg(op: Opcode) -> bool {
    !matches!(
        op,
        Opcode::Nop
            | Opcode::PopTop
            | Opcode::PushNull
            | Opcode::BinarySubscr
            | Opcode::StoreSubscr
            | Opcode::DeleteSubscr
            | Opcode::GetIter
            | Opcode::ReturnValue
            | Opcode::LoadBuildClass
            | Opcode::ImportStar
            | Opcode::PopBlock
            | Opcode::PopExcept
            | Opcode::PopExceptReraise
            | Opcode::CheckExcMatch
            | Opcode::BeforeWith
            | Opcode::WithExceptStart
            | Opcode::ReturnGenerator
            | Opcode::YieldValue
            | Opcode::GetYieldFromIter
            | Opcode::LoadAssertionError
            | Opcode::SetupAnnotations
            | Opcode::ListToTuple
            | Opcode::AsyncGenWrap
            | Opcode::GetAiter
            | Opcode::GetAnext
            | Opcode::EndAsyncFor
            | Opcode::BeforeAsyncWith
            | Opcode::GetLen
            | Opcode::MatchMapping
            | Opcode::MatchSequence
            | Opcode::MatchKeys
    )
}

/// (offset in code units, opcode, full argument) for every code unit.
fn decode(code: &CodeObject) -> Vec<(usize, Opcode, u32)> {
    let mut ext: u32 = 0;
    let mut v = Vec::with_capacity(code.code.len());
    for (i, cu) in code.code.iter().enumerate() {
        let arg = ext | cu.arg as u32;
        ext = if cu.op == Opcode::ExtendedArg {
            arg << 8
        } else {
            0
        };
        v.push((i, cu.op, arg));
    }
    v
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let instrs = decode(code);
    let targets: HashSet<u32> = instrs
        .iter()
        .filter(|(_, op, _)| op.is_jump())
        .map(|&(_, _, arg)| arg)
        .collect();
    let max_line = code.linetable.iter().map(|&(_, l)| l).max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let max_offset = (code.code.len() * 2).saturating_sub(2);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let starts: std::collections::HashMap<u32, u32> = code.linetable.iter().copied().collect();
    for &(i, op, arg) in &instrs {
        let start = starts.get(&(i as u32)).copied();
        if start.is_some() && i > 0 {
            out.push('\n');
        }
        let mut row = String::new();
        match start {
            Some(l) => row.push_str(&format!("{l:>line_width$}")),
            None => row.push_str(&" ".repeat(line_width)),
        }
        row.push_str("     ");
        row.push_str(if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        });
        row.push(' ');
        row.push_str(&format!("{:>offset_width$}", i * 2));
        row.push(' ');
        row.push_str(&format!("{:<OPNAME_WIDTH$}", op.name()));
        if shows_arg(op) {
            row.push(' ');
            row.push_str(&format!("{arg:>OPARG_WIDTH$}"));
            let r = argrepr(code, op, arg);
            if !r.is_empty() {
                row.push_str(&format!(" ({r})"));
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
}

/// The parenthesized resolution of an argument.
fn argrepr(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let a = arg as usize;
    let get = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_else(|| "<?>".to_string());
    if op.is_jump() {
        return format!("to {}", a * 2);
    }
    match op.arg_table() {
        ArgTable::Const => {
            return code
                .consts
                .get(a)
                .map_or_else(|| "<?>".to_string(), const_repr)
        }
        ArgTable::Name => return get(&code.names, a),
        ArgTable::Local => return get(&code.varnames, a),
        ArgTable::Deref => {
            let all: Vec<String> = code
                .cellvars
                .iter()
                .chain(&code.freevars)
                .cloned()
                .collect();
            return get(&all, a);
        }
        ArgTable::None => {}
    }
    plain_argrepr(op, arg)
}

/// The resolution of an argument that indexes no code-object table
/// (operators, FORMAT_VALUE and MAKE_FUNCTION flags); empty for others.
pub fn plain_argrepr(op: Opcode, arg: u32) -> String {
    let a = arg as usize;
    match op {
        Opcode::CompareOp => ["<", "<=", "==", "!=", ">", ">="]
            .get(a)
            .unwrap_or(&"?")
            .to_string(),
        Opcode::BinaryOp => binop_repr(arg),
        Opcode::UnaryOp => ["-", "+", "~", "not"].get(a).unwrap_or(&"?").to_string(),
        Opcode::FormatValue => {
            let mut s = ["", "str", "repr", "ascii"][a & 3].to_string();
            if a & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        Opcode::MakeFunction => {
            let flags = ["defaults", "kwdefaults", "annotations", "closure"];
            let set: Vec<&str> = (0..4)
                .filter(|i| a & (1 << i) != 0)
                .map(|i| flags[i])
                .collect();
            set.join(", ")
        }
        _ => String::new(),
    }
}

fn binop_repr(arg: u32) -> String {
    const OPS: [&str; 13] = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    ];
    let base = (arg % INPLACE) as usize;
    let sym = OPS.get(base).copied().unwrap_or("?");
    if arg >= INPLACE {
        format!("{sym}=")
    } else {
        sym.to_string()
    }
}

/// `repr()` of a code object, as CPython prints it.
pub fn code_repr(c: &CodeObject) -> String {
    format!(
        "<code object {} at {:p}, file \"{}\", line {}>",
        c.name, c as *const CodeObject, c.filename, c.firstlineno
    )
}

/// Python `repr()` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Int(s) => s.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(f) => complex_repr(*f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => code_repr(code),
    }
}

/// Shortest round-trip digits and decimal exponent: value = 0.D × 10^decpt.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Python's `repr(float)` (`'r'` format, short style).
pub fn float_repr(f: f64) -> String {
    float_format(f, true)
}

fn float_format(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0{}", if add_dot_0 { ".0" } else { "" });
    }
    let (d, decpt) = shortest_digits(f);
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), d)
        } else if decpt as usize >= d.len() {
            let zeros = "0".repeat(decpt as usize - d.len());
            format!("{d}{zeros}{}", if add_dot_0 { ".0" } else { "" })
        } else {
            format!("{}.{}", &d[..decpt as usize], &d[decpt as usize..])
        }
    } else {
        let mant = if d.len() > 1 {
            format!("{}.{}", &d[..1], &d[1..])
        } else {
            d.clone()
        };
        let e = decpt - 1;
        format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    };
    format!("{sign}{body}")
}

/// `repr(complex(0, f))`.
pub fn complex_repr(f: f64) -> String {
    format!("{}j", float_format(f, false))
}

pub use crate::objects::str::str_repr;

pub use crate::objects::bytes::bytes_repr;
