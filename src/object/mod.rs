//! The object model: the PEP 703 header, handles and the type object.
//!
//! - `header`: `ObjectHeader`, the 32 bytes every object starts with
//! - `pyref`: `Py<T>`, `PyRef<T>`, `ObjRef`, `PyPayload`, deallocation
//! - `value`: `Value`, immediates or object references
//! - `typeobj`: `PyType` and the builtin type table
//! - `type_name`: a type's reassignable `__name__`/`__qualname__`
//! - `type_list`: a type's replaceable `__bases__` and MRO
//! - `shared_keys`: a class's instance attribute names (values live in instances)
//! - `version`: process-unique version numbers (instance attribute versions)
//! - `with_dict`: the layout of builtin-subclass instances (payload + `__dict__`)

pub mod header;
pub mod lazy_dict;
pub mod pyref;
pub mod shared_keys;
pub mod type_list;
pub mod type_name;
pub mod typeobj;
pub mod value;
pub mod version;
pub mod with_dict;

pub use pyref::{ObjRef, Py, PyPayload, PyRef};
pub use typeobj::{types, PyType};
pub use value::Value;
