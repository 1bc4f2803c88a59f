//! The syntax tree between the parser and the compiler (CPython's Python.asdl).

pub mod nodes;

pub use nodes::*;
