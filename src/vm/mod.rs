//! The virtual machine: per-thread state, frames, the eval loop, calls and
//! the object protocols that run Python code.
//!
//! - `budget`: the step budget of fuzzing builds (feature `fuzzing`)
//! - `state`: `Vm` (one per OS thread) and `Interp` (process-wide)
//! - `frame`: frames and handler blocks on the per-thread stacks
//! - `eval`: the dispatch loop (only)
//! - `call`: calling conventions and argument binding
//! - `exception`: raising, chaining, `except` matching
//! - `traceback`: printing uncaught exceptions as CPython
//! - `suggestions`: their "Did you mean" hints
//! - `generator`: suspended frames
//! - `finalize`: Python code queued by destructors, run at safe points
//! - `import/`: the import system (finding, loading, module locks)
//! - `ops/`: arithmetic, comparison, attribute, subscript, iteration, conversion, import

pub mod async_gen;
#[cfg(feature = "fuzzing")]
pub mod budget;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod exception;
pub mod finalize;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub mod leaks;
pub mod ops;
pub mod state;
pub mod suggestions;
pub mod traceback;
pub mod traceback_carets;

pub use state::{interp, Interp, Vm};
