//! The step budget of fuzzing builds (feature `fuzzing`): a fuzz target
//! runs arbitrary source, so every loop and every recursion must end.
//!
//! A step is a loop's back edge (`JUMP_BACKWARD`) or a Python function
//! frame pushed (from bytecode or from native code such as `map` or a
//! dunder method). When the budget is spent, each further step raises
//! RuntimeError: the error is sticky, so `except:` inside a loop cannot
//! swallow it and keep looping, and a handler that calls or loops fails
//! again at once. The budget is process-wide (threads share it); the
//! fuzz target sets it before each input.
//!
//! Without the feature this module does not exist and the eval loop has
//! no check: the hot path is unchanged.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::objects::exception::{new_error, ExcKind, PyResult};

static LEFT: AtomicU64 = AtomicU64::new(u64::MAX);

/// Allow `steps` more steps from now on.
pub fn set(steps: u64) {
    LEFT.store(steps, Ordering::Relaxed);
}

/// Take one step, or fail if none are left.
#[inline]
pub fn spend() -> PyResult<()> {
    match LEFT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1)) {
        Ok(_) => Ok(()),
        Err(_) => Err(new_error(
            ExcKind::RuntimeError,
            "fuzzing step budget exhausted",
        )),
    }
}
