//! The compiler's output: a plain-Rust code object and its constants.
//!
//! The VM converts a `CodeObject` into its `PyCode` (src/bytecode/code.rs);
//! field meanings are that type's. Invariants: `code` holds complete
//! instructions (`EXTENDED_ARG` prefixes included), every argument indexes
//! its table in range, jump arguments are absolute code-unit offsets, and
//! `linetable` and `positions` offsets ascend. Constants are deduplicated by type and bit
//! pattern (`0`, `0.0`, `-0.0` and `False` stay distinct), as CPython's
//! `_PyCode_ConstantKey` (Objects/codeobject.c).

use crate::bytecode::opcode::CodeUnit;
use std::rc::Rc;

pub const CO_VARARGS: u32 = 0x04;
pub const CO_VARKEYWORDS: u32 = 0x08;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
/// `async def` without `yield` (CPython's value).
pub const CO_COROUTINE: u32 = 0x80;
/// `async def` with `yield` (CPython's value).
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// The body needs a locals dict (module and class bodies).
pub const CO_NEWLOCALS_DICT: u32 = 0x1000;

/// A compiled body: module, class body, function, lambda or comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    pub code: Vec<CodeUnit>,
    pub consts: Vec<Const>,
    /// Globals, attributes and imported names.
    pub names: Vec<String>,
    /// Fast locals: parameters first, then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<String>,
    /// Per cellvar: the index of the parameter it is.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// (first code-unit offset, line) at each line change.
    pub linetable: Vec<(u32, u32)>,
    /// (first code-unit offset, source range) at each change of range.
    pub positions: Vec<(u32, crate::bytecode::code::Position)>,
}

impl CodeObject {
    /// Source line of the code unit at `offset` (as `PyCode::line_at`).
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
}

/// A constant of a code object.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    /// Decimal digits, maybe with a leading `-`.
    Int(Rc<str>),
    Float(f64),
    /// An imaginary literal: the imaginary part (real part 0).
    Complex(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<Const>),
    Code(Rc<CodeObject>),
}

impl PartialEq for Const {
    fn eq(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) | (Str(a), Str(b)) => a == b,
            (Float(a), Float(b)) | (Complex(a), Complex(b)) => a.to_bits() == b.to_bits(),
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Hashable identity of a constant, for deduplication.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Bool(bool),
    Int(Rc<str>),
    Float(u64),
    Complex(u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    Code(usize),
}

impl Const {
    pub(crate) fn key(&self) -> ConstKey {
        match self {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(s) => ConstKey::Int(s.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Complex(f) => ConstKey::Complex(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Tuple(items) => ConstKey::Tuple(items.iter().map(Const::key).collect()),
            Const::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
        }
    }

    /// Python truth value, when statically known.
    pub fn truthy(&self) -> bool {
        match self {
            Const::None => false,
            Const::Bool(b) => *b,
            Const::Int(s) => s.trim_start_matches('-').bytes().any(|b| b != b'0'),
            Const::Float(f) | Const::Complex(f) => *f != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Ellipsis | Const::Code(_) => true,
            Const::Tuple(t) => !t.is_empty(),
        }
    }
}
