//! ferropy: a free-threaded (PEP 703) Python 3 interpreter.
//!
//! The pipeline is CPython's: source -> `parser` (tokens, AST) -> `compiler`
//! (symbol table, code generation) -> `bytecode` (code objects) -> `vm` (the
//! eval loop) over the object model (`object`, `objects`), on the
//! free-threading `runtime` (biased refcounts, object locks, thread
//! registry, GIL). `modules` holds the builtin modules (builtins, sys, time,
//! _thread, threading) and `interpreter` starts it all up.

pub mod ast;
pub mod compiler;
pub mod interpreter;
pub mod modules;
pub mod object;
pub mod objects;
pub mod parser;
pub mod runtime;
pub mod vm;

/// The instruction set, code objects, superinstructions, inline attribute
/// caches and the disassembler.
pub mod bytecode {
    pub mod attr_cache;
    pub mod code;
    pub mod disasm;
    pub mod opcode;
    pub mod quicken;
}
