//! ferropy: a free-threaded (PEP 703) Python 3 interpreter.
//!
//! The pipeline is CPython's: source -> `parser` (tokens, AST) -> `compiler`
//! (symbol table, code generation) -> `bytecode` (code objects) -> `vm` (the
//! eval loop) over the object model (`object`, `objects`), on the
//! free-threading `runtime` (biased refcounts, object locks, thread
//! registry, GIL).
//!
//! Build state (see DESIGN.md "Status"): the front end, the bytecode
//! definition and the runtime primitives are built and tested; the object
//! layer and the VM are being written and are not yet part of the build.

pub mod ast;
pub mod compiler;
pub mod parser;
pub mod runtime;

/// The instruction set and disassembler (code objects join with the VM).
pub mod bytecode {
    pub mod disasm;
    pub mod opcode;
}

/// The object model. Only the header is in the build so far.
pub mod object {
    pub mod header;
}

/// Builtin types. Only the formatting core is in the build so far.
pub mod objects {
    pub mod float_repr;
    pub mod format_spec;
}
