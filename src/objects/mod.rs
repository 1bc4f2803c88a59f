//! The builtin types, one file per type (CPython's Objects/).
//!
//! `types` creates the type table at start-up and calls each file's `init`,
//! which fills its type's dict with native methods.

pub mod attrs;
pub mod bytearray;
pub mod bytes;
pub mod bytes_format;
pub mod bytes_methods;
pub mod bytes_ops;
pub mod cell;
pub mod class_assign;
pub mod class_getsets;
pub mod codecs;
pub mod complex;
pub mod descriptor;
pub mod dict;
pub mod dict_methods;
pub mod dict_view;
pub mod exc_group;
pub mod exception;
pub mod float;
pub mod float_repr;
pub mod format_spec;
pub mod function;
pub mod function_attrs;
pub mod generic_alias;
pub mod getset;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_reversed;
pub mod mappingproxy;
pub mod memoryview;
pub mod method;
pub mod module;
pub mod none;
pub mod num_subclass;
pub mod object_dunders;
pub mod range;
pub mod set;
pub mod slice;
pub mod slot_wrappers;
pub mod slots;
pub mod str;
pub mod str_methods;
pub mod super_;
pub mod thread_lock;
pub mod traceback;
pub mod tuple;
pub mod type_;
pub mod types;
pub mod unicode_tables;
pub mod union_type;
pub mod weakref;
pub mod wrapper_descr;
