//! Code objects: compiled bytecode with its constants, names and line table.
//!
//! A code object is immutable after compilation and shared by every thread
//! that runs it, so it needs no lock. Code objects are constants of their
//! enclosing code and are immortal (PEP 703: code constants).
//!
//! Frame layout (see `vm::frame`): `nlocals` fast locals (parameters first),
//! then `cellvars.len()` cells, then `freevars.len()` free-variable cells,
//! then at most `stacksize` evaluation-stack slots.

use crate::bytecode::opcode::CodeUnit;
use crate::object::pyref::{PyPayload, PyRef};
use crate::object::value::Value;
use crate::objects::str::PyStr;

pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
/// The body needs a locals dict (module and class bodies).
pub const CO_NEWLOCALS_DICT: u32 = 0x1000;

pub struct PyCode {
    pub code: Box<[CodeUnit]>,
    pub consts: Box<[Value]>,
    pub names: Box<[PyRef<PyStr>]>,
    pub varnames: Box<[PyRef<PyStr>]>,
    pub cellvars: Box<[PyRef<PyStr>]>,
    pub freevars: Box<[PyRef<PyStr>]>,
    /// For each cell variable that is also an argument: its argument index.
    pub cell2arg: Box<[Option<u32>]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub name: PyRef<PyStr>,
    pub qualname: PyRef<PyStr>,
    pub filename: PyRef<PyStr>,
    pub firstlineno: u32,
    /// (first code-unit offset, line) pairs in offset order.
    pub linetable: Box<[(u32, u32)]>,
}

impl PyPayload for PyCode {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.consts.iter().for_each(visit);
    }
}

impl PyCode {
    /// Source line of the instruction at `offset`.
    pub fn line_at(&self, offset: usize) -> u32 {
        let i = self.linetable.partition_point(|&(o, _)| o as usize <= offset);
        if i == 0 {
            self.firstlineno
        } else {
            self.linetable[i - 1].1
        }
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Slots before the evaluation stack: locals, cells, free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total positional + keyword-only parameters, plus *args and **kwargs.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
