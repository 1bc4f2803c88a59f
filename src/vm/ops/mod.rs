//! Object protocols that may run Python code: each file one family.

pub mod arith;
pub mod attr;
pub mod attr_site;
pub mod compare;
pub mod convert;
pub mod except_star;
pub mod import;
pub mod iter;
pub mod mapping_locals;
pub mod names;
pub mod pattern;
pub mod subscript;
