//! The import system (CPython's `importlib._bootstrap` in Rust, for source
//! files): what `IMPORT_NAME` and `importlib` call.
//!
//! - `resolve`: `__package__` of a namespace, absolute names of relative imports
//! - `finder`: `sys.path` / `__path__` search for `.py` modules and packages
//! - `loader`: `sys.modules`, loading under the module lock, `reload`
//! - `lock`: per-module reentrant import locks with deadlock detection
//!
//! The opcodes themselves (`IMPORT_NAME`'s fromlist handling, `IMPORT_FROM`,
//! `IMPORT_STAR`) are in `vm/ops/import.rs`.

pub mod finder;
pub mod loader;
pub mod lock;
pub mod resolve;
