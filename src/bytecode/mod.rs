//! Bytecode: the instruction set, code objects and the disassembler.

pub mod code;
pub mod disasm;
pub mod opcode;
