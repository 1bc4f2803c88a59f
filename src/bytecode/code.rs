//! Code objects: compiled bytecode with its constants, names and line table.
//!
//! A code object is immutable after compilation and shared by every thread
//! that runs it, so it needs no lock. Code objects are constants of their
//! enclosing code and are immortal (PEP 703: code constants).
//!
//! Frame layout (see `vm::frame`): `nlocals` fast locals (parameters first),
//! then `cellvars.len()` cells, then `freevars.len()` free-variable cells,
//! then at most `stacksize` evaluation-stack slots.

use crate::bytecode::attr_cache::AttrCache;
use crate::bytecode::opcode::CodeUnit;
use crate::object::pyref::{PyPayload, PyRef};
use crate::object::value::Value;
use crate::objects::str::PyStr;

pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
/// `async def` without `yield`.
pub const CO_COROUTINE: u32 = 0x80;
/// A generator usable with `await` (`types.coroutine`).
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;
/// `async def` with `yield`.
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
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
    /// (first code-unit offset, source range) pairs in offset order: the
    /// columns of tracebacks' `^^^` carets. Read only when an error is
    /// printed, so it costs the eval loop nothing.
    pub positions: Box<[(u32, Position)]>,
    /// One inline attribute cache per name (`bytecode::attr_cache`).
    pub attr_caches: Box<[AttrCache]>,
}

/// The source range of an instruction (CPython's `co_positions()` entry):
/// columns are UTF-8 byte offsets, `u16::MAX` when beyond that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u16,
    pub end_col: u16,
}

impl Position {
    pub fn new(line: u32, span: crate::ast::Span) -> Position {
        let col = |c: u32| u16::try_from(c).unwrap_or(u16::MAX);
        Position {
            line,
            end_line: span.end_line.max(line),
            col: col(span.col),
            end_col: col(span.end_col),
        }
    }
}

impl PyPayload for PyCode {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.consts.iter().for_each(visit);
    }
}

impl PyCode {
    /// Source line of the instruction at `offset`.
    pub fn line_at(&self, offset: usize) -> u32 {
        let i = self
            .linetable
            .partition_point(|&(o, _)| o as usize <= offset);
        if i == 0 {
            self.firstlineno
        } else {
            self.linetable[i - 1].1
        }
    }

    /// Source range of the instruction at `offset` (the unit an error was
    /// raised at: a superinstruction records the half that failed).
    pub fn position_at(&self, offset: usize) -> Option<Position> {
        let i = self
            .positions
            .partition_point(|&(o, _)| o as usize <= offset);
        let p = self.positions.get(i.checked_sub(1)?)?.1;
        (p.col != u16::MAX && p.end_col != u16::MAX).then_some(p)
    }

    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Slots before the evaluation stack: locals, cells, free variables.
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// `co_flags` as CPython 3.11 spells them: function bodies are
    /// CO_OPTIMIZED | CO_NEWLOCALS (3); module and class bodies have neither
    /// (ferropy's internal CO_NEWLOCALS_DICT is not shown).
    pub fn cpython_flags(&self) -> u32 {
        if self.flags & CO_NEWLOCALS_DICT != 0 {
            self.flags & !CO_NEWLOCALS_DICT
        } else {
            self.flags | 3
        }
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

impl PyCode {
    /// The runtime code object for a compiled one. Constants, names and the
    /// code objects themselves are made immortal: they are shared read-only
    /// by every thread that runs the code (PEP 703 treats code constants so).
    pub fn from_compiled(c: &crate::compiler::CodeObject) -> PyRef<PyCode> {
        use crate::object::typeobj::types;
        use crate::objects::str::intern;
        let names = |v: &[String]| -> Box<[PyRef<PyStr>]> { v.iter().map(|s| intern(s)).collect() };
        let code = PyCode {
            code: {
                let mut units = c.code.clone();
                crate::bytecode::quicken::quicken(&mut units);
                units.into_boxed_slice()
            },
            consts: c.consts.iter().map(const_value).collect(),
            names: names(&c.names),
            varnames: names(&c.varnames),
            cellvars: names(&c.cellvars),
            freevars: names(&c.freevars),
            cell2arg: c.cell2arg.clone().into_boxed_slice(),
            argcount: c.argcount,
            posonlyargcount: c.posonlyargcount,
            kwonlyargcount: c.kwonlyargcount,
            flags: c.flags,
            stacksize: c.stacksize,
            name: intern(&c.name),
            qualname: intern(&c.qualname),
            filename: intern(&c.filename),
            firstlineno: c.firstlineno,
            linetable: c.linetable.clone().into_boxed_slice(),
            positions: c.positions.clone().into_boxed_slice(),
            attr_caches: AttrCache::for_names(c.names.len()),
        };
        let obj = PyRef::new_in(code, &types().code);
        obj.header.make_immortal();
        obj
    }
}

fn const_value(c: &crate::compiler::Const) -> Value {
    use crate::compiler::Const;
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(s) => {
            let v = crate::objects::int::parse_int(s, 10)
                .map(crate::objects::int::int_value)
                .unwrap_or(Value::Int(0));
            immortal(v)
        }
        Const::Float(f) => Value::Float(*f),
        Const::Complex(f) => immortal(crate::objects::complex::complex_value(0.0, *f)),
        Const::Str(s) => crate::objects::str::intern(s).into_value(),
        Const::Bytes(b) => immortal(crate::objects::bytes::bytes_value(b.to_vec())),
        Const::Ellipsis => crate::objects::none::ellipsis(),
        Const::Tuple(items) => immortal(crate::objects::tuple::tuple_value(
            items.iter().map(const_value).collect(),
        )),
        Const::Code(code) => PyCode::from_compiled(code).into_value(),
    }
}

fn immortal(v: Value) -> Value {
    if let Value::Obj(o) = &v {
        o.header().make_immortal();
    }
    v
}
